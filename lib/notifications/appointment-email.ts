/**
 * The words and calendar file of every appointment e-mail. Deliberately minimal: a neutral
 * subject, the time, the format and a link. No topic, no specialist's name or specialty, no
 * employer: an e-mail may be read over a shoulder or land on a shared calendar.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import type { SessionFormat } from "@/lib/generated/prisma/enums";

export type AppointmentEmailKind = "confirmed" | "reminder" | "cancelled" | "rescheduled";

export interface AppointmentEmailInput {
  kind: AppointmentEmailKind;
  appointmentId: string;
  startsAt: Date;
  endsAt: Date;
  format: SessionFormat;
  /** The recipient's zone, so the time reads as theirs. */
  timeZone: string;
  /** Absolute link to where the recipient manages the appointment. */
  link: string;
  /** Bumped on every change so calendar apps replace the event instead of adding one. */
  sequence: number;
}

const FORMAT_WORDS: Record<SessionFormat, string> = { chat: "chat", audio: "audio call", video: "video call" };

const SUBJECTS: Record<AppointmentEmailKind, string> = {
  confirmed: "Your Harbor appointment",
  reminder: "Reminder: your Harbor appointment",
  cancelled: "Your Harbor appointment was cancelled",
  rescheduled: "Your Harbor appointment has a new time",
};

/** Subject and text for one recipient, in their zone. */
export function composeAppointmentEmail(input: AppointmentEmailInput): { subject: string; text: string } {
  const when = DateTime.fromJSDate(input.startsAt, { zone: input.timeZone }).setLocale("en-GB").toFormat("cccc d LLLL yyyy, HH:mm");
  const zone = input.timeZone.replace(/_/g, " ");
  const lines: Record<AppointmentEmailKind, string> = {
    confirmed: `Your appointment is booked for ${when} (${zone}), by ${FORMAT_WORDS[input.format]}.`,
    reminder: `A reminder: your appointment is on ${when} (${zone}), by ${FORMAT_WORDS[input.format]}.`,
    cancelled: `Your appointment on ${when} (${zone}) was cancelled. You can choose another time in Harbor.`,
    rescheduled: `Your appointment has moved to ${when} (${zone}), by ${FORMAT_WORDS[input.format]}.`,
  };
  const text = `${lines[input.kind]}\n\nOpen Harbor: ${input.link}\n\nThis message was sent automatically by Harbor.\n`;
  return { subject: SUBJECTS[input.kind], text };
}

/**
 * The iCalendar event; a cancellation cancels the same event (same UID). In UTC and with a link that
 * sends each person to their own home, so one file serves both parties.
 */
export function appointmentCalendarFile(input: Omit<AppointmentEmailInput, "timeZone">): string {
  const cancelled = input.kind === "cancelled";
  const calendar = ical({ prodId: { company: "Harbor", product: "appointments" }, method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH });
  calendar.createEvent({
    id: `${input.appointmentId}@harbor`,
    sequence: input.sequence,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    summary: "Harbor appointment",
    description: `${FORMAT_WORDS[input.format][0]!.toUpperCase()}${FORMAT_WORDS[input.format].slice(1)} in Harbor: ${input.link}`,
    url: input.link,
    start: input.startsAt,
    end: input.endsAt,
    stamp: new Date(),
  });
  return calendar.toString();
}
