import type { ImportProblem, ValidationSummary } from '../../api/imports.ts';
import { MAX_SUMMARY_PROBLEMS } from '../../api/imports.ts';
import type { ChunkStats } from './import-records.ts';

/** What finishing an upload reports, from the chunks' own counts and findings. */

/** Chunk numbers missing below the highest one received. */
export function missingChunks(received: readonly number[]): number[] {
  const have = new Set(received);
  const highest = received.length === 0 ? -1 : Math.max(...received);
  const missing: number[] = [];
  for (let n = 0; n <= highest; n++) if (!have.has(n)) missing.push(n);
  return missing;
}

export const maxOf = (values: (number | null)[]) =>
  values.reduce<number | null>((m, v) => (v !== null && (m === null || v > m) ? v : m), null);
const minOf = (values: (number | null)[]) =>
  values.reduce<number | null>((m, v) => (v !== null && (m === null || v < m) ? v : m), null);

export function receivedRange(stats: ChunkStats[]): { from: number; to: number } | null {
  const from = minOf(stats.map((s) => s.firstReceived));
  const to = maxOf(stats.map((s) => s.lastReceived));
  return from === null || to === null ? null : { from, to };
}

export function summarize(
  chunks: { rows: number; accepted: number; rejected: number; warned: number }[],
  stats: ChunkStats[],
  dossiers: number,
): ValidationSummary {
  const total = (key: 'rows' | 'accepted' | 'rejected' | 'warned') =>
    chunks.reduce((sum, c) => sum + c[key], 0);
  const accepted = total('accepted');
  const duplicates = accepted - dossiers;
  const problemCounts: ValidationSummary['problemCounts'] = {};
  const problems: ImportProblem[] = [];
  let problemTotal = 0;
  for (const s of stats) {
    for (const [code, n] of Object.entries(s.problemCounts) as [ImportProblem['code'], number][]) {
      problemCounts[code] = (problemCounts[code] ?? 0) + n;
      problemTotal += n;
    }
    for (const p of s.problems) if (problems.length < MAX_SUMMARY_PROBLEMS) problems.push(p);
  }
  if (duplicates > 0) problemCounts.duplicate_code = (problemCounts.duplicate_code ?? 0) + duplicates;
  return {
    rowsReceived: total('rows'),
    accepted,
    rejected: total('rejected'),
    warned: total('warned'),
    duplicates,
    dossiers,
    problemCounts,
    problems,
    problemsTruncated: problemTotal > problems.length,
  };
}
