import { useLocale } from "next-intl";
import { calendarDay, formats } from "@/lib/i18n/format";

type Slot = { start: string; end: string };

/** Free times grouped by the employee's local day. */
export function SlotList({ slots, timeZone, renderSlot }: { slots: Slot[]; timeZone: string; renderSlot?: (slot: Slot, label: string) => React.ReactNode }) {
  const f = formats(useLocale(), timeZone);
  const days = new Map<string, { slot: Slot; time: string }[]>();
  for (const slot of slots) {
    const start = new Date(slot.start);
    const key = calendarDay(start, timeZone);
    days.set(key, [...(days.get(key) ?? []), { slot, time: f.time(start) }]);
  }
  return (
    <ul className="space-y-3" data-testid="slot-list">
      {[...days.entries()].map(([day, daySlots]) => (
        <li key={day}>
          <h3 className="text-sm font-medium text-slate-800">{f.dayHeading(day)}</h3>
          <ul className="mt-1 flex flex-wrap gap-2">
            {daySlots.map(({ slot, time }) => (
              <li key={slot.start}>
                {renderSlot ? renderSlot(slot, time) : <span className="inline-block rounded-md border border-slate-300 px-3 py-1.5 text-sm">{time}</span>}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
