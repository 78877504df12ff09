/**
 * Risk cases: the session's psychologist flags it, the platform's clinical lead (the platform admin)
 * sees it and records each step, everything audited without naming the employer, the words sealed
 * at rest — and nobody else, HR and the employer's admin included, can raise, read or follow one up.
 */
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { raiseRiskFlag, readOwnRiskFlag } from "@/lib/risk/risk-flags";
import { countOpenRiskCases, followUpRiskCase, listRiskCases } from "@/lib/risk/risk-queue";
import { codeOf } from "../support/error-code";
import { actorOf, createAppointment, createPsychologist, createTenant, createUser } from "../support/factories";

const REASON = "Spoke of not wanting to go on; has a plan. Gave 112 and Samaritans.";

async function session() {
  const tenant = await createTenant();
  const employee = await createUser({ role: "employee", tenant });
  const { user, profile } = await createPsychologist({ displayName: "Dr Flagger" });
  const appointment = await createAppointment({ tenant, employee, psychologist: profile, startsAt: new Date(Date.now() - 30 * 60_000), format: "video" });
  return { tenant, employee, psychologist: actorOf(user), appointment };
}

describe("risk cases", () => {
  it("reach the clinical lead's queue with the reason, take each follow-up step, and are audited without the employer", async () => {
    const s = await session();
    const lead = actorOf(await createUser({ role: "platform_admin" }));
    const before = await countOpenRiskCases(lead);
    const { id } = await raiseRiskFlag(s.psychologist, s.appointment.id, { level: "imminent", reason: REASON });
    expect(await readOwnRiskFlag(s.psychologist, s.appointment.id)).toMatchObject({ level: "imminent", status: "open" });
    expect(await countOpenRiskCases(lead)).toBe(before + 1);

    const mine = (await listRiskCases(lead)).find((c) => c.id === id)!;
    expect(mine).toMatchObject({ level: "imminent", status: "open", reason: REASON, psychologistName: "Dr Flagger", followUps: [] });

    await followUpRiskCase(lead, id, { status: "contacted", note: "Called the psychologist; client safe with family tonight." });
    await followUpRiskCase(lead, id, { status: "closed", note: "Referred to local crisis team, who confirmed contact." });
    const after = (await listRiskCases(lead)).find((c) => c.id === id)!;
    expect(after.status).toBe("closed");
    expect(after.followUps.map((f) => f.status)).toEqual(["contacted", "closed"]);
    expect(await countOpenRiskCases(lead)).toBe(before);

    const events = await db().auditEvent.findMany({
      where: { targetId: id },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true, tenantId: true, meta: true },
    });
    expect(events).toEqual([
      { action: "risk_flag.raised", actorId: s.psychologist.id, tenantId: null, meta: { level: "imminent" } },
      { action: "risk_flag.followed_up", actorId: lead.id, tenantId: null, meta: { status: "contacted" } },
      { action: "risk_flag.followed_up", actorId: lead.id, tenantId: null, meta: { status: "closed" } },
    ]);
    // The words are sealed: neither the reason nor a note is in the rows as text.
    const [raw] = await db().$queryRaw<{ reason: Buffer; notes: string }[]>`
      SELECT f.reason_sealed AS reason, string_agg(encode(u.note_sealed, 'escape'), '') AS notes
      FROM risk_flags f JOIN risk_follow_ups u ON u.flag_id = f.id WHERE f.id = ${id}::uuid GROUP BY f.id`;
    expect(Buffer.from(raw!.reason).toString("latin1")).not.toContain("plan");
    expect(raw!.notes).not.toContain("crisis team");
  });

  it("only the session's own psychologist raises one, once; nobody but the clinical lead reads or follows one up", async () => {
    const s = await session();
    const other = actorOf((await createPsychologist()).user);
    expect(await codeOf(raiseRiskFlag(other, s.appointment.id, { level: "high", reason: REASON }))).toBe("not_found");
    expect(await codeOf(raiseRiskFlag(actorOf(s.employee), s.appointment.id, { level: "high", reason: REASON }))).toBe("forbidden");
    const { id } = await raiseRiskFlag(s.psychologist, s.appointment.id, { level: "high", reason: REASON });
    expect(await codeOf(raiseRiskFlag(s.psychologist, s.appointment.id, { level: "moderate", reason: "Again" }))).toBe("conflict");
    // Thirty at once from the same psychologist: exactly one flag.
    const t = await session();
    const results = await Promise.all(
      Array.from({ length: 30 }, () => codeOf(raiseRiskFlag(t.psychologist, t.appointment.id, { level: "high", reason: REASON }))),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "conflict")).toHaveLength(29);

    const hr = actorOf(await createUser({ role: "hr", tenant: s.tenant }));
    const tenantAdmin = actorOf(await createUser({ role: "tenant_admin", tenant: s.tenant }));
    for (const someone of [hr, tenantAdmin, s.psychologist, actorOf(s.employee)]) {
      expect(await codeOf(listRiskCases(someone))).toBe("forbidden");
      expect(await codeOf(countOpenRiskCases(someone))).toBe("forbidden");
      expect(await codeOf(followUpRiskCase(someone, id, { status: "closed", note: "Nothing to see" }))).toBe("forbidden");
    }
    expect(await readOwnRiskFlag(other, t.appointment.id).catch((e: unknown) => e)).toMatchObject({ code: "not_found" });
    const lead = actorOf(await createUser({ role: "platform_admin" }));
    expect(await codeOf(followUpRiskCase(lead, "00000000-0000-0000-0000-000000000000", { status: "closed", note: "No such case" }))).toBe("not_found");
    expect(await codeOf(followUpRiskCase(lead, "not-a-uuid", { status: "closed", note: "No such case" }))).toBe("not_found");
  });

  it("refuses a flag without a level or reason and a follow-up without a step, writing nothing", async () => {
    const s = await session();
    const fields = async (promise: Promise<unknown>) => ((await promise.catch((e: unknown) => e)) as ZodError).issues.map((i) => i.path.join("."));
    expect(await fields(raiseRiskFlag(s.psychologist, s.appointment.id, { level: "severe" as "high", reason: "" }))).toEqual(["level", "reason"]);
    expect(await db().riskFlag.count({ where: { appointmentId: s.appointment.id } })).toBe(0);
    const { id } = await raiseRiskFlag(s.psychologist, s.appointment.id, { level: "moderate", reason: REASON });
    const lead = actorOf(await createUser({ role: "platform_admin" }));
    expect(await fields(followUpRiskCase(lead, id, { status: "open" as "closed", note: "x" }))).toEqual(["status", "note"]);
    expect(await db().riskFollowUp.count({ where: { flagId: id } })).toBe(0);
  });
});
