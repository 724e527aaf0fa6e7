import {
  indexVersionInfo,
  type TargetResponse,
  type TargetSummaryItem,
  type TargetUnit,
} from '../../../src/api/index766.ts';
import type { MetricsResponse } from '../../../src/api/metrics.ts';
import { INDEX_766_PORTAL_2025, type IndexVersion } from '../../../src/domain/index766.ts';

export const AS_OF = '2026-03-28T16:30:00+07:00';

/** A domain version as the API sends it. */
export const versionInfo = (v: IndexVersion = INDEX_766_PORTAL_2025) => indexVersionInfo(v);

export function summary(
  period: string,
  goodOrBetter: number,
  units: number,
  grades: Partial<TargetSummaryItem['grades']> = {},
  byUnitGroup: TargetSummaryItem['byUnitGroup'] = {},
): TargetSummaryItem {
  return {
    period,
    units,
    goodOrBetter,
    share: units === 0 ? null : goodOrBetter / units,
    byUnitGroup,
    grades: { excellent: 0, good: goodOrBetter, fair: 0, average: 0, weak: units - goodOrBetter, ...grades },
  };
}

const GROUP_MAX: Record<string, number> = { CKMB: 18, TDGQ: 20, CLGQ: 12, TTTT: 10, MDSH: 22, MDHL: 18 };

/** Group points; the loss list is derived (largest first) as the server does. */
function unit(
  u: Pick<TargetUnit, 'unitId' | 'unitName' | 'unitGroup' | 'basis' | 'grade' | 'progress'> & {
    recoverable?: number;
    groups: Record<string, number>;
    official?: boolean;
    estimateTotal?: number | null;
  },
): TargetUnit {
  const total = Object.values(u.groups).reduce((a, b) => a + b, 0);
  const card = (source: 'official' | 'estimate', t: number) => ({
    source,
    versionId: INDEX_766_PORTAL_2025.id,
    period: '2026-03',
    unitCode: `MA-${u.unitId}`,
    unitName: u.unitName,
    unitId: u.unitId,
    groups: u.groups,
    total: t,
    grade: u.grade,
    rank: null,
    asOf: null,
  });
  const estimateTotal = u.estimateTotal === undefined ? total : u.estimateTotal;
  return {
    unitId: u.unitId,
    unitName: u.unitName,
    unitGroup: u.unitGroup,
    recoverable: u.recoverable ?? null,
    official: u.official === false ? null : card('official', total),
    estimate:
      estimateTotal === null
        ? null
        : {
            scorecard: card('estimate', estimateTotal),
            provenance: {},
            complete: true,
            officialPeriod: '2026-02',
            versionMismatch: null,
          },
    basis: u.basis,
    total,
    grade: u.grade,
    gap: total >= 80 ? 0 : Math.round((80 - total) * 100) / 100,
    lostByGroup: Object.entries(u.groups)
      .map(([code, points]) => ({
        code,
        maxPoints: GROUP_MAX[code]!,
        points,
        lost: GROUP_MAX[code]! - points,
      }))
      .sort((a, b) => b.lost - a.lost),
    progress: u.progress,
    estimateError: u.official === false || estimateTotal === null ? null : estimateTotal - total,
  };
}

/** Five units of March 2026: one at Tốt, four below (gaps 35, 20, 7,5 and 1,25). */
export const UNITS: TargetUnit[] = [
  unit({
    unitId: 'so-tai-chinh',
    unitName: 'Sở Tài chính',
    unitGroup: 'department',
    basis: 'official',
    grade: 'good',
    groups: { CKMB: 16, TDGQ: 20, CLGQ: 11, TTTT: 8, MDSH: 15, MDHL: 15 },
    progress: { kind: 'already', resolve: 0, progressPoints: 20 },
  }),
  unit({
    unitId: 'so-tu-phap',
    unitName: 'Sở Tư pháp',
    unitGroup: 'department',
    basis: 'official',
    grade: 'fair',
    // 72,5: loses 9,5 on MDSH, 6 on CKMB, 4 on TTTT, 3 on TDGQ…
    groups: { CKMB: 12, TDGQ: 17, CLGQ: 11, TTTT: 6, MDSH: 12.5, MDHL: 14 },
    estimateTotal: 74,
    progress: { kind: 'reachable', resolve: 15, progressPoints: 17, progressPointsAfter: 18.5 },
  }),
  unit({
    unitId: 'xa-hoa-binh',
    unitName: 'Xã Hòa Bình',
    unitGroup: 'commune',
    basis: 'estimate',
    grade: 'fair',
    official: false,
    groups: { CKMB: 16, TDGQ: 18.75, CLGQ: 10, TTTT: 8, MDSH: 12, MDHL: 14 },
    progress: {
      kind: 'unreachable',
      reason: 'too-few-recoverable',
      resolveNeeded: 12,
      progressPoints: 18.75,
    },
    recoverable: 3,
  }),
  unit({
    unitId: 'so-y-te',
    unitName: 'Sở Y tế',
    unitGroup: 'department',
    basis: 'official',
    grade: 'average',
    groups: { CKMB: 10, TDGQ: 16, CLGQ: 6, TTTT: 4, MDSH: 12, MDHL: 12 },
    progress: {
      kind: 'unreachable',
      reason: 'progress-max-not-enough',
      resolveNeeded: null,
      progressPoints: 16,
    },
  }),
  unit({
    unitId: 'phuong-an-lac',
    unitName: 'Phường An Lạc',
    unitGroup: 'commune',
    basis: 'official',
    grade: 'weak',
    groups: { CKMB: 10, TDGQ: 0, CLGQ: 5, TTTT: 4, MDSH: 14, MDHL: 12 },
    estimateTotal: null,
    progress: { kind: 'unreachable', reason: 'no-dossiers', resolveNeeded: null, progressPoints: 0 },
  }),
];

