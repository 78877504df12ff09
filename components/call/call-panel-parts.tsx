"use client";

/** The call panel's smaller parts: a problem said in words, the call offered once the local server is ready, and why there is no call. */
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { CallProblem } from "@/lib/sessions/call-problems";
import type { CallAvailability } from "@/lib/sessions/get-session-room";
import type { Side } from "@/lib/sessions/session-access";

export function CallProblemNote({ problem }: { problem: { key: CallProblem } | { text: string } | null }) {
  const t = useTranslations("call.problems");
  if (!problem) return null;
  return (
    <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-900" data-testid="call-problem">
      {"text" in problem ? problem.text : t(problem.key)}
    </p>
  );
}

/**
 * While the local call server is still being set up (the first `npm start` builds it), asks every
 * 10 seconds whether it is ready, and then offers the call without a reload.
 */
export function useCallsOnceReady(given: CallAvailability, opensAt: string): CallAvailability {
  const [ready, setReady] = useState<CallAvailability | null>(null);
  useEffect(() => {
    if (given !== "setting-up") return;
    const timer = setInterval(async () => {
      const health = await fetch("/api/health", { cache: "no-store" })
        .then((r) => r.json())
        .catch(() => null);
      if (health?.calls === "configured") {
        clearInterval(timer);
        setReady(Date.now() < Date.parse(opensAt) ? "too-early" : "open");
      }
    }, 10_000);
    return () => clearInterval(timer);
  }, [given, opensAt]);
  return given === "setting-up" && ready ? ready : given;
}

/** No call to join: what happened and, once the session is over, what comes next for this side. */
export function CallEnded({ side, availability }: { side: Side; availability: "not-configured" | "setting-up" | "over" | "closed" | "ended" }) {
  const t = useTranslations("call");
  const over = availability === "ended" || availability === "over" || availability === "closed";
  return (
    <div className="space-y-2 rounded-lg bg-slate-50 p-3 text-sm text-slate-700" data-testid="call-unavailable" data-reason={availability}>
      <p>{t(`unavailable.${availability}`)}</p>
      {over && <p data-testid="call-next">{t(`next.${side}`)}</p>}
    </div>
  );
}
