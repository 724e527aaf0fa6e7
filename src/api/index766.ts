import { z } from 'zod';
import type { GradeId, IndexVersion } from '../domain/index766.ts';
import type { Scorecard } from '../domain/scorecard.ts';
import { endpoint } from './endpoint.ts';
import { FileHashSchema, FileNameSchema } from './imports.ts';
import { provenance } from './metrics.ts';
import { UNIT_GROUPS } from './registry.ts';

/**
 * The QĐ 766 service index: official scorecards and feedback (PAKN) uploaded by staff, and the
 * "100 % Tốt" target computed from them with the published dossiers.
 *
 *   POST /api/index766/scorecard-sets   official scorecards read and checked in the browser → published set
 *   POST /api/index766/feedback-sets    feedback items read and checked in the browser → published set
 *   GET  /api/index766/sets             history of both kinds; POST …/sets/:id/retract
 *   GET  /api/index766/scorecards       the official scorecards in force for a period
 *   GET  /api/index766/target           a month's official and estimated results, gaps and what it takes
 */

export const GRADE_IDS = [
  'excellent',
  'good',
  'fair',
  'average',
  'weak',
] as const satisfies readonly GradeId[];
export const MAX_SET_ROWS = 200_000;

/** A scorecard period: `yyyy-MM`, `yyyy-Qn` (quarter to date) or `yyyy` (year to date). */
export const ScorePeriodSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, 'Kỳ có dạng yyyy-MM, yyyy-Qn hoặc yyyy');
export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng có dạng yyyy-MM');

const points = z.number().finite();

export const ScorecardSchema = z.object({
  source: z.enum(['official', 'estimate']),
  versionId: z.string().max(100),
  period: ScorePeriodSchema,
  unitCode: z.string().max(100).nullable(),
  unitName: z.string().max(300),
  unitId: z.string().max(300).nullable(),
  groups: z.record(z.string().max(20), points.nullable()),
  total: points,
  grade: z.enum(GRADE_IDS),
  rank: z.number().int().nullable(),
  asOf: z.string().max(40).nullable(),
}) satisfies z.ZodType<Scorecard>;
export type ScorecardItem = z.infer<typeof ScorecardSchema>;

const fileFields = { fileName: FileNameSchema, fileHash: FileHashSchema };

/**
 * Scorecards as the browser's reader produced them (official only). The server checks each again
 * with the core's validateScorecard: a card with an error is left out and reported.
 */
export const CreateScorecardSetRequestSchema = z.strictObject({
  ...fileFields,
  scorecards: z.array(ScorecardSchema).min(1, 'Tệp không có dòng điểm nào').max(MAX_SET_ROWS),
});
export type CreateScorecardSetRequest = z.input<typeof CreateScorecardSetRequestSchema>;

const timeText = z.string().max(40);

/** One feedback item (the core's `Feedback`), times as Vietnam wall-clock ISO texts. */
export const FeedbackItemSchema = z.object({
  code: z.string().max(200),
  unit: z.string().max(300),
  receivedAt: timeText,
  dueAt: timeText.nullable(),
  handledAt: timeText.nullable(),
  category: z.string().max(300).nullable(),
  rating: z.enum(['satisfied', 'neutral', 'dissatisfied']).nullable(),
});
export type FeedbackItemInput = z.infer<typeof FeedbackItemSchema>;

export const CreateFeedbackSetRequestSchema = z.strictObject({
  ...fileFields,
  items: z.array(FeedbackItemSchema).min(1, 'Tệp không có phản ánh nào').max(MAX_SET_ROWS),
});
export type CreateFeedbackSetRequest = z.input<typeof CreateFeedbackSetRequestSchema>;

export const SET_KINDS = ['scorecards', 'feedback'] as const;
export const SET_STATUSES = ['published', 'retracted'] as const;

export const SetProblemSchema = z.object({
  /** 1-based position in the request's list. */
  index: z.number().int(),
  unitName: z.string(),
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  field: z.string().nullable(),
  message: z.string(),
});

