import { CSRF_HEADER, type Endpoint, pathOf } from '../../../../api/endpoint.ts';
import {
  type CreateImportRequest,
  type ImportDetail,
  importsApi,
  MAX_CHUNK_ROWS,
} from '../../../../api/imports.ts';
import type { ExplicitMapping } from '../../../../ingest/mapping.ts';
import { apiRequest, getCsrfToken } from '../../../lib/api-client.ts';
import type { RowsPage } from '../lib/use-ingest.ts';
import type { UploadSummary } from '../worker/protocol.ts';

/**
 * Publishing an upload: the seam between this page and the server's /api/imports routes. The button
 * is enabled only once `src/api/imports.ts` exports an `importsApi.publish` endpoint (found at build
 * time, so nothing breaks while it is missing) and `stageImport` below is wired (PUBLISH_WIRED).
 */
const importsModules = import.meta.glob<{ importsApi?: Record<string, Endpoint | undefined> }>(
  '../../../../api/imports.ts',
  { eager: true },
);

export const publishEndpoint: Endpoint | null = Object.values(importsModules)[0]?.importsApi?.publish ?? null;

const PUBLISH_WIRED = true;

/** The button is live when the server's contract exists and the client side of it is wired. */
export function isPublishAvailable(): boolean {
  return publishEndpoint !== null && PUBLISH_WIRED;
}

export interface PublishInput {
  /**
   * Canonical rows of the read, from the ingest worker (useIngest().readRows): sent in chunks of
   * MAX_CHUNK_ROWS with importsApi.putChunk.
   */
  readRows: (offset: number, limit: number) => Promise<RowsPage>;
  files: readonly File[];
  /** The mapping each file was read with (field → column index; null: no such column). */
  mappings: readonly ExplicitMapping[];
  /** What the page showed: the server re-checks the rows and must arrive at the same counts. */
  summary: UploadSummary;
}

export interface PublishProgress {
  rowsSent: number;
  totalRows: number;
}

/** The server's staging counts beside what the page showed for the same rows. */
export interface CountCheck {
  /** Rows sent (the page's dossier table) and the rows the server received. */
  sent: number;
  received: number;
  /** The server's own validation of those rows. */
  accepted: number;
  rejected: number;
  /** What the page showed for the file (rejected rows are not sent). */
  pageAccepted: number;
  pageRejected: number;
  /** The server agrees: every row sent arrived and passed its checks. */
  agrees: boolean;
}

/** What staging gave: the import waits on the server, as 'staged', for the user's confirmation. */
export type StageResult =
  | { status: 'staged'; importId: number; staged: ImportDetail; check: CountCheck }
  /** The server's counts differ from the page's: the staged import was discarded, nothing published. */
  | { status: 'mismatch'; importId: number; check: CountCheck };

/**
 * One import is one file: the server recognises a file already published by its SHA-256, and the
 * worker's table merges every file it read, so a read of several files is not published.
 */
export function canPublishFiles(files: readonly File[]): boolean {
  return files.length === 1;
}

