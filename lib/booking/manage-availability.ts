/**
 * A psychologist's weekly hours and dated exceptions, in their own time zone. Every change marks
 * the catalogue's cached next slot stale in the same transaction.
 */
import { DateTime } from "luxon";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { db, WRITE_TRANSACTION } from "@/lib/db/client";
import { viaPrisma } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import { ownProfileId } from "@/lib/catalogue/own-profile";
import { invalidateNextSlot } from "@/lib/catalogue/refresh-next-slots";

const clock = (what: string) =>
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, `Enter the ${what} time as HH:MM.`)
    .transform((hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)));

const ZRange = z
  .object({ start: clock("start"), end: clock("end") })
  .refine((r) => r.end > r.start, { message: "errors.availability.endBeforeStart", path: ["end"] });

export const ZWeeklyHoursInput = z.intersection(
  z.object({ weekday: z.coerce.number().int().min(1, "errors.availability.chooseDay").max(7, "errors.availability.chooseDay") }),
  ZRange,
);

export const ZExceptionInput = z
  .object({
    date: z.iso.date("errors.availability.chooseDate"),
    kind: z.enum(["unavailable", "available"], { error: "errors.availability.chooseKind" }),
    wholeDay: z.boolean().default(false),
    start: z.string().optional(),
    end: z.string().optional(),
  })
  .transform((value, ctx) => {
    if (value.wholeDay) return { date: value.date, kind: value.kind, startMinute: null, endMinute: null };
    const range = ZRange.safeParse({ start: value.start ?? "", end: value.end ?? "" });
    if (!range.success) {
      for (const issue of range.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
      return z.NEVER;
    }
    return { date: value.date, kind: value.kind, startMinute: range.data.start, endMinute: range.data.end };
  });

export async function getAvailability(actor: Actor) {
  const profileId = await ownProfileId(actor);
  const profile = await db().psychologistProfile.findUniqueOrThrow({
    where: { id: profileId },
    select: {
      timeZone: true,
      sessionMinutes: true,
      bufferMinutes: true,
      minNoticeMinutes: true,
      rules: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
      exceptions: { where: { date: { gte: new Date(DateTime.utc().minus({ days: 1 }).toISODate()!) } }, orderBy: [{ date: "asc" }, { startMinute: "asc" }] },
    },
  });
  return profile;
}

export async function addWeeklyHours(actor: Actor, input: unknown): Promise<void> {
  const profileId = await ownProfileId(actor);
  const data = ZWeeklyHoursInput.parse(input);
  await db().$transaction(async (tx) => {
    const overlapping = await tx.availabilityRule.count({
      where: { profileId, weekday: data.weekday, startMinute: { lt: data.end }, endMinute: { gt: data.start } },
    });
    if (overlapping > 0) throw new AppError("conflict", "errors.availability.overlap");
    await tx.availabilityRule.create({ data: { profileId, weekday: data.weekday, startMinute: data.start, endMinute: data.end } });
    await invalidateNextSlot(viaPrisma(tx), profileId);
  }, WRITE_TRANSACTION);
}

export async function addException(actor: Actor, input: unknown, now = new Date()): Promise<void> {
  const profileId = await ownProfileId(actor);
  const data = ZExceptionInput.parse(input);
  const profile = await db().psychologistProfile.findUniqueOrThrow({ where: { id: profileId }, select: { timeZone: true } });
  const today = DateTime.fromJSDate(now, { zone: profile.timeZone }).toISODate()!;
  if (data.date < today)
    throw new AppError("unprocessable", "errors.availability.pastDate", { fields: [{ path: "date", message: "errors.availability.inThePast" }] });
  await db().$transaction(async (tx) => {
    await tx.availabilityException.create({
      data: { profileId, date: new Date(`${data.date}T00:00:00Z`), kind: data.kind, startMinute: data.startMinute, endMinute: data.endMinute },
    });
    await invalidateNextSlot(viaPrisma(tx), profileId);
  }, WRITE_TRANSACTION);
}

export async function removeAvailability(actor: Actor, kind: "rule" | "exception", id: string): Promise<void> {
  const profileId = await ownProfileId(actor);
  if (!z.uuid().safeParse(id).success) throw new AppError("not_found", "errors.availability.alreadyRemoved");
  await db().$transaction(async (tx) => {
    const where = { id, profileId };
    const { count } = kind === "rule" ? await tx.availabilityRule.deleteMany({ where }) : await tx.availabilityException.deleteMany({ where });
    if (count === 0) throw new AppError("not_found", "errors.availability.alreadyRemoved");
    await invalidateNextSlot(viaPrisma(tx), profileId);
  }, WRITE_TRANSACTION);
}
