import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { authApi } from '../../../src/api/auth.ts';
import { CSRF_HEADER } from '../../../src/api/endpoint.ts';
import { type ImportDetail, type ImportRecord, importsApi } from '../../../src/api/imports.ts';
import type { Role } from '../../../src/api/users.ts';
import { PUBLISHED_DATA_KEY } from '../../../src/web/features/metrics/api/keys.ts';
import { CSRF, signedIn } from '../support/fixtures.ts';
import { handle, server } from '../support/msw.ts';
import { renderApp } from '../support/render.tsx';

function record(id: number, overrides: Partial<ImportRecord> = {}): ImportRecord {
  return {
    id,
    fileName: `bao-cao-${id}.xlsx`,
    fileHash: 'a'.repeat(64),
    fileSize: 1000,
    sourceSystem: null,
    status: 'published',
    rowCount: 2579,
    createdAt: '2025-03-01T01:00:00.000Z',
    createdBy: 'canbo',
    stagedAt: '2025-03-01T01:01:00.000Z',
    publishedAt: '2025-03-01T01:05:00.000Z',
    publishedBy: 'canbo',
    retractedAt: null,
    retractedBy: null,
    retractReason: null,
    discardedAt: null,
    discardedBy: null,
    period: { from: '2025-01-01', to: '2025-02-28' },
    dataUntil: '2025-02-28T17:00:00+07:00',
    dossiers: 1140,
    currentDossiers: 1100,
    accepted: 2579,
    rejected: 0,
    clientReport: { rowsRead: 2600, accepted: 2579, rejected: 6, excluded: 15, warned: 2 },
    ...overrides,
  };
}

function fakeImports(role: Role, initial: ImportRecord[]) {
  let imports = [...initial];
  const list = handle(importsApi.list, ({ request }) => {
    const url = new URL(request.url);
    const page = Number(url.searchParams.get('page') ?? 1);
    const pageSize = Number(url.searchParams.get('pageSize') ?? 50);
    return {
      imports: imports.slice((page - 1) * pageSize, page * pageSize),
      total: imports.length,
      page,
      pageSize,
    };
  });
  const retract = handle(
    importsApi.retract,
    ({ params, body }) => {
      const id = Number(params.id);
      imports = imports.map((r) =>
        r.id === id
          ? {
              ...r,
              status: 'retracted',
              retractedAt: '2025-03-02T02:00:00.000Z',
              retractedBy: 'canbo',
              retractReason: body.reason,
              currentDossiers: null,
            }
          : r,
      );
      const detail: ImportDetail = {
        ...imports.find((r) => r.id === id)!,
        layout: null,
        clientReport: null,
        upload: { receivedChunks: [0], rowsReceived: 2579 },
        summary: null,
        preview: null,
      };
      return detail;
    },
    { csrfToken: CSRF },
  );
  server.use(
    handle(authApi.session, () => signedIn(role)),
    list,
    retract,
  );
  return { list, retract };
}

const table = () => screen.findByRole('table', { name: 'Các lần tải dữ liệu, mới nhất trước' });

