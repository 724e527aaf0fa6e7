import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TargetResponse } from '../../../src/api/index766.ts';
import { previousMonth, targetMonthOf } from '../../../src/web/features/target/lib/target-month.ts';
import {
  filterUnits,
  gradeRows,
  groupShareRows,
  headlineOf,
  shareChange,
  shareRows,
  topLosses,
  unitsBelowTarget,
  versionChanges,
} from '../../../src/web/features/target/lib/target-view.ts';
import { estimateOnly, officialAndEstimate, summary, UNITS, versionInfo } from './fixtures.ts';

type Month = TargetResponse['months'][number];

describe('chart rows from months[]', () => {
  it('keeps one row per month, oldest first, with official and estimate shares and counts', () => {
    const months = officialAndEstimate().months;
    const rows = shareRows(months);
    expect(rows.map((r) => r.period)).toEqual(months.map((m) => m.period));
    const march = rows.at(-1)!;
    expect(march).toMatchObject({
      label: 'T3/2026',
      official: 12 / 160,
      estimate: 14 / 160,
      officialCounts: { goodOrBetter: 12, units: 160 },
      estimateCounts: { goodOrBetter: 14, units: 160 },
    });
    // A month without a summary is a gap (null), never 0 %.
    const gap = rows.find((r) => r.officialCounts === null)!;
    expect(gap.official).toBeNull();
  });

  it('takes the official summary for groups and grades where published, else the estimate', () => {
    const months = estimateOnly().months;
    const grades = gradeRows(months);
    expect(grades.map((r) => r.basis)).toEqual(
      months.map((m) => (m.official ? 'official' : m.estimate ? 'estimate' : null)),
    );
    const april = grades.at(-1)!;
    expect(april.basis).toBe('estimate');
    expect(april.grades.good).toBe(20);
    expect(Object.values(april.grades).reduce((a, b) => a + b, 0)).toBe(april.units);

    const groups = groupShareRows(officialAndEstimate().months).at(-1)!;
    expect(groups.shares).toEqual({ department: 0.25, commune: 0.05 });
    expect(groups.counts.commune).toEqual({ goodOrBetter: 7, units: 140 });
  });

  it('grade rows add up to the units of the summary they come from (property)', () => {
    const grade = fc.nat({ max: 50 });
    const month = fc.record({ excellent: grade, good: grade, fair: grade, average: grade, weak: grade });
    fc.assert(
      fc.property(fc.array(fc.option(month, { nil: null }), { minLength: 1, maxLength: 24 }), (list) => {
        const months: Month[] = list.map((g, i) => {
          const period = `2025-${String((i % 12) + 1).padStart(2, '0')}`;
          const units = g ? Object.values(g).reduce((a, b) => a + b, 0) : 0;
          return {
            period,
            versionId: 'v',
            official: g ? summary(period, g.excellent + g.good, units, g) : null,
            estimate: null,
          };
        });
        for (const [i, row] of gradeRows(months).entries()) {
          expect(Object.values(row.grades).reduce((a, b) => a + b, 0)).toBe(row.units);
          expect(row.basis).toBe(list[i] ? 'official' : null);
        }
      }),
    );
  });
});

describe('version changes', () => {
  it('names the first month of each new version', () => {
    expect(versionChanges(officialAndEstimate().months)).toEqual([
      { period: '2025-07', from: '766-decision-2022', to: '766-portal-2025' },
    ]);
    expect(versionChanges(estimateOnly().months)).toEqual([]);
  });
});

describe('headline', () => {
  it('pairs each source with the same source of the month before', () => {
    const h = headlineOf(officialAndEstimate());
    expect(h.official?.now.goodOrBetter).toBe(12);
    expect(h.official?.previous?.goodOrBetter).toBe(10);
    expect(h.official?.previousPeriod).toBe('2026-02');
    expect(h.estimate?.now.goodOrBetter).toBe(14);
    const only = headlineOf(estimateOnly());
    expect(only.official).toBeNull();
    expect(only.estimate?.previous?.goodOrBetter).toBe(14);
  });

  it('measures the change in percentage points', () => {
    expect(shareChange(12 / 160, 10 / 158)).toBe(1.17);
    expect(shareChange(0.5, 0.5)).toBe(0);
    expect(shareChange(null, 0.5)).toBeNull();
  });
});

describe('units below Tốt', () => {
  it('lists only units below 80, the largest gap first', () => {
    const below = unitsBelowTarget(UNITS);
    expect(below.map((u) => u.unitName)).toEqual(['Phường An Lạc', 'Sở Y tế', 'Sở Tư pháp', 'Xã Hòa Bình']);
    for (let i = 1; i < below.length; i++) expect(below[i - 1]!.gap).toBeGreaterThanOrEqual(below[i]!.gap);
  });

  it('filters by group and by name without diacritics', () => {
    const below = unitsBelowTarget(UNITS);
    expect(filterUnits(below, { group: 'commune', search: '' }).map((u) => u.unitId)).toEqual([
      'phuong-an-lac',
      'xa-hoa-binh',
    ]);
    expect(filterUnits(below, { group: null, search: 'tu phap' }).map((u) => u.unitId)).toEqual([
      'so-tu-phap',
    ]);
  });

  it('names the groups that lost most points against their maxima', () => {
    const unit = UNITS.find((u) => u.unitId === 'so-tu-phap')!;
    expect(topLosses(unit, versionInfo(), 'vi')).toEqual([
      { code: 'MDSH', name: 'Số hóa hồ sơ', lost: 9.5, maxPoints: 22 },
      { code: 'CKMB', name: 'Công khai, minh bạch', lost: 6, maxPoints: 18 },
      { code: 'TTTT', name: 'Thanh toán trực tuyến', lost: 4, maxPoints: 10 },
    ]);
  });
});

describe('target month', () => {
  it('uses the month, or the last month of a quarter, a year or a range', () => {
    expect(targetMonthOf({ kind: 'month', year: 2026, month: 3 })).toBe('2026-03');
    expect(targetMonthOf({ kind: 'quarter', year: 2026, quarter: 2 })).toBe('2026-06');
    expect(targetMonthOf({ kind: 'year', year: 2025 })).toBe('2025-12');
    expect(targetMonthOf({ kind: 'custom', from: '2026-01-10', to: '2026-02-03' })).toBe('2026-02');
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-03')).toBe('2026-02');
  });
});
