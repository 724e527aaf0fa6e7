import { foldText } from '../fold.ts';
import { HEADER_SCAN_ROWS, isBlankRow, isColumnNumberRow, mergeHeaderRows } from '../header.ts';
import { MIN_MATCH_SCORE, synonymScore } from '../mapping.ts';
import type { Cell, RawRow } from '../types.ts';

/**
 * The columns of a published scorecard table (Stt | Mã đơn vị | Tên đơn vị | one column per group |
 * Tổng điểm | Xếp loại). Groups are named here by concept, not by a version's code: "Dịch vụ công
 * trực tuyến" is CLGQ (12 points) in the portal's layout and DVCTT (22) in the 2022 one, which the
 * presence of a "Thanh toán trực tuyến" column tells apart (see layoutOf).
 */
export type GroupConcept = 'CKMB' | 'TDGQ' | 'ONLINE' | 'TTTT' | 'MDSH' | 'MDHL';
export type ScorecardColumn = 'stt' | 'unitCode' | 'unitName' | 'total' | 'grade' | 'rank' | GroupConcept;

export const GROUP_CONCEPTS: readonly GroupConcept[] = ['CKMB', 'TDGQ', 'ONLINE', 'TTTT', 'MDSH', 'MDHL'];

/** Header texts (compared folded, so with or without diacritics) and the portal's short codes. */
export const SCORECARD_SYNONYMS: Record<ScorecardColumn, readonly string[]> = {
  stt: ['Stt', 'TT', 'Số thứ tự'],
  unitCode: ['Mã đơn vị', 'Mã ĐV', 'Mã cơ quan', 'Mã', 'departmentCode', 'unit_code'],
  unitName: ['Tên đơn vị', 'Đơn vị', 'Tên cơ quan', 'Cơ quan', 'Địa phương', 'departmentName', 'unit_name'],
  total: ['Tổng điểm', 'Tổng số điểm', 'Điểm tổng', 'Tổng', 'TONG_SCORE', 'totalScore', 'Tổng điểm đạt được'],
  grade: ['Xếp loại', 'Kết quả xếp loại', 'Phân loại', 'Loại', 'grade'],
  rank: ['Xếp hạng', 'Thứ hạng', 'Hạng', 'rank'],
  CKMB: ['Công khai, minh bạch', 'Công khai minh bạch', 'CKMB'],
  TDGQ: ['Tiến độ giải quyết', 'Tiến độ giải quyết hồ sơ', 'TDGQ'],
  ONLINE: [
    'Dịch vụ công trực tuyến',
    'Dịch vụ trực tuyến',
    'Cung cấp dịch vụ công trực tuyến',
    'CLGQ',
    'DVCTT',
    'ONLINE_SERVICE',
  ],
  TTTT: ['Thanh toán trực tuyến', 'TTTT'],
  MDSH: ['Số hóa hồ sơ', 'Mức độ số hóa hồ sơ', 'Số hóa', 'MDSH'],
  MDHL: ['Mức độ hài lòng', 'Hài lòng', 'MDHL'],
};

/** Codes that name a layout as well as a group. */
const PORTAL_ONLY_CODES = new Set(['clgq', 'tttt']);
const DECISION_2022_CODES = new Set(['dvctt', 'online service']);

const COLUMNS = Object.keys(SCORECARD_SYNONYMS) as ScorecardColumn[];
const PREPARED = COLUMNS.map((column) => ({
  column,
  synonyms: SCORECARD_SYNONYMS[column].map(foldText),
}));

export interface ScorecardHeader {
  headerRows: number[];
  headers: string[];
  /** Index into the rows of the first data row. */
  dataStartIndex: number;
  columns: Partial<Record<ScorecardColumn, number>>;
  /** Which layout the group headers name, when they tell: 'portal' (6 groups) or '2022' (5). */
  layout: 'portal' | '2022' | null;
  score: number;
}

/**
 * Assigns columns greedily by match score (exact synonym 1, contained 0.6–0.9, see synonymScore):
 * "Mã đơn vị" goes to unitCode before "Đơn vị" inside it can pull it to unitName.
 */
export function mapScorecardColumns(headers: readonly string[]): {
  columns: Partial<Record<ScorecardColumn, number>>;
  score: number;
} {
  const pairs: { column: ScorecardColumn; index: number; score: number }[] = [];
  headers.forEach((header, index) => {
    const folded = foldText(header);
    if (folded === '' || folded.length > 120) return;
    for (const { column, synonyms } of PREPARED) {
      let best = 0;
      for (const s of synonyms) best = Math.max(best, synonymScore(folded, s));
      if (best >= MIN_MATCH_SCORE) pairs.push({ column, index, score: best });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.index - b.index);
  const columns: Partial<Record<ScorecardColumn, number>> = {};
  const taken = new Set<number>();
  let score = 0;
  for (const p of pairs) {
    if (columns[p.column] !== undefined || taken.has(p.index)) continue;
    columns[p.column] = p.index;
    taken.add(p.index);
    score += p.score;
  }
  return { columns, score };
}

/**
 * The layout the group columns show: a payment column (or the code CLGQ) means the portal's six
 * groups; an online-services column without one (or the code DVCTT) the 2022 decision's five.
 * Null when no group column says.
 */
export function layoutOf(headers: readonly string[], columns: Partial<Record<ScorecardColumn, number>>) {
  if (columns.TTTT !== undefined) return 'portal' as const;
  if (columns.ONLINE === undefined) return null;
  const code = foldText(headers[columns.ONLINE] ?? '');
  if (PORTAL_ONLY_CODES.has(code)) return 'portal' as const;
  if (DECISION_2022_CODES.has(code)) return '2022' as const;
  return '2022' as const;
}

/**
 * Finds the header among the first rows, passing over title rows ("ỦY BAN NHÂN DÂN TỈNH …",
 * "Tháng 3/2026"): every row, and every row merged with the one below (a group label over the
 * group columns), is scored by its matches; it must name the unit and either the total or a group.
 */
export function detectScorecardHeader(rows: readonly RawRow[]): ScorecardHeader | null {
  const scan = Math.min(rows.length, HEADER_SCAN_ROWS);
  let best: ScorecardHeader | null = null;
  const consider = (headerRows: number[], headers: string[], dataStartIndex: number) => {
    const { columns, score } = mapScorecardColumns(headers);
    const hasGroup = GROUP_CONCEPTS.some((g) => columns[g] !== undefined);
    if (columns.unitName === undefined || (columns.total === undefined && !hasGroup)) return;
    if (best && score <= best.score + 1e-9) return;
    best = { headerRows, headers, dataStartIndex, columns, layout: layoutOf(headers, columns), score };
  };
  for (let i = 0; i < scan; i++) {
    const row = rows[i]!;
    if (isBlankRow(row.cells)) continue;
    const top = row.cells.map(headerText);
    consider([row.row], top, skipNumbers(rows, i + 1));
    const below = rows[i + 1];
    if (below && !isBlankRow(below.cells) && !isColumnNumberRow(below.cells)) {
      const merged = mergeHeaderRows(top, below.cells.map(headerText));
      consider([row.row, below.row], merged, skipNumbers(rows, i + 2));
    }
  }
  return best;
}

function skipNumbers(rows: readonly RawRow[], index: number): number {
  while (index < rows.length && isColumnNumberRow(rows[index]!.cells)) index++;
  return index;
}

function headerText(cell: Cell): string {
  return String(cell).normalize('NFC').replace(/\s+/g, ' ').trim();
}
