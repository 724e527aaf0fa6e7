import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { authApi } from '../../src/api/auth.ts';
import { CSRF_HEADER } from '../../src/api/endpoint.ts';
import { index766Api } from '../../src/api/index766.ts';
import { metricsApi } from '../../src/api/metrics.ts';
import { DEFAULT_SETTINGS, settingsApi } from '../../src/api/settings.ts';
import { CSRF, signedIn, signedOut } from './support/fixtures.ts';
import { fail, handle, server } from './support/msw.ts';
import { renderApp } from './support/render.tsx';
import { empty } from './target/fixtures.ts';

const nav = async () => screen.findByRole('navigation', { name: 'Điều hướng chính' });
const linkNames = (el: HTMLElement) =>
  within(el)
    .getAllByRole('link')
    .map((a) => a.textContent);

/** The dashboards' reads when nothing is published yet. */
function nothingPublished() {
  return [
    handle(metricsApi.get, ({ request }) => {
      const q = new URL(request.url).searchParams;
      const period = { from: q.get('from')!, to: q.get('to')! };
      return {
        period,
        groupBy: (q.get('groupBy') ?? 'total') as 'total',
        rankBy: 'progressRate766' as const,
        rows: [],
        asOf: null,
        sources: [],
      };
    }),
    handle(index766Api.target, ({ request }) => empty(new URL(request.url).searchParams.get('month')!)),
    handle(settingsApi.get, () => ({
      version: 0,
      updatedAt: null,
      updatedBy: null,
      settings: DEFAULT_SETTINGS,
    })),
  ];
}

describe('app shell', () => {
  beforeEach(() => server.use(...nothingPublished()));

  it('shows an admin every page, with the product name, a skip link and the user menu', async () => {
    server.use(
      handle(authApi.session, () => signedIn('admin')),
      ...nothingPublished(),
    );
    renderApp('/');
    expect(linkNames(await nav())).toEqual([
      'Tổng quan',
      'Mục tiêu 766',
      'Xếp hạng',
      'Đơn vị',
      'Hồ sơ',
      'Tải dữ liệu',
      'Giải thích chỉ số',
      'Quản trị',
    ]);
    expect(screen.getByRole('link', { name: /Đúng hạn/ })).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Bỏ qua điều hướng, đến nội dung chính' }).getAttribute('href'),
    ).toBe('#main');
    expect(screen.getByRole('main').id).toBe('main');
    expect(screen.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: /Chưa có dữ liệu/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Nguyễn Văn Quản/ })).toBeTruthy();
    expect(
      within(await nav())
        .getByRole('link', { name: 'Tổng quan' })
        .getAttribute('aria-current'),
    ).toBe('page');
  });

  it('hides upload and admin from a viewer, and refuses those pages if typed in', async () => {
    server.use(handle(authApi.session, () => signedIn('viewer')));
    renderApp('/tai-du-lieu');
    const links = linkNames(await nav());
    expect(links).not.toContain('Tải dữ liệu');
    expect(links).not.toContain('Quản trị');
    expect(await screen.findByRole('heading', { name: 'Bạn không có quyền xem trang này' })).toBeTruthy();
    expect(screen.queryByLabelText('Chọn tệp…')).toBeNull();
  });

  it('lets an uploader upload but not administer', async () => {
    server.use(handle(authApi.session, () => signedIn('uploader')));
    renderApp('/');
    const links = linkNames(await nav());
    expect(links).toContain('Tải dữ liệu');
    expect(links).not.toContain('Quản trị');
  });

  it('sends a signed-out visitor to the login page, remembering where they were going', async () => {
    server.use(handle(authApi.session, () => signedOut));
    const { router } = renderApp('/dinh-nghia#onTimeRate');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/dinh-nghia#onTimeRate');
  });

  it('shows a readable error with a retry when the session cannot be loaded', async () => {
    let down = true;
    server.use(
      handle(authApi.session, () => (down ? fail(500, 'internal', 'Máy chủ gặp lỗi.') : signedIn('admin'))),
    );
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Máy chủ gặp lỗi.');
    down = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await nav()).toBeTruthy();
  });

  it('switches to English and back, and sets <html lang>', async () => {
    server.use(handle(authApi.session, () => signedIn('admin')));
    renderApp('/');
    await nav();
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    const english = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(linkNames(english)).toContain('Upload data');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('dunghan.language')).toBe('en');
    await userEvent.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(await nav()).toBeTruthy();
    expect(document.documentElement.lang).toBe('vi');
  });

  it('logs out with the CSRF header and lands on the login page', async () => {
    const logout = handle(authApi.logout, () => undefined, { csrfToken: CSRF });
    server.use(
      handle(authApi.session, () => signedIn('admin')),
      logout,
    );
    const { router } = renderApp('/');
    const menu = await screen.findByRole('button', { name: /Nguyễn Văn Quản/ });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Quản trị viên')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Đăng xuất' }));
    expect(await screen.findByText('Bạn đã đăng xuất.')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(logout.calls).toHaveLength(1);
    expect(logout.calls[0]!.headers.get(CSRF_HEADER)).toBe(CSRF);
  });

  it('closes the user menu with Escape and returns focus to its button', async () => {
    server.use(handle(authApi.session, () => signedIn('admin')));
    renderApp('/');
    const menu = await screen.findByRole('button', { name: /Nguyễn Văn Quản/ });
    await userEvent.click(menu);
    await userEvent.keyboard('{Escape}');
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menu);
  });

  it('answers an unknown path with a not-found page inside the shell', async () => {
    server.use(handle(authApi.session, () => signedIn('viewer')));
    renderApp('/khong-co');
    expect(await screen.findByRole('heading', { name: 'Không có trang này' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('link', { name: 'Về trang Tổng quan' })).toBeTruthy());
  });
});
