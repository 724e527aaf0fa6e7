import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/ingest/fold.ts';
import {
  RANKING_COLUMNS,
  type RankingColumnId,
  rankingSheet,
} from '../../../src/web/features/rankings/lib/columns.ts';
import {
  goodThreshold,
  versionNotes,
  withIndex766,
} from '../../../src/web/features/rankings/lib/index766.ts';
import {
  isBelowTarget,
  leaderboardOf,
  RANKING_GROUPS,
  type RankingRow,
  rankingRowsByGroup,
  searchUnits,
} from '../../../src/web/features/rankings/lib/ranking-rows.ts';
import { toCsv } from '../../../src/web/lib/table-export.ts';
import { INDEX_SPECS, type IndexSpec, ON_TIME_TARGET, targetAnswer, UNIT_ROWS } from './fixtures.ts';

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

describe('the QĐ 766 index in the rankings', () => {
  const answer = targetAnswer('2025-03');
  const indexed = rankingRowsByGroup(UNIT_ROWS, 'progressRate766', ON_TIME_TARGET, answer.units);
  const all = RANKING_GROUPS.flatMap((g) => indexed[g]);

  /** Competition rank: 1 + units of the same group with a strictly higher score. */
  const expectedRank = (
    rows: readonly RankingRow[],
    row: RankingRow,
    score: (r: RankingRow) => number | null,
  ) => {
    const own = score(row);
    if (own === null) return null;
    return 1 + rows.filter((r) => r.group === row.group && (score(r) ?? -1) > own).length;
  };

  it('joins each unit’s official and estimated totals by id, ranked within its group with ties', () => {
    for (const row of all) {
      const spec = INDEX_SPECS.find((s) => s.key === row.key);
      expect(row.official766, row.key).toBe(spec?.official ?? null);
      expect(row.estimate766, row.key).toBe(spec?.estimate ?? null);
      expect(row.officialRank766, row.key).toBe(expectedRank(all, row, (r) => r.official766));
      expect(row.estimateRank766, row.key).toBe(expectedRank(all, row, (r) => r.estimate766));
      expect(row.estimateIncomplete, row.key).toBe((spec?.missing ?? []).length > 0);
    }
    // The two departments at 85,5 share rank 1; the next is 3rd.
    expect(indexed.department.map((r) => [r.key, r.officialRank766])).toEqual([
      ['so-tai-chinh', 1],
      ['so-tu-phap', 3],
      ['so-y-te', 1],
      ['so-xay-dung', null],
    ]);
    // The server's rank is kept when ranking by a dossier metric.
    expect(indexed.department.map((r) => r.rank)).toEqual(departments.map((r) => r.rank));
    expect(indexed.department.find((r) => r.key === 'so-tu-phap')?.estimateMissing).toEqual(['CKMB']);
  });

  it('marks units under Tốt on their basis, and never a unit without a card', () => {
    for (const row of all) {
      const spec = INDEX_SPECS.find((s) => s.key === row.key);
      const total = spec ? (spec.official ?? spec.estimate) : null;
      const basis = spec?.official !== null ? 'official' : 'estimate';
      expect(row.below80, row.key).toBe(total !== null && total < 80 ? basis : null);
    }
  });

  it('ranks by the index when asked, without a rank change', () => {
    const byOfficial = rankingRowsByGroup(UNIT_ROWS, 'official766', ON_TIME_TARGET, answer.units);
    for (const row of RANKING_GROUPS.flatMap((g) => byOfficial[g])) {
      expect(row.rank).toBe(row.officialRank766);
      expect(row.ranked).toBe(row.official766);
      expect(row.rankChange).toBeNull();
    }
    const byEstimate = rankingRowsByGroup(UNIT_ROWS, 'estimate766', ON_TIME_TARGET, answer.units);
    expect(byEstimate.commune.map((r) => r.rank)).toEqual([1, null]);
    // Before the index arrives nothing is ranked by it.
    const early = rankingRowsByGroup(UNIT_ROWS, 'official766', ON_TIME_TARGET);
    expect(early.department.every((r) => r.rank === null && r.official766 === null)).toBe(true);
  });

  it('ranks any scores by competition ranking within each group', () => {
    const score = fc.option(
      fc.integer({ min: 0, max: 10 }).map((n) => n * 10),
      { nil: null },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(score, fc.constantFrom('department', 'commune')), { maxLength: 12 }),
        (cards) => {
          const rows = cards.map(([, group], i) => ({
            ...departments[0]!,
            key: `u${i}`,
            group: group as RankingRow['group'],
          }));
          const specs: IndexSpec[] = cards.map(([total, group], i) => ({
            key: `u${i}`,
            group: group as IndexSpec['group'],
            official: total,
            estimate: total,
          }));
          const units = targetAnswer('2025-03', { specs }).units;
          const ranked = withIndex766(rows, units, 'official766');
          for (const row of ranked) {
            expect(row.officialRank766).toBe(expectedRank(ranked, row, (r) => r.official766));
            expect(row.rank).toBe(row.officialRank766);
          }
        },
      ),
    );
  });

  it('exports the index columns as numbers, each with its grade word and the estimate’s note', () => {
    const columns: RankingColumnId[] = ['unit', 'official766', 'officialRank766', 'estimate766'];
    const sheet = rankingSheet(indexed.department, columns, {
      sheetName: 'X',
      label,
      index766: {
        below80: { header: 'Tốt', text: (basis) => `dưới 80 ${basis}` },
        gradeHeader: (basis) => `Loại ${basis}`,
        grade: (g) => `G:${g}`,
        incomplete: { header: 'Ghi chú', text: 'Thiếu nhóm' },
      },
    });
    expect(sheet.columns.map((c) => [c.header, c.kind])).toEqual([
      ['H:unit', 'text'],
      ['Tốt', 'text'],
      ['H:official766', 'decimal'],
      ['Loại official', 'text'],
      ['H:officialRank766', 'integer'],
      ['H:estimate766', 'decimal'],
      ['Loại estimate', 'text'],
      ['Ghi chú', 'text'],
    ]);
    indexed.department.forEach((r, i) => {
      expect(sheet.rows[i]).toEqual([
        r.name,
        r.below80 === null ? null : `dưới 80 ${r.below80}`,
        r.official766,
        r.officialGrade === null ? null : `G:${r.officialGrade}`,
        r.officialRank766,
        r.estimate766,
        r.estimateGrade === null ? null : `G:${r.estimateGrade}`,
        r.estimateIncomplete ? 'Thiếu nhóm' : null,
      ]);
    });
  });

  it('says when the version changed since last month or the official cards mix versions', () => {
    expect(versionNotes(answer, 'department')).toEqual({ changedFrom: null, mixedOfficial: [] });
    expect(versionNotes(targetAnswer('2025-03', { previousVersion: 'old' }), 'department').changedFrom).toBe(
      'old',
    );
    const mixed = targetAnswer('2025-03', {
      specs: INDEX_SPECS.map((s) => (s.key === 'so-y-te' ? { ...s, officialVersion: 'other' } : s)),
    });
    expect(versionNotes(mixed, 'department').mixedOfficial).toEqual(['766-portal-2025', 'other']);
    expect(versionNotes(mixed, 'commune').mixedOfficial).toEqual([]);
  });

  it('takes Tốt’s lower bound from the version', () => {
    expect(goodThreshold(answer.version)).toBe(80);
    expect(goodThreshold(undefined)).toBe(80);
  });
});
