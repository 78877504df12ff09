"use client";

/**
 * The live state of one conversation in the browser: messages from the page and then from the
 * event stream (EventSource reconnects by itself and resumes after the last event id), the other
 * side's typing and reading, and sending with a client token, so a retry never doubles a message.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ChatMessage } from "@/lib/chat/chat-message";
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import type { Side } from "@/lib/sessions/session-access";

export type Connection = "connecting" | "live" | "reconnecting" | "closed";
export interface Outgoing {
  clientToken: string;
  text: string;
  error: string | null;
}

const TYPING_SHOWN_MS = 4_000;
const TYPING_SENT_EVERY_MS = 2_500;

async function post(url: string, body: unknown): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

async function problemDetail(response: Response, fallback: string): Promise<string> {
  try {
    return (await response.json()).detail ?? fallback;
  } catch {
    return fallback;
  }
}

/** Told of every status change of the pair's sessions that the stream reports (the room's header listens). */
export type SessionStatusListener = (appointmentId: string, status: AppointmentStatus) => void;
export type RunningLateListener = (appointmentId: string, minutes: number) => void;

export function useConversation(
  conversationId: string,
  side: Side,
  initial: ChatMessage[],
  failedText: string,
  onSessionStatus?: SessionStatusListener,
  onRunningLate?: RunningLateListener,
) {
  const base = `/api/v1/conversations/${conversationId}`;
  const [messages, setMessages] = useState(initial);
  const [outgoing, setOutgoing] = useState<Outgoing[]>([]);
  const [connection, setConnection] = useState<Connection>("connecting");
  const [otherTyping, setOtherTyping] = useState(false);
  const [otherReadUpTo, setOtherReadUpTo] = useState<bigint>(0n);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastTypingSent = useRef(0);
  const lastReadSent = useRef<bigint>(0n);
  const sessionListener = useRef(onSessionStatus);
  const lateListener = useRef(onRunningLate);
  useEffect(() => {
    sessionListener.current = onSessionStatus;
    lateListener.current = onRunningLate;
  }, [onSessionStatus, onRunningLate]);

  const add = useCallback((message: ChatMessage) => {
    setMessages((list) => (list.some((m) => m.id === message.id) ? list : [...list, message].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1))));
  }, []);

  useEffect(() => {
    const after = initial.at(-1)?.id ?? "0";
    const source = new EventSource(`${base}/events?after=${after}`);
    source.onopen = () => setConnection("live");
    source.onerror = () => setConnection(source.readyState === EventSource.CLOSED ? "closed" : "reconnecting");
    source.addEventListener("message", (event) => {
      add(JSON.parse(event.data) as ChatMessage);
      setOtherTyping(false);
    });
    source.addEventListener("typing", () => {
      setOtherTyping(true);
      clearTimeout(typingTimer.current);
      typingTimer.current = setTimeout(() => setOtherTyping(false), TYPING_SHOWN_MS);
    });
    source.addEventListener("session", (event) => {
      const { appointmentId, status } = JSON.parse(event.data) as { appointmentId: string; status: AppointmentStatus };
      sessionListener.current?.(appointmentId, status);
    });
    source.addEventListener("late", (event) => {
      const { appointmentId, minutes } = JSON.parse(event.data) as { appointmentId: string; minutes: number };
      lateListener.current?.(appointmentId, minutes);
    });
    source.addEventListener("read", (event) => {
      const upTo = BigInt(JSON.parse(event.data).upTo as string);
      setOtherReadUpTo((current) => (upTo > current ? upTo : current));
    });
    return () => {
      source.close();
      clearTimeout(typingTimer.current);
    };
    // The initial messages only set where the stream starts; it is opened once per conversation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [base, add]);

  // What the other side wrote is marked read while the page is in view.
  useEffect(() => {
    const markRead = () => {
      if (document.visibilityState !== "visible") return;
      const theirs = messages.filter((m) => m.from !== side && !m.readAt);
      const upTo = theirs.reduce((max, m) => (BigInt(m.id) > max ? BigInt(m.id) : max), 0n);
      if (upTo <= lastReadSent.current) return;
      lastReadSent.current = upTo;
      void post(`${base}/read`, { upTo: upTo.toString() });
    };
    markRead();
    document.addEventListener("visibilitychange", markRead);
    return () => document.removeEventListener("visibilitychange", markRead);
  }, [messages, side, base]);

  const send = useCallback(
    async (text: string, clientToken: string = crypto.randomUUID()) => {
      setOutgoing((list) => [...list.filter((o) => o.clientToken !== clientToken), { clientToken, text, error: null }]);
      try {
        const response = await post(`${base}/messages`, { text, clientToken });
        if (!response.ok) throw new Error(await problemDetail(response, failedText));
        add((await response.json()) as ChatMessage);
        setOutgoing((list) => list.filter((o) => o.clientToken !== clientToken));
      } catch (error) {
        const reason = error instanceof TypeError ? failedText : error instanceof Error ? error.message : failedText;
        setOutgoing((list) => list.map((o) => (o.clientToken === clientToken ? { ...o, error: reason } : o)));
      }
    },
    [base, add, failedText],
  );

  const typed = useCallback(() => {
    const now = Date.now();
    if (now - lastTypingSent.current < TYPING_SENT_EVERY_MS) return;
    lastTypingSent.current = now;
    void post(`${base}/typing`, {}).catch(() => undefined);
  }, [base]);

  const readByOther = (message: ChatMessage) => message.from === side && (message.readAt !== null || BigInt(message.id) <= otherReadUpTo);

  return {
    messages,
    outgoing,
    connection,
    otherTyping,
    send,
    typed,
    readByOther,
    discard: (token: string) => setOutgoing((l) => l.filter((o) => o.clientToken !== token)),
  };
}
