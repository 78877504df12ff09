/**
 * HR API tokens for the employer's own BI tools: made and revoked by HR in the dashboard, shown once,
 * stored only as a hash (lib/security/secret-token), scoped to the tenant it was made in and good for
 * reading reports only.
 */
import { z } from "zod";
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { sqlRows } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashSecretToken, newSecretToken } from "@/lib/security/secret-token";

const TOKEN_PREFIX = "hbr_";
export const MAX_ACTIVE_TOKENS = 10;

export const ZTokenName = z.object({
  name: z.string({ error: "errors.reports.tokenName" }).trim().min(1, "errors.reports.tokenName").max(80, "errors.reports.tokenNameLong"),
});

export interface ReportTokenSummary {
  id: string;
  name: string;
  lastChars: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

function hrTenant(actor: Actor): string {
  if (actor.role !== "hr" || !actor.tenantId) throw new AppError("forbidden", "errors.access.reportTokens");
  return actor.tenantId;
}

export async function listReportTokens(actor: Actor): Promise<ReportTokenSummary[]> {
  return db().reportApiToken.findMany({
    where: { tenantId: hrTenant(actor), revokedAt: null },
    select: { id: true, name: true, lastChars: true, createdAt: true, lastUsedAt: true },
    orderBy: { createdAt: "desc" },
  });
}

/** Makes a token and returns it: the only time its value exists outside the caller's tools. */
export async function createReportToken(actor: Actor, input: unknown): Promise<{ id: string; token: string }> {
  const tenantId = hrTenant(actor);
  const { name } = ZTokenName.parse(input);
  const active = await db().reportApiToken.count({ where: { tenantId, revokedAt: null } });
  if (active >= MAX_ACTIVE_TOKENS) throw new AppError("conflict", "errors.reports.tooManyTokens", { params: { max: MAX_ACTIVE_TOKENS } });
  const token = newSecretToken(TOKEN_PREFIX);
  const row = await db().reportApiToken.create({
    data: { tenantId, createdById: actor.id, name, tokenHash: hashSecretToken(token), lastChars: token.slice(-4) },
    select: { id: true },
  });
  await recordAudit({ actorId: actor.id, tenantId, action: "report_token.create", targetType: "report_api_token", targetId: row.id });
  return { id: row.id, token };
}

export async function revokeReportToken(actor: Actor, tokenId: unknown): Promise<void> {
  const tenantId = hrTenant(actor);
  const id = z.uuid({ error: "errors.reports.tokenNotFound" }).parse(tokenId);
  const { count } = await db().reportApiToken.updateMany({ where: { id, tenantId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (!count) throw new AppError("not_found", "errors.reports.tokenNotFound");
  await recordAudit({ actorId: actor.id, tenantId, action: "report_token.revoke", targetType: "report_api_token", targetId: id });
}

/** The tenant a bearer token reads, or null when it is unknown or revoked. On every API request: plain SQL (decision 0004). */
export async function tenantOfToken(token: string, now = new Date()): Promise<string | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
  // Last use to the minute is enough for HR to spot a forgotten token, and saves a write per request;
  // the audit log gets one "token used" event per token per such minute, written in the same statement.
  const [row] = await sqlRows<{ tenant_id: string }>(Prisma.sql`
    WITH found AS (
      SELECT k.id, k.tenant_id, k.last_used_at FROM report_api_tokens k JOIN tenants t ON t.id = k.tenant_id
      WHERE k.token_hash = ${hashSecretToken(token)} AND k.revoked_at IS NULL AND t.status = 'active'
    ), touched AS (
      UPDATE report_api_tokens SET last_used_at = ${now}
      -- The condition on the row itself, so two uses at once re-check it after the first one's write: one event, not two.
      WHERE id IN (SELECT id FROM found) AND (last_used_at IS NULL OR last_used_at < ${now}::timestamptz - interval '1 minute')
      RETURNING id, tenant_id
    ), audited AS (
      INSERT INTO audit_events (action, tenant_id, target_type, target_id)
      SELECT 'report_token.used', tenant_id, 'report_token', id::text FROM touched
    )
    SELECT tenant_id FROM found`);
  return row?.tenant_id ?? null;
}
