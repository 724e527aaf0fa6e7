import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { FromWorker, IngestWorkerLike, ToWorker, WorkerProgress } from '../worker/protocol.ts';

export type WorkerFactory = () => IngestWorkerLike;

const defaultFactory: WorkerFactory = () =>
  new Worker(new URL('../worker/ingest.worker.ts', import.meta.url), {
    type: 'module',
    name: 'ingest',
  }) as unknown as IngestWorkerLike;

/** Tests swap in an in-process worker; the app uses the real Web Worker. */
export const IngestWorkerContext = createContext<WorkerFactory>(defaultFactory);

/** The states every read in the worker goes through; `Ended` adds the reader's own outcomes. */
export type JobState<Ended> =
  | { status: 'idle' }
  | { status: 'running'; progress: WorkerProgress | null; cancelling: boolean }
  | { status: 'cancelled' }
  | { status: 'failed'; file: string | null; message: string }
  | Ended;

/** After asking the worker to stop, how long to wait before terminating it outright. */
const CANCEL_GRACE_MS = 2000;

export interface WorkerJobOptions<Ended> {
  /** The state a finishing message of this reader's own kinds ends in; undefined for other messages. */
  ended: (message: FromWorker) => Ended | undefined;
  /** Messages outside any job (answers to requests): return true when handled. */
  aside?: (message: FromWorker) => boolean;
}

/**
 * One read at a time in an ingest worker of its own: job ids (a late message of an older job is
 * ignored), progress, cancel (terminating a worker that does not answer in time) and disposal on
 * unmount. The dossier reader and the scorecard/PAKN reader share it.
 */
export function useWorkerJob<Ended extends { status: string }>({ ended, aside }: WorkerJobOptions<Ended>) {
  const factory = useContext(IngestWorkerContext);
  const workerRef = useRef<IngestWorkerLike | null>(null);
  const jobRef = useRef(0);
  const cancelTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [state, setState] = useState<JobState<Ended>>({ status: 'idle' });
  // The callbacks of the caller may change between renders; the listener reads the latest ones.
  const handlers = useRef({ ended, aside });
  handlers.current = { ended, aside };

  const onMessage = useCallback((event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (handlers.current.aside?.(message)) return;
    if (!('jobId' in message) || message.jobId !== jobRef.current) return;
    if (message.type !== 'progress' && cancelTimer.current) {
      clearTimeout(cancelTimer.current);
      cancelTimer.current = null;
    }
    if (message.type === 'progress') {
      setState((s) => (s.status === 'running' ? { ...s, progress: message.progress } : s));
      return;
    }
    if (message.type === 'cancelled') return setState({ status: 'cancelled' });
    if (message.type === 'failed') {
      return setState({ status: 'failed', file: message.file, message: message.message });
    }
    const next = handlers.current.ended(message);
    if (next !== undefined) setState(next);
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

  /** Starts a new job with the message `build(jobId)`; any earlier job's answers are ignored. */
  const run = useCallback(
    (build: (jobId: number) => ToWorker) => {
      const jobId = ++jobRef.current;
      setState({ status: 'running', progress: null, cancelling: false });
      worker().postMessage(build(jobId));
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

  const reset = useCallback(() => {
    jobRef.current++;
    setState({ status: 'idle' });
  }, []);

  /** The current job's id and worker, for requests about its result (null before any read). */
  const current = useCallback(() => ({ jobId: jobRef.current, worker: workerRef.current }), []);

  return { state, run, cancel, reset, current };
}
