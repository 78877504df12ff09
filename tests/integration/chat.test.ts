import { spawn, type ChildProcess } from "node:child_process";
import { emailsTo } from "../support/sealed-lookups";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { sqlRows } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { countUnread } from "@/lib/chat/count-unread";
import { conversationOfAppointment } from "@/lib/chat/conversation-access";
import { markRead } from "@/lib/chat/mark-read";
import { nudgeUnreadMessages } from "@/lib/chat/nudge-unread";
import { latestMessages } from "@/lib/chat/read-messages";
import { sendMessage } from "@/lib/chat/send-message";
import { codeOf } from "../support/error-code";
import { AppError } from "@/lib/errors";
import { LIMITS } from "@/lib/security/rate-limit";
import { changePassword } from "@/lib/auth/change-password";
import { recordSignOut } from "@/lib/auth/sign-out";
import { actorOf, createAppointment, createPsychologist, createTenant, createUser, TEST_PASSWORD } from "../support/factories";
import { readEvents } from "../support/sse-client";

async function pair() {
  const tenant = await createTenant();
  const employee = await createUser({ role: "employee", tenant });
  const { user, profile } = await createPsychologist();
  const appointment = await createAppointment({ tenant, employee, psychologist: profile, startsAt: new Date(Date.now() - 5 * 60_000), format: "chat" });
  const conversationId = await conversationOfAppointment(actorOf(employee), appointment.id);
  return { tenant, employee: actorOf(employee), psychologist: actorOf(user), appointment, conversationId };
}

const say = (actor: Parameters<typeof sendMessage>[0], conversationId: string, text: string) =>
  sendMessage(actor, conversationId, { text, clientToken: randomUUID() });

