/** E-mails and calendar files speak the recipient's language, whoever or whatever caused them. */
import { emailsTo } from "../support/sealed-lookups";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { bookAppointment } from "@/lib/booking/book-appointment";
import { cancelAppointmentByPsychologist } from "@/lib/booking/change-appointment";
import { sendReminder } from "@/lib/notifications/send-reminder";
import ru from "@/messages/ru.json";
import en from "@/messages/en.json";
import { actorOf, createPsychologist, createTenant, createUser } from "../support/factories";

const NOW = new Date("2027-03-01T08:00:00Z");
// iCalendar folds lines at 75 octets; Cyrillic makes that happen mid-word.
const unfold = (ics: string | null) => (ics ?? "").replace(/\r\n[ \t]/g, "");

async function russianEmployeeBooking(employeeLocale?: string) {
  const tenant = await createTenant({ locale: "ru" });
  await db().tenant.update({ where: { id: tenant.id }, data: { timeZone: "Europe/Moscow" } });
  const employee = await createUser({ role: "employee", tenant, locale: employeeLocale });
  const { user: psychologist, profile } = await createPsychologist();
  const appointment = await bookAppointment(
    actorOf(employee),
    { psychologistId: profile.id, startsAt: "2027-03-03T10:00:00Z", direction: "psychology", format: "video" },
    NOW,
  );
  const mail = (to: string) => emailsTo(to);
  return { employee, psychologist, appointment, mail };
}

describe("e-mails in the recipient's language", () => {
  it("write to an employee of a Russian-speaking employer in Russian, calendar file included, and to the psychologist in English", async () => {
    const s = await russianEmployeeBooking();
    const [toEmployee] = await s.mail(s.employee.email);
    expect(toEmployee!.subject).toBe(ru.email.appointment.subject.confirmed);
    // 10:00 UTC is 13:00 in Moscow, a Wednesday in March: the month in its genitive after the day.
    expect(toEmployee!.textBody).toContain("Вы записаны на сессию: среда, 3 марта 2027 г. в 13:00 (Europe/Moscow), по видеосвязи.");
    expect(toEmployee!.textBody).toContain("Открыть Harbor: http");
    const ics = unfold(toEmployee!.icsBody);
    expect(ics).toContain(`SUMMARY:${ru.email.appointment.calendarSummary}`);
    expect(ics).toContain("DESCRIPTION:Видеозвонок в Harbor: http");
    expect(ics).toContain("DTSTART:20270303T100000Z");

    const [toPsychologist] = await s.mail(s.psychologist.email);
    expect(toPsychologist!.subject).toBe(en.email.appointment.subject.confirmed);
    expect(unfold(toPsychologist!.icsBody)).toContain(`SUMMARY:${en.email.appointment.calendarSummary}`);
  });

  it("keeps Russian when the system sends the reminder, and when the psychologist cancels", async () => {
    const s = await russianEmployeeBooking();
    expect(await sendReminder({ appointmentId: s.appointment.id, startsAt: "2027-03-03T10:00:00.000Z", before: "24h" }, NOW)).toBe("sent");
    await cancelAppointmentByPsychologist(actorOf(s.psychologist), s.appointment.id, NOW);
    const subjects = (await s.mail(s.employee.email)).map((e) => e.subject);
    expect(subjects).toEqual([ru.email.appointment.subject.confirmed, ru.email.appointment.subject.reminder, ru.email.appointment.subject.cancelled]);
    const cancelled = (await s.mail(s.employee.email)).at(-1)!;
    expect(cancelled.textBody).toContain("отменена");
    expect(unfold(cancelled.icsBody)).toContain("METHOD:CANCEL");
  });

  it("follows the employee's own choice over the employer's language", async () => {
    const s = await russianEmployeeBooking("en");
    const [toEmployee] = await s.mail(s.employee.email);
    expect(toEmployee!.subject).toBe(en.email.appointment.subject.confirmed);
    expect(toEmployee!.textBody).toContain("Wednesday, 3 March 2027 at 13:00");
  });
});
