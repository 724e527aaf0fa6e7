import { MS_PER_DAY, startOfDay, type WallTime, wallTime } from './time.ts';

/** A half-open period [from, to) of wall-clock time. */
export interface Period {
  from: WallTime;
  to: WallTime;
}

export function monthPeriod(year: number, month: number): Period {
  return { from: wallTime(year, month, 1), to: wallTime(year, month + 1, 1) };
}

export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): Period {
  return { from: wallTime(year, quarter * 3 - 2, 1), to: wallTime(year, quarter * 3 + 1, 1) };
}

export function yearPeriod(year: number): Period {
  return { from: wallTime(year, 1, 1), to: wallTime(year + 1, 1, 1) };
}

/** A range of whole days, `lastDay` inclusive: the period ends at the start of the next day. */
export function dayRangePeriod(firstDay: WallTime, lastDay: WallTime): Period {
  return { from: firstDay, to: lastDay + MS_PER_DAY };
}

function isMonthStart(t: WallTime): boolean {
  return new Date(t).getUTCDate() === 1 && t % MS_PER_DAY === 0;
}

function monthsBetween(a: WallTime, b: WallTime): number {
  const da = new Date(a);
  const db = new Date(b);
  return (db.getUTCFullYear() - da.getUTCFullYear()) * 12 + db.getUTCMonth() - da.getUTCMonth();
}

function addMonths(t: WallTime, months: number): WallTime {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
}

/**
 * The period `steps` of its own length away (back when negative). Whole calendar months (a month,
 * quarter, year or a range of whole months) move by months, so March's previous period is February
 * however many days each has; any other range moves by its length in days.
 */
export function shiftPeriod(p: Period, steps: number): Period {
  if (isMonthStart(p.from) && isMonthStart(p.to)) {
    const months = monthsBetween(p.from, p.to) * steps;
    return { from: addMonths(p.from, months), to: addMonths(p.to, months) };
  }
  const length = (p.to - p.from) * steps;
  return { from: p.from + length, to: p.to + length };
}

/** The period of the same length just before this one (see shiftPeriod). */
export function previousPeriod(p: Period): Period {
  return shiftPeriod(p, -1);
}

/**
 * The same period one year earlier (for year-on-year comparison), time of day kept. 29 February
 * has no twin: as a start it becomes 28 February, as an (exclusive) end 1 March, so a period that
 * holds 29/2 maps onto one that holds 28/2 instead of collapsing to nothing.
 */
export function samePeriodLastYear(p: Period): Period {
  return { from: oneYearEarlier(p.from, 'start'), to: oneYearEarlier(p.to, 'end') };
}

function oneYearEarlier(t: WallTime, side: 'start' | 'end'): WallTime {
  const d = new Date(t);
  const year = d.getUTCFullYear() - 1;
  const month = d.getUTCMonth();
  // The year before a leap year is never one, so 29 February never has a twin.
  const isLeapDay = month === 1 && d.getUTCDate() === 29;
  const day = isLeapDay && side === 'start' ? 28 : d.getUTCDate();
  return Date.UTC(year, month, day) + (t - startOfDay(t));
}

/** Each calendar month that overlaps the period, as its own period clipped to it. */
export function monthsOf(p: Period): Period[] {
  const out: Period[] = [];
  let start = p.from;
  while (start < p.to) {
    const d = new Date(start);
    const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    out.push({ from: start, to: Math.min(next, p.to) });
    start = next;
  }
  return out;
}
