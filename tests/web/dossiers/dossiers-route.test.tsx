import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { authApi } from '../../../src/api/auth.ts';
import { dossiersApi } from '../../../src/api/dossiers.ts';
import { signedIn } from '../support/fixtures.ts';
import { fail, handle, server } from '../support/msw.ts';
import { renderApp } from '../support/render.tsx';
import { dossiersHandler, listedDossier, metricsHandler, settingsHandler } from './fixtures.ts';

// Lazy routes and several queries on a busy machine: allow more than the default second.

const VIEWPORT = 600;
const originals = {
  clientHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'),
  clientWidth: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth'),
};

// jsdom lays nothing out: give the list's scroll area a size so the virtualizer has rows to show.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('dossier-list__scroll') ? VIEWPORT : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('dossier-list__scroll') ? 1000 : 0;
    },
  });
});
afterAll(() => {
  if (originals.clientHeight)
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', originals.clientHeight);
  if (originals.clientWidth)
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', originals.clientWidth);
});

function setup(totals: Partial<Record<string, number>>) {
  const dossiers = dossiersHandler(totals);
  server.use(
    handle(authApi.session, () => signedIn('viewer')),
    metricsHandler(),
    settingsHandler(),
    dossiers,
  );
  return dossiers;
}

const searchOf = (router: { state: { location: { search: string } } }) =>
  new URLSearchParams(router.state.location.search);
const queriesOf = (h: { calls: { request: Request }[] }) =>
  h.calls.map((c) => new URL(c.request.url).searchParams);

