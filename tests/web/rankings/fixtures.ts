import type { MetricsResponse, MetricsRow } from '../../../src/api/metrics.ts';
import type { SettingsResponse } from '../../../src/api/settings.ts';
import type { Metrics } from '../../../src/domain/metrics.ts';
import { COUNTERS, metricsOf } from '../../../src/domain/metrics.ts';

const zero = metricsOf(new Int32Array(COUNTERS), 0);

export const AS_OF = '2025-03-31T17:30:00+07:00';
export const ON_TIME_TARGET = 0.98;

function unit(
  key: string,
  name: string,
  group: NonNullable<MetricsRow['group']>,
  rank: number | null,
  rankChange: number | null,
  m: Partial<Metrics>,
): MetricsRow {
  return { key, name, group, rank, rankChange, metrics: { ...zero, ...m } };
}

/** Departments and communes as the API sends them: by group, then rank. */
export const UNIT_ROWS: MetricsRow[] = [
  unit('so-tai-chinh', 'Sở Tài chính', 'department', 1, 2, {
    received: 120,
    resolved: 110,
    onTimeRate: 0.995,
    progressRate766: 0.99,
    progressScore766: 19.8,
    overdue: 1,
    satisfactionRate: 0.97,
  }),
  unit('so-tu-phap', 'Sở Tư pháp', 'department', 2, -1, {
    received: 300,
    resolved: 280,
    onTimeRate: 0.96,
    progressRate766: 0.95,
    progressScore766: 19,
    overdue: 7,
    satisfactionRate: 0.9,
  }),
  unit('so-y-te', 'Sở Y tế', 'department', 3, 0, {
    received: 50,
    resolved: 45,
    onTimeRate: 0.985,
    progressRate766: 0.9,
    progressScore766: 18,
    overdue: 3,
    satisfactionRate: null,
  }),
  unit('so-xay-dung', 'Sở Xây dựng', 'department', null, null, {
    received: 5,
    resolved: 0,
    onTimeRate: null,
    progressRate766: null,
    progressScore766: null,
    overdue: 0,
    satisfactionRate: null,
  }),
  unit('phuong-ba-dinh', 'Phường Ba Đình', 'commune', 1, null, {
    received: 900,
    resolved: 850,
    onTimeRate: 0.99,
    progressRate766: 0.98,
    progressScore766: 19.6,
    overdue: 4,
    satisfactionRate: 0.95,
  }),
  unit('xa-dong-hoa', 'Xã Đông Hòa', 'commune', 2, 1, {
    received: 200,
    resolved: 150,
    onTimeRate: 0.9,
    progressRate766: 0.85,
    progressScore766: 17,
    overdue: 12,
    satisfactionRate: 0.8,
  }),
];

export function metricsAnswer(url: URL, rows: MetricsRow[] = UNIT_ROWS): MetricsResponse {
  const groupBy = (url.searchParams.get('groupBy') ?? 'total') as MetricsResponse['groupBy'];
  const rankBy = (url.searchParams.get('rankBy') ?? 'progressRate766') as MetricsResponse['rankBy'];
  return {
    period: { from: url.searchParams.get('from')!, to: url.searchParams.get('to')! },
    groupBy,
    rankBy,
    rows: groupBy === 'unit' ? rows : [{ key: 'total', name: 'total', metrics: zero }],
    asOf: AS_OF,
    sources: [
      { importId: 1, fileName: 'dvc-2025-03.xlsx', sourceSystem: null, publishedAt: AS_OF, dossiers: 1575 },
    ],
  };
}

export function settingsAnswer(targets: SettingsResponse['settings']['targets']): SettingsResponse {
  return {
    version: 1,
    updatedAt: '2025-01-02T01:00:00.000Z',
    updatedBy: 'quantri',
    settings: { publicMode: false, dueSoonWorkingDays: 2, targets },
  };
}
