import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { type DossierListQuery, dossiersApi } from '../../../../api/dossiers.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { PUBLISHED_DATA_KEY } from './keys.ts';

type Query = Readonly<Record<string, string | number | boolean | undefined>>;

/** GET /api/dossiers: one page of a dossier list (overdue, due soon, …). */
export function dossierListQueryOptions(query: DossierListQuery) {
  return queryOptions({
    queryKey: [PUBLISHED_DATA_KEY, 'dossiers', query] as const,
    queryFn: ({ signal }) => apiRequest(dossiersApi.list, { query: query as Query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDossierList(query: DossierListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...dossierListQueryOptions(query), enabled: options.enabled ?? true });
}
