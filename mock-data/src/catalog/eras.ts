import { parseIsoDate, type WallTime } from '../../../src/domain/time.ts';

function day(text: string): WallTime {
  const t = parseIsoDate(text);
  if (t === null) throw new RangeError(`bad date ${text}`);
  return t;
}

/** 1 March 2025: provincial departments merged (e.g. Tài nguyên và Môi trường + Nông nghiệp → NN&MT). */
export const DEPARTMENT_MERGER_DAY = day('2025-03-01');
/** 1 July 2025: two-tier local government; districts are gone, An Giang and Kiên Giang are one province. */
export const TWO_TIER_DAY = day('2025-07-01');

/** The unit set changes only on these days, so everything that depends on it is cached per era. */
export type Era = 0 | 1 | 2;

export function eraOf(t: WallTime): Era {
  if (t < DEPARTMENT_MERGER_DAY) return 0;
  return t < TWO_TIER_DAY ? 1 : 2;
}

export interface ActiveSpan {
  /** First era the unit works in. */
  fromEra?: Era;
  /** Last era the unit works in. */
  toEra?: Era;
}

export function isActiveIn(span: ActiveSpan, era: Era): boolean {
  return era >= (span.fromEra ?? 0) && era <= (span.toEra ?? 2);
}
