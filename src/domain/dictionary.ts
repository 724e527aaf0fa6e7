import { detached } from './strings.ts';

/**
 * Dictionary encoding for the string columns of the dossier table: each distinct string gets a
 * small integer id. Id 0 is reserved for "no value", so a zero-filled column means all-null.
 */
export class Dictionary {
  readonly values: string[] = [''];
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.values.length;
  }

  /** Id of `value`, adding it on first sight; null or '' → 0. */
  intern(value: string | null): number {
    if (value === null || value === '') return 0;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(detached(value));
      this.ids.set(value, id);
    }
    return id;
  }

  idOf(value: string): number | undefined {
    return this.ids.get(value);
  }

  valueOf(id: number): string | null {
    return id === 0 ? null : (this.values[id] ?? null);
  }
}
