import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { authApi } from '../../../src/api/auth.ts';
import { index766Api } from '../../../src/api/index766.ts';
import { type MetricsRow, metricsApi, type SeriesResponse } from '../../../src/api/metrics.ts';
import { INDEX_766_PORTAL_2025 } from '../../../src/domain/index766.ts';
import {
  AS_OF,
  dossiersHandler,
  listedDossier,
  metrics,
  metricsHandler,
  settingsHandler,
} from '../dossiers/fixtures.ts';
import { signedIn } from '../support/fixtures.ts';
import { handle, server } from '../support/msw.ts';
import { renderApp } from '../support/render.tsx';
import { officialAndEstimate } from '../target/fixtures.ts';

// Lazy routes and several queries on a busy machine: allow more than the default second.

const UNITS: MetricsRow[] = [
  {
    key: 'so-y-te',
    name: 'Sở Y tế',
    group: 'department',
    rank: 1,
    rankChange: 0,
    metrics: metrics({ received: 900, onTimeRate: 0.99 }),
  },
  {
    key: 'so-tu-phap',
    name: 'Sở Tư pháp',
    group: 'department',
    rank: 2,
    rankChange: 1,
    metrics: metrics({ received: 1200, onTimeRate: 0.9675 }),
  },
  {
    key: 'xa-hoa-binh',
    name: 'Xã Hòa Bình',
    group: 'commune',
    rank: 1,
    rankChange: null,
    metrics: metrics({ received: 50, onTimeRate: 1 }),
  },
];

const UNIT_TOTAL = metrics({
  received: 1200,
  resolved: 1000,
  pending: 200,
  overdue: 12,
  onTimeRate: 0.9675,
  progressRate766: 0.95,
  satisfactionRate: 0.9,
  onlineRate: 0.6,
});

const SECTORS: MetricsRow[] = [
  {
    key: 'Đất đai',
    name: 'Đất đai',
    metrics: metrics({ received: 400, resolved: 300, onTimeRate: 0.9, overdue: 7 }),
  },
  {
    key: 'Hộ tịch',
    name: 'Hộ tịch',
    metrics: metrics({ received: 800, resolved: 700, onTimeRate: 0.99, overdue: 5 }),
  },
];

function rowsFor(q: URLSearchParams): MetricsRow[] {
  const groupBy = q.get('groupBy');
  if (groupBy === 'unit') return UNITS;
  if (groupBy === 'sector') return SECTORS;
  if (groupBy === 'total' && q.get('unit') === 'so-tu-phap')
    return [{ key: 'total', name: 'total', metrics: UNIT_TOTAL }];
  return [];
}

/** Months of the range, each with rows: the unit's rank month by month for groupBy=unit. */
function seriesHandler() {
  return handle(metricsApi.series, ({ request }) => {
    const q = new URL(request.url).searchParams;
    const groupBy = (q.get('groupBy') ?? 'total') as SeriesResponse['groupBy'];
    const from = q.get('from')!;
    const points = Array.from({ length: 12 }, (_, i) => {
      const index = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 + i;
      const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
      const rows: MetricsRow[] =
        groupBy === 'unit'
          ? [
              {
                key: 'so-tu-phap',
                name: 'Sở Tư pháp',
                group: 'department',
                rank: (i % 3) + 1,
                metrics: metrics({}),
              },
              { key: 'so-y-te', name: 'Sở Y tế', group: 'department', rank: 1, metrics: metrics({}) },
            ]
          : [{ key: 'total', name: 'total', metrics: metrics({ received: 100, onTimeRate: 0.97 }) }];
      return { period: { from: `${month}-01`, to: `${month}-28` }, rows };
    });
    return {
      period: { from, to: q.get('to')! },
      interval: 'month' as const,
      groupBy,
      points,
      asOf: AS_OF,
      sources: [],
    };
  });
}

function setup() {
  const metricsCalls = metricsHandler(rowsFor);
  const series = seriesHandler();
  const dossiers = dossiersHandler({ overdue: 23, dueSoon: 0 });
  const target = handle(index766Api.target, () => officialAndEstimate());
  server.use(
    handle(authApi.session, () => signedIn('viewer')),
    metricsCalls,
    series,
    dossiers,
    settingsHandler({ targets: { '2025': { onTimeRate: 0.98, progressRate766: 0.9 } } }),
    target,
  );
  return { metricsCalls, series, dossiers, target };
}

