import { setImmediate as nextTurn } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import type { Dossier } from '../../domain/dossier.ts';
import { type DossierTable, DossierTableBuilder, dossierAt, NO_TIME } from '../../domain/table.ts';
import type { WallTime } from '../../domain/time.ts';
import { readTexts } from '../imports/text-ids.ts';
import { importRowsOf, type PublishedImport, publishedImports } from './read-rows.ts';

/** Table times (seconds since 2000) of the dossiers an import has in the table. */
export interface SourceSpan {
  /** Earliest reception. */
  from: number;
  /** Latest result; OPEN when one of them is still unfinished. */
  to: number;
}
export const OPEN = 0x7fffffff;

/** What the dashboards read: the current published dossiers, frozen until the next change. */
export interface Snapshot {
  /** The last publication event (publish or retract) this snapshot includes; 0 before any. */
  version: number;
  table: DossierTable;
  /** Per table slot: index into `sources` of the import the row comes from. */
  importOf: Uint16Array;
  /** Published imports, in publication order. */
  sources: readonly PublishedImport[];
  /** Per source: its rows in the table (the others were superseded by later imports). */
  currentRows: Int32Array;
  /** Per source: the span its rows in the table cover; null without rows. */
  spans: readonly (SourceSpan | null)[];
  /** The latest dossier event in the published data. */
  asOf: WallTime | null;
}

export interface StoreOptions {
  /** Rows between two yields to the event loop while rebuilding in the background. */
  yieldEvery?: number;
  /** Least time between two looks at the database for changes made by another process. */
  checkEveryMs?: number;
  now?: () => number;
}

export interface SyncOptions {
  /** Yield to the event loop now and then (default), or load in one go (at start). */
  background?: boolean;
  /** Imports whose rows are already in memory (just staged here): read from these, not the database. */
  staged?: ReadonlyMap<number, DossierTable>;
}

const MAX_SOURCES = 0xffff;

function* tableRows(table: DossierTable): Generator<Dossier> {
  for (let i = 0; i < table.length; i++) yield dossierAt(table, i);
}

/**
 * The published dossiers in the core's columnar table, served from memory. The table is the
 * publications replayed in order: each import's rows replace earlier rows with the same code,
 * exactly as `current_dossiers` keeps it in the database. A publication is patched in; a
 * retraction rebuilds. Updates read through the store's own read-only connection inside one read
 * transaction, so they see a committed state and never block the writer.
 */
export class ServingStore {
  private texts: (string | undefined)[] = [];
  private snapshot: Snapshot;
  private queue: Promise<void> = Promise.resolve();
  private lastCheck = Number.NEGATIVE_INFINITY;
  private loaded = false;
  private readonly yieldEvery: number;
  private readonly checkEveryMs: number;
  private readonly now: () => number;

  private constructor(
    private readonly reader: BetterSqlite3.Database,
    options: StoreOptions,
  ) {
    this.yieldEvery = options.yieldEvery ?? 50_000;
    this.checkEveryMs = options.checkEveryMs ?? 1000;
    this.now = options.now ?? Date.now;
    this.snapshot = freeze(0, new DossierTableBuilder(16).build(), new Uint16Array(0), []);
  }

  /** Opens a read connection on the database file and loads every published dossier. */
  static async open(databasePath: string, options: StoreOptions = {}): Promise<ServingStore> {
    const reader = new BetterSqlite3(databasePath, { readonly: true, fileMustExist: true });
    try {
      reader.pragma('busy_timeout = 5000');
      const store = new ServingStore(reader, options);
      await store.sync({ background: false });
      return store;
    } catch (e) {
      reader.close();
      throw e;
    }
  }

  current(): Snapshot {
    return this.snapshot;
  }

