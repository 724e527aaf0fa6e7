import { createReadStream, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { gradeOf, INDEX_766_PORTAL_2025 } from '../../../src/domain/index766.ts';
import { rankWithinGroups } from '../../../src/domain/ranking.ts';
import { portalProgressScore } from '../../../src/domain/rates.ts';
import type { Scorecard } from '../../../src/domain/scorecard.ts';
import { coverageOf } from '../../../src/domain/scorecard-validate.ts';
import { readScorecards } from '../../../src/ingest/scorecard/read.ts';

const QD766 = resolve(__dirname, '../../../../shared/real-data/qd766');
const GROUPS = ['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDSH', 'MDHL'] as const;

type CsvRow = Record<string, string>;
const csv = (name: string): CsvRow[] =>
  Papa.parse<CsvRow>(readFileSync(resolve(QD766, name), 'utf8'), { header: true, skipEmptyLines: true }).data;

/** `year:2026` → `2026`, `month:2026-08` → `2026-08`, `quarter:2026-Q3` → `2026-Q3`. */
const periodOf = (p: string) => p.slice(p.indexOf(':') + 1);
const blankOr = (text: string) => (text === '' ? null : Number(text));

async function read(path: string, opts: { period?: string; asOf?: string } = {}) {
  return readScorecards(
    [{ name: path.split('/').pop()!, source: createReadStream(resolve(QD766, path)) }],
    opts,
  );
}

describe('official scorecards of the national portal (real-data/qd766)', () => {
  const expected = csv('scorecards.csv');
  const files = [...new Set(expected.map((r) => r.source_file!))];

  it('covers the 366 published rows in 4 files', () => {
    expect(expected.length).toBe(366);
    expect(files.length).toBe(4);
  });

  it.each(files)('%s: totals, groups, grades, ranks, period and capture date as published', async (file) => {
    const rows = expected.filter((r) => r.source_file === file);
    const { scorecards, problems, files: reports } = await read(file);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(reports[0]!.kind).toBe('json');
    expect(scorecards.length).toBe(rows.length);
    const byCode = new Map(scorecards.map((c) => [c.unitCode, c]));
    for (const row of rows) {
      const card = byCode.get(row.unit_code!)!;
      expect(card.unitName).toBe(row.unit_name);
      expect(card.period).toBe(periodOf(row.period!));
      expect(card.asOf).toBe(row.as_of === '' ? null : row.as_of);
      expect(card.versionId).toBe(INDEX_766_PORTAL_2025.id);
      expect(card.source).toBe('official');
      expect(card.total).toBe(Number(row.TONG_SCORE));
      expect(card.grade).toBe(gradeOf(Number(row.TONG_SCORE)).id);
      for (const g of GROUPS) expect(card.groups[g]).toBe(blankOr(row[g]!));
      expect(card.rank).toBe(blankOr(row.rank!));
      expect(coverageOf(card, INDEX_766_PORTAL_2025)).toBe(row.CKMB === '' ? 'total-only' : 'full');
    }
  });

  it('published ranks are competition ranks of the total (ties share a rank)', async () => {
    const withRank = files.filter((f) => expected.some((r) => r.source_file === f && r.rank !== ''));
    expect(withRank.length).toBe(1);
    const { scorecards } = await read(withRank[0]!);
    const ranks = rankWithinGroups(
      scorecards.map((c) => ({ id: c.unitCode!, group: c.period, value: c.total })),
      { higherIsBetter: true },
    );
    for (const c of scorecards) expect(ranks.get(c.unitCode!)).toBe(c.rank);
  });

  it('no province or unit reaches Tốt (80) in these data', async () => {
    const all: Scorecard[] = [];
    for (const f of files) all.push(...(await read(f)).scorecards);
    expect(all.some((c) => c.grade === 'good' || c.grade === 'excellent')).toBe(false);
  });
});

describe('progress tree (dvc-progress-tree, Phú Thọ 2026)', () => {
  const expected = csv('progress-units.csv');
  const files = [...new Set(expected.map((r) => r.source_file!))];

  it.each(files)('%s: TDGQ of every unit as published and as portalProgressScore gives it', async (file) => {
    const rows = expected.filter((r) => r.source_file === file);
    const {
      scorecards,
      problems,
      files: reports,
    } = await read(file, {
      period: periodOf(rows[0]!.period!),
      asOf: rows[0]!.as_of!.slice(0, 10),
    });
    expect(reports[0]!.shape).toBe('progress-tree');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(scorecards.length).toBe(rows.length);
    scorecards.forEach((card, i) => {
      const row = rows[i]!;
      expect(card.unitCode).toBe(row.unit_code);
      expect(card.groups.TDGQ).toBe(Number(row.score));
      for (const g of GROUPS) if (g !== 'TDGQ') expect(card.groups[g]).toBeNull();
      expect(coverageOf(card, INDEX_766_PORTAL_2025)).toBe('partial');
      // The portal rounds to 2 decimals and gives 0 points when nothing was received.
      const received = Number(row.total_received);
      const onTime = Number(row.total_on_time);
      const computed = portalProgressScore({
        early: onTime,
        onTime: 0,
        late: received - onTime,
        paused: 0,
        withinDeadline: 0,
        overdue: 0,
      });
      expect(card.groups.TDGQ).toBeCloseTo(computed, 2);
    });
  });
});
