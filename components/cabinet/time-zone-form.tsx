"use client";

import { useTranslations } from "next-intl";
import { useActionState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { errorOf, FormField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { TimeZoneSelect } from "@/components/ui/time-zone-select";
import { IDLE, type FormState } from "@/lib/forms/form-state";

const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Times are shown in this zone; the device's own zone is offered when it differs. */
export function TimeZoneForm({ action, current }: { action: (s: FormState, f: FormData) => Promise<FormState>; current: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const t = useTranslations("timeZone");
  const device = useSyncExternalStore(
    () => () => {},
    deviceZone,
    () => current,
  );
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2 text-sm">
      <FormField id="tz-timeZone" label={t("showIn")} error={errorOf(state, "timeZone")}>
        {(control) => (
          <TimeZoneSelect
            {...control}
            name="timeZone"
            current={current}
            // A fixed width: the list is filled after the first paint, and must not move the buttons beside it.
            className="block min-h-11 w-72 max-w-full rounded-lg border border-slate-300 bg-white px-3"
          />
        )}
      </FormField>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("save")}
      </Button>
      {device !== current && (
        <Button type="submit" name="timeZone" value={device} variant="ghost" disabled={pending}>
          {t("useDevice", { zone: device.replace(/_/g, " ") })}
        </Button>
      )}
      <div className="basis-full">
        <FormStatus state={state} testId="time-zone-status" />
      </div>
    </form>
  );
}
