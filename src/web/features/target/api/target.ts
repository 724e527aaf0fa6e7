import { queryOptions, useQuery } from '@tanstack/react-query';
import { index766Api } from '../../../../api/index766.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { PUBLISHED_DATA_KEY } from '../../metrics/api/keys.ts';

export interface TargetQueryInput {
  /** yyyy-MM */
  month: string;
  /** Months of history ending with `month`. */
  months?: number;
}

/** The history length the page and the overview tile share, so they share one cached answer. */
export const TARGET_HISTORY_MONTHS = 12;

/** GET /api/index766/target: the month's official and estimated results, gaps and history. */
export function targetQueryOptions({ month, months = TARGET_HISTORY_MONTHS }: TargetQueryInput) {
  return queryOptions({
    queryKey: [PUBLISHED_DATA_KEY, 'index766-target', { month, months }] as const,
    queryFn: ({ signal }) => apiRequest(index766Api.target, { query: { month, months }, signal }),
  });
}

export function useTarget(input: TargetQueryInput, options: { enabled?: boolean } = {}) {
  return useQuery({ ...targetQueryOptions(input), enabled: options.enabled ?? true });
}
