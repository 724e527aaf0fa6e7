import type { Generated } from 'kysely';
import type { Role } from '../../api/users.ts';

/**
 * Table shapes for Kysely. Times are ISO 8601 UTC strings (`toISOString()`): they sort as text
 * and read the same in SQLite and PostgreSQL. JSON goes in text columns for the same reason.
 */
export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: Role;
  /** `scrypt$N$r$p$salt$hash`: the parameters travel with the hash so they can be raised later. */
  password_hash: string;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a leaked database does not hand out live sessions. */
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  actor: string | null;
  action: string;
  target: string | null;
  details: string | null;
  ip: string | null;
}

export interface AdminDataVersionsTable {
  kind: string;
  version: number;
  body: string;
  created_at: string;
  created_by: string | null;
}

export interface DatabaseSchema {
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  admin_data_versions: AdminDataVersionsTable;
}
