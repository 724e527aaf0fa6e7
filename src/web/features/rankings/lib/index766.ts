import type { TargetResponse, TargetUnit } from '../../../../api/index766.ts';
import { rankWithinGroups } from '../../../../domain/ranking.ts';
import { previousMonth } from '../../target/lib/target-month.ts';
import type { RankingRow } from './ranking-rows.ts';

/**
 * The QĐ 766 index in the rankings: each unit's official and estimated totals for the period's
 * month, ranked within the table's unit group (competition ranking, ties share a rank).
 */

/** The "Xếp hạng theo" choices that rank by the index instead of a dossier metric. */
export const INDEX_RANK_BY = ['official766', 'estimate766'] as const;
export type IndexRankBy = (typeof INDEX_RANK_BY)[number];
export type Basis766 = 'official' | 'estimate';
export type GradeId = TargetUnit['grade'];

export function isIndexRankBy(value: string): value is IndexRankBy {
  return (INDEX_RANK_BY as readonly string[]).includes(value);
}

/** The index's cells of one row; all null when the unit has no card (or the answer is not there yet). */
export interface Index766Cells {
  official766: number | null;
  officialGrade: GradeId | null;
  officialRank766: number | null;
  estimate766: number | null;
  estimateGrade: GradeId | null;
  /** False when the estimate lacks a group: its total then sums the known groups only. */
  estimateIncomplete: boolean;
  /** Codes of the groups the estimate lacks. */
  estimateMissing: readonly string[];
  estimateRank766: number | null;
  /** Under Tốt on the unit's basis (the official card when published, else the estimate). */
  below80: Basis766 | null;
}

export const NO_INDEX: Index766Cells = {
  official766: null,
  officialGrade: null,
  officialRank766: null,
  estimate766: null,
  estimateGrade: null,
  estimateIncomplete: false,
  estimateMissing: [],
  estimateRank766: null,
  below80: null,
};

const FALLBACK_GOOD_POINTS = 80;

/** The lower bound of Tốt in the month's version (80 in every version so far). */
export function goodThreshold(version: TargetResponse['version'] | undefined): number {
  return version?.grades.find((g) => g.id === 'good')?.minPoints ?? FALLBACK_GOOD_POINTS;
}

function cellsOf(unit: TargetUnit | undefined): Index766Cells {
  if (!unit) return NO_INDEX;
  const estimate = unit.estimate;
  return {
    official766: unit.official?.total ?? null,
    officialGrade: unit.official?.grade ?? null,
    officialRank766: null,
    estimate766: estimate?.scorecard.total ?? null,
    estimateGrade: estimate?.scorecard.grade ?? null,
    estimateIncomplete: estimate !== null && !estimate.complete,
    estimateMissing: estimate
      ? Object.entries(estimate.provenance)
          .filter(([, p]) => p.kind === 'missing')
          .map(([code]) => code)
      : [],
    estimateRank766: null,
    // The server gives a unit a basis only when its official card or a complete estimate exists.
    below80: unit.gap > 0 ? unit.basis : null,
  };
}

/**
 * The rows with the index's cells joined by unit id and ranked within each row's group. When the
 * table ranks by the index, `rank` and `ranked` follow it and `rankChange` is unknown (the index
 * has no previous ranking here).
 */
export function withIndex766(
  rows: readonly RankingRow[],
  units: readonly TargetUnit[] | undefined,
  rankBy: string,
): RankingRow[] {
  const byId = new Map((units ?? []).map((u) => [u.unitId, u]));
  const joined = rows.map((r) => ({ ...r, ...cellsOf(byId.get(r.key)) }));
  const rank = (value: (r: RankingRow) => number | null) =>
    rankWithinGroups(
      joined.map((r) => ({ id: r.key, group: r.group, value: value(r) })),
      { higherIsBetter: true },
    );
  const official = rank((r) => r.official766);
  const estimate = rank((r) => r.estimate766);
  return joined.map((r) => {
    const out: RankingRow = {
      ...r,
      officialRank766: official.get(r.key) ?? null,
      estimateRank766: estimate.get(r.key) ?? null,
    };
    if (rankBy === 'official766') {
      return { ...out, rank: out.officialRank766, rankChange: null, ranked: out.official766 };
    }
    if (rankBy === 'estimate766') {
      return { ...out, rank: out.estimateRank766, rankChange: null, ranked: out.estimate766 };
    }
    return out;
  });
}

export interface VersionNotes {
  /** The previous month's version id when the month's differs from it. */
  changedFrom: string | null;
  /** The versions of the group's official cards, when more than one. */
  mixedOfficial: readonly string[];
}

/** What makes the group's scores not comparable: a version change since last month, or mixed cards. */
export function versionNotes(
  answer: Pick<TargetResponse, 'month' | 'version' | 'months' | 'units'>,
  group: string,
): VersionNotes {
  const current = answer.months.find((m) => m.period === answer.month)?.versionId ?? answer.version.id;
  const before = answer.months.find((m) => m.period === previousMonth(answer.month))?.versionId;
  const official = new Set<string>();
  for (const u of answer.units) {
    if (u.unitGroup === group && u.official) official.add(u.official.versionId);
  }
  return {
    changedFrom: before !== undefined && before !== current ? before : null,
    mixedOfficial: official.size > 1 ? [...official].sort() : [],
  };
}
