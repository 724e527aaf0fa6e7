import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/api/settings.ts';
import { createCalendar } from '../../src/domain/calendar.ts';
import type { Dossier } from '../../src/domain/dossier.ts';
import { DEFAULT_HOLIDAYS } from '../../src/domain/holidays.ts';
import { totalMetrics } from '../../src/domain/metrics.ts';
import { dayRangePeriod, monthPeriod } from '../../src/domain/period.ts';
import { buildTable } from '../../src/domain/table.ts';
import { wallTime } from '../../src/domain/time.ts';
import { indexUnits, unitMetrics } from '../../src/domain/unit-metrics.ts';
import { createUnitResolver } from '../../src/domain/units.ts';
import { canonicalRowOf } from '../../src/ingest/canonical.ts';
import { dossier } from '../support/dossiers.ts';
import { call, errorOf, serverWithRoles } from './helpers.ts';
import { stageAndPublish } from './import-helpers.ts';

const COMMUNE = 'UBND xã Mỹ Hòa Hưng';
const DEPARTMENT = 'Sở Tư pháp';

/** Two units over January–March 2024, with every kind of outcome. */
function dataset(): Dossier[] {
  const d = (code: string, o: Partial<Dossier>) => dossier({ code, ...o });
  return [
    d('C-1', {
      receivedAt: wallTime(2024, 1, 10, 8),
      dueAt: wallTime(2024, 1, 15, 17),
      finishedAt: wallTime(2024, 1, 12, 9),
    }),
    d('C-2', {
      receivedAt: wallTime(2024, 2, 1, 8),
      dueAt: wallTime(2024, 2, 5, 17),
      finishedAt: wallTime(2024, 2, 9, 9),
      channel: 'online',
      apologyAt: wallTime(2024, 2, 5, 10),
      hasApology: true,
      newDueAt: wallTime(2024, 2, 9, 17),
    }),
    d('C-3', {
      status: 'pending',
      receivedAt: wallTime(2024, 3, 1, 8),
      dueAt: wallTime(2024, 3, 8, 17),
      sector: 'Đất đai',
    }),
    d('C-4', {
      status: 'pending',
      receivedAt: wallTime(2024, 3, 25, 8),
      dueAt: wallTime(2024, 4, 2, 17),
      channel: 'online',
    }),
    d('C-5', { status: 'paused', receivedAt: wallTime(2024, 3, 4, 8), dueAt: wallTime(2024, 3, 6, 17) }),
    d('S-1', {
      unit: DEPARTMENT,
      receivedAt: wallTime(2024, 3, 4, 8),
      dueAt: wallTime(2024, 3, 20, 17),
      finishedAt: wallTime(2024, 3, 20, 16),
    }),
    d('S-2', {
      unit: DEPARTMENT,
      status: 'pending',
      receivedAt: wallTime(2024, 3, 11, 8),
      dueAt: wallTime(2024, 3, 29, 17),
      procedureCode: '2.000815',
      procedure: 'Cấp phiếu lý lịch tư pháp',
      sector: 'Lý lịch tư pháp',
    }),
  ];
}

async function published() {
  const roles = await serverWithRoles();
  await stageAndPublish(
    roles.app,
    roles.uploader,
    dataset().map((d, i) => canonicalRowOf(d, i + 2)),
  );
  return roles;
}

const Q1 = dayRangePeriod(wallTime(2024, 1, 1), wallTime(2024, 3, 31));

