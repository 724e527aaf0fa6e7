import { parseIsoDate } from '../../../src/domain/time.ts';
import type { DateFormat, DateFormatter } from '../date-format.ts';
import type { DateField, MockDossierRow } from '../types.ts';
import {
  type ColumnDefinition,
  type ColumnGroup,
  GROUP_NAMES,
  type HeaderVariant,
  headerName,
  selectColumns,
} from './columns.ts';

/** How the export is laid out around and across its data rows; independent of the file format. */
export interface ExportLayout {
  /** Title rows above the header ("ỦY BAN NHÂN DÂN TỈNH …", "DANH SÁCH …", "Từ ngày … đến ngày …"). */
  titles: boolean;
  /** Group labels ("Thời gian") above the column labels ("Tiếp nhận", "Hẹn trả", …). */
  twoRowHeader: boolean;
  /** A "(1) (2) (3) …" row under the header. */
  columnNumbers: boolean;
  /** A trailing "Tổng cộng" row. */
  totals: boolean;
  headers: HeaderVariant;
  /** Applicant columns (name, id number, address, phone, email). */
  personal: boolean;
  /** Apology letter columns (Ngày xin lỗi, Ngày hẹn trả mới). */
  apology: boolean;
  dateFormat: DateFormat;
  /** Per-column overrides of `dateFormat`. */
  dateFormats: Partial<Record<DateField, DateFormat>>;
  /** The period the title names, `yyyy-MM-dd`. */
  from: string;
  to: string;
  province: string;
}

export const DEFAULT_LAYOUT: Omit<ExportLayout, 'from' | 'to'> = {
  titles: false,
  twoRowHeader: false,
  columnNumbers: false,
  totals: false,
  headers: 'default',
  personal: true,
  apology: false,
  dateFormat: 'dd/MM/yyyy HH:mm:ss',
  dateFormats: {},
  province: 'An Giang',
};

export interface HeaderCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

/** Everything above the data rows. A null header cell is covered by a span from its left or above. */
export interface SheetShape {
  columns: ColumnDefinition[];
  /** Each spans the whole width; the last one is an empty spacer row. */
  titleRows: string[];
  headerRows: (HeaderCell | null)[][];
  numberRow: string[] | null;
}

function titleDate(iso: string): string {
  if (parseIsoDate(iso) === null) throw new RangeError(`not a yyyy-MM-dd date: ${iso}`);
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function sheetShape(layout: ExportLayout): SheetShape {
  const columns = selectColumns(layout);
  const titleRows = layout.titles
    ? [
        `ỦY BAN NHÂN DÂN TỈNH ${layout.province.toUpperCase()}`,
        'DANH SÁCH HỒ SƠ TIẾP NHẬN VÀ GIẢI QUYẾT',
        `Từ ngày ${titleDate(layout.from)} đến ngày ${titleDate(layout.to)}`,
        '',
      ]
    : [];
  const headerRows = layout.twoRowHeader
    ? twoRowHeader(columns, layout.headers)
    : [columns.map((c) => ({ text: headerName(c.names, layout.headers), colSpan: 1, rowSpan: 1 }))];
  const numberRow = layout.columnNumbers ? columns.map((_, i) => `(${i + 1})`) : null;
  return { columns, titleRows, headerRows, numberRow };
}

function twoRowHeader(columns: ColumnDefinition[], variant: HeaderVariant): (HeaderCell | null)[][] {
  const top: (HeaderCell | null)[] = [];
  const bottom: (HeaderCell | null)[] = [];
  for (let i = 0; i < columns.length; ) {
    const group: ColumnGroup | undefined = columns[i]!.group;
    if (group === undefined) {
      top.push({ text: headerName(columns[i]!.names, variant), colSpan: 1, rowSpan: 2 });
      bottom.push(null);
      i++;
      continue;
    }
    let end = i;
    while (end < columns.length && columns[end]!.group === group) end++;
    top.push({ text: headerName(GROUP_NAMES[group], variant), colSpan: end - i, rowSpan: 1 });
    for (let k = i; k < end; k++) {
      if (k > i) top.push(null);
      const column = columns[k]!;
      bottom.push({ text: headerName(column.subNames ?? column.names, variant), colSpan: 1, rowSpan: 1 });
    }
    i = end;
  }
  return [top, bottom];
}

export function dateFormatOf(layout: ExportLayout, field: DateField): DateFormat {
  return layout.dateFormats[field] ?? layout.dateFormat;
}

/** A cell as text, as CSV and HTML exports print it. */
export function cellText(
  column: ColumnDefinition,
  row: MockDossierRow,
  layout: ExportLayout,
  formatter: DateFormatter,
): string {
  const value = column.value;
  if (value.kind === 'row-number') return String(row.rowNumber);
  if (value.kind === 'text') return row.printed[value.field];
  const printed = row.printed[value.field];
  if (printed === null) return '';
  if (typeof printed === 'string') return printed;
  return formatter.format(printed, dateFormatOf(layout, value.field));
}

/** Vietnamese thousands separator: 3000 → "3.000". */
export function vietnameseInteger(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export const TOTALS_LABEL = 'Tổng cộng';

/** "Tổng cộng" under the first column and the number of data rows under the second. */
export function totalsCells(columnCount: number, dataRows: number): string[] {
  const cells = new Array<string>(columnCount).fill('');
  cells[0] = TOTALS_LABEL;
  if (columnCount > 1) cells[1] = vietnameseInteger(dataRows);
  return cells;
}
