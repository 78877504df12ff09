import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { sealReviewText } from "@/lib/feedback/review-text";
import { GET as utilisationRoute } from "@/app/api/v1/reports/utilisation/route";
import { cancelAppointmentByEmployee } from "@/lib/booking/change-appointment";
import { bookAppointment } from "@/lib/booking/book-appointment";
import { registerEmployee } from "@/lib/registry/register-employee";
import { createReportToken, revokeReportToken } from "@/lib/reports/api-tokens";
import { reportCsv } from "@/lib/reports/export-csv";
import { listReportPeriods, readEmployerDashboard, readUtilisationReport, type UtilisationReport } from "@/lib/reports/get-report";
import { monthsOfPeriod, parsePeriod, contractYearStartOf } from "@/lib/reports/periods";
import { publishFigures } from "@/lib/reports/disclosure";
import { readMonthFacts, type MonthFacts } from "@/lib/reports/month-facts";
import { cellNames, releaseDueMonths } from "@/lib/reports/release";
import { reportScopeFor } from "@/lib/reports/report-access";
import { reportScopeOfRequest } from "@/lib/reports/report-request";
import { getTenantOverview } from "@/lib/tenants/get-tenant-overview";
import { DateTime } from "luxon";
import { determinedWithheldFigures, modelOf, type PeriodShape } from "../support/disclosure-solver";
import { codeOf } from "../support/error-code";
import { actorOf, createRegistryEntry, createUser } from "../support/factories";
import { addSessions, createReportTenant, PROGRAMME_START, seeded, type ReportTenant, type SessionSpec } from "../support/report-data";

const NOW = new Date("2026-11-20T12:00:00Z");
const at = (iso: string) => new Date(iso);
const day = (month: number, d: number, hour = 10) =>
  at(`2026-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00Z`);

async function everyReport(target: ReportTenant, now = NOW): Promise<Map<string, UtilisationReport>> {
  const { periods } = await listReportPeriods({ tenantId: target.tenant.id }, now);
  const reports = new Map<string, UtilisationReport>();
  for (const period of periods) reports.set(period.key, await readUtilisationReport({ tenantId: target.tenant.id }, period.key, now));
  return reports;
}

/** A year of ordinary use: `people` employees, one to four sessions each, spread over January–October. */
function ordinaryYear(target: ReportTenant, people: number, seed: number): SessionSpec[] {
  const random = seeded(seed);
  const topics = ["anxiety", "stress_burnout", "low_mood", "relationships", "grief", "sleep", "employment_law"];
  const sessions: SessionSpec[] = [];
  for (const employeeId of target.employees.slice(0, people)) {
    const topic = topics[Math.min(topics.length - 1, Math.floor(random() ** 2 * topics.length))]!;
    const count = 1 + Math.floor(random() * 4);
    const firstMonth = 1 + Math.floor(random() * 9);
    for (let s = 0; s < count; s += 1) {
      sessions.push({
        employeeId,
        startsAt: day(Math.min(10, firstMonth + s), 1 + Math.floor(random() * 27)),
        topic,
        direction: topic.endsWith("_law") ? "legal" : "psychology",
        format: (["chat", "audio", "video"] as const)[Math.floor(random() * 3)],
      });
    }
  }
  return sessions;
}

const labels = {
  title: "t",
  asOf: "a",
  tradeOff: "x",
  withheld: "withheld",
  figuresTitle: "f",
  figure: (n: string) => n,
  value: (_n: string, v: number) => String(v),
  breakdownTitle: (n: string) => n,
  row: (_b: string, k: string) => k,
  service: (n: string) => n,
  serviceValue: (_n: string, v: number) => String(v),
};