const monthsOf = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const index = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 + i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });

const SCORECARD_SET = {
  id: 7,
  kind: 'scorecards' as const,
  status: 'published' as const,
  fileName: 'scorecards-2026-03.xlsx',
  periods: ['2026-03'],
  versionIds: [INDEX_766_PORTAL_2025.id],
  rows: 160,
  accepted: 158,
  rejected: 2,
  createdBy: 'canbo',
  createdAt: '2026-04-02T01:15:00.000Z',
  retractedBy: null,
  retractedAt: null,
};

/**
 * March 2026, official and estimated, twelve months from April 2025 (the old index until June 2025):
 * official 12/160 now, 10/158 in February; estimate 14/160 and 11/158.
 */
export function officialAndEstimate(): TargetResponse {
  const periods = monthsOf('2025-04', 12);
  return {
    month: '2026-03',
    version: versionInfo(),
    units: UNITS,
    months: periods.map((period, i) => ({
      period,
      versionId: period < '2025-07' ? '766-decision-2022' : INDEX_766_PORTAL_2025.id,
      official:
        period === '2026-03'
          ? summary(
              period,
              12,
              160,
              { excellent: 2, good: 10, fair: 40, average: 90, weak: 18 },
              {
                department: { units: 20, goodOrBetter: 5, share: 0.25 },
                commune: { units: 140, goodOrBetter: 7, share: 0.05 },
              },
            )
          : period === '2026-02'
            ? summary(period, 10, 158)
            : i % 2 === 0
              ? summary(period, 5 + i, 160)
              : null,
      estimate:
        period === '2026-03'
          ? summary(period, 14, 160)
          : period === '2026-02'
            ? summary(period, 11, 158)
            : null,
    })),
    accuracy: {
      units: 150,
      totalMeanAbsoluteError: 2.4,
      groups: [
        { code: 'TDGQ', meanAbsoluteError: 0.4, units: 150 },
        { code: 'MDHL', meanAbsoluteError: 1.75, units: 150 },
      ],
      sameGrade: 131,
    },
    unmatched: ['UBND xã Cũ', 'Trung tâm Phục vụ HCC'],
    withoutScorecard: [],
    scorecardSet: SCORECARD_SET,
    feedbackSet: null,
    asOf: AS_OF,
    sources: [
      {
        importId: 3,
        fileName: 'ho-so-2026-03.xlsx',
        sourceSystem: null,
        publishedAt: '2026-03-29T02:00:00.000Z',
        dossiers: 4200,
      },
    ],
  };
}

/** April 2026, between publications: estimates only, one version, no accuracy. */
export function estimateOnly(): TargetResponse {
  const periods = monthsOf('2025-11', 6);
  return {
    month: '2026-04',
    version: versionInfo(),
    units: UNITS.filter((u) => u.estimate !== null).map((u) => ({
      ...u,
      official: null,
      basis: 'estimate' as const,
      total: u.estimate!.scorecard.total,
      gap: Math.max(0, Math.round((80 - u.estimate!.scorecard.total) * 100) / 100),
      estimateError: null,
    })),
    months: periods.map((period) => ({
      period,
      versionId: INDEX_766_PORTAL_2025.id,
      official: period < '2026-04' ? summary(period, 8, 160) : null,
      estimate: period >= '2026-03' ? summary(period, period === '2026-04' ? 20 : 14, 160) : null,
    })),
    accuracy: null,
    unmatched: [],
    withoutScorecard: [],
    scorecardSet: SCORECARD_SET,
    feedbackSet: null,
    asOf: '2026-04-20T10:00:00+07:00',
    sources: [],
  };
}

/** Nothing published at all. */
export function empty(month = '2026-03'): TargetResponse {
  return {
    month,
    version: versionInfo(),
    units: [],
    months: monthsOf('2025-04', 12).map((period) => ({
      period,
      versionId: INDEX_766_PORTAL_2025.id,
      official: null,
      estimate: null,
    })),
    accuracy: null,
    unmatched: [],
    withoutScorecard: [],
    scorecardSet: null,
    feedbackSet: null,
    asOf: null,
    sources: [],
  };
}

export function metricsAnswer(asOf: string | null): MetricsResponse {
  return {
    period: { from: '2000-01-01', to: '2000-01-01' },
    groupBy: 'total',
    rankBy: 'progressRate766',
    rows: [],
    asOf,
    sources: [],
  };
}
