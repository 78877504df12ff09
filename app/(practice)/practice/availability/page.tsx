import { ActionButton } from "@/components/ui/action-button";
import Link from "next/link";
import { DateTime } from "luxon";
import { AppShell } from "@/components/layout/app-shell";
import { PRACTICE_NAV } from "@/components/layout/navigation";
import { ExceptionForm, WeeklyHoursForm } from "@/components/practice/availability-forms";
import { Card, EmptyState } from "@/components/ui/card";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { getAvailability } from "@/lib/booking/manage-availability";
import { clockTime, WEEKDAY_NAMES } from "@/lib/format";
import { addExceptionAction, addWeeklyHoursAction, removeAvailabilityAction } from "../actions";

export const metadata = { title: "Availability" };

export default async function AvailabilityPage() {
  const actor = await guardPage(ROUTE_ROLES["/practice/availability"]);
  const availability = await getAvailability(actor);
  const today = DateTime.now().setZone(availability.timeZone).toISODate()!;
  return (
    <AppShell actor={actor} nav={PRACTICE_NAV} title="Availability">
      <p className="text-sm text-slate-700">
        Times are in your time zone, <strong>{availability.timeZone}</strong>, and stay at the same local time when the clocks change. Clients can book{" "}
        {availability.sessionMinutes}-minute sessions with a {availability.bufferMinutes}-minute break between them, at least{" "}
        {availability.minNoticeMinutes / 60} hours ahead.{" "}
        <Link href="/practice/profile" className="font-medium text-harbor-700 underline">
          Change these
        </Link>
        .
      </p>
      <Card title="Weekly hours">
        {availability.rules.length === 0 ? (
          <EmptyState>No weekly hours yet: clients cannot book you until you add some.</EmptyState>
        ) : (
          <ul className="mb-4 divide-y divide-slate-100" data-testid="weekly-hours">
            {availability.rules.map((rule) => (
              <li key={rule.id} className="flex items-center justify-between gap-2 py-2 text-sm">
                <span>
                  <span className="inline-block w-28 font-medium">{WEEKDAY_NAMES[rule.weekday - 1]}</span>
                  {clockTime(rule.startMinute)}–{clockTime(rule.endMinute)}
                </span>
                <ActionButton
                  action={removeAvailabilityAction.bind(null, "rule", rule.id)}
                  variant="ghost"
                  ariaLabel={`Remove ${WEEKDAY_NAMES[rule.weekday - 1]} ${clockTime(rule.startMinute)}–${clockTime(rule.endMinute)}`}
                  label="Remove"
                />
              </li>
            ))}
          </ul>
        )}
        <WeeklyHoursForm action={addWeeklyHoursAction} />
      </Card>
      <Card title="Days off and extra hours">
        {availability.exceptions.length === 0 ? (
          <EmptyState>No changes planned.</EmptyState>
        ) : (
          <ul className="mb-4 divide-y divide-slate-100" data-testid="exceptions">
            {availability.exceptions.map((e) => (
              <li key={e.id} className="flex items-center justify-between gap-2 py-2 text-sm">
                <span>
                  <span className="font-medium">{DateTime.fromJSDate(e.date, { zone: "utc" }).setLocale("en-GB").toFormat("ccc d LLL yyyy")}</span> ·{" "}
                  {e.kind === "unavailable" ? "Time off" : "Extra hours"} ·{" "}
                  {e.startMinute === null ? "whole day" : `${clockTime(e.startMinute)}–${clockTime(e.endMinute!)}`}
                </span>
                <ActionButton action={removeAvailabilityAction.bind(null, "exception", e.id)} variant="ghost" label="Remove" />
              </li>
            ))}
          </ul>
        )}
        <ExceptionForm action={addExceptionAction} today={today} />
      </Card>
    </AppShell>
  );
}