describe("HR reports: releases", () => {
  it("shows nothing of a contract year until K employees have had a session held, and then every figure near the truth", async () => {
    // K = 20 here: with 3 people, only noise beyond +17 (about once in 20,000) would open January.
    for (const consulting of [3, 40]) {
      const target = await createReportTenant({ registered: 60, unregistered: 30, minGroup: 20 });
      await addSessions(
        target,
        target.employees.slice(0, consulting).map((employeeId, i) => ({ employeeId, startsAt: day(1, 1 + (i % 28)), format: i % 2 ? "audio" : "video" })),
      );
      const january = (await everyReport(target)).get("2026-01")!;
      expect(january.figures.employeesCovered).toBe(90); // the employer's own registry: exact
      if (consulting < 20) {
        for (const [name, value] of Object.entries(january.figures)) if (name !== "employeesCovered") expect(value, name).toBeNull();
      } else {
        // Noise of scale 2 or 4 on a month's cells: far beyond ±20 about once in a million.
        expect(Math.abs(january.figures.employeesConsulted! - consulting)).toBeLessThan(20);
        expect(Math.abs(january.figures.consultations! - consulting)).toBeLessThan(40);
      }
      // Every row of the contract's vocabulary is listed, whether anyone is in it or not.
      expect(january.breakdowns.format.map((row) => row.key)).toEqual(["chat", "audio", "video"]);
      expect(january.breakdowns.direction.map((row) => row.key)).toEqual(["psychology", "legal"]);
      // Released when first due and asked for (here: on the test's day), and said as a date, never a time.
      expect(january.asOf).toBe("2026-11-20");
    }
  });

  it("offers a month a few days after it ends and a quarter or year once all its months are out; the rest says when", async () => {
    const target = await createReportTenant({ registered: 20 });
    const scope = { tenantId: target.tenant.id };
    const keys = async (now: Date) => (await listReportPeriods(scope, now)).periods.map((period) => period.key);
    // 3 April: March (and so the first quarter) is still settling.
    expect(await keys(at("2026-04-03T23:00:00Z"))).toEqual(["2026-02", "2026-01"]);
    expect(await keys(at("2026-04-04T00:00:00Z"))).toEqual(["2026-Q1", "2026-03", "2026-02", "2026-01"]);
    expect((await listReportPeriods(scope, at("2026-04-10T00:00:00Z"))).upcoming).toEqual({ month: "2026-04", on: "2026-05-04" });
    expect(await codeOf(readUtilisationReport(scope, "2026-04", at("2026-04-10T00:00:00Z")))).toBe("not_found");
    expect(await codeOf(readUtilisationReport(scope, "2026", NOW))).toBe("not_found");
    expect(await keys(at("2027-01-04T00:00:00Z"))).toContain("2026");
  });

  it("an automated employer creating accounts, booking and cancelling late, reading after each of 100 releases, never sees a figure take a second value", async () => {
    const target = await createReportTenant({ registered: 70, unregistered: 10 });
    await addSessions(target, ordinaryYear(target, 55, 99));
    const tenant = await db().tenant.findUniqueOrThrow({ where: { id: target.tenant.id } });
    const hr = actorOf(await createUser({ role: "hr", tenant: target.tenant }));
    const { token } = await createReportToken(hr, { name: "attacker's BI" });
    // Accounts of its own: identifiers it put in its own registry.
    const identifiers = Array.from({ length: 50 }, (_, i) => `ATTACK-${i}-${randomUUID().slice(0, 8)}`);
    for (const identifier of identifiers) await createRegistryEntry({ tenant: target.tenant, identifier });

    const seen = new Map<string, string>();
    let second = 0;
    let releases = 0;
    let own: ReturnType<typeof actorOf> | null = null;
    const start = at("2026-10-20T07:00:00Z");
    for (let step = 0; step < 100; step += 1) {
      const now = new Date(start.getTime() + step * 86_400_000);
      if (step % 2 === 0) {
        const identifier = identifiers[step / 2]!;
        const { userId, email } = await registerEmployee(
          { tenantSlug: tenant.slug, identifier, email: `${identifier.toLowerCase()}@attacker.test`, password: "correct horse battery" },
          { clientAddress: `10.9.${step}.1` },
        );
        own = actorOf({ id: userId, role: "employee", tenantId: tenant.id, email });
      }
      // Book for this afternoon and cancel at once: a late cancellation, which re-drew every figure before.
      const slot = new Date(now.getTime() + 8 * 3_600_000 + (step % 2) * 3_600_000);
      const booked = await bookAppointment(
        own!,
        { psychologistId: target.psychologistId, startsAt: slot.toISOString(), direction: "psychology", format: "audio" },
        now,
      );
      await cancelAppointmentByEmployee(own!, booked.id, { acceptLateCharge: true }, now);
      // A psychologist records a held session late, into a month that may already be out.
      if (step % 10 === 5)
        await addSessions(target, [{ employeeId: target.employees[60 + (step % 10)]!, startsAt: new Date(now.getTime() - 20 * 86_400_000) }]);
      releases += await releaseDueMonths({ tenantId: tenant.id }, now);
      const scope = await reportScopeOfRequest(new Request("http://harbor.test/api/v1/reports/utilisation", { headers: { authorization: `Bearer ${token}` } }));
      for (const period of (await listReportPeriods(scope, now)).periods) {
        const report = JSON.stringify(await readUtilisationReport(scope, period.key, now));
        const before = seen.get(period.key);
        if (before !== undefined && before !== report) second += 1;
        seen.set(period.key, report);
      }
    }
    expect(second).toBe(0);
    // Over the 100 days October, November, December and the year 2026 came out, and were read every day after.
    expect(releases).toBeGreaterThanOrEqual(3);
    expect([...seen.keys()]).toEqual(expect.arrayContaining(["2026-10", "2026-11", "2026-12", "2026-Q4", "2026"]));
    // The route handler itself answers what was read (the real clock: December 2026 or later).
    const answer = await utilisationRoute(
      new Request("http://harbor.test/api/v1/reports/utilisation?period=2026-10", { headers: { authorization: `Bearer ${token}` } }),
    );
    expect(answer.status).toBe(200);
    const { asOf, figures } = (await answer.json()) as UtilisationReport;
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(figures).toEqual((JSON.parse(seen.get("2026-10")!) as UtilisationReport).figures);
    // The table itself refuses a second draw, whatever code tries.
    await expect(db().$executeRaw`UPDATE report_releases SET cells = '{}' WHERE scope = ${tenant.id}`).rejects.toThrow(/frozen/);
  }, 300_000);

  it("accounts of its own unlock nothing: 0 to 3K idle or late-cancelling accounts leave every count that decides publication as it was", async () => {
    const september = { start: day(9, 1, 0), end: day(10, 1, 0), yearStart: day(1, 1, 0) };
    const deciding = (facts: MonthFacts) => ({ ...facts, registered: 0, missed: { lateCancellation: 0, noShow: 0 }, covered: 0 });
    let first: MonthFacts | null = null;
    for (const own of [0, 10, 20, 30]) {
      const target = await createReportTenant({ registered: 50 + own, unregistered: 10 });
      // 8 colleagues consulted in September; one more real person cancelled late; the employer's own accounts register and cancel late.
      await addSessions(target, [
        ...target.employees.slice(0, 8).map((employeeId, i) => ({ employeeId, startsAt: day(9, 1 + i), topic: i % 2 ? "anxiety" : "stress_burnout" })),
        { employeeId: target.employees[8]!, startsAt: day(9, 20), status: "cancelled" as const },
        ...target.employees.slice(50, 50 + own).map((employeeId, i) => ({ employeeId, startsAt: day(9, 2 + (i % 25), 14), status: "cancelled" as const })),
      ]);
      await db().user.updateMany({ where: { id: { in: target.employees.slice(50) } }, data: { createdAt: day(9, 1), emailConfirmedAt: day(9, 1) } });
      const facts = await readMonthFacts({ tenantId: target.tenant.id }, september);
      expect(facts.missed.lateCancellation).toBe(1 + own);
      expect(facts.registered).toBe(own);
      first ??= facts;
      // What the employer can add alone moves only the counts that never decide publication.
      expect(deciding(facts)).toEqual(deciding(first));
    }
    // And publication never looks at those counts: any registrations, late cancellations and no-shows,
    // however many, leave the same figures withheld and the same shown.
    const random = seeded(3);
    for (let trial = 0; trial < 200; trial += 1) {
      const cells: Record<string, number> = { covered: 100 };
      for (const { cell } of cellNames({ directions: ["psychology"], formats: ["audio", "video"] })) cells[cell] = Math.floor(random() * 30) - 5;
      const publish = (extra: Record<string, number>) =>
        publishFigures([{ month: "2026-09", releasedOn: "2026-10-04", cells: { ...cells, ...extra } }], {
          minGroup: 10,
          directions: ["psychology"],
          formats: ["audio", "video"],
          topics: ["anxiety", "untagged"],
          months: ["2026-09"],
          yearToDate: ["2026-09"],
          trend: ["2026-09"],
        });
      const withheld = (published: ReturnType<typeof publish>) =>
        JSON.stringify([
          Object.entries(published.figures).filter(([, v]) => v === null),
          Object.values(published.breakdowns)
            .flat()
            .filter((row) => row.value === null),
        ]);
      const padded = { registered: 90, "missed.lateCancellation": 90, "missed.noShow": 90 };
      expect(withheld(publish(padded))).toBe(withheld(publish({})));
    }
  });

  it("lets no withheld figure be pinned within ±1 from everything the API returns, across periods and dimensions", async () => {
    for (const seed of [20261202, 7]) {
      const target = await createReportTenant({ registered: 70, unregistered: 40 });
      await addSessions(target, ordinaryYear(target, 55, seed));
      const reports = await everyReport(target);
      const profileSince = PROGRAMME_START;
      const shapes = new Map<string, PeriodShape>();
      for (const key of reports.keys()) {
        const period = parsePeriod(key, "UTC", { yearStartMonth: 1, yearStartDay: 1 });
        const months = monthsOfPeriod(period, profileSince, "UTC");
        const last = months.at(-1)!;
        const yearStart = contractYearStartOf(DateTime.fromFormat(last, "yyyy-LL", { zone: "UTC" }), { yearStartMonth: 1, yearStartDay: 1 }).toFormat(
          "yyyy-LL",
        );
        const ytd = [...reports.keys()].filter((k) => k.length === 7 && k >= yearStart && k <= last).sort();
        shapes.set(key, {
          months: [...months],
          yearToDate: ytd,
          directions: ["psychology", "legal"],
          formats: ["chat", "audio", "video"],
          topics: reports.get(key)!.breakdowns.topic.map((row) => row.key),
        });
      }
      const model = modelOf(reports, shapes, 10);
      const { determined, checked, feasible } = await determinedWithheldFigures(model);
      expect(feasible).toBe(true);
      expect(checked).toBeGreaterThan(20);
      expect(determined).toEqual([]);
    }
  }, 300_000);

  it("the same solver pins withheld figures when the figures are exact (the check can fail)", async () => {
    // A quarter published exactly with two of its months; the third month withheld: Q − the others gives it back.
    const report = (key: string, consultations: number | null) =>
      ({ period: key, figures: { consultations }, breakdowns: { direction: [], format: [], topic: [], trend: [] } }) as unknown as UtilisationReport;
    const reports = new Map([
      ["2026-Q1", report("2026-Q1", 40)],
      ["2026-01", report("2026-01", 20)],
      ["2026-02", report("2026-02", 14)],
      ["2026-03", report("2026-03", null)],
    ]);
    const shape = (months: string[]): PeriodShape => ({ months, yearToDate: months, directions: [], formats: [], topics: [] });
    const shapes = new Map([...reports.keys()].map((key) => [key, shape(key.includes("Q") ? ["2026-01", "2026-02", "2026-03"] : [key])]));
    // Exact figures: each published value is its cells' sum, no noise.
    const exact = modelOf(reports, shapes, 10);
    exact.constraints = [];
    for (const [key, r] of reports) {
      if (r.figures.consultations === null) continue;
      const cells = shapes.get(key)!.months.map((m) => `c_${m.replace("-", "_")}_consultations`);
      exact.constraints.push(`${cells.join(" + ")} = ${r.figures.consultations}`);
    }
    const { determined } = await determinedWithheldFigures(exact);
    expect(determined.map((d) => [d.figure, d.min])).toContainEqual(["2026-03/consultations", 6]);
  });

  it("removing one identifier from the registry says nothing about whether that person has an account, on /hr or /manage", async () => {
    const target = await createReportTenant({ registered: 40, unregistered: 40 });
    await addSessions(
      target,
      target.employees.slice(0, 20).map((employeeId, i) => ({ employeeId, startsAt: day(10, 2 + i) })),
    );
    const admin = actorOf(await createUser({ role: "tenant_admin", tenant: target.tenant }));
    const base = { report: (await everyReport(target)).get("2026-10")!, manage: (await getTenantOverview(admin, target.tenant.id)).registry.registered };
    const withAccount = await db().registryEntry.findFirstOrThrow({ where: { employee: { id: target.employees[30]! } } });
    for (const entryId of [withAccount.id, target.unregistered[0]!]) {
      await db().registryEntry.update({ where: { id: entryId }, data: { status: "removed", removedAt: new Date(NOW.getTime() - 1000) } });
      // October is released: nothing done in November moves it.
      expect((await everyReport(target)).get("2026-10")).toEqual(base.report);
      expect((await getTenantOverview(admin, target.tenant.id)).registry.registered).toBe(base.manage);
      await db().registryEntry.update({ where: { id: entryId }, data: { status: "active", removedAt: null } });
    }
  });

  it("writes no cell of the CSV a spreadsheet would run as a formula (a tenant named =HYPERLINK(…))", async () => {
    const target = await createReportTenant({ registered: 20 });
    const report = (await everyReport(target)).get("2026-10")!;
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      const csv = reportCsv(report, { ...labels, title: `${start}HYPERLINK("http://evil.example","x")`, asOf: `${start}1+1` });
      const cells = csv
        .replace(/^\uFEFF/, "")
        .split("\n")
        .flatMap((line) => line.split(",").map((cell) => cell.replace(/^"/, "")));
      expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
      expect(csv).toContain(`'${start}HYPERLINK`);
    }
  });

  it("keeps free text out of every HR answer", async () => {
    const target = await createReportTenant({ registered: 80, unregistered: 30 });
    const ids = await addSessions(
      target,
      target.employees.slice(0, 60).map((employeeId, i) => ({ employeeId, startsAt: day(10, 1 + (i % 28)) })),
    );
    await db().feedback.createMany({
      data: ids.map((appointmentId, i) => {
        const id = randomUUID();
        return {
          id,
          appointmentId,
          tenantId: target.tenant.id,
          employeeId: target.employees[i]!,
          psychologistId: target.psychologistId,
          rating: i % 5 ? 5 : 2,
          commentSealed: sealReviewText(id, "SECRET-COMMENT my manager is the reason"),
          reviewStatus: "approved" as const,
          publishedMonth: at("2026-10-01T00:00:00Z"),
        };
      }),
    });
    const reports = await everyReport(target);
    const everything = JSON.stringify([...reports.values()]) + [...reports.values()].map((r) => reportCsv(r, labels)).join("");
    expect(everything).not.toContain("SECRET-COMMENT");
    expect(everything).not.toContain(target.employees[0]);
    expect(reports.get("2026-10")!.figures.highRatingsPercent).not.toBeNull();
    // Only noisy cells are stored: no row of report_releases holds a true count of people.
    const [release] = await db().$queryRaw<{ cells: Record<string, number> }[]>`
      SELECT cells FROM report_releases WHERE scope = ${target.tenant.id} AND month_key = '2026-10'`;
    expect(Object.keys(release!.cells)).not.toContain("comment");
  });
});

describe("HR reports: API and tokens", () => {
  const request = (query: string, authorization?: string) =>
    new Request(`http://harbor.test/api/v1/reports/utilisation${query}`, { headers: authorization === undefined ? {} : { authorization } });

  it("reads a token's own tenant only, whatever tenant the request names, and refuses unknown and revoked tokens", async () => {
    const ours = await createReportTenant({ registered: 30, unregistered: 20 });
    const theirs = await createReportTenant({ registered: 80, unregistered: 20 });
    await addSessions(
      theirs,
      theirs.employees.slice(0, 60).map((employeeId, i) => ({ employeeId, startsAt: day(10, 1 + (i % 28)) })),
    );
    const hr = actorOf(await createUser({ role: "hr", tenant: ours.tenant }));
    const { id, token } = await createReportToken(hr, { name: "Power BI" });
    const stored = await db().reportApiToken.findUniqueOrThrow({ where: { id } });
    expect(Buffer.from(stored.tokenHash).toString("base64url")).not.toContain(token.slice(4));
    expect(stored.lastChars).toBe(token.slice(-4));

    const scope = await reportScopeOfRequest(request(`?period=2026-10&tenant=${theirs.tenant.id}`, `Bearer ${token}`));
    expect(scope).toEqual({ tenantId: ours.tenant.id });
    // Our tenant has no sessions: the other tenant's 60 must not show through.
    expect((await readUtilisationReport(scope, "2026-10", NOW)).figures.consultations).toBeNull();
    expect((await readUtilisationReport({ tenantId: theirs.tenant.id }, "2026-10", NOW)).figures.consultations).not.toBeNull();
    expect(reportScopeFor(hr, theirs.tenant.id)).toEqual({ tenantId: ours.tenant.id });

    await expect(readUtilisationReport(scope, "2026-13", NOW)).rejects.toBeInstanceOf(ZodError);
    expect(await codeOf(readUtilisationReport(scope, "2019-Q1", NOW))).toBe("not_found");
    expect(await codeOf(reportScopeOfRequest(request("", "Bearer hbr_not-a-token")))).toBe("unauthenticated");
    expect(await codeOf(reportScopeOfRequest(request("", "Basic abc")))).toBe("unauthenticated");
    const theirHr = actorOf(await createUser({ role: "hr", tenant: theirs.tenant }));
    expect(await codeOf(revokeReportToken(theirHr, id))).toBe("not_found");
    await revokeReportToken(hr, id);
    expect(await codeOf(reportScopeOfRequest(request("", `Bearer ${token}`)))).toBe("unauthenticated");
  });

  it("releases a month once even when two workers release it at the same moment", async () => {
    const target = await createReportTenant({ registered: 30, unregistered: 20 });
    const scope = { tenantId: target.tenant.id };
    const counts = await Promise.all([releaseDueMonths(scope, NOW), releaseDueMonths(scope, NOW), releaseDueMonths(scope, NOW)]);
    // January to October, each inserted by exactly one of them.
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10);
    expect(await db().reportRelease.count({ where: { scope: target.tenant.id } })).toBe(10);
  });

  it("opens the dashboard on the newest published quarter, or the newest month before any quarter is out", async () => {
    const target = await createReportTenant({ registered: 30, unregistered: 20 });
    const scope = { tenantId: target.tenant.id };
    expect((await readEmployerDashboard(scope, null, { now: at("2026-01-20T12:00:00Z") })).report).toBeNull();
    expect((await readEmployerDashboard(scope, null, { now: at("2026-02-20T12:00:00Z") })).report?.period).toBe("2026-01");
    const early = at("2026-10-05T12:00:00Z");
    expect((await readEmployerDashboard(scope, null, { now: early })).report?.period).toBe("2026-Q3");
    expect(await readEmployerDashboard(scope, "2019-Q1", { now: early })).toMatchObject({ report: { period: "2026-Q3" }, fellBack: true });
    expect(await codeOf(readEmployerDashboard(scope, "2019-Q1", { now: early, fallBack: false }))).toBe("not_found");
  });
});
