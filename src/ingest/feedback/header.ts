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
  const scan = Math.min(rows.length, HEADER_SCAN_ROWS);
  let best: { header: FeedbackHeader; score: number } | null = null;
  const consider = (headerRows: number[], headers: string[], next: number) => {
    const mapping = suggestFeedbackMapping(headers);
    if (mapping.missingRequired.length > 0) return;
    const score = Object.values(mapping.confidence).reduce((s, c) => s + (c ?? 0), 0);
    if (best !== null && score <= best.score + 1e-9) return;
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
