import type { ExpressionBuilder, Selectable } from 'kysely';
import type {
  ImportDetail,
  ImportPreview,
  ImportProblem,
  ImportRecord,
  ImportStatus,
  ValidationSummary,
} from '../../api/imports.ts';
import type { Db } from '../db/database.ts';
import { newestFirstPage } from '../db/paging.ts';
import type { DatabaseSchema, ImportsTable } from '../db/schema.ts';
import { notFound } from '../http/api-error.ts';

export type ImportRow = Selectable<ImportsTable>;

/** What a chunk's validation found, kept with the chunk (JSON in import_chunks.stats). */
export interface ChunkStats {
  problemCounts: Partial<Record<ImportProblem['code'], number>>;
  /** The first problems of the chunk (capped). */
  problems: ImportProblem[];
  /** Wall times: earliest and latest reception, latest event of its accepted rows. */
  firstReceived: number | null;
  lastReceived: number | null;
  dataUntil: number | null;
}

const json = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

export async function findImport(db: Db, id: number): Promise<ImportRow> {
  const row = await db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Không có lần nhập số ${id}.`);
  return row;
}

/** `currentRows`: for a published import, its rows the dashboards show now (from the serving store). */
export function toImportRecord(row: ImportRow, currentRows: number | null): ImportRecord {
  return {
    id: row.id,
    fileName: row.file_name,
    fileHash: row.file_hash,
    fileSize: row.file_size,
    sourceSystem: row.source_system,
    status: row.status as ImportStatus,
    rowCount: row.row_count,
    createdAt: row.created_at,
    createdBy: row.created_by,
    stagedAt: row.staged_at,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    retractedAt: row.retracted_at,
    retractedBy: row.retracted_by,
    retractReason: row.retract_reason,
    discardedAt: row.discarded_at,
    discardedBy: row.discarded_by,
    period:
      row.period_from !== null && row.period_to !== null
        ? { from: row.period_from, to: row.period_to }
        : null,
    dataUntil: row.data_until,
    dossiers: row.dossiers,
    currentDossiers: row.status === 'published' ? currentRows : null,
    accepted: row.accepted,
    rejected: row.rejected,
    clientReport: json(row.client_report),
  };
}

export async function receivedChunks(db: Db, importId: number): Promise<{ n: number; rows: number }[]> {
  return db
    .selectFrom('import_chunks')
    .select(['n', 'rows'])
    .where('import_id', '=', importId)
    .orderBy('n')
    .execute();
}

export async function toImportDetail(
  db: Db,
  row: ImportRow,
  currentRows: number | null,
): Promise<ImportDetail> {
  const chunks = await receivedChunks(db, row.id);
  return {
    ...toImportRecord(row, currentRows),
    layout: json(row.layout),
    upload: {
      receivedChunks: chunks.map((c) => c.n),
      rowsReceived: chunks.reduce((sum, c) => sum + c.rows, 0),
    },
    summary: json<ValidationSummary>(row.summary),
    preview: json<ImportPreview>(row.preview),
  };
}

export interface ImportListFilter {
  status?: ImportStatus | undefined;
  page: number;
  pageSize: number;
}

/** Newest first. */
export async function listImportRows(
  db: Db,
  filter: ImportListFilter,
): Promise<{ rows: ImportRow[]; total: number }> {
  let query = db.selectFrom('imports');
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  return newestFirstPage(query, (q) => q.selectAll(), filter);
}

/** The published import with this file hash, if any. */
export async function publishedWithHash(db: Db, fileHash: string): Promise<ImportRow | undefined> {
  return db
    .selectFrom('imports')
    .selectAll()
    .where('file_hash', '=', fileHash)
    .where('status', '=', 'published')
    .executeTakeFirst();
}

/**
 * When an unpublished import last moved: staged ones when they were staged, uploads at their last
 * chunk (or creation, before any chunk arrived).
 */
function idleSince(eb: ExpressionBuilder<DatabaseSchema & { i: ImportsTable }, 'i'>) {
  return eb.fn.coalesce(
    'i.staged_at',
    eb
      .selectFrom('import_chunks as c')
      .select((c) => c.fn.max('c.received_at').as('received_at'))
      .whereRef('c.import_id', '=', 'i.id'),
    'i.created_at',
  );
}

/**
 * Imports never published (uploading or staged) that have not moved since before `idleBefore`
 * (ISO): what the server's expiry discards. Published, retracted and discarded ones never match.
 */
export function idleUnpublished(db: Db, idleBefore: string) {
  return db
    .selectFrom('imports as i')
    .select((eb) => ['i.id', 'i.status', idleSince(eb).as('idle_since')])
    .where('i.status', 'in', ['uploading', 'staged'])
    .where((eb) => eb(idleSince(eb), '<', idleBefore))
    .orderBy('i.id');
}
