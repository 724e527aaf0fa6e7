import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { authApi, SessionResponseSchema } from '../../src/api/auth.ts';
import { CSRF_HEADER } from '../../src/api/endpoint.ts';
import { ApiError, apiRequest, setCsrfToken } from '../../src/web/lib/api-client.ts';
import { CSRF, firstStart, signedIn, signedOut } from './support/fixtures.ts';
import { fail, handle, server } from './support/msw.ts';

describe('fixtures and handlers follow the src/api contract', () => {
  it('every session fixture parses with SessionResponseSchema', () => {
    for (const fixture of [
      signedIn('admin'),
      signedIn('uploader'),
      signedIn('viewer'),
      signedOut,
      firstStart,
    ]) {
      expect(SessionResponseSchema.parse(fixture)).toEqual(fixture);
    }
  });

  it('a handler answering outside the schema fails instead of passing silently', async () => {
    server.use(
      // @ts-expect-error: deliberately not a SessionResponse
      handle(authApi.session, () => ({ user: 'nobody' })),
    );
    await expect(apiRequest(authApi.session)).rejects.toBeInstanceOf(ApiError);
  });
});

describe('apiRequest', () => {
  it('sends the CSRF header on writes, not on reads', async () => {
    const session = handle(authApi.session, () => signedIn('admin'));
    const logout = handle(authApi.logout, () => undefined, { csrfToken: CSRF });
    server.use(session, logout);
    setCsrfToken(CSRF);
    await apiRequest(authApi.session);
    await apiRequest(authApi.logout);
    expect(session.calls[0]!.headers.get(CSRF_HEADER)).toBeNull();
    expect(logout.calls[0]!.headers.get(CSRF_HEADER)).toBe(CSRF);
  });

  it('turns an error body into an ApiError with its code and Vietnamese message', async () => {
    server.use(
      handle(authApi.login, () => fail(401, 'invalid_credentials', 'Sai tên đăng nhập hoặc mật khẩu.')),
    );
    const error = await apiRequest(authApi.login, { body: { username: 'a', password: 'b' } }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 401,
      code: 'invalid_credentials',
      message: 'Sai tên đăng nhập hoặc mật khẩu.',
    });
  });

  it('reports an answer that does not match the schema as bad_response', async () => {
    server.use(http.get('/api/auth/session', () => HttpResponse.json({ nonsense: true })));
    await expect(apiRequest(authApi.session)).rejects.toMatchObject({ code: 'bad_response' });
  });

  it('reports an unreachable server as a network error', async () => {
    server.use(http.get('/api/auth/session', () => HttpResponse.error()));
    await expect(apiRequest(authApi.session)).rejects.toMatchObject({ code: 'network', status: 0 });
  });
});
