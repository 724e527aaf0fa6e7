import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { authApi } from '../../../src/api/auth.ts';
import { CSRF_HEADER } from '../../../src/api/endpoint.ts';
import { type User, usersApi } from '../../../src/api/users.ts';
import { CSRF, signedIn, user } from '../support/fixtures.ts';
import { type Fail, fail, handle, server } from '../support/msw.ts';
import { renderApp } from '../support/render.tsx';

/** A fake user store behind the users endpoints, refusing to remove the last admin as the server does. */
function fakeUsers(initial: User[]) {
  let users = [...initial];
  let nextId = 100;
  const admins = () => users.filter((u) => u.role === 'admin').length;
  const lastAdmin = fail(409, 'last_admin', 'Không thể xoá hoặc hạ quyền quản trị viên cuối cùng.');
  const handlers = {
    list: handle(usersApi.list, () => ({ users })),
    create: handle(
      usersApi.create,
      ({ body }) => {
        if (users.some((u) => u.username === body.username)) {
          return {
            kind: 'fail',
            status: 400,
            body: {
              error: {
                code: 'validation',
                message: 'Dữ liệu không hợp lệ.',
                fields: [{ path: 'body.username', message: 'Tên đăng nhập đã có người dùng' }],
              },
            },
          } satisfies Fail;
        }
        const created: User = {
          id: nextId++,
          username: body.username,
          displayName: body.displayName,
          role: body.role,
          createdAt: '2025-03-01T02:00:00.000Z',
          updatedAt: '2025-03-01T02:00:00.000Z',
          lastLoginAt: null,
        };
        users = [...users, created];
        return created;
      },
      { csrfToken: CSRF },
    ),
    update: handle(
      usersApi.update,
      ({ params, body }) => {
        const target = users.find((u) => u.id === Number(params.id));
        if (!target) return fail(404, 'not_found', 'Không có người dùng này.');
        if (target.role === 'admin' && body.role && body.role !== 'admin' && admins() === 1) return lastAdmin;
        const updated = { ...target, ...(body.role ? { role: body.role } : {}) };
        users = users.map((u) => (u.id === target.id ? updated : u));
        return updated;
      },
      { csrfToken: CSRF },
    ),
    remove: handle(
      usersApi.remove,
      ({ params }) => {
        const target = users.find((u) => u.id === Number(params.id));
        if (!target) return fail(404, 'not_found', 'Không có người dùng này.');
        if (target.role === 'admin' && admins() === 1) return lastAdmin;
        users = users.filter((u) => u.id !== target.id);
        return undefined;
      },
      { csrfToken: CSRF },
    ),
  };
  server.use(
    handle(authApi.session, () => signedIn('admin')),
    ...Object.values(handlers),
  );
  return handlers;
}

const usersTable = async () => screen.findByRole('table', { name: 'Tài khoản' });

