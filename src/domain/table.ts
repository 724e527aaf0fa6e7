import { resolutionOf } from './classify.ts';
import { CodeStore } from './code-store.ts';
import { Dictionary } from './dictionary.ts';
import { CHANNELS, type Channel, type Dossier, RATINGS, type Rating } from './dossier.ts';
import { fromTableTime, NOT_RATED, STATUS, STATUS_NAMES, toTableTime } from './encoding.ts';

/**
 * The columnar in-memory dossier table. One slot per dossier code (a later row with the same code
 * overwrites its slot). Times are whole seconds since 2000-01-01 of Vietnamese wall clock in Int32
 * (years 1932–2068), NO_TIME for null; strings are dictionary ids; enums are small codes.
 * About 60 bytes per dossier, so a province-year (6 million dossiers) fits in well under 1 GB.
 */
export { fromTableTime, NO_TIME, NOT_RATED, STATUS, toTableTime } from './encoding.ts';

export interface DossierTable {
  readonly length: number;
  readonly codes: CodeStore;
  readonly receivedAt: Int32Array;
  readonly dueAt: Int32Array;
  readonly finishedAt: Int32Array;
  readonly returnedAt: Int32Array;
  readonly apologyAt: Int32Array;
  readonly newDueAt: Int32Array;
  readonly unit: Uint16Array;
  readonly receivingUnit: Uint16Array;
  readonly sector: Uint16Array;
  readonly procedure: Uint16Array;
  readonly channel: Uint8Array;
  readonly status: Uint8Array;
  /** How the dossier was resolved against its deadline (resolutionOf), 0 while unfinished. */
  readonly resolution: Uint8Array;
  readonly rating: Uint8Array;
  readonly hasApology: Uint8Array;
  readonly units: Dictionary;
  readonly receivingUnits: Dictionary;
  readonly sectors: Dictionary;
  /** Procedure key: its code when the export has one, else its name. */
  readonly procedures: Dictionary;
  /** Name and code of each procedure id (index = id). */
  readonly procedureNames: (string | null)[];
  readonly procedureCodes: (string | null)[];
}

const TIME_COLUMNS = ['receivedAt', 'dueAt', 'finishedAt', 'returnedAt', 'apologyAt', 'newDueAt'] as const;
const ID_COLUMNS = ['unit', 'receivingUnit', 'sector', 'procedure'] as const;
const BYTE_COLUMNS = ['channel', 'status', 'resolution', 'rating', 'hasApology'] as const;
const MAX_DICTIONARY_ID = 0xffff;

type Columns = {
  -readonly [K in (typeof TIME_COLUMNS)[number]]: Int32Array;
} & { -readonly [K in (typeof ID_COLUMNS)[number]]: Uint16Array } & {
  -readonly [K in (typeof BYTE_COLUMNS)[number]]: Uint8Array;
};

function allocate(capacity: number): Columns {
  const cols = {} as Columns;
  for (const name of TIME_COLUMNS) cols[name] = new Int32Array(capacity);
  for (const name of ID_COLUMNS) cols[name] = new Uint16Array(capacity);
  for (const name of BYTE_COLUMNS) cols[name] = new Uint8Array(capacity);
  return cols;
}

/** Grows column by column, so only one old column is waiting for the collector at a time. */
function grow(cols: Columns, capacity: number): Columns {
  for (const name of TIME_COLUMNS) cols[name] = resized(cols[name], new Int32Array(capacity));
  for (const name of ID_COLUMNS) cols[name] = resized(cols[name], new Uint16Array(capacity));
  for (const name of BYTE_COLUMNS) cols[name] = resized(cols[name], new Uint8Array(capacity));
  return cols;
}

function resized<T extends Int32Array | Uint16Array | Uint8Array>(old: T, next: T): T {
  next.set(old as never);
  return next;
}

/** Spare capacity worth a copy at build time; below it the columns are kept as views. */
const SHRINK_ABOVE_SPARE = 0.05;

/**
 * Trims the columns to the table's length. With little spare capacity (the ingest reserves the
 * right size) the columns become views and nothing is copied; otherwise each column is copied in
 * turn, dropping the builder's, so the peak is one spare column rather than a second table.
 */
function shrink(cols: Columns, length: number, capacity: number): Columns {
  const next = {} as Columns;
  const copy = capacity - length > length * SHRINK_ABOVE_SPARE;
  const empty = allocate(0);
  for (const name of TIME_COLUMNS) {
    next[name] = copy ? cols[name].slice(0, length) : cols[name].subarray(0, length);
    cols[name] = empty[name];
  }
  for (const name of ID_COLUMNS) {
    next[name] = copy ? cols[name].slice(0, length) : cols[name].subarray(0, length);
    cols[name] = empty[name];
  }
  for (const name of BYTE_COLUMNS) {
    next[name] = copy ? cols[name].slice(0, length) : cols[name].subarray(0, length);
    cols[name] = empty[name];
  }
  return next;
}

const CHANNEL_CODE = new Map<Channel, number>(CHANNELS.map((c, i) => [c, i]));
const RATING_CODE = new Map<Rating, number>(RATINGS.map((r, i) => [r, i + 1]));

/** Appends dossiers into a DossierTable; a repeated code replaces the earlier dossier in place. */
export class DossierTableBuilder {
  private cols: Columns;
  private capacity: number;
  private readonly codes = new CodeStore();
  private readonly units = new Dictionary();
  private readonly receivingUnits = new Dictionary();
  private readonly sectors = new Dictionary();
  private readonly procedures = new Dictionary();
  private readonly procedureNames: (string | null)[] = [null];
  private readonly procedureCodes: (string | null)[] = [null];

