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
 * The first run also meets a server whose answer cache is cold.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
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
    } finally {
      await browser.close();
      await app.close();
    }
    const sorted = [...times].sort((a, b) => a - b);
    line(
      `overview numbers visible, median of ${runs} cold browser loads`,
      `${fmt(sorted[Math.floor(runs / 2)]!)} ms`,
      `worst ${fmt(sorted[runs - 1]!)} ms; target < 1500 ms`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

bundleFigures();
await pageLoad();
