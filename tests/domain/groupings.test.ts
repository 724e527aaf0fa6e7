import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GROUP_BYS,
  metricsByGroup,
  monthlySeries,
  unitFilter,
  unitGroupFilter,
  valueFilter,
} from '../../src/domain/groupings.ts';
import { totalMetrics } from '../../src/domain/metrics.ts';
import { quarterPeriod } from '../../src/domain/period.ts';
import { buildTable } from '../../src/domain/table.ts';
import { wallTime } from '../../src/domain/time.ts';
import { indexUnits } from '../../src/domain/unit-metrics.ts';
import { createUnitResolver } from '../../src/domain/units.ts';
import { dossier } from '../support/dossiers.ts';

const Q1 = quarterPeriod(2025, 1);
const arbRow = fc.record({
  unit: fc.constantFrom('Sở Y tế', 'SỞ Y TẾ', 'UBND xã Mỹ Hòa Hưng', 'UBND xã Mỹ Hoà Hưng', 'Công an tỉnh'),
  sector: fc.constantFrom('Hộ tịch', 'Đất đai', null),
  receivingUnit: fc.constantFrom('Trung tâm Phục vụ hành chính công tỉnh', null),
  channel: fc.constantFrom('online', 'direct', 'postal', 'unknown'),
  day: fc.integer({ min: 0, max: 120 }),
  finishedAfter: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  dueAfter: fc.integer({ min: 0, max: 10 }),
});
type Row = typeof arbRow extends fc.Arbitrary<infer T> ? T : never;
const toTable = (rows: Row[]) =>
  buildTable(
    rows.map((r, i) => {
      const receivedAt = wallTime(2024, 12, 1, 9) + r.day * 86_400_000;
      return dossier({
        code: `G${i}`,
        unit: r.unit,
        sector: r.sector,
        receivingUnit: r.receivingUnit,
        channel: r.channel as 'online',
        receivedAt,
        dueAt: receivedAt + r.dueAfter * 86_400_000,
        finishedAt: r.finishedAfter === null ? null : receivedAt + r.finishedAfter * 86_400_000,
        status: r.finishedAfter === null ? 'pending' : 'finished',
      });
    }),
  );

describe('groupings', () => {
  it('every grouping partitions the total: its groups add up to the whole', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 50 }), fc.constantFrom(...GROUP_BYS), (rows, by) => {
        const table = toTable(rows);
        const units = indexUnits(table, createUnitResolver());
        const total = totalMetrics(table, Q1);
        const groups = metricsByGroup(table, Q1, by, units);
        for (const k of ['received', 'resolved', 'late', 'overdue', 'new'] as const) {
          expect(groups.reduce((s, g) => s + g.metrics[k], 0)).toBe(total[k]);
        }
      }),
    );
  });

  it('folds spelling variants of a unit into one group', () => {
    const table = toTable([
      {
        unit: 'Sở Y tế',
        sector: null,
        receivingUnit: null,
        channel: 'online',
        day: 40,
        finishedAfter: null,
        dueAfter: 5,
      },
      {
        unit: 'SỞ Y TẾ',
        sector: null,
        receivingUnit: null,
        channel: 'online',
        day: 41,
        finishedAfter: null,
        dueAfter: 5,
      },
    ]);
    const groups = metricsByGroup(table, Q1, 'unit', indexUnits(table, createUnitResolver()));
    expect(groups).toHaveLength(1);
    expect(groups[0]!.metrics.received).toBe(2);
  });

  it('monthly series: each month carries over what the month before left pending', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 50 }), (rows) => {
        const table = toTable(rows);
        const series = monthlySeries(table, Q1, 'total', indexUnits(table, createUnitResolver()));
        expect(series.map((s) => s.month)).toEqual(['2025-01', '2025-02', '2025-03']);
        for (let m = 1; m < series.length; m++) {
          const before = series[m - 1]!.groups[0]?.metrics.pending ?? 0;
          expect(series[m]!.groups[0]?.metrics.carriedOver ?? 0).toBe(before);
        }
      }),
    );
  });

  it('filters by unit, unit group and sector', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 50 }), (rows) => {
        const table = toTable(rows);
        const units = indexUnits(table, createUnitResolver());
        const byUnit = metricsByGroup(table, Q1, 'unit', units);
        for (const g of byUnit) {
          expect(totalMetrics(table, Q1, [unitFilter(table, units, [g.key.id])]).received).toBe(
            g.metrics.received,
          );
        }
        const communes = byUnit.filter(
          (g) => units.units.find((u) => u.id === g.key.id)!.group === 'commune',
        );
        expect(totalMetrics(table, Q1, [unitGroupFilter(table, units, ['commune'])]).received).toBe(
          communes.reduce((s, g) => s + g.metrics.received, 0),
        );
        const land = metricsByGroup(table, Q1, 'sector', units).find((g) => g.key.id === 'Đất đai');
        expect(
          totalMetrics(table, Q1, [valueFilter(table.sector, ['Đất đai'], table.sectors.values)]).received,
        ).toBe(land?.metrics.received ?? 0);
      }),
    );
  });
});
