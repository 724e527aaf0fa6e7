import { type UseQueryResult, useQueries, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import {
  type DossierListQuery,
  type DossierListResponse,
  type ListedDossierItem,
  MAX_LIST_PAGE,
} from '../../../../api/dossiers.ts';
import { dossierListQueryOptions } from '../../metrics/api/dossiers.ts';

/** A list as the page asks for it; the paging adds offset and limit. */
export type DossierListBase = Omit<DossierListQuery, 'offset' | 'limit'>;

export const PAGE_SIZE = MAX_LIST_PAGE;

/**
 * One page of up to 500 dossiers. Same key shape as dossierListQueryOptions, so a page read for
 * the table is reused by the export. No placeholder: a page must never show another page's rows.
 */
export function dossierPageOptions(base: DossierListBase, page: number) {
  return {
    ...dossierListQueryOptions({ ...base, offset: page * PAGE_SIZE, limit: PAGE_SIZE }),
    placeholderData: undefined,
  };
}

/** Pages holding rows `start`…`end` (both counted). */
export function pagesOf(start: number, end: number): number[] {
  if (end < start) return [];
  const out: number[] = [];
  for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(end / PAGE_SIZE); p++) out.push(p);
  return out;
}

/** `value`, once it has stayed the same for `ms` (a scrollbar dragged across 100,000 rows asks for the last pages only). */
function useSettled<T>(value: T, key: string, ms: number): T {
  const [settled, setSettled] = useState({ key, value });
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the text form
  useEffect(() => {
    if (settled.key === key) return;
    const timer = setTimeout(() => setSettled({ key, value }), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return settled.value;
}

export interface DossierPages {
  /** The first page's query: loading, error, total, dueWithin. */
  first: UseQueryResult<DossierListResponse>;
  total: number | null;
  /** The row at `index`, or undefined while its page loads. */
  rowAt: (index: number) => ListedDossierItem | undefined;
  /** Whether a page beyond the first is loading. */
  loadingMore: boolean;
}

/**
 * A long list read in pages of 500, by position rather than one after another: the pages under the
 * rows in view are fetched (after the view settles), so jumping to row 80,000 costs one request,
 * not 160. Pages left behind stay cached for a while.
 */
export function useDossierPages(
  base: DossierListBase,
  view: { start: number; end: number } | null,
): DossierPages {
  const first = useQuery(dossierPageOptions(base, 0));
  const wanted = view ? pagesOf(view.start, view.end).filter((p) => p > 0) : [];
  const pages = useSettled(wanted, wanted.join(','), 120);
  const others = useQueries({ queries: pages.map((p) => dossierPageOptions(base, p)) });

  const byPage = new Map<number, readonly ListedDossierItem[]>();
  if (first.data) byPage.set(0, first.data.items);
  pages.forEach((p, i) => {
    const data = others[i]?.data;
    if (data) byPage.set(p, data.items);
  });
  const rowAt = (index: number) => byPage.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];

  return {
    first,
    total: first.data?.total ?? null,
    rowAt,
    loadingMore: others.some((o) => o.isFetching),
  };
}
