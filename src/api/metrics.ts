import { z } from 'zod';
import { GROUP_BYS, type GroupBy } from '../domain/groupings.ts';
import type { Metrics } from '../domain/metrics.ts';
import { RANK_METRICS } from '../domain/unit-metrics.ts';
import { endpoint } from './endpoint.ts';
import { DayRangeSchema, dayRangeQuery, filterQuery, refineDayRange } from './query.ts';
import { UNIT_GROUPS } from './registry.ts';

const count = z.number().int();
const rate = z.number().nullable();

/** The counts and rates of one group over one period (the core's `Metrics`, reference §3–§4). */
export const MetricsSchema = z.object({
  received: count,
  carriedOver: count,
  new: count,
  newOnline: count,
  newDirect: count,
  newPostal: count,
  newUnknownChannel: count,
  resolved: count,
  early: count,
  onTime: count,
  late: count,
  withdrawn: count,
  pending: count,
  paused: count,
  overdue: count,
  withinDeadline: count,
  noDeadline: count,
  resolvedNoDeadline: count,
  pendingNoDeadline: count,
  onTimeRate: rate,
  progressRate766: rate,
  progressScore766: rate,
  onlineRate: rate,
  rated: count,
  satisfied: count,
  satisfactionRate: rate,
  ratings: z.object({
    verySatisfied: count,
    satisfied: count,
    neutral: count,
    dissatisfied: count,
    veryDissatisfied: count,
  }),
  dissatisfiedNotLate: count,
  satisfactionScore766: z.number(),
  lateWithApology: count,
  lateWithoutApology: count,
  overdueWithApology: count,
  overdueWithoutApology: count,
}) satisfies z.ZodType<Metrics>;

export { GROUP_BYS, type GroupBy };

/**
 * A published import the answer's data comes from: one whose current dossiers span the period
 * (received before its end, and finished after its start or still open).
 */
export const DataSourceSchema = z.object({
  importId: z.number().int(),
  fileName: z.string(),
  sourceSystem: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** Its dossiers the published data holds now (the others were superseded by later imports). */
  dossiers: z.number().int(),
});
export type DataSource = z.infer<typeof DataSourceSchema>;

/** Where the answer's numbers come from: the same for every metrics, series and list answer. */
export const provenance = {
  /** The latest dossier event (reception, result or return) in the published data; null when empty. */
  asOf: z.string().nullable(),
  sources: z.array(DataSourceSchema),
};

export const MetricsRowSchema = z.object({
  /**
   * The group, as the filters take it back: a unit id (`unit=`), a unit group, a receiving unit,
   * sector or procedure text ('' when the export does not state one), a channel; 'total'.
   */
  key: z.string(),
  name: z.string(),
  /** Units: their ranking group. */
  group: z.enum(UNIT_GROUPS).optional(),
  /** Units: rank within their group by `rankBy` (ties share a rank); null without data. */
  rank: z.number().int().nullable().optional(),
  /** Units: places gained since the previous period of the same length (negative: lost). */
  rankChange: z.number().int().nullable().optional(),
  /** Procedures: the procedure code, when the export has one. */
  code: z.string().nullable().optional(),
  metrics: MetricsSchema,
});
export type MetricsRow = z.infer<typeof MetricsRowSchema>;

export const MetricsQuerySchema = z
  .object({
    ...dayRangeQuery,
    groupBy: z.enum(GROUP_BYS).default('total'),
    rankBy: z.enum(RANK_METRICS).default('progressRate766'),
    ...filterQuery,
  })
  .superRefine(refineDayRange);
export type MetricsQuery = z.input<typeof MetricsQuerySchema>;

/**
 * Rows: the total alone; units by group (departments, communes, vertical agencies, other) then
 * rank; every other grouping by dossiers received, most first. Groups without a received dossier
 * in the period are left out.
 */
export const MetricsResponseSchema = z.object({
  period: DayRangeSchema,
  groupBy: z.enum(GROUP_BYS),
  rankBy: z.enum(RANK_METRICS),
  rows: z.array(MetricsRowSchema),
  ...provenance,
});
export type MetricsResponse = z.infer<typeof MetricsResponseSchema>;

export const INTERVALS = ['month'] as const;
export const MAX_SERIES_MONTHS = 120;

/** Calendar months from the month of `from` to the month of `to`, both counted (yyyy-MM-dd texts). */
const monthsSpanned = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
  Number(to.slice(5, 7)) -
  Number(from.slice(5, 7)) +
  1;

export const SeriesQuerySchema = z
  .object({
    ...dayRangeQuery,
    interval: z.enum(INTERVALS).default('month'),
    groupBy: z.enum(GROUP_BYS).default('total'),
    rankBy: z.enum(RANK_METRICS).default('progressRate766'),
    ...filterQuery,
  })
  .superRefine(refineDayRange)
  .refine((q) => monthsSpanned(q.from, q.to) <= MAX_SERIES_MONTHS, {
    message: `Chuỗi thời gian dài tối đa ${MAX_SERIES_MONTHS} tháng`,
    path: ['to'],
  });
export type SeriesQuery = z.input<typeof SeriesQuerySchema>;

/** One point per calendar month that overlaps the period, each clipped to it. */
export const SeriesResponseSchema = z.object({
  period: DayRangeSchema,
  interval: z.enum(INTERVALS),
  groupBy: z.enum(GROUP_BYS),
  points: z.array(z.object({ period: DayRangeSchema, rows: z.array(MetricsRowSchema) })),
  ...provenance,
});
export type SeriesResponse = z.infer<typeof SeriesResponseSchema>;

export const metricsApi = {
  get: endpoint({
    method: 'GET',
    path: '/api/metrics',
    query: MetricsQuerySchema,
    status: 200,
    response: MetricsResponseSchema,
  }),
  series: endpoint({
    method: 'GET',
    path: '/api/metrics/series',
    query: SeriesQuerySchema,
    status: 200,
    response: SeriesResponseSchema,
  }),
};