describe('import history', () => {
  it('lists every import, newest first, with counts, period and a status word', async () => {
    fakeImports('uploader', [
      record(3),
      record(2, {
        status: 'retracted',
        retractedAt: '2025-02-10T02:00:00.000Z',
        retractedBy: 'quantri',
        retractReason: 'Nhầm tệp',
      }),
      record(1, {
        status: 'discarded',
        publishedAt: null,
        publishedBy: null,
        discardedAt: '2025-02-01T02:00:00.000Z',
        discardedBy: 'canbo',
      }),
    ]);
    renderApp('/tai-du-lieu/lich-su');
    const rows = within(await table())
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'bao-cao-3.xlsx#3',
      'bao-cao-2.xlsx#2',
      'bao-cao-1.xlsx#1',
    ]);
    expect(rows[0]!.textContent).toContain('01/01/2025 – 28/02/2025');
    expect(rows[0]!.textContent).toContain('Đã công bố');
    expect(rows[1]!.textContent).toContain('Đã rút lại');
    expect(rows[1]!.textContent).toContain('Lý do: Nhầm tệp');
    expect(rows[2]!.textContent).toContain('Đã huỷ');
    // Only the published import can be retracted.
    expect(screen.getAllByRole('button', { name: /^Rút lại tệp/ })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Lịch sử tải dữ liệu' })).toBeTruthy();
  });

  it('shows the rows of the file as the upload page did: read, valid, rejected', async () => {
    fakeImports('uploader', [
      record(2),
      // The server refused 2 of the rows the browser sent: they count as rejected too.
      record(1, { accepted: 2577, rejected: 2 }),
      // No report from the browser: rows read are unknown, the server's counts remain.
      record(0, { clientReport: null, accepted: 2579, rejected: 0 }),
    ]);
    renderApp('/tai-du-lieu/lich-su');
    const grid = await table();
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    const cell = (row: HTMLElement, header: string) =>
      within(row).getAllByRole('cell')[headers.indexOf(header) - 1]!.textContent;
    const [first, second, third] = within(grid).getAllByRole('row').slice(1);
    expect(cell(first!, 'Dòng đã đọc')).toBe('2.60015 không tính');
    expect(cell(first!, 'Hợp lệ')).toBe('2.579');
    expect(cell(first!, 'Bị loại')).toBe('6');
    expect(cell(second!, 'Hợp lệ')).toBe('2.577');
    expect(cell(second!, 'Bị loại')).toBe('8');
    expect(cell(third!, 'Dòng đã đọc')).toBe('—');
    expect(cell(third!, 'Hợp lệ')).toBe('2.579');
    expect(cell(third!, 'Bị loại')).toBe('0');
  });

  it('retracts after a confirmation that says what happens, with CSRF, then refreshes', async () => {
    const { list, retract } = fakeImports('uploader', [record(7)]);
    const { queryClient } = renderApp('/tai-du-lieu/lich-su');
    await table();
    // A cached dashboard query that the retraction must mark stale.
    queryClient.setQueryData([PUBLISHED_DATA_KEY, 'as-of'], { asOf: '2025-02-28' });

    await userEvent.click(screen.getByRole('button', { name: 'Rút lại tệp bao-cao-7.xlsx (#7)' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Rút lại tệp bao-cao-7.xlsx?' });
    expect(dialog.textContent).toContain(
      'Số liệu sẽ trở về như trước khi công bố tệp này; các hồ sơ mà tệp này đã thay thế được khôi phục',
    );
    // No reason, no request.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rút lại' }));
    expect(within(dialog).getByText('Nêu lý do rút lại.')).toBeTruthy();
    expect(retract.calls).toHaveLength(0);

    await userEvent.type(within(dialog).getByLabelText('Lý do rút lại'), 'Công bố nhầm kỳ');
    const listsBefore = list.calls.length;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rút lại' }));

    expect(await screen.findByText(/Đã rút lại tệp bao-cao-7\.xlsx/)).toBeTruthy();
    expect(retract.calls).toHaveLength(1);
    expect(new URL(retract.calls[0]!.request.url).pathname).toBe('/api/imports/7/retract');
    expect(retract.calls[0]!.headers.get(CSRF_HEADER)).toBe(CSRF);
    expect(retract.calls[0]!.body).toEqual({ reason: 'Công bố nhầm kỳ' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(list.calls.length).toBeGreaterThan(listsBefore));
    await waitFor(() => expect(within(screen.getByRole('table')).getByText('Đã rút lại')).toBeTruthy());
    expect(screen.queryByRole('button', { name: /^Rút lại tệp/ })).toBeNull();
    expect(queryClient.getQueryState([PUBLISHED_DATA_KEY, 'as-of'])?.isInvalidated).toBe(true);
  });

  it('pages through a long history with the page in the URL', async () => {
    const many = Array.from({ length: 30 }, (_, i) => record(30 - i));
    fakeImports('admin', many);
    const { router } = renderApp('/tai-du-lieu/lich-su');
    expect(within(await table()).getAllByRole('row')).toHaveLength(26);
    expect(screen.getByText('1–25 trong 30 lần tải · trang 1/2')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
    expect(await screen.findByText('26–30 trong 30 lần tải · trang 2/2')).toBeTruthy();
    expect(router.state.location.search).toBe('?trang=2');
    expect((screen.getByRole('button', { name: 'Trang sau' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says what to do when nothing was uploaded yet', async () => {
    fakeImports('uploader', []);
    renderApp('/tai-du-lieu/lich-su');
    expect(await screen.findByRole('heading', { name: 'Chưa có lần tải dữ liệu nào' })).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: 'Chưa có lần tải dữ liệu nào' }))
        .getByRole('link', { name: 'Tải dữ liệu' })
        .getAttribute('href'),
    ).toBe('/tai-du-lieu');
  });

  it('does not offer retraction to a viewer (the page itself is refused)', async () => {
    fakeImports('viewer', [record(7)]);
    renderApp('/tai-du-lieu/lich-su');
    expect(await screen.findByRole('heading', { name: 'Bạn không có quyền xem trang này' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Rút lại/ })).toBeNull();
  });

  it('is linked from the upload page', async () => {
    fakeImports('uploader', []);
    renderApp('/tai-du-lieu');
    const link = await screen.findByRole('link', { name: 'Lịch sử tải dữ liệu' });
    expect(link.getAttribute('href')).toBe('/tai-du-lieu/lich-su');
  });
});
