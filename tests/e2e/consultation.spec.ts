/**
 * The consultation itself, in two browsers (employee and psychologist, each with Chromium's fake
 * camera and microphone) against the real LiveKit server `npm start` runs on loopback.
 */
import type { Page } from "@playwright/test";
import { TrackSource } from "livekit-server-sdk";
import { randomBytes } from "node:crypto";
import {
  callMediaKeyOf,
  consultation,
  fixtureDb,
  fixtureLookups,
  livekitRooms,
  otherHarborConsultation,
  outsiderCallToken,
  twoHarborsLivekit,
  type Consultation,
} from "./fixtures";
import { axeViolations } from "./axe";
import { joinAsOutsider, outsiderView } from "./outsider";
import { msg } from "./i18n";
import { currentTotpCode } from "@/lib/second-factor/totp";
import { DEMO_TOTP_SECRET } from "@/tooling/demo/seed-demo-data";
import { DEMO_LOGINS, DEMO_PASSWORD, signIn } from "./helpers";
import { expect, shoot, test } from "./locale";

test.describe.configure({ mode: "serial" });

/** Every peer connection the page opens, so the test can read what was really received. */
async function watchPeerConnections(page: Page) {
  await page.addInitScript(() => {
    const Original = window.RTCPeerConnection;
    const opened: RTCPeerConnection[] = [];
    (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections = opened;
    window.RTCPeerConnection = class extends Original {
      constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
        super(...args);
        opened.push(this);
      }
    };
  });
}

/** What has arrived over WebRTC so far: decoded video frames and audio bytes. */
function received(page: Page): Promise<{ videoFrames: number; audioBytes: number }> {
  return page.evaluate(async () => {
    let videoFrames = 0;
    let audioBytes = 0;
    for (const pc of (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections) {
      if (pc.connectionState === "closed") continue;
      (await pc.getStats()).forEach((s: { type: string; kind?: string; framesDecoded?: number; bytesReceived?: number }) => {
        if (s.type !== "inbound-rtp") return;
        if (s.kind === "video") videoFrames += s.framesDecoded ?? 0;
        if (s.kind === "audio") audioBytes += s.bytesReceived ?? 0;
      });
    }
    return { videoFrames, audioBytes };
  });
}

async function growing(page: Page, what: "videoFrames" | "audioBytes") {
  const before = (await received(page))[what];
  await expect.poll(async () => (await received(page))[what], { timeout: 30_000 }).toBeGreaterThan(before);
}

async function openRoom(newPage: () => Promise<Page>, who: { email: string; password: string }, path: string, baseUrl?: string) {
  const page = await newPage();
  await page.context().grantPermissions(["camera", "microphone"]);
  await watchPeerConnections(page);
  if (baseUrl) {
    // The other Harbor: its own sign-in page (a page of its own context, so the two sessions never meet).
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel(msg("en", "login.email")).fill(who.email);
    await page.getByLabel(msg("en", "login.password")).fill(who.password);
    await page.getByRole("button", { name: msg("en", "login.submit") }).click();
    // Its demo staff have the demo's authenticator key (the only sign-in there, so no code is used twice).
    await page.waitForFunction(() => !location.pathname.startsWith("/login") || document.querySelector('[data-testid="second-factor-step"]'));
    if (await page.getByTestId("second-factor-step").count()) {
      await page.getByLabel(msg("en", "login.code")).fill(currentTotpCode(DEMO_TOTP_SECRET));
      await page.getByRole("button", { name: msg("en", "login.verify") }).click();
    }
  } else await signIn(page, who.email, who.password);
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto(path);
  return page;
}

async function join(page: Page, t: (key: string) => string) {
  await expect(page.getByTestId("device-check")).toBeVisible();
  await expect(page.getByRole("meter", { name: t("call.level") })).toBeVisible();
  await page.getByRole("button", { name: t("call.join") }).click();
  await expect(page.getByTestId("call-stage")).toHaveAttribute("data-state", "connected", { timeout: 30_000 });
}

/** A mark on the page's window: it is gone if the page navigated or reloaded. */
async function markPage(page: Page) {
  await page.evaluate(() => ((window as unknown as { __harborSamePage: boolean }).__harborSamePage = true));
}
function samePage(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __harborSamePage?: boolean }).__harborSamePage === true);
}

async function bothSeeEachOther(a: Page, b: Page) {
  for (const page of [a, b]) {
    await expect(page.getByTestId("call-stage")).toHaveAttribute("data-other", "here", { timeout: 45_000 });
    await expect(page.getByTestId("remote-video")).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId("remote-video").evaluate((v: HTMLVideoElement) => v.videoWidth), { timeout: 30_000 }).toBeGreaterThan(0);
    await growing(page, "videoFrames");
    await growing(page, "audioBytes");
  }
}

