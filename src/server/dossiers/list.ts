import type { DOSSIER_SORTS, ListedDossierItem } from '../../api/dossiers.ts';
import type { WorkCalendar } from '../../domain/calendar.ts';
import { type DossierListKind, listDossiers, selectDossiers } from '../../domain/lists.ts';
import type { RowFilter } from '../../domain/metrics.ts';
import type { Period } from '../../domain/period.ts';
import { isoDateTime, type WallTime } from '../../domain/time.ts';
import { type TableView, unitAt } from '../store/table-view.ts';

export interface DossierPageQuery {
  kind: DossierListKind;
  period: Period;
  filters: readonly RowFilter[];
  dueWithin: number | null;
  sort: (typeof DOSSIER_SORTS)[number];
  offset: number;
  limit: number;
  /** Where whole selections are kept between pages (cleared with the snapshot), and under which key. */
  selections: Map<string, unknown>;
  selectionKey: string;
}

const time = (t: WallTime | null) => (t === null ? null : isoDateTime(t));

/** Table slots of the list in the asked order; the core selects them (earliest deadline first). */
function selection(view: TableView, calendar: WorkCalendar, q: DossierPageQuery, key: string): Int32Array {
  const known = q.selections.get(key);
  if (known instanceof Int32Array) return known;
  const slots = selectDossiers(
    view.table,
    {
      kind: q.kind,
      period: q.period,
      filters: q.filters,
      ...(q.dueWithin !== null ? { dueWithinWorkingDays: q.dueWithin } : {}),
    },
    calendar,
  );
  const { dueAt, receivedAt } = view.table;
  const column = q.sort === 'dueAt' || q.sort === '-dueAt' ? dueAt : receivedAt;
  const direction = q.sort.startsWith('-') ? -1 : 1;
  if (q.sort !== 'dueAt') slots.sort((a, b) => direction * (column[a]! - column[b]!) || a - b);
  q.selections.set(key, slots);
  return slots;
}

export function dossierPage(
  view: TableView,
  calendar: WorkCalendar,
  q: DossierPageQuery,
): { total: number; items: ListedDossierItem[] } {
  const slots = selection(view, calendar, q, q.selectionKey);
  const listed = listDossiers(view.table, slots, q.period, calendar, { offset: q.offset, limit: q.limit });
  const items = listed.map((d): ListedDossierItem => {
    const unit = unitAt(view.units, view.table.unit[d.index]!);
    return {
      code: d.code,
      unitId: unit?.id ?? d.unit,
      unit: unit?.name ?? d.unit,
      unitGroup: unit?.group ?? 'other',
      unitAsExported: d.unit,
      receivingUnit: d.receivingUnit,
      sector: d.sector,
      procedureCode: d.procedureCode,
      procedure: d.procedure,
      channel: d.channel,
      status: d.status,
      receivedAt: isoDateTime(d.receivedAt),
      dueAt: time(d.dueAt),
      finishedAt: time(d.finishedAt),
      returnedAt: time(d.returnedAt),
      apologyAt: time(d.apologyAt),
      hasApology: d.hasApology,
      newDueAt: time(d.newDueAt),
      rating: d.rating,
      daysOverdue: d.daysOverdue,
      workingDaysLeft: d.workingDaysLeft,
    };
  });
  return { total: slots.length, items };
}
