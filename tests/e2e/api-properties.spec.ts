import fc from "fast-check";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { employeeWithHeldSession, fixtureDb, fixtureLookups } from "./fixtures";
import { signIn, signInAs } from "./helpers";
import { callAction, listServerActions } from "./server-actions";
import { expect, test } from "./locale";

/**
 * Random and hostile input against every JSON route a signed-in person can call: never a 500, and
 * every refusal an RFC 9457 problem (type, title, status, detail) with the response's own status.
 */
const hostileText = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "",
    "null",
    "[]",
    "{",
    '{"a":',
    "\u0000",
    "💥".repeat(500),
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "x".repeat(70_000),
  ),
);
const idLike = fc.oneof(
  fc.uuid(),
  fc.constantFrom("not-a-uuid", "00000000-0000-0000-0000-000000000000", "%00", "..", "1"),
  fc.string({ minLength: 1, maxLength: 40 }),
);
const body = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  hostileText,
  fc
    .record(
      {
        psychologistId: idLike,
        startsAt: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string(),
        ),
        direction: fc.constantFrom("psychology", "legal", "financial", "magic", 7),
        format: fc.constantFrom("chat", "audio", "video", "hologram", null),
        text: hostileText,
        clientToken: idLike,
        name: hostileText,
        challengeId: idLike,
        response: fc.jsonValue(),
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
);

async function expectProblemOrSuccess(response: APIResponse) {
  expect(response.status(), await response.text()).toBeLessThan(500);
  if (response.status() >= 400) {
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    const problem = await response.json();
    expect(problem).toMatchObject({ type: expect.any(String), title: expect.any(String), status: response.status(), detail: expect.any(String) });
  }
}

const post = (request: APIRequestContext, path: string, data: string) =>
  request.post(path, { data, headers: { "content-type": "application/json" }, maxRedirects: 0 });

test("the JSON API answers random and hostile input with a problem, never a 500", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "employee");
  const api = page.request;
  const routes: ((id: string, data: string) => Promise<APIResponse>)[] = [
    (_id, data) => post(api, "/api/v1/appointments", data),
    (id, data) => post(api, `/api/v1/conversations/${encodeURIComponent(id)}/messages`, data),
    (id, data) => post(api, `/api/v1/conversations/${encodeURIComponent(id)}/read`, data),
    (id, data) => post(api, `/api/v1/conversations/${encodeURIComponent(id)}/typing`, data),
    (id, data) => post(api, `/api/v1/appointments/${encodeURIComponent(id)}/livekit-token`, data),
    (_id, data) => post(api, "/api/account/passkeys", data),
    (id) => api.get(`/api/v1/psychologists?${new URLSearchParams({ direction: id, format: id, language: id, topic: id, sort: id, page: id })}`),
    (id) => api.get(`/api/v1/psychologists/${encodeURIComponent(id)}`),
    (id) => api.get(`/api/v1/reports/utilisation?period=${encodeURIComponent(id)}`),
  ];
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 0, max: routes.length - 1 }), idLike, body, async (route, id, data) => {
      await expectProblemOrSuccess(await routes[route]!(id, data));
    }),
    { numRuns: 150 },
  );
});

/** What the employee's account holds that a refused call must not have written. */
async function recordsOf(email: string) {
  const user = await (await fixtureLookups()).userByEmail(email);
  const db = await fixtureDb();
  const of = { employeeId: user.id };
  return {
    status: user.status,
    appointments: await db.appointment.count({ where: of }),
    messages: await db.message.count({ where: { senderId: user.id } }),
    feedback: await db.feedback.count({ where: of }),
    passkeys: await db.passkey.count({ where: { userId: user.id } }),
    authenticators: await db.totpFactor.count({ where: { userId: user.id } }),
  };
}

/** What React would send as an action's arguments: ids, choices, nested junk, and a form of hostile fields. */
const actionArgument = fc.oneof(idLike, hostileText, fc.jsonValue(), fc.constantFrom(null, "approved", "rule", "en", "$K1", "$F1", "$@1"));

test("server actions answer random and hostile arguments and forms with a refusal or a form error, never a 500", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  // An employee of its own: random calls may change its time zone or spend its password attempts.
  const employee = await employeeWithHeldSession();
  await signIn(page, employee.email, employee.password);
  await expect(page).toHaveURL(/\/cabinet/);
  // The public actions count failures per network address, which every journey here shares: they
  // have their own never-a-500 test (refused-actions.spec.ts) with arguments that spend nothing.
  const PUBLIC = ["registerAction", "requestPasswordResetAction", "resetPasswordAction", "answerNpsByLinkAction"];
  const actions = listServerActions().filter((a) => !PUBLIC.includes(a.name));
  const before = await recordsOf(employee.email);
  expect(before).toMatchObject({ status: "active", appointments: 1, messages: 0, feedback: 0 });
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 0, max: actions.length - 1 }),
      fc.array(actionArgument, { maxLength: 4 }),
      fc.dictionary(fc.constantFrom("timeZone", "rating", "comment", "answer", "score", "password", "code", "name", "email", "identifier"), hostileText, {
        maxKeys: 4,
      }),
      async (index, args, form) => {
        const response = await callAction(page.request, actions[index]!, args, { baseURL: baseURL!, form });
        expect(response.status(), `${actions[index]!.name}(${JSON.stringify(args).slice(0, 200)})`).toBeLessThan(500);
      },
    ),
    { numRuns: 150 },
  );
  // No partial writes: random arguments name none of the account's real appointments or messages, so
  // its bookings, messages, reviews and sign-in methods are exactly as they were.
  expect(await recordsOf(employee.email)).toEqual(before);
});
