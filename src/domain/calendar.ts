import { DEFAULT_HOLIDAYS, type HolidayYear } from './holidays.ts';
import { dayOf, MS_PER_DAY, parseIsoDate, type WallTime } from './time.ts';

export interface WorkCalendar {
  isWorkingDay(t: WallTime): boolean;
  /**
   * Working days d with day(from) < d ≤ day(to): a dossier due on Friday and still open on the
   * next Tuesday is 2 working days overdue. Negative (the mirrored count) when `to` is earlier.
   */
  workingDaysBetween(from: WallTime, to: WallTime): number;
  /** The n-th working day after t's day, at t's time of day; n must be a whole number ≥ 0. */
  addWorkingDays(t: WallTime, n: number): WallTime;
  /** t itself when its day is a working day, else the first working day after it, at t's time of day. */
  nextWorkingDay(t: WallTime): WallTime;
}

const FIRST_PRECOMPUTED_YEAR = 2000;
const LAST_PRECOMPUTED_YEAR = 2100;
/** Day number of Monday 1970-01-05 (day 0 was a Thursday). */
const A_MONDAY = 4;

/** Mon–Fri days from a fixed origin up to and including day `d`, ignoring holidays. */
function weekdaysThrough(d: number): number {
  const sinceMonday = d - A_MONDAY;
  const weeks = Math.floor(sinceMonday / 7);
  const dayInWeek = sinceMonday - weeks * 7;
  return weeks * 5 + Math.min(dayInWeek + 1, 5);
}

function isWeekend(d: number): boolean {
  return weekdaysThrough(d) === weekdaysThrough(d - 1);
}

function dayOfIsoDate(text: string, year: number): number {
  const t = parseIsoDate(text);
  if (t === null) throw new RangeError(`Holiday table ${year}: "${text}" is not a yyyy-MM-dd date`);
  return dayOf(t);
}

/**
 * +1 for a weekend day worked, −1 for a weekday off. A day listed both as a holiday and as a
 * working Saturday is a day off: a wrongly kept holiday is the smaller harm than a lost one.
 */
function deltasByDay(years: readonly HolidayYear[]): Map<number, number> {
  const deltas = new Map<number, number>();
  for (const entry of years) {
    for (const text of entry.workingSaturdays) {
      const d = dayOfIsoDate(text, entry.year);
      if (isWeekend(d)) deltas.set(d, 1);
    }
  }
  for (const entry of years) {
    for (const text of entry.holidays) {
      const d = dayOfIsoDate(text, entry.year);
      if (isWeekend(d)) deltas.delete(d);
      else deltas.set(d, -1);
    }
  }
  return deltas;
}

function firstDayOfYear(year: number): number {
  return dayOf(Date.UTC(year, 0, 1));
}

export function createCalendar(years: readonly HolidayYear[] = DEFAULT_HOLIDAYS): WorkCalendar {
  const deltas = deltasByDay(years);
  const listedDays = [...deltas.keys()];
  const firstDay = Math.min(firstDayOfYear(FIRST_PRECOMPUTED_YEAR), ...listedDays);
  const lastDay = Math.max(firstDayOfYear(LAST_PRECOMPUTED_YEAR + 1) - 1, ...listedDays);

  // workingThrough[i] = working days from the weekday origin through day firstDay + i, so any
  // count over an interval is one subtraction.
  const workingThrough = new Int32Array(lastDay - firstDay + 1);
  let totalDelta = 0;
  for (let i = 0; i < workingThrough.length; i++) {
    const d = firstDay + i;
    totalDelta += deltas.get(d) ?? 0;
    workingThrough[i] = weekdaysThrough(d) + totalDelta;
  }

  // Outside the precomputed range there are no listed days, so plain Mon–Fri continues the count.
  const countThrough = (d: number): number => {
    if (d < firstDay) return weekdaysThrough(d);
    if (d > lastDay) return weekdaysThrough(d) + totalDelta;
    return workingThrough[d - firstDay]!;
  };

  const isWorkingDayNumber = (d: number) => countThrough(d) !== countThrough(d - 1);

  /** Smallest day d > start with countThrough(d) ≥ target (target > countThrough(start)). */
  const firstDayReaching = (start: number, target: number): number => {
    let low = start;
    let high = start + (target - countThrough(start)) + 14;
    while (countThrough(high) < target) {
      low = high;
      high += (target - countThrough(high)) * 2 + 14;
    }
    // Invariant: countThrough(low) < target ≤ countThrough(high).
    while (high - low > 1) {
      const mid = low + Math.floor((high - low) / 2);
      if (countThrough(mid) >= target) high = mid;
      else low = mid;
    }
    return high;
  };

  return {
    isWorkingDay: (t) => isWorkingDayNumber(dayOf(t)),
    workingDaysBetween: (from, to) => countThrough(dayOf(to)) - countThrough(dayOf(from)),
    addWorkingDays(t, n) {
      if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays needs a whole n ≥ 0, got ${n}`);
      if (n === 0) return t;
      const start = dayOf(t);
      return t + (firstDayReaching(start, countThrough(start) + n) - start) * MS_PER_DAY;
    },
    nextWorkingDay(t) {
      const start = dayOf(t);
      if (isWorkingDayNumber(start)) return t;
      return t + (firstDayReaching(start, countThrough(start) + 1) - start) * MS_PER_DAY;
    },
  };
}
