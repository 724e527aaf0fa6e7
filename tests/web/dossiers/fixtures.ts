import type { ListedDossierItem } from '../../../src/api/dossiers.ts';
import { dossiersApi } from '../../../src/api/dossiers.ts';
import type { MetricsResponse, MetricsRow } from '../../../src/api/metrics.ts';
import { metricsApi } from '../../../src/api/metrics.ts';
import { DEFAULT_SETTINGS, type Settings, settingsApi } from '../../../src/api/settings.ts';
import { COUNTERS, type Metrics, metricsOf } from '../../../src/domain/metrics.ts';
import { handle } from '../support/msw.ts';

export const AS_OF = '2025-03-31T17:30:00+07:00';
export const zero: Metrics = metricsOf(new Int32Array(COUNTERS), 0);

/** A listed dossier; the n-th of a list has a code and dates derived from n. */
export function listedDossier(n: number, overrides: Partial<ListedDossierItem> = {}): ListedDossierItem {
  const day = String((n % 28) + 1).padStart(2, '0');
  return {
    code: `H01.38.12-250301-${String(n).padStart(5, '0')}`,
    unitId: 'so-tu-phap',
    unit: 'Sở Tư pháp',
    unitGroup: 'department',
    unitAsExported: 'Sở Tư pháp',
    receivingUnit: 'Trung tâm Phục vụ hành chính công',
    sector: 'Hộ tịch',
    procedureCode: '1.001',
    procedure: 'Cấp bản sao trích lục hộ tịch',
    channel: 'online',
    status: 'pending',
    receivedAt: `2025-02-${day}T08:15:00+07:00`,
    dueAt: `2025-03-${day}T16:30:00+07:00`,
    finishedAt: null,
    returnedAt: null,
    apologyAt: null,
    hasApology: false,
    newDueAt: null,
    rating: null,
    daysOverdue: (n % 9) + 1,
    workingDaysLeft: null,
    ...overrides,
  };
}

/** GET /api/dossiers over a list of `total` dossiers (per kind), paged as the server pages. */
export function dossiersHandler(
  totals: Partial<Record<string, number>>,
  options: { dueWithin?: number } = {},
) {
  return handle(dossiersApi.list, ({ request }) => {
    const url = new URL(request.url);
    const kind = url.searchParams.get('kind') ?? 'overdue';
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 50);
    const total = totals[kind] ?? 0;
    const items = [];
    for (let i = offset; i < Math.min(total, offset + limit); i++) items.push(listedDossier(i));
    const dueWithin =
      kind === 'dueSoon' ? Number(url.searchParams.get('dueWithin') ?? options.dueWithin ?? 2) : null;
    return {
      kind: kind as 'overdue',
      period: { from: url.searchParams.get('from')!, to: url.searchParams.get('to')! },
      dueWithin,
      total,
      offset,
      limit,
      items,
      asOf: AS_OF,
      sources: [],
    };
  });
}

export type RowsByGroupBy = Partial<Record<MetricsResponse['groupBy'], MetricsRow[]>>;

/**
 * GET /api/metrics answering every grouping: `rows(query)` picks the rows (e.g. by groupBy and unit);
 * unknown groupings get no rows, so filter bars and as-of look-ups work too.
 */
export function metricsHandler(rows: (q: URLSearchParams) => MetricsRow[] = () => []) {
  return handle(metricsApi.get, ({ request }) => {
    const url = new URL(request.url);
    return {
      period: { from: url.searchParams.get('from')!, to: url.searchParams.get('to')! },
      groupBy: (url.searchParams.get('groupBy') ?? 'total') as MetricsResponse['groupBy'],
      rankBy: 'progressRate766' as const,
      rows: rows(url.searchParams),
      asOf: AS_OF,
      sources: [],
    };
  });
}

export function settingsHandler(settings: Partial<Settings> = {}) {
  return handle(settingsApi.get, () => ({
    version: 1,
    updatedAt: '2025-01-02T01:00:00.000Z',
    updatedBy: 'quantri',
    settings: { ...DEFAULT_SETTINGS, ...settings },
  }));
}

/** Metrics with the given counts; rates as given (the page shows, never recomputes, them). */
export function metrics(overrides: Partial<Metrics>): Metrics {
  return { ...zero, ...overrides };
}