  /**
   * Brings the table up to the database's latest publication event. Calls queue up behind each
   * other; the current snapshot keeps serving until the new one is ready.
   */
  sync(options: SyncOptions = {}): Promise<void> {
    const run = this.queue.then(() => this.applyEvents(options));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Picks up publications made by another process (the CLI), looking at most once per checkEveryMs. */
  async refresh(): Promise<void> {
    const now = this.now();
    if (now - this.lastCheck < this.checkEveryMs) return;
    this.lastCheck = now;
    await this.queue;
    if (this.latestEvent() > this.snapshot.version) await this.sync();
  }

  close(): void {
    this.reader.close();
  }

  private latestEvent(): number {
    const row = this.reader.prepare('select max(seq) as seq from publication_events').get() as {
      seq: number | null;
    };
    return row.seq ?? 0;
  }

  private async applyEvents(options: SyncOptions): Promise<void> {
    const yieldEvery = options.background === false ? Number.POSITIVE_INFINITY : this.yieldEvery;
    const staged = options.staged ?? new Map<number, DossierTable>();
    this.reader.exec('begin');
    try {
      const events = this.reader
        .prepare('select seq, import_id, action from publication_events where seq > ? order by seq')
        .all(this.snapshot.version) as { seq: number; import_id: number; action: string }[];
      if (events.length === 0 && this.loaded) return;
      const version = events.at(-1)?.seq ?? this.snapshot.version;
      const published = publishedImports(this.reader);
      this.texts = readTexts(this.reader, this.texts);
      const rebuild = !this.loaded || events.some((e) => e.action !== 'publish');
      const added = new Set(events.map((e) => e.import_id));
      this.snapshot = rebuild
        ? await this.load(version, null, published, staged, yieldEvery)
        : await this.load(
            version,
            this.snapshot,
            published.filter((p) => added.has(p.id)),
            staged,
            yieldEvery,
          );
      this.loaded = true;
    } finally {
      this.reader.exec('commit');
    }
  }

  /**
   * A new table: the base snapshot's dossiers (the core's table builder is single-use, so they
   * are copied into a new one), then each import's rows in publication order, a later import's
   * row replacing the earlier one of its code.
   */
  private async load(
    version: number,
    base: Snapshot | null,
    imports: PublishedImport[],
    staged: ReadonlyMap<number, DossierTable>,
    yieldEvery: number,
  ): Promise<Snapshot> {
    const baseRows = base?.table.length ?? 0;
    const capacity = baseRows + imports.reduce((sum, p) => sum + p.dossiers, 0);
    const builder = new DossierTableBuilder(16);
    builder.reserve(capacity, (base?.table.codes.textBytes ?? 0) + (capacity - baseRows) * CODE_BYTES_GUESS);
    let importOf: Uint16Array = new Uint16Array(capacity + 16);
    const sources = base ? [...base.sources] : [];
    let sinceYield = 0;
    const breathe = async () => {
      if (++sinceYield >= yieldEvery) {
        sinceYield = 0;
        await nextTurn();
      }
    };
    for (let i = 0; i < baseRows; i++) {
      builder.add(dossierAt(base!.table, i));
      importOf[i] = base!.importOf[i]!;
      await breathe();
    }
    for (const source of imports) {
      if (sources.length >= MAX_SOURCES) throw new Error('too many published imports to serve');
      const index = sources.length;
      sources.push(source);
      const inMemory = staged.get(source.id);
      const rows = inMemory ? tableRows(inMemory) : importRowsOf(this.reader, source.id, this.texts);
      for (const dossier of rows) {
        const replaced = builder.add(dossier);
        const slot = replaced >= 0 ? replaced : builder.length - 1;
        if (slot >= importOf.length) importOf = grown(importOf, slot);
        importOf[slot] = index;
        await breathe();
      }
    }
    const table = builder.build();
    return freeze(version, table, importOf.subarray(0, table.length), sources);
  }
}

/** Codes look like `H01.38.12-240315-0007`; only a hint for the builder's first allocation. */
const CODE_BYTES_GUESS = 24;

function grown(array: Uint16Array, slot: number): Uint16Array {
  const next = new Uint16Array(Math.max(slot + 1, Math.ceil(array.length * 1.5)));
  next.set(array);
  return next;
}

function freeze(
  version: number,
  table: DossierTable,
  importOf: Uint16Array,
  sources: PublishedImport[],
): Snapshot {
  const n = sources.length;
  const currentRows = new Int32Array(n);
  const from = new Int32Array(n).fill(OPEN);
  const to = new Int32Array(n).fill(NO_TIME);
  const { receivedAt, finishedAt } = table;
  for (let i = 0; i < importOf.length; i++) {
    const s = importOf[i]!;
    currentRows[s]!++;
    if (receivedAt[i]! < from[s]!) from[s] = receivedAt[i]!;
    const end = finishedAt[i] === NO_TIME ? OPEN : finishedAt[i]!;
    if (end > to[s]!) to[s] = end;
  }
  let asOf: WallTime | null = null;
  sources.forEach((s, i) => {
    if (currentRows[i]! > 0 && s.dataUntil !== null && (asOf === null || s.dataUntil > asOf))
      asOf = s.dataUntil;
  });
  return {
    version,
    table,
    importOf,
    sources,
    currentRows,
    spans: sources.map((_, i) => (currentRows[i]! > 0 ? { from: from[i]!, to: to[i]! } : null)),
    asOf,
  };
}
