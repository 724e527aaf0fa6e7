import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNITS } from '../../mock-data/src/catalog/units.ts';
import { feedbackSampleSpecs, writeFeedbackExport } from '../../mock-data/src/feedback/cli.ts';
import { generateFeedback, isQuietUnit } from '../../mock-data/src/feedback/generate-feedback.ts';
import { foldUnitName } from '../../src/domain/units.ts';

const SAMPLES = fileURLToPath(new URL('../../mock-data/samples/', import.meta.url));
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mock-feedback-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('mock feedback', () => {
  const rows = [...generateFeedback({ seed: 7, rows: 3000, from: '2024-01-01', to: '2026-10-31' })];
  const byFolded = new Map(UNITS.map((u) => [foldUnitName(u.name), u]));

  it('names catalogue units only (spelling variants included), never the quiet ones', () => {
    for (const row of rows) {
      const unit = byFolded.get(foldUnitName(row.unit));
      expect(unit, row.unit).toBeDefined();
      expect(unit!.key).toBe(row.truth.unitKey);
      expect(isQuietUnit(unit!)).toBe(false);
      expect(unit!.group).not.toBe('service-centre');
    }
    expect(UNITS.some(isQuietUnit)).toBe(true);
  });

  it('uses the retired district units before July 2025 only', () => {
    const districts = rows.filter(
      (r) => r.truth.flaw === null && byFolded.get(foldUnitName(r.unit))?.group === 'district',
    );
    expect(districts.length).toBeGreaterThan(0);
    for (const r of districts) expect(r.receivedAt as number).toBeLessThan(Date.UTC(2025, 6, 1));
  });

  it('answers late only after the deadline, and on time never after it', () => {
    for (const r of rows) {
      if (r.truth.flaw !== null || r.handledAt === null || typeof r.receivedAt !== 'number') continue;
      expect(r.handledAt).toBeGreaterThanOrEqual(r.receivedAt);
      const endOfDue = r.dueAt + 86_400_000 - 1;
      if (r.truth.late) expect(r.handledAt).toBeGreaterThan(endOfDue);
      else expect(r.handledAt).toBeLessThanOrEqual(endOfDue);
    }
  });

  it('regenerates the checked-in samples byte for byte', async () => {
    for (const spec of feedbackSampleSpecs(dir)) {
      await writeFeedbackExport(spec);
      const name = spec.path.slice(dir.length + 1);
      expect(Buffer.compare(await readFile(spec.path), await readFile(join(SAMPLES, name))), name).toBe(0);
    }
  });
});
