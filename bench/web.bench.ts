/**
 * Web figures: the production bundle's initial JavaScript (gzip) and the time until the overview's
 * numbers are visible in headless Chromium with a year of a province's data published.
 *
 *   node bin/run-ts.mjs bench/web.bench.ts [--rows 1000000] [--runs 5] [--no-build]
 *
 * Initial JavaScript = the entry script of dist/web/index.html plus every module it preloads
 * (what the browser must fetch before the first route renders); lazily loaded pages are listed
 * apart. Page load: a fresh browser context each run (nothing cached), signed in by cookie,
 * navigation to /?period=2025 until the year's received count, formatted vi-VN, is on screen.
 * The first run also meets a server whose answer cache is cold. Then the target answer's time with
 * eleven months of official scorecards published beside the year.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { chromium } from 'playwright-core';
import { generateScorecardTables } from '../mock-data/src/scorecards/generate-scorecards.ts';
import { formatInteger } from '../src/web/lib/format.ts';
import { importBodies, openApp, send } from './phases/publish.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive whole number`);
  return value;
};
const rows = option('rows', 1_000_000);
const runs = option('runs', 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DIST = 'dist/web';

const fmt = (n: number, d = 0) =>
  n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
const line = (label: string, value: string, note = '') =>
  console.log(`${label.padEnd(58)} ${value.padStart(14)}  ${note}`);
const gzipKb = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

function bundleFigures(): void {
  if (!args.includes('--no-build')) {
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const initial = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)) initial.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g))
    initial.add(m[1]!);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/?([^"]+\.css)"/g)].map((m) => m[1]!);

  console.log('production bundle (gzip -9):');
  let initialKb = 0;
  for (const file of initial) {
    const kb = gzipKb(join(DIST, file));
    initialKb += kb;
    line(`  ${file}`, `${fmt(kb, 1)} KB`);
  }
  line('initial JavaScript of the first route', `${fmt(initialKb, 1)} KB`, 'target < 250 KB gzip');
  for (const file of css) line(`  stylesheet ${file}`, `${fmt(gzipKb(join(DIST, file)), 1)} KB`);

  const lazy = readdirSync(join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js') && !initial.has(`assets/${f}`))
    .map((f) => ({ f, kb: gzipKb(join(DIST, 'assets', f)), raw: statSync(join(DIST, 'assets', f)).size }))
    .sort((a, b) => b.kb - a.kb);
  const lazyKb = lazy.reduce((s, x) => s + x.kb, 0);
  line(`loaded on demand (${lazy.length} chunks)`, `${fmt(lazyKb, 1)} KB`, 'largest:');
  for (const x of lazy.slice(0, 5)) line(`  ${x.f}`, `${fmt(x.kb, 1)} KB`);
}

async function pageLoad(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dunghan-web-bench-'));
  try {
    const { app, session } = await openApp(dataDir);
    const t = performance.now();
    const { bodies, rows: sent } = importBodies(rows, 7, '');
    const created = await send(app, session, 'POST', '/api/imports', {
      fileName: 'nam-2025.csv',
      fileHash: 'ab'.repeat(32),
      rowCount: sent,
    });
    for (const [n, body] of bodies.entries())
      await send(app, session, 'PUT', `/api/imports/${created.id}/chunks/${n}`, body);
    await send(app, session, 'POST', `/api/imports/${created.id}/finish`);
    await send(app, session, 'POST', `/api/imports/${created.id}/publish`);
    console.log(`\n${fmt(sent)} dossiers of 2025 published in ${fmt((performance.now() - t) / 1000, 1)} s`);

    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const total = await app.inject({
      method: 'GET',
      url: '/api/metrics?from=2025-01-01&to=2025-12-31',
      headers: session,
    });
    const received = formatInteger(total.json().rows[0].metrics.received as number);
    // Warm nothing on purpose: the first run meets a cold answer cache, as the first visitor would.
    const [name, value] = session.cookie.split('=') as [string, string];
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const times: number[] = [];
    try {
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({
          viewport: { width: 1440, height: 900 },
          locale: 'vi-VN',
          timezoneId: 'Asia/Ho_Chi_Minh',
        });
        await context.addCookies([{ name, value, url }]);
        const page = await context.newPage();
        const t0 = performance.now();
        await page.goto(`${url}/?period=2025`, { waitUntil: 'commit' });
        await page
          .getByText(received, { exact: false })
          .first()
          .waitFor({ state: 'visible', timeout: 30_000 });
        const ms = performance.now() - t0;
        times.push(ms);
        line(`  run ${i + 1}${i === 0 ? ' (server answer cache cold)' : ''}`, `${fmt(ms)} ms`);
        await context.close();
      }
      const sorted = [...times].sort((a, b) => a - b);
      line(
        `overview numbers visible, median of ${runs} cold browser loads`,
        `${fmt(sorted[Math.floor(runs / 2)]!)} ms`,
        `worst ${fmt(sorted[runs - 1]!)} ms; target < 1500 ms`,
      );
      await targetAnswer(app, session);
    } finally {
      await browser.close();
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The "100 % Tốt" answer (target page, rankings, unit page, overview tile) over the same year, once
 * the official scorecards of January–November are published: December is then estimated for every
 * unit from its dossiers and its last card, and the 12-month history is graded month by month.
 */
async function targetAnswer(app: FastifyInstance, session: Record<string, string>): Promise<void> {
  const tables = generateScorecardTables({ seed: 766, from: '2025-01', to: '2025-11' });
  for (const [i, table] of tables.entries())
    await send(app, session, 'POST', '/api/index766/scorecard-sets', {
      fileName: `bang-diem-${table.period}.csv`,
      fileHash: (i + 1).toString(16).padStart(2, '0').repeat(32),
      scorecards: table.scorecards,
    });
  console.log(
    `\n${tables.length} monthly scorecard sets published (${tables[0]!.scorecards.length} units each)`,
  );
  for (const [label, url] of [
    ['target answer, 12 months to 12/2025 (cold)', '/api/index766/target?month=2025-12&months=12'],
    ['  same again (answer cache warm)', '/api/index766/target?month=2025-12&months=12'],
    ['overview tile, 2 months to 11/2025 (cold)', '/api/index766/target?month=2025-11&months=2'],
  ] as const) {
    const t0 = performance.now();
    const res = await app.inject({ method: 'GET', url, headers: session });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    line(label, `${fmt(performance.now() - t0)} ms`, label.startsWith(' ') ? '' : 'target < 1000 ms');
  }
}

bundleFigures();
await pageLoad();
