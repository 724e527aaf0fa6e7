import type { MetricsRow } from '../../../../api/metrics.ts';
import type { MetricKey } from '../../definitions/lib/metrics.ts';

export type Direction = 'up' | 'down' | 'same';
/** Whether a change is good news, bad news, or neither (counts such as dossiers received). */
export type Tone = 'better' | 'worse' | 'neutral';

/** How a number is shown and compared: rates in percentage points, counts in dossiers and %. */
export type MetricKind = 'rate' | 'count' | 'score';

export interface Change {
  direction: Direction;
  /** Rates: percentage points (1,2 = 1,2 pp); counts: dossiers; scores: points. */
  delta: number;
  /** Counts only: the change relative to the earlier count; null when that count is 0. */
  relative: number | null;
  tone: Tone;
}

/** Which way is good for each metric that has a good way; the rest are neutral. */
const HIGHER_IS_BETTER: ReadonlySet<MetricKey> = new Set<MetricKey>([
  'onTimeRate',
  'progressRate766',
  'progressScore766',
  'satisfactionRate',
  'onlineRate',
  'early',
  'onTime',
]);
const LOWER_IS_BETTER: ReadonlySet<MetricKey> = new Set<MetricKey>([
  'late',
  'overdue',
  'lateWithApology',
  'lateWithoutApology',
  'overdueWithApology',
  'overdueWithoutApology',
  'dissatisfiedNotLate',
]);

export const RATE_METRICS: ReadonlySet<MetricKey> = new Set<MetricKey>([
  'onTimeRate',
  'progressRate766',
  'satisfactionRate',
  'onlineRate',
]);

export function kindOf(metric: MetricKey): MetricKind {
  if (RATE_METRICS.has(metric)) return 'rate';
  if (metric === 'progressScore766' || metric === 'satisfactionScore766') return 'score';
  return 'count';
}

function toneOf(metric: MetricKey, direction: Direction): Tone {
  if (direction === 'same') return 'neutral';
  if (HIGHER_IS_BETTER.has(metric)) return direction === 'up' ? 'better' : 'worse';
  if (LOWER_IS_BETTER.has(metric)) return direction === 'down' ? 'better' : 'worse';
  return 'neutral';
}

/** Rounded to what the screen shows, so "+0,00" never reads as a rise. */
const roundTo = (x: number, digits: number) => {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
};

const directionOf = (delta: number): Direction => (delta > 0 ? 'up' : delta < 0 ? 'down' : 'same');

/**
 * The change from `before` to `now` of one metric. Null when either side has no data (a rate with
 * no denominator, or a period whose answer has no row).
 */
export function changeOf(metric: MetricKey, now: number | null, before: number | null): Change | null {
  if (now === null || before === null || !Number.isFinite(now) || !Number.isFinite(before)) return null;
  const kind = kindOf(metric);
  const delta =
    kind === 'rate'
      ? roundTo((now - before) * 100, 2)
      : kind === 'score'
        ? roundTo(now - before, 2)
        : now - before;
  const direction = directionOf(delta);
  const relative = kind === 'count' && before !== 0 ? (now - before) / before : null;
  return { direction, delta, relative, tone: toneOf(metric, direction) };
}

/** One figure of a period's totals; null when the period has no row or the rate has no data. */
export function figureOf(totals: MetricsRow['metrics'] | null, metric: MetricKey): number | null {
  return totals === null ? null : (totals[metric] as number | null);
}

/**
 * Whether a comparison period has any dossier at all. One with nothing received and nothing
 * resolved (or no row) is missing data, not a fall to zero: a change against it would say
 * "up 59.642" for a first year of data.
 */
export function hasDossiers(totals: MetricsRow['metrics'] | null): boolean {
  return totals !== null && (totals.received > 0 || totals.resolved > 0);
}

/** One line of a comparison: the earlier figure and the change, or 'empty' when that period has no dossiers. */
export type Comparison = { before: number | null; change: Change | null } | 'empty';

export function comparisonOf(
  metric: MetricKey,
  now: number | null,
  beforeTotals: MetricsRow['metrics'] | null,
): Comparison {
  if (!hasDossiers(beforeTotals)) return 'empty';
  const before = figureOf(beforeTotals, metric);
  return { before, change: changeOf(metric, now, before) };
}
