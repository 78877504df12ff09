"use client";

import { useTranslations } from "next-intl";
import { useSessionLive } from "./session-live";

/** The header's status, kept current by the room's event stream (booked → in progress → completed). */
export function SessionStatusLine({ details, children }: { details: string[]; children: React.ReactNode }) {
  const tv = useTranslations("vocabulary");
  const live = useSessionLive();
  const status = live?.status;
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2" data-testid="session-header" data-status={status}>
      <p className="text-slate-800">{children}</p>
      <p className="text-sm text-slate-600" aria-live="polite">
        {[status && tv(`appointmentStatus.${status}`), ...details].filter(Boolean).join(" · ")}
      </p>
    </div>
  );
}
