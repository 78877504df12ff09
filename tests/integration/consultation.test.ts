import { createHash, randomUUID } from "node:crypto";
import { emailsTo } from "../support/sealed-lookups";
import { AccessToken, TokenVerifier } from "livekit-server-sdk";
import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { sqlRows } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { listConversations } from "@/lib/chat/list-conversations";
import { getClientFile } from "@/lib/sessions/get-client-file";
import { clientName, getPracticeAgenda } from "@/lib/sessions/get-practice-agenda";
import { issueCallToken } from "@/lib/sessions/issue-call-token";
import { receiveCallEvent } from "@/lib/sessions/receive-call-event";
import { completeSession, recordNoShow } from "@/lib/sessions/record-outcome";
import { remindOpenSessions } from "@/lib/sessions/remind-open-sessions";
import { readSessionNote, saveSessionNote } from "@/lib/sessions/session-notes";
import { assignHomework } from "@/lib/tasks/assign-homework";
import { completeHomework } from "@/lib/tasks/complete-homework";
import { listMyHomework } from "@/lib/tasks/list-my-homework";
import { codeOf } from "../support/error-code";
import { actorOf, createAppointment, createPsychologist, createTenant, createUser } from "../support/factories";

// A LiveKit deployment as the app sees it: tokens are signed and checked locally, no server needed.
const KEY = "test-key";
const SECRET = "test-secret-that-is-long-enough-to-sign-with";
process.env.LIVEKIT_URL = "ws://127.0.0.1:7999";
process.env.LIVEKIT_API_KEY = KEY;
process.env.LIVEKIT_API_SECRET = SECRET;

const START = new Date("2027-05-10T10:00:00Z");
const at = (minutesFromStart: number) => new Date(START.getTime() + minutesFromStart * 60_000);

async function session(format: "audio" | "video" | "chat" = "video") {
  const tenant = await createTenant();
  const employeeUser = await createUser({ role: "employee", tenant, displayName: "Alex" });
  const { user, profile } = await createPsychologist({ displayName: "Dr Strand" });
  const appointment = await createAppointment({ tenant, employee: employeeUser, psychologist: profile, startsAt: START, minutes: 50, format });
  return { tenant, employee: actorOf(employeeUser), psychologist: actorOf(user), profile, appointment };
}

async function signedEvent(body: object): Promise<{ raw: string; authorization: string }> {
  const raw = JSON.stringify(body);
  const token = new AccessToken(KEY, SECRET);
  token.sha256 = createHash("sha256").update(raw).digest("base64");
  return { raw, authorization: await token.toJwt() };
}

