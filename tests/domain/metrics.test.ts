import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/domain/dossier.ts';
import { aggregateCounts, metricsOf, totalMetrics } from '../../src/domain/metrics.ts';
import { monthPeriod } from '../../src/domain/period.ts';
import { buildTable } from '../../src/domain/table.ts';
import { endOfDay, wallTime } from '../../src/domain/time.ts';
import { dossier } from '../support/dossiers.ts';

const MARCH = monthPeriod(2024, 3);
const metricsFor = (rows: Partial<Dossier>[]) =>
  totalMetrics(buildTable(rows.map((r, i) => dossier({ code: `C${i}`, ...r }))), MARCH);

describe('period counts (reference §3), by hand', () => {
  it('splits received into carried over and new, and leaves out what was resolved before the period', () => {
    const m = metricsFor([
      { receivedAt: wallTime(2024, 2, 20), finishedAt: wallTime(2024, 2, 28), dueAt: wallTime(2024, 2, 29) }, // resolved before S
      { receivedAt: wallTime(2024, 2, 27), finishedAt: wallTime(2024, 3, 4), dueAt: wallTime(2024, 3, 5) }, // carried over
      { receivedAt: wallTime(2024, 3, 4), finishedAt: null, dueAt: wallTime(2024, 4, 10), status: 'pending' },
      { receivedAt: wallTime(2024, 4, 1), finishedAt: null, dueAt: wallTime(2024, 4, 10), status: 'pending' }, // after E
    ]);
    expect(m.carriedOver).toBe(1);
    expect(m.new).toBe(1);
    expect(m.received).toBe(2);
    expect(m.resolved).toBe(1);
    expect(m.pending).toBe(1);
  });

  it('classifies early, on time (same calendar day) and late against the due time', () => {
    const due = endOfDay(wallTime(2024, 3, 8));
    const m = metricsFor([
      { finishedAt: wallTime(2024, 3, 7, 16), dueAt: due }, // day before → early
      { finishedAt: wallTime(2024, 3, 8, 9), dueAt: due }, // same day → on time
      { finishedAt: wallTime(2024, 3, 8, 23, 59, 59), dueAt: due }, // last second of the day → on time
      { finishedAt: wallTime(2024, 3, 9, 0, 0, 0), dueAt: due }, // next day → late
      { finishedAt: wallTime(2024, 3, 8, 10), dueAt: wallTime(2024, 3, 8, 9, 30) }, // same day but after due time → late
    ]);
    expect([m.early, m.onTime, m.late]).toEqual([1, 2, 2]);
    expect(m.onTimeRate).toBeCloseTo(3 / 5);
  });

  it('counts a withdrawal as resolved and classifies it like any other (late after the due time)', () => {
    const m = metricsFor([
      { status: 'withdrawn', finishedAt: wallTime(2024, 3, 20), dueAt: wallTime(2024, 3, 10) },
      { status: 'withdrawn', finishedAt: wallTime(2024, 3, 2), dueAt: wallTime(2024, 3, 10) },
    ]);
    expect(m.withdrawn).toBe(2);
    expect(m.resolved).toBe(2);
    expect(m.late).toBe(1);
    expect(m.early).toBe(1);
  });

  it('splits pending at E into paused, overdue and within deadline; paused is never overdue', () => {
    const m = metricsFor([
      { status: 'paused', dueAt: wallTime(2024, 3, 10) }, // deadline passed, but the clock is stopped
      { status: 'pending', dueAt: wallTime(2024, 3, 10) },
      { status: 'pending', dueAt: endOfDay(wallTime(2024, 3, 31)) }, // due on the last day: overdue at E
      { status: 'pending', dueAt: wallTime(2024, 4, 1, 0, 0, 0) }, // due exactly at E: within
      { status: 'paused', dueAt: null }, // paused without deadline: paused, not noDeadline
      { status: 'pending', dueAt: null },
    ]);
    expect(m.pending).toBe(6);
    expect(m.paused).toBe(2);
    expect(m.overdue).toBe(2);
    expect(m.withinDeadline).toBe(1);
    expect(m.pendingNoDeadline).toBe(1);
    expect(m.noDeadline).toBe(1);
  });

  it('treats a dossier finished after E as pending at E, and paused if its status is a paused one', () => {
    const m = metricsFor([
      { status: 'paused', finishedAt: wallTime(2024, 4, 3), dueAt: wallTime(2024, 4, 20) },
      { status: 'finished', finishedAt: wallTime(2024, 4, 3), dueAt: wallTime(2024, 3, 20) },
    ]);
    expect(m.resolved).toBe(0);
    expect(m.paused).toBe(1);
    expect(m.overdue).toBe(1);
  });

  it('leaves dossiers without a deadline out of both rates but shows their count', () => {
    const m = metricsFor([
      { finishedAt: wallTime(2024, 3, 3), dueAt: null },
      { finishedAt: wallTime(2024, 3, 3), dueAt: wallTime(2024, 3, 2) },
    ]);
    expect(m.resolvedNoDeadline).toBe(1);
    expect(m.noDeadline).toBe(1);
    expect(m.late).toBe(1);
    expect(m.onTimeRate).toBe(0);
    expect(m.progressRate766).toBe(0);
  });

  it('computes the 766 progress ratio and score from resolved and pending parts', () => {
    const rows: Partial<Dossier>[] = [
      ...Array.from({ length: 6 }, () => ({ finishedAt: wallTime(2024, 3, 3), dueAt: wallTime(2024, 3, 5) })), // early
      { finishedAt: wallTime(2024, 3, 9), dueAt: wallTime(2024, 3, 5) }, // late
      { status: 'paused' as const, dueAt: wallTime(2024, 3, 5) },
      { status: 'pending' as const, dueAt: wallTime(2024, 4, 5) }, // within
      { status: 'pending' as const, dueAt: wallTime(2024, 3, 5) }, // overdue
    ];
    const m = metricsFor(rows);
    // (6 + 0 + 1 + 1) / (6 + 1 + 1 + 1 + 1) = 8/10
    expect(m.progressRate766).toBeCloseTo(0.8);
    expect(m.progressScore766).toBeCloseTo(16);
    expect(m.onTimeRate).toBeCloseTo(6 / 7);
  });

  it('gives null rates, not 0 or 100 %, when nothing is in the denominator', () => {
    const m = metricsFor([]);
    expect(m.onTimeRate).toBeNull();
    expect(m.progressRate766).toBeNull();
    expect(m.progressScore766).toBeNull();
    expect(m.satisfactionRate).toBeNull();
    expect(m.onlineRate).toBeNull();
    expect(m.satisfactionScore766).toBe(0);
  });

  it('splits new dossiers by channel', () => {
    const m = metricsFor([
      { channel: 'online' },
      { channel: 'online' },
      { channel: 'postal' },
      { channel: 'unknown' },
      { channel: 'direct', receivedAt: wallTime(2024, 2, 1), finishedAt: null, status: 'pending' }, // carried, not new
    ]);
    expect([m.newOnline, m.newDirect, m.newPostal, m.newUnknownChannel]).toEqual([2, 0, 1, 1]);
    expect(m.onlineRate).toBeCloseTo(0.5);
  });
});

