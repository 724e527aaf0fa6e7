/** What an edit changed, for the audit log: keys added, removed and changed (each list capped). */
export interface KeyedDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

const CAP = 50;

export function diffByKey<T>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => string,
): KeyedDiff {
  const old = new Map(before.map((item) => [keyOf(item), JSON.stringify(item)]));
  const now = new Map(after.map((item) => [keyOf(item), JSON.stringify(item)]));
  const added = [...now.keys()].filter((k) => !old.has(k));
  const removed = [...old.keys()].filter((k) => !now.has(k));
  const changed = [...now.entries()].filter(([k, v]) => old.has(k) && old.get(k) !== v).map(([k]) => k);
  return { added: added.slice(0, CAP), removed: removed.slice(0, CAP), changed: changed.slice(0, CAP) };
}

/** Top-level fields whose value changed, with both values. */
export function diffFields(before: object, after: object): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) out[key] = { from: a[key], to: b[key] };
  }
  return out;
}
