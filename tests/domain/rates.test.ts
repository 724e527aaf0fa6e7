import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  onTimeRate,
  portalProgressScore,
  progressRate766,
  progressScore766,
} from '../../src/domain/rates.ts';

const REAL = resolve(__dirname, '../../../shared/real-data/qd766/progress-units.csv');

describe('rates', () => {
  it('are null with a zero denominator', () => {
    const zero = { early: 0, onTime: 0, late: 0, paused: 0, withinDeadline: 0, overdue: 0 };
    expect(onTimeRate(zero)).toBeNull();
    expect(progressRate766(zero)).toBeNull();
    expect(progressScore766(zero)).toBeNull();
    expect(portalProgressScore(zero)).toBe(0);
  });

  it('Biểu 06 counts only resolved dossiers; 766 progress also pending ones', () => {
    const c = { early: 90, onTime: 8, late: 2, paused: 5, withinDeadline: 10, overdue: 5 };
    expect(onTimeRate(c)).toBeCloseTo(0.98);
    expect(progressRate766(c)).toBeCloseTo(113 / 120);
    expect(progressScore766(c)).toBeCloseTo((20 * 113) / 120);
  });

  it("reproduces the national portal's progress score on every published unit row (Phú Thọ 2026)", () => {
    const rows = Papa.parse<Record<string, string>>(readFileSync(REAL, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.length).toBe(984);
    for (const row of rows) {
      const received = Number(row.total_received);
      const onTimeOrWithin = Number(row.total_on_time);
      // The portal reports "handled or in progress on time" and its complement; their split
      // between resolved and pending does not change the ratio.
      const score = portalProgressScore({
        early: onTimeOrWithin,
        onTime: 0,
        paused: 0,
        withinDeadline: 0,
        late: received - onTimeOrWithin,
        overdue: 0,
      });
      expect(Math.abs(score - Number(row.score)), `${row.unit_code} ${row.period}`).toBeLessThanOrEqual(
        0.005 + 1e-9,
      );
    }
  });
});
