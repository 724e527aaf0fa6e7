import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authApi, type SessionResponse } from '../../api/auth.ts';
import { actorOf, auditRequest } from '../audit/request-audit.ts';
import { ApiError } from '../http/api-error.ts';
import { countUsers, createUser, findUserByUsername, toUser, updateUser } from '../users/user-store.ts';
import { clearSessionCookie, sessionOf, setSessionCookie } from './auth-service.ts';
import { allowAnonymous, currentSession, requireRole } from './guards.ts';
import { burnPasswordCheck, verifyPassword } from './password.ts';
import { createSession, deleteSession } from './sessions.ts';
import { hashToken } from './tokens.ts';

const invalidCredentials = () => new ApiError(401, 'invalid_credentials', 'Sai tên đăng nhập hoặc mật khẩu.');

function tooManyAttempts(waitMs: number): ApiError {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return new ApiError(
    429,
    'rate_limited',
    `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
    undefined,
    { 'retry-after': String(Math.ceil(waitMs / 1000)) },
  );
}

async function sessionResponse(request: FastifyRequest, csrfToken?: string): Promise<SessionResponse> {
  const { server } = request;
  const session = await sessionOf(request);
  return {
    user: session ? toUser(session.user) : null,
    csrfToken: csrfToken ?? session?.csrfToken ?? null,
    publicMode: server.adminData.settings().publicMode,
    setupRequired: (await countUsers(server.db)) === 0,
  };
}

/** Signs `userId` in: a fresh session (never the one the browser came with) and its cookie. */
async function startSession(request: FastifyRequest, userId: number) {
  const { auth, db } = request.server;
  const previous = await sessionOf(request);
  if (previous) await deleteSession(db, previous.tokenHash);
  const created = await createSession(
    db,
    userId,
    { ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
    auth.now(),
  );
  const { password_hash: _, ...user } = await db
    .updateTable('users')
    .set({ last_login_at: new Date(auth.now()).toISOString() })
    .where('id', '=', userId)
    .returningAll()
    .executeTakeFirstOrThrow();
  request.session = { tokenHash: hashToken(created.token), csrfToken: created.csrfToken, user };
  return created;
}

export function registerAuthRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    authApi.session.path,
    { onRequest: allowAnonymous(), schema: { response: { 200: authApi.session.response } } },
    (request) => sessionResponse(request),
  );

  api.post(
    authApi.login.path,
    {
      onRequest: allowAnonymous(),
      schema: { body: authApi.login.body, response: { 200: authApi.login.response } },
    },
    async (request, reply) => {
      const { auth, db } = request.server;
      const { username, password } = request.body;
      const wait = auth.limiter.retryAfterMs(request.ip, username);
      if (wait > 0) throw tooManyAttempts(wait);

      const user = await findUserByUsername(db, username);
      let ok = false;
      if (user) ok = await verifyPassword(password, user.password_hash);
      else await burnPasswordCheck(password);
      if (!user || !ok) {
        auth.limiter.recordFailure(request.ip, username);
        await auditRequest(request, {
          actor: null,
          action: 'auth.login_failed',
          target: username.slice(0, 64),
        });
        throw invalidCredentials();
      }
      auth.limiter.recordSuccess(username);
      const { token, csrfToken } = await startSession(request, user.id);
      await auditRequest(request, {
        actor: { id: user.id, username: user.username },
        action: 'auth.login',
        target: user.username,
      });
      setSessionCookie(reply, auth, token);
      return sessionResponse(request, csrfToken);
    },
  );

  api.post(authApi.logout.path, { onRequest: allowAnonymous() }, async (request, reply) => {
    const { auth, db } = request.server;
    const session = await sessionOf(request);
    if (session) {
      await deleteSession(db, session.tokenHash);
      await auditRequest(request, { action: 'auth.logout' });
    }
    clearSessionCookie(reply, auth);
    return reply.code(204).send();
  });

  api.post(
    authApi.setup.path,
    {
      onRequest: allowAnonymous(),
      schema: { body: authApi.setup.body, response: { 201: authApi.setup.response } },
    },
    async (request, reply) => {
      const { auth, db } = request.server;
      if ((await countUsers(db)) > 0) {
        auth.setupToken.revoke();
        throw new ApiError(409, 'setup_unavailable', 'Đã có tài khoản: việc thiết lập ban đầu đã xong.');
      }
      if (!auth.setupToken.consume(request.body.token)) {
        throw new ApiError(
          403,
          'forbidden',
          'Mã thiết lập không đúng hoặc đã được dùng. Khởi động lại máy chủ để nhận đường dẫn thiết lập mới.',
        );
      }
      const { username, displayName, password } = request.body;
      const user = await createUser(
        db,
        { username, displayName, role: 'admin', password },
        { actor: null, ip: request.ip, now: auth.now() },
        true,
      );
      const { token, csrfToken } = await startSession(request, user.id);
      setSessionCookie(reply, auth, token);
      return reply.code(201).send(await sessionResponse(request, csrfToken));
    },
  );

  api.post(
    authApi.changePassword.path,
    { onRequest: requireRole('viewer'), schema: { body: authApi.changePassword.body } },
    async (request, reply) => {
      const { auth, db } = request.server;
      const session = currentSession(request);
      const { username } = session.user;
      const wait = auth.limiter.retryAfterMs(request.ip, username);
      if (wait > 0) throw tooManyAttempts(wait);
      const row = await findUserByUsername(db, username);
      if (!row || !(await verifyPassword(request.body.currentPassword, row.password_hash))) {
        auth.limiter.recordFailure(request.ip, username);
        throw new ApiError(400, 'invalid_credentials', 'Mật khẩu hiện tại không đúng.');
      }
      await updateUser(
        db,
        row.id,
        { password: request.body.newPassword },
        {
          actor: actorOf(request),
          ip: request.ip,
          now: auth.now(),
          keepSessionHash: session.tokenHash,
          auditAction: 'auth.password_change',
        },
      );
      return reply.code(204).send();
    },
  );
}
