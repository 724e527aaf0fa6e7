import type BetterSqlite3 from 'better-sqlite3';

/**
 * Ids of the texts in `text_values`, cached. An id, once committed, never changes or goes away, so
 * the cache stays right even when another process (the CLI) adds texts; ids handed out by a
 * transaction that then failed are forgotten with `forgetUncommitted`.
 */
export class TextIds {
  private readonly ids = new Map<string, number>();
  private uncommitted: string[] = [];
  private readonly select: BetterSqlite3.Statement<[string], { id: number }>;
  private readonly insert: BetterSqlite3.Statement<[string], { id: number }>;

  constructor(sqlite: BetterSqlite3.Database) {
    this.select = sqlite.prepare('select id from text_values where value = ?');
    this.insert = sqlite.prepare('insert into text_values (value) values (?) returning id');
  }

  /** Id of `value`, adding it when new: call inside a write transaction. Null stays null. */
  readonly idOf = (value: string | null): number | null => {
    if (value === null) return null;
    const known = this.ids.get(value);
    if (known !== undefined) return known;
    const id = (this.select.get(value) ?? this.insert.get(value))!.id;
    this.ids.set(value, id);
    this.uncommitted.push(value);
    return id;
  };

  committed(): void {
    this.uncommitted = [];
  }

  forgetUncommitted(): void {
    for (const value of this.uncommitted) this.ids.delete(value);
    this.uncommitted = [];
  }
}

/** Every text by id (index = id), read through `sqlite`; pass `into` to read only the new ones. */
export function readTexts(
  sqlite: BetterSqlite3.Database,
  into: (string | undefined)[] = [],
): (string | undefined)[] {
  const rows = sqlite
    .prepare('select id, value from text_values where id >= ? order by id')
    .raw(true)
    .iterate(into.length) as IterableIterator<[number, string]>;
  for (const [id, value] of rows) into[id] = value;
  return into;
}
