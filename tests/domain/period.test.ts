import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayRangePeriod,
  monthPeriod,
  monthsOf,
  type Period,
  previousPeriod,
  quarterPeriod,
  samePeriodLastYear,
  shiftPeriod,
  yearPeriod,
} from '../../src/domain/period.ts';
import { isoDateTime, MS_PER_DAY, wallTime } from '../../src/domain/time.ts';

const show = (p: Period) => [isoDateTime(p.from), isoDateTime(p.to)];
const days = (p: Period) => (p.to - p.from) / MS_PER_DAY;

describe('period constructors', () => {
  it('builds half-open months, quarters, years and day ranges', () => {
    expect(show(monthPeriod(2024, 12))).toEqual(['2024-12-01T00:00:00+07:00', '2025-01-01T00:00:00+07:00']);
    expect(show(quarterPeriod(2025, 4))).toEqual(['2025-10-01T00:00:00+07:00', '2026-01-01T00:00:00+07:00']);
    expect(show(yearPeriod(2024))).toEqual(['2024-01-01T00:00:00+07:00', '2025-01-01T00:00:00+07:00']);
    expect(show(dayRangePeriod(wallTime(2025, 3, 10), wallTime(2025, 3, 16)))).toEqual([
      '2025-03-10T00:00:00+07:00',
      '2025-03-17T00:00:00+07:00',
    ]);
  });
});

describe('previousPeriod', () => {
  it('steps back a whole month, so March (31 days) → February (28 or 29)', () => {
    expect(previousPeriod(monthPeriod(2025, 3))).toEqual(monthPeriod(2025, 2));
    expect(previousPeriod(monthPeriod(2024, 3))).toEqual(monthPeriod(2024, 2));
    expect(days(previousPeriod(monthPeriod(2024, 3)))).toBe(29);
    expect(previousPeriod(monthPeriod(2025, 1))).toEqual(monthPeriod(2024, 12));
  });

  it('steps back a quarter and a year across year ends', () => {
    expect(previousPeriod(quarterPeriod(2025, 1))).toEqual(quarterPeriod(2024, 4));
    expect(previousPeriod(quarterPeriod(2025, 3))).toEqual(quarterPeriod(2025, 2));
    expect(previousPeriod(yearPeriod(2025))).toEqual(yearPeriod(2024));
  });

  it('steps a custom day range back by its length in days', () => {
    const week = dayRangePeriod(wallTime(2025, 3, 10), wallTime(2025, 3, 16));
    expect(previousPeriod(week)).toEqual(dayRangePeriod(wallTime(2025, 3, 3), wallTime(2025, 3, 9)));
    // Starts on the 1st but does not end on a month start: a plain day range, not a month.
    const firstHalf = dayRangePeriod(wallTime(2025, 3, 1), wallTime(2025, 3, 15));
    expect(show(previousPeriod(firstHalf))).toEqual([
      '2025-02-14T00:00:00+07:00',
      '2025-03-01T00:00:00+07:00',
    ]);
  });

  it('always ends where the period starts; whole-month periods keep their month count', () => {
    const month = fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }));
    fc.assert(
      fc.property(month, fc.integer({ min: 1, max: 24 }), ([year, m], length) => {
        const p = { from: monthPeriod(year, m).from, to: monthPeriod(year, m + length).from };
        const prev = previousPeriod(p);
        return (
          prev.to === p.from && monthsOf(prev).length === length && monthsOf(prev)[0]!.from === prev.from
        );
      }),
    );
  });
});

describe('shiftPeriod', () => {
  it('moves whole months by months both ways, other ranges by their days', () => {
    // January–August 2001 (243 days): back is May–December 2000 (245 days), forward September 2001–April 2002.
    const janAug = { from: monthPeriod(2001, 1).from, to: monthPeriod(2001, 9).from };
    expect(shiftPeriod(janAug, -1)).toEqual({
      from: monthPeriod(2000, 5).from,
      to: monthPeriod(2001, 1).from,
    });
    expect(shiftPeriod(janAug, 1)).toEqual({
      from: monthPeriod(2001, 9).from,
      to: monthPeriod(2002, 5).from,
    });
    expect(shiftPeriod(monthPeriod(2024, 1), 1)).toEqual(monthPeriod(2024, 2));
    const week = dayRangePeriod(wallTime(2025, 3, 10), wallTime(2025, 3, 16));
    expect(shiftPeriod(week, 2)).toEqual(dayRangePeriod(wallTime(2025, 3, 24), wallTime(2025, 3, 30)));
  });

  it('one step forward undoes one step back, and back is previousPeriod', () => {
    const day = fc.integer({
      min: Date.UTC(2001, 0, 1) / MS_PER_DAY,
      max: Date.UTC(2097, 0, 1) / MS_PER_DAY,
    });
    const monthly = fc
      .tuple(
        fc.integer({ min: 2001, max: 2096 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 30 }),
      )
      .map(([year, m, length]) => ({
        from: monthPeriod(year, m).from,
        to: monthPeriod(year, m + length).from,
      }));
    const daily = fc
      .tuple(day, fc.integer({ min: 1, max: 800 }))
      .map(([d, length]) => ({ from: d * MS_PER_DAY, to: (d + length) * MS_PER_DAY }));
    fc.assert(
      fc.property(fc.oneof(monthly, daily), (p) => {
        expect(shiftPeriod(shiftPeriod(p, -1), 1)).toEqual(p);
        expect(shiftPeriod(p, -1)).toEqual(previousPeriod(p));
        expect(shiftPeriod(p, 1).from).toBe(p.to);
      }),
    );
  });
});

