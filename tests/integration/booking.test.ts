import { recordNoShow } from "@/lib/sessions/record-outcome";
import { emailsTo, latestEmailTo } from "../support/sealed-lookups";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { bookAppointment } from "@/lib/booking/book-appointment";
import { cancelAppointmentByEmployee, cancelAppointmentByPsychologist, getChangeTerms, rescheduleAppointment } from "@/lib/booking/change-appointment";
import { getQuotaUsage } from "@/lib/booking/get-quota-usage";
import { listFreeSlots } from "@/lib/booking/list-free-slots";
import { deliverEmail } from "@/lib/notifications/deliver-email";
import { sendReminder } from "@/lib/notifications/send-reminder";
import { AppError } from "@/lib/errors";
import { codeOf } from "../support/error-code";
import { inEnglish } from "../support/in-english";
import { actorOf, createPsychologist, createTenant, createUser, type PsychologistOverrides } from "../support/factories";

// Monday 1 March 2027, 08:00 UTC; the psychologist works 09:00–17:00 UTC every day unless told otherwise.
const NOW = new Date("2027-03-01T08:00:00Z");
const at = (iso: string) => new Date(iso);

async function setup(options: { sessionsPerYear?: number; lateCancelHours?: number; psychologist?: PsychologistOverrides } = {}) {
  const tenant = await createTenant({ sessionsPerYear: options.sessionsPerYear ?? 3 });
  await db().tenant.update({ where: { id: tenant.id }, data: { timeZone: "UTC" } });
  if (options.lateCancelHours !== undefined) await db().contract.update({ where: { tenantId: tenant.id }, data: { lateCancelHours: options.lateCancelHours } });
  const employee = actorOf(await createUser({ role: "employee", tenant }));
  const { user, profile } = await createPsychologist(options.psychologist);
  return { tenant, employee, psychologist: actorOf(user), profileId: profile.id };
}

const book = (actor: ReturnType<typeof actorOf>, psychologistId: string, startsAt: string, now = NOW) =>
  bookAppointment(actor, { psychologistId, startsAt, direction: "psychology", format: "video" }, now);

async function jobsFor(appointmentId: string) {
  return db().$queryRaw<
    { name: string; start_after: Date; data: { before: string } }[]
  >`SELECT name, start_after, data FROM pgboss.job WHERE data->>'appointmentId' = ${appointmentId} ORDER BY start_after`;
}

