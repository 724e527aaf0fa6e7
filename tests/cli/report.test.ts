import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SAMPLES = join(ROOT, 'mock-data/samples');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin/dunghan.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });

interface UnitRow {
  unit: string;
  group: string;
  rank: number | null;
  received: number;
  carriedOver: number;
  new: number;
  resolved: number;
  pending: number;
  late: number;
  overdue: number;
  progressRate766: number | null;
}

describe('dunghan report', () => {
  const csv = join(SAMPLES, 'export-2025-q1.csv');

  it('prints one JSON document with period, total, ranked units and the validation report', () => {
    const r = run('report', csv, '--from', '2025-01-01', '--to', '2025-03-31', '--format', 'json');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/export-2025-q1\.csv: csv, \d+ rows/);
    const doc = JSON.parse(r.stdout);
    expect(doc.period).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    const units = doc.units as UnitRow[];
    const sum = (k: keyof UnitRow) => units.reduce((s, u) => s + (u[k] as number), 0);
    for (const k of ['received', 'resolved', 'pending', 'late', 'overdue'] as const)
      expect(sum(k)).toBe(doc.total[k]);
    expect(doc.total.carriedOver + doc.total.new).toBe(doc.total.resolved + doc.total.pending);
    for (const u of units) {
      expect(['department', 'commune', 'vertical', 'other']).toContain(u.group);
      expect(u.received).toBeGreaterThan(0);
    }
    // Ranks are competition ranks by progressRate766 within each group.
    for (const group of new Set(units.map((u) => u.group))) {
      const members = units.filter((u) => u.group === group && u.rank !== null);
      for (const u of members) {
        const better = members.filter((o) => o.progressRate766! > u.progressRate766! + 1e-9).length;
        expect(u.rank).toBe(better + 1);
      }
    }
    const v = doc.validation;
    expect(v.rowsRead).toBe(v.accepted + v.rejected + v.excluded);
    expect(v.problems.length).toBeGreaterThan(0);
    for (const p of v.problems)
      expect(Object.keys(p).sort()).toEqual([
        'code',
        'column',
        'file',
        'message',
        'row',
        'severity',
        'value',
      ]);
  });

  it('merges files: a dossier in two files counts once, from the file given last', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dunghan-cli-'));
    const header = 'Mã hồ sơ,Đơn vị xử lý,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Trạng thái\n';
    writeFileSync(
      join(dir, 'a.csv'),
      `${header}000123,Sở Y tế,02/01/2025 08:00,06/01/2025,03/01/2025 09:00,Đã trả kết quả\n`,
    );
    writeFileSync(
      join(dir, 'b.csv'),
      `${header}000123,Sở Y tế,02/01/2025 08:00,06/01/2025,08/01/2025 09:00,Đã trả kết quả\n`,
    );
    const ab = JSON.parse(
      run('report', join(dir, 'a.csv'), join(dir, 'b.csv'), '--from', '2025-01-01', '--to', '2025-01-31')
        .stdout,
    );
    const ba = JSON.parse(
      run('report', join(dir, 'b.csv'), join(dir, 'a.csv'), '--from', '2025-01-01', '--to', '2025-01-31')
        .stdout,
    );
    expect([ab.total.received, ab.total.late, ab.total.early]).toEqual([1, 1, 0]);
    expect([ba.total.received, ba.total.late, ba.total.early]).toEqual([1, 0, 1]);
    expect(ab.validation.rejected).toBe(0);
    expect(ab.validation.problems[0]).toMatchObject({
      code: 'duplicate_code',
      file: 'b.csv',
      value: '000123',
    });
  });

  it('treats --to as inclusive: a dossier received on the last day is in the period', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dunghan-cli-'));
    writeFileSync(
      join(dir, 'x.csv'),
      'Mã hồ sơ,Đơn vị xử lý,Ngày tiếp nhận,Ngày hẹn trả,Trạng thái\nK-1,Sở Y tế,31/01/2025 16:30,05/02/2025,Đang xử lý\n',
    );
    const doc = JSON.parse(
      run('report', join(dir, 'x.csv'), '--from', '2025-01-01', '--to', '2025-01-31').stdout,
    );
    expect(doc.total.new).toBe(1);
    expect(doc.total.withinDeadline).toBe(1);
  });

  it('prints the per-unit table as CSV', () => {
    const r = run('report', csv, '--from', '2025-01-01', '--to', '2025-03-31', '--format', 'csv');
    expect(r.status).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(r.stdout.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    const json = JSON.parse(run('report', csv, '--from', '2025-01-01', '--to', '2025-03-31').stdout);
    expect(parsed.data.length).toBe(json.units.length);
    expect(parsed.meta.fields).toEqual(
      expect.arrayContaining(['unit', 'group', 'rank', 'received', 'onTimeRate', 'progressRate766']),
    );
    expect(Number(parsed.data[0]!.received)).toBe(json.units[0].received);
  });

  it.each([
    [['report'], /needs at least one FILE/],
    [['report', 'x.csv', '--from', '2025-13-01', '--to', '2025-12-31'], /--from must be a date/],
    [['report', 'x.csv', '--from', '2025-01-01'], /both --from and --to/],
    [['report', 'x.csv', '--format', 'xml'], /--format must be json or csv/],
    [['report', 'no-such-file.csv'], /cannot read no-such-file\.csv: no such file/],
    [['frobnicate'], /unknown command/],
  ])('exits non-zero with a one-line reason for %j', (args, reason) => {
    const r = run(...args);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(reason);
  });
});