/** SHA-256 of the file's bytes, lower-case hex: how the server recognises a file. */
export async function sha256Hex(file: File): Promise<string> {
  const buffer = await file.arrayBuffer();
  // A buffer from another realm (a test DOM) is refused: copy it into this one then.
  const digest = await crypto.subtle
    .digest('SHA-256', buffer)
    .catch(() => crypto.subtle.digest('SHA-256', new Uint8Array(buffer).slice()));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function layoutOf(input: PublishInput): NonNullable<CreateImportRequest['layout']> {
  const file = input.summary.files[0];
  if (!file) return {};
  const headers = file.headers.slice(0, 500).map((h) => h.slice(0, 300));
  const mapping: Record<string, string> = {};
  for (const [field, column] of Object.entries(input.mappings[0] ?? {})) {
    const header = typeof column === 'number' ? file.headers[column] : column;
    if (typeof header === 'string' && header !== '') mapping[field] = header.slice(0, 300);
  }
  return { kind: file.kind, headers, mapping };
}

function checkOf(staged: ImportDetail, sent: number, summary: UploadSummary): CountCheck {
  const s = staged.summary;
  const received = s?.rowsReceived ?? staged.upload.rowsReceived;
  const accepted = s?.accepted ?? 0;
  const rejected = s?.rejected ?? 0;
  return {
    sent,
    received,
    accepted,
    rejected,
    pageAccepted: summary.accepted,
    pageRejected: summary.rejected,
    agrees: received === sent && accepted === sent && rejected === 0,
  };
}

/**
 * create (file name, SHA-256 of the file, rowCount, layout, the page's report) → putChunk for each
 * slice of MAX_CHUNK_ROWS rows, with progress → finish (the server's own validation, compared with
 * the page's, and its preview of what publishing would change). Nothing is published here: the
 * staged import waits for publishStaged or discardImport. A mismatch discards it; so does a failure
 * or a cancel (the signal). Errors are the server's (ApiError with its Vietnamese message, e.g. 409
 * already_published).
 */
export async function stageImport(
  input: PublishInput,
  options: {
    signal?: AbortSignal;
    onProgress?: (p: PublishProgress) => void;
    /** The import exists on the server from here on (to discard it if the page goes away). */
    onCreated?: (id: number) => void;
  } = {},
): Promise<StageResult> {
  const { signal, onProgress, onCreated } = options;
  const file = input.files[0];
  if (!file || !canPublishFiles(input.files)) throw new Error('stageImport: exactly one file');
  const withSignal = signal ? { signal } : {};

  const first = await input.readRows(0, MAX_CHUNK_ROWS);
  const totalRows = first.total;
  signal?.throwIfAborted();
  const created = await apiRequest(importsApi.create, {
    body: {
      fileName: file.name,
      fileHash: await sha256Hex(file),
      fileSize: file.size,
      rowCount: totalRows,
      layout: layoutOf(input),
      clientReport: {
        rowsRead: input.summary.rowsRead,
        accepted: input.summary.accepted,
        rejected: input.summary.rejected,
        excluded: input.summary.excluded,
        warned: input.summary.warned,
      },
    },
    ...withSignal,
  });
  const id = created.id;
  onCreated?.(id);
  try {
    let rowsSent = 0;
    onProgress?.({ rowsSent, totalRows });
    for (let n = 0; rowsSent < totalRows; n++) {
      const page = n === 0 ? first : await input.readRows(n * MAX_CHUNK_ROWS, MAX_CHUNK_ROWS);
      if (page.rows.length === 0) throw new Error(`readRows(${n * MAX_CHUNK_ROWS}) returned no rows`);
      signal?.throwIfAborted();
      await apiRequest(importsApi.putChunk, { params: { id, n }, body: { rows: page.rows }, ...withSignal });
      rowsSent += page.rows.length;
      onProgress?.({ rowsSent, totalRows });
    }
    const staged = await apiRequest(importsApi.finish, { params: { id }, ...withSignal });
    const check = checkOf(staged, totalRows, input.summary);
    if (!check.agrees) {
      await discardImport(id);
      return { status: 'mismatch', importId: id, check };
    }
    signal?.throwIfAborted();
    return { status: 'staged', importId: id, staged, check };
  } catch (e) {
    // Leave nothing half-done behind: a failed or cancelled upload is discarded (best effort).
    await discardImport(id);
    throw e;
  }
}

/** The user confirmed: the staged import is published (one transaction on the server). */
export function publishStaged(id: number): Promise<ImportDetail> {
  return apiRequest(importsApi.publish, { params: { id } });
}

/**
 * DELETE → 'discarded', best effort: an import that cannot be discarded (already published, or the
 * network is gone) is left as it is; a staged import that is never confirmed is never published.
 */
export async function discardImport(id: number): Promise<void> {
  await apiRequest(importsApi.discard, { params: { id } }).catch(() => undefined);
}

/**
 * The same while the page unloads: a request with `keepalive` outlives the page, which an ordinary
 * fetch would not.
 */
export function discardOnUnload(id: number): void {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = getCsrfToken();
  if (token !== null) headers[CSRF_HEADER] = token;
  try {
    void fetch(new URL(pathOf(importsApi.discard, { id }), document.baseURI), {
      method: importsApi.discard.method,
      headers,
      credentials: 'same-origin',
      keepalive: true,
    }).catch(() => undefined);
  } catch {
    // Nothing more can be done while the page goes away.
  }
}
