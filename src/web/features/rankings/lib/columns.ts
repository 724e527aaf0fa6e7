import type { ExportKind, ExportTable, ExportValue } from '../../../lib/table-export.ts';
import type { RankingRow } from './ranking-rows.ts';

/** The table's columns, in order. `unit` cannot be hidden: it names the row. */
export const RANKING_COLUMNS = [
  'rank',
  'rankChange',
  'unit',
  'received',
  'resolved',
  'onTimeRate',
  'progressScore766',
  'overdue',
  'satisfactionRate',
] as const;
export type RankingColumnId = (typeof RANKING_COLUMNS)[number];

export const HIDEABLE_COLUMNS: readonly RankingColumnId[] = RANKING_COLUMNS.filter((c) => c !== 'unit');

export const COLUMN_KINDS: Record<RankingColumnId, ExportKind> = {
  rank: 'integer',
  rankChange: 'integer',
  unit: 'text',
  received: 'integer',
  resolved: 'integer',
  onTimeRate: 'percent',
  progressScore766: 'decimal',
  overdue: 'integer',
  satisfactionRate: 'percent',
};

export function isRankingColumn(id: string): id is RankingColumnId {
  return (RANKING_COLUMNS as readonly string[]).includes(id);
}

function cellOf(row: RankingRow, column: RankingColumnId): ExportValue {
  return column === 'unit' ? row.name : row[column];
}

export interface RankingSheetOptions {
  sheetName: string;
  /** Header of each column as shown. */
  label: (column: RankingColumnId) => string;
  /** The below-target mark, written in a column after the unit when given. */
  belowTarget?: { header: string; text: string };
}

/**
 * The export of exactly what the table shows: `rows` in their on-screen order (after search and
 * sort) and `columns` the visible ones, in order. Percent headers say "%", as CSV writes 98.23.
 */
export function rankingSheet(
  rows: readonly RankingRow[],
  columns: readonly RankingColumnId[],
  options: RankingSheetOptions,
): ExportTable {
  const mark = options.belowTarget;
  const out: { header: string; kind: ExportKind; value: (r: RankingRow) => ExportValue }[] = [];
  for (const column of columns) {
    const kind = COLUMN_KINDS[column];
    const label = options.label(column);
    out.push({ header: kind === 'percent' ? `${label} (%)` : label, kind, value: (r) => cellOf(r, column) });
    if (column === 'unit' && mark) {
      out.push({ header: mark.header, kind: 'text', value: (r) => (r.belowTarget ? mark.text : null) });
    }
  }
  return {
    sheetName: options.sheetName,
    columns: out.map(({ header, kind }) => ({ header, kind })),
    rows: rows.map((r) => out.map((c) => c.value(r))),
  };
}
