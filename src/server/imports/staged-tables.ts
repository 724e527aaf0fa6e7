import type BetterSqlite3 from 'better-sqlite3';
import { type DossierTable, DossierTableBuilder } from '../../domain/table.ts';
import { importRowsOf } from '../store/read-rows.ts';
import type { AcceptedRow } from './chunks.ts';
import { readTexts } from './text-ids.ts';

const MAX_UPLOADS = 4;
const MAX_STAGED = 2;

/**
 * Staged imports as core tables in memory, so finishing (the preview) and publishing (patching the
 * serving store) need not read a million rows back from the database. A table is built alongside
 * the inserts while chunks arrive in order — then "the later row of a code wins" is the same rule
 * as the database's — and is read back from the database otherwise (out-of-order chunks, a
 * restart, an evicted entry).
 */
export class StagedTables {
  private readonly uploads = new Map<number, { builder: DossierTableBuilder; nextChunk: number }>();
  private readonly tables = new Map<number, DossierTable>();

  /** After chunk n was committed with these rows (not for a resent chunk). */
  added(importId: number, n: number, isFirstChunk: boolean, rows: readonly AcceptedRow[]): void {
    let upload = this.uploads.get(importId);
    if (upload === undefined && n === 0 && isFirstChunk) {
      upload = { builder: new DossierTableBuilder(1 << 14), nextChunk: 0 };
      if (this.uploads.size >= MAX_UPLOADS) this.uploads.delete(this.uploads.keys().next().value!);
    }
    this.uploads.delete(importId);
    if (upload === undefined || upload.nextChunk !== n) return;
    for (const row of rows) upload.builder.add(row.dossier);
    upload.nextChunk++;
    this.uploads.set(importId, upload);
  }

  /** The import's table once every chunk is in (`chunks` of them, `dossiers` distinct codes). */
  finished(sqlite: BetterSqlite3.Database, importId: number, chunks: number, dossiers: number): DossierTable {
    const upload = this.uploads.get(importId);
    this.uploads.delete(importId);
    let table = upload?.nextChunk === chunks ? upload.builder.build() : null;
    if (table?.length !== dossiers) {
      const builder = new DossierTableBuilder(dossiers + 16);
      for (const d of importRowsOf(sqlite, importId, readTexts(sqlite))) builder.add(d);
      table = builder.build();
    }
    if (this.tables.size >= MAX_STAGED) this.tables.delete(this.tables.keys().next().value!);
    this.tables.set(importId, table);
    return table;
  }

  /** Tables of imports staged here, for the serving store. */
  inMemory(): ReadonlyMap<number, DossierTable> {
    return this.tables;
  }

  forget(importId: number): void {
    this.uploads.delete(importId);
    this.tables.delete(importId);
  }
}
