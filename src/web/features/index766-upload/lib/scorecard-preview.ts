import {
  GOOD_THRESHOLD,
  type GradeId,
  gradeOf,
  indexVersionById,
  roundPoints,
} from '../../../../domain/index766.ts';
import type { Scorecard } from '../../../../domain/scorecard.ts';
import { type Coverage, coverageOf } from '../../../../domain/scorecard-validate.ts';

export interface PreviewUnit {
  unitName: string;
  unitCode: string | null;
  total: number;
  grade: GradeId;
}

/** What a file of official scorecards says, before it is published. */
export interface ScorecardPreview {
  /** Accepted scorecards (one per unit). */
  units: number;
  /** Cards whose total is an index total (every group, or the total alone): the ones graded below. */
  graded: number;
  /** Cards with only some groups: their "total" is a partial sum, so they get no grade here. */
  partial: number;
  /** Graded cards at Tốt or better (≥ 80 on the total rounded as published). */
  goodOrBetter: number;
  grades: Record<GradeId, number>;
  /** Highest totals first, then lowest totals last first; never the same unit twice. */
  top: PreviewUnit[];
  bottom: PreviewUnit[];
}

export const PREVIEW_TOP = 5;
export const GRADE_ORDER: readonly GradeId[] = ['excellent', 'good', 'fair', 'average', 'weak'];

export function coverageCounts(cards: readonly Scorecard[]): Record<Coverage, number> {
  const out: Record<Coverage, number> = { full: 0, partial: 0, 'total-only': 0 };
  for (const card of cards) {
    const version = indexVersionById(card.versionId);
    if (version) out[coverageOf(card, version)]++;
  }
  return out;
}

export function scorecardPreview(cards: readonly Scorecard[]): ScorecardPreview {
  const grades: Record<GradeId, number> = { excellent: 0, good: 0, fair: 0, average: 0, weak: 0 };
  const graded: PreviewUnit[] = [];
  let partial = 0;
  for (const card of cards) {
    const version = indexVersionById(card.versionId);
    if (!version) continue;
    if (coverageOf(card, version) === 'partial') {
      partial++;
      continue;
    }
    const grade = gradeOf(card.total, version).id;
    grades[grade]++;
    graded.push({ unitName: card.unitName, unitCode: card.unitCode, total: card.total, grade });
  }
  const byTotal = [...graded].sort((a, b) => b.total - a.total || a.unitName.localeCompare(b.unitName, 'vi'));
  const top = byTotal.slice(0, PREVIEW_TOP);
  const bottom = byTotal.slice(top.length).slice(-PREVIEW_TOP).reverse();
  return {
    units: cards.length,
    graded: graded.length,
    partial,
    goodOrBetter: graded.filter((u) => roundPoints(u.total) >= GOOD_THRESHOLD).length,
    grades,
    top,
    bottom,
  };
}
