import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { CanonicalRow } from '../../../../ingest/canonical.ts';
import type { ExplicitMapping } from '../../../../ingest/mapping.ts';
import type {
  FromWorker,
  IngestWorkerLike,
  MappingNeeded,
  UploadSummary,
  WorkerProgress,
} from '../worker/protocol.ts';
import { savedMappings } from './mapping-store.ts';

export type WorkerFactory = () => IngestWorkerLike;

export interface RowsPage {
  rows: CanonicalRow[];
  /** Dossiers in the table (rows to send in all). */
  total: number;
}

const defaultFactory: WorkerFactory = () =>
  new Worker(new URL('../worker/ingest.worker.ts', import.meta.url), {
    type: 'module',
    name: 'ingest',
  }) as unknown as IngestWorkerLike;

/** Tests swap in an in-process worker; the app uses the real Web Worker. */
export const IngestWorkerContext = createContext<WorkerFactory>(defaultFactory);

export type IngestState =
  | { status: 'idle' }
  | { status: 'running'; progress: WorkerProgress | null; cancelling: boolean }
  | { status: 'done'; summary: UploadSummary }
  | { status: 'mapping-needed'; needed: MappingNeeded }
  | { status: 'cancelled' }
  | { status: 'failed'; file: string | null; message: string };

/** After asking the worker to stop, how long to wait before terminating it outright. */
const CANCEL_GRACE_MS = 2000;

/** Drives the ingest worker: start (files + mappings), progress, cancel, result. */
export function useIngest() {
  const factory = useContext(IngestWorkerContext);
  const workerRef = useRef<IngestWorkerLike | null>(null);
  const jobRef = useRef(0);
  const cancelTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [state, setState] = useState<IngestState>({ status: 'idle' });
  const rowRequests = useRef(
    new Map<number, { resolve: (r: RowsPage) => void; reject: (e: Error) => void }>(),
  );
  const nextRequest = useRef(0);

  const onMessage = useCallback((event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'rows' || message.type === 'rows-failed') {
      const pending = rowRequests.current.get(message.requestId);
      rowRequests.current.delete(message.requestId);
      if (message.type === 'rows') pending?.resolve({ rows: message.rows, total: message.total });
      else pending?.reject(new Error(message.message));
      return;
    }
    if (message.jobId !== jobRef.current) return;
    if (message.type !== 'progress' && cancelTimer.current) {
      clearTimeout(cancelTimer.current);
      cancelTimer.current = null;
    }
    switch (message.type) {
      case 'progress':
        setState((s) => (s.status === 'running' ? { ...s, progress: message.progress } : s));
        break;
      case 'done':
        setState({ status: 'done', summary: message.summary });
        break;
      case 'mapping-needed':
        setState({ status: 'mapping-needed', needed: message.needed });
        break;
      case 'cancelled':
        setState({ status: 'cancelled' });
        break;
      case 'failed':
        setState({ status: 'failed', file: message.file, message: message.message });
        break;
    }
  }, []);

  const worker = useCallback((): IngestWorkerLike => {
    if (!workerRef.current) {
      workerRef.current = factory();
      workerRef.current.addEventListener('message', onMessage);
    }
    return workerRef.current;
  }, [factory, onMessage]);

  const dispose = useCallback(() => {
    workerRef.current?.removeEventListener('message', onMessage);
    workerRef.current?.terminate();
    workerRef.current = null;
  }, [onMessage]);

  useEffect(
    () => () => {
      if (cancelTimer.current) clearTimeout(cancelTimer.current);
      dispose();
    },
    [dispose],
  );

  const start = useCallback(
    (files: readonly File[], explicit: readonly (ExplicitMapping | null)[] = []) => {
      const jobId = ++jobRef.current;
      setState({ status: 'running', progress: null, cancelling: false });
      worker().postMessage({
        type: 'start',
        jobId,
        files: [...files],
        explicit: files.map((_, i) => explicit[i] ?? null),
        saved: savedMappings(),
      });
    },
    [worker],
  );

  const cancel = useCallback(() => {
    const jobId = jobRef.current;
    setState((s) => (s.status === 'running' ? { ...s, cancelling: true } : s));
    workerRef.current?.postMessage({ type: 'cancel', jobId });
    // A worker stuck in a long synchronous step would answer late: stop it instead.
    cancelTimer.current = setTimeout(() => {
      cancelTimer.current = null;
      if (jobRef.current !== jobId) return;
      jobRef.current++;
      dispose();
      setState({ status: 'cancelled' });
    }, CANCEL_GRACE_MS);
  }, [dispose]);

  const reset = useCallback(() => setState({ status: 'idle' }), []);

  /** Canonical rows [offset, offset + limit) of the last finished read, for publishing in chunks. */
  const readRows = useCallback((offset: number, limit: number): Promise<RowsPage> => {
    const worker = workerRef.current;
    if (!worker) return Promise.reject(new Error('No finished read to take rows from.'));
    const requestId = ++nextRequest.current;
    return new Promise((resolve, reject) => {
      rowRequests.current.set(requestId, { resolve, reject });
      worker.postMessage({ type: 'rows', jobId: jobRef.current, requestId, offset, limit });
    });
  }, []);

  return { state, start, cancel, reset, readRows };
}
