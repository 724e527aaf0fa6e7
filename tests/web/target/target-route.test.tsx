import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authApi } from '../../../src/api/auth.ts';
import { index766Api, type TargetResponse } from '../../../src/api/index766.ts';
import { metricsApi } from '../../../src/api/metrics.ts';
import type { Role } from '../../../src/api/users.ts';
import { TargetTile } from '../../../src/web/features/target/components/TargetTile.tsx';
import { TargetRoute } from '../../../src/web/features/target/routes/TargetRoute.tsx';
import { formatPercent } from '../../../src/web/lib/format.ts';
import { signedIn } from '../support/fixtures.ts';
import { fail, handle, server } from '../support/msw.ts';
import { renderApp } from '../support/render.tsx';
import { renderRoute } from '../support/render-route.tsx';
import { empty, estimateOnly, metricsAnswer, officialAndEstimate } from './fixtures.ts';

/** A share as getByText matches it (its matcher folds formatPercent's no-break space into a space). */
const pct = (value: number) => formatPercent(value)!.replace('\u00a0', ' ');

function setup(
  answer: TargetResponse | (() => TargetResponse | ReturnType<typeof fail>),
  role: Role = 'viewer',
) {
  const target = handle(index766Api.target, () => (typeof answer === 'function' ? answer() : answer));
  server.use(
    handle(authApi.session, () => signedIn(role)),
    handle(metricsApi.get, () => metricsAnswer(officialAndEstimate().asOf)),
    target,
  );
  return target;
}

function headlineCard(basis: 'Chính thức' | 'Ước tính'): HTMLElement {
  return screen.getByRole('article', { name: new RegExp(`Đơn vị đạt loại Tốt trở lên ${basis}`) });
}

function belowTable(): HTMLElement {
  return screen.getByRole('table', { name: /^Đơn vị chưa đạt loại Tốt/ });
}

afterEach(() => vi.restoreAllMocks());