/**
 * Five seconds without network; the call comes back by itself. The dropping side says so either way
 * LiveKit takes: resuming the same connection ("Reconnecting…") or, when it gives up, Harbor joining
 * again by itself ("Joining again…"); the other side says the connection dropped (or, once LiveKit
 * has let the participant go, that they left) and waits.
 */
async function dropNetwork(page: Page, t: (key: string) => string, other?: Page) {
  await page.context().setOffline(true);
  await expect(page.getByTestId("call-reconnecting").or(page.getByTestId("call-rejoining"))).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(t("call.reconnecting")).or(page.getByText(t("call.rejoining")))).toBeVisible();
  // LiveKit reports a silent departure after its own timeout, later when the machine is busy with the whole suite.
  if (other) await expect(other.getByTestId("call-stage")).toHaveAttribute("data-other", /dropped|left/, { timeout: 60_000 });
  await page.waitForTimeout(5_000);
  await page.context().setOffline(false);
  await expect(page.getByTestId("call-stage")).toHaveAttribute("data-state", "connected", { timeout: 45_000 });
}

test("a video session: both see and hear each other, survive a dropped connection, chat, and close it with a note and homework", async ({ newPage, t }) => {
  test.setTimeout(240_000);
  const c: Consultation = await consultation("video");
  const employee = await openRoom(newPage, c.employee, `/cabinet/sessions/${c.appointmentId}`);
  const psychologist = await openRoom(newPage, c.psychologist, `/practice/sessions/${c.appointmentId}`);
  await join(psychologist, t);
  await expect(psychologist.getByTestId("call-stage")).toHaveAttribute("data-other", "waiting");
  await expect(psychologist.getByTestId("other-state")).toHaveText(t("call.waiting", { name: c.employee.alias }));
  await markPage(employee);
  await join(employee, t);
  // Right after joining, the employee's network drops for five seconds: nothing navigates (the page
  // used to refresh itself two seconds after joining and land on the browser's offline page).
  await dropNetwork(employee, t);
  await bothSeeEachOther(employee, psychologist);
  await expect(employee.getByTestId("session-header")).toHaveAttribute("data-status", "in_progress", { timeout: 30_000 });
  await expect(employee.getByTestId("call-stage")).toHaveAttribute("data-state", "connected");
  expect(await samePage(employee)).toBe(true);
  await shoot(employee, "video-call-employee");
  await shoot(psychologist, "video-call-psychologist");

  // Mid-call, again: the dropping side says it reconnects, the other side that the connection dropped.
  await dropNetwork(employee, t, psychologist);
  await bothSeeEachOther(employee, psychologist);
  expect(await samePage(employee)).toBe(true);

  // A reload mid-call rejoins without a click, with the devices chosen before; the other side sees them go and come back.
  await employee.reload();
  await expect(employee.getByTestId("call-stage")).toHaveAttribute("data-state", "connected", { timeout: 30_000 });
  await expect(employee.getByTestId("device-check")).toHaveCount(0);
  await bothSeeEachOther(employee, psychologist);

  // Live chat beside the call, with typing and read state.
  const employeeChat = employee.getByTestId("chat");
  const psychologistChat = psychologist.getByTestId("chat");
  await employeeChat.getByLabel(t("chat.message")).fill("Can you hear me well? <script>alert(1)</script> https://example.org/help.");
  await expect(psychologistChat.getByTestId("typing")).not.toBeEmpty();
  await employeeChat.getByRole("button", { name: t("chat.send") }).click();
  await expect(psychologistChat.getByTestId("chat-message").last()).toContainText("<script>alert(1)</script>");
  await expect(psychologistChat.getByRole("link", { name: "https://example.org/help" })).toHaveAttribute("rel", /noopener/);
  await expect(employeeChat.getByTestId("read-marker").last()).toBeVisible();
  await psychologistChat.getByLabel(t("chat.message")).fill("Yes, clearly.");
  await psychologistChat.getByLabel(t("chat.message")).press("Enter");
  await expect(employeeChat.getByTestId("chat-message").last()).toContainText("Yes, clearly.");

  // The server holds the participants by opaque ids only, with the format's publish rights.
  const participants = await (await livekitRooms()).listParticipants(c.appointmentId);
  expect(participants).toHaveLength(2);
  for (const p of participants) {
    expect(p.identity).toMatch(/^[0-9a-f-]{36}$/);
    expect(p.name).toBe("");
  }
  // The psychologist may also share a screen; the employee sends only their camera and microphone.
  expect(participants.map((p) => p.permission?.canPublishSources.length).sort()).toEqual([2, 3]);
  for (const p of participants) expect(p.permission?.canPublishSources.slice(0, 2)).toEqual([TrackSource.MICROPHONE, TrackSource.CAMERA]);

  await psychologist.getByRole("button", { name: t("call.leave") }).click();
  await expect(psychologist.getByRole("button", { name: t("call.rejoin") })).toBeVisible();
  await expect(employee.getByTestId("call-stage")).toHaveAttribute("data-other", "left");
  await expect(employee.getByTestId("other-state")).toHaveText(t("call.otherLeft", { name: c.psychologist.name }));

  // The psychologist closes the session: topic, private note, homework.
  const complete = psychologist.getByTestId("complete-session");
  await complete.getByLabel(t("room.topic")).selectOption("stress_burnout");
  await complete.getByRole("button", { name: t("room.complete") }).click();
  await expect(psychologist.getByTestId("session-header")).toHaveAttribute("data-status", "completed");
  const note = psychologist.getByTestId("note-form");
  await note.getByLabel(t("room.note")).fill("Sleep is the main worry; agreed on a diary.");
  await note.getByRole("button", { name: t("room.saveNote") }).click();
  await expect(psychologist.getByTestId("note-status")).toBeVisible();
  const homework = psychologist.getByTestId("homework-form");
  await homework.getByLabel(t("room.taskTitle")).fill("Sleep diary");
  await homework.getByLabel(t("room.taskInstructions")).fill("Seven nights: bedtime and waking time.");
  await homework.getByRole("button", { name: t("room.assign") }).click();
  await expect(psychologist.getByTestId("homework-status")).toBeVisible();

  // The employee's room learns it at once, without a reload, and says what comes next.
  await expect(employee.getByTestId("session-header")).toHaveAttribute("data-status", "completed");
  await expect(employee.getByTestId("session-ended")).toBeVisible();
  await employee.getByRole("button", { name: t("call.leave") }).click();
  await expect(employee.getByTestId("call-next")).toHaveText(t("call.next.employee"));
  // The end screen: the homework just given, the next session with the same psychologist, the rating.
  const end = employee.getByTestId("session-end");
  await expect(end.getByTestId("homework-item").filter({ hasText: "Sleep diary" })).toBeVisible();
  await expect(end.getByTestId("book-next")).toContainText(t("room.end.bookNext", { name: c.psychologist.name }));
  await expect(end.getByRole("link", { name: t("room.end.rateLink") })).toBeVisible();
  await shoot(employee, "session-end");
  expect(await samePage(employee)).toBe(false); // cleared by the reload above: the mark can tell

  // The employee sees the history and the task, and does it.
  await employee.goto("/cabinet");
  await expect(employee.getByText(t("vocabulary.appointmentStatus.completed")).first()).toBeVisible();
  const task = employee.getByTestId("homework-item").filter({ hasText: "Sleep diary" });
  await task.getByText(t("homework.markDone")).click();
  await task.getByLabel(t("homework.answerOptional")).fill("Done: I slept better from day four.");
  await task.getByRole("button", { name: t("homework.submitDone") }).click();
  await expect(task).toHaveAttribute("data-status", "done");
  await expect(task).toContainText("Done: I slept better from day four.");

  // The psychologist's client view: the session, their note, the task done with its answer.
  await psychologist.getByRole("link", { name: new RegExp(c.employee.alias) }).click();
  await expect(psychologist.getByTestId("client-note")).toContainText("Sleep is the main worry");
  await expect(psychologist.getByTestId("homework-item").filter({ hasText: "Sleep diary" })).toHaveAttribute("data-status", "done");
  await expect(psychologist.getByText("Done: I slept better from day four.")).toBeVisible();
});

