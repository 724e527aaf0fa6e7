import { describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../src/api/auth.ts';
import { ADMIN, call, errorOf, login, sessionCookie, setUp, startTestServer } from './helpers.ts';

describe('first start', () => {
  it('issues a setup token only while no account exists, and says setup is required', async () => {
    const server = await startTestServer();
    expect(server.setupToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const session = (await call(server.app, 'GET', '/api/auth/session')).json() as SessionResponse;
    expect(session).toEqual({ user: null, csrfToken: null, publicMode: false, setupRequired: true });

    await setUp(server);
    const restarted = await server.restart();
    expect(restarted.setupToken).toBeNull();
    const after = (await call(restarted.app, 'GET', '/api/auth/session')).json() as SessionResponse;
    expect(after.setupRequired).toBe(false);
  });

  it('creates the first admin with the token, signs them in, and burns the token', async () => {
    const server = await startTestServer();
    const res = await call(server.app, 'POST', '/api/auth/setup', {
      body: {
        token: server.setupToken,
        username: 'QuanTri',
        displayName: 'Nguyễn Văn A',
        password: ADMIN.password,
      },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json() as SessionResponse;
    expect(body.user).toMatchObject({ username: 'quantri', displayName: 'Nguyễn Văn A', role: 'admin' });
    expect(body.csrfToken).toBeTruthy();
    const cookie = res.cookies.find((c) => c.name === 'dunghan_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.secure).toBeFalsy();

    const me = (
      await call(server.app, 'GET', '/api/auth/session', { headers: { cookie: sessionCookie(res) } })
    ).json();
    expect(me.user.username).toBe('quantri');

    const again = await call(server.app, 'POST', '/api/auth/setup', {
      body: { token: server.setupToken, username: 'other', password: ADMIN.password },
    });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe('setup_unavailable');
    expect(
      (
        await call(server.app, 'GET', '/api/users', {
          as: await login(server.app, 'quantri', ADMIN.password),
        })
      ).json().users,
    ).toHaveLength(1);
  });

  it('refuses a wrong token without burning the right one', async () => {
    const server = await startTestServer();
    const wrong = await call(server.app, 'POST', '/api/auth/setup', {
      body: { token: 'not-the-token', username: 'admin', password: ADMIN.password },
    });
    expect(wrong.statusCode).toBe(403);
    expect(errorOf(wrong).code).toBe('forbidden');
    expect((await call(server.app, 'GET', '/api/auth/session')).json().setupRequired).toBe(true);
    await setUp(server);
  });

  it('checks the new admin password against the password rule', async () => {
    const server = await startTestServer();
    const res = await call(server.app, 'POST', '/api/auth/setup', {
      body: { token: server.setupToken, username: 'admin', password: 'short' },
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).fields).toEqual([
      { path: 'body.password', message: 'Mật khẩu cần ít nhất 10 ký tự' },
    ]);
  });

  it('records the setup in the audit log', async () => {
    const server = await startTestServer();
    const admin = await setUp(server);
    const log = (await call(server.app, 'GET', '/api/audit', { as: admin })).json();
    expect(log.entries.map((e: { action: string }) => e.action)).toEqual(['auth.setup']);
    expect(log.entries[0]).toMatchObject({ actor: 'admin', target: 'admin', details: { role: 'admin' } });
  });

  it('marks the cookie Secure, with the __Host- prefix, when told the server is behind https', async () => {
    const server = await startTestServer({ secureCookie: true });
    const res = await call(server.app, 'POST', '/api/auth/setup', {
      body: { token: server.setupToken, username: 'admin', password: ADMIN.password },
    });
    const cookie = res.cookies.find((c) => c.name === '__Host-dunghan_session');
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
  });
});
