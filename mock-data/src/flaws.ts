import { MS_PER_DAY } from '../../src/domain/time.ts';
import { pickWeighted, type Random } from './random.ts';
import type { DateField, MockDossierRow, RowFlawKind } from './types.ts';

/** Rows per flaw of each kind, and the least of each in a file of at least MIN_ROWS_FOR_FLAWS rows. */
const FLAW_RATES: Readonly<Record<RowFlawKind, { perRows: number; atLeast: number }>> = {
  'duplicate-code': { perRows: 10_000, atLeast: 3 },
  'missing-code': { perRows: 20_000, atLeast: 2 },
  'unparsable-date': { perRows: 20_000, atLeast: 2 },
  'finished-before-received': { perRows: 20_000, atLeast: 2 },
};
const MIN_ROWS_FOR_FLAWS = 100;

const IMPOSSIBLE_DATES: readonly (readonly [string, number])[] = [
  ['31/02/2025', 6],
  ['29/02/2025', 2],
  ['31/04/2025', 1],
  ['32/01/2025', 1],
];

/** Which 0-based data rows carry which flaw. Duplicates go in the later two thirds of the file. */
export function planFlaws(rows: number, random: Random): Map<number, RowFlawKind> {
  const plan = new Map<number, RowFlawKind>();
  if (rows < MIN_ROWS_FOR_FLAWS) return plan;
  for (const [kind, rate] of Object.entries(FLAW_RATES) as [
    RowFlawKind,
    (typeof FLAW_RATES)[RowFlawKind],
  ][]) {
    const count = Math.max(rate.atLeast, Math.round(rows / rate.perRows));
    const first = kind === 'duplicate-code' ? Math.floor(rows / 3) : 0;
    for (let placed = 0; placed < count; ) {
      const index = first + random.int(rows - first);
      if (plan.has(index)) continue;
      plan.set(index, kind);
      placed++;
    }
  }
  return plan;
}

/** Turns a freshly built (ordinary) row into a flawed one; the truth records what the row prints. */
export function applyFlaw(
  row: MockDossierRow,
  kind: Exclude<RowFlawKind, 'duplicate-code'>,
  random: Random,
): void {
  const { printed, truth } = row;
  switch (kind) {
    case 'missing-code':
      printed.code = '';
      truth.code = '';
      row.flaw = { kind };
      return;
    case 'unparsable-date': {
      const fields: [DateField, number][] = [
        ['receivedAt', 3],
        ['dueAt', 2],
      ];
      if (truth.finishedAt !== null) fields.push(['finishedAt', 5]);
      const field = pickWeighted(random, fields);
      const text = pickWeighted(random, IMPOSSIBLE_DATES);
      printed[field] = text;
      row.flaw = { kind, field, text };
      return;
    }
    case 'finished-before-received': {
      // A typo in the day: the result dated some days before the receipt.
      const finishedAt = truth.receivedAt - (1 + random.int(5)) * MS_PER_DAY - random.int(3600) * 1000;
      truth.finishedAt = finishedAt;
      truth.returnedAt = finishedAt + 2 * 3_600_000;
      truth.statusCode = 10;
      truth.statusBucket = 'finished';
      truth.timeliness = 'invalid';
      truth.rating = null;
      truth.apologyAt = null;
      truth.newDueAt = null;
      printed.finishedAt = truth.finishedAt;
      printed.returnedAt = truth.returnedAt;
      printed.status = /^\d+$/.test(printed.status) ? '10' : 'Đã trả kết quả';
      printed.rating = '';
      printed.apologyAt = null;
      printed.newDueAt = null;
      row.flaw = { kind };
      return;
    }
  }
}
