import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/api/settings.ts';
import { DATABASE_FILE, openDatabase } from '../../src/server/db/database.ts';
import { MIGRATIONS } from '../../src/server/db/migrations/index.ts';
import { ADMIN, addUser, call, login, PASSWORD, setUp, startTestServer, tempDir } from './helpers.ts';

describe('the embedded database', () => {
  it('runs every migration once on a new data directory and none on the next opens', async () => {
    const dataDir = tempDir();
    const first = await openDatabase(dataDir);
    expect(first.migrated).toEqual(Object.keys(MIGRATIONS));
    await first.db.destroy();
    for (let i = 0; i < 2; i++) {
      const again = await openDatabase(dataDir);
      expect(again.migrated).toEqual([]);
      await again.db.destroy();
    }
    const raw = new BetterSqlite3(join(dataDir, DATABASE_FILE), { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      const applied = raw.prepare('select name from kysely_migration order by name').all() as {
        name: string;
      }[];
      expect(applied.map((r) => r.name)).toEqual(Object.keys(MIGRATIONS));
    } finally {
      raw.close();
    }
  });

  it('keeps accounts, sessions, admin data and the audit log across a restart', async () => {
    const server = await startTestServer();
    const admin = await setUp(server);
    await addUser(server.app, admin, 'lanhdao', 'viewer');
    await call(server.app, 'PUT', '/api/registry', {
      as: admin,
      body: { units: [{ id: 'stp', name: 'Sở Tư pháp', group: 'department', aliases: [] }] },
    });
    await call(server.app, 'PUT', '/api/settings', {
      as: admin,
      body: { settings: { ...DEFAULT_SETTINGS, dueSoonWorkingDays: 5 } },
    });
    const calendar = (await call(server.app, 'GET', '/api/calendar', { as: admin })).json();
    await call(server.app, 'PUT', '/api/calendar', { as: admin, body: { years: calendar.years.slice(1) } });
    const auditBefore = (await call(server.app, 'GET', '/api/audit', { as: admin })).json();

    const restarted = await server.restart();
    const app = restarted.app;
    expect(restarted.setupToken).toBeNull();
    // The browser's session cookie still works after the restart.
    expect((await call(app, 'GET', '/api/auth/session', { as: admin })).json().user.username).toBe('admin');
    await login(app, 'lanhdao', PASSWORD);
    await login(app, 'admin', ADMIN.password);
    expect((await call(app, 'GET', '/api/registry', { as: admin })).json()).toMatchObject({
      version: 1,
      units: [{ id: 'stp' }],
    });
    expect((await call(app, 'GET', '/api/settings', { as: admin })).json()).toMatchObject({
      version: 1,
      settings: { dueSoonWorkingDays: 5 },
    });
    expect((await call(app, 'GET', '/api/calendar', { as: admin })).json().years).toEqual(
      calendar.years.slice(1),
    );
    expect(app.adminData.versions()).toEqual({ registry: 1, calendar: 1, settings: 1 });
    const auditAfter = (await call(app, 'GET', '/api/audit?pageSize=200', { as: admin })).json();
    expect(auditAfter.entries.slice(-auditBefore.entries.length)).toEqual(auditBefore.entries);
  });

  it('pages the audit log newest first', async () => {
    const server = await startTestServer();
    const admin = await setUp(server);
    for (let i = 0; i < 5; i++)
      await call(server.app, 'POST', '/api/auth/login', { body: { username: `ghost${i}`, password: 'x' } });
    const page1 = (
      await call(server.app, 'GET', '/api/audit?pageSize=2&action=auth.login_failed', { as: admin })
    ).json();
    const page3 = (
      await call(server.app, 'GET', '/api/audit?pageSize=2&page=3&action=auth.login_failed', { as: admin })
    ).json();
    expect(page1).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(page1.entries.map((e: { target: string }) => e.target)).toEqual(['ghost4', 'ghost3']);
    expect(page3.entries.map((e: { target: string }) => e.target)).toEqual(['ghost0']);
    const bad = await call(server.app, 'GET', '/api/audit?pageSize=1000', { as: admin });
    expect(bad.statusCode).toBe(400);
  });
});
