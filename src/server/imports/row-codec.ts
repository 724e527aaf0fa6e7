import type { Channel, Dossier, Rating, StatusBucket } from '../../domain/dossier.ts';
import { fromTableTime, toTableTime } from '../../domain/table.ts';
import type { WallTime } from '../../domain/time.ts';

/**
 * How a Dossier is stored in `dossier_rows`. These codes are on disk: never reorder them, only
 * append. Times: the core table's encoding (whole seconds since 2000-01-01, Vietnam wall clock),
 * NULL for none. Texts: ids into `text_values`.
 */
const CHANNEL_CODES: readonly Channel[] = ['unknown', 'online', 'direct', 'postal'];
const STATUS_CODES: readonly (Exclude<StatusBucket, 'excluded'> | null)[] = [
  null,
  'pending',
  'paused',
  'finished',
  'withdrawn',
];
const RATING_CODES: readonly (Rating | null)[] = [
  null,
  'very_satisfied',
  'satisfied',
  'neutral',
  'dissatisfied',
  'very_dissatisfied',
];

const codeOf = <T>(codes: readonly T[], value: T) => {
  const code = codes.indexOf(value);
  if (code < 0) throw new Error(`no storage code for ${String(value)}`);
  return code;
};

/** Column order of the insert statement and of `encodeRow`'s array. */
export const INSERT_COLUMNS = [
  'import_id',
  'code',
  'seq',
  'source_row',
  'unit',
  'receiving_unit',
  'sector',
  'procedure_code',
  'procedure',
  'channel',
  'status',
  'rating',
  'has_apology',
  'received_at',
  'due_at',
  'finished_at',
  'returned_at',
  'apology_at',
  'new_due_at',
] as const;

/** Columns read back by `decodeRow`, in its order. */
const DOSSIER_COLUMNS = INSERT_COLUMNS.slice(4);
/** `DOSSIER_COLUMNS` qualified by a table alias, for SELECT lists. */
export const dossierColumnsOf = (alias: string) => DOSSIER_COLUMNS.map((c) => `${alias}.${c}`).join(', ');

const time = (t: WallTime | null) => (t === null ? null : toTableTime(t));
const wall = (s: unknown) => (s === null ? null : fromTableTime(s as number));

export type TextId = (value: string | null) => number | null;

export function encodeRow(
  importId: number,
  seq: number,
  sourceRow: number | null,
  d: Dossier,
  textId: TextId,
): unknown[] {
  return [
    importId,
    d.code,
    seq,
    sourceRow,
    textId(d.unit),
    textId(d.receivingUnit),
    textId(d.sector),
    textId(d.procedureCode),
    textId(d.procedure),
    codeOf(CHANNEL_CODES, d.channel),
    codeOf(STATUS_CODES, d.status),
    codeOf(RATING_CODES, d.rating),
    d.hasApology ? 1 : 0,
    time(d.receivedAt),
    time(d.dueAt),
    time(d.finishedAt),
    time(d.returnedAt),
    time(d.apologyAt),
    time(d.newDueAt),
  ];
}

/**
 * A row read as an array (`raw()`), the code first and then DOSSIER_COLUMNS, back into a Dossier.
 * `texts[id]` is the text of each text id.
 */
export function decodeRow(row: unknown[], texts: readonly (string | undefined)[]): Dossier {
  return {
    code: row[0] as string,
    unit: textOf(row[1], texts) ?? '',
    receivingUnit: textOf(row[2], texts),
    sector: textOf(row[3], texts),
    procedureCode: textOf(row[4], texts),
    procedure: textOf(row[5], texts),
    channel: CHANNEL_CODES[row[6] as number] ?? 'unknown',
    status: STATUS_CODES[row[7] as number] ?? null,
    rating: RATING_CODES[row[8] as number] ?? null,
    hasApology: row[9] === 1,
    receivedAt: wall(row[10])!,
    dueAt: wall(row[11]),
    finishedAt: wall(row[12]),
    returnedAt: wall(row[13]),
    apologyAt: wall(row[14]),
    newDueAt: wall(row[15]),
  };
}

// Not a closure inside decodeRow: it runs for every row of a start-up load.
function textOf(id: unknown, texts: readonly (string | undefined)[]): string | null {
  return id === null ? null : (texts[id as number] ?? null);
}

/** The latest event a dossier records (reception, result, return): what "data as of" means. */
export function latestEventOf(d: Dossier): WallTime {
  let t = d.receivedAt;
  if (d.finishedAt !== null && d.finishedAt > t) t = d.finishedAt;
  if (d.returnedAt !== null && d.returnedAt > t) t = d.returnedAt;
  return t;
}
