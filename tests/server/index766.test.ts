import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { ScoreSetDetail, TargetResponse } from '../../src/api/index766.ts';
import { dossierAt } from '../../src/domain/table.ts';
import { canonicalRowOf } from '../../src/ingest/canonical.ts';
import { canonicalFeedbackOf } from '../../src/ingest/feedback/canonical.ts';
import { ingestFeedbackFiles } from '../../src/ingest/feedback/ingest.ts';
import { ingestFiles } from '../../src/ingest/pipeline.ts';
import { readScorecards } from '../../src/ingest/scorecard/read.ts';
import { addUser, call, errorOf, setUp, startTestServer } from './helpers.ts';
import { stageAndPublish } from './import-helpers.ts';

const SAMPLES = 'mock-data/samples';
const run = promisify(execFile);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const input = (file: string) => {
  const bytes = new Uint8Array(readFileSync(`${SAMPLES}/${file}`));
  async function* source() {
    yield bytes;
  }
  return { name: file, source: source(), totalBytes: bytes.length, bytes };
};

async function samples() {
  const dossierFile = input('export-2026-03.csv');
  const { table } = await ingestFiles([dossierFile]);
  const rows = Array.from({ length: table.length }, (_, i) => canonicalRowOf(dossierAt(table, i), i + 2));
  const scoreFile = input('scorecards-2026-03.csv');
  const { scorecards } = await readScorecards([scoreFile]);
  const feedbackFile = input('feedback-2026-03.csv');
  const { items } = await ingestFeedbackFiles([feedbackFile]);
  return {
    rows,
    scorecards: { fileName: scoreFile.name, fileHash: sha(scoreFile.bytes), scorecards },
    feedback: {
      fileName: feedbackFile.name,
      fileHash: sha(feedbackFile.bytes),
      items: items.map(canonicalFeedbackOf),
    },
  };
}

interface CliTarget {
  province: {
    official: { units: number; goodOrBetter: number } | null;
    estimate: { units: number; goodOrBetter: number };
  };
  units: {
    unitId: string;
    basis: string | null;
    gapTo80: number | null;
    estimate: { total: number } | null;
  }[];
}

