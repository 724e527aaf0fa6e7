import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isActiveIn } from '../../mock-data/src/catalog/eras.ts';
import { UNITS } from '../../mock-data/src/catalog/units.ts';
import { scorecardSampleSpecs, writeScorecardFiles } from '../../mock-data/src/scorecards/cli.ts';
import { generateScorecardTables } from '../../mock-data/src/scorecards/generate-scorecards.ts';
import {
  INDEX_766_DECISION_2022,
  INDEX_766_PORTAL_2025,
  indexVersionFor,
} from '../../src/domain/index766.ts';
import { hasErrors, validateScorecard } from '../../src/domain/scorecard-validate.ts';
import { readScorecards } from '../../src/ingest/scorecard/read.ts';

const SAMPLES = fileURLToPath(new URL('../../mock-data/samples/', import.meta.url));
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mock-scorecards-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readFile1 = (path: string) =>
  readScorecards([{ name: basename(path), source: createReadStream(path) }]);

describe('mock official scorecards', () => {
  const tables = generateScorecardTables({ seed: 766, from: '2024-01', to: '2026-10' });

  it('cover every month 2024-01 … 2026-10, in the 2022 layout until 2025-06 and the portal layout after', () => {
    expect(tables.length).toBe(34);
    for (const t of tables) expect(t.version).toBe(indexVersionFor(t.period));
    expect(tables.find((t) => t.period === '2025-06')!.version).toBe(INDEX_766_DECISION_2022);
    expect(tables.find((t) => t.period === '2025-07')!.version).toBe(INDEX_766_PORTAL_2025);
  });

  it('score the generator’s units by their names and codes, valid under their version', () => {
    const byName = new Map(UNITS.map((u) => [u.name, u]));
    for (const t of tables) {
      for (const c of t.scorecards) {
        const unit = byName.get(c.unitName)!;
        expect(unit.codePrefix).toBe(c.unitCode);
        expect(hasErrors(validateScorecard(c))).toBe(false);
        expect(validateScorecard(c)).toEqual([]);
      }
    }
    // Districts are scored until the reform, not after.
    const districts = (period: string) =>
      tables
        .find((t) => t.period === period)!
        .scorecards.filter((c) => byName.get(c.unitName)!.group === 'district');
    expect(districts('2025-06').length).toBeGreaterThan(0);
    expect(districts('2025-07')).toEqual([]);
    expect(UNITS.some((u) => u.group === 'district' && isActiveIn(u, 2))).toBe(false);
  });

  it('is deterministic for a seed', () => {
    expect(generateScorecardTables({ seed: 766, from: '2026-01', to: '2026-03' })).toEqual(
      tables.filter((t) => t.period >= '2026-01' && t.period <= '2026-03'),
    );
  });

  it('reproduces the checked-in samples byte for byte', async () => {
    const specs = scorecardSampleSpecs(dir);
    await writeScorecardFiles(specs);
    for (const spec of specs) {
      const fresh = await readFile(spec.path);
      const checkedIn = await readFile(join(SAMPLES, basename(spec.path)));
      expect(fresh.equals(checkedIn), basename(spec.path)).toBe(true);
    }
  });

  it('the three file shapes of the March 2026 sample read to the same scorecards as generated', async () => {
    const generated = tables.find((t) => t.period === '2026-03')!.scorecards;
    for (const ext of ['csv', 'xlsx', 'xls']) {
      const { scorecards, problems, files } = await readFile1(join(SAMPLES, `scorecards-2026-03.${ext}`));
      expect(problems, ext).toEqual([]);
      expect(files[0]!.kind).toBe(ext === 'xls' ? 'html' : ext);
      expect(scorecards, ext).toEqual(generated);
    }
  });

  it('the March 2025 sample reads in the 2022 layout', async () => {
    const { scorecards, problems } = await readFile1(join(SAMPLES, 'scorecards-2025-03.csv'));
    expect(problems).toEqual([]);
    expect(scorecards).toEqual(tables.find((t) => t.period === '2025-03')!.scorecards);
    expect(scorecards[0]!.versionId).toBe(INDEX_766_DECISION_2022.id);
  });
});
