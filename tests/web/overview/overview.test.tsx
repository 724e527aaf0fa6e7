import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authApi } from '../../../src/api/auth.ts';
import { index766Api } from '../../../src/api/index766.ts';
import { type MetricsRow, metricsApi } from '../../../src/api/metrics.ts';
import { settingsApi } from '../../../src/api/settings.ts';
import type { Metrics } from '../../../src/domain/metrics.ts';
import { formatDecimal, formatInteger, formatPercent } from '../../../src/web/lib/format.ts';
import { signedIn } from '../support/fixtures.ts';
import { fail, handle, server } from '../support/msw.ts';
import { renderApp } from '../support/render.tsx';
import { empty } from '../target/fixtures.ts';
import { metricsAnswer, metricsFrom, seriesOf, totalRow, ZERO } from './fixtures.ts';

const MARCH = '2025-03-01_2025-03-31';
const FEBRUARY = '2025-02-01_2025-02-28';
const MARCH_LAST_YEAR = '2024-03-01_2024-03-31';

const now = metricsFrom({
  newOnline: 600,
  newDirect: 500,
  newPostal: 50,
  early: 900,
  onTime: 150,
  late: 12,
  lateWithApology: 5,
  paused: 20,
  withinDeadline: 300,
  overdue: 8,
  overdueWithApology: 2,
  verySatisfied: 300,
  satisfied: 100,
  dissatisfied: 4,
});
const previous = metricsFrom({
  newOnline: 500,
  newDirect: 450,
  newPostal: 40,
  early: 800,
  onTime: 140,
  late: 20,
  paused: 15,
  withinDeadline: 280,
  overdue: 12,
  verySatisfied: 250,
  satisfied: 120,
  dissatisfied: 10,
});
const lastYear = metricsFrom({
  newOnline: 300,
  newDirect: 600,
  newPostal: 60,
  early: 700,
  onTime: 200,
  late: 30,
  paused: 10,
  withinDeadline: 250,
  overdue: 25,
  verySatisfied: 100,
  satisfied: 100,
  dissatisfied: 20,
});

const unit = (key: string, name: string, metrics: Metrics): MetricsRow => ({
  key,
  name,
  group: 'department',
  rank: null,
  rankChange: null,
  metrics,
});
const UNITS: MetricsRow[] = [
  unit(
    'so-tu-phap',
    'Sở Tư pháp',
    metricsFrom({ ...ZERO, newDirect: 40, early: 30, onTime: 2, late: 8, overdue: 5 }),
  ),
  unit(
    'so-xay-dung',
    'Sở Xây dựng',
    metricsFrom({ ...ZERO, newDirect: 30, early: 20, onTime: 5, late: 1, overdue: 9 }),
  ),
  unit(
    'xa-an-binh',
    'UBND xã An Bình',
    metricsFrom({ ...ZERO, newDirect: 25, early: 20, onTime: 3, late: 2 }),
  ),
  // Lowest rate of all, but only 4 dossiers: too few to rank.
  unit('xa-nho', 'UBND xã Nhỏ', metricsFrom({ ...ZERO, newDirect: 4, early: 1, late: 3 })),
  unit('so-y-te', 'Sở Y tế', metricsFrom({ ...ZERO, newDirect: 50, early: 49, onTime: 1, overdue: 1 })),
];

const TOTALS: Record<string, Metrics> = { [MARCH]: now, [FEBRUARY]: previous, [MARCH_LAST_YEAR]: lastYear };

function seriesAnswer() {
  const months = [
    '2024-04',
    '2024-05',
    '2024-06',
    '2024-07',
    '2024-08',
    '2024-09',
    '2024-10',
    '2024-11',
    '2024-12',
    '2025-01',
    '2025-02',
    '2025-03',
  ];
  // August 2024: nothing in the published data (a gap, not 0 %).
  return seriesOf(
    months.map((month) => ({
      month,
      metrics: month === '2024-08' ? null : month === '2025-03' ? now : previous,
    })),
  );
}

interface Setup {
  role?: 'viewer' | 'uploader';
  /** Answer for the chosen period's total (default: the March figures). */
  totals?: Record<string, Metrics>;
  asOf?: string | null;
  failFirst?: boolean;
}

