import { describe, expect, it } from 'vitest';
import { generateDossiers } from '../../mock-data/src/generate-dossiers.ts';
import type { GenerateOptions, MockDossierRow } from '../../mock-data/src/types.ts';
import { createCalendar } from '../../src/domain/calendar.ts';
import { statusBucketOf } from '../../src/domain/status.ts';
import { dayOf, MS_PER_DAY, wallTime } from '../../src/domain/time.ts';

const calendar = createCalendar();
const QUARTER: GenerateOptions = { seed: 7, rows: 3_000, from: '2025-01-01', to: '2025-03-31' };

function rowsOf(options: GenerateOptions): MockDossierRow[] {
  return [...generateDossiers(options)];
}

const quarter = rowsOf(QUARTER);
const year2025 = rowsOf({ seed: 11, rows: 60_000, from: '2025-01-01', to: '2025-12-31' });

/** The rows breaking a rule; asserting once keeps 60,000-row checks fast and the failure readable. */
function violations(rows: readonly MockDossierRow[], ok: (row: MockDossierRow) => boolean): MockDossierRow[] {
  return rows.filter((row) => !ok(row)).slice(0, 3);
}

describe('generateDossiers', () => {
  it('gives exactly the rows asked for, in receipt order apart from the duplicates', () => {
    expect(quarter).toHaveLength(3_000);
    expect(quarter.map((r) => r.rowNumber)).toEqual(quarter.map((_, i) => i + 1));
    const originals = quarter.filter((r) => r.flaw?.kind !== 'duplicate-code');
    for (let i = 1; i < originals.length; i++) {
      expect(originals[i]!.truth.receivedAt).toBeGreaterThanOrEqual(originals[i - 1]!.truth.receivedAt);
    }
  });

  it('is deterministic: same options, same rows; another seed, other rows', () => {
    expect(rowsOf(QUARTER)).toEqual(quarter);
    const other = rowsOf({ ...QUARTER, seed: 8 });
    expect(other.map((r) => r.printed.code)).not.toEqual(quarter.map((r) => r.printed.code));
  });

  it('sets every deadline to addWorkingDays(receivedAt, the procedure days)', () => {
    const wrong = violations([...quarter, ...year2025], ({ truth }) =>
      truth.timeliness === 'excluded'
        ? truth.dueAt === null
        : truth.dueAt === calendar.addWorkingDays(truth.receivedAt, truth.deadlineDays),
    );
    expect(wrong).toEqual([]);
  });

  it('receives only on working days, during office hours', () => {
    const wrong = violations(year2025, ({ truth }) => {
      const hour = (truth.receivedAt - dayOf(truth.receivedAt) * MS_PER_DAY) / 3_600_000;
      return calendar.isWorkingDay(truth.receivedAt) && hour >= 7 && hour < 17;
    });
    expect(wrong).toEqual([]);
  });

  it('keeps codes unique except the deliberate duplicates, in the real shapes', () => {
    const shape = /^(H01\.\d{2}(\.\d{2})?|000\.00\.\d{2}\.H01)-\d{6}-\d{4}$/;
    const firstRowOf = new Map<string, number>();
    const wrong = violations(year2025, (row) => {
      const { code } = row.printed;
      if (row.flaw?.kind === 'missing-code') return code === '';
      if (!shape.test(code)) return false;
      if (row.flaw?.kind === 'duplicate-code') return firstRowOf.get(code) === row.flaw.ofRow;
      if (firstRowOf.has(code)) return false;
      firstRowOf.set(code, row.rowNumber);
      return true;
    });
    expect(wrong).toEqual([]);
    expect(year2025.filter((r) => r.flaw?.kind === 'duplicate-code').length).toBeGreaterThanOrEqual(3);
  });

  it('dates the code by the day of receipt', () => {
    for (const { truth, flaw } of quarter) {
      if (flaw !== null) continue;
      const d = new Date(truth.receivedAt);
      const yyMMdd = `${d.getUTCFullYear() % 100}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
      expect(truth.code.split('-')[1]).toBe(yyMMdd);
    }
  });

  it('lands near the configured late share province-wide, with a few bad units at 85–95 %', () => {
    const perUnit = new Map<string, { finished: number; late: number }>();
    let finished = 0;
    let late = 0;
    for (const { truth, flaw } of year2025) {
      if (flaw !== null || !['early', 'onTime', 'late'].includes(truth.timeliness)) continue;
      finished++;
      const unit = perUnit.get(truth.unit) ?? { finished: 0, late: 0 };
      unit.finished++;
      if (truth.timeliness === 'late') {
        late++;
        unit.late++;
      }
      perUnit.set(truth.unit, unit);
    }
    expect(late / finished).toBeGreaterThan(0.008);
    expect(late / finished).toBeLessThan(0.012);
    const bad = [...perUnit].filter(([, u]) => u.finished >= 300 && 1 - u.late / u.finished < 0.96);
    expect(bad.length).toBeGreaterThanOrEqual(3);
    for (const [, u] of bad) expect(1 - u.late / u.finished).toBeGreaterThan(0.85);
  });

  it('follows another late share when asked', () => {
    const rows = rowsOf({ seed: 3, rows: 30_000, from: '2025-01-01', to: '2025-12-31', lateShare: 0.05 });
    const finished = rows.filter(
      (r) => r.flaw === null && ['early', 'onTime', 'late'].includes(r.truth.timeliness),
    );
    const share = finished.filter((r) => r.truth.timeliness === 'late').length / finished.length;
    expect(share).toBeGreaterThan(0.04);
    expect(share).toBeLessThan(0.06);
  });

  it('keeps the dates of a dossier in order and consistent with its timeliness', () => {
    const wrong = violations(year2025, ({ truth, flaw }) => {
      if (flaw !== null || truth.dueAt === null) return true;
      if (truth.finishedAt === null) {
        return (
          ['paused', 'overdue', 'withinDeadline'].includes(truth.timeliness) && truth.returnedAt === null
        );
      }
      const expected =
        truth.finishedAt > truth.dueAt
          ? 'late'
          : dayOf(truth.finishedAt) < dayOf(truth.dueAt)
            ? 'early'
            : 'onTime';
      return (
        truth.finishedAt > truth.receivedAt &&
        (truth.returnedAt === null || truth.returnedAt > truth.finishedAt) &&
        truth.timeliness === expected
      );
    });
    expect(wrong).toEqual([]);
  });

  it('marks a finished-before-received flaw with such dates', () => {
    const flawed = year2025.filter((r) => r.flaw?.kind === 'finished-before-received');
    expect(flawed.length).toBeGreaterThanOrEqual(2);
    for (const { truth } of flawed) expect(truth.finishedAt!).toBeLessThan(truth.receivedAt);
  });

  it('prints an impossible date where the unparsable-date flaw says', () => {
    const flawed = quarter.filter((r) => r.flaw?.kind === 'unparsable-date');
    expect(flawed.length).toBeGreaterThanOrEqual(2);
    for (const row of flawed) {
      if (row.flaw?.kind !== 'unparsable-date') continue;
      expect(row.printed[row.flaw.field]).toBe(row.flaw.text);
      expect(row.flaw.text).toMatch(/^\d{2}\/\d{2}\/2025$/);
    }
  });

  it('prints status texts that map to the true bucket', () => {
    const wrong = violations(year2025, ({ printed, truth }) => {
      const bucket = statusBucketOf(printed.status);
      return bucket === truth.statusBucket;
    });
    expect(wrong).toEqual([]);
    const buckets = new Set(year2025.map((r) => r.truth.statusBucket));
    expect([...buckets].sort()).toEqual([
      'excluded',
      'finished',
      'paused',
      'pending',
      'unknown',
      'withdrawn',
    ]);
  });

  it('prints national sync codes when asked', () => {
    const rows = rowsOf({ ...QUARTER, syncCodes: true });
    for (const { printed, truth } of rows) {
      if (truth.statusCode !== null) expect(printed.status).toBe(String(truth.statusCode));
      expect(['1', '2', '3']).toContain(printed.channel);
    }
  });

  it('raises the online share from about 30 % in 2024 to about 60 % in 2026', () => {
    const shareIn = (from: string, to: string) => {
      const rows = rowsOf({ seed: 5, rows: 20_000, from, to });
      return rows.filter((r) => r.truth.channel === 'online').length / rows.length;
    };
    const early = shareIn('2024-01-01', '2024-03-31');
    const late = shareIn('2026-07-01', '2026-10-31');
    expect(early).toBeGreaterThan(0.25);
    expect(early).toBeLessThan(0.45);
    expect(late).toBeGreaterThan(0.55);
    expect(late).toBeLessThan(0.75);
  });

  it('sends an apology for about 80 % of the late and overdue dossiers, dated before the deadline', () => {
    const due = year2025.filter((r) => r.flaw === null && ['late', 'overdue'].includes(r.truth.timeliness));
    const apologised = due.filter((r) => r.truth.apologyAt !== null);
    expect(apologised.length / due.length).toBeGreaterThan(0.7);
    expect(apologised.length / due.length).toBeLessThan(0.9);
    for (const { truth } of apologised) {
      expect(truth.apologyAt!).toBeLessThan(truth.dueAt!);
      expect(truth.newDueAt!).toBeGreaterThan(truth.dueAt!);
    }
    expect(year2025.some((r) => r.truth.timeliness === 'early' && r.truth.apologyAt !== null)).toBe(false);
  });

  it('has ratings on about 40 % of returned dossiers, on the unit’s scale, mostly satisfied', () => {
    const returned = year2025.filter((r) => r.flaw === null && r.truth.statusCode === 10);
    const rated = returned.filter((r) => r.truth.rating !== null);
    expect(rated.length / returned.length).toBeGreaterThan(0.35);
    expect(rated.length / returned.length).toBeLessThan(0.45);
    const satisfied = rated.filter((r) => ['very_satisfied', 'satisfied'].includes(r.truth.rating!));
    expect(satisfied.length / rated.length).toBeGreaterThan(0.9);
    for (const { truth, printed } of rated) {
      if (truth.ratingScale === 3)
        expect(['Rất hài lòng', 'Hài lòng', 'Không hài lòng']).toContain(printed.rating);
    }
    expect(new Set(rated.map((r) => r.truth.ratingScale))).toEqual(new Set([3, 5]));
  });

  it('misspells a few unit names in the ways real exports do, all folding back to the canonical name', () => {
    const messy = quarter.filter((r) => r.misspellings.length > 0);
    expect(messy.length / quarter.length).toBeGreaterThan(0.04);
    expect(new Set(messy.flatMap((r) => r.misspellings)).size).toBe(5);
    const wrong = violations(quarter, ({ printed, truth }) => {
      return canonicalSpelling(printed.unit) === canonicalSpelling(truth.unit);
    });
    expect(wrong).toEqual([]);
  });

  it('uses the district-level units only before July 2025', () => {
    const beforeReform = wallTime(2025, 7, 1);
    for (const { truth } of year2025) {
      if (truth.unitGroup === 'district') expect(truth.receivedAt).toBeLessThan(beforeReform);
    }
    expect(year2025.some((r) => r.truth.unitGroup === 'district')).toBe(true);
  });

  it('rejects bad options', () => {
    expect(() => rowsOf({ ...QUARTER, from: '2025-02-31' })).toThrow(RangeError);
    expect(() => rowsOf({ ...QUARTER, from: '2025-04-01' })).toThrow(/before/);
    expect(() => rowsOf({ ...QUARTER, rows: 1.5 })).toThrow(RangeError);
  });
});

/** What an ingest has to undo: NFD, case, spacing, the long form of UBND, the old tone placement. */
function canonicalSpelling(name: string): string {
  const newTonePlacement = (vowel: string, tonedVowel: string) =>
    `${vowel}${tonedVowel.normalize('NFD').slice(1)}`.normalize('NFC') + tonedVowel.normalize('NFD')[0];
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/^(ủy|uỷ) ban nhân dân /, 'ubnd ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/o([àáảãạèéẻẽẹ])/g, (_, v: string) => newTonePlacement('o', v))
    .replace(/u([ỳýỷỹỵ])/g, (_, v: string) => newTonePlacement('u', v));
}
