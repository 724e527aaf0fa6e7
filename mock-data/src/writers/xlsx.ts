import { writeFile } from 'node:fs/promises';
import writeXlsxFile, { type Cell, type Row, type SheetData } from 'write-excel-file/node';
import { type DateFormat, DateFormatter } from '../date-format.ts';
import type { ColumnDefinition } from '../layout/columns.ts';
import { dateFormatOf, type ExportLayout, sheetShape, TOTALS_LABEL } from '../layout/sheet.ts';
import type { DateField, MockDossierRow } from '../types.ts';
import type { WriteSummary } from './summary.ts';
import { normalizeZipTimestamps } from './zip-timestamps.ts';

/** write-excel-file builds the whole workbook in memory; beyond this, use CSV or HTML. */
export const MAX_XLSX_ROWS = 200_000;

export interface XlsxOptions {
  /** Date columns written as real Excel dates; the others print as text in their date format. */
  dateCells: readonly DateField[];
  maxRows: number;
}

export const DEFAULT_XLSX: XlsxOptions = {
  dateCells: ['receivedAt', 'dueAt', 'apologyAt', 'newDueAt'],
  maxRows: MAX_XLSX_ROWS,
};

const EXCEL_DATE_FORMAT: Readonly<Record<DateFormat, string>> = {
  'dd/MM/yyyy HH:mm:ss': 'dd/mm/yyyy hh:mm:ss',
  'dd/MM/yyyy HH:mm': 'dd/mm/yyyy hh:mm',
  'dd/MM/yyyy': 'dd/mm/yyyy',
  yyyyMMddHHmmss: 'dd/mm/yyyy hh:mm:ss',
  iso: 'dd/mm/yyyy hh:mm:ss',
  'excel-serial': 'dd/mm/yyyy hh:mm:ss',
};

const BOLD_CENTRED = { fontWeight: 'bold', align: 'center' } as const;

function dataCell(
  column: ColumnDefinition,
  row: MockDossierRow,
  layout: ExportLayout,
  dateCells: ReadonlySet<DateField>,
  formatter: DateFormatter,
): Cell {
  const value = column.value;
  if (value.kind === 'row-number') return row.rowNumber;
  if (value.kind === 'text') {
    const text = row.printed[value.field];
    if (text === '') return null;
    // Codes, id numbers and phone numbers keep their leading zeros only as text cells.
    return value.identifier ? { value: text, type: String, format: '@' } : text;
  }
  const printed = row.printed[value.field];
  if (printed === null) return null;
  if (typeof printed === 'string') return { value: printed, type: String };
  const format = dateFormatOf(layout, value.field);
  // The library converts a Date by its UTC reading, which is exactly our wall-clock reading.
  if (dateCells.has(value.field))
    return { value: new Date(printed), type: Date, format: EXCEL_DATE_FORMAT[format] };
  const text = formatter.format(printed, format);
  return format === 'excel-serial' ? Number(text) : text;
}

/** Writes the rows as an .xlsx workbook with one sheet. Deterministic: same rows, same bytes. */
export async function writeXlsx(
  path: string,
  rows: Iterable<MockDossierRow>,
  layout: ExportLayout,
  options: XlsxOptions = DEFAULT_XLSX,
): Promise<WriteSummary> {
  const shape = sheetShape(layout);
  const width = shape.columns.length;
  const sheet: SheetData = [];
  const spanAll = (text: string): Row => [
    text === '' ? null : { value: text, columnSpan: width, ...BOLD_CENTRED },
    ...new Array<Cell>(width - 1).fill(null),
  ];
  for (const title of shape.titleRows) sheet.push(spanAll(title));
  for (const header of shape.headerRows) {
    sheet.push(
      header.map((c) =>
        c === null ? null : { value: c.text, columnSpan: c.colSpan, rowSpan: c.rowSpan, ...BOLD_CENTRED },
      ),
    );
  }
  if (shape.numberRow) sheet.push(shape.numberRow.map((n) => ({ value: n, align: 'center' as const })));
  const dateCells = new Set(options.dateCells);
  const formatter = new DateFormatter();
  let dataRows = 0;
  for (const row of rows) {
    if (++dataRows > options.maxRows) {
      throw new RangeError(
        `.xlsx is limited to ${options.maxRows.toLocaleString('en')} rows here (the workbook is built in memory); ` +
          'write CSV or HTML for bigger files',
      );
    }
    sheet.push(shape.columns.map((c) => dataCell(c, row, layout, dateCells, formatter)));
  }
  if (layout.totals) {
    const totals: Row = new Array<Cell>(width).fill(null);
    totals[0] = { value: TOTALS_LABEL, fontWeight: 'bold' };
    if (width > 1) totals[1] = { value: dataRows, type: Number, format: '#,##0', fontWeight: 'bold' };
    sheet.push(totals);
  }
  const columns = shape.columns.map((c) => ({
    width: COLUMN_WIDTHS[c.value.kind === 'date' ? 'date' : c.key] ?? 18,
  }));
  const buffer = await writeXlsxFile(sheet, { sheet: 'Danh sach ho so', columns }).toBuffer();
  const bytes = normalizeZipTimestamps(buffer);
  await writeFile(path, bytes);
  return { path, dataRows, bytes: bytes.length };
}

const COLUMN_WIDTHS: Readonly<Record<string, number>> = {
  stt: 7,
  code: 26,
  procedureCode: 11,
  procedure: 60,
  unit: 32,
  receivingUnit: 32,
  address: 45,
  date: 20,
};
