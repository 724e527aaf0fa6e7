import type { Insertable, Kysely, Transaction } from 'kysely';
import type { AuditAction, AuditEntry } from '../../api/audit.ts';
import { newestFirstPage } from '../db/paging.ts';
import type { AuditLogTable, DatabaseSchema } from '../db/schema.ts';

/** Who did it: a signed-in user, or `{ id: null, username: 'cli' }` for the shell. Null: nobody signed in. */
export interface Actor {
  id: number | null;
  username: string;
}

export const CLI_ACTOR: Actor = { id: null, username: 'cli' };

export interface AuditRecord {
  actor: Actor | null;
  action: AuditAction;
  target?: string | null;
  details?: Record<string, unknown> | null;
  ip?: string | null;
  /** ISO time; defaults to now. */
  at?: string;
}

/**
 * Appends one entry to the audit log. Pass the transaction that makes the change, so the change
 * and its record commit together or not at all.
 */
export async function audit(
  db: Kysely<DatabaseSchema> | Transaction<DatabaseSchema>,
  record: AuditRecord,
): Promise<void> {
  await db.insertInto('audit_log').values(auditRow(record)).execute();
}

/** The audit_log row of a record, for writers that build their own insert (bulk transactions). */
export function auditRow(record: AuditRecord): Insertable<AuditLogTable> {
  return {
    at: record.at ?? new Date().toISOString(),
    actor_id: record.actor?.id ?? null,
    actor: record.actor?.username ?? null,
    action: record.action,
    target: record.target ?? null,
    details: record.details ? JSON.stringify(record.details) : null,
    ip: record.ip ?? null,
  };
}

export interface AuditFilter {
  page: number;
  pageSize: number;
  action?: AuditAction | undefined;
  actor?: string | undefined;
}

/** A page of the log, newest first. */
export async function listAudit(
  db: Kysely<DatabaseSchema>,
  filter: AuditFilter,
): Promise<{ entries: AuditEntry[]; total: number }> {
  let query = db.selectFrom('audit_log');
  if (filter.action !== undefined) query = query.where('action', '=', filter.action);
  if (filter.actor !== undefined) query = query.where('actor', '=', filter.actor);
  const { rows, total } = await newestFirstPage(query, (q) => q.selectAll(), filter);
  const entries = rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action as AuditAction,
    target: r.target,
    details: r.details === null ? null : (JSON.parse(r.details) as Record<string, unknown>),
    ip: r.ip,
  }));
  return { entries, total };
}