describe("call tokens", () => {
  let s: Awaited<ReturnType<typeof session>>;
  beforeAll(async () => {
    s = await session("video");
  });

  it("are limited per person, atomically: of forty asked at once, thirty are issued", async () => {
    const fresh = await session("video");
    const outcomes = await Promise.all(Array.from({ length: 40 }, () => codeOf(issueCallToken(fresh.employee, fresh.appointment.id, at(0)))));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(30);
    expect(outcomes.filter((o) => o === "rate_limited")).toHaveLength(10);
    // The other participant is counted on their own.
    expect(await codeOf(issueCallToken(fresh.psychologist, fresh.appointment.id, at(0)))).toBe("ok");
  });

  it("come with the session's media key: the same for its two people, another for every session, never inside the LiveKit token", async () => {
    const fresh = await session("video");
    const forEmployee = await issueCallToken(fresh.employee, fresh.appointment.id, at(0));
    const forPsychologist = await issueCallToken(fresh.psychologist, fresh.appointment.id, at(0));
    expect(Buffer.from(forEmployee.mediaKey!, "base64")).toHaveLength(32);
    expect(forPsychologist.mediaKey).toBe(forEmployee.mediaKey);
    const other = await session("video");
    expect((await issueCallToken(other.employee, other.appointment.id, at(0))).mediaKey).not.toBe(forEmployee.mediaKey);
    // LiveKit reads the token; the key is not in it, nor in any form derived from the token's fields.
    const claims = Buffer.from(forEmployee.token.split(".")[1]!, "base64url").toString();
    expect(claims).not.toContain(forEmployee.mediaKey);
    expect(claims).not.toContain(Buffer.from(forEmployee.mediaKey!, "base64").toString("hex"));
  });

  it("are refused to everyone but the session's two participants", async () => {
    const otherEmployee = actorOf(await createUser({ role: "employee", tenant: s.tenant }));
    const otherPsychologist = actorOf((await createPsychologist()).user);
    expect(await codeOf(issueCallToken(otherEmployee, s.appointment.id, at(0)))).toBe("not_found");
    expect(await codeOf(issueCallToken(otherPsychologist, s.appointment.id, at(0)))).toBe("not_found");
    for (const role of ["hr", "tenant_admin", "platform_admin"] as const) {
      const actor = actorOf(await createUser({ role, tenant: role === "platform_admin" ? null : s.tenant }));
      expect(await codeOf(issueCallToken(actor, s.appointment.id, at(0)))).toBe("forbidden");
    }
    expect(await codeOf(issueCallToken(s.employee, "not-a-uuid", at(0)))).toBe("not_found");
  });

  it("are issued only from 10 minutes before the start to 15 minutes after the end", async () => {
    expect(await codeOf(issueCallToken(s.employee, s.appointment.id, at(-11)))).toBe("conflict");
    expect(await codeOf(issueCallToken(s.employee, s.appointment.id, at(-10)))).toBe("ok");
    expect(await codeOf(issueCallToken(s.psychologist, s.appointment.id, at(64)))).toBe("ok");
    expect(await codeOf(issueCallToken(s.psychologist, s.appointment.id, at(65)))).toBe("conflict");
  });

  it("name an opaque room and identity, expire inside the window, and grant what the format needs", async () => {
    const issuedAt = at(-2);
    const call = await issueCallToken(s.employee, s.appointment.id, issuedAt);
    const claims = await new TokenVerifier(KEY, SECRET).verify(call.token, Math.floor(issuedAt.getTime() / 1000) - 60);
    expect(claims.sub).toBe(s.appointment.employeeParticipantId);
    expect(claims.name ?? "").toBe("");
    const text = JSON.stringify(claims);
    for (const personal of ["Alex", "Dr Strand", s.employee.email, s.psychologist.email]) expect(text).not.toContain(personal);
    expect(claims.video).toMatchObject({ roomJoin: true, room: s.appointment.id, canSubscribe: true, canPublish: true, canPublishData: false });
    expect(claims.video?.canPublishSources).toEqual(["microphone", "camera"]);
    // Lives exactly until the window closes: 50 min session + 15 min grace after the start, asked 2 min before it.
    expect(claims.exp! - claims.nbf!).toBe(67 * 60);
    expect(call.expiresAt).toEqual(at(65));
    const psychologistCall = await issueCallToken(s.psychologist, s.appointment.id, issuedAt);
    expect((await new TokenVerifier(KEY, SECRET).verify(psychologistCall.token, 0)).sub).toBe(s.appointment.psychologistParticipantId);
  });

  it("allow only the microphone in an audio session, and none for a chat session", async () => {
    const audio = await session("audio");
    const call = await issueCallToken(audio.employee, audio.appointment.id, at(0));
    const claims = await new TokenVerifier(KEY, SECRET).verify(call.token, 0);
    expect(claims.video?.canPublishSources).toEqual(["microphone"]);
    const chat = await session("chat");
    expect(await codeOf(issueCallToken(chat.employee, chat.appointment.id, at(0)))).toBe("conflict");
  });

  it("are refused once the session is cancelled or recorded", async () => {
    const done = await session("video");
    await db().appointment.update({ where: { id: done.appointment.id }, data: { status: "cancelled" } });
    expect(await codeOf(issueCallToken(done.employee, done.appointment.id, at(0)))).toBe("conflict");
  });
});

