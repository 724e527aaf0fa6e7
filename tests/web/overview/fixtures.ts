import type { MetricsResponse, MetricsRow, SeriesResponse } from '../../../src/api/metrics.ts';
import type { Metrics } from '../../../src/domain/metrics.ts';
import {
  onTimeRate,
  progressRate766,
  progressScore766,
  ratio,
  satisfactionScore766,
} from '../../../src/domain/rates.ts';

export interface Counts {
  newOnline: number;
  newDirect: number;
  newPostal: number;
  early: number;
  onTime: number;
  late: number;
  paused: number;
  withinDeadline: number;
  overdue: number;
  /** Pending without a due date: counted in pending, left out of both rates. */
  pendingNoDeadline?: number;
  verySatisfied?: number;
  satisfied?: number;
  dissatisfied?: number;
  lateWithApology?: number;
  overdueWithApology?: number;
}

/**
 * A full metrics row from a few counts, with every derived count and rate worked out by the core's
 * own rules, so the fakes obey the reference identities (carried over = resolved + pending − new).
 */
export function metricsFrom(c: Counts): Metrics {
  const fresh = c.newOnline + c.newDirect + c.newPostal;
  const resolved = c.early + c.onTime + c.late;
  const pendingNoDeadline = c.pendingNoDeadline ?? 0;
  const pending = c.paused + c.withinDeadline + c.overdue + pendingNoDeadline;
  const carriedOver = resolved + pending - fresh;
  if (carriedOver < 0) throw new Error('fixture: more new dossiers than resolved + pending');
  const verySatisfied = c.verySatisfied ?? 0;
  const satisfied = c.satisfied ?? 0;
  const dissatisfied = c.dissatisfied ?? 0;
  const rated = verySatisfied + satisfied + dissatisfied;
  const lateWithApology = c.lateWithApology ?? 0;
  const overdueWithApology = c.overdueWithApology ?? 0;
  const received = carriedOver + fresh;
  return {
    received,
    carriedOver,
    new: fresh,
    newOnline: c.newOnline,
    newDirect: c.newDirect,
    newPostal: c.newPostal,
    newUnknownChannel: 0,
    resolved,
    early: c.early,
    onTime: c.onTime,
    late: c.late,
    withdrawn: 0,
    pending,
    paused: c.paused,
    overdue: c.overdue,
    withinDeadline: c.withinDeadline,
    noDeadline: pendingNoDeadline,
    resolvedNoDeadline: 0,
    pendingNoDeadline,
    onTimeRate: onTimeRate(c),
    progressRate766: progressRate766(c),
    progressScore766: progressScore766(c),
    onlineRate: ratio(c.newOnline, fresh),
    rated,
    satisfied: verySatisfied + satisfied,
    satisfactionRate: ratio(verySatisfied + satisfied, rated),
    ratings: { verySatisfied, satisfied, neutral: 0, dissatisfied, veryDissatisfied: 0 },
    dissatisfiedNotLate: dissatisfied,
    satisfactionScore766: satisfactionScore766({
      received,
      late: c.late,
      overdue: c.overdue,
      dissatisfiedNotLate: dissatisfied,
    }),
    lateWithApology,
    lateWithoutApology: c.late - lateWithApology,
    overdueWithApology,
    overdueWithoutApology: c.overdue - overdueWithApology,
  };
}

export const ZERO: Counts = {
  newOnline: 0,
  newDirect: 0,
  newPostal: 0,
  early: 0,
  onTime: 0,
  late: 0,
  paused: 0,
  withinDeadline: 0,
  overdue: 0,
};

export function totalRow(metrics: Metrics): MetricsRow {
  return { key: 'total', name: 'Tổng', metrics };
}

export const SOURCES: MetricsResponse['sources'] = [
  {
    importId: 7,
    fileName: 'xuat-thang-3-2025.xlsx',
    sourceSystem: 'Một cửa điện tử',
    publishedAt: '2025-04-02T02:00:00.000Z',
    dossiers: 5400,
  },
];

export function metricsAnswer(
  query: URLSearchParams,
  rows: MetricsRow[],
  asOf: string | null = '2025-05-20 16:30',
): MetricsResponse {
  return {
    period: { from: query.get('from')!, to: query.get('to')! },
    groupBy: (query.get('groupBy') ?? 'total') as MetricsResponse['groupBy'],
    rankBy: 'progressRate766',
    rows,
    asOf,
    sources: asOf === null ? [] : SOURCES,
  };
}

/** A monthly series: one point per entry, `null` for a month whose total row is absent. */
export function seriesOf(
  months: readonly { month: string; metrics: Metrics | null }[],
  extraRows: (month: string) => MetricsRow[] = () => [],
): SeriesResponse {
  const lastDay = (month: string) => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  };
  return {
    period: { from: `${months[0]!.month}-01`, to: lastDay(months.at(-1)!.month) },
    interval: 'month',
    groupBy: 'total',
    points: months.map(({ month, metrics }) => ({
      period: { from: `${month}-01`, to: lastDay(month) },
      rows: [...(metrics ? [totalRow(metrics)] : []), ...extraRows(month)],
    })),
    asOf: '2025-05-20 16:30',
    sources: SOURCES,
  };
}
