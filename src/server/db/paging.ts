import type { SelectQueryBuilder } from 'kysely';

export interface PageRequest {
  /** 1-based. */
  page: number;
  pageSize: number;
}

/**
 * One page of a filtered table, newest (highest id) first, with the count of every match. The
 * caller's query carries the table and its filters; this adds the count, order and window.
 */
export async function newestFirstPage<DB, TB extends keyof DB, Row>(
  filtered: SelectQueryBuilder<DB, TB, object>,
  select: (q: SelectQueryBuilder<DB, TB, object>) => SelectQueryBuilder<DB, TB, Row>,
  request: PageRequest,
): Promise<{ rows: Row[]; total: number }> {
  const counted = (await filtered
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow()) as { total: number | bigint };
  const rows = await select(filtered)
    .orderBy('id' as never, 'desc')
    .limit(request.pageSize)
    .offset((request.page - 1) * request.pageSize)
    .execute();
  return { rows: rows as Row[], total: Number(counted.total) };
}
