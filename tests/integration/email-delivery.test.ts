import nodemailer, { type Transporter } from "nodemailer";
import { queueTestEmail } from "../support/sealed-lookups";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deliverEmail, EMAIL_DELIVERY_ATTEMPTS } from "@/lib/notifications/deliver-email";
import { getEmailDeliveryHealth } from "@/lib/notifications/email-delivery-health";
import { codeOf } from "../support/error-code";
import { actorOf, createTenant, createUser } from "../support/factories";

// A real SMTP connection to a port nothing listens on: the failure the queue must survive.
const unreachable = () => nodemailer.createTransport("smtp://127.0.0.1:1");

describe("e-mail delivery", () => {
  it("keeps an undeliverable e-mail queued through its retries, then marks it failed for the operator", async () => {
    const admin = actorOf(await createUser({ role: "platform_admin" }));
    const before = (await getEmailDeliveryHealth(admin)).failed;
    const recipient = await createUser({ role: "psychologist" });
    const email = await queueTestEmail(recipient);
    for (let attempt = 1; attempt <= EMAIL_DELIVERY_ATTEMPTS; attempt++) {
      await expect(deliverEmail(email.id, unreachable())).rejects.toThrow(/ECONNREFUSED|connect/i);
      const row = await db().email.findUniqueOrThrow({ where: { id: email.id } });
      expect(row.attempts).toBe(attempt);
      expect(row.status).toBe(attempt < EMAIL_DELIVERY_ATTEMPTS ? "queued" : "failed");
      expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
    }
    // A stray retry after the last attempt does nothing.
    expect(await deliverEmail(email.id, unreachable())).toBe("skipped");
    const health = await getEmailDeliveryHealth(admin);
    expect(health.failed).toBe(before + 1);
    expect(health.latestError).toMatch(/ECONNREFUSED|connect/i);
    expect(JSON.stringify(health)).not.toContain(recipient.email);
  });

  it("leaves an e-mail another worker is still sending alone, and sends it once", async () => {
    const email = await queueTestEmail(await createUser({ role: "psychologist" }));
    let finish = () => {};
    const sent: string[] = [];
    const slow = { sendMail: () => new Promise<void>((resolve) => (finish = resolve)).then(() => sent.push("slow")) } as unknown as Transporter;
    const fast = { sendMail: async () => sent.push("fast") } as unknown as Transporter;
    const sending = deliverEmail(email.id, slow);
    await expect.poll(async () => (await db().email.findUniqueOrThrow({ where: { id: email.id } })).claimedAt).not.toBeNull();
    // A second run while the first is mid-send: refused (the queue retries later), nothing sent.
    await expect(deliverEmail(email.id, fast)).rejects.toThrow(/being sent by another worker/);
    finish();
    expect(await sending).toBe("sent");
    // The queue's later retry finds it sent.
    expect(await deliverEmail(email.id, fast)).toBe("skipped");
    expect(sent).toEqual(["slow"]);
    expect(await db().email.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: "sent", attempts: 1, claimedAt: null });
  });

  it("files an e-mail in the outbox when no SMTP server is configured", async () => {
    const email = await queueTestEmail(await createUser({ role: "psychologist" }));
    expect(await deliverEmail(email.id, null)).toBe("outbox");
    expect(await deliverEmail(email.id, null)).toBe("skipped");
  });

  it("shows delivery health to platform administrators only", async () => {
    const tenant = await createTenant();
    for (const role of ["employee", "hr", "tenant_admin"] as const) {
      expect(await codeOf(getEmailDeliveryHealth(actorOf(await createUser({ role, tenant }))))).toBe("forbidden");
    }
    expect(await codeOf(getEmailDeliveryHealth(actorOf(await createUser({ role: "psychologist" }))))).toBe("forbidden");
  });
});
