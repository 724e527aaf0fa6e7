import type { ExportKind, ExportTable, ExportValue } from '../../../lib/table-export.ts';
import type { Basis766, GradeId } from './index766.ts';
import type { RankingRow } from './ranking-rows.ts';

/** The columns of numbers, in order (their headers have short words on screen). */
export const NUMBER_COLUMNS = [
  'received',
  'resolved',
  'onTimeRate',
  'progressScore766',
  'overdue',
  'satisfactionRate',
  'official766',
  'officialRank766',
  'estimate766',
  'estimateRank766',
] as const;
export type NumberColumnId = (typeof NUMBER_COLUMNS)[number];

/** The table's columns, in order. `unit` cannot be hidden: it names the row. */
export const RANKING_COLUMNS = ['rank', 'rankChange', 'unit', ...NUMBER_COLUMNS] as const;
export type RankingColumnId = (typeof RANKING_COLUMNS)[number];

export function isNumberColumn(id: string): id is NumberColumnId {
  return (NUMBER_COLUMNS as readonly string[]).includes(id);
}

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
  official766: 'decimal',
  officialRank766: 'integer',
  estimate766: 'decimal',
  estimateRank766: 'integer',
};

/** The QĐ 766 index's columns. */
export const INDEX_COLUMNS: ReadonlySet<RankingColumnId> = new Set([
  'official766',
  'officialRank766',
  'estimate766',
  'estimateRank766',
]);

/** Columns hidden by default on a narrow screen (until the user picks them). */
export const NARROW_HIDDEN_COLUMNS: readonly RankingColumnId[] = [
  'officialRank766',
  'estimate766',
  'estimateRank766',
];

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
  /**
   * The index's words, when its answer is there: the under-Tốt mark after the unit, each score's
   * grade after it, and after the estimate whether it lacks groups.
   */
  index766?: {
    below80: { header: string; text: (basis: Basis766) => string };
    gradeHeader: (basis: Basis766) => string;
    grade: (grade: GradeId) => string;
    incomplete: { header: string; text: string };
  };
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
  const index = options.index766;
  const out: { header: string; kind: ExportKind; value: (r: RankingRow) => ExportValue }[] = [];
  const text = (header: string, value: (r: RankingRow) => string | null) =>
    out.push({ header, kind: 'text', value });
  for (const column of columns) {
    const kind = COLUMN_KINDS[column];
    const label = options.label(column);
    out.push({ header: kind === 'percent' ? `${label} (%)` : label, kind, value: (r) => cellOf(r, column) });
    if (column === 'unit' && mark) text(mark.header, (r) => (r.belowTarget ? mark.text : null));
    if (column === 'unit' && index) {
      text(index.below80.header, (r) => (r.below80 === null ? null : index.below80.text(r.below80)));
    }
    if (column === 'official766' && index) {
      text(index.gradeHeader('official'), (r) =>
        r.officialGrade === null ? null : index.grade(r.officialGrade),
      );
    }
    if (column === 'estimate766' && index) {
      text(index.gradeHeader('estimate'), (r) =>
        r.estimateGrade === null ? null : index.grade(r.estimateGrade),
      );
      text(index.incomplete.header, (r) => (r.estimateIncomplete ? index.incomplete.text : null));
    }
  }
  return {
    sheetName: options.sheetName,
    columns: out.map(({ header, kind }) => ({ header, kind })),
    rows: rows.map((r) => out.map((c) => c.value(r))),
  };
}
