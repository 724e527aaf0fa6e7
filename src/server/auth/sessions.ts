import type { Db } from '../db/database.ts';
import type { SessionsTable, UsersTable } from '../db/schema.ts';
import { hashToken, randomToken } from './tokens.ts';

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after login, however busy. */
  absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMs: 12 * 3_600_000,
  absoluteMs: 7 * 24 * 3_600_000,
};

/** last_seen_at is written at most this often, so reading a dashboard is not a database write per request. */
const TOUCH_EVERY_MS = 60_000;

export type SessionUser = Omit<UsersTable, 'id' | 'password_hash'> & { id: number };

export interface ActiveSession {
  tokenHash: string;
  csrfToken: string;
  user: SessionUser;
}

export async function createSession(
  db: Db,
  userId: number,
  client: { ip: string | null; userAgent: string | null },
  now: number,
): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const at = new Date(now).toISOString();
  const row: SessionsTable = {
    token_hash: hashToken(token),
    user_id: userId,
    csrf_token: csrfToken,
    created_at: at,
    last_seen_at: at,
    ip: client.ip,
    user_agent: client.userAgent?.slice(0, 300) ?? null,
  };
  await db.insertInto('sessions').values(row).execute();
  return { token, csrfToken };
}

/** The live session of a cookie token, or null; an expired session is deleted on sight. */
export async function findSession(
  db: Db,
  token: string,
  now: number,
  policy: SessionPolicy,
): Promise<ActiveSession | null> {
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.csrf_token',
      'sessions.created_at as session_created_at',
      'sessions.last_seen_at',
      'users.id',
      'users.username',
      'users.display_name',
      'users.role',
      'users.created_at',
      'users.updated_at',
      'users.last_login_at',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return null;
  const lastSeen = Date.parse(row.last_seen_at);
  if (now - lastSeen >= policy.idleMs || now - Date.parse(row.session_created_at) >= policy.absoluteMs) {
    await deleteSession(db, tokenHash);
    return null;
  }
  if (now - lastSeen > TOUCH_EVERY_MS) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now).toISOString() })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  const { csrf_token, session_created_at: _, last_seen_at: __, ...user } = row;
  return { tokenHash, csrfToken: csrf_token, user };
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Signs a user out everywhere, except in the session `keepTokenHash` when given. */
export async function deleteUserSessions(db: Db, userId: number, keepTokenHash?: string): Promise<void> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepTokenHash !== undefined) query = query.where('token_hash', '!=', keepTokenHash);
  await query.execute();
}

export async function pruneExpiredSessions(db: Db, now: number, policy: SessionPolicy): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('last_seen_at', '<=', new Date(now - policy.idleMs).toISOString()),
        eb('created_at', '<=', new Date(now - policy.absoluteMs).toISOString()),
      ]),
    )
    .execute();
}
