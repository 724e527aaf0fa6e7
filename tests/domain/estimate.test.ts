import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareWithOfficial,
  type EstimateInput,
  estimateScorecard,
  lastOfficialCard,
  provenanceLabel,
} from '../../src/domain/estimate.ts';
import { type FeedbackCounts, feedbackMetricsOf, noFeedbackMetrics } from '../../src/domain/feedback.ts';
import { gradeOf, INDEX_766_DECISION_2022, INDEX_766_PORTAL_2025 } from '../../src/domain/index766.ts';
import { COUNTERS, type Metrics, metricsOf } from '../../src/domain/metrics.ts';
import type { Scorecard } from '../../src/domain/scorecard.ts';

const V = INDEX_766_PORTAL_2025;

function metrics(over: Partial<Metrics>): Metrics {
  return { ...metricsOf(new Int32Array(COUNTERS), 0), ...over };
}

function official(
  period: string,
  groups: Record<string, number | null>,
  over: Partial<Scorecard> = {},
): Scorecard {
  const total = Object.values(groups).reduce<number>((s, v) => s + (v ?? 0), 0);
  return {
    source: 'official',
    versionId: V.id,
    period,
    unitCode: 'H01.1.01',
    unitName: 'UBND xã Mỹ Hòa Hưng',
    unitId: 'u1',
    groups,
    total,
    grade: gradeOf(total).id,
    rank: null,
    asOf: null,
    ...over,
  };
}

// February's official card: 15 + 17 + 8 + 7 + 18 + 14 = 79 points.
const FEBRUARY = official('2026-02', { CKMB: 15, TDGQ: 17, CLGQ: 8, TTTT: 7, MDSH: 18, MDHL: 14 });

// March's dossiers: good = 150 + 20 + 5 + 5 = 180, bad = 10 + 10 = 20 → progress 0.9 → TDGQ 18.
// 40 of 100 new dossiers online → 12 × 0.4 / 0.5 = 9.6.
// Dossier satisfaction: r = 1 − (10 + 10 + 2) / 200 = 0.89 → 6 × 0.89 / 0.9 = 5.9333…
const MARCH_DOSSIERS = metrics({
  received: 200,
  new: 100,
  newOnline: 40,
  newDirect: 60,
  early: 150,
  onTime: 20,
  late: 10,
  paused: 5,
  withinDeadline: 5,
  overdue: 10,
  dissatisfiedNotLate: 2,
});

// Feedback: on time (2 + 1) / 5 → 3.6; satisfaction (3 − 2) / 3 → 2 (tests/domain/feedback.test.ts).
const MARCH_FEEDBACK = feedbackMetricsOf({
  received: 5,
  carriedOver: 1,
  new: 4,
  handled: 3,
  handledOnTime: 2,
  handledLate: 1,
  handledNoDeadline: 0,
  pending: 2,
  pendingWithinDeadline: 1,
  pendingOverdue: 1,
  pendingNoDeadline: 0,
  likes: 1,
  dislikes: 1,
  dislikedOrLate: 2,
});

const input = (over: Partial<EstimateInput> = {}): EstimateInput => ({
  version: V,
  period: '2026-03',
  unitId: 'u1',
  unitName: 'UBND xã Mỹ Hòa Hưng',
  dossiers: MARCH_DOSSIERS,
  channelKnown: true,
  feedback: MARCH_FEEDBACK,
  lastOfficial: FEBRUARY,
  ...over,
});

