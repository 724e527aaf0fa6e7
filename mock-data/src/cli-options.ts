import { parseArgs } from 'node:util';
import { isDateFormat } from './date-format.ts';
import { type ExportSpec, FILE_FORMATS, type FileFormat, formatOfPath } from './export-file.ts';
import { HEADER_VARIANTS, type HeaderVariant } from './layout/columns.ts';
import type { ExportLayout } from './layout/sheet.ts';
import { DATE_FIELDS, type DateField } from './types.ts';
import { CSV_ENCODINGS, type CsvEncoding } from './writers/csv.ts';
import { MAX_XLSX_ROWS } from './writers/xlsx.ts';

export const USAGE = `Generates a mock one-stop-system dossier export of new An Giang province.

usage: node bin/run-ts.mjs mock-data/generate.ts --out FILE [options]
       node bin/run-ts.mjs mock-data/generate.ts --samples [--out DIR]

Data:
  --rows N              data rows, duplicates included (default 1000)
  --seed N              PRNG seed; same seed and options → byte-identical file (default 1)
  --from yyyy-MM-dd     first receipt day (default 2024-01-01)
  --to yyyy-MM-dd       last receipt day (default 2026-10-31)
  --as-of yyyy-MM-dd    day the export was taken; statuses reflect it (default: --to)
  --late-share X        province-wide share of late finishes (default 0.01)
  --messy-share X       share of rows with a misspelt unit name (default 0.04)
  --no-flaws            leave out the deliberately bad rows
  --sync-codes          status and channel as national codes (10, 4, 2 …) instead of texts
File:
  --out FILE            .csv, .xlsx, or .xls/.html (HTML table)
  --format F            csv | xlsx | html (default: from the --out extension)
  --encoding E          csv: utf8-bom (default) | utf8 | windows-1258
  --delimiter C         csv: field delimiter (default ,)
  --line-ending L       csv: crlf (default) | lf
  --xlsx-date-cells L   xlsx: date columns written as real dates (default receivedAt,dueAt,apologyAt,newDueAt)
Shape:
  --titles              title rows above the header
  --two-row-header      group labels above the column labels
  --column-numbers      a "(1) (2) (3) …" row under the header
  --totals              a trailing "Tổng cộng" row
  --headers V           default | alternative | ascii | alternative-ascii
  --no-personal         leave out the applicant columns
  --apology             add the apology letter columns
  --date-format F       dd/MM/yyyy HH:mm:ss (default) | dd/MM/yyyy HH:mm | dd/MM/yyyy |
                        yyyyMMddHHmmss | iso | excel-serial
  --date-formats L      per column, e.g. dueAt=dd/MM/yyyy,receivedAt=iso
                        (columns: ${DATE_FIELDS.join(', ')})
`;

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'samples'; directory: string }
  | { kind: 'export'; spec: ExportSpec };

