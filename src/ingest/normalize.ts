/**
 * One raw row → one canonical Dossier, applying the validation rules of reference §2–§3.
 * Runs once per row of multi-million-row files: no closures or regular expressions per row, and on
 * the happy path no allocation but the Dossier and its outcome.
 */
import type { Dossier } from '../domain/dossier.ts';
import { endOfDay, MS_PER_DAY, type WallTime } from '../domain/time.ts';
import { type ColumnMapping, DOSSIER_FIELDS, type DossierField } from './fields.ts';
import type { Problem, ProblemCode } from './problems.ts';
import { createProblem } from './problems-messages.ts';
import type { Cell, RawRow } from './types.ts';
import {
  cellText,
  isEmptyCell,
  parseChannel,
  parseRating,
  parseStatus,
  parseWallTime,
  parseYesNo,
  rawText,
  uniqueCellText,
} from './values.ts';

export { problemMessage } from './problems-messages.ts';

export interface NormalizeContext {
  file: string | null;
  /** Header text per column, as in the file, for naming the column in problems. */
  headers: string[];
  mapping: ColumnMapping;
}

export type NormalizeOutcome =
  | { kind: 'accepted'; dossier: Dossier; warnings: readonly Problem[] }
  | { kind: 'excluded' }
  | { kind: 'blank' }
  /** At least one error; warnings found on the same row come along. */
  | { kind: 'rejected'; problems: Problem[] };

const EXCLUDED: NormalizeOutcome = Object.freeze({ kind: 'excluded' });
const BLANK: NormalizeOutcome = Object.freeze({ kind: 'blank' });
const NO_WARNINGS: readonly Problem[] = Object.freeze([]);

/** Labels of the required fields, used in "Thiếu giá trị bắt buộc: …" whatever the header says. */
const REQUIRED_FIELD_LABELS = {
  code: 'Mã hồ sơ',
  unit: 'Đơn vị xử lý',
  receivedAt: 'Ngày tiếp nhận',
} as const;

/**
 * Rules where the reference is silent:
 * - A mapped but empty status cell counts by its dates without a warning: it names no value to
 *   report, and a warning on every such row would bury the real unknown statuses.
 * - A dueAt at exactly 00:00 counts as date-only (end of that day): systems print date-only
 *   deadlines with a 00:00 time, and no office promises a result at midnight; reading it as the
 *   start of the day would make every dossier finished on its due day late.
 * - A finished status whose returnedAt is unparsable reports the unparsable date only.
 */
export function normalizeRow(raw: RawRow, ctx: NormalizeContext): NormalizeOutcome {
  const cells = raw.cells;
  const mapping = ctx.mapping;

  const statusCell = cellAt(cells, mapping.status);
  const status = parseStatus(statusCell);
  if (status === 'excluded') return EXCLUDED;

  const code = uniqueCellText(cellAt(cells, mapping.code));
  const unit = cellText(cellAt(cells, mapping.unit));
  const receivedCell = cellAt(cells, mapping.receivedAt);
  const receivedAt = parseWallTime(receivedCell);
  if ((code === '' || unit === '' || receivedAt === null) && isBlankRow(cells, mapping)) return BLANK;

  let problems: Problem[] | null = null;
  if (code === '') problems = pushProblem(problems, missingRequired(raw, ctx, 'code'));
  if (unit === '') problems = pushProblem(problems, missingRequired(raw, ctx, 'unit'));
  if (receivedAt === null) problems = pushProblem(problems, missingRequired(raw, ctx, 'receivedAt'));

  const dueCell = cellAt(cells, mapping.dueAt);
  const finishedCell = cellAt(cells, mapping.finishedAt);
  const returnedCell = cellAt(cells, mapping.returnedAt);
  const apologyCell = cellAt(cells, mapping.apologyAt);
  const newDueCell = cellAt(cells, mapping.newDueAt);
  const dueAt = parseWallTime(dueCell);
  let finishedAt = parseWallTime(finishedCell);
  const returnedAt = parseWallTime(returnedCell);
  const apologyAt = parseWallTime(apologyCell);
  const newDueAt = parseWallTime(newDueCell);

  if (isUnparsable(receivedAt))
    problems = pushProblem(problems, unparsableDate(raw, ctx, 'receivedAt', receivedCell));
  if (isUnparsable(dueAt)) problems = pushProblem(problems, unparsableDate(raw, ctx, 'dueAt', dueCell));
  if (isUnparsable(finishedAt))
    problems = pushProblem(problems, unparsableDate(raw, ctx, 'finishedAt', finishedCell));
  if (isUnparsable(returnedAt))
    problems = pushProblem(problems, unparsableDate(raw, ctx, 'returnedAt', returnedCell));
  if (isUnparsable(apologyAt))
    problems = pushProblem(problems, unparsableDate(raw, ctx, 'apologyAt', apologyCell));
  if (isUnparsable(newDueAt))
    problems = pushProblem(problems, unparsableDate(raw, ctx, 'newDueAt', newDueCell));
  // Everything found so far is an error; warnings come after this line.
  let hasError = problems !== null;

  if (status === 'unknown') {
    problems = pushProblem(problems, problemAt(raw, ctx, 'status', 'unknown_status', statusCell));
  }

  let finishedField: DossierField = 'finishedAt';
  if ((status === 'finished' || status === 'withdrawn') && finishedAt === null) {
    if (returnedAt === null) {
      problems = pushProblem(problems, problemAt(raw, ctx, 'status', 'finished_without_date', statusCell));
      hasError = true;
    } else {
      finishedAt = returnedAt;
      finishedField = 'returnedAt';
    }
  }

  if (receivedAt !== null && finishedAt !== null && finishedAt < receivedAt) {
    const finishedSource = finishedField === 'finishedAt' ? finishedCell : returnedCell;
    problems = pushProblem(
      problems,
      problemAt(raw, ctx, finishedField, 'finished_before_received', finishedSource),
    );
    hasError = true;
  }

  if (hasError || receivedAt === null) return { kind: 'rejected', problems: problems ?? [] };

  const dossier: Dossier = {
    code,
    unit,
    receivingUnit: textOrNull(cellAt(cells, mapping.receivingUnit)),
    sector: textOrNull(cellAt(cells, mapping.sector)),
    procedureCode: procedureCodeOrNull(cellAt(cells, mapping.procedureCode)),
    procedure: textOrNull(cellAt(cells, mapping.procedure)),
    channel: parseChannel(cellAt(cells, mapping.channel)),
    status: status === 'unknown' ? null : status,
    receivedAt,
    dueAt: dueAt === null ? null : deadlineOf(dueAt),
    finishedAt,
    returnedAt,
    rating: parseRating(cellAt(cells, mapping.rating)),
    apologyAt,
    hasApology: apologyAt !== null || parseYesNo(cellAt(cells, mapping.hasApology)) === true,
    newDueAt,
  };
  return { kind: 'accepted', dossier, warnings: problems ?? NO_WARNINGS };
}