/** LiveKit's protocol value for a track encrypted end to end with AES-GCM (Encryption_Type.GCM). */
const GCM = 1;

test("a call only its two people can see and hear: an outsider with a valid LiveKit token decodes no frame, while the right key would", async ({
  newPage,
  t,
}) => {
  test.setTimeout(240_000);
  const c: Consultation = await consultation("video");
  const employee = await openRoom(newPage, c.employee, `/cabinet/sessions/${c.appointmentId}`);
  const psychologist = await openRoom(newPage, c.psychologist, `/practice/sessions/${c.appointmentId}`);
  await join(psychologist, t);
  await join(employee, t);
  await bothSeeEachOther(employee, psychologist);
  for (const page of [employee, psychologist]) await expect(page.getByTestId("call-encrypted")).toContainText(t("call.encrypted"));

  // The psychologist shares a screen (a worksheet): the employee sees it large, the camera moves aside.
  await expect(employee.getByRole("button", { name: t("call.shareScreen") })).toHaveCount(0);
  await psychologist.getByRole("button", { name: t("call.shareScreen") }).click();
  await expect(psychologist.getByTestId("sharing-screen")).toBeVisible();
  await expect(employee.getByTestId("remote-screen")).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => employee.getByTestId("remote-screen").evaluate((v: HTMLVideoElement) => v.videoWidth), { timeout: 30_000 }).toBeGreaterThan(0);
  await shoot(employee, "call-screen-shared");

  // LiveKit's own view of the room: every track the two publish, the screen too, is encrypted end to end.
  const tracks = (await (await livekitRooms()).listParticipants(c.appointmentId)).flatMap((p) => p.tracks);
  expect(tracks.map((track) => track.source).sort()).toEqual(
    [TrackSource.CAMERA, TrackSource.CAMERA, TrackSource.MICROPHONE, TrackSource.MICROPHONE, TrackSource.SCREEN_SHARE].sort(),
  );
  expect(tracks.map((track) => track.encryption)).toEqual([GCM, GCM, GCM, GCM, GCM]);

  // An outsider with a valid token (minted with LiveKit's keys, hidden from the two) and any key
  // but the session's: packets arrive, LiveKit reports the encryption error, no frame is decoded.
  const outsider = await newPage();
  await joinAsOutsider(outsider, { ...(await outsiderCallToken(c.appointmentId)), key: randomBytes(32).toString("base64") });
  await expect.poll(async () => (await outsiderView(outsider)).videoPackets, { timeout: 30_000 }).toBeGreaterThan(100);
  await expect.poll(async () => (await outsiderView(outsider)).encryptionErrors, { timeout: 30_000 }).toBeGreaterThan(0);
  const seen = await outsiderView(outsider);
  expect(seen.audioPackets).toBeGreaterThan(0);
  expect(seen.videoFrames).toBe(0);

  // The control, so the test can fail: the same page with the session's key decodes the frames.
  const withKey = await newPage();
  await joinAsOutsider(withKey, { ...(await outsiderCallToken(c.appointmentId)), key: await callMediaKeyOf(c.appointmentId) });
  await expect.poll(async () => (await outsiderView(withKey)).videoFrames, { timeout: 30_000 }).toBeGreaterThan(10);
  expect((await outsiderView(withKey)).encryptionErrors).toBe(0);
  // The two go on seeing each other.
  await growing(employee, "videoFrames");
  await growing(psychologist, "videoFrames");
  await shoot(employee, "call-encrypted");
});

