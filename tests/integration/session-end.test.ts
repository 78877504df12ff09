/**
 * The employee's end screen: the homework of this session only, the same psychologist's next free
 * times while they take bookings, and the rating while it is due — for the session's employee alone.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getEmployeeSessionEnd } from "@/lib/sessions/employee-session-end";
import { getPsychologistSessionEnd } from "@/lib/sessions/psychologist-session-end";
import { assignHomework } from "@/lib/tasks/assign-homework";
import { codeOf } from "../support/error-code";
import { actorOf, createAppointment, createPsychologist, createTenant, createUser } from "../support/factories";

const START = new Date("2027-06-07T10:00:00Z");
const AFTER = new Date("2027-06-07T11:00:00Z");

async function heldSession() {
  const tenant = await createTenant();
  const employee = await createUser({ role: "employee", tenant });
  const { user, profile } = await createPsychologist({ hours: [1, 2, 3, 4, 5, 6, 7].map((d) => [d, 9, 17] as [number, number, number]) });
  const appointment = await createAppointment({ tenant, employee, psychologist: profile, startsAt: START, status: "completed" });
  const earlier = await createAppointment({ tenant, employee, psychologist: profile, startsAt: new Date("2027-05-31T10:00:00Z"), status: "completed" });
  return { tenant, employee: actorOf(employee), psychologist: actorOf(user), profile, appointment, earlier };
}

describe("the employee's end screen", () => {
  it("shows this session's homework, the psychologist's next three free times and that the rating is due", async () => {
    const s = await heldSession();
    await assignHomework(s.psychologist, s.appointment.id, { title: "Breathing, twice a day" }, AFTER);
    await assignHomework(s.psychologist, s.earlier.id, { title: "From the week before" }, AFTER);
    const end = await getEmployeeSessionEnd(s.employee, s.appointment.id, AFTER);
    expect(end.homework.map((h) => h.title)).toEqual(["Breathing, twice a day"]);
    expect(end.profileId).toBe(s.profile.id);
    expect(end.nextTimes).toHaveLength(3);
    expect(
      end.nextTimes.every((slot) => new Date(slot.start) >= AFTER),
      JSON.stringify(end.nextTimes),
    ).toBe(true);
    expect(end.awaitsRating).toBe(true);

    await db().feedback.create({
      data: {
        appointmentId: s.appointment.id,
        tenantId: s.tenant.id,
        employeeId: s.employee.id,
        psychologistId: s.profile.id,
        rating: 5,
        publishedMonth: new Date("2027-06-01"),
      },
    });
    expect((await getEmployeeSessionEnd(s.employee, s.appointment.id, AFTER)).awaitsRating).toBe(false);
  });

  it("offers no times for a psychologist who no longer takes bookings", async () => {
    const s = await heldSession();
    await db().psychologistProfile.update({ where: { id: s.profile.id }, data: { status: "hidden" } });
    expect(await getEmployeeSessionEnd(s.employee, s.appointment.id, AFTER)).toMatchObject({ profileId: null, nextTimes: [] });
  });

  it("is the session's employee's alone", async () => {
    const s = await heldSession();
    expect(await codeOf(getEmployeeSessionEnd(s.psychologist, s.appointment.id, AFTER))).toBe("forbidden");
    const colleague = actorOf(await createUser({ role: "employee", tenant: s.tenant }));
    expect(await codeOf(getEmployeeSessionEnd(colleague, s.appointment.id, AFTER))).toBe("not_found");
  });

  it("keeps the psychologist's side in one place: the recorded outcome and topic, and this session's homework only", async () => {
    const s = await heldSession();
    await db().appointment.update({ where: { id: s.appointment.id }, data: { topic: "anxiety" } });
    await assignHomework(s.psychologist, s.appointment.id, { title: "Breathing, twice a day" }, AFTER);
    await assignHomework(s.psychologist, s.earlier.id, { title: "From the week before" }, AFTER);
    const end = await getPsychologistSessionEnd(s.psychologist, s.appointment.id);
    expect(end.recorded).toEqual({ status: "completed", topic: "anxiety" });
    expect(end.homework.map((h) => h.title)).toEqual(["Breathing, twice a day"]);
    const other = actorOf((await createPsychologist()).user);
    expect(await codeOf(getPsychologistSessionEnd(other, s.appointment.id))).toBe("not_found");
    expect(await codeOf(getPsychologistSessionEnd(s.employee, s.appointment.id))).toBe("forbidden");
  });

  it("does not lay out the psychologist's free times for a room opened before its session began", async () => {
    const s = await heldSession();
    const later = await createAppointment({ tenant: s.tenant, employee: s.employee, psychologist: s.profile, startsAt: new Date("2027-06-14T10:00:00Z") });
    expect((await getEmployeeSessionEnd(s.employee, later.id, AFTER)).nextTimes).toEqual([]);
    expect((await getEmployeeSessionEnd(s.employee, later.id, new Date("2027-06-14T10:05:00Z"))).nextTimes).toHaveLength(3);
  });
});
