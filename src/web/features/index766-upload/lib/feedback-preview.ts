import {
  type Feedback,
  type FeedbackMetrics,
  feedbackMetrics,
  feedbackMetricsByUnit,
} from '../../../../domain/feedback.ts';
import type { Period } from '../../../../domain/period.ts';
import { type WallTime, wallTime } from '../../../../domain/time.ts';
import { createUnitResolver, type UnitResolver } from '../../../../domain/units.ts';

export interface FeedbackUnitPreview {
  /** The unit as the core names it once spellings are folded ("BẢO HIỂM XÃ HỘI…" joins "Bảo hiểm xã hội…"). */
  unit: string;
  metrics: FeedbackMetrics;
}

/** Per unit feedback figures over the whole months the items were received in. */
export interface FeedbackPreview {
  /** [from, to): the first day of the earliest month to the first day after the latest month. */
  period: Period;
  units: FeedbackUnitPreview[];
  total: FeedbackMetrics;
}

function monthStart(t: WallTime, add = 0): WallTime {
  const d = new Date(t);
  return wallTime(d.getUTCFullYear(), d.getUTCMonth() + 1 + add, 1);
}

/** The months the items were received in, as one period; null without items. */
export function feedbackMonthsPeriod(items: readonly Feedback[]): Period | null {
  if (items.length === 0) return null;
  let min = items[0]!.receivedAt;
  let max = min;
  for (const item of items) {
    if (item.receivedAt < min) min = item.receivedAt;
    if (item.receivedAt > max) max = item.receivedAt;
  }
  return { from: monthStart(min), to: monthStart(max, 1) };
}

/** Items of several files as one list: a code seen again replaces the earlier item (the core's rule). */
export function mergeFeedback(files: readonly (readonly Feedback[])[]): Feedback[] {
  const byCode = new Map<string, Feedback>();
  for (const items of files) for (const item of items) byCode.set(item.code, item);
  return [...byCode.values()];
}

/**
 * feedbackMetrics per unit, spellings folded as the server and the target will fold them (case,
 * diacritics, "Ủy ban nhân dân" / "UBND"); units in Vietnamese order.
 */
export function feedbackPreview(
  items: readonly Feedback[],
  resolver: UnitResolver = createUnitResolver(),
): FeedbackPreview | null {
  const period = feedbackMonthsPeriod(items);
  if (!period) return null;
  const units = [...feedbackMetricsByUnit(items, period, resolver).values()]
    .map(({ unit, metrics }) => ({ unit: unit.name, metrics }))
    .sort((a, b) => a.unit.localeCompare(b.unit, 'vi'));
  return { period, units, total: feedbackMetrics(items, period) };
}