describe('estimateScorecard (hand-worked)', () => {
  it('computes TDGQ, CLGQ and MDHL and takes the other groups from the last official card', () => {
    const e = estimateScorecard(input());
    const g = e.scorecard.groups;
    expect(g.TDGQ).toBeCloseTo(18, 10);
    expect(g.CLGQ).toBeCloseTo(9.6, 10);
    expect(g.MDHL).toBeCloseTo(5.9333333333 + 3.6 + 2, 8);
    expect([g.CKMB, g.TTTT, g.MDSH]).toEqual([15, 7, 18]);
    // 15 + 18 + 9.6 + 7 + 18 + 11.5333… = 79.1333…
    expect(e.scorecard.total).toBeCloseTo(79.1333333333, 8);
    expect(e.scorecard.grade).toBe('fair');
    expect(e.scorecard.source).toBe('estimate');
    expect(e.complete).toBe(true);
    expect(e.versionMismatch).toBeNull();
    expect(Object.fromEntries(Object.entries(e.provenance).map(([k, p]) => [k, provenanceLabel(p)]))).toEqual(
      {
        CKMB: 'official 2026-02',
        TDGQ: 'dossiers',
        CLGQ: 'dossiers',
        TTTT: 'official 2026-02',
        MDSH: 'official 2026-02',
        MDHL: 'dossiers+feedback',
      },
    );
  });

  it('caps the online group at 50 % online', () => {
    const e = estimateScorecard(input({ dossiers: { ...MARCH_DOSSIERS, newOnline: 80, newDirect: 20 } }));
    expect(e.scorecard.groups.CLGQ).toBe(12);
  });

  it('takes CLGQ from the official card when the export has no channel column', () => {
    const e = estimateScorecard(input({ channelKnown: false }));
    expect(e.scorecard.groups.CLGQ).toBe(8);
    expect(provenanceLabel(e.provenance.CLGQ!)).toBe('official 2026-02');
  });

  it('takes MDHL from the official card without a feedback export, and gives full feedback marks to a unit without feedback', () => {
    expect(estimateScorecard(input({ feedback: null })).scorecard.groups.MDHL).toBe(14);
    expect(estimateScorecard(input({ feedback: noFeedbackMetrics() })).scorecard.groups.MDHL).toBeCloseTo(
      5.9333333333 + 12,
      8,
    );
  });

  it('scores progress 0 like the portal when the unit received nothing with a deadline', () => {
    const e = estimateScorecard(input({ dossiers: metrics({ received: 3, new: 3, newOnline: 3 }) }));
    expect(e.scorecard.groups.TDGQ).toBe(0);
  });

  it('marks groups missing without an official card and says when the card is of another version', () => {
    const none = estimateScorecard(input({ lastOfficial: null }));
    expect(none.complete).toBe(false);
    expect(none.scorecard.groups.CKMB).toBeNull();
    expect(none.provenance.CKMB).toEqual({ kind: 'missing' });
    expect(none.scorecard.total).toBeCloseTo(18 + 9.6 + 11.5333333333, 8);

    const old = official(
      '2025-06',
      { CKMB: 16, TDGQ: 19, DVCTT: 15, MDHL: 15, MDSH: 20 },
      {
        versionId: INDEX_766_DECISION_2022.id,
      },
    );
    const e = estimateScorecard(input({ lastOfficial: old }));
    expect(e.versionMismatch).toEqual({ official: INDEX_766_DECISION_2022.id, estimate: V.id });
    expect(e.scorecard.groups.CKMB).toBe(16);
    expect(e.scorecard.groups.TTTT).toBeNull();
  });
});

describe('lastOfficialCard', () => {
  const cards = [
    official('2026-01', { CKMB: 1 }),
    official('2026', { CKMB: 2 }, { asOf: '2026-02-20' }),
    FEBRUARY,
    official('2026-04', { CKMB: 4 }),
    official('2026-03', { CKMB: 3 }, { unitId: 'other' }),
  ];
  it('picks the unit’s latest period not after the month, a monthly card first', () => {
    expect(lastOfficialCard(cards, 'u1', '2026-03')).toBe(FEBRUARY);
    expect(lastOfficialCard(cards, 'u1', '2026-01')?.groups.CKMB).toBe(1);
    expect(lastOfficialCard(cards, 'u1', '2025-12')).toBeNull();
    expect(lastOfficialCard(cards, 'u1', '2026-12')?.groups.CKMB).toBe(2);
  });
});

