/**
 * Canonical rows: how a parsed dossier travels from the browser (or the CLI) to the server. The
 * sender has already validated the file with this core; the receiver validates every row again
 * with the very same rules by turning it back into a raw row and running `normalizeRow` on it, so
 * a row the core would reject (finished before received, missing code…) is rejected whatever the
 * sender claimed.
 */
import type { Channel, Dossier, Rating, StatusBucket } from '../domain/dossier.ts';
import { isoDateTime, type WallTime } from '../domain/time.ts';
import { type ColumnMapping, DOSSIER_FIELDS, type DossierField } from './fields.ts';
import { type NormalizeOutcome, normalizeRow } from './normalize.ts';
import type { Cell } from './types.ts';

/**
 * Times are ISO 8601 strings in Vietnam wall-clock time with their offset, as `isoDateTime`
 * writes them: `2025-03-14T08:30:00+07:00` (another offset is converted to Vietnam time). Numbers
 * are not accepted: a bare number reads as an Excel serial in the core's date parser.
 */
export interface CanonicalRow {
  code: string;
  unit: string;
  receivingUnit: string | null;
  sector: string | null;
  procedureCode: string | null;
  procedure: string | null;
  channel: Channel;
  status: Exclude<StatusBucket, 'excluded'> | null;
  receivedAt: string;
  dueAt: string | null;
  finishedAt: string | null;
  returnedAt: string | null;
  apologyAt: string | null;
  newDueAt: string | null;
  rating: Rating | null;
  hasApology: boolean;
  /** 1-based row in the original file, when the sender knows it (for the validation report). */
  sourceRow: number | null;
}

const iso = (t: WallTime | null) => (t === null ? null : isoDateTime(t));

/** A validated dossier as a canonical row (what the browser and the CLI send). */
export function canonicalRowOf(d: Dossier, sourceRow: number | null = null): CanonicalRow {
  return {
    code: d.code,
    unit: d.unit,
    receivingUnit: d.receivingUnit,
    sector: d.sector,
    procedureCode: d.procedureCode,
    procedure: d.procedure,
    channel: d.channel,
    status: d.status,
    receivedAt: isoDateTime(d.receivedAt),
    dueAt: iso(d.dueAt),
    finishedAt: iso(d.finishedAt),
    returnedAt: iso(d.returnedAt),
    apologyAt: iso(d.apologyAt),
    newDueAt: iso(d.newDueAt),
    rating: d.rating,
    hasApology: d.hasApology,
    sourceRow,
  };
}

/** Each canonical field sits in the column of its index in DOSSIER_FIELDS. */
const CANONICAL_MAPPING: ColumnMapping = Object.fromEntries(DOSSIER_FIELDS.map((field, i) => [field, i]));
const FIELD_COUNT = DOSSIER_FIELDS.length;
const column = (field: DossierField) => DOSSIER_FIELDS.indexOf(field);

/** National sync codes (reference §2) that the status parser maps back onto each bucket. */
const STATUS_CELL: Record<Exclude<StatusBucket, 'excluded'>, number> = {
  pending: 4,
  paused: 5,
  withdrawn: 7,
  finished: 10,
};
/** Sync codes of the channel parser; an empty cell reads as 'unknown'. */
const CHANNEL_CELL: Record<Channel, Cell> = { direct: 1, online: 2, postal: 3, unknown: '' };
const RATING_CELL: Record<Rating, string> = {
  very_satisfied: 'Rất hài lòng',
  satisfied: 'Hài lòng',
  neutral: 'Bình thường',
  dissatisfied: 'Không hài lòng',
  very_dissatisfied: 'Rất không hài lòng',
};

const C_CODE = column('code');
const C_UNIT = column('unit');
const C_RECEIVING_UNIT = column('receivingUnit');
const C_SECTOR = column('sector');
const C_PROCEDURE_CODE = column('procedureCode');
const C_PROCEDURE = column('procedure');
const C_CHANNEL = column('channel');
const C_STATUS = column('status');
const C_RECEIVED = column('receivedAt');
const C_DUE = column('dueAt');
const C_FINISHED = column('finishedAt');
const C_RETURNED = column('returnedAt');
const C_RATING = column('rating');
const C_APOLOGY = column('apologyAt');
const C_HAS_APOLOGY = column('hasApology');
const C_NEW_DUE = column('newDueAt');

/** The raw row a file holding this canonical row would have had. */
function rawCellsOf(row: CanonicalRow): Cell[] {
  const cells: Cell[] = new Array(FIELD_COUNT);
  cells[C_CODE] = row.code;
  cells[C_UNIT] = row.unit;
  cells[C_RECEIVING_UNIT] = row.receivingUnit ?? '';
  cells[C_SECTOR] = row.sector ?? '';
  cells[C_PROCEDURE_CODE] = row.procedureCode ?? '';
  cells[C_PROCEDURE] = row.procedure ?? '';
  cells[C_CHANNEL] = CHANNEL_CELL[row.channel] ?? '';
  cells[C_STATUS] = row.status === null ? '' : (STATUS_CELL[row.status] ?? row.status);
  cells[C_RECEIVED] = row.receivedAt;
  cells[C_DUE] = row.dueAt ?? '';
  cells[C_FINISHED] = row.finishedAt ?? '';
  cells[C_RETURNED] = row.returnedAt ?? '';
  cells[C_RATING] = row.rating === null ? '' : (RATING_CELL[row.rating] ?? '');
  cells[C_APOLOGY] = row.apologyAt ?? '';
  cells[C_HAS_APOLOGY] = row.hasApology ? 1 : 0;
  cells[C_NEW_DUE] = row.newDueAt ?? '';
  return cells;
}

/** Headers in canonical column order, for a NormalizeContext. */
export function canonicalHeaders(headerOf: Partial<Record<DossierField, string>> = {}): string[] {
  return DOSSIER_FIELDS.map((field) => headerOf[field] ?? field);
}

/**
 * Validates a canonical row with the core's row rules. Problems carry the row's `sourceRow` (0
 * when unknown). A date-only deadline the sender already moved to the end of its day stays there.
 */
export function normalizeCanonicalRow(
  row: CanonicalRow,
  ctx: { file: string | null; headers: string[] },
): NormalizeOutcome {
  return normalizeRow(
    { row: row.sourceRow ?? 0, cells: rawCellsOf(row) },
    { file: ctx.file, headers: ctx.headers, mapping: CANONICAL_MAPPING },
  );
}
