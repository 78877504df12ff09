/** "Add to calendar": one's own appointment only, the same event id as the e-mails, nothing that names anyone. */
import { describe, expect, it } from "vitest";
import { appointmentCalendar, calendarLinks } from "@/lib/booking/add-to-calendar";
import { codeOf } from "../support/error-code";
import { actorOf, createAppointment, createPsychologist, createTenant, createUser } from "../support/factories";

describe("add to calendar", () => {
  it("gives each side the appointment's event, with the room link and no name", async () => {
    const tenant = await createTenant();
    const employee = await createUser({ role: "employee", tenant, displayName: "Robin Example" });
    const { user, profile } = await createPsychologist({ displayName: "Dr Calendar Test" });
    const appointment = await createAppointment({ tenant, employee, psychologist: profile, startsAt: new Date("2027-04-05T08:00:00Z") });

    // Calendar files fold long lines (RFC 5545): unfolded here before reading.
    const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");
    const ics = unfold(await appointmentCalendar(actorOf(employee), appointment.id));
    expect(ics).toContain(`UID:${appointment.id}@harbor`);
    expect(ics).toContain("DTSTART:20270405T080000Z");
    expect(ics).toContain(`/cabinet/sessions/${appointment.id}`);
    expect(ics).not.toMatch(/Robin Example|Dr Calendar Test/);
    expect(unfold(await appointmentCalendar(actorOf(user), appointment.id))).toContain(`/practice/sessions/${appointment.id}`);

    const links = await calendarLinks(actorOf(employee), appointment.id);
    expect(new URL(links.google).searchParams.get("dates")).toBe("20270405T080000Z/20270405T085000Z");
    expect(new URL(links.outlook).searchParams.get("startdt")).toBe("2027-04-05T08:00:00.000Z");
    expect(links.file).toBe(`/api/v1/appointments/${appointment.id}/calendar`);

    const colleague = actorOf(await createUser({ role: "employee", tenant }));
    expect(await codeOf(appointmentCalendar(colleague, appointment.id))).toBe("not_found");
    expect(await codeOf(appointmentCalendar(actorOf(await createUser({ role: "hr", tenant })), appointment.id))).toBe("forbidden");
  });
});
