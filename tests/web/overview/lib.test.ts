import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MetricsRow } from '../../../src/api/metrics.ts';
import { changeOf, comparisonOf, hasDossiers } from '../../../src/web/features/overview/lib/compare.ts';
import { comparisonsOf, trendRange } from '../../../src/web/features/overview/lib/ranges.ts';
import { lowestOnTimeRate, mostOverdue } from '../../../src/web/features/overview/lib/worst-units.ts';
import { metricsFrom, ZERO } from './fixtures.ts';

describe('changeOf', () => {
  it('compares rates in percentage points and calls a rise of a good rate better', () => {
    expect(changeOf('onTimeRate', 0.9887, 0.9792)).toEqual({
      direction: 'up',
      delta: 0.95,
      relative: null,
      tone: 'better',
    });
  });

  it('calls fewer overdue dossiers better, and gives the relative change of a count', () => {
    expect(changeOf('overdue', 8, 12)).toEqual({
      direction: 'down',
      delta: -4,
      relative: -4 / 12,
      tone: 'better',
    });
    expect(changeOf('received', 1390, 1267)?.tone).toBe('neutral');
  });

  it('has no relative change from 0, and nothing to say when a side has no data', () => {
    expect(changeOf('late', 5, 0)).toEqual({ direction: 'up', delta: 5, relative: null, tone: 'worse' });
    expect(changeOf('onTimeRate', 0.98, null)).toBeNull();
    expect(changeOf('onTimeRate', null, 0.98)).toBeNull();
  });

  it('never shows a rise or fall that rounds to 0,00 points', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -4e-5, max: 4e-5, noNaN: true }),
        (a, d) => {
          const b = Math.min(1, Math.max(0, a + d));
          const change = changeOf('progressRate766', a, b)!;
          if (change.direction === 'same') expect(change.delta).toBe(0);
          else expect(Math.abs(change.delta)).toBeGreaterThanOrEqual(0.01);
        },
      ),
    );
  });
});

describe('comparisonOf', () => {
  const march = metricsFrom({ ...ZERO, newDirect: 100, early: 60, onTime: 30, late: 10 });
  const empty = metricsFrom(ZERO);

  it('compares with a period that has dossiers', () => {
    const february = metricsFrom({ ...ZERO, newDirect: 80, early: 50, onTime: 20, late: 10 });
    expect(comparisonOf('received', march.received, february)).toEqual({
      before: february.received,
      change: changeOf('received', march.received, february.received),
    });
    // A rate without a denominator there still has nothing to compare with, but the period has data.
    const onlyReceived = metricsFrom({ ...ZERO, newDirect: 5, pendingNoDeadline: 5 });
    expect(comparisonOf('onTimeRate', march.onTimeRate, onlyReceived)).toEqual({
      before: null,
      change: null,
    });
  });

  it('says the earlier period has no data when it has no dossier at all, not a rise from 0', () => {
    expect(hasDossiers(empty)).toBe(false);
    expect(hasDossiers(null)).toBe(false);
    expect(comparisonOf('received', march.received, empty)).toBe('empty');
    expect(comparisonOf('late', march.late, null)).toBe('empty');
    expect(comparisonOf('onTimeRate', march.onTimeRate, empty)).toBe('empty');
  });

  it('has data as soon as one dossier was received or resolved in the earlier period', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(100), (early, pendingNoDeadline, fresh) => {
        // New dossiers are resolved or still pending: never more than both.
        const newDirect = Math.min(fresh, early + pendingNoDeadline);
        const totals = metricsFrom({ ...ZERO, newDirect, early, pendingNoDeadline });
        const any = totals.received > 0 || totals.resolved > 0;
        expect(hasDossiers(totals)).toBe(any);
        expect(comparisonOf('received', 10, totals) === 'empty').toBe(!any);
      }),
    );
  });
});

describe('ranges', () => {
  it('takes the 12 months ending with the period, across a year boundary', () => {
    expect(trendRange('2025-03-31')).toEqual({ from: '2024-04-01', to: '2025-03-31' });
    expect(trendRange('2025-12-31')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(trendRange('2025-01-15')).toEqual({ from: '2024-02-01', to: '2025-01-15' });
  });

  it('names the periods it compares with', () => {
    const month = comparisonsOf({ kind: 'month', year: 2025, month: 1 }, 'vi');
    expect(month.previous).toEqual({
      range: { from: '2024-12-01', to: '2024-12-31' },
      label: 'Tháng 12/2024',
    });
    expect(month.lastYear.label).toBe('Tháng 1/2024');
    const quarter = comparisonsOf({ kind: 'quarter', year: 2025, quarter: 1 }, 'vi');
    expect(quarter.previous.label).toBe('Quý IV/2024');
    expect(quarter.lastYear.range).toEqual({ from: '2024-01-01', to: '2024-03-31' });
  });
});

const row = (key: string, name: string, c: Parameters<typeof metricsFrom>[0]): MetricsRow => ({
  key,
  name,
  metrics: metricsFrom(c),
});

describe('worst units', () => {
  const rows = [
    row('a', 'Sở A', { ...ZERO, newDirect: 20, early: 15, late: 5, overdue: 3 }),
    row('b', 'Sở B', { ...ZERO, newDirect: 20, early: 15, late: 5, overdue: 3 }),
    row('c', 'Xã C', { ...ZERO, newDirect: 5, early: 1, late: 3, overdue: 4 }),
    row('d', 'Xã D', { ...ZERO, newDirect: 12, pendingNoDeadline: 12 }),
  ];

  it('ranks overdue counts, ties by name, and leaves out units with none', () => {
    expect(mostOverdue(rows).map((r) => r.key)).toEqual(['c', 'a', 'b']);
    expect(mostOverdue(rows, 2).map((r) => r.key)).toEqual(['c', 'a']);
  });

  it('ranks the lowest rates among units with enough dossiers and a rate', () => {
    // C has the lowest rate but received only 8; D has no rate at all.
    expect(lowestOnTimeRate(rows).map((r) => r.key)).toEqual(['a', 'b']);
    expect(lowestOnTimeRate(rows, 5, 1).map((r) => r.key)).toEqual(['c', 'a', 'b']);
  });
});