export const ScoreSetSchema = z.object({
  id: z.number().int(),
  kind: z.enum(SET_KINDS),
  status: z.enum(SET_STATUSES),
  fileName: z.string(),
  /** Scorecards: the periods the set covers; feedback: the months its items were received in. */
  periods: z.array(z.string()),
  versionIds: z.array(z.string()),
  rows: z.number().int(),
  accepted: z.number().int(),
  rejected: z.number().int(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  retractedBy: z.string().nullable(),
  retractedAt: z.string().nullable(),
});
export type ScoreSet = z.infer<typeof ScoreSetSchema>;

export const ScoreSetDetailSchema = ScoreSetSchema.extend({
  /** Problems found by the server (first 1000; counts above are exact). */
  problems: z.array(SetProblemSchema),
  /** Unit names (as in the file) the unit registry does not know: listed for staff to resolve. */
  unmatched: z.array(z.string()),
});
export type ScoreSetDetail = z.infer<typeof ScoreSetDetailSchema>;

export const ScoreSetListSchema = z.object({ sets: z.array(ScoreSetSchema), total: z.number().int() });

export const ScoreSetListQuerySchema = z.object({
  kind: z.enum(SET_KINDS).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const ScorecardsQuerySchema = z.object({ period: ScorePeriodSchema });
export const ScorecardsResponseSchema = z.object({
  period: z.string(),
  /** In force: for each unit, the card of the latest published set for the period. */
  scorecards: z.array(ScorecardSchema),
});

const IndexGroupSchema = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  maxPoints: z.number(),
});
const GradeBandSchema = z.object({
  id: z.enum(GRADE_IDS),
  labelVi: z.string(),
  labelEn: z.string(),
  /** null for the lowest band (no lower bound). */
  minPoints: z.number().nullable(),
});
export const IndexVersionInfoSchema = z.object({
  id: z.string(),
  labelVi: z.string(),
  validFrom: z.string(),
  groups: z.array(IndexGroupSchema),
  grades: z.array(GradeBandSchema),
});
export type IndexVersionInfo = z.infer<typeof IndexVersionInfoSchema>;

/** A domain index version as the API sends it (the lowest band has no lower bound: null). */
export function indexVersionInfo(v: IndexVersion): IndexVersionInfo {
  return {
    id: v.id,
    labelVi: v.labelVi,
    validFrom: v.validFrom,
    groups: v.groups.map((g) => ({
      code: g.code,
      nameVi: g.nameVi,
      nameEn: g.nameEn,
      maxPoints: g.maxPoints,
    })),
    grades: v.grades.map((g) => ({
      id: g.id,
      labelVi: g.labelVi,
      labelEn: g.labelEn,
      minPoints: Number.isFinite(g.minPoints) ? g.minPoints : null,
    })),
  };
}

const GroupProvenanceSchema = z.object({
  kind: z.enum(['dossiers', 'feedback', 'dossiers+feedback', 'official', 'missing']),
  period: z.string().optional(),
});

export const EstimateSchema = z.object({
  scorecard: ScorecardSchema,
  provenance: z.record(z.string(), GroupProvenanceSchema),
  /** False when a group is missing: the total then sums the known groups only. */
  complete: z.boolean(),
  officialPeriod: z.string().nullable(),
  versionMismatch: z.object({ official: z.string(), estimate: z.string() }).nullable(),
});

export const GroupLossSchema = z.object({
  code: z.string(),
  maxPoints: z.number(),
  points: z.number().nullable(),
  lost: z.number().nullable(),
});

export const WhatItTakesSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('already'), resolve: z.literal(0), progressPoints: z.number() }),
  z.object({
    kind: z.literal('reachable'),
    resolve: z.number().int(),
    progressPoints: z.number(),
    progressPointsAfter: z.number(),
  }),
  z.object({
    kind: z.literal('unreachable'),
    reason: z.enum(['no-dossiers', 'progress-max-not-enough', 'too-few-recoverable']),
    resolveNeeded: z.number().int().nullable(),
    progressPoints: z.number(),
  }),
]);

