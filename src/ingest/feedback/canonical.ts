import type { Feedback } from '../../domain/feedback.ts';
import { isoDateTime } from '../../domain/time.ts';
import { FEEDBACK_FIELDS, type FeedbackColumnMapping } from './fields.ts';
import { type FeedbackRowOutcome, normalizeFeedbackRow } from './normalize.ts';

/** A feedback item as the browser sends it to the server: times as Vietnam wall-clock ISO texts. */
export interface CanonicalFeedback {
  code: string;
  unit: string;
  receivedAt: string;
  dueAt: string | null;
  handledAt: string | null;
  category: string | null;
  rating: 'satisfied' | 'neutral' | 'dissatisfied' | null;
}

export function canonicalFeedbackOf(item: Feedback): CanonicalFeedback {
  const time = (t: number | null) => (t === null ? null : isoDateTime(t));
  return {
    code: item.code,
    unit: item.unit,
    receivedAt: isoDateTime(item.receivedAt),
    dueAt: time(item.dueAt),
    handledAt: time(item.handledAt),
    category: item.category,
    rating: item.rating,
  };
}

const CANONICAL_MAPPING: FeedbackColumnMapping = Object.fromEntries(FEEDBACK_FIELDS.map((f, i) => [f, i]));

/**
 * The server's check of an item the browser read: the same row rules as a cell of the original file
 * (src/ingest/feedback/normalize.ts), so a tampered or buggy client cannot slip past them.
 */
export function normalizeCanonicalFeedback(item: CanonicalFeedback, position: number): FeedbackRowOutcome {
  const cells = FEEDBACK_FIELDS.map((f) => item[f] ?? '');
  return normalizeFeedbackRow(
    { row: position, cells },
    { file: null, headers: [...FEEDBACK_FIELDS], mapping: CANONICAL_MAPPING },
  );
}
