import type { MetricsRow } from '../../../../api/metrics.ts';

/** A unit needs this many dossiers received in the period before its rate is ranked: 1 late of 3 is not a trend. */
export const MIN_RECEIVED_FOR_RATE = 10;
export const WORST_COUNT = 5;

const byName = (a: MetricsRow, b: MetricsRow) => a.name.localeCompare(b.name, 'vi');

/** The units with the most dossiers pending past their deadline (none with 0), most first. */
export function mostOverdue(rows: readonly MetricsRow[], count = WORST_COUNT): MetricsRow[] {
  return rows
    .filter((r) => r.metrics.overdue > 0)
    .sort((a, b) => b.metrics.overdue - a.metrics.overdue || byName(a, b))
    .slice(0, count);
}

/**
 * The units with the lowest on-time rate (Biểu 06) among those that received at least
 * `minReceived` dossiers and have a rate, lowest first.
 */
export function lowestOnTimeRate(
  rows: readonly MetricsRow[],
  count = WORST_COUNT,
  minReceived = MIN_RECEIVED_FOR_RATE,
): MetricsRow[] {
  return rows
    .filter((r) => r.metrics.onTimeRate !== null && r.metrics.received >= minReceived)
    .sort(
      (a, b) =>
        (a.metrics.onTimeRate ?? 0) - (b.metrics.onTimeRate ?? 0) ||
        b.metrics.late - a.metrics.late ||
        byName(a, b),
    )
    .slice(0, count);
}
