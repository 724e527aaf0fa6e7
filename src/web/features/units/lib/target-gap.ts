/** Where a rate stands against its target. */
export type TargetGap =
  | { kind: 'noTarget' }
  | { kind: 'noData' }
  | { kind: 'reached' }
  | { kind: 'short' /** Percentage points still missing, > 0. */; points: number };

/** Rates are fractions; the distance is in percentage points (0.9675 against 0.98 → 1.25). */
export function targetGap(value: number | null, target: number | undefined): TargetGap {
  if (target === undefined) return { kind: 'noTarget' };
  if (value === null || !Number.isFinite(value)) return { kind: 'noData' };
  // Rounded to what the page shows, so "99,99 %" against 99,99 % never reads "còn thiếu 0,00".
  const points = Math.round((target - value) * 100 * 100) / 100;
  return points <= 0 ? { kind: 'reached' } : { kind: 'short', points };
}
