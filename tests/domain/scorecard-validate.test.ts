import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gradeOf,
  INDEX_766_DECISION_2022,
  INDEX_766_PORTAL_2025,
  INDEX_VERSIONS,
  type IndexVersion,
  roundPoints,
} from '../../src/domain/index766.ts';
import type { Scorecard } from '../../src/domain/scorecard.ts';
import {
  buildScorecard,
  coverageOf,
  hasErrors,
  sumGroups,
  TOTAL_TOLERANCE_PER_GROUP,
  validateScorecard,
} from '../../src/domain/scorecard-validate.ts';

const FULL = { CKMB: 11.46, TDGQ: 17.63, CLGQ: 8.88, TTTT: 6.37, MDSH: 9.67, MDHL: 14.1 };

/** A clean province row with some fields replaced; the grade follows the total unless given. */
function card(over: Partial<Scorecard> = {}): Scorecard {
  const total = over.total ?? 68.11;
  return {
    ...buildScorecard({
      source: 'official',
      version: INDEX_766_PORTAL_2025,
      period: '2026',
      unitCode: 'H20',
      unitName: 'UBND tỉnh Đồng Tháp',
      groups: FULL,
      total: 68.11,
    }),
    ...over,
    ...(over.grade ? { grade: over.grade } : { grade: gradeOf(total).id }),
  };
}
const codes = (c: Scorecard) => validateScorecard(c).map((p) => p.code);

describe('validateScorecard: hand examples', () => {
  it('a published province row (Đồng Tháp 2026) is clean', () => {
    expect(validateScorecard(card())).toEqual([]);
    expect(card().grade).toBe('average');
  });

  it('a group above its maximum or below 0 is an error', () => {
    const above = validateScorecard(card({ groups: { ...FULL, CLGQ: 12.01 }, total: 71.24 }));
    expect(above.map((p) => [p.code, p.field, p.severity])).toEqual([['group_above_max', 'CLGQ', 'error']]);
    expect(codes(card({ groups: { ...FULL, CLGQ: 12 }, total: 71.23 }))).toEqual([]);
    expect(codes(card({ groups: { ...FULL, TTTT: -0.5 }, total: 61.24 }))).toEqual(['group_below_zero']);
  });

  it('a total that is not the sum of its groups, beyond 0.01 per group, is an error', () => {
    // Six groups: up to 0.06 of rounding is allowed.
    expect(codes(card({ total: 68.17 }))).toEqual([]);
    expect(codes(card({ total: 68.05 }))).toEqual([]);
    expect(codes(card({ total: 68.18 }))).toEqual(['total_mismatch']);
    expect(TOTAL_TOLERANCE_PER_GROUP).toBe(0.01);
  });

  it('a grade that does not match the bands is a warning, checked for the printed grade too', () => {
    const wrong = validateScorecard(card({ grade: 'good' }));
    expect(wrong.map((p) => [p.code, p.severity])).toEqual([['grade_mismatch', 'warning']]);
    expect(validateScorecard(card(), { publishedGrade: 'fair' }).map((p) => p.code)).toEqual([
      'grade_mismatch',
    ]);
    expect(validateScorecard(card(), { publishedGrade: 'average' })).toEqual([]);
  });

  it('a missing unit name, a total out of 0–100, an unknown group or version are errors', () => {
    expect(codes(card({ unitName: '  ' }))).toEqual(['missing_unit_name']);
    expect(codes(card({ groups: {}, total: 100.5 }))).toEqual(['total_out_of_range']);
    expect(codes(card({ groups: { ...FULL, DVCTT: 10 } }))).toContain('unknown_group');
    expect(codes(card({ versionId: 'x' }))).toEqual(['unknown_version']);
  });

  it('a card with only a total is fine; one with some groups is partial', () => {
    const totalOnly = card({ groups: {}, total: 79.27, grade: 'fair' });
    expect(validateScorecard(totalOnly)).toEqual([]);
    expect(coverageOf(totalOnly, INDEX_766_PORTAL_2025)).toBe('total-only');
    const partial = buildScorecard({
      source: 'official',
      version: INDEX_766_PORTAL_2025,
      period: '2026-08',
      unitCode: 'H44',
      unitName: 'UBND tỉnh Phú Thọ',
      groups: { TDGQ: 15.68 },
      total: null,
    });
    expect(partial.total).toBe(15.68);
    expect(coverageOf(partial, INDEX_766_PORTAL_2025)).toBe('partial');
    expect(codes(partial)).toEqual(['partial_groups']);
  });

  it('buildScorecard sums missing totals as published (2 decimals) and grades them', () => {
    const c = buildScorecard({
      source: 'estimate',
      version: INDEX_766_DECISION_2022,
      period: '2024-05',
      unitCode: null,
      unitName: 'UBND xã A',
      groups: { CKMB: 16.7, TDGQ: 12.41, DVCTT: 18.86, MDHL: 16.04, MDSH: 15.99 },
      total: null,
    });
    expect(c.total).toBe(80);
    expect(c.grade).toBe('good');
    expect(Object.keys(c.groups)).toEqual(['CKMB', 'TDGQ', 'DVCTT', 'MDHL', 'MDSH']);
  });
});

