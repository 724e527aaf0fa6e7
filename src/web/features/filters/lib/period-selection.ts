import type { DayRange } from '../../../../api/query.ts';
import {
  dayRangePeriod,
  monthPeriod,
  type Period,
  previousPeriod,
  quarterPeriod,
  samePeriodLastYear,
  shiftPeriod,
  yearPeriod,
} from '../../../../domain/period.ts';
import { isoDate, MS_PER_DAY, parseIsoDate } from '../../../../domain/time.ts';

/** What the period picker chose. It lives in the URL as `period=` (see `periodParam`). */
export type PeriodSelection =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'year'; year: number }
  | { kind: 'custom'; from: string; to: string };

export type PeriodKind = PeriodSelection['kind'];

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

const validYear = (y: number) => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;

/**
 * The URL form: `2025-03` (month), `2025-Q1` (quarter), `2025` (year), `2025-01-01_2025-03-15`
 * (custom, both days counted). Short and readable in a shared link.
 */
export function periodParam(s: PeriodSelection): string {
  switch (s.kind) {
    case 'month':
      return `${s.year}-${String(s.month).padStart(2, '0')}`;
    case 'quarter':
      return `${s.year}-Q${s.quarter}`;
    case 'year':
      return String(s.year);
    case 'custom':
      return `${s.from}_${s.to}`;
  }
}

/** Reads `periodParam`'s form back; null for anything else (the page then uses its default). */
export function parsePeriodParam(text: string | null): PeriodSelection | null {
  if (!text) return null;
  let m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return validYear(year) && month >= 1 && month <= 12 ? { kind: 'month', year, month } : null;
  }
  m = /^(\d{4})-Q([1-4])$/i.exec(text);
  if (m) {
    const year = Number(m[1]);
    return validYear(year) ? { kind: 'quarter', year, quarter: Number(m[2]) as 1 | 2 | 3 | 4 } : null;
  }
  m = /^(\d{4})$/.exec(text);
  if (m) {
    const year = Number(m[1]);
    return validYear(year) ? { kind: 'year', year } : null;
  }
  m = /^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$/.exec(text);
  if (m) {
    const from = parseIsoDate(m[1]!);
    const to = parseIsoDate(m[2]!);
    if (from === null || to === null || to < from) return null;
    if (!validYear(new Date(from).getUTCFullYear()) || !validYear(new Date(to).getUTCFullYear())) return null;
    return { kind: 'custom', from: m[1]!, to: m[2]! };
  }
  return null;
}

/** The selection as the domain's half-open period. */
export function periodOf(s: PeriodSelection): Period {
  switch (s.kind) {
    case 'month':
      return monthPeriod(s.year, s.month);
    case 'quarter':
      return quarterPeriod(s.year, s.quarter);
    case 'year':
      return yearPeriod(s.year);
    case 'custom':
      return dayRangePeriod(parseIsoDate(s.from)!, parseIsoDate(s.to)!);
  }
}

/** A domain period as the API's inclusive day range. */
export function dayRangeOf(p: Period): DayRange {
  return { from: isoDate(p.from), to: isoDate(p.to - MS_PER_DAY) };
}

/** The selection as the API's `from`/`to`. */
export function rangeOf(s: PeriodSelection): DayRange {
  return dayRangeOf(periodOf(s));
}

/** The period of the same length just before (February before March, Q4 before Q1). */
export function previousRangeOf(s: PeriodSelection): DayRange {
  return dayRangeOf(previousPeriod(periodOf(s)));
}

/** The same period a year earlier. */
export function lastYearRangeOf(s: PeriodSelection): DayRange {
  return dayRangeOf(samePeriodLastYear(periodOf(s)));
}

/** The month holding a `yyyy-MM-dd…` time (the data's as-of date): the dashboards' default period. */
export function monthOfDay(isoDay: string): PeriodSelection {
  return { kind: 'month', year: Number(isoDay.slice(0, 4)), month: Number(isoDay.slice(5, 7)) };
}

