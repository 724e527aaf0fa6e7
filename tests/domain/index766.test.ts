import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeOf, INDEX_VERSIONS, isGoodOrBetter } from '../../src/domain/index766.ts';

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
