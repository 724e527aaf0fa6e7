import type { ExplicitMapping } from '../../../../ingest/mapping.ts';

/**
 * Whether a file was read with a due-date column. Without one every dossier has no dueAt: the core
 * counts it as resolved or pending without a deadline, never early, on time, late or overdue, and
 * leaves it out of both rates (src/domain/classify.ts, rates.ts).
 */
export function hasDueDateColumn(mapping: ExplicitMapping | undefined): boolean {
  const column = mapping?.dueAt;
  return typeof column === 'number' || (typeof column === 'string' && column !== '');
}
