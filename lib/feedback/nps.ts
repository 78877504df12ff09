/**
 * The programme question: "How likely are you to recommend this programme to a colleague?" (0–10).
 * About two hours after a completed session it appears in the employee's cabinet and arrives by a
 * neutral e-mail whose one-time link answers it without signing in (only the link's hash is stored).
 * Asked at most once per employee in NPS_INTERVAL_DAYS, answered at most once.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { inSqlTransaction } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import { recipientLocale, translatorFor } from "@/lib/i18n/translator";
import { queueEmails } from "@/lib/notifications/queue-emails";
import { appUrl } from "@/lib/notifications/app-url";
import { hashSecretToken, newSecretToken } from "@/lib/security/secret-token";

export const NPS_DELAY_MINUTES = 120;
export const NPS_INTERVAL_DAYS = 90;
/** An unanswered question leaves the cabinet after this long; its link stops working. */
export const NPS_OPEN_DAYS = 30;

export const ZNpsScore = z.coerce
  .number({ error: "errors.nps.chooseScore" })
  .int("errors.nps.chooseScore")
  .min(0, "errors.nps.chooseScore")
  .max(10, "errors.nps.chooseScore");

/** Sessions that ended this long ago at most are still asked about (a worker that was down catches up). */
const CATCH_UP_DAYS = 3;

/**
 * The sweep the worker runs every few minutes: asks about every session that ended NPS_DELAY_MINUTES
 * ago and was recorded as completed. A sweep rather than a job per session, so no completion can
 * lose its question to a failed enqueue.
 */
export async function askDueNpsQuestions(now = new Date()): Promise<number> {
  const due = await db().appointment.findMany({
    where: {
      status: "completed",
      endsAt: { lte: new Date(now.getTime() - NPS_DELAY_MINUTES * 60_000), gt: new Date(now.getTime() - CATCH_UP_DAYS * 86_400_000) },
      npsRequest: null,
      employee: { npsRequests: { none: { askedAt: { gt: new Date(now.getTime() - NPS_INTERVAL_DAYS * 86_400_000) } } } },
    },
    select: { id: true },
    orderBy: { endsAt: "asc" },
    take: 500,
  });
  let asked = 0;
  for (const { id } of due) if ((await askNps(id, now)) === "asked") asked += 1;
  return asked;
}

interface AskRow {
  employee_id: string;
  tenant_id: string;
  locale: string | null;
}

/** The job: asks about one completed session unless the employee was asked recently. */
export async function askNps(appointmentId: string, now = new Date()): Promise<"asked" | "skipped"> {
  const token = newSecretToken();
  return inSqlTransaction(async (run) => {
    const [row] = await run.rows<AskRow>(Prisma.sql`
      SELECT a.employee_id, a.tenant_id, coalesce(u.locale, t.locale) AS locale
      FROM appointments a JOIN users u ON u.id = a.employee_id JOIN tenants t ON t.id = a.tenant_id
      WHERE a.id = ${appointmentId}::uuid AND a.status = 'completed' AND u.status = 'active'
        AND NOT EXISTS (SELECT 1 FROM nps_requests n WHERE n.employee_id = a.employee_id AND n.asked_at > ${now}::timestamptz - make_interval(days => ${NPS_INTERVAL_DAYS}))
      FOR UPDATE OF u`);
    if (!row) return "skipped";
    await run.execute(Prisma.sql`
      INSERT INTO nps_requests (id, tenant_id, employee_id, appointment_id, token_hash, asked_at)
      VALUES (${randomUUID()}::uuid, ${row.tenant_id}::uuid, ${row.employee_id}::uuid, ${appointmentId}::uuid, ${hashSecretToken(token)}, ${now})
      ON CONFLICT (appointment_id) DO NOTHING`);
    const { t } = await translatorFor(recipientLocale(row.locale));
    await queueEmails(run, [{ recipientId: row.employee_id, subject: t("email.nps.subject"), text: t("email.nps.body", { link: appUrl(`/q/${token}`) }) }]);
    return "asked";
  });
}

export interface OpenNpsQuestion {
  id: string;
}

/** The question waiting in this employee's cabinet, if any. */
export async function openNpsQuestion(actor: Actor, now = new Date()): Promise<OpenNpsQuestion | null> {
  if (actor.role !== "employee") return null;
  return db().npsRequest.findFirst({
    where: { employeeId: actor.id, answeredAt: null, askedAt: { gt: new Date(now.getTime() - NPS_OPEN_DAYS * 86_400_000), lte: now } },
    select: { id: true },
    orderBy: { askedAt: "desc" },
  });
}

export const ZNpsAnswer = z.object({ questionId: z.uuid({ error: "errors.nps.notFound" }), score: ZNpsScore });

/** An answer from the cabinet. */
export async function answerNps(actor: Actor, input: unknown, now = new Date()): Promise<void> {
  if (actor.role !== "employee") throw new AppError("forbidden", "errors.access.nps");
  const { questionId, score } = ZNpsAnswer.parse(input);
  await answerWhere({ id: questionId, employeeId: actor.id }, score, now);
}

/** An answer from the e-mail's one-time link. */
export async function answerNpsByLink(token: string, input: unknown, now = new Date()): Promise<void> {
  const score = ZNpsScore.parse(input);
  await answerWhere({ tokenHash: hashSecretToken(token) }, score, now);
}

/** Whether a link can still be answered: for the page behind it. */
export async function npsLinkState(token: string, now = new Date()): Promise<"open" | "answered" | "unknown"> {
  const row = await db().npsRequest.findFirst({ where: { tokenHash: hashSecretToken(token) }, select: { answeredAt: true, askedAt: true } });
  if (!row || row.askedAt.getTime() < now.getTime() - NPS_OPEN_DAYS * 86_400_000) return "unknown";
  return row.answeredAt ? "answered" : "open";
}

async function answerWhere(where: Prisma.NpsRequestWhereInput, score: number, now: Date): Promise<void> {
  const open = { answeredAt: null, askedAt: { gt: new Date(now.getTime() - NPS_OPEN_DAYS * 86_400_000) } };
  const { count } = await db().npsRequest.updateMany({ where: { ...where, ...open }, data: { score, answeredAt: now } });
  if (count) return;
  const existing = await db().npsRequest.findFirst({ where, select: { answeredAt: true } });
  throw existing?.answeredAt ? new AppError("conflict", "errors.nps.alreadyAnswered") : new AppError("not_found", "errors.nps.notFound");
}
