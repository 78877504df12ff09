"use client";

/**
 * What a session's room knows live, shared by its header, its call and its chat: the session's
 * status as the conversation's event stream reports it (the page never reloads to learn it — a reload
 * during a network blip would lose the call), and whether its time has ended, by the clock.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { isOpenStatus } from "@/lib/sessions/session-status";

export interface SessionLive {
  appointmentId: string;
  status: AppointmentStatus;
  /** The session's time is running and it is still open: the live part, when replies come at once. */
  running: boolean;
  /** Its time is over, or it was closed (completed, missed, cancelled). */
  ended: boolean;
  /** Called with every status the event stream reports, for any session of the pair. */
  report: (appointmentId: string, status: AppointmentStatus) => void;
}

const SessionLiveContext = createContext<SessionLive | null>(null);

/** Null outside a session's room (the conversations pages show the same chat without a session). */
export function useSessionLive(): SessionLive | null {
  return useContext(SessionLiveContext);
}

export function SessionLiveProvider({
  appointmentId,
  initialStatus,
  startsAt,
  endsAt,
  children,
}: {
  appointmentId: string;
  initialStatus: AppointmentStatus;
  startsAt: string;
  endsAt: string;
  children: React.ReactNode;
}) {
  const [status, setStatus] = useState(initialStatus);
  // A server action that changes the status (the psychologist completes the session) renders the page
  // again with the new status: it wins over what the stream said before.
  const [rendered, setRendered] = useState(initialStatus);
  if (rendered !== initialStatus) {
    setRendered(initialStatus);
    setStatus(initialStatus);
  }
  const now = useNow([startsAt, endsAt]);
  const report = useCallback(
    (id: string, next: AppointmentStatus) => {
      if (id === appointmentId) setStatus(next);
    },
    [appointmentId],
  );
  const value = useMemo<SessionLive>(() => {
    const timeOver = now >= Date.parse(endsAt);
    const open = isOpenStatus(status);
    return { appointmentId, status, running: open && now >= Date.parse(startsAt) && !timeOver, ended: !open || timeOver, report };
  }, [appointmentId, status, now, startsAt, endsAt, report]);
  return <SessionLiveContext.Provider value={value}>{children}</SessionLiveContext.Provider>;
}

/** The clock, re-read at each of the given moments as it passes (and every minute besides). */
function useNow(moments: string[]): number {
  const [now, setNow] = useState(() => Date.now());
  const key = moments.join();
  useEffect(() => {
    const timers = key
      .split(",")
      .map((iso) => Date.parse(iso) - Date.now())
      .filter((ms) => ms > 0 && ms < 2 ** 31 - 1)
      .map((ms) => setTimeout(() => setNow(Date.now()), ms + 50));
    const minute = setInterval(() => setNow(Date.now()), 60_000);
    return () => {
      timers.forEach(clearTimeout);
      clearInterval(minute);
    };
  }, [key]);
  return now;
}
