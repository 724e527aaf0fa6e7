import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeOf, INDEX_766_PORTAL_2025, isGoodOrBetter } from '../../src/domain/index766.ts';
import type { Scorecard } from '../../src/domain/scorecard.ts';
import {
  progressSides,
  progressWhatItTakes,
  targetSummaries,
  targetSummary,
  unitGap,
} from '../../src/domain/target.ts';
import type { UnitGroup } from '../../src/domain/units.ts';

const V = INDEX_766_PORTAL_2025;

function card(
  unitId: string,
  total: number,
  groups: Record<string, number | null> = {},
  period = '2026-03',
): Scorecard {
  return {
    source: 'official',
    versionId: V.id,
    period,
    unitCode: null,
    unitName: unitId,
    unitId,
    groups,
    total,
    grade: gradeOf(total).id,
    rank: null,
    asOf: null,
  };
}

describe('targetSummary', () => {
  it('counts units at Tốt or better overall and per unit group, with the grade distribution', () => {
    const cards = [
      card('d1', 91),
      card('d2', 80),
      card('c1', 79.99),
      card('c2', 79.996),
      card('c3', 49),
      card('v1', 65),
    ];
    const group: Record<string, UnitGroup> = {
      d1: 'department',
      d2: 'department',
      c1: 'commune',
      c2: 'commune',
      c3: 'commune',
      v1: 'vertical',
    };
    const s = targetSummary('2026-03', cards, (c) => group[c.unitId!]!, V);
    // 79.996 is published as 80.00: Tốt.
    expect(s).toMatchObject({ units: 6, goodOrBetter: 3, share: 0.5 });
    expect(s.byUnitGroup).toEqual({
      department: { units: 2, goodOrBetter: 2, share: 1 },
      commune: { units: 3, goodOrBetter: 1, share: 1 / 3 },
      vertical: { units: 1, goodOrBetter: 0, share: 0 },
    });
    expect(s.grades).toEqual({ excellent: 1, good: 2, fair: 1, average: 1, weak: 1 });
  });

  it('gives one summary per period, in order, and no share without units', () => {
    const s = targetSummaries(
      [card('a', 85, {}, '2026-04'), card('a', 75, {}, '2026-03')],
      () => 'commune',
      V,
    );
    expect(s.map((x) => [x.period, x.goodOrBetter])).toEqual([
      ['2026-03', 0],
      ['2026-04', 1],
    ]);
    expect(targetSummary('2026-05', [], () => 'commune', V).share).toBeNull();
  });

  it('adds up: grades and unit groups both count every unit once', () => {
    const arbCard = fc.record({
      total: fc.double({ min: 0, max: 100, noNaN: true }),
      group: fc.constantFrom<UnitGroup>('department', 'commune', 'vertical', 'other'),
    });
    fc.assert(
      fc.property(fc.array(arbCard, { maxLength: 80 }), (rows) => {
        const cards = rows.map((r, i) => ({ ...card(String(i), r.total), group: r.group }));
        const s = targetSummary('2026-03', cards, (c) => (c as (typeof cards)[number]).group, V);
        expect(Object.values(s.grades).reduce((a, b) => a + b, 0)).toBe(s.units);
        expect(s.grades.excellent + s.grades.good).toBe(s.goodOrBetter);
        const groups = Object.values(s.byUnitGroup);
        expect(groups.reduce((a, g) => a + g.units, 0)).toBe(s.units);
        expect(groups.reduce((a, g) => a + g.goodOrBetter, 0)).toBe(s.goodOrBetter);
        expect(s.goodOrBetter).toBe(cards.filter((c) => isGoodOrBetter(c.total)).length);
      }),
    );
  });
});

describe('unitGap', () => {
  it('gives the gap to 80 and the groups that lost most against their maxima (ties in index order)', () => {
    const g = unitGap(card('u', 78.5, { CKMB: 14, TDGQ: 17, CLGQ: 9, TTTT: 6, MDSH: 18, MDHL: 14.5 }), V);
    expect(g.gap).toBeCloseTo(1.5, 12);
    expect(g.lostByGroup.map((l) => [l.code, l.lost])).toEqual([
      ['CKMB', 4],
      ['TTTT', 4],
      ['MDSH', 4],
      ['MDHL', 3.5],
      ['TDGQ', 3],
      ['CLGQ', 3],
    ]);
    expect(unitGap(card('u', 85, { CKMB: null }), V).gap).toBe(0);
    expect(unitGap(card('u', 50, { CKMB: null, TDGQ: 20 }), V).lostByGroup.at(-1)?.code).not.toBe('TDGQ');
  });
});

