import { writeFile } from 'node:fs/promises';
import writeXlsxFile, { type Cell, type Row, type SheetData } from 'write-excel-file/node';
import { DateFormatter } from '../date-format.ts';
import { TOTALS_LABEL, totalsCells } from '../layout/sheet.ts';
import { ChunkedFileWriter } from '../writers/chunked-file.ts';
import { type CsvOptions, csvLine, DEFAULT_CSV } from '../writers/csv.ts';
import { escapeHtml } from '../writers/html.ts';
import type { WriteSummary } from '../writers/summary.ts';
import { encodeWindows1258 } from '../writers/windows-1258.ts';
import { normalizeZipTimestamps } from '../writers/zip-timestamps.ts';
import type { MockFeedbackRow } from './generate-feedback.ts';

export const FEEDBACK_HEADERS = [
  'STT',
  'Mã phản ánh',
  'Đơn vị xử lý',
  'Phân loại',
  'Ngày tiếp nhận',
  'Hạn xử lý',
  'Ngày xử lý',
  'Đánh giá',
] as const;

export interface FeedbackLayout {
  /** Title rows above the header. */
  titles: boolean;
  /** A trailing "Tổng cộng" row. */
  totals: boolean;
  /** The period the title names (yyyy-MM-dd). */
  from: string;
  to: string;
}

const formatter = new DateFormatter();

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function titleRows(layout: FeedbackLayout): string[] {
  if (!layout.titles) return [];
  return [
    'ỦY BAN NHÂN DÂN TỈNH AN GIANG',
    'DANH SÁCH PHẢN ÁNH, KIẾN NGHỊ',
    `Từ ngày ${dmy(layout.from)} đến ngày ${dmy(layout.to)}`,
    '',
  ];
}

/** A row's cells as CSV and HTML print them. */
export function feedbackCells(row: MockFeedbackRow): string[] {
  return [
    String(row.rowNumber),
    row.code,
    row.unit,
    row.category,
    typeof row.receivedAt === 'string'
      ? row.receivedAt
      : formatter.format(row.receivedAt, 'dd/MM/yyyy HH:mm:ss'),
    formatter.format(row.dueAt, 'dd/MM/yyyy'),
    row.handledAt === null ? '' : formatter.format(row.handledAt, 'dd/MM/yyyy HH:mm:ss'),
    row.rating,
  ];
}

export async function writeFeedbackCsv(
  path: string,
  rows: Iterable<MockFeedbackRow>,
  layout: FeedbackLayout,
  csv: CsvOptions = DEFAULT_CSV,
): Promise<WriteSummary> {
  const encode =
    csv.encoding === 'windows-1258' ? encodeWindows1258 : (text: string) => Buffer.from(text, 'utf8');
  const out = ChunkedFileWriter.open(path, encode);
  try {
    if (csv.encoding === 'utf8-bom') await out.writeBytes(Buffer.from([0xef, 0xbb, 0xbf]));
    const width = FEEDBACK_HEADERS.length;
    for (const title of titleRows(layout))
      out.append(csvLine([title, ...new Array<string>(width - 1).fill('')], csv));
    out.append(csvLine(FEEDBACK_HEADERS, csv));
    let dataRows = 0;
    for (const row of rows) {
      dataRows++;
      if (out.append(csvLine(feedbackCells(row), csv))) await out.flush();
    }
    if (layout.totals) out.append(csvLine(totalsCells(width, dataRows), csv));
    return { path, dataRows, bytes: await out.close() };
  } catch (e) {
    out.destroy();
    throw e;
  }
}

/** The HTML-table ".xls" that PAKN systems export. */
export async function writeFeedbackHtml(
  path: string,
  rows: Iterable<MockFeedbackRow>,
  layout: FeedbackLayout,
): Promise<WriteSummary> {
  const out = ChunkedFileWriter.open(path, (text) => Buffer.from(text, 'utf8'));
  const width = FEEDBACK_HEADERS.length;
  try {
    out.append(
      '<html><head><meta charset="utf-8"><title>Danh sách phản ánh kiến nghị</title>' +
        '<style>.text { mso-number-format: "\\@"; }</style></head>\r\n<body>\r\n<table border="1">\r\n',
    );
    for (const title of titleRows(layout)) {
      out.append(`<tr><td colspan="${width}">${escapeHtml(title)}</td></tr>\r\n`);
    }
    out.append(`<tr>${FEEDBACK_HEADERS.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>\r\n`);
    let dataRows = 0;
    for (const row of rows) {
      dataRows++;
      const cells = feedbackCells(row).map(
        (c, i) => `${i === 1 ? '<td class="text">' : '<td>'}${escapeHtml(c)}</td>`,
      );
      if (out.append(`<tr>${cells.join('')}</tr>\r\n`)) await out.flush();
    }
    if (layout.totals) {
      out.append(
        `<tr>${totalsCells(width, dataRows)
          .map((c) => `<td>${escapeHtml(c)}</td>`)
          .join('')}</tr>\r\n`,
      );
    }
    out.append('</table>\r\n</body>\r\n</html>\r\n');
    return { path, dataRows, bytes: await out.close() };
  } catch (e) {
    out.destroy();
    throw e;
  }
}

/** An .xlsx workbook: Ngày tiếp nhận as real date cells, the other dates as text. Same rows, same bytes. */
export async function writeFeedbackXlsx(
  path: string,
  rows: Iterable<MockFeedbackRow>,
  layout: FeedbackLayout,
): Promise<WriteSummary> {
  const width = FEEDBACK_HEADERS.length;
  const sheet: SheetData = [];
  for (const title of titleRows(layout)) {
    sheet.push([
      title === '' ? null : { value: title, columnSpan: width },
      ...new Array<Cell>(width - 1).fill(null),
    ]);
  }
  sheet.push(FEEDBACK_HEADERS.map((h) => ({ value: h, fontWeight: 'bold' as const })));
  let dataRows = 0;
  for (const row of rows) {
    dataRows++;
    const text = feedbackCells(row);
    const cells: Row = text.map((t): Cell => (t === '' ? null : { value: t, type: String }));
    cells[0] = row.rowNumber;
    cells[1] = row.code === '' ? null : { value: row.code, type: String, format: '@' };
    if (typeof row.receivedAt === 'number') {
      // write-excel-file converts a Date by its UTC reading, which is our wall-clock reading.
      cells[4] = { value: new Date(row.receivedAt), type: Date, format: 'dd/mm/yyyy hh:mm:ss' };
    }
    sheet.push(cells);
  }
  if (layout.totals) {
    const totals: Row = new Array<Cell>(width).fill(null);
    totals[0] = { value: TOTALS_LABEL, fontWeight: 'bold' };
    totals[1] = { value: dataRows, type: Number };
    sheet.push(totals);
  }
  const buffer = await writeXlsxFile(sheet, { sheet: 'PAKN' }).toBuffer();
  const bytes = normalizeZipTimestamps(buffer);
  await writeFile(path, bytes);
  return { path, dataRows, bytes: bytes.length };
}
