import { type CsvDialect, readCsvRows } from './csv.ts';
import { decodeStream, detectFileKind, isLegacyBinaryXls, type TextEncodingName } from './decode.ts';
import { readHtmlTableRows } from './html-table.ts';
import {
  type ByteSource,
  type FileKind,
  IngestCancelledError,
  type RawRow,
  type ReadOptions,
  throwIfAborted,
} from './types.ts';
import { readXlsxRows } from './xlsx.ts';

export interface ReadRowsOptions extends ReadOptions {
  fileName?: string;
  /** File size when known (`File.size`, `fs.stat`), for progress. */
  totalBytes?: number;
  /** CSV only: forces the delimiter. */
  delimiter?: string;
  onEncoding?: (encoding: TextEncodingName) => void;
  onDialect?: (dialect: CsvDialect) => void;
}

export interface RowStream {
  /** Known from the first bytes, without iterating `rows`. */
  kind: Promise<FileKind>;
  rows: AsyncIterable<RawRow[]>;
}

export class UnsupportedFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedFileError';
  }
}

/** Bytes read before deciding the kind: enough to get past the <style> block of an Excel-saved HTML. */
export const KIND_SNIFF_BYTES = 64 * 1024;
const PROGRESS_STEP_BYTES = 1 << 20;

/**
 * Opens any supported export (.xlsx, HTML-table ".xls", CSV) as batches of raw rows. The kind is
 * sniffed from the first bytes as soon as this is called; .xlsx is collected into memory first (the
 * zip needs it whole), the text kinds stream. Progress goes to opts.onProgress (at least every MiB
 * and every batch, and once at the end with bytesRead = totalBytes); aborting opts.signal ends the
 * iteration with IngestCancelledError, even while waiting for a slow source.
 */
export function readRows(source: ByteSource, opts: ReadRowsOptions = {}): RowStream {
  const iterator = source[Symbol.asyncIterator]();
  const signal = opts.signal;
  let bytesRead = 0;
  let rowsRead = 0;
  let reportedBytes = -1;
  const report = (final = false): void => {
    reportedBytes = bytesRead;
    const totalBytes = opts.totalBytes ?? (final ? bytesRead : null);
    opts.onProgress?.({ bytesRead, totalBytes, rowsRead });
  };
  const abortion = new Promise<never>((_, reject) => {
    signal?.addEventListener('abort', () => reject(new IngestCancelledError()), { once: true });
  });
  abortion.catch(() => {});

  const pull = async (): Promise<Uint8Array | null> => {
    throwIfAborted(signal);
    const next = await (signal ? Promise.race([iterator.next(), abortion]) : iterator.next());
    throwIfAborted(signal);
    if (next.done) return null;
    bytesRead += next.value.byteLength;
    if (bytesRead - reportedBytes >= PROGRESS_STEP_BYTES || reportedBytes < 0) report();
    return next.value;
  };

  const head = (async () => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let ended = false;
    while (size < KIND_SNIFF_BYTES) {
      const chunk = await pull();
      if (!chunk) {
        ended = true;
        break;
      }
      chunks.push(chunk);
      size += chunk.byteLength;
    }
    const bytes = concat(chunks, size);
    if (isLegacyBinaryXls(bytes)) {
      throw new UnsupportedFileError(
        'Tệp .xls nhị phân (Excel 97–2003) chưa đọc được: hãy mở bằng Excel và lưu thành .xlsx hoặc CSV.',
      );
    }
    return { chunks, ended, kind: detectFileKind(bytes, opts.fileName) };
  })();
  const kind = head.then((h) => h.kind);
  kind.catch(() => {});

  async function* replay(chunks: Uint8Array[], ended: boolean): AsyncGenerator<Uint8Array> {
    yield* chunks;
    if (ended) return;
    for (let chunk = await pull(); chunk; chunk = await pull()) yield chunk;
  }

  async function* rows(): AsyncGenerator<RawRow[]> {
    try {
      const { chunks, ended, kind } = await head;
      const bytes = replay(chunks, ended);
      const batches =
        kind === 'xlsx'
          ? readXlsxRows(await collect(bytes, opts.totalBytes), { signal })
          : kind === 'html'
            ? readHtmlTableRows(decodeStream(bytes, { signal, onEncoding: opts.onEncoding }), { signal })
            : readCsvRows(decodeStream(bytes, { signal, onEncoding: opts.onEncoding }), {
                signal,
                delimiter: opts.delimiter,
                onDialect: opts.onDialect,
              });
      for await (const batch of batches) {
        throwIfAborted(signal);
        rowsRead += batch.length;
        report();
        yield batch;
      }
      throwIfAborted(signal);
      report(true);
    } finally {
      // An async generator source that is stuck in next() would hold return() until it moves on:
      // after an abort, do not wait for it.
      const closing = Promise.resolve(iterator.return?.());
      await (signal ? Promise.race([closing, abortion]) : closing).catch(() => {});
    }
  }

  return { kind, rows: { [Symbol.asyncIterator]: rows } };
}

async function collect(bytes: AsyncIterable<Uint8Array>, sizeHint: number | undefined): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of bytes) {
    chunks.push(chunk);
    size += chunk.byteLength;
  }
  return sizeHint === size && chunks.length === 1 ? chunks[0]! : concat(chunks, size);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
