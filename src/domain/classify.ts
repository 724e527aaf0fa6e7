import { NO_TIME, STATUS } from './encoding.ts';

/**
 * Where one dossier stands in a period [S, E) — the single definition of reference §3 that every
 * count, rate and list is built on. Works on the table's time encoding (seconds, NO_TIME = null)
 * and returns a small integer so the aggregation loop allocates nothing.
 *
 * The result is NOT_IN_PERIOD, or one outcome below plus CARRIED_OVER when received before S.
 */
export const NOT_IN_PERIOD = 0;
export const EARLY = 1;
export const ON_TIME = 2;
export const LATE = 3;
/** Resolved in the period, without a deadline. */
export const RESOLVED_NO_DEADLINE = 4;
/** Pending at E with a paused status: the clock is stopped, with or without a deadline. */
export const PAUSED = 5;
export const OVERDUE = 6;
export const WITHIN_DEADLINE = 7;
/** Pending at E, not paused, without a deadline. */
export const PENDING_NO_DEADLINE = 8;
export const OUTCOME_MASK = 0xf;
export const CARRIED_OVER = 0x10;

const SECONDS_PER_DAY = 86_400;

/**
 * How a finished dossier was resolved against its deadline — early, on time (same calendar day,
 * not after the due time), late, or without a deadline — or 0 while it has no finishedAt. It does
 * not depend on the period, so the table computes it once per dossier.
 */
export function resolutionOf(dueAt: number, finishedAt: number): number {
  if (finishedAt === NO_TIME) return 0;
  if (dueAt === NO_TIME) return RESOLVED_NO_DEADLINE;
  if (finishedAt > dueAt) return LATE;
  return Math.floor(finishedAt / SECONDS_PER_DAY) < Math.floor(dueAt / SECONDS_PER_DAY) ? EARLY : ON_TIME;
}

/** `resolution` is resolutionOf(dueAt, finishedAt), precomputed by the table. */
export function classifyInPeriod(
  receivedAt: number,
  dueAt: number,
  finishedAt: number,
  resolution: number,
  status: number,
  start: number,
  end: number,
): number {
  if (receivedAt >= end) return NOT_IN_PERIOD;
  const finished = finishedAt !== NO_TIME;
  if (finished && finishedAt < start) return NOT_IN_PERIOD;
  const carried = receivedAt < start ? CARRIED_OVER : 0;
  if (finished && finishedAt < end) return carried | resolution;
  if (status === STATUS.paused) return carried | PAUSED;
  if (dueAt === NO_TIME) return carried | PENDING_NO_DEADLINE;
  return carried | (dueAt < end ? OVERDUE : WITHIN_DEADLINE);
}

export function isResolvedOutcome(outcome: number): boolean {
  const o = outcome & OUTCOME_MASK;
  return o >= EARLY && o <= RESOLVED_NO_DEADLINE;
}
