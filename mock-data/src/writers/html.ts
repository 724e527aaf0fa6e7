import { DateFormatter } from '../date-format.ts';
import type { ColumnDefinition } from '../layout/columns.ts';
import { cellText, type ExportLayout, type HeaderCell, sheetShape, totalsCells } from '../layout/sheet.ts';
import type { MockDossierRow } from '../types.ts';
import { ChunkedFileWriter } from './chunked-file.ts';
import type { WriteSummary } from './summary.ts';

const EOL = '\r\n';

/** The head these systems emit so that Excel opens the file and keeps codes as text. */
const DOCUMENT_START = [
  '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">',
  '<head>',
  '<meta charset="utf-8">',
  '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
  '<title>Danh sách hồ sơ</title>',
  '<style>',
  'table { border-collapse: collapse; } td, th { border: 0.5pt solid #000; }',
  '.text { mso-number-format: "\\@"; } .title { font-weight: bold; text-align: center; }',
  '</style>',
  '</head>',
  '<body>',
  '<table border="1">',
].join(EOL);
const DOCUMENT_END = `</table>${EOL}</body>${EOL}</html>${EOL}`;

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replace(/\r?\n/g, '<br>');
}

function headerCell(cell: HeaderCell): string {
  const span =
    (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '') +
    (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '');
  return `<th${span}>${escapeHtml(cell.text)}</th>`;
}

function dataCell(column: ColumnDefinition, text: string): string {
  const identifier = column.value.kind === 'text' && column.value.identifier === true;
  return identifier ? `<td class="text">${escapeHtml(text)}</td>` : `<td>${escapeHtml(text)}</td>`;
}

/** Streams the rows to `path` as the HTML-table ".xls" many one-stop systems export. */
export async function writeHtmlTable(
  path: string,
  rows: Iterable<MockDossierRow>,
  layout: ExportLayout,
): Promise<WriteSummary> {
  const out = ChunkedFileWriter.open(path, (text) => Buffer.from(text, 'utf8'));
  try {
    const shape = sheetShape(layout);
    const width = shape.columns.length;
    out.append(DOCUMENT_START + EOL);
    for (const title of shape.titleRows) {
      out.append(`<tr><td colspan="${width}" class="title">${escapeHtml(title)}</td></tr>${EOL}`);
    }
    for (const header of shape.headerRows) {
      let line = '<tr>';
      for (const cell of header) if (cell !== null) line += headerCell(cell);
      out.append(`${line}</tr>${EOL}`);
    }
    if (shape.numberRow) out.append(`<tr>${shape.numberRow.map((n) => `<td>${n}</td>`).join('')}</tr>${EOL}`);
    const formatter = new DateFormatter();
    let dataRows = 0;
    for (const row of rows) {
      let line = '<tr>';
      for (const column of shape.columns) line += dataCell(column, cellText(column, row, layout, formatter));
      dataRows++;
      if (out.append(`${line}</tr>${EOL}`)) await out.flush();
    }
    if (layout.totals) {
      out.append(
        `<tr>${totalsCells(width, dataRows)
          .map((c) => `<td>${escapeHtml(c)}</td>`)
          .join('')}</tr>${EOL}`,
      );
    }
    out.append(DOCUMENT_END);
    return { path, dataRows, bytes: await out.close() };
  } catch (e) {
    out.destroy();
    throw e;
  }
}
