import { describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../src/api/auth.ts';
import { ADMIN, addUser, call, errorOf, login, PASSWORD, setUp, startTestServer } from './helpers.ts';

const HOUR = 3_600_000;

describe('login and logout', () => {
  it('signs in with the right password and answers the session with a CSRF token', async () => {
    const server = await startTestServer();
    await setUp(server);
    const res = await call(server.app, 'POST', '/api/auth/login', {
      body: { username: ' ADMIN ', password: ADMIN.password },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as SessionResponse;
    expect(body.user?.username).toBe('admin');
    expect(body.user?.lastLoginAt).toBe(new Date(server.clock.now).toISOString());
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  });

  it('refuses a wrong password and an unknown user alike, and audits both', async () => {
    const server = await startTestServer();
    const admin = await setUp(server);
    const wrong = await call(server.app, 'POST', '/api/auth/login', {
      body: { username: 'admin', password: 'wrong-password' },
    });
    const unknown = await call(server.app, 'POST', '/api/auth/login', {
      body: { username: 'nobody', password: 'wrong-password' },
    });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(errorOf(res)).toEqual({
        code: 'invalid_credentials',
        message: 'Sai tên đăng nhập hoặc mật khẩu.',
      });
      expect(res.cookies).toHaveLength(0);
    }
    const log = (await call(server.app, 'GET', '/api/audit?action=auth.login_failed', { as: admin })).json();
    expect(log.entries.map((e: { target: string }) => e.target)).toEqual(['nobody', 'admin']);
    expect(JSON.stringify(log)).not.toContain('wrong-password');
  });

  it('gives a new session on each login and ends it on logout', async () => {
    const server = await startTestServer();
    const first = await setUp(server);
    const second = await login(server.app, 'admin', ADMIN.password);
    expect(second.cookie).not.toBe(first.cookie);

    const out = await call(server.app, 'POST', '/api/auth/logout', { as: second });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'dunghan_session')?.value).toBe('');
    expect((await call(server.app, 'GET', '/api/users', { as: second })).statusCode).toBe(401);
    // Logging out one browser leaves the other signed in.
    expect((await call(server.app, 'GET', '/api/users', { as: first })).statusCode).toBe(200);
    const actions = (await call(server.app, 'GET', '/api/audit', { as: first }))
      .json()
      .entries.map((e: { action: string }) => e.action);
    expect(actions.slice(0, 2)).toEqual(['auth.logout', 'auth.login']);
  });

  it('replaces the session a browser already had when it signs in again', async () => {
    const server = await startTestServer();
    const first = await setUp(server);
    const res = await call(server.app, 'POST', '/api/auth/login', {
      as: first,
      body: { username: 'admin', password: ADMIN.password },
    });
    expect(res.statusCode).toBe(200);
    expect((await call(server.app, 'GET', '/api/users', { as: first })).statusCode).toBe(401);
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const server = await startTestServer({ sessionPolicy: { idleMs: 2 * HOUR, absoluteMs: 10 * HOUR } });
    const admin = await setUp(server);
    server.clock.now += 2 * HOUR - 1000;
    expect((await call(server.app, 'GET', '/api/users', { as: admin })).statusCode).toBe(200);
    server.clock.now += 2 * HOUR - 1000; // used again within the idle time: still alive
    expect((await call(server.app, 'GET', '/api/users', { as: admin })).statusCode).toBe(200);
    server.clock.now += 2 * HOUR + 1000;
    expect((await call(server.app, 'GET', '/api/users', { as: admin })).statusCode).toBe(401);

    const busy = await login(server.app, 'admin', ADMIN.password);
    for (let i = 0; i < 10; i++) {
      server.clock.now += HOUR;
      const status = (await call(server.app, 'GET', '/api/users', { as: busy })).statusCode;
      expect(status).toBe(i < 9 ? 200 : 401);
    }
  });

  it('lets a user change their own password, keeping this session and ending the others', async () => {
    const server = await startTestServer();
    const admin = await setUp(server);
    const viewer = await addUser(server.app, admin, 'lanhdao', 'viewer');
    const otherBrowser = await login(server.app, 'lanhdao', PASSWORD);

    const wrong = await call(server.app, 'POST', '/api/auth/password', {
      as: viewer,
      body: { currentPassword: 'not-it-at-all', newPassword: 'mat-khau-moi-123' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong).code).toBe('invalid_credentials');

    const ok = await call(server.app, 'POST', '/api/auth/password', {
      as: viewer,
      body: { currentPassword: PASSWORD, newPassword: 'mat-khau-moi-123' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await call(server.app, 'GET', '/api/registry', { as: viewer })).statusCode).toBe(200);
    expect((await call(server.app, 'GET', '/api/registry', { as: otherBrowser })).statusCode).toBe(401);
    await expect(login(server.app, 'lanhdao', PASSWORD)).rejects.toThrow(/401/);
    await login(server.app, 'lanhdao', 'mat-khau-moi-123');
    const actions = (
      await call(server.app, 'GET', '/api/audit?action=auth.password_change', { as: admin })
    ).json();
    expect(actions.entries).toHaveLength(1);
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request with a session but without the right x-csrf-token', async () => {
    const server = await startTestServer();
    const admin = await setUp(server);
    const body = { username: 'moi', role: 'viewer', password: PASSWORD };
    const missing = await call(server.app, 'POST', '/api/users', { as: admin, body, csrf: null });
    const wrong = await call(server.app, 'POST', '/api/users', { as: admin, body, csrf: 'x'.repeat(43) });
    const otherSessions = await login(server.app, 'admin', ADMIN.password);
    const foreign = await call(server.app, 'POST', '/api/users', {
      as: admin,
      body,
      csrf: otherSessions.csrf,
    });
    for (const res of [missing, wrong, foreign]) {
      expect(res.statusCode).toBe(403);
      expect(errorOf(res).code).toBe('csrf');
    }
    expect((await call(server.app, 'GET', '/api/users', { as: admin })).json().users).toHaveLength(1);
    expect((await call(server.app, 'POST', '/api/users', { as: admin, body })).statusCode).toBe(201);
  });

  it('checks logout and settings writes too, while reads need no token', async () => {
    const server = await startTestServer();
    const admin = await setUp(server);
    expect((await call(server.app, 'GET', '/api/settings', { as: admin, csrf: null })).statusCode).toBe(200);
    expect((await call(server.app, 'POST', '/api/auth/logout', { as: admin, csrf: null })).statusCode).toBe(
      403,
    );
    const put = await call(server.app, 'PUT', '/api/settings', {
      as: admin,
      csrf: null,
      body: { settings: { publicMode: true, dueSoonWorkingDays: 2, targets: {} } },
    });
    expect(put.statusCode).toBe(403);
    expect((await call(server.app, 'GET', '/api/auth/session')).json().publicMode).toBe(false);
  });

  it('accepts only JSON bodies, so a cross-site form post cannot reach the login', async () => {
    const server = await startTestServer();
    await setUp(server);
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': type },
        payload: `username=admin&password=${ADMIN.password}`,
      });
      expect(res.statusCode).toBe(415);
      expect(errorOf(res).code).toBe('unsupported_media_type');
    }
  });
});