const OPTIONS = {
  rows: { type: 'string' },
  seed: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'as-of': { type: 'string' },
  'late-share': { type: 'string' },
  'messy-share': { type: 'string' },
  'no-flaws': { type: 'boolean' },
  'sync-codes': { type: 'boolean' },
  out: { type: 'string' },
  format: { type: 'string' },
  encoding: { type: 'string' },
  delimiter: { type: 'string' },
  'line-ending': { type: 'string' },
  'xlsx-date-cells': { type: 'string' },
  titles: { type: 'boolean' },
  'two-row-header': { type: 'boolean' },
  'column-numbers': { type: 'boolean' },
  totals: { type: 'boolean' },
  headers: { type: 'string' },
  'no-personal': { type: 'boolean' },
  apology: { type: 'boolean' },
  'date-format': { type: 'string' },
  'date-formats': { type: 'string' },
  samples: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export class UsageError extends Error {}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got "${value}"`);
  }
  return value as T;
}

function numberOption(name: string, value: string | undefined, fallback: number, integer: boolean): number {
  if (value === undefined) return fallback;
  // Allow 1_000_000 and 1,000,000 for readability.
  const n = Number(value.replace(/[_,]/g, ''));
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < 0) {
    throw new UsageError(`--${name} must be a ${integer ? 'whole ' : ''}number ≥ 0; got "${value}"`);
  }
  return n;
}

function dateField(name: string, text: string): DateField {
  return oneOf(name, text.trim(), DATE_FIELDS);
}

function dateFormatsOption(text: string | undefined): ExportLayout['dateFormats'] {
  const formats: ExportLayout['dateFormats'] = {};
  if (text === undefined) return formats;
  for (const pair of text.split(',')) {
    const [field, format] = pair.split('=');
    if (field === undefined || format === undefined || !isDateFormat(format.trim())) {
      throw new UsageError(`--date-formats wants column=format pairs, e.g. dueAt=dd/MM/yyyy; got "${pair}"`);
    }
    formats[dateField('date-formats', field)] = format.trim() as ExportLayout['dateFormat'];
  }
  return formats;
}

export function parseCli(argv: readonly string[]): CliCommand {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true }>>['values'];
  try {
    ({ values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) return { kind: 'help' };
  if (values.samples) return { kind: 'samples', directory: values.out ?? 'mock-data/samples' };
  if (values.out === undefined) throw new UsageError('--out FILE is required');

  const format: FileFormat | null =
    values.format !== undefined ? oneOf('format', values.format, FILE_FORMATS) : formatOfPath(values.out);
  if (format === null) throw new UsageError(`cannot tell the format from "${values.out}"; pass --format`);
  const dateFormat = values['date-format'] ?? 'dd/MM/yyyy HH:mm:ss';
  if (!isDateFormat(dateFormat)) throw new UsageError(`unknown --date-format "${dateFormat}"`);
  const encoding: CsvEncoding = oneOf('encoding', values.encoding ?? 'utf8-bom', CSV_ENCODINGS);
  if (format !== 'csv' && values.encoding !== undefined && encoding !== 'utf8' && encoding !== 'utf8-bom') {
    throw new UsageError('--encoding applies to CSV only (HTML and .xlsx are UTF-8)');
  }
  const lineEnding = oneOf('line-ending', values['line-ending'] ?? 'crlf', ['crlf', 'lf']);
  const headers: HeaderVariant = oneOf('headers', values.headers ?? 'default', HEADER_VARIANTS);
  const rows = numberOption('rows', values.rows, 1000, true);
  if (format === 'xlsx' && rows > MAX_XLSX_ROWS) {
    throw new UsageError(
      `.xlsx is built in memory and capped at ${MAX_XLSX_ROWS.toLocaleString('en')} rows; write CSV or HTML for ${rows.toLocaleString('en')}`,
    );
  }

  return {
    kind: 'export',
    spec: {
      path: values.out,
      format,
      generate: {
        seed: numberOption('seed', values.seed, 1, true),
        rows,
        from: values.from ?? '2024-01-01',
        to: values.to ?? '2026-10-31',
        ...(values['as-of'] !== undefined ? { asOf: values['as-of'] } : {}),
        lateShare: numberOption('late-share', values['late-share'], 0.01, false),
        messyShare: numberOption('messy-share', values['messy-share'], 0.04, false),
        flaws: !values['no-flaws'],
        syncCodes: values['sync-codes'] ?? false,
      },
      layout: {
        titles: values.titles ?? false,
        twoRowHeader: values['two-row-header'] ?? false,
        columnNumbers: values['column-numbers'] ?? false,
        totals: values.totals ?? false,
        headers,
        personal: !values['no-personal'],
        apology: values.apology ?? false,
        dateFormat,
        dateFormats: dateFormatsOption(values['date-formats']),
      },
      csv: { encoding, delimiter: values.delimiter ?? ',', lineEnding: lineEnding === 'lf' ? '\n' : '\r\n' },
      ...(values['xlsx-date-cells'] !== undefined
        ? {
            xlsx: {
              dateCells: values['xlsx-date-cells']
                .split(',')
                .filter((f) => f.trim() !== '')
                .map((f) => dateField('xlsx-date-cells', f)),
            },
          }
        : {}),
    },
  };
}
