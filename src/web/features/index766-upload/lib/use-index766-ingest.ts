import { useCallback } from 'react';
import type { ExplicitFeedbackMapping } from '../../../../ingest/feedback/mapping.ts';
import { type JobState, useWorkerJob } from '../../upload/lib/use-worker-job.ts';
import type { Index766Kind, Index766Result } from '../worker/protocol.ts';

export type Index766State = JobState<{ status: 'done'; result: Index766Result }>;

export interface Index766ReadRequest {
  kind: Index766Kind;
  files: readonly File[];
  periods?: readonly (string | null)[];
  mappings?: readonly (ExplicitFeedbackMapping | null)[];
}

/**
 * Reads scorecard / feedback files in the upload page's ingest worker (its own instance, so the
 * dossier reading is untouched): start, progress, cancel, result.
 */
export function useIndex766Ingest() {
  const { state, run, cancel, reset } = useWorkerJob({
    ended: (message) =>
      message.type === 'index766-done' ? { status: 'done' as const, result: message.result } : undefined,
  });

  const start = useCallback(
    ({ kind, files, periods = [], mappings = [] }: Index766ReadRequest) =>
      run((jobId) => ({
        type: 'start-index766',
        jobId,
        kind,
        files: [...files],
        periods: files.map((_, i) => periods[i] ?? null),
        mappings: files.map((_, i) => mappings[i] ?? null),
      })),
    [run],
  );

  return { state, start, cancel, reset };
}
