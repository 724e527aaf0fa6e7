import {
  SCORECARD_PROBLEM_SEVERITY,
  type ScorecardProblem,
  type ScorecardProblemCode,
  type ScorecardSeverity,
} from '../../domain/scorecard-validate.ts';

/** Problems found while reading, before a scorecard exists to validate. */
export type ScorecardReadProblemCode =
  | 'unparsable_number'
  | 'missing_total'
  | 'unknown_grade'
  | 'duplicate_unit'
  | 'version_mismatch'
  | 'no_period'
  | 'no_header'
  | 'unreadable_file';

export const SCORECARD_READ_SEVERITY: Record<ScorecardReadProblemCode, ScorecardSeverity> = {
  unparsable_number: 'error',
  missing_total: 'error',
  unknown_grade: 'warning',
  duplicate_unit: 'warning',
  version_mismatch: 'warning',
  no_period: 'error',
  no_header: 'error',
  unreadable_file: 'error',
};

/**
 * One finding of a scorecard import: the dossier validation's Problem shape (src/ingest/problems.ts)
 * with the scorecard codes. `row` is the 1-based row in the file (tables) or position in the list
 * (JSON); null for a problem with the whole file.
 */
export interface ScorecardRowProblem {
  file: string | null;
  row: number | null;
  column: string | null;
  value: string | null;
  code: ScorecardProblemCode | ScorecardReadProblemCode;
  severity: ScorecardSeverity;
  message: string;
}

export function readProblem(
  code: ScorecardReadProblemCode,
  place: { file: string | null; row: number | null; column?: string | null; value?: string | null },
  message: string,
): ScorecardRowProblem {
  return {
    file: place.file,
    row: place.row,
    column: place.column ?? null,
    value: place.value ?? null,
    code,
    severity: SCORECARD_READ_SEVERITY[code],
    message,
  };
}

/** A domain validation finding placed in its file: `columnOf` gives the header of a field. */
export function placeProblem(
  p: ScorecardProblem,
  file: string | null,
  row: number | null,
  columnOf: (field: string | null) => string | null,
): ScorecardRowProblem {
  return {
    file,
    row,
    column: columnOf(p.field),
    value: p.value === null ? null : String(p.value),
    code: p.code,
    severity: SCORECARD_PROBLEM_SEVERITY[p.code],
    message: p.message,
  };
}