/** Valid scorecards the way the portal makes them: unrounded group points, each and the total rounded. */
const versionArb = fc.constantFrom(...INDEX_VERSIONS);
const validCard = versionArb.chain((version: IndexVersion) =>
  fc
    .tuple(...version.groups.map((g) => fc.double({ min: 0, max: g.maxPoints, noNaN: true })))
    .map((points) => {
      const groups: Record<string, number> = {};
      version.groups.forEach((g, i) => {
        groups[g.code] = roundPoints(points[i]!);
      });
      const total = roundPoints(points.reduce((s, p) => s + p, 0));
      return buildScorecard({
        source: 'official',
        version,
        period: version.validFrom,
        unitCode: null,
        unitName: 'Đơn vị',
        groups,
        total,
      });
    }),
);

describe('validateScorecard: properties', () => {
  it('portal-style rounded scorecards validate cleanly and their total is the sum of groups within tolerance', () => {
    fc.assert(
      fc.property(validCard, (c) => {
        expect(validateScorecard(c)).toEqual([]);
        const n = Object.keys(c.groups).length;
        expect(Math.abs(sumGroups(c.groups) - c.total)).toBeLessThanOrEqual(
          TOTAL_TOLERANCE_PER_GROUP * n + 1e-9,
        );
      }),
    );
  });

  it('a scorecard without errors never has a group above its maximum or below 0', () => {
    const anyCard = versionArb.chain((version) =>
      fc
        .tuple(
          ...version.groups.map((g) =>
            fc.option(fc.double({ min: -5, max: g.maxPoints + 5, noNaN: true }), { nil: null }),
          ),
          fc.double({ min: -10, max: 110, noNaN: true }),
        )
        .map((values) => {
          const groups: Record<string, number | null> = {};
          version.groups.forEach((g, i) => {
            groups[g.code] = values[i] as number | null;
          });
          const total = values[values.length - 1] as number;
          return {
            version,
            card: buildScorecard({
              source: 'official',
              version,
              period: version.validFrom,
              unitCode: null,
              unitName: 'X',
              groups,
              total,
            }),
          };
        }),
    );
    fc.assert(
      fc.property(anyCard, ({ version, card: c }) => {
        if (hasErrors(validateScorecard(c))) return;
        for (const g of version.groups) {
          const p = c.groups[g.code];
          if (p === null || p === undefined) continue;
          expect(p).toBeLessThanOrEqual(g.maxPoints + 1e-9);
          expect(p).toBeGreaterThanOrEqual(-1e-9);
        }
        expect(c.total).toBeGreaterThanOrEqual(-1e-9);
        expect(c.total).toBeLessThanOrEqual(100 + 1e-9);
      }),
    );
  });

  it('the grade of a built scorecard is monotonic in its total', () => {
    const order = ['weak', 'average', 'fair', 'good', 'excellent'];
    fc.assert(
      fc.property(validCard, validCard, (a, b) => {
        if (a.versionId !== b.versionId) return;
        const [lo, hi] = a.total <= b.total ? [a, b] : [b, a];
        expect(order.indexOf(lo.grade)).toBeLessThanOrEqual(order.indexOf(hi.grade));
        expect(a.grade).toBe(gradeOf(a.total).id);
      }),
    );
  });
});
