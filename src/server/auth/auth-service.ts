import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import type { LoginLimiter } from './login-limiter.ts';
import { type ActiveSession, findSession, type SessionPolicy } from './sessions.ts';
import type { SetupToken } from './setup-token.ts';

export interface CookieSettings {
  name: string;
  secure: boolean;
}

export function cookieSettings(secure: boolean): CookieSettings {
  // The __Host- prefix makes browsers refuse the cookie unless it is Secure, host-only and Path=/.
  return { name: secure ? '__Host-dunghan_session' : 'dunghan_session', secure };
}

/** What the auth routes and guards share; decorated on the app as `app.auth`. */
export interface AuthService {
  db: Db;
  now: () => number;
  policy: SessionPolicy;
  cookie: CookieSettings;
  limiter: LoginLimiter;
  setupToken: SetupToken;
}

/** The request's session, looked up once per request (null: signed out, expired or unknown cookie). */
export async function sessionOf(request: FastifyRequest): Promise<ActiveSession | null> {
  if (request.session !== undefined) return request.session;
  const { auth } = request.server;
  const token = request.cookies[auth.cookie.name];
  request.session = token ? await findSession(auth.db, token, auth.now(), auth.policy) : null;
  return request.session;
}

export function setSessionCookie(reply: FastifyReply, auth: AuthService, token: string): void {
  reply.setCookie(auth.cookie.name, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: auth.cookie.secure,
    // No Max-Age: the cookie goes when the browser closes (shared office computers); the server
    // ends the session earlier when it is idle or old.
  });
}

export function clearSessionCookie(reply: FastifyReply, auth: AuthService): void {
  reply.clearCookie(auth.cookie.name, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: auth.cookie.secure,
  });
}
