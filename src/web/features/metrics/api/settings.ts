import { queryOptions, useQuery } from '@tanstack/react-query';
import {
  type Settings,
  type SettingsResponse,
  settingsApi,
  TARGET_METRICS,
  type TargetMetric,
} from '../../../../api/settings.ts';
import { ApiError, apiRequest } from '../../../lib/api-client.ts';

export const SETTINGS_KEY = ['settings'] as const;

/**
 * GET /api/settings (targets, due-soon days, public mode). Not under PUBLISHED_DATA_KEY: a publish
 * does not change it. A caller the server refuses (401/403) gets null, so dashboards simply show
 * no targets instead of an error.
 */
export function settingsQueryOptions() {
  return queryOptions({
    queryKey: SETTINGS_KEY,
    queryFn: async ({ signal }): Promise<SettingsResponse | null> => {
      try {
        return await apiRequest(settingsApi.get, { signal });
      } catch (e) {
        if (e instanceof ApiError && (e.status === 401 || e.status === 403)) return null;
        throw e;
      }
    },
  });
}

export function useSettings() {
  return useQuery(settingsQueryOptions());
}

/** The targets set for `year` (fractions 0–1); an empty object when none or no settings. */
export function targetsFor(
  settings: Pick<Settings, 'targets'> | SettingsResponse | null | undefined,
  year: number,
): Partial<Record<TargetMetric, number>> {
  if (!settings) return {};
  const targets = 'settings' in settings ? settings.settings.targets : settings.targets;
  const forYear = targets[String(year)];
  const out: Partial<Record<TargetMetric, number>> = {};
  if (!forYear) return out;
  for (const metric of TARGET_METRICS) {
    const value = forYear[metric];
    if (typeof value === 'number' && Number.isFinite(value)) out[metric] = value;
  }
  return out;
}
