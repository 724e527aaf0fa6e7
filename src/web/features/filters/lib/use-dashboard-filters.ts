import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { RowFilterQuery } from '../../../../api/query.ts';
import { UNIT_GROUPS } from '../../../../api/registry.ts';
import { CHANNELS } from '../../../../domain/dossier.ts';
import { useAsOf } from '../../metrics/api/as-of.ts';
import {
  monthOfDay,
  type PeriodSelection,
  parsePeriodParam,
  periodParam,
  rangeOf,
} from './period-selection.ts';

/** Row filters that live in the URL under the API's own names. */
export const FILTER_KEYS = ['unitGroup', 'unit', 'receivingUnit', 'sector', 'procedure', 'channel'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const PERIOD_PARAM = 'period';

function filtersOf(params: URLSearchParams): RowFilterQuery {
  const out: RowFilterQuery = {};
  const unitGroup = params.get('unitGroup');
  if (unitGroup && (UNIT_GROUPS as readonly string[]).includes(unitGroup)) {
    out.unitGroup = unitGroup as RowFilterQuery['unitGroup'];
  }
  const channel = params.get('channel');
  if (channel && (CHANNELS as readonly string[]).includes(channel)) {
    out.channel = channel as RowFilterQuery['channel'];
  }
  for (const key of ['unit', 'receivingUnit', 'sector', 'procedure'] as const) {
    const value = params.get(key);
    // '' is a real value for sector/procedure ("the export does not state one"), so keep it.
    if (value !== null) out[key] = value;
  }
  return out;
}

export interface DashboardFilters {
  /** 'pending' only while the default period (the month of the latest data) is being found. */
  status: 'pending' | 'ready';
  /** The chosen period; when the URL has none, the month of the latest published data (or this month). */
  period: PeriodSelection;
  /** True when the period came from the URL rather than the default. */
  periodFromUrl: boolean;
  /** `from`/`to` for the API. */
  range: { from: string; to: string };
  filters: RowFilterQuery;
  /** The latest dossier event in the published data; null when nothing is published. */
  asOf: string | null;
  setPeriod: (period: PeriodSelection) => void;
  setFilter: (key: FilterKey, value: string | undefined) => void;
  clearFilters: () => void;
}

function todayMonth(): PeriodSelection {
  const now = new Date(Date.now() + 7 * 3_600_000);
  return { kind: 'month', year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 };
}

/**
 * The period and row filters of every dashboard, kept in the URL (`?period=2025-03&unitGroup=commune`)
 * so a link reproduces the view. Changing one replaces the history entry's search, keeping the rest.
 */
export function useDashboardFilters(): DashboardFilters {
  const [params, setParams] = useSearchParams();
  const asOfQuery = useAsOf();
  const fromUrl = parsePeriodParam(params.get(PERIOD_PARAM));
  const asOf = asOfQuery.data?.asOf ?? null;
  const status: DashboardFilters['status'] = fromUrl || !asOfQuery.isPending ? 'ready' : 'pending';
  const period = fromUrl ?? (asOf ? monthOfDay(asOf) : todayMonth());
  const periodText = periodParam(period);
  const filterText = FILTER_KEYS.map((k) => `${k}=${params.get(k) ?? ''}`).join('&');

  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the text forms, not identities
  const range = useMemo(() => rangeOf(period), [periodText]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the text forms, not identities
  const filters = useMemo(() => filtersOf(params), [filterText]);

  const setPeriod = useCallback(
    (next: PeriodSelection) =>
      setParams((prev) => {
        const out = new URLSearchParams(prev);
        out.set(PERIOD_PARAM, periodParam(next));
        return out;
      }),
    [setParams],
  );
  const setFilter = useCallback(
    (key: FilterKey, value: string | undefined) =>
      setParams((prev) => {
        const out = new URLSearchParams(prev);
        if (value === undefined) out.delete(key);
        else out.set(key, value);
        return out;
      }),
    [setParams],
  );
  const clearFilters = useCallback(
    () =>
      setParams((prev) => {
        const out = new URLSearchParams(prev);
        for (const key of FILTER_KEYS) out.delete(key);
        return out;
      }),
    [setParams],
  );

  return {
    status,
    period,
    periodFromUrl: fromUrl !== null,
    range,
    filters,
    asOf,
    setPeriod,
    setFilter,
    clearFilters,
  };
}
