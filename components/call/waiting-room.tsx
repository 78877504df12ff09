"use client";

/**
 * The waiting room's line above the device check: whether the other person is already in the call,
 * or when the session starts. Asked of Harbor every 10 seconds while this side waits (Harbor asks the
 * call server; the page learns nothing else about the room).
 */
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { formats } from "@/lib/i18n/format";

const POLL_MS = 10_000;

function useOtherInCall(appointmentId: string): boolean | null {
  const [inCall, setInCall] = useState<boolean | null>(null);
  useEffect(() => {
    let stopped = false;
    const ask = async () => {
      const answer = await fetch(`/api/v1/appointments/${appointmentId}/presence`, { cache: "no-store" })
        .then((r) => (r.ok ? (r.json() as Promise<{ otherInCall: boolean }>) : null))
        .catch(() => null);
      if (!stopped && answer) setInCall(answer.otherInCall);
    };
    void ask();
    const timer = setInterval(() => void ask(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [appointmentId]);
  return inCall;
}

export function WaitingRoomLine({
  appointmentId,
  otherName,
  startsAt,
  started,
  timeZone,
}: {
  appointmentId: string;
  otherName: string;
  startsAt: number;
  started: boolean;
  timeZone: string;
}) {
  const t = useTranslations("call.waitingRoom");
  const f = formats(useLocale(), timeZone);
  const inCall = useOtherInCall(appointmentId);
  if (inCall === null) return null;
  return (
    <p
      role="status"
      className={`rounded-lg p-3 text-sm ${inCall ? "bg-emerald-50 text-emerald-900" : "bg-slate-50 text-slate-700"}`}
      data-testid="waiting-room"
      data-other-in-call={inCall}
    >
      {inCall ? t("otherIn", { name: otherName }) : t(started ? "otherNotYetStarted" : "otherNotYet", { name: otherName, time: f.time(new Date(startsAt)) })}
    </p>
  );
}
