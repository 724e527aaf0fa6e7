import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { ExplicitFeedbackMapping } from '../../../../ingest/feedback/mapping.ts';
import { IngestWorkerContext } from '../../upload/lib/use-ingest.ts';
import type { FromWorker, IngestWorkerLike, WorkerProgress } from '../../upload/worker/protocol.ts';
import type { Index766Kind, Index766Result } from '../worker/protocol.ts';

export type Index766State =
  | { status: 'idle' }
  | { status: 'running'; progress: WorkerProgress | null; cancelling: boolean }
  | { status: 'done'; result: Index766Result }
  | { status: 'cancelled' }
  | { status: 'failed'; file: string | null; message: string };

export interface Index766ReadRequest {
  kind: Index766Kind;
  files: readonly File[];
  periods?: readonly (string | null)[];
  mappings?: readonly (ExplicitFeedbackMapping | null)[];
}

const CANCEL_GRACE_MS = 2000;

/**
 * Reads scorecard / feedback files in the upload page's ingest worker (its own instance, so the
 * dossier reading is untouched): start, progress, cancel, result.
 */
export function useIndex766Ingest() {
  const factory = useContext(IngestWorkerContext);
  const workerRef = useRef<IngestWorkerLike | null>(null);
  const jobRef = useRef(0);
  const cancelTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [state, setState] = useState<Index766State>({ status: 'idle' });

  const onMessage = useCallback((event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.jobId !== jobRef.current) return;
    if (message.type !== 'progress' && cancelTimer.current) {
      clearTimeout(cancelTimer.current);
      cancelTimer.current = null;
    }
    switch (message.type) {
      case 'progress':
        setState((s) => (s.status === 'running' ? { ...s, progress: message.progress } : s));
        break;
      case 'index766-done':
        setState({ status: 'done', result: message.result });
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
    ({ kind, files, periods = [], mappings = [] }: Index766ReadRequest) => {
      const jobId = ++jobRef.current;
      setState({ status: 'running', progress: null, cancelling: false });
      worker().postMessage({
        type: 'start-index766',
        jobId,
        kind,
        files: [...files],
        periods: files.map((_, i) => periods[i] ?? null),
        mappings: files.map((_, i) => mappings[i] ?? null),
      });
    },
    [worker],
  );

  const cancel = useCallback(() => {
    const jobId = jobRef.current;
    setState((s) => (s.status === 'running' ? { ...s, cancelling: true } : s));
    workerRef.current?.postMessage({ type: 'cancel', jobId });
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

  return { state, start, cancel, reset };
}
