/** Latency bookkeeping and the output every benchmark shares: a table, then one JSON line. */
export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return 0;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return Math.round(sortedMs[Math.max(0, index)]! * 10) / 10;
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Runs `task` from `clients` concurrent loops for `seconds`, timing each call. */
export async function runLoad(clients: number, seconds: number, task: (client: number) => Promise<boolean>): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < until) {
        const t0 = performance.now();
        const ok = await task(client).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds: Math.round(elapsed * 10) / 10,
    perSecond: Math.round((latencies.length / elapsed) * 10) / 10,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

export function report(name: string, rows: Record<string, string | number>[], figures: Record<string, unknown>): void {
  if (rows.length) {
    const columns = Object.keys(rows[0]!);
    const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
    console.log(`\n${name}`);
    console.log(columns.map((c, i) => c.padEnd(widths[i]!)).join("  "));
    for (const row of rows) console.log(columns.map((c, i) => String(row[c]).padEnd(widths[i]!)).join("  "));
  }
  console.log(JSON.stringify({ benchmark: name, ...figures }));
}