describe('Danh sách hồ sơ (/ho-so)', () => {
  it('shows the total and the first rows of the overdue list, in a table that says how many rows it has', async () => {
    const dossiers = setup({ overdue: 12_345 });
    renderApp('/ho-so?period=2025-03');
    expect(await screen.findByText('12.345 hồ sơ')).toBeTruthy();
    const table = screen.getByRole('table', { name: /Quá hạn: 12\.345 hồ sơ/ });
    expect(table.getAttribute('aria-rowcount')).toBe('12346');
    const first = listedDossier(0);
    const row = within(table).getByRole('rowheader', { name: first.code }).closest('tr')!;
    expect(row.getAttribute('aria-rowindex')).toBe('2');
    // Dates are the API's wall clock digits, unshifted.
    expect(within(row).getByText('01/02/2025 08:15')).toBeTruthy();
    expect(within(row).getByText('01/03/2025 16:30')).toBeTruthy();
    expect(within(row).getByText('Quá 1 ngày làm việc')).toBeTruthy();
    // Far fewer rows in the page than in the list.
    expect(within(table).getAllByRole('row').length).toBeLessThan(60);
    const q = queriesOf(dossiers)[0]!;
    expect(q.get('kind')).toBe('overdue');
    expect(q.get('from')).toBe('2025-03-01');
    expect(q.get('to')).toBe('2025-03-31');
    expect(q.get('offset')).toBe('0');
    expect(q.get('limit')).toBe('500');
    expect(screen.getByRole('tab', { name: 'Quá hạn' }).getAttribute('aria-selected')).toBe('true');
  });

  it('switches list with the tabs: the query kind and the URL follow', async () => {
    const dossiers = setup({ overdue: 3, dueSoon: 7 });
    const user = userEvent.setup();
    const { router } = renderApp('/ho-so?period=2025-03');
    await screen.findByText('3 hồ sơ');
    await user.click(screen.getByRole('tab', { name: 'Sắp đến hạn' }));
    expect(await screen.findByText('7 hồ sơ')).toBeTruthy();
    expect(searchOf(router).get('kind')).toBe('dueSoon');
    expect(queriesOf(dossiers).some((q) => q.get('kind') === 'dueSoon')).toBe(true);
    // The settings' window (the answer's dueWithin) is the default N.
    const field = screen.getByRole('spinbutton', { name: /Đến hạn trong/ }) as HTMLInputElement;
    await waitFor(() => expect(field.value).toBe('2'));
    await user.clear(field);
    await user.type(field, '5');
    await waitFor(() => expect(searchOf(router).get('dueWithin')).toBe('5'));
    await waitFor(() => expect(queriesOf(dossiers).some((q) => q.get('dueWithin') === '5')).toBe(true));
    // Arrow keys move between tabs.
    screen.getByRole('tab', { name: 'Sắp đến hạn' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(searchOf(router).get('kind')).toBe('paused');
    expect(searchOf(router).get('dueWithin')).toBeNull();
  });

  it('fetches the page under the rows scrolled into view (offset=500)', async () => {
    const dossiers = setup({ overdue: 1_200 });
    renderApp('/ho-so?period=2025-03');
    const table = await screen.findByRole('table', { name: /Quá hạn/ });
    const scroller = screen.getByRole('region', { name: /Quá hạn: 1\.200 hồ sơ/ });
    expect(scroller.tabIndex).toBe(0);
    scroller.scrollTop = 520 * 52;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(queriesOf(dossiers).some((q) => q.get('offset') === '500')).toBe(true));
    const row = await within(table).findByRole('rowheader', { name: listedDossier(520).code });
    expect(row.closest('tr')!.getAttribute('aria-rowindex')).toBe('522');
  });

  it('sorts on the server by reception date, and says so with aria-sort', async () => {
    const dossiers = setup({ overdue: 4 });
    const user = userEvent.setup();
    const { router } = renderApp('/ho-so?period=2025-03');
    await screen.findByText('4 hồ sơ');
    expect(screen.getByRole('columnheader', { name: 'Ngày hẹn trả' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    await user.click(screen.getByRole('button', { name: /Ngày tiếp nhận/ }));
    await waitFor(() => expect(searchOf(router).get('sort')).toBe('receivedAt'));
    await waitFor(() => expect(queriesOf(dossiers).at(-1)!.get('sort')).toBe('receivedAt'));
    await user.click(screen.getByRole('button', { name: /Ngày tiếp nhận/ }));
    await waitFor(() => expect(searchOf(router).get('sort')).toBe('-receivedAt'));
    expect(screen.getByRole('columnheader', { name: 'Ngày tiếp nhận' }).getAttribute('aria-sort')).toBe(
      'descending',
    );
  });

  it('says an empty overdue list is good news', async () => {
    setup({ overdue: 0 });
    renderApp('/ho-so?period=2025-03');
    expect(await screen.findByRole('heading', { name: 'Không có hồ sơ quá hạn trong kỳ này' })).toBeTruthy();
    expect(screen.getByText('Mọi hồ sơ đang giải quyết đều còn trong hạn vào cuối kỳ.')).toBeTruthy();
  });

  it('shows a readable error with a retry that works', async () => {
    server.use(
      handle(authApi.session, () => signedIn('viewer')),
      metricsHandler(),
      settingsHandler(),
      handle(dossiersApi.list, () => fail(500, 'internal', 'Máy chủ gặp lỗi.')),
    );
    // Once the server recovers, the same request succeeds.
    const recovered = dossiersHandler({ overdue: 2 });
    const user = userEvent.setup();
    renderApp('/ho-so?period=2025-03');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Máy chủ gặp lỗi.')).toBeTruthy();
    server.use(recovered);
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('2 hồ sơ')).toBeTruthy();
  });

  it('exports every page of the list to CSV, with progress, and says when it is done', async () => {
    const dossiers = setup({ overdue: 1_100 });
    const blobs: Blob[] = [];
    const create = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    renderApp('/ho-so?period=2025-03');
    await screen.findByText('1.100 hồ sơ');
    await user.click(screen.getByRole('button', { name: 'Xuất CSV' }));
    expect(
      await screen.findByText(/Đã xuất 1\.100 hồ sơ ra tệp ho-so-overdue-2025-03-01-2025-03-31\.csv/),
    ).toBeTruthy();
    expect(click).toHaveBeenCalledOnce();
    const text = await blobs[0]!.text();
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 1_100);
    expect(lines[0]).toContain('Mã hồ sơ');
    expect(lines[1_100]).toContain(listedDossier(1_099).code);
    const offsets = queriesOf(dossiers).map((q) => q.get('offset'));
    expect(offsets).toEqual(expect.arrayContaining(['0', '500', '1000']));
    click.mockRestore();
  });
});