/** Counts the tones the page starts (the join chime is made with an oscillator, not a sound file). */
async function countTones(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __tones: number };
    w.__tones = 0;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...args: Parameters<OscillatorNode["start"]>) {
      w.__tones += 1;
      return start.apply(this, args);
    };
  });
}
const tones = (page: Page) => page.evaluate(() => (window as unknown as { __tones: number }).__tones);

test("the waiting room knows who is late: the present side is told, the missing side is sent a link, and arriving rings softly @phone", async ({
  newPage,
  t,
}) => {
  test.setTimeout(240_000);
  // Six minutes into the session, nobody there yet.
  const c = await consultation("video", "acme", { startedMinutesAgo: 6 });
  const psychologist = await newPage();
  await countTones(psychologist);
  await psychologist.context().grantPermissions(["camera", "microphone"]);
  await watchPeerConnections(psychologist);
  await signIn(psychologist, c.psychologist.email, c.psychologist.password);
  await expect(psychologist).not.toHaveURL(/\/login/);
  await psychologist.goto(`/practice/sessions/${c.appointmentId}`);
  await expect(psychologist.getByTestId("waiting-room")).toHaveAttribute("data-other-in-call", "false");
  await expect(psychologist.getByTestId("session-clock")).toHaveAttribute("data-phase", "running");
  await expect(psychologist.getByRole("timer")).toContainText(/^(6|7):\d\d/);

  // The psychologist waits in the call: told plainly the employee is late.
  await join(psychologist, t);
  await expect(psychologist.getByTestId("other-late")).toHaveText(t("call.otherLate", { name: c.employee.alias }));

  // Within a minute the employee is sent into the room: an e-mail and a notice in the cabinet.
  const lookups = await fixtureLookups();
  await expect
    .poll(async () => (await lookups.emailsTo(c.employee.email, { subject: msg("en", "email.lateArrival.subject") })).length, { timeout: 120_000 })
    .toBe(1);
  const [email] = await lookups.emailsTo(c.employee.email, { subject: msg("en", "email.lateArrival.subject") });
  expect(email!.textBody).toContain(`/cabinet/sessions/${c.appointmentId}`);
  const employee = await openRoom(newPage, c.employee, "/cabinet");
  await employee
    .getByTestId("notifications")
    .getByRole("link", { name: /expected|ждут/ })
    .click();
  await expect(employee).toHaveURL(new RegExp(`/cabinet/sessions/${c.appointmentId}`));
  // The waiting room says the psychologist is already in the call.
  await expect(employee.getByTestId("waiting-room")).toHaveText(t("call.waitingRoom.otherIn", { name: c.psychologist.name }), { timeout: 30_000 });

  const before = await tones(psychologist);
  await join(employee, t);
  await expect(psychologist.getByTestId("call-stage")).toHaveAttribute("data-other", "here", { timeout: 45_000 });
  await expect(psychologist.getByTestId("other-late")).toHaveCount(0);
  await expect.poll(() => tones(psychologist)).toBeGreaterThan(before);
  await shoot(psychologist, "room-after-late-arrival");
  // The room in a call (clock, lock, share and chime buttons) passes axe on both sides.
  expect(await axeViolations(psychologist), "psychologist's room in a call").toEqual([]);
  expect(await axeViolations(employee), "employee's room in a call").toEqual([]);
});

