import type { DossierListResponse, ListedDossierItem } from '../../../../api/dossiers.ts';

/** Rows one export may hold: enough for a province's month, small enough for a browser tab. */
export const EXPORT_CAP = 200_000;

export interface ExportProgress {
  done: number;
  total: number;
}

/**
 * Every row of a list, page after page, up to `cap`. Stops when a page comes back short (the list
 * shrank meanwhile) and throws the signal's AbortError as soon as the export is cancelled.
 */
export async function collectList(
  fetchPage: (page: number, signal: AbortSignal) => Promise<Pick<DossierListResponse, 'items' | 'total'>>,
  options: {
    total: number;
    pageSize: number;
    cap?: number;
    signal: AbortSignal;
    onProgress?: (p: ExportProgress) => void;
  },
): Promise<ListedDossierItem[]> {
  const wanted = Math.min(options.total, options.cap ?? EXPORT_CAP);
  const out: ListedDossierItem[] = [];
  for (let page = 0; out.length < wanted; page++) {
    options.signal.throwIfAborted();
    const answer = await fetchPage(page, options.signal);
    options.signal.throwIfAborted();
    for (const item of answer.items) {
      if (out.length === wanted) break;
      out.push(item);
    }
    options.onProgress?.({ done: out.length, total: wanted });
    if (answer.items.length < options.pageSize) break;
  }
  return out;
}