describe('satisfaction (reference §4), by hand', () => {
  it('counts ratings of dossiers resolved in the period and the satisfied share', () => {
    const fin = { finishedAt: wallTime(2024, 3, 3), dueAt: wallTime(2024, 3, 5) };
    const m = metricsFor([
      { ...fin, rating: 'very_satisfied' },
      { ...fin, rating: 'satisfied' },
      { ...fin, rating: 'neutral' },
      { ...fin, rating: 'dissatisfied' },
      { ...fin, rating: null },
      { status: 'pending', rating: 'satisfied' }, // not resolved: not counted
    ]);
    expect(m.rated).toBe(4);
    expect(m.satisfied).toBe(2);
    expect(m.satisfactionRate).toBeCloseTo(0.5);
    expect(m.ratings).toEqual({
      verySatisfied: 1,
      satisfied: 1,
      neutral: 1,
      dissatisfied: 1,
      veryDissatisfied: 0,
    });
  });

  it('scores the 766 dossier-satisfaction metric: r = 1 − (late + overdue + dissatisfied not late) / received', () => {
    const onTime = { finishedAt: wallTime(2024, 3, 3), dueAt: wallTime(2024, 3, 5) };
    const rows: Partial<Dossier>[] = [
      ...Array.from({ length: 16 }, () => onTime),
      { finishedAt: wallTime(2024, 3, 9), dueAt: wallTime(2024, 3, 5), rating: 'very_dissatisfied' }, // late (counted once)
      { status: 'pending', dueAt: wallTime(2024, 3, 5) }, // overdue
      { ...onTime, rating: 'dissatisfied' },
      { ...onTime, rating: 'satisfied' },
    ];
    const m = metricsFor(rows);
    // received 20; r = 1 − 3/20 = 0.85; score = 6 × 0.85 / 0.9 = 5.666…
    expect(m.dissatisfiedNotLate).toBe(1);
    expect(m.satisfactionScore766).toBeCloseTo((6 * 0.85) / 0.9);
  });

  it('caps the 766 satisfaction score at 6 points', () => {
    const m = metricsFor([{ finishedAt: wallTime(2024, 3, 3), dueAt: wallTime(2024, 3, 5) }]);
    expect(m.satisfactionScore766).toBe(6);
  });
});

describe('apology letters', () => {
  it('counts late and overdue dossiers with and without an apology; the apology never makes them on time', () => {
    const m = metricsFor([
      {
        finishedAt: wallTime(2024, 3, 9),
        dueAt: wallTime(2024, 3, 5),
        hasApology: true,
        apologyAt: wallTime(2024, 3, 5),
        newDueAt: wallTime(2024, 3, 12),
      },
      { finishedAt: wallTime(2024, 3, 9), dueAt: wallTime(2024, 3, 5) },
      { status: 'pending', dueAt: wallTime(2024, 3, 5), hasApology: true, newDueAt: wallTime(2024, 4, 30) },
      { status: 'pending', dueAt: wallTime(2024, 3, 6) },
      { finishedAt: wallTime(2024, 3, 3), dueAt: wallTime(2024, 3, 5), hasApology: true },
    ]);
    expect(m.late).toBe(2);
    expect(m.overdue).toBe(2);
    expect([m.lateWithApology, m.lateWithoutApology]).toEqual([1, 1]);
    expect([m.overdueWithApology, m.overdueWithoutApology]).toEqual([1, 1]);
  });
});