describe('GET /api/metrics', () => {
  it('answers the core metrics of every grouping, with the data sources', async () => {
    const { app, viewer } = await published();
    const get = async (query: string) => {
      const res = await call(app, 'GET', `/api/metrics?from=2024-01-01&to=2024-03-31${query}`, {
        as: viewer,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const table = buildTable(dataset());
    const total = await get('');
    expect(total).toMatchObject({ period: { from: '2024-01-01', to: '2024-03-31' }, groupBy: 'total' });
    expect(total.rows).toEqual([{ key: 'total', name: 'Toàn tỉnh', metrics: totalMetrics(table, Q1) }]);
    expect(total.asOf).toBe('2024-03-25T08:00:00+07:00');
    expect(
      total.sources.map((s: { fileName: string; dossiers: number }) => [s.fileName, s.dossiers]),
    ).toEqual([['export.csv', 7]]);

    const units = await get('&groupBy=unit');
    const expected = unitMetrics(table, Q1, indexUnits(table, createUnitResolver()));
    expect(
      units.rows.map((r: { name: string; group: string; rank: number }) => [r.name, r.group, r.rank]),
    ).toEqual([
      [DEPARTMENT, 'department', 1],
      [COMMUNE, 'commune', 1],
    ]);
    for (const row of units.rows)
      expect(row.metrics).toEqual(expected.find((u) => u.id === row.key)!.metrics);

    const groups = await get('&groupBy=unitGroup');
    expect(
      groups.rows.map((r: { key: string; name: string; metrics: { received: number } }) => [
        r.key,
        r.name,
        r.metrics.received,
      ]),
    ).toEqual([
      ['commune', 'Xã, phường, đặc khu', 5],
      ['department', 'Sở, ban, ngành tỉnh', 2],
    ]);
    const channels = await get('&groupBy=channel');
    expect(
      channels.rows.map((r: { key: string; metrics: { received: number } }) => [r.key, r.metrics.received]),
    ).toEqual([
      ['direct', 5],
      ['online', 2],
    ]);
    const sectors = await get('&groupBy=sector');
    expect(
      sectors.rows.map((r: { key: string; metrics: { received: number } }) => [r.key, r.metrics.received]),
    ).toEqual([
      ['Hộ tịch', 5],
      ['Lý lịch tư pháp', 1],
      ['Đất đai', 1],
    ]);
    const procedures = await get('&groupBy=procedure');
    expect(procedures.rows[1]).toMatchObject({
      key: '2.000815',
      name: 'Cấp phiếu lý lịch tư pháp',
      code: '2.000815',
    });

    // Filters narrow the same computation.
    const commune = units.rows.find((r: { group: string }) => r.group === 'commune');
    const filtered = await get(`&unit=${encodeURIComponent(commune.key)}`);
    expect(filtered.rows[0].metrics).toEqual(commune.metrics);
    expect((await get('&unitGroup=department')).rows[0].metrics.received).toBe(2);
    expect((await get('&channel=online')).rows[0].metrics.received).toBe(2);
    expect((await get(`&sector=${encodeURIComponent('Đất đai')}`)).rows[0].metrics).toMatchObject({
      received: 1,
      overdue: 1,
    });
    expect((await get('&procedure=2.000815')).rows[0].metrics.received).toBe(1);
    expect((await get('&sector=Kh%C3%B4ng%20c%C3%B3')).rows[0].metrics.received).toBe(0);
  });

  it('answers a monthly series, each month from the core', async () => {
    const { app, viewer } = await published();
    const res = await call(app, 'GET', '/api/metrics/series?from=2024-01-15&to=2024-03-31&interval=month', {
      as: viewer,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const table = buildTable(dataset());
    expect(body.points.map((p: { period: { from: string; to: string } }) => p.period)).toEqual([
      { from: '2024-01-15', to: '2024-01-31' },
      { from: '2024-02-01', to: '2024-02-29' },
      { from: '2024-03-01', to: '2024-03-31' },
    ]);
    expect(body.points[1].rows[0].metrics).toEqual(totalMetrics(table, monthPeriod(2024, 2)));
    expect(body.points[0].rows[0].metrics.received).toBe(0);
    const byUnit = await call(app, 'GET', '/api/metrics/series?from=2024-01-01&to=2024-03-31&groupBy=unit', {
      as: viewer,
    });
    expect(byUnit.json().points[0].rows).toHaveLength(1);
  });

  it('regroups units when the registry changes, without publishing again', async () => {
    const { app, admin, uploader, viewer } = await published();
    await stageAndPublish(app, uploader, [
      canonicalRowOf(dossier({ code: 'C-9', unit: 'Ủy ban nhân dân xã Mỹ Hòa Hưng cũ', status: 'pending' })),
    ]);
    const units = async () =>
      (
        await call(app, 'GET', '/api/metrics?from=2024-03-01&to=2024-03-31&groupBy=unit', { as: viewer })
      ).json().rows;
    expect(await units()).toHaveLength(3);
    const put = await call(app, 'PUT', '/api/registry', {
      as: admin,
      body: {
        units: [
          {
            id: 'xa-my-hoa-hung',
            name: 'Xã Mỹ Hòa Hưng',
            group: 'commune',
            aliases: [COMMUNE, 'UBND xã Mỹ Hòa Hưng cũ'],
          },
        ],
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    const after = await units();
    expect(after.map((r: { key: string; name: string }) => [r.key, r.name])).toEqual([
      ['sở tư pháp', DEPARTMENT],
      ['xa-my-hoa-hung', 'Xã Mỹ Hòa Hưng'],
    ]);
  });

  it('refuses bad queries with a Vietnamese message', async () => {
    const { app, viewer } = await published();
    for (const query of [
      'from=2024-03-31&to=2024-03-01',
      'from=2024-02-30&to=2024-03-01',
      'from=2024-01-01',
      'from=2024-01-01&to=2024-01-31&groupBy=district',
      'from=2024-01-01&to=2024-01-31&channel=fax',
    ]) {
      const res = await call(app, 'GET', `/api/metrics?${query}`, { as: viewer });
      expect(res.statusCode, query).toBe(400);
      expect(errorOf(res).code).toBe('validation');
    }
  });

  it('answers zeros, no source and no as-of time before anything is published', async () => {
    const { app, viewer } = await serverWithRoles();
    const body = (
      await call(app, 'GET', '/api/metrics?from=2024-01-01&to=2024-12-31', { as: viewer })
    ).json();
    expect(body).toMatchObject({ asOf: null, sources: [] });
    expect(body.rows[0].metrics).toMatchObject({ received: 0, onTimeRate: null });
  });
});

describe('GET /api/dossiers', () => {
  it('lists overdue dossiers with working days overdue, apology and new appointment', async () => {
    const { app, viewer } = await published();
    const list = async (query: string) => {
      const res = await call(app, 'GET', `/api/dossiers?${query}`, { as: viewer });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const overdue = await list('kind=overdue&from=2024-03-01&to=2024-03-18');
    expect(overdue).toMatchObject({ kind: 'overdue', total: 1, offset: 0, limit: 50, dueWithin: null });
    // Due Friday 8 March; still open on Monday 18 March: 6 working days.
    expect(overdue.items[0]).toMatchObject({
      code: 'C-3',
      unit: COMMUNE,
      unitGroup: 'commune',
      sector: 'Đất đai',
      dueAt: '2024-03-08T17:00:00+07:00',
      daysOverdue: 6,
      workingDaysLeft: null,
    });
    const late = await list('kind=lateResolved&from=2024-02-01&to=2024-02-29');
    // Due Monday 5 February, done Friday 9: 6 and 7 February count, 8 and 9 are Tết 2024.
    expect(late.items[0]).toMatchObject({
      code: 'C-2',
      daysOverdue: 2,
      apologyAt: '2024-02-05T10:00:00+07:00',
      hasApology: true,
      newDueAt: '2024-02-09T17:00:00+07:00',
    });
    expect((await list('kind=lateWithoutApology&from=2024-02-01&to=2024-02-29')).total).toBe(0);
    const soon = await list('kind=dueSoon&from=2024-03-01&to=2024-03-27&dueWithin=5');
    expect(soon).toMatchObject({ dueWithin: 5 });
    expect(
      soon.items.map((d: { code: string; workingDaysLeft: number }) => [d.code, d.workingDaysLeft]),
    ).toEqual([
      ['S-2', 2],
      ['C-4', 4],
    ]);
    expect((await list('kind=dueSoon&from=2024-03-01&to=2024-03-27')).dueWithin).toBe(
      DEFAULT_SETTINGS.dueSoonWorkingDays,
    );
    expect((await list('kind=paused&from=2024-03-01&to=2024-03-31')).items[0].code).toBe('C-5');
  });

  it('pages and sorts, and counts working days with the current calendar', async () => {
    const { app, admin, viewer } = await published();
    const list = async (query: string) =>
      (
        await call(app, 'GET', `/api/dossiers?kind=overdue&from=2024-03-01&to=2024-04-30&${query}`, {
          as: viewer,
        })
      ).json();
    const all = await list('limit=10');
    expect(all.items.map((d: { code: string }) => d.code)).toEqual(['C-3', 'S-2', 'C-4']);
    expect((await list('limit=2&offset=1')).items.map((d: { code: string }) => d.code)).toEqual([
      'S-2',
      'C-4',
    ]);
    expect((await list('sort=-receivedAt')).items.map((d: { code: string }) => d.code)).toEqual([
      'C-4',
      'S-2',
      'C-3',
    ]);
    expect((await list('sort=-dueAt&limit=1')).total).toBe(3);

    const before = all.items[0].daysOverdue;
    const years = DEFAULT_HOLIDAYS.map((y) =>
      y.year === 2024 ? { ...y, holidays: [...y.holidays, '2024-04-10', '2024-04-11'] } : y,
    );
    expect((await call(app, 'PUT', '/api/calendar', { as: admin, body: { years } })).statusCode).toBe(200);
    expect((await list('limit=10')).items[0].daysOverdue).toBe(before - 2);
    const calendar = createCalendar(years);
    expect(before - 2).toBe(calendar.workingDaysBetween(wallTime(2024, 3, 8, 17), wallTime(2024, 5, 1) - 1));
  });
});

describe('public read-only mode', () => {
  it('opens the dashboards to anonymous visitors, and nothing else', async () => {
    const { app, admin } = await published();
    const urls = [
      '/api/metrics?from=2024-01-01&to=2024-03-31',
      '/api/metrics/series?from=2024-01-01&to=2024-03-31',
      '/api/dossiers?kind=overdue&from=2024-01-01&to=2024-03-31',
    ];
    for (const url of urls) expect((await call(app, 'GET', url)).statusCode, url).toBe(401);
    const on = await call(app, 'PUT', '/api/settings', {
      as: admin,
      body: { settings: { ...DEFAULT_SETTINGS, publicMode: true } },
    });
    expect(on.statusCode).toBe(200);
    for (const url of urls) expect((await call(app, 'GET', url)).statusCode, url).toBe(200);
    expect((await call(app, 'GET', '/api/imports')).statusCode).toBe(401);
  });
});
