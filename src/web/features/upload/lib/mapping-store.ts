import { DOSSIER_FIELDS } from '../../../../ingest/fields.ts';
import type { ExplicitMapping } from '../../../../ingest/mapping.ts';
import type { SavedMappings } from '../worker/protocol.ts';

/**
 * Column mappings the user corrected, remembered on this browser per file layout (layoutKey of the
 * headers), so the next export with the same columns is read the same way.
 */
const STORAGE_KEY = 'dunghan.columnMappings.v1';
const MAX_LAYOUTS = 50;

interface Stored {
  mapping: ExplicitMapping;
  savedAt: number;
}

function readAll(): Record<string, Stored> {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, Stored>) : {};
  } catch {
    return {};
  }
}

function writeAll(all: Record<string, Stored>): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(all));
  } catch {
    // Storage full or disabled: the mapping still applies to this reading.
  }
}

/** Only known fields mapped to a column index or null survive a round trip through storage. */
function clean(mapping: ExplicitMapping): ExplicitMapping {
  const out: ExplicitMapping = {};
  for (const field of DOSSIER_FIELDS) {
    const value = mapping[field];
    if (value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 0))
      out[field] = value;
  }
  return out;
}

export function savedMappings(): SavedMappings {
  const out: SavedMappings = {};
  for (const [key, stored] of Object.entries(readAll())) {
    if (stored && typeof stored === 'object' && stored.mapping) out[key] = clean(stored.mapping);
  }
  return out;
}

export function saveMapping(layoutKey: string, mapping: ExplicitMapping): void {
  const all = readAll();
  all[layoutKey] = { mapping: clean(mapping), savedAt: Date.now() };
  const keys = Object.keys(all).sort((a, b) => (all[b]?.savedAt ?? 0) - (all[a]?.savedAt ?? 0));
  for (const old of keys.slice(MAX_LAYOUTS)) delete all[old];
  writeAll(all);
}

export function forgetMapping(layoutKey: string): void {
  const all = readAll();
  delete all[layoutKey];
  writeAll(all);
}
