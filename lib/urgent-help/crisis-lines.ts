/**
 * The free crisis lines per country that the urgent-help page lists: kept by the platform admin, each
 * with where its number comes from and when it was last checked. A number nobody has checked for a
 * year is flagged on the admin's page: a dead crisis line is worse than none.
 */
import { DateTime } from "luxon";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { zVisibleText } from "@/lib/forms/visible-text";
import { isDialable, ZCountry, type Country } from "./countries";

export const STALE_AFTER_DAYS = 365;

export interface CrisisLine {
  id: string;
  country: Country;
  name: string;
  phone: string;
  description: string;
  sourceUrl: string;
  /** yyyy-mm-dd */
  checkedOn: string;
}

export interface KeptCrisisLine extends CrisisLine {
  /** Not checked for over a year. */
  stale: boolean;
}

export const ZCrisisLineInput = z.object({
  country: ZCountry,
  name: zVisibleText("name", z.string().min(2, "errors.urgentHelp.name").max(120, "errors.urgentHelp.name")),
  phone: z.string().trim().refine(isDialable, "errors.urgentHelp.phone"),
  description: zVisibleText("text", z.string().max(300, "errors.urgentHelp.description")),
  sourceUrl: z.url({ protocol: /^https?$/, error: "errors.urgentHelp.sourceUrl" }).max(500),
  checkedOn: z.iso
    .date("errors.urgentHelp.checkedOn")
    .refine((day) => day <= DateTime.utc().plus({ days: 1 }).toISODate()!, "errors.urgentHelp.checkedInFuture"),
});
export type CrisisLineInput = z.input<typeof ZCrisisLineInput>;

const SELECT = { id: true, country: true, name: true, phone: true, description: true, sourceUrl: true, checkedOn: true } as const;

function toLine(row: { id: string; country: string; name: string; phone: string; description: string; sourceUrl: string; checkedOn: Date }): CrisisLine {
  return { ...row, country: row.country as Country, checkedOn: row.checkedOn.toISOString().slice(0, 10) };
}

/** One country's lines, for anyone (the urgent-help page is open before signing in). */
export async function listCrisisLines(country: Country): Promise<CrisisLine[]> {
  const rows = await db().crisisLine.findMany({ where: { country }, select: SELECT, orderBy: [{ name: "asc" }] });
  return rows.map(toLine);
}

function requireOperator(actor: Actor) {
  if (actor.role !== "platform_admin") throw new AppError("forbidden", "errors.access.crisisLines");
}

/** Every line, for the platform admin, with the ones due a check marked. */
export async function listKeptCrisisLines(actor: Actor, now = new Date()): Promise<KeptCrisisLine[]> {
  requireOperator(actor);
  const rows = await db().crisisLine.findMany({ select: SELECT, orderBy: [{ country: "asc" }, { name: "asc" }] });
  const staleBefore = DateTime.fromJSDate(now, { zone: "utc" }).minus({ days: STALE_AFTER_DAYS }).toISODate()!;
  return rows.map(toLine).map((line) => ({ ...line, stale: line.checkedOn < staleBefore }));
}

/** Adds a line (id null) or replaces one. */
export async function saveCrisisLine(actor: Actor, id: string | null, input: CrisisLineInput): Promise<{ id: string }> {
  requireOperator(actor);
  const parsed = ZCrisisLineInput.parse(input);
  const data = { ...parsed, checkedOn: new Date(`${parsed.checkedOn}T00:00:00Z`) };
  let saved = { id: id ?? "" };
  if (id) {
    const { count } = await db().crisisLine.updateMany({ where: { id }, data });
    if (!count) throw new AppError("not_found", "errors.urgentHelp.lineNotFound");
  } else {
    saved = await db().crisisLine.create({ data, select: { id: true } });
  }
  await recordAudit({
    action: "crisis_line.saved",
    actorId: actor.id,
    actorRole: actor.role,
    targetType: "crisis_line",
    targetId: saved.id,
    meta: { country: parsed.country },
  });
  return saved;
}

export async function deleteCrisisLine(actor: Actor, id: string): Promise<void> {
  requireOperator(actor);
  const { count } = await db().crisisLine.deleteMany({ where: { id } });
  if (!count) throw new AppError("not_found", "errors.urgentHelp.lineNotFound");
  await recordAudit({ action: "crisis_line.deleted", actorId: actor.id, actorRole: actor.role, targetType: "crisis_line", targetId: id });
}
