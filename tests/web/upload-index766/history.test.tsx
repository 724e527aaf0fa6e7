import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { authApi } from '../../../src/api/auth.ts';
import { CSRF_HEADER } from '../../../src/api/endpoint.ts';
import { importsApi } from '../../../src/api/imports.ts';
import { index766Api, type ScoreSet } from '../../../src/api/index766.ts';
import { PUBLISHED_DATA_KEY } from '../../../src/web/features/metrics/api/keys.ts';
import { CSRF, signedIn } from '../support/fixtures.ts';
import { handle, server } from '../support/msw.ts';
import { renderApp } from '../support/render.tsx';
import { scoreSet } from './support.ts';

function fakeSets(initial: ScoreSet[]) {
  let sets = [...initial];
  const list = handle(index766Api.listSets, () => ({ sets, total: sets.length }));
  const retract = handle(
    index766Api.retractSet,
    ({ params }) => {
      const id = Number(params.id);
      sets = sets.map((s) =>
        s.id === id
          ? { ...s, status: 'retracted', retractedBy: 'canbo', retractedAt: '2026-04-07T03:00:00.000Z' }
          : s,
      );
      return sets.find((s) => s.id === id)!;
    },
    { csrfToken: CSRF },
  );
  const imports = handle(importsApi.list, () => ({ imports: [], total: 0, page: 1, pageSize: 25 }));
  server.use(
    handle(authApi.session, () => signedIn('uploader')),
    list,
    retract,
    imports,
  );
  return { list, retract };
}

describe('history of scorecard and feedback uploads', () => {
  it('lists the sets in their own tab and retracts one after a confirmation', async () => {
    const { list, retract } = fakeSets([
      scoreSet(9, {
        kind: 'feedback',
        fileName: 'pakn-2026-03.csv',
        periods: ['2026-02', '2026-03'],
        rows: 120,
        accepted: 118,
        rejected: 2,
      }),
      scoreSet(8),
      scoreSet(7, { status: 'retracted', retractedBy: 'quantri', retractedAt: '2026-04-06T05:00:00.000Z' }),
    ]);
    const { queryClient, router } = renderApp('/tai-du-lieu/lich-su?muc=bang-diem');
    const table = await screen.findByRole('table', { name: 'Các lần tải bảng điểm và PAKN, mới nhất trước' });
    expect(screen.getByRole('link', { name: 'Bảng điểm và PAKN' }).getAttribute('aria-current')).toBe('page');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'pakn-2026-03.csv#9',
      'bang-diem-8.csv#8',
      'bang-diem-7.csv#7',
    ]);
    expect(rows[0]!.textContent).toContain('Phản ánh, kiến nghị');
    expect(rows[0]!.textContent).toContain('2026-02, 2026-03');
    expect(rows[0]!.textContent).toContain('118');
    expect(rows[1]!.textContent).toContain('Bảng điểm QĐ 766');
    expect(rows[1]!.textContent).toContain('canbo');
    expect(rows[2]!.textContent).toContain('Đã rút lại');
    expect(screen.getAllByRole('button', { name: /^Rút lại lần tải/ })).toHaveLength(2);

    queryClient.setQueryData([PUBLISHED_DATA_KEY, 'target'], { cached: true });
    await userEvent.click(screen.getByRole('button', { name: 'Rút lại lần tải bang-diem-8.csv (#8)' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Rút lại lần tải bang-diem-8.csv?' });
    expect(dialog.textContent).toContain('Bảng điểm của tệp này sẽ không còn được dùng');
    const before = list.calls.length;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rút lại' }));
    expect(
      await screen.findByText('Đã rút lại lần tải bang-diem-8.csv. Các trang số liệu đã được cập nhật.'),
    ).toBeTruthy();
    expect(retract.calls).toHaveLength(1);
    expect(new URL(retract.calls[0]!.request.url).pathname).toBe('/api/index766/sets/8/retract');
    expect(retract.calls[0]!.headers.get(CSRF_HEADER)).toBe(CSRF);
    await waitFor(() => expect(list.calls.length).toBeGreaterThan(before));
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Rút lại lần tải/ })).toHaveLength(1));
    expect(queryClient.getQueryState([PUBLISHED_DATA_KEY, 'target'])?.isInvalidated).toBe(true);

    // The dossier tab is the default and does not ask for the sets.
    await userEvent.click(screen.getByRole('link', { name: 'Hồ sơ TTHC' }));
    expect(router.state.location.search).toBe('');
    expect(await screen.findByRole('heading', { name: 'Chưa có lần tải dữ liệu nào' })).toBeTruthy();
  });

  it('says what to do when no set was uploaded yet', async () => {
    fakeSets([]);
    renderApp('/tai-du-lieu/lich-su?muc=bang-diem');
    const empty = await screen.findByRole('region', { name: 'Chưa có lần tải bảng điểm hay PAKN nào' });
    expect(within(empty).getByRole('link', { name: 'Tải bảng điểm' }).getAttribute('href')).toBe(
      '/tai-du-lieu?loai=bang-diem',
    );
  });
});
