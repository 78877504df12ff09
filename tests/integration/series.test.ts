import { beforeEach, describe, expect, it } from "vitest";
import { appointmentCalendar } from "@/lib/booking/add-to-calendar";
import { bookAppointment } from "@/lib/booking/book-appointment";
import { bookSeries, seriesOptions } from "@/lib/booking/book-series";
import { cancelAppointmentByPsychologist, rescheduleAppointment } from "@/lib/booking/change-appointment";
import { db } from "@/lib/db/client";
import { calendarOccurrences } from "../support/calendar-occurrences";
import { codeOf } from "../support/error-code";
import { actorOf, createPsychologist, createTenant, createUser } from "../support/factories";
import { inEnglish } from "../support/in-english";
import { emailsTo } from "../support/sealed-lookups";

// Monday 1 March 2027, 08:00 UTC; the psychologist works 09:00–17:00 in Helsinki every day.
const NOW = new Date("2027-03-01T08:00:00Z");
const FIRST = "2027-03-02T08:00:00Z"; // Tuesday 10:00 in Helsinki, before the clocks change on 28 March

async function setup(sessionsPerYear = 20) {
  const tenant = await createTenant({ sessionsPerYear });
  const employeeUser = await createUser({ role: "employee", tenant });
  const { user, profile } = await createPsychologist({ timeZone: "Europe/Helsinki" });
  const employee = actorOf(employeeUser);
  // The pair's first booking opens their conversation: the client file a series is booked from.
  await bookAppointment(employee, { psychologistId: profile.id, startsAt: "2027-03-01T13:00:00Z", direction: "psychology", format: "video" }, NOW);
  const conversation = await db().conversation.findUniqueOrThrow({
    where: { employeeId_psychologistId: { employeeId: employee.id, psychologistId: profile.id } },
  });
  return { tenant, employee, psychologist: actorOf(user), profileId: profile.id, conversationId: conversation.id };
}

const series = (s: Awaited<ReturnType<typeof setup>>, input: Record<string, unknown> = {}) =>
  bookSeries(s.psychologist, s.conversationId, { firstStartsAt: FIRST, cadence: "weekly", count: 6, format: "video", ...input }, NOW);

