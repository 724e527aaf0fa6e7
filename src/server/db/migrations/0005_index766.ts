import type { Kysely } from 'kysely';
import { autoIdColumn, withoutRowId } from '../portable.ts';

/**
 * QĐ 766 data staff upload besides dossiers: official scorecards and feedback (PAKN) items, each
 * upload one set. Sets are small (hundreds of cards, thousands of feedback items), so their rows are
 * kept as JSON; a retracted set stays for the record and is simply no longer read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('score_sets')
    .addColumn('id', 'integer', autoIdColumn(db))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_hash', 'text', (c) => c.notNull())
    .addColumn('periods', 'text', (c) => c.notNull())
    .addColumn('version_ids', 'text', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('accepted', 'integer', (c) => c.notNull())
    .addColumn('rejected', 'integer', (c) => c.notNull())
    .addColumn('problems', 'text', (c) => c.notNull())
    .addColumn('unmatched', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('retracted_at', 'text')
    .addColumn('retracted_by', 'text')
    .execute();
  await db.schema
    .createIndex('score_sets_kind_status')
    .on('score_sets')
    .columns(['kind', 'status', 'id'])
    .execute();

  await withoutRowId(db)(
    db.schema
      .createTable('score_set_rows')
      .addColumn('set_id', 'integer', (c) => c.notNull().references('score_sets.id'))
      .addColumn('n', 'integer', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('score_set_rows_pk', ['set_id', 'n']),
  ).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('score_set_rows').execute();
  await db.schema.dropTable('score_sets').execute();
}
