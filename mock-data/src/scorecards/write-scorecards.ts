import { writeFile } from 'node:fs/promises';
import writeXlsxFile, { type Cell, type Row, type SheetData } from 'write-excel-file/node';
import { gradeBandById } from '../../../src/domain/index766.ts';
import { csvLine } from '../writers/csv.ts';
import { escapeHtml } from '../writers/html.ts';
import { normalizeZipTimestamps } from '../writers/zip-timestamps.ts';
import type { MockScorecardTable } from './generate-scorecards.ts';

export const SCORECARD_FORMATS = ['csv', 'xlsx', 'html'] as const;
export type ScorecardFormat = (typeof SCORECARD_FORMATS)[number];

export const SCORECARD_EXTENSIONS: Readonly<Record<ScorecardFormat, string>> = {
  csv: 'csv',
  xlsx: 'xlsx',
  html: 'xls',
};

/** Title rows as provinces republish the portal's table. */
export function titleRows(table: MockScorecardTable): string[] {
  const [y, m] = table.period.split('-');
  const [ay, am, ad] = table.asOf.split('-');
  return [
    'ỦY BAN NHÂN DÂN TỈNH AN GIANG',
    'KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QĐ 766/QĐ-TTg)',
    `Tháng ${Number(m)}/${y}`,
    `Số liệu cập nhật ngày ${ad}/${am}/${ay}`,
  ];
}

export function headerRow(table: MockScorecardTable): string[] {
  return [
    'Stt',
    'Mã đơn vị',
    'Tên đơn vị',
    ...table.version.groups.map((g) => g.nameVi),
    'Tổng điểm',
    'Xếp loại',
  ];
}

/** Points the Vietnamese way: "16,35". */
export function vnNumber(n: number): string {
  return String(n).replace('.', ',');
}

function dataRows(table: MockScorecardTable): (string | number)[][] {
  return table.scorecards.map((c, i) => [
    i + 1,
    c.unitCode ?? '',
    c.unitName,
    ...table.version.groups.map((g) => c.groups[g.code] ?? ''),
    c.total,
    gradeBandById(c.grade, table.version).labelVi,
  ]);
}

const text = (v: string | number) => (typeof v === 'number' ? vnNumber(v) : v);

/** UTF-8 with BOM, ',' delimiter (decimal commas are then quoted), CRLF. */
export function scorecardCsv(table: MockScorecardTable): string {
  const opts = { delimiter: ',', lineEnding: '\r\n' } as const;
  const width = headerRow(table).length;
  const blank = new Array<string>(width - 1).fill('');
  let out = '\uFEFF';
  for (const t of titleRows(table)) out += csvLine([t, ...blank], opts);
  out += csvLine(blank.concat(''), opts);
  out += csvLine(headerRow(table), opts);
  for (const row of dataRows(table))
    out += csvLine(
      row.map((v, i) => (i === 0 ? String(v) : text(v))),
      opts,
    );
  return out;
}

/** The HTML-table ".xls": titles as spanned rows of the same table, numbers as "16,35". */
export function scorecardHtml(table: MockScorecardTable): string {
  const width = headerRow(table).length;
  const lines = [
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
    '<head><meta charset="utf-8"><title>Kết quả đánh giá QĐ 766</title></head>',
    '<body>',
    '<table border="1">',
    ...titleRows(table).map((t) => `<tr><td colspan="${width}"><b>${escapeHtml(t)}</b></td></tr>`),
    `<tr>${headerRow(table)
      .map((h) => `<th>${escapeHtml(h)}</th>`)
      .join('')}</tr>`,
    ...dataRows(table).map(
      (row) =>
        `<tr>${row
          .map((v, i) =>
            i === 1
              ? `<td style="mso-number-format:'\\@'">${escapeHtml(String(v))}</td>`
              : `<td>${escapeHtml(i === 0 ? String(v) : text(v))}</td>`,
          )
          .join('')}</tr>`,
    ),
    '</table>',
    '</body>',
    '</html>',
    '',
  ];
  return lines.join('\r\n');
}

/** .xlsx with title rows spanning the table, codes as text cells and points as numbers. */
export async function scorecardXlsx(table: MockScorecardTable): Promise<Buffer> {
  const width = headerRow(table).length;
  const sheet: SheetData = [];
  for (const t of titleRows(table)) {
    sheet.push([
      { value: t, columnSpan: width, fontWeight: 'bold' },
      ...new Array<Cell>(width - 1).fill(null),
    ] as Row);
  }
  sheet.push(new Array<Cell>(width).fill(null));
  sheet.push(
    headerRow(table).map((h) => ({ value: h, fontWeight: 'bold' as const, align: 'center' as const })),
  );
  for (const row of dataRows(table)) {
    sheet.push(
      row.map((v, i) => (i === 1 ? { value: String(v), type: String, format: '@' } : v === '' ? null : v)),
    );
  }
  const columns = headerRow(table).map((_, i) => ({ width: i === 2 ? 40 : i === 1 ? 18 : 12 }));
  const buffer = await writeXlsxFile(sheet, { sheet: 'Ket qua 766', columns }).toBuffer();
  return normalizeZipTimestamps(buffer);
}

export async function writeScorecardTable(path: string, table: MockScorecardTable, format: ScorecardFormat) {
  const bytes =
    format === 'xlsx'
      ? await scorecardXlsx(table)
      : Buffer.from(format === 'csv' ? scorecardCsv(table) : scorecardHtml(table), 'utf8');
  await writeFile(path, bytes);
  return bytes.length;
}
