/** One finding of the validation report. Errors leave the row out; warnings keep it. */
export type ProblemCode =
  | 'missing_required'
  | 'unparsable_date'
  | 'finished_before_received'
  | 'finished_without_date'
  | 'unknown_status'
  | 'duplicate_code';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** File name, when several files are ingested together. */
  file: string | null;
  /** 1-based row number in the original file. */
  row: number;
  /** Header text of the column, as in the file; null when the problem is not about one column. */
  column: string | null;
  value: string | null;
  code: ProblemCode;
  severity: Severity;
  /** Reason in Vietnamese, for the validation report. */
  message: string;
}

export const PROBLEM_SEVERITY: Record<ProblemCode, Severity> = {
  missing_required: 'error',
  unparsable_date: 'error',
  finished_before_received: 'error',
  finished_without_date: 'error',
  unknown_status: 'warning',
  duplicate_code: 'warning',
};
