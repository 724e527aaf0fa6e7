import { describe, expect, it } from 'vitest';
import type { CalendarResponse } from '../../src/api/calendar.ts';
import type { RegistryResponse } from '../../src/api/registry.ts';
import { DEFAULT_SETTINGS, type SettingsResponse } from '../../src/api/settings.ts';
import { DEFAULT_HOLIDAYS } from '../../src/domain/holidays.ts';
import { wallTime } from '../../src/domain/time.ts';
import { createUnitResolver } from '../../src/domain/units.ts';
import type { AdminDataChange } from '../../src/server/admin-data/admin-data.ts';
import { call, errorOf, serverWithRoles } from './helpers.ts';

const SO_TU_PHAP = { id: 'stp', name: 'Sở Tư pháp', group: 'department', aliases: ['STP', 'Sở TP'] } as const;
const HUYEN_CU = {
  id: 'h-cu',
  name: 'UBND huyện Cũ',
  group: 'other',
  aliases: [],
  successorId: 'xa-moi',
  retired: true,
} as const;
const XA_MOI = { id: 'xa-moi', name: 'UBND xã Mới', group: 'commune', aliases: [] } as const;

describe('unit registry', () => {
  it('starts empty at version 0, and each change writes a new version that the domain resolver uses', async () => {
    const { app, admin, viewer } = await serverWithRoles();
    const changes: AdminDataChange[] = [];
    app.adminData.on('change', (c) => changes.push(c));
    expect((await call(app, 'GET', '/api/registry', { as: viewer })).json()).toEqual({
      version: 0,
      updatedAt: null,
      updatedBy: null,
      units: [],
    });

    const v1 = await call(app, 'PUT', '/api/registry', {
      as: admin,
      body: { baseVersion: 0, units: [SO_TU_PHAP] },
    });
    expect(v1.statusCode).toBe(200);
    expect(v1.json()).toMatchObject({ version: 1, updatedBy: 'admin', units: [SO_TU_PHAP] });
    const v2 = await call(app, 'PUT', '/api/registry', {
      as: admin,
      body: { baseVersion: 1, units: [SO_TU_PHAP, HUYEN_CU, XA_MOI] },
    });
    expect((v2.json() as RegistryResponse).version).toBe(2);
    expect(changes).toEqual([
      { kind: 'registry', version: 1 },
      { kind: 'registry', version: 2 },
    ]);

    const resolver = createUnitResolver(app.adminData.unitRegistry());
    expect(resolver.resolve('UBND Huyện Cũ')).toMatchObject({ id: 'xa-moi', source: 'registry' });
    expect(resolver.resolve('Sở TP')).toMatchObject({ id: 'stp' });
    expect(app.adminData.unitRegistry().version).toBe(2);

    const history = (await call(app, 'GET', '/api/registry/versions', { as: admin })).json();
    expect(history.versions.map((v: { version: number }) => v.version)).toEqual([2, 1, 0]);
    const old = (
      await call(app, 'GET', '/api/registry/versions/1', { as: admin })
    ).json() as RegistryResponse;
    expect(old.units.map((u) => u.id)).toEqual(['stp']);
    expect((await call(app, 'GET', '/api/registry/versions/9', { as: admin })).statusCode).toBe(404);

    const log = (await call(app, 'GET', '/api/audit?action=registry.update', { as: admin })).json();
    expect(log.entries[0].details).toEqual({
      version: 2,
      added: ['h-cu', 'xa-moi'],
      removed: [],
      changed: [],
    });
  });

  it('writes no version when nothing changed', async () => {
    const { app, admin } = await serverWithRoles();
    await call(app, 'PUT', '/api/registry', { as: admin, body: { units: [SO_TU_PHAP] } });
    const same = await call(app, 'PUT', '/api/registry', { as: admin, body: { units: [SO_TU_PHAP] } });
    expect((same.json() as RegistryResponse).version).toBe(1);
    expect((await call(app, 'GET', '/api/audit?action=registry.update', { as: admin })).json().total).toBe(1);
  });

  it('refuses an edit based on a version someone else has since replaced', async () => {
    const { app, admin } = await serverWithRoles();
    await call(app, 'PUT', '/api/registry', { as: admin, body: { baseVersion: 0, units: [SO_TU_PHAP] } });
    const stale = await call(app, 'PUT', '/api/registry', {
      as: admin,
      body: { baseVersion: 0, units: [XA_MOI] },
    });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('conflict');
    expect((await call(app, 'GET', '/api/registry', { as: admin })).json().units).toEqual([SO_TU_PHAP]);
  });

  it('lists every bad unit: duplicate ids, missing and circular successors', async () => {
    const { app, admin } = await serverWithRoles();
    const res = await call(app, 'PUT', '/api/registry', {
      as: admin,
      body: {
        units: [
          SO_TU_PHAP,
          { ...XA_MOI, id: 'stp' },
          { id: 'a', name: 'A', group: 'commune', aliases: [], successorId: 'b' },
          { id: 'b', name: 'B', group: 'commune', aliases: [], successorId: 'a' },
          { id: 'c', name: 'C', group: 'commune', aliases: [], successorId: 'none' },
          { id: 'd', name: 'D', group: 'commune', aliases: [], successorId: 'd' },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    const { code, message, fields } = errorOf(res);
    expect(code).toBe('validation');
    expect(fields).toEqual([
      { path: 'body.units.1.id', message: 'Mã đơn vị "stp" bị trùng' },
      { path: 'body.units.2.successorId', message: 'Chuỗi đơn vị kế thừa từ "a" quay vòng lại chính nó' },
      { path: 'body.units.3.successorId', message: 'Chuỗi đơn vị kế thừa từ "b" quay vòng lại chính nó' },
      { path: 'body.units.4.successorId', message: 'Không có đơn vị kế thừa mã "none"' },
      { path: 'body.units.5.successorId', message: 'Đơn vị không thể kế thừa chính nó' },
    ]);
    expect(message).toContain('body.units.1.id');
    expect(app.adminData.unitRegistry().version).toBe(0);
  });

  it('takes a large registry (8,000 units with aliases) past the default 1 MiB body limit', async () => {
    const { app, admin } = await serverWithRoles();
    const units = Array.from({ length: 8000 }, (_, i) => ({
      id: `xa-${i}`,
      name: `UBND xã Số ${i}`,
      group: 'commune',
      aliases: [
        `Ủy ban nhân dân xã Số ${i}`,
        `UBND X. Số ${i}`,
        `Xã Số ${i} (cũ: phường ${i}, thị trấn ${i})`,
      ],
    }));
    const body = { units };
    expect(Buffer.byteLength(JSON.stringify(body))).toBeGreaterThan(1024 * 1024);
    const res = await call(app, 'PUT', '/api/registry', { as: admin, body });
    expect(res.statusCode).toBe(200);
    expect(app.adminData.unitRegistry().units).toHaveLength(8000);
  });

  it('names the field of a unit with a wrong shape', async () => {
    const { app, admin } = await serverWithRoles();
    const res = await call(app, 'PUT', '/api/registry', {
      as: admin,
      body: { units: [SO_TU_PHAP, { id: 'd', name: '', group: 'province', aliases: 'x' }] },
    });
    expect(errorOf(res).fields!.map((f) => f.path)).toEqual([
      'body.units.1.name',
      'body.units.1.group',
      'body.units.1.aliases',
    ]);
    expect(errorOf(res).fields![1]!.message).toBe('Nhóm phải là department, commune, vertical hoặc other');
  });
});

describe('holiday calendar', () => {
  it('is seeded from the built-in table and a change moves working-day arithmetic', async () => {
    const { app, admin, viewer } = await serverWithRoles();
    const seeded = (await call(app, 'GET', '/api/calendar', { as: viewer })).json() as CalendarResponse;
    expect(seeded.version).toBe(0);
    expect(seeded.years.map((y) => y.year)).toEqual(DEFAULT_HOLIDAYS.map((y) => y.year));

    const tuesday = wallTime(2026, 11, 24);
    expect(app.adminData.workCalendar().isWorkingDay(tuesday)).toBe(true);
    const years = seeded.years.map((y) =>
      y.year === 2026 ? { ...y, holidays: [...y.holidays, '2026-11-24'] } : y,
    );
    const res = await call(app, 'PUT', '/api/calendar', { as: admin, body: { baseVersion: 0, years } });
    expect(res.statusCode).toBe(200);
    expect((res.json() as CalendarResponse).version).toBe(1);
    expect(app.adminData.workCalendar().isWorkingDay(tuesday)).toBe(false);

    const log = (await call(app, 'GET', '/api/audit?action=calendar.update', { as: admin })).json();
    expect(log.entries[0].details).toEqual({ version: 1, added: [], removed: [], changed: ['2026'] });
  });

  it('refuses impossible dates, repeated years and weekdays listed as worked weekend days', async () => {
    const { app, admin } = await serverWithRoles();
    const res = await call(app, 'PUT', '/api/calendar', {
      as: admin,
      body: {
        years: [
          {
            year: 2027,
            holidays: ['2027-02-30', '2027-13-01', '1/1/2027'],
            workingSaturdays: ['2027-01-06'],
          },
          { year: 2027, holidays: [], workingSaturdays: [] },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    const fields = errorOf(res).fields!;
    expect(fields.map((f) => f.path)).toEqual([
      'body.years.0.holidays.0',
      'body.years.0.holidays.1',
      'body.years.0.holidays.2',
      'body.years.0.workingSaturdays.0',
      'body.years.1.year',
    ]);
    expect(fields[0]!.message).toBe('Ngày phải có dạng yyyy-MM-dd và có thật');
    expect(fields[3]!.message).toBe(
      'Ngày 2027-01-06 không phải thứ Bảy hay Chủ nhật nên không thể là ngày làm bù',
    );
    expect(fields[4]!.message).toBe('Năm 2027 bị trùng');
    expect(app.adminData.get('calendar').info.version).toBe(0);
  });
});

describe('settings', () => {
  it('default to private, 2 due-soon working days and no targets, and version like the rest', async () => {
    const { app, admin, viewer } = await serverWithRoles();
    expect((await call(app, 'GET', '/api/settings', { as: viewer })).json()).toEqual({
      version: 0,
      updatedAt: null,
      updatedBy: null,
      settings: DEFAULT_SETTINGS,
    });
    const settings = {
      publicMode: false,
      dueSoonWorkingDays: 3,
      targets: { '2026': { onTimeRate: 0.98, progressRate766: 0.95 } },
    };
    const res = await call(app, 'PUT', '/api/settings', { as: admin, body: { settings } });
    expect(res.json()).toMatchObject({ version: 1, settings });
    expect(app.adminData.settings().targets['2026']?.onTimeRate).toBe(0.98);
    const log = (await call(app, 'GET', '/api/audit?action=settings.update', { as: admin })).json();
    expect(Object.keys(log.entries[0].details).sort()).toEqual(['dueSoonWorkingDays', 'targets', 'version']);
    expect(log.entries[0].details.dueSoonWorkingDays).toEqual({ from: 2, to: 3 });
  });

  it('refuses targets outside 0–1 and unknown metrics', async () => {
    const { app, admin } = await serverWithRoles();
    const res = await call(app, 'PUT', '/api/settings', {
      as: admin,
      body: {
        settings: {
          publicMode: false,
          dueSoonWorkingDays: 2,
          targets: { '2026': { onTimeRate: 98, speed: 1 } },
        },
      },
    });
    expect(res.statusCode).toBe(400);
    expect(
      errorOf(res)
        .fields!.map((f) => f.path)
        .sort(),
    ).toEqual(['body.settings.targets.2026', 'body.settings.targets.2026.onTimeRate']);
  });
});

describe('public read-only mode', () => {
  it('opens the public GET routes to anonymous visitors while on, and nothing else', async () => {
    const { app, admin } = await serverWithRoles();
    const anonymous = (method: 'GET' | 'PUT', url: string, body?: unknown) =>
      call(app, method, url, body ? { body } : {});
    expect((await anonymous('GET', '/api/calendar')).statusCode).toBe(401);

    await call(app, 'PUT', '/api/settings', {
      as: admin,
      body: { settings: { ...DEFAULT_SETTINGS, publicMode: true } },
    });
    expect((await anonymous('GET', '/api/auth/session')).json().publicMode).toBe(true);
    for (const url of ['/api/calendar', '/api/registry', '/api/settings'])
      expect((await anonymous('GET', url)).statusCode, url).toBe(200);
    for (const url of ['/api/users', '/api/audit', '/api/registry/versions', '/api/settings/versions/0'])
      expect((await anonymous('GET', url)).statusCode, url).toBe(401);
    expect((await anonymous('PUT', '/api/registry', { units: [] })).statusCode).toBe(401);
    expect((await anonymous('PUT', '/api/settings', { settings: DEFAULT_SETTINGS })).statusCode).toBe(401);

    await call(app, 'PUT', '/api/settings', { as: admin, body: { settings: DEFAULT_SETTINGS } });
    expect((await anonymous('GET', '/api/calendar')).statusCode).toBe(401);
  });

  it('can be the starting value of the setting, until an admin saves settings', async () => {
    const { startTestServer } = await import('./helpers.ts');
    const server = await startTestServer({ publicMode: true });
    expect((await call(server.app, 'GET', '/api/registry')).statusCode).toBe(200);
    expect(((await call(server.app, 'GET', '/api/settings')).json() as SettingsResponse).version).toBe(0);
  });
});
