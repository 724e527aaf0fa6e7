import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Feedback,
  type FeedbackRating,
  feedbackMetrics,
  feedbackMetricsByUnit,
  handledLabel,
  noFeedbackMetrics,
} from '../../src/domain/feedback.ts';
import { monthPeriod } from '../../src/domain/period.ts';
import { endOfDay, wallTime } from '../../src/domain/time.ts';
import { createUnitResolver } from '../../src/domain/units.ts';

const MARCH = monthPeriod(2026, 3);
const day = (m: number, d: number, h = 9) => wallTime(2026, m, d, h);
const due = (m: number, d: number) => endOfDay(wallTime(2026, m, d));

function item(code: string, over: Partial<Feedback>): Feedback {
  return {
    code,
    unit: 'UBND xã Mỹ Hòa Hưng',
    receivedAt: day(3, 2),
    dueAt: due(3, 16),
    handledAt: null,
    category: null,
    rating: null,
    ...over,
  };
}

describe('feedback metrics (hand-worked, March 2026)', () => {
  const items = [
    // carried over from February, answered on time in March, liked
    item('A', { receivedAt: day(2, 20), dueAt: due(3, 5), handledAt: day(3, 2), rating: 'satisfied' }),
    // answered after its deadline: late
    item('B', { receivedAt: day(3, 3), dueAt: due(3, 17), handledAt: day(3, 20) }),
    // answered on time but disliked
    item('C', { receivedAt: day(3, 10), dueAt: due(3, 24), handledAt: day(3, 12), rating: 'dissatisfied' }),
    // pending at 1 April, due 8 April: within deadline
    item('D', { receivedAt: day(3, 25), dueAt: due(4, 8) }),
    // pending at 1 April, due 19 March: overdue
    item('E', { receivedAt: day(3, 5), dueAt: due(3, 19) }),
    // answered in February: not in March at all
    item('F', { receivedAt: day(2, 1), dueAt: due(2, 14), handledAt: day(2, 10) }),
    // received in April: not yet
    item('G', { receivedAt: day(4, 2), dueAt: due(4, 16) }),
  ];

  it('counts received, handled, on time, likes and dislikes', () => {
    const m = feedbackMetrics(items, MARCH);
    expect(m).toMatchObject({
      received: 5,
      carriedOver: 1,
      new: 4,
      handled: 3,
      handledOnTime: 2,
      handledLate: 1,
      pending: 2,
      pendingWithinDeadline: 1,
      pendingOverdue: 1,
      likes: 1,
      dislikes: 1,
      dislikedOrLate: 2,
    });
    expect(handledLabel(m)).toBe('3/5');
  });

  it('scores the two MDHL feedback indicators', () => {
    const m = feedbackMetrics(items, MARCH);
    // on time: (2 answered on time + 1 pending within deadline) / 5 = 0.6 → 6 × 0.6 = 3.6
    expect(m.onTimeRate).toBeCloseTo(0.6, 12);
    expect(m.onTimeScore).toBeCloseTo(3.6, 12);
    // satisfaction: (3 answered − B late − C disliked) / 3 answered = 1/3 → 2 points
    expect(m.satisfactionRate).toBeCloseTo(1 / 3, 12);
    expect(m.satisfactionScore).toBeCloseTo(2, 12);
  });

  it('gives full marks to a unit with no feedback', () => {
    const none = feedbackMetrics([], MARCH);
    expect(none.received).toBe(0);
    expect(none.onTimeRate).toBeNull();
    expect(none.satisfactionRate).toBeNull();
    expect(none.onTimeScore + none.satisfactionScore).toBe(12);
    expect(noFeedbackMetrics()).toEqual(none);
  });

  it('gives the satisfaction indicator full marks while nothing is answered yet', () => {
    const m = feedbackMetrics([items[4]!], MARCH);
    expect(m.onTimeScore).toBe(0);
    expect(m.satisfactionScore).toBe(6);
  });

  it('leaves items without a deadline out of the on-time ratio', () => {
    const m = feedbackMetrics([item('X', { dueAt: null, handledAt: day(3, 4) }), items[1]!], MARCH);
    expect(m.handledNoDeadline).toBe(1);
    expect(m.onTimeRate).toBe(0);
  });

  it('joins spellings of one unit, and lists only units with feedback in the period', () => {
    const byUnit = feedbackMetricsByUnit(
      [
        item('1', { unit: 'UBND xã Mỹ Hòa Hưng' }),
        item('2', { unit: 'Ủy ban nhân dân xã Mỹ Hoà Hưng' }),
        item('3', { unit: 'Sở Xây dựng', receivedAt: day(4, 3) }),
      ],
      MARCH,
      createUnitResolver(),
    );
    expect([...byUnit.values()].map((u) => [u.unit.name, u.metrics.received])).toEqual([
      ['UBND xã Mỹ Hòa Hưng', 2],
    ]);
  });
});

const RATINGS: (FeedbackRating | null)[] = ['satisfied', 'neutral', 'dissatisfied', null];
const HOUR = 3_600_000;
const arbItem = fc
  .record({
    received: fc.integer({ min: -60 * 24, max: 45 * 24 }),
    dueAfter: fc.option(fc.integer({ min: 0, max: 30 * 24 })),
    handledAfter: fc.option(fc.integer({ min: 0, max: 40 * 24 })),
    rating: fc.constantFrom(...RATINGS),
  })
  .map(
    ({ received, dueAfter, handledAfter, rating }): Feedback => ({
      code: 'x',
      unit: 'u',
      receivedAt: MARCH.from + received * HOUR,
      dueAt: dueAfter === null ? null : MARCH.from + (received + dueAfter) * HOUR,
      handledAt: handledAfter === null ? null : MARCH.from + (received + handledAfter) * HOUR,
      category: null,
      rating,
    }),
  );

describe('feedback metrics properties', () => {
  it('hold their identities and keep both scores within 0–6', () => {
    fc.assert(
      fc.property(fc.array(arbItem, { maxLength: 60 }), (items) => {
        const m = feedbackMetrics(items, MARCH);
        expect(m.carriedOver + m.new).toBe(m.received);
        expect(m.handled + m.pending).toBe(m.received);
        expect(m.handledOnTime + m.handledLate + m.handledNoDeadline).toBe(m.handled);
        expect(m.pendingWithinDeadline + m.pendingOverdue + m.pendingNoDeadline).toBe(m.pending);
        expect(m.dislikedOrLate).toBeLessThanOrEqual(m.dislikes + m.handledLate);
        expect(m.dislikedOrLate).toBeGreaterThanOrEqual(Math.max(m.dislikes, m.handledLate));
        for (const score of [m.onTimeScore, m.satisfactionScore]) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(6);
        }
      }),
    );
  });
});
