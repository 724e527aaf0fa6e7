import type { PeriodSelection } from '../../filters/lib/period-selection.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The month the target page shows for a period: a month is itself, a quarter or a year its last
 * month (scorecards are monthly), a custom range the month of its last day.
 */
export function targetMonthOf(period: PeriodSelection): string {
  switch (period.kind) {
    case 'month':
      return `${period.year}-${pad(period.month)}`;
    case 'quarter':
      return `${period.year}-${pad(period.quarter * 3)}`;
    case 'year':
      return `${period.year}-12`;
    case 'custom':
      return period.to.slice(0, 7);
  }
}

/** '2026-01' → '2025-12'. */
export function previousMonth(month: string): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 2;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** A yyyy-MM month as the period picker's selection. */
export function monthSelection(month: string): PeriodSelection {
  return { kind: 'month', year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}

/** '2025-03' → 'T3/2025' (chart axes and compact tables). */
export function shortMonthLabel(month: string): string {
  return `T${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;
}
