import { useMemo } from 'react';
import type { MetricsRow } from '../../../../api/metrics.ts';
import type { DayRange } from '../../../../api/query.ts';
import { useMetrics } from '../../metrics/api/metrics.ts';

/** The filters whose choices are the groups of the period's data (hundreds of units or procedures). */
export const SEARCH_FIELDS = ['unit', 'receivingUnit', 'sector', 'procedure'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export interface FilterOption {
  /** What the filter takes (`unit=<key>`). */
  key: string;
  /** What the reader sees and types; unique within the list. */
  label: string;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * The metrics rows as choices, alphabetical. A procedure shows its code; a name two groups share
 * gets the key appended, so every label picks exactly one key.
 */
export function optionsOf(rows: readonly Pick<MetricsRow, 'key' | 'name' | 'code'>[]): FilterOption[] {
  const base = rows.map((r) => ({
    key: r.key,
    label: r.code && r.code !== r.name ? `${r.name} (${r.code})` : r.name,
  }));
  const counts = new Map<string, number>();
  for (const o of base) counts.set(o.label, (counts.get(o.label) ?? 0) + 1);
  return base
    .map((o) => ((counts.get(o.label) ?? 0) > 1 ? { key: o.key, label: `${o.label} [${o.key}]` } : o))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** The option a typed text picks: its exact label, else its key, else a unique case-insensitive label. */
export function optionForText(options: readonly FilterOption[], text: string): FilterOption | null {
  const exact = options.find((o) => o.label === text) ?? options.find((o) => o.key === text && text !== '');
  if (exact) return exact;
  const folded = options.filter((o) => collator.compare(o.label, text) === 0);
  return folded.length === 1 ? folded[0]! : null;
}

/** Whether any option contains the text (case- and accent-insensitively enough for a hint). */
export function anyOptionContains(options: readonly FilterOption[], text: string): boolean {
  const needle = fold(text);
  return options.some((o) => fold(o.label).includes(needle));
}

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();

/** The choices of one searchable filter over the period (the metrics of that grouping). */
export function useFilterOptions(field: SearchField, range: DayRange, enabled = true) {
  const query = useMetrics({ from: range.from, to: range.to, groupBy: field }, { enabled });
  const rows = query.data?.rows;
  const options = useMemo(() => (rows ? optionsOf(rows) : undefined), [rows]);
  return { query, options };
}
