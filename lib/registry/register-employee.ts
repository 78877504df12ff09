/**
 * Self-registration with an identifier the employer issued.
 *
 * Protects the registry from being probed: the answer is either "registered" or one message for
 * every reason a registration can fail (unknown identifier, identifier already used, e-mail taken,
 * programme paused); the argon2 work happens before any lookup so timing does not tell them apart;
 * attempts are rate-limited per address and, for failures, per tenant.
 */
import { z } from "zod";
import { newAccountIdentity } from "@/lib/auth/account-fields";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { LOCALES } from "@/lib/i18n/locales";
import { zVisibleText } from "@/lib/forms/visible-text";
import { reserve } from "@/lib/security/rate-limit";
import { viaPrisma } from "@/lib/db/sql";
import { queueEmailConfirmation } from "./confirm-email";
import { hashIdentifier, normaliseIdentifier } from "./identifier";

export const ZRegisterEmployeeInput = z.object({
  tenantSlug: z.string().trim().toLowerCase().min(1, "errors.registration.organisationCode").max(64),
  identifier: z.string().max(300),
  email: z.string().trim().toLowerCase().pipe(z.email("errors.registration.email")),
  password: z.string().min(MIN_PASSWORD_LENGTH, "errors.registration.passwordShort").max(200, "errors.registration.passwordLong"),
  displayName: zVisibleText("name", z.string().trim().max(40, "errors.registration.aliasLong"))
    .optional()
    .transform((v) => v || undefined),
  /** The language the form was filled in: kept on the account when it is not the employer's own. */
  locale: z.enum(LOCALES).optional(),
});
// Arguments arrive as plain strings from forms; the schema decides what they mean.
export type RegisterEmployeeInput = Omit<z.input<typeof ZRegisterEmployeeInput>, "locale"> & { locale?: string };

export const CANNOT_REGISTER = "errors.registration.cannotRegister";

export async function registerEmployee(input: RegisterEmployeeInput, context: { clientAddress: string }): Promise<{ userId: string; email: string }> {
  const parsed = ZRegisterEmployeeInput.parse(input);
  // Counted as a failure before any work, atomically (attempts sent at once are counted like attempts
  // sent one after another), and refunded if it turns out to be a success.
  const perAddress = await reserve("registrationFailuresPerAddress", context.clientAddress);
  if (!perAddress.allowed) {
    const wait = perAddress.retryAfterSeconds;
    throw new AppError("rate_limited", "errors.registration.rateLimited", { retryAfterSeconds: wait, params: { minutes: Math.ceil(wait / 60) } });
  }

  const identifier = normaliseIdentifier(parsed.identifier);
  if ("problem" in identifier) {
    throw new AppError("unprocessable", `errors.identifier.${identifier.problem}`, {
      fields: [{ path: "identifier", message: "errors.registration.checkIdentifier" }],
    });
  }
  if (parsed.password.toLowerCase() === parsed.email) {
    await perAddress.refund();
    throw new AppError("unprocessable", "errors.registration.passwordIsEmail");
  }

  // The expensive step first, whatever happens next (see the note at the top).
  const passwordHash = await hashPassword(parsed.password);
  const tenant = await db().tenant.findUnique({ where: { slug: parsed.tenantSlug }, select: { id: true, status: true, locale: true } });
  const perTenant = await reserve("registrationFailuresPerTenant", tenant?.id ?? "unknown");
  if (!perTenant.allowed) {
    await perAddress.refund();
    throw new AppError("rate_limited", "errors.registration.paused", { retryAfterSeconds: 3600 });
  }
  // Both attempts stay spent: this was a failure.
  const refuse = async (): Promise<never> => {
    throw new AppError("unprocessable", CANNOT_REGISTER);
  };
  if (!tenant || tenant.status !== "active") return refuse();

  const entry = await db().registryEntry.findUnique({
    where: { tenantId_identifierHash: { tenantId: tenant.id, identifierHash: new Uint8Array(hashIdentifier(tenant.id, identifier)) } },
    select: { id: true, status: true, employee: { select: { id: true } } },
  });
  if (!entry || entry.status !== "active" || entry.employee) return refuse();

  try {
    // The account and its confirmation e-mail together: never an account whose link was not sent.
    const user = await db().$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          ...newAccountIdentity(parsed.email, parsed.displayName),
          passwordHash,
          role: "employee",
          tenantId: tenant.id,
          registryEntryId: entry.id,
          // Someone who registered in another language than their employer's chose it: e-mails follow it too.
          locale: parsed.locale && parsed.locale !== tenant.locale ? parsed.locale : null,
        },
        select: { id: true, locale: true },
      });
      await queueEmailConfirmation(viaPrisma(tx), { ...created, locale: created.locale ?? tenant.locale });
      return created;
    });
    await Promise.all([perAddress.refund(), perTenant.refund()]);
    return { userId: user.id, email: parsed.email };
  } catch (error) {
    // The e-mail is taken, or someone registered this identifier a moment ago: the same answer.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return refuse();
    throw error;
  }
}
