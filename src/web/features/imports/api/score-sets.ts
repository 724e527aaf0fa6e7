import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { index766Api } from '../../../../api/index766.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { PUBLISHED_DATA_KEY } from '../../metrics/api/keys.ts';

/** Every query about the scorecard / feedback sets; a publish or retraction invalidates it. */
export const SCORE_SETS_KEY = 'index766-sets' as const;

export const SCORE_SETS_PAGE_SIZE = 25;

export function scoreSetsQueryOptions(page: number, pageSize = SCORE_SETS_PAGE_SIZE) {
  return queryOptions({
    queryKey: [SCORE_SETS_KEY, 'list', { page, pageSize }] as const,
    queryFn: ({ signal }) => apiRequest(index766Api.listSets, { query: { page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useScoreSets(page: number) {
  return useQuery(scoreSetsQueryOptions(page));
}

/** Rút lại: the set's scorecards or feedback are no longer read; the earlier set in force comes back. */
export function useRetractScoreSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiRequest(index766Api.retractSet, { params: { id } }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [PUBLISHED_DATA_KEY] }),
        queryClient.invalidateQueries({ queryKey: [SCORE_SETS_KEY] }),
      ]),
  });
}
