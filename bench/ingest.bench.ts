/**
 * `npm run bench`: ingest and aggregation figures for a generated N-row CSV export (default
 * 1,000,000), beside a plain papaparse parse of the same file measured in the same run. Each
 * phase runs in its own Node process so its peak memory (max RSS) is its own.
 * Options: --rows N (default 1000000), --keep (reuse the generated file).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const rowsArg = args.indexOf('--rows');
const rows = rowsArg >= 0 ? Number(args[rowsArg + 1]) : 1_000_000;
if (!Number.isInteger(rows) || rows <= 0) {
  console.error('--rows needs a positive whole number');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const file = resolve(root, `mock-data/out/bench-${rows}.csv`);
const runTs = resolve(root, 'bin/run-ts.mjs');

function run(script: string, extra: string[], nodeArgs: string[] = []): string {
  const r = spawnSync(process.execPath, [...nodeArgs, runTs, script, ...extra], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`${script} failed (exit ${r.status})`);
  return r.stdout;
}

if (!existsSync(file)) {
  console.log(`generating ${rows.toLocaleString('en')} rows → ${file}`);
  run('mock-data/generate.ts', ['--rows', String(rows), '--format', 'csv', '--seed', '7', '--out', file]);
}
const mb = statSync(file).size / 1e6;
console.log(`file: ${file} (${mb.toFixed(0)} MB, ${rows.toLocaleString('en')} rows)\n`);

const papa = JSON.parse(run('bench/phases/papaparse.ts', [file], ['--max-old-space-size=8192']));
const ours = JSON.parse(run('bench/phases/ingest.ts', [file], ['--expose-gc']));

const fmt = (n: number, d = 0) =>
  n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
const line = (label: string, value: string, target = '') =>
  console.log(`${label.padEnd(52)} ${value.padStart(14)}  ${target}`);
line(
  'plain papaparse (header: true, whole string)',
  `${fmt(papa.ms)} ms`,
  `${fmt(papa.rowsPerSecond)} rows/s, peak ${fmt(papa.maxRssMB)} MB`,
);
line(
  'ingest: decode+parse+normalize+validate+encode',
  `${fmt(ours.ingestMs)} ms`,
  `${fmt(ours.rowsPerSecond)} rows/s`,
);
line('  ratio to plain papaparse', `${fmt(ours.ingestMs / papa.ms, 2)}×`, 'target ≤ 1.00×');
line('  peak memory while ingesting (max RSS)', `${fmt(ours.maxRssMB)} MB`, 'target < 500 MB');
line('  dossiers in table', fmt(ours.dossiers));
line('  table bytes per dossier', fmt(ours.tableBytesPerDossier, 1), 'target < 100');
line('  heap bytes per dossier after load (GC, all live data)', fmt(ours.heapBytesPerDossier, 1));
line(
  're-aggregate by unit, whole table (median of 21)',
  `${fmt(ours.aggregateByUnitMs, 2)} ms`,
  'target < 20 ms',
);
line('re-aggregate by unit, filtered to one sector', `${fmt(ours.aggregateFilteredMs, 2)} ms`);
line('re-aggregate, 12 months of 2025 × unit (trend)', `${fmt(ours.monthlyTrendMs, 1)} ms`);
