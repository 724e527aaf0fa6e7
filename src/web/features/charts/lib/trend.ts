import type { SeriesResponse } from '../../../../api/metrics.ts';

/** Rates a trend chart can draw (fractions 0–1). */
export const TREND_METRICS = ['onTimeRate', 'progressRate766', 'satisfactionRate', 'onlineRate'] as const;
export type TrendMetric = (typeof TREND_METRICS)[number];

/** One month of a trend chart. */
export interface TrendRow {
  /** The point's days as the API clipped them (yyyy-MM-dd, both counted). */
  from: string;
  to: string;
  /** "T3/2025": short enough for an axis at 360 px. */
  monthLabel: string;
  /** Null when the month has no dossier for the rate's denominator: drawn as a gap, never as 0. */
  values: Record<TrendMetric, number | null>;
  /** Dossiers received in the month (0 when the row is absent: the API leaves out empty groups). */
  received: number;
}

/** "2025-03-01" → "T3/2025". */
export function monthLabel(isoDay: string): string {
  return `T${Number(isoDay.slice(5, 7))}/${isoDay.slice(0, 4)}`;
}

/** The series' points as chart rows, for one row of each point (`total`, or a unit id). */
export function trendRows(series: SeriesResponse, rowKey = 'total'): TrendRow[] {
  return series.points.map((point) => {
    const metrics = point.rows.find((r) => r.key === rowKey)?.metrics;
    const values = Object.fromEntries(TREND_METRICS.map((m) => [m, metrics ? metrics[m] : null])) as Record<
      TrendMetric,
      number | null
    >;
    return {
      from: point.period.from,
      to: point.period.to,
      monthLabel: monthLabel(point.period.from),
      values,
      received: metrics?.received ?? 0,
    };
  });
}

const STEP = 0.05;
const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** Tick spacing for a range: 5 points, 10 or 20 when the range is wide. */
function tickStep(span: number): number {
  return span <= 0.3 + 1e-9 ? STEP : span <= 0.6 + 1e-9 ? 0.1 : 0.2;
}

/**
 * The Y range (fractions) that shows the drawn rates and targets with some room: rates sit at 85–99 %,
 * so starting at 0 would flatten every line. Whole 5-point steps, a whole number of ticks, never
 * outside 0–1; 0–1 when nothing is drawn.
 */
export function trendDomain(
  rows: readonly TrendRow[],
  metrics: readonly TrendMetric[],
  targets: Partial<Record<TrendMetric, number>> = {},
): [number, number] {
  const seen: number[] = [];
  for (const m of metrics) {
    for (const row of rows) {
      const v = row.values[m];
      if (v !== null && Number.isFinite(v)) seen.push(v);
    }
    const target = targets[m];
    if (target !== undefined) seen.push(target);
  }
  if (seen.length === 0) return [0, 1];
  let lo = Math.max(0, Math.floor(round((Math.min(...seen) - 0.01) / STEP)) * STEP);
  const top = Math.min(1, Math.ceil(round((Math.max(...seen) + 0.005) / STEP)) * STEP);
  const span = Math.max(top - lo, STEP);
  const step = tickStep(span);
  const ticks = Math.ceil(round(span / step));
  let hi = lo + ticks * step;
  if (hi > 1 + 1e-9) {
    hi = 1;
    lo = Math.max(0, 1 - ticks * step);
  }
  return [round(lo), round(hi)];
}

/** Axis ticks for `trendDomain`'s range, from its bottom to its top. */
export function trendTicks([lo, hi]: readonly [number, number]): number[] {
  const step = tickStep(hi - lo);
  const ticks: number[] = [];
  for (let i = 0; lo + i * step <= hi + 1e-9; i++) ticks.push(round(lo + i * step));
  return ticks;
}

/** True when a rate is under its target (a missing rate or target is not "below"). */
export function isBelowTarget(value: number | null, target: number | undefined): boolean {
  return value !== null && target !== undefined && value < target;
}

/** Decimals a target needs as a percentage: 98 % → 0, 97,5 % → 1, 97,25 % → 2. */
export function targetDigits(target: number): number {
  const hundredths = Math.round(target * 10_000);
  if (hundredths % 100 === 0) return 0;
  return hundredths % 10 === 0 ? 1 : 2;
}
