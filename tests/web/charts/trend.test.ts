import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isBelowTarget,
  monthLabel,
  TREND_METRICS,
  type TrendRow,
  targetDigits,
  trendDomain,
  trendRows,
  trendTicks,
} from '../../../src/web/features/charts/lib/trend.ts';
import { metricsFrom, seriesOf, ZERO } from '../overview/fixtures.ts';

const march = metricsFrom({
  ...ZERO,
  newOnline: 40,
  newDirect: 60,
  early: 50,
  onTime: 30,
  late: 2,
  withinDeadline: 18,
});
// Dossiers received but none resolved or due yet: both rates have no denominator.
const quiet = metricsFrom({ ...ZERO, newDirect: 5, pendingNoDeadline: 5 });

describe('trendRows', () => {
  it('labels months T<m>/<yyyy> and keeps each rate of the chosen row', () => {
    const rows = trendRows(seriesOf([{ month: '2025-03', metrics: march }]));
    expect(rows).toHaveLength(1);
    const [row] = rows as [TrendRow];
    expect(row.monthLabel).toBe('T3/2025');
    expect(row.from).toBe('2025-03-01');
    expect(row.to).toBe('2025-03-31');
    expect(row.values.onTimeRate).toBe((50 + 30) / (50 + 30 + 2));
    expect(row.values.progressRate766).toBe((50 + 30 + 18) / (50 + 30 + 2 + 18));
    expect(row.values.onlineRate).toBe(40 / 100);
    expect(row.values.satisfactionRate).toBeNull();
    expect(row.received).toBe(march.received);
  });

  it('leaves a month without data as a gap (null), never 0, whether the row is absent or its rate is null', () => {
    const rows = trendRows(
      seriesOf([
        { month: '2024-12', metrics: march },
        { month: '2025-01', metrics: null },
        { month: '2025-02', metrics: quiet },
        { month: '2025-03', metrics: march },
      ]),
    );
    expect(rows.map((r) => r.monthLabel)).toEqual(['T12/2024', 'T1/2025', 'T2/2025', 'T3/2025']);
    expect(rows[1]!.values.onTimeRate).toBeNull();
    expect(rows[1]!.values.progressRate766).toBeNull();
    expect(rows[1]!.received).toBe(0);
    expect(rows[2]!.values.onTimeRate).toBeNull();
    expect(rows[2]!.received).toBe(quiet.received);
    expect(rows[3]!.values.onTimeRate).not.toBeNull();
  });

  it('reads a unit row when asked for one', () => {
    const unit = metricsFrom({ ...ZERO, newDirect: 10, early: 3, onTime: 3, late: 4 });
    const series = seriesOf([{ month: '2025-03', metrics: march }], () => [
      { key: 'so-tu-phap', name: 'Sở Tư pháp', metrics: unit },
    ]);
    expect(trendRows(series, 'so-tu-phap')[0]!.values.onTimeRate).toBe(6 / 10);
    expect(trendRows(series, 'khong-co')[0]!.values.onTimeRate).toBeNull();
  });
});

describe('monthLabel', () => {
  it('drops the leading zero of the month', () => {
    expect(monthLabel('2025-03-01')).toBe('T3/2025');
    expect(monthLabel('2024-11-15')).toBe('T11/2024');
  });
});

const rate = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });
const rowWith = (onTimeRate: number | null, progressRate766: number | null): TrendRow => ({
  from: '2025-01-01',
  to: '2025-01-31',
  monthLabel: 'T1/2025',
  values: { onTimeRate, progressRate766, satisfactionRate: null, onlineRate: null },
  received: 1,
});

describe('trendDomain and trendTicks', () => {
  it('zooms on rates near the top instead of starting at 0', () => {
    const rows = [rowWith(0.9923, 0.91), rowWith(0.985, 0.935)];
    expect(
      trendDomain(rows, ['onTimeRate', 'progressRate766'], { onTimeRate: 0.98, progressRate766: 0.95 }),
    ).toEqual([0.9, 1]);
    expect(trendTicks([0.9, 1])).toEqual([0.9, 0.95, 1]);
  });

  it('is 0–1 when nothing is drawn (every month a gap)', () => {
    expect(trendDomain([rowWith(null, null)], ['onTimeRate'])).toEqual([0, 1]);
  });

  it('holds every drawn value and target, on 5-point steps within 0–1, for any input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(rate, rate), { maxLength: 14 }),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        (pairs, target) => {
          const rows = pairs.map(([a, b]) => rowWith(a, b));
          const targets = target === undefined ? {} : { onTimeRate: target };
          const [lo, hi] = trendDomain(rows, ['onTimeRate', 'progressRate766'], targets);
          expect(lo).toBeGreaterThanOrEqual(0);
          expect(hi).toBeLessThanOrEqual(1);
          expect(lo).toBeLessThan(hi);
          for (const v of [...pairs.flat(), target]) {
            if (v === null || v === undefined) continue;
            expect(v).toBeGreaterThanOrEqual(lo);
            expect(v).toBeLessThanOrEqual(hi);
          }
          expect(Math.abs(lo * 20 - Math.round(lo * 20))).toBeLessThan(1e-9);
          const ticks = trendTicks([lo, hi]);
          expect(ticks[0]).toBe(lo);
          expect(ticks.at(-1)).toBeCloseTo(hi, 9);
        },
      ),
    );
  });

  it('ignores metrics that are not drawn', () => {
    expect(trendDomain([rowWith(0.99, 0.2)], ['onTimeRate'])).toEqual([0.95, 1]);
  });
});

describe('targets', () => {
  it('writes a target with only the decimals it needs', () => {
    expect(targetDigits(0.98)).toBe(0);
    expect(targetDigits(0.975)).toBe(1);
    expect(targetDigits(0.9725)).toBe(2);
  });

  it('marks a rate below its target, and nothing when either is missing', () => {
    expect(isBelowTarget(0.97, 0.98)).toBe(true);
    expect(isBelowTarget(0.98, 0.98)).toBe(false);
    expect(isBelowTarget(null, 0.98)).toBe(false);
    expect(isBelowTarget(0.5, undefined)).toBe(false);
  });

  it('draws only known metrics', () => {
    expect([...TREND_METRICS].sort()).toEqual([
      'onTimeRate',
      'onlineRate',
      'progressRate766',
      'satisfactionRate',
    ]);
  });
});
