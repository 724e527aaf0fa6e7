import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/ingest/fold.ts';
import {
  RANKING_COLUMNS,
  type RankingColumnId,
  rankingSheet,
} from '../../../src/web/features/rankings/lib/columns.ts';
import {
  isBelowTarget,
  leaderboardOf,
  rankingRowsByGroup,
  searchUnits,
} from '../../../src/web/features/rankings/lib/ranking-rows.ts';
import { toCsv } from '../../../src/web/lib/table-export.ts';
import { ON_TIME_TARGET, UNIT_ROWS } from './fixtures.ts';

const byGroup = rankingRowsByGroup(UNIT_ROWS, 'progressRate766', ON_TIME_TARGET);
const departments = byGroup.department;
const label = (c: RankingColumnId) => `H:${c}`;

describe('rankingRowsByGroup', () => {
  it('splits the answer by group in its order and marks on-time rates under the target', () => {
    for (const group of ['department', 'commune', 'vertical', 'other'] as const) {
      expect(byGroup[group].map((r) => r.key)).toEqual(
        UNIT_ROWS.filter((r) => r.group === group).map((r) => r.key),
      );
    }
    for (const r of departments) {
      const source = UNIT_ROWS.find((u) => u.key === r.key)!;
      expect(r.belowTarget).toBe(
        source.metrics.onTimeRate !== null && source.metrics.onTimeRate < ON_TIME_TARGET,
      );
      expect(r.ranked).toBe(source.metrics.progressRate766);
    }
  });

  it('never marks a unit without a target or without a rate', () => {
    fc.assert(
      fc.property(fc.option(fc.double({ min: 0, max: 1, noNaN: true })), (rate) => {
        expect(isBelowTarget(rate, null)).toBe(false);
        expect(isBelowTarget(null, rate)).toBe(false);
      }),
    );
  });
});

describe('searchUnits', () => {
  it('matches with or without diacritics, in any case', () => {
    expect(searchUnits(departments, 'Tư pháp').map((r) => r.name)).toEqual(['Sở Tư pháp']);
    expect(searchUnits(departments, 'TU PHAP').map((r) => r.name)).toEqual(['Sở Tư pháp']);
    expect(searchUnits(byGroup.commune, 'dong hoa').map((r) => r.name)).toEqual(['Xã Đông Hòa']);
    expect(searchUnits(departments, '  ')).toBe(departments);
  });

  it('finds every unit by its own name, folded or not', () => {
    fc.assert(
      fc.property(fc.constantFrom(...UNIT_ROWS), fc.boolean(), (unit, fold) => {
        const rows = [...departments, ...byGroup.commune];
        const query = fold ? foldText(unit.name) : unit.name;
        expect(searchUnits(rows, query).map((r) => r.key)).toContain(unit.key);
      }),
    );
  });
});

describe('rankingSheet', () => {
  it('exports the shown rows and only the visible columns, in order', () => {
    const visible = RANKING_COLUMNS.filter((c) => c !== 'satisfactionRate' && c !== 'resolved');
    const shown = departments.toReversed();
    const sheet = rankingSheet(shown, visible, { sheetName: 'X', label });
    expect(sheet.columns.map((c) => c.header)).toEqual(
      visible.map((c) => (c === 'onTimeRate' ? 'H:onTimeRate (%)' : `H:${c}`)),
    );
    expect(sheet.rows.map((r) => r[visible.indexOf('unit')])).toEqual(shown.map((r) => r.name));
    expect(toCsv(sheet)).not.toContain('H:satisfactionRate');
    // Numbers stay numbers, nulls stay empty.
    const tuPhap = sheet.rows[shown.findIndex((r) => r.key === 'so-tu-phap')]!;
    expect(tuPhap[visible.indexOf('rankChange')]).toBe(-1);
    expect(tuPhap[visible.indexOf('onTimeRate')]).toBe(0.96);
    const xayDung = sheet.rows[shown.findIndex((r) => r.key === 'so-xay-dung')]!;
    expect(xayDung[visible.indexOf('rank')]).toBeNull();
  });

  it('adds the below-target mark after the unit when a target is set', () => {
    const sheet = rankingSheet(departments, ['rank', 'unit'], {
      sheetName: 'X',
      label,
      belowTarget: { header: 'Chỉ tiêu', text: 'Dưới chỉ tiêu' },
    });
    expect(sheet.columns.map((c) => c.header)).toEqual(['H:rank', 'H:unit', 'Chỉ tiêu']);
    expect(sheet.rows.map((r) => r[2])).toEqual(
      departments.map((r) => (r.belowTarget ? 'Dưới chỉ tiêu' : null)),
    );
  });

  it('has one cell per column in every row, whatever columns are visible', () => {
    fc.assert(
      fc.property(fc.subarray([...RANKING_COLUMNS]), (visible) => {
        const sheet = rankingSheet(departments, visible, { sheetName: 'X', label });
        expect(sheet.columns).toHaveLength(visible.length);
        for (const row of sheet.rows) expect(row).toHaveLength(visible.length);
      }),
    );
  });
});

describe('leaderboardOf', () => {
  const many = Array.from({ length: 25 }, (_, i) => ({ ...departments[0]!, key: `u${i}`, rank: 25 - i }));

  it('draws every ranked unit when there are few', () => {
    const board = leaderboardOf(departments);
    expect(board.truncated).toBe(false);
    expect(board.rows.map((r) => r.key)).toEqual(
      departments.filter((r) => r.rank !== null).map((r) => r.key),
    );
  });

  it('draws the first and last ten by rank when there are many', () => {
    const board = leaderboardOf(many);
    expect(board.truncated).toBe(true);
    expect(board.rows.map((r) => r.rank)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => i + 1),
      ...Array.from({ length: 10 }, (_, i) => i + 16),
    ]);
  });
});
