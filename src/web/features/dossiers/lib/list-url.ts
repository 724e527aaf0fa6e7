import { DOSSIER_SORTS } from '../../../../api/dossiers.ts';
import type { RowFilterQuery } from '../../../../api/query.ts';
import { type DossierListKind, LIST_KINDS } from '../../../../domain/lists.ts';
import { paths } from '../../../app/paths.ts';

export type DossierSortParam = (typeof DOSSIER_SORTS)[number];

export const KIND_PARAM = 'kind';
export const SORT_PARAM = 'sort';
export const DUE_WITHIN_PARAM = 'dueWithin';
export const MAX_DUE_WITHIN = 30;

/** `?kind=` read back; anything else is the first list (overdue). */
export function parseKind(text: string | null): DossierListKind {
  return (LIST_KINDS as readonly string[]).includes(text ?? '') ? (text as DossierListKind) : LIST_KINDS[0];
}

/** `?sort=` read back; default: earliest deadline first, as the API sorts. */
export function parseSort(text: string | null): DossierSortParam {
  return (DOSSIER_SORTS as readonly string[]).includes(text ?? '') ? (text as DossierSortParam) : 'dueAt';
}

/** `?dueWithin=` read back: whole working days 0–30, else null (the settings' default). */
export function parseDueWithin(text: string | null): number | null {
  if (text === null || !/^\d{1,2}$/.test(text)) return null;
  const n = Number(text);
  return n <= MAX_DUE_WITHIN ? n : null;
}

/** The address of a list: `/ho-so?kind=overdue&unit=…&period=2025-03`. */
export function dossierListHref(
  kind: DossierListKind,
  options: { period?: string; filters?: RowFilterQuery; dueWithin?: number | null } = {},
): string {
  const params = new URLSearchParams({ [KIND_PARAM]: kind });
  for (const [key, value] of Object.entries(options.filters ?? {})) {
    if (value !== undefined) params.set(key, value);
  }
  if (options.period) params.set('period', options.period);
  if (kind === 'dueSoon' && options.dueWithin !== undefined && options.dueWithin !== null)
    params.set(DUE_WITHIN_PARAM, String(options.dueWithin));
  return `${paths.dossiers}?${params.toString()}`;
}
