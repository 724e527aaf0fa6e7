import {
  GOOD_THRESHOLD,
  type GradeId,
  gradeOf,
  type IndexVersion,
  isGoodOrBetter,
  roundPoints,
} from './index766.ts';
import type { ProgressCounts } from './rates.ts';
import type { Scorecard } from './scorecard.ts';
import type { UnitGroup } from './units.ts';

/**
 * The "100 % of units at Tốt" target (reference §5): how many units are there, how far the others
 * are, where they lose points, and what the progress group would need.
 */

export interface TargetShare {
  units: number;
  /** Units with total ≥ GOOD_THRESHOLD (Tốt or Xuất sắc). */
  goodOrBetter: number;
  /** goodOrBetter / units; null with no units. */
  share: number | null;
}

export interface TargetSummary extends TargetShare {
  period: string;
  byUnitGroup: Partial<Record<UnitGroup, TargetShare>>;
  grades: Record<GradeId, number>;
}

const UNIT_GROUPS: readonly UnitGroup[] = ['department', 'commune', 'vertical', 'other'];

function share(units: number, goodOrBetter: number): TargetShare {
  return { units, goodOrBetter, share: units === 0 ? null : goodOrBetter / units };
}

/**
 * Share and count of units at Tốt or better, overall and per unit group, plus the grade
 * distribution, for each period in `cards` (one card per unit and period expected). Grades are
 * recomputed from the totals under `version`, so cards of one version are judged alike.
 */
export function targetSummaries(
  cards: readonly Scorecard[],
  unitGroupOf: (card: Scorecard) => UnitGroup,
  version: IndexVersion,
): TargetSummary[] {
  const byPeriod = new Map<string, Scorecard[]>();
  for (const card of cards) {
    const list = byPeriod.get(card.period) ?? [];
    list.push(card);
    byPeriod.set(card.period, list);
  }
  return [...byPeriod.keys()]
    .sort()
    .map((period) => targetSummary(period, byPeriod.get(period)!, unitGroupOf, version));
}

export function targetSummary(
  period: string,
  cards: readonly Scorecard[],
  unitGroupOf: (card: Scorecard) => UnitGroup,
  version: IndexVersion,
): TargetSummary {
  const grades = Object.fromEntries(version.grades.map((g) => [g.id, 0])) as Record<GradeId, number>;
  const groupCounts = new Map<UnitGroup, { units: number; good: number }>();
  let good = 0;
  for (const card of cards) {
    grades[gradeOf(card.total, version).id]++;
    const isGood = isGoodOrBetter(card.total);
    if (isGood) good++;
    const group = unitGroupOf(card);
    const c = groupCounts.get(group) ?? { units: 0, good: 0 };
    c.units++;
    if (isGood) c.good++;
    groupCounts.set(group, c);
  }
  const byUnitGroup: Partial<Record<UnitGroup, TargetShare>> = {};
  for (const g of UNIT_GROUPS) {
    const c = groupCounts.get(g);
    if (c) byUnitGroup[g] = share(c.units, c.good);
  }
  return { period, ...share(cards.length, good), byUnitGroup, grades };
}

export interface GroupLoss {
  code: string;
  maxPoints: number;
  /** Null where the card has no score for the group. */
  points: number | null;
  /** maxPoints − points; null where points is null. */
  lost: number | null;
}

export interface UnitGap {
  total: number;
  /** Points missing to reach GOOD_THRESHOLD; 0 at Tốt or better (graded on the rounded total). */
  gap: number;
  /** Every group, the largest loss first; groups without a score last. */
  lostByGroup: GroupLoss[];
}

export function unitGap(card: Scorecard, version: IndexVersion): UnitGap {
  const lostByGroup = version.groups.map((g): GroupLoss => {
    const points = card.groups[g.code] ?? null;
    return {
      code: g.code,
      maxPoints: g.maxPoints,
      points,
      lost: points === null ? null : g.maxPoints - points,
    };
  });
  lostByGroup.sort((a, b) => (b.lost ?? Number.NEGATIVE_INFINITY) - (a.lost ?? Number.NEGATIVE_INFINITY));
  const gap = isGoodOrBetter(card.total) ? 0 : GOOD_THRESHOLD - card.total;
  return { total: card.total, gap, lostByGroup };
}

