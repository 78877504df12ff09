"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { BookingState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { errorOf, FieldGroup } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { Notice } from "@/components/ui/notice";
import { useFormats } from "@/lib/i18n/use-formats";
import { useKeptInput } from "@/components/ui/use-kept-input";
import { IDLE } from "@/lib/forms/form-state";

type Option = [value: string, label: string];

/** Confirms a booking (or a move): kind of help and format, then one button. */
export function BookingForm(props: {
  action: (s: BookingState, f: FormData) => Promise<BookingState>;
  directions: Option[];
  formats: Option[];
  lateNotice: string | null;
  rescheduling: boolean;
  profileId: string;
  timeZone: string;
}) {
  const [state, formAction, pending] = useActionState(props.action, IDLE as BookingState);
  const kept = useKeptInput(state);
  const t = useTranslations("book");
  const f = useFormats(props.timeZone);
  return (
    <form action={formAction} {...kept} className="space-y-4">
      <FormStatus state={state} testId="booking-status" />
      {state.slots && state.slots.length > 0 && (
        <div className="space-y-2" data-testid="fresh-slots">
          <p className="text-sm font-medium">{t("freeNow")}</p>
          <ul className="flex flex-wrap gap-2">
            {state.slots.map((slot) => (
              <li key={slot}>
                <Link
                  href={`/catalogue/${props.profileId}/book?start=${encodeURIComponent(slot)}`}
                  className="inline-block min-h-11 rounded-md border border-harbor-600 px-3 py-2 text-sm"
                >
                  {f.dateTime(new Date(slot))}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {!props.rescheduling && (
        <>
          <Choice legend={t("whatHelp")} name="direction" options={props.directions} error={errorOf(state, "direction")} />
          <Choice legend={t("howTalk")} name="format" options={props.formats} error={errorOf(state, "format")} />
        </>
      )}
      {props.lateNotice && (
        <Notice testId="late-notice">
          <p>{props.lateNotice}</p>
          <label className="mt-2 flex min-h-11 items-center gap-2 font-medium">
            <input type="checkbox" name="acceptLateCharge" required className="h-5 w-5 accent-harbor-700" /> {t("acceptLate")}
          </label>
        </Notice>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? t("booking") : props.rescheduling ? t("confirmMove") : t("confirm")}
      </Button>
    </form>
  );
}

function Choice({ legend, name, options, error }: { legend: string; name: string; options: Option[]; error?: string }) {
  return (
    <FieldGroup id={`booking-${name}`} className="" legend={legend} error={error}>
      <div className="mt-1 flex flex-wrap gap-2">
        {options.map(([value, label]) => (
          <label
            key={value}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-3 has-[:checked]:border-harbor-700 has-[:checked]:bg-harbor-50"
          >
            {/* Chosen by the person, never by default: a video call someone did not pick is a bad surprise. Only a single option is preselected. */}
            <input type="radio" name={name} value={value} defaultChecked={options.length === 1} required className="h-5 w-5 accent-harbor-700" />
            {label}
          </label>
        ))}
      </div>
    </FieldGroup>
  );
}