describe("LiveKit webhooks", () => {
  it("refuse a body whose signature is missing, wrong, or for another body", async () => {
    const s = await session("video");
    const body = { event: "participant_joined", room: { name: s.appointment.id }, participant: { identity: s.appointment.employeeParticipantId } };
    const { raw, authorization } = await signedEvent(body);
    expect(await codeOf(receiveCallEvent(raw, null))).toBe("unauthenticated");
    const forged = await new AccessToken(KEY, "another-secret-that-is-long-enough-to-sign").toJwt();
    expect(await codeOf(receiveCallEvent(raw, forged))).toBe("unauthenticated");
    expect(await codeOf(receiveCallEvent(raw.replace("participant_joined", "participant_left"), authorization))).toBe("unauthenticated");
    expect((await db().appointment.findUniqueOrThrow({ where: { id: s.appointment.id } })).employeeJoinedAt).toBeNull();
  });

  it("record each side's first join and last leave, and put the session in progress", async () => {
    const s = await session("video");
    const event = (name: string, identity: string, minute: number) =>
      signedEvent({ event: name, room: { name: s.appointment.id }, participant: { identity }, createdAt: String(Math.floor(at(minute).getTime() / 1000)) });
    const e = s.appointment.employeeParticipantId;
    const p = s.appointment.psychologistParticipantId;
    for (const [name, who, minute] of [
      ["participant_joined", p, -3],
      ["participant_joined", e, 1],
      ["participant_left", e, 20],
      ["participant_joined", e, 21],
      ["participant_left", e, 49],
      ["participant_left", p, 50],
    ] as const) {
      const { raw, authorization } = await event(name, who, minute);
      expect(await receiveCallEvent(raw, authorization, at(minute))).toBe("recorded");
    }
    const stranger = await event("participant_joined", randomUUID(), 2);
    expect(await receiveCallEvent(stranger.raw, stranger.authorization, at(2))).toBe("ignored");
    const row = await db().appointment.findUniqueOrThrow({ where: { id: s.appointment.id } });
    expect(row).toMatchObject({
      status: "in_progress",
      psychologistJoinedAt: at(-3),
      employeeJoinedAt: at(1),
      employeeLeftAt: at(49),
      psychologistLeftAt: at(50),
    });
  });
});

describe("recording a session", () => {
  it("completes it with a topic of its direction, only by its psychologist after the start", async () => {
    const s = await session("video");
    expect(await codeOf(completeSession(s.psychologist, s.appointment.id, { topic: "anxiety" }, at(-5)))).toBe("conflict");
    expect(await codeOf(completeSession(s.employee, s.appointment.id, { topic: "anxiety" }, at(55)))).toBe("forbidden");
    expect(await codeOf(completeSession(s.psychologist, s.appointment.id, { topic: "employment_law" }, at(55)))).toBe("bad_request");
    await expect(completeSession(s.psychologist, s.appointment.id, { topic: "nonsense" }, at(55))).rejects.toBeInstanceOf(ZodError);
    await completeSession(s.psychologist, s.appointment.id, { topic: "anxiety" }, at(55));
    expect(await db().appointment.findUniqueOrThrow({ where: { id: s.appointment.id } })).toMatchObject({ status: "completed", topic: "anxiety" });
    expect(await codeOf(recordNoShow(s.psychologist, s.appointment.id, at(56)))).toBe("conflict");
  });

  it("reminds the psychologist once, the next day in their zone, of a session left open", async () => {
    const s = await session("audio");
    const email = s.psychologist.email;
    expect(await remindOpenSessions(new Date("2027-05-10T23:00:00Z"))).toBe(0);
    expect(await remindOpenSessions(new Date("2027-05-11T00:30:00Z"))).toBeGreaterThanOrEqual(1);
    expect(await remindOpenSessions(new Date("2027-05-11T02:00:00Z"))).toBe(0);
    expect(await emailsTo(email)).toHaveLength(1);
    expect(await db().notification.count({ where: { userId: s.psychologist.id, kind: "session.open" } })).toBe(1);
  });
});