test("the psychologist says they are running late: the client's open room shows it at once, with the time they now expect them @phone", async ({
  newPage,
  t,
  isMobile,
}) => {
  const c = await consultation("chat", "acme", { startedMinutesAgo: 2 });
  // At phone size the client reads Harbor in Russian, so both languages of the notice are looked at.
  if (isMobile)
    await (await fixtureDb()).user.update({ where: { id: (await (await fixtureLookups()).userByEmail(c.employee.email)).id }, data: { locale: "ru" } });
  const employee = await openRoom(newPage, c.employee, `/cabinet/sessions/${c.appointmentId}`);
  await expect(employee.getByTestId("running-late")).toHaveCount(0);
  await markPage(employee);
  const psychologist = await openRoom(newPage, c.psychologist, `/practice/sessions/${c.appointmentId}`);
  const form = psychologist.getByTestId("running-late-form");
  await form.getByLabel(t("room.runningLate.label")).selectOption("10");
  await form.getByRole("button", { name: t("room.runningLate.tell") }).click();
  await expect(psychologist.getByTestId("running-late-status")).toHaveText(t("outcomes.clientToldLate"));
  // No reload on the client's side: the event stream brings it.
  const notice = employee.getByTestId("running-late");
  await expect(notice).toContainText(c.psychologist.name, { timeout: 10_000 });
  expect(await samePage(employee)).toBe(true);
  await shoot(employee, "room-running-late");
  expect(await axeViolations(employee), "employee's room with the running-late notice").toEqual([]);
  expect(await axeViolations(psychologist), "psychologist's room with the running-late form").toEqual([]);
});

test("the session clock: time together and left, a gentle notice five minutes before the end, then the grace time @phone", async ({ newPage, t }) => {
  const ending = await consultation("chat", "acme", { startedMinutesAgo: 46 });
  const page = await openRoom(newPage, ending.employee, `/cabinet/sessions/${ending.appointmentId}`);
  await expect(page.getByTestId("session-clock")).toHaveAttribute("data-phase", "running");
  await expect(page.getByRole("timer")).toContainText(/^46:\d\d|^47:\d\d/);
  await expect(page.getByTestId("session-ending-soon")).toBeVisible();
  await expect(page.getByTestId("session-ending-soon")).toContainText(/4|3/);
  // The clock moves by itself.
  const shown = await page.getByRole("timer").textContent();
  await expect.poll(() => page.getByRole("timer").textContent(), { timeout: 5_000 }).not.toBe(shown);
  await shoot(page, "session-clock-ending");
  expect(await axeViolations(page), "the room with the clock's notice").toEqual([]);

  const over = await consultation("chat", "acme", { startedMinutesAgo: 52 });
  const psychologist = await openRoom(newPage, over.psychologist, `/practice/sessions/${over.appointmentId}`);
  await expect(psychologist.getByTestId("session-clock")).toHaveAttribute("data-phase", "grace");
  await expect(psychologist.getByRole("timer")).toHaveText(t("room.clock.grace", { minutes: 13 }));
});

