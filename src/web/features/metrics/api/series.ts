import { queryOptions, useQuery } from '@tanstack/react-query';
import { metricsApi, type SeriesQuery } from '../../../../api/metrics.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { PUBLISHED_DATA_KEY } from './keys.ts';

type Query = Readonly<Record<string, string | number | boolean | undefined>>;

/** GET /api/metrics/series: one point per calendar month of the range. */
export function seriesQueryOptions(query: SeriesQuery) {
  return queryOptions({
    queryKey: [PUBLISHED_DATA_KEY, 'series', query] as const,
    queryFn: ({ signal }) => apiRequest(metricsApi.series, { query: query as Query, signal }),
  });
}

export function useSeries(query: SeriesQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...seriesQueryOptions(query), enabled: options.enabled ?? true });
}
