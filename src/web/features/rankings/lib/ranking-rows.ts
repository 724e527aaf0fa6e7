import type { TargetUnit } from '../../../../api/index766.ts';
import type { MetricsRow } from '../../../../api/metrics.ts';
import { UNIT_GROUPS } from '../../../../api/registry.ts';
import { RANK_METRICS, type RankMetric } from '../../../../domain/unit-metrics.ts';
import { foldText } from '../../../../ingest/fold.ts';
import {
  INDEX_RANK_BY,
  type Index766Cells,
  type IndexRankBy,
  isIndexRankBy,
  NO_INDEX,
  withIndex766,
} from './index766.ts';

export type RankingGroup = (typeof UNIT_GROUPS)[number];
export const RANKING_GROUPS: readonly RankingGroup[] = UNIT_GROUPS;
export const DEFAULT_RANK_BY: RankMetric = 'progressRate766';
/** What the table can rank by: a dossier metric (ranked by the server) or the QĐ 766 index. */
export type RankingRankBy = RankMetric | IndexRankBy;
export const RANKING_RANK_BY: readonly RankingRankBy[] = [...RANK_METRICS, ...INDEX_RANK_BY];

/** File-name words of each group: `xep-hang-2025-03-so-nganh.csv`. */
export const GROUP_SLUGS: Record<RankingGroup, string> = {
  department: 'so-nganh',
  commune: 'xa-phuong',
  vertical: 'nganh-doc',
  other: 'khac',
};

/** One unit as the rankings table shows it. */
export interface RankingRow extends Index766Cells {
  key: string;
  name: string;
  /** Folded once for the search box. */
  folded: string;
  group: RankingGroup;
  rank: number | null;
  rankChange: number | null;
  received: number;
  resolved: number;
  onTimeRate: number | null;
  progressScore766: number | null;
  overdue: number;
  satisfactionRate: number | null;
  /** The ranked metric's value (the chart draws it). */
  ranked: number | null;
  /** On-time rate under the year's target; false when either is unknown. */
  belowTarget: boolean;
}

export function parseGroup(text: string | null): RankingGroup | null {
  return text !== null && (RANKING_GROUPS as readonly string[]).includes(text)
    ? (text as RankingGroup)
    : null;
}

export function parseRankBy(text: string | null): RankingRankBy {
  return text !== null && (RANKING_RANK_BY as readonly string[]).includes(text)
    ? (text as RankingRankBy)
    : DEFAULT_RANK_BY;
}

/** The metric the server ranks by: the index is ranked here, so the server keeps its default. */
export function serverRankBy(rankBy: RankingRankBy): RankMetric {
  return isIndexRankBy(rankBy) ? DEFAULT_RANK_BY : rankBy;
}

/** Whether an on-time rate misses its target (a rate without dossiers, or no target, is not flagged). */
export function isBelowTarget(rate: number | null, target: number | null | undefined): boolean {
  return rate !== null && target !== null && target !== undefined && rate < target;
}

/**
 * The unit rows of the answer, by group, in the answer's order (rank within the group), with the
 * QĐ 766 index's cells when its answer is there (`index766`: the month's units).
 */
export function rankingRowsByGroup(
  rows: readonly MetricsRow[],
  rankBy: RankingRankBy,
  onTimeTarget: number | null | undefined,
  index766?: readonly TargetUnit[],
): Record<RankingGroup, RankingRow[]> {
  const out: Record<RankingGroup, RankingRow[]> = { department: [], commune: [], vertical: [], other: [] };
  const metricRankBy = isIndexRankBy(rankBy) ? null : rankBy;
  for (const row of rows) {
    if (!row.group) continue;
    const m = row.metrics;
    out[row.group].push({
      key: row.key,
      name: row.name,
      folded: foldText(row.name),
      group: row.group,
      rank: row.rank ?? null,
      rankChange: row.rankChange ?? null,
      received: m.received,
      resolved: m.resolved,
      onTimeRate: m.onTimeRate,
      progressScore766: m.progressScore766,
      overdue: m.overdue,
      satisfactionRate: m.satisfactionRate,
      ranked: metricRankBy === null ? null : m[metricRankBy],
      belowTarget: isBelowTarget(m.onTimeRate, onTimeTarget),
      ...NO_INDEX,
    });
  }
  for (const group of RANKING_GROUPS) out[group] = withIndex766(out[group], index766, rankBy);
  return out;
}

/**
 * Units whose name contains the query, ignoring case, diacritics, đ/d and punctuation: "so tai chinh"
 * finds "Sở Tài chính". An empty query keeps every row (the same array, so the table keeps its model).
 */
export function searchUnits(rows: readonly RankingRow[], query: string): readonly RankingRow[] {
  const needle = foldText(query);
  if (needle === '') return rows;
  return rows.filter((r) => r.folded.includes(needle));
}

/** The group the page opens on: the URL's, else the first with units, else departments. */
export function initialGroup(
  fromUrl: RankingGroup | null,
  filtered: RankingGroup | undefined,
  byGroup: Record<RankingGroup, readonly RankingRow[]>,
): RankingGroup {
  if (fromUrl) return fromUrl;
  if (filtered) return filtered;
  return RANKING_GROUPS.find((g) => byGroup[g].length > 0) ?? 'department';
}

export interface Leaderboard {
  rows: readonly RankingRow[];
  /** True when only the first and last `limit` units are drawn. */
  truncated: boolean;
}

/** The chart's bars: every ranked unit when few, else the first and the last `limit` by rank. */
export function leaderboardOf(rows: readonly RankingRow[], limit = 10): Leaderboard {
  const ranked = rows
    .filter((r) => r.rank !== null && r.ranked !== null)
    .toSorted((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  if (ranked.length <= limit * 2) return { rows: ranked, truncated: false };
  return { rows: [...ranked.slice(0, limit), ...ranked.slice(-limit)], truncated: true };
}
