/**
 * HR figures at scale: BENCH_TENANTS (1,000) tenants and BENCH_CONSULTATIONS (5 million)
 * consultations, generated in SQL on a throwaway database behind a real Harbor server.
 *
 * 1. Dashboard API: GET /api/v1/reports/utilisation?period=2026-Q3 with an HR API token, one
 *    tenant at a time (round-robin over the rolled-up tenants): latency percentiles over HTTP.
 * 2. The same figures from plain GROUP BY queries over the raw tables (lib/reports/month-facts, the
 *    query a release runs, for every month the period's figures are made of: its contract year up to
 *    its end), for the same tenants and period, in the same run — beside the dashboard's own read
 *    (released months + publication), both in-process, so the ratio compares the work and not the
 *    HTTP both would share.
 * 3. Floor, in the same run: GET /api/health — what Next.js on this machine costs before any work.
 * Targets: API p95 < 50 ms, and the read at least 20 × faster than the plain queries.
 *
 * The release is the real one (releaseDueMonths) for BENCH_ROLLED (50) tenants, timed; the other
 * tenants' released months are copies, so the table and its index have 1,000 tenants' size without
 * an hour of set-up.
 * Generation runs with triggers off (session_replication_role = replica): it measures reading.
 */
import { createHash, randomBytes } from "node:crypto";
import pg from "pg";
import { insertAccounts } from "./support/accounts";
import { startHarborServer } from "./support/harbor-server";
import { request } from "./support/http-client";
import { percentile, report } from "./support/measure";

const TENANTS = Number(process.env.BENCH_TENANTS ?? 1000);
const CONSULTATIONS = Number(process.env.BENCH_CONSULTATIONS ?? 5_000_000);
const EMPLOYEES_PER_TENANT = Number(process.env.BENCH_EMPLOYEES ?? 400);
const ROLLED = Number(process.env.BENCH_ROLLED ?? 50);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const PERIOD = "2026-Q3";
// Released and read at the real time, so no request finds a month still to release.
const NOW = new Date();

