import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MetricsRow, SeriesResponse } from '../../../src/api/metrics.ts';
import { byReceived } from '../../../src/web/features/units/components/BreakdownTable.tsx';
import { monthsEnding, rankHistory } from '../../../src/web/features/units/lib/months.ts';
import { targetGap } from '../../../src/web/features/units/lib/target-gap.ts';
import { groupUnits, rankedInGroup, searchUnits } from '../../../src/web/features/units/lib/unit-list.ts';
import { metrics } from '../dossiers/fixtures.ts';

const unit = (
  key: string,
  name: string,
  group: MetricsRow['group'],
  rank: number | null,
  received = 0,
): MetricsRow => ({
  key,
  name,
  group,
  rank,
  metrics: metrics({ received }),
});

const ROWS = [
  unit('so-tu-phap', 'Sở Tư pháp', 'department', 2),
  unit('so-y-te', 'Sở Y tế', 'department', 1),
  unit('xa-hoa-binh', 'Xã Hòa Bình', 'commune', null),
  unit('cong-an', 'Công an tỉnh', 'vertical', 1),
];

describe('searchUnits', () => {
  it('matches without regard to case, diacritics, NFC/NFD or đ', () => {
    expect(searchUnits(ROWS, 'tu phap').map((r) => r.key)).toEqual(['so-tu-phap']);
    expect(searchUnits(ROWS, 'HÒA BÌNH'.normalize('NFD')).map((r) => r.key)).toEqual(['xa-hoa-binh']);
    expect(searchUnits(ROWS, 'cong an').map((r) => r.key)).toEqual(['cong-an']);
    expect(searchUnits(ROWS, 'sở').map((r) => r.key)).toEqual(['so-tu-phap', 'so-y-te']);
    expect(searchUnits(ROWS, '  ')).toHaveLength(ROWS.length);
    expect(searchUnits(ROWS, 'không có')).toEqual([]);
  });

  it('always finds a unit by any part of its own name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROWS), fc.nat(), fc.nat(), (row, a, b) => {
        const start = a % row.name.length;
        const end = start + 1 + (b % (row.name.length - start));
        const part = row.name.slice(start, end);
        if (part.trim() === '') return;
        expect(searchUnits(ROWS, part)).toContain(row);
      }),
    );
  });
});

describe('groupUnits', () => {
  it('keeps the ranking groups in order, units by rank, unranked last', () => {
    const groups = groupUnits([...ROWS, unit('so-a', 'Sở A', 'department', null)]);
    expect(groups.map((g) => g.group)).toEqual(['department', 'commune', 'vertical']);
    expect(groups[0]!.rows.map((r) => r.key)).toEqual(['so-y-te', 'so-tu-phap', 'so-a']);
    expect(rankedInGroup(ROWS, 'department')).toBe(2);
    expect(rankedInGroup(ROWS, 'commune')).toBe(0);
  });
});

describe('targetGap', () => {
  it('words the distance in percentage points', () => {
    expect(targetGap(0.9675, 0.98)).toEqual({ kind: 'short', points: 1.25 });
    expect(targetGap(0.98, 0.98)).toEqual({ kind: 'reached' });
    expect(targetGap(0.99, 0.98)).toEqual({ kind: 'reached' });
    expect(targetGap(null, 0.98)).toEqual({ kind: 'noData' });
    expect(targetGap(0.5, undefined)).toEqual({ kind: 'noTarget' });
  });

  it('is short exactly when the rate, as shown, is below the target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (v, g) => {
        const gap = targetGap(v / 10_000, g / 10_000);
        if (v < g) expect(gap).toEqual({ kind: 'short', points: (g - v) / 100 });
        else expect(gap).toEqual({ kind: 'reached' });
      }),
    );
  });
});

describe('monthsEnding', () => {
  it('spans twelve calendar months ending on the given day', () => {
    expect(monthsEnding('2025-03-31')).toEqual({ from: '2024-04-01', to: '2025-03-31' });
    expect(monthsEnding('2025-12-31')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(monthsEnding('2025-01-15', 1)).toEqual({ from: '2025-01-01', to: '2025-01-15' });
  });
});

describe('rankHistory', () => {
  it("picks the unit's rank each month and how many units were ranked", () => {
    const series: SeriesResponse = {
      period: { from: '2025-01-01', to: '2025-02-28' },
      interval: 'month',
      groupBy: 'unit',
      asOf: null,
      sources: [],
      points: [
        {
          period: { from: '2025-01-01', to: '2025-01-31' },
          rows: [unit('a', 'A', 'department', 1), unit('b', 'B', 'department', 2)],
        },
        {
          period: { from: '2025-02-01', to: '2025-02-28' },
          rows: [unit('b', 'B', 'department', 1), unit('c', 'C', 'department', null)],
        },
      ],
    };
    expect(rankHistory(series, 'a')).toEqual([
      { month: 'T1/2025', rank: 1, of: 2 },
      { month: 'T2/2025', rank: null, of: 1 },
    ]);
  });
});

describe('byReceived', () => {
  it('puts the rows with the most dossiers first', () => {
    const rows = [
      unit('x', 'X', undefined, null, 5),
      unit('y', 'Y', undefined, null, 50),
      unit('z', 'Z', undefined, null, 7),
    ];
    expect(byReceived(rows).map((r) => r.key)).toEqual(['y', 'z', 'x']);
  });
});
