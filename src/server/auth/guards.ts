import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { CSRF_HEADER, isStateChanging } from '../../api/endpoint.ts';
import { ROLES, type Role } from '../../api/users.ts';
import { ApiError } from '../http/api-error.ts';
import { sessionOf } from './auth-service.ts';
import type { ActiveSession } from './sessions.ts';
import { sameToken } from './tokens.ts';

const ACCESS_RULE = Symbol('dunghan.accessRule');

interface AccessRule {
  /** Null: anyone, signed in or not. */
  minRole: Role | null;
  /** GET/HEAD readable without login while the public read-only mode setting is on. */
  publicRead: boolean;
}

/** An onRequest hook that decides who may call a route. Every /api route must have exactly one. */
export type AccessGuard = onRequestAsyncHookHandler & { readonly [ACCESS_RULE]: AccessRule };

const rank = (role: Role) => ROLES.indexOf(role);

const ROLE_NAMES: Record<Role, string> = {
  viewer: 'xem (viewer)',
  uploader: 'tải dữ liệu (uploader)',
  admin: 'quản trị (admin)',
};

function guard(rule: AccessRule): AccessGuard {
  const check = async (request: FastifyRequest, _reply: FastifyReply) => {
    const session = await sessionOf(request);
    if (session !== null) checkCsrf(request, session);
    if (rule.minRole === null) return;
    if (session === null) {
      const publicRead = rule.publicRead && !isStateChanging(request.method);
      if (publicRead && request.server.adminData.settings().publicMode) return;
      throw new ApiError(401, 'unauthenticated', 'Cần đăng nhập để xem hoặc thay đổi dữ liệu này.');
    }
    if (rank(session.user.role) < rank(rule.minRole)) {
      throw new ApiError(403, 'forbidden', `Thao tác này cần quyền ${ROLE_NAMES[rule.minRole]} trở lên.`);
    }
  };
  return Object.assign(check, { [ACCESS_RULE]: rule });
}

/**
 * The caller must be signed in with `role` or a higher one (viewer < uploader < admin). With
 * `publicRead`, GET requests also answer anonymous visitors while public read-only mode is on.
 * State-changing requests must carry the session's CSRF token in `x-csrf-token`.
 */
export function requireRole(role: Role, options: { publicRead?: boolean } = {}): AccessGuard {
  return guard({ minRole: role, publicRead: options.publicRead ?? false });
}

/** Open to everyone (login, setup, session). A present session still has its CSRF token checked. */
export function allowAnonymous(): AccessGuard {
  return guard({ minRole: null, publicRead: false });
}

export function isAccessGuard(hook: unknown): hook is AccessGuard {
  return typeof hook === 'function' && ACCESS_RULE in hook;
}

/** Every state-changing request made with a session must echo the session's CSRF token. */
function checkCsrf(request: FastifyRequest, session: ActiveSession): void {
  if (!isStateChanging(request.method)) return;
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) {
    throw new ApiError(
      403,
      'csrf',
      'Thiếu hoặc sai mã chống giả mạo (x-csrf-token). Hãy tải lại trang rồi thử lại.',
    );
  }
}

/** The signed-in session of a guarded route (the guard has already refused anonymous callers). */
export function currentSession(request: FastifyRequest): ActiveSession {
  if (!request.session) throw new ApiError(401, 'unauthenticated', 'Cần đăng nhập.');
  return request.session;
}
