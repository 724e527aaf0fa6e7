import type { ImportPreview } from '../../api/imports.ts';
import { classifyInPeriod, NOT_IN_PERIOD } from '../../domain/classify.ts';
import { aggregateCounts, metricsOf, TOTAL } from '../../domain/metrics.ts';
import type { Period } from '../../domain/period.ts';
import { type DossierTable, toTableTime } from '../../domain/table.ts';
import { isoDate, MS_PER_DAY } from '../../domain/time.ts';
import type { Snapshot } from '../store/serving-store.ts';

const ONLY_MARKED = Uint8Array.of(0, 1);

/**
 * The total metrics of `period` as published now and as they would be with the import published.
 * Counts add up over disjoint sets of dossiers, so the published counts minus those of the
 * dossiers the import would replace, plus the import's own, are the counts of the published data
 * with the import in it; every count comes from the core's aggregateCounts and every metric from
 * metricsOf. Only published dossiers the core places in the period can change its counts, so only
 * their codes are looked up. `supersedes`: published dossiers the import replaces, in any period.
 */
export function computePreview(
  staged: DossierTable,
  published: Snapshot,
  period: Period,
  supersedes: number,
  computedAt: string,
): ImportPreview {
  const codes = new Set<string>();
  for (let i = 0; i < staged.length; i++) codes.add(staged.codes.get(i));

  const { table } = published;
  const { receivedAt, dueAt, finishedAt, resolution, status } = table;
  const start = toTableTime(period.from);
  const end = toTableTime(period.to);
  const replaced = new Uint8Array(table.length);
  for (let i = 0; i < table.length; i++) {
    const outcome = classifyInPeriod(
      receivedAt[i]!,
      dueAt[i]!,
      finishedAt[i]!,
      resolution[i]!,
      status[i]!,
      start,
      end,
    );
    if (outcome !== NOT_IN_PERIOD && codes.has(table.codes.get(i))) replaced[i] = 1;
  }
  const before = aggregateCounts(table, period, TOTAL);
  const dropped = aggregateCounts(table, period, TOTAL, [{ column: replaced, allowed: ONLY_MARKED }]);
  const added = aggregateCounts(staged, period, TOTAL);
  const after = new Int32Array(before.length);
  for (let k = 0; k < after.length; k++) after[k] = before[k]! - dropped[k]! + added[k]!;

  return {
    period: { from: isoDate(period.from), to: isoDate(period.to - MS_PER_DAY) },
    computedAt,
    before: metricsOf(before, 0),
    after: metricsOf(after, 0),
    supersedes,
    newDossiers: staged.length - supersedes,
  };
}
