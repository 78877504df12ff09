/** The contract year an instant falls in, in the tenant's time zone. */
import { DateTime } from "luxon";

export interface ContractYear {
  start: Date;
  end: Date;
}

export function contractYearAt(at: Date, contract: { yearStartMonth: number; yearStartDay: number }, timeZone: string): ContractYear {
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  let start = local.set({ month: contract.yearStartMonth, day: contract.yearStartDay }).startOf("day");
  if (start > local) start = start.minus({ years: 1 });
  return { start: start.toJSDate(), end: start.plus({ years: 1 }).toJSDate() };
}