describe('compareWithOfficial', () => {
  it('gives the mean absolute error per group and for the total, skipping version changes', () => {
    const est = (total: number, tdgq: number): Scorecard => ({
      ...official('2026-03', { TDGQ: tdgq }),
      source: 'estimate',
      total,
    });
    const off = (total: number, tdgq: number) => official('2026-03', { TDGQ: tdgq }, { total });
    const c = compareWithOfficial(
      [
        { estimate: est(80, 18), official: off(78, 17) },
        { estimate: est(70, 15), official: off(73, 16) },
        { estimate: est(70, 15), official: { ...off(73, 16), versionId: INDEX_766_DECISION_2022.id } },
      ],
      V,
    );
    // |80 − 78| and |70 − 73| → (2 + 3) / 2; TDGQ (1 + 1) / 2
    expect(c.totalMeanAbsoluteError).toBe(2.5);
    expect(c.groups.find((g) => g.code === 'TDGQ')).toEqual({ code: 'TDGQ', meanAbsoluteError: 1, units: 2 });
    expect(c.groups.find((g) => g.code === 'CKMB')?.meanAbsoluteError).toBeNull();
    expect(c.units.map((u) => u.totalDifference)).toEqual([2, -3]);
    expect(c.skippedVersionMismatch).toHaveLength(1);
  });
});

const count = fc.nat({ max: 500 });
const arbMetrics = fc
  .record({
    early: count,
    onTime: count,
    late: count,
    paused: count,
    withinDeadline: count,
    overdue: count,
    online: count,
    direct: count,
    dissatisfiedNotLate: count,
  })
  .map((c) => {
    const resolved = c.early + c.onTime + c.late;
    const pending = c.paused + c.withinDeadline + c.overdue;
    return metrics({
      ...c,
      received: resolved + pending,
      new: c.online + c.direct,
      newOnline: c.online,
      newDirect: c.direct,
      dissatisfiedNotLate: Math.min(c.dissatisfiedNotLate, c.early + c.onTime),
    });
  });
const arbFeedback = fc
  .record({ onTime: count, late: count, within: count, overdue: count, dislikes: count })
  .map((c): FeedbackCounts => {
    const handled = c.onTime + c.late;
    const dislikes = Math.min(c.dislikes, handled);
    return {
      received: handled + c.within + c.overdue,
      carriedOver: 0,
      new: handled + c.within + c.overdue,
      handled,
      handledOnTime: c.onTime,
      handledLate: c.late,
      handledNoDeadline: 0,
      pending: c.within + c.overdue,
      pendingWithinDeadline: c.within,
      pendingOverdue: c.overdue,
      pendingNoDeadline: 0,
      likes: 0,
      dislikes,
      dislikedOrLate: Math.min(handled, dislikes + c.late),
    };
  });
const points = fc.option(fc.double({ min: -5, max: 40, noNaN: true }));
const arbOfficial = fc.option(
  fc
    .record({ CKMB: points, TDGQ: points, CLGQ: points, TTTT: points, MDSH: points, MDHL: points })
    .map((groups) => official('2026-02', groups)),
);

describe('estimateScorecard properties', () => {
  it('never puts a group above its maximum, and the total is the sum of the groups', () => {
    fc.assert(
      fc.property(
        fc.option(arbMetrics),
        fc.option(arbFeedback),
        arbOfficial,
        fc.boolean(),
        (dossiers, feedback, last, channelKnown) => {
          const e = estimateScorecard(
            input({
              dossiers,
              feedback: feedback === null ? null : feedbackMetricsOf(feedback),
              lastOfficial: last,
              channelKnown,
            }),
          );
          let sum = 0;
          for (const group of V.groups) {
            const p = e.scorecard.groups[group.code];
            expect(p).not.toBeUndefined();
            if (p === null || p === undefined) {
              expect(e.provenance[group.code]).toEqual({ kind: 'missing' });
              continue;
            }
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(group.maxPoints);
            sum += p;
          }
          expect(e.scorecard.total).toBeCloseTo(sum, 9);
          expect(e.scorecard.grade).toBe(gradeOf(e.scorecard.total, V).id);
        },
      ),
    );
  });
});
