import type BetterSqlite3 from 'better-sqlite3';
import type {
  CanonicalRowInput,
  ChunkReceipt,
  CreateImportRequest,
  ImportDetail,
  ImportList,
} from '../../api/imports.ts';
import { dayRangePeriod } from '../../domain/period.ts';
import { isoDate, isoDateTime, startOfDay } from '../../domain/time.ts';
import { canonicalHeaders } from '../../ingest/canonical.ts';
import type { DossierField } from '../../ingest/fields.ts';
import { audit, auditRow } from '../audit/audit.ts';
import type { Db } from '../db/database.ts';
import { exclusiveTransaction, firstSync, runSync } from '../db/sync.ts';
import { ApiError, conflict } from '../http/api-error.ts';
import type { ServingStore } from '../store/serving-store.ts';
import { chunkHash, RowWriter, validateChunk } from './chunks.ts';
import {
  type ChunkStats,
  findImport,
  type ImportListFilter,
  type ImportRow,
  idleUnpublished,
  listImportRows,
  publishedWithHash,
  toImportDetail,
  toImportRecord,
} from './import-records.ts';
import { computePreview } from './preview.ts';
import {
  alreadyPublished,
  type ChangeContext,
  type DiscardContext,
  type DiscardOptions,
  discardSync,
  importForUpdate,
  publishSync,
  retractSync,
  supersededBy,
  wrongState,
} from './publication.ts';
import { StagedTables } from './staged-tables.ts';
import { maxOf, missingChunks, receivedRange, summarize } from './summary.ts';
import { TextIds } from './text-ids.ts';

export type { ChangeContext } from './publication.ts';

const iso = (now: number) => new Date(now).toISOString();

/**
 * The upload-to-publish lifecycle, shared by the HTTP routes and `dunghan import`. With a serving
 * store (the server), publications and retractions are applied to it before the call returns,
 * and staging computes the preview of what publishing would change; without one (the CLI), the
 * running server picks the change up from the database.
 */
export class ImportService {
  private readonly texts: TextIds;
  private readonly writer: RowWriter;
  /** Only with a serving store: the CLI has no use for staged tables in memory. */
  private readonly stagedTables: StagedTables | null;

  private readonly store: ServingStore | null;
  private readonly log: (err: unknown, message: string) => void;

  constructor(
    private readonly db: Db,
    private readonly sqlite: BetterSqlite3.Database,
    options: { store?: ServingStore; log?: (err: unknown, message: string) => void } = {},
  ) {
    this.store = options.store ?? null;
    this.log = options.log ?? (() => undefined);
    this.stagedTables = this.store ? new StagedTables() : null;
    this.texts = new TextIds(sqlite);
    this.writer = new RowWriter(sqlite, this.texts);
  }

  async create(request: CreateImportRequest, ctx: ChangeContext): Promise<ImportDetail> {
    const fileHash = request.fileHash.toLowerCase();
    const twin = await publishedWithHash(this.db, fileHash);
    if (twin) throw alreadyPublished(twin);
    const at = iso(ctx.now);
    const id = await this.db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto('imports')
        .values({
          file_name: request.fileName,
          file_hash: fileHash,
          file_size: request.fileSize ?? null,
          source_system: request.sourceSystem ?? null,
          status: 'uploading',
          row_count: request.rowCount,
          layout: request.layout ? JSON.stringify(request.layout) : null,
          client_report: request.clientReport ? JSON.stringify(request.clientReport) : null,
          created_at: at,
          created_by: ctx.actor.username,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(trx, {
        actor: ctx.actor,
        action: 'import.create',
        target: String(id),
        details: { fileName: request.fileName, fileHash, rowCount: request.rowCount },
        ip: ctx.ip,
        at,
      });
      return id;
    });
    return this.get(id);
  }

  async get(id: number): Promise<ImportDetail> {
    const row = await findImport(this.db, id);
    return toImportDetail(this.db, row, this.currentRowsOf(row.id));
  }

  async list(filter: ImportListFilter): Promise<ImportList> {
    const { rows, total } = await listImportRows(this.db, filter);
    return {
      imports: rows.map((r) => toImportRecord(r, this.currentRowsOf(r.id))),
      total,
      page: filter.page,
      pageSize: filter.pageSize,
    };
  }