describe("private notes", () => {
  it("are readable by their author only, and every read is audited", async () => {
    const s = await session("video");
    const secret = `note-words-${randomUUID()}`;
    await saveSessionNote(s.psychologist, s.appointment.id, { text: `Discussed ${secret}` });
    const before = await db().auditEvent.count({ where: { action: "note.read", actorId: s.psychologist.id } });
    expect((await readSessionNote(s.psychologist, s.appointment.id))?.text).toBe(`Discussed ${secret}`);
    expect(await db().auditEvent.count({ where: { action: "note.read", actorId: s.psychologist.id } })).toBe(before + 1);

    const otherPsychologist = actorOf((await createPsychologist()).user);
    expect(await codeOf(readSessionNote(otherPsychologist, s.appointment.id))).toBe("not_found");
    expect(await codeOf(saveSessionNote(otherPsychologist, s.appointment.id, { text: "overwrite" }))).toBe("not_found");
    expect(await codeOf(readSessionNote(s.employee, s.appointment.id))).toBe("forbidden");
    const admin = actorOf(await createUser({ role: "platform_admin" }));
    expect(await codeOf(readSessionNote(admin, s.appointment.id))).toBe("forbidden");

    const [dump] = await sqlRows<{ text: string }>(Prisma.sql`SELECT string_agg(n::text || encode(n.ciphertext, 'escape'), ' ') AS text FROM session_notes n`);
    expect(dump!.text).not.toContain(secret);
  });
});

describe("homework", () => {
  it("is given by the psychologist, done by the employee with an answer, and seen done by the psychologist", async () => {
    const s = await session("video");
    expect(await codeOf(assignHomework(s.psychologist, s.appointment.id, { title: "Too early" }, at(-30)))).toBe("conflict");
    const { id } = await assignHomework(s.psychologist, s.appointment.id, { title: "Sleep diary", instructions: "Seven nights", dueOn: "2027-05-17" }, at(55));
    const [task] = await listMyHomework(s.employee);
    expect(task).toMatchObject({ id, title: "Sleep diary", instructions: "Seven nights", status: "assigned" });

    const stranger = actorOf(await createUser({ role: "employee", tenant: s.tenant }));
    expect(await codeOf(completeHomework(stranger, id, {}))).toBe("not_found");
    await completeHomework(s.employee, id, { answer: "Slept better on day four" });
    expect(await codeOf(completeHomework(s.employee, id, {}))).toBe("conflict");

    const conversation = await db().conversation.findUniqueOrThrow({
      where: { employeeId_psychologistId: { employeeId: s.employee.id, psychologistId: s.profile.id } },
    });
    const file = await getClientFile(s.psychologist, conversation.id);
    expect(file.homework[0]).toMatchObject({ title: "Sleep diary", status: "done", answer: "Slept better on day four" });
    const otherPsychologist = actorOf((await createPsychologist()).user);
    expect(await codeOf(getClientFile(otherPsychologist, conversation.id))).toBe("not_found");

    const [dump] = await sqlRows<{ text: string }>(
      Prisma.sql`SELECT string_agg(h::text || encode(h.ciphertext, 'escape') || coalesce(encode(h.answer_ciphertext, 'escape'), ''), ' ') AS text FROM homework_tasks h`,
    );
    expect(dump!.text).not.toContain("Sleep diary");
    expect(dump!.text).not.toContain("Slept better");
  });
});

describe("a psychologist's clients", () => {
  it("are one set: everyone who booked with them, counted on the agenda as the clients page lists them", async () => {
    const tenant = await createTenant();
    const { user, profile } = await createPsychologist();
    const psychologist = actorOf(user);
    const employees = await Promise.all([1, 2, 3].map(() => createUser({ role: "employee", tenant })));
    // Two sessions for the first (one person, once), one long ago for the second, one booked ahead for the third; nobody opened a room.
    await createAppointment({ tenant, employee: employees[0]!, psychologist: profile, startsAt: new Date(Date.now() - 7 * 86_400_000) });
    await createAppointment({ tenant, employee: employees[0]!, psychologist: profile, startsAt: new Date(Date.now() - 2 * 86_400_000) });
    await createAppointment({ tenant, employee: employees[1]!, psychologist: profile, startsAt: new Date(Date.now() - 200 * 86_400_000) });
    await createAppointment({ tenant, employee: employees[2]!, psychologist: profile, startsAt: new Date(Date.now() + 3 * 86_400_000) });
    const listed = await listConversations(psychologist);
    expect(listed.map((c) => c.client).sort((a, b) => a.code.localeCompare(b.code))).toEqual(
      employees.map(clientName).sort((a, b) => a.code.localeCompare(b.code)),
    );
    expect((await getPracticeAgenda(psychologist)).clients).toBe(listed.length);
  });
});
