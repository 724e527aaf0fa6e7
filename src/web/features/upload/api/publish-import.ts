import type { Endpoint } from '../../../../api/endpoint.ts';
import type { ExplicitMapping } from '../../../../ingest/mapping.ts';
import type { RowsPage } from '../lib/use-ingest.ts';
import type { UploadSummary } from '../worker/protocol.ts';

/**
 * Publishing an upload: the seam between this page and the server's /api/imports routes, which are
 * being built separately. The button is enabled only once `src/api/imports.ts` exports an
 * `importsApi.publish` endpoint (found at build time, so nothing breaks while it is missing) and
 * `publishImport` below is wired (PUBLISH_WIRED).
 */
const importsModules = import.meta.glob<{ importsApi?: Record<string, Endpoint | undefined> }>(
  '../../../../api/imports.ts',
  { eager: true },
);

export const publishEndpoint: Endpoint | null = Object.values(importsModules)[0]?.importsApi?.publish ?? null;

/** TODO(lead): set to true once publishImport below is wired. */
const PUBLISH_WIRED = false;

/** The button is live when the server's contract exists and the client side of it is wired. */
export function isPublishAvailable(): boolean {
  return publishEndpoint !== null && PUBLISH_WIRED;
}

export interface PublishInput {
  /**
   * Canonical rows of the read, from the ingest worker (useIngest().readRows): send them in
   * chunks of MAX_CHUNK_ROWS with importsApi.putChunk.
   */
  readRows: (offset: number, limit: number) => Promise<RowsPage>;
  files: readonly File[];
  /** The mapping each file was read with (field → column index; null: no such column). */
  mappings: readonly ExplicitMapping[];
  /** What the page showed: the server re-reads the files and must arrive at the same counts. */
  summary: UploadSummary;
}

export interface PublishProgress {
  bytesSent: number;
  totalBytes: number;
}

/**
 * TODO(lead): wire to src/api/imports.ts (its routes are being built): `importsApi.create` (file name,
 * SHA-256 of the file, rowCount = readRows' total, layout, clientReport from `summary`), then
 * `importsApi.putChunk` for each slice of `readRows(n * MAX_CHUNK_ROWS, MAX_CHUNK_ROWS)` with
 * progress, `importsApi.finish`, show the server's preview, then `importsApi.publish`; all through
 * `apiRequest` (src/web/lib/api-client.ts adds the CSRF header). Afterwards invalidate the
 * dashboard query keys and set PUBLISH_WIRED. Until then it refuses plainly.
 */
export async function publishImport(
  _input: PublishInput,
  _options: { signal?: AbortSignal; onProgress?: (p: PublishProgress) => void } = {},
): Promise<void> {
  throw new Error(
    'publishImport: chưa nối với /api/imports (TODO trong features/upload/api/publish-import.ts)',
  );
}