  /**
   * Validates chunk n with the core and stores its accepted rows. A chunk that already arrived
   * with the same rows is acknowledged without change (a retry after a dropped connection); one
   * with other rows is refused.
   */
  async putChunk(
    id: number,
    n: number,
    rows: readonly CanonicalRowInput[],
    ctx: ChangeContext,
  ): Promise<ChunkReceipt> {
    const row = await findImport(this.db, id);
    if (row.status !== 'uploading') throw wrongState(row, 'nhận thêm dữ liệu cho');
    const hash = chunkHash(rows);
    const validated = validateChunk(rows, n, { file: row.file_name, headers: headersOf(row) });
    try {
      const { receipt, firstChunk } = await exclusiveTransaction(this.db, this.sqlite, () => {
        const current = importForUpdate(this.db, this.sqlite, id);
        if (current.status !== 'uploading') throw wrongState(current, 'nhận thêm dữ liệu cho');
        const totals = this.sqlite
          .prepare(
            'select count(*) as chunks, coalesce(sum(rows), 0) as rows from import_chunks where import_id = ?',
          )
          .get(id) as { chunks: number; rows: number };
        const existing = firstSync(
          this.sqlite,
          this.db.selectFrom('import_chunks').selectAll().where('import_id', '=', id).where('n', '=', n),
        );
        if (existing) {
          if (existing.body_hash !== hash)
            throw conflict(
              `Phần ${n} của lần nhập #${id} đã nhận với nội dung khác. Hãy gửi lại đúng nội dung cũ, hoặc hủy lần nhập này và tải lên lại.`,
            );
          const stats = JSON.parse(existing.stats) as ChunkStats;
          const receipt: ChunkReceipt = {
            n,
            rows: existing.rows,
            accepted: existing.accepted,
            rejected: existing.rejected,
            warned: existing.warned,
            alreadyReceived: true,
            rowsReceived: totals.rows,
            rowCount: current.row_count,
            problems: stats.problems,
          };
          return { receipt, firstChunk: false };
        }
        if (totals.rows + rows.length > current.row_count)
          throw new ApiError(
            400,
            'bad_request',
            `Lần nhập #${id} khai báo ${current.row_count} dòng nhưng đã nhận ${totals.rows + rows.length}.`,
          );
        this.writer.write(id, validated.accepted);
        runSync(
          this.sqlite,
          this.db.insertInto('import_chunks').values({
            import_id: id,
            n,
            rows: validated.rows,
            accepted: validated.accepted.length,
            rejected: validated.rejected,
            warned: validated.warned,
            body_hash: hash,
            stats: JSON.stringify(validated.stats),
            received_at: iso(ctx.now),
          }),
        );
        const receipt: ChunkReceipt = {
          n,
          rows: validated.rows,
          accepted: validated.accepted.length,
          rejected: validated.rejected,
          warned: validated.warned,
          alreadyReceived: false,
          rowsReceived: totals.rows + validated.rows,
          rowCount: current.row_count,
          problems: validated.stats.problems,
        };
        return { receipt, firstChunk: totals.chunks === 0 };
      });
      this.texts.committed();
      if (!receipt.alreadyReceived) this.stagedTables?.added(id, n, firstChunk, validated.accepted);
      return receipt;
    } catch (e) {
      this.texts.forgetUncommitted();
      throw e;
    }
  }

