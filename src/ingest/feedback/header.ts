import { HEADER_SCAN_ROWS, isBlankRow, isColumnNumberRow, mergeHeaderRows } from '../header.ts';
import type { Cell, RawRow } from '../types.ts';
import { type FeedbackMappingResult, suggestFeedbackMapping } from './mapping.ts';

export interface FeedbackHeader {
  headerRows: number[];
  headers: string[];
  /** Index into the rows of the first data row. */
  dataStartIndex: number;
  mapping: FeedbackMappingResult;
}

/**
 * The header among the first rows, as for dossier exports (src/ingest/header.ts): every row and
 * every row merged with the one below is scored by the sum of its field confidences; the best one
 * naming code, unit and receivedAt wins, a single row over a merge on a tie. Title rows, blank rows
 * and a "(1) (2) (3)" row are passed over. Null when no row names the required fields.
 */
export function detectFeedbackHeader(rows: readonly RawRow[]): FeedbackHeader | null {
  return bestFeedbackHeader(rows, true);
}

/**
 * The row most like a header when none names every required field (staff then pick the missing
 * columns): the best-scoring row or merged pair, else the widest row among the first rows — so the
 * title rows above it are still skipped.
 */
export function guessFeedbackHeader(rows: readonly RawRow[]): FeedbackHeader | null {
  const best = bestFeedbackHeader(rows, false);
  if (best) return best;
  let widest = -1;
  let filled = 0;
  for (let i = 0; i < Math.min(rows.length, HEADER_SCAN_ROWS); i++) {
    const n = rows[i]!.cells.filter((c) => text(c) !== '').length;
    if (n > filled) {
      widest = i;
      filled = n;
    }
  }
  if (widest < 0) return null;
  const headers = rows[widest]!.cells.map(text);
  return {
    headerRows: [rows[widest]!.row],
    headers,
    dataStartIndex: widest + 1,
    mapping: suggestFeedbackMapping(headers),
  };
}

function bestFeedbackHeader(rows: readonly RawRow[], requireFields: boolean): FeedbackHeader | null {
  const scan = Math.min(rows.length, HEADER_SCAN_ROWS);
  let best: { header: FeedbackHeader; score: number } | null = null;
  const consider = (headerRows: number[], headers: string[], next: number) => {
    const mapping = suggestFeedbackMapping(headers);
    if (requireFields && mapping.missingRequired.length > 0) return;
    const score = Object.values(mapping.confidence).reduce((s, c) => s + (c ?? 0), 0);
    if (score <= 0 || (best !== null && score <= best.score + 1e-9)) return;
    let dataStartIndex = next;
    while (dataStartIndex < rows.length && isColumnNumberRow(rows[dataStartIndex]!.cells)) dataStartIndex++;
    best = { header: { headerRows, headers, dataStartIndex, mapping }, score };
  };
  for (let i = 0; i < scan; i++) {
    const row = rows[i]!;
    if (isBlankRow(row.cells)) continue;
    consider([row.row], row.cells.map(text), i + 1);
    const below = i + 1 < scan ? rows[i + 1] : undefined;
    if (below && !isBlankRow(below.cells) && !isColumnNumberRow(below.cells)) {
      consider([row.row, below.row], mergeHeaderRows(row.cells.map(text), below.cells.map(text)), i + 2);
    }
  }
  return (best as { header: FeedbackHeader } | null)?.header ?? null;
}

function text(cell: Cell): string {
  return String(cell).normalize('NFC').replace(/\s+/g, ' ').trim();
}
