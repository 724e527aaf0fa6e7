import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gradeOf,
  groupOf,
  INDEX_766_DECISION_2022,
  INDEX_766_PORTAL_2025,
  INDEX_VERSIONS,
  indexVersionById,
  indexVersionFor,
  isGoodOrBetter,
  maxTotalOf,
  roundPoints,
  sameVersion,
  versionChange,
} from '../../src/domain/index766.ts';

describe('QĐ 766 grade bands', () => {
  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.99, 'good'],
    [80, 'good'],
    [79.99, 'fair'],
    [70, 'fair'],
    [69.99, 'average'],
    [50, 'average'],
    [49.99, 'weak'],
    [0, 'weak'],
  ])('%d points → %s', (points, grade) => {
    expect(gradeOf(points).id).toBe(grade);
  });

  it('"Tốt or better" is exactly ≥ 80', () => {
    expect(isGoodOrBetter(80)).toBe(true);
    expect(isGoodOrBetter(79.99)).toBe(false);
  });

  it('every version has groups that add up to 100 points', () => {
    for (const v of INDEX_VERSIONS) expect(v.groups.reduce((s, g) => s + g.maxPoints, 0)).toBe(100);
  });

  it('grades never go down when points go up', () => {
    const order = ['weak', 'average', 'fair', 'good', 'excellent'];
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(order.indexOf(gradeOf(lo).id)).toBeLessThanOrEqual(order.indexOf(gradeOf(hi).id));
        },
      ),
    );
  });
});

describe('QĐ 766 index versions', () => {
  it('are ordered by validFrom, and every group lists sub-indicators within its maximum', () => {
    const froms = INDEX_VERSIONS.map((v) => v.validFrom);
    expect([...froms].sort()).toEqual(froms);
    for (const v of INDEX_VERSIONS) {
      expect(maxTotalOf(v)).toBe(100);
      for (const g of v.groups) {
        const listed = g.indicators.reduce((s, i) => s + i.maxPoints, 0);
        expect(listed).toBeLessThanOrEqual(g.maxPoints);
      }
    }
  });

  it('the portal layout lists every sub-indicator of the metric list (they add up to each group)', () => {
    for (const g of INDEX_766_PORTAL_2025.groups)
      expect(g.indicators.reduce((s, i) => s + i.maxPoints, 0)).toBe(g.maxPoints);
    const mdhl = groupOf(INDEX_766_PORTAL_2025, 'MDHL')!;
    expect(mdhl.indicators.map((i) => [i.source, i.maxPoints])).toEqual([
      ['dossiers', 6],
      ['feedback', 6],
      ['feedback', 6],
    ]);
  });

  it('the 2022 decision has five groups, online services one group of 22 points', () => {
    expect(INDEX_766_DECISION_2022.groups.map((g) => [g.code, g.maxPoints])).toEqual([
      ['CKMB', 18],
      ['TDGQ', 20],
      ['DVCTT', 22],
      ['MDHL', 18],
      ['MDSH', 22],
    ]);
    expect(groupOf(INDEX_766_DECISION_2022, 'ONLINE_SERVICE')?.code).toBe('DVCTT');
    expect(INDEX_766_DECISION_2022.grades).toEqual(INDEX_766_PORTAL_2025.grades);
  });

  it.each([
    ['2022-06', '766-decision-2022'],
    ['2024-12', '766-decision-2022'],
    ['2025-06', '766-decision-2022'],
    ['2025-Q2', '766-decision-2022'],
    ['2025-07', '766-portal-2025'],
    ['2025-Q3', '766-portal-2025'],
    ['2025', '766-portal-2025'],
    ['2026-10', '766-portal-2025'],
  ])('period %s is scored under %s', (period, id) => {
    expect(indexVersionFor(period)?.id).toBe(id);
  });

  it('has no version for malformed periods or before the decision', () => {
    for (const p of ['2022-05', '2021', '2026-13', '2026-Q5', '03/2026', ''])
      expect(indexVersionFor(p)).toBeNull();
    expect(indexVersionById('766-portal-2025')).toBe(INDEX_766_PORTAL_2025);
    expect(indexVersionById('nope')).toBeNull();
  });

  it('says when two scores were made under different versions', () => {
    const a = { versionId: INDEX_766_DECISION_2022.id };
    const b = { versionId: INDEX_766_PORTAL_2025.id };
    expect(sameVersion(a, a)).toBe(true);
    expect(versionChange(b, b)).toBeNull();
    const change = versionChange(a, b)!;
    expect(sameVersion(a, b)).toBe(false);
    expect(change.changedGroups.sort()).toEqual(['CLGQ', 'DVCTT', 'TTTT']);
    expect(change.messageVi).toContain('Không so sánh trực tiếp');
  });
});

describe('rounding at the band edges (totals graded as published, to 2 decimals)', () => {
  it.each([
    [79.99, 'fair'],
    [79.994, 'fair'],
    [79.995, 'good'],
    [79.99999999, 'good'],
    [80, 'good'],
    [89.99, 'good'],
    [89.999999999, 'excellent'],
    [90, 'excellent'],
    [69.995, 'fair'],
    [49.994, 'weak'],
  ])('%d → %s', (points, grade) => {
    expect(gradeOf(points).id).toBe(grade);
    expect(gradeOf(points, INDEX_766_DECISION_2022).id).toBe(grade);
  });

  it('a float sum of group scores that should be 80 is Tốt', () => {
    const groups = [16.7, 12.41, 10.17, 8.69, 16.04, 15.99];
    const sum = groups.reduce((s, g) => s + g, 0);
    expect(sum).toBeLessThan(80);
    expect(roundPoints(sum)).toBe(80);
    expect(gradeOf(sum).id).toBe('good');
    expect(isGoodOrBetter(sum)).toBe(true);
  });

  it('roundPoints is idempotent and within half a hundredth', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (x) => {
        const r = roundPoints(x);
        expect(roundPoints(r)).toBe(r);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });
});
