import type { DataSource, GroupBy, MetricsRow } from '../../api/metrics.ts';
import { UNIT_GROUPS } from '../../api/registry.ts';
import type { Channel } from '../../domain/dossier.ts';
import { type GroupMetrics, metricsByGroup } from '../../domain/groupings.ts';
import { type RowFilter, totalMetrics } from '../../domain/metrics.ts';
import type { Period } from '../../domain/period.ts';
import { toTableTime } from '../../domain/table.ts';
import { type RankMetric, unitMetrics } from '../../domain/unit-metrics.ts';
import type { UnitGroup } from '../../domain/units.ts';
import type { TableView } from '../store/table-view.ts';

const UNIT_GROUP_NAMES: Record<UnitGroup, string> = {
  department: 'Sở, ban, ngành tỉnh',
  commune: 'Xã, phường, đặc khu',
  vertical: 'Cơ quan ngành dọc',
  other: 'Đơn vị khác',
};

const CHANNEL_NAMES: Record<Channel, string> = {
  online: 'Trực tuyến',
  direct: 'Trực tiếp',
  postal: 'Bưu chính công ích',
  unknown: 'Không rõ',
};

const NOT_STATED: Partial<Record<GroupBy, string>> = {
  receivingUnit: 'Không rõ nơi tiếp nhận',
  sector: 'Không rõ lĩnh vực',
  procedure: 'Không rõ thủ tục',
};

/** The API's row for one of the core's groups: Vietnamese names, and the procedure's code. */
function labelled(view: TableView, by: GroupBy, { key, metrics }: GroupMetrics): MetricsRow {
  switch (by) {
    case 'unitGroup':
      return { key: key.id, name: UNIT_GROUP_NAMES[key.id as UnitGroup], metrics };
    case 'channel':
      return { key: key.id, name: CHANNEL_NAMES[key.id as Channel], metrics };
    case 'procedure': {
      const id = view.table.procedures.idOf(key.id);
      const code = id === undefined ? null : (view.table.procedureCodes[id] ?? null);
      return { key: key.id, name: key.label || NOT_STATED.procedure!, code, metrics };
    }
    default:
      return { key: key.id, name: key.label || (NOT_STATED[by] ?? key.id), metrics };
  }
}

const byReceived = (a: MetricsRow, b: MetricsRow) =>
  b.metrics.received - a.metrics.received || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

const byGroupThenRank = (a: MetricsRow, b: MetricsRow) =>
  UNIT_GROUPS.indexOf(a.group!) - UNIT_GROUPS.indexOf(b.group!) ||
  (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
  a.name.localeCompare(b.name, 'vi');

export interface GroupQuery {
  groupBy: GroupBy;
  rankBy: RankMetric;
  filters: readonly RowFilter[];
  /** Units: also rank the previous period, for rankChange. */
  withRankChange: boolean;
}

/**
 * Metrics rows of one period. Every number comes from the core: totalMetrics, unitMetrics (ranks
 * within unit groups) and metricsByGroup for the other groupings.
 */
export function metricsRows(view: TableView, period: Period, q: GroupQuery): MetricsRow[] {
  const { table } = view;
  if (q.groupBy === 'total')
    return [{ key: 'total', name: 'Toàn tỉnh', metrics: totalMetrics(table, period, q.filters) }];
  if (q.groupBy === 'unit') {
    return unitMetrics(table, period, view.units, {
      rankBy: q.rankBy,
      filters: q.filters,
      withRankChange: q.withRankChange,
    })
      .map((u) => ({
        key: u.id,
        name: u.name,
        group: u.group,
        rank: u.rank,
        rankChange: u.rankChange,
        metrics: u.metrics,
      }))
      .sort(byGroupThenRank);
  }
  return metricsByGroup(table, period, q.groupBy, view.units, q.filters)
    .map((g) => labelled(view, q.groupBy, g))
    .sort(byReceived);
}

/**
 * The published imports whose current dossiers span the period: received before its end and
 * finished at or after its start, or still open. Read from spans kept with the snapshot, so it
 * costs no pass over the table; it may name an import none of whose dossiers passes the filters.
 */
export function sourcesOf(view: TableView, period: Period): DataSource[] {
  const { snapshot } = view;
  const start = toTableTime(period.from);
  const end = toTableTime(period.to);
  const out: DataSource[] = [];
  snapshot.sources.forEach((s, i) => {
    const span = snapshot.spans[i];
    if (span && span.from < end && span.to >= start)
      out.push({
        importId: s.id,
        fileName: s.fileName,
        sourceSystem: s.sourceSystem,
        publishedAt: s.publishedAt,
        dossiers: snapshot.currentRows[i]!,
      });
  });
  return out;
}
