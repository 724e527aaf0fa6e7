import { indexVersionInfo, type TargetResponse, type TargetUnit } from '../../../src/api/index766.ts';
import type { MetricsResponse, MetricsRow } from '../../../src/api/metrics.ts';
import type { SettingsResponse } from '../../../src/api/settings.ts';
import { gradeOf, INDEX_766_PORTAL_2025, type IndexVersion } from '../../../src/domain/index766.ts';
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

/** One unit's cards for the index fixture; a null total means no card of that kind. */
export interface IndexSpec {
  key: string;
  group: NonNullable<MetricsRow['group']>;
  official: number | null;
  estimate: number | null;
  /** Group codes the estimate lacks (it is then incomplete). */
  missing?: string[];
  officialVersion?: string;
}

/**
 * March 2025's cards: two departments tie on the official score (85,5), one lacks estimate groups,
 * Sở Xây dựng has no card at all, a ward has only an estimate and a commune only an official card.
 */
export const INDEX_SPECS: IndexSpec[] = [
  { key: 'so-tai-chinh', group: 'department', official: 85.5, estimate: 83 },
  { key: 'so-tu-phap', group: 'department', official: 72.5, estimate: 74.25, missing: ['CKMB'] },
  { key: 'so-y-te', group: 'department', official: 85.5, estimate: 60 },
  { key: 'phuong-ba-dinh', group: 'commune', official: null, estimate: 81 },
  { key: 'xa-dong-hoa', group: 'commune', official: 45, estimate: null },
];

const VERSION = INDEX_766_PORTAL_2025;

function card(spec: IndexSpec, source: 'official' | 'estimate', total: number, month: string) {
  return {
    source,
    versionId: source === 'official' ? (spec.officialVersion ?? VERSION.id) : VERSION.id,
    period: month,
    unitCode: null,
    unitName: UNIT_ROWS.find((r) => r.key === spec.key)?.name ?? spec.key,
    unitId: spec.key,
    groups: {},
    total,
    grade: gradeOf(total, VERSION).id,
    rank: null,
    asOf: null,
  };
}

function targetUnit(spec: IndexSpec, month: string): TargetUnit {
  const basis = spec.official !== null ? 'official' : 'estimate';
  const total = (spec.official ?? spec.estimate)!;
  const provenance = Object.fromEntries(
    VERSION.groups.map((g) => [g.code, { kind: spec.missing?.includes(g.code) ? 'missing' : 'dossiers' }]),
  ) as NonNullable<TargetUnit['estimate']>['provenance'];
  return {
    unitId: spec.key,
    unitName: UNIT_ROWS.find((r) => r.key === spec.key)?.name ?? spec.key,
    unitGroup: spec.group,
    recoverable: null,
    official: spec.official === null ? null : card(spec, 'official', spec.official, month),
    estimate:
      spec.estimate === null
        ? null
        : {
            scorecard: card(spec, 'estimate', spec.estimate, month),
            provenance,
            complete: (spec.missing ?? []).length === 0,
            officialPeriod: null,
            versionMismatch: null,
          },
    basis,
    total,
    grade: gradeOf(total, VERSION).id,
    gap: Math.max(0, 80 - total),
    lostByGroup: [],
    progress: null,
    estimateError: null,
  };
}

export const versionInfo = (v: IndexVersion = VERSION): TargetResponse['version'] => indexVersionInfo(v);

/** The target answer for `month`, with the month before in the history (of `previousVersion`). */
export function targetAnswer(
  month: string,
  options: { specs?: IndexSpec[]; previousVersion?: string } = {},
): TargetResponse {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 2;
  const previous = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  return {
    month,
    version: versionInfo(),
    units: (options.specs ?? INDEX_SPECS).map((s) => targetUnit(s, month)),
    months: [
      { period: previous, versionId: options.previousVersion ?? VERSION.id, official: null, estimate: null },
      { period: month, versionId: VERSION.id, official: null, estimate: null },
    ],
    accuracy: null,
    unmatched: [],
    withoutScorecard: [],
    scorecardSet: null,
    feedbackSet: null,
    asOf: AS_OF,
    sources: [],
  };
}
