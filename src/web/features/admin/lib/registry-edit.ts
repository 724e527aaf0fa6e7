import type { RegistryUnit } from '../../../../domain/units.ts';
import { foldText } from '../../../../ingest/fold.ts';

/** Units whose name, id, code or an alias contains the query, ignoring diacritics and case. */
export function searchUnits(units: readonly RegistryUnit[], query: string): RegistryUnit[] {
  const q = foldText(query);
  if (q === '') return [...units];
  return units.filter((u) =>
    [u.name, u.id, u.code ?? '', ...u.aliases].some((text) => foldText(text).includes(q)),
  );
}

/** The registry with unit `id` replaced by `next` (its id may change; successors follow it). */
export function replaceUnit(units: readonly RegistryUnit[], id: string, next: RegistryUnit): RegistryUnit[] {
  return units.map((u) => {
    if (u.id === id) return next;
    if (u.successorId === id && next.id !== id) return { ...u, successorId: next.id };
    return u;
  });
}

/** Adds aliases not already spelled (folded) by the unit's name or another alias. */
export function withAliases(unit: RegistryUnit, extra: readonly string[]): RegistryUnit {
  const seen = new Set([unit.name, ...unit.aliases].map(foldText));
  const aliases = [...unit.aliases];
  for (const alias of extra) {
    const trimmed = alias.trim();
    const folded = foldText(trimmed);
    if (trimmed === '' || seen.has(folded)) continue;
    seen.add(folded);
    aliases.push(trimmed);
  }
  return { ...unit, aliases };
}

/**
 * Merging: unit `fromId` is the same agency as `intoId`. Its name and aliases become aliases of
 * `intoId`, it leaves the registry, and units that named it as successor name `intoId` instead.
 */
export function mergeUnits(units: readonly RegistryUnit[], fromId: string, intoId: string): RegistryUnit[] {
  const from = units.find((u) => u.id === fromId);
  if (!from || fromId === intoId || !units.some((u) => u.id === intoId)) return [...units];
  return units
    .filter((u) => u.id !== fromId)
    .map((u) => {
      const merged = u.id === intoId ? withAliases(u, [from.name, ...from.aliases]) : u;
      if (merged.successorId !== fromId) return merged;
      // The merged unit's own successor would now be itself: it simply has none.
      if (merged.id === intoId) {
        const { successorId: _, ...rest } = merged;
        return rest;
      }
      return { ...merged, successorId: intoId };
    });
}
