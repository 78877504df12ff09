/**
 * Rows a journey needs and cannot make through the UI in a test's time (a session held yesterday),
 * written with the integration factories straight into the journeys' database. Every call makes new
 * rows, so no journey depends on demo data another one may use up.
 */
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

/** A new employee of the demo tenant `slug` with one session with a new psychologist (so no two journeys' times collide). */
export async function employeeWithSession(options: {
  startsAt: Date;
  status: "booked" | "completed";
  slug?: string;
}): Promise<{ email: string; password: string }> {
  const { factories, client } = await load();
  const tenant = await client.db().tenant.findUniqueOrThrow({ where: { slug: options.slug ?? "acme" } });
  const { profile: psychologist } = await factories.createPsychologist();
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

/** The journeys' database, for setting up rows and checking that a refused request changed nothing. */
export async function fixtureDb() {
  const { client } = await load();
  return client.db();
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
