import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { resolveActor } from "@/lib/auth/guard";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { deleteMyAccount } from "@/lib/own-data/delete-my-account";
import { codeOf } from "../support/error-code";
import { employeeMonth } from "../support/employee-month";
import { actorOf, createAppointment, createPsychologist, createTenant, createUser, TEST_PASSWORD } from "../support/factories";

const CONFIRMED = { password: TEST_PASSWORD, understood: "on" };

describe("an employee deleting their account", () => {
  it("deletes what may go, keeps the counts anonymously, cancels future sessions and ends every session", async () => {
    const tenant = await createTenant();
    const row = await createUser({ role: "employee", tenant, displayName: "Wren" });
    const employee = actorOf(row);
    const { live, past } = await employeeMonth(tenant, row, {
      messages: ["I could not sleep again", "Let us look at your evenings"],
      note: "The psychologist's own record",
      homework: { title: "Sleep diary", instructions: "Seven nights" },
      review: "Kind and clear",
    });
    const { profile } = await createPsychologist({ status: "hidden" });
    const future = await createAppointment({ tenant, employee: row, psychologist: profile, startsAt: new Date(Date.now() + 5 * 86_400_000) });
    const signedInAt = Date.now() - 1000;

    // A wrong password or no tick deletes nothing.
    expect(await codeOf(deleteMyAccount(employee, { password: "wrong", understood: "on" }))).toBe("unprocessable");
    await expect(deleteMyAccount(employee, { password: TEST_PASSWORD })).rejects.toBeInstanceOf(ZodError);
    expect((await db().user.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("active");

    expect(await deleteMyAccount(employee, CONFIRMED)).toEqual({ cancelledSessions: 1, deletedMessages: 2, deletedHomework: 1 });

    // Gone: the address signs nobody in, the alias and factors are gone, the open session ends.
    expect(await signIn({ email: row.email, password: TEST_PASSWORD }, { clientAddress: "198.51.100.60" })).toMatchObject({
      ok: false,
      refusal: "invalid_credentials",
    });
    const after = await db().user.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toMatchObject({ status: "deleted", displayNameSealed: null, registryEntryId: null, passwordHash: "!deleted" });
    expect(
      await codeOf(resolveActor({ userId: row.id, role: "employee", authTime: Math.floor(signedInAt / 1000), authTimeMs: signedInAt } as never, ["employee"])),
    ).toBe("unauthenticated");
    expect(await db().message.count({ where: { conversation: { employeeId: row.id } } })).toBe(0);
    expect(await db().homeworkTask.count({ where: { employeeId: row.id } })).toBe(0);
    expect(await db().email.count({ where: { recipientId: row.id } })).toBe(0);

    // Kept: held sessions (the contract's count), the rating without its text, the psychologist's note.
    expect(await db().appointment.findUniqueOrThrow({ where: { id: past.id } })).toMatchObject({ employeeId: row.id, status: "completed" });
    expect(await db().feedback.findFirstOrThrow({ where: { appointmentId: past.id } })).toMatchObject({ rating: 5, commentSealed: null });
    expect(await db().sessionNote.count({ where: { appointmentId: live.id } })).toBe(1);
    // The future session is cancelled without charge, and its psychologist is told.
    expect(await db().appointment.findUniqueOrThrow({ where: { id: future.id } })).toMatchObject({ status: "cancelled", countsAgainstQuota: false });
    expect(await db().notification.count({ where: { userId: profile.userId } })).toBe(1);
    expect(await db().auditEvent.count({ where: { actorId: row.id, action: "account.deleted" } })).toBe(1);
  });

  it("deletes once when asked twice at once, and is for employees only", async () => {
    const tenant = await createTenant();
    const employee = actorOf(await createUser({ role: "employee", tenant }));
    const outcomes = await Promise.all([deleteMyAccount(employee, CONFIRMED), deleteMyAccount(employee, CONFIRMED)].map(codeOf));
    expect(outcomes.sort()).toEqual(["not_found", "ok"]);
    // Asked again once the first has committed (its password already wiped): still "already deleted", not "wrong password".
    expect(await codeOf(deleteMyAccount(employee, CONFIRMED))).toBe("not_found");
    expect(await db().auditEvent.count({ where: { actorId: employee.id, action: "account.deleted" } })).toBe(1);
    const hr = actorOf(await createUser({ role: "hr", tenant }));
    expect(await codeOf(deleteMyAccount(hr, CONFIRMED))).toBe("forbidden");
  });
});