test("the end screen books the next session with the same psychologist", async ({ newPage, t }) => {
  // A session that ended twenty minutes ago, with a psychologist who is free all week.
  const c = await consultation("video", "acme", { startedMinutesAgo: 70, openAllWeek: true });
  const db = await fixtureDb();
  // Published only for this journey, so catalogue journeys keep seeing the demo psychologists.
  await db.psychologistProfile.update({ where: { id: c.profileId }, data: { status: "published" } });
  try {
    const employee = await openRoom(newPage, c.employee, `/cabinet/sessions/${c.appointmentId}`);
    const next = employee.getByTestId("session-end").getByTestId("book-next");
    await expect(next).toContainText(t("room.end.bookNext", { name: c.psychologist.name }));
    const times = next.getByRole("link").filter({ hasNotText: t("room.end.allTimes") });
    await expect(times).toHaveCount(3);
    expect(await axeViolations(employee), "the end screen").toEqual([]);
    await times.first().click();
    await expect(employee.getByRole("heading", { level: 1, name: t("book.confirmTitle") })).toBeVisible();
    await employee.getByRole("radio", { name: t("vocabulary.format.video") }).check();
    await employee.getByRole("button", { name: t("book.confirm") }).click();
    await expect(employee.getByTestId("booking-confirmed")).toBeVisible();
    await expect(employee.getByTestId("upcoming-appointments")).toContainText(c.psychologist.name);
    // Add to calendar: the file names no one, only "Harbor appointment" and the room; Google and Outlook get the same.
    const calendar = employee.getByTestId("add-to-calendar");
    const file = await employee.request.get((await calendar.getByRole("link", { name: t("calendar.file") }).getAttribute("href"))!);
    expect(file.headers()["content-type"]).toContain("text/calendar");
    const ics = (await file.text()).replace(/\r\n[ \t]/g, "");
    expect(ics).toMatch(/BEGIN:VEVENT[\s\S]*SUMMARY:[^\n]*[\s\S]*END:VEVENT/);
    expect(ics).toContain("/cabinet/sessions/");
    expect(ics).not.toContain(c.psychologist.name);
    const google = new URL((await calendar.getByRole("link", { name: t("calendar.google") }).getAttribute("href"))!);
    expect(google.hostname).toBe("calendar.google.com");
    expect(google.searchParams.get("dates")).toMatch(/^\d{8}T\d{6}Z\/\d{8}T\d{6}Z$/);
    expect(google.searchParams.get("text")).not.toContain(c.psychologist.name);
  } finally {
    await db.psychologistProfile.update({ where: { id: c.profileId }, data: { status: "hidden" } });
  }
});

test("with the call server unreachable, the room says why the call cannot start and the chat keeps working", async ({ newPage, t }) => {
  const c = await consultation("video");
  const employee = await openRoom(newPage, c.employee, `/cabinet/sessions/${c.appointmentId}`);
  const psychologist = await openRoom(newPage, c.psychologist, `/practice/sessions/${c.appointmentId}`);
  // Everything the employee's browser would send to LiveKit fails, as when its server is down.
  const { url } = await (await employee.request.post(`/api/v1/appointments/${c.appointmentId}/livekit-token`)).json();
  const livekit = new URL(url);
  await employee.routeWebSocket(
    (u) => u.port === livekit.port,
    (ws) => ws.close(),
  );
  await employee.route(
    (u) => u.port === livekit.port,
    (route) => route.abort("connectionrefused"),
  );

  await expect(employee.getByTestId("device-check")).toBeVisible();
  await employee.getByRole("button", { name: t("call.join") }).click();
  await expect(employee.getByTestId("call-problem")).toHaveText(t("call.problems.unreachable"), { timeout: 45_000 });
  await shoot(employee, "call-server-unreachable");

  const employeeChat = employee.getByTestId("chat");
  await employeeChat.getByLabel(t("chat.message")).fill("The call will not start, can we write?");
  await employeeChat.getByRole("button", { name: t("chat.send") }).click();
  await expect(psychologist.getByTestId("chat").getByTestId("chat-message").last()).toContainText("can we write?");
  await psychologist.getByTestId("chat").getByLabel(t("chat.message")).fill("Yes, let us write.");
  await psychologist.getByTestId("chat").getByLabel(t("chat.message")).press("Enter");
  await expect(employeeChat.getByTestId("chat-message").last()).toContainText("Yes, let us write.");
});

test("a chat session: the header follows the session live, and no reply-time hint while it runs", async ({ newPage, t }) => {
  const c = await consultation("chat");
  const employee = await openRoom(newPage, c.employee, `/cabinet/sessions/${c.appointmentId}`);
  const psychologist = await openRoom(newPage, c.psychologist, `/practice/sessions/${c.appointmentId}`);
  await markPage(employee);
  await expect(employee.getByTestId("session-header")).toHaveAttribute("data-status", "booked");
  await expect(employee.getByTestId("chat")).toBeVisible();
  await expect(employee.getByTestId("reply-hint")).toHaveCount(0);
  await employee.getByTestId("chat").getByLabel(t("chat.message")).fill("Hello, I am here.");
  await employee.getByTestId("chat").getByLabel(t("chat.message")).press("Enter");
  for (const page of [employee, psychologist]) {
    await expect(page.getByTestId("session-header")).toHaveAttribute("data-status", "in_progress");
    await expect(page.getByTestId("session-header")).toContainText(t("vocabulary.appointmentStatus.in_progress"));
  }
  expect(await samePage(employee)).toBe(true);
});