function setup({
  role = 'viewer',
  totals = TOTALS,
  asOf = '2025-05-20 16:30',
  failFirst = false,
}: Setup = {}) {
  let failures = failFirst ? 1 : 0;
  const metrics = handle(metricsApi.get, ({ request }) => {
    const q = new URL(request.url).searchParams;
    const key = `${q.get('from')}_${q.get('to')}`;
    if (key === MARCH && q.get('groupBy') === 'total' && failures > 0) {
      failures--;
      return fail(500, 'internal', 'Máy chủ gặp lỗi.');
    }
    if (asOf === null) return metricsAnswer(q, [], null);
    if (q.get('groupBy') === 'unit') return metricsAnswer(q, key === MARCH ? UNITS : [], asOf);
    if (q.get('groupBy') !== 'total') return metricsAnswer(q, [], asOf);
    const total = totals[key];
    return metricsAnswer(q, total ? [totalRow(total)] : [], asOf);
  });
  const series = handle(metricsApi.series, () => seriesAnswer());
  server.use(
    handle(authApi.session, () => signedIn(role)),
    metrics,
    series,
    handle(index766Api.target, ({ request }) => empty(new URL(request.url).searchParams.get('month')!)),
    handle(settingsApi.get, () => ({
      version: 1,
      updatedAt: '2025-01-05T02:00:00.000Z',
      updatedBy: 'quantri',
      settings: {
        publicMode: false,
        dueSoonWorkingDays: 2,
        targets: { '2025': { onTimeRate: 0.98, progressRate766: 0.95 } },
      },
    })),
  );
  return { metrics, series };
}

/** getByText compares a normalised node text (no-break spaces become spaces) with the raw string. */
const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ');
const tile = (name: string) => screen.getByRole('article', { name });
/** The text after a comparison's label ("Kỳ trước (Tháng 2/2025)") inside a tile. */
const compared = (tileName: string, label: string) =>
  within(tile(tileName)).getByText(label).nextElementSibling?.textContent;

/** Rates change in percentage points, worded with an arrow: worked out here from the two answers. */
const rateChange = (a: number | null, b: number | null) => {
  const pp = (a! - b!) * 100;
  return `${pp > 0 ? '▲ tăng' : '▼ giảm'} ${formatDecimal(Math.abs(pp), 2)} điểm %`;
};
const countChange = (a: number, b: number) =>
  `${a > b ? '▲ tăng' : '▼ giảm'} ${formatInteger(Math.abs(a - b))} (${formatPercent(Math.abs(a - b) / b, 1)})`;

