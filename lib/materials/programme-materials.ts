/**
 * What an employer's HR and admins hand out to staff: the programme's landing page, a poster with a
 * QR code to it, an invitation letter. Only the programme's public facts go in (its name, what it
 * covers, where to register): nothing about anyone who uses it.
 */
import type { Actor } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Direction, SessionFormat } from "@/lib/generated/prisma/enums";
import { appUrl } from "@/lib/notifications/app-url";
import { consume } from "@/lib/security/rate-limit";
import { EMERGENCY_NUMBERS, isCountry } from "@/lib/urgent-help/countries";

export interface ProgrammeMaterials {
  name: string;
  slug: string;
  /** The employer's language: the materials' default. */
  locale: string;
  sessionsPerYear: number;
  directions: Direction[];
  formats: SessionFormat[];
  /** The landing page's absolute address: what the QR code holds. */
  landingUrl: string;
  emergencyNumber: string;
}

export async function getProgrammeMaterials(actor: Actor): Promise<ProgrammeMaterials> {
  if ((actor.role !== "hr" && actor.role !== "tenant_admin") || !actor.tenantId) throw new AppError("forbidden", "errors.access.materials");
  // Posters are rendered on request: a loop (or thirty tabs at once) must not keep the server drawing PDFs.
  await consume("materialsPerUser", actor.id, "errors.materials.tooMany");
  const tenant = await db().tenant.findUnique({
    where: { id: actor.tenantId },
    select: { name: true, slug: true, locale: true, country: true, contract: { select: { sessionsPerYear: true, directions: true, formats: true } } },
  });
  if (!tenant?.contract) throw new AppError("unavailable", "errors.booking.programmeNotReady");
  return {
    name: tenant.name,
    slug: tenant.slug,
    locale: tenant.locale,
    ...tenant.contract,
    landingUrl: landingUrl(tenant.slug),
    emergencyNumber: isCountry(tenant.country) ? EMERGENCY_NUMBERS[tenant.country].number : "112",
  };
}

export function landingUrl(slug: string): string {
  return appUrl(`/t/${slug}`);
}
