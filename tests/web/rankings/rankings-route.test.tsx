import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authApi } from '../../../src/api/auth.ts';
import { index766Api } from '../../../src/api/index766.ts';
import { metricsApi } from '../../../src/api/metrics.ts';
import { settingsApi } from '../../../src/api/settings.ts';
import { type GradeId, gradeBandById } from '../../../src/domain/index766.ts';
import { RankingsRoute } from '../../../src/web/features/rankings/routes/RankingsRoute.tsx';
import { formatDecimal, formatPercent } from '../../../src/web/lib/format.ts';
import { signedIn } from '../support/fixtures.ts';
import { fail, handle, server } from '../support/msw.ts';
import { renderRoute } from '../support/render-route.tsx';
import { metricsAnswer, ON_TIME_TARGET, settingsAnswer, targetAnswer, UNIT_ROWS } from './fixtures.ts';

const PATH = '/xep-hang?period=2025-03';

function setup(options: { role?: 'viewer' | 'uploader'; rows?: typeof UNIT_ROWS } = {}) {
  const metrics = handle(metricsApi.get, ({ request }) => metricsAnswer(new URL(request.url), options.rows));
  server.use(
    handle(authApi.session, () => signedIn(options.role ?? 'viewer')),
    metrics,
    handle(settingsApi.get, () => settingsAnswer({ '2025': { onTimeRate: ON_TIME_TARGET } })),
    handle(index766Api.target, ({ request }) =>
      targetAnswer(new URL(request.url).searchParams.get('month') ?? '2025-03'),
    ),
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

  it('links each unit to its page on the same period', async () => {
    setup();
    renderRoute(<RankingsRoute />, { path: '/xep-hang?period=2025-Q1&channel=online&group=department' });
    const table = await screen.findByRole('table', { name: /^Xếp hạng/ });
    const first = byRank(departments)[0]!;
    expect(within(table).getByRole('link', { name: first.name }).getAttribute('href')).toBe(
      `/don-vi/${encodeURIComponent(first.key)}?period=2025-Q1`,
    );
  });

  it('sorts by a column when its header is clicked, and says so with aria-sort', async () => {
    setup();
    const user = userEvent.setup();
    renderRoute(<RankingsRoute />, { path: PATH });
    await screen.findByRole('table', { name: /^Xếp hạng/ });

    const header = screen.getByRole('columnheader', { name: /Tổng số hồ sơ tiếp nhận/ });
    // Short words on screen, the full label as the name and the tooltip.
    expect(within(header).getByText('Tiếp nhận').getAttribute('title')).toBe('Tổng số hồ sơ tiếp nhận');
    expect(screen.getByRole('columnheader', { name: /^Hạng(?! theo)/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
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
    expect(screen.getByRole('columnheader', { name: /^Hạng(?! theo)/ }).getAttribute('aria-sort')).toBeNull();
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
      handle(index766Api.target, () => targetAnswer('2025-03')),
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

describe('Xếp hạng: điểm QĐ 766', () => {
  const answer = targetAnswer('2025-03');
  const unitOf = (key: string) => answer.units.find((u) => u.unitId === key);
  const word = (grade: GradeId) => gradeBandById(grade).labelVi;
  /** Competition rank within the group: 1 + units with a strictly higher total. */
  const rankOf = (key: string, total: (u: (typeof answer.units)[number]) => number | null) => {
    const unit = unitOf(key);
    const own = unit ? total(unit) : null;
    if (!unit || own === null) return null;
    return 1 + answer.units.filter((u) => u.unitGroup === unit.unitGroup && (total(u) ?? -1) > own).length;
  };
  const official = (u: (typeof answer.units)[number]) => u.official?.total ?? null;
  const estimate = (u: (typeof answer.units)[number]) => u.estimate?.scorecard.total ?? null;

  /** The cell of `column` (its header's name) in the unit's row. */
  function cellOf(name: string, column: RegExp): HTMLElement {
    const table = screen.getByRole('table', { name: /^Xếp hạng/ });
    const headers = within(table).getAllByRole('columnheader');
    const at = headers.indexOf(within(table).getByRole('columnheader', { name: column }));
    return rowOf(name).children[at] as HTMLElement;
  }

  it('shows official and estimated totals with grade words and ranks with ties, for the month', async () => {
    setup();
    const target = handle(index766Api.target, ({ request }) =>
      targetAnswer(new URL(request.url).searchParams.get('month')!),
    );
    server.use(target);
    renderRoute(<RankingsRoute />, { path: PATH });
    await screen.findByRole('table', { name: /^Xếp hạng/ });
    await waitFor(() => expect(screen.queryByText('Đang tải điểm 766…')).toBeNull());
    expect(new URL(target.calls[0]!.request.url).searchParams.get('month')).toBe('2025-03');
    const table = screen.getByRole('table', { name: /^Xếp hạng/ });
    for (const [label, anchor] of [
      ['Tổng điểm chính thức (QĐ 766)', 'officialTotal'],
      ['Điểm ước tính (QĐ 766)', 'estimateTotal'],
    ]) {
      const link = within(table).getByRole('link', { name: `Giải thích chỉ số: ${label}` });
      expect(link.getAttribute('href')).toBe(`/dinh-nghia#${anchor}`);
    }

    for (const r of departments) {
      const unit = unitOf(r.key);
      const officialCell = cellOf(r.name, /^Điểm 766 chính thức/);
      const estimateCell = cellOf(r.name, /^Điểm 766 ước tính/);
      if (unit?.official) {
        expect(officialCell.textContent, r.name).toContain(formatDecimal(unit.official.total));
        expect(within(officialCell).getByText(word(unit.official.grade))).toBeTruthy();
      } else {
        expect(officialCell.textContent, r.name).toContain('—');
        expect(within(officialCell).getByText('chưa có')).toBeTruthy();
      }
      if (unit?.estimate) {
        expect(estimateCell.textContent, r.name).toContain(formatDecimal(unit.estimate.scorecard.total));
        expect(within(estimateCell).getByText(word(unit.estimate.scorecard.grade))).toBeTruthy();
        expect(within(estimateCell).queryByText(/Ước tính thiếu nhóm/) !== null).toBe(
          !unit.estimate.complete,
        );
      } else {
        expect(within(estimateCell).getByText('chưa có')).toBeTruthy();
      }
      const officialRank = rankOf(r.key, official);
      const estimateRank = rankOf(r.key, estimate);
      expect(cellOf(r.name, /^Hạng theo điểm chính thức/).textContent).toBe(
        officialRank === null ? '—chưa có' : String(officialRank),
      );
      expect(cellOf(r.name, /^Hạng theo điểm ước tính/).textContent).toBe(
        estimateRank === null ? '—chưa có' : String(estimateRank),
      );
      const below = unit !== undefined && unit.total < 80;
      expect(within(rowOf(r.name)).queryByText(/^Dưới 80 điểm/) !== null, r.name).toBe(below);
    }
    // Two departments tie at the top on the official score.
    expect(cellOf('Sở Tài chính', /^Hạng theo điểm chính thức/).textContent).toBe('1');
    expect(cellOf('Sở Y tế', /^Hạng theo điểm chính thức/).textContent).toBe('1');
    expect(within(rowOf('Sở Tư pháp')).getByText('Dưới 80 điểm (chính thức)')).toBeTruthy();
    // The incomplete estimate names what it lacks, and the footnote explains the mark.
    expect(within(cellOf('Sở Tư pháp', /^Điểm 766 ước tính/)).getByText(/Công khai, minh bạch/)).toBeTruthy();
    expect(screen.getByText(/^\* Ước tính chưa đủ các nhóm chỉ tiêu/)).toBeTruthy();
    expect(screen.getByText(/Điểm 766 \(QĐ 766\/QĐ-TTg\) của Tháng 3\/2025/)).toBeTruthy();
  });

  it('takes the last month of a quarter', async () => {
    setup();
    const target = handle(index766Api.target, ({ request }) =>
      targetAnswer(new URL(request.url).searchParams.get('month')!),
    );
    server.use(target);
    renderRoute(<RankingsRoute />, { path: '/xep-hang?period=2025-Q2' });
    await screen.findByRole('table', { name: /^Xếp hạng/ });
    await waitFor(() => expect(target.calls.length).toBeGreaterThan(0));
    expect(new URL(target.calls[0]!.request.url).searchParams.get('month')).toBe('2025-06');
    expect(screen.getByText(/lấy theo tháng cuối của kỳ đã chọn/)).toBeTruthy();
  });

  it('ranks and sorts by the official score, and the chart draws it against 80', async () => {
    const metrics = setup();
    const user = userEvent.setup();
    const { search } = renderRoute(<RankingsRoute />, { path: PATH });
    await screen.findByRole('table', { name: /^Xếp hạng/ });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Xếp hạng theo' }), 'official766');
    expect(search().get('rankBy')).toBe('official766');
    await screen.findByRole('table', { name: /theo Điểm 766 chính thức$/ });
    await waitFor(() => expect(screen.queryByText('Đang tải điểm 766…')).toBeNull());
    // The server is still asked for a metric it knows.
    expect(
      metrics.calls.every((c) => new URL(c.request.url).searchParams.get('rankBy') !== 'official766'),
    ).toBe(true);

    const expected = departments
      .map((r) => ({ name: r.name, total: unitOf(r.key)?.official?.total ?? null }))
      .toSorted((a, b) => (b.total ?? Number.NEGATIVE_INFINITY) - (a.total ?? Number.NEGATIVE_INFINITY));
    // Ties keep the answer's order; the unit without a card is last.
    expect(unitOrder()).toEqual(expected.map((e) => e.name));
    for (const r of departments) {
      const rank = rankOf(r.key, official);
      expect(within(rowOf(r.name)).getAllByRole('cell')[0]!.textContent).toBe(
        rank === null ? 'Chưa xếp hạng' : String(rank),
      );
    }
    // Rank change does not apply to the index.
    expect(screen.queryByRole('columnheader', { name: /Thay đổi hạng/ })).toBeNull();

    const figure = (await screen.findByText('Xem số liệu dạng bảng', {}, { timeout: 8000 })).closest(
      'figure',
    )!;
    expect(within(figure).getByText(/Điểm 766 chính thức – Sở, ban, ngành/)).toBeTruthy();
    expect(within(figure).getByText(/mức 80 điểm \(loại Tốt\)/)).toBeTruthy();
    const drawn = departments.filter((r) => unitOf(r.key)?.official);
    expect(within(figure).getAllByRole('rowheader')).toHaveLength(drawn.length);
    expect(within(figure).getAllByText(formatDecimal(85.5))).toHaveLength(2);
  });

  it('exports the visible index columns as numbers with their grade words', async () => {
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
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderRoute(<RankingsRoute />, { path: PATH });
    await screen.findByRole('table', { name: /^Xếp hạng/ });
    await waitFor(() => expect(screen.queryByText('Đang tải điểm 766…')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Cột hiển thị' }));
    await user.click(screen.getByRole('checkbox', { name: 'Hạng theo điểm ước tính' }));
    await user.click(screen.getByRole('button', { name: 'Xuất CSV' }));
    const csv = (await blobs[0]!.text()).replace(/^\uFEFF/, '');
    const [head, ...lines] = csv
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(head).toContain('Điểm 766 chính thức');
    expect(head).toContain('Hạng theo điểm chính thức');
    expect(head).toContain('Điểm 766 ước tính');
    expect(head).not.toContain('Hạng theo điểm ước tính');
    const col = (name: string) => head!.indexOf(name);
    for (const r of departments) {
      const line = lines.find((l) => l[col('Đơn vị')] === r.name)!;
      const unit = unitOf(r.key);
      expect(line[col('Điểm 766 chính thức')], r.name).toBe(
        unit?.official ? String(unit.official.total) : '',
      );
      expect(line[col('Xếp loại chính thức')], r.name).toBe(unit?.official ? word(unit.official.grade) : '');
      expect(line[col('Hạng theo điểm chính thức')], r.name).toBe(String(rankOf(r.key, official) ?? ''));
      expect(line[col('Điểm 766 ước tính')], r.name).toBe(
        unit?.estimate ? String(unit.estimate.scorecard.total) : '',
      );
      expect(line[col('Ghi chú ước tính')], r.name).toBe(
        unit?.estimate && !unit.estimate.complete ? 'Thiếu nhóm chỉ tiêu' : '',
      );
    }
  });

  it('warns that scores are not comparable when the version changed since last month', async () => {
    setup();
    server.use(
      handle(index766Api.target, () => targetAnswer('2025-03', { previousVersion: '766-decision-2022' })),
    );
    renderRoute(<RankingsRoute />, { path: PATH });
    expect(await screen.findByText('Điểm không so sánh được giữa các phiên bản bộ chỉ số')).toBeTruthy();
    expect(screen.getByText(/khác tháng trước \(766-decision-2022\)/)).toBeTruthy();
  });

  it('keeps the table usable when the index fails, and retries inline', async () => {
    setup();
    let failing = true;
    server.use(
      handle(index766Api.target, () => (failing ? fail(500, 'internal', 'boom') : targetAnswer('2025-03'))),
    );
    const user = userEvent.setup();
    renderRoute(<RankingsRoute />, { path: PATH });
    await screen.findByRole('table', { name: /^Xếp hạng/ });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/Không tải được điểm 766/)).toBeTruthy();
    // The rest works: rows, sorting, search.
    expect(unitOrder()).toEqual(byRank(departments).map((r) => r.name));
    expect(within(cellOf('Sở Tài chính', /^Điểm 766 chính thức/)).getByText('chưa tải được')).toBeTruthy();
    await user.type(screen.getByRole('searchbox', { name: 'Tìm đơn vị' }), 'y te');
    expect(unitOrder()).toEqual(['Sở Y tế']);

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    await waitFor(() =>
      expect(cellOf('Sở Y tế', /^Điểm 766 chính thức/).textContent).toContain(formatDecimal(85.5)),
    );
    expect(screen.queryByText(/Không tải được điểm 766/)).toBeNull();
  });
});