const day = (n: number) => wallTime(2024, 1, 1) + n * 86_400_000;
const arbDossier = fc
  .record({
    received: fc.integer({ min: 0, max: 200 }),
    hourR: fc.integer({ min: 0, max: 23 }),
    dueOffset: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    finOffset: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    hourF: fc.integer({ min: 0, max: 23 }),
    status: fc.constantFrom('pending', 'paused', 'finished', 'withdrawn', null),
    channel: fc.constantFrom('online', 'direct', 'postal', 'unknown'),
    rating: fc.constantFrom(
      null,
      'very_satisfied',
      'satisfied',
      'neutral',
      'dissatisfied',
      'very_dissatisfied',
    ),
    unit: fc.constantFrom('A', 'B', 'C'),
    hasApology: fc.boolean(),
  })
  .map((r) => ({
    receivedAt: day(r.received) + r.hourR * 3_600_000,
    dueAt: r.dueOffset === null ? null : endOfDay(day(r.received + r.dueOffset)),
    finishedAt:
      r.finOffset === null
        ? null
        : day(r.received + r.finOffset) + r.hourF * 3_600_000 + (r.finOffset === 0 ? r.hourR * 3_600_000 : 0),
    status: r.status as Dossier['status'],
    channel: r.channel as Dossier['channel'],
    rating: r.rating as Dossier['rating'],
    unit: r.unit,
    hasApology: r.hasApology,
  }));
const arbPeriod = fc
  .tuple(fc.integer({ min: 0, max: 260 }), fc.integer({ min: 1, max: 120 }))
  .map(([s, len]) => ({ from: day(s), to: day(s + len) }));

describe('identities (property tests)', () => {
  it('holds carriedOver + new = resolved + pending and the decompositions on any input', () => {
    fc.assert(
      fc.property(fc.array(arbDossier, { maxLength: 60 }), arbPeriod, (rows, period) => {
        const table = buildTable(rows.map((r, i) => dossier({ ...r, code: `P${i}` })));
        const m = totalMetrics(table, period);
        expect(m.carriedOver + m.new).toBe(m.resolved + m.pending);
        expect(m.resolved).toBe(m.early + m.onTime + m.late + m.resolvedNoDeadline);
        expect(m.pending).toBe(m.paused + m.overdue + m.withinDeadline + m.pendingNoDeadline);
        expect(m.noDeadline).toBe(m.resolvedNoDeadline + m.pendingNoDeadline);
        expect(m.new).toBe(m.newOnline + m.newDirect + m.newPostal + m.newUnknownChannel);
        for (const rate of [m.onTimeRate, m.progressRate766, m.satisfactionRate, m.onlineRate]) {
          if (rate !== null) {
            expect(rate).toBeGreaterThanOrEqual(0);
            expect(rate).toBeLessThanOrEqual(1);
          }
        }
        expect(m.satisfactionScore766).toBeGreaterThanOrEqual(0);
        expect(m.satisfactionScore766).toBeLessThanOrEqual(6);
        if (m.progressScore766 !== null) expect(m.progressScore766).toBeLessThanOrEqual(20);
      }),
    );
  });

  it('per-unit counts add up to the total', () => {
    fc.assert(
      fc.property(fc.array(arbDossier, { maxLength: 60 }), arbPeriod, (rows, period) => {
        const table = buildTable(rows.map((r, i) => dossier({ ...r, code: `P${i}` })));
        const byUnit = aggregateCounts(table, period, {
          column: table.unit,
          groupOf: null,
          groupCount: table.units.size,
        });
        const total = totalMetrics(table, period);
        let received = 0;
        let late = 0;
        let overdue = 0;
        for (let g = 0; g < table.units.size; g++) {
          const m = metricsOf(byUnit, g);
          received += m.received;
          late += m.late;
          overdue += m.overdue;
        }
        expect([received, late, overdue]).toEqual([total.received, total.late, total.overdue]);
      }),
    );
  });

  it('adjacent periods chain: what one period leaves pending, the next carries over', () => {
    fc.assert(
      fc.property(
        fc.array(arbDossier, { maxLength: 60 }),
        arbPeriod,
        fc.integer({ min: 1, max: 90 }),
        (rows, p, len) => {
          const table = buildTable(rows.map((r, i) => dossier({ ...r, code: `P${i}` })));
          const first = totalMetrics(table, p);
          const next = totalMetrics(table, { from: p.to, to: p.to + len * 86_400_000 });
          expect(next.carriedOver).toBe(first.pending);
        },
      ),
    );
  });
});
