import { CHANNELS } from './dossier.ts';
import { aggregateCounts, type Grouping, type Metrics, metricsOf, type RowFilter, TOTAL } from './metrics.ts';
import { monthsOf, type Period } from './period.ts';
import type { DossierTable } from './table.ts';
import { isoDate } from './time.ts';
import type { UnitIndex } from './unit-metrics.ts';
import type { UnitGroup } from './units.ts';

/** The groupings every screen can ask for (issue: any period, any grouping). */
export const GROUP_BYS = [
  'total',
  'unit',
  'unitGroup',
  'receivingUnit',
  'sector',
  'procedure',
  'channel',
] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export interface GroupKey {
  /** Stable id: the folded unit id, the dictionary text, the channel or group name. */
  id: string;
  label: string;
}

const UNIT_GROUPS: readonly UnitGroup[] = ['department', 'commune', 'vertical', 'other'];

/** How to split the table's rows for `by`, and the key of each group index. */
export function groupingFor(
  table: DossierTable,
  by: GroupBy,
  units: UnitIndex,
): { grouping: Grouping; keys: GroupKey[] } {
  switch (by) {
    case 'total':
      return { grouping: TOTAL, keys: [{ id: 'total', label: 'total' }] };
    case 'unit':
      return { grouping: units.grouping, keys: units.units.map((u) => ({ id: u.id, label: u.name })) };
    case 'unitGroup': {
      const unitGroupOf = units.grouping.groupOf!;
      const groupOf = unitGroupOf.map((u) => (u < 0 ? -1 : UNIT_GROUPS.indexOf(units.units[u]!.group)));
      return {
        grouping: { column: table.unit, groupOf, groupCount: UNIT_GROUPS.length },
        keys: UNIT_GROUPS.map((g) => ({ id: g, label: g })),
      };
    }
    case 'channel':
      return {
        grouping: { column: table.channel, groupOf: null, groupCount: CHANNELS.length },
        keys: CHANNELS.map((c) => ({ id: c, label: c })),
      };
    case 'receivingUnit':
      return byDictionary(table.receivingUnit, table.receivingUnits.values);
    case 'sector':
      return byDictionary(table.sector, table.sectors.values);
    case 'procedure':
      return {
        grouping: { column: table.procedure, groupOf: null, groupCount: table.procedures.size },
        keys: table.procedures.values.map((id, i) => ({ id, label: table.procedureNames[i] ?? id })),
      };
  }
}

/** Group index = dictionary id; id 0 is "not stated" in the export. */
function byDictionary(column: Uint16Array, values: readonly string[]) {
  return {
    grouping: { column, groupOf: null, groupCount: values.length },
    keys: values.map((v) => ({ id: v, label: v })),
  };
}

export interface GroupMetrics {
  key: GroupKey;
  metrics: Metrics;
}

/** Metrics of each group with at least one received dossier in the period. */
export function metricsByGroup(
  table: DossierTable,
  period: Period,
  by: GroupBy,
  units: UnitIndex,
  filters: readonly RowFilter[] = [],
): GroupMetrics[] {
  const { grouping, keys } = groupingFor(table, by, units);
  const counts = aggregateCounts(table, period, grouping, filters);
  return keys.map((key, g) => ({ key, metrics: metricsOf(counts, g) })).filter((r) => r.metrics.received > 0);
}

/** One entry per calendar month of the period (clipped to it): the trend series. */
export function monthlySeries(
  table: DossierTable,
  period: Period,
  by: GroupBy,
  units: UnitIndex,
  filters: readonly RowFilter[] = [],
): { month: string; period: Period; groups: GroupMetrics[] }[] {
  return monthsOf(period).map((month) => ({
    month: isoDate(month.from).slice(0, 7),
    period: month,
    groups: metricsByGroup(table, month, by, units, filters),
  }));
}

/** Keeps rows whose unit (folded) is one of `unitIds`. */
export function unitFilter(table: DossierTable, units: UnitIndex, unitIds: readonly string[]): RowFilter {
  const wanted = new Set(unitIds);
  const allowed = new Uint8Array(table.units.size);
  units.grouping.groupOf!.forEach((u, dictId) => {
    if (u >= 0 && wanted.has(units.units[u]!.id)) allowed[dictId] = 1;
  });
  return { column: table.unit, allowed };
}

/** Keeps rows whose unit belongs to one of the unit groups. */
export function unitGroupFilter(
  table: DossierTable,
  units: UnitIndex,
  groups: readonly UnitGroup[],
): RowFilter {
  const allowed = new Uint8Array(table.units.size);
  units.grouping.groupOf!.forEach((u, dictId) => {
    if (u >= 0 && groups.includes(units.units[u]!.group)) allowed[dictId] = 1;
  });
  return { column: table.unit, allowed };
}

/** Keeps rows whose value in a dictionary column (sector, receiving unit) is one of `values`. */
export function valueFilter(
  column: Uint16Array,
  values: readonly string[],
  dictionary: readonly string[],
): RowFilter {
  const wanted = new Set(values);
  const allowed = new Uint8Array(dictionary.length);
  dictionary.forEach((v, id) => {
    if (wanted.has(v)) allowed[id] = 1;
  });
  return { column, allowed };
}
