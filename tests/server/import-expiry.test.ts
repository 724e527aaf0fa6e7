import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditPage } from '../../src/api/audit.ts';
import type { ImportDetail } from '../../src/api/imports.ts';
import { wallTime } from '../../src/domain/time.ts';
import { createApp, DEFAULT_STAGED_IMPORT_MAX_AGE_MS } from '../../src/server/app.ts';
import { serverConfigFromEnv } from '../../src/server/start.ts';
import { ADMIN, type Client, call, login, PASSWORD, serverWithRoles, tempDir } from './helpers.ts';
import {
  createImport,
  putChunk,
  retract,
  row,
  stageAndPublish,
  stageImport,
  totals,
} from './import-helpers.ts';

const HOUR = 3_600_000;
const MARCH = ['2024-03-01', '2024-03-31'] as const;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const rowsOf = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) =>
    row({ code: `${prefix}-${i}`, finishedAt: wallTime(2024, 3, 4, 9) }, i + 2),
  );

type App = Awaited<ReturnType<typeof serverWithRoles>>['app'];

const storedRows = (app: App, importId: number) =>
  (
    app.sqlite.prepare('select count(*) as n from dossier_rows where import_id = ?').get(importId) as {
      n: number;
    }
  ).n;

async function detail(app: App, as: Client, id: number): Promise<ImportDetail> {
  const res = await call(app, 'GET', `/api/imports/${id}`, { as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ImportDetail;
}

async function auditOf(app: App, admin: Client, action: string) {
  const res = await call(app, 'GET', `/api/audit?action=${action}`, { as: admin });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as AuditPage).entries;
}

/** Sessions end after 12 idle hours: sign in again after moving the clock a day. */
const signIn = {
  admin: (app: App) => login(app, ADMIN.username, ADMIN.password),
  uploader: (app: App) => login(app, 'canbo', PASSWORD),
};

/**
 * At t0: an import staged, one published, one published then retracted, an upload that stopped
 * after its first chunk. At t0 + 24 h: another staged, another upload that sent its last chunk
 * half an hour later. The clock then stands at t0 + 25 h.
 */
async function importsOfAllAges() {
  const { server, app } = await serverWithRoles();
  let uploader = await signIn.uploader(app);
  const t0 = server.clock.now;
  const oldStaged = await stageImport(app, uploader, rowsOf('OLD', 3), { fileName: 'cu.csv' });
  const oldPublished = await stageAndPublish(app, uploader, rowsOf('PUB', 2), { fileName: 'cong-bo.csv' });
  const oldRetracted = await stageAndPublish(app, uploader, rowsOf('RUT', 2), { fileName: 'rut-lai.csv' });
  await retract(app, uploader, oldRetracted.id);
  const stalled = await createImport(app, uploader, rowsOf('DUNG', 2), { fileName: 'dung-giua-chung.csv' });
  await putChunk(app, uploader, stalled.id, 0, rowsOf('DUNG', 2).slice(0, 1));

  server.clock.now = t0 + 24 * HOUR;
  uploader = await signIn.uploader(app);
  const freshStaged = await stageImport(app, uploader, rowsOf('MOI', 2), { fileName: 'moi.csv' });
  const slowUpload = await createImport(app, uploader, rowsOf('CHAM', 2), { fileName: 'cham.csv' });
  server.clock.now = t0 + 24.5 * HOUR;
  await putChunk(app, uploader, slowUpload.id, 0, rowsOf('CHAM', 2).slice(0, 1));

  server.clock.now = t0 + 25 * HOUR;
  return {
    server,
    t0,
    ids: {
      oldStaged: oldStaged.id,
      oldPublished: oldPublished.id,
      oldRetracted: oldRetracted.id,
      stalled: stalled.id,
      freshStaged: freshStaged.id,
      slowUpload: slowUpload.id,
    },
  };
}

describe('expiry of imports left unpublished', () => {
  it('discards at start an import staged 25 h ago, with its rows and an audit entry; keeps the rest', async () => {
    const { server, t0, ids } = await importsOfAllAges();
    const adminBefore = await signIn.admin(server.app);
    const before = await totals(server.app, adminBefore, ...MARCH);
    const discardsBefore = await auditOf(server.app, adminBefore, 'import.discard');
    expect(storedRows(server.app, ids.oldStaged)).toBe(3);

    const later = t0 + 25 * HOUR;
    const { app } = await server.restart({ now: () => later });
    const admin = await signIn.admin(app);
    const uploader = await signIn.uploader(app);

    const expired = await detail(app, admin, ids.oldStaged);
    expect(expired).toMatchObject({
      status: 'discarded',
      discardedAt: new Date(later).toISOString(),
      discardedBy: null,
      dossiers: 3,
    });
    expect(expired.summary?.accepted).toBe(3);
    expect(storedRows(app, ids.oldStaged)).toBe(0);
    expect(await detail(app, admin, ids.stalled)).toMatchObject({ status: 'discarded', discardedBy: null });
    expect(storedRows(app, ids.stalled)).toBe(0);

    // Published and retracted imports of any age keep their status and rows; recent ones stay as they were.
    expect((await detail(app, admin, ids.oldPublished)).status).toBe('published');
    expect(storedRows(app, ids.oldPublished)).toBe(2);
    expect((await detail(app, admin, ids.oldRetracted)).status).toBe('retracted');
    expect(storedRows(app, ids.oldRetracted)).toBe(2);
    expect((await detail(app, admin, ids.freshStaged)).status).toBe('staged');
    expect(storedRows(app, ids.freshStaged)).toBe(2);
    expect((await detail(app, admin, ids.slowUpload)).status).toBe('uploading');
    expect(storedRows(app, ids.slowUpload)).toBe(1);
    expect(await totals(app, admin, ...MARCH)).toEqual(before);

    const entries = await auditOf(app, admin, 'import.expire');
    expect(entries.map((e) => e.target).sort()).toEqual([String(ids.oldStaged), String(ids.stalled)].sort());
    expect(entries.find((e) => e.target === String(ids.oldStaged))).toMatchObject({
      at: new Date(later).toISOString(),
      actor: null,
      details: {
        fileName: 'cu.csv',
        status: 'staged',
        stagedRowsDeleted: 3,
        idleSince: new Date(t0).toISOString(),
        maxAgeHours: 24,
      },
    });
    expect(await auditOf(app, admin, 'import.discard')).toEqual(discardsBefore);

    // The history says it; the import that was kept can still be published; nothing expires twice.
    const staged = await call(app, 'GET', '/api/imports?status=staged', { as: admin });
    expect(staged.json().imports.map((i: ImportDetail) => i.id)).toEqual([ids.freshStaged]);
    const published = await call(app, 'POST', `/api/imports/${ids.freshStaged}/publish`, { as: uploader });
    expect(published.statusCode, published.body).toBe(200);
    expect(await app.imports.expireUnpublished(DEFAULT_STAGED_IMPORT_MAX_AGE_MS, later)).toEqual([]);
    const refused = await call(app, 'POST', `/api/imports/${ids.oldStaged}/publish`, { as: uploader });
    expect(refused.statusCode).toBe(409);
  });

  it('checks again every hour, with the configured age', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { server, t0, ids } = await importsOfAllAges();
    const { app } = await server.restart({ now: () => server.clock.now, stagedImportMaxAgeMs: 30 * HOUR });
    let admin = await signIn.admin(app);
    // At start (t0 + 25 h), nothing is 30 hours old yet.
    expect((await detail(app, admin, ids.oldStaged)).status).toBe('staged');

    server.clock.now = t0 + 54.2 * HOUR;
    admin = await signIn.admin(app);
    await vi.advanceTimersByTimeAsync(HOUR);
    await vi.waitFor(async () =>
      expect((await detail(app, admin, ids.freshStaged)).status).toBe('discarded'),
    );
    expect((await detail(app, admin, ids.oldStaged)).status).toBe('discarded');
    expect((await detail(app, admin, ids.slowUpload)).status).toBe('uploading');
    expect((await detail(app, admin, ids.oldPublished)).status).toBe('published');
    expect(await auditOf(app, admin, 'import.expire')).toHaveLength(3);

    await app.close();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not keep the process alive: its timer is unref’d and cleared when the app closes', async () => {
    const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
    const clearIntervalSpy = vi.spyOn(globalThis, 'clearInterval');
    const dataDir = tempDir();
    const app = await createApp({ dataDir, webRoot: join(dataDir, 'no-web-build') });
    const timers = setIntervalSpy.mock.results.map((r) => r.value as NodeJS.Timeout);
    expect(setIntervalSpy.mock.calls.map((c) => c[1])).toContain(HOUR);
    for (const timer of timers) expect(timer.hasRef()).toBe(false);
    await expect(app.close()).resolves.toBeUndefined();
    for (const timer of timers) expect(clearIntervalSpy).toHaveBeenCalledWith(timer);
  });

  it('takes its age from STAGED_IMPORT_MAX_AGE_HOURS, 24 hours by default', () => {
    expect(serverConfigFromEnv({}).stagedImportMaxAgeMs).toBe(24 * HOUR);
    expect(serverConfigFromEnv({ STAGED_IMPORT_MAX_AGE_HOURS: '2.5' }).stagedImportMaxAgeMs).toBe(2.5 * HOUR);
    expect(() => serverConfigFromEnv({ STAGED_IMPORT_MAX_AGE_HOURS: '0' })).toThrow(
      /STAGED_IMPORT_MAX_AGE_HOURS/,
    );
    expect(() => serverConfigFromEnv({ STAGED_IMPORT_MAX_AGE_HOURS: 'mot ngay' })).toThrow(
      /STAGED_IMPORT_MAX_AGE_HOURS/,
    );
  });
});