describe("booking", () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    s = await setup();
  });

  it("runs in the process time zone its project sets (UTC, or America/New_York in integration-zones)", () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ ?? "UTC");
  });

  it("confirms a free slot at once, with reminders, notifications and e-mails carrying an .ics", async () => {
    const appointment = await book(s.employee, s.profileId, "2027-03-03T10:00:00Z");
    expect(appointment).toMatchObject({ status: "booked", startsAt: at("2027-03-03T10:00:00Z"), endsAt: at("2027-03-03T10:50:00Z"), countsAgainstQuota: true });
    expect(await getQuotaUsage(s.employee, NOW)).toMatchObject({ used: 1, total: 3 });
    const reminders = await jobsFor(appointment.id);
    expect(reminders.map((j) => [j.data.before, j.start_after.toISOString()])).toEqual([
      ["24h", "2027-03-02T10:00:00.000Z"],
      ["1h", "2027-03-03T09:00:00.000Z"],
    ]);
    const notifications = await db().notification.findMany({ where: { userId: { in: [s.employee.id, s.psychologist.id] } } });
    expect(notifications.map((n) => n.kind)).toEqual(["appointment.confirmed", "appointment.confirmed"]);
    const emails = await emailsTo([s.employee.email, s.psychologist.email]);
    expect(emails).toHaveLength(2);
    for (const email of emails) {
      expect(email.subject).toBe("Your Harbor appointment");
      expect(email.icsBody).toContain("BEGIN:VEVENT");
      expect(email.icsBody).toContain("DTSTART:20270303T100000Z");
      expect(email.icsBody).toContain(`UID:${appointment.id}@harbor`);
    }
    const deliveries = await db().$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM pgboss.job WHERE name = 'email.deliver' AND data->>'emailId' = ANY(${emails.map((e) => e.id)})`;
    expect(Number(deliveries[0]!.n)).toBe(2);
  });

  it("keeps e-mails to time, format and a link: no name, topic or specialty", async () => {
    const profile = await db().psychologistProfile.update({ where: { id: s.profileId }, data: { displayName: "Dr Distinctive Name" } });
    const appointment = await book(s.employee, s.profileId, "2027-03-03T11:00:00Z");
    await db().appointment.update({ where: { id: appointment.id }, data: { topic: "grief" } });
    await cancelAppointmentByEmployee(s.employee, appointment.id, {}, NOW);
    const emails = await emailsTo(s.employee.email);
    for (const email of emails) {
      const everything = `${email.subject}\n${email.textBody}\n${email.icsBody}`;
      for (const secret of [profile.displayName, "grief", "Grief", "psychology", "Psychology", "anxiety", s.tenant.name])
        expect(everything).not.toContain(secret);
      expect(everything.toLowerCase()).toContain("video call");
      expect(everything).toContain("http");
    }
    expect(emails.map((e) => e.subject).sort()).toEqual(["Your Harbor appointment", "Your Harbor appointment was cancelled"]);
    expect(emails.find((e) => e.subject.includes("cancelled"))!.icsBody).toContain("METHOD:CANCEL");
  });

  it("lets exactly one of two racing employees have the slot; the other gets 409 and fresh times", async () => {
    const rivals = await Promise.all(Array.from({ length: 8 }, async () => actorOf(await createUser({ role: "employee", tenant: s.tenant }))));
    const outcomes = await Promise.allSettled(rivals.map((rival) => book(rival, s.profileId, "2027-03-04T09:00:00Z")));
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const lost = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(7);
    for (const error of lost) {
      expect(error, `a loser got ${String((error as { code?: string }).code ?? error)}`).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("conflict");
      expect((error as AppError).details?.slots).toEqual(expect.arrayContaining([expect.any(String)]));
    }
    expect(await db().appointment.count({ where: { psychologistId: s.profileId, status: "booked" } })).toBe(1);
  });

  it("refuses a second session for the same employee at the same time", async () => {
    const other = await createPsychologist();
    await book(s.employee, s.profileId, "2027-03-05T09:00:00Z");
    const error = await book(s.employee, other.profile.id, "2027-03-05T09:00:00Z").catch((e: AppError) => e);
    expect(error).toMatchObject({ code: "conflict" });
    expect(await inEnglish(error)).toContain("You already have a session");
  });

  it("refuses times that are not free slots: off the grid, inside the notice, beyond the horizon", async () => {
    const notice = await setup({ psychologist: { minNoticeMinutes: 24 * 60 } });
    expect(await codeOf(book(s.employee, s.profileId, "2027-03-03T10:30:00Z"))).toBe("conflict");
    expect(await codeOf(book(notice.employee, notice.profileId, "2027-03-01T15:00:00Z"))).toBe("conflict");
    expect(await codeOf(book(s.employee, s.profileId, "2027-06-01T10:00:00Z"))).toBe("unprocessable");
    expect(
      await codeOf(
        bookAppointment(s.employee, { psychologistId: s.profileId, startsAt: "2027-03-03T10:00:00Z", direction: "financial", format: "video" }, NOW),
      ),
    ).toBe("unprocessable");
  });

  it("answers a specialist outside the programme with the catalogue's 404, naming nothing they offer", async () => {
    // The contract covers psychology and legal help; this adviser offers financial help only.
    const outside = await setup({ psychologist: { directions: ["financial"] } });
    const refusal = await bookAppointment(
      outside.employee,
      { psychologistId: outside.profileId, startsAt: "2027-03-03T10:00:00Z", direction: "financial", format: "video" },
      NOW,
    ).catch((e: AppError) => e);
    expect(refusal).toMatchObject({ code: "not_found" });
    expect((refusal as AppError).message).not.toMatch(/financ/i);
    expect(await db().appointment.count({ where: { psychologistId: outside.profileId } })).toBe(0);
  });

  it("enforces the contract's sessions per year and frees one on a free cancellation", async () => {
    const first = await book(s.employee, s.profileId, "2027-03-10T09:00:00Z");
    await book(s.employee, s.profileId, "2027-03-11T09:00:00Z");
    await book(s.employee, s.profileId, "2027-03-12T09:00:00Z");
    const refused = await book(s.employee, s.profileId, "2027-03-13T09:00:00Z").catch((e: AppError) => e);
    expect(refused).toMatchObject({ code: "unprocessable" });
    expect(await inEnglish(refused)).toMatch(/used all 3 sessions of this contract year\. Your allowance renews on \d+ \w+ \d{4}\./);
    await cancelAppointmentByEmployee(s.employee, first.id, {}, NOW);
    expect(await getQuotaUsage(s.employee, NOW)).toMatchObject({ used: 2, total: 3 });
    await book(s.employee, s.profileId, "2027-03-13T09:00:00Z");
  });

  it("counts the quota once when one employee books several slots at the same moment", async () => {
    const { employee, profileId } = await setup({ sessionsPerYear: 2 });
    const outcomes = await Promise.allSettled(["09", "10", "11", "12", "13"].map((h) => book(employee, profileId, `2027-03-08T${h}:00:00Z`)));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(2);
    expect(await getQuotaUsage(employee, NOW)).toMatchObject({ used: 2 });
  });

  it("cancels for free outside the late window and counts the session inside it, only when confirmed", async () => {
    const early = await book(s.employee, s.profileId, "2027-03-05T10:00:00Z");
    const soon = await book(s.employee, s.profileId, "2027-03-01T16:00:00Z");
    expect((await getChangeTerms(s.employee, early.id, NOW)).late).toBe(false);
    expect(await getChangeTerms(s.employee, soon.id, NOW)).toMatchObject({ late: true, lateCancelHours: 24 });

    await cancelAppointmentByEmployee(s.employee, early.id, {}, NOW);
    expect(await db().appointment.findUniqueOrThrow({ where: { id: early.id } })).toMatchObject({
      status: "cancelled",
      cancelledBy: "employee",
      countsAgainstQuota: false,
    });

    expect(await codeOf(cancelAppointmentByEmployee(s.employee, soon.id, {}, NOW))).toBe("unprocessable");
    expect((await db().appointment.findUniqueOrThrow({ where: { id: soon.id } })).status).toBe("booked");
    await cancelAppointmentByEmployee(s.employee, soon.id, { acceptLateCharge: true }, NOW);
    expect(await db().appointment.findUniqueOrThrow({ where: { id: soon.id } })).toMatchObject({ status: "cancelled", countsAgainstQuota: true });
    expect(await getQuotaUsage(s.employee, NOW)).toMatchObject({ used: 1 });
    expect(await codeOf(cancelAppointmentByEmployee(s.employee, soon.id, { acceptLateCharge: true }, NOW))).toBe("conflict");
  });

  it("reschedules in one step: the old time is released, the new one booked and linked", async () => {
    const original = await book(s.employee, s.profileId, "2027-03-05T10:00:00Z");
    const moved = await rescheduleAppointment(s.employee, original.id, { startsAt: "2027-03-05T11:00:00Z" }, NOW);
    expect(moved).toMatchObject({ status: "booked", rescheduledFromId: original.id, startsAt: at("2027-03-05T11:00:00Z") });
    expect(await db().appointment.findUniqueOrThrow({ where: { id: original.id } })).toMatchObject({ status: "cancelled", countsAgainstQuota: false });
    expect(await getQuotaUsage(s.employee, NOW)).toMatchObject({ used: 1 });
    const email = await latestEmailTo(s.employee.email, { subject: "Your Harbor appointment has a new time" });
    // The calendar event keeps the first appointment's UID, so calendar apps move it instead of adding one.
    expect(email.icsBody).toContain(`UID:${original.id}@harbor`);
    const again = await rescheduleAppointment(s.employee, moved.id, { startsAt: "2027-03-05T10:00:00Z" }, NOW);
    const latest = await latestEmailTo(s.employee.email, { subject: "Your Harbor appointment has a new time" });
    expect(latest.icsBody).toContain(`UID:${original.id}@harbor`);
    expect(again.startsAt).toEqual(at("2027-03-05T10:00:00Z"));
    // Another employee cannot move it.
    const stranger = actorOf(await createUser({ role: "employee", tenant: s.tenant }));
    expect(await codeOf(rescheduleAppointment(stranger, again.id, { startsAt: "2027-03-05T12:00:00Z" }, NOW))).toBe("not_found");
  });

  it("never charges the employee when the psychologist cancels, and offers other times", async () => {
    const appointment = await book(s.employee, s.profileId, "2027-03-01T12:00:00Z");
    await cancelAppointmentByPsychologist(s.psychologist, appointment.id, NOW);
    expect(await db().appointment.findUniqueOrThrow({ where: { id: appointment.id } })).toMatchObject({
      status: "cancelled",
      cancelledBy: "psychologist",
      countsAgainstQuota: false,
    });
    const notice = await db().notification.findFirstOrThrow({ where: { userId: s.employee.id, kind: "appointment.cancelled" } });
    expect(notice.payload).toMatchObject({ byPsychologist: true, psychologistId: s.profileId });
    expect((await listFreeSlots(s.profileId, { now: NOW, limit: 20 })).map((x) => x.start.toISOString())).toContain("2027-03-01T12:00:00.000Z");
    const other = await createPsychologist();
    expect(await codeOf(cancelAppointmentByPsychologist(actorOf(other.user), appointment.id, NOW))).toBe("not_found");
  });

  it("records a no-show only after the start time, and it counts", async () => {
    const appointment = await book(s.employee, s.profileId, "2027-03-01T12:00:00Z");
    expect(await codeOf(recordNoShow(s.psychologist, appointment.id, NOW))).toBe("conflict");
    await recordNoShow(s.psychologist, appointment.id, at("2027-03-01T12:20:00Z"));
    expect(await db().appointment.findUniqueOrThrow({ where: { id: appointment.id } })).toMatchObject({ status: "no_show", countsAgainstQuota: true });
    expect(await codeOf(recordNoShow(s.employee, appointment.id, at("2027-03-01T13:00:00Z")))).toBe("forbidden");
  });

  it("sends a reminder only for an appointment still booked at the same time", async () => {
    const kept = await book(s.employee, s.profileId, "2027-03-02T09:00:00Z");
    const moved = await book(s.employee, s.profileId, "2027-03-02T10:00:00Z");
    const cancelled = await book(s.employee, s.profileId, "2027-03-02T11:00:00Z");
    await rescheduleAppointment(s.employee, moved.id, { startsAt: "2027-03-02T14:00:00Z" }, NOW);
    await cancelAppointmentByEmployee(s.employee, cancelled.id, { acceptLateCharge: true }, NOW);
    const remind = (a: { id: string; startsAt: Date }) => sendReminder({ appointmentId: a.id, startsAt: a.startsAt.toISOString(), before: "24h" }, NOW);
    expect(await remind(kept)).toBe("sent");
    // The same job run again (its worker died after committing) reminds nobody twice.
    const emailsAfterFirst = await db().email.count({ where: { recipientId: s.employee.id } });
    expect(await remind(kept)).toBe("already sent");
    expect(await db().email.count({ where: { recipientId: s.employee.id } })).toBe(emailsAfterFirst);
    expect(await remind(moved)).toBe("dropped");
    expect(await remind(cancelled)).toBe("dropped");
    const reminder = await latestEmailTo(s.employee.email, { subject: "Reminder: your Harbor appointment" });
    expect(await deliverEmail(reminder.id)).toBe("outbox");
    expect((await db().email.findUniqueOrThrow({ where: { id: reminder.id } })).status).toBe("outbox");
    expect(await deliverEmail(reminder.id)).toBe("skipped"); // Thirty runs of another reminder at once: exactly one sends it.
    const raced = await book(s.employee, s.profileId, "2027-03-02T12:00:00Z");
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => remind(raced)));
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "already sent")).toHaveLength(29);
  });

  it("books by the psychologist's wall clock across a DST change", async () => {
    const helsinki = await setup({
      psychologist: {
        timeZone: "Europe/Helsinki",
        hours: [
          [5, 9, 12],
          [1, 9, 12],
        ],
      },
    });
    const fridayBefore = new Date("2027-03-25T08:00:00Z");
    // Friday 26 March: 09:00 Helsinki is 07:00 UTC. Monday 29 March (summer time): 09:00 is 06:00 UTC.
    expect(await codeOf(book(helsinki.employee, helsinki.profileId, "2027-03-26T06:00:00Z", fridayBefore))).toBe("conflict");
    await book(helsinki.employee, helsinki.profileId, "2027-03-26T07:00:00Z", fridayBefore);
    await book(helsinki.employee, helsinki.profileId, "2027-03-29T06:00:00Z", fridayBefore);
    expect(await codeOf(book(helsinki.employee, helsinki.profileId, "2027-03-29T07:30:00Z", fridayBefore))).toBe("conflict");
  });
});

describe("booking change limit", () => {
  it("stops a book-and-cancel loop with a clear 429 before it floods anyone's inbox", async () => {
    const { employee, profileId } = await setup({ sessionsPerYear: 1000 });
    let refused: AppError | undefined;
    for (let i = 0; i < 40 && !refused; i++) {
      try {
        const appointment = await book(
          employee,
          profileId,
          `2027-03-${String(10 + (i % 15)).padStart(2, "0")}T${String(9 + Math.floor(i / 15)).padStart(2, "0")}:00:00Z`,
        );
        await cancelAppointmentByEmployee(employee, appointment.id, {}, NOW);
      } catch (error) {
        refused = error as AppError;
      }
    }
    expect(refused).toMatchObject({ code: "rate_limited" });
    expect(await inEnglish(refused)).toMatch(/Please try again in \d+ minutes?\./);
    expect(refused!.details?.retryAfterSeconds).toBeGreaterThan(0);
  });
});
