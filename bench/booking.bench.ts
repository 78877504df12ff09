/**
 * Booking over HTTP (POST /api/v1/appointments), as signed-in employees do it.
 *
 * 1. Contention: 200 employees ask for the same slot at the same moment. Exactly one may win; the
 *    rest must get 409, and none a server error.
 * 2. Throughput: 50 concurrent clients, each booking free slots of its own psychologist one after
 *    another (no contention), for BENCH_SECONDS; latency percentiles and bookings per second.
 * 3. Ceiling, in the same run: 50 concurrent connections inserting one appointment row per
 *    transaction straight into the same table, under the same exclusion constraints.
 * 4. Floor, in the same run: the same 50 clients on GET /api/health, which does nothing but pass
 *    through Next.js and the proxy — what this machine's web tier can do before Harbor does any work.
 * Targets: p95 < 100 ms; throughput (201s only) ≥ 25 % of the ceiling; no answer but 201 in the
 * load, no error in the contention and the floor.
 *
 * Bookings start two days ahead: one made inside 24 hours sends its first reminder at once, which
 * would measure reminder e-mails (the worker shares the cores) rather than booking.
 */
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { insertAccounts } from "./support/accounts";
import { startHarborServer } from "./support/harbor-server";
import { signInOverHttp } from "./support/sign-in";
import { request } from "./support/http-client";
import { report, runLoad } from "./support/measure";

const CONTENDERS = Number(process.env.BENCH_CONTENDERS ?? 200);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const PASSWORD = "bench password 2026";
/**
 * Each employee may make 60 booking changes an hour (lib/booking limits): 8 per client allow 480 an
 * hour each, 24 a second for the run's 20 seconds — more than a client can book, so the limit never
 * answers instead of the booking.
 */
const EMPLOYEES_PER_CLIENT = 8;

const server = await startHarborServer();
const db = new pg.Pool({ connectionString: server.databaseUrl, max: CLIENTS + 2 });
try {
  const fixture = await seed(Math.max(CONTENDERS, CLIENTS * EMPLOYEES_PER_CLIENT));
  process.stderr.write(`signing in ${fixture.employees.length} employees…\n`);
  const cookies: string[] = [];
  for (let i = 0; i < fixture.employees.length; i += 8) cookies.push(...(await Promise.all(fixture.employees.slice(i, i + 8).map(signIn))));

  const book = async (cookie: string, psychologistId: string, startsAt: Date) => {
    const response = await request(`${server.baseUrl}/api/v1/appointments`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ psychologistId, startsAt: startsAt.toISOString(), direction: "psychology", format: "video" }),
    });
    return response.status;
  };

  // Warm-up on slots nobody else uses: JIT, pools, pg-boss.
  for (let i = 0; i < 20; i++) await book(cookies[i % cookies.length]!, fixture.psychologists[i % CLIENTS]!, hoursFromBase(fixture.base, 24 * 30 + i));

  // 1. Contention: one slot, everyone at once.
  const contested = hoursFromBase(fixture.base, 48);
  const statuses = await Promise.all(cookies.slice(0, CONTENDERS).map((cookie) => book(cookie, fixture.contested, contested)));
  const contention = {
    concurrent: CONTENDERS,
    successes: statuses.filter((s) => s === 201).length,
    conflicts: statuses.filter((s) => s === 409).length,
    errors: statuses.filter((s) => s !== 201 && s !== 409).length,
  };
  const rows = await db.query("SELECT count(*)::int AS n FROM appointments WHERE psychologist_id = $1 AND status = 'booked'", [fixture.contested]);
  if (rows.rows[0].n !== contention.successes) throw new Error("the database disagrees with the HTTP answers about the contested slot");

  // 2. Uncontended throughput: client c books psychologist c's next hour each time, as one of its
  // own employees in turn (each employee may make 60 booking changes an hour).
  const nextHour = Array.from({ length: CLIENTS }, () => 49);
  const employeesOf = (client: number) => cookies.filter((_, i) => i % CLIENTS === client);
  let unexpected = 0;
  const load = await runLoad(CLIENTS, SECONDS, async (client) => {
    const own = employeesOf(client);
    const hour = nextHour[client]!++;
    const status = await book(own[hour % own.length]!, fixture.psychologists[client]!, hoursFromBase(fixture.base, hour));
    if (status !== 201) unexpected++;
    return status === 201;
  });

  // 3. Raw ceiling: one INSERT per transaction from CLIENTS connections, same table and constraints.
  const ceiling = await rawInsertCeiling(fixture, SECONDS);

  // 4. Framework floor: a route that does nothing, same clients, same machine.
  const floor = await runLoad(CLIENTS, SECONDS, async () => (await request(`${server.baseUrl}/api/health`)).status === 200);

  // Only a 201 is a booking: a fast 429 or 500 must not count as throughput.
  const booked = load.requests - unexpected;
  const bookingsPerSecond = Math.round((booked / load.seconds) * 10) / 10;
  const share = Math.round((bookingsPerSecond / ceiling.perSecond) * 1000) / 10;
  const met = contention.successes === 1 && contention.errors === 0 && unexpected === 0 && floor.errors === 0 && load.p95 < 100 && share >= 25;
  report(
    "booking",
    [
      {
        test: `contention: ${CONTENDERS} × same slot`,
        result: `${contention.successes} success, ${contention.conflicts} conflicts, ${contention.errors} errors`,
        "per second": "",
        "p50 ms": "",
        "p95 ms": "",
      },
      {
        test: `HTTP booking, ${CLIENTS} clients`,
        result: `${booked} bookings (201), ${unexpected} other answers`,
        "per second": bookingsPerSecond,
        "p50 ms": load.p50,
        "p95 ms": load.p95,
      },
      {
        test: `raw INSERT ceiling, ${CLIENTS} connections`,
        result: `${ceiling.rows} rows`,
        "per second": ceiling.perSecond,
        "p50 ms": ceiling.p50,
        "p95 ms": ceiling.p95,
      },
      {
        test: `empty route (GET /api/health), ${CLIENTS} clients`,
        result: `${floor.requests} requests, ${floor.errors} not 200`,
        "per second": floor.perSecond,
        "p50 ms": floor.p50,
        "p95 ms": floor.p95,
      },
    ],
    {
      ...contention,
      clients: CLIENTS,
      throughput: bookingsPerSecond,
      p50: load.p50,
      p95: load.p95,
      p99: load.p99,
      httpErrors: unexpected,
      ceilingPerSecond: ceiling.perSecond,
      shareOfCeilingPercent: share,
      emptyRoutePerSecond: floor.perSecond,
      emptyRouteP95: floor.p95,
      met,
    },
  );
} finally {
  await db.end();
  await server.stop();
}

