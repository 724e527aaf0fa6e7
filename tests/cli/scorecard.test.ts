import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SAMPLES = join(ROOT, 'mock-data/samples');
const QD766 = resolve(ROOT, '../shared/real-data/qd766/raw');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin/dunghan.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('dunghan scorecard', () => {
  it('prints files, validated scorecards with grades and coverage, and problems as JSON', () => {
    const r = run(
      'scorecard',
      join(SAMPLES, 'scorecards-2026-03.csv'),
      join(QD766, 'ChippedTopaz__qd766/tests/fixtures/dvc-progress-tree/month-all.json'),
      '--period',
      '2026-03',
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /scorecards-2026-03\.csv: csv, period 2026-03, 766-portal-2025, 116 accepted, 0 rejected/,
    );
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['files', 'scorecards', 'problems']);
    expect(doc.files.map((f: { kind: string; shape: string | null }) => [f.kind, f.shape])).toEqual([
      ['csv', null],
      ['json', 'progress-tree'],
    ]);
    expect(doc.scorecards.length).toBe(116 + 164);
    const first = doc.scorecards[0];
    expect(first).toMatchObject({
      source: 'official',
      period: '2026-03',
      coverage: 'full',
      file: 'scorecards-2026-03.csv',
    });
    expect(['Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Yếu']).toContain(first.gradeVi);
    expect(doc.scorecards[116]).toMatchObject({
      unitCode: 'H44',
      coverage: 'partial',
      file: 'month-all.json',
    });
    expect(doc.problems).toEqual([]);
  });

  it('prints CSV with one column per group', () => {
    const r = run('scorecard', join(SAMPLES, 'scorecards-2025-03.csv'), '--format', 'csv');
    expect(r.status).toBe(0);
    const rows = Papa.parse<Record<string, string>>(r.stdout.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.meta.fields).toEqual([
      'file',
      'period',
      'versionId',
      'unitCode',
      'unitName',
      'CKMB',
      'TDGQ',
      'DVCTT',
      'MDHL',
      'MDSH',
      'total',
      'grade',
      'coverage',
      'rank',
      'asOf',
    ]);
    expect(rows.data.length).toBe(153);
    expect(rows.data[0]).toMatchObject({
      period: '2025-03',
      versionId: '766-decision-2022',
      asOf: '2025-04-05',
    });
  });

  it('fails on bad options and on files it cannot read', () => {
    expect(run('scorecard').status).toBe(2);
    expect(run('scorecard', 'x.csv', '--period', '03/2026').status).toBe(2);
    expect(run('scorecard', 'x.csv', '--version', 'v9').status).toBe(2);
    const noPeriod = run(
      'scorecard',
      join(QD766, 'ChippedTopaz__qd766/tests/fixtures/dvc-progress-tree/year-all.json'),
    );
    expect(noPeriod.status).toBe(1);
    expect(JSON.parse(noPeriod.stdout).problems[0]).toMatchObject({ code: 'no_period', severity: 'error' });
  });
});