function cellAt(cells: Cell[], index: number | undefined): Cell {
  return index === undefined ? '' : (cells[index] ?? '');
}

function isUnparsable(t: WallTime | null): boolean {
  return t !== null && Number.isNaN(t);
}

/** A date-only (or 00:00) deadline lasts until the end of its day. */
function deadlineOf(dueAt: WallTime): WallTime {
  return dueAt % MS_PER_DAY === 0 ? endOfDay(dueAt) : dueAt;
}

function textOrNull(cell: Cell): string | null {
  const text = cellText(cell);
  return text === '' ? null : text;
}

/**
 * Procedure codes look like `1.001234`; read from .xlsx as a number, `2.000150` arrives as 2.00015
 * and needs its trailing zeros back.
 */
function procedureCodeOrNull(cell: Cell): string | null {
  if (typeof cell !== 'number' || Number.isInteger(cell)) return textOrNull(cell);
  const text = cellText(cell);
  const decimals = text.length - text.indexOf('.') - 1;
  return decimals < PROCEDURE_CODE_DECIMALS && !text.includes('e')
    ? cell.toFixed(PROCEDURE_CODE_DECIMALS)
    : text;
}

const PROCEDURE_CODE_DECIMALS = 6;

function isBlankRow(cells: Cell[], mapping: ColumnMapping): boolean {
  for (let i = 0; i < DOSSIER_FIELDS.length; i++) {
    const index = mapping[DOSSIER_FIELDS[i]!];
    if (index !== undefined && !isEmptyCell(cells[index] ?? '')) return false;
  }
  return true;
}

function pushProblem(problems: Problem[] | null, problem: Problem): Problem[] {
  if (problems === null) return [problem];
  problems.push(problem);
  return problems;
}

function headerOf(ctx: NormalizeContext, field: DossierField): string | null {
  const index = ctx.mapping[field];
  return index === undefined ? null : (ctx.headers[index] ?? null);
}

function missingRequired(
  raw: RawRow,
  ctx: NormalizeContext,
  field: keyof typeof REQUIRED_FIELD_LABELS,
): Problem {
  return createProblem(
    'missing_required',
    { file: ctx.file, row: raw.row, column: headerOf(ctx, field), value: null },
    REQUIRED_FIELD_LABELS[field],
  );
}

function unparsableDate(raw: RawRow, ctx: NormalizeContext, field: DossierField, cell: Cell): Problem {
  return problemAt(raw, ctx, field, 'unparsable_date', cell);
}

function problemAt(
  raw: RawRow,
  ctx: NormalizeContext,
  field: DossierField,
  code: ProblemCode,
  cell: Cell,
): Problem {
  const value = rawText(cell);
  return createProblem(
    code,
    { file: ctx.file, row: raw.row, column: headerOf(ctx, field), value: value === '' ? null : value },
    value,
  );
}
