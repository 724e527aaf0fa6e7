import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate, MS_PER_DAY, parseIsoDate } from '../../../src/domain/time.ts';
import {
  lastYearRangeOf,
  type PeriodKind,
  type PeriodSelection,
  parsePeriodParam,
  periodLabel,
  periodParam,
  pickerYears,
  previousRangeOf,
  rangeLabel,
  rangeOf,
  selectionOfKind,
  shiftSelection,
  withinYears,
} from '../../../src/web/features/filters/lib/period-selection.ts';

const dayBefore = (iso: string) => isoDate(parseIsoDate(iso)! - MS_PER_DAY);

const year = fc.integer({ min: 2001, max: 2098 });
const selection: fc.Arbitrary<PeriodSelection> = fc.oneof(
  fc.record({ kind: fc.constant('month' as const), year, month: fc.integer({ min: 1, max: 12 }) }),
  fc.record({
    kind: fc.constant('quarter' as const),
    year,
    quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
  }),
  fc.record({ kind: fc.constant('year' as const), year }),
  fc
    .tuple(
      fc.integer({ min: Date.UTC(2001, 0, 1) / MS_PER_DAY, max: Date.UTC(2097, 0, 1) / MS_PER_DAY }),
      fc.integer({ min: 0, max: 800 }),
    )
    .map(([day, length]) => ({
      kind: 'custom' as const,
      from: isoDate(day * MS_PER_DAY),
      to: isoDate((day + length) * MS_PER_DAY),
    })),
);
const kind = fc.constantFrom<PeriodKind>('month', 'quarter', 'year', 'custom');

