import { readSheet } from 'read-excel-file/universal';
import { ROW_BATCH_SIZE } from './csv.ts';
import { type Cell, type RawRow, type ReadOptions, throwIfAborted } from './types.ts';

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 in the 1900 date system (25567 days, +1 for serial 1 = 1900-01-01, +1 for the fake 29/02/1900). */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * Rows of the first sheet of an .xlsx file. Text stays text (codes keep their leading zeros), numbers
 * stay numbers, date cells become their Excel serial (1900 date system, fractional part = time of day)
 * so that the value parser handles them the same way as serials typed into number cells. Booleans
 * become 'TRUE' / 'FALSE', empty cells ''. Row numbers are Excel's, empty rows included.
 *
 * read-excel-file unzips and parses the whole sheet at once, so memory grows with the sheet; rows are
 * still handed on in batches so that the caller can report progress and cancel between them. Only
 * opts.signal is used here: readRows reports progress.
 */
export async function* readXlsxRows(bytes: Uint8Array, opts: ReadOptions = {}): AsyncGenerator<RawRow[]> {
  throwIfAborted(opts.signal);
  const sheet = await readSheet(exactArrayBuffer(bytes));
  throwIfAborted(opts.signal);
  for (let start = 0; start < sheet.length; start += ROW_BATCH_SIZE) {
    const batch: RawRow[] = [];
    const end = Math.min(sheet.length, start + ROW_BATCH_SIZE);
    for (let i = start; i < end; i++) batch.push({ row: i + 1, cells: sheet[i]!.map(toCell) });
    yield batch;
    throwIfAborted(opts.signal);
  }
}

/**
 * The serial of a Date that read-excel-file built from a date cell. It builds the Date as
 * `floor((serial - 25569) × 86400000)` ms in UTC (1904-system files shifted onto the 1900 system
 * first). That floor turns 08:00:00 into 07:59:59.999 whenever the serial's binary fraction falls a
 * hair short, so the time is rounded back to the whole second: dossier times never carry milliseconds.
 */
export function excelSerialFromDate(date: Date): number {
  const ms = Math.round(date.getTime() / 1000) * 1000;
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return excelSerialFromDate(value);
  return String(value);
}

function exactArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  if (
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer
  ) {
    return bytes.buffer;
  }
  return bytes.slice().buffer as ArrayBuffer;
}
