import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { CreateImportRequestSchema, type ImportDetail, MAX_CHUNK_ROWS } from '../api/imports.ts';
import { dossierAt } from '../domain/table.ts';
import { canonicalRowOf } from '../ingest/canonical.ts';
import { DOSSIER_FIELDS } from '../ingest/fields.ts';
import { ingestFiles, MappingIncompleteError, type ValidationReport } from '../ingest/pipeline.ts';
import { UnsupportedFileError } from '../ingest/read.ts';
import { CLI_ACTOR } from '../server/audit/audit.ts';
import { openDatabase } from '../server/db/database.ts';
import { ApiError } from '../server/http/api-error.ts';
import { type ChangeContext, ImportService } from '../server/imports/import-service.ts';
import { parseArgs, UsageError } from './args.ts';
import { fileInput } from './node-source.ts';

/**
 * `dunghan import FILE… [--source NAME] [--publish]`: each file becomes one import of the database
 * under DATA_DIR, read by the same core as the browser and staged (and published) by the same
 * service as the API, so the server re-validates its rows exactly as for an upload. One line per
 * file on stdout; exit 1 when any file failed. A running server picks publications up by itself.
 */
export async function importCommand(argv: readonly string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, new Set(['source']), new Set(['publish']));
  if (positional.length === 0) throw new UsageError('import needs at least one FILE');
  const source = options.get('source');
  const sourceSystem = typeof source === 'string' ? source : undefined;
  const dataDir = resolve(process.env.DATA_DIR || 'data');

  const { db, sqlite } = await openDatabase(dataDir);
  const service = new ImportService(db, sqlite);
  let failures = 0;
  try {
    for (const path of positional) {
      try {
        const line = await importFile(service, path, sourceSystem, options.has('publish'));
        process.stdout.write(`${line}\n`);
      } catch (e) {
        failures++;
        process.stdout.write(`${path}: LỖI — ${messageOf(e)}\n`);
      }
    }
  } finally {
    await db.destroy();
  }
  return failures === 0 ? 0 : 1;
}

async function importFile(
  service: ImportService,
  path: string,
  sourceSystem: string | undefined,
  publish: boolean,
): Promise<string> {
  const input = await fileInput(path);
  const { table, report } = await ingestFiles([input]);
  const file = report.files[0]!;
  const mapping = Object.fromEntries(
    DOSSIER_FIELDS.flatMap((field) => {
      const index = file.mapping.mapping[field];
      const header = index === undefined ? undefined : file.headers[index];
      return header ? [[field, header]] : [];
    }),
  );
  const request = CreateImportRequestSchema.parse(
    {
      fileName: input.name,
      fileHash: await sha256Of(path),
      fileSize: input.totalBytes,
      ...(sourceSystem ? { sourceSystem } : {}),
      rowCount: table.length,
      layout: { kind: file.kind, headers: file.headers.slice(0, 500).map((h) => h.slice(0, 300)), mapping },
      clientReport: {
        rowsRead: report.rowsRead,
        accepted: report.accepted,
        rejected: report.rejected,
        excluded: report.excluded,
        warned: report.warned,
      },
    },
    { error: z.locales.vi().localeError },
  );

  const ctx = (): ChangeContext => ({ actor: CLI_ACTOR, ip: null, now: Date.now() });
  const created = await service.create(request, ctx());
  for (let from = 0, n = 0; from < table.length; from += MAX_CHUNK_ROWS, n++) {
    const rows = [];
    for (let i = from; i < Math.min(table.length, from + MAX_CHUNK_ROWS); i++)
      rows.push(canonicalRowOf(dossierAt(table, i)));
    await service.putChunk(created.id, n, rows, ctx());
  }
  let result = await service.finish(created.id, ctx());
  if (publish) result = await service.publish(created.id, ctx());
  return summaryLine(input.name, report, result);
}

const count = (n: number) => n.toLocaleString('vi-VN');

/** Rows the core rejected on reading plus any the server's own check rejected; warnings as read. */
function summaryLine(file: string, read: ValidationReport, i: ImportDetail): string {
  const s = i.summary!;
  const period = i.period ? `, tiếp nhận ${i.period.from} … ${i.period.to}` : '';
  const status = i.status === 'published' ? 'đã công bố' : 'đã kiểm tra, chờ công bố';
  return (
    `${file}: ${count(read.rowsRead)} dòng, ${count(s.dossiers)} hồ sơ, ${count(read.rejected + s.rejected)} dòng lỗi, ` +
    `${count(read.excluded)} không tính, ${count(read.warned)} cảnh báo${period} → lần nhập #${i.id} ${status}`
  );
}

function messageOf(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof z.ZodError) return e.issues.map((i) => i.message).join('; ');
  if (e instanceof MappingIncompleteError || e instanceof UnsupportedFileError) return e.message;
  return e instanceof Error ? e.message : String(e);
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
