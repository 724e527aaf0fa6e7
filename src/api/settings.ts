import { z } from 'zod';
import { endpoint } from './endpoint.ts';
import { BaseVersionSchema, VersionInfoSchema, VersionListSchema, VersionParamsSchema } from './versioned.ts';

/** Rates a province can set a yearly target for (fractions 0–1). */
export const TARGET_METRICS = ['onTimeRate', 'progressRate766', 'satisfactionRate', 'onlineRate'] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

const FractionSchema = z.number().min(0, 'Chỉ tiêu từ 0 đến 1').max(1, 'Chỉ tiêu từ 0 đến 1 (0,98 là 98 %)');

export const YearTargetsSchema = z.strictObject({
  onTimeRate: FractionSchema.optional(),
  progressRate766: FractionSchema.optional(),
  satisfactionRate: FractionSchema.optional(),
  onlineRate: FractionSchema.optional(),
}) satisfies z.ZodType<Partial<Record<TargetMetric, number>>>;
export type YearTargets = z.infer<typeof YearTargetsSchema>;

export const SettingsSchema = z.strictObject({
  /** Dashboards (GET routes marked public) readable without login. */
  publicMode: z.boolean(),
  /** The early-warning list: pending dossiers due within this many working days. */
  dueSoonWorkingDays: z.number().int().min(0).max(30, 'Tối đa 30 ngày làm việc'),
  /** Targets by year, e.g. { "2025": { onTimeRate: 0.98, progressRate766: 0.95 } }. */
  targets: z.record(z.string().regex(/^\d{4}$/, 'Năm gồm 4 chữ số'), YearTargetsSchema),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { publicMode: false, dueSoonWorkingDays: 2, targets: {} };

export const SettingsResponseSchema = VersionInfoSchema.extend({ settings: SettingsSchema });
export type SettingsResponse = z.infer<typeof SettingsResponseSchema>;

export const PutSettingsRequestSchema = z.strictObject({
  baseVersion: BaseVersionSchema,
  settings: SettingsSchema,
});
export type PutSettingsRequest = z.input<typeof PutSettingsRequestSchema>;

export const settingsApi = {
  get: endpoint({ method: 'GET', path: '/api/settings', status: 200, response: SettingsResponseSchema }),
  put: endpoint({
    method: 'PUT',
    path: '/api/settings',
    body: PutSettingsRequestSchema,
    status: 200,
    response: SettingsResponseSchema,
  }),
  versions: endpoint({
    method: 'GET',
    path: '/api/settings/versions',
    status: 200,
    response: VersionListSchema,
  }),
  version: endpoint({
    method: 'GET',
    path: '/api/settings/versions/:version',
    params: VersionParamsSchema,
    status: 200,
    response: SettingsResponseSchema,
  }),
};
