import { z } from 'zod';
import { CHANNELS } from '../domain/dossier.ts';
import { parseIsoDate } from '../domain/time.ts';
import { UNIT_GROUPS } from './registry.ts';

/** A calendar day, `yyyy-MM-dd`, that exists. */
export const IsoDaySchema = z
  .string()
  .refine((text) => parseIsoDate(text) !== null, { message: 'Ngày phải có dạng yyyy-MM-dd và có thật' });

/** Whole days, both ends included. */
export const DayRangeSchema = z.object({ from: z.string(), to: z.string() });
export type DayRange = z.infer<typeof DayRangeSchema>;

/** `from` and `to` of a query: days, `to` inclusive and not before `from`. */
export const dayRangeQuery = {
  from: IsoDaySchema,
  to: IsoDaySchema,
};

export const refineDayRange = <T extends { from: string; to: string }>(q: T, ctx: z.RefinementCtx) => {
  if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: '"to" trước "from"' });
};

/**
 * Row filters shared by metrics, series and lists. `unit` is a unit id as the metrics answer gives
 * it (a registry id, or the folded name of an unregistered unit); `sector` and `procedure` are
 * the texts (procedure: its code when it has one) as the metrics answer gives them.
 */
export const filterQuery = {
  unit: z.string().max(300).optional(),
  unitGroup: z.enum(UNIT_GROUPS).optional(),
  receivingUnit: z.string().max(300).optional(),
  sector: z.string().max(300).optional(),
  procedure: z.string().max(500).optional(),
  channel: z.enum(CHANNELS).optional(),
};

export interface RowFilterQuery {
  unit?: string | undefined;
  unitGroup?: (typeof UNIT_GROUPS)[number] | undefined;
  receivingUnit?: string | undefined;
  sector?: string | undefined;
  procedure?: string | undefined;
  channel?: (typeof CHANNELS)[number] | undefined;
}
