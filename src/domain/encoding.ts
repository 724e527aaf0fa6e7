import type { WallTime } from './time.ts';

/** How the dossier table encodes values: times as Int32 seconds since 2000, enums as small codes. */
export const NO_TIME = -2147483648;
const EPOCH_2000_MS = Date.UTC(2000, 0, 1);

export function toTableTime(t: WallTime | null): number {
  return t === null ? NO_TIME : Math.floor((t - EPOCH_2000_MS) / 1000);
}

export function fromTableTime(s: number): WallTime | null {
  return s === NO_TIME ? null : s * 1000 + EPOCH_2000_MS;
}

/** Status codes in the table. 0 is "unknown status: counts by its dates". */
export const STATUS = { unknown: 0, pending: 1, paused: 2, finished: 3, withdrawn: 4 } as const;
export const STATUS_NAMES = ['unknown', 'pending', 'paused', 'finished', 'withdrawn'] as const;
/** Rating codes: 0 = not rated, then RATINGS order + 1. */
export const NOT_RATED = 0;