describe('period selection: hand-worked examples', () => {
  it('March 2025 is 01/03–31/03, after February', () => {
    const march: PeriodSelection = { kind: 'month', year: 2025, month: 3 };
    expect(rangeOf(march)).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(previousRangeOf(march)).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(shiftSelection(march, -1)).toEqual({ kind: 'month', year: 2025, month: 2 });
    expect(shiftSelection({ kind: 'month', year: 2025, month: 1 }, -1)).toEqual({
      kind: 'month',
      year: 2024,
      month: 12,
    });
  });

  it('Q1 2025 comes after Q4 2024', () => {
    const q1: PeriodSelection = { kind: 'quarter', year: 2025, quarter: 1 };
    expect(rangeOf(q1)).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(previousRangeOf(q1)).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(shiftSelection(q1, -1)).toEqual({ kind: 'quarter', year: 2024, quarter: 4 });
    expect(lastYearRangeOf(q1)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
  });

  it('29/02/2024 a year earlier is 28/02/2023', () => {
    const leapDay: PeriodSelection = { kind: 'custom', from: '2024-02-29', to: '2024-02-29' };
    expect(lastYearRangeOf(leapDay)).toEqual({ from: '2023-02-28', to: '2023-02-28' });
    expect(lastYearRangeOf({ kind: 'custom', from: '2024-02-29', to: '2024-03-05' })).toEqual({
      from: '2023-02-28',
      to: '2023-03-05',
    });
    expect(lastYearRangeOf({ kind: 'month', year: 2024, month: 2 })).toEqual({
      from: '2023-02-01',
      to: '2023-02-28',
    });
  });

  it('labels periods in Vietnamese and English', () => {
    expect(periodLabel({ kind: 'month', year: 2025, month: 3 })).toBe('Tháng 3/2025');
    expect(periodLabel({ kind: 'quarter', year: 2025, quarter: 4 })).toBe('Quý IV/2025');
    expect(periodLabel({ kind: 'year', year: 2025 })).toBe('Năm 2025');
    expect(periodLabel({ kind: 'custom', from: '2025-01-01', to: '2025-03-15' })).toBe(
      '01/01/2025 – 15/03/2025',
    );
    expect(periodLabel({ kind: 'quarter', year: 2025, quarter: 2 }, 'en')).toBe('Q2 2025');
    expect(rangeLabel({ from: '2025-03-01', to: '2025-03-31' })).toBe('01/03/2025 – 31/03/2025');
    expect(rangeLabel({ from: '2025-03-01', to: '2025-03-01' })).toBe('01/03/2025');
  });

  it('reads the URL forms and refuses anything else', () => {
    expect(parsePeriodParam('2025-03')).toEqual({ kind: 'month', year: 2025, month: 3 });
    expect(parsePeriodParam('2025-Q1')).toEqual({ kind: 'quarter', year: 2025, quarter: 1 });
    expect(parsePeriodParam('2025')).toEqual({ kind: 'year', year: 2025 });
    expect(parsePeriodParam('2025-01-01_2025-03-15')).toEqual({
      kind: 'custom',
      from: '2025-01-01',
      to: '2025-03-15',
    });
    for (const bad of [
      '2025-13',
      '2025-Q5',
      '2025-03-15_2025-01-01',
      '2025-02-30_2025-03-01',
      'abc',
      '',
      null,
    ]) {
      expect(parsePeriodParam(bad)).toBeNull();
    }
  });

  it('changes kind around the first day: March 2025 → Q1 2025 → 2025', () => {
    const march: PeriodSelection = { kind: 'month', year: 2025, month: 8 };
    expect(selectionOfKind(march, 'quarter')).toEqual({ kind: 'quarter', year: 2025, quarter: 3 });
    expect(selectionOfKind(march, 'year')).toEqual({ kind: 'year', year: 2025 });
    expect(selectionOfKind(march, 'custom')).toEqual({
      kind: 'custom',
      from: '2025-08-01',
      to: '2025-08-31',
    });
    expect(selectionOfKind({ kind: 'custom', from: '2024-12-20', to: '2025-01-10' }, 'month')).toEqual({
      kind: 'month',
      year: 2024,
      month: 12,
    });
  });

  it('offers the years 2020 to next year, widened to the selection', () => {
    expect(pickerYears({ kind: 'year', year: 2024 }, 2025)).toEqual([
      2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(pickerYears({ kind: 'month', year: 2018, month: 5 }, 2025)[0]).toBe(2018);
    const years = pickerYears({ kind: 'month', year: 2020, month: 1 }, 2025);
    expect(withinYears(shiftSelection({ kind: 'month', year: 2020, month: 1 }, -1), years)).toBe(false);
    expect(withinYears({ kind: 'year', year: 2027 }, years)).toBe(false);
  });
});

describe('period selection: properties', () => {
  it('the URL form reads back to the same selection', () => {
    fc.assert(
      fc.property(selection, (s) => {
        expect(parsePeriodParam(periodParam(s))).toEqual(s);
      }),
    );
  });

  it('stepping n periods and back returns to the start', () => {
    fc.assert(
      fc.property(selection, fc.integer({ min: -24, max: 24 }), (s, n) => {
        expect(shiftSelection(shiftSelection(s, n), -n)).toEqual(s);
      }),
    );
  });

  it('a range never ends before it starts', () => {
    fc.assert(
      fc.property(selection, (s) => {
        const r = rangeOf(s);
        expect(r.from <= r.to).toBe(true);
      }),
    );
  });

  it('steps a custom range of whole months by months, as the previous-period comparison does', () => {
    const janAug: PeriodSelection = { kind: 'custom', from: '2001-01-01', to: '2001-08-31' };
    expect(shiftSelection(janAug, -1)).toEqual({ kind: 'custom', from: '2000-05-01', to: '2000-12-31' });
    expect(previousRangeOf(janAug)).toEqual({ from: '2000-05-01', to: '2000-12-31' });
    expect(shiftSelection(janAug, 1)).toEqual({ kind: 'custom', from: '2001-09-01', to: '2002-04-30' });
  });

  it('the previous range ends the day before the range starts, and one step back is it', () => {
    fc.assert(
      fc.property(selection, (s) => {
        const previous = previousRangeOf(s);
        expect(previous.to).toBe(dayBefore(rangeOf(s).from));
        expect(rangeOf(shiftSelection(s, -1))).toEqual(previous);
      }),
    );
  });

  it('a change of kind keeps the first day inside the new period', () => {
    fc.assert(
      fc.property(selection, kind, (s, k) => {
        const r = rangeOf(selectionOfKind(s, k));
        const first = rangeOf(s).from;
        expect(r.from <= first && first <= r.to).toBe(true);
        expect(selectionOfKind(s, k).kind).toBe(k);
      }),
    );
  });
});
