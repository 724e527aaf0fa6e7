/** How sure a field's column is, in words (never colour only). */
export type MappingLevel = 'high' | 'medium' | 'low' | 'manual' | 'missing' | 'unmapped';

/** The column chosen for every field, null for none. */
export type MappingDraft<F extends string> = Record<F, number | null>;

export function confidenceLevel(confidence: number | undefined): MappingLevel {
  if (confidence === undefined) return 'unmapped';
  if (confidence >= 0.9) return 'high';
  if (confidence >= 0.6) return 'medium';
  return 'low';
}

export function draftOf<F extends string>(
  fields: readonly F[],
  mapping: Partial<Record<F, number>>,
): MappingDraft<F> {
  const draft = {} as MappingDraft<F>;
  for (const field of fields) draft[field] = mapping[field] ?? null;
  return draft;
}

/** Each field whose column an earlier field already took, with that earlier field. */
export function duplicateFields<F extends string>(fields: readonly F[], draft: MappingDraft<F>): Map<F, F> {
  const usedBy = new Map<number, F>();
  const duplicates = new Map<F, F>();
  for (const field of fields) {
    const column = draft[field];
    if (column === null) continue;
    const first = usedBy.get(column);
    if (first) duplicates.set(field, first);
    else usedBy.set(column, field);
  }
  return duplicates;
}

/** A field's level: missing or unused without a column, manual when the user changed it. */
export function fieldLevel(
  column: number | null,
  suggested: number | null,
  required: boolean,
  confidence: number | undefined,
): MappingLevel {
  if (column === null) return required ? 'missing' : 'unmapped';
  return column !== suggested ? 'manual' : confidenceLevel(confidence);
}