describe('Mục tiêu 766', () => {
  it('shows the official and estimated headline, the below-Tốt list, accuracy and the version change', async () => {
    const target = setup(officialAndEstimate(), 'admin');
    renderRoute(<TargetRoute />, { path: '/muc-tieu?period=2026-03' });
    await screen.findByRole('heading', { name: 'Kết quả Tháng 3/2026' });

    const query = new URL(target.calls[0]!.request.url).searchParams;
    expect(query.get('month')).toBe('2026-03');
    expect(query.get('months')).toBe('12');

    const official = within(headlineCard('Chính thức'));
    expect(official.getByText('12/160 đơn vị')).toBeTruthy();
    expect(official.getByText(pct(12 / 160))).toBeTruthy();
    expect(official.getByText(/So với Tháng 2\/2026: 10\/158/)).toBeTruthy();
    expect(official.getByText('tăng 1,17 điểm phần trăm')).toBeTruthy();
    expect(official.getByText('Mục tiêu 100 %: còn 148 đơn vị chưa đạt loại Tốt.')).toBeTruthy();
    expect(official.queryByText(/Ước tính là điểm/)).toBeNull();

    const estimate = within(headlineCard('Ước tính'));
    expect(estimate.getByText('14/160 đơn vị')).toBeTruthy();
    expect(estimate.getByText(pct(14 / 160))).toBeTruthy();
    expect(estimate.getByText(/Ước tính là điểm hệ thống tạm tính/)).toBeTruthy();
    expect(screen.getByText(/có cả số chính thức và số ước tính/)).toBeTruthy();

    // Below Tốt: largest gap first, with the gap, the losses and what it takes in words.
    const rows = within(belowTable()).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Phường An Lạc',
      'Sở Y tế',
      'Sở Tư pháp',
      'Xã Hòa Bình',
    ]);
    const tuPhap = within(rows[2]!);
    expect(tuPhap.getByRole('link', { name: 'Sở Tư pháp' }).getAttribute('href')).toBe(
      '/don-vi/so-tu-phap?period=2026-03',
    );
    expect(tuPhap.getByText('còn thiếu 7,5 điểm')).toBeTruthy();
    expect(tuPhap.getByText('Khá')).toBeTruthy();
    expect(tuPhap.getByText('Chính thức')).toBeTruthy();
    expect(tuPhap.getByText('Số hóa hồ sơ: mất 9,5/22')).toBeTruthy();
    expect(tuPhap.getByText('Công khai, minh bạch: mất 6/18')).toBeTruthy();
    expect(tuPhap.getByText('Ước tính: 74 điểm')).toBeTruthy();
    expect(
      tuPhap.getByText('Giải quyết đúng hạn 15 hồ sơ sắp đến hạn là đạt 80 điểm (tiến độ 17 → 18,5 điểm).'),
    ).toBeTruthy();
    const hoaBinh = within(rows[3]!);
    expect(hoaBinh.getByText('còn thiếu 1,25 điểm')).toBeTruthy();
    expect(hoaBinh.getByText('Ước tính')).toBeTruthy();
    expect(
      hoaBinh.getByText(/Cần giải quyết đúng hạn 12 hồ sơ nhưng chỉ còn 3 hồ sơ có thể kịp hạn/),
    ).toBeTruthy();
    expect(within(rows[0]!).getByText(/Tháng này không có hồ sơ: điểm tiến độ là 0/)).toBeTruthy();
    expect(within(rows[1]!).getByText(/Dù mọi hồ sơ đúng hạn/)).toBeTruthy();
    expect(screen.getByText('4 đơn vị chưa đạt, 1 đơn vị đã đạt loại Tốt trở lên.')).toBeTruthy();
    // Each column's "?" opens its definition.
    const headerLinks = within(within(belowTable()).getAllByRole('row')[0]!)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(headerLinks).toEqual([
      '/dinh-nghia#grade',
      '/dinh-nghia#estimateTotal',
      '/dinh-nghia#gapTo80',
      '/dinh-nghia#lostByGroup',
      '/dinh-nghia#progressWhatItTakes',
    ]);

    expect(screen.getByText('Ước tính lệch trung bình 2,4 điểm so với số chính thức.')).toBeTruthy();
    expect(screen.getByText('So sánh 150 đơn vị có cả hai số; 131/150 đơn vị cùng xếp loại.')).toBeTruthy();
    // Per unit: the estimate furthest from the official score first, each linked to its unit page.
    await userEvent.click(screen.getByText('Xem chênh lệch của từng đơn vị (3)'));
    const differences = screen.getByRole('table', { name: /Điểm ước tính so với điểm chính thức/ });
    expect(
      within(differences)
        .getAllByRole('row')
        .slice(1)
        .map((r) =>
          within(r)
            .getAllByRole('cell')
            .map((c) => c.textContent)
            .concat(within(r).getByRole('rowheader').textContent ?? ''),
        ),
    ).toEqual([
      ['72,5 Khá', '74 Khá', 'cao hơn 1,5', 'Sở Tư pháp'],
      ['85 Tốt', '85 Tốt', 'trùng khớp', 'Sở Tài chính'],
      ['60 Trung bình', '60 Trung bình', 'trùng khớp', 'Sở Y tế'],
    ]);
    expect(within(differences).getByRole('link', { name: 'Sở Tư pháp' }).getAttribute('href')).toBe(
      '/don-vi/so-tu-phap?period=2026-03',
    );
    expect(
      screen.getByText('Tháng 7/2025 đổi bộ chỉ số: so sánh giữa hai bộ chỉ số chỉ mang tính tham khảo.'),
    ).toBeTruthy();

    // Unmatched names, with the registry link for an admin; provenance of the sets and dossiers.
    expect(screen.getByText('UBND xã Cũ')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bổ sung vào danh mục đơn vị' }).getAttribute('href')).toBe(
      '/quan-tri?muc=don-vi',
    );
    expect(screen.getByText(/Bảng điểm chính thức: scorecards-2026-03\.xlsx/)).toBeTruthy();
    expect(screen.getByText(/ho-so-2026-03\.xlsx/)).toBeTruthy();

    // The grade table as provinces publish it: March 2026's row.
    const grades = screen.getByRole('table', { name: 'Số đơn vị theo xếp loại' });
    const march = within(grades).getByRole('rowheader', { name: 'T3/2026' }).closest('tr')!;
    expect(
      within(march)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Chính thức', '2', '10', '40', '90', '18', '160']);
    expect(
      within(grades)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Tháng', 'Căn cứ', 'Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Yếu', 'Tổng số đơn vị']);

    // The share chart's table alternative (loaded with recharts).
    const shareTable = await screen.findByRole(
      'table',
      { name: /^Tỷ lệ đơn vị đạt loại Tốt trở lên, T4\/2025 – T3\/2026/, hidden: true },
      { timeout: 8000 },
    );
    const lastRow = within(shareTable)
      .getByRole('rowheader', { name: 'T3/2026', hidden: true })
      .closest('tr')!;
    expect(lastRow.textContent).toContain(`12/160 (${formatPercent(12 / 160)})`);
    expect(lastRow.textContent).toContain(`14/160 (${formatPercent(14 / 160)})`);
  });

  it('filters the below-Tốt list by unit group and by name', async () => {
    setup(officialAndEstimate());
    const user = userEvent.setup();
    renderRoute(<TargetRoute />, { path: '/muc-tieu?period=2026-03' });
    await screen.findByRole('table', { name: /^Đơn vị chưa đạt loại Tốt/ });
    const names = () =>
      within(belowTable())
        .getAllByRole('rowheader')
        .map((c) => c.textContent);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Nhóm đơn vị' }), 'commune');
    expect(names()).toEqual(['Phường An Lạc', 'Xã Hòa Bình']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Nhóm đơn vị' }), '');
    await user.type(screen.getByRole('searchbox', { name: 'Tìm đơn vị' }), 'y te');
    expect(names()).toEqual(['Sở Y tế']);
    expect(screen.getByText('Hiện 1/4 đơn vị chưa đạt.')).toBeTruthy();

    // The CSV holds the rows shown, with what it takes in words.
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
    await user.click(screen.getByRole('button', { name: 'Xuất CSV' }));
    expect(clicked).toEqual(['muc-tieu-766-2026-03.csv']);
    const [head, ...lines] = (await blobs[0]!.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(head?.split(',').slice(0, 3)).toEqual(['Đơn vị', 'Mã đơn vị', 'Nhóm']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Sở Y tế,MA-so-y-te,"Sở, ban, ngành",60,Trung bình,Chính thức,20,/);
    expect(lines[0]).toContain('Dù mọi hồ sơ đúng hạn');
  });

  it('badges an estimate-only month as an estimate and says nothing official exists', async () => {
    setup(estimateOnly(), 'viewer');
    renderRoute(<TargetRoute />, { path: '/muc-tieu?period=2026-04' });
    await screen.findByRole('heading', { name: 'Kết quả Tháng 4/2026' });

    expect(screen.queryByRole('article', { name: /Chính thức/ })).toBeNull();
    const estimate = within(headlineCard('Ước tính'));
    expect(estimate.getByText('20/160 đơn vị')).toBeTruthy();
    expect(estimate.getByText(pct(20 / 160))).toBeTruthy();
    expect(estimate.getByText(/So với Tháng 3\/2026: 14\/160/)).toBeTruthy();
    expect(estimate.getByText('tăng 3,75 điểm phần trăm')).toBeTruthy();
    expect(estimate.getByText(/Ước tính là điểm hệ thống tạm tính/)).toBeTruthy();

    for (const row of within(belowTable()).getAllByRole('row').slice(1)) {
      expect(within(row).getByText('Ước tính')).toBeTruthy();
    }
    expect(screen.queryByText(/Ước tính lệch trung bình/)).toBeNull();
    expect(screen.queryByText(/đổi bộ chỉ số/)).toBeNull();
    expect(screen.queryByText(/chưa khớp danh mục/)).toBeNull();
  });

  it('uses the last month of a quarter', async () => {
    const target = setup(estimateOnly());
    renderRoute(<TargetRoute />, { path: '/muc-tieu?period=2026-Q2' });
    await screen.findByRole('heading', { name: /^Kết quả/ });
    expect(new URL(target.calls[0]!.request.url).searchParams.get('month')).toBe('2026-06');
  });

  it('says what to upload when there are no scorecards and no dossiers', async () => {
    setup(empty(), 'uploader');
    renderRoute(<TargetRoute />, { path: '/muc-tieu?period=2026-03' });
    expect(await screen.findByRole('heading', { name: 'Chưa có bảng điểm và hồ sơ' })).toBeTruthy();
    expect(screen.getByText(/Tải lên bảng điểm chính thức QĐ 766/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tải dữ liệu lên' }).getAttribute('href')).toBe('/tai-du-lieu');
  });

  it('shows a readable error with a retry that works', async () => {
    let calls = 0;
    setup(() => (++calls === 1 ? fail(500, 'internal', 'boom') : officialAndEstimate()));
    const user = userEvent.setup();
    renderRoute(<TargetRoute />, { path: '/muc-tieu?period=2026-03' });
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('heading', { name: 'Kết quả Tháng 3/2026' })).toBeTruthy();
  });

  it('renders in English', async () => {
    setup(officialAndEstimate());
    renderRoute(<TargetRoute />, { path: '/muc-tieu?period=2026-03', language: 'en' });
    await screen.findByRole('heading', { name: 'Results for 03/2026' });
    expect(screen.getByText('up 1,17 percentage points')).toBeTruthy();
    expect(screen.getByText('Dossier digitisation: lost 9,5/22')).toBeTruthy();
  });
});

describe('the app at /muc-tieu', () => {
  it('loads the page lazily and marks its navigation link', async () => {
    setup(officialAndEstimate());
    renderApp('/muc-tieu?period=2026-03');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mục tiêu 100 % đạt loại Tốt' }),
    ).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(nav).getByRole('link', { name: 'Mục tiêu 766' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByRole('heading', { name: 'Kết quả Tháng 3/2026' })).toBeTruthy();
  });
});

describe('TargetTile', () => {
  it('shows the official count and share against last month and links to the page for the same period', async () => {
    setup(officialAndEstimate());
    renderRoute(<TargetTile month="2026-03" />, { path: '/?period=2026-Q1' });
    const tile = await screen.findByRole('article', { name: 'Đơn vị đạt loại Tốt trở lên' });
    await waitFor(() => expect(within(tile).getByText(`12/160 (${pct(12 / 160)})`)).toBeTruthy());
    expect(within(tile).getByText('Chính thức')).toBeTruthy();
    expect(within(tile).getByText('So với Tháng 2/2026')).toBeTruthy();
    expect(within(tile).getByText('tăng 1,17 điểm phần trăm')).toBeTruthy();
    expect(within(tile).getByRole('link', { name: 'Xem mục tiêu 100 % Tốt' }).getAttribute('href')).toBe(
      '/muc-tieu?period=2026-Q1',
    );
  });

  it('names the month it looked at when that month has nothing yet (a year shows its last month)', async () => {
    setup(empty('2024-12'));
    renderRoute(<TargetTile month="2024-12" />, { path: '/?period=2024' });
    const tile = await screen.findByRole('article', { name: 'Đơn vị đạt loại Tốt trở lên' });
    expect(await within(tile).findByText('Tháng 12/2024 chưa có bảng điểm hay ước tính.')).toBeTruthy();
    expect(within(tile).getByRole('link', { name: 'Xem mục tiêu 100 % Tốt' }).getAttribute('href')).toBe(
      '/muc-tieu?period=2024',
    );
  });

  it('labels an estimate as such', async () => {
    setup(estimateOnly());
    renderRoute(<TargetTile month="2026-04" />, { path: '/' });
    const tile = await screen.findByRole('article', { name: 'Đơn vị đạt loại Tốt trở lên' });
    await waitFor(() => expect(within(tile).getByText(`20/160 (${pct(20 / 160)})`)).toBeTruthy());
    expect(within(tile).getByText('Ước tính')).toBeTruthy();
    expect(within(tile).getByRole('link', { name: 'Xem mục tiêu 100 % Tốt' }).getAttribute('href')).toBe(
      '/muc-tieu?period=2026-04',
    );
    expect(
      within(tile)
        .getByRole('link', { name: 'Giải thích chỉ số: Tỷ lệ đơn vị đạt loại Tốt trở lên' })
        .getAttribute('href'),
    ).toBe('/dinh-nghia#goodOrBetterShare');
  });
});