  /**
   * Ends the upload: every declared row must have arrived, in chunks 0…k−1. Answers the
   * validation summary, the period covered and (with a serving store) the preview of publishing.
   * Finishing a staged import again answers the same.
   */
  async finish(id: number, ctx: ChangeContext): Promise<ImportDetail> {
    const row = await findImport(this.db, id);
    if (row.status === 'staged') return this.get(id);
    if (row.status !== 'uploading') throw wrongState(row, 'hoàn tất');
    const chunks = await this.db
      .selectFrom('import_chunks')
      .selectAll()
      .where('import_id', '=', id)
      .orderBy('n')
      .execute();
    const missing = missingChunks(chunks.map((c) => c.n));
    const received = chunks.reduce((sum, c) => sum + c.rows, 0);
    if (missing.length > 0 || received !== row.row_count)
      throw conflict(
        `Lần nhập #${id} chưa nhận đủ: ${received}/${row.row_count} dòng` +
          (missing.length > 0 ? `, thiếu phần ${missing.slice(0, 20).join(', ')}` : '') +
          '. Hãy gửi nốt các phần còn thiếu rồi hoàn tất lại.',
      );
    const { dossiers } = this.sqlite
      .prepare('select count(*) as dossiers from dossier_rows where import_id = ?')
      .get(id) as { dossiers: number };
    const stats = chunks.map((c) => JSON.parse(c.stats) as ChunkStats);
    const summary = summarize(chunks, stats, dossiers);
    const range = receivedRange(stats);
    const dataUntil = maxOf(stats.map((s) => s.dataUntil));
    const period = range ? dayRangePeriod(startOfDay(range.from), startOfDay(range.to)) : null;
    const snapshot = this.store?.current();
    const staged = this.stagedTables?.finished(this.sqlite, id, chunks.length, dossiers);
    const preview =
      snapshot && staged && period
        ? computePreview(staged, snapshot, period, supersededBy(this.sqlite, id), iso(ctx.now))
        : null;

    await exclusiveTransaction(this.db, this.sqlite, () => {
      const current = importForUpdate(this.db, this.sqlite, id);
      if (current.status !== 'uploading') throw wrongState(current, 'hoàn tất');
      const at = iso(ctx.now);
      runSync(
        this.sqlite,
        this.db
          .updateTable('imports')
          .set({
            status: 'staged',
            staged_at: at,
            summary: JSON.stringify(summary),
            preview: preview ? JSON.stringify(preview) : null,
            dossiers,
            accepted: summary.accepted,
            rejected: summary.rejected,
            period_from: range ? isoDate(range.from) : null,
            period_to: range ? isoDate(range.to) : null,
            data_until: dataUntil === null ? null : isoDateTime(dataUntil),
          })
          .where('id', '=', id),
      );
      runSync(
        this.sqlite,
        this.db.insertInto('audit_log').values(
          auditRow({
            actor: ctx.actor,
            action: 'import.stage',
            target: String(id),
            details: {
              fileName: row.file_name,
              fileHash: row.file_hash,
              rowsReceived: summary.rowsReceived,
              accepted: summary.accepted,
              rejected: summary.rejected,
              dossiers,
            },
            ip: ctx.ip,
            at,
          }),
        ),
      );
    });
    return this.get(id);
  }

  async publish(id: number, ctx: ChangeContext): Promise<ImportDetail> {
    await exclusiveTransaction(this.db, this.sqlite, () => publishSync(this.db, this.sqlite, id, ctx));
    await this.refreshStore();
    this.stagedTables?.forget(id);
    return this.get(id);
  }

  async retract(id: number, reason: string, ctx: ChangeContext): Promise<ImportDetail> {
    await exclusiveTransaction(this.db, this.sqlite, () =>
      retractSync(this.db, this.sqlite, id, reason, ctx),
    );
    await this.refreshStore();
    return this.get(id);
  }

  async discard(id: number, ctx: ChangeContext): Promise<ImportDetail> {
    await this.dropUnpublished(id, ctx);
    return this.get(id);
  }

  /**
   * Discards every import left unpublished (staged, or an upload that stopped) for longer than
   * `maxAgeMs` before `now`, through the same discard as staff use, audited as `import.expire`
   * with no actor. Published, retracted and discarded imports are never touched. Answers the ids
   * discarded.
   */
  async expireUnpublished(maxAgeMs: number, now: number): Promise<number[]> {
    const idleBefore = iso(now - maxAgeMs);
    const candidates = await idleUnpublished(this.db, idleBefore).execute();
    const expiry = { idleBefore, maxAgeHours: maxAgeMs / 3_600_000 };
    const expired: number[] = [];
    for (const { id } of candidates)
      if (await this.dropUnpublished(id, { actor: null, ip: null, now }, { expiry })) expired.push(id);
    return expired;
  }

  /** The one path by which an unpublished import's rows are deleted: staff's discard and the expiry. */
  private async dropUnpublished(id: number, ctx: DiscardContext, options?: DiscardOptions): Promise<boolean> {
    const dropped = await exclusiveTransaction(this.db, this.sqlite, () =>
      discardSync(this.db, this.sqlite, id, ctx, options),
    );
    if (dropped) this.stagedTables?.forget(id);
    return dropped;
  }

  /** The change is committed whatever happens here: a failed update is retried by the next one. */
  private async refreshStore(): Promise<void> {
    try {
      await this.store?.sync(this.stagedTables ? { staged: this.stagedTables.inMemory() } : {});
    } catch (err) {
      this.log(err, 'serving store update failed after a publication change');
    }
  }

  private currentRowsOf(importId: number): number | null {
    if (!this.store) return null;
    const snapshot = this.store.current();
    const index = snapshot.sources.findIndex((s) => s.id === importId);
    return index < 0 ? 0 : snapshot.currentRows[index]!;
  }
}

function headersOf(row: ImportRow): string[] {
  const layout = row.layout ? (JSON.parse(row.layout) as { mapping?: Record<string, string> }) : null;
  return canonicalHeaders((layout?.mapping ?? {}) as Partial<Record<DossierField, string>>);
}
