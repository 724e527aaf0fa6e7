import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authApi } from '../../../src/api/auth.ts';
import { metricsApi } from '../../../src/api/metrics.ts';
import { settingsApi } from '../../../src/api/settings.ts';
import { RankingsRoute } from '../../../src/web/features/rankings/routes/RankingsRoute.tsx';
import { formatPercent } from '../../../src/web/lib/format.ts';
import { signedIn } from '../support/fixtures.ts';
import { fail, handle, server } from '../support/msw.ts';
import { renderRoute } from '../support/render-route.tsx';
import { metricsAnswer, ON_TIME_TARGET, settingsAnswer, UNIT_ROWS } from './fixtures.ts';

const PATH = '/xep-hang?period=2025-03';

function setup(options: { role?: 'viewer' | 'uploader'; rows?: typeof UNIT_ROWS } = {}) {
  const metrics = handle(metricsApi.get, ({ request }) => metricsAnswer(new URL(request.url), options.rows));
  server.use(
    handle(authApi.session, () => signedIn(options.role ?? 'viewer')),
    metrics,
    handle(settingsApi.get, () => settingsAnswer({ '2025': { onTimeRate: ON_TIME_TARGET } })),
  );
  return metrics;
}

/** The table's body rows, each as its unit name (the row header). */
function unitOrder(): string[] {
  const table = screen.getByRole('table', { name: /^Xếp hạng/ });
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent ?? '');
}

function rowOf(name: string): HTMLElement {
  const table = screen.getByRole('table', { name: /^Xếp hạng/ });
  const link = within(table).getByRole('link', { name });
  return link.closest('tr')!;
}

const departments = UNIT_ROWS.filter((r) => r.group === 'department');
/** Rank order, unranked last (the answer's order for a group). */
const byRank = (rows: typeof UNIT_ROWS) =>
  rows.toSorted((a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY));

afterEach(() => vi.restoreAllMocks());

