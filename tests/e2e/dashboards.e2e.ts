import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierListResponse } from '../../src/api/dossiers.ts';
import type { ImportList } from '../../src/api/imports.ts';
import type { MetricsResponse, MetricsRow } from '../../src/api/metrics.ts';
import { foldText } from '../../src/ingest/fold.ts';
import { type MetricKey, metricLabel } from '../../src/web/features/definitions/lib/metrics.ts';
import {
  monthOfDay,
  type PeriodSelection,
  parsePeriodParam,
  periodLabel,
  rangeOf,
} from '../../src/web/features/filters/lib/period-selection.ts';
import { formatInteger, formatPercent } from '../../src/web/lib/format.ts';
import {
  horizontalOverflow,
  launch,
  newPage,
  PHONE_390,
  pageProblems,
  shoot as shootInto,
  WIDE,
} from './support/browser.ts';
import { type CliReport, cliReport } from './support/cli.ts';
import { type RunningServer, startServer } from './support/server.ts';

const run = promisify(execFile);

const SAMPLE = 'mock-data/samples/export-2025-q1.csv';
const ADMIN = { username: 'lanhdao', displayName: 'Trần Thị Bảng', password: 'mat-khau-dashboards-e2e' };
/** The sample with its due-date column renamed to something no synonym knows: the user maps it by hand. */
const RENAMED_HEADER = 'Cột O';
const RENAMED_FILE = 'export-2025-q1-cot-o.csv';
/** A year of data beside the sample's quarter, large enough for the virtualized lists (60,000 rows). */
const BIG_FILE = 'export-2024-60k.csv';
const BIG_ROWS = 60_000;
const ON_TIME_TARGET = 0.98;

/** This file's screenshots go to test-results/screenshots/dashboards/ (the other file names the same screens). */
const SHOTS = 'dashboards';
const shoot = (page: Page, name: string, options: { fullPage?: boolean } = {}) =>
  shootInto(page, name, { ...options, dir: SHOTS });

const label = (key: MetricKey) => metricLabel(key, 'vi');
const period = (text: string): PeriodSelection => parsePeriodParam(text)!;
const query = (p: PeriodSelection) => {
  const r = rangeOf(p);
  return `from=${r.from}&to=${r.to}`;
};