test("an audio session publishes no video @phone", async ({ newPage, t }) => {
  test.setTimeout(180_000);
  const c = await consultation("audio");
  const employee = await openRoom(newPage, c.employee, `/cabinet/sessions/${c.appointmentId}`);
  const psychologist = await openRoom(newPage, c.psychologist, `/practice/sessions/${c.appointmentId}`);
  await expect(employee.getByRole("combobox", { name: t("call.camera") })).toHaveCount(0);
  await shoot(employee, "audio-device-check");
  await join(employee, t);
  await join(psychologist, t);
  await growing(employee, "audioBytes");
  await growing(psychologist, "audioBytes");
  await expect(employee.getByRole("button", { name: t("call.cameraOn") })).toHaveCount(0);
  await expect(employee.getByRole("button", { name: t("call.cameraOff") })).toHaveCount(0);
  expect((await received(employee)).videoFrames).toBe(0);
  expect((await received(psychologist)).videoFrames).toBe(0);
  const participants = await (await livekitRooms()).listParticipants(c.appointmentId);
  for (const p of participants) expect(p.permission?.canPublishSources).toEqual([TrackSource.MICROPHONE]);
  await employee.getByRole("button", { name: t("call.mute") }).click();
  await expect(employee.getByRole("button", { name: t("call.unmute") })).toBeVisible();
  await shoot(employee, "audio-call-employee");
  await shoot(psychologist, "audio-call-psychologist");
});

