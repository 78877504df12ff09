/**
 * Every value of every status a page shows has words in both languages: a new status (such as
 * "in_progress") otherwise reaches the page as its raw message key.
 */
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import { AppointmentStatus, EmailStatus, ProfileStatus, TenantStatus } from "@/lib/generated/prisma/enums";

// Each enum with the message prefix its pages label it under (grep `status.${` to find them).
const LABELLED: [string, Record<string, string>, string][] = [
  ["AppointmentStatus", AppointmentStatus, "practice.week.status"],
  ["EmailStatus", EmailStatus, "outbox.status"],
  ["ProfileStatus", ProfileStatus, "vocabulary.profileStatus"],
  ["TenantStatus", TenantStatus, "admin.tenantStatus"],
];

const lookup = (messages: unknown, key: string): unknown =>
  key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

describe("status labels", () => {
  for (const [name, values, prefix] of LABELLED) {
    it(`names every ${name} in English and Russian`, () => {
      const missing = Object.values(values).flatMap((value) =>
        (
          [
            ["en", en],
            ["ru", ru],
          ] as const
        )
          .filter(([, messages]) => typeof lookup(messages, `${prefix}.${value}`) !== "string")
          .map(([language]) => `${language}: ${prefix}.${value}`),
      );
      expect(missing).toEqual([]);
    });
  }
});

describe("audit actions", () => {
  it("have words in English and Russian, so the platform admin never reads a raw code", async () => {
    const { AUDIT_ACTIONS } = await import("@/lib/audit/record-audit");
    const missing = AUDIT_ACTIONS.flatMap((action) =>
      (
        [
          ["en", en],
          ["ru", ru],
        ] as const
      )
        .filter(([, messages]) => typeof lookup(messages, `admin.auditAction.${action}`) !== "string")
        .map(([language]) => `${language}: ${action}`),
    );
    expect(missing).toEqual([]);
  });
});