/**
 * The selection shifted by `steps` of its own kind (months, quarters, years); a custom range moves as
 * shiftPeriod moves it (by months when it spans whole months, else by its length in days). Backs the
 * picker's previous/next buttons.
 */
export function shiftSelection(s: PeriodSelection, steps: number): PeriodSelection {
  switch (s.kind) {
    case 'month': {
      const index = s.year * 12 + (s.month - 1) + steps;
      return { kind: 'month', year: Math.floor(index / 12), month: (index % 12) + 1 };
    }
    case 'quarter': {
      const index = s.year * 4 + (s.quarter - 1) + steps;
      return { kind: 'quarter', year: Math.floor(index / 4), quarter: ((index % 4) + 1) as 1 | 2 | 3 | 4 };
    }
    case 'year':
      return { kind: 'year', year: s.year + steps };
    case 'custom':
      // The domain's rule, so the picker's step and the "previous period" comparison agree.
      return { kind: 'custom', ...dayRangeOf(shiftPeriod(periodOf(s), steps)) };
  }
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** "Tháng 3/2025", "Quý I/2025", "Năm 2025", "01/01/2025 – 15/03/2025" (or the English words). */
export function periodLabel(s: PeriodSelection, language: 'vi' | 'en' = 'vi'): string {
  const vi = language === 'vi';
  switch (s.kind) {
    case 'month':
      return vi ? `Tháng ${s.month}/${s.year}` : `${String(s.month).padStart(2, '0')}/${s.year}`;
    case 'quarter':
      return vi ? `Quý ${ROMAN[s.quarter - 1]}/${s.year}` : `Q${s.quarter} ${s.year}`;
    case 'year':
      return vi ? `Năm ${s.year}` : String(s.year);
    case 'custom':
      return `${dmy(s.from)} – ${dmy(s.to)}`;
  }
}

/** An inclusive day range in words: "01/03/2025 – 31/03/2025". */
export function rangeLabel(r: DayRange): string {
  return r.from === r.to ? dmy(r.from) : `${dmy(r.from)} – ${dmy(r.to)}`;
}

/**
 * The selection as another kind, anchored on its first day: March 2025 as a quarter is Q1 2025, as
 * a year 2025, as a custom range its own days.
 */
export function selectionOfKind(s: PeriodSelection, kind: PeriodKind): PeriodSelection {
  if (s.kind === kind) return s;
  const range = rangeOf(s);
  const year = Number(range.from.slice(0, 4));
  const month = Number(range.from.slice(5, 7));
  switch (kind) {
    case 'month':
      return { kind: 'month', year, month };
    case 'quarter':
      return { kind: 'quarter', year, quarter: Math.ceil(month / 3) as 1 | 2 | 3 | 4 };
    case 'year':
      return { kind: 'year', year };
    case 'custom':
      return { kind: 'custom', from: range.from, to: range.to };
  }
}

/** The first picker year: the dashboards' data starts in 2020. */
export const FIRST_PICKER_YEAR = 2020;

/** The years the picker offers: 2020 to next year, widened to include the selection's own years. */
export function pickerYears(s: PeriodSelection, currentYear: number): number[] {
  const range = rangeOf(s);
  const first = Math.min(FIRST_PICKER_YEAR, Number(range.from.slice(0, 4)));
  const last = Math.max(currentYear + 1, Number(range.to.slice(0, 4)));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Whether a selection lies within the picker's years (the previous/next buttons stop at the ends). */
export function withinYears(s: PeriodSelection, years: readonly number[]): boolean {
  const range = rangeOf(s);
  return (
    Number(range.from.slice(0, 4)) >= years[0]! && Number(range.to.slice(0, 4)) <= years[years.length - 1]!
  );
}

/** This year on the Vietnamese calendar. */
export function currentVietnamYear(now: number = Date.now()): number {
  return new Date(now + 7 * 3_600_000).getUTCFullYear();
}
