import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isGoodOrBetter } from '../../src/domain/index766.ts';

const ROOT = resolve(__dirname, '../..');
const SAMPLES = join(ROOT, 'mock-data/samples');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin/dunghan.mjs'), 'target', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

interface Share {
  units: number;
  goodOrBetter: number;
  share: number | null;
  byUnitGroup: Record<string, { units: number; goodOrBetter: number }>;
  grades: Record<string, number>;
}
interface Unit {
  unit: string;
  official: { total: number; gapTo80: number; groups: Record<string, number | null> } | null;
  estimate: {
    total: number;
    gapTo80: number;
    complete: boolean;
    groups: Record<string, number | null>;
    provenance: Record<string, string>;
  } | null;
  gapTo80: number | null;
  pointsLostByGroup: { group: string; max: number; points: number | null; lost: number | null }[];
  progress: {
    kind: string;
    resolve?: number;
    resolveNeeded?: number | null;
    recoverable: number;
    good: number;
    bad: number;
  } | null;
  feedback: { received: number; handled: string } | null;
}

function expectShareAddsUp(s: Share): void {
  const groups = Object.values(s.byUnitGroup);
  expect(groups.reduce((a, g) => a + g.units, 0)).toBe(s.units);
  expect(groups.reduce((a, g) => a + g.goodOrBetter, 0)).toBe(s.goodOrBetter);
  expect(Object.values(s.grades).reduce((a, b) => a + b, 0)).toBe(s.units);
  expect(s.grades.excellent! + s.grades.good!).toBe(s.goodOrBetter);
}

describe('dunghan target', () => {
  const dossiers = join(SAMPLES, 'export-2026-03.csv');
  const scorecards = join(SAMPLES, 'scorecards-2026-03.csv');
  const feedback = join(SAMPLES, 'feedback-2026-03.csv');

  it('prints official and estimated scores, gaps, losses, progress needs and the province share', () => {
    const r = run(
      '--month',
      '2026-03',
      '--scorecard',
      scorecards,
      '--dossiers',
      dossiers,
      '--feedback',
      feedback,
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/feedback-2026-03\.csv: feedback csv, \d+ rows/);
    const doc = JSON.parse(r.stdout);
    expect(doc.month).toBe('2026-03');
    const units = doc.units as Unit[];
    expect(units.length).toBeGreaterThan(100);

    const official = doc.province.official as Share;
    expectShareAddsUp(official);
    expect(official.goodOrBetter).toBe(
      units.filter((u) => u.official && isGoodOrBetter(u.official.total)).length,
    );
    expectShareAddsUp(doc.province.estimate as Share);

    for (const u of units) {
      // An incomplete estimate (no official card ever) is not placed against 80.
      const basis = u.official ?? (u.estimate?.complete ? u.estimate : null);
      if (basis === null) {
        expect(u.gapTo80).toBeNull();
        continue;
      }
      expect(u.gapTo80).toBeCloseTo(isGoodOrBetter(basis.total) ? 0 : 80 - basis.total, 6);
      const lost = u.pointsLostByGroup.map((l) => l.lost ?? -1);
      expect(lost).toEqual([...lost].sort((a, b) => b - a));
      if (u.estimate) {
        const sum = Object.values(u.estimate.groups).reduce<number>((s, v) => s + (v ?? 0), 0);
        expect(u.estimate.total).toBeCloseTo(sum, 1);
        expect(u.estimate.provenance.TDGQ).toBe('dossiers');
        expect(u.estimate.provenance.MDHL).toBe('dossiers+feedback');
      }
      expect(u.feedback?.handled).toMatch(/^\d+\/\d+$/);
    }
    // Units with no feedback get full marks on the two feedback indicators.
    expect(units.some((u) => u.feedback?.received === 0)).toBe(true);
    // The vertical agencies have dossiers but no scorecard in the sample.
    expect(doc.unmatched.dossierUnits).toContain('Công an tỉnh');
    expect(doc.comparison.units).toBe(official.units);
  });

  it('works out the progress lever from the dossiers of a unit that is 1.5 points short', () => {
    // One unit, March 2026, exported on 16 March: 17 dossiers resolved on time, 2 pending with
    // deadlines on 20 and 25 March (counted overdue at the month's end unless resolved), 1 already
    // overdue: good 17, bad 3 → progress 20 × 17 / 20 = 17. Its February card: 78.5 with TDGQ 17,
    // so 61.5 elsewhere. 80 needs progress 18.5 → good + k ≥ 18.5 × 20 / 20 = 18.5 → k = 2,
    // and 2 dossiers are still due after 16 March: reachable.
    const dir = mkdtempSync(join(tmpdir(), 'dunghan-target-'));
    const rows = ['Mã hồ sơ,Đơn vị xử lý,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Trạng thái'];
    for (let i = 1; i <= 17; i++)
      rows.push(`H-${i},UBND xã An Phú,02/03/2026,10/03/2026,05/03/2026,Đã trả kết quả`);
    rows.push('H-18,UBND xã An Phú,09/03/2026,20/03/2026,,Đang xử lý');
    rows.push('H-19,UBND xã An Phú,10/03/2026,25/03/2026,,Đang xử lý');
    rows.push('H-20,UBND xã An Phú,02/03/2026,06/03/2026,,Đang xử lý');
    writeFileSync(join(dir, 'hs.csv'), `${rows.join('\n')}\n`);
    writeFileSync(
      join(dir, 'scorecards-2026-02.csv'),
      [
        'Tháng 2/2026',
        'Stt,Mã đơn vị,Tên đơn vị,CKMB,TDGQ,CLGQ,TTTT,MDSH,MDHL,Tổng điểm,Xếp loại',
        '1,H01.1.01,Ủy ban nhân dân xã An Phú,14,17,9,6,18,"14,5","78,5",Khá',
      ].join('\n'),
    );
    const r = run(
      '--month',
      '2026-03',
      '--as-of',
      '2026-03-16',
      '--dossiers',
      join(dir, 'hs.csv'),
      '--scorecard',
      join(dir, 'scorecards-2026-02.csv'),
    );
    expect(r.status, r.stderr).toBe(0);
    const [unit] = JSON.parse(r.stdout).units as Unit[];
    expect(unit!.unit).toBe('UBND xã An Phú');
    expect(unit!.official).toBeNull();
    // No channel column and no feedback export: CLGQ and MDHL stay February's official 9 and 14.5.
    expect(unit!.estimate!.groups).toMatchObject({ TDGQ: 17, CLGQ: 9, MDHL: 14.5, CKMB: 14 });
    expect(unit!.estimate!.total).toBe(78.5);
    expect(unit!.progress).toMatchObject({ kind: 'reachable', resolve: 2, recoverable: 2, good: 17, bad: 3 });
  });

  it('rejects a call without --month or --dossiers', () => {
    expect(run('--dossiers', 'x.csv').status).toBe(2);
    expect(run('--month', '2026-03').status).toBe(2);
  });
});
