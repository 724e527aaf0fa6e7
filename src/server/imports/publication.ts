import type BetterSqlite3 from 'better-sqlite3';
import { type Actor, auditRow } from '../audit/audit.ts';
import type { Db } from '../db/database.ts';
import { failpoint } from '../db/failpoint.ts';
import { firstSync, prepared, runSync } from '../db/sync.ts';
import { ApiError, conflict, notFound } from '../http/api-error.ts';
import { type ImportRow, idleUnpublished } from './import-records.ts';

/**
 * The state changes of a staged import. Each function is the body of ONE synchronous SQLite
 * transaction (run it through exclusiveTransaction): either all of it is on disk or none of it.
 */

export interface ChangeContext {
  actor: Actor;
  ip: string | null;
  now: number;
}

const STATUS_NAMES: Record<string, string> = {
  uploading: 'đang tải lên',
  staged: 'đã kiểm tra, chờ công bố',
  published: 'đã công bố',
  retracted: 'đã thu hồi',
  discarded: 'đã hủy',
};

export function wrongState(row: ImportRow, action: string): ApiError {
  return conflict(
    `Không thể ${action} lần nhập #${row.id} (${row.file_name}) vì nó ${STATUS_NAMES[row.status] ?? row.status}.`,
  );
}

export function importForUpdate(db: Db, sqlite: BetterSqlite3.Database, id: number): ImportRow {
  const row = firstSync(sqlite, db.selectFrom('imports').selectAll().where('id', '=', id));
  if (!row) throw notFound(`Không có lần nhập số ${id}.`);
  return row;
}

const when = (iso: string | null) => (iso === null ? '' : ` lúc ${iso.slice(0, 16).replace('T', ' ')} (UTC)`);

export function alreadyPublished(other: ImportRow): ApiError {
  return new ApiError(
    409,
    'already_published',
    `Tệp này đã được công bố${when(other.published_at)} (lần nhập #${other.id}, ${other.file_name}). ` +
      'Cùng một tệp không được công bố hai lần để số liệu không bị đếm trùng; nếu cần thay, hãy thu hồi lần nhập cũ trước.',
  );
}

function publishedTwin(db: Db, sqlite: BetterSqlite3.Database, row: ImportRow): ImportRow | undefined {
  return firstSync(
    sqlite,
    db
      .selectFrom('imports')
      .selectAll()
      .where('file_hash', '=', row.file_hash)
      .where('status', '=', 'published')
      .where('id', '!=', row.id),
  );
}

function recordEvent(
  db: Db,
  sqlite: BetterSqlite3.Database,
  importId: number,
  action: 'publish' | 'retract',
  at: string,
  actor: Actor,
): number {
  const result = runSync(
    sqlite,
    db.insertInto('publication_events').values({ import_id: importId, action, at, actor: actor.username }),
  );
  return Number(result.lastInsertRowid);
}

/** Published dossiers the import's rows replace (same code). */
export function supersededBy(sqlite: BetterSqlite3.Database, id: number): number {
  const { n } = prepared(
    sqlite,
    'select count(*) as n from dossier_rows r cross join current_dossiers c on c.code = r.code where r.import_id = ?',
  ).get(id) as { n: number };
  return n;
}

/**
 * Makes a staged import's rows the published ones: for each of its dossier codes,
 * current_dossiers now points at this import (a newer publication supersedes older rows, which
 * stay in dossier_rows as history).
 */
export function publishSync(db: Db, sqlite: BetterSqlite3.Database, id: number, ctx: ChangeContext): void {
  const row = importForUpdate(db, sqlite, id);
  if (row.status !== 'staged') throw wrongState(row, 'công bố');
  const twin = publishedTwin(db, sqlite, row);
  if (twin) throw alreadyPublished(twin);
  const at = new Date(ctx.now).toISOString();
  const seq = recordEvent(db, sqlite, id, 'publish', at, ctx.actor);
  const superseded = supersededBy(sqlite, id);
  sqlite
    .prepare(
      `insert into current_dossiers (code, import_id) select code, import_id from dossier_rows
       where import_id = ? on conflict (code) do update set import_id = excluded.import_id`,
    )
    .run(id);
  runSync(
    sqlite,
    db
      .updateTable('imports')
      .set({ status: 'published', published_at: at, published_by: ctx.actor.username, publish_seq: seq })
      .where('id', '=', id),
  );
  runSync(
    sqlite,
    db.insertInto('audit_log').values(
      auditRow({
        actor: ctx.actor,
        action: 'import.publish',
        target: String(id),
        details: {
          fileName: row.file_name,
          fileHash: row.file_hash,
          sourceSystem: row.source_system,
          dossiers: row.dossiers,
          superseded,
          period: { from: row.period_from, to: row.period_to },
        },
        ip: ctx.ip,
        at,
      }),
    ),
  );
  failpoint('publish-before-commit');
}

