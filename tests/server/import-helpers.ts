import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { ChunkReceipt, ImportDetail } from '../../src/api/imports.ts';
import type { Dossier } from '../../src/domain/dossier.ts';
import { type CanonicalRow, canonicalRowOf } from '../../src/ingest/canonical.ts';
import { dossier } from '../support/dossiers.ts';
import { type Client, call } from './helpers.ts';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A canonical row as the browser would send it, from a dossier with test defaults. */
export function row(overrides: Partial<Dossier> = {}, sourceRow: number | null = null): CanonicalRow {
  return canonicalRowOf(dossier(overrides), sourceRow);
}

export interface UploadOptions {
  fileName?: string;
  fileHash?: string;
  sourceSystem?: string;
  chunkSize?: number;
}

export async function createImport(
  app: FastifyInstance,
  as: Client,
  rows: readonly CanonicalRow[],
  options: UploadOptions = {},
): Promise<ImportDetail> {
  const fileName = options.fileName ?? 'export.csv';
  const res = await call(app, 'POST', '/api/imports', {
    as,
    body: {
      fileName,
      fileHash: options.fileHash ?? sha256(`${fileName}:${JSON.stringify(rows)}`),
      rowCount: rows.length,
      ...(options.sourceSystem ? { sourceSystem: options.sourceSystem } : {}),
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as ImportDetail;
}

export async function putChunk(
  app: FastifyInstance,
  as: Client,
  id: number,
  n: number,
  rows: readonly CanonicalRow[],
): Promise<ChunkReceipt> {
  const res = await call(app, 'PUT', `/api/imports/${id}/chunks/${n}`, { as, body: { rows } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ChunkReceipt;
}

export function chunked<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Creates an import, sends every chunk and finishes staging: the staged import. */
export async function stageImport(
  app: FastifyInstance,
  as: Client,
  rows: readonly CanonicalRow[],
  options: UploadOptions = {},
): Promise<ImportDetail> {
  const created = await createImport(app, as, rows, options);
  for (const [n, chunk] of chunked(rows, options.chunkSize ?? 1000).entries())
    await putChunk(app, as, created.id, n, chunk);
  const res = await call(app, 'POST', `/api/imports/${created.id}/finish`, { as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ImportDetail;
}

export async function publish(app: FastifyInstance, as: Client, id: number): Promise<ImportDetail> {
  const res = await call(app, 'POST', `/api/imports/${id}/publish`, { as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ImportDetail;
}

export async function stageAndPublish(
  app: FastifyInstance,
  as: Client,
  rows: readonly CanonicalRow[],
  options: UploadOptions = {},
): Promise<ImportDetail> {
  const staged = await stageImport(app, as, rows, options);
  return publish(app, as, staged.id);
}

export async function retract(
  app: FastifyInstance,
  as: Client,
  id: number,
  reason = 'Tệp sai kỳ',
): Promise<ImportDetail> {
  const res = await call(app, 'POST', `/api/imports/${id}/retract`, { as, body: { reason } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ImportDetail;
}

/** Total metrics of a day range, as the dashboards would ask. */
export async function totals(app: FastifyInstance, as: Client | null, from: string, to: string) {
  const res = await call(app, 'GET', `/api/metrics?from=${from}&to=${to}`, { as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().rows[0].metrics;
}

/** The serving store holds exactly the rows `current_dossiers` marks as published, from the same imports. */
export function expectStoreMatchesDatabase(app: FastifyInstance): void {
  const snapshot = app.store.current();
  const inMemory = new Map<string, number>();
  for (let i = 0; i < snapshot.table.length; i++)
    inMemory.set(snapshot.table.codes.get(i), snapshot.sources[snapshot.importOf[i]!]!.id);
  const inDatabase = new Map(
    (
      app.sqlite.prepare('select code, import_id from current_dossiers').all() as {
        code: string;
        import_id: number;
      }[]
    ).map((r) => [r.code, r.import_id]),
  );
  expect(inMemory).toEqual(inDatabase);
}
