/**
 * Server figures: imports staged and published through the HTTP routes (in-process injection, so
 * the time is the server's), then, in a fresh server process, the start time and memory with that
 * data published, metrics latency for a year of data with every query new to the answer cache, and
 * latency under 50 concurrent clients over HTTP (the clients run in this process, not the server's).
 *
 *   node bin/run-ts.mjs bench/server.bench.ts [--rows 1000000] [--imports 6] [--keep-dir]
 *
 * --rows: dossiers per import (default 1,000,000, a province-year); --imports: how many such
 * imports, all in 2025 with distinct codes (default 6: the 6,000,000 of a province with its
 * vertical agencies). Rows come from the mock-data generator, sent in chunks of 5,000 canonical rows.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { importBodies, openApp, send } from './phases/publish.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive whole number`);
  return value;
};
const rowsPerImport = option('rows', 1_000_000);
const importCount = option('imports', 6);
const servePhaseAt = args.indexOf('--serve-phase');
const serving = servePhaseAt >= 0 ? args[servePhaseAt + 1]! : null;
const dataDir = serving ?? mkdtempSync(join(tmpdir(), 'dunghan-bench-'));

const fmt = (n: number, d = 0) =>
  n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
const line = (label: string, value: string, note = '') =>
  console.log(`${label.padEnd(58)} ${value.padStart(14)}  ${note}`);

async function importPhase(): Promise<void> {
  console.log(
    `data dir ${dataDir}; ${importCount} import(s) of ${fmt(rowsPerImport)} generated rows, all received in 2025\n`,
  );
  const { app, session } = await openApp(dataDir);
  for (let k = 0; k < importCount; k++) {
    const t = performance.now();
    const { bodies, rows } = importBodies(rowsPerImport, 7 + k, k === 0 ? '' : `V${k}-`);
    if (k === 0)
      line(
        'generate + serialise one import (client side, not timed below)',
        `${fmt(performance.now() - t)} ms`,
      );
    const created = await send(app, session, 'POST', '/api/imports', {
      fileName: `nam-2025-${k}.csv`,
      fileHash: `${String(k).padStart(2, '0')}${'ab'.repeat(31)}`,
      rowCount: rows,
    });
    const t0 = performance.now();
    for (const [n, body] of bodies.entries())
      await send(app, session, 'PUT', `/api/imports/${created.id}/chunks/${n}`, body);
    const t1 = performance.now();
    await send(app, session, 'POST', `/api/imports/${created.id}/finish`);
    const t2 = performance.now();
    await send(app, session, 'POST', `/api/imports/${created.id}/publish`);
    const t3 = performance.now();
    const total = (t3 - t0) / 1000;
    line(
      `import ${k + 1}: ${fmt(rows)} rows staged, finished, published`,
      `${fmt(total, 1)} s`,
      `chunks ${fmt(t1 - t0)} ms, finish ${fmt(t2 - t1)} ms, publish ${fmt(t3 - t2)} ms → ${fmt(rows / total)} rows/s` +
        (k === 0
          ? ' (target < 10 s for 1M)'
          : ` (${fmt(app.store.current().table.length - rows)} already published)`),
    );
  }
  await app.close();
}

/** In its own process: start, memory, cold latencies; then serves the load until SIGTERM. */
async function servePhase(): Promise<void> {
  const { app, startMs, session } = await openApp(dataDir);
  const dossiers = app.store.current().table.length;
  line(
    `server start with ${fmt(dossiers)} published dossiers`,
    `${fmt(startMs / 1000, 1)} s`,
    'target < 15 s',
  );
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  line(
    '  memory after start and a GC: heap + array buffers',
    `${fmt((memory.heapUsed + memory.arrayBuffers) / 1e6)} MB`,
    `RSS ${fmt(memory.rss / 1e6)} MB`,
  );

  const cold = async (label: string, url: (i: number) => string, n = 21) => {
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      const res = await app.inject({ method: 'GET', url: url(i), headers: session });
      if (res.statusCode !== 200) throw new Error(`${url(i)}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    line(
      `  ${label}`,
      `${fmt(times[Math.floor(n / 2)]!, 1)} ms`,
      `p95 ${fmt(times[Math.floor(n * 0.95)]!, 1)} ms (${n} requests)`,
    );
  };
  // A different end date each time, so every request computes its answer.
  const endOfYear = (i: number) => `2025-12-${String(31 - (i % 28)).padStart(2, '0')}`;
  console.log(`\nmetrics over the year 2025 (${fmt(dossiers)} dossiers), each query new to the cache:`);
  await cold('GET /api/metrics groupBy=total', (i) => `/api/metrics?from=2025-01-01&to=${endOfYear(i)}`);
  await cold(
    'GET /api/metrics groupBy=unit (ranks + rank change)',
    (i) => `/api/metrics?from=2025-01-01&to=${endOfYear(i)}&groupBy=unit`,
  );
  await cold(
    'GET /api/metrics groupBy=sector, unitGroup=commune',
    (i) => `/api/metrics?from=2025-01-01&to=${endOfYear(i)}&groupBy=sector&unitGroup=commune`,
  );
  await cold(
    'GET /api/metrics/series monthly, total',
    (i) => `/api/metrics/series?from=2025-01-01&to=${endOfYear(i)}`,
    5,
  );
  await cold(
    'GET /api/dossiers kind=overdue, first page',
    (i) => `/api/dossiers?kind=overdue&from=2025-01-01&to=${endOfYear(i)}`,
  );

  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
  console.log(`LISTENING ${url} ${session.cookie}`);
}

/** 50 clients over HTTP, each asking the usual views (total, units, sectors) of 2025 to some month's end. */
async function load(url: string, cookie: string): Promise<void> {
  const monthEnd = (m: number) => new Date(Date.UTC(2025, m, 0)).toISOString().slice(0, 10);
  const paths = [
    (d: string) => `/api/metrics?from=2025-01-01&to=${d}`,
    (d: string) => `/api/metrics?from=2025-01-01&to=${d}&groupBy=unit`,
    (d: string) => `/api/metrics?from=2025-01-01&to=${d}&groupBy=sector`,
  ];
  const latencies: number[] = [];
  const deadline = performance.now() + 10_000;
  let failures = 0;
  await Promise.all(
    Array.from({ length: 50 }, async (_, client) => {
      let i = client;
      while (performance.now() < deadline) {
        const path = paths[i % paths.length]!(monthEnd(1 + (i % 12)));
        const t = performance.now();
        const res = await fetch(url + path, { headers: { cookie } });
        await res.arrayBuffer();
        if (res.status !== 200) failures++;
        latencies.push(performance.now() - t);
        i += 7;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))]!;
  console.log(
    '\n50 concurrent clients over HTTP for 10 s (36 distinct queries: each computed once, then cached):',
  );
  line('  requests', fmt(latencies.length), `${fmt(latencies.length / 10)} req/s, ${failures} failed`);
  line('  latency p50', `${fmt(at(0.5), 1)} ms`);
  line('  latency p95', `${fmt(at(0.95), 1)} ms`, 'target < 100 ms');
}

if (serving !== null) await servePhase();
else {
  try {
    await importPhase();
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=8192',
        fileURLToPath(new URL('../bin/run-ts.mjs', import.meta.url)),
        fileURLToPath(import.meta.url),
        '--serve-phase',
        dataDir,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    for await (const text of createInterface({ input: child.stdout! })) {
      const listening = /^LISTENING (\S+) (\S+)$/.exec(text);
      if (!listening) {
        console.log(text);
        continue;
      }
      await load(listening[1]!, listening[2]!);
      child.kill('SIGTERM');
    }
    if ((await exited) !== 0) throw new Error('the server process failed');
  } finally {
    if (!args.includes('--keep-dir')) rmSync(dataDir, { recursive: true, force: true });
  }
}
