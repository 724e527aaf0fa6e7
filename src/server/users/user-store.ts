import type { AuditAction } from '../../api/audit.ts';
import type { Role, User } from '../../api/users.ts';
import { type Actor, audit } from '../audit/audit.ts';
import { hashPassword } from '../auth/password.ts';
import { deleteUserSessions } from '../auth/sessions.ts';
import type { Db } from '../db/database.ts';
import type { UsersTable } from '../db/schema.ts';
import { ApiError, conflict, notFound } from '../http/api-error.ts';

/** Account changes shared by the API and the shell's `dunghan user …`: same rules, same audit. */

export type UserRow = Omit<UsersTable, 'id'> & { id: number };

export function toUser(row: Omit<UserRow, 'password_hash'>): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastLoginAt: row.last_login_at,
  };
}

export interface ChangeContext {
  actor: Actor | null;
  ip?: string | null;
  now: number;
  /** Audit under another action than the default (a user changing their own password). */
  auditAction?: AuditAction;
}

const lastAdminError = () =>
  new ApiError(
    409,
    'last_admin',
    'Không thể xóa hoặc hạ quyền quản trị viên cuối cùng: hãy tạo quản trị viên khác trước.',
  );

export async function countUsers(db: Db): Promise<number> {
  const { n } = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

async function countAdmins(db: Db): Promise<number> {
  const { n } = await db
    .selectFrom('users')
    .where('role', '=', 'admin')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

export async function listUsers(db: Db): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
  return rows.map(toUser);
}

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

async function findUserById(db: Db, id: number): Promise<UserRow> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Không có người dùng này.');
  return row;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
}

/** `firstAdmin`: only while no account exists (the setup link), checked in the same transaction. */
export async function createUser(
  db: Db,
  input: NewUser,
  context: ChangeContext,
  firstAdmin = false,
): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  const at = new Date(context.now).toISOString();
  return db.transaction().execute(async (trx) => {
    if (firstAdmin && (await countUsers(trx)) > 0)
      throw new ApiError(409, 'setup_unavailable', 'Đã có tài khoản: việc thiết lập ban đầu đã xong.');
    if (await findUserByUsername(trx, input.username))
      throw conflict(`Tên đăng nhập "${input.username}" đã được dùng.`);
    const row = await trx
      .insertInto('users')
      .values({
        username: input.username,
        display_name: input.displayName,
        role: input.role,
        password_hash: passwordHash,
        created_at: at,
        updated_at: at,
        last_login_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, {
      actor: context.actor ?? { id: row.id, username: row.username },
      action: firstAdmin ? 'auth.setup' : 'user.create',
      target: row.username,
      details: { role: row.role },
      ip: context.ip ?? null,
      at,
    });
    return toUser(row);
  });
}

export interface UserChanges {
  displayName?: string | undefined;
  role?: Role | undefined;
  password?: string | undefined;
}

/**
 * A new password signs the user out everywhere (except `keepSessionHash`, the admin's own session
 * when they reset their own password). The last admin cannot be demoted.
 */
export async function updateUser(
  db: Db,
  id: number,
  changes: UserChanges,
  context: ChangeContext & { keepSessionHash?: string },
): Promise<User> {
  const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password);
  const at = new Date(context.now).toISOString();
  return db.transaction().execute(async (trx) => {
    const before = await findUserById(trx, id);
    const row = await trx
      .updateTable('users')
      .set({
        updated_at: at,
        ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
        ...(changes.role !== undefined ? { role: changes.role } : {}),
        ...(passwordHash !== undefined ? { password_hash: passwordHash } : {}),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    // Checked after the write: the write holds the lock, so two demotions cannot both pass.
    if (before.role === 'admin' && row.role !== 'admin' && (await countAdmins(trx)) === 0)
      throw lastAdminError();
    if (passwordHash !== undefined) await deleteUserSessions(trx, id, context.keepSessionHash);
    const details: Record<string, unknown> = {};
    if (changes.role !== undefined && changes.role !== before.role)
      details.role = { from: before.role, to: row.role };
    if (changes.displayName !== undefined && changes.displayName !== before.display_name)
      details.displayName = true;
    if (passwordHash !== undefined) details.passwordReset = true;
    await audit(trx, {
      actor: context.actor,
      action: context.auditAction ?? 'user.update',
      target: row.username,
      details,
      ip: context.ip ?? null,
      at,
    });
    return toUser(row);
  });
}

export async function deleteUser(db: Db, id: number, context: ChangeContext): Promise<void> {
  const at = new Date(context.now).toISOString();
  await db.transaction().execute(async (trx) => {
    const before = await findUserById(trx, id);
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await trx.deleteFrom('users').where('id', '=', id).execute();
    if (before.role === 'admin' && (await countAdmins(trx)) === 0) throw lastAdminError();
    await audit(trx, {
      actor: context.actor,
      action: 'user.delete',
      target: before.username,
      details: { role: before.role },
      ip: context.ip ?? null,
      at,
    });
  });
}

export async function userIdByUsername(db: Db, username: string): Promise<number> {
  const row = await findUserByUsername(db, username);
  if (!row) throw notFound(`Không có người dùng "${username}".`);
  return row.id;
}
