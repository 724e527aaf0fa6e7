import { aggregateCounts, type Grouping, type Metrics, metricsOf, type RowFilter } from './metrics.ts';
import { type Period, previousPeriod } from './period.ts';
import { rankChange, rankWithinGroups } from './ranking.ts';
import type { DossierTable } from './table.ts';
import type { UnitGroup, UnitResolver } from './units.ts';

export interface UnitKey {
  id: string;
  name: string;
  group: UnitGroup;
}

/** The table's unit spellings folded into units: one group index per unit dictionary id. */
export interface UnitIndex {
  units: UnitKey[];
  /** Grouping by unit, for aggregateCounts. */
  grouping: Grouping;
}

export function indexUnits(table: DossierTable, resolver: UnitResolver): UnitIndex {
  const units: UnitKey[] = [];
  const byId = new Map<string, number>();
  const groupOf = new Int32Array(table.units.size).fill(-1);
  for (let id = 1; id < table.units.size; id++) {
    const resolved = resolver.resolve(table.units.values[id]!);
    let index = byId.get(resolved.id);
    if (index === undefined) {
      index = units.length;
      byId.set(resolved.id, index);
      units.push({ id: resolved.id, name: resolved.name, group: resolved.group });
    }
    groupOf[id] = index;
  }
  return { units, grouping: { column: table.unit, groupOf, groupCount: units.length } };
}

/** Rankable metrics: the ones where a unit can be better or worse than another. */
export const RANK_METRICS = [
  'progressRate766',
  'onTimeRate',
  'satisfactionRate',
  'overdue',
  'onlineRate',
] as const;
export type RankMetric = (typeof RANK_METRICS)[number];
const LOWER_IS_BETTER: ReadonlySet<RankMetric> = new Set(['overdue']);

export interface UnitMetrics extends UnitKey {
  /** Rank within the unit's group by the chosen metric; null when the metric has no data. */
  rank: number | null;
  /** Places gained since the previous period of the same length (negative: lost); null if unranked in either. */
  rankChange: number | null;
  metrics: Metrics;
}

export interface UnitMetricsOptions {
  rankBy?: RankMetric;
  filters?: readonly RowFilter[];
  /** Also rank the previous period of the same length, for rankChange. Default true. */
  withRankChange?: boolean;
}

/**
 * Metrics of every unit with at least one received dossier in the period, ranked within its group
 * (departments, communes, vertical agencies, other) — competition ranking, ties share a rank.
 */
export function unitMetrics(
  table: DossierTable,
  period: Period,
  index: UnitIndex,
  options: UnitMetricsOptions = {},
): UnitMetrics[] {
  const rankBy = options.rankBy ?? 'progressRate766';
  const current = listed(table, period, index, options.filters);
  const ranks = rankOf(current, rankBy);
  const changes =
    options.withRankChange === false
      ? new Map<string, number | null>()
      : rankChange(ranks, rankOf(listed(table, previousPeriod(period), index, options.filters), rankBy));
  return current.map(({ key, metrics }) => ({
    ...key,
    rank: ranks.get(key.id) ?? null,
    rankChange: changes.get(key.id) ?? null,
    metrics,
  }));
}

function listed(table: DossierTable, period: Period, index: UnitIndex, filters: readonly RowFilter[] = []) {
  const counts = aggregateCounts(table, period, index.grouping, filters);
  return index.units
    .map((key, g) => ({ key, metrics: metricsOf(counts, g) }))
    .filter(({ metrics }) => metrics.received > 0);
}

function rankOf(rows: { key: UnitKey; metrics: Metrics }[], rankBy: RankMetric) {
  return rankWithinGroups(
    rows.map(({ key, metrics }) => ({ id: key.id, group: key.group, value: metrics[rankBy] })),
    { higherIsBetter: !LOWER_IS_BETTER.has(rankBy) },
  );
}