describe('progressWhatItTakes', () => {
  /*
   * A unit at 78.5 points: CKMB 14 + CLGQ 9 + TTTT 6 + MDSH 18 + MDHL 14.5 = 61.5 outside progress.
   * Progress counts: early 120 + onTime 40 + paused 4 + withinDeadline 6 = 170 good, late 12 +
   * overdue 18 = 30 bad, D = 200 → TDGQ = 20 × 170 / 200 = 17 → total 78.5.
   * To reach 80 TDGQ must be ≥ 18.5, i.e. good + k ≥ 18.5 × 200 / 20 = 185 → k = 15.
   * Check: k = 15 → 20 × 185 / 200 = 18.5 → 80.0; k = 14 → 18.4 → 79.9.
   */
  const sides = progressSides({
    early: 120,
    onTime: 40,
    paused: 4,
    withinDeadline: 6,
    late: 12,
    overdue: 18,
  });

  it('works out the 78.5-point unit by hand', () => {
    expect(sides).toEqual({ good: 170, bad: 30 });
    expect(progressWhatItTakes({ otherPoints: 61.5, ...sides, recoverable: 18 })).toEqual({
      kind: 'reachable',
      resolve: 15,
      progressPoints: 17,
      progressPointsAfter: 18.5,
    });
    // Only 10 of the 18 overdue-at-month-end dossiers are still due in the future.
    expect(progressWhatItTakes({ otherPoints: 61.5, ...sides, recoverable: 10 })).toMatchObject({
      kind: 'unreachable',
      reason: 'too-few-recoverable',
      resolveNeeded: 15,
    });
  });

  it('says when progress alone cannot get there, and when the unit is there already', () => {
    // 59 + 20 < 80: even a perfect progress ratio is not enough.
    expect(progressWhatItTakes({ otherPoints: 59, ...sides, recoverable: 30 })).toMatchObject({
      kind: 'unreachable',
      reason: 'progress-max-not-enough',
    });
    expect(progressWhatItTakes({ otherPoints: 70, good: 0, bad: 0, recoverable: 0 })).toMatchObject({
      kind: 'unreachable',
      reason: 'no-dossiers',
    });
    expect(progressWhatItTakes({ otherPoints: 63, ...sides, recoverable: 0 })).toEqual({
      kind: 'already',
      resolve: 0,
      progressPoints: 17,
    });
  });

  it('equals the smallest k found by trying k = 0, 1, 2, …', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 40, max: 80, noNaN: true }),
        fc.nat({ max: 400 }),
        fc.nat({ max: 400 }),
        fc.nat({ max: 400 }),
        (other, good, bad, recoverableRaw) => {
          const recoverable = Math.min(recoverableRaw, bad);
          const d = good + bad;
          const total = (k: number) => other + (d === 0 ? 0 : (20 * (good + k)) / d);
          let brute: number | null = null;
          for (let k = 0; k <= (d === 0 ? 0 : bad); k++) {
            if (isGoodOrBetter(total(k))) {
              brute = k;
              break;
            }
          }
          const r = progressWhatItTakes({ otherPoints: other, good, bad, recoverable });
          if (brute === null) expect(r.kind).toBe('unreachable');
          else if (brute === 0) expect(r.kind).toBe('already');
          else if (brute <= recoverable) expect(r).toMatchObject({ kind: 'reachable', resolve: brute });
          else
            expect(r).toMatchObject({
              kind: 'unreachable',
              reason: 'too-few-recoverable',
              resolveNeeded: brute,
            });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('equals brute force at exact boundaries too', () => {
    // other + 20 (good + k) / D lands exactly on 80 (and on 79.995) for some k.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.nat({ max: 300 }),
        fc.integer({ min: 0, max: 2000 }),
        (d, goodRaw, cents) => {
          const good = Math.min(goodRaw, d);
          const bad = d - good;
          const other = 60 + cents / 100;
          let brute: number | null = null;
          for (let k = 0; k <= bad; k++) {
            if (isGoodOrBetter(other + (20 * (good + k)) / d)) {
              brute = k;
              break;
            }
          }
          const r = progressWhatItTakes({ otherPoints: other, good, bad, recoverable: bad });
          if (brute === null) expect(r.kind).toBe('unreachable');
          else expect(r.kind === 'unreachable' ? r.resolveNeeded : r.resolve).toBe(brute);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
