import { queryOptions, useQuery } from '@tanstack/react-query';
import { metricsApi } from '../../../../api/metrics.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { PUBLISHED_DATA_KEY } from './keys.ts';

/**
 * The latest dossier event in the published data (yyyy-MM-dd…, Vietnam wall clock), null when
 * nothing is published. Any metrics answer carries it; a one-day total is the cheapest to ask for.
 */
export function asOfQueryOptions() {
  return queryOptions({
    queryKey: [PUBLISHED_DATA_KEY, 'as-of'] as const,
    queryFn: async ({ signal }) => {
      const answer = await apiRequest(metricsApi.get, {
        query: { from: '2000-01-01', to: '2000-01-01', groupBy: 'total' },
        signal,
      });
      return { asOf: answer.asOf };
    },
  });
}

export function useAsOf() {
  return useQuery(asOfQueryOptions());
}
