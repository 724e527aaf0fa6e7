import { describe, expect, it } from 'vitest';
import { parseCli, UsageError } from '../../mock-data/src/cli-options.ts';

describe('generate.ts command line', () => {
  it('reads a full export command', () => {
    const command = parseCli([
      '--rows',
      '1_000_000',
      '--seed',
      '3',
      '--out',
      'mock-data/out/x.csv',
      '--from',
      '2025-01-01',
      '--to',
      '2025-12-31',
      '--encoding',
      'windows-1258',
      '--delimiter',
      ';',
      '--titles',
      '--two-row-header',
      '--totals',
      '--headers',
      'ascii',
      '--date-formats',
      'dueAt=dd/MM/yyyy,receivedAt=iso',
    ]);
    expect(command.kind).toBe('export');
    if (command.kind !== 'export') return;
    const { spec } = command;
    expect(spec.format).toBe('csv');
    expect(spec.generate).toMatchObject({ rows: 1_000_000, seed: 3, from: '2025-01-01', to: '2025-12-31' });
    expect(spec.csv).toEqual({ encoding: 'windows-1258', delimiter: ';', lineEnding: '\r\n' });
    expect(spec.layout).toMatchObject({
      titles: true,
      twoRowHeader: true,
      totals: true,
      columnNumbers: false,
      headers: 'ascii',
      dateFormats: { dueAt: 'dd/MM/yyyy', receivedAt: 'iso' },
    });
  });

  it('takes the format from the file name', () => {
    const formatOf = (out: string) => {
      const c = parseCli(['--out', out]);
      return c.kind === 'export' ? c.spec.format : null;
    };
    expect(formatOf('a.xlsx')).toBe('xlsx');
    expect(formatOf('a.xls')).toBe('html');
    expect(formatOf('a.CSV')).toBe('csv');
  });

  it('refuses what it cannot do, saying why', () => {
    expect(() => parseCli([])).toThrow(UsageError);
    expect(() => parseCli(['--out', 'a.txt'])).toThrow(/--format/);
    expect(() => parseCli(['--out', 'a.csv', '--encoding', 'latin1'])).toThrow(
      /utf8-bom, utf8, windows-1258/,
    );
    expect(() => parseCli(['--out', 'a.xlsx', '--rows', '1000000'])).toThrow(/capped at 200,000/);
    expect(() => parseCli(['--out', 'a.csv', '--rows=-1'])).toThrow(/whole number/);
    expect(() => parseCli(['--out', 'a.csv', '--bogus'])).toThrow(UsageError);
    expect(() => parseCli(['--out', 'a.csv', '--date-formats', 'dueAt=yyyy'])).toThrow(/column=format/);
  });

  it('has help and a samples mode', () => {
    expect(parseCli(['--help'])).toEqual({ kind: 'help' });
    expect(parseCli(['--samples'])).toEqual({ kind: 'samples', directory: 'mock-data/samples' });
  });
});
