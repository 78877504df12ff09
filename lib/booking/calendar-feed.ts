/**
 * A psychologist's private calendar subscription: a secret URL their calendar app polls, listing
 * their sessions from a month back to four months ahead. It names no client, no employer and no
 * topic — only "Session · Harbor" and the link to the room — because calendar apps sync to phones,
 * share with assistants and show on lock screens. The secret is stored only as its SHA-256, shown
 * once when made; making a new one replaces the old, and turning it off makes the URL answer 404.
 */
import { createHash, randomBytes } from "node:crypto";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { appUrl } from "@/lib/notifications/app-url";

const PAST_DAYS = 30;
const AHEAD_DAYS = 120;

export interface CalendarFeedStatus {
  createdAt: Date;
  lastReadAt: Date | null;
}

const hashOf = (token: string) => createHash("sha256").update(token).digest();

async function ownProfileId(actor: Actor): Promise<string> {
  if (actor.role !== "psychologist") throw new AppError("forbidden", "errors.access.appointmentPsychologist");
  const profile = await db().psychologistProfile.findUnique({ where: { userId: actor.id }, select: { id: true } });
  if (!profile) throw new AppError("not_found", "errors.profile.notCreatedYet");
  return profile.id;
}

export async function calendarFeedStatus(actor: Actor): Promise<CalendarFeedStatus | null> {
  const psychologistId = await ownProfileId(actor);
  return db().calendarFeed.findUnique({ where: { psychologistId }, select: { createdAt: true, lastReadAt: true } });
}

/** Makes a new secret URL (the old one, if any, stops working at once) and returns it: the only time it is shown. */
export async function createCalendarFeed(actor: Actor): Promise<string> {
  const psychologistId = await ownProfileId(actor);
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashOf(token);
  await db().calendarFeed.upsert({
    where: { psychologistId },
    create: { psychologistId, tokenHash },
    update: { tokenHash, createdAt: new Date(), lastReadAt: null },
  });
  return appUrl(`/api/v1/calendar-feeds/${token}`);
}

export async function revokeCalendarFeed(actor: Actor): Promise<void> {
  const psychologistId = await ownProfileId(actor);
  await db().calendarFeed.deleteMany({ where: { psychologistId } });
}

/** The feed behind a secret URL; an unknown or revoked one is simply not found. */
export async function readCalendarFeed(token: string, now = new Date()): Promise<string> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw new AppError("not_found", "errors.calendarFeed.notFound");
  const feed = await db().calendarFeed.findUnique({ where: { tokenHash: hashOf(token) }, select: { id: true, psychologistId: true } });
  if (!feed) throw new AppError("not_found", "errors.calendarFeed.notFound");
  const sessions = await db().appointment.findMany({
    where: {
      psychologistId: feed.psychologistId,
      startsAt: { gte: new Date(now.getTime() - PAST_DAYS * 86_400_000), lt: new Date(now.getTime() + AHEAD_DAYS * 86_400_000) },
    },
    select: { id: true, startsAt: true, endsAt: true, status: true, updatedAt: true },
    orderBy: { startsAt: "asc" },
    take: 2000,
  });
  await db().calendarFeed.update({ where: { id: feed.id }, data: { lastReadAt: now } });
  const calendar = ical({ prodId: { company: "Harbor", product: "sessions" }, method: ICalCalendarMethod.PUBLISH, name: "Harbor", ttl: 15 * 60 });
  for (const session of sessions) {
    const link = appUrl(`/practice/sessions/${session.id}`);
    calendar.createEvent({
      id: `${session.id}@harbor-feed`,
      // Seconds since 2025 of the last change: a moved or cancelled session replaces what the app holds.
      sequence: Math.floor((session.updatedAt.getTime() - Date.UTC(2025, 0, 1)) / 1000),
      status: session.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      summary: "Session · Harbor",
      description: link,
      url: link,
      start: session.startsAt,
      end: session.endsAt,
      stamp: now,
    });
  }
  return calendar.toString();
}
