import type { TargetUnit } from '../../../../api/index766.ts';
import type { GradeId } from './target-view.ts';

export interface AccuracyRow {
  unitId: string;
  unitName: string;
  official: number;
  officialGrade: GradeId;
  estimate: number;
  estimateGrade: GradeId;
  /** estimate − official. */
  difference: number;
}

/**
 * Units with both an official card and an estimate for the month, the estimate furthest from the
 * official score first (ties by name), so staff see where the estimate can't be trusted.
 */
export function accuracyRows(units: readonly TargetUnit[]): AccuracyRow[] {
  const rows: AccuracyRow[] = [];
  for (const u of units) {
    if (!u.official || !u.estimate || u.estimateError === null) continue;
    rows.push({
      unitId: u.unitId,
      unitName: u.unitName,
      official: u.official.total,
      officialGrade: u.official.grade,
      estimate: u.estimate.scorecard.total,
      estimateGrade: u.estimate.scorecard.grade,
      difference: u.estimateError,
    });
  }
  return rows.sort(
    (a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.unitName.localeCompare(b.unitName, 'vi'),
  );
}
