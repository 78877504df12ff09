/**
 * The words and calendar file of every appointment e-mail, in the recipient's language. Deliberately
 * minimal: a neutral subject, the time, the format and a link. No topic, no specialist's name or
 * specialty, no employer: an e-mail may be read over a shoulder or land on a shared calendar.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { SessionFormat } from "@/lib/generated/prisma/enums";
import { formats } from "@/lib/i18n/format";
import type { LocalisedText } from "@/lib/i18n/translator";

export type AppointmentEmailKind = "confirmed" | "reminder" | "cancelled" | "rescheduled";

export interface AppointmentEvent {
  kind: AppointmentEmailKind;
  appointmentId: string;
  startsAt: Date;
  endsAt: Date;
  format: SessionFormat;
  /** Bumped on every change so calendar apps replace the event instead of adding one. */
  sequence: number;
}

export interface AppointmentRecipient {
  /** The recipient's zone, so the time reads as theirs. */
  timeZone: string;
  /** Absolute link to where the recipient manages the appointment. */
  link: string;
  text: LocalisedText;
}

/** Calendar apps keep the highest SEQUENCE of a UID; seconds since 2025 only ever grow, so the newest file wins. */
export function calendarSequence(now = Date.now()): number {
  return Math.floor((now - Date.UTC(2025, 0, 1)) / 1000);
}

/** Subject and text for one recipient, in their zone and language. */
export function composeAppointmentEmail(event: AppointmentEvent, recipient: AppointmentRecipient): { subject: string; text: string } {
  const { t, locale } = recipient.text;
  const when = formats(locale, recipient.timeZone).longDateTime(event.startsAt);
  const zone = recipient.timeZone.replace(/_/g, " ");
  const line = t(`email.appointment.line.${event.kind}`, { when, zone, by: t("email.appointment.by", { format: event.format }) });
  const text = `${line}\n\n${t("email.appointment.open", { link: recipient.link })}\n\n${t("email.footer")}\n`;
  return { subject: t(`email.appointment.subject.${event.kind}`), text };
}

/**
 * The iCalendar event; a cancellation cancels the same event (same UID). In UTC and with a link to
 * the person's own home; summary and description in the recipient's language.
 */
export function appointmentCalendarFile(event: AppointmentEvent, link: string, { t }: LocalisedText): string {
  const cancelled = event.kind === "cancelled";
  const calendar = ical({ prodId: { company: "Harbor", product: "appointments" }, method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH });
  calendar.createEvent({
    id: `${event.appointmentId}@harbor`,
    sequence: event.sequence,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    summary: t("email.appointment.calendarSummary"),
    description: t("email.appointment.calendarDescription", { format: event.format, link }),
    url: link,
    start: event.startsAt,
    end: event.endsAt,
    stamp: new Date(),
  });
  return calendar.toString();
}
