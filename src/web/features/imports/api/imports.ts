import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { importsApi } from '../../../../api/imports.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { PUBLISHED_DATA_KEY } from '../../metrics/api/keys.ts';

/** Every query about the list of imports; a publish, retraction or discard invalidates it. */
export const IMPORTS_KEY = 'imports' as const;

export const IMPORT_HISTORY_PAGE_SIZE = 25;

export function importHistoryQueryOptions(page: number, pageSize = IMPORT_HISTORY_PAGE_SIZE) {
  return queryOptions({
    queryKey: [IMPORTS_KEY, 'history', { page, pageSize }] as const,
    queryFn: ({ signal }) => apiRequest(importsApi.list, { query: { page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useImportHistory(page: number, enabled = true) {
  return useQuery({ ...importHistoryQueryOptions(page), enabled });
}

/** Rút lại: the import's dossiers leave the dashboards and the ones it replaced come back. */
export function useRetractImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) =>
      apiRequest(importsApi.retract, { params: { id }, body: { reason } }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [PUBLISHED_DATA_KEY] }),
        queryClient.invalidateQueries({ queryKey: [IMPORTS_KEY] }),
      ]),
  });
}
