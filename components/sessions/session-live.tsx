"use client";

/**
 * What a session's room knows live, shared by its header, its call and its chat: the session's
 * status as the conversation's event stream reports it (the page never reloads to learn it — a reload
 * during a network blip would lose the call), and whether its time has ended, by the clock.
 */
import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { LATE_AFTER_MINUTES } from "@/lib/sessions/session-clock";
import type { SessionRoom } from "@/lib/sessions/get-session-room";
import { isOpenStatus } from "@/lib/sessions/session-status";

export interface SessionLive {
  appointmentId: string;
  /** The session's booked time, in ms since the epoch. */
  startsAt: number;
  endsAt: number;
  status: AppointmentStatus;
  /** The session's time is running and it is still open: the live part, when replies come at once. */
  running: boolean;
  /** Its time is over, or it was closed (completed, missed, cancelled). */
  ended: boolean;
  /** It runs and LATE_AFTER_MINUTES have passed since the start: a side not there by now is late. */
  pastLateMark: boolean;
  /** Called with every status the event stream reports, for any session of the pair. */
  report: (appointmentId: string, status: AppointmentStatus) => void;
  /** The psychologist's "running late": minutes after the start they expect to join, once they said so. */
  psychologistLateMinutes: number | null;
  reportLate: (appointmentId: string, minutes: number) => void;
  /** This person left the call themselves (and has not rejoined): the room shows what comes next. */
  leftCall: boolean;
  setLeftCall: (left: boolean) => void;
  /** This person is in the session's call right now. */
  inCall: boolean;
  setInCall: (inCall: boolean) => void;
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
  lateMinutes = null,
  children,
}: {
  appointmentId: string;
  initialStatus: AppointmentStatus;
  startsAt: string;
  endsAt: string;
  lateMinutes?: number | null;
  children: React.ReactNode;
}) {
  const [status, setStatus] = useState(initialStatus);
  const [psychologistLateMinutes, setLateMinutes] = useState(lateMinutes);
  const [leftCall, setLeftCall] = useState(false);
  const [inCall, setInCall] = useState(false);
  // A server action that changes the status (the psychologist completes the session) renders the page
  // again with the new status: it wins over what the stream said before.
  const [rendered, setRendered] = useState(initialStatus);
  if (rendered !== initialStatus) {
    setRendered(initialStatus);
    setStatus(initialStatus);
  }
  const lateMark = new Date(Date.parse(startsAt) + LATE_AFTER_MINUTES * 60_000).toISOString();
  const now = useNow([startsAt, lateMark, endsAt]);
  const report = useCallback(
    (id: string, next: AppointmentStatus) => {
      if (id === appointmentId) setStatus(next);
    },
    [appointmentId],
  );
  const reportLate = useCallback(
    (id: string, minutes: number) => {
      if (id === appointmentId) setLateMinutes(minutes);
    },
    [appointmentId],
  );
  const value = useMemo<SessionLive>(() => {
    const timeOver = now >= Date.parse(endsAt);
    const open = isOpenStatus(status);
    return {
      appointmentId,
      startsAt: Date.parse(startsAt),
      endsAt: Date.parse(endsAt),
      status,
      running: open && now >= Date.parse(startsAt) && !timeOver,
      ended: !open || timeOver,
      pastLateMark: open && now >= Date.parse(lateMark) && !timeOver,
      report,
      psychologistLateMinutes,
      reportLate,
      leftCall,
      setLeftCall,
      inCall,
      setInCall,
    };
  }, [appointmentId, status, now, startsAt, endsAt, lateMark, report, psychologistLateMinutes, reportLate, leftCall, inCall]);
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

/**
 * Its children once the session is over or this person left its call: the room's "what comes next".
 * Its server-rendered content is fetched again as it appears, so homework given during the session
 * is there (a refresh of the server parts: the page does not reload).
 */
export function WhenSessionOver({ children }: { children: React.ReactNode }) {
  const live = useSessionLive();
  const router = useRouter();
  const shown = Boolean(live && (live.ended || live.leftCall));
  const inCall = live?.inCall ?? false;
  // Not while they are in the call (its grace time runs on); again once they leave it: homework is
  // often given in those minutes.
  useEffect(() => {
    if (shown && !inCall) router.refresh();
  }, [shown, inCall, router]);
  if (!shown) return null;
  return <div data-testid="session-end">{children}</div>;
}

/** The provider for a session's room page, fed from the room as the server read it (both sides' pages use it). */
export function SessionRoomLive({
  room,
  children,
}: {
  room: Pick<SessionRoom, "id" | "status" | "startsAt" | "endsAt" | "psychologistLateMinutes">;
  children: React.ReactNode;
}) {
  return (
    <SessionLiveProvider
      appointmentId={room.id}
      initialStatus={room.status}
      startsAt={new Date(room.startsAt).toISOString()}
      endsAt={new Date(room.endsAt).toISOString()}
      lateMinutes={room.psychologistLateMinutes}
    >
      {children}
    </SessionLiveProvider>
  );
}
