import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportList } from '../../src/api/imports.ts';
import { formatDecimal, formatInteger, formatPercent } from '../../src/web/lib/format.ts';
import {
  clearProblems,
  DESKTOP,
  horizontalOverflow,
  launch,
  newPage,
  PHONE,
  pageProblems,
  shoot,
} from './support/browser.ts';
import { cliReport, generateExport } from './support/cli.ts';
import { type RunningServer, startServer } from './support/server.ts';

const SAMPLE = 'mock-data/samples/export-2025-q1.csv';
const ADMIN = { username: 'quantri', displayName: 'Nguyễn Văn Quản', password: 'mat-khau-e2e-du-dai' };

/** Every page, with its Vietnamese heading. */
const SCREENS = [
  { name: 'overview', path: '/', title: 'Tổng quan' },
  { name: 'rankings', path: '/xep-hang', title: 'Xếp hạng' },
  { name: 'units', path: '/don-vi', title: 'Đơn vị' },
  { name: 'dossiers', path: '/ho-so', title: 'Danh sách hồ sơ' },
  { name: 'upload', path: '/tai-du-lieu', title: 'Tải dữ liệu' },
  { name: 'definitions', path: '/dinh-nghia', title: 'Giải thích chỉ số' },
  { name: 'admin', path: '/quan-tri', title: 'Quản trị' },
] as const;

/** The main menu's links, in order (the target page has no screenshot here: it is still being built). */
const NAV = [
  'Tổng quan',
  'Mục tiêu 766',
  'Xếp hạng',
  'Đơn vị',
  'Hồ sơ',
  'Tải dữ liệu',
  'Giải thích chỉ số',
  'Quản trị',
];

