import type { Period } from './period.ts';
import { ratio } from './rates.ts';
import type { WallTime } from './time.ts';
import type { ResolvedUnit, UnitResolver } from './units.ts';

/** A citizen's verdict on how a feedback item was handled: the portal's like / dislike. */
export type FeedbackRating = 'satisfied' | 'neutral' | 'dissatisfied';

/**
 * One feedback item (phản ánh, kiến nghị — PAKN) after ingestion. Times follow the dossier rules
 * (reference §3): a date-only receivedAt / handledAt is the start of its day, a date-only dueAt
 * has already been moved to the end of its day.
 */
export interface Feedback {
  /** Mã phản ánh, as text. */
  code: string;
  /** The unit that must handle it, as spelled in the file (NFC). */
  unit: string;
  receivedAt: WallTime;
  dueAt: WallTime | null;
  /** When it was answered (Ngày xử lý); null while pending. */
  handledAt: WallTime | null;
  /** Phân loại ("Quy định hành chính", "Hành vi cán bộ", …), as in the file. */
  category: string | null;
  rating: FeedbackRating | null;
}

/**
 * Counts of one unit over one period [S, E). Always: received = handled + pending;
 * handled = handledOnTime + handledLate + handledNoDeadline;
 * pending = pendingWithinDeadline + pendingOverdue + pendingNoDeadline.
 */
export interface FeedbackCounts {
  /** carriedOver + new: received before E and not handled before S. */
  received: number;
  carriedOver: number;
  new: number;
  /** S ≤ handledAt < E. */
  handled: number;
  /** Handled, handledAt ≤ dueAt. */
  handledOnTime: number;
  /** Handled, handledAt > dueAt. */
  handledLate: number;
  handledNoDeadline: number;
  /** Not handled before E. */
  pending: number;
  /** Pending, dueAt ≥ E. */
  pendingWithinDeadline: number;
  /** Pending, dueAt < E. */
  pendingOverdue: number;
  pendingNoDeadline: number;
  /** Handled in the period and rated satisfied ("like"). */
  likes: number;
  /** Handled in the period and rated dissatisfied ("dislike"). */
  dislikes: number;
  /** Handled in the period and disliked, or handled late (each item counted once). */
  dislikedOrLate: number;
}

export interface FeedbackMetrics extends FeedbackCounts {
  /** Tỷ lệ PAKN xử lý đúng hạn: (handledOnTime + pendingWithinDeadline) / items with a deadline. */
  onTimeRate: number | null;
  /** Tỷ lệ hài lòng trong xử lý PAKN: (handled − dislikedOrLate) / handled. */
  satisfactionRate: number | null;
  /** 6 × onTimeRate; full marks when the unit had no feedback with a deadline. */
  onTimeScore: number;
  /** 6 × satisfactionRate; full marks when the unit handled no feedback. */
  satisfactionScore: number;
}

/** Each of the two feedback indicators of the MDHL group is worth 6 points (metrics.m0, rows 22–23). */
export const FEEDBACK_INDICATOR_MAX_POINTS = 6;

export function emptyFeedbackCounts(): FeedbackCounts {
  return {
    received: 0,
    carriedOver: 0,
    new: 0,
    handled: 0,
    handledOnTime: 0,
    handledLate: 0,
    handledNoDeadline: 0,
    pending: 0,
    pendingWithinDeadline: 0,
    pendingOverdue: 0,
    pendingNoDeadline: 0,
    likes: 0,
    dislikes: 0,
    dislikedOrLate: 0,
  };
}

/** Adds one item to the counts of `period`; items outside it (received after, handled before) are skipped. */
export function countFeedback(counts: FeedbackCounts, item: Feedback, period: Period): void {
  const { from: start, to: end } = period;
  if (item.receivedAt >= end) return;
  if (item.handledAt !== null && item.handledAt < start) return;
  counts.received++;
  if (item.receivedAt < start) counts.carriedOver++;
  else counts.new++;
  if (item.handledAt !== null && item.handledAt < end) {
    counts.handled++;
    const late = item.dueAt !== null && item.handledAt > item.dueAt;
    if (item.dueAt === null) counts.handledNoDeadline++;
    else if (late) counts.handledLate++;
    else counts.handledOnTime++;
    if (item.rating === 'satisfied') counts.likes++;
    if (item.rating === 'dissatisfied') counts.dislikes++;
    if (late || item.rating === 'dissatisfied') counts.dislikedOrLate++;
    return;
  }
  counts.pending++;
  if (item.dueAt === null) counts.pendingNoDeadline++;
  else if (item.dueAt < end) counts.pendingOverdue++;
  else counts.pendingWithinDeadline++;
}

