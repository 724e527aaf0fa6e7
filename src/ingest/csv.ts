import Papa from 'papaparse';
import { type RawRow, type ReadOptions, throwIfAborted } from './types.ts';

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
/** Rows per yielded batch. */
export const ROW_BATCH_SIZE = 5000;

export type CsvNewline = '\n' | '\r\n' | '\r';
export interface CsvDialect {
  delimiter: string;
  newline: CsvNewline;
}

export interface CsvReadOptions extends ReadOptions {
  /** Forces the delimiter instead of detecting it. */
  delimiter?: string;
  /** Called once with the delimiter and line break used, before the first batch. */
  onDialect?: (dialect: CsvDialect) => void;
}

const DIALECT_SAMPLE_LINES = 50;
const DIALECT_SAMPLE_MAX_CHARS = 1 << 20;

interface ParserResult {
  data: string[][];
  meta: { cursor: number };
}

/**
 * Streams CSV text into batches of rows. Papaparse's core Parser runs on each chunk with the last,
 * possibly unfinished, record held back (`ignoreLastRow`) and carried into the next chunk from
 * `meta.cursor`; so a chunk boundary may fall anywhere, even inside a quoted field, and memory stays
 * bounded by the longest record. Row numbers count records (a quoted field spanning lines is one).
 * Blank lines are kept as rows of one '' cell, so that numbers match the file; header.ts skips them.
 * Only opts.signal is used here: readRows reports progress, since it alone sees bytes and rows.
 */
export async function* readCsvRows(
  text: AsyncIterable<string>,
  opts: CsvReadOptions = {},
): AsyncGenerator<RawRow[]> {
  let parser: Papa.Parser | null = null;
  let carry = '';
  let rowNumber = 0;
  let batch: RawRow[] = [];
  let atStart = true;
  const take = (rows: string[][]): void => {
    for (const cells of rows) batch.push({ row: ++rowNumber, cells });
  };
  const start = (sample: string): Papa.Parser => {
    const dialect = detectDialect(sample);
    if (opts.delimiter) dialect.delimiter = opts.delimiter;
    opts.onDialect?.(dialect);
    return new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline, quoteChar: '"' });
  };

  for await (const chunk of text) {
    throwIfAborted(opts.signal);
    carry = atStart && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : carry + chunk;
    atStart = atStart && chunk === '';
    if (!parser) {
      if (!isSampleLongEnough(carry)) continue;
      parser = start(carry);
    }
    const result = parser.parse(carry, 0, true) as ParserResult;
    take(result.data);
    carry = carry.slice(result.meta.cursor);
    if (batch.length >= ROW_BATCH_SIZE) {
      yield batch;
      batch = [];
    }
  }
  throwIfAborted(opts.signal);
  if (carry !== '') {
    parser ??= start(carry);
    // Complete records first, as in the loop, so a final line break never adds an empty record.
    const complete = parser.parse(carry, 0, true) as ParserResult;
    take(complete.data);
    carry = carry.slice(complete.meta.cursor);
    if (carry !== '') take((parser.parse(carry, 0, false) as ParserResult).data);
  }
  if (batch.length > 0) yield batch;
}

function isSampleLongEnough(text: string): boolean {
  if (text.length >= DIALECT_SAMPLE_MAX_CHARS) return true;
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    if (++lines > DIALECT_SAMPLE_LINES + 10) return true;
  }
  return false;
}

/**
 * Delimiter and line break of a CSV sample, from its first 50 non-empty lines with quoted sections
 * ignored. The delimiter is the candidate whose per-line count is most often the same non-zero
 * number; lines where a candidate does not occur at all (title lines) are not held against it.
 * Ties go to the larger count, then to ',' before ';' before tab. With no candidate at all: ','.
 */
export function detectDialect(sample: string): CsvDialect {
  const lineCounts: number[][] = CSV_DELIMITERS.map(() => []);
  const current = CSV_DELIMITERS.map(() => 0);
  let lineHasText = false;
  let inQuotes = false;
  let lines = 0;
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  const endLine = (): void => {
    if (lineHasText) {
      lines++;
      current.forEach((count, d) => {
        lineCounts[d]!.push(count);
        current[d] = 0;
      });
    }
    lineHasText = false;
  };
  for (let i = 0; i < sample.length && lines < DIALECT_SAMPLE_LINES; i++) {
    const ch = sample[i];
    if (ch === '"') {
      inQuotes = !inQuotes;
      lineHasText = true;
      continue;
    }
    if (inQuotes) continue;
    if (ch === '\r' || ch === '\n') {
      if (ch === '\n') lf++;
      else if (sample[i + 1] === '\n') {
        crlf++;
        i++;
      } else cr++;
      endLine();
    } else {
      const d = (CSV_DELIMITERS as readonly string[]).indexOf(ch!);
      if (d !== -1) current[d]!++;
      lineHasText = true;
    }
  }
  endLine();

  let best = { delimiter: ',', freq: 0, count: 0 };
  CSV_DELIMITERS.forEach((delimiter, d) => {
    const { count, freq } = modalCount(lineCounts[d]!.filter((n) => n > 0));
    if (freq > best.freq || (freq === best.freq && count > best.count)) best = { delimiter, freq, count };
  });
  const newline: CsvNewline = crlf > 0 && crlf >= lf && crlf >= cr ? '\r\n' : cr > lf ? '\r' : '\n';
  return { delimiter: best.delimiter, newline };
}

function modalCount(counts: number[]): { count: number; freq: number } {
  const freqs = new Map<number, number>();
  let best = { count: 0, freq: 0 };
  for (const count of counts) {
    const freq = (freqs.get(count) ?? 0) + 1;
    freqs.set(count, freq);
    if (freq > best.freq || (freq === best.freq && count > best.count)) best = { count, freq };
  }
  return best;
}
