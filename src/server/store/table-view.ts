import type { RowFilterQuery } from '../../api/query.ts';
import { CHANNELS } from '../../domain/dossier.ts';
import { unitFilter, unitGroupFilter, valueFilter } from '../../domain/groupings.ts';
import type { RowFilter } from '../../domain/metrics.ts';
import type { DossierTable } from '../../domain/table.ts';
import { indexUnits, type UnitIndex, type UnitKey } from '../../domain/unit-metrics.ts';
import type { UnitResolver } from '../../domain/units.ts';
import type { Snapshot } from './serving-store.ts';

/** A snapshot with its unit spellings folded through the current registry. */
export interface TableView {
  snapshot: Snapshot;
  table: DossierTable;
  units: UnitIndex;
}

export function viewOf(snapshot: Snapshot, resolver: UnitResolver): TableView {
  return { snapshot, table: snapshot.table, units: indexUnits(snapshot.table, resolver) };
}

/** The unit a dictionary id of the unit column stands for. */
export function unitAt(index: UnitIndex, dictionaryId: number): UnitKey | undefined {
  const g = index.grouping.groupOf?.[dictionaryId];
  return g === undefined || g < 0 ? undefined : index.units[g];
}

/**
 * The query's filters as the core's row filters. A value the data does not hold filters every
 * row out (an empty answer, not an error); '' for sector, procedure or receiving unit means
 * "not stated in the export".
 */
export function rowFilters(view: TableView, q: RowFilterQuery): RowFilter[] {
  const { table, units } = view;
  const filters: RowFilter[] = [];
  if (q.unit !== undefined) filters.push(unitFilter(table, units, [q.unit]));
  if (q.unitGroup !== undefined) filters.push(unitGroupFilter(table, units, [q.unitGroup]));
  if (q.receivingUnit !== undefined)
    filters.push(valueFilter(table.receivingUnit, [q.receivingUnit], table.receivingUnits.values));
  if (q.sector !== undefined) filters.push(valueFilter(table.sector, [q.sector], table.sectors.values));
  if (q.procedure !== undefined)
    filters.push(valueFilter(table.procedure, [q.procedure], table.procedures.values));
  if (q.channel !== undefined) {
    const allowed = new Uint8Array(CHANNELS.length);
    allowed[CHANNELS.indexOf(q.channel)] = 1;
    filters.push({ column: table.channel, allowed });
  }
  return filters;
}