describe('monthsOf', () => {
  it('splits a quarter into its three months', () => {
    expect(monthsOf(quarterPeriod(2025, 1))).toEqual([
      monthPeriod(2025, 1),
      monthPeriod(2025, 2),
      monthPeriod(2025, 3),
    ]);
  });

  it('clips the first and last month to a custom range', () => {
    const p = dayRangePeriod(wallTime(2025, 1, 20), wallTime(2025, 3, 5));
    expect(monthsOf(p).map(show)).toEqual([
      ['2025-01-20T00:00:00+07:00', '2025-02-01T00:00:00+07:00'],
      ['2025-02-01T00:00:00+07:00', '2025-03-01T00:00:00+07:00'],
      ['2025-03-01T00:00:00+07:00', '2025-03-06T00:00:00+07:00'],
    ]);
    expect(monthsOf({ from: wallTime(2025, 3, 1), to: wallTime(2025, 3, 1) })).toEqual([]);
  });

  it('tiles the period exactly: contiguous, in order, covering from → to', () => {
    const t = fc.integer({ min: wallTime(2020, 1, 1), max: wallTime(2030, 1, 1) });
    fc.assert(
      fc.property(t, fc.integer({ min: 1, max: 900 * MS_PER_DAY }), (from, length) => {
        const parts = monthsOf({ from, to: from + length });
        return (
          parts[0]!.from === from &&
          parts.at(-1)!.to === from + length &&
          parts.every((part, i) => part.from < part.to && (i === 0 || parts[i - 1]!.to === part.from))
        );
      }),
    );
  });
});

describe('samePeriodLastYear', () => {
  it('maps a month, a quarter and a day range to the same dates a year earlier', () => {
    expect(samePeriodLastYear(monthPeriod(2025, 3))).toEqual(monthPeriod(2024, 3));
    expect(samePeriodLastYear(quarterPeriod(2026, 1))).toEqual(quarterPeriod(2025, 1));
    expect(samePeriodLastYear(monthPeriod(2025, 2))).toEqual(monthPeriod(2024, 2)); // 28 → 29 days
    const range = dayRangePeriod(wallTime(2025, 3, 10), wallTime(2025, 3, 16));
    expect(samePeriodLastYear(range)).toEqual(dayRangePeriod(wallTime(2024, 3, 10), wallTime(2024, 3, 16)));
  });

  it('keeps the time of day to the millisecond', () => {
    const p = { from: wallTime(2025, 6, 1, 8, 30, 15) + 250, to: wallTime(2025, 6, 2, 17, 0, 59) + 999 };
    expect(samePeriodLastYear(p)).toEqual({
      from: wallTime(2024, 6, 1, 8, 30, 15) + 250,
      to: wallTime(2024, 6, 2, 17, 0, 59) + 999,
    });
  });

  it('maps 29 February 2024 onto 28 February 2023 instead of an empty period', () => {
    const leapDay = dayRangePeriod(wallTime(2024, 2, 29), wallTime(2024, 2, 29));
    expect(samePeriodLastYear(leapDay)).toEqual(dayRangePeriod(wallTime(2023, 2, 28), wallTime(2023, 2, 28)));
    expect(samePeriodLastYear(monthPeriod(2024, 2))).toEqual(monthPeriod(2023, 2));
    const throughFeb28 = dayRangePeriod(wallTime(2024, 2, 1), wallTime(2024, 2, 28));
    expect(samePeriodLastYear(throughFeb28)).toEqual(monthPeriod(2023, 2));
  });

  it('never returns an empty or reversed period for a non-empty day range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 11_000, max: 47_000 }), // day numbers ≈ 2000–2098
        fc.integer({ min: 0, max: 400 }),
        (firstDay, extra) => {
          const p = dayRangePeriod(firstDay * MS_PER_DAY, (firstDay + extra) * MS_PER_DAY);
          const q = samePeriodLastYear(p);
          return q.to > q.from && Math.abs(days(q) - days(p)) <= 1;
        },
      ),
    );
  });
});
