import { type ColumnDefinitionBuilder, type Expression, type Kysely, SqliteAdapter, sql } from 'kysely';

/**
 * An auto-numbered integer primary key in the dialect's own words: SQLite's AUTOINCREMENT (ids are
 * never reused after a delete) or the SQL-standard identity column that PostgreSQL speaks.
 */
export function autoIdColumn(db: Kysely<unknown>): (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return db.getExecutor().adapter instanceof SqliteAdapter
    ? (col) => col.primaryKey().autoIncrement()
    : (col) => col.primaryKey().generatedByDefaultAsIdentity();
}

/**
 * SQLite stores a table with a primary key other than an integer twice (rowid b-tree plus the
 * key's index) unless told WITHOUT ROWID; other dialects cluster by the key or don't need it.
 */
export function withoutRowId(
  db: Kysely<unknown>,
): <T extends { modifyEnd(m: Expression<unknown>): T }>(builder: T) => T {
  return db.getExecutor().adapter instanceof SqliteAdapter
    ? (builder) => builder.modifyEnd(sql`without rowid`)
    : (builder) => builder;
}
