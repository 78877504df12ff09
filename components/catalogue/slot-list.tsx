import { DateTime } from "luxon";

/** Free times grouped by the employee's local day. */
export function SlotList({
  slots,
  timeZone,
  renderSlot,
}: {
  slots: { start: string; end: string }[];
  timeZone: string;
  renderSlot?: (slot: { start: string; end: string }, label: string) => React.ReactNode;
}) {
  const days = new Map<string, { label: string; slots: { slot: { start: string; end: string }; time: string }[] }>();
  for (const slot of slots) {
    const local = DateTime.fromISO(slot.start, { zone: timeZone });
    const key = local.toISODate()!;
    if (!days.has(key)) days.set(key, { label: local.setLocale("en-GB").toFormat("cccc d LLLL"), slots: [] });
    days.get(key)!.slots.push({ slot, time: local.toFormat("HH:mm") });
  }
  return (
    <ul className="space-y-3" data-testid="slot-list">
      {[...days.entries()].map(([key, day]) => (
        <li key={key}>
          <h3 className="text-sm font-medium text-slate-800">{day.label}</h3>
          <ul className="mt-1 flex flex-wrap gap-2">
            {day.slots.map(({ slot, time }) => (
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
