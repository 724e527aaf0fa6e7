import {
  INDEX_766_DECISION_2022,
  INDEX_766_PORTAL_2025,
  type IndexVersion,
  indexVersionById,
  indexVersionFor,
} from '../../domain/index766.ts';
import type { Scorecard } from '../../domain/scorecard.ts';
import { buildScorecard, validateScorecard } from '../../domain/scorecard-validate.ts';
import { foldText } from '../fold.ts';
import { isBlankRow, isColumnNumberRow, isTotalsRow } from '../header.ts';
import type { Cell, RawRow } from '../types.ts';
import { cellText, isEmptyCell, parseVnNumber, rawText } from '../values.ts';
import { detectScorecardHeader, GROUP_CONCEPTS, type GroupConcept, type ScorecardHeader } from './columns.ts';
import { parseGradeText } from './grade-text.ts';
import { placeProblem, readProblem, type ScorecardRowProblem } from './problems.ts';
import { asOfFromText, periodFromFileName, periodFromText } from './title.ts';

export interface ScorecardReadContext {
  /** File name for problems (and for a period in the name). */
  file: string | null;
  /** Overrides the period found in the title rows or the file name. */
  period?: string | null;
  /** Overrides the version that the layout or the period implies. */
  versionId?: string | null;
  /** Overrides the capture date found in the title rows or the file name. */
  asOf?: string | null;
}

export interface ScorecardFileResult {
  scorecards: Scorecard[];
  problems: ScorecardRowProblem[];
  period: string | null;
  versionId: string | null;
  asOf: string | null;
  /** Data rows looked at (blank, totals and column-number rows not counted). */
  rowsRead: number;
  accepted: number;
  rejected: number;
}

/** The group code a concept has in a version. */
function codeIn(version: IndexVersion, concept: GroupConcept): string | null {
  if (concept === 'ONLINE') return version.id === INDEX_766_DECISION_2022.id ? 'DVCTT' : 'CLGQ';
  return version.groups.some((g) => g.code === concept) ? concept : null;
}

/**
 * Scorecards of a published table (CSV, .xlsx or HTML-table .xls, already read into rows): title rows
 * give the period and capture date, the header the columns, each data row one unit. Rows with an
 * error (a group above its maximum, a total that is not the sum of its groups, …) are reported and
 * left out; a unit seen twice keeps its later row.
 */