  constructor(initialCapacity = 1024) {
    this.capacity = Math.max(16, initialCapacity);
    this.cols = allocate(this.capacity);
  }

  get length(): number {
    return this.codes.size;
  }

  get codeBytes(): number {
    return this.codes.textBytes;
  }

  /**
   * Makes room for `dossiers` in all, with the code bytes they are expected to take, so a large
   * load grows once to the right size instead of by repeated copies with spare capacity.
   */
  reserve(dossiers: number, codeBytes: number): void {
    if (dossiers > this.capacity) {
      this.capacity = dossiers;
      this.cols = grow(this.cols, this.capacity);
    }
    this.codes.reserve(dossiers, codeBytes);
  }

  /** Adds the dossier; returns the slot it replaced when its code was already there, else -1. */
  add(d: Dossier): number {
    const { index, added } = this.codes.put(d.code);
    if (added && index >= this.capacity) {
      // ×1.5, not ×2: less spare capacity and a smaller old+new peak while copying.
      this.capacity = Math.ceil(this.capacity * 1.5);
      this.cols = grow(this.cols, this.capacity);
    }
    const c = this.cols;
    c.receivedAt[index] = toTableTime(d.receivedAt);
    c.dueAt[index] = toTableTime(d.dueAt);
    c.finishedAt[index] = toTableTime(d.finishedAt);
    c.returnedAt[index] = toTableTime(d.returnedAt);
    c.apologyAt[index] = toTableTime(d.apologyAt);
    c.newDueAt[index] = toTableTime(d.newDueAt);
    c.unit[index] = checked(this.units.intern(d.unit), 'unit');
    c.receivingUnit[index] = checked(this.receivingUnits.intern(d.receivingUnit), 'receivingUnit');
    c.sector[index] = checked(this.sectors.intern(d.sector), 'sector');
    c.procedure[index] = checked(this.internProcedure(d), 'procedure');
    c.channel[index] = CHANNEL_CODE.get(d.channel) ?? CHANNEL_CODE.get('unknown')!;
    c.status[index] = d.status === null ? STATUS.unknown : STATUS[d.status];
    c.rating[index] = d.rating === null ? NOT_RATED : RATING_CODE.get(d.rating)!;
    c.hasApology[index] = d.hasApology ? 1 : 0;
    c.resolution[index] = resolutionOf(c.dueAt[index]!, c.finishedAt[index]!);
    return added ? -1 : index;
  }

  build(): DossierTable {
    this.codes.compact();
    const length = this.codes.size;
    return {
      length,
      codes: this.codes,
      ...shrink(this.cols, length, this.capacity),
      units: this.units,
      receivingUnits: this.receivingUnits,
      sectors: this.sectors,
      procedures: this.procedures,
      procedureNames: this.procedureNames,
      procedureCodes: this.procedureCodes,
    };
  }

  private internProcedure(d: Dossier): number {
    const key = d.procedureCode ?? d.procedure;
    const id = this.procedures.intern(key);
    if (id === this.procedureNames.length) {
      this.procedureNames.push(d.procedure);
      this.procedureCodes.push(d.procedureCode);
    }
    return id;
  }
}

function checked(id: number, column: string): number {
  if (id > MAX_DICTIONARY_ID)
    throw new Error(`Too many distinct values in column ${column} (over ${MAX_DICTIONARY_ID})`);
  return id;
}

export function buildTable(dossiers: Iterable<Dossier>): DossierTable {
  const builder = new DossierTableBuilder();
  for (const d of dossiers) builder.add(d);
  return builder.build();
}

/** Reads one slot back as a Dossier (for lists and exports, not for aggregation). */
export function dossierAt(table: DossierTable, i: number): Dossier {
  const rating = table.rating[i]!;
  const status = STATUS_NAMES[table.status[i]!]!;
  return {
    code: table.codes.get(i),
    unit: table.units.valueOf(table.unit[i]!) ?? '',
    receivingUnit: table.receivingUnits.valueOf(table.receivingUnit[i]!),
    sector: table.sectors.valueOf(table.sector[i]!),
    procedureCode: table.procedureCodes[table.procedure[i]!] ?? null,
    procedure: table.procedureNames[table.procedure[i]!] ?? null,
    channel: CHANNELS[table.channel[i]!]!,
    status: status === 'unknown' ? null : status,
    receivedAt: fromTableTime(table.receivedAt[i]!)!,
    dueAt: fromTableTime(table.dueAt[i]!),
    finishedAt: fromTableTime(table.finishedAt[i]!),
    returnedAt: fromTableTime(table.returnedAt[i]!),
    rating: rating === NOT_RATED ? null : RATINGS[rating - 1]!,
    apologyAt: fromTableTime(table.apologyAt[i]!),
    hasApology: table.hasApology[i] === 1,
    newDueAt: fromTableTime(table.newDueAt[i]!),
  };
}

/** Bytes the table holds, for the memory budget (under 100 bytes per dossier). */
export function tableByteLength(table: DossierTable): number {
  let bytes = table.codes.byteLength;
  // The whole buffers, spare capacity included: a column may be a view on a larger one.
  for (const name of TIME_COLUMNS) bytes += table[name].buffer.byteLength;
  for (const name of ID_COLUMNS) bytes += table[name].buffer.byteLength;
  for (const name of BYTE_COLUMNS) bytes += table[name].buffer.byteLength;
  return bytes;
}
