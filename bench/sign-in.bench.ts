/**
 * Sign-in through HTTP, as a browser does it: fetch the CSRF token, post the credentials, receive
 * the session cookie. argon2id dominates the cost by design, so this measures how many sign-ins a
 * server process sustains and how long a person waits.
 */
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
      },
    ],
    { clients: CLIENTS, ...result },
  );
} finally {
  await server.stop();
}