describe('Xếp hạng', () => {
  it('lists the departments in rank order with rank change words and the below-target mark', async () => {
    const metrics = setup();
    renderRoute(<RankingsRoute />, { path: PATH });
    await screen.findByRole('table', { name: /^Xếp hạng/ });

    expect(unitOrder()).toEqual(byRank(departments).map((r) => r.name));
    const query = new URL(metrics.calls.find((c) => c.request.url.includes('groupBy=unit'))!.request.url)
      .searchParams;
    expect(query.get('rankBy')).toBe('progressRate766');
    expect(query.get('from')).toBe('2025-03-01');

    for (const r of departments) {
      const row = within(rowOf(r.name));
      const change = r.rankChange ?? null;
      const words =
        change === null
          ? 'Kỳ trước chưa có hạng'
          : change > 0
            ? `Lên ${change} bậc`
            : change < 0
              ? `Xuống ${-change} bậc`
              : 'Không đổi hạng';
      expect(row.getByText(words), r.name).toBeTruthy();
      const below = r.metrics.onTimeRate !== null && r.metrics.onTimeRate < ON_TIME_TARGET;
      expect(row.queryByText('Dưới chỉ tiêu') !== null, r.name).toBe(below);
    }
    expect(screen.getByText(/Chỉ tiêu tỷ lệ đúng hạn năm 2025: 98,00/)).toBeTruthy();
    expect(screen.getByText(/dvc-2025-03\.xlsx/)).toBeTruthy();

    // The chart loads after the table; its table alternative lists the ranked units in rank order.
    const figure = (await screen.findByText('Xem số liệu dạng bảng', {}, { timeout: 8000 })).closest(
      'figure',
    )!;
    expect(within(figure).getByText(/Tiến độ giải quyết theo QĐ 766 – Sở, ban, ngành/)).toBeTruthy();
    const ranked = byRank(departments).filter((r) => r.rank !== null);
    expect(
      within(figure)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(ranked.map((r) => `${r.rank}. ${r.name}`));
    expect(
      within(figure).getByText(formatPercent(ranked[0]!.metrics.progressRate766)!.replace('\u00a0', ' ')),
    ).toBeTruthy();
  });

  it('sorts by a column when its header is clicked, and says so with aria-sort', async () => {
    setup();
    const user = userEvent.setup();
    renderRoute(<RankingsRoute />, { path: PATH });
    await screen.findByRole('table', { name: /^Xếp hạng/ });

    const header = screen.getByRole('columnheader', { name: /Tổng số hồ sơ tiếp nhận/ });
    expect(screen.getByRole('columnheader', { name: /^Hạng/ }).getAttribute('aria-sort')).toBe('ascending');
    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(unitOrder()).toEqual(
      departments.toSorted((a, b) => b.metrics.received - a.metrics.received).map((r) => r.name),
    );

    // Keyboard: the header button takes Enter.
    within(header).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(unitOrder()).toEqual(
      departments.toSorted((a, b) => a.metrics.received - b.metrics.received).map((r) => r.name),
    );
    expect(screen.getByRole('columnheader', { name: /^Hạng/ }).getAttribute('aria-sort')).toBeNull();
  });

  it('finds units by name with or without diacritics', async () => {
    setup();
    const user = userEvent.setup();
    renderRoute(<RankingsRoute />, { path: PATH });
    await screen.findByRole('table', { name: /^Xếp hạng/ });
    const search = screen.getByRole('searchbox', { name: 'Tìm đơn vị' });

    await user.type(search, 'tư pháp');
    expect(unitOrder()).toEqual(['Sở Tư pháp']);
    await user.clear(search);
    await user.type(search, 'SO TU PHAP');
    expect(unitOrder()).toEqual(['Sở Tư pháp']);
    await user.clear(search);
    await user.type(search, 'so');
    expect(unitOrder()).toHaveLength(departments.length);
    await user.clear(search);
    await user.type(search, 'kho bac');
    expect(screen.queryByRole('table', { name: /^Xếp hạng/ })).toBeNull();
    expect(screen.getByText(/Không có đơn vị nào khớp “kho bac”/)).toBeTruthy();
  });

  it('hides a column from the table and the CSV, and remembers the choice', async () => {
    setup();
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: (blob: Blob) => {
        blobs.push(blob);
        return 'blob:fake';
      },
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => {} });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const view = renderRoute(<RankingsRoute />, { path: PATH });
    await screen.findByRole('table', { name: /^Xếp hạng/ });
    expect(screen.getByRole('columnheader', { name: /Tỷ lệ hài lòng/ })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Cột hiển thị' }));
    await user.click(screen.getByRole('checkbox', { name: 'Tỷ lệ hài lòng' }));
    expect(screen.queryByRole('columnheader', { name: /Tỷ lệ hài lòng/ })).toBeNull();

    await user.type(screen.getByRole('searchbox', { name: 'Tìm đơn vị' }), 'y te');
    await user.click(screen.getByRole('button', { name: 'Xuất CSV' }));
    expect(clicked).toEqual(['xep-hang-2025-03-so-nganh.csv']);
    const csv = (await blobs[0]!.text()).replace(/^\uFEFF/, '');
    const [head, ...lines] = csv.trimEnd().split('\r\n');
    expect(head).not.toContain('Tỷ lệ hài lòng');
    expect(head?.split(',')[2]).toBe('Đơn vị');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Sở Y tế');

    view.unmount();
    renderRoute(<RankingsRoute />, { path: PATH });
    await screen.findByRole('table', { name: /^Xếp hạng/ });
    expect(screen.queryByRole('columnheader', { name: /Tỷ lệ hài lòng/ })).toBeNull();
  });

  it('switches group and rank metric through the URL', async () => {
    const metrics = setup();
    const user = userEvent.setup();
    const { search } = renderRoute(<RankingsRoute />, { path: PATH });
    await screen.findByRole('table', { name: /^Xếp hạng/ });

    await user.click(screen.getByRole('tab', { name: /Xã, phường, đặc khu/ }));
    expect(search().get('group')).toBe('commune');
    expect(unitOrder()).toEqual(byRank(UNIT_ROWS.filter((r) => r.group === 'commune')).map((r) => r.name));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Xếp hạng theo' }), 'onTimeRate');
    expect(search().get('rankBy')).toBe('onTimeRate');
    await waitFor(() =>
      expect(
        metrics.calls.some((c) => new URL(c.request.url).searchParams.get('rankBy') === 'onTimeRate'),
      ).toBe(true),
    );

    await user.click(screen.getByRole('tab', { name: /Cơ quan ngành dọc/ }));
    expect(await screen.findByText('Nhóm này không có đơn vị nào trong kỳ')).toBeTruthy();
  });

  it('offers the upload page to uploaders when the period has no data', async () => {
    setup({ role: 'uploader', rows: [] });
    renderRoute(<RankingsRoute />, { path: PATH });
    expect(await screen.findByText('Chưa có số liệu cho kỳ này')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tải dữ liệu lên' }).getAttribute('href')).toBe('/tai-du-lieu');
  });

  it('says what went wrong and retries', async () => {
    let failing = true;
    server.use(
      handle(authApi.session, () => signedIn('viewer')),
      handle(metricsApi.get, ({ request }) =>
        failing && request.url.includes('groupBy=unit')
          ? fail(500, 'internal', 'boom')
          : metricsAnswer(new URL(request.url)),
      ),
      handle(settingsApi.get, () => settingsAnswer({})),
    );
    const user = userEvent.setup();
    renderRoute(<RankingsRoute />, { path: PATH });
    expect(await screen.findByRole('alert')).toBeTruthy();
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    await screen.findByRole('table', { name: /^Xếp hạng/ });
    expect(screen.getByText('Chưa đặt chỉ tiêu tỷ lệ đúng hạn cho năm 2025.')).toBeTruthy();
    expect(screen.queryByText('Dưới chỉ tiêu')).toBeNull();
  });
});
