import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { User } from '../../src/api/users.ts';
import {
  addUser,
  type Client,
  call,
  errorOf,
  login,
  PASSWORD,
  serverWithRoles,
  setUp,
  startTestServer,
} from './helpers.ts';

const idOf = async (app: FastifyInstance, admin: Client, username: string) => {
  const { users } = (await call(app, 'GET', '/api/users', { as: admin })).json() as { users: User[] };
  return users.find((u) => u.username === username)!.id;
};

describe('user management', () => {
  it('creates, lists, updates and deletes accounts, and audits each change', async () => {
    const { app, admin } = await serverWithRoles();
    const created = await call(app, 'POST', '/api/users', {
      as: admin,
      body: { username: 'Tran.Thi.B', displayName: '  Trần Thị B ', role: 'uploader', password: PASSWORD },
    });
    expect(created.statusCode).toBe(201);
    const user = created.json() as User;
    expect(user).toMatchObject({
      username: 'tran.thi.b',
      displayName: 'Trần Thị B',
      role: 'uploader',
      lastLoginAt: null,
    });
    expect(JSON.stringify(created.json())).not.toMatch(/password|hash/i);

    const list = (await call(app, 'GET', '/api/users', { as: admin })).json() as { users: User[] };
    expect(list.users.map((u) => u.username)).toEqual(['admin', 'canbo', 'lanhdao', 'tran.thi.b']);

    const patched = await call(app, 'PATCH', `/api/users/${user.id}`, {
      as: admin,
      body: { role: 'viewer', displayName: 'Bà B' },
    });
    expect(patched.json()).toMatchObject({ role: 'viewer', displayName: 'Bà B' });

    expect((await call(app, 'DELETE', `/api/users/${user.id}`, { as: admin })).statusCode).toBe(204);
    expect((await call(app, 'DELETE', `/api/users/${user.id}`, { as: admin })).statusCode).toBe(404);
    await expect(login(app, 'tran.thi.b', PASSWORD)).rejects.toThrow(/401/);

    const log = (await call(app, 'GET', '/api/audit?actor=admin&pageSize=3', { as: admin })).json();
    expect(log.entries.map((e: { action: string; target: string }) => [e.action, e.target])).toEqual([
      ['user.delete', 'tran.thi.b'],
      ['user.update', 'tran.thi.b'],
      ['user.create', 'tran.thi.b'],
    ]);
    expect(log.entries[1].details).toEqual({ role: { from: 'uploader', to: 'viewer' }, displayName: true });
  });

  it('refuses a taken username (case-insensitively) and bad fields, listing them', async () => {
    const { app, admin } = await serverWithRoles();
    const taken = await call(app, 'POST', '/api/users', {
      as: admin,
      body: { username: 'CanBo', role: 'viewer', password: PASSWORD },
    });
    expect(taken.statusCode).toBe(409);
    expect(errorOf(taken)).toMatchObject({
      code: 'conflict',
      message: 'Tên đăng nhập "canbo" đã được dùng.',
    });

    const bad = await call(app, 'POST', '/api/users', {
      as: admin,
      body: { username: 'có dấu', role: 'boss', password: 'short', extra: 1 },
    });
    expect(bad.statusCode).toBe(400);
    const { code, fields } = errorOf(bad);
    expect(code).toBe('validation');
    expect(fields!.map((f) => f.path).sort()).toEqual([
      'body',
      'body.password',
      'body.role',
      'body.username',
    ]);
    expect(fields!.find((f) => f.path === 'body.role')!.message).toBe(
      'Vai trò phải là viewer, uploader hoặc admin',
    );

    const empty = await call(app, 'PATCH', '/api/users/2', { as: admin, body: {} });
    expect(errorOf(empty).code).toBe('validation');
    const badId = await call(app, 'PATCH', '/api/users/abc', { as: admin, body: { role: 'viewer' } });
    expect(errorOf(badId).fields![0]!.path).toBe('params.id');
  });

  it('resetting a password signs that user out everywhere', async () => {
    const { app, admin, viewer } = await serverWithRoles();
    const id = await idOf(app, admin, 'lanhdao');
    expect(
      (await call(app, 'PATCH', `/api/users/${id}`, { as: admin, body: { password: 'mat-khau-cap-lai' } }))
        .statusCode,
    ).toBe(200);
    expect((await call(app, 'GET', '/api/registry', { as: viewer })).statusCode).toBe(401);
    await login(app, 'lanhdao', 'mat-khau-cap-lai');
  });

  it('a role change takes effect on the next request of an open session', async () => {
    const { app, admin, uploader } = await serverWithRoles();
    expect((await call(app, 'GET', '/api/users', { as: uploader })).statusCode).toBe(403);
    await call(app, 'PATCH', `/api/users/${await idOf(app, admin, 'canbo')}`, {
      as: admin,
      body: { role: 'admin' },
    });
    expect((await call(app, 'GET', '/api/users', { as: uploader })).statusCode).toBe(200);
  });
});

describe('the last admin', () => {
  it('cannot be demoted or deleted, by themselves or anyone', async () => {
    const server = await startTestServer();
    const admin = await setUp(server);
    const id = await idOf(server.app, admin, 'admin');
    const demote = await call(server.app, 'PATCH', `/api/users/${id}`, {
      as: admin,
      body: { role: 'uploader' },
    });
    expect(demote.statusCode).toBe(409);
    expect(errorOf(demote).code).toBe('last_admin');
    const remove = await call(server.app, 'DELETE', `/api/users/${id}`, { as: admin });
    expect(remove.statusCode).toBe(409);
    expect(errorOf(remove).code).toBe('last_admin');
    const me = (await call(server.app, 'GET', '/api/auth/session', { as: admin })).json();
    expect(me.user.role).toBe('admin');
  });

  it('can step down once another admin exists; of two demotions at once only one passes', async () => {
    const server = await startTestServer();
    const first = await setUp(server);
    const second = await addUser(server.app, first, 'quantri2', 'admin');
    const firstId = await idOf(server.app, first, 'admin');
    const secondId = await idOf(server.app, first, 'quantri2');
    const both = await Promise.all([
      call(server.app, 'PATCH', `/api/users/${firstId}`, { as: first, body: { role: 'viewer' } }),
      call(server.app, 'PATCH', `/api/users/${secondId}`, { as: second, body: { role: 'viewer' } }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const stillAdmin = both[0]!.statusCode === 409 ? first : second;
    const { users } = (await call(server.app, 'GET', '/api/users', { as: stillAdmin })).json() as {
      users: User[];
    };
    expect(users.filter((u) => u.role === 'admin')).toHaveLength(1);
  });
});
