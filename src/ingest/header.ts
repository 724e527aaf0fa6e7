import { detached } from '../domain/strings.ts';
import { foldText } from './fold.ts';
import { type MappingResult, suggestMapping } from './mapping.ts';
import type { Cell, RawRow } from './types.ts';

export interface HeaderInfo {
  /** Row numbers (as in the file) of the one or two rows the header was read from. */
  headerRows: number[];
  /** One header text per column (NFC, whitespace collapsed); a two-row header is merged. */
  headers: string[];
  /** Index into the given rows of the first row after the header and any column-number row. */
  dataStartIndex: number;
}

/** How many leading rows are searched for the header. */
export const HEADER_SCAN_ROWS = 60;

const TIE = 1e-9;

interface Candidate {
  info: HeaderInfo;
  mapping: MappingResult;
  score: number;
}

/**
 * Finds the header among the first rows: title rows ("ỦY BAN NHÂN DÂN TỈNH …", "DANH SÁCH HỒ SƠ …",
 * "Từ ngày … đến ngày …") and blank rows are passed over because they name no field. Every row, and
 * every row merged with the row below it, is scored by how many fields its texts name and how surely
 * (sum of suggestMapping confidences); the best one that names the required fields wins, a single row
 * over a merge on a tie. A row of column numbers ("(1) (2) (3)" or "1 2 3") right below is skipped.
 * Null when no row names code, unit and receivedAt.
 */
export function detectHeader(rows: RawRow[]): HeaderInfo | null {
  const best = bestCandidate(rows, true);
  return best ? best.info : null;
}

/**
 * The most plausible header even when it does not name the required fields, so that the user can map
 * them by hand; null only when the first rows are all blank.
 */
export function guessHeader(rows: RawRow[]): HeaderInfo | null {
  const best = bestCandidate(rows, false);
  if (best && best.score > 0) return best.info;
  const widest = rows
    .slice(0, HEADER_SCAN_ROWS)
    .map((row, index) => ({ index, filled: row.cells.filter((c) => !isBlankCell(c)).length }))
    .reduce((a, b) => (b.filled > a.filled ? b : a), { index: -1, filled: 0 });
  return widest.index === -1 ? null : single(rows, widest.index);
}

function bestCandidate(rows: RawRow[], requireFields: boolean): Candidate | null {
  const scan = Math.min(rows.length, HEADER_SCAN_ROWS);
  let best: Candidate | null = null;
  const consider = (info: HeaderInfo): void => {
    const mapping = suggestMapping(info.headers);
    if (requireFields && mapping.missingRequired.length > 0) return;
    const score = Object.values(mapping.confidence).reduce((sum, c) => sum + (c ?? 0), 0);
    const fewerRows = best !== null && info.headerRows.length < best.info.headerRows.length;
    if (!best || score > best.score + TIE || (fewerRows && score > best.score - TIE)) {
      best = { info, mapping, score };
    }
  };
  for (let i = 0; i < scan; i++) {
    if (isBlankRow(rows[i]!.cells)) continue;
    consider(single(rows, i));
    const below = i + 1 < scan ? rows[i + 1] : undefined;
    if (below && !isBlankRow(below.cells) && !isColumnNumberRow(below.cells)) {
      consider(merged(rows, i));
    }
  }
  return best;
}

function single(rows: RawRow[], index: number): HeaderInfo {
  return {
    headerRows: [rows[index]!.row],
    headers: rows[index]!.cells.map(cellText),
    dataStartIndex: skipColumnNumberRows(rows, index + 1),
  };
}

function merged(rows: RawRow[], index: number): HeaderInfo {
  const top = rows[index]!;
  const bottom = rows[index + 1]!;
  return {
    headerRows: [top.row, bottom.row],
    headers: mergeHeaderRows(top.cells.map(cellText), bottom.cells.map(cellText)),
    dataStartIndex: skipColumnNumberRows(rows, index + 2),
  };
}

function skipColumnNumberRows(rows: RawRow[], index: number): number {
  while (index < rows.length && isColumnNumberRow(rows[index]!.cells)) index++;
  return index;
}

/**
 * Merges a two-row header into one text per column: a group label ("Thời gian") that sits over
 * several sub-labels ("Tiếp nhận | Hẹn trả") is carried rightwards across the empty cells of its span
 * and put before each sub-label; a label with nothing below it (a rowspan) stands alone.
 */
export function mergeHeaderRows(top: string[], bottom: string[]): string[] {
  const width = Math.max(top.length, bottom.length);
  const headers: string[] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const upper = top[c] ?? '';
    const lower = bottom[c] ?? '';
    if (upper !== '') group = lower !== '' ? upper : '';
    else if (lower === '') group = '';
    const label = upper !== '' ? upper : group;
    headers.push(label !== '' && lower !== '' ? `${label} ${lower}` : label || lower);
  }
  return headers;
}

export function isBlankRow(cells: Cell[]): boolean {
  return cells.every(isBlankCell);
}

const TOTALS_LABELS = new Set(['tong cong', 'tong', 'cong', 'tong so', 'tong cong so', 'cong tong']);
const TOTALS_SEARCH_CELLS = 4;
const TOTALS_LABEL_MAX_LENGTH = 60;
const CACHE_LIMIT = 10_000;
/** Unit names such as "Công an xã …" start like "Cộng" and repeat on many rows: fold each once. */
const totalsLabelCache = new Map<string, boolean>();

/**
 * A totals row ("Tổng cộng", "Tổng", "Cộng", any case and diacritics) in one of its first cells. The
 * label must be the whole cell, or begin with "Tổng cộng": "Công an xã …" is a unit, not a total.
 * Called on every data row, so cells that cannot start with T or C are turned away before folding.
 */
export function isTotalsRow(cells: Cell[]): boolean {
  for (let i = 0; i < Math.min(cells.length, TOTALS_SEARCH_CELLS); i++) {
    const cell = cells[i];
    if (typeof cell === 'string' && isTotalsLabel(cell)) return true;
  }
  return false;
}

function isTotalsLabel(cell: string): boolean {
  if (cell.length === 0 || cell.length > TOTALS_LABEL_MAX_LENGTH) return false;
  const first = (cell.charCodeAt(0) <= 0x20 ? cell.trimStart().charCodeAt(0) : cell.charCodeAt(0)) | 0x20;
  if (first !== 0x74 && first !== 0x63) return false; // t, c
  let known = totalsLabelCache.get(cell);
  if (known === undefined) {
    const folded = foldText(cell);
    known = TOTALS_LABELS.has(folded) || folded.startsWith('tong cong ');
    if (totalsLabelCache.size >= CACHE_LIMIT) totalsLabelCache.clear();
    totalsLabelCache.set(detached(cell), known);
  }
  return known;
}

const COLUMN_NUMBER = /^\(?\s*(\d{1,3}|[a-z])\s*\)?$/i;

/** A row that only numbers the columns: "(1) (2) (3)…", "1 2 3…" or "(A) (B)…", at least three. */
export function isColumnNumberRow(cells: Cell[]): boolean {
  let numbered = 0;
  for (const cell of cells) {
    if (isBlankCell(cell)) continue;
    if (typeof cell === 'number' ? !Number.isInteger(cell) || cell < 0 : !COLUMN_NUMBER.test(cell.trim())) {
      return false;
    }
    numbered++;
  }
  return numbered >= 3;
}

function isBlankCell(cell: Cell): boolean {
  return typeof cell === 'string' && cell.trim() === '';
}

function cellText(cell: Cell): string {
  return String(cell).normalize('NFC').replace(/\s+/g, ' ').trim();
}
