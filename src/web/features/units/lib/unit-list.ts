import type { MetricsRow } from '../../../../api/metrics.ts';
import { UNIT_GROUPS } from '../../../../api/registry.ts';
import { foldText } from '../../../../ingest/fold.ts';

export type UnitGroup = (typeof UNIT_GROUPS)[number];

/** Units whose name (or id) contains the query, ignoring case, diacritics and punctuation. */
export function searchUnits(rows: readonly MetricsRow[], query: string): MetricsRow[] {
  const needle = foldText(query);
  if (needle === '') return [...rows];
  return rows.filter((r) => foldText(r.name).includes(needle) || foldText(r.key).includes(needle));
}

/** Units in their ranking groups (departments, communes, vertical agencies, other), by rank then name. */
export function groupUnits(rows: readonly MetricsRow[]): { group: UnitGroup; rows: MetricsRow[] }[] {
  return UNIT_GROUPS.map((group) => ({
    group,
    rows: rows
      .filter((r) => (r.group ?? 'other') === group)
      .sort(
        (a, b) =>
          (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
          a.name.localeCompare(b.name, 'vi'),
      ),
  })).filter((g) => g.rows.length > 0);
}

/** How many units of `group` have a rank (the "of N" of "rank 3 of N"). */
export function rankedInGroup(rows: readonly MetricsRow[], group: UnitGroup | undefined): number {
  return rows.filter((r) => (r.group ?? 'other') === (group ?? 'other') && r.rank != null).length;
}