describe('Đúng hạn in Chromium against the real server', () => {
  let server: RunningServer;
  let browser: Browser;
  let desktop: { context: BrowserContext; page: Page };
  let tmp: string;
  let bigFile: string;
  let bigFileReady: Promise<void>;

  const at = (path: string) => new URL(path, server.url).toString();
  const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
  const phonePage = async () => {
    const phone = await browser.newContext({
      viewport: PHONE,
      storageState: await desktop.context.storageState(),
      locale: 'vi-VN',
    });
    return { context: phone, page: await phone.newPage() };
  };

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'dunghan-e2e-files-'));
    bigFile = join(tmp, 'export-200k.csv');
    // Generated while the first tests run; only the cancel test waits for it.
    bigFileReady = generateExport(200_000, bigFile);
    bigFileReady.catch(() => {});
    [server, browser] = await Promise.all([startServer(), launch()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await bigFileReady?.catch(() => {});
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('first start: the setup link creates the admin, who lands in the Vietnamese shell drawn in the bundled font', async () => {
    expect(server.setupUrl, server.output()).toMatch(/\/setup\?token=/);
    const phone = await newPage(browser, PHONE);
    await phone.page.goto(server.setupUrl!);
    await h1(phone.page, 'Thiết lập ban đầu').waitFor();
    expect(await horizontalOverflow(phone.page)).toBe(0);
    await shoot(phone.page, 'setup');
    await phone.context.close();

    desktop = await newPage(browser, DESKTOP);
    const { page } = desktop;
    await page.goto(server.setupUrl!);
    await h1(page, 'Thiết lập ban đầu').waitFor();
    await shoot(page, 'setup');

    // The form checks before it sends.
    await page.getByLabel('Tên đăng nhập').fill(ADMIN.username);
    await page.getByLabel('Mật khẩu', { exact: true }).fill('ngan');
    await page.getByLabel('Nhập lại mật khẩu').fill('khac');
    await page.getByRole('button', { name: 'Tạo quản trị viên' }).click();
    await page.getByText('Mật khẩu cần ít nhất 10 ký tự.').waitFor();
    await page.getByText('Hai mật khẩu không giống nhau.').waitFor();

    await page.getByLabel('Họ và tên').fill(ADMIN.displayName);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('Nhập lại mật khẩu').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Tạo quản trị viên' }).click();

    await h1(page, 'Tổng quan').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(NAV);
    await page.getByRole('button', { name: new RegExp(ADMIN.displayName) }).waitFor();
    await page.getByRole('heading', { name: 'Chưa có dữ liệu' }).waitFor();

    // The bundled Be Vietnam Pro is what draws the text, Vietnamese subset included.
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      const loaded = [...document.fonts].filter(
        (f) => f.family.replace(/"/g, '') === 'Be Vietnam Pro' && f.status === 'loaded',
      );
      return {
        family: getComputedStyle(document.querySelector('h1')!).fontFamily,
        loaded: loaded.length,
        vietnamese: loaded.some((f) => f.unicodeRange.includes('U+1EA0')),
        check: document.fonts.check('600 16px "Be Vietnam Pro"', 'Đúng hạn – Tỷ lệ đúng hạn'),
      };
    });
    expect(fonts.family.startsWith('"Be Vietnam Pro"')).toBe(true);
    expect(fonts.loaded).toBeGreaterThan(0);
    expect(fonts.vietnamese).toBe(true);
    expect(fonts.check).toBe(true);

    // The one-time link is spent.
    const again = await newPage(browser, DESKTOP);
    await again.page.goto(server.setupUrl!);
    await again.page.getByText('Đã có tài khoản: việc thiết lập ban đầu đã xong.').waitFor();
    await again.context.close();
    expect(pageProblems(page)).toEqual([]);
  });

  it('shows every screen in Vietnamese at 1366 px and at 360 px, without sideways scrolling on the phone', async () => {
    const { page } = desktop;
    for (const screen of SCREENS) {
      await page.goto(at(screen.path));
      await h1(page, screen.title).waitFor();
      await shoot(page, screen.name);
    }
    const phone = await phonePage();
    for (const screen of SCREENS) {
      await phone.page.goto(at(screen.path));
      await h1(phone.page, screen.title).waitFor();
      expect(await horizontalOverflow(phone.page), screen.path).toBe(0);
      await shoot(phone.page, screen.name);
    }
    // The collapsed menu opens from its button and lists the same pages.
    await phone.page.goto(at('/'));
    const toggle = phone.page.getByRole('button', { name: 'Danh mục' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await phone.page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Tải dữ liệu' })
      .waitFor();
    await shoot(phone.page, 'menu-open');
    // A metric's anchor opens its definition.
    await phone.page.goto(at('/dinh-nghia#progressRate766'));
    await phone.page.getByRole('heading', { level: 3, name: /Tiến độ giải quyết theo QĐ 766/ }).waitFor();
    expect(await phone.page.evaluate(() => document.activeElement?.id)).toBe('progressRate766');
    await shoot(phone.page, 'definition-anchor', { fullPage: false });
    await phone.context.close();
  });

  it('logs out, refuses a wrong password with its reason, and logs back in', async () => {
    const { page } = desktop;
    await page.goto(at('/dinh-nghia'));
    await page.getByRole('button', { name: new RegExp(ADMIN.displayName) }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByText('Bạn đã đăng xuất.').waitFor();
    await h1(page, 'Đăng nhập').waitFor();
    await shoot(page, 'login');

    await page.getByLabel('Tên đăng nhập').fill(ADMIN.username);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').getByText('Sai tên đăng nhập hoặc mật khẩu.').waitFor();

    await page.getByLabel('Mật khẩu').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    // Back where the visitor was when the session ended.
    await h1(page, 'Giải thích chỉ số').waitFor();

    const phone = await newPage(browser, PHONE);
    await phone.page.goto(at('/login'));
    await h1(phone.page, 'Đăng nhập').waitFor();
    expect(await horizontalOverflow(phone.page)).toBe(0);
    await shoot(phone.page, 'login');
    await phone.context.close();
  });

  it('reads an export in the worker: progress, mapping, rejected rows by number, and the same numbers as the CLI', async () => {
    const expected = await cliReport(SAMPLE);
    const { page } = desktop;
    clearProblems(page);
    await page.goto(at('/tai-du-lieu'));
    await h1(page, 'Tải dữ liệu').waitFor();
    await page.evaluate(() => {
      const w = window as Window & { sawProgress?: boolean };
      w.sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('progress')) w.sawProgress = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    await page.getByLabel('Chọn tệp…').setInputFiles(SAMPLE);
    await page.getByRole('heading', { name: 'Kết quả kiểm tra' }).waitFor();
    expect(await page.evaluate(() => (window as Window & { sawProgress?: boolean }).sawProgress)).toBe(true);

    // Validation summary as the CLI counts it.
    const summary = page.getByRole('region', { name: 'Kết quả kiểm tra' });
    const stat = (key: string) => summary.locator(`[data-stat="${key}"] dd`).textContent();
    expect(await stat('rowsRead')).toBe(formatInteger(expected.validation.rowsRead));
    expect(await stat('accepted')).toBe(formatInteger(expected.validation.accepted));
    expect(await stat('rejected')).toBe(formatInteger(expected.validation.rejected));
    expect(await stat('warned')).toBe(formatInteger(expected.validation.warnings));

    // The problems table names every rejected row by its number in the file.
    const problems = page.getByRole('region', { name: /Danh sách vấn đề/ });
    const rejected = expected.validation.problems.filter((p) => p.severity === 'error');
    expect(rejected.length).toBe(expected.validation.rejected);
    for (const p of rejected) {
      const row = problems
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: String(p.row), exact: true }) });
      await expect(row.getByText(p.message).count()).resolves.toBeGreaterThan(0);
    }

    // The mapping, with samples, and the personal columns named as dropped.
    expect(await page.getByLabel('Mã hồ sơ').inputValue()).toBe('1');
    expect(await page.getByLabel('Ngày tiếp nhận').inputValue()).toBe('13');
    await page.getByText('Dữ liệu cá nhân không được lưu').waitFor();
    for (const column of ['Họ tên người nộp', 'Số CCCD', 'Số điện thoại']) {
      await page.locator('.privacy-note__list').getByText(column, { exact: true }).waitFor();
    }

    // The preview equals `dunghan report` for the same days.
    const [from, to] = [expected.period.from, expected.period.to].map((d) =>
      d.split('-').reverse().join('/'),
    );
    await page.getByText(`Kỳ ${from} – ${to}`).waitFor();
    const preview = page.getByRole('region', { name: 'Xem trước số liệu' });
    const shown = (key: string) => preview.locator(`[data-metric="${key}"]`).textContent();
    const t = expected.total;
    for (const key of ['received', 'resolved', 'early', 'onTime', 'late', 'pending', 'overdue'] as const) {
      expect(await shown(key), key).toBe(formatInteger(t[key]));
    }
    expect(await shown('onTimeRate')).toBe(formatPercent(t.onTimeRate));
    expect(await shown('progressRate766')).toBe(formatPercent(t.progressRate766));
    expect(await shown('progressScore766')).toBe(formatDecimal(t.progressScore766!, 2));
    await preview.getByText('Tỷ lệ đúng hạn (Biểu 06)').waitFor();
    await preview.getByText('Tiến độ giải quyết theo QĐ 766').waitFor();

    // Publishing is live (the next test publishes).
    const publish = page.getByRole('button', { name: 'Công bố' });
    expect(await publish.getAttribute('aria-disabled')).toBeNull();
    await shoot(page, 'upload-result');
    // The print stylesheet: content only, no navigation or controls.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Công bố' }).isVisible()).toBe(false);
    await shoot(page, 'upload-result-print');
    await page.emulateMedia({ media: 'screen' });

    // Correct a column: the file is read again with it, and the next file of this layout gets it too.
    await page.getByLabel('Lĩnh vực').selectOption('');
    await page.getByRole('button', { name: 'Áp dụng ánh xạ và đọc lại' }).click();
    await page.getByText('Đang dùng ánh xạ bạn chọn (đã lưu cho lần sau).').waitFor();
    expect(await page.getByLabel('Lĩnh vực').inputValue()).toBe('');
    await page.reload();
    await page.getByLabel('Chọn tệp…').setInputFiles(SAMPLE);
    await page.getByText('Đã áp dụng ánh xạ bạn lưu cho bố cục tệp này.').waitFor();
    expect(await page.getByLabel('Lĩnh vực').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Dùng gợi ý tự động' }).click();
    await page.getByText('Ánh xạ do hệ thống tự nhận ra từ tên cột.').waitFor();
    expect(await page.getByLabel('Lĩnh vực').inputValue()).toBe('4');

    const phone = await phonePage();
    await phone.page.goto(at('/tai-du-lieu'));
    await phone.page.getByLabel('Chọn tệp…').setInputFiles(SAMPLE);
    await phone.page.getByRole('heading', { name: 'Kết quả kiểm tra' }).waitFor();
    expect(await horizontalOverflow(phone.page)).toBe(0);
    await shoot(phone.page, 'upload-result');
    await phone.context.close();
    expect(pageProblems(page)).toEqual([]);
  });

  it('publishes the export: the server metrics then equal the CLI report, and the same file is refused again', async () => {
    const expected = await cliReport(SAMPLE);
    const { page } = desktop;
    clearProblems(page);
    await page.goto(at('/tai-du-lieu'));
    await page.getByLabel('Chọn tệp…').setInputFiles(SAMPLE);
    await page.getByRole('heading', { name: 'Kết quả kiểm tra' }).waitFor();
    await page.getByRole('button', { name: 'Công bố' }).click();
    const confirm = page.getByRole('region', { name: /^Xác nhận công bố lần nhập #\d+$/ });
    await confirm.waitFor({ timeout: 60_000 });
    await confirm.getByText('Khớp với trang này.').waitFor();
    await shoot(page, 'upload-confirm');
    await confirm.getByRole('button', { name: 'Xác nhận công bố' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Đã công bố dữ liệu.' });
    await done.waitFor({ timeout: 60_000 });
    const [from, to] = [expected.period.from, expected.period.to].map((d) =>
      d.split('-').reverse().join('/'),
    );
    await done.getByText(`Kỳ ${from} – ${to}.`, { exact: false }).waitFor();
    await done.getByText('Máy chủ kiểm tra lại:', { exact: false }).waitFor();
    await shoot(page, 'upload-published');
    await page.setViewportSize(PHONE);
    expect(await horizontalOverflow(page)).toBe(0);
    await shoot(page, 'upload-published');
    await page.setViewportSize(DESKTOP);

    const served = await page.evaluate(async () => {
      const r = await fetch('/api/metrics?from=2025-01-01&to=2025-03-31&groupBy=total', {
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
      return { status: r.status, body: (await r.json()) as { rows: { metrics: Record<string, number> }[] } };
    });
    expect(served.status).toBe(200);
    const m = served.body.rows[0]!.metrics;
    expect(m.received).toBe(expected.total.received);
    expect(m.late).toBe(expected.total.late);
    expect(m.overdue).toBe(expected.total.overdue);

    // The same file again: the server's 409 in Vietnamese, nothing published twice.
    await page.reload();
    await page.getByLabel('Chọn tệp…').setInputFiles(SAMPLE);
    await page.getByRole('heading', { name: 'Kết quả kiểm tra' }).waitFor();
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByRole('alert').getByText('Tệp này đã được công bố', { exact: false }).waitFor();
    clearProblems(page); // the 409 is logged by the browser

    // The same dossiers in another file (one title line differs): staging says it would replace every
    // published dossier of the file and change no figure; cancelling publishes nothing.
    const api = async <T>(path: string) =>
      page.evaluate(async (url) => {
        const r = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
        return (await r.json()) as unknown;
      }, path) as Promise<T>;
    const published = (await api<ImportList>('/api/imports')).imports.find(
      (i) => i.status === 'published' && i.fileName === 'export-2025-q1.csv',
    )!;
    expect(published.currentDossiers).toBeGreaterThan(0);
    const again = join(tmp, 'export-2025-q1-xuat-lai.csv');
    writeFileSync(
      again,
      readFileSync(SAMPLE, 'utf8').replace('DANH SÁCH HỒ SƠ', 'DANH SÁCH HỒ SƠ (XUẤT LẠI)'),
    );
    await page.reload();
    await page.getByLabel('Chọn tệp…').setInputFiles(again);
    await page.getByRole('heading', { name: 'Kết quả kiểm tra' }).waitFor();
    await page.getByRole('button', { name: 'Công bố' }).click();
    const replace = page.getByRole('region', { name: /^Xác nhận công bố lần nhập #\d+$/ });
    await replace.waitFor({ timeout: 60_000 });
    await replace
      .getByText(
        `Công bố sẽ thêm 0 hồ sơ mới và thay thế ${formatInteger(published.currentDossiers!)} hồ sơ đã công bố (cùng mã hồ sơ).`,
      )
      .waitFor();
    await replace
      .getByRole('table', { name: `Số liệu kỳ ${from} – ${to} trước và sau khi công bố` })
      .waitFor();
    const changes = replace.getByRole('table').locator('tbody tr td:last-child');
    expect(await changes.allTextContents()).toEqual(Array(5).fill('không đổi'));
    await expect
      .poll(() => replace.getByRole('heading').evaluate((h) => h === document.activeElement))
      .toBe(true);
    await page.keyboard.press('Escape');
    await replace.getByRole('button', { name: 'Huỷ, không công bố' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Đã huỷ lần nhập #\d+\. Không có gì được công bố; số liệu không thay đổi\.$/ })
      .waitFor();
    const history = (await api<ImportList>('/api/imports')).imports;
    expect(history.find((i) => i.fileName === 'export-2025-q1-xuat-lai.csv')?.status).toBe('discarded');
    expect(history.find((i) => i.id === published.id)?.status).toBe('published');
  });

  it('cancels the reading of a 200,000-row export', async () => {
    await bigFileReady;
    const { page } = desktop;
    await page.goto(at('/tai-du-lieu'));
    await page.getByLabel('Chọn tệp…').setInputFiles(bigFile);
    const bar = page.getByRole('progressbar', { name: 'Tiến độ đọc tệp' });
    await bar.waitFor();
    // Rows are being read (not just the header found) when the cancel comes.
    await page.waitForFunction(
      () => {
        const bar = document.querySelector('progress');
        return bar !== null && bar.value > 0.05;
      },
      undefined,
      { timeout: 20_000 },
    );
    await shoot(page, 'upload-progress');
    const clicked = Date.now();
    await page.getByRole('button', { name: 'Huỷ' }).click();
    await page.getByText('Đã huỷ đọc tệp. Chưa có gì được lưu hay gửi đi.').waitFor({ timeout: 5000 });
    expect(Date.now() - clicked).toBeLessThan(5000);
    await bar.waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { name: 'Kết quả kiểm tra' }).count()).toBe(0);
    // The page is usable again at once.
    await page.getByLabel('Chọn tệp…').setInputFiles(SAMPLE);
    await page.getByRole('heading', { name: 'Kết quả kiểm tra' }).waitFor();
  });

  it('switches the interface to English and back', async () => {
    const { page } = desktop;
    await page.goto(at('/'));
    await page.getByRole('button', { name: 'English' }).click();
    await h1(page, 'Overview').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Overview',
      'Target 766',
      'Rankings',
      'Units',
      'Dossiers',
      'Upload data',
      'Metric definitions',
      'Administration',
    ]);
    await shoot(page, 'overview-en');
    // The choice survives a reload.
    await page.goto(at('/dinh-nghia'));
    await h1(page, 'Metric definitions').waitFor();
    await shoot(page, 'definitions-en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await h1(page, 'Giải thích chỉ số').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
  });
});
