import { useMutation, useQueryClient } from '@tanstack/react-query';
import { index766Api, type ScoreSetDetail } from '../../../../api/index766.ts';
import type { Feedback } from '../../../../domain/feedback.ts';
import type { Scorecard } from '../../../../domain/scorecard.ts';
import { canonicalFeedbackOf } from '../../../../ingest/feedback/canonical.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { SCORE_SETS_KEY } from '../../imports/api/score-sets.ts';
import { PUBLISHED_DATA_KEY } from '../../metrics/api/keys.ts';
import { sha256Hex } from '../../upload/api/publish-import.ts';

/** One file, one set: the server keeps the file's name and SHA-256, and a set is retracted whole. */
export type SetToPublish =
  | { kind: 'scorecards'; file: File; scorecards: readonly Scorecard[] }
  | { kind: 'feedback'; file: File; items: readonly Feedback[] };

export async function publishSet(set: SetToPublish, signal?: AbortSignal): Promise<ScoreSetDetail> {
  const fileName = set.file.name;
  const fileHash = await sha256Hex(set.file);
  const withSignal = signal ? { signal } : {};
  if (set.kind === 'scorecards') {
    return apiRequest(index766Api.createScorecardSet, {
      body: { fileName, fileHash, scorecards: [...set.scorecards] },
      ...withSignal,
    });
  }
  return apiRequest(index766Api.createFeedbackSet, {
    body: { fileName, fileHash, items: set.items.map(canonicalFeedbackOf) },
    ...withSignal,
  });
}

/** Publishes one file's set, then marks every published-data query and the sets history stale. */
export function usePublishSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (set: SetToPublish) => publishSet(set),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [PUBLISHED_DATA_KEY] }),
        queryClient.invalidateQueries({ queryKey: [SCORE_SETS_KEY] }),
      ]),
  });
}