const queriesOf = (h: { calls: { request: Request }[] }) =>
  h.calls.map((c) => new URL(c.request.url).searchParams);

describe('Đơn vị (/don-vi)', () => {
  it('lists the units by group, searchable without diacritics, each linking to its page', async () => {
    setup();
    const user = userEvent.setup();
    renderApp('/don-vi?period=2025-03');
    expect(await screen.findByRole('heading', { name: 'Sở, ban, ngành (2)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Xã, phường, đặc khu (1)' })).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Sở Tư pháp' });
    expect(link.getAttribute('href')).toBe('/don-vi/so-tu-phap?period=2025-03');
    await user.type(screen.getByRole('searchbox', { name: 'Tìm đơn vị' }), 'hoa binh');
    expect(screen.queryByRole('link', { name: 'Sở Tư pháp' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Xã Hòa Bình' })).toBeTruthy();
    await user.clear(screen.getByRole('searchbox', { name: 'Tìm đơn vị' }));
    await user.type(screen.getByRole('searchbox', { name: 'Tìm đơn vị' }), 'không có');
    expect(screen.getByRole('heading', { name: 'Không có đơn vị nào khớp “không có”' })).toBeTruthy();
  });
});

describe('Một đơn vị (/don-vi/:unitId)', () => {
  it("shows the unit's rank, numbers against the targets, breakdown and overdue dossiers", async () => {
    const { metricsCalls, series } = setup();
    renderApp('/don-vi/so-tu-phap?period=2025-03');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sở Tư pháp' })).toBeTruthy();
    expect(screen.getByText('Hạng 2/2')).toBeTruthy();
    expect(screen.getByText('Tăng 1 bậc so với kỳ trước')).toBeTruthy();
    expect(screen.getByText('Sở, ban, ngành')).toBeTruthy();

    // KPI tiles: the unit's own total, and the distance from each target in words.
    expect(await screen.findByText(/^96,75\s%$/)).toBeTruthy();
    expect(screen.getByText('Còn thiếu 1,25 điểm %')).toBeTruthy();
    expect(screen.getByText(/Đạt chỉ tiêu/)).toBeTruthy();
    expect(screen.getByText('1.200')).toBeTruthy();
    const totalQuery = queriesOf(metricsCalls).find((q) => q.get('groupBy') === 'total' && q.get('unit'));
    expect(totalQuery?.get('unit')).toBe('so-tu-phap');

    // Breakdown by sector: most received first, below-target rows say so in words.
    const sectors = await screen.findByRole('table', { name: /Theo lĩnh vực/ });
    const rows = within(sectors).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('Hộ tịch');
    expect(within(rows[1]!).getByText(/dưới chỉ tiêu/)).toBeTruthy();

    // Rank history asks the unit's group month by month, over 12 months.
    await waitFor(() =>
      expect(queriesOf(series).some((q) => q.get('unitGroup') === 'department')).toBe(true),
    );
    const rankQuery = queriesOf(series).find((q) => q.get('groupBy') === 'unit')!;
    expect(rankQuery.get('from')).toBe('2024-04-01');
    expect(rankQuery.get('to')).toBe('2025-03-31');
    // Both charts name the months alike, as the trend chart does ("T4/2024").
    const monthsOf = async (name: string) =>
      within(await screen.findByRole('table', { name }, { timeout: 15_000 }))
        .getAllByRole('rowheader')
        .map((h) => h.textContent);
    const rankMonths = await monthsOf('Thứ hạng 12 tháng');
    expect(rankMonths[0]).toBe('T4/2024');
    expect(rankMonths.at(-1)).toBe('T3/2025');
    expect(await monthsOf('Xu hướng 12 tháng')).toEqual(rankMonths);

    // Overdue dossiers: the first rows and a link to the whole list.
    expect(await screen.findByRole('rowheader', { name: listedDossier(0).code })).toBeTruthy();
    const all = screen.getByRole('link', { name: 'Xem toàn bộ 23 hồ sơ' });
    const href = new URL(all.getAttribute('href')!, 'http://x');
    expect(href.pathname).toBe('/ho-so');
    expect(href.searchParams.get('kind')).toBe('overdue');
    expect(href.searchParams.get('unit')).toBe('so-tu-phap');
    expect(href.searchParams.get('period')).toBe('2025-03');
    // Nothing due soon: said as good news.
    expect(await screen.findByText(/Không có hồ sơ nào của đơn vị sắp đến hạn/)).toBeTruthy();
  });

  it('says clearly when the unit is not in the data, with a way back to the list', async () => {
    setup();
    renderApp('/don-vi/khong-co-don-vi?period=2025-03');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy đơn vị này trong kỳ đã chọn' }),
    ).toBeTruthy();
    expect(screen.getByText(/Không có đơn vị mã “khong-co-don-vi” trong số liệu Tháng 3\/2025/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Xem danh sách đơn vị' }).getAttribute('href')).toBe(
      '/don-vi?period=2025-03',
    );
  });

  it('shows the unit against the 766 target: total, grade, gap, groups by points lost, what it takes', async () => {
    const { target } = setup();
    renderApp('/don-vi/so-tu-phap?period=2026-03');
    const panel = within(
      (
        await screen.findByRole('heading', { level: 2, name: 'Chỉ số phục vụ QĐ 766 – Tháng 3/2026' })
      ).closest('section')!,
    );
    expect(new URL(target.calls[0]!.request.url).searchParams.get('month')).toBe('2026-03');
    const total = within((await panel.findByText('72,5 điểm')).closest('p')!);
    expect(total.getByText('Khá')).toBeTruthy();
    expect(total.getByText('Chính thức')).toBeTruthy();
    expect(panel.getByText(/^Còn thiếu 7,5 điểm để đạt loại Tốt/)).toBeTruthy();
    expect(panel.getByText(/Ước tính: 74 điểm · ước tính lệch 1,5 điểm so với số chính thức/)).toBeTruthy();
    expect(
      panel.getByText(/Giải quyết đúng hạn 15 hồ sơ sắp đến hạn là đạt 80 điểm \(tiến độ 17 → 18,5 điểm\)/),
    ).toBeTruthy();

    // Groups, most points lost first (ties keep the version's order): 22 − 12,5 = 9,5 on MDSH first.
    const name = (code: string) => INDEX_766_PORTAL_2025.groups.find((g) => g.code === code)!.nameVi;
    const table = panel.getByRole('table', { name: /Điểm theo nhóm chỉ số/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(
      ['MDSH', 'CKMB', 'TTTT', 'MDHL', 'TDGQ', 'CLGQ'].map(name),
    );
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['22', '12,5', '12,5', 'mất 9,5']);
    // Where the numbers come from, as on the target page.
    expect(panel.getByText(/Bảng điểm chính thức: scorecards-2026-03\.xlsx/)).toBeTruthy();
    expect(panel.getByRole('link', { name: 'Xem mục tiêu 100 % Tốt của tỉnh' }).getAttribute('href')).toBe(
      '/muc-tieu?period=2026-03',
    );
  });

  it('says so when the month has no scorecard or estimate for the unit', async () => {
    setup();
    server.use(handle(index766Api.target, () => ({ ...officialAndEstimate(), units: [] })));
    renderApp('/don-vi/xa-hoa-binh?period=2026-03');
    await screen.findByRole('heading', { level: 1 });
    expect(
      await screen.findByText(
        'Tháng 3/2026 chưa có bảng điểm chính thức hay ước tính cho đơn vị này.',
        undefined,
        {
          timeout: 5000,
        },
      ),
    ).toBeTruthy();
  });

  it('tells a unit with dossiers but no scorecard why it has no total', async () => {
    setup();
    server.use(
      handle(index766Api.target, () => ({
        ...officialAndEstimate(),
        units: [],
        withoutScorecard: ['Xã Hòa Bình'],
      })),
    );
    renderApp('/don-vi/xa-hoa-binh?period=2026-03');
    expect(
      await screen.findByText(/^Đơn vị có hồ sơ nhưng chưa có bảng điểm chính thức nào/, undefined, {
        timeout: 5000,
      }),
    ).toBeTruthy();
  });
});