describe('login rate limit', () => {
  it('blocks a username after 5 failures in 15 minutes, even with the right password, then lets it in again', async () => {
    const server = await startTestServer();
    await setUp(server);
    for (let i = 0; i < 5; i++) {
      const res = await call(server.app, 'POST', '/api/auth/login', {
        body: { username: 'admin', password: `wrong-${i}` },
      });
      expect(res.statusCode).toBe(401);
    }
    const blocked = await call(server.app, 'POST', '/api/auth/login', {
      body: { username: 'admin', password: ADMIN.password },
    });
    expect(blocked.statusCode).toBe(429);
    expect(errorOf(blocked).code).toBe('rate_limited');
    expect(errorOf(blocked).message).toMatch(/15 phút/);
    expect(Number(blocked.headers['retry-after'])).toBe(15 * 60);

    server.clock.now += 15 * 60_000 + 1;
    expect(
      (
        await call(server.app, 'POST', '/api/auth/login', {
          body: { username: 'admin', password: ADMIN.password },
        })
      ).statusCode,
    ).toBe(200);
  });

  it('blocks one address that tries many usernames, without blocking those users elsewhere', async () => {
    const server = await startTestServer({ loginLimits: { perIp: 6 } });
    const admin = await setUp(server);
    await addUser(server.app, admin, 'canbo', 'uploader');
    const from = (ip: string, username: string, password: string) =>
      server.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: ip,
        payload: { username, password },
      });
    for (let i = 0; i < 6; i++)
      expect((await from('10.0.0.9', `guess${i}`, 'wrong-password')).statusCode).toBe(401);
    expect((await from('10.0.0.9', 'canbo', PASSWORD)).statusCode).toBe(429);
    expect((await from('10.0.0.7', 'canbo', PASSWORD)).statusCode).toBe(200);
  });

  it('a success clears the username count', async () => {
    const server = await startTestServer();
    await setUp(server);
    const attempt = (password: string) =>
      call(server.app, 'POST', '/api/auth/login', { body: { username: 'admin', password } });
    for (let i = 0; i < 4; i++) expect((await attempt('wrong-password')).statusCode).toBe(401);
    expect((await attempt(ADMIN.password)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await attempt('wrong-password')).statusCode).toBe(401);
    expect((await attempt(ADMIN.password)).statusCode).toBe(200);
  });
});
