/**
 * A conversation as Server-Sent Events. Every message carries its id as the event id, so the
 * browser's automatic reconnect (Last-Event-ID) resumes exactly after the last one it received, on
 * this web process or any other: the stream subscribes first, then reads from that id, and reads
 * again on every signal, one read at a time, sending only ids above the last sent. Nothing is lost
 * and nothing is sent twice. Typing, read and session-status signals carry no id, so they never move
 * the resume point.
 */
import type { Actor } from "@/lib/auth/guard";
import { chatHub, type HubSignal } from "./chat-hub";
import { findOwnConversation } from "./conversation-access";
import { messagesAfter, PAGE_SIZE } from "./read-messages";

const encoder = new TextEncoder();

/** The id to resume after: the larger of the browser's Last-Event-ID and the page's own last message. */
export function resumePoint(...candidates: (string | null | undefined)[]): bigint {
  let point = 0n;
  for (const value of candidates) if (value && /^\d{1,18}$/.test(value) && BigInt(value) > point) point = BigInt(value);
  return point;
}

/**
 * Whether the session the stream was opened with still holds. A stream outlives the request that
 * opened it by hours: it asks before every delivery and at once when sessions end anywhere (after a
 * lost listening connection, the resync re-reads and so asks too), and closes when the answer is no — so a password change, a suspension or a
 * sign-out stops the words reaching a browser that no longer has the right to them.
 */
export type SessionCheck = () => Promise<boolean>;

export async function openMessageStream(
  actor: Actor,
  conversationId: string,
  after: bigint,
  abort: AbortSignal,
  stillSignedIn: SessionCheck,
): Promise<ReadableStream<Uint8Array>> {
  const conversation = await findOwnConversation(actor, conversationId);
  let lastSent = after;
  let closed = false;
  let reading: Promise<void> = Promise.resolve();
  let unsubscribe: () => void = () => undefined;
  let stopBeating: () => void = () => undefined;

  return new ReadableStream<Uint8Array>({
    start: async (controller) => {
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        stopBeating();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      // One check at a time, queued with the reads, so a delivery never overtakes the check before it.
      const check = () => {
        reading = reading
          .then(async () => {
            if (!closed && !(await stillSignedIn().catch(() => false))) close();
          })
          .catch(() => close());
      };
      const readNew = () => {
        reading = reading
          .then(async () => {
            if (!closed && !(await stillSignedIn().catch(() => false))) return close();
            while (!closed) {
              const batch = await messagesAfter(conversation, lastSent);
              for (const message of batch) {
                send(`id: ${message.id}\nevent: message\ndata: ${JSON.stringify(message)}\n\n`);
                lastSent = BigInt(message.id);
              }
              if (batch.length < PAGE_SIZE) return;
            }
          })
          .catch(() => close());
      };
      const onSignal = (signal: HubSignal) => {
        if (signal.k === "x") check();
        else if (signal.k === "m" || signal.k === "resync") readNew();
        else if (signal.k === "s") send(`event: session\ndata: ${JSON.stringify({ appointmentId: signal.a, status: signal.s })}\n\n`);
        else if (signal.k === "l") send(`event: late\ndata: ${JSON.stringify({ appointmentId: signal.a, minutes: signal.m })}\n\n`);
        else if (signal.by !== conversation.side) {
          send(signal.k === "t" ? "event: typing\ndata: {}\n\n" : `event: read\ndata: ${JSON.stringify({ upTo: signal.upTo })}\n\n`);
        }
      };
      abort.addEventListener("abort", close, { once: true });
      send("retry: 2000\n\n");
      const off = await chatHub().subscribe(conversation.id, onSignal);
      if (closed) return off();
      unsubscribe = off;
      stopBeating = chatHub().onHeartbeat(() => send(": keep-alive\n\n"));
      readNew();
    },
    cancel: () => {
      closed = true;
      unsubscribe();
      stopBeating();
    },
  });
}