export const TargetUnitSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  unitGroup: z.enum(UNIT_GROUPS),
  /** The official card of the month, when one is published. */
  official: ScorecardSchema.nullable(),
  /** The live estimate for the month (always labelled as such on screen). */
  estimate: EstimateSchema.nullable(),
  /** The gap to 80 on the official card when there is one, else on the estimate. */
  basis: z.enum(['official', 'estimate']),
  total: z.number(),
  grade: z.enum(GRADE_IDS),
  gap: z.number(),
  /** Every group, largest loss first. */
  lostByGroup: z.array(GroupLossSchema),
  /** The progress group: how many recoverable dossiers resolved on time would lift the total to 80. */
  progress: WhatItTakesSchema.nullable(),
  /** Pending dossiers still due within the month after the data's last day: the most that can be saved. */
  recoverable: z.number().int().nullable(),
  /** estimate − official total, when both exist for the month. */
  estimateError: z.number().nullable(),
});
export type TargetUnit = z.infer<typeof TargetUnitSchema>;

const TargetShareSchema = z.object({
  units: z.number().int(),
  goodOrBetter: z.number().int(),
  share: z.number().nullable(),
});
export const TargetSummarySchema = TargetShareSchema.extend({
  period: z.string(),
  byUnitGroup: z.partialRecord(z.enum(UNIT_GROUPS), TargetShareSchema),
  grades: z.record(z.enum(GRADE_IDS), z.number().int()),
});
export type TargetSummaryItem = z.infer<typeof TargetSummarySchema>;

export const TargetQuerySchema = z.object({
  month: MonthSchema,
  /** How many months of history end with `month` (the trend and the grade distribution). */
  months: z.coerce.number().int().min(1).max(36).default(12),
});
export type TargetQuery = z.input<typeof TargetQuerySchema>;

export const TargetResponseSchema = z.object({
  month: z.string(),
  version: IndexVersionInfoSchema,
  /** Units of the month, those below 80 first (largest gap first), then the rest by total. */
  units: z.array(TargetUnitSchema),
  /** One entry per month of the history, oldest first. */
  months: z.array(
    z.object({
      period: z.string(),
      versionId: z.string(),
      official: TargetSummarySchema.nullable(),
      estimate: TargetSummarySchema.nullable(),
    }),
  ),
  /** How far the month's estimates were from its official cards; null without both. */
  accuracy: z
    .object({
      units: z.number().int(),
      totalMeanAbsoluteError: z.number().nullable(),
      groups: z.array(
        z.object({ code: z.string(), meanAbsoluteError: z.number().nullable(), units: z.number().int() }),
      ),
      sameGrade: z.number().int(),
    })
    .nullable(),
  /** Official card names not matched to a unit of the registry or the dossier data. */
  unmatched: z.array(z.string()),
  /**
   * Units with dossiers in the month but no official scorecard ever: their estimate lacks the groups
   * only a scorecard gives, so they are not placed against 80.
   */
  withoutScorecard: z.array(z.string()),
  /** The latest official scorecard set and feedback set in force, for the provenance line. */
  scorecardSet: ScoreSetSchema.nullable(),
  feedbackSet: ScoreSetSchema.nullable(),
  ...provenance,
});
export type TargetResponse = z.infer<typeof TargetResponseSchema>;

const IdParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const index766Api = {
  createScorecardSet: endpoint({
    method: 'POST',
    path: '/api/index766/scorecard-sets',
    body: CreateScorecardSetRequestSchema,
    status: 201,
    response: ScoreSetDetailSchema,
  }),
  createFeedbackSet: endpoint({
    method: 'POST',
    path: '/api/index766/feedback-sets',
    body: CreateFeedbackSetRequestSchema,
    status: 201,
    response: ScoreSetDetailSchema,
  }),
  listSets: endpoint({
    method: 'GET',
    path: '/api/index766/sets',
    query: ScoreSetListQuerySchema,
    status: 200,
    response: ScoreSetListSchema,
  }),
  retractSet: endpoint({
    method: 'POST',
    path: '/api/index766/sets/:id/retract',
    params: IdParamsSchema,
    status: 200,
    response: ScoreSetSchema,
  }),
  scorecards: endpoint({
    method: 'GET',
    path: '/api/index766/scorecards',
    query: ScorecardsQuerySchema,
    status: 200,
    response: ScorecardsResponseSchema,
  }),
  target: endpoint({
    method: 'GET',
    path: '/api/index766/target',
    query: TargetQuerySchema,
    status: 200,
    response: TargetResponseSchema,
  }),
};
