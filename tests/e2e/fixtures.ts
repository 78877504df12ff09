/**
 * Rows a journey needs and cannot make through the UI in a test's time (a session held yesterday),
 * written with the integration factories straight into the journeys' database. Every call makes new
 * rows, so no journey depends on demo data another one may use up.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { e2eServerInfoPath } from "./server-info";

type Factories = typeof import("../support/factories");
type Db = typeof import("@/lib/db/client");

let loaded: Promise<{ factories: Factories; client: Db }> | undefined;

function load() {
  loaded ??= (async () => {
    const info = JSON.parse(fs.readFileSync(e2eServerInfoPath(), "utf8")) as { databaseUrl: string; dataDir: string };
    process.env.DATABASE_URL = info.databaseUrl;
    process.env.HARBOR_DATA_DIR = info.dataDir;
    process.env.HARBOR_ENV = "test";
    return { factories: await import("../support/factories"), client: await import("@/lib/db/client") };
  })();
  return loaded;
}

export const FIXTURE_PASSWORD = "correct horse battery staple";

/**
 * A new employee of the demo tenant `slug` with one session with a new psychologist (so no two
 * journeys' times collide). The psychologist is hidden from the catalogue: journeys that page through
 * it must see the demo psychologists, however many other journeys ran before.
 */
export async function employeeWithSession(options: {
  startsAt: Date;
  status: "booked" | "completed";
  slug?: string;
}): Promise<{ email: string; password: string }> {
  const { factories, client } = await load();
  const tenant = await client.db().tenant.findUniqueOrThrow({ where: { slug: options.slug ?? "acme" } });
  const { profile: psychologist } = await factories.createPsychologist({ status: "hidden" });
  const employee = await factories.createUser({ role: "employee", tenant });
  await factories.createAppointment({ tenant, employee, psychologist, startsAt: options.startsAt, status: options.status });
  return { email: employee.email, password: FIXTURE_PASSWORD };
}

/** …with a session held yesterday. */
export function employeeWithHeldSession(): Promise<{ email: string; password: string }> {
  const yesterday = new Date(Date.now() - 26 * 3600_000);
  yesterday.setUTCMinutes(0, 0, 0);
  return employeeWithSession({ startsAt: yesterday, status: "completed" });
}

/** A review of its own waiting for moderation (a new employee's completed session), so no two journeys act on the same one. */
export async function pendingReview(): Promise<{ id: string }> {
  const { factories, client } = await load();
  const tenant = await factories.createTenant();
  const { profile } = await factories.createPsychologist({ status: "hidden" });
  const employee = await factories.createUser({ role: "employee", tenant });
  const held = new Date(Date.now() - 26 * 3600_000);
  const appointment = await factories.createAppointment({ tenant, employee, psychologist: profile, startsAt: held, status: "completed" });
  const id = randomUUID();
  const { sealReviewText } = await import("@/lib/feedback/review-text");
  return client.db().feedback.create({
    data: {
      id,
      appointmentId: appointment.id,
      tenantId: tenant.id,
      employeeId: employee.id,
      psychologistId: profile.id,
      rating: 4,
      commentSealed: sealReviewText(id, "Helpful and calm."),
      publishedMonth: new Date(Date.UTC(held.getUTCFullYear(), held.getUTCMonth(), 1)),
    },
    select: { id: true },
  });
}

/** The journeys' database, for setting up rows and checking that a refused request changed nothing. */
export async function fixtureDb() {
  const { client } = await load();
  return client.db();
}

/** Look-ups of sealed rows (accounts by address, the outbox opened) in the journeys' database. */
export async function fixtureLookups(): Promise<typeof import("../support/sealed-lookups")> {
  await load();
  return import("../support/sealed-lookups");
}

/**
 * The cookie a browser earns by ticking "don't ask for a code on this device" after a second
 * factor (lib/second-factor/trusted-device), for journeys that are not about the second factor
 * itself; null for accounts without an authenticator.
 */
export async function trustedDeviceCookie(email: string): Promise<{ name: string; value: string } | null> {
  const { client } = await load();
  const { whereEmail } = await import("@/lib/auth/account-fields");
  const { trustedDeviceCookieName, trustedDeviceToken } = await import("@/lib/second-factor/trusted-device");
  const user = await client.db().user.findUnique({
    where: whereEmail(email),
    select: { id: true, passwordChangedAt: true, totpFactor: { select: { confirmedAt: true } } },
  });
  const confirmedAt = user?.totpFactor?.confirmedAt;
  if (!user || !confirmedAt) return null;
  return {
    name: trustedDeviceCookieName(),
    value: trustedDeviceToken({ userId: user.id, totpConfirmedAt: confirmedAt, passwordChangedAt: user.passwordChangedAt }).value,
  };
}

