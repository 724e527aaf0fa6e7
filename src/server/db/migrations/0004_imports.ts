import type { Kysely } from 'kysely';
import { autoIdColumn, withoutRowId } from '../portable.ts';

/**
 * Imports and the dossier rows they bring. Every row ever staged stays keyed by (import, code);
 * `current_dossiers` says which import's row is the published one for each code, and is only
 * changed by the publish and retract transactions. Older rows stay as history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('imports')
    .addColumn('id', 'integer', autoIdColumn(db))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_hash', 'text', (c) => c.notNull())
    .addColumn('file_size', 'integer')
    .addColumn('source_system', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('layout', 'text')
    .addColumn('client_report', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('staged_at', 'text')
    .addColumn('summary', 'text')
    .addColumn('preview', 'text')
    .addColumn('dossiers', 'integer')
    .addColumn('accepted', 'integer')
    .addColumn('rejected', 'integer')
    .addColumn('period_from', 'text')
    .addColumn('period_to', 'text')
    .addColumn('data_until', 'text')
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text')
    .addColumn('publish_seq', 'integer')
    .addColumn('retracted_at', 'text')
    .addColumn('retracted_by', 'text')
    .addColumn('retract_reason', 'text')
    .addColumn('discarded_at', 'text')
    .addColumn('discarded_by', 'text')
    .execute();
  await db.schema.createIndex('imports_file_hash').on('imports').columns(['file_hash', 'status']).execute();
  await db.schema.createIndex('imports_status').on('imports').columns(['status', 'id']).execute();

  await withoutRowId(db)(
    db.schema
      .createTable('import_chunks')
      .addColumn('import_id', 'integer', (c) => c.notNull().references('imports.id'))
      .addColumn('n', 'integer', (c) => c.notNull())
      .addColumn('rows', 'integer', (c) => c.notNull())
      .addColumn('accepted', 'integer', (c) => c.notNull())
      .addColumn('rejected', 'integer', (c) => c.notNull())
      .addColumn('warned', 'integer', (c) => c.notNull())
      .addColumn('body_hash', 'text', (c) => c.notNull())
      .addColumn('stats', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('import_chunks_pk', ['import_id', 'n']),
  ).execute();

  // Unit, sector and procedure texts repeat on millions of rows: rows hold their ids.
  await db.schema
    .createTable('text_values')
    .addColumn('id', 'integer', autoIdColumn(db))
    .addColumn('value', 'text', (c) => c.notNull().unique())
    .execute();

  // One row per (import, code). Times are whole seconds since 2000-01-01 00:00 Vietnam wall
  // clock (the core table's own encoding: 4 bytes until 2068); channel, status and rating codes:
  // see imports/row-codec.ts. Rows are appended in arrival order (rowid) with a unique index on
  // the key: appending is cheaper than keeping the rows themselves in code order, and an import's
  // rows stay together for the start-up scan. No foreign key to imports: a per-row lookup would
  // slow the bulk inserts, and only the import services write here, inside their transactions.
  await db.schema
    .createTable('dossier_rows')
    .addColumn('import_id', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('source_row', 'integer')
    .addColumn('unit', 'integer', (c) => c.notNull())
    .addColumn('receiving_unit', 'integer')
    .addColumn('sector', 'integer')
    .addColumn('procedure_code', 'integer')
    .addColumn('procedure', 'integer')
    .addColumn('channel', 'integer', (c) => c.notNull())
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('has_apology', 'integer', (c) => c.notNull())
    .addColumn('received_at', 'integer', (c) => c.notNull())
    .addColumn('due_at', 'integer')
    .addColumn('finished_at', 'integer')
    .addColumn('returned_at', 'integer')
    .addColumn('apology_at', 'integer')
    .addColumn('new_due_at', 'integer')
    .execute();
  await db.schema
    .createIndex('dossier_rows_key')
    .on('dossier_rows')
    .columns(['import_id', 'code'])
    .unique()
    .execute();

  await withoutRowId(db)(
    db.schema
      .createTable('current_dossiers')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('import_id', 'integer', (c) => c.notNull()),
  ).execute();

  // The order publications and retractions happened in: the in-memory table replays it.
  await db.schema
    .createTable('publication_events')
    .addColumn('seq', 'integer', autoIdColumn(db))
    .addColumn('import_id', 'integer', (c) => c.notNull().references('imports.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'publication_events',
    'current_dossiers',
    'dossier_rows',
    'text_values',
    'import_chunks',
    'imports',
  ])
    await db.schema.dropTable(table).execute();
}