const server = await startHarborServer(3193);
process.env.DATABASE_URL = server.databaseUrl;
process.env.HARBOR_DATA_DIR = server.dataDir;
process.env.HARBOR_ENV = "test";
const db = new pg.Pool({ connectionString: server.databaseUrl, max: 4 });
const log = (line: string) => process.stderr.write(`${line}\n`);
try {
  const started = Date.now();
  await generate();
  log(`generated ${TENANTS} tenants and ${CONSULTATIONS} consultations in ${Math.round((Date.now() - started) / 1000)} s`);

  const { releaseDueMonths } = await import("@/lib/reports/release");
  const { readMonthFacts } = await import("@/lib/reports/month-facts");
  const { parsePeriod } = await import("@/lib/reports/periods");
  const { readUtilisationReport } = await import("@/lib/reports/get-report");
  const tenants = (await db.query<{ id: string }>("SELECT id FROM tenants WHERE slug LIKE 'bench-%' ORDER BY slug LIMIT $1", [ROLLED])).rows.map((r) => r.id);
  const releaseMs: number[] = [];
  for (const tenantId of tenants) {
    const t0 = performance.now();
    await releaseDueMonths({ tenantId }, NOW);
    releaseMs.push(performance.now() - t0);
  }
  await db.query(
    `
    INSERT INTO report_releases (scope, month_key, cells, released_on)
    SELECT t.id::text, r.month_key, r.cells, r.released_on
    FROM tenants t CROSS JOIN (SELECT * FROM report_releases WHERE scope = $1) r
    WHERE t.slug LIKE 'bench-%' AND t.id::text NOT IN (SELECT DISTINCT scope FROM report_releases)`,
    [tenants[0]],
  );

  // One HR API token per measured tenant, as a BI tool would use.
  const tokens: string[] = [];
  for (const tenantId of tenants) {
    const token = `hbr_${randomBytes(32).toString("base64url")}`;
    await db.query("INSERT INTO report_api_tokens (id, tenant_id, name, token_hash, last_chars) VALUES (gen_random_uuid(), $1, 'bench', $2, $3)", [
      tenantId,
      createHash("sha256").update(token).digest(),
      token.slice(-4),
    ]);
    tokens.push(token);
  }

  const timeHttp = async (path: string, headers: (i: number) => Record<string, string>) => {
    const ms: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const t0 = performance.now();
      const response = await request(`${server.baseUrl}${path}`, { headers: headers(i) });
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${response.body.slice(0, 200)}`);
      ms.push(performance.now() - t0);
    }
    return ms.sort((a, b) => a - b);
  };
  const bearer = (i: number) => ({ authorization: `Bearer ${tokens[i % tokens.length]}` });
  await timeHttp(`/api/v1/reports/utilisation?period=${PERIOD}`, bearer); // warm-up
  const api = await timeHttp(`/api/v1/reports/utilisation?period=${PERIOD}`, bearer);
  const health = await timeHttp("/api/health", () => ({}));

  const groupBy: number[] = [];
  // The period's figures are made of its months and, for "so far this contract year", every month
  // of the year up to its end: plain queries need the facts of each of those months.
  const yearStart = new Date(`${PERIOD.slice(0, 4)}-01-01T00:00:00Z`);
  const months = Array.from({ length: 9 }, (_, i) =>
    parsePeriod(`${PERIOD.slice(0, 4)}-${String(i + 1).padStart(2, "0")}`, "UTC", { yearStartMonth: 1, yearStartDay: 1 }),
  );
  for (let i = 0; i < Math.min(REQUESTS, 100); i++) {
    const scope = { tenantId: tenants[i % tenants.length]! };
    const t0 = performance.now();
    for (const month of months) await readMonthFacts(scope, { start: month.start, end: month.end, yearStart });
    groupBy.push(performance.now() - t0);
  }
  groupBy.sort((a, b) => a - b);
  const read: number[] = [];
  for (let i = 0; i < REQUESTS + 10; i++) {
    const t0 = performance.now();
    await readUtilisationReport({ tenantId: tenants[i % tenants.length]! }, PERIOD, NOW);
    if (i >= 10) read.push(performance.now() - t0); // the first ten warm the process's pools
  }
  read.sort((a, b) => a - b);
  releaseMs.sort((a, b) => a - b);

  const apiP95 = percentile(api, 95);
  const groupByP95 = percentile(groupBy, 95);
  const readP95 = percentile(read, 95);
  const speedup = Math.round((groupByP95 / readP95) * 10) / 10;
  const round = (v: number) => Math.round(v * 10) / 10;
  report(
    "reports",
    [
      { path: `API ${PERIOD} (released months)`, p50: round(percentile(api, 50)), p95: round(apiP95), p99: round(percentile(api, 99)) },
      { path: "dashboard read in-process (released months)", p50: round(percentile(read, 50)), p95: round(readP95), p99: round(percentile(read, 99)) },
      { path: "plain GROUP BY in-process (raw tables)", p50: round(percentile(groupBy, 50)), p95: round(groupByP95), p99: round(percentile(groupBy, 99)) },
      { path: "GET /api/health (floor)", p50: round(percentile(health, 50)), p95: round(percentile(health, 95)), p99: round(percentile(health, 99)) },
      {
        path: "release of one tenant's due months",
        p50: round(percentile(releaseMs, 50)),
        p95: round(percentile(releaseMs, 95)),
        p99: round(percentile(releaseMs, 99)),
      },
    ],
    {
      tenants: TENANTS,
      consultations: CONSULTATIONS,
      apiP95Ms: round(apiP95),
      readP95Ms: round(readP95),
      groupByP95Ms: round(groupByP95),
      healthP95Ms: round(percentile(health, 95)),
      speedup,
      apiOverFloor: round(apiP95 / percentile(health, 95)),
      releaseP50Ms: round(percentile(releaseMs, 50)),
      met: apiP95 < 50 && speedup >= 20,
    },
  );
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  // The lib's own connections first: dropping the database under them would raise an error of its own.
  await (await import("@/lib/db/pg-pool")).pgPool().end();
  await (await import("@/lib/db/client")).db().$disconnect();
  await db.end();
  await server.stop();
}

/** Tenants, registries, accounts, one psychologist per tenant and the consultations, in SQL. */
async function generate() {
  const client = await db.connect();
  try {
    await client.query("SET session_replication_role = replica");
    await client.query("SET synchronous_commit = off");
    const perTenant = Math.ceil(CONSULTATIONS / TENANTS);
    await client.query(
      `INSERT INTO tenants (id, slug, name, time_zone, created_at, updated_at)
       SELECT gen_random_uuid(), 'bench-' || lpad(g::text, 5, '0'), 'Bench ' || g, 'UTC', '2025-12-01', now() FROM generate_series(1, $1) g`,
      [TENANTS],
    );
    await client.query(`INSERT INTO contracts (id, tenant_id, sessions_per_year, directions, formats, updated_at)
      SELECT gen_random_uuid(), id, 8, '{psychology,legal}', '{chat,audio,video}', now() FROM tenants WHERE slug LIKE 'bench-%'`);
    const tenants = (await client.query<{ slug: string }>("SELECT slug FROM tenants WHERE slug LIKE 'bench-%' ORDER BY slug")).rows;
    const psychologistIds = await insertAccounts(
      client,
      tenants.map((t) => ({ email: `psy-${t.slug}@bench.test`, role: "psychologist", createdAt: new Date("2025-12-01") })),
    );
    await client.query(
      `INSERT INTO psychologist_profiles (id, user_id, display_name, short_bio, directions, formats, topics, languages, experience_years, status, time_zone, updated_at)
       SELECT gen_random_uuid(), u.id, 'Dr psy-' || u.slug || '@bench.test', 'bench', '{psychology,legal}', '{chat,audio,video}', '{anxiety}', '{en}', 5, 'published', 'UTC', now()
       FROM unnest($1::uuid[], $2::text[]) AS u(id, slug)`,
      [psychologistIds, tenants.map((t) => t.slug)],
    );
    log("tenants made; registries and accounts…");
    await client.query(
      `INSERT INTO registry_entries (id, tenant_id, identifier_hash, created_at, updated_at)
       SELECT gen_random_uuid(), t.id, decode(md5(t.id::text || g), 'hex'), '2025-12-01', now() FROM tenants t, generate_series(1, $1) g WHERE t.slug LIKE 'bench-%'`,
      [Math.round(EMPLOYEES_PER_TENANT * 1.5)],
    );
    const entries = await client.query<{ id: string; tenant_id: string }>(
      `SELECT r.id, r.tenant_id FROM (SELECT r.*, row_number() OVER (PARTITION BY tenant_id) AS n FROM registry_entries r JOIN tenants t ON t.id = r.tenant_id WHERE t.slug LIKE 'bench-%') r
       WHERE r.n <= $1`,
      [EMPLOYEES_PER_TENANT],
    );
    await insertAccounts(
      client,
      entries.rows.map((r) => ({
        email: `${r.id}@bench.test`,
        role: "employee",
        tenantId: r.tenant_id,
        registryEntryId: r.id,
        createdAt: new Date("2025-12-15"),
      })),
    );
    log("consultations…");
    // Each tenant's consultations an hour apart from 2026-01-01 (its one psychologist never overlaps).
    await client.query(
      `INSERT INTO appointments (id, tenant_id, employee_id, psychologist_id, direction, format, starts_at, ends_at, status, topic, created_at, updated_at, employee_participant_id, psychologist_participant_id)
       SELECT gen_random_uuid(), t.id, e.ids[1 + (g * 7919) % array_length(e.ids, 1)], p.id,
              CASE WHEN g % 9 = 0 THEN 'legal' ELSE 'psychology' END::"Direction",
              (ARRAY['chat','audio','video'])[1 + g % 3]::"SessionFormat",
              timestamptz '2026-01-01' + g * interval '90 minutes', timestamptz '2026-01-01' + g * interval '90 minutes' + interval '50 minutes',
              CASE WHEN g % 20 = 0 THEN 'no_show' ELSE 'completed' END::"AppointmentStatus",
              CASE WHEN g % 20 = 0 THEN NULL WHEN g % 9 = 0 THEN 'employment_law' ELSE (ARRAY['anxiety','stress_burnout','low_mood','relationships','sleep'])[1 + (g / 3) % 5] END,
              timestamptz '2026-01-01' + g * interval '90 minutes' - interval '5 days', now(), gen_random_uuid(), gen_random_uuid()
       FROM tenants t
       JOIN psychologist_profiles p ON p.display_name = 'Dr psy-' || t.slug || '@bench.test'
       JOIN LATERAL (SELECT array_agg(u.id) AS ids FROM users u WHERE u.tenant_id = t.id AND u.role = 'employee') e ON true,
       generate_series(0, $1 - 1) g`,
      [perTenant],
    );
    // A steady state, as a live database would be in: autovacuum working through millions of new
    // rows during the measurement would time the vacuum, not the reads.
    await client.query("VACUUM (ANALYZE)");
  } finally {
    client.release();
  }
}