function hoursFromBase(base: Date, hours: number): Date {
  return new Date(base.getTime() + hours * 3_600_000);
}

async function signIn(email: string): Promise<string> {
  const cookie = await signInOverHttp(server.baseUrl, email, PASSWORD);
  if (!cookie) throw new Error(`sign-in failed for ${email}; the benchmark would measure refusals`);
  return cookie;
}

/**
 * A tenant with a large allowance, employees covered by its registry, one contested psychologist and
 * one per client, all open around the clock in UTC with no notice, so every hour is a free slot.
 */
async function seed(employees: number) {
  const passwordHash = await hashPassword(PASSWORD);
  const tenant = randomUUID();
  await db.query("INSERT INTO tenants (id, slug, name, time_zone, updated_at) VALUES ($1, 'bench-booking', 'Bench Booking', 'UTC', now())", [tenant]);
  await db.query(
    "INSERT INTO contracts (id, tenant_id, sessions_per_year, directions, formats, updated_at) VALUES ($1, $2, 100000, '{psychology}', '{video}', now())",
    [randomUUID(), tenant],
  );
  const emails: string[] = [];
  for (let i = 0; i < employees; i++) {
    const entry = randomUUID();
    await db.query("INSERT INTO registry_entries (id, tenant_id, identifier_hash) VALUES ($1, $2, $3)", [entry, tenant, randomBytes(32)]);
    emails.push(`bench-booker-${i}@bench.test`);
    await insertAccounts(db, [{ email: emails[i]!, role: "employee", passwordHash, tenantId: tenant, registryEntryId: entry }]);
  }
  const psychologist = async (n: number) => {
    const [user] = await insertAccounts(db, [{ email: `bench-psy-${n}@bench.test`, role: "psychologist" }]);
    const profile = randomUUID();
    await db.query(
      "INSERT INTO psychologist_profiles (id, user_id, display_name, directions, formats, languages, topics, time_zone, min_notice_minutes, buffer_minutes, session_minutes, status, updated_at) VALUES ($1, $2, $3, '{psychology}', '{video}', '{en}', '{anxiety}', 'UTC', 0, 10, 50, 'published', now())",
      [profile, user, `Bench ${n}`],
    );
    await db.query(
      "INSERT INTO availability_rules (id, profile_id, weekday, start_minute, end_minute) SELECT gen_random_uuid(), $1, d, 0, 1440 FROM generate_series(1, 7) d",
      [profile],
    );
    return profile;
  };
  const contested = await psychologist(0);
  const psychologists: string[] = [];
  for (let i = 1; i <= CLIENTS; i++) psychologists.push(await psychologist(i));
  // Slots start on the hour; the first bookable one is the next full hour.
  const base = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000);
  return { tenant, employees: emails, contested, psychologists, base };
}

/** The same insert Harbor ends with, without HTTP, auth, slot checks, quota or notifications. */
async function rawInsertCeiling(fixture: Awaited<ReturnType<typeof seed>>, seconds: number) {
  const employeeIds = (await db.query("SELECT id FROM users WHERE tenant_id = $1 ORDER BY created_at, id LIMIT $2", [fixture.tenant, CLIENTS])).rows.map(
    (r) => r.id as string,
  );
  const profiles = await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      const [user] = await insertAccounts(db, [{ email: `bench-raw-${randomUUID()}@bench.test`, role: "psychologist" }]);
      const profile = randomUUID();
      await db.query(
        "INSERT INTO psychologist_profiles (id, user_id, display_name, time_zone, status, updated_at) VALUES ($1, $2, 'Raw', 'UTC', 'published', now())",
        [profile, user],
      );
      return profile;
    }),
  );
  // Far in the future so the rows never meet the HTTP run's.
  const start = hoursFromBase(fixture.base, 24 * 365);
  const next = Array.from({ length: CLIENTS }, () => 0);
  const result = await runLoad(CLIENTS, seconds, async (client) => {
    const startsAt = hoursFromBase(start, next[client]!++);
    await db.query(
      "INSERT INTO appointments (id, tenant_id, employee_id, psychologist_id, direction, format, starts_at, ends_at, employee_participant_id, psychologist_participant_id, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, 'psychology', 'video', $4, $5, gen_random_uuid(), gen_random_uuid(), now())",
      [fixture.tenant, employeeIds[client], profiles[client], startsAt, new Date(startsAt.getTime() + 50 * 60_000)],
    );
    return true;
  });
  return { rows: result.requests, perSecond: result.perSecond, p50: result.p50, p95: result.p95 };
}