describe("chat", () => {
  it("is open to the pair only", async () => {
    const p = await pair();
    const stranger = actorOf(await createUser({ role: "employee", tenant: p.tenant }));
    const otherPsychologist = actorOf((await createPsychologist()).user);
    const hr = actorOf(await createUser({ role: "hr", tenant: p.tenant }));
    expect(await codeOf(say(stranger, p.conversationId, "hello"))).toBe("not_found");
    expect(await codeOf(say(otherPsychologist, p.conversationId, "hello"))).toBe("not_found");
    expect(await codeOf(say(hr, p.conversationId, "hello"))).toBe("forbidden");
    expect(await codeOf(latestMessages(otherPsychologist, p.conversationId))).toBe("not_found");
    await expect(say(p.employee, p.conversationId, "   ")).rejects.toBeInstanceOf(ZodError);
  });

  it("stores a retried send once, and a first message puts the chat session in progress", async () => {
    const p = await pair();
    const clientToken = randomUUID();
    const first = await sendMessage(p.employee, p.conversationId, { text: "Hello, it is me", clientToken });
    const again = await sendMessage(p.employee, p.conversationId, { text: "Hello, it is me", clientToken });
    expect(again.id).toBe(first.id);
    expect(await db().message.count({ where: { conversationId: p.conversationId } })).toBe(1);
    const appointment = await db().appointment.findUniqueOrThrow({ where: { id: p.appointment.id } });
    expect(appointment.status).toBe("in_progress");
    expect(appointment.employeeJoinedAt).not.toBeNull();
    expect((await latestMessages(p.psychologist, p.conversationId)).map((m) => [m.from, m.text])).toEqual([["employee", "Hello, it is me"]]);
  });

  it("stops a sender looping on send, atomically: of forty sent at once, thirty are stored", async () => {
    const p = await pair();
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        say(p.employee, p.conversationId, `loop ${i}`).then(
          () => "ok",
          (e: unknown) => e,
        ),
      ),
    );
    const refused = outcomes.filter((o): o is AppError => o instanceof AppError);
    expect(refused).toHaveLength(40 - LIMITS.chatMessagesPerSender.points);
    expect(refused.every((e) => e.code === "rate_limited" && Number(e.details?.retryAfterSeconds) > 0)).toBe(true);
    expect(await db().message.count({ where: { conversationId: p.conversationId } })).toBe(LIMITS.chatMessagesPerSender.points);
    // The cap is the sender's own: the other side still answers.
    await say(p.psychologist, p.conversationId, "I am here");
  });

  it("keeps no message text in the database", async () => {
    const p = await pair();
    const secret = `private-words-${randomUUID()}`;
    await say(p.employee, p.conversationId, `I want to talk about ${secret}`);
    const [dump] = await sqlRows<{ text: string }>(Prisma.sql`SELECT string_agg(m::text || encode(m.ciphertext, 'escape'), ' ') AS text FROM messages m`);
    expect(dump!.text).not.toContain(secret);
    expect(dump!.text).not.toContain("private-words");
  });

  it("counts unread messages and marks them read up to an id", async () => {
    const p = await pair();
    const a = await say(p.employee, p.conversationId, "one");
    const b = await say(p.employee, p.conversationId, "two");
    expect(await countUnread(p.psychologist)).toBe(2);
    expect(await countUnread(p.employee)).toBe(0);
    expect(await markRead(p.psychologist, p.conversationId, { upTo: a.id })).toEqual({ read: 1 });
    expect(await countUnread(p.psychologist)).toBe(1);
    await markRead(p.psychologist, p.conversationId, { upTo: b.id });
    expect(await countUnread(p.psychologist)).toBe(0);
    // The sender cannot mark their own messages read for the other side.
    const c = await say(p.psychologist, p.conversationId, "three");
    expect(await markRead(p.psychologist, p.conversationId, { upTo: c.id })).toEqual({ read: 0 });
    expect(await countUnread(p.employee)).toBe(1);
  });

  it("e-mails the recipient once, without the message, after 15 minutes unread", async () => {
    const p = await pair();
    const message = await say(p.employee, p.conversationId, "Are you there? My details: secret-detail");
    await say(p.employee, p.conversationId, "Another one");
    const psychologistEmail = p.psychologist.email;
    const sentAt = new Date(message.sentAt);
    // Counted by this psychologist's inbox: other test files leave unread messages of their own.
    await nudgeUnreadMessages(new Date(sentAt.getTime() + 14 * 60_000));
    expect(await emailsTo(psychologistEmail)).toHaveLength(0);
    expect(await nudgeUnreadMessages(new Date(sentAt.getTime() + 16 * 60_000))).toBeGreaterThanOrEqual(1);
    const emails = await emailsTo(psychologistEmail);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.textBody).toContain(`/practice/clients/${p.conversationId}`);
    expect(emails[0]!.textBody).not.toContain("secret-detail");
    expect(emails[0]!.subject).not.toContain("secret-detail");
    await say(p.employee, p.conversationId, "And a third");
    await nudgeUnreadMessages(new Date(Date.now() + 20 * 60_000));
    expect(await emailsTo(psychologistEmail)).toHaveLength(1);
  });
});

describe("when a psychologist usually answers", () => {
  it("is the median reply time of the last 90 days once there are enough replies, with their working days", async () => {
    const p = await pair();
    const conversation = await db().conversation.findUniqueOrThrow({ where: { id: p.conversationId } });
    const { replyHabit, MIN_REPLIES } = await import("@/lib/chat/reply-time");
    expect(await replyHabit(conversation.psychologistId)).toEqual({ medianMinutes: null, workdays: [1, 2, 3, 4, 5, 6, 7] });
    const blob = { keyId: "k", iv: new Uint8Array(12), ciphertext: new Uint8Array(16) };
    for (let i = 0; i < MIN_REPLIES; i++) {
      const asked = new Date(Date.now() - (i + 2) * 86_400_000);
      const delay = [60, 120, 180, 240, 300][i]!;
      await db().message.create({ data: { conversationId: p.conversationId, senderId: p.employee.id, createdAt: asked, ...blob } });
      await db().message.create({
        data: { conversationId: p.conversationId, senderId: p.psychologist.id, createdAt: new Date(asked.getTime() + delay * 60_000), ...blob },
      });
    }
    expect((await replyHabit(conversation.psychologistId)).medianMinutes).toBe(180);
  });
});

