import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankChange, rankWithinGroups } from '../../src/domain/ranking.ts';

interface Item {
  id: string;
  group: string;
  value: number | null;
}

const items = (group: string, values: (number | null)[]): Item[] =>
  values.map((value, i) => ({ id: `${group}${i}`, group, value }));

describe('rankWithinGroups by hand', () => {
  it('gives competition ranks, ties sharing a rank (1, 2, 2, 4)', () => {
    const ranks = rankWithinGroups(items('d', [0.99, 0.95, 0.97, 0.97]), { higherIsBetter: true });
    expect([...ranks]).toEqual([
      ['d0', 1],
      ['d2', 2],
      ['d3', 2],
      ['d1', 4],
    ]);
  });

  it('ranks the lowest first when lower is better', () => {
    const ranks = rankWithinGroups(items('d', [3, 0, 7, 0]), { higherIsBetter: false });
    expect([ranks.get('d1'), ranks.get('d3'), ranks.get('d0'), ranks.get('d2')]).toEqual([1, 1, 3, 4]);
  });

  it('ranks each group on its own', () => {
    const ranks = rankWithinGroups([...items('dept', [0.5, 0.9]), ...items('commune', [0.1, 0.7, 0.7])], {
      higherIsBetter: true,
    });
    expect(Object.fromEntries(ranks)).toEqual({ dept0: 2, dept1: 1, commune0: 3, commune1: 1, commune2: 1 });
  });

  it('leaves null and NaN unranked without taking a place', () => {
    const ranks = rankWithinGroups(items('c', [null, 0.8, Number.NaN, 0.9]), { higherIsBetter: true });
    expect(Object.fromEntries(ranks)).toEqual({ c0: null, c1: 2, c2: null, c3: 1 });
  });

  it('treats floating noise as a tie but a real difference as none', () => {
    const noisy = rankWithinGroups(items('x', [0.1 + 0.2, 0.3, 0.3 - 1e-12]), { higherIsBetter: true });
    expect([...noisy.values()]).toEqual([1, 1, 1]);
    const distinct = rankWithinGroups(items('x', [0.3, 0.3 + 1e-6]), { higherIsBetter: true });
    expect(Object.fromEntries(distinct)).toEqual({ x0: 2, x1: 1 });
  });

  it('handles infinities without breaking the order', () => {
    const ranks = rankWithinGroups(items('x', [1, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1]), {
      higherIsBetter: true,
    });
    expect(Object.fromEntries(ranks)).toEqual({ x0: 2, x1: 1, x2: 4, x3: 2 });
  });
});

describe('rankChange', () => {
  it('is previous − current, null when either is unranked, and covers only current ids', () => {
    const current = new Map<string, number | null>([
      ['a', 1],
      ['b', 3],
      ['c', null],
      ['d', 2],
    ]);
    const previous = new Map<string, number | null>([
      ['a', 4],
      ['b', 2],
      ['c', 1],
      ['e', 1],
    ]);
    expect(Object.fromEntries(rankChange(current, previous))).toEqual({ a: 3, b: -1, c: null, d: null });
  });
});

describe('rankWithinGroups properties', () => {
  const value = fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 20 }).map((n) => n / 20) },
    // Spaced well above the tie precision, so "strictly better" is unambiguous.
    {
      weight: 2,
      arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => Math.round(v * 1e3) / 1e3),
    },
  );
  const itemList = fc
    .array(fc.tuple(fc.constantFrom('department', 'commune', 'vertical'), value), { maxLength: 60 })
    .map((rows) => rows.map(([group, v], i): Item => ({ id: `u${i}`, group, value: v })));
  const direction = fc.boolean();

  const groupsOf = (list: Item[]) => {
    const groups = new Map<string, Item[]>();
    for (const item of list) {
      const members = groups.get(item.group) ?? [];
      members.push(item);
      groups.set(item.group, members);
    }
    return groups;
  };

  it('gives every ranked unit a rank in 1..n (n = ranked units in its group), nulls unranked', () => {
    fc.assert(
      fc.property(itemList, direction, (list, higherIsBetter) => {
        const ranks = rankWithinGroups(list, { higherIsBetter });
        return [...groupsOf(list).values()].every((members) => {
          const n = members.filter((m) => m.value !== null).length;
          return members.every((m) => {
            const rank = ranks.get(m.id);
            return m.value === null ? rank === null : rank !== null && rank! >= 1 && rank! <= n;
          });
        });
      }),
    );
  });

  it('gives the best value rank 1 and equal values the same rank', () => {
    fc.assert(
      fc.property(itemList, direction, (list, higherIsBetter) => {
        const ranks = rankWithinGroups(list, { higherIsBetter });
        return [...groupsOf(list).values()].every((members) => {
          const ranked = members.filter((m) => m.value !== null);
          if (ranked.length === 0) return true;
          const values = ranked.map((m) => m.value!);
          const best = higherIsBetter ? Math.max(...values) : Math.min(...values);
          const bestHaveRankOne = ranked.every((m) => (m.value === best) === (ranks.get(m.id) === 1));
          const equalShare = ranked.every((a) =>
            ranked.every((b) => a.value !== b.value || ranks.get(a.id) === ranks.get(b.id)),
          );
          return bestHaveRankOne && equalShare;
        });
      }),
    );
  });

  it('rank = 1 + strictly better units; so at least r units have rank ≤ r', () => {
    fc.assert(
      fc.property(itemList, direction, (list, higherIsBetter) => {
        const ranks = rankWithinGroups(list, { higherIsBetter });
        return [...groupsOf(list).values()].every((members) => {
          const ranked = members.filter((m) => m.value !== null);
          return ranked.every((m) => {
            const r = ranks.get(m.id)!;
            const better = ranked.filter((o) => (higherIsBetter ? o.value! > m.value! : o.value! < m.value!));
            const atMostR = ranked.filter((o) => ranks.get(o.id)! <= r);
            return r === better.length + 1 && atMostR.length >= r;
          });
        });
      }),
    );
  });

  it('does not depend on the order of the items', () => {
    fc.assert(
      fc.property(
        itemList.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        direction,
        ([list, shuffled], higherIsBetter) => {
          const a = rankWithinGroups(list, { higherIsBetter });
          const b = rankWithinGroups(shuffled, { higherIsBetter });
          return a.size === b.size && [...a].every(([id, rank]) => b.get(id) === rank);
        },
      ),
    );
  });

  it('rankChange of a ranking against itself is 0 for ranked units, null otherwise', () => {
    fc.assert(
      fc.property(itemList, (list) => {
        const ranks = rankWithinGroups(list, { higherIsBetter: true });
        return [...rankChange(ranks, ranks)].every(
          ([id, change]) => change === (ranks.get(id) === null ? null : 0),
        );
      }),
    );
  });
});