describe('admin · users', () => {
  it('lists accounts with role, creation and last sign-in', async () => {
    fakeUsers([user('admin'), user('viewer', { lastLoginAt: '2025-02-03T01:30:00.000Z' })]);
    renderApp('/quan-tri');
    const table = await usersTable();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toContain('quantri');
    expect(rows[0]!.textContent).toContain('Quản trị viên');
    expect(rows[0]!.textContent).toContain('Chưa đăng nhập');
    // 01:30 UTC is 08:30 in Vietnam.
    expect(rows[1]!.textContent).toContain('03/02/2025 08:30');
    expect(screen.getByRole('link', { name: 'Người dùng' }).getAttribute('aria-current')).toBe('page');
  });

  it('creates a user with the CSRF token, then shows it in the list', async () => {
    const api = fakeUsers([user('admin')]);
    renderApp('/quan-tri?muc=nguoi-dung');
    await usersTable();
    const form = screen.getByRole('region', { name: 'Thêm người dùng' });
    await userEvent.type(within(form).getByLabelText('Tên đăng nhập'), 'NguyenVanB');
    await userEvent.type(within(form).getByLabelText('Họ tên'), 'Nguyễn Văn B');
    await userEvent.selectOptions(within(form).getByLabelText('Vai trò'), 'uploader');
    await userEvent.type(within(form).getByLabelText('Mật khẩu ban đầu'), 'mat-khau-du-dai');
    await userEvent.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }));

    expect(await screen.findByText('Đã tạo tài khoản nguyenvanb.')).toBeTruthy();
    expect(api.create.calls).toHaveLength(1);
    expect(api.create.calls[0]!.headers.get(CSRF_HEADER)).toBe(CSRF);
    expect(api.create.calls[0]!.body).toEqual({
      username: 'nguyenvanb',
      displayName: 'Nguyễn Văn B',
      role: 'uploader',
      password: 'mat-khau-du-dai',
    });
    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: 'Tài khoản' })).getByText('nguyenvanb')).toBeTruthy(),
    );
  });

  it('checks the form before sending and shows the server’s field errors inline', async () => {
    const api = fakeUsers([user('admin')]);
    renderApp('/quan-tri');
    await usersTable();
    const form = screen.getByRole('region', { name: 'Thêm người dùng' });
    await userEvent.type(within(form).getByLabelText('Tên đăng nhập'), 'quantri');
    await userEvent.type(within(form).getByLabelText('Mật khẩu ban đầu'), 'ngan');
    await userEvent.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }));
    const password = within(form).getByLabelText('Mật khẩu ban đầu');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('Mật khẩu cần ít nhất 10 ký tự.')).toBeTruthy();
    expect(api.create.calls).toHaveLength(0);

    await userEvent.type(password, '-da-du-dai');
    await userEvent.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }));
    expect(await within(form).findByText('Tên đăng nhập đã có người dùng')).toBeTruthy();
    expect(within(form).getByLabelText('Tên đăng nhập').getAttribute('aria-invalid')).toBe('true');
  });

  it('changes a role in a dialog', async () => {
    const api = fakeUsers([user('admin'), user('viewer')]);
    renderApp('/quan-tri');
    await usersTable();
    await userEvent.click(screen.getByRole('button', { name: 'Đổi vai trò của lanhdao' }));
    const dialog = screen.getByRole('dialog', { name: /Đổi vai trò của Lê Văn Lãnh/ });
    await userEvent.selectOptions(within(dialog).getByLabelText('Vai trò mới'), 'uploader');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu vai trò' }));
    expect(await screen.findByText('Đã đổi vai trò của Lê Văn Lãnh thành Cán bộ tải dữ liệu.')).toBeTruthy();
    expect(api.update.calls[0]!.body).toEqual({ role: 'uploader' });
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => {
      const row = within(screen.getByRole('table', { name: 'Tài khoản' }))
        .getByText('lanhdao')
        .closest('tr')!;
      expect(row.textContent).toContain('Cán bộ tải dữ liệu');
    });
  });

  it('shows the server’s refusal to delete the last admin, and Escape closes the dialog', async () => {
    const api = fakeUsers([user('admin'), user('viewer')]);
    renderApp('/quan-tri');
    await usersTable();
    const opener = screen.getByRole('button', { name: 'Xoá tài khoản quantri' });
    await userEvent.click(opener);
    const dialog = screen.getByRole('alertdialog', { name: 'Xoá tài khoản Nguyễn Văn Quản?' });
    // The safe choice has focus first.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Huỷ' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xoá tài khoản' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'Không thể xoá hoặc hạ quyền quản trị viên cuối cùng.',
    );
    expect(api.remove.calls).toHaveLength(1);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(within(await usersTable()).getByText('quantri')).toBeTruthy();
  });

  it('deletes another account after confirmation', async () => {
    fakeUsers([user('admin'), user('viewer')]);
    renderApp('/quan-tri');
    await usersTable();
    await userEvent.click(screen.getByRole('button', { name: 'Xoá tài khoản lanhdao' }));
    await userEvent.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Xoá tài khoản' }),
    );
    expect(await screen.findByText('Đã xoá tài khoản Lê Văn Lãnh.')).toBeTruthy();
    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: 'Tài khoản' })).queryByText('lanhdao')).toBeNull(),
    );
  });
});
