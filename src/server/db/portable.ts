import { type ColumnDefinitionBuilder, type Kysely, SqliteAdapter } from 'kysely';

/**
 * An auto-numbered integer primary key in the dialect's own words: SQLite's AUTOINCREMENT (ids are
 * never reused after a delete) or the SQL-standard identity column that PostgreSQL speaks.
 */
export function autoIdColumn(db: Kysely<unknown>): (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return db.getExecutor().adapter instanceof SqliteAdapter
    ? (col) => col.primaryKey().autoIncrement()
    : (col) => col.primaryKey().generatedByDefaultAsIdentity();
}