describe('Đúng hạn dashboards in Chromium against the real server', () => {
  let server: RunningServer;
  let browser: Browser;
  let desktop: { context: BrowserContext; page: Page };
  let tmp: string;
  let renamed: string;
  let big: string;
  let bigReady: Promise<unknown>;
  let sampleReport: CliReport;

  const at = (path: string) => new URL(path, server.url).toString();
  const h1 = (page: Page, name: string | RegExp) =>
    page.getByRole('heading', { level: 1, name, ...(typeof name === 'string' ? { exact: true } : {}) });

  /** The API's JSON answer, fetched by the page with its session cookie. */
  const api = <T>(path: string, page: Page = desktop.page): Promise<T> =>
    page.evaluate(async (p) => {
      const r = await fetch(p, { credentials: 'same-origin', headers: { accept: 'application/json' } });
      if (!r.ok) throw new Error(`${p}: HTTP ${r.status}`);
      return r.json();
    }, path) as Promise<T>;
  const totalOf = async (p: PeriodSelection) =>
    (await api<MetricsResponse>(`/api/metrics?${query(p)}&groupBy=total`)).rows.find((r) => r.key === 'total')
      ?.metrics ?? null;
  const unitsOf = async (p: PeriodSelection) =>
    (await api<MetricsResponse>(`/api/metrics?${query(p)}&groupBy=unit`)).rows;

  /** The number a KPI tile of the overview shows (its first paragraph, before any "needs action" flag). */
  const tileValue = async (page: Page, key: MetricKey) => {
    const tile = page.getByRole('article', { name: label(key), exact: true });
    const text = (await tile.getByRole('paragraph').first().textContent()) ?? '';
    return text.split(' · ')[0]!.trim();
  };
  /** A null figure is drawn as a dash the screen reader hears as "no data". */
  const NO_DATA = '—không có dữ liệu';
  const expectTiles = async (page: Page, m: MetricsRow['metrics']) => {
    for (const key of ['received', 'resolved', 'pending', 'overdue', 'late'] as const) {
      expect(await tileValue(page, key), key).toBe(formatInteger(m[key]));
    }
    for (const key of ['onTimeRate', 'progressRate766'] as const) {
      expect(await tileValue(page, key), key).toBe(formatPercent(m[key]) ?? NO_DATA);
    }
  };

  /** Every cell's text of a table, header row first. */
  const tableText = (table: Locator) =>
    table.evaluate((t: HTMLTableElement) =>
      [...t.rows].map((r) => [...r.cells].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())),
    );

  /** The chain of elements that widens the page: hiding the last one alone stops the sideways scroll. */
  const widest = (page: Page) =>
    page.evaluate(() => {
      const doc = document.documentElement;
      const chain: string[] = [];
      let at: Element = document.body;
      for (;;) {
        const culprit = [...at.children].find((c) => {
          const style = (c as HTMLElement).style;
          const old = style.display;
          style.display = 'none';
          const fits = doc.scrollWidth <= doc.clientWidth;
          style.display = old;
          return fits;
        });
        if (!culprit) break;
        chain.push(`${culprit.tagName.toLowerCase()}${[...culprit.classList].map((c) => `.${c}`).join('')}`);
        at = culprit;
      }
      return chain.slice(-3).join(' > ');
    });

  const download = async (page: Page, button: Locator) => {
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
  };

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'dunghan-e2e-dashboards-'));
    renamed = join(tmp, RENAMED_FILE);
    const lines = readFileSync(SAMPLE, 'utf8').split('\r\n');
    const header = lines.findIndex((l) => l.startsWith('STT,Mã hồ sơ,'));
    lines[header] = lines[header]!.replace(',Ngày hẹn trả,', `,${RENAMED_HEADER},`);
    writeFileSync(renamed, lines.join('\r\n'));
    big = join(tmp, BIG_FILE);
    // Generated while the first tests run; the dossier-list test waits for it.
    bigReady = run(process.execPath, [
      'bin/run-ts.mjs',
      'mock-data/generate.ts',
      '--rows',
      String(BIG_ROWS),
      '--from',
      '2024-01-01',
      '--to',
      '2024-12-31',
      '--late-share',
      '0.05',
      '--out',
      big,
    ]);
    bigReady.catch(() => {});
    [server, browser, sampleReport] = await Promise.all([startServer(), launch(), cliReport(SAMPLE)]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await bigReady?.catch(() => {});
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('logs in, uploads an export whose due-date column must be mapped by hand, publishes, and the overview equals the CLI', async () => {
    desktop = await newPage(browser, WIDE);
    const { page } = desktop;
    expect(server.setupUrl, server.output()).toMatch(/\/setup\?token=/);
    await page.goto(server.setupUrl!);
    await page.getByLabel('Tên đăng nhập').fill(ADMIN.username);
    await page.getByLabel('Họ và tên').fill(ADMIN.displayName);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('Nhập lại mật khẩu').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Tạo quản trị viên' }).click();
    await h1(page, 'Tổng quan').waitFor();

    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Tải dữ liệu' })
      .click();
    await h1(page, 'Tải dữ liệu').waitFor();
    await page.getByLabel('Chọn tệp…').setInputFiles(renamed);
    await page.getByRole('heading', { name: 'Kết quả kiểm tra' }).waitFor();

    // No synonym knows "Cột O": the due date is not used, so nothing can be graded on time.
    const dueAt = page.getByLabel('Ngày hẹn trả', { exact: true });
    expect(await dueAt.inputValue()).toBe('');
    const preview = page.getByRole('region', { name: 'Xem trước số liệu' });
    const shown = (key: string) => preview.locator(`[data-metric="${key}"]`).textContent();
    expect(await shown('onTime')).toBe('0');
    await page.getByRole('status').filter({ hasText: 'Tệp không có cột hạn xử lý (Ngày hẹn trả)' }).waitFor();
    await shoot(page, 'upload-mapping-before');

    await dueAt.selectOption({ label: `Cột 15: ${RENAMED_HEADER}` });
    await page.getByRole('button', { name: 'Áp dụng ánh xạ và đọc lại' }).click();
    await page.getByText('Đang dùng ánh xạ bạn chọn (đã lưu cho lần sau).').waitFor();
    expect(await page.getByLabel('Ngày hẹn trả', { exact: true }).inputValue()).toBe('14');
    // Read again with the column: the preview now equals the CLI's report of the original file.
    const t = sampleReport.total;
    for (const key of ['received', 'resolved', 'early', 'onTime', 'late', 'pending', 'overdue'] as const) {
      expect(await shown(key), key).toBe(formatInteger(t[key]));
    }
    expect(await shown('onTimeRate')).toBe(formatPercent(t.onTimeRate));

    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByRole('button', { name: 'Xác nhận công bố' }).click({ timeout: 60_000 });
    await page.getByRole('status').filter({ hasText: 'Đã công bố dữ liệu.' }).waitFor({ timeout: 60_000 });

    // The file's period on the overview: the core's numbers, written the Vietnamese way.
    const q1 = period('2025-Q1');
    expect(rangeOf(q1).from <= sampleReport.period.from && sampleReport.period.to <= rangeOf(q1).to).toBe(
      true,
    );
    await page.goto(at('/?period=2025-Q1'));
    await h1(page, 'Tổng quan').waitFor();
    await page.getByRole('heading', { name: 'Chỉ số chính' }).waitFor();
    await page
      .getByText(`Tình hình tiếp nhận và giải quyết hồ sơ thủ tục hành chính, ${periodLabel(q1)}.`)
      .waitFor();
    await expectTiles(page, t);
    expect(await tileValue(page, 'received')).toMatch(/^\d{1,3}(\.\d{3})+$/); // 2.579: a dot groups thousands
    expect(await tileValue(page, 'onTimeRate')).toMatch(/^\d{1,3},\d{2}\u00a0%$/); // 98,76 %: comma, space, %
    expect(pageProblems(page)).toEqual([]);
  });

  it('changes the period with the picker: the URL follows, and reloading it shows the same view', async () => {
    const { page } = desktop;
    const picker = page.getByRole('group', { name: 'Kỳ báo cáo' });
    expect(await picker.getByRole('radio', { name: 'Quý' }).isChecked()).toBe(true);

    // The previous quarter has no data yet: the empty state says so and offers the latest month.
    await picker.getByRole('button', { name: 'Kỳ trước' }).click();
    await page.waitForURL(/period=2024-Q4/);
    const q4 = period('2024-Q4');
    await page.getByRole('heading', { name: `Không có hồ sơ trong ${periodLabel(q4)}` }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: `Không có hồ sơ trong ${periodLabel(q4)}` }).waitFor();
    expect(await picker.getByRole('combobox', { name: 'Quý' }).inputValue()).toBe('4');
    expect(await picker.getByRole('combobox', { name: 'Năm' }).inputValue()).toBe('2024');
    await picker.getByRole('button', { name: 'Kỳ sau' }).click();
    await page.waitForURL(/period=2025-Q1/);
    await page.getByRole('heading', { name: 'Chỉ số chính' }).waitFor();

    // A custom range picked in the calendar: 06/01/2025 – 20/01/2025.
    // (A controlled radio: it turns on when the URL has changed, so click rather than check.)
    await picker.getByRole('radio', { name: 'Tùy chọn' }).click();
    await page.waitForURL(/period=2025-01-01_2025-03-31/);
    await picker.getByRole('button', { name: 'Chọn khoảng ngày' }).click();
    const dialog = page.getByRole('dialog', { name: 'Chọn khoảng ngày' });
    await dialog.getByRole('grid').first().waitFor();
    await dialog.getByRole('button', { name: /ngày 6 tháng 01 năm 2025/ }).click();
    await dialog.getByRole('button', { name: /ngày 20 tháng 01 năm 2025/ }).click();
    await dialog.getByText('Đã chọn: 06/01/2025 – 20/01/2025').waitFor();
    await shoot(page, 'period-calendar', { fullPage: false });
    await dialog.getByRole('button', { name: 'Áp dụng' }).click();
    await page.waitForURL(/period=2025-01-06_2025-01-20/);
    const custom = period('2025-01-06_2025-01-20');
    const expected = (await totalOf(custom))!;
    expect(expected.received).toBeGreaterThan(0);
    await picker.getByText(periodLabel(custom)).waitFor();
    await page.getByRole('heading', { name: 'Chỉ số chính' }).waitFor();
    await expectTiles(page, expected);

    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    await page.getByRole('heading', { name: 'Chỉ số chính' }).waitFor();
    expect(await picker.getByRole('radio', { name: 'Tùy chọn' }).isChecked()).toBe(true);
    await picker.getByText(periodLabel(custom)).waitFor();
    await expectTiles(page, expected);
    expect(pageProblems(page)).toEqual([]);
  });

  it('ranks units per group: sort by a header, search without diacritics, CSV and xlsx export, open a unit', async () => {
    const { page } = desktop;
    const q1 = period('2025-Q1');
    const rows = await unitsOf(q1);
    await page.goto(at('/xep-hang?period=2025-Q1'));
    await h1(page, 'Xếp hạng').waitFor();

    // One tab per group, each counting the API's units of the group.
    const tabs = page.getByRole('tablist', { name: 'Nhóm đơn vị' });
    const groups = [
      ['department', 'Sở, ban, ngành'],
      ['commune', 'Xã, phường, đặc khu'],
      ['vertical', 'Cơ quan ngành dọc'],
      ['other', 'Đơn vị khác'],
    ] as const;
    for (const [group, name] of groups) {
      const n = rows.filter((r) => r.group === group).length;
      await tabs.getByRole('tab', { name: `${name} ${formatInteger(n)} đơn vị` }).waitFor();
    }
    const group = groups.find(([g]) => rows.some((r) => r.group === g))!;
    const groupRows = rows.filter((r) => r.group === group[0]);
    expect(await tabs.getByRole('tab', { selected: true }).textContent()).toContain(group[1]);
    const panel = page.getByRole('tabpanel');
    const table = panel.getByRole('table');
    await table.waitFor();

    // Sort by received, largest first, then smallest first.
    const received = label('received');
    const column = async () => {
      const cells = await tableText(table);
      const i = cells[0]!.findIndex((h) => h.includes(received));
      return cells.slice(1).map((r) => Number(r[i]!.replace(/\./g, '')));
    };
    await table.getByRole('button', { name: received, exact: true }).click();
    expect(
      await table.getByRole('columnheader', { name: new RegExp(`^${received}`) }).getAttribute('aria-sort'),
    ).toBe('descending');
    const desc = await column();
    expect(desc.length).toBe(groupRows.length);
    expect(desc).toEqual(groupRows.map((r) => r.metrics.received).sort((a, b) => b - a));
    await table.getByRole('button', { name: new RegExp(`^${received}`) }).click();
    expect(await column()).toEqual([...desc].reverse());

    // Search without diacritics: the unit with the most dossiers, typed plain.
    const unit = groupRows.toSorted((a, b) => b.metrics.received - a.metrics.received)[0]!;
    const plain = unit.name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
    expect(plain).not.toBe(unit.name);
    await panel.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill(plain);
    const matching = groupRows.filter((r) => foldText(r.name).includes(foldText(plain)));
    await panel
      .getByRole('status')
      .filter({
        hasText: `Hiện ${formatInteger(matching.length)} trên ${formatInteger(groupRows.length)} đơn vị`,
      })
      .waitFor();
    await table.getByRole('link', { name: unit.name, exact: true }).waitFor();

    // CSV: BOM, the headers as shown, the unit's numbers as the API gives them.
    const csv = await download(page, panel.getByRole('button', { name: 'Xuất CSV' }));
    expect(csv.name).toMatch(/^xep-hang-2025-q1-[a-z-]+\.csv$/);
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const parsed = Papa.parse<string[]>(csv.bytes.toString('utf8').slice(1).trim(), { skipEmptyLines: true });
    const [head, ...body] = parsed.data;
    expect(head).toEqual(expect.arrayContaining(['Hạng', 'Đơn vị', received, `${label('onTimeRate')} (%)`]));
    expect(body.length).toBe(matching.length);
    const line = body.find((r) => r[head!.indexOf('Đơn vị')] === unit.name)!;
    expect(Number(line[head!.indexOf(received)])).toBe(unit.metrics.received);
    expect(Number(line[head!.indexOf(label('resolved'))])).toBe(unit.metrics.resolved);
    expect(Number(line[head!.indexOf(`${label('onTimeRate')} (%)`)])).toBe(
      Number(((unit.metrics.onTimeRate ?? 0) * 100).toFixed(2)),
    );
    const xlsx = await download(page, panel.getByRole('button', { name: 'Xuất Excel' }));
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    // The unit's own page: its name, and its received count as the API gives it for the period shown.
    await table.getByRole('link', { name: unit.name, exact: true }).click();
    await h1(page, unit.name).waitFor();
    const opened = new URL(page.url());
    expect(opened.pathname).toBe(`/don-vi/${encodeURIComponent(unit.key)}`);
    // (The rankings link does not carry ?period= today: the unit page then shows the latest month.)
    const asOf = (await api<MetricsResponse>('/api/metrics?from=2000-01-01&to=2000-01-01')).asOf!;
    const shownPeriod = parsePeriodParam(opened.searchParams.get('period')) ?? monthOfDay(asOf.slice(0, 10));
    const unitReceived = async (p: PeriodSelection) =>
      (
        await api<MetricsResponse>(
          `/api/metrics?${query(p)}&groupBy=total&unit=${encodeURIComponent(unit.key)}`,
        )
      ).rows[0]!.metrics.received;
    const kpiReceived = async () => {
      const kpis = page.getByRole('region', { name: 'Số liệu của đơn vị' });
      const name = kpis.getByRole('paragraph').filter({ hasText: received });
      await name.waitFor();
      return name.locator('xpath=following-sibling::p[1]').textContent();
    };
    expect(await kpiReceived()).toBe(formatInteger(await unitReceived(shownPeriod)));
    // On the rankings' own period, the same count as its row.
    await page.goto(at(`/don-vi/${encodeURIComponent(unit.key)}?period=2025-Q1`));
    await h1(page, unit.name).waitFor();
    expect(await unitReceived(q1)).toBe(unit.metrics.received);
    expect(await kpiReceived()).toBe(formatInteger(unit.metrics.received));
    expect(pageProblems(page)).toEqual([]);
  });

  it('lists dossiers: the overdue total equals the API, the virtualized list loads rows far down, CSV export', async () => {
    await bigReady;
    const { stdout } = await run(process.execPath, ['bin/dunghan.mjs', 'import', big, '--publish'], {
      env: { ...process.env, DATA_DIR: server.dataDir },
    });
    expect(stdout).toMatch(/đã công bố/);
    const { page } = desktop;
    const year = period('2024');
    // The server looks for new publications at most once a second.
    await expect.poll(async () => (await totalOf(year))?.received ?? 0).toBeGreaterThan(0);
    const list = (kind: string, extra = '') =>
      api<DossierListResponse>(`/api/dossiers?kind=${kind}&${query(year)}&limit=1${extra}`);

    await page.goto(at('/ho-so?period=2024'));
    await h1(page, 'Danh sách hồ sơ').waitFor();
    const tabs = page.getByRole('tablist', { name: 'Loại danh sách' });
    expect(await tabs.getByRole('tab', { name: 'Quá hạn', exact: true }).getAttribute('aria-selected')).toBe(
      'true',
    );
    const overdue = await list('overdue');
    expect(overdue.total).toBeGreaterThan(0);
    const panel = page.getByRole('tabpanel');
    await panel.getByText(`${formatInteger(overdue.total)} hồ sơ`, { exact: true }).waitFor();

    // The overdue list is short in this data; the late-resolved one has thousands of rows.
    await tabs.getByRole('tab', { name: 'Giải quyết quá hạn', exact: true }).click();
    await page.waitForURL(/kind=lateResolved/);
    const late = await list('lateResolved');
    expect(late.total).toBeGreaterThan(1000);
    const totalText = `${formatInteger(late.total)} hồ sơ`;
    await panel.getByText(totalText, { exact: true }).waitFor();
    const scroller = panel.getByRole('region', { name: `Giải quyết quá hạn: ${totalText}` });
    const target = 700;
    const far = await list('lateResolved', `&offset=${target}`);
    await scroller.evaluate((el, rowIndex) => {
      el.scrollTop = rowIndex * 52 - 100;
    }, target);
    // aria-rowindex counts the header row: list row N is rowindex N + 2 (1-based, header first).
    const row = scroller.locator(`tr[aria-rowindex="${target + 2}"]:not([aria-busy])`);
    await row.waitFor({ timeout: 20_000 });
    expect(await row.getByRole('rowheader').textContent()).toBe(far.items[0]!.code);
    await scroller.scrollIntoViewIfNeeded();
    await shoot(page, 'dossiers-scrolled', { fullPage: false });

    // Export every page of the list.
    const csv = await download(page, panel.getByRole('button', { name: 'Xuất CSV' }));
    expect(csv.name).toMatch(/\.csv$/);
    const lines = Papa.parse<string[]>(
      csv.bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim(),
      {
        skipEmptyLines: true,
      },
    ).data;
    expect(lines.length).toBe(late.total + 1);
    expect(lines[0]).toContain('Mã hồ sơ');
    await panel.getByText(`Đã xuất ${formatInteger(late.total)} hồ sơ ra tệp`).waitFor();
    expect(pageProblems(page)).toEqual([]);
  });

  it('retracts the first import after a confirmation that asks for a reason; the overview goes back', async () => {
    const { page } = desktop;
    await page.goto(at('/tai-du-lieu/lich-su'));
    await h1(page, 'Lịch sử tải dữ liệu').waitFor();
    const q1 = period('2025-Q1');
    const before = (await totalOf(q1))!;
    expect(before.new).toBe(sampleReport.total.new);
    const history = await api<ImportList>('/api/imports');
    const first = history.imports.find((i) => i.fileName === RENAMED_FILE)!;
    expect(first.status).toBe('published');
    await page.getByRole('button', { name: `Rút lại tệp ${RENAMED_FILE} (#${first.id})` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Rút lại tệp ${RENAMED_FILE}?` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Rút lại', exact: true }).click();
    await dialog.getByText('Nêu lý do rút lại.').waitFor();
    await shoot(page, 'import-retract-dialog', { fullPage: false });
    await dialog.getByLabel('Lý do rút lại').fill('Công bố nhầm tệp thử nghiệm');
    await dialog.getByRole('button', { name: 'Rút lại', exact: true }).click();
    await page.getByText(`Đã rút lại tệp ${RENAMED_FILE}. Các trang số liệu đã được cập nhật.`).waitFor();
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: new RegExp(RENAMED_FILE) }) });
    await row.getByText('Đã rút lại', { exact: true }).waitFor();
    await row.getByText('Lý do: Công bố nhầm tệp thử nghiệm').waitFor();

    // The sample's quarter goes back to what the 2024 file alone gives: only the dossiers carried over.
    const after = (await totalOf(q1))!;
    expect(after.new).toBe(0);
    expect(after.received).toBe(after.carriedOver);
    expect(after.received).toBeLessThan(before.received);
    await page.goto(at('/?period=2025-Q1'));
    await page.getByRole('heading', { name: 'Chỉ số chính' }).waitFor();
    await expectTiles(page, after);
    // A quarter before any data: the empty state points to the latest published month.
    await page.goto(at('/?period=2023-Q4'));
    await page
      .getByRole('heading', { name: `Không có hồ sơ trong ${periodLabel(period('2023-Q4'))}` })
      .waitFor();
    const december = period('2024-12');
    await page.getByRole('button', { name: `Xem ${periodLabel(december)}` }).click();
    await page.waitForURL(/period=2024-12/);
    await page.getByRole('heading', { name: 'Chỉ số chính' }).waitFor();
    await expectTiles(page, (await totalOf(december))!);
    expect(pageProblems(page)).toEqual([]);
  });

  it('sets a yearly on-time target in the settings; the rankings then mark the units under it', async () => {
    const { page } = desktop;
    await page.goto(at('/quan-tri?muc=thiet-lap'));
    await h1(page, 'Quản trị').waitFor();
    await page.getByRole('button', { name: 'Thêm năm' }).click();
    await page.getByLabel('Năm (dòng 1)').fill('2024');
    await page.getByLabel(`${label('onTimeRate')} năm 2024 (%)`).fill('98');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText(/^Đã lưu \(phiên bản \d+\)\.$/).waitFor();

    const year = period('2024');
    const rows = await unitsOf(year);
    await page.goto(at('/xep-hang?period=2024'));
    await h1(page, 'Xếp hạng').waitFor();
    await page
      .getByText(`Chỉ tiêu tỷ lệ đúng hạn năm 2024: ${formatPercent(ON_TIME_TARGET)}.`, { exact: false })
      .waitFor();
    const tabs = page.getByRole('tablist', { name: 'Nhóm đơn vị' });
    let marked = 0;
    for (const group of ['department', 'commune', 'vertical', 'other'] as const) {
      const groupRows = rows.filter((r) => r.group === group);
      if (groupRows.length === 0) continue;
      await tabs.getByRole('tab').nth(['department', 'commune', 'vertical', 'other'].indexOf(group)).click();
      const table = page.getByRole('tabpanel').getByRole('table');
      await table.waitFor();
      const below = groupRows.filter(
        (r) => r.metrics.onTimeRate !== null && r.metrics.onTimeRate < ON_TIME_TARGET,
      );
      await expect.poll(() => table.getByText('Dưới chỉ tiêu', { exact: true }).count()).toBe(below.length);
      for (const r of below.slice(0, 3)) {
        await table
          .getByRole('rowheader')
          .filter({ has: page.getByRole('link', { name: r.name, exact: true }) })
          .getByText('Dưới chỉ tiêu')
          .waitFor();
      }
      marked += below.length;
      if (group === 'department') await shoot(page, 'rankings-below-target');
    }
    expect(marked).toBeGreaterThan(0);
    expect(marked).toBeLessThan(rows.length);
    expect(pageProblems(page)).toEqual([]);
  });

  it('shows every screen in Vietnamese at 1440 px and 390 px, without page errors or sideways scrolling', async () => {
    const rows = await unitsOf(period('2024'));
    const unit = rows.find((r) => r.group === 'department') ?? rows[0]!;
    /** Each screen with its heading and something that says its data has arrived. */
    const screens: { name: string; path: string; title: string | RegExp; ready?: (page: Page) => Locator }[] =
      [
        {
          name: 'overview',
          path: '/?period=2024',
          title: 'Tổng quan',
          ready: (p) => p.getByRole('heading', { name: 'Chỉ số chính' }),
        },
        {
          name: 'rankings',
          path: '/xep-hang?period=2024',
          title: 'Xếp hạng',
          ready: (p) => p.getByRole('tabpanel').getByRole('table'),
        },
        {
          name: 'units',
          path: '/don-vi?period=2024',
          title: 'Đơn vị',
          ready: (p) => p.getByRole('link', { name: unit.name }),
        },
        {
          name: 'unit',
          path: `/don-vi/${encodeURIComponent(unit.key)}?period=2024`,
          title: unit.name,
          ready: (p) => p.getByRole('region', { name: 'Số liệu của đơn vị' }),
        },
        {
          name: 'dossiers',
          path: '/ho-so?period=2024&kind=lateResolved',
          title: 'Danh sách hồ sơ',
          ready: (p) => p.getByRole('tabpanel').getByRole('rowheader').first(),
        },
        { name: 'upload', path: '/tai-du-lieu', title: 'Tải dữ liệu' },
        {
          name: 'import-history',
          path: '/tai-du-lieu/lich-su',
          title: 'Lịch sử tải dữ liệu',
          ready: (p) => p.getByRole('rowheader', { name: new RegExp(BIG_FILE) }),
        },
        { name: 'definitions', path: '/dinh-nghia', title: 'Giải thích chỉ số' },
        {
          name: 'admin-users',
          path: '/quan-tri?muc=nguoi-dung',
          title: 'Quản trị',
          ready: (p) => p.getByText(ADMIN.username).first(),
        },
        { name: 'admin-registry', path: '/quan-tri?muc=don-vi', title: 'Quản trị' },
        { name: 'admin-calendar', path: '/quan-tri?muc=lich-nghi', title: 'Quản trị' },
        {
          name: 'admin-settings',
          path: '/quan-tri?muc=thiet-lap',
          title: 'Quản trị',
          ready: (p) => p.getByLabel(`${label('onTimeRate')} năm 2024 (%)`),
        },
      ];
    const state = await desktop.context.storageState();
    const overflowing: string[] = [];
    for (const size of [WIDE, PHONE_390]) {
      const { context, page } = await newPage(browser, size);
      await context.addCookies(state.cookies);
      for (const screen of screens) {
        await page.goto(at(screen.path));
        await h1(page, screen.title).waitFor();
        if (screen.ready) await screen.ready(page).waitFor();
        await page.waitForLoadState('networkidle');
        // Skeletons gone, charts drawn.
        await expect.poll(() => page.locator('[aria-busy="true"], .skeleton').count()).toBe(0);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
        if (size === PHONE_390 && (await horizontalOverflow(page)) > 0) {
          overflowing.push(`${screen.path}: ${await horizontalOverflow(page)} px (${await widest(page)})`);
        }
        await shoot(page, screen.name);
        expect(pageProblems(page), screen.path).toEqual([]);
      }
      await context.close();
    }
    expect(overflowing).toEqual([]);
  });
});
