import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { authApi } from '../../src/api/auth.ts';
import { CSRF, firstStart, signedIn, signedOut } from './support/fixtures.ts';
import { fail, handle, server } from './support/msw.ts';
import { renderApp } from './support/render.tsx';

describe('login page', () => {
  it('checks the fields, shows the server reason, then signs in and goes where the visitor was headed', async () => {
    let attempts = 0;
    const login = handle(authApi.login, ({ body }) => {
      attempts++;
      return body.password === 'dung-mat-khau'
        ? signedIn('viewer')
        : fail(401, 'invalid_credentials', 'Sai tên đăng nhập hoặc mật khẩu.');
    });
    server.use(
      handle(authApi.session, () => signedOut),
      login,
    );
    const { router } = renderApp('/login?next=%2Fdinh-nghia');
    const submit = await screen.findByRole('button', { name: 'Đăng nhập' });

    await userEvent.click(submit);
    expect(screen.getByText('Nhập tên đăng nhập.')).toBeTruthy();
    expect(screen.getByText('Nhập mật khẩu.')).toBeTruthy();
    expect(screen.getByLabelText('Tên đăng nhập').getAttribute('aria-invalid')).toBe('true');
    expect(attempts).toBe(0);

    await userEvent.type(screen.getByLabelText('Tên đăng nhập'), 'LanhDao');
    await userEvent.type(screen.getByLabelText('Mật khẩu'), 'sai');
    await userEvent.click(submit);
    expect((await screen.findByRole('alert')).textContent).toContain('Sai tên đăng nhập hoặc mật khẩu.');
    expect(login.calls[0]!.body).toEqual({ username: 'lanhdao', password: 'sai' });

    await userEvent.clear(screen.getByLabelText('Mật khẩu'));
    await userEvent.type(screen.getByLabelText('Mật khẩu'), 'dung-mat-khau');
    await userEvent.click(submit);
    expect(await screen.findByRole('heading', { level: 1, name: 'Giải thích chỉ số' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/dinh-nghia');
  });

  it('never follows a "next" that leaves the app', async () => {
    server.use(
      handle(authApi.session, () => signedOut),
      handle(authApi.login, () => signedIn('viewer')),
    );
    const { router } = renderApp('/login?next=%2F%2Fevil.example');
    await userEvent.type(await screen.findByLabelText('Tên đăng nhập'), 'lanhdao');
    await userEvent.type(screen.getByLabelText('Mật khẩu'), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    await screen.findByRole('heading', { level: 1, name: 'Tổng quan' });
    expect(router.state.location.pathname).toBe('/');
  });

  it('tells the first visitor to use the setup link when no account exists', async () => {
    server.use(handle(authApi.session, () => firstStart));
    renderApp('/');
    expect(await screen.findByText(/Mở đường dẫn thiết lập in trên màn hình máy chủ/)).toBeTruthy();
  });
});

describe('setup page', () => {
  it('says what to do when the link has no token', async () => {
    server.use(handle(authApi.session, () => firstStart));
    renderApp('/setup');
    expect((await screen.findByRole('alert')).textContent).toContain('Đường dẫn thiếu mã thiết lập');
  });

  it('says setup is done when an account exists', async () => {
    server.use(handle(authApi.session, () => signedOut));
    renderApp('/setup?token=abc');
    expect(await screen.findByText('Đã có tài khoản: việc thiết lập ban đầu đã xong.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Đến trang đăng nhập' })).toBeTruthy();
  });

  it('validates, posts the token with the new admin, and opens the app signed in', async () => {
    let session = firstStart;
    const setup = handle(authApi.setup, ({ body }) => {
      session = signedIn('admin', { username: body.username, displayName: body.displayName });
      return session;
    });
    server.use(
      handle(authApi.session, () => session),
      setup,
    );
    renderApp('/setup?token=mot-lan-thoi');
    const create = await screen.findByRole('button', { name: 'Tạo quản trị viên' });

    await userEvent.type(screen.getByLabelText('Tên đăng nhập'), 'x');
    await userEvent.type(screen.getByLabelText('Mật khẩu'), 'ngan');
    await userEvent.type(screen.getByLabelText('Nhập lại mật khẩu'), 'khac');
    await userEvent.click(create);
    expect(screen.getByText(/Tên đăng nhập gồm 2–64 ký tự/)).toBeTruthy();
    expect(screen.getByText('Mật khẩu cần ít nhất 10 ký tự.')).toBeTruthy();
    expect(screen.getByText('Hai mật khẩu không giống nhau.')).toBeTruthy();
    expect(setup.calls).toHaveLength(0);

    await userEvent.clear(screen.getByLabelText('Tên đăng nhập'));
    await userEvent.type(screen.getByLabelText('Tên đăng nhập'), 'QuanTri');
    await userEvent.type(screen.getByLabelText('Họ và tên'), 'Nguyễn Văn Quản');
    await userEvent.clear(screen.getByLabelText('Mật khẩu'));
    await userEvent.type(screen.getByLabelText('Mật khẩu'), 'mat-khau-du-dai');
    await userEvent.clear(screen.getByLabelText('Nhập lại mật khẩu'));
    await userEvent.type(screen.getByLabelText('Nhập lại mật khẩu'), 'mat-khau-du-dai');
    await userEvent.click(create);

    expect(await screen.findByRole('heading', { level: 1, name: 'Tổng quan' })).toBeTruthy();
    expect(setup.calls[0]!.body).toEqual({
      token: 'mot-lan-thoi',
      username: 'quantri',
      displayName: 'Nguyễn Văn Quản',
      password: 'mat-khau-du-dai',
    });
    expect(screen.getByRole('button', { name: /Nguyễn Văn Quản/ })).toBeTruthy();
    expect(CSRF).toBeTruthy();
  });

  it('shows the server refusal of a used token', async () => {
    server.use(
      handle(authApi.session, () => firstStart),
      handle(authApi.setup, () =>
        fail(
          403,
          'forbidden',
          'Mã thiết lập không đúng hoặc đã được dùng. Khởi động lại máy chủ để nhận đường dẫn thiết lập mới.',
        ),
      ),
    );
    renderApp('/setup?token=da-dung');
    await userEvent.type(await screen.findByLabelText('Tên đăng nhập'), 'quantri');
    await userEvent.type(screen.getByLabelText('Mật khẩu'), 'mat-khau-du-dai');
    await userEvent.type(screen.getByLabelText('Nhập lại mật khẩu'), 'mat-khau-du-dai');
    await userEvent.click(screen.getByRole('button', { name: 'Tạo quản trị viên' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/Mã thiết lập không đúng/)).toBeTruthy();
  });
});