describe("the chat's event stream", () => {
  const processes: ChildProcess[] = [];
  const ports: number[] = [];

  function startWebProcess(): Promise<number> {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/support/chat-stream-process.ts"], {
      env: process.env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    processes.push(child);
    return new Promise((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => {
        const port = /listening (\d+)/.exec(chunk.toString())?.[1];
        if (port) resolve(Number(port));
      });
      child.once("exit", (code) => reject(new Error(`the stream process exited with ${code}`)));
    });
  }

  beforeAll(async () => {
    ports.push(...(await Promise.all([startWebProcess(), startWebProcess()])));
  }, 120_000);
  afterAll(() => processes.forEach((child) => child.kill()));

  const url = (port: number, userId: string, conversationId: string) => `http://127.0.0.1:${port}/?user=${userId}&conversation=${conversationId}`;

  it("delivers every message exactly once across a dropped connection and a second web process", async () => {
    const p = await pair();
    const sent: string[] = [];
    const send = async (text: string) => sent.push((await say(p.employee, p.conversationId, text)).id);

    const first = readEvents(url(ports[0]!, p.psychologist.id, p.conversationId));
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (let i = 1; i <= 5; i++) await send(`message ${i}`);
    await first.untilMessages(5);
    await first.close();
    const lastSeen = first.messages().at(-1)!.id!;

    // While nobody listens, more is written; the reconnect goes to the other process.
    for (let i = 6; i <= 8; i++) await send(`message ${i}`);
    const second = readEvents(url(ports[1]!, p.psychologist.id, p.conversationId), { "last-event-id": lastSeen });
    await second.untilMessages(3);
    // Live again, with both sides writing at once.
    await Promise.all([send("message 9"), send("message 10"), say(p.psychologist, p.conversationId, "reply").then((m) => sent.push(m.id))]);
    await second.untilMessages(6);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await second.close();

    const received = [...first.messages(), ...second.messages()].map((e) => e.id!);
    expect(new Set(received).size).toBe(received.length);
    expect([...received].sort()).toEqual([...sent].sort());
    const ids = received.map(BigInt);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
    expect(second.messages().map((e) => JSON.parse(e.data).text)).toContain("reply");
  });

  it("passes typing and read signals to the other side only", async () => {
    const p = await pair();
    const employeeStream = readEvents(url(ports[0]!, p.employee.id, p.conversationId));
    const psychologistStream = readEvents(url(ports[1]!, p.psychologist.id, p.conversationId));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { signalTyping } = await import("@/lib/chat/signal-typing");
    await signalTyping(p.psychologist, p.conversationId);
    const m = await say(p.employee, p.conversationId, "hi");
    await markRead(p.psychologist, p.conversationId, { upTo: m.id });
    // Both streams are shown connected (each received the message) before what one did not receive counts.
    await Promise.all([employeeStream.untilMessages(1), psychologistStream.untilMessages(1)]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(employeeStream.events.map((e) => e.event)).toEqual(expect.arrayContaining(["typing", "read"]));
    expect(psychologistStream.events.map((e) => e.event)).not.toContain("typing");
    expect(psychologistStream.events.map((e) => e.event)).not.toContain("read");
    await Promise.all([employeeStream.close(), psychologistStream.close()]);
  });

  it("tells both sides' open rooms when a session's status changes, whatever changed it", async () => {
    const p = await pair();
    const appointment = p.appointment;
    const streams = [readEvents(url(ports[0]!, p.employee.id, p.conversationId)), readEvents(url(ports[1]!, p.psychologist.id, p.conversationId))];
    await new Promise((resolve) => setTimeout(resolve, 300));
    await say(p.employee, p.conversationId, "here");
    await Promise.all(streams.map((s) => s.untilMessages(1)));
    await db().appointment.update({ where: { id: appointment.id }, data: { status: "completed" } });
    for (const stream of streams) {
      await expect
        .poll(() => stream.events.filter((e) => e.event === "session").map((e) => JSON.parse(e.data)), { timeout: 5_000 })
        .toEqual([
          { appointmentId: appointment.id, status: "in_progress" },
          { appointmentId: appointment.id, status: "completed" },
        ]);
      expect(stream.events.find((e) => e.event === "session")?.id).toBeUndefined();
    }
    await Promise.all(streams.map((s) => s.close()));
  });

  it("tells the client's open room at once when the psychologist is running late, and leaves them a notification", async () => {
    const p = await pair();
    const stream = readEvents(url(ports[0]!, p.employee.id, p.conversationId));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await say(p.psychologist, p.conversationId, "one moment");
    await stream.untilMessages(1);
    const { markRunningLate } = await import("@/lib/sessions/running-late");
    await markRunningLate(p.psychologist, p.appointment.id, { minutes: "10" });
    await expect
      .poll(() => stream.events.filter((e) => e.event === "late").map((e) => JSON.parse(e.data)), { timeout: 5_000 })
      .toEqual([{ appointmentId: p.appointment.id, minutes: 10 }]);
    expect((await db().appointment.findUniqueOrThrow({ where: { id: p.appointment.id } })).psychologistLateMinutes).toBe(10);
    const notice = await db().notification.findFirstOrThrow({ where: { userId: p.employee.id, kind: "session.late" } });
    expect(notice.payload).toMatchObject({ appointmentId: p.appointment.id, minutes: 10 });
    await stream.close();
    // Only the session's own psychologist, only an open session, not before half an hour ahead.
    const other = actorOf((await createPsychologist()).user);
    expect(await codeOf(markRunningLate(other, p.appointment.id, { minutes: 5 }))).toBe("not_found");
    expect(await codeOf(markRunningLate(p.employee, p.appointment.id, { minutes: 5 }))).toBe("forbidden");
    await expect(markRunningLate(p.psychologist, p.appointment.id, { minutes: 90 })).rejects.toBeInstanceOf(ZodError);
    const later = await createAppointment({
      tenant: p.tenant,
      employee: p.employee,
      psychologist: { id: p.appointment.psychologistId },
      startsAt: new Date(Date.now() + 3 * 3_600_000),
    });
    expect(await codeOf(markRunningLate(p.psychologist, later.id, { minutes: 5 }))).toBe("conflict");
    await db().appointment.update({ where: { id: p.appointment.id }, data: { status: "completed" } });
    expect(await codeOf(markRunningLate(p.psychologist, p.appointment.id, { minutes: 5 }))).toBe("conflict");
  });

  it("thirty 'running late' marks sent at once leave the client five notifications and refuse the rest with a clear 429", async () => {
    const p = await pair();
    const { markRunningLate } = await import("@/lib/sessions/running-late");
    const codes = await Promise.all(Array.from({ length: 30 }, (_, i) => codeOf(markRunningLate(p.psychologist, p.appointment.id, { minutes: (i % 30) + 1 }))));
    expect(codes.filter((c) => c === "ok")).toHaveLength(5);
    expect(codes.filter((c) => c === "rate_limited")).toHaveLength(25);
    expect(await db().notification.count({ where: { userId: p.employee.id, kind: "session.late" } })).toBe(5);
  });

  const revocations: [string, (employee: { id: string }, signedInAt: number) => Promise<unknown>][] = [
    [
      "a password change",
      (employee) =>
        changePassword(actorOf({ ...employee, role: "employee", tenantId: null, email: "" }), {
          currentPassword: TEST_PASSWORD,
          newPassword: "a brand new passphrase",
          confirmPassword: "a brand new passphrase",
        }),
    ],
    ["a suspension", (employee) => db().user.update({ where: { id: employee.id }, data: { status: "suspended" } })],
    ["a sign-out", (employee, signedInAt) => recordSignOut({ userId: employee.id, authTimeMs: signedInAt })],
  ];
  for (const [what, revoke] of revocations) {
    it(`stops a stream within 5 seconds of ${what}, before anything more reaches it`, async () => {
      const p = await pair();
      const signedInAt = Date.now() - 2000;
      const stream = readEvents(`${url(ports[0]!, p.employee.id, p.conversationId)}&signedInAt=${signedInAt}`);
      // Connected and delivering first: what it does not receive afterwards then means something.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await say(p.psychologist, p.conversationId, "before");
      await stream.untilMessages(1);
      await revoke(p.employee, signedInAt);
      expect(await stream.endsWithin(5_000)).toBe(true);
      await say(p.psychologist, p.conversationId, "after: must not reach the old session");
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(stream.messages().map((e) => JSON.parse(e.data).text)).toEqual(["before"]);
      await stream.close();
    });
  }

  it("refuses a stream of someone else's conversation", async () => {
    const p = await pair();
    const stranger = await createUser({ role: "employee", tenant: p.tenant });
    const response = await fetch(url(ports[0]!, stranger.id, p.conversationId));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: "errors.chat.notFound" });
  });
});
