import type BetterSqlite3 from 'better-sqlite3';
import type { Dossier } from '../../domain/dossier.ts';
import { parseWallTime } from '../../ingest/values.ts';
import { decodeRow, dossierColumnsOf } from '../imports/row-codec.ts';

export interface PublishedImport {
  id: number;
  fileName: string;
  sourceSystem: string | null;
  publishedAt: string | null;
  /** Wall time of its latest dossier event. */
  dataUntil: number | null;
  /** Distinct dossiers it holds. */
  dossiers: number;
}

/** Published imports in publication order (later ones supersede earlier ones). */
export function publishedImports(sqlite: BetterSqlite3.Database): PublishedImport[] {
  const rows = sqlite
    .prepare(
      `select id, file_name, source_system, published_at, data_until, dossiers from imports
       where status = 'published' order by publish_seq`,
    )
    .all() as {
    id: number;
    file_name: string;
    source_system: string | null;
    published_at: string | null;
    data_until: string | null;
    dossiers: number | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    fileName: r.file_name,
    sourceSystem: r.source_system,
    publishedAt: r.published_at,
    dataUntil: r.data_until === null ? null : parseWallTime(r.data_until),
    dossiers: r.dossiers ?? 0,
  }));
}

/**
 * Every row of an import. Its rows were appended together, so they are read as one range of
 * rowids, in storage order, rather than through the key index in code order (a random walk).
 */
export function* importRowsOf(
  sqlite: BetterSqlite3.Database,
  importId: number,
  texts: readonly (string | undefined)[],
): Generator<Dossier> {
  const { lo, hi } = sqlite
    .prepare('select min(rowid) as lo, max(rowid) as hi from dossier_rows where import_id = ?')
    .get(importId) as { lo: number | null; hi: number | null };
  if (lo === null || hi === null) return;
  const rows = sqlite
    .prepare(
      `select code, ${dossierColumnsOf('dossier_rows')} from dossier_rows not indexed
       where rowid between ? and ? and import_id = ?`,
    )
    .raw(true)
    .iterate(lo, hi, importId) as IterableIterator<unknown[]>;
  for (const row of rows) yield decodeRow(row, texts);
}