describe('QĐ 766 sets and the target answer', () => {
  it('publishes scorecards and feedback, and answers the target exactly as `dunghan target` does for the same files', async () => {
    const server = await startTestServer();
    const admin = await setUp(server);
    const { rows, scorecards, feedback } = await samples();
    await stageAndPublish(server.app, admin, rows, { fileName: 'export-2026-03.csv' });

    const sc = await call(server.app, 'POST', '/api/index766/scorecard-sets', {
      as: admin,
      body: scorecards,
    });
    expect(sc.statusCode, sc.body).toBe(201);
    const scSet = sc.json() as ScoreSetDetail;
    expect(scSet).toMatchObject({
      kind: 'scorecards',
      status: 'published',
      periods: ['2026-03'],
      rejected: 0,
    });
    expect(scSet.accepted).toBe(scorecards.scorecards.length);
    const fb = await call(server.app, 'POST', '/api/index766/feedback-sets', { as: admin, body: feedback });
    expect(fb.statusCode, fb.body).toBe(201);
    expect((fb.json() as ScoreSetDetail).accepted).toBe(feedback.items.length);

    const res = await call(server.app, 'GET', '/api/index766/target?month=2026-03&months=3', { as: admin });
    expect(res.statusCode, res.body).toBe(200);
    const target = res.json() as TargetResponse;

    const { stdout } = await run(
      process.execPath,
      [
        'bin/dunghan.mjs',
        'target',
        '--month',
        '2026-03',
        '--scorecard',
        `${SAMPLES}/scorecards-2026-03.csv`,
        '--dossiers',
        `${SAMPLES}/export-2026-03.csv`,
        '--feedback',
        `${SAMPLES}/feedback-2026-03.csv`,
        '--format',
        'json',
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    const cli = JSON.parse(stdout) as CliTarget;
    const march = target.months.at(-1)!;
    expect(march.period).toBe('2026-03');
    expect(march.official).toMatchObject({
      units: cli.province.official!.units,
      goodOrBetter: cli.province.official!.goodOrBetter,
    });
    expect(march.estimate).toMatchObject({
      units: cli.province.estimate.units,
      goodOrBetter: cli.province.estimate.goodOrBetter,
    });
    const cliUnits = new Map(cli.units.map((u) => [u.unitId, u]));
    expect(target.units.length).toBe(cli.units.filter((u) => u.basis !== null).length);
    for (const u of target.units) {
      const c = cliUnits.get(u.unitId)!;
      expect(u.basis).toBe(c.basis);
      expect(u.gap).toBeCloseTo(c.gapTo80!, 2);
      if (c.estimate) expect(u.estimate!.scorecard.total).toBeCloseTo(c.estimate.total, 2);
    }
    // Below Tốt first, the smallest gap first.
    const gaps = target.units.map((u) => u.gap);
    const below = gaps.filter((g) => g > 0);
    expect(gaps.slice(0, below.length)).toEqual([...below].sort((a, b) => a - b));
    expect(target.scorecardSet?.fileName).toBe('scorecards-2026-03.csv');
    expect(target.feedbackSet?.fileName).toBe('feedback-2026-03.csv');
    expect(target.months.map((m) => m.period)).toEqual(['2026-01', '2026-02', '2026-03']);
    // No official cards before March: those months have none.
    expect(target.months[0]!.official).toBeNull();

    const inForce = await call(server.app, 'GET', '/api/index766/scorecards?period=2026-03', { as: admin });
    expect(inForce.json().scorecards).toHaveLength(scorecards.scorecards.length);
  });

  it('leaves out a card with an error, keeps a grade mismatch as a warning, and lists names the registry does not know', async () => {
    const server = await startTestServer();
    const admin = await setUp(server);
    const card = {
      source: 'official' as const,
      versionId: '766-portal-2025',
      period: '2026-03',
      unitCode: null,
      unitId: null,
      rank: null,
      asOf: null,
    };
    const groups = { CKMB: 15, TDGQ: 18, CLGQ: 10, TTTT: 8, MDSH: 15, MDHL: 16 };
    const res = await call(server.app, 'POST', '/api/index766/scorecard-sets', {
      as: admin,
      body: {
        fileName: 'bang-diem.csv',
        fileHash: 'a'.repeat(64),
        scorecards: [
          { ...card, unitName: 'Sở Tư pháp', groups, total: 82, grade: 'good' },
          // TDGQ above its maximum of 20: an error, the card is left out.
          { ...card, unitName: 'Sở Y tế', groups: { ...groups, TDGQ: 21 }, total: 85, grade: 'good' },
          // The printed grade does not match 82 points: kept, with a warning.
          { ...card, unitName: 'UBND xã Mỹ Hòa Hưng', groups, total: 82, grade: 'fair' },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const set = res.json() as ScoreSetDetail;
    expect(set).toMatchObject({ accepted: 2, rejected: 1, rows: 3 });
    expect(set.problems.map((p) => [p.index, p.code, p.severity])).toEqual([
      [2, 'group_above_max', 'error'],
      [3, 'grade_mismatch', 'warning'],
    ]);
    expect(set.unmatched).toEqual(['Sở Tư pháp', 'UBND xã Mỹ Hòa Hưng']);

    const nothing = await call(server.app, 'POST', '/api/index766/scorecard-sets', {
      as: admin,
      body: {
        fileName: 'sai.csv',
        fileHash: 'b'.repeat(64),
        scorecards: [
          { ...card, unitName: 'Sở Y tế', groups: { ...groups, TDGQ: 21 }, total: 85, grade: 'good' },
        ],
      },
    });
    expect(nothing.statusCode).toBe(422);
    expect(errorOf(nothing).message).toContain('Không có dòng hợp lệ');
  });

  it('forgets a retracted set in the target answer, and lets only uploaders publish or retract', async () => {
    const server = await startTestServer();
    const admin = await setUp(server);
    const viewer = await addUser(server.app, admin, 'lanhdao', 'viewer');
    const { rows, scorecards } = await samples();
    await stageAndPublish(server.app, admin, rows, { fileName: 'export-2026-03.csv' });

    const refused = await call(server.app, 'POST', '/api/index766/scorecard-sets', {
      as: viewer,
      body: scorecards,
    });
    expect(refused.statusCode).toBe(403);
    const created = await call(server.app, 'POST', '/api/index766/scorecard-sets', {
      as: admin,
      body: scorecards,
    });
    const id = (created.json() as ScoreSetDetail).id;
    const before = (
      await call(server.app, 'GET', '/api/index766/target?month=2026-03', { as: viewer })
    ).json();
    expect(before.months.at(-1).official.units).toBe(scorecards.scorecards.length);

    expect(
      (await call(server.app, 'POST', `/api/index766/sets/${id}/retract`, { as: viewer })).statusCode,
    ).toBe(403);
    const retracted = await call(server.app, 'POST', `/api/index766/sets/${id}/retract`, { as: admin });
    expect(retracted.json()).toMatchObject({ status: 'retracted', retractedBy: 'admin' });
    const after = (
      await call(server.app, 'GET', '/api/index766/target?month=2026-03', { as: viewer })
    ).json();
    expect(after.months.at(-1).official).toBeNull();
    expect(after.units.every((u: { basis: string }) => u.basis === 'estimate')).toBe(true);
    const history = (await call(server.app, 'GET', '/api/index766/sets', { as: viewer })).json();
    expect(history.sets.map((s: { status: string }) => s.status)).toEqual(['retracted']);
    // Once retracted, the same file may be published again.
    const again = await call(server.app, 'POST', '/api/index766/scorecard-sets', {
      as: admin,
      body: scorecards,
    });
    expect(again.statusCode).toBe(201);
  });
});
