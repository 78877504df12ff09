/**
 * What a calendar app would show for an iCalendar file, read with Mozilla's ical.js (the parser
 * Thunderbird uses): every event's occurrences, the rule expanded with its EXDATEs, in real instants.
 */
import ICAL from "ical.js";

export interface CalendarOccurrence {
  uid: string;
  start: Date;
  end: Date;
  status: string;
}

export function calendarOccurrences(ics: string): CalendarOccurrence[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  // The file's own VTIMEZONE defines its TZID; without registering it, local times would read as floating.
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const occurrences: CalendarOccurrence[] = [];
  for (const component of calendar.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(component);
    const status = String(component.getFirstPropertyValue("status") ?? "CONFIRMED");
    const length = event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime();
    if (!event.isRecurring()) {
      occurrences.push({ uid: event.uid, start: event.startDate.toJSDate(), end: event.endDate.toJSDate(), status });
      continue;
    }
    const expansion = event.iterator();
    for (let next = expansion.next(); next; next = expansion.next()) {
      const start = next.toJSDate();
      occurrences.push({ uid: event.uid, start, end: new Date(start.getTime() + length), status });
    }
  }
  return occurrences.sort((a, b) => a.start.getTime() - b.start.getTime());
}
