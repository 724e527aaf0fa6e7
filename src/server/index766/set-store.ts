import type { Kysely, Selectable } from 'kysely';
import type { ScoreSet, ScoreSetDetail } from '../../api/index766.ts';
import { newestFirstPage, type PageRequest } from '../db/paging.ts';
import type { DatabaseSchema, ScoreSetsTable } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;
export type SetKind = ScoreSetsTable['kind'];
type SetRow = Selectable<ScoreSetsTable>;

const strings = (json: string) => JSON.parse(json) as string[];

export function setOf(row: SetRow): ScoreSet {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    fileName: row.file_name,
    periods: strings(row.periods),
    versionIds: strings(row.version_ids),
    rows: row.rows,
    accepted: row.accepted,
    rejected: row.rejected,
    createdBy: row.created_by,
    createdAt: row.created_at,
    retractedBy: row.retracted_by,
    retractedAt: row.retracted_at,
  };
}

export function setDetailOf(row: SetRow): ScoreSetDetail {
  return { ...setOf(row), problems: JSON.parse(row.problems), unmatched: strings(row.unmatched) };
}

export async function setRow(db: Db, id: number): Promise<SetRow | undefined> {
  return db.selectFrom('score_sets').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listSets(
  db: Db,
  filter: PageRequest & { kind?: SetKind | undefined },
): Promise<{ sets: ScoreSet[]; total: number }> {
  let query = db.selectFrom('score_sets');
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  const { rows, total } = await newestFirstPage(query, (q) => q.selectAll(), filter);
  return { sets: rows.map(setOf), total };
}

/** The payloads of every published set of a kind, oldest set first (later sets override earlier ones). */
export async function publishedPayloads<T>(db: Db, kind: SetKind): Promise<{ setId: number; payload: T }[]> {
  const rows = await db
    .selectFrom('score_set_rows')
    .innerJoin('score_sets', 'score_sets.id', 'score_set_rows.set_id')
    .select(['score_set_rows.set_id as setId', 'score_set_rows.payload as payload'])
    .where('score_sets.kind', '=', kind)
    .where('score_sets.status', '=', 'published')
    .orderBy('score_set_rows.set_id')
    .orderBy('score_set_rows.n')
    .execute();
  return rows.map((r) => ({ setId: r.setId, payload: JSON.parse(r.payload) as T }));
}

/** The latest published set of a kind, for the provenance line. */
export async function latestPublished(db: Db, kind: SetKind): Promise<ScoreSet | null> {
  const row = await db
    .selectFrom('score_sets')
    .selectAll()
    .where('kind', '=', kind)
    .where('status', '=', 'published')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? setOf(row) : null;
}
