/**
 * Dossier times are Asia/Ho_Chi_Minh wall-clock times. Vietnam keeps UTC+7 all year (no DST), so a
 * wall-clock reading maps one-to-one onto a number line: we store it as the milliseconds that
 * `Date.UTC` gives for the same reading. Day arithmetic is then plain integer arithmetic and no
 * code path ever depends on the machine's time zone.
 */
export type WallTime = number;

export const MS_PER_DAY = 86_400_000;
/** Offset of Asia/Ho_Chi_Minh from UTC, for converting real instants (e.g. `Date.now()`). */
export const VN_OFFSET_MS = 7 * 3_600_000;

export function wallTime(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): WallTime {
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** Day number (days since 1970-01-01) of the wall-clock calendar day containing `t`. */
export function dayOf(t: WallTime): number {
  return Math.floor(t / MS_PER_DAY);
}

export function startOfDay(t: WallTime): WallTime {
  return dayOf(t) * MS_PER_DAY;
}

/** Last millisecond of the calendar day: what a date-only deadline means. */
export function endOfDay(t: WallTime): WallTime {
  return startOfDay(t) + MS_PER_DAY - 1;
}

/** The wall-clock time in Vietnam at a real instant. */
export function wallTimeFromInstant(epochMs: number): WallTime {
  return epochMs + VN_OFFSET_MS;
}

export function instantFromWallTime(t: WallTime): number {
  return t - VN_OFFSET_MS;
}

/** `yyyy-MM-dd` of a wall time. */
export function isoDate(t: WallTime): string {
  return new Date(startOfDay(t)).toISOString().slice(0, 10);
}

/** ISO 8601 with the +07:00 offset, e.g. `2024-03-15T08:30:00+07:00`. */
export function isoDateTime(t: WallTime): string {
  return `${new Date(t).toISOString().slice(0, 19)}+07:00`;
}

/** Parses a strict `yyyy-MM-dd` into the start of that day, or null. */
export function parseIsoDate(text: string): WallTime | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = wallTime(y, mo, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t;
}
