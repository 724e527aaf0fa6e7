import type BetterSqlite3 from 'better-sqlite3';
import type { Compilable } from 'kysely';
import type { Db } from './database.ts';

/**
 * Bulk writes (imports) run as synchronous better-sqlite3 transactions: no await inside, so no
 * other request can slip a statement into them. Holding Kysely's connection while they run keeps
 * them out of any Kysely transaction that is waiting between two of its statements. IMMEDIATE
 * takes the write lock up front, so a second process (the CLI) waits instead of deadlocking.
 */
export function exclusiveTransaction<T>(db: Db, sqlite: BetterSqlite3.Database, work: () => T): Promise<T> {
  return db.connection().execute(async () => sqlite.transaction(work).immediate());
}

const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/** A prepared statement, kept per connection and SQL text. */
export function prepared(sqlite: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let cache = statements.get(sqlite);
  if (!cache) {
    cache = new Map();
    statements.set(sqlite, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = sqlite.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

/** A Kysely-built statement run synchronously on the raw handle (inside exclusiveTransaction). */
export function runSync(sqlite: BetterSqlite3.Database, query: Compilable): BetterSqlite3.RunResult {
  const { sql, parameters } = query.compile();
  return prepared(sqlite, sql).run(...(parameters as unknown[]));
}

export function firstSync<O>(sqlite: BetterSqlite3.Database, query: Compilable<O>): O | undefined {
  const { sql, parameters } = query.compile();
  return prepared(sqlite, sql).get(...(parameters as unknown[])) as O | undefined;
}