/**
 * The two feedback indicators of the satisfaction group (MDHL), from the portal's formula sheet
 * ("Công thức 766.xlsx", rows 22–23, see the real-data README):
 * - PETITION_PROCESSING_ON_TIME (6 points): "PAKN xử lý đúng, trước hạn và đang xử lý trong hạn /
 *   tổng số PAKN thuộc thẩm quyền" — items without a deadline are left out of both sides, as for
 *   dossiers; score = 6 × ratio.
 * - PETITION_HANDLING_SATISFACTION (6 points): "(tổng số PAKN − số bị phản hồi không hài lòng hoặc …
 *   xử lý quá hạn) / tổng số PAKN đã xử lý" — taken over the handled items so the ratio stays within
 *   0–1; score = 6 × ratio. "Tiếp tục có phản ánh về kết quả" is not in the exports and is not counted.
 * A zero denominator (no feedback, or none handled) gives full marks: the product's rule for a unit
 * with nothing to be judged on. The sheet's note instead moves these points onto the other
 * indicators; that variant is not implemented.
 */
export function feedbackMetricsOf(counts: FeedbackCounts): FeedbackMetrics {
  const withDeadline = counts.received - counts.handledNoDeadline - counts.pendingNoDeadline;
  const onTimeRate = ratio(counts.handledOnTime + counts.pendingWithinDeadline, withDeadline);
  const satisfactionRate = ratio(counts.handled - counts.dislikedOrLate, counts.handled);
  return {
    ...counts,
    onTimeRate,
    satisfactionRate,
    onTimeScore: FEEDBACK_INDICATOR_MAX_POINTS * (onTimeRate ?? 1),
    satisfactionScore: FEEDBACK_INDICATOR_MAX_POINTS * (satisfactionRate ?? 1),
  };
}

/** The metrics of a unit that had no feedback in the period: both indicators at full marks. */
export function noFeedbackMetrics(): FeedbackMetrics {
  return feedbackMetricsOf(emptyFeedbackCounts());
}

/** Metrics of a list of items (e.g. one unit's) over one period. */
export function feedbackMetrics(items: readonly Feedback[], period: Period): FeedbackMetrics {
  const counts = emptyFeedbackCounts();
  for (const item of items) countFeedback(counts, item, period);
  return feedbackMetricsOf(counts);
}

export interface UnitFeedbackMetrics {
  unit: ResolvedUnit;
  metrics: FeedbackMetrics;
}

/**
 * Metrics per unit (names folded by the resolver, so spellings and retired units join their unit)
 * for every unit with at least one item received in the period.
 */
export function feedbackMetricsByUnit(
  items: readonly Feedback[],
  period: Period,
  resolver: UnitResolver,
): Map<string, UnitFeedbackMetrics> {
  const byUnit = new Map<string, { unit: ResolvedUnit; counts: FeedbackCounts }>();
  for (const item of items) {
    const unit = resolver.resolve(item.unit);
    let entry = byUnit.get(unit.id);
    if (!entry) {
      entry = { unit, counts: emptyFeedbackCounts() };
      byUnit.set(unit.id, entry);
    }
    countFeedback(entry.counts, item, period);
  }
  const out = new Map<string, UnitFeedbackMetrics>();
  for (const [id, { unit, counts }] of byUnit) {
    if (counts.received > 0) out.set(id, { unit, metrics: feedbackMetricsOf(counts) });
  }
  return out;
}

/** "110/110": handled over received, as the portal prints it. */
export function handledLabel(m: Pick<FeedbackCounts, 'handled' | 'received'>): string {
  return `${m.handled}/${m.received}`;
}
