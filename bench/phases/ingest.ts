import { fileInput } from '../../src/cli/node-source.ts';
import { aggregateCounts } from '../../src/domain/metrics.ts';
import { dayRangePeriod, monthsOf, yearPeriod } from '../../src/domain/period.ts';
import { tableByteLength } from '../../src/domain/table.ts';
import { indexUnits } from '../../src/domain/unit-metrics.ts';
import { createUnitResolver } from '../../src/domain/units.ts';
import { ingestFiles } from '../../src/ingest/pipeline.ts';

const file = process.argv[2]!;
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
const peak = { heapUsed: 0, heapTotal: 0, arrayBuffers: 0, rss: 0 };
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  for (const k of ['heapUsed', 'heapTotal', 'arrayBuffers', 'rss'] as const)
    peak[k] = Math.max(peak[k], m[k] / 1e6);
}, 100);
const t0 = performance.now();
const { table, report } = await ingestFiles([await fileInput(file)]);
const ingestMs = performance.now() - t0;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
clearInterval(sampler);
// Two collections with a pause between: stream buffers are freed only after their wrappers are.
gc?.();
await new Promise((r) => setTimeout(r, 200));
gc?.();
const heapAfter = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;

const median = (f: () => void, n = 21) => {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)]!;
};

const index = indexUnits(table, createUnitResolver());
// The whole span of the data, so every row is in play.
const all = dayRangePeriod(report.dateRange!.from, report.dateRange!.to);
const year = yearPeriod(2025);
const aggregateByUnitMs = median(() => aggregateCounts(table, all, index.grouping));
const allowed = new Uint8Array(table.sectors.size);
allowed[1] = 1;
const aggregateFilteredMs = median(() =>
  aggregateCounts(table, all, index.grouping, [{ column: table.sector, allowed }]),
);
const monthlyTrendMs = median(() => {
  for (const month of monthsOf(year)) aggregateCounts(table, month, index.grouping);
}, 5);

process.stdout.write(
  JSON.stringify({
    ingestMs,
    rowsRead: report.rowsRead,
    rowsPerSecond: report.rowsRead / (ingestMs / 1000),
    dossiers: table.length,
    maxRssMB,
    peakSampledMB: peak,
    tableBytesPerDossier: tableByteLength(table) / table.length,
    heapBytesPerDossier: gc ? (heapAfter - heapBefore) / table.length : Number.NaN,
    aggregateByUnitMs,
    aggregateFilteredMs,
    monthlyTrendMs,
  }),
);
