import type { VersionInfo } from '../../api/versioned.ts';
import type { Db } from '../db/database.ts';

/** One row per version of one kind of admin document; the highest version is current. */

export interface StoredVersion {
  info: VersionInfo;
  body: unknown;
}

export const BUILT_IN_VERSION: VersionInfo = { version: 0, updatedAt: null, updatedBy: null };

const toInfo = (row: { version: number; created_at: string; created_by: string | null }): VersionInfo => ({
  version: row.version,
  updatedAt: row.created_at,
  updatedBy: row.created_by,
});

export async function latestStoredVersion(db: Db, kind: string): Promise<StoredVersion | null> {
  const row = await db
    .selectFrom('admin_data_versions')
    .selectAll()
    .where('kind', '=', kind)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { info: toInfo(row), body: JSON.parse(row.body) } : null;
}

export async function storedVersion(db: Db, kind: string, version: number): Promise<StoredVersion | null> {
  const row = await db
    .selectFrom('admin_data_versions')
    .selectAll()
    .where('kind', '=', kind)
    .where('version', '=', version)
    .executeTakeFirst();
  return row ? { info: toInfo(row), body: JSON.parse(row.body) } : null;
}

/** Newest first, down to the built-in version 0. */
export async function listStoredVersions(db: Db, kind: string): Promise<VersionInfo[]> {
  const rows = await db
    .selectFrom('admin_data_versions')
    .select(['version', 'created_at', 'created_by'])
    .where('kind', '=', kind)
    .orderBy('version', 'desc')
    .execute();
  return [...rows.map(toInfo), BUILT_IN_VERSION];
}

export async function insertVersion(
  db: Db,
  kind: string,
  version: number,
  body: unknown,
  at: string,
  by: string | null,
): Promise<VersionInfo> {
  await db
    .insertInto('admin_data_versions')
    .values({ kind, version, body: JSON.stringify(body), created_at: at, created_by: by })
    .execute();
  return { version, updatedAt: at, updatedBy: by };
}