export function scorecardsFromRows(rows: readonly RawRow[], ctx: ScorecardReadContext): ScorecardFileResult {
  const file = ctx.file;
  const problems: ScorecardRowProblem[] = [];
  const result = (over: Partial<ScorecardFileResult>): ScorecardFileResult => ({
    scorecards: [],
    problems,
    period: null,
    versionId: null,
    asOf: null,
    rowsRead: 0,
    accepted: 0,
    rejected: 0,
    ...over,
  });
  const header = detectScorecardHeader(rows);
  if (!header) {
    problems.push(
      readProblem(
        'no_header',
        { file, row: null },
        'Không tìm thấy dòng tiêu đề bảng điểm (cần cột "Tên đơn vị" và "Tổng điểm" hoặc cột nhóm chỉ số)',
      ),
    );
    return result({});
  }
  const titles = rows.filter((r) => r.row < header.headerRows[0]!).flatMap((r) => r.cells.map(rawText));
  const fromName = periodFromFileName(file ?? '');
  const period = ctx.period ?? firstOf(titles, periodFromText) ?? fromName.period;
  const asOf = ctx.asOf ?? firstOf(titles, asOfFromText) ?? fromName.asOf;
  if (period === null) {
    problems.push(
      readProblem(
        'no_period',
        { file, row: null },
        'Không xác định được kỳ đánh giá (dòng tiêu đề "Tháng 3/2026", "Năm 2026"…): hãy chọn kỳ',
      ),
    );
    return result({ asOf });
  }
  const version = resolveVersion(header, period, ctx.versionId ?? null, file, problems);
  if (!version) return result({ period, asOf });

  const groupColumns = GROUP_CONCEPTS.flatMap((concept) => {
    const index = header.columns[concept];
    const code = codeIn(version, concept);
    return index === undefined || code === null ? [] : [{ code, index }];
  });
  const headerOf = (field: string | null): string | null => {
    if (field === null) return null;
    const index =
      field === 'total'
        ? header.columns.total
        : field === 'grade'
          ? header.columns.grade
          : groupColumns.find((g) => g.code === field)?.index;
    return index === undefined ? null : (header.headers[index] ?? null);
  };

  const kept = new Map<string, { card: Scorecard; row: number }>();
  let rowsRead = 0;
  let rejected = 0;
  for (let i = header.dataStartIndex; i < rows.length; i++) {
    const raw = rows[i]!;
    if (isBlankRow(raw.cells) || isTotalsRow(raw.cells) || isColumnNumberRow(raw.cells)) continue;
    rowsRead++;
    const cell = (index: number | undefined): Cell => (index === undefined ? '' : (raw.cells[index] ?? ''));
    const rowProblems: ScorecardRowProblem[] = [];
    const number = (index: number | undefined): number | null => {
      const c = cell(index);
      if (isEmptyCell(c)) return null;
      const n = parseVnNumber(c);
      if (n === null) {
        const column = header.headers[index!] ?? null;
        rowProblems.push(
          readProblem(
            'unparsable_number',
            { file, row: raw.row, column, value: rawText(c) },
            `Không đọc được số: '${rawText(c)}'`,
          ),
        );
      }
      return n;
    };
    const groups: Record<string, number | null> = {};
    for (const g of groupColumns) groups[g.code] = number(g.index);
    const total = number(header.columns.total);
    const rankValue = number(header.columns.rank);
    const gradeCell = cell(header.columns.grade);
    let publishedGrade = null;
    if (!isEmptyCell(gradeCell)) {
      publishedGrade = parseGradeText(rawText(gradeCell));
      if (publishedGrade === null) {
        rowProblems.push(
          readProblem(
            'unknown_grade',
            { file, row: raw.row, column: headerOf('grade'), value: rawText(gradeCell) },
            `Xếp loại không xác định: '${rawText(gradeCell)}'`,
          ),
        );
      }
    }
    const allGroups = version.groups.every((g) => typeof groups[g.code] === 'number');
    if (total === null && !allGroups && !hasErrorIn(rowProblems)) {
      rowProblems.push(
        readProblem(
          'missing_total',
          { file, row: raw.row, column: headerOf('total') },
          'Thiếu tổng điểm (và không đủ điểm các nhóm để cộng)',
        ),
      );
    }
    const unitCodeCell = cell(header.columns.unitCode);
    const card = buildScorecard({
      source: 'official',
      version,
      period,
      unitCode: isEmptyCell(unitCodeCell) ? null : cellText(unitCodeCell),
      unitName: cellText(cell(header.columns.unitName)),
      groups,
      total,
      rank: rankValue === null ? null : Math.round(rankValue),
      asOf,
    });
    if (!hasErrorIn(rowProblems)) {
      for (const p of validateScorecard(card, { publishedGrade })) {
        rowProblems.push(placeProblem(p, file, raw.row, headerOf));
      }
    }
    problems.push(...rowProblems);
    if (hasErrorIn(rowProblems)) {
      rejected++;
      continue;
    }
    const key = card.unitCode ?? `name:${foldText(card.unitName)}`;
    const earlier = kept.get(key);
    if (earlier) {
      problems.push(
        readProblem(
          'duplicate_unit',
          {
            file,
            row: raw.row,
            column:
              header.headers[(card.unitCode ? header.columns.unitCode : header.columns.unitName)!] ?? null,
            value: card.unitCode ?? card.unitName,
          },
          `Đơn vị xuất hiện lần nữa: dòng này thay thế dòng ${earlier.row}`,
        ),
      );
      kept.delete(key);
    }
    kept.set(key, { card, row: raw.row });
  }
  const scorecards = [...kept.values()].map((k) => k.card);
  return result({
    scorecards,
    period,
    versionId: version.id,
    asOf,
    rowsRead,
    accepted: scorecards.length,
    rejected,
  });
}

/**
 * An explicit version wins; else the layout the columns show (a table with a payment column is the
 * portal's layout whatever the month), else the period's. A layout that disagrees with the period's
 * version is reported, since a republished old table or a wrong period would both look like this.
 */
function resolveVersion(
  header: ScorecardHeader,
  period: string,
  explicitId: string | null,
  file: string | null,
  problems: ScorecardRowProblem[],
): IndexVersion | null {
  if (explicitId !== null) {
    const v = indexVersionById(explicitId);
    if (!v)
      problems.push(
        readProblem('no_period', { file, row: null }, `Bộ chỉ số không xác định: '${explicitId}'`),
      );
    return v;
  }
  const byPeriod = indexVersionFor(period);
  const byLayout =
    header.layout === 'portal'
      ? INDEX_766_PORTAL_2025
      : header.layout === '2022'
        ? INDEX_766_DECISION_2022
        : null;
  if (byLayout && byPeriod && byLayout.id !== byPeriod.id) {
    problems.push(
      readProblem(
        'version_mismatch',
        { file, row: null, value: period },
        `Bảng có bố cục "${byLayout.labelVi}" nhưng kỳ ${period} thuộc "${byPeriod.labelVi}": chấm theo bố cục của bảng`,
      ),
    );
  }
  const version = byLayout ?? byPeriod;
  if (!version) {
    problems.push(
      readProblem(
        'no_period',
        { file, row: null, value: period },
        `Kỳ '${period}' không thuộc bộ chỉ số QĐ 766 nào`,
      ),
    );
  }
  return version;
}

function hasErrorIn(problems: readonly ScorecardRowProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

function firstOf(texts: readonly string[], parse: (text: string) => string | null): string | null {
  for (const t of texts) {
    const found = parse(t);
    if (found !== null) return found;
  }
  return null;
}
