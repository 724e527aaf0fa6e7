import { readFile } from 'node:fs/promises';
import type { UnitRegistry } from '../domain/units.ts';

/** Reads a unit registry JSON file ({ version, units: [{ id, name, group, aliases, successorId? }] }). */
export async function loadRegistry(path: string): Promise<UnitRegistry> {
  const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new Error(`cannot read registry ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`registry ${path} is not valid JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as UnitRegistry).units)) {
    throw new Error(`registry ${path} has no "units" list`);
  }
  return parsed as UnitRegistry;
}
