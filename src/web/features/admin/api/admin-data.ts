import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { calendarApi, type PutCalendarRequest } from '../../../../api/calendar.ts';
import { type PutRegistryRequest, registryApi } from '../../../../api/registry.ts';
import { type PutSettingsRequest, settingsApi } from '../../../../api/settings.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { PUBLISHED_DATA_KEY } from '../../metrics/api/keys.ts';
import { SETTINGS_KEY } from '../../metrics/api/settings.ts';

/**
 * The three versioned admin documents. Each query caches the endpoint's whole answer (version
 * included). Settings are read with the dashboards' own query (metrics/api/settings.ts, key
 * `['settings']`), so a save here updates the targets they draw.
 */
export const registryQueryKey = ['registry'] as const;
export const calendarQueryKey = ['calendar'] as const;
export const settingsQueryKey = SETTINGS_KEY;

export type AdminDocument = 'registry' | 'calendar' | 'settings';

const versionsKey = (doc: AdminDocument) => ['admin', 'versions', doc] as const;

export function registryQueryOptions() {
  return queryOptions({
    queryKey: registryQueryKey,
    queryFn: ({ signal }) => apiRequest(registryApi.get, { signal }),
  });
}

export function calendarQueryOptions() {
  return queryOptions({
    queryKey: calendarQueryKey,
    queryFn: ({ signal }) => apiRequest(calendarApi.get, { signal }),
  });
}

const versionEndpoints = {
  registry: registryApi.versions,
  calendar: calendarApi.versions,
  settings: settingsApi.versions,
} as const;

export function useVersions(doc: AdminDocument) {
  return useQuery({
    queryKey: versionsKey(doc),
    queryFn: ({ signal }) => apiRequest(versionEndpoints[doc], { signal }),
  });
}

function useSave<B, R>(doc: AdminDocument, key: readonly string[], send: (body: B) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (answer) => {
      queryClient.setQueryData(key, answer);
      // Units, working days and targets all shape what the dashboards compute.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        queryClient.invalidateQueries({ queryKey: versionsKey(doc) }),
        queryClient.invalidateQueries({ queryKey: [PUBLISHED_DATA_KEY] }),
      ]);
    },
  });
}

export const useSaveRegistry = () =>
  useSave('registry', registryQueryKey, (body: PutRegistryRequest) => apiRequest(registryApi.put, { body }));

export const useSaveCalendar = () =>
  useSave('calendar', calendarQueryKey, (body: PutCalendarRequest) => apiRequest(calendarApi.put, { body }));

export const useSaveSettings = () =>
  useSave('settings', settingsQueryKey, (body: PutSettingsRequest) => apiRequest(settingsApi.put, { body }));
