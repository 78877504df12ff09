/**
 * Every page, route handler and server action found in `app/`, called by each of thirteen kinds of
 * caller, compared cell by cell with the hand-written matrix (tests/support/authorization-matrix.ts).
 * Requests go straight to the server with each caller's session cookie, as a hostile client would.
 */
import { expect, test, type Browser } from "@playwright/test";
import { ACTORS, AUTHORIZATION_MATRIX, type ActorName, type CellRequest, type Outcome, type Scenario } from "../support/authorization-matrix";
import { discoverAppRoutes } from "../support/app-routes";
import { FIXTURE_PASSWORD, fixtureDb, fixtureFactories } from "./fixtures";
import { signIn } from "./helpers";
import { listServerActions } from "./server-actions";

test("every page, route handler and server action in app/ has a row in the authorization matrix", () => {
  const discovered = discoverAppRoutes();
  const rows = Object.keys(AUTHORIZATION_MATRIX).sort();
  expect(
    discovered.filter((route) => !rows.includes(route)),
    "found in app/ without a row",
  ).toEqual([]);
  expect(
    rows.filter((row) => !discovered.includes(row)),
    "rows for nothing in app/",
  ).toEqual([]);
});

interface World {
  scenario: Scenario;
  /** Each caller's Cookie header ("" when signed out). */
  cookies: Record<ActorName, string>;
}

async function buildWorld(browser: Browser): Promise<World> {
  const db = await fixtureDb();
  const { createTenant, createUser, createPsychologist, createAppointment } = await fixtureFactories();
  const [tenant, otherTenant] = [await createTenant(), await createTenant()];
  const { user: psychologistUser, profile } = await createPsychologist({ status: "hidden" });
  const employee = await createUser({ role: "employee", tenant });
  const inThreeDays = new Date(Date.now() + 3 * 24 * 3600_000);
  inThreeDays.setUTCHours(10, 0, 0, 0);
  const appointment = await createAppointment({ tenant, employee, psychologist: profile, startsAt: inThreeDays });
  const second = await createAppointment({ tenant, employee, psychologist: profile, startsAt: new Date(inThreeDays.getTime() + 2 * 3600_000) });
  // Booking opens the pair's conversation (a database trigger does it for rows written directly).
  const conversation = await db.conversation.findUniqueOrThrow({
    where: { employeeId_psychologistId: { employeeId: employee.id, psychologistId: profile.id } },
  });
  const qualification = await db.qualification.findFirstOrThrow({ where: { profileId: profile.id } });
  const catalogue = await db.psychologistProfile.findFirstOrThrow({ where: { status: "published" }, orderBy: { createdAt: "asc" } });
  const suspended = (await createPsychologist({ status: "hidden" })).user;
  const removed = await createUser({ role: "employee", tenant });

  const accounts: Record<Exclude<ActorName, "signedOut">, { id: string; email: string }> = {
    employee,
    sameTenantEmployee: await createUser({ role: "employee", tenant }),
    otherTenantEmployee: await createUser({ role: "employee", tenant: otherTenant }),
    appointmentPsychologist: psychologistUser,
    otherPsychologist: (await createPsychologist({ status: "hidden" })).user,
    hr: await createUser({ role: "hr", tenant }),
    otherTenantHr: await createUser({ role: "hr", tenant: otherTenant }),
    tenantAdmin: await createUser({ role: "tenant_admin", tenant }),
    otherTenantAdmin: await createUser({ role: "tenant_admin", tenant: otherTenant }),
    platformAdmin: await createUser({ role: "platform_admin" }),
    suspendedAccount: suspended,
    removedEmployee: removed,
  };
  const cookies = { signedOut: "" } as Record<ActorName, string>;
  for (const [actor, account] of Object.entries(accounts)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, account.email, FIXTURE_PASSWORD);
    await expect(page, actor).not.toHaveURL(/\/login/);
    cookies[actor as ActorName] = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    await context.close();
  }
  // Both were signed in while they could be; what they hold afterwards is what is tested.
  await db.user.update({ where: { id: suspended.id }, data: { status: "suspended" } });
  const { registryEntryId } = await db.user.findUniqueOrThrow({ where: { id: removed.id } });
  await db.registryEntry.update({ where: { id: registryEntryId! }, data: { status: "removed", removedAt: new Date(Date.now() - 400 * 24 * 3600_000) } });

  return {
    scenario: {
      tenantId: tenant.id,
      tenantSlug: tenant.slug,
      appointmentId: appointment.id,
      psychologistAppointmentId: second.id,
      conversationId: conversation.id,
      catalogueProfileId: catalogue.id,
      ownProfileId: profile.id,
      ownQualificationId: qualification.id,
    },
    cookies,
  };
}

