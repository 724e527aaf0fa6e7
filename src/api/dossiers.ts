import { z } from 'zod';
import { CHANNELS, RATINGS } from '../domain/dossier.ts';
import { LIST_KINDS } from '../domain/lists.ts';
import { endpoint } from './endpoint.ts';
import { provenance } from './metrics.ts';
import { DayRangeSchema, dayRangeQuery, filterQuery, refineDayRange } from './query.ts';
import { UNIT_GROUPS } from './registry.ts';

export const DOSSIER_SORTS = ['dueAt', '-dueAt', 'receivedAt', '-receivedAt'] as const;
export const MAX_LIST_PAGE = 500;

/**
 * overdue, dueSoon, paused, overdueWithoutApology: the dossiers as they stand at the end of `to`;
 * lateResolved, lateWithoutApology: resolved late within the period.
 */
export const DossierListQuerySchema = z
  .object({
    kind: z.enum(LIST_KINDS),
    ...dayRangeQuery,
    /** dueSoon: pending dossiers due within this many working days (default: the settings' value). */
    dueWithin: z.coerce.number().int().min(0).max(30).optional(),
    ...filterQuery,
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(MAX_LIST_PAGE).default(50),
    /** Default: earliest deadline first (the most overdue, or the most urgent). */
    sort: z.enum(DOSSIER_SORTS).default('dueAt'),
  })
  .superRefine(refineDayRange);
export type DossierListQuery = z.input<typeof DossierListQuerySchema>;

const time = z.string().nullable();

/** Times are Vietnam wall-clock ISO strings with +07:00. */
export const ListedDossierSchema = z.object({
  code: z.string(),
  /** The unit as the registry (or the folding of its name) identifies it. */
  unitId: z.string(),
  unit: z.string(),
  unitGroup: z.enum(UNIT_GROUPS),
  /** The unit as spelled in the export. */
  unitAsExported: z.string(),
  receivingUnit: z.string().nullable(),
  sector: z.string().nullable(),
  procedureCode: z.string().nullable(),
  procedure: z.string().nullable(),
  channel: z.enum(CHANNELS),
  status: z.enum(['pending', 'paused', 'finished', 'withdrawn']).nullable(),
  receivedAt: z.string(),
  dueAt: time,
  finishedAt: time,
  returnedAt: time,
  /** Date of the apology letter, when the export gives it. */
  apologyAt: time,
  hasApology: z.boolean(),
  /** The new appointment promised in the apology letter; it never replaces dueAt. */
  newDueAt: time,
  rating: z.enum(RATINGS).nullable(),
  /** Working days past the deadline at the end of the period (or at the late result). */
  daysOverdue: z.number().int().nullable(),
  /** Working days left before the deadline at the end of the period (pending, not overdue). */
  workingDaysLeft: z.number().int().nullable(),
});
export type ListedDossierItem = z.infer<typeof ListedDossierSchema>;

export const DossierListResponseSchema = z.object({
  kind: z.enum(LIST_KINDS),
  period: DayRangeSchema,
  /** dueSoon: the working-day window used. */
  dueWithin: z.number().int().nullable(),
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  items: z.array(ListedDossierSchema),
  ...provenance,
});
export type DossierListResponse = z.infer<typeof DossierListResponseSchema>;

export const dossiersApi = {
  list: endpoint({
    method: 'GET',
    path: '/api/dossiers',
    query: DossierListQuerySchema,
    status: 200,
    response: DossierListResponseSchema,
  }),
};
