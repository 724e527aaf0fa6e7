import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ScoreSet, ScoreSetDetail } from '../../../src/api/index766.ts';

export function sampleBytes(name: string): Buffer {
  return readFileSync(`mock-data/samples/${name}`);
}

export function fileOf(bytes: Buffer | string, name: string): File {
  return new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name, {
    type: name.endsWith('.json') ? 'application/json' : 'text/csv',
  });
}

/** A byte source for the core readers, as the tests compute what the page must show. */
export async function* once(bytes: Uint8Array | string): AsyncGenerator<Uint8Array> {
  yield typeof bytes === 'string' ? new TextEncoder().encode(bytes) : new Uint8Array(bytes);
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function scoreSet(id: number, overrides: Partial<ScoreSet> = {}): ScoreSet {
  return {
    id,
    kind: 'scorecards',
    status: 'published',
    fileName: `bang-diem-${id}.csv`,
    periods: ['2026-03'],
    versionIds: ['766-portal-2025'],
    rows: 116,
    accepted: 116,
    rejected: 0,
    createdBy: 'canbo',
    createdAt: '2026-04-06T02:00:00.000Z',
    retractedBy: null,
    retractedAt: null,
    ...overrides,
  };
}

export function setDetail(overrides: Partial<ScoreSetDetail> = {}): ScoreSetDetail {
  return { ...scoreSet(41), problems: [], unmatched: [], ...overrides };
}
