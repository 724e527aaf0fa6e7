/**
 * Shared by the server and web benchmarks: a year of generated dossiers turned into import request
 * bodies, and an in-process app to send them to (setup on first start, else login).
 */
import type { FastifyInstance } from 'fastify';
import { generateDossiers } from '../../mock-data/src/generate-dossiers.ts';
import type { MockDossier } from '../../mock-data/src/types.ts';
import { MAX_CHUNK_ROWS } from '../../src/api/imports.ts';
import type { Dossier } from '../../src/domain/dossier.ts';
import { type CanonicalRow, canonicalRowOf } from '../../src/ingest/canonical.ts';
import { createApp } from '../../src/server/app.ts';

export const PASSWORD = 'mat-khau-bench-123';

function toDossier(t: MockDossier, prefix: string): Dossier | null {
  if (t.statusBucket === 'excluded') return null;
  return {
    code: `${prefix}${t.code}`,
    unit: t.unit,
    receivingUnit: t.receivingUnit,
    sector: t.sector,
    procedureCode: t.procedureCode,
    procedure: t.procedure,
    channel: t.channel,
    status: t.statusBucket === 'unknown' ? null : t.statusBucket,
    receivedAt: t.receivedAt,
    dueAt: t.dueAt,
    finishedAt: t.finishedAt,
    returnedAt: t.returnedAt,
    rating: t.rating,
    apologyAt: t.apologyAt,
    hasApology: t.apologyAt !== null,
    newDueAt: t.newDueAt,
  };
}

/** Canonical rows of one import, in request bodies of MAX_CHUNK_ROWS rows (JSON built ahead). */
export function importBodies(
  rowsPerImport: number,
  seed: number,
  prefix: string,
): { bodies: string[]; rows: number } {
  const bodies: string[] = [];
  let chunk: CanonicalRow[] = [];
  let rows = 0;
  const seen = new Set<string>();
  for (const r of generateDossiers({
    seed,
    rows: rowsPerImport,
    from: '2025-01-01',
    to: '2025-12-31',
    flaws: false,
  })) {
    const d = toDossier(r.truth, prefix);
    if (d === null || seen.has(d.code)) continue;
    seen.add(d.code);
    chunk.push(canonicalRowOf(d, r.rowNumber + 1));
    rows++;
    if (chunk.length === MAX_CHUNK_ROWS) {
      bodies.push(JSON.stringify({ rows: chunk }));
      chunk = [];
    }
  }
  if (chunk.length > 0) bodies.push(JSON.stringify({ rows: chunk }));
  return { bodies, rows };
}

export async function signIn(app: FastifyInstance, token: string | null) {
  const headers = { 'content-type': 'application/json' };
  const res = token
    ? await app.inject({
        method: 'POST',
        url: '/api/auth/setup',
        headers,
        payload: { token, username: 'bench', password: PASSWORD },
      })
    : await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers,
        payload: { username: 'bench', password: PASSWORD },
      });
  const cookie = res.cookies.find((c) => c.name.endsWith('dunghan_session'))!;
  return { cookie: `${cookie.name}=${cookie.value}`, 'x-csrf-token': res.json().csrfToken as string };
}

export async function openApp(dataDir: string) {
  let token: string | null = null;
  const t0 = performance.now();
  const app = await createApp({
    dataDir,
    onSetupToken: (t) => {
      token = t;
    },
  });
  const startMs = performance.now() - t0;
  return { app, startMs, session: await signIn(app, token) };
}

export async function send(
  app: FastifyInstance,
  session: Record<string, string>,
  method: 'POST' | 'PUT',
  url: string,
  payload?: string | object,
) {
  const res = await app.inject({
    method,
    url,
    headers: { ...session, ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(payload !== undefined ? { payload } : {}),
  });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return res.json();
}
