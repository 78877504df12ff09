/**
 * Five minutes after a call's start, the side not yet in the room is sent into it — once, only when
 * the other side is there, only for calls.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { nudgeLateArrivals } from "@/lib/sessions/nudge-late-arrivals";
import { emailsTo } from "../support/sealed-lookups";
import { createAppointment, createPsychologist, createTenant, createUser } from "../support/factories";

// A moment no other test's session is near, so the job's global sweep touches only these.
const START = new Date("2031-05-06T09:00:00Z");
const minutesAfter = (minutes: number) => new Date(START.getTime() + minutes * 60_000);

async function session(options: { format?: "video" | "audio" | "chat"; joined: ("employee" | "psychologist")[]; startsAt?: Date }) {
  const tenant = await createTenant();
  const employee = await createUser({ role: "employee", tenant });
  const { user: psychologist, profile } = await createPsychologist();
  const appointment = await createAppointment({
    tenant,
    employee,
    psychologist: profile,
    startsAt: options.startsAt ?? START,
    format: options.format ?? "video",
  });
  await db().appointment.update({
    where: { id: appointment.id },
    data: {
      employeeJoinedAt: options.joined.includes("employee") ? START : null,
      psychologistJoinedAt: options.joined.includes("psychologist") ? START : null,
    },
  });
  const nudged = async () => (await db().appointment.findUniqueOrThrow({ where: { id: appointment.id } })).lateNudgedAt !== null;
  const notes = async (userId: string) => db().notification.findMany({ where: { userId, kind: "session.waiting" } });
  return { appointment, employee, psychologist, nudged, notes };
}

describe("late arrivals", () => {
  it("sends the missing employee straight into the room once, five minutes after the start", async () => {
    const s = await session({ joined: ["psychologist"] });
    await nudgeLateArrivals(minutesAfter(4));
    expect(await s.nudged()).toBe(false);

    await nudgeLateArrivals(minutesAfter(5));
    expect(await s.nudged()).toBe(true);
    expect(await s.notes(s.employee.id)).toHaveLength(1);
    expect(await s.notes(s.psychologist.id)).toHaveLength(0);
    const [email] = await emailsTo(s.employee.email, { subject: "Your Harbor session has started" });
    expect(email!.textBody).toContain(`/cabinet/sessions/${s.appointment.id}`);
    // Nothing about whom or why: a time and a link.
    expect(email!.textBody).not.toContain(s.psychologist.displayName ?? "—");

    await nudgeLateArrivals(minutesAfter(8));
    expect(await s.notes(s.employee.id)).toHaveLength(1);
    expect(await emailsTo(s.employee.email, { subject: "Your Harbor session has started" })).toHaveLength(1);
  });

  it("sends one notice and one e-mail when thirty workers run the job at once", async () => {
    const s = await session({ joined: ["psychologist"], startsAt: new Date("2031-05-07T09:00:00Z") });
    await Promise.all(Array.from({ length: 30 }, () => nudgeLateArrivals(new Date("2031-05-07T09:06:00Z"))));
    expect(await s.notes(s.employee.id)).toHaveLength(1);
    expect(await emailsTo(s.employee.email, { subject: "Your Harbor session has started" })).toHaveLength(1);
  });

  it("sends a missing psychologist to the practice's room", async () => {
    const s = await session({ joined: ["employee"] });
    await nudgeLateArrivals(minutesAfter(6));
    expect(await s.notes(s.psychologist.id)).toHaveLength(1);
    const [email] = await emailsTo(s.psychologist.email, { subject: "Your Harbor session has started" });
    expect(email!.textBody).toContain(`/practice/sessions/${s.appointment.id}`);
  });

  it("leaves alone sessions where both or neither are there, chat sessions, and sessions already over", async () => {
    const both = await session({ joined: ["employee", "psychologist"] });
    const neither = await session({ joined: [] });
    const chat = await session({ format: "chat", joined: ["psychologist"] });
    const over = await session({ joined: ["psychologist"], startsAt: minutesAfter(-60) });
    await nudgeLateArrivals(minutesAfter(6));
    for (const s of [both, neither, chat, over]) expect(await s.nudged()).toBe(false);
  });
});
