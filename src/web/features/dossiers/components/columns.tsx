import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { DOSSIER_SORTS, ListedDossierItem } from '../../../../api/dossiers.ts';
import { deadlineStanding, deadlineWordingKey, formatWallClock, formatWallDay } from '../lib/format-row.ts';

export type DossierSort = (typeof DOSSIER_SORTS)[number];
export type SortField = 'dueAt' | 'receivedAt';

export const COLUMN_IDS = [
  'code',
  'unit',
  'receivingUnit',
  'sector',
  'procedure',
  'channel',
  'receivedAt',
  'dueAt',
  'finished',
  'deadline',
  'apologyAt',
  'newDueAt',
  'rating',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/**
 * Fixed widths (px): rows keep their place while the list scrolls and pages arrive. The code column
 * holds a typical code whole (`000.00.12.H01-240315-0001`: 25 characters of bold tabular digits).
 */
export const COLUMN_WIDTH: Record<ColumnId, number> = {
  code: 264,
  unit: 220,
  receivingUnit: 200,
  sector: 160,
  procedure: 300,
  channel: 130,
  receivedAt: 150,
  dueAt: 150,
  finished: 170,
  deadline: 190,
  apologyAt: 140,
  newDueAt: 150,
  rating: 140,
};

export const SORTABLE: Partial<Record<ColumnId, SortField>> = { receivedAt: 'receivedAt', dueAt: 'dueAt' };

export const sortField = (sort: DossierSort): SortField =>
  (sort.startsWith('-') ? sort.slice(1) : sort) as SortField;
export const sortDescending = (sort: DossierSort) => sort.startsWith('-');

/** Clicking a header: its field ascending first, then the other way. */
export function nextSort(current: DossierSort, field: SortField): DossierSort {
  if (sortField(current) !== field) return field;
  return (sortDescending(current) ? field : `-${field}`) as DossierSort;
}

export function columnHeader(id: ColumnId, t: TFunction): string {
  return t(`dossiers.column.${id}`);
}

const dash = (t: TFunction) => t('dossiers.cell.none');

/** A cell's content: one line of text (two for the result and its return). */
export function cellContent(id: ColumnId, item: ListedDossierItem, t: TFunction): ReactNode {
  switch (id) {
    case 'code':
      return item.code;
    case 'unit':
      return item.unit;
    case 'receivingUnit':
      return item.receivingUnit ?? dash(t);
    case 'sector':
      return item.sector || dash(t);
    case 'procedure':
      return item.procedure ?? item.procedureCode ?? dash(t);
    case 'channel':
      return t(`dossiers.channel.${item.channel}`);
    case 'receivedAt':
      return formatWallClock(item.receivedAt);
    case 'dueAt':
      return formatWallClock(item.dueAt) ?? dash(t);
    case 'finished': {
      const finished = formatWallClock(item.finishedAt);
      const returned = formatWallDay(item.returnedAt);
      if (finished === null && returned === null) return dash(t);
      return (
        <>
          <span className="dossier-cell__line">{finished ?? dash(t)}</span>
          {returned !== null && (
            <span className="dossier-cell__line dossier-cell__sub">
              {t('dossiers.cell.returned', { date: returned })}
            </span>
          )}
        </>
      );
    }
    case 'deadline': {
      const standing = deadlineStanding(item);
      const { key, days } = deadlineWordingKey(standing);
      const text =
        days === null ? t(`dossiers.cell.${key}`) : t(`dossiers.cell.${key as 'overdue' | 'left'}`, { days });
      return <span className={`dossier-standing dossier-standing--${standing.kind}`}>{text}</span>;
    }
    case 'apologyAt':
      return item.apologyAt !== null
        ? formatWallDay(item.apologyAt)
        : item.hasApology
          ? t('dossiers.cell.apologyNoDate')
          : dash(t);
    case 'newDueAt':
      return formatWallClock(item.newDueAt) ?? dash(t);
    case 'rating':
      return item.rating === null ? dash(t) : t(`dossiers.rating.${item.rating}`);
  }
}

/** The cell's plain text, for the hover title of a truncated cell. */
export function cellTitle(id: ColumnId, item: ListedDossierItem): string | undefined {
  switch (id) {
    case 'unit':
      return item.unitAsExported === item.unit ? item.unit : `${item.unit} (${item.unitAsExported})`;
    case 'receivingUnit':
      return item.receivingUnit ?? undefined;
    case 'sector':
      return item.sector ?? undefined;
    case 'procedure':
      return [item.procedureCode, item.procedure].filter(Boolean).join(' · ') || undefined;
    default:
      return undefined;
  }
}
