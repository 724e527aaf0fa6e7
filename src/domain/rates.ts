/**
 * The rates of reference §3–§4, as pure functions of counts. A zero denominator means "no data":
 * null, never 0 % or 100 %.
 */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export interface OnTimeCounts {
  early: number;
  onTime: number;
  late: number;
}

/** Tỷ lệ đúng hạn (Biểu 06): (early + onTime) / (early + onTime + late). */
export function onTimeRate(c: OnTimeCounts): number | null {
  return ratio(c.early + c.onTime, c.early + c.onTime + c.late);
}

export interface ProgressCounts extends OnTimeCounts {
  paused: number;
  withinDeadline: number;
  overdue: number;
}

/** Tiến độ theo QĐ 766: (early + onTime + paused + withinDeadline) / (… + late + overdue). */
export function progressRate766(c: ProgressCounts): number | null {
  const good = c.early + c.onTime + c.paused + c.withinDeadline;
  return ratio(good, good + c.late + c.overdue);
}

export const PROGRESS_MAX_POINTS = 20;

/** The 766 progress group score: 20 × the progress ratio, null when the ratio is null. */
export function progressScore766(c: ProgressCounts): number | null {
  const r = progressRate766(c);
  return r === null ? null : PROGRESS_MAX_POINTS * r;
}

/**
 * The national portal's own progress score: a unit with nothing received gets 0 points, not
 * "no data". Use only to reproduce published scores; our screens show progressScore766.
 */
export function portalProgressScore(c: ProgressCounts): number {
  return progressScore766(c) ?? 0;
}

export const SATISFACTION_MAX_POINTS = 6;

export interface SatisfactionCounts {
  received: number;
  late: number;
  overdue: number;
  dissatisfiedNotLate: number;
}

/**
 * 766 "Hài lòng trong tiếp nhận, giải quyết TTHC" (6 points):
 * r = 1 − (late + overdue + dissatisfied-but-not-late) / received; score = min(6, 6 r / 0.9);
 * 0 points with no dossiers.
 */
export function satisfactionScore766(c: SatisfactionCounts): number {
  if (c.received === 0) return 0;
  const r = 1 - (c.late + c.overdue + c.dissatisfiedNotLate) / c.received;
  return Math.min(SATISFACTION_MAX_POINTS, (SATISFACTION_MAX_POINTS * r) / 0.9);
}
