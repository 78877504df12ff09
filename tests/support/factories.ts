/** Small factories with sensible defaults; every call makes uniquely named rows. */
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { newAccountIdentity, openAlias, openEmail } from "@/lib/auth/account-fields";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/guard";
import { SECOND_FACTOR_ROLES, type Role } from "@/lib/auth/roles";
import { sealTotpSecret } from "@/lib/second-factor/totp-secret";
import { hashIdentifier, normaliseIdentifier, type NormalisedIdentifier } from "@/lib/registry/identifier";
import type { Direction, SessionFormat } from "@/lib/generated/prisma/enums";

export const TEST_PASSWORD = "correct horse battery staple";
/** The authenticator key of every staff account the factories make (a fixed one, so tests can make codes). */
export const TEST_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
let passwordHash: Promise<string> | undefined;
const testHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));
const unique = () => randomUUID().slice(0, 8);

export async function createTenant(
  overrides: { slug?: string; name?: string; status?: "active" | "suspended"; sessionsPerYear?: number; reportMinGroupSize?: number; locale?: string } = {},
) {
  const slug = overrides.slug ?? `t-${unique()}`;
  return db().tenant.create({
    data: {
      slug,
      name: overrides.name ?? `Tenant ${slug}`,
      timeZone: "Europe/Helsinki",
      locale: overrides.locale ?? "en",
      status: overrides.status ?? "active",
      contract: {
        create: {
          sessionsPerYear: overrides.sessionsPerYear ?? 6,
          directions: ["psychology", "legal"],
          formats: ["chat", "audio", "video"],
          reportMinGroupSize: overrides.reportMinGroupSize ?? 10,
        },
      },
    },
  });
}

export async function createUser(options: {
  role: Role;
  tenant?: { id: string } | null;
  status?: "active" | "suspended";
  email?: string;
  displayName?: string;
  /** The account's own language; none: the employer's. */
  locale?: string;
  /** An authenticator already set up (TEST_TOTP_SECRET); staff have one unless told otherwise, as the guard requires. */
  secondFactor?: boolean;
}) {
  const tenantBound = options.role === "employee" || options.role === "hr" || options.role === "tenant_admin";
  let registryEntryId: string | undefined;
  if (options.role === "employee") {
    const entry = await createRegistryEntry({ tenant: options.tenant!, identifier: `EMP-${unique()}` });
    registryEntryId = entry.id;
  }
  const email = (options.email ?? `${options.role}-${unique()}@example.test`).toLowerCase();
  const user = await db().user.create({
    data: {
      ...newAccountIdentity(email, options.displayName),
      passwordHash: await testHash(),
      role: options.role,
      tenantId: tenantBound ? options.tenant!.id : null,
      registryEntryId,
      status: options.status ?? "active",
      locale: options.locale ?? null,
    },
  });
  if (options.secondFactor ?? SECOND_FACTOR_ROLES.includes(options.role)) {
    await db().totpFactor.create({ data: { userId: user.id, secretSealed: sealTotpSecret(user.id, TEST_TOTP_SECRET), confirmedAt: new Date() } });
  }
  // The clear values beside the sealed row, for tests that sign in or look for them.
  return { ...user, email, displayName: options.displayName ?? null };
}

export async function createRegistryEntry(options: { tenant: { id: string }; identifier: string; status?: "active" | "removed" }) {
  const identifier = normaliseIdentifier(options.identifier) as NormalisedIdentifier;
  return db().registryEntry.create({
    data: { tenantId: options.tenant.id, identifierHash: new Uint8Array(hashIdentifier(options.tenant.id, identifier)), status: options.status ?? "active" },
  });
}

export interface PsychologistOverrides {
  directions?: Direction[];
  formats?: SessionFormat[];
  topics?: string[];
  languages?: string[];
  gender?: "female" | "male" | null;
  experienceYears?: number;
  status?: "draft" | "published" | "hidden";
  timeZone?: string;
  minNoticeMinutes?: number;
  bufferMinutes?: number;
  sessionMinutes?: number;
  /** Weekly hours as [ISO weekday, start hour, end hour]; defaults to every day 09–17. */
  hours?: [number, number, number][];
  /** Qualification states to create; defaults to one verified. */
  qualifications?: ("verified" | "pending" | "rejected")[];
  displayName?: string;
  /** An authenticator already set up (the default, as the guard requires of staff). */
  secondFactor?: boolean;
}

export async function createPsychologist(overrides: PsychologistOverrides = {}) {
  const user = await createUser({ role: "psychologist", secondFactor: overrides.secondFactor });
  const profile = await db().psychologistProfile.create({
    data: {
      userId: user.id,
      displayName: overrides.displayName ?? `Dr ${unique()}`,
      shortBio: "Helps with everyday worries using practical tools.",
      directions: overrides.directions ?? ["psychology"],
      formats: overrides.formats ?? ["chat", "audio", "video"],
      topics: overrides.topics ?? ["anxiety"],
      languages: overrides.languages ?? ["en"],
      gender: overrides.gender ?? null,
      experienceYears: overrides.experienceYears ?? 5,
      status: overrides.status ?? "published",
      timeZone: overrides.timeZone ?? "UTC",
      minNoticeMinutes: overrides.minNoticeMinutes ?? 0,
      bufferMinutes: overrides.bufferMinutes ?? 10,
      sessionMinutes: overrides.sessionMinutes ?? 50,
      rules: {
        create: (overrides.hours ?? [1, 2, 3, 4, 5, 6, 7].map((d) => [d, 9, 17] as [number, number, number])).map(([weekday, from, to]) => ({
          weekday,
          startMinute: from * 60,
          endMinute: to * 60,
        })),
      },
      qualifications: {
        create: (overrides.qualifications ?? ["verified"]).map((status, i) => ({
          kind: "education" as const,
          title: `Qualification ${i + 1} (${status})`,
          institution: "Test University",
          year: 2015,
          status,
        })),
      },
    },
  });
  return { user, profile };
}

export async function createAppointment(options: {
  tenant: { id: string };
  employee: { id: string };
  psychologist: { id: string };
  startsAt: Date;
  minutes?: number;
  status?: "booked" | "completed" | "cancelled" | "no_show";
  topic?: string;
  format?: SessionFormat;
}) {
  return db().appointment.create({
    data: {
      tenantId: options.tenant.id,
      employeeId: options.employee.id,
      psychologistId: options.psychologist.id,
      direction: "psychology",
      format: options.format ?? "video",
      startsAt: options.startsAt,
      endsAt: new Date(options.startsAt.getTime() + (options.minutes ?? 50) * 60_000),
      status: options.status ?? "booked",
      topic: options.topic ?? null,
    },
  });
}

/** The actor a signed-in user becomes, without going through HTTP. */
/** The actor of a factory's user, or of a row read from the database (whose address is sealed). */
export function actorOf(
  user: { id: string; role: Role; tenantId: string | null } & (
    { email: string; displayName?: string | null } | { emailSealed: Uint8Array; displayNameSealed: Uint8Array | null }
  ),
): Actor {
  return {
    id: user.id,
    role: user.role,
    tenantId: user.tenantId,
    email: "email" in user ? user.email : openEmail(user),
    displayName: "email" in user ? (user.displayName ?? null) : openAlias(user),
    timeZone: "UTC",
    passwordChangeDue: false,
    secondFactorSetupDue: false,
    savedLocale: null,
    tenantLocale: null,
  };
}
