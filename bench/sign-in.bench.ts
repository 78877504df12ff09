/**
 * Sign-in through HTTP, as a browser does it: fetch the CSRF token, post the credentials, receive
 * the session cookie. argon2id dominates the cost by design, so this measures how many sign-ins a
 * server process sustains and how long a person waits.
 * Target, against costs measured in the same run: no errors, and p95 within two empty-route round
 * trips at the same concurrency (a sign-in is two requests: the CSRF token, then the credentials)
 * plus clients ÷ cores one-hash times (the clients queue that deep for the cores argon2 runs on).
 */
import { request } from "./support/http-client";
import os from "node:os";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { startHarborServer } from "./support/harbor-server";
import { report, runLoad } from "./support/measure";
import { signInOverHttp } from "./support/sign-in";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const EMAIL = "employee@acme.test";
const PASSWORD = "harbor-demo-2026";

const server = await startHarborServer();
try {
  const signIn = async () => (await signInOverHttp(server.baseUrl, EMAIL, PASSWORD)) !== null;
  if (!(await signIn())) throw new Error("sign-in did not return a session cookie; the benchmark would measure failures");
  await runLoad(2, 2, signIn); // warm-up: JIT, connection pool, argon2 memory
  const result = await runLoad(CLIENTS, SECONDS, signIn);
  const floor = await runLoad(CLIENTS, 5, async () => (await request(`${server.baseUrl}/api/health`)).status === 200);
  const oneHashMs = await medianVerifyMs();
  const cores = os.availableParallelism();
  const targetP95Ms = Math.round(2 * floor.p95 + (CLIENTS / cores) * oneHashMs);
  const met = result.errors === 0 && floor.errors === 0 && result.p95 <= targetP95Ms;
  report(
    "sign-in",
    [
      {
        clients: CLIENTS,
        seconds: result.seconds,
        "sign-ins": result.requests,
        errors: result.errors,
        "per second": result.perSecond,
        "p50 ms": result.p50,
        "p95 ms": result.p95,
        "p99 ms": result.p99,
        "one hash ms": oneHashMs,
        "empty route p95 ms": floor.p95,
      },
    ],
    { clients: CLIENTS, ...result, oneHashMs, emptyRouteP95: floor.p95, cores, targetP95Ms, met },
  );
} finally {
  await server.stop();
}

/** One argon2id verification in this process, as the server does it on every sign-in (median of 15, idle machine). */
async function medianVerifyMs(): Promise<number> {
  const hash = await hashPassword(PASSWORD);
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    await verifyPassword(hash, PASSWORD);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[7]! * 10) / 10;
}
