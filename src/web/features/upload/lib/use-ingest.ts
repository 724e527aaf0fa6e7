import { useCallback, useRef } from 'react';
import type { CanonicalRow } from '../../../../ingest/canonical.ts';
import type { ExplicitMapping } from '../../../../ingest/mapping.ts';
import type { MappingNeeded, UploadSummary } from '../worker/protocol.ts';
import { savedMappings } from './mapping-store.ts';
import { type JobState, useWorkerJob } from './use-worker-job.ts';

export type { WorkerFactory } from './use-worker-job.ts';
export { IngestWorkerContext } from './use-worker-job.ts';

export interface RowsPage {
  rows: CanonicalRow[];
  /** Dossiers in the table (rows to send in all). */
  total: number;
}

export type IngestState = JobState<
  { status: 'done'; summary: UploadSummary } | { status: 'mapping-needed'; needed: MappingNeeded }
>;

/** Drives the ingest worker: start (files + mappings), progress, cancel, result. */
export function useIngest() {
  const rowRequests = useRef(
    new Map<number, { resolve: (r: RowsPage) => void; reject: (e: Error) => void }>(),
  );
  const nextRequest = useRef(0);
  const { state, run, cancel, reset, current } = useWorkerJob({
    ended: (message) =>
      message.type === 'done'
        ? { status: 'done' as const, summary: message.summary }
        : message.type === 'mapping-needed'
          ? { status: 'mapping-needed' as const, needed: message.needed }
          : undefined,
    aside: (message) => {
      if (message.type !== 'rows' && message.type !== 'rows-failed') return false;
      const pending = rowRequests.current.get(message.requestId);
      rowRequests.current.delete(message.requestId);
      if (message.type === 'rows') pending?.resolve({ rows: message.rows, total: message.total });
      else pending?.reject(new Error(message.message));
      return true;
    },
  });

  const start = useCallback(
    (files: readonly File[], explicit: readonly (ExplicitMapping | null)[] = []) =>
      run((jobId) => ({
        type: 'start',
        jobId,
        files: [...files],
        explicit: files.map((_, i) => explicit[i] ?? null),
        saved: savedMappings(),
      })),
    [run],
  );

  /** Canonical rows [offset, offset + limit) of the last finished read, for publishing in chunks. */
  const readRows = useCallback(
    (offset: number, limit: number): Promise<RowsPage> => {
      const { jobId, worker } = current();
      if (!worker) return Promise.reject(new Error('No finished read to take rows from.'));
      const requestId = ++nextRequest.current;
      return new Promise((resolve, reject) => {
        rowRequests.current.set(requestId, { resolve, reject });
        worker.postMessage({ type: 'rows', jobId, requestId, offset, limit });
      });
    },
    [current],
  );

  return { state, start, cancel, reset, readRows };
}
