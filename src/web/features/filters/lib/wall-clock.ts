/**
 * A wall-clock ISO text (`2025-03-31T17:30:00+07:00`, or just `2025-03-31`) as dd/MM/yyyy HH:mm,
 * read from its digits: it is already Vietnam time, so no time-zone conversion may shift it.
 */
export function wallClockLabel(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const day = `${m[3]}/${m[2]}/${m[1]}`;
  return m[4] === undefined ? day : `${day} ${m[4]}:${m[5]}`;
}
