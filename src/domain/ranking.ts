/** Values closer than this count as equal, so floating-point noise in rates cannot break a tie. */
const TIE_PRECISION = 1e-9;

/** Monotone, so rounding can merge neighbours into a tie but never swap their order. */
const tieKey = (value: number) => Math.round(value / TIE_PRECISION);

/**
 * Competition ranking ("1, 2, 2, 4") within each group: a unit's rank is 1 + the number of units
 * in its group with a strictly better value. Null (and NaN) values are unranked. Ids are expected
 * to be unique; the result has one entry per id.
 */
export function rankWithinGroups<T extends { id: string; group: string; value: number | null }>(
  items: readonly T[],
  opts: { higherIsBetter: boolean },
): Map<string, number | null> {
  const ranks = new Map<string, number | null>();
  const byGroup = new Map<string, { id: string; key: number }[]>();
  for (const item of items) {
    if (item.value === null || Number.isNaN(item.value)) {
      ranks.set(item.id, null);
      continue;
    }
    let members = byGroup.get(item.group);
    if (!members) {
      members = [];
      byGroup.set(item.group, members);
    }
    members.push({ id: item.id, key: tieKey(item.value) });
  }
  const direction = opts.higherIsBetter ? -1 : 1;
  // Compared, not subtracted: Infinity − Infinity would be NaN.
  const byValue = (a: { key: number }, b: { key: number }) =>
    a.key === b.key ? 0 : direction * (a.key < b.key ? -1 : 1);
  for (const members of byGroup.values()) {
    members.sort(byValue);
    let rank = 0;
    members.forEach((member, index) => {
      if (index === 0 || member.key !== members[index - 1]!.key) rank = index + 1;
      ranks.set(member.id, rank);
    });
  }
  return ranks;
}

/**
 * Places gained since the previous ranking (previous rank − current rank; negative: places lost),
 * for every id of `current`; null when the unit is unranked in either.
 */
export function rankChange(
  current: ReadonlyMap<string, number | null>,
  previous: ReadonlyMap<string, number | null>,
): Map<string, number | null> {
  const changes = new Map<string, number | null>();
  for (const [id, rank] of current) {
    const before = previous.get(id);
    changes.set(id, rank === null || before === null || before === undefined ? null : before - rank);
  }
  return changes;
}