const actionsByName = () => new Map(listServerActions().map((a) => [a.name, a]));

async function send(baseURL: string, request: CellRequest, cookie: string, actions: ReturnType<typeof actionsByName>): Promise<Response> {
  const headers: Record<string, string> = { origin: baseURL, ...(cookie ? { cookie } : {}) };
  if (request.kind === "page") return fetch(baseURL + request.path, { headers: { ...headers, accept: "text/html" }, redirect: "manual" });
  if (request.kind === "http") {
    const body = request.body === undefined ? undefined : typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    const type = typeof request.body === "string" ? "application/octet-stream" : "application/json";
    return fetch(baseURL + request.path, {
      method: request.method,
      headers: { ...headers, ...(body ? { "content-type": type } : {}) },
      body,
      redirect: "manual",
    });
  }
  const action = actions.get(request.name);
  if (!action) throw new Error(`server action ${request.name} is not in the build`);
  const form = new FormData();
  // As React sends a reply: the referenced form's fields ("_<id>_<name>") before the root ("0"), which is decoded on arrival.
  for (const [name, value] of Object.entries(request.form ?? {})) form.set(`_1_${name}`, value);
  form.set("0", JSON.stringify(request.root));
  return fetch(baseURL + action.page, {
    method: "POST",
    headers: { ...headers, "next-action": action.id, accept: "text/x-component" },
    body: form,
    redirect: "manual",
  });
}

function outcomeOf(response: Response): Outcome | `status ${number}` {
  const { status } = response;
  if (status >= 300 && status < 400) return /\/login(\?|$)/.test(response.headers.get("location") ?? "") ? "unauthenticated" : "ok";
  if (status < 300) return "ok";
  if (status === 401) return "unauthenticated";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if ([400, 409, 413, 422, 429].includes(status)) return "invalid";
  return `status ${status}`;
}

/** Runs `work` over `items`, `width` at a time. */
async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

test("the authorization matrix: every route against every caller, zero unexpected outcomes", async ({ browser, baseURL }) => {
  test.setTimeout(600_000);
  const world = await buildWorld(browser);
  const actions = actionsByName();
  const rows = Object.entries(AUTHORIZATION_MATRIX);
  const unexpected: string[] = [];
  let cells = 0;
  const run = async ([route, row]: (typeof rows)[number], actor: ActorName) => {
    const attempt = async () => {
      const answer = await send(baseURL!, row.request(world.scenario), world.cookies[actor], actions);
      // Streams stay open: the status line is the answer; the rest is let go.
      await answer.body?.cancel();
      return answer;
    };
    // A dropped connection or a 5xx is asked once more (a busy CI machine); an answer that is wrong twice is reported.
    let response = await attempt().catch(() => attempt());
    if (response.status >= 500) response = await attempt();
    const got = outcomeOf(response);
    const want = row.expect(actor);
    cells += 1;
    if (got !== want) unexpected.push(`${route} as ${actor}: expected ${want}, got ${got} (${response.status})`);
  };
  // Pages and handlers first; then each caller's actions in the matrix's order (some change the rows they name).
  const reads = rows.filter(([, row]) => row.request(world.scenario).kind !== "action");
  await inParallel(
    reads.flatMap((row) => ACTORS.map((actor) => [row, actor] as const)),
    4,
    ([row, actor]) => run(row, actor),
  );
  const writes = rows.filter(([, row]) => row.request(world.scenario).kind === "action");
  await inParallel([...ACTORS], 4, async (actor) => {
    for (const row of writes) await run(row, actor);
  });

  expect(unexpected, `unexpected cells:\n${unexpected.join("\n")}`).toEqual([]);
  expect(cells).toBe(rows.length * ACTORS.length);
  test.info().annotations.push({ type: "matrix", description: `${rows.length} routes × ${ACTORS.length} callers = ${cells} cells` });
  console.log(`authorization matrix: ${rows.length} routes × ${ACTORS.length} callers = ${cells} cells, ${unexpected.length} unexpected`);
});
