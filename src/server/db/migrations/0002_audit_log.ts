import type { Kysely } from 'kysely';
import { autoIdColumn } from '../portable.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  // No foreign key to users: the log must outlive the accounts it mentions.
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', autoIdColumn(db))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('actor', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text')
    .addColumn('details', 'text')
    .addColumn('ip', 'text')
    .execute();
  await db.schema.createIndex('audit_log_action').on('audit_log').columns(['action', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
}