/** A new psychologist with an authenticator (the factories' TOTP_SECRET) and ten fresh recovery codes. */
export async function psychologistWithAuthenticator(): Promise<{ email: string; password: string; totpSecret: string; recoveryCodes: string[] }> {
  const { factories, client } = await load();
  const { issueRecoveryCodes } = await import("@/lib/second-factor/recovery-codes");
  const { user } = await factories.createPsychologist({ status: "hidden" });
  const recoveryCodes = await client.db().$transaction((tx) => issueRecoveryCodes(tx, user.id));
  return { email: user.email, password: FIXTURE_PASSWORD, totpSecret: factories.TEST_TOTP_SECRET, recoveryCodes };
}

/** A new psychologist with no second factor yet (as one is after choosing their own password). */
export async function psychologistWithoutSecondFactor(): Promise<{ email: string; password: string }> {
  const { factories } = await load();
  const { user } = await factories.createPsychologist({ status: "hidden", secondFactor: false });
  return { email: user.email, password: FIXTURE_PASSWORD };
}

export async function fixtureFactories(): Promise<Factories> {
  return (await load()).factories;
}

/** A new identifier in the registry of the demo tenant `slug`, for a journey that registers someone. */
export async function newIdentifier(slug = "acme"): Promise<string> {
  const { factories, client } = await load();
  const tenant = await client.db().tenant.findUniqueOrThrow({ where: { slug } });
  const identifier = `E2E-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`.toUpperCase();
  await factories.createRegistryEntry({ tenant, identifier });
  return identifier;
}

export interface Consultation {
  appointmentId: string;
  employee: { email: string; password: string; alias: string };
  psychologist: { email: string; password: string; name: string };
}

/** A new employee and a new psychologist with one session of `format` that has just begun (or began `startedMinutesAgo`). */
export async function consultation(
  format: "audio" | "video" | "chat",
  slug = "acme",
  options: { startedMinutesAgo?: number; openAllWeek?: boolean } = {},
): Promise<Consultation & { profileId: string }> {
  const { factories, client } = await load();
  const tenant = await client.db().tenant.findUniqueOrThrow({ where: { slug } });
  const name = `Dr Call ${Math.random().toString(36).slice(2, 6)}`;
  const { user, profile } = await factories.createPsychologist({
    displayName: name,
    status: "hidden",
    ...(options.openAllWeek && { hours: [1, 2, 3, 4, 5, 6, 7].map((d) => [d, 0, 24] as [number, number, number]) }),
  });
  const alias = `Sam ${Math.random().toString(36).slice(2, 5)}`;
  const employee = await factories.createUser({ role: "employee", tenant, displayName: alias });
  const appointment = await factories.createAppointment({
    tenant,
    employee,
    psychologist: profile,
    startsAt: new Date(Date.now() - (options.startedMinutesAgo ?? 1) * 60_000),
    format,
    minutes: 50,
  });
  return {
    appointmentId: appointment.id,
    profileId: profile.id,
    employee: { email: employee.email, password: FIXTURE_PASSWORD, alias },
    psychologist: { email: user.email, password: FIXTURE_PASSWORD, name },
  };
}

/** The journeys' LiveKit server, as its operator sees it (its keys are in the run's secrets file). */
export async function livekitRooms() {
  const info = JSON.parse(fs.readFileSync(e2eServerInfoPath(), "utf8")) as { dataDir: string };
  // Where `npm start` put it (the asked port, or the next free one) and with which keys.
  const state = JSON.parse(fs.readFileSync(`${info.dataDir}/livekit/state.json`, "utf8")) as { url: string; apiKey: string; apiSecret: string };
  const { RoomServiceClient } = await import("livekit-server-sdk");
  return new RoomServiceClient(state.url.replace(/^ws/, "http"), state.apiKey, state.apiSecret);
}

/**
 * What someone with LiveKit's keys but not Harbor's could mint: a valid token for a session's room,
 * hidden from the two people in it, that may only listen and watch.
 */
export async function outsiderCallToken(appointmentId: string): Promise<{ url: string; token: string }> {
  const info = JSON.parse(fs.readFileSync(e2eServerInfoPath(), "utf8")) as { dataDir: string };
  const state = JSON.parse(fs.readFileSync(`${info.dataDir}/livekit/state.json`, "utf8")) as { url: string; apiKey: string; apiSecret: string };
  const { AccessToken } = await import("livekit-server-sdk");
  const token = new AccessToken(state.apiKey, state.apiSecret, { identity: `outsider-${randomUUID().slice(0, 8)}`, ttl: 600 });
  token.addGrant({ roomJoin: true, room: appointmentId, canSubscribe: true, canPublish: false, hidden: true });
  return { url: state.url, token: await token.toJwt() };
}

