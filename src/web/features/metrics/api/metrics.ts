import { queryOptions, useQuery } from '@tanstack/react-query';
import { type MetricsQuery, metricsApi } from '../../../../api/metrics.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { PUBLISHED_DATA_KEY } from './keys.ts';

/** Query parameters as the URL takes them: undefined values are left out. */
type Query = Readonly<Record<string, string | number | boolean | undefined>>;

/** GET /api/metrics: one period's counts and rates, in total or by a grouping. */
export function metricsQueryOptions(query: MetricsQuery) {
  return queryOptions({
    queryKey: [PUBLISHED_DATA_KEY, 'metrics', query] as const,
    queryFn: ({ signal }) => apiRequest(metricsApi.get, { query: query as Query, signal }),
  });
}

export function useMetrics(query: MetricsQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...metricsQueryOptions(query), enabled: options.enabled ?? true });
}
