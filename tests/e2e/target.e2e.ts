import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/web/lib/format.ts';
import {
  horizontalOverflow,
  launch,
  newPage,
  PHONE_390,
  pageProblems,
  shoot,
  WIDE,
} from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

const SAMPLES = 'mock-data/samples';
const DOSSIERS = `${SAMPLES}/export-2026-03.csv`;
const SCORECARDS = `${SAMPLES}/scorecards-2026-03.csv`;
const FEEDBACK = `${SAMPLES}/feedback-2026-03.csv`;
const ADMIN = { username: 'quantri', displayName: 'Lê Thị Mục Tiêu', password: 'mat-khau-e2e-muc-tieu' };
const run = promisify(execFile);

interface CliShare {
  units: number;
  goodOrBetter: number;
  share: number | null;
}
interface CliTarget {
  province: { official: CliShare | null; estimate: CliShare };
  units: { unit: string; basis: 'official' | 'estimate' | null; gapTo80: number | null }[];
}

/** `dunghan target` over the same three files: what the screen must show. */
async function cliTarget(): Promise<CliTarget> {
  const { stdout } = await run(
    process.execPath,
    [
      'bin/dunghan.mjs',
      'target',
      '--month',
      '2026-03',
      '--scorecard',
      SCORECARDS,
      '--dossiers',
      DOSSIERS,
      '--feedback',
      FEEDBACK,
      '--format',
      'json',
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as CliTarget;
}

describe('the "100 % Tốt" target in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let desktop: { context: BrowserContext; page: Page };
  const at = (path: string) => new URL(path, server.url).toString();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launch()]);
    desktop = await newPage(browser, WIDE);
    const { page } = desktop;
    await page.goto(server.setupUrl!);
    await page.getByLabel('Tên đăng nhập').fill(ADMIN.username);
    await page.getByLabel('Họ và tên').fill(ADMIN.displayName);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('Nhập lại mật khẩu').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Tạo quản trị viên' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tổng quan' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('uploads a dossier export, the official scorecards and the PAKN export through the upload page', async () => {
    const { page } = desktop;
    await page.goto(at('/tai-du-lieu'));
    await page.getByLabel('Chọn tệp…').setInputFiles(DOSSIERS);
    await page.getByRole('heading', { name: 'Kết quả kiểm tra' }).waitFor();
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByRole('button', { name: 'Xác nhận công bố' }).click({ timeout: 60_000 });
    await page.getByRole('status').filter({ hasText: 'Đã công bố dữ liệu.' }).waitFor({ timeout: 60_000 });

    for (const [kind, param, file] of [
      ['Bảng điểm Chỉ số phục vụ (QĐ 766)', 'bang-diem', SCORECARDS],
      ['Phản ánh, kiến nghị (PAKN)', 'pakn', FEEDBACK],
    ] as const) {
      // The kind lives in the URL, so a link opens the page on it.
      await page.goto(at(`/tai-du-lieu?loai=${param}`));
      expect(await page.getByRole('radio', { name: kind, exact: true }).isChecked()).toBe(true);
      const name = file.split('/').pop()!;
      await page.getByLabel('Chọn tệp…').setInputFiles(file);
      const publish = page.getByRole('button', { name: `Công bố tệp ${name}` });
      await publish.waitFor({ timeout: 30_000 });
      await shoot(page, `upload-${param}`);
      await publish.click();
      await page.getByText(`Đã công bố tệp ${name}`, { exact: false }).waitFor({ timeout: 30_000 });
    }
    expect(pageProblems(page)).toEqual([]);
  });

  it('shows the same counts and the same units below Tốt as `dunghan target` for the same files', async () => {
    const expected = await cliTarget();
    const { page } = desktop;
    await page.goto(at('/muc-tieu?period=2026-03'));
    await page.getByRole('heading', { level: 1 }).waitFor();

    const official = expected.province.official!;
    const officialCard = page.locator('article.target-card--official');
    await officialCard
      .getByText(`${official.goodOrBetter}/${official.units} đơn vị`)
      .waitFor({ timeout: 30_000 });
    expect(await officialCard.textContent()).toContain(formatPercent(official.share)!);
    const estimate = expected.province.estimate;
    const estimateCard = page.locator('article.target-card--estimate');
    expect(await estimateCard.textContent()).toContain(`${estimate.goodOrBetter}/${estimate.units} đơn vị`);
    expect(await estimateCard.getByText('Ước tính').count()).toBeGreaterThan(0);

    // Every unit below 80, the largest gap first (the page's order; the CLI lists the closest first).
    const below = expected.units.filter((u) => u.gapTo80 !== null && u.gapTo80 > 0);
    const table = page.getByRole('table', { name: /Đơn vị chưa đạt loại Tốt/ });
    await table.waitFor();
    await page.getByRole('button', { name: `Xem cả ${below.length} đơn vị` }).click();
    const names = await table.locator('tbody th').allTextContents();
    expect([...names].sort()).toEqual(below.map((u) => u.unit).sort());
    const gapOf = new Map(below.map((u) => [u.unit, u.gapTo80!]));
    const gaps = names.map((n) => gapOf.get(n)!);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    await page.getByText(`${below.length} đơn vị chưa đạt`, { exact: false }).first().waitFor();
    await shoot(page, 'target');

    const phone = await browser.newContext({
      viewport: PHONE_390,
      storageState: await desktop.context.storageState(),
      locale: 'vi-VN',
    });
    const small = await phone.newPage();
    await small.goto(at('/muc-tieu?period=2026-03'));
    await small.locator('article.target-card--official').waitFor();
    expect(await horizontalOverflow(small)).toBe(0);
    await shoot(small, 'target');
    await phone.close();

    // The unit with the largest gap: its page shows the same gap, and the groups it lost points on.
    const first = names[0]!;
    await table.getByRole('link', { name: first, exact: true }).click();
    await page.waitForURL(/\/don-vi\//);
    const panel = page.locator('section.unit-index');
    const points = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(gapOf.get(first)!);
    await panel.getByText(`Còn thiếu ${points} điểm để đạt loại Tốt`).waitFor({ timeout: 30_000 });
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe(
      'Chỉ số phục vụ QĐ 766 – Tháng 3/2026',
    );
    expect(await panel.locator('tbody tr').count()).toBe(6);
    await panel.scrollIntoViewIfNeeded();
    await shoot(page, 'unit-766');

    // The overview's tile says the same, and opens the target page.
    await page.goto(at('/?period=2026-03'));
    const tile = page.locator('.target-tile');
    await tile
      .getByText(`${official.goodOrBetter}/${official.units}`, { exact: false })
      .waitFor({ timeout: 30_000 });
    await tile.getByRole('link', { name: 'Xem mục tiêu 100 % Tốt' }).click();
    await page.waitForURL(/\/muc-tieu\?period=2026-03/);
    expect(pageProblems(page)).toEqual([]);
  });
});
