import { z } from 'zod';
import type { HolidayYear } from '../domain/holidays.ts';
import { parseIsoDate } from '../domain/time.ts';
import { endpoint } from './endpoint.ts';
import { BaseVersionSchema, VersionInfoSchema, VersionListSchema, VersionParamsSchema } from './versioned.ts';

const IsoDateSchema = z
  .string()
  .refine((text) => parseIsoDate(text) !== null, { message: 'Ngày phải có dạng yyyy-MM-dd và có thật' });

const isWeekend = (isoDate: string) => {
  const weekday = new Date(parseIsoDate(isoDate)!).getUTCDay();
  return weekday === 0 || weekday === 6;
};

export const HolidayYearSchema = z.strictObject({
  year: z.number().int().min(1990, 'Năm từ 1990').max(2100, 'Năm đến 2100'),
  /** Days off, weekdays or weekends, listed as the announcement lists them. */
  holidays: z.array(IsoDateSchema).max(366),
  /** Weekend days swapped in as working days. */
  workingSaturdays: z.array(IsoDateSchema).max(366),
  note: z.string().max(4000).optional(),
}) satisfies z.ZodType<HolidayYear>;

export const HolidayYearsSchema = z
  .array(HolidayYearSchema)
  .max(120)
  .superRefine((years, ctx) => {
    const seen = new Set<number>();
    years.forEach((y, i) => {
      if (seen.has(y.year))
        ctx.addIssue({ code: 'custom', path: [i, 'year'], message: `Năm ${y.year} bị trùng` });
      seen.add(y.year);
      y.workingSaturdays.forEach((day, j) => {
        if (parseIsoDate(day) !== null && !isWeekend(day))
          ctx.addIssue({
            code: 'custom',
            path: [i, 'workingSaturdays', j],
            message: `Ngày ${day} không phải thứ Bảy hay Chủ nhật nên không thể là ngày làm bù`,
          });
      });
    });
  });

export const CalendarResponseSchema = VersionInfoSchema.extend({ years: z.array(HolidayYearSchema) });
export type CalendarResponse = z.infer<typeof CalendarResponseSchema>;

export const PutCalendarRequestSchema = z.strictObject({
  baseVersion: BaseVersionSchema,
  years: HolidayYearsSchema,
});
export type PutCalendarRequest = z.input<typeof PutCalendarRequestSchema>;

export const calendarApi = {
  get: endpoint({ method: 'GET', path: '/api/calendar', status: 200, response: CalendarResponseSchema }),
  put: endpoint({
    method: 'PUT',
    path: '/api/calendar',
    body: PutCalendarRequestSchema,
    status: 200,
    response: CalendarResponseSchema,
  }),
  versions: endpoint({
    method: 'GET',
    path: '/api/calendar/versions',
    status: 200,
    response: VersionListSchema,
  }),
  version: endpoint({
    method: 'GET',
    path: '/api/calendar/versions/:version',
    params: VersionParamsSchema,
    status: 200,
    response: CalendarResponseSchema,
  }),
};
