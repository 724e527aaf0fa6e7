import type { Feedback, FeedbackRating } from '../../domain/feedback.ts';
import { endOfDay, MS_PER_DAY, type WallTime } from '../../domain/time.ts';
import { foldText } from '../fold.ts';
import type { Cell, RawRow } from '../types.ts';
import { cellText, isEmptyCell, parseWallTime, rawText, uniqueCellText } from '../values.ts';
import {
  FEEDBACK_FIELD_LABELS,
  FEEDBACK_FIELDS,
  type FeedbackColumnMapping,
  type FeedbackField,
} from './fields.ts';
import {
  FEEDBACK_PROBLEM_SEVERITY,
  type FeedbackProblem,
  type FeedbackProblemCode,
  feedbackProblemMessage,
} from './problems.ts';

export interface FeedbackRowContext {
  file: string | null;
  headers: readonly string[];
  mapping: FeedbackColumnMapping;
}

export type FeedbackRowOutcome =
  | { kind: 'accepted'; item: Feedback; warnings: FeedbackProblem[] }
  | { kind: 'blank' }
  | { kind: 'rejected'; problems: FeedbackProblem[] };

const RATING_BY_FOLDED_TEXT = new Map<string, FeedbackRating | null>([
  ['hai long', 'satisfied'],
  ['rat hai long', 'satisfied'],
  ['like', 'satisfied'],
  ['thich', 'satisfied'],
  ['satisfied', 'satisfied'],
  ['binh thuong', 'neutral'],
  ['neutral', 'neutral'],
  ['chap nhan duoc', 'neutral'],
  ['khong hai long', 'dissatisfied'],
  ['rat khong hai long', 'dissatisfied'],
  ['chua hai long', 'dissatisfied'],
  ['dislike', 'dissatisfied'],
  ['khong thich', 'dissatisfied'],
  ['dissatisfied', 'dissatisfied'],
  ['chua danh gia', null],
  ['khong danh gia', null],
]);

/** Rating text → rating; null for empty or "Chưa đánh giá"; undefined for an unknown text. */
export function parseFeedbackRating(cell: Cell): FeedbackRating | null | undefined {
  if (isEmptyCell(cell)) return null;
  const folded = foldText(String(cell));
  return RATING_BY_FOLDED_TEXT.has(folded) ? RATING_BY_FOLDED_TEXT.get(folded)! : undefined;
}

/**
 * One raw row → one Feedback, with the dossier rules where they apply (reference §3): missing
 * code, unit or receivedAt, an unparsable date, and handledAt before receivedAt are errors that
 * leave the row out; an unknown rating is a warning (the item counts, unrated). A date-only or
 * 00:00 deadline lasts to the end of its day.
 */
export function normalizeFeedbackRow(raw: RawRow, ctx: FeedbackRowContext): FeedbackRowOutcome {
  const cell = (field: FeedbackField): Cell => {
    const index = ctx.mapping[field];
    return index === undefined ? '' : (raw.cells[index] ?? '');
  };
  if (FEEDBACK_FIELDS.every((f) => isEmptyCell(cell(f)))) return { kind: 'blank' };
  const problems: FeedbackProblem[] = [];
  const problem = (field: FeedbackField, code: FeedbackProblemCode, detail?: string) => {
    const value = rawText(cell(field));
    problems.push({
      file: ctx.file,
      row: raw.row,
      column: headerOf(ctx, field),
      value: value === '' ? null : value,
      code,
      severity: FEEDBACK_PROBLEM_SEVERITY[code],
      message: feedbackProblemMessage(code, detail ?? value),
    });
  };
  const code = uniqueCellText(cell('code'));
  const unit = cellText(cell('unit'));
  if (code === '') problem('code', 'missing_required', FEEDBACK_FIELD_LABELS.code);
  if (unit === '') problem('unit', 'missing_required', FEEDBACK_FIELD_LABELS.unit);
  const date = (field: FeedbackField): WallTime | null => {
    const t = parseWallTime(cell(field));
    if (t !== null && Number.isNaN(t)) {
      problem(field, 'unparsable_date');
      return null;
    }
    return t;
  };
  const receivedCell = cell('receivedAt');
  const receivedAt = date('receivedAt');
  if (receivedAt === null && isEmptyCell(receivedCell)) {
    problem('receivedAt', 'missing_required', FEEDBACK_FIELD_LABELS.receivedAt);
  }
  const dueRaw = date('dueAt');
  const handledAt = date('handledAt');
  if (receivedAt !== null && handledAt !== null && handledAt < receivedAt) {
    problem('handledAt', 'handled_before_received');
  }
  if (problems.length > 0 || receivedAt === null) return { kind: 'rejected', problems };
  const rating = parseFeedbackRating(cell('rating'));
  if (rating === undefined) problem('rating', 'unknown_rating');
  const category = cellText(cell('category'));
  return {
    kind: 'accepted',
    item: {
      code,
      unit,
      receivedAt,
      dueAt: dueRaw === null ? null : dueRaw % MS_PER_DAY === 0 ? endOfDay(dueRaw) : dueRaw,
      handledAt,
      category: category === '' ? null : category,
      rating: rating ?? null,
    },
    warnings: problems,
  };
}

function headerOf(ctx: FeedbackRowContext, field: FeedbackField): string | null {
  const index = ctx.mapping[field];
  return index === undefined ? null : (ctx.headers[index] ?? null);
}