/** The session's media key as Harbor gives it to the two participants (for the control: the right key decodes). */
export async function callMediaKeyOf(appointmentId: string): Promise<string> {
  await load();
  return (await import("@/lib/sessions/call-encryption")).callMediaKey(appointmentId);
}

interface ServerInfo {
  dataDir: string;
  other: { baseUrl: string; databaseUrl: string; dataDir: string };
}
const serverInfo = () => JSON.parse(fs.readFileSync(e2eServerInfoPath(), "utf8")) as ServerInfo;
const livekitState = (dataDir: string) =>
  JSON.parse(fs.readFileSync(`${dataDir}/livekit/state.json`, "utf8")) as { url: string; apiKey: string; apiSecret: string };

/** Both Harbors' LiveKit servers, as each wrote them down: the journeys' one and the other started first. */
export function twoHarborsLivekit() {
  const info = serverInfo();
  return { ours: livekitState(info.dataDir), other: livekitState(info.other.dataDir) };
}

/**
 * A video session that has just begun on the other Harbor, between its demo employee (Acme) and its
 * demo psychologist: the other Harbor's database is written directly, as the journeys' fixtures write
 * theirs. Any demo session of that psychologist overlapping it is cancelled first.
 */
export async function otherHarborConsultation(): Promise<{ baseUrl: string; appointmentId: string }> {
  const info = serverInfo();
  const pg = (await import("pg")).default;
  const { blindIndexUnder } = await import("@/lib/crypto/blind-index");
  // Addresses are found by their blind index, keyed by that Harbor's own pepper.
  const pepper = Buffer.from(JSON.parse(fs.readFileSync(`${info.other.dataDir}/secrets.json`, "utf8")).IDENTIFIER_PEPPER, "base64");
  const index = (email: string) => Buffer.from(blindIndexUnder(pepper, "email", email));
  const client = new pg.Client({ connectionString: info.other.databaseUrl });
  await client.connect();
  try {
    const ids = await client.query(
      `SELECT e.id AS employee, e.tenant_id AS tenant, p.id AS psychologist
       FROM users e, users pu JOIN psychologist_profiles p ON p.user_id = pu.id
       WHERE e.email_index = $1 AND pu.email_index = $2`,
      [index("employee@acme.test"), index("psychologist@harbor.test")],
    );
    const { employee, tenant, psychologist } = ids.rows[0];
    const startsAt = new Date(Date.now() - 60_000);
    const endsAt = new Date(startsAt.getTime() + 50 * 60_000);
    await client.query(
      `UPDATE appointments SET status = 'cancelled', cancelled_at = now(), cancelled_by = 'system', updated_at = now()
       WHERE (psychologist_id = $1 OR employee_id = $2) AND status <> 'cancelled' AND starts_at < $4 AND ends_at > $3`,
      [psychologist, employee, new Date(startsAt.getTime() - 30 * 60_000), new Date(endsAt.getTime() + 30 * 60_000)],
    );
    const inserted = await client.query(
      `INSERT INTO appointments (id, tenant_id, employee_id, psychologist_id, direction, format, starts_at, ends_at, status,
                                 employee_participant_id, psychologist_participant_id, updated_at)
       VALUES (gen_random_uuid(), $1, $2, $3, 'psychology', 'video', $4, $5, 'booked', gen_random_uuid(), gen_random_uuid(), now()) RETURNING id`,
      [tenant, employee, psychologist, startsAt, endsAt],
    );
    return { baseUrl: info.other.baseUrl, appointmentId: inserted.rows[0].id };
  } finally {
    await client.end();
  }
}

/** What the worker's hourly release job does, done now for the tenant `slug`: releases every month whose day has come. */
export async function releaseReports(slug = "acme"): Promise<number> {
  const { client } = await load();
  const tenant = await client.db().tenant.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  return (await import("@/lib/reports/release")).releaseDueMonths({ tenantId: tenant.id });
}

/** The programme question about a session, as the worker's sweep asks it two hours after; returns the e-mail link's token. */
export async function askProgrammeQuestion(appointmentId: string): Promise<string> {
  const { client } = await load();
  const appointment = await client.db().appointment.findUniqueOrThrow({ where: { id: appointmentId }, select: { tenantId: true, employeeId: true } });
  const { newSecretToken, hashSecretToken } = await import("@/lib/security/secret-token");
  const token = newSecretToken();
  // The running worker's sweep may have asked already (the session ended over two hours ago): then
  // this is the link of that question.
  await client.db().npsRequest.upsert({
    where: { appointmentId },
    create: { ...appointment, appointmentId, tokenHash: hashSecretToken(token) },
    update: { tokenHash: hashSecretToken(token) },
  });
  return token;
}
