import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { MIGRATIONS } from './migrations/index.ts';
import type { DatabaseSchema } from './schema.ts';

export type Db = Kysely<DatabaseSchema>;

export const DATABASE_FILE = 'dunghan.sqlite';

export interface OpenedDatabase {
  /** The query builder: use it for everything that must also run on PostgreSQL one day. */
  db: Db;
  /** The raw SQLite handle, for bulk paths where per-row query building costs too much. */
  sqlite: BetterSqlite3.Database;
  path: string;
  /** Migrations applied by this open (empty when the schema was already current). */
  migrated: string[];
}

/** Opens (creating when needed) the database under `dataDir` and brings its schema up to date. */
export async function openDatabase(dataDir: string): Promise<OpenedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, DATABASE_FILE);
  const sqlite = new BetterSqlite3(path);
  try {
    sqlite.pragma('journal_mode = WAL');
    // FULL: a committed publication survives a power cut, not only a crash; commits are few and large.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    // The shell's `dunghan user …` may write while the server runs.
    sqlite.pragma('busy_timeout = 5000');
    // 64 MiB of page cache (default 2 MiB): bulk imports insert into a key index spread over
    // hundreds of units' code ranges, and those pages must stay in memory between chunks.
    sqlite.pragma('cache_size = -65536');
  } catch (e) {
    sqlite.close();
    throw e;
  }
  const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    const migrated = await migrateToLatest(db);
    return { db, sqlite, path, migrated };
  } catch (e) {
    await db.destroy();
    throw e;
  }
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