describe("a recurring series booked by the psychologist", () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    s = await setup();
  });

  it("books six weekly sessions at the same local time across the clock change, with one confirmation each and one calendar series", async () => {
    const booked = await series(s);
    expect(booked.map((a) => a.startsAt.toISOString())).toEqual([
      "2027-03-02T08:00:00.000Z",
      "2027-03-09T08:00:00.000Z",
      "2027-03-16T08:00:00.000Z",
      "2027-03-23T08:00:00.000Z",
      "2027-03-30T07:00:00.000Z", // still 10:00 in Helsinki, now summer time
      "2027-04-06T07:00:00.000Z",
    ]);
    const rows = await db().appointment.findMany({ where: { seriesId: booked[0]!.seriesId! }, orderBy: { startsAt: "asc" } });
    expect(rows.map((r) => [r.status, r.countsAgainstQuota, r.employeeId])).toEqual(Array(6).fill(["booked", true, s.employee.id]));
    const notifications = await db().notification.findMany({ where: { userId: { in: [s.employee.id, s.psychologist.id] }, kind: "appointment.series" } });
    expect(notifications).toHaveLength(2);
    const emails = (await emailsTo([s.employee.email, s.psychologist.email])).filter((e) => e.subject === "Your Harbor sessions are booked");
    expect(emails).toHaveLength(2);
    const occurrences = calendarOccurrences(emails[0]!.icsBody!);
    expect(occurrences.map((o) => o.start.toISOString())).toEqual(booked.map((a) => a.startsAt.toISOString()));
    // Reminders for each occurrence, as for any booking.
    const [reminders] = await db().$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM pgboss.job WHERE name = 'appointment.remind' AND data->>'appointmentId' = ANY(${booked.map((a) => a.id)})`;
    expect(Number(reminders!.n)).toBe(12);
  });

  it("moves one occurrence and cancels another on their own; the calendar file leaves out both planned times and shows the moved one", async () => {
    const booked = await series(s);
    const moved = await rescheduleAppointment(s.employee, booked[1]!.id, { startsAt: "2027-03-10T09:00:00Z" }, NOW);
    expect(moved.seriesId).toBe(booked[0]!.seriesId);
    await cancelAppointmentByPsychologist(s.psychologist, booked[3]!.id, NOW);
    const ics = await appointmentCalendar(s.employee, booked[0]!.id);
    const seen = calendarOccurrences(ics).map((o) => o.start.toISOString());
    expect(seen).toEqual([
      "2027-03-02T08:00:00.000Z",
      "2027-03-10T09:00:00.000Z",
      "2027-03-16T08:00:00.000Z",
      "2027-03-30T07:00:00.000Z",
      "2027-04-06T07:00:00.000Z",
    ]);
    expect(ics).toContain("EXDATE;TZID=Europe/Helsinki:20270309T100000,20270323T100000");
    // The move's and the cancellation's e-mails carry the series as it now stands, never METHOD:CANCEL for all of it.
    const latest = (await emailsTo([s.employee.email])).filter((e) => e.subject !== "Your Harbor sessions are booked").map((e) => e.icsBody ?? "");
    expect(latest.length).toBeGreaterThanOrEqual(2);
    for (const body of latest) expect(body).not.toContain("METHOD:CANCEL");
  });

  it("thirty identical series sent at once book one series: six sessions, the rest refused as taken", async () => {
    const codes = await Promise.all(Array.from({ length: 30 }, () => codeOf(series(s))));
    expect(codes.filter((c) => c === "ok")).toHaveLength(1);
    expect(codes.filter((c) => c === "conflict")).toHaveLength(29);
    expect(await db().appointment.count({ where: { employeeId: s.employee.id, seriesId: { not: null } } })).toBe(6);
    expect(await db().appointmentSeries.count({ where: { employeeId: s.employee.id } })).toBe(1);
  });

  it("writes nothing when one of the times is not free, and names it", async () => {
    const other = await createUser({ role: "employee", tenant: s.tenant });
    await bookAppointment(actorOf(other), { psychologistId: s.profileId, startsAt: "2027-03-16T08:00:00Z", direction: "psychology", format: "video" }, NOW);
    const before = await db().appointment.count({ where: { employeeId: s.employee.id } });
    const error = await series(s).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "conflict" });
    expect(await inEnglish(error)).toMatch(/This time is not free in your schedule: .*16/);
    expect(await db().appointment.count({ where: { employeeId: s.employee.id } })).toBe(before);
    expect(await db().appointmentSeries.count({ where: { employeeId: s.employee.id } })).toBe(0);
  });

  it("refuses a series larger than what the client has left, or running past the contract year", async () => {
    const small = await setup(4);
    const error = await series(small).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "unprocessable" });
    expect(await inEnglish(error)).toContain("3 sessions left");
    expect((await seriesOptions(small.psychologist, small.conversationId, NOW))?.left).toBe(3);
    await db().contract.update({ where: { tenantId: s.tenant.id }, data: { yearStartMonth: 4, yearStartDay: 1 } });
    expect(await codeOf(series(s))).toBe("unprocessable");
  });

  it("is the client's own psychologist's alone: another psychologist does not find the client, an employee is refused", async () => {
    const other = actorOf((await createPsychologist()).user);
    expect(await codeOf(bookSeries(other, s.conversationId, { firstStartsAt: FIRST, cadence: "weekly", count: 2, format: "video" }, NOW))).toBe("not_found");
    expect(await codeOf(bookSeries(s.employee, s.conversationId, { firstStartsAt: FIRST, cadence: "weekly", count: 2, format: "video" }, NOW))).toBe(
      "forbidden",
    );
  });

  it("is refused for a client removed from the registry", async () => {
    const user = await db().user.findUniqueOrThrow({ where: { id: s.employee.id } });
    await db().registryEntry.update({ where: { id: user.registryEntryId! }, data: { status: "removed", removedAt: NOW } });
    expect(await codeOf(series(s))).toBe("conflict");
    expect(await seriesOptions(s.psychologist, s.conversationId, NOW)).toBeNull();
  });
});
