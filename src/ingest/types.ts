/**
 * Shapes shared by the file readers (CSV, .xlsx, HTML-table .xls) and the steps after them.
 * Everything in src/ingest runs in the browser (Web Worker) and in Node alike: no DOM, no node: imports.
 */

/**
 * A cell as a reader hands it over: text for CSV and HTML, and for .xlsx either text or the cell's
 * number (an Excel serial for date cells). Empty cells are ''.
 */
export type Cell = string | number;

export interface RawRow {
  /** 1-based row number in the original file, as a person opening it would count rows. */
  row: number;
  cells: Cell[];
}

export interface ReadProgress {
  bytesRead: number;
  /** Null when the size is not known up front. */
  totalBytes: number | null;
  rowsRead: number;
}

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
}

/** File contents as a stream of byte chunks: `File.stream()` in the browser, `fs.createReadStream` in Node. */
export type ByteSource = AsyncIterable<Uint8Array>;

export type FileKind = 'csv' | 'xlsx' | 'html';

export class IngestCancelledError extends Error {
  constructor() {
    super('Đã huỷ đọc tệp (ingest cancelled)');
    this.name = 'IngestCancelledError';
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new IngestCancelledError();
}
