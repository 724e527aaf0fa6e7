import type { Metrics } from '../../../../domain/metrics.ts';

/** The figures the confirmation shows for the import's period, before and after publishing. */
export const CONFIRM_METRICS = ['received', 'resolved', 'onTimeRate', 'progressRate766', 'overdue'] as const;
export type ConfirmMetric = (typeof CONFIRM_METRICS)[number];

const RATES: ReadonlySet<ConfirmMetric> = new Set<ConfirmMetric>(['onTimeRate', 'progressRate766']);

export function isRateMetric(metric: ConfirmMetric): boolean {
  return RATES.has(metric);
}

export type PreviewChange =
  /** One side has no data (a rate without a denominator): nothing to compare. */
  | { kind: 'none' }
  | { kind: 'same' }
  /** Counts: dossiers; rates: percentage points. */
  | { kind: 'up' | 'down'; amount: number };

/** after − before of one figure, as the table words it. */
export function previewChange(metric: ConfirmMetric, before: Metrics, after: Metrics): PreviewChange {
  const b = before[metric];
  const a = after[metric];
  if (b === null || a === null) return { kind: 'none' };
  // Rates from the shown values (2 decimals of a percent), so the change agrees with the two columns.
  const raw = isRateMetric(metric) ? (Math.round(a * 10_000) - Math.round(b * 10_000)) / 100 : a - b;
  if (raw === 0) return { kind: 'same' };
  return { kind: raw > 0 ? 'up' : 'down', amount: Math.abs(raw) };
}
