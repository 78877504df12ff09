import { describe, expect, it } from "vitest";
import { newAccountIdentity } from "@/lib/auth/account-fields";
import { db } from "@/lib/db/client";
import { createAppointment, createPsychologist, createTenant, createUser } from "../support/factories";

const at = (iso: string) => new Date(iso);

async function sqlState(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    const text = JSON.stringify(error, Object.getOwnPropertyNames(error as object));
    return text.match(/23P01|23514/)?.[0] ?? text;
  }
}

describe("constraints written in SQL", () => {
  it("make overlapping appointments of one psychologist impossible", async () => {
    const tenant = await createTenant();
    const { profile } = await createPsychologist();
    const [a, b] = [await createUser({ role: "employee", tenant }), await createUser({ role: "employee", tenant })];
    await createAppointment({ tenant, employee: a, psychologist: profile, startsAt: at("2027-03-01T10:00:00Z") });
    expect(await sqlState(createAppointment({ tenant, employee: b, psychologist: profile, startsAt: at("2027-03-01T10:30:00Z") }))).toBe("23P01");
    // Back-to-back is fine: ranges are half-open.
    await createAppointment({ tenant, employee: b, psychologist: profile, startsAt: at("2027-03-01T10:50:00Z") });
  });

  it("make overlapping appointments of one employee impossible, and free the time on cancellation", async () => {
    const tenant = await createTenant();
    const employee = await createUser({ role: "employee", tenant });
    const first = await createPsychologist();
    const second = await createPsychologist();
    const held = await createAppointment({ tenant, employee, psychologist: first.profile, startsAt: at("2027-03-02T10:00:00Z") });
    expect(await sqlState(createAppointment({ tenant, employee, psychologist: second.profile, startsAt: at("2027-03-02T10:10:00Z") }))).toBe("23P01");
    await db().appointment.update({ where: { id: held.id }, data: { status: "cancelled" } });
    await createAppointment({ tenant, employee, psychologist: second.profile, startsAt: at("2027-03-02T10:10:00Z") });
  });

  it("keep the report floor at 10 or above", async () => {
    const tenant = await createTenant();
    expect(await sqlState(db().contract.update({ where: { tenantId: tenant.id }, data: { reportMinGroupSize: 9 } }))).toBe("23514");
  });

  it("tie tenant presence to the role", async () => {
    const tenant = await createTenant();
    expect(
      await sqlState(db().user.create({ data: { ...newAccountIdentity("p@x.test"), passwordHash: "x", role: "psychologist", tenantId: tenant.id } })),
    ).toBe("23514");
    expect(await sqlState(db().user.create({ data: { ...newAccountIdentity("h@x.test"), passwordHash: "x", role: "hr" } }))).toBe("23514");
  });

  it("keep the audit log append-only: no update, delete or truncate, whoever asks; a deleted account's events stay, unlinked", async () => {
    const user = await createUser({ role: "employee", tenant: await createTenant() });
    const event = await db().auditEvent.create({ data: { action: "auth.sign_in", actorId: user.id, actorRole: "employee", meta: { method: "password" } } });
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => "allowed",
        (error: unknown) => String(error).match(/append-only/)?.[0] ?? String(error),
      );
    expect(await refusal(db().auditEvent.update({ where: { id: event.id }, data: { action: "auth.sign_out" } }))).toBe("append-only");
    expect(await refusal(db().auditEvent.delete({ where: { id: event.id } }))).toBe("append-only");
    expect(await refusal(db().$executeRawUnsafe("TRUNCATE audit_events"))).toBe("append-only");
    expect(await refusal(db().$executeRaw`UPDATE audit_events SET actor_id = NULL, meta = '{}' WHERE id = ${event.id}`)).toBe("append-only");
    await db().user.delete({ where: { id: user.id } });
    expect(await db().auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      actorId: null,
      action: "auth.sign_in",
      meta: { method: "password" },
    });
  });
});
