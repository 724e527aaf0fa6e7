import { describe, expect, it } from 'vitest';
import { INDEX_766_PORTAL_2025 } from '../../src/domain/index766.ts';
import type { Scorecard } from '../../src/domain/scorecard.ts';
import { buildTable } from '../../src/domain/table.ts';
import { targetReport } from '../../src/domain/target-report.ts';
import { wallTime } from '../../src/domain/time.ts';
import { indexUnits } from '../../src/domain/unit-metrics.ts';
import { createUnitResolver } from '../../src/domain/units.ts';
import { dossier } from '../support/dossiers.ts';

const SO_TU_PHAP = 'Sở Tư pháp';
const XA_MY_HOA = 'UBND xã Mỹ Hòa Hưng';

function official(unitName: string, groups: Record<string, number>): Scorecard {
  const total = Object.values(groups).reduce((s, v) => s + v, 0);
  return {
    source: 'official',
    versionId: INDEX_766_PORTAL_2025.id,
    period: '2026-02',
    unitCode: null,
    unitName,
    unitId: null,
    groups,
    total,
    grade: total >= 80 ? 'good' : 'fair',
    rank: null,
    asOf: null,
  };
}

/**
 * Two units in March 2026, each with 10 dossiers received on 2/3 and due on 13/3: Sở Tư pháp
 * resolved 8 on time and 2 late (progress 16 of 20), the commune all on time (20 of 20). Only
 * Sở Tư pháp has an official card (February).
 */
function march() {
  const rows = [];
  for (let i = 0; i < 10; i++) {
    for (const [unit, lateFrom] of [
      [SO_TU_PHAP, 8],
      [XA_MY_HOA, 10],
    ] as const) {
      rows.push(
        dossier({
          code: `${unit === SO_TU_PHAP ? 'TP' : 'MH'}-${i}`,
          unit,
          channel: 'direct',
          receivedAt: wallTime(2026, 3, 2, 8),
          dueAt: wallTime(2026, 3, 13, 17),
          finishedAt: i < lateFrom ? wallTime(2026, 3, 10, 9) : wallTime(2026, 3, 20, 9),
          returnedAt: null,
          status: 'finished',
          rating: null,
        }),
      );
    }
  }
  const table = buildTable(rows);
  const resolver = createUnitResolver();
  return { table, resolver, units: indexUnits(table, resolver) };
}

describe('targetReport', () => {
  it('places a unit with an official card against 80 and leaves a unit without one apart', () => {
    const { table, resolver, units } = march();
    const report = targetReport({
      month: '2026-03',
      table,
      units,
      resolver,
      dataEnd: wallTime(2026, 4, 1),
      channelKnown: true,
      feedback: null,
      // 78 points in February: CKMB 15, TDGQ 17, CLGQ 10, TTTT 8, MDSH 14, MDHL 14.
      officialCards: [official(SO_TU_PHAP, { CKMB: 15, TDGQ: 17, CLGQ: 10, TTTT: 8, MDSH: 14, MDHL: 14 })],
    });
    const tuPhap = report.units.find((u) => u.unitName === SO_TU_PHAP)!;
    const xa = report.units.find((u) => u.unitName === XA_MY_HOA)!;

    // No March card: the gap is taken on the estimate, which computes TDGQ = 20 × 8/10 = 16 and the
    // online group (no online dossier: 0 of 12), and carries CKMB, TTTT, MDSH and MDHL (no feedback
    // export, so satisfaction cannot be computed) from February: 15 + 16 + 0 + 8 + 14 + 14 = 67.
    expect(tuPhap.basis).toBe('estimate');
    expect(tuPhap.estimate!.complete).toBe(true);
    expect(tuPhap.estimate!.scorecard.groups.TDGQ).toBeCloseTo(16, 9);
    expect(tuPhap.estimate!.scorecard.total).toBeCloseTo(67, 9);
    expect(tuPhap.gap!.gap).toBeCloseTo(13, 9);
    // The month is over: nothing pending can still make its deadline.
    expect(tuPhap.progress).toMatchObject({ kind: 'unreachable', recoverable: 0 });

    // The commune has no card at all: its estimate lacks four groups, so it is not placed.
    expect(xa.estimate!.complete).toBe(false);
    expect(xa.basis).toBeNull();
    expect(xa.gap).toBeNull();
    expect(report.unmatched.dossierUnits).toEqual([XA_MY_HOA]);
    expect(report.estimate).toMatchObject({ units: 1, goodOrBetter: 0, incompleteLeftOut: 1 });
    expect(report.official).toBeNull();
  });
});
