import { DateFormatter } from '../date-format.ts';
import { cellText, type ExportLayout, sheetShape, totalsCells } from '../layout/sheet.ts';
import type { MockDossierRow } from '../types.ts';
import { ChunkedFileWriter } from './chunked-file.ts';
import type { WriteSummary } from './summary.ts';
import { encodeWindows1258 } from './windows-1258.ts';

export const CSV_ENCODINGS = ['utf8-bom', 'utf8', 'windows-1258'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

export interface CsvOptions {
  delimiter: string;
  encoding: CsvEncoding;
  lineEnding: '\r\n' | '\n';
}

export const DEFAULT_CSV: CsvOptions = { delimiter: ',', encoding: 'utf8-bom', lineEnding: '\r\n' };

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** RFC 4180 quoting: only fields holding the delimiter, a quote or a line break are quoted. */
export function csvField(value: string, delimiter: string): string {
  const mustQuote =
    value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r');
  return mustQuote ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(
  cells: readonly string[],
  options: Pick<CsvOptions, 'delimiter' | 'lineEnding'>,
): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += options.delimiter;
    line += csvField(cells[i]!, options.delimiter);
  }
  return line + options.lineEnding;
}

/** Streams the rows to `path` as a CSV export; title, header and totals rows as the layout says. */
export async function writeCsv(
  path: string,
  rows: Iterable<MockDossierRow>,
  layout: ExportLayout,
  csv: CsvOptions = DEFAULT_CSV,
): Promise<WriteSummary> {
  if (csv.delimiter.length !== 1 || /["\r\n]/.test(csv.delimiter)) {
    throw new RangeError(`the CSV delimiter must be one character other than a quote or line break`);
  }
  const encode =
    csv.encoding === 'windows-1258' ? encodeWindows1258 : (text: string) => Buffer.from(text, 'utf8');
  const out = ChunkedFileWriter.open(path, encode);
  try {
    if (csv.encoding === 'utf8-bom') await out.writeBytes(UTF8_BOM);
    const shape = sheetShape(layout);
    const width = shape.columns.length;
    const blank = new Array<string>(width).fill('');
    for (const title of shape.titleRows) out.append(csvLine([title, ...blank.slice(1)], csv));
    for (const header of shape.headerRows)
      out.append(
        csvLine(
          header.map((c) => c?.text ?? ''),
          csv,
        ),
      );
    if (shape.numberRow) out.append(csvLine(shape.numberRow, csv));
    const formatter = new DateFormatter();
    const cells = new Array<string>(width);
    let dataRows = 0;
    for (const row of rows) {
      for (let i = 0; i < width; i++) cells[i] = cellText(shape.columns[i]!, row, layout, formatter);
      dataRows++;
      if (out.append(csvLine(cells, csv))) await out.flush();
    }
    if (layout.totals) out.append(csvLine(totalsCells(width, dataRows), csv));
    return { path, dataRows, bytes: await out.close() };
  } catch (e) {
    out.destroy();
    throw e;
  }
}
