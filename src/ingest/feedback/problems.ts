import type { Severity } from '../problems.ts';
import { problemMessage } from '../problems-messages.ts';

/** One finding of a feedback file's validation report. Errors leave the row out; warnings keep it. */
export type FeedbackProblemCode =
  | 'missing_required'
  | 'unparsable_date'
  | 'handled_before_received'
  | 'unknown_rating'
  | 'duplicate_code';

export interface FeedbackProblem {
  file: string | null;
  /** 1-based row number in the original file. */
  row: number;
  /** Header text of the column, as in the file. */
  column: string | null;
  value: string | null;
  code: FeedbackProblemCode;
  severity: Severity;
  /** Reason in Vietnamese. */
  message: string;
}

export const FEEDBACK_PROBLEM_SEVERITY: Record<FeedbackProblemCode, Severity> = {
  missing_required: 'error',
  unparsable_date: 'error',
  handled_before_received: 'error',
  unknown_rating: 'warning',
  duplicate_code: 'warning',
};

/** `detail`: the field label (missing_required), the raw value, or the replaced row (duplicate_code). */
export function feedbackProblemMessage(code: FeedbackProblemCode, detail: string): string {
  switch (code) {
    case 'missing_required':
    case 'unparsable_date':
      return problemMessage(code, detail);
    case 'handled_before_received':
      return 'Ngày xử lý trước ngày tiếp nhận';
    case 'unknown_rating':
      return `Đánh giá không xác định: '${detail}' (không tính là hài lòng hay không hài lòng)`;
    case 'duplicate_code':
      return `Mã phản ánh trùng: dòng sau thay thế dòng ${detail}`;
  }
}
