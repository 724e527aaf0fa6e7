import { HIDEABLE_COLUMNS } from './columns.ts';

const STORAGE_KEY = 'dunghan.rankings.columns';

/** Column id → false when hidden (react-table's visibility state: an absent id is visible). */
export type ColumnVisibility = Record<string, boolean>;

/** The columns this browser chose last time; anything unreadable or unknown is ignored. */
export function loadColumnVisibility(): ColumnVisibility {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    if (typeof raw !== 'object' || raw === null) return {};
    const out: ColumnVisibility = {};
    for (const id of HIDEABLE_COLUMNS) {
      const value = (raw as Record<string, unknown>)[id];
      if (typeof value === 'boolean') out[id] = value;
    }
    return out;
  } catch {
    return {};
  }
}

export function saveColumnVisibility(visibility: ColumnVisibility): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(visibility));
  } catch {
    // Private mode or storage full: the choice lasts this visit only.
  }
}
