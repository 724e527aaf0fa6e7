import type { WorkCalendar } from '../../src/domain/calendar.ts';
import { dayOf, MS_PER_DAY, startOfDay, type WallTime } from '../../src/domain/time.ts';
import type { Random } from './random.ts';

const HOUR = 3600;
/** Office hours of Vietnamese one-stop desks, in seconds after midnight. */
const SESSIONS: readonly (readonly [number, number])[] = [
  [7 * HOUR, 11 * HOUR + 1800],
  [13 * HOUR, 17 * HOUR],
];
export const CLOSING_SECONDS = 17 * HOUR;

export function secondsIntoDay(t: WallTime): number {
  return Math.floor((t - startOfDay(t)) / 1000);
}

/** Seconds of office hours between `min` and `max` seconds after midnight. */
export function officeSecondsBetween(min: number, max: number): number {
  let total = 0;
  for (const [start, end] of SESSIONS) total += Math.max(0, Math.min(end, max) - Math.max(start, min));
  return total;
}

/** A random office-hours time on `t`'s day with its seconds in [min, max], or null when there is none. */
export function officeTimeBetween(t: WallTime, random: Random, min = 0, max = 86_399): WallTime | null {
  const total = officeSecondsBetween(min, max);
  if (total <= 0) return null;
  let offset = random.next() * total;
  for (const [start, end] of SESSIONS) {
    const lo = Math.max(start, min);
    const span = Math.max(0, Math.min(end, max) - lo);
    if (offset < span) return startOfDay(t) + Math.floor(lo + offset) * 1000;
    offset -= span;
  }
  return null;
}

/** Desks receive more in the morning. */
export function receiptTime(day: WallTime, random: Random): WallTime {
  const [start, end] = random.chance(0.62) ? SESSIONS[0]! : SESSIONS[1]!;
  return startOfDay(day) + Math.floor(start + random.next() * (end - start)) * 1000;
}

export function workingDaysIn(from: WallTime, to: WallTime, calendar: WorkCalendar): WallTime[] {
  const days: WallTime[] = [];
  for (let t = startOfDay(from); t <= to; t += MS_PER_DAY) if (calendar.isWorkingDay(t)) days.push(t);
  return days;
}

const GROWTH_ORIGIN = Date.UTC(2024, 0, 1);
const DAYS_PER_YEAR = 365.25;

/** Relative receipt volume of a working day: yearly growth, busy Mondays, the pre-Tết rush. */
function dayWeight(day: WallTime, random: Random): number {
  const years = (day - GROWTH_ORIGIN) / MS_PER_DAY / DAYS_PER_YEAR;
  const weekday = new Date(day).getUTCDay();
  const weekdayFactor = [0.8, 1.15, 1.05, 1, 1, 0.95, 0.8][weekday]!;
  const month = new Date(day).getUTCMonth();
  const seasonFactor = month === 0 || month === 11 ? 1.08 : 1;
  return (1 + 0.06 * years) * weekdayFactor * seasonFactor * (0.85 + 0.3 * random.next());
}

/** How many dossiers each working day receives, summing exactly to `total` (largest remainder). */
export function allocateReceipts(days: readonly WallTime[], total: number, random: Random): Int32Array {
  const counts = new Int32Array(days.length);
  if (days.length === 0) return counts;
  const weights = days.map((d) => dayWeight(d, random));
  const sum = weights.reduce((a, b) => a + b, 0);
  const remainders: { index: number; fraction: number }[] = [];
  let assigned = 0;
  for (let i = 0; i < days.length; i++) {
    const exact = (total * weights[i]!) / sum;
    counts[i] = Math.floor(exact);
    assigned += counts[i]!;
    remainders.push({ index: i, fraction: exact - counts[i]! });
  }
  remainders.sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (let k = 0; assigned < total; k = (k + 1) % remainders.length, assigned++) {
    counts[remainders[k]!.index]! += 1;
  }
  return counts;
}

export function yyMMdd(t: WallTime): string {
  const d = new Date(dayOf(t) * MS_PER_DAY);
  const y = String(d.getUTCFullYear() % 100).padStart(2, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${y}${m}${String(d.getUTCDate()).padStart(2, '0')}`;
}