/** The call's buttons stand in one row, and the chat's placeholder is not cut off. */
async function fitsOnOneRow(page: Page) {
  const tops = await page
    .getByTestId("call-controls")
    .getByRole("button")
    .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
  expect(tops.length).toBeGreaterThanOrEqual(3);
  expect(new Set(tops).size, `button tops ${tops.join(", ")}`).toBe(1);
  const placeholder = await page
    .getByTestId("chat")
    .locator("textarea")
    .evaluate((area: HTMLTextAreaElement) => {
      const style = getComputedStyle(area);
      const probe = document.createElement("span");
      probe.style.font = style.font;
      probe.style.whiteSpace = "nowrap";
      probe.style.position = "absolute"; // out of the body's layout, so it is as wide as its text
      probe.style.display = "inline-block";
      probe.textContent = area.placeholder;
      document.body.append(probe);
      const needed = probe.getBoundingClientRect().width;
      probe.remove();
      return { needed, room: area.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
    });
  expect(placeholder.needed).toBeLessThanOrEqual(placeholder.room);
}

test("a video room on a phone: the other's video, one's own preview and the controls fit, in Russian and English @phone", async ({ newPage, t, isMobile }) => {
  test.skip(!isMobile, "the desktop journey above covers the desktop room");
  // Two calls' worth of joining, then the preview moved and the blur's model loaded: more than the default 90 s on a busy 2-core machine.
  test.setTimeout(180_000);
  const c = await consultation("video");
  // The employee reads Harbor in Russian (longer words), the psychologist in English.
  await (await fixtureDb()).user.update({ where: { id: (await (await fixtureLookups()).userByEmail(c.employee.email)).id }, data: { locale: "ru" } });
  const employee = await openRoom(newPage, c.employee, `/cabinet/sessions/${c.appointmentId}`);
  const psychologist = await openRoom(newPage, c.psychologist, `/practice/sessions/${c.appointmentId}`);
  await shoot(employee, "video-device-check");
  await join(employee, (key) => msg("ru", key));
  await join(psychologist, t);
  for (const page of [employee, psychologist]) {
    await expect(page.getByTestId("remote-video")).toBeVisible({ timeout: 30_000 });
    await growing(page, "videoFrames");
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await fitsOnOneRow(page);
  }
  await expect(employee.getByRole("button", { name: msg("ru", "call.leave") })).toBeVisible();
  await shoot(employee, "video-call-employee");
  await shoot(psychologist, "video-call-psychologist");

  // One's own preview moves out of the way: by the arrow keys, and dragged to the corner nearest where it is let go.
  const preview = psychologist.getByTestId("self-preview");
  await expect(preview).toHaveAttribute("data-corner", "bottom-right");
  await preview.focus();
  await psychologist.keyboard.press("ArrowUp");
  await expect(preview).toHaveAttribute("data-corner", "top-right");
  const stage = (await preview.locator("..").boundingBox())!;
  const own = (await preview.boundingBox())!;
  await psychologist.mouse.move(own.x + own.width / 2, own.y + own.height / 2);
  await psychologist.mouse.down();
  await psychologist.mouse.move(stage.x + 30, stage.y + stage.height - 30, { steps: 8 });
  await psychologist.mouse.up();
  await expect(preview).toHaveAttribute("data-corner", "bottom-left");
  const moved = (await preview.boundingBox())!;
  expect(moved.x).toBeLessThan(stage.x + stage.width / 2);

  // Background blur, off until asked: MediaPipe's WebAssembly and the model come from Harbor itself,
  // the camera is replaced by the processed picture, and the other side keeps receiving video.
  const fetched: string[] = [];
  psychologist.on("request", (request) => fetched.push(request.url()));
  const sentVideo = () =>
    psychologist.evaluate(() =>
      (window as unknown as { __peerConnections: RTCPeerConnection[] }).__peerConnections
        .flatMap((pc) => pc.getSenders())
        .filter((sender) => sender.track?.kind === "video")
        .map((sender) => sender.track!.id),
    );
  const camera = await sentVideo();
  const blur = psychologist.getByTestId("background-blur");
  await expect(blur).toHaveAttribute("aria-pressed", "false");
  await blur.click();
  await expect(blur).toHaveAttribute("aria-pressed", "true");
  await expect(blur).toBeEnabled({ timeout: 30_000 });
  await expect(psychologist.getByTestId("blur-failed")).toHaveCount(0);
  await expect.poll(sentVideo, { timeout: 15_000 }).not.toEqual(camera);
  expect(fetched.some((url) => url.endsWith("/call/selfie_segmenter.tflite"))).toBe(true);
  expect(fetched.some((url) => /\/call\/wasm\/vision_wasm_.*internal\.wasm$/.test(url))).toBe(true);
  expect(fetched.filter((url) => !url.startsWith(new URL(psychologist.url()).origin) && !url.startsWith("blob:") && !url.startsWith("data:"))).toEqual([]);
  await growing(employee, "videoFrames");
  await fitsOnOneRow(psychologist);
  await shoot(psychologist, "video-call-blurred");
});

test("two Harbors on one machine both hold calls at once: each on LiveKit ports of its own, checked by its own key", async ({ newPage, t }) => {
  test.setTimeout(180_000);
  const { ours, other } = twoHarborsLivekit();
  expect(ours.url).not.toBe(other.url);
  const { RoomServiceClient } = await import("livekit-server-sdk");
  const http = (url: string) => url.replace(/^ws/, "http");
  // Each server answers its own Harbor's key and refuses the other's: neither can mistake the other for its own.
  await expect(new RoomServiceClient(http(other.url), ours.apiKey, ours.apiSecret).listRooms()).rejects.toThrow();
  await expect(new RoomServiceClient(http(ours.url), other.apiKey, other.apiSecret).listRooms()).rejects.toThrow();

  // A call on each Harbor, both up at the same time.
  const here = await consultation("video");
  const there = await otherHarborConsultation();
  const pages = [
    await openRoom(newPage, here.employee, `/cabinet/sessions/${here.appointmentId}`),
    await openRoom(newPage, here.psychologist, `/practice/sessions/${here.appointmentId}`),
    await openRoom(
      newPage,
      { email: DEMO_LOGINS.employee, password: DEMO_PASSWORD },
      `${there.baseUrl}/cabinet/sessions/${there.appointmentId}`,
      there.baseUrl,
    ),
    await openRoom(
      newPage,
      { email: DEMO_LOGINS.psychologist, password: DEMO_PASSWORD },
      `${there.baseUrl}/practice/sessions/${there.appointmentId}`,
      there.baseUrl,
    ),
  ];
  for (const page of pages) await join(page, t);
  for (const page of pages) await growing(page, "videoFrames");
  expect(await (await livekitRooms()).listParticipants(here.appointmentId)).toHaveLength(2);
  expect(await new RoomServiceClient(http(other.url), other.apiKey, other.apiSecret).listParticipants(there.appointmentId)).toHaveLength(2);
});

test("nobody else reaches a session's room", async ({ newPage }) => {
  const c = await consultation("video");
  const other = await consultation("video");
  const stranger = await newPage();
  await signIn(stranger, other.employee.email, other.employee.password);
  await expect(stranger).not.toHaveURL(/\/login/);
  expect((await stranger.goto(`/cabinet/sessions/${c.appointmentId}`))?.status()).toBe(404);
  const token = await stranger.request.post(`/api/v1/appointments/${c.appointmentId}/livekit-token`);
  expect(token.status()).toBe(404);
  // Nor the conversation: its id comes from the owner's room page.
  const owner = await newPage();
  await signIn(owner, c.employee.email, c.employee.password);
  await expect(owner).not.toHaveURL(/\/login/);
  await owner.goto(`/cabinet/sessions/${c.appointmentId}`);
  await expect(owner.getByTestId("chat")).toBeVisible();
  const conversation = await owner.getByTestId("chat").getAttribute("data-conversation");
  const events = await stranger.request.get(`/api/v1/conversations/${conversation}/events`);
  expect(events.status()).toBe(404);
  expect(events.headers()["content-type"]).toContain("application/problem+json");
  const send = await stranger.request.post(`/api/v1/conversations/${conversation}/messages`, { data: { text: "hi", clientToken: crypto.randomUUID() } });
  expect(send.status()).toBe(404);
  const otherPsychologist = await newPage();
  await signIn(otherPsychologist, other.psychologist.email, other.psychologist.password);
  await expect(otherPsychologist).not.toHaveURL(/\/login/);
  expect((await otherPsychologist.goto(`/practice/sessions/${c.appointmentId}`))?.status()).toBe(404);
  expect((await otherPsychologist.goto(`/cabinet/sessions/${c.appointmentId}`))?.status()).toBe(403);
});
