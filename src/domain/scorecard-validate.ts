import {
  type GradeId,
  gradeBandById,
  gradeOf,
  type IndexVersion,
  indexVersionById,
  maxTotalOf,
  roundPoints,
} from './index766.ts';
import type { Scorecard } from './scorecard.ts';

/**
 * Checks on one scorecard, pure. Errors mean the numbers cannot be trusted (the row is left out
 * at import); warnings keep it.
 */
export type ScorecardProblemCode =
  | 'missing_unit_name'
  | 'unknown_version'
  | 'unknown_group'
  | 'group_above_max'
  | 'group_below_zero'
  | 'total_out_of_range'
  | 'total_mismatch'
  | 'grade_mismatch'
  | 'partial_groups';

export type ScorecardSeverity = 'error' | 'warning';

export const SCORECARD_PROBLEM_SEVERITY: Record<ScorecardProblemCode, ScorecardSeverity> = {
  missing_unit_name: 'error',
  unknown_version: 'error',
  unknown_group: 'error',
  group_above_max: 'error',
  group_below_zero: 'error',
  total_out_of_range: 'error',
  total_mismatch: 'error',
  grade_mismatch: 'warning',
  partial_groups: 'warning',
};

export interface ScorecardProblem {
  code: ScorecardProblemCode;
  severity: ScorecardSeverity;
  /** The group code concerned, 'total' or 'grade'; null when not about one value. */
  field: string | null;
  value: number | string | null;
  /** Reason in Vietnamese, for the validation report. */
  message: string;
}

/**
 * Per published group, the rounding to 2 decimals is off by at most 0.005, and so is the total
 * rounded from the unrounded groups: |Σ rounded groups − rounded total| ≤ 0.005 n + 0.005 ≤ 0.01 n.
 */
export const TOTAL_TOLERANCE_PER_GROUP = 0.01;

/** Tiny slack so that 18.000000000000004 (float noise) is not "above 18". */
const EPSILON = 1e-9;

export type Coverage = 'full' | 'partial' | 'total-only';

/**
 * How much of the index a scorecard carries: every group (`full`), only the total (`total-only`,
 * e.g. the portal's unit rankings), or some groups (`partial`, e.g. the progress tree's TDGQ): a
 * partial card's total is just the sum of the groups it has, not an index total, and its grade
 * means nothing.
 */
export function coverageOf(card: Pick<Scorecard, 'groups'>, version: IndexVersion): Coverage {
  const present = version.groups.filter((g) => isNumber(card.groups[g.code])).length;
  if (present === version.groups.length) return 'full';
  return present === 0 ? 'total-only' : 'partial';
}

export interface ValidateOptions {
  /** The grade as the source printed it, when it has one; checked against the bands. */
  publishedGrade?: GradeId | null;
}

export function validateScorecard(card: Scorecard, opts: ValidateOptions = {}): ScorecardProblem[] {
  const problems: ScorecardProblem[] = [];
  const add = (
    code: ScorecardProblemCode,
    field: string | null,
    value: number | string | null,
    message: string,
  ) => problems.push({ code, severity: SCORECARD_PROBLEM_SEVERITY[code], field, value, message });

  if (card.unitName.trim() === '') add('missing_unit_name', null, null, 'Thiếu tên đơn vị');
  const version = indexVersionById(card.versionId);
  if (!version) {
    add('unknown_version', null, card.versionId, `Bộ chỉ số không xác định: '${card.versionId}'`);
    return problems;
  }
  for (const [code, points] of Object.entries(card.groups)) {
    const group = version.groups.find((g) => g.code === code);
    if (!group) {
      add('unknown_group', code, points, `Nhóm chỉ số '${code}' không có trong ${version.labelVi}`);
      continue;
    }
    if (!isNumber(points)) continue;
    if (points > group.maxPoints + EPSILON) {
      add('group_above_max', code, points, `${group.nameVi}: ${points} điểm vượt tối đa ${group.maxPoints}`);
    } else if (points < -EPSILON) {
      add('group_below_zero', code, points, `${group.nameVi}: điểm âm (${points})`);
    }
  }
  const max = maxTotalOf(version);
  if (!Number.isFinite(card.total) || card.total < -EPSILON || card.total > max + EPSILON) {
    add('total_out_of_range', 'total', card.total, `Tổng điểm ${card.total} ngoài khoảng 0–${max}`);
  }
  const coverage = coverageOf(card, version);
  if (coverage === 'full') {
    const sum = sumGroups(card.groups);
    const tolerance = TOTAL_TOLERANCE_PER_GROUP * version.groups.length;
    if (Math.abs(sum - card.total) > tolerance + EPSILON) {
      add(
        'total_mismatch',
        'total',
        card.total,
        `Tổng điểm ${card.total} khác tổng các nhóm ${roundPoints(sum)} (lệch quá ${roundPoints(tolerance)})`,
      );
    }
  } else if (coverage === 'partial') {
    const missing = version.groups.filter((g) => !isNumber(card.groups[g.code])).map((g) => g.code);
    add('partial_groups', null, missing.join(', '), `Thiếu điểm nhóm: ${missing.join(', ')}`);
  }
  const expected = gradeOf(card.total, version);
  for (const [grade, what] of [
    [card.grade, 'Xếp loại'],
    [opts.publishedGrade ?? null, 'Xếp loại đã công bố'],
  ] as const) {
    if (grade === null || grade === expected.id) continue;
    add(
      'grade_mismatch',
      'grade',
      gradeBandById(grade, version).labelVi,
      `${what} '${gradeBandById(grade, version).labelVi}' không khớp tổng điểm ${card.total} (phải là '${expected.labelVi}')`,
    );
  }
  return problems;
}

export function hasErrors(problems: readonly ScorecardProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

export function sumGroups(groups: Readonly<Record<string, number | null>>): number {
  let sum = 0;
  for (const points of Object.values(groups)) if (isNumber(points)) sum += points;
  return sum;
}

export interface ScorecardDraft {
  source: Scorecard['source'];
  version: IndexVersion;
  period: string;
  unitCode: string | null;
  unitName: string;
  /** Missing codes of the version are filled in as null. */
  groups: Readonly<Record<string, number | null>>;
  /** When null: the rounded sum of the groups. */
  total: number | null;
  rank?: number | null;
  asOf?: string | null;
  unitId?: string | null;
}

/** A Scorecard with every group of its version listed and the grade taken from the bands. */
export function buildScorecard(d: ScorecardDraft): Scorecard {
  const groups: Record<string, number | null> = {};
  for (const g of d.version.groups) groups[g.code] = d.groups[g.code] ?? null;
  for (const [code, points] of Object.entries(d.groups)) if (!(code in groups)) groups[code] = points;
  const total = d.total ?? roundPoints(sumGroups(groups));
  return {
    source: d.source,
    versionId: d.version.id,
    period: d.period,
    unitCode: d.unitCode,
    unitName: d.unitName,
    unitId: d.unitId ?? null,
    groups,
    total,
    grade: gradeOf(total, d.version).id,
    rank: d.rank ?? null,
    asOf: d.asOf ?? null,
  };
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && !Number.isNaN(value);
}
