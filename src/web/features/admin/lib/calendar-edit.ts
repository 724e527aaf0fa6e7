import type { HolidayYear } from '../../../../domain/holidays.ts';

export type DayKind = 'holidays' | 'workingSaturdays';

const weekdayOf = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`).getUTCDay();

export const isWeekendDay = (isoDay: string) => weekdayOf(isoDay) === 0 || weekdayOf(isoDay) === 6;

/** Why a day cannot be added to a year's list, or null when it can. */
export function dayProblem(
  year: HolidayYear,
  kind: DayKind,
  isoDay: string,
): 'invalid' | 'otherYear' | 'duplicate' | 'notWeekend' | 'bothLists' | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay) || Number.isNaN(Date.parse(`${isoDay}T00:00:00Z`)))
    return 'invalid';
  if (Number(isoDay.slice(0, 4)) !== year.year) return 'otherYear';
  if (year[kind].includes(isoDay)) return 'duplicate';
  const other: DayKind = kind === 'holidays' ? 'workingSaturdays' : 'holidays';
  if (year[other].includes(isoDay)) return 'bothLists';
  if (kind === 'workingSaturdays' && !isWeekendDay(isoDay)) return 'notWeekend';
  return null;
}

/** The years with `isoDay` added to (or removed from) one list of one year, days kept in order. */
export function withDay(
  years: readonly HolidayYear[],
  yearNumber: number,
  kind: DayKind,
  isoDay: string,
  add: boolean,
): HolidayYear[] {
  return years.map((y) => {
    if (y.year !== yearNumber) return y;
    const days = add ? [...y[kind], isoDay].sort() : y[kind].filter((d) => d !== isoDay);
    return { ...y, [kind]: days };
  });
}
