import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { CanonicalRowInput, ImportProblem } from '../../api/imports.ts';
import { MAX_CHUNK_ROWS } from '../../api/imports.ts';
import type { Dossier } from '../../domain/dossier.ts';
import { type CanonicalRow, normalizeCanonicalRow } from '../../ingest/canonical.ts';
import type { Problem } from '../../ingest/problems.ts';
import type { ChunkStats } from './import-records.ts';
import { encodeRow, INSERT_COLUMNS, latestEventOf } from './row-codec.ts';
import type { TextIds } from './text-ids.ts';

/** Problems kept per chunk; the counts stay exact. */
const MAX_CHUNK_PROBLEMS = 100;

export interface AcceptedRow {
  dossier: Dossier;
  sourceRow: number | null;
  /** Order within the import: of two rows with one code, the later one is kept. */
  seq: number;
}

export interface ValidatedChunk {
  rows: number;
  accepted: AcceptedRow[];
  rejected: number;
  warned: number;
  stats: ChunkStats;
}

// The API's row schema and the core's canonical row must stay one shape.
const sameShape = (row: CanonicalRowInput): CanonicalRow => row;

function toApiProblem(p: Problem): ImportProblem {
  return { ...p, row: p.row === 0 ? null : p.row };
}

/** Every row through the core's row rules, as if it were a row of the original file. */
export function validateChunk(
  rows: readonly CanonicalRowInput[],
  n: number,
  ctx: { file: string; headers: string[] },
): ValidatedChunk {
  const accepted: AcceptedRow[] = [];
  const stats: ChunkStats = {
    problemCounts: {},
    problems: [],
    firstReceived: null,
    lastReceived: null,
    dataUntil: null,
  };
  let rejected = 0;
  let warned = 0;
  const note = (p: Problem) => {
    stats.problemCounts[p.code] = (stats.problemCounts[p.code] ?? 0) + 1;
    if (stats.problems.length < MAX_CHUNK_PROBLEMS) stats.problems.push(toApiProblem(p));
  };
  rows.forEach((row, i) => {
    const outcome = normalizeCanonicalRow(sameShape(row), ctx);
    if (outcome.kind === 'accepted') {
      const d = outcome.dossier;
      accepted.push({ dossier: d, sourceRow: row.sourceRow, seq: n * MAX_CHUNK_ROWS + i });
      if (outcome.warnings.length > 0) warned++;
      for (const p of outcome.warnings) note(p);
      if (stats.firstReceived === null || d.receivedAt < stats.firstReceived)
        stats.firstReceived = d.receivedAt;
      if (stats.lastReceived === null || d.receivedAt > stats.lastReceived) stats.lastReceived = d.receivedAt;
      const latest = latestEventOf(d);
      if (stats.dataUntil === null || latest > stats.dataUntil) stats.dataUntil = latest;
    } else if (outcome.kind === 'rejected') {
      rejected++;
      for (const p of outcome.problems) note(p);
    } else {
      // A canonical row cannot be blank or excluded-status: the schema has no such values.
      rejected++;
    }
  });
  return { rows: rows.length, accepted, rejected, warned, stats };
}

/**
 * Identifies a chunk by its dossier codes and rows, so a resent chunk is recognised and another
 * chunk sent under a number already used is refused. Hashing every field would cost as much as
 * validating them.
 */
export function chunkHash(rows: readonly CanonicalRowInput[]): string {
  const text = rows.map((row) => `${row.code}\u0000${row.sourceRow ?? ''}`).join('\u0001');
  return createHash('sha256').update(text).digest('hex');
}

const UPDATABLE = INSERT_COLUMNS.filter((c) => c !== 'import_id' && c !== 'code');

/** Writes accepted rows; inside a write transaction. */
export class RowWriter {
  private readonly insert: BetterSqlite3.Statement<unknown[]>;

  constructor(
    sqlite: BetterSqlite3.Database,
    private readonly texts: TextIds,
  ) {
    this.insert = sqlite.prepare(
      `insert into dossier_rows (${INSERT_COLUMNS.join(', ')})
       values (${INSERT_COLUMNS.map(() => '?').join(', ')})
       on conflict (import_id, code) do update set ${UPDATABLE.map((c) => `${c} = excluded.${c}`).join(', ')}
       where excluded.seq > dossier_rows.seq`,
    );
  }

  /** In code order: the key index then grows in a few places instead of all over. */
  write(importId: number, rows: readonly AcceptedRow[]): void {
    const sorted = [...rows].sort((a, b) => (a.dossier.code < b.dossier.code ? -1 : 1));
    for (const row of sorted)
      this.insert.run(encodeRow(importId, row.seq, row.sourceRow, row.dossier, this.texts.idOf));
  }
}
