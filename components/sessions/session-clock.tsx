"use client";

/**
 * The session clock both sides see in the room: time together and time left while it runs, a gentle
 * notice five minutes before the end, and after the end how long the call stays open to finish.
 * It follows the browser's clock each second; nothing is rendered on the server, whose time differs.
 */
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { isOpenStatus } from "@/lib/sessions/session-status";
import { sessionClockAt, stopwatch } from "@/lib/sessions/session-clock";
import { useSessionLive } from "./session-live";

/** Shown from an hour before the start; earlier, the header's date and time say enough. */
const SHOWN_FROM_MINUTES_BEFORE = 60;

function everySecond(notify: () => void) {
  const timer = setInterval(notify, 1000);
  return () => clearInterval(timer);
}
const thisSecond = () => Math.floor(Date.now() / 1000) * 1000;

export function SessionClockLine({ startsAt, endsAt, closesAt }: { startsAt: string; endsAt: string; closesAt: string }) {
  const t = useTranslations("room.clock");
  const live = useSessionLive();
  const now = useSyncExternalStore(everySecond, thisSecond, () => null);
  if (now === null || (live && !isOpenStatus(live.status))) return null;
  const clock = sessionClockAt(now, { startsAt: Date.parse(startsAt), endsAt: Date.parse(endsAt), closesAt: Date.parse(closesAt) });
  if (clock.phase === "before" && clock.startsInMinutes > SHOWN_FROM_MINUTES_BEFORE) return null;
  return (
    <div className="space-y-2" data-testid="session-clock" data-phase={clock.phase}>
      <p role="timer" aria-live="off" className="text-sm font-medium text-slate-800 tabular-nums">
        {clock.phase === "before" && t("before", { minutes: clock.startsInMinutes })}
        {clock.phase === "running" && t("running", { elapsed: stopwatch(clock.elapsedSeconds), left: clock.leftMinutes })}
        {clock.phase === "grace" && t("grace", { minutes: clock.closesInMinutes })}
        {clock.phase === "closed" && t("closed")}
      </p>
      {clock.phase === "running" && clock.endingSoon && (
        <p role="status" className="rounded-lg bg-sky-50 p-2 text-sm text-sky-900" data-testid="session-ending-soon">
          {t("endingSoon", { minutes: clock.leftMinutes })}
        </p>
      )}
    </div>
  );
}
