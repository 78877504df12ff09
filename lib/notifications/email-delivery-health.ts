/**
 * For the platform overview: e-mails that could not be delivered after every retry. Counts and the
 * latest reason only (typically an SMTP setting to fix), never addresses or contents.
 */
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const DELIVERY_HEALTH_DAYS = 30;

export async function getEmailDeliveryHealth(actor: Actor, now = new Date()) {
  if (actor.role !== "platform_admin") throw new AppError("forbidden", "errors.access.platformOnly");
  const since = new Date(now.getTime() - DELIVERY_HEALTH_DAYS * 86_400_000);
  const where = { status: "failed" as const, createdAt: { gte: since } };
  const [failed, latest] = await Promise.all([
    db().email.count({ where }),
    db().email.findFirst({ where, orderBy: { createdAt: "desc" }, select: { lastError: true, createdAt: true } }),
  ]);
  return { failed, latestError: latest?.lastError ?? null, latestAt: latest?.createdAt ?? null };
}
