import type { Migration } from 'kysely';
import * as accounts from './0001_accounts.ts';
import * as auditLog from './0002_audit_log.ts';
import * as adminData from './0003_admin_data.ts';
import * as imports from './0004_imports.ts';
import * as index766 from './0005_index766.ts';

/**
 * Every schema change, in order. Names sort in the order they run; add a new file with the next
 * number and never edit one that has shipped: databases out there have already run it.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_accounts': accounts,
  '0002_audit_log': auditLog,
  '0003_admin_data': adminData,
  '0004_imports': imports,
  '0005_index766': index766,
};