describe('Tổng quan', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the period figures with the previous period, last year and the change, both on-time rates labelled', async () => {
    setup();
    renderApp('/?period=2025-03');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tổng quan' })).toBeTruthy();
    await screen.findByRole('article', { name: 'Tỷ lệ đúng hạn (Biểu 06)' });
    expect(screen.getByText(/Tháng 3\/2025/, { selector: '.page-header__intro p' })).toBeTruthy();

    // Biểu 06 on-time rate.
    const biểu06 = tile('Tỷ lệ đúng hạn (Biểu 06)');
    expect(within(biểu06).getByText(text(formatPercent(now.onTimeRate)))).toBeTruthy();
    expect(compared('Tỷ lệ đúng hạn (Biểu 06)', 'Kỳ trước (Tháng 2/2025)')).toBe(
      `${formatPercent(previous.onTimeRate)} · ${rateChange(now.onTimeRate, previous.onTimeRate)}`,
    );
    expect(compared('Tỷ lệ đúng hạn (Biểu 06)', 'Cùng kỳ năm trước (Tháng 3/2024)')).toBe(
      `${formatPercent(lastYear.onTimeRate)} · ${rateChange(now.onTimeRate, lastYear.onTimeRate)}`,
    );
    expect(
      within(biểu06)
        .getByRole('link', { name: 'Giải thích chỉ số: Tỷ lệ đúng hạn (Biểu 06)' })
        .getAttribute('href'),
    ).toBe('/dinh-nghia#onTimeRate');

    // QĐ 766 progress, with its score out of 20.
    const qd766 = tile('Tiến độ giải quyết theo QĐ 766');
    expect(within(qd766).getByText(text(formatPercent(now.progressRate766)))).toBeTruthy();
    expect(
      within(qd766).getByText(`Điểm tiến độ: ${formatDecimal(now.progressScore766!, 2)} / 20`),
    ).toBeTruthy();
    expect(compared('Tiến độ giải quyết theo QĐ 766', 'Kỳ trước (Tháng 2/2025)')).toBe(
      `${formatPercent(previous.progressRate766)} · ${rateChange(now.progressRate766, previous.progressRate766)}`,
    );

    // Counts: the change in dossiers and in %.
    const received = tile('Tổng số hồ sơ tiếp nhận');
    expect(within(received).getByText(formatInteger(now.received))).toBeTruthy();
    expect(compared('Tổng số hồ sơ tiếp nhận', 'Kỳ trước (Tháng 2/2025)')).toBe(
      `${formatInteger(previous.received)} · ${countChange(now.received, previous.received)}`,
    );
    expect(compared('Tổng số hồ sơ tiếp nhận', 'Cùng kỳ năm trước (Tháng 3/2024)')).toBe(
      `${formatInteger(lastYear.received)} · ${countChange(now.received, lastYear.received)}`,
    );
    const part = (name: string) =>
      within(received).getByText(name).closest('div')?.querySelector('dd')?.textContent;
    expect(part('Mới tiếp nhận trực tuyến')).toBe(formatInteger(now.newOnline));
    expect(part('Mới tiếp nhận trực tiếp')).toBe(formatInteger(now.newDirect));
    expect(part('Mới tiếp nhận qua bưu chính')).toBe(formatInteger(now.newPostal));
    expect(part('Kỳ trước chuyển qua')).toBe(formatInteger(now.carriedOver));

    // Overdue: a word, not only a colour, and fewer than before.
    const overdue = tile('Đang giải quyết quá hạn');
    expect(within(overdue).getByText(/cần xử lý/)).toBeTruthy();
    expect(compared('Đang giải quyết quá hạn', 'Kỳ trước (Tháng 2/2025)')).toBe(
      `${formatInteger(previous.overdue)} · ${countChange(now.overdue, previous.overdue)}`,
    );
    const overdueParts = within(overdue).getByText('Đang quá hạn chưa có phiếu xin lỗi').closest('div');
    expect(overdueParts?.querySelector('dd')?.textContent).toBe(formatInteger(now.overdueWithoutApology));

    const satisfaction = tile('Tỷ lệ hài lòng');
    expect(within(satisfaction).getByText(text(formatPercent(now.satisfactionRate)))).toBeTruthy();
    expect(within(satisfaction).getByText(`${formatInteger(now.rated)} hồ sơ được đánh giá`)).toBeTruthy();

    const late = tile('Quá hạn');
    expect(
      within(late).getByText('Quá hạn có phiếu xin lỗi').closest('div')?.querySelector('dd')?.textContent,
    ).toBe(formatInteger(now.lateWithApology));

    // The detailed table has every figure, including both rates, each row linked to its definition.
    const table = screen.getByRole('table', { name: 'So sánh chi tiết' });
    const row = within(table)
      .getByRole('rowheader', { name: /Tiến độ giải quyết theo QĐ 766/ })
      .closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      formatPercent(now.progressRate766),
      formatPercent(previous.progressRate766),
      rateChange(now.progressRate766, previous.progressRate766),
      formatPercent(lastYear.progressRate766),
      rateChange(now.progressRate766, lastYear.progressRate766),
    ]);
    expect(within(table).getByRole('rowheader', { name: /Tỷ lệ đúng hạn \(Biểu 06\)/ })).toBeTruthy();
  });

  it('says "không có số liệu" for a comparison period without any dossier, not a rise from 0', async () => {
    // Last year has a row of zeros; the previous month has no row at all.
    setup({ totals: { [MARCH]: now, [MARCH_LAST_YEAR]: metricsFrom(ZERO) } });
    renderApp('/?period=2025-03');
    await screen.findByRole('article', { name: 'Tổng số hồ sơ tiếp nhận' });
    expect(compared('Tổng số hồ sơ tiếp nhận', 'Kỳ trước (Tháng 2/2025)')).toBe('không có số liệu');
    expect(compared('Tổng số hồ sơ tiếp nhận', 'Cùng kỳ năm trước (Tháng 3/2024)')).toBe('không có số liệu');
    expect(compared('Tỷ lệ đúng hạn (Biểu 06)', 'Kỳ trước (Tháng 2/2025)')).toBe('không có số liệu');

    const table = screen.getByRole('table', { name: 'So sánh chi tiết' });
    const row = within(table)
      .getByRole('rowheader', { name: /Tổng số hồ sơ tiếp nhận/ })
      .closest('tr')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([formatInteger(now.received), 'không có số liệu', 'không có số liệu']);
    expect(within(table).queryByText(/tăng/)).toBeNull();
  });

  it('lists the units to call first, linked to their pages, leaving out units with too few dossiers', async () => {
    setup();
    renderApp('/?period=2025-03');
    const overdue = await screen.findByRole('table', { name: 'Nhiều hồ sơ đang quá hạn nhất' });
    const unitLinks = (table: HTMLElement) =>
      within(table)
        .getAllByRole('rowheader')
        .map((th) => within(th).getByRole('link'));
    expect(unitLinks(overdue).map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Sở Xây dựng', '/don-vi/so-xay-dung?period=2025-03'],
      ['Sở Tư pháp', '/don-vi/so-tu-phap?period=2025-03'],
      ['Sở Y tế', '/don-vi/so-y-te?period=2025-03'],
    ]);
    const lowest = screen.getByRole('table', { name: 'Tỷ lệ đúng hạn (Biểu 06) thấp nhất' });
    expect(unitLinks(lowest).map((a) => a.textContent)).toEqual([
      'Sở Tư pháp',
      'UBND xã An Bình',
      'Sở Xây dựng',
      'Sở Y tế',
    ]);
    expect(within(lowest).queryByText('UBND xã Nhỏ')).toBeNull();
    expect(screen.getByText('Chỉ xét đơn vị tiếp nhận từ 10 hồ sơ trở lên trong kỳ.')).toBeTruthy();
    const tuPhap = within(lowest).getByRole('rowheader', { name: 'Sở Tư pháp' }).closest('tr')!;
    expect(within(tuPhap).getAllByRole('cell')[0]!.textContent).toBe(formatPercent(32 / 40));
  });

  it('draws the 12-month trend (loaded on its own) against the year targets, with a gap month', async () => {
    const { series } = setup();
    renderApp('/?period=2025-03');
    // The chart's code (recharts) loads on first use: the first transform in a test run is slow.
    const table = await screen.findByRole(
      'table',
      { name: 'Tỷ lệ đúng hạn theo tháng, T4/2024 – T3/2025' },
      { timeout: 15_000 },
    );
    const query = new URL(series.calls[0]!.request.url).searchParams;
    expect([query.get('from'), query.get('to')]).toEqual(['2024-04-01', '2025-03-31']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((r) => r.textContent),
    ).toHaveLength(12);
    const august = within(table).getByRole('rowheader', { name: 'T8/2024' }).closest('tr')!;
    expect(within(august).getAllByRole('cell')[0]!.textContent).toBe('—không có dữ liệu');
    expect(
      within(table).getByRole('columnheader', { name: /Tỷ lệ đúng hạn \(Biểu 06\)/ }).textContent,
    ).toContain(`chỉ tiêu ${formatPercent(0.98, 0)}`);
    expect(within(table).getByRole('columnheader', { name: /QĐ 766/ }).textContent).toContain(
      `chỉ tiêu ${formatPercent(0.95, 0)}`,
    );
  });

  it('asks the API for the period, the previous period and the same period last year', async () => {
    const { metrics } = setup();
    renderApp('/?period=2025-03&unitGroup=commune');
    await screen.findByRole('article', { name: 'Tỷ lệ đúng hạn (Biểu 06)' });
    const asked = metrics.calls
      .map((c) => new URL(c.request.url).searchParams)
      .filter((q) => q.get('groupBy') === 'total' && q.get('from') !== '2000-01-01')
      .map((q) => `${q.get('from')}_${q.get('to')} ${q.get('unitGroup')}`);
    expect(new Set(asked)).toEqual(
      new Set([`${MARCH} commune`, `${FEBRUARY} commune`, `${MARCH_LAST_YEAR} commune`]),
    );
  });

  it('says there is no data yet, and takes an uploader to the upload page', async () => {
    setup({ role: 'uploader', asOf: null });
    renderApp('/?period=2025-03');
    expect(await screen.findByRole('heading', { name: 'Chưa có dữ liệu' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tải lên tệp xuất đầu tiên' }).getAttribute('href')).toBe(
      '/tai-du-lieu',
    );
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('tells a viewer with no data what to wait for, without an upload link', async () => {
    setup({ role: 'viewer', asOf: null });
    renderApp('/?period=2025-03');
    expect(await screen.findByRole('heading', { name: 'Chưa có dữ liệu' })).toBeTruthy();
    expect(screen.getByText(/Khi cán bộ tải lên và công bố/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Tải lên tệp xuất đầu tiên' })).toBeNull();
  });

  it('offers the latest month with data when the chosen period has no dossiers', async () => {
    setup({ totals: { '2025-05-01_2025-05-31': now } });
    const { router } = renderApp('/?period=2025-03');
    expect(await screen.findByRole('heading', { name: 'Không có hồ sơ trong Tháng 3/2025' })).toBeTruthy();
    expect(screen.getByText('Số liệu đã công bố có đến ngày 20/05/2025.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Xem Tháng 5/2025' }));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('period')).toBe('2025-05'),
    );
    expect(await screen.findByRole('article', { name: 'Tỷ lệ đúng hạn (Biểu 06)' })).toBeTruthy();
  });

  it('shows a readable error and recovers on retry', async () => {
    setup({ failFirst: true });
    renderApp('/?period=2025-03');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Máy chủ gặp lỗi.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('article', { name: 'Tỷ lệ đúng hạn (Biểu 06)' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('prints the report', async () => {
    setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderApp('/?period=2025-03');
    await screen.findByRole('article', { name: 'Tỷ lệ đúng hạn (Biểu 06)' });
    await userEvent.click(screen.getByRole('button', { name: 'In báo cáo' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