/**
 * Takes a published import back: for each code it held, the row of the latest earlier publication
 * that has the code becomes current again, or the code leaves the published data. Its rows stay
 * in dossier_rows; the retraction is an event and an audit entry of its own.
 */
export function retractSync(
  db: Db,
  sqlite: BetterSqlite3.Database,
  id: number,
  reason: string,
  ctx: ChangeContext,
): { removed: number; restored: number } {
  const row = importForUpdate(db, sqlite, id);
  if (row.status !== 'published') throw wrongState(row, 'thu hồi');
  const at = new Date(ctx.now).toISOString();
  sqlite.exec('create temp table if not exists retracting (code text primary key) without rowid');
  sqlite.exec('delete from temp.retracting');
  const held = sqlite
    .prepare(
      `insert into temp.retracting (code) select r.code from dossier_rows r cross join current_dossiers c
       on c.code = r.code where r.import_id = ? and c.import_id = ?`,
    )
    .run(id, id).changes;
  sqlite.prepare('delete from current_dossiers where code in (select code from temp.retracting)').run();
  const earlier = sqlite
    .prepare(`select id from imports where status = 'published' and publish_seq < ? order by publish_seq`)
    .all(row.publish_seq ?? 0) as { id: number }[];
  // Replayed oldest first, so the latest earlier publication of each code ends up current.
  const restore = sqlite.prepare(
    `insert into current_dossiers (code, import_id) select r.code, r.import_id from dossier_rows r
     cross join temp.retracting t on t.code = r.code where r.import_id = ?
     on conflict (code) do update set import_id = excluded.import_id`,
  );
  if (held > 0) for (const { id: earlierId } of earlier) restore.run(earlierId);
  const { restored } = sqlite
    .prepare(
      'select count(*) as restored from temp.retracting t cross join current_dossiers c on c.code = t.code',
    )
    .get() as { restored: number };
  sqlite.exec('delete from temp.retracting');

  recordEvent(db, sqlite, id, 'retract', at, ctx.actor);
  runSync(
    sqlite,
    db
      .updateTable('imports')
      .set({
        status: 'retracted',
        retracted_at: at,
        retracted_by: ctx.actor.username,
        retract_reason: reason,
      })
      .where('id', '=', id),
  );
  const removed = held - restored;
  runSync(
    sqlite,
    db.insertInto('audit_log').values(
      auditRow({
        actor: ctx.actor,
        action: 'import.retract',
        target: String(id),
        details: { fileName: row.file_name, fileHash: row.file_hash, reason, removed, restored },
        ip: ctx.ip,
        at,
      }),
    ),
  );
  return { removed, restored };
}

/** Who discards: staff (a signed-in user or the shell), or null for the server itself (expiry). */
export type DiscardContext = Omit<ChangeContext, 'actor'> & { actor: Actor | null };

export interface DiscardOptions {
  /**
   * The server's expiry of an import left unpublished: discard it only if it is still uploading or
   * staged and idle since before this ISO time (checked again inside the transaction, so an import
   * published or resumed meanwhile is left alone), and audit it as `import.expire`.
   */
  expiry?: { idleBefore: string; maxAgeHours: number };
}

/**
 * Drops an import that was never published: its staged rows are deleted (they were never data
 * anyone saw); the import itself, with its validation summary, stays in the history. The one way
 * staged rows go, whether staff discard the import or the server expires it. False when an expiry
 * found the import no longer expirable.
 */
export function discardSync(
  db: Db,
  sqlite: BetterSqlite3.Database,
  id: number,
  ctx: DiscardContext,
  options: DiscardOptions = {},
): boolean {
  const row = importForUpdate(db, sqlite, id);
  const { expiry } = options;
  const idle = expiry
    ? firstSync(sqlite, idleUnpublished(db, expiry.idleBefore).where('i.id', '=', id))
    : undefined;
  if (expiry && !idle) return false;
  if (row.status !== 'uploading' && row.status !== 'staged') throw wrongState(row, 'hủy');
  const at = new Date(ctx.now).toISOString();
  const deleted = sqlite.prepare('delete from dossier_rows where import_id = ?').run(id).changes;
  runSync(
    sqlite,
    db
      .updateTable('imports')
      .set({ status: 'discarded', discarded_at: at, discarded_by: ctx.actor?.username ?? null })
      .where('id', '=', id),
  );
  const details = { fileName: row.file_name, fileHash: row.file_hash, stagedRowsDeleted: deleted };
  runSync(
    sqlite,
    db.insertInto('audit_log').values(
      auditRow({
        actor: ctx.actor,
        action: expiry ? 'import.expire' : 'import.discard',
        target: String(id),
        details:
          expiry && idle
            ? { ...details, status: row.status, idleSince: idle.idle_since, maxAgeHours: expiry.maxAgeHours }
            : details,
        ip: ctx.ip,
        at,
      }),
    ),
  );
  return true;
}
