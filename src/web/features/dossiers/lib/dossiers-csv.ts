import type { ListedDossierItem } from '../../../../api/dossiers.ts';
import type { ExportKind, ExportTable } from '../../../lib/table-export.ts';
import { CSV_FIELDS, type CsvWords, dossierCsvCells } from './format-row.ts';

const KIND: Partial<Record<(typeof CSV_FIELDS)[number], ExportKind>> = {
  daysOverdue: 'integer',
  workingDaysLeft: 'integer',
};

/** The list as an export table: one column per CSV_FIELDS entry, one row per dossier. */
export function dossiersExportTable(
  items: readonly ListedDossierItem[],
  words: CsvWords & { sheetName: string },
): ExportTable {
  return {
    sheetName: words.sheetName,
    columns: CSV_FIELDS.map((field, i) => ({
      header: words.headers[i] ?? field,
      kind: KIND[field] ?? 'text',
    })),
    rows: items.map((item) => dossierCsvCells(item, words)),
  };
}
