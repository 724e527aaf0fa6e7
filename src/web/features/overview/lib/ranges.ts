import type { DayRange } from '../../../../api/query.ts';
import {
  lastYearRangeOf,
  type PeriodSelection,
  periodLabel,
  previousRangeOf,
  rangeLabel,
  shiftSelection,
} from '../../filters/lib/period-selection.ts';

/** The 12 calendar months ending with the month of `to` (the last one up to `to` itself). */
export function trendRange(to: string): DayRange {
  const year = Number(to.slice(0, 4));
  const month = Number(to.slice(5, 7));
  const index = year * 12 + (month - 1) - 11;
  const fromYear = Math.floor(index / 12);
  const fromMonth = (index % 12) + 1;
  return { from: `${fromYear}-${String(fromMonth).padStart(2, '0')}-01`, to };
}

export interface Comparisons {
  previous: { range: DayRange; label: string };
  lastYear: { range: DayRange; label: string };
}

/** The two periods the overview compares with, and how to name them. */
export function comparisonsOf(period: PeriodSelection, language: 'vi' | 'en'): Comparisons {
  const previous = previousRangeOf(period);
  const lastYear = lastYearRangeOf(period);
  if (period.kind === 'custom') {
    return {
      previous: { range: previous, label: rangeLabel(previous) },
      lastYear: { range: lastYear, label: rangeLabel(lastYear) },
    };
  }
  return {
    previous: { range: previous, label: periodLabel(shiftSelection(period, -1), language) },
    lastYear: { range: lastYear, label: periodLabel({ ...period, year: period.year - 1 }, language) },
  };
}
