import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/domain/calendar.ts';
import { DEFAULT_HOLIDAYS, type HolidayYear } from '../../src/domain/holidays.ts';
import { dayOf, isoDate, isoDateTime, MS_PER_DAY, parseIsoDate, wallTime } from '../../src/domain/time.ts';

const calendar = createCalendar();
const day = (text: string) => parseIsoDate(text)!;

/** A slow but obviously right model: a day-by-day walk over a Set of listed days. */
function referenceModel(years: readonly HolidayYear[]) {
  const off = new Set(years.flatMap((y) => y.holidays));
  const worked = new Set(years.flatMap((y) => y.workingSaturdays));
  const isWorking = (d: number) => {
    const text = isoDate(d * MS_PER_DAY);
    if (off.has(text)) return false;
    if (worked.has(text)) return true;
    const weekday = new Date(d * MS_PER_DAY).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  };
  const between = (a: number, b: number) => {
    let count = 0;
    for (let d = Math.min(a, b) + 1; d <= Math.max(a, b); d++) if (isWorking(d)) count++;
    return b >= a ? count : -count;
  };
  return { isWorking, between };
}

describe('holiday table', () => {
  it('has 2024, 2025 and 2026, each with a source note and only valid dates', () => {
    expect(DEFAULT_HOLIDAYS.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    for (const y of DEFAULT_HOLIDAYS) {
      expect(y.note).toBeTruthy();
      for (const text of [...y.holidays, ...y.workingSaturdays]) {
        expect(parseIsoDate(text), text).not.toBeNull();
        expect(text.startsWith(String(y.year))).toBe(true);
      }
      for (const text of y.workingSaturdays) expect(new Date(day(text)).getUTCDay()).toBe(6);
    }
  });

  it('gives the number of working days per year the announcements imply', () => {
    // 2024: 262 weekdays − 12 weekday holidays + Sat 4/5; 2025: 261 − 12 + Sat 26/4;
    // 2026: 261 − 13 + Sat 10/1 and Sat 22/8.
    expect(calendar.workingDaysBetween(day('2023-12-31'), day('2024-12-31'))).toBe(251);
    expect(calendar.workingDaysBetween(day('2024-12-31'), day('2025-12-31'))).toBe(250);
    expect(calendar.workingDaysBetween(day('2025-12-31'), day('2026-12-31'))).toBe(250);
  });
});

describe('working days by hand', () => {
  it('counts a Friday deadline still open on Tuesday as 2 working days overdue', () => {
    expect(calendar.workingDaysBetween(wallTime(2025, 3, 14, 17), wallTime(2025, 3, 18, 9))).toBe(2);
    expect(calendar.workingDaysBetween(wallTime(2025, 3, 18, 9), wallTime(2025, 3, 14, 17))).toBe(-2);
    expect(calendar.workingDaysBetween(wallTime(2025, 3, 14, 0), wallTime(2025, 3, 14, 23, 59))).toBe(0);
  });

  it('skips Tết 2025 (25/1–2/2)', () => {
    expect(calendar.isWorkingDay(day('2025-01-24'))).toBe(true);
    for (let d = dayOf(day('2025-01-25')); d <= dayOf(day('2025-02-02')); d++) {
      expect(calendar.isWorkingDay(d * MS_PER_DAY), isoDate(d * MS_PER_DAY)).toBe(false);
    }
    expect(calendar.isWorkingDay(day('2025-02-03'))).toBe(true);
    expect(calendar.workingDaysBetween(day('2025-01-24'), day('2025-02-03'))).toBe(1);
    expect(isoDateTime(calendar.addWorkingDays(wallTime(2025, 1, 24, 10, 30), 1))).toBe(
      '2025-02-03T10:30:00+07:00',
    );
    expect(isoDate(calendar.addWorkingDays(day('2025-01-22'), 3))).toBe('2025-02-03');
  });

  it('works Saturday 26/4/2025 and skips 30/4–4/5/2025', () => {
    expect(calendar.isWorkingDay(day('2025-04-26'))).toBe(true);
    expect(calendar.isWorkingDay(day('2025-04-27'))).toBe(false);
    for (const off of ['2025-04-30', '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04']) {
      expect(calendar.isWorkingDay(day(off)), off).toBe(false);
    }
    expect(isoDate(calendar.addWorkingDays(day('2025-04-25'), 1))).toBe('2025-04-26');
    expect(isoDate(calendar.addWorkingDays(day('2025-04-26'), 1))).toBe('2025-04-28');
    expect(isoDate(calendar.addWorkingDays(day('2025-04-29'), 1))).toBe('2025-05-05');
    // 25/4 Fri, 26/4 Sat (worked), 28/4 Mon, 29/4 Tue, 5/5 Mon.
    expect(calendar.workingDaysBetween(day('2025-04-24'), day('2025-05-05'))).toBe(5);
  });

  it('knows Giỗ Tổ 2025, Quốc khánh 2025 and the 2026 swaps', () => {
    expect(calendar.isWorkingDay(day('2025-04-07'))).toBe(false);
    expect(isoDate(calendar.addWorkingDays(day('2025-08-29'), 1))).toBe('2025-09-03');
    expect(calendar.isWorkingDay(day('2026-01-02'))).toBe(false);
    expect(calendar.isWorkingDay(day('2026-01-10'))).toBe(true);
    expect(calendar.isWorkingDay(day('2026-02-16'))).toBe(false);
    expect(calendar.isWorkingDay(day('2026-04-27'))).toBe(false);
    expect(calendar.isWorkingDay(day('2026-08-22'))).toBe(true);
    expect(calendar.isWorkingDay(day('2026-08-31'))).toBe(false);
  });

  it('treats years outside the table as plain Monday–Friday', () => {
    expect(calendar.isWorkingDay(day('2030-01-01'))).toBe(true); // a Tuesday, but no table for 2030
    expect(calendar.isWorkingDay(day('2030-01-05'))).toBe(false);
    expect(calendar.workingDaysBetween(day('2030-01-04'), day('2030-01-11'))).toBe(5);
    expect(calendar.workingDaysBetween(day('1990-01-05'), day('1990-01-12'))).toBe(5);
    expect(calendar.workingDaysBetween(day('2200-01-02'), day('2200-01-09'))).toBe(5);
  });

  it('nextWorkingDay keeps a working day and moves a day off forward, keeping the time', () => {
    const tuesday = wallTime(2025, 3, 18, 14, 5);
    expect(calendar.nextWorkingDay(tuesday)).toBe(tuesday);
    expect(isoDateTime(calendar.nextWorkingDay(wallTime(2025, 1, 25, 9)))).toBe('2025-02-03T09:00:00+07:00');
    expect(isoDate(calendar.nextWorkingDay(day('2025-04-26')))).toBe('2025-04-26');
  });

  it('returns t for n = 0 and rejects negative or fractional n', () => {
    const saturday = wallTime(2025, 3, 15, 8);
    expect(calendar.addWorkingDays(saturday, 0)).toBe(saturday);
    expect(() => calendar.addWorkingDays(saturday, -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(saturday, 1.5)).toThrow(RangeError);
  });

  it('reads an edited table and rejects a malformed date', () => {
    const custom = createCalendar([
      { year: 2030, holidays: ['2030-01-01', '2030-01-05'], workingSaturdays: ['2030-01-12'] },
    ]);
    expect(custom.isWorkingDay(day('2030-01-01'))).toBe(false);
    expect(custom.isWorkingDay(day('2030-01-12'))).toBe(true);
    expect(custom.isWorkingDay(day('2025-04-26'))).toBe(false); // not in this table: a plain Saturday
    expect(() => createCalendar([{ year: 2030, holidays: ['2030-02-30'], workingSaturdays: [] }])).toThrow(
      /2030-02-30/,
    );
  });

  it('lets a holiday win over a working Saturday listed for the same day', () => {
    const custom = createCalendar([
      { year: 2030, holidays: ['2030-01-12'], workingSaturdays: ['2030-01-12'] },
    ]);
    expect(custom.isWorkingDay(day('2030-01-12'))).toBe(false);
  });

  it('handles a table year outside 2000–2100', () => {
    const custom = createCalendar([
      { year: 1999, holidays: ['1999-01-01'], workingSaturdays: ['1999-01-09'] },
    ]);
    expect(custom.workingDaysBetween(day('1998-12-31'), day('1999-01-10'))).toBe(6);
  });
});

describe('working-day properties', () => {
  const instant = fc.integer({ min: wallTime(1995, 1, 1), max: wallTime(2106, 1, 1) });
  const tableYears = fc.integer({ min: wallTime(2023, 11, 1), max: wallTime(2027, 2, 1) });
  const anyInstant = fc.oneof(instant, tableYears);
  const steps = fc.integer({ min: 0, max: 400 });

  it('workingDaysBetween(a, addWorkingDays(a, n)) === n', () => {
    fc.assert(
      fc.property(
        anyInstant,
        steps,
        (a, n) => calendar.workingDaysBetween(a, calendar.addWorkingDays(a, n)) === n,
      ),
    );
  });

  it('addWorkingDays lands on a working day, at the same time of day', () => {
    fc.assert(
      fc.property(anyInstant, fc.integer({ min: 1, max: 400 }), (a, n) => {
        const b = calendar.addWorkingDays(a, n);
        return calendar.isWorkingDay(b) && (b - a) % MS_PER_DAY === 0 && b > a;
      }),
    );
  });

  it('addWorkingDays lands on the first such day: the day before has one working day fewer', () => {
    fc.assert(
      fc.property(anyInstant, fc.integer({ min: 1, max: 400 }), (a, n) => {
        const b = calendar.addWorkingDays(a, n);
        return calendar.workingDaysBetween(a, b - MS_PER_DAY) === n - 1;
      }),
    );
  });

  it('is antisymmetric and additive', () => {
    fc.assert(
      fc.property(anyInstant, anyInstant, anyInstant, (a, b, c) => {
        const ab = calendar.workingDaysBetween(a, b);
        return (
          ab === -calendar.workingDaysBetween(b, a) &&
          ab + calendar.workingDaysBetween(b, c) === calendar.workingDaysBetween(a, c)
        );
      }),
    );
  });

  it('nextWorkingDay is a working day with no working day skipped', () => {
    fc.assert(
      fc.property(anyInstant, (a) => {
        const b = calendar.nextWorkingDay(a);
        return calendar.isWorkingDay(b) && calendar.workingDaysBetween(a, b) === (b === a ? 0 : 1);
      }),
    );
  });

  it('agrees with a day-by-day walk over the table', () => {
    const model = referenceModel(DEFAULT_HOLIDAYS);
    const nearTable = fc.integer({ min: dayOf(wallTime(2023, 10, 1)), max: dayOf(wallTime(2027, 3, 1)) });
    fc.assert(
      fc.property(nearTable, nearTable, (a, b) => {
        return (
          calendar.workingDaysBetween(a * MS_PER_DAY, b * MS_PER_DAY) === model.between(a, b) &&
          calendar.isWorkingDay(b * MS_PER_DAY) === model.isWorking(b)
        );
      }),
    );
  });
});
