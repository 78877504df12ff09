/**
 * Server actions called as a hostile client would: by another role, on someone else's rows, with
 * arguments the UI never sends, from another site, with an oversized body. Each is a 4xx with
 * nothing changed — never a 500.
 */
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import type { Role } from "@/lib/auth/roles";
import { FIXTURE_PASSWORD, fixtureDb, fixtureLookups, fixtureFactories, pendingReview } from "./fixtures";
import { DEMO_LOGINS, signIn, signInAs } from "./helpers";
import { callAction, listServerActions, serverAction } from "./server-actions";

async function signedInRequest(browser: Browser, role: Role): Promise<APIRequestContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, role);
  return context.request;
}

test.describe("refused server actions", () => {
  test("another role's action is a 403 and changes nothing", async ({ browser, baseURL }) => {
    const db = await fixtureDb();
    const { createPsychologist, createTenant } = await fixtureFactories();
    const { profile } = await createPsychologist({ status: "hidden" });
    const otherTenant = await createTenant();

    const psychologist = await signedInRequest(browser, "psychologist");
    expect((await callAction(psychologist, serverAction("setProfileStatusAction"), [profile.id, "published"], { baseURL: baseURL! })).status()).toBe(403);
    expect((await db.psychologistProfile.findUniqueOrThrow({ where: { id: profile.id } })).status).toBe("hidden");

    const tenantAdmin = await signedInRequest(browser, "tenant_admin");
    expect((await callAction(tenantAdmin, serverAction("setTenantStatusAction"), [otherTenant.id, "suspended"], { baseURL: baseURL! })).status()).toBe(403);
    expect((await db.tenant.findUniqueOrThrow({ where: { id: otherTenant.id } })).status).toBe("active");

    const review = await pendingReview();
    expect((await callAction(tenantAdmin, serverAction("moderateReviewAction"), [review.id, "approved"], { baseURL: baseURL! })).status()).toBe(403);
    expect((await db.feedback.findUniqueOrThrow({ where: { id: review.id } })).reviewStatus).toBe("pending");

    const hr = await signedInRequest(browser, "hr");
    expect((await callAction(hr, serverAction("setTimeZoneAction"), [], { baseURL: baseURL!, form: { timeZone: "Asia/Tokyo" } })).status()).toBe(403);
    expect((await (await fixtureLookups()).userByEmail(DEMO_LOGINS.hr)).timeZone).not.toBe("Asia/Tokyo");
  });

  test("another psychologist's row is a 404 and stays", async ({ browser, baseURL }) => {
    const db = await fixtureDb();
    const { createPsychologist } = await fixtureFactories();
    const { profile } = await createPsychologist({ hours: [[1, 9, 17]], status: "hidden" });
    const rule = await db.availabilityRule.findFirstOrThrow({ where: { profileId: profile.id } });
    const psychologist = await signedInRequest(browser, "psychologist");
    expect((await callAction(psychologist, serverAction("removeAvailabilityAction"), ["rule", rule.id], { baseURL: baseURL! })).status()).toBe(404);
    expect(await db.availabilityRule.count({ where: { id: rule.id } })).toBe(1);
  });

  test("arguments the UI never sends are a 404 before anything runs", async ({ browser, baseURL }) => {
    const db = await fixtureDb();
    const admin = await signedInRequest(browser, "platform_admin");
    const review = await pendingReview();
    const moderate = serverAction("moderateReviewAction");
    for (const args of [
      [review.id, "hacked"],
      ["not-a-uuid", "approved"],
      ["00000000-0000-4000-8000-000000000000", "approved"],
      [{ id: review.id }, "approved"],
    ]) {
      expect((await callAction(admin, moderate, args, { baseURL: baseURL! })).status(), JSON.stringify(args)).toBe(404);
    }
    expect((await db.feedback.findUniqueOrThrow({ where: { id: review.id } })).reviewStatus).toBe("pending");
    const { profile } = await (await fixtureFactories()).createPsychologist({ status: "published" });
    expect((await callAction(admin, serverAction("setProfileStatusAction"), [profile.id, "hacked"], { baseURL: baseURL! })).status()).toBe(404);
    expect((await db.psychologistProfile.findUniqueOrThrow({ where: { id: profile.id } })).status).toBe("published");
  });

  test("a foreign Origin is a 403, an oversized body a 413, no session a 401", async ({ browser, playwright, baseURL }) => {
    const db = await fixtureDb();
    const { createPsychologist } = await fixtureFactories();
    const { profile } = await createPsychologist({ status: "hidden" });
    const admin = await signedInRequest(browser, "platform_admin");
    const publish = serverAction("setProfileStatusAction");
    const fromElsewhere = await callAction(admin, publish, [profile.id, "published"], { baseURL: baseURL!, origin: "https://evil.example" });
    expect(fromElsewhere.status()).toBe(403);
    expect(await fromElsewhere.text()).toContain("another site");
    expect((await db.psychologistProfile.findUniqueOrThrow({ where: { id: profile.id } })).status).toBe("hidden");

    const psychologist = await signedInRequest(browser, "psychologist");
    const upload = serverAction("uploadPhotoAction");
    const huge = await psychologist.post(upload.page, {
      headers: { "next-action": upload.id, origin: baseURL! },
      multipart: { "0": JSON.stringify([null, "$K1"]), _1_photo: { name: "big.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(10 * 1024 * 1024, 1) } },
    });
    expect(huge.status()).toBe(413);

    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await callAction(anonymous, publish, [profile.id, "published"], { baseURL: baseURL! })).status()).toBe(401);
    await anonymous.dispose();
  });

  test("malformed bodies are a 400 with a reason, never a 500, and change nothing", async ({ browser, baseURL }) => {
    const db = await fixtureDb();
    const { createTenant, createUser } = await fixtureFactories();
    const own = await createUser({ role: "employee", tenant: await createTenant() });
    await db.user.update({ where: { id: own.id }, data: { timeZone: "Europe/Berlin" } });
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, own.email, FIXTURE_PASSWORD);
    await expect(page).toHaveURL(/\/cabinet/);
    const employee = context.request;
    const action = serverAction("setTimeZoneAction");
    const timeZone = async () => (await db.user.findUniqueOrThrow({ where: { id: own.id } })).timeZone;
    const headers = { "next-action": action.id, accept: "text/x-component", origin: baseURL! };
    const boundary = "----harbor-e2e";
    const whole = `--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[null,"$K1"]\r\n--${boundary}\r\nContent-Disposition: form-data; name="_1_timeZone"\r\n\r\nAsia/Tokyo\r\n--${boundary}--\r\n`;
    const shapes: [string, string, string | Buffer][] = [
      ["a truncated multipart body", `multipart/form-data; boundary=${boundary}`, whole.slice(0, -20)],
      ["text/plain that is not JSON", "text/plain;charset=UTF-8", "this is not JSON"],
      ["20,000-deep nesting", "text/plain;charset=UTF-8", "[".repeat(20_000) + "]".repeat(20_000)],
      ["a server reference marker", "text/plain;charset=UTF-8", JSON.stringify(["$F1"])],
      ["a promise marker", "text/plain;charset=UTF-8", JSON.stringify([{ then: "$@1" }])],
      ["a Map marker", "text/plain;charset=UTF-8", JSON.stringify(["$Q2"])],
    ];
    for (const [what, contentType, data] of shapes) {
      const response = await employee.post(action.page, { headers: { ...headers, "content-type": contentType }, data, maxRedirects: 0 });
      expect(response.status(), what).toBe(400);
      expect((await response.text()).length, what).toBeGreaterThan(10);
    }
    expect(await timeZone()).toBe("Europe/Berlin");
    // Every journey's forms pass the same check on their way in: it refuses shapes, not actions.
  });

  test("every action, called by every role and by no one with arguments it does not take, is never a 500", async ({ browser, playwright, baseURL }) => {
    test.setTimeout(180_000);
    const actions = listServerActions();
    expect(actions.length).toBeGreaterThan(20);
    const callers: [string, APIRequestContext][] = [["anonymous", await playwright.request.newContext({ baseURL })]];
    for (const role of Object.keys(DEMO_LOGINS) as Role[]) callers.push([role, await signedInRequest(browser, role)]);
    const failures: string[] = [];
    for (const [who, request] of callers) {
      for (const action of actions) {
        for (const args of [[], ["x"], [1, 2, 3, 4, 5, 6]]) {
          const status = (await callAction(request, action, args, { baseURL: baseURL!, raw: true })).status();
          if (status >= 500) failures.push(`${who} ${action.name}(${JSON.stringify(args)}) → ${status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
