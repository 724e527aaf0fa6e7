import type { SheetData } from 'write-excel-file/browser';
import { foldText } from '../../ingest/fold.ts';

/**
 * Exporting a table as shown on screen to CSV or .xlsx: one neutral shape (`ExportTable`) built by
 * each screen, then written by the generic pieces here.
 */

/** How a column's values are written: numbers stay numbers in both formats. */
export type ExportKind = 'text' | 'integer' | 'decimal' | 'percent';

export interface ExportColumn {
  header: string;
  kind: ExportKind;
}

/** A cell: text for `text` columns, a number otherwise (a fraction for `percent`); null when empty. */
export type ExportValue = string | number | null;

export interface ExportTable {
  /** The .xlsx sheet name (Excel allows 31 characters). */
  sheetName: string;
  columns: readonly ExportColumn[];
  rows: readonly (readonly ExportValue[])[];
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
export const FORMULA_PREFIXES: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/**
 * A text cell made safe from formula injection: text starting with = + - @ tab or CR gets a leading
 * apostrophe, which spreadsheets show as text instead of evaluating. Other text is unchanged.
 */
export function escapeCell(text: string): string {
  return FORMULA_PREFIXES.some((p) => text.startsWith(p)) ? `'${text}` : text;
}

const DECIMALS = 2;
const round = (value: number, digits = DECIMALS) => Number(value.toFixed(digits));

/** A number as CSV writes it: plain digits and a dot (no grouping), as shown (2 decimals). */
function csvNumber(value: number, kind: ExportKind): string {
  if (!Number.isFinite(value)) return '';
  if (kind === 'percent') return String(round(value * 100));
  if (kind === 'decimal') return String(round(value));
  return String(value);
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

function csvField(value: ExportValue, kind: ExportKind): string {
  if (value === null) return '';
  if (typeof value === 'number') return csvNumber(value, kind);
  const safe = escapeCell(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * RFC 4180 CSV: comma separated, CRLF line ends, quotes only where needed. Percent columns are
 * written as percentages (98.23, the header says "%"), decimals with a dot. No BOM: see csvBlob.
 */
export function toCsv(table: ExportTable): string {
  const header = table.columns.map((c) => csvField(c.header, 'text')).join(',');
  const lines = table.rows.map((row) =>
    table.columns.map((c, i) => csvField(row[i] ?? null, c.kind)).join(','),
  );
  return `${[header, ...lines].join('\r\n')}\r\n`;
}

/** The byte-order mark: without it Excel reads UTF-8 CSV as the system code page and garbles Vietnamese. */
export const UTF8_BOM = '\uFEFF';

export function csvBlob(table: ExportTable): Blob {
  return new Blob([UTF8_BOM, toCsv(table)], { type: 'text/csv;charset=utf-8' });
}

const XLSX_FORMATS: Record<ExportKind, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  decimal: '0.00',
  percent: '0.00%',
};

/** The .xlsx cells: a bold header row, typed numbers with a display format, escaped text. */
export function xlsxSheetData(table: ExportTable): SheetData {
  const header = table.columns.map((c) => ({
    value: escapeCell(c.header),
    type: String,
    fontWeight: 'bold' as const,
  }));
  const rows = table.rows.map((row) =>
    table.columns.map((c, i) => {
      const value = row[i] ?? null;
      if (value === null) return null;
      if (typeof value === 'string') return { value: escapeCell(value), type: String };
      const format = XLSX_FORMATS[c.kind];
      return format ? { value, type: Number, format } : { value, type: Number };
    }),
  );
  return [header, ...rows];
}

const MAX_SHEET_NAME = 31;

/** The .xlsx file; write-excel-file is loaded on first use so it stays out of the page's bundle. */
export async function xlsxBlob(table: ExportTable): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const columns = table.columns.map((c) => ({ width: c.kind === 'text' ? 40 : 14 }));
  return writeXlsxFile(xlsxSheetData(table), {
    sheet: table.sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, MAX_SHEET_NAME),
    columns,
    stickyRowsCount: 1,
  }).toBlob();
}

/** Saves a blob under a file name through a temporary link (works in every current browser). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns; revoke once they have.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name part without diacritics or spaces: "Sở, ngành" → "so-nganh", "2025-Q1" → "2025-q1". */
export function fileNamePart(text: string): string {
  return foldText(text).replaceAll(' ', '-');
}

/** `xep-hang-2025-03-so-nganh.csv` from ['Xếp hạng', '2025-03', 'Sở ngành'] and 'csv'. */
export function exportFileName(parts: readonly string[], extension: 'csv' | 'xlsx'): string {
  const name = parts.map(fileNamePart).filter(Boolean).join('-');
  return `${name || 'du-lieu'}.${extension}`;
}
