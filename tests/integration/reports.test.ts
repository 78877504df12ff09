import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { createReportToken, revokeReportToken } from "@/lib/reports/api-tokens";
import { reportCsv } from "@/lib/reports/export-csv";
import { listReportPeriods, readEmployerDashboard, readUtilisationReport, type UtilisationReport } from "@/lib/reports/get-report";
import { NOISE_BOUND } from "@/lib/reports/noise";
import { reportScopeFor } from "@/lib/reports/report-access";
import { reportScopeOfRequest } from "@/lib/reports/report-request";
import { rollUp, rollUpStaleTenants } from "@/lib/reports/rollup";
import { getTenantOverview } from "@/lib/tenants/get-tenant-overview";
import { determinedWithheldFigures, modelOf } from "../support/disclosure-solver";
import { codeOf } from "../support/error-code";
import { actorOf, createUser } from "../support/factories";
import { addSessions, createReportTenant, seeded, type ReportTenant } from "../support/report-data";

const NOW = new Date("2026-11-20T12:00:00Z");
const at = (iso: string) => new Date(iso);

async function everyReport(target: ReportTenant, now = NOW): Promise<Map<string, UtilisationReport>> {
  await rollUp({ tenantId: target.tenant.id }, now);
  const { periods } = await listReportPeriods({ tenantId: target.tenant.id }, now);
  const reports = new Map<string, UtilisationReport>();
  for (const period of periods) reports.set(period.key, await readUtilisationReport({ tenantId: target.tenant.id }, period.key, now));
  return reports;
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

describe("HR reports: disclosure control", () => {
  it("withholds a figure standing for K − 1 employees and publishes K and K + 1, within the noise bound", async () => {
    for (const consulting of [9, 10, 11]) {
      const target = await createReportTenant({ registered: 40, unregistered: 30 });
      await addSessions(
        target,
        target.employees
          .slice(0, consulting)
          .map((employeeId, i) => ({ employeeId, startsAt: at(`2026-05-${String(4 + i).padStart(2, "0")}T09:00:00Z`), format: i % 2 ? "audio" : "video" })),
      );
      const may = (await everyReport(target)).get("2026-05")!;
      if (consulting < 10) {
        expect(may.figures.employeesConsulted).toBeNull();
        expect(may.figures.consultations).toBeNull();
      } else {
        expect(Math.abs(may.figures.employeesConsulted! - consulting)).toBeLessThanOrEqual(NOISE_BOUND);
        expect(Math.abs(may.figures.consultations! - consulting)).toBeLessThanOrEqual(NOISE_BOUND);
      }
      // Everyone who consulted chose the same topic: publishing it would tell each of them apart from the rest.
      expect(may.breakdowns.topic.find((row) => row.key === "anxiety")!.value).toBeNull();
      // Every row of the contract's vocabulary is listed, whether anyone is in it or not.
      expect(may.breakdowns.format.map((row) => row.key)).toEqual(["chat", "audio", "video"]);
      expect(may.breakdowns.direction.map((row) => row.key)).toEqual(["psychology", "legal"]);
    }
  });

  it("lets no withheld figure be solved for from everything the API returns, across periods, overlaps and dimensions", async () => {
    const random = seeded(20261202);
    const topics = ["anxiety", "stress_burnout", "low_mood", "relationships", "grief", "sleep", "employment_law"];
    for (let round = 0; round < 2; round += 1) {
      const target = await createReportTenant({ registered: 70, unregistered: 40 });
      const sessions = [];
      for (const employeeId of target.employees.slice(0, 55)) {
        const count = 1 + Math.floor(random() * 4);
        // Popular topics many share, and rare ones only a few people have.
        const topic = topics[Math.min(topics.length - 1, Math.floor(random() ** 2 * topics.length))]!;
        for (let s = 0; s < count; s += 1) {
          const month = 1 + Math.floor(random() * 10);
          sessions.push({
            employeeId,
            startsAt: at(`2026-${String(month).padStart(2, "0")}-${String(1 + Math.floor(random() * 27)).padStart(2, "0")}T10:00:00Z`),
            topic,
            direction: topic.endsWith("_law") ? ("legal" as const) : ("psychology" as const),
            format: (["chat", "audio", "video"] as const)[Math.floor(random() * 3)],
          });
        }
      }
      await addSessions(target, sessions);
      const reports = await everyReport(target);
      const model = modelOf(reports, 10);
      const { determined, checked, feasible } = await determinedWithheldFigures(model);
      // The true figures satisfy the model, so it must be feasible; and there is something to attack.
      expect(feasible).toBe(true);
      expect(checked).toBeGreaterThan(50);
      expect(determined).toEqual([]);
    }
  }, 300_000);

  it("the same attack on exact figures with the old complementary suppression does find withheld values (the check can fail)", async () => {
    // A quarter published exactly with its months, one month withheld: Q − the other two months gives it back.
    const reports = new Map<string, UtilisationReport>();
    const report = (key: string, sessions: number | null): UtilisationReport => ({
      period: key,
      kind: key.includes("Q") ? "quarter" : "month",
      minGroup: 10,
      asOf: NOW.toISOString(),
      figures: { consultations: sessions, employeesConsulted: null, employeesRegistered: null, employeesCovered: null } as UtilisationReport["figures"],
      breakdowns: { direction: [], format: [], topic: [], trend: [] },
    });
    reports
      .set("2026-Q1", report("2026-Q1", 40))
      .set("2026-01", report("2026-01", 20))
      .set("2026-02", report("2026-02", 14))
      .set("2026-03", report("2026-03", null));
    const exact = modelOf(reports, 10);
    for (const [variable, bounds] of exact.variables)
      if (!exact.withheld.has(variable) && bounds.upper !== null)
        exact.variables.set(variable, { lower: bounds.lower + NOISE_BOUND, upper: bounds.upper - NOISE_BOUND });
    const { determined } = await determinedWithheldFigures(exact);
    expect(determined.map((d) => [d.variable, d.min])).toContainEqual(["v_sessions_2026_03", 6]);
  });

  it("two snapshots a session apart do not single out the session's topic or format", async () => {
    const target = await createReportTenant({ registered: 80, unregistered: 30 });
    const random = seeded(7);
    const topics = ["anxiety", "stress_burnout", "relationships", "sleep"];
    await addSessions(
      target,
      target.employees.slice(0, 60).map((employeeId, i) => ({
        employeeId,
        startsAt: at(`2026-11-${String(2 + (i % 15)).padStart(2, "0")}T10:00:00Z`),
        topic: topics[Math.floor(random() * topics.length)],
        format: (["chat", "audio", "video"] as const)[i % 3],
      })),
    );
    const before = await everyReport(target);
    let otherRowsThatMoved = 0;
    let guesses = 0;
    let rightGuesses = 0;
    await addSessions(target, [{ employeeId: target.employees[70]!, startsAt: at("2026-11-18T10:00:00Z"), topic: "anxiety", format: "audio" }]);
    const after = await everyReport(target);
    for (const key of ["2026-11", "2026-Q4", "2026"]) {
      for (const [dimension, sessionKey] of [
        ["topic", "anxiety"],
        ["format", "audio"],
      ] as const) {
        const a = before.get(key)!.breakdowns[dimension];
        const b = after.get(key)!.breakdowns[dimension];
        const published = a.filter((row, i) => row.value !== null && b[i]!.value !== null).map((row) => row.key);
        expect(published.length).toBeGreaterThan(1);
        const delta = (k: string) => b.find((r) => r.key === k)!.value! - a.find((r) => r.key === k)!.value!;
        // The attacker's best guess, "the row that grew most got the session", must not be reliably right.
        const grewMost = [...published].sort((x, y) => delta(y) - delta(x))[0]!;
        guesses += 1;
        if (grewMost === sessionKey) rightGuesses += 1;
        // Whatever the noise, no row moves by more than the session plus twice the bound.
        for (const row of published) expect(Math.abs(delta(row) - (row === sessionKey ? 1 : 0))).toBeLessThanOrEqual(2 * NOISE_BOUND);
        otherRowsThatMoved += published.filter((row) => row !== sessionKey && delta(row) !== 0).length;
      }
    }
    // The noise of every row is re-drawn when any record of the period changes, so rows without the
    // session move too. Keyed on each row's own records, they would all stay put and point at the one that moved.
    expect(otherRowsThatMoved).toBeGreaterThan(0);
    expect(rightGuesses).toBeLessThan(guesses);
  });

  it("removing one identifier from the registry says nothing about whether that person has an account, on /hr or /manage", async () => {
    const target = await createReportTenant({ registered: 40, unregistered: 40 });
    await addSessions(
      target,
      target.employees.slice(0, 20).map((employeeId, i) => ({ employeeId, startsAt: at(`2026-11-${String(2 + i).padStart(2, "0")}T10:00:00Z`) })),
    );
    const admin = actorOf(await createUser({ role: "tenant_admin", tenant: target.tenant }));
    const snapshot = async () => ({
      report: (await everyReport(target)).get("2026-Q4")!,
      manage: (await getTenantOverview(admin, target.tenant.id)).registry.registered,
    });
    const changedFigures = (a: UtilisationReport, b: UtilisationReport) =>
      Object.keys(a.figures).filter((k) => a.figures[k as keyof typeof a.figures] !== b.figures[k as keyof typeof b.figures]);
    const base = await snapshot();
    const remove = async (entryId: string) => {
      await db().registryEntry.update({ where: { id: entryId }, data: { status: "removed", removedAt: new Date(NOW.getTime() - 1000) } });
      const after = await snapshot();
      await db().registryEntry.update({ where: { id: entryId }, data: { status: "active", removedAt: null } });
      return after;
    };
    const withAccount = await db().registryEntry.findFirstOrThrow({ where: { employee: { id: target.employees[30]! } } });
    const afterAccount = await remove(withAccount.id);
    const afterNoAccount = await remove(target.unregistered[0]!);
    expect(afterAccount.report.figures.employeesRegistered).toBe(base.report.figures.employeesRegistered);
    expect(afterNoAccount.report.figures.employeesRegistered).toBe(base.report.figures.employeesRegistered);
    expect(afterAccount.manage).toBe(base.manage);
    expect(afterNoAccount.manage).toBe(base.manage);
    // Only the registry's own size (the employer's own upload) may move, and it moves the same way for both.
    const registryFigures = ["employeesCovered", "utilisationPercent"];
    for (const after of [afterAccount, afterNoAccount])
      for (const figure of changedFigures(base.report, after.report)) expect(registryFigures).toContain(figure);
  });

  it("keeps free text out of every HR answer", async () => {
    const target = await createReportTenant({ registered: 40, unregistered: 30 });
    const ids = await addSessions(
      target,
      target.employees.slice(0, 15).map((employeeId, i) => ({ employeeId, startsAt: at(`2026-10-${String(2 + i).padStart(2, "0")}T10:00:00Z`) })),
    );
    await db().feedback.createMany({
      data: ids.map((appointmentId, i) => ({
        appointmentId,
        tenantId: target.tenant.id,
        employeeId: target.employees[i]!,
        psychologistId: target.psychologistId,
        rating: 4,
        comment: "SECRET-COMMENT my manager is the reason",
        reviewStatus: "approved",
        publishedMonth: at("2026-10-01T00:00:00Z"),
      })),
    });
    const reports = await everyReport(target);
    const everything = JSON.stringify([...reports.values()]) + [...reports.values()].map((r) => reportCsv(r, labels)).join("");
    expect(everything).not.toContain("SECRET-COMMENT");
    expect(everything).not.toContain(target.employees[0]);
    expect(reports.get("2026-10")!.figures.averageRating).not.toBeNull();
  });
});

describe("HR reports: API and tokens", () => {
  const request = (query: string, authorization?: string) =>
    new Request(`http://harbor.test/api/v1/reports/utilisation${query}`, { headers: authorization === undefined ? {} : { authorization } });

  it("reads a token's own tenant only, whatever tenant the request names, and refuses unknown and revoked tokens", async () => {
    const ours = await createReportTenant({ registered: 30, unregistered: 20 });
    const theirs = await createReportTenant({ registered: 30, unregistered: 20 });
    await addSessions(
      theirs,
      theirs.employees.slice(0, 15).map((employeeId, i) => ({ employeeId, startsAt: at(`2026-10-${String(2 + i).padStart(2, "0")}T10:00:00Z`) })),
    );
    await rollUp({ tenantId: theirs.tenant.id }, NOW);
    const hr = actorOf(await createUser({ role: "hr", tenant: ours.tenant }));
    const { id, token } = await createReportToken(hr, { name: "Power BI" });
    const stored = await db().reportApiToken.findUniqueOrThrow({ where: { id } });
    expect(Buffer.from(stored.tokenHash).toString("base64url")).not.toContain(token.slice(4));
    expect(stored.lastChars).toBe(token.slice(-4));

    const scope = await reportScopeOfRequest(request(`?period=2026-10&tenant=${theirs.tenant.id}`, `Bearer ${token}`));
    expect(scope).toEqual({ tenantId: ours.tenant.id });
    // Our tenant has no sessions: the other tenant's 15 must not show through.
    expect((await readUtilisationReport(scope, "2026-10", NOW)).figures.consultations).toBeNull();
    expect((await readUtilisationReport({ tenantId: theirs.tenant.id }, "2026-10", NOW)).figures.consultations).not.toBeNull();
    // HR's session names its own tenant too, whatever the query says.
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

  it("rolls up exactly the tenants whose facts changed (triggers mark them)", async () => {
    const target = await createReportTenant({ registered: 30, unregistered: 20 });
    await rollUp({ tenantId: target.tenant.id }, NOW);
    await db().reportStaleTenant.deleteMany({});
    await addSessions(target, [{ employeeId: target.employees[0]!, startsAt: at("2026-11-02T10:00:00Z") }]);
    expect(await db().reportStaleTenant.findMany({ select: { tenantId: true } })).toEqual([{ tenantId: target.tenant.id }]);
    expect(await rollUpStaleTenants(NOW)).toBe(1);
    expect(await db().reportStaleTenant.count()).toBe(0);
  });

  it("keeps the later of two roll-ups of one tenant when the earlier one finishes last", async () => {
    const target = await createReportTenant({ registered: 30, unregistered: 20 });
    const scope = { tenantId: target.tenant.id };
    const earlier = new Date(NOW.getTime() - 60_000);
    const rollups = () =>
      db().$queryRaw<unknown[]>`SELECT period_key, facts, computed_at FROM report_rollups WHERE scope = ${target.tenant.id} ORDER BY period_key`;
    await rollUp(scope, earlier);
    const old = await rollups();
    await addSessions(target, [{ employeeId: target.employees[0]!, startsAt: at("2026-11-02T10:00:00Z") }]);
    await rollUp(scope, NOW);
    const current = await rollups();
    expect(current).not.toEqual(old);
    // A worker that began reading a minute before the new session finishes after the one that read it.
    await rollUp(scope, earlier);
    expect(await rollups()).toEqual(current);
    expect((await readUtilisationReport(scope, "2026-11", NOW)).asOf).toBe(NOW.toISOString());
  });

  it("opens the dashboard on the current quarter, or the last one while the current is under two weeks old", async () => {
    const target = await createReportTenant({ registered: 30, unregistered: 20 });
    const scope = { tenantId: target.tenant.id };
    const early = at("2026-10-05T12:00:00Z");
    await rollUp(scope, early);
    expect((await readEmployerDashboard(scope, null, { now: early })).report.period).toBe("2026-Q3");
    expect(await readEmployerDashboard(scope, "2019-Q1", { now: early })).toMatchObject({ report: { period: "2026-Q3" }, fellBack: true });
    expect(await codeOf(readEmployerDashboard(scope, "2019-Q1", { now: early, fallBack: false }))).toBe("not_found");
    await rollUp(scope, NOW);
    expect(await readEmployerDashboard(scope, undefined, { now: NOW })).toMatchObject({ report: { period: "2026-Q4" }, fellBack: false });
  });
});
