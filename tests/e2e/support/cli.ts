import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Metrics } from '../../../src/domain/metrics.ts';
import type { Problem } from '../../../src/ingest/problems.ts';

const run = promisify(execFile);

export interface CliReport {
  period: { from: string; to: string };
  total: Metrics;
  validation: { rowsRead: number; accepted: number; rejected: number; warnings: number; problems: Problem[] };
}

/** `dunghan report FILE --format json`: the core's numbers for the file's whole date range. */
export async function cliReport(file: string): Promise<CliReport> {
  const { stdout } = await run(process.execPath, ['bin/dunghan.mjs', 'report', file, '--format', 'json'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as CliReport;
}

/** A generated export of `rows` rows (mock-data/generate.ts), for the large-file tests. */
export async function generateExport(rows: number, out: string): Promise<void> {
  await run(process.execPath, [
    'bin/run-ts.mjs',
    'mock-data/generate.ts',
    '--rows',
    String(rows),
    '--format',
    'csv',
    '--out',
    out,
  ]);
}
