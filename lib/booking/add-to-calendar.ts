/**
 * "Add to calendar" for one's own appointment: the same calendar file the confirmation e-mail
 * carries (same event id, so a later move or cancellation updates it), and links that open Google
 * Calendar or Outlook with the event filled in. Like every calendar entry Harbor makes, it names no
 * one and no topic: "Harbor appointment", the format and the link to one's own room.
 */
import type { Actor } from "@/lib/auth/guard";
import { pooled, sqlRows } from "@/lib/db/sql";
import { translatorFor, recipientLocale } from "@/lib/i18n/translator";
import { appointmentCalendarFile, calendarSequence } from "@/lib/notifications/appointment-email";
import { appUrl } from "@/lib/notifications/app-url";
import { recipientsSql } from "@/lib/notifications/notify-appointment";
import { findOwnAppointment, sideOf } from "@/lib/sessions/session-access";
import { loadSeries } from "./load-series";
import { seriesCalendarFile } from "./series-calendar";

export interface CalendarLinks {
  /** Harbor's own route: downloads the .ics. */
  file: string;
  google: string;
  outlook: string;
}

interface CalendarEntry {
  title: string;
  details: string;
  startsAt: Date;
  endsAt: Date;
  ics: string;
}

async function calendarEntry(actor: Actor, appointmentId: string): Promise<CalendarEntry> {
  const side = sideOf(actor);
  const appointment = await findOwnAppointment(actor, appointmentId, {
    id: true,
    startsAt: true,
    endsAt: true,
    format: true,
    employeeId: true,
    psychologistId: true,
    rescheduledFromId: true,
    seriesId: true,
  });
  const [recipients] = await sqlRows<{ calendar_uid: string }>(recipientsSql(appointment));
  const text = await translatorFor(recipientLocale(actor.savedLocale, actor.tenantLocale));
  const room = appUrl(`/${side === "employee" ? "cabinet" : "practice"}/sessions/${appointment.id}`);
  // Counted as the e-mails count: a file downloaded later wins over an older e-mail.
  const event = { kind: "confirmed" as const, appointmentId: recipients?.calendar_uid ?? appointment.id, ...appointment, sequence: calendarSequence() };
  // An occurrence of a series downloads the whole series, as its e-mails carry it.
  const series = appointment.seriesId ? await loadSeries(pooled, appointment.seriesId) : null;
  return {
    title: text.t("email.appointment.calendarSummary"),
    details: text.t("email.appointment.calendarDescription", { format: appointment.format, link: room }),
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    ics: series ? seriesCalendarFile(series, room, text, event.sequence) : appointmentCalendarFile(event, room, text),
  };
}

/** The .ics of one's own appointment. */
export async function appointmentCalendar(actor: Actor, appointmentId: string): Promise<string> {
  return (await calendarEntry(actor, appointmentId)).ics;
}

/** Google's and Outlook's "new event" pages want UTC times written without separators. */
const compactUtc = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

export async function calendarLinks(actor: Actor, appointmentId: string): Promise<CalendarLinks> {
  const entry = await calendarEntry(actor, appointmentId);
  const google = new URL("https://calendar.google.com/calendar/render");
  google.search = new URLSearchParams({
    action: "TEMPLATE",
    text: entry.title,
    dates: `${compactUtc(entry.startsAt)}/${compactUtc(entry.endsAt)}`,
    details: entry.details,
  }).toString();
  const outlook = new URL("https://outlook.live.com/calendar/0/deeplink/compose");
  outlook.search = new URLSearchParams({
    path: "/calendar/action/compose",
    rru: "addevent",
    subject: entry.title,
    startdt: entry.startsAt.toISOString(),
    enddt: entry.endsAt.toISOString(),
    body: entry.details,
  }).toString();
  return { file: `/api/v1/appointments/${appointmentId}/calendar`, google: google.toString(), outlook: outlook.toString() };
}
