/**
 * A copy of `s` that shares no memory with it. V8 represents a substring of 13+ characters as a
 * slice that keeps its whole parent alive; a parser's cell strings are slices of a 64 KB input
 * chunk, so anything long-lived (a cache key, a dictionary entry) must hold a copy instead.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : s.split('').join('');
}