/**
 * The progress ratio's two sides (reference §4): `good` = early + onTime + paused + withinDeadline,
 * `bad` = late + overdue; the ratio is good / (good + bad).
 */
export function progressSides(c: ProgressCounts): { good: number; bad: number } {
  return { good: c.early + c.onTime + c.paused + c.withinDeadline, bad: c.late + c.overdue };
}

export interface WhatItTakesInput {
  /** Points of every group but the progress group, held fixed. */
  otherPoints: number;
  good: number;
  bad: number;
  /**
   * Dossiers counted in `bad` that can still become good: pending, not paused, due after the
   * as-of day but before the period's end (the month's metrics already count them overdue at its
   * end). An already overdue dossier cannot: resolved now it is late, which is still bad, and an
   * apology letter does not make it on time (reference §1, §3).
   */
  recoverable: number;
  /** The progress group's maximum (20). */
  maxPoints?: number;
  threshold?: number;
}

export type WhatItTakes =
  | { kind: 'already'; resolve: 0; progressPoints: number }
  | { kind: 'reachable'; resolve: number; progressPoints: number; progressPointsAfter: number }
  | {
      kind: 'unreachable';
      reason: 'no-dossiers' | 'progress-max-not-enough' | 'too-few-recoverable';
      /** How many would be needed if there were enough (null when even all of D would not do). */
      resolveNeeded: number | null;
      progressPoints: number;
    };

/**
 * The fewest recoverable dossiers to resolve on time for the total to reach the threshold,
 * holding the other groups.
 *
 * Derivation. Let D = good + bad (the ratio's denominator). Resolving k recoverable dossiers on
 * time moves k from bad to good and leaves D unchanged, so
 *   progress(k) = M × (good + k) / D                      (M = 20)
 * and the total crosses T = 80 when
 *   other + M (good + k) / D ≥ T  ⇔  k ≥ (T − other) D / M − good.
 * So k* = max(0, ⌈(T − other) D / M − good⌉), reachable iff k* ≤ recoverable. Two dead ends: with
 * D = 0 the portal scores progress 0 and there is nothing to resolve; with other + M < T even a
 * perfect ratio is not enough. Totals are graded rounded to 2 decimals (gradeOf), so T here is
 * 80 − 0.005; floating-point rounding can land the quotient one off the exact ceiling, so k* is
 * checked against the graded inequality itself and moved by one step if needed.
 *
 * Example (tests/domain/target.test.ts): other 61.5, good 170, bad 30, so D = 200, progress
 * 20 × 170 / 200 = 17, total 78.5; k ≥ (80 − 61.5) × 200 / 20 − 170 = 185 − 170 = 15.
 */
export function progressWhatItTakes(input: WhatItTakesInput): WhatItTakes {
  const max = input.maxPoints ?? 20;
  const threshold = input.threshold ?? GOOD_THRESHOLD;
  const { otherPoints: other, good, bad, recoverable } = input;
  const d = good + bad;
  const progressPoints = d === 0 ? 0 : (max * good) / d;
  const crosses = (k: number) => roundPoints(other + (max * (good + k)) / d) >= threshold;
  // roundPoints(x) ≥ T ⇔ x ≥ T − 0.005 (half-up rounding to 2 decimals).
  const exactThreshold = threshold - 0.005;
  if (d === 0) {
    return roundPoints(other) >= threshold
      ? { kind: 'already', resolve: 0, progressPoints }
      : { kind: 'unreachable', reason: 'no-dossiers', resolveNeeded: null, progressPoints };
  }
  if (crosses(0)) return { kind: 'already', resolve: 0, progressPoints };
  if (!crosses(bad)) {
    return { kind: 'unreachable', reason: 'progress-max-not-enough', resolveNeeded: null, progressPoints };
  }
  let k = Math.max(0, Math.ceil(((exactThreshold - other) * d) / max - good));
  if (k > 0 && crosses(k - 1)) k--;
  else if (!crosses(k)) k++;
  if (k > recoverable) {
    return { kind: 'unreachable', reason: 'too-few-recoverable', resolveNeeded: k, progressPoints };
  }
  return { kind: 'reachable', resolve: k, progressPoints, progressPointsAfter: (max * (good + k)) / d };
}
