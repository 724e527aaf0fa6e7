import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../src/api/errors.ts';
import { allowAnonymous, requireRole } from '../../src/server/auth/guards.ts';
import { ADMIN, call, errorOf, login, setUp, startTestServer } from './helpers.ts';

describe('error answers', () => {
  it('answer unknown /api routes with a JSON 404 in the shared shape', async () => {
    const { app } = await startTestServer();
    for (const [method, url] of [
      ['GET', '/api/nope'],
      ['POST', '/api/users/1/promote'],
      ['DELETE', '/api/registry'],
      ['GET', '/api'],
    ] as const) {
      const res = await call(app, method, url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(ErrorBodySchema.parse(res.json()).error.code).toBe('not_found');
    }
  });

  it('explain malformed JSON and a wrong content type in Vietnamese', async () => {
    const { app } = await startTestServer();
    const broken = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "admin",',
    });
    expect(broken.statusCode).toBe(400);
    expect(errorOf(broken)).toEqual({
      code: 'invalid_json',
      message: 'Nội dung gửi lên không phải JSON hợp lệ.',
    });
    const wrongType = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/csv' },
      payload: 'a,b',
    });
    expect(errorOf(wrongType).code).toBe('unsupported_media_type');
  });

  it('list every bad field, with zod messages in Vietnamese where the schema gives none', async () => {
    const { app } = await startTestServer();
    const res = await call(app, 'POST', '/api/auth/login', { body: { username: 42 } });
    expect(res.statusCode).toBe(400);
    const { code, message, fields } = errorOf(res);
    expect(code).toBe('validation');
    expect(fields).toEqual([
      { path: 'body.username', message: 'Đầu vào không hợp lệ: mong đợi string, nhận được số' },
      { path: 'body.password', message: 'Đầu vào không hợp lệ: mong đợi string, nhận được undefined' },
    ]);
    expect(message).toMatch(/^Dữ liệu không hợp lệ — body\.username: /);
  });

  it('refuse bodies over 1 MiB unless the route raises its own limit', async () => {
    const { app } = await startTestServer();
    app.post(
      '/api/test/big',
      { onRequest: allowAnonymous(), bodyLimit: 4 * 1024 * 1024 },
      async (request) => ({
        bytes: JSON.stringify(request.body).length,
      }),
    );
    const body = { filler: 'x'.repeat(1024 * 1024 + 10) };
    const tooBig = await call(app, 'POST', '/api/auth/login', { body });
    expect(tooBig.statusCode).toBe(413);
    expect(errorOf(tooBig)).toEqual({ code: 'payload_too_large', message: 'Dữ liệu gửi lên quá lớn.' });
    const raised = await call(app, 'POST', '/api/test/big', { body });
    expect(raised.statusCode).toBe(200);
  });

  it('never send a stack trace: a crash is logged on the server and answered with a generic message', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const { app } = await startTestServer({ logger: { level: 'info', stream } });
    app.get('/api/test/crash', { onRequest: allowAnonymous() }, async () => {
      throw new Error('secret internal detail at /srv/dunghan/x.ts:12');
    });
    const res = await call(app, 'GET', '/api/test/crash');
    expect(res.statusCode).toBe(500);
    expect(errorOf(res).code).toBe('internal');
    expect(res.body).not.toContain('secret internal detail');
    expect(res.body).not.toMatch(/\.ts:\d+|at .*\(/);
    expect(lines.join('')).toContain('secret internal detail');
  });

  it('refuse to start with an /api route that declares no access guard, or two', async () => {
    const { app } = await startTestServer();
    expect(() => app.get('/api/test/open', async () => ({ ok: true }))).toThrow(/access guard/);
    expect(() =>
      app.get('/api/test/double', { onRequest: [allowAnonymous(), requireRole('admin')] }, async () => ({
        ok: true,
      })),
    ).toThrow(/exactly one access guard/);
  });
});

describe('logs', () => {
  it('are structured JSON and carry no password, session token, CSRF token or setup token', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const server = await startTestServer({ logger: { level: 'trace', stream } });
    await server.app.inject({ method: 'GET', url: `/setup?token=${server.setupToken}` });
    const admin = await setUp(server);
    await login(server.app, 'admin', ADMIN.password);
    await call(server.app, 'POST', '/api/auth/login', {
      body: { username: 'admin', password: 'sai-mat-khau-roi' },
    });
    await call(server.app, 'POST', '/api/auth/logout', { as: admin });

    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const text = lines.join('');
    for (const secret of [
      ADMIN.password,
      'sai-mat-khau-roi',
      server.setupToken!,
      admin.csrf,
      admin.cookie.split('=')[1]!,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('/setup?token=[redacted]');
  });
});
