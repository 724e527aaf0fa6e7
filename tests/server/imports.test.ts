import { describe, expect, it } from 'vitest';
import type { ImportDetail, ImportList } from '../../src/api/imports.ts';
import { totalMetrics } from '../../src/domain/metrics.ts';
import { dayRangePeriod } from '../../src/domain/period.ts';
import { buildTable } from '../../src/domain/table.ts';
import { wallTime } from '../../src/domain/time.ts';
import { dossier } from '../support/dossiers.ts';
import { call, errorOf, serverWithRoles } from './helpers.ts';
import {
  createImport,
  expectStoreMatchesDatabase,
  publish,
  putChunk,
  retract,
  row,
  sha256,
  stageAndPublish,
  stageImport,
  totals,
} from './import-helpers.ts';

const MARCH = ['2024-03-01', '2024-03-31'] as const;

/** Dossiers received in March 2024: n finished early, m still pending (overdue by the end of March). */
function marchRows(prefix: string, finished: number, pending: number) {
  const rows = [];
  for (let i = 0; i < finished; i++)
    rows.push(row({ code: `${prefix}-F${i}`, finishedAt: wallTime(2024, 3, 4, 9) }, rows.length + 2));
  for (let i = 0; i < pending; i++)
    rows.push(row({ code: `${prefix}-P${i}`, status: 'pending' }, rows.length + 2));
  return rows;
}

describe('staging an import', () => {
  it('validates every row again with the core and answers the summary, the period and the preview', async () => {
    const { app, uploader, viewer } = await serverWithRoles();
    await stageAndPublish(app, uploader, marchRows('OLD', 2, 0), { fileName: 'thang-3-cu.csv' });
    const good = [
      row({ code: 'A1', finishedAt: wallTime(2024, 3, 4, 9) }, 2),
      row({ code: 'A2', status: 'pending', receivedAt: wallTime(2024, 3, 20, 8) }, 3),
      // Supersedes a published dossier: pending now instead of finished.
      row({ code: 'OLD-F0', status: 'pending' }, 4),
    ];
    // Rows the browser claims are fine but the core's rules reject.
    const pending = (code: string, sourceRow: number) => row({ code, status: 'pending' }, sourceRow);
    const bad = [
      { ...pending('B1', 5), status: 'finished' as const, finishedAt: '2024-02-01T08:00:00+07:00' },
      { ...pending('B2', 6), status: 'finished' as const },
      { ...pending('B3', 7), code: '   ' },
      { ...pending('B4', 8), receivedAt: '2024-02-30T08:00:00+07:00' },
      { ...pending('B5', 9), unit: '' },
    ];
    const staged = await stageImport(app, uploader, [...good, ...bad], {
      fileName: 'thang-3.csv',
      chunkSize: 3,
    });

    expect(staged.status).toBe('staged');
    expect(staged.summary).toMatchObject({
      rowsReceived: 8,
      accepted: 3,
      rejected: 5,
      warned: 0,
      duplicates: 0,
      dossiers: 3,
      problemCounts: {
        finished_before_received: 1,
        finished_without_date: 1,
        missing_required: 2,
        unparsable_date: 1,
      },
      problemsTruncated: false,
    });
    const problems = staged.summary!.problems.map((p) => [p.row, p.code, p.column, p.file]);
    expect(problems).toEqual([
      [5, 'finished_before_received', 'finishedAt', 'thang-3.csv'],
      [6, 'finished_without_date', 'status', 'thang-3.csv'],
      [7, 'missing_required', 'code', 'thang-3.csv'],
      [8, 'unparsable_date', 'receivedAt', 'thang-3.csv'],
      [9, 'missing_required', 'unit', 'thang-3.csv'],
    ]);
    expect(staged.period).toEqual({ from: '2024-03-01', to: '2024-03-20' });
    expect(staged.dataUntil).toBe('2024-03-20T08:00:00+07:00');
    expect(staged.dossiers).toBe(3);

    // The preview is the core's metrics over the published rows with this import's rows in.
    const published = [
      dossier({ code: 'OLD-F0', status: 'pending' }),
      dossier({ code: 'OLD-F1', finishedAt: wallTime(2024, 3, 4, 9) }),
      dossier({ code: 'A1', finishedAt: wallTime(2024, 3, 4, 9) }),
      dossier({ code: 'A2', status: 'pending', receivedAt: wallTime(2024, 3, 20, 8) }),
    ];
    const period = dayRangePeriod(wallTime(2024, 3, 1), wallTime(2024, 3, 20));
    expect(staged.preview!.after).toEqual(totalMetrics(buildTable(published), period));
    expect(staged.preview!.before.received).toBe(2);
    expect(staged.preview).toMatchObject({
      supersedes: 1,
      newDossiers: 2,
      period: { from: '2024-03-01', to: '2024-03-20' },
    });

    // Nothing shows on the dashboards until it is published.
    expect((await totals(app, viewer, ...MARCH)).received).toBe(2);
    await publish(app, uploader, staged.id);
    const after = await totals(app, viewer, '2024-03-01', '2024-03-20');
    expect(after).toEqual(staged.preview!.after);
  });

  it('stages rows whose status is unknown with a warning, and counts a repeated code once, the later row winning', async () => {
    const { app, uploader, viewer } = await serverWithRoles();
    const rows = [
      row({ code: 'D1', status: 'pending' }, 2),
      row({ code: 'D2', status: null, finishedAt: wallTime(2024, 3, 2, 9) }, 3),
      row({ code: 'D1', finishedAt: wallTime(2024, 3, 4, 9) }, 4),
    ];
    const staged = await stageImport(app, uploader, rows, { chunkSize: 2 });
    expect(staged.summary).toMatchObject({ accepted: 3, dossiers: 2, duplicates: 1 });
    await publish(app, uploader, staged.id);
    expect(await totals(app, viewer, ...MARCH)).toMatchObject({ received: 2, resolved: 2, pending: 0 });
  });

  it('resumes a dropped upload: the status says which chunks arrived, a resent chunk is not counted twice', async () => {
    const { app, uploader, viewer } = await serverWithRoles();
    const rows = marchRows('R', 5, 2);
    const chunks = [rows.slice(0, 3), rows.slice(3, 6), rows.slice(6)];
    const created = await createImport(app, uploader, rows);
    expect(created).toMatchObject({
      status: 'uploading',
      rowCount: 7,
      upload: { receivedChunks: [], rowsReceived: 0 },
    });
    await putChunk(app, uploader, created.id, 0, chunks[0]!);
    await putChunk(app, uploader, created.id, 1, chunks[1]!);

    // The connection drops; the browser asks where it stands.
    const status = (
      await call(app, 'GET', `/api/imports/${created.id}`, { as: uploader })
    ).json() as ImportDetail;
    expect(status.upload).toEqual({ receivedChunks: [0, 1], rowsReceived: 6 });
    const early = await call(app, 'POST', `/api/imports/${created.id}/finish`, { as: uploader });
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).message).toContain('6/7');

    // It did not see the answer to chunk 1, so it sends it again, then the rest.
    const again = await putChunk(app, uploader, created.id, 1, chunks[1]!);
    expect(again).toMatchObject({ alreadyReceived: true, rows: 3, rowsReceived: 6 });
    const other = await call(app, 'PUT', `/api/imports/${created.id}/chunks/1`, {
      as: uploader,
      body: { rows: chunks[2] },
    });
    expect(other.statusCode).toBe(409);
    expect((await putChunk(app, uploader, created.id, 2, chunks[2]!)).rowsReceived).toBe(7);
    const tooMany = await call(app, 'PUT', `/api/imports/${created.id}/chunks/3`, {
      as: uploader,
      body: { rows: chunks[2] },
    });
    expect(tooMany.statusCode).toBe(400);

    const finished = await call(app, 'POST', `/api/imports/${created.id}/finish`, { as: uploader });
    expect(finished.statusCode, finished.body).toBe(200);
    expect((finished.json() as ImportDetail).summary).toMatchObject({
      rowsReceived: 7,
      accepted: 7,
      dossiers: 7,
    });
    // Finishing again answers the same; sending more is refused.
    expect((await call(app, 'POST', `/api/imports/${created.id}/finish`, { as: uploader })).statusCode).toBe(
      200,
    );
    expect(
      (
        await call(app, 'PUT', `/api/imports/${created.id}/chunks/0`, {
          as: uploader,
          body: { rows: chunks[0] },
        })
      ).statusCode,
    ).toBe(409);
    await publish(app, uploader, created.id);
    expect(await totals(app, viewer, ...MARCH)).toMatchObject({ received: 7, resolved: 5, pending: 2 });
  });

  it('finishes correctly when chunks arrive out of order', async () => {
    const { app, uploader, viewer } = await serverWithRoles();
    const rows = marchRows('O', 4, 2);
    const created = await createImport(app, uploader, rows);
    await putChunk(app, uploader, created.id, 1, rows.slice(3));
    await putChunk(app, uploader, created.id, 0, rows.slice(0, 3));
    const res = await call(app, 'POST', `/api/imports/${created.id}/finish`, { as: uploader });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as ImportDetail).preview!.after.received).toBe(6);
    await publish(app, uploader, created.id);
    expect((await totals(app, viewer, ...MARCH)).received).toBe(6);
  });

  it('refuses malformed chunks as a whole, with the field at fault', async () => {
    const { app, uploader } = await serverWithRoles();
    const created = await createImport(app, uploader, marchRows('M', 1, 0));
    const send = (rows: unknown) =>
      call(app, 'PUT', `/api/imports/${created.id}/chunks/0`, { as: uploader, body: { rows } });
    const wrongType = await send([{ ...row({ code: 'M1' }), receivedAt: 1709280000000 }]);
    expect(wrongType.statusCode).toBe(400);
    expect(errorOf(wrongType).fields?.[0]?.path).toBe('body.rows.0.receivedAt');
    expect((await send([{ ...row(), channel: 'fax' }])).statusCode).toBe(400);
    expect((await send([])).statusCode).toBe(400);
    const tooBig = await call(app, 'PUT', `/api/imports/${created.id}/chunks/0`, {
      as: uploader,
      body: { rows: Array.from({ length: 5001 }, () => row()) },
    });
    expect(tooBig.statusCode).toBe(400);
    // Fields the schema does not know (personal data) are dropped unread.
    const extra = await send([
      { ...row({ code: 'M-F0', finishedAt: wallTime(2024, 3, 4, 9) }, 2), phone: '0909' },
    ]);
    expect(extra.statusCode, extra.body).toBe(200);
  });
});

describe('publishing', () => {
  it('records who published what and when, in the history and the audit log', async () => {
    const { app, admin, uploader, viewer } = await serverWithRoles();
    const published = await stageAndPublish(app, uploader, marchRows('H', 3, 1), {
      fileName: 'ho-so-thang-3.xlsx',
      sourceSystem: 'Một cửa điện tử',
    });
    expect(published).toMatchObject({
      status: 'published',
      publishedBy: 'canbo',
      createdBy: 'canbo',
      fileName: 'ho-so-thang-3.xlsx',
      sourceSystem: 'Một cửa điện tử',
      dossiers: 4,
      currentDossiers: 4,
      period: { from: '2024-03-01', to: '2024-03-01' },
    });
    const history = (await call(app, 'GET', '/api/imports', { as: viewer })).json() as ImportList;
    expect(history.imports.map((i) => [i.id, i.status, i.publishedBy])).toEqual([
      [published.id, 'published', 'canbo'],
    ]);
    const metrics = (
      await call(app, 'GET', `/api/metrics?from=${MARCH[0]}&to=${MARCH[1]}`, { as: viewer })
    ).json();
    expect(metrics.sources).toEqual([
      {
        importId: published.id,
        fileName: 'ho-so-thang-3.xlsx',
        sourceSystem: 'Một cửa điện tử',
        publishedAt: published.publishedAt,
        dossiers: 4,
      },
    ]);
    expect(metrics.asOf).toBe('2024-03-04T09:00:00+07:00');
    const log = (await call(app, 'GET', '/api/audit?actor=canbo', { as: admin })).json();
    const actions = log.entries.map((e: { action: string; target: string }) => `${e.action} ${e.target}`);
    expect(actions.filter((a: string) => a.startsWith('import.'))).toEqual([
      `import.publish ${published.id}`,
      `import.stage ${published.id}`,
      `import.create ${published.id}`,
    ]);
  });

  it("lists each import with the browser's report of the file, to show rows read and rejected", async () => {
    const { app, uploader, viewer } = await serverWithRoles();
    const clientReport = { rowsRead: 2600, accepted: 2579, rejected: 6, excluded: 15, warned: 2 };
    const res = await call(app, 'POST', '/api/imports', {
      as: uploader,
      body: { fileName: 'bao-cao.csv', fileHash: sha256('bao-cao'), rowCount: 2579, clientReport },
    });
    expect(res.statusCode, res.body).toBe(201);
    await createImport(app, uploader, marchRows('N', 1, 0), { fileName: 'khong-bao-cao.csv' });
    const history = (await call(app, 'GET', '/api/imports', { as: viewer })).json() as ImportList;
    expect(history.imports.map((i) => [i.fileName, i.clientReport])).toEqual([
      ['khong-bao-cao.csv', null],
      ['bao-cao.csv', clientReport],
    ]);
  });

  it('does not count the same file twice', async () => {
    const { app, uploader, viewer } = await serverWithRoles();
    const rows = marchRows('S', 3, 0);
    const fileHash = sha256('the same bytes');
    // A second copy staged before the first is published (two staff members, one file).
    const second = await stageImport(app, uploader, rows, { fileHash, fileName: 'ban-sao.csv' });
    const first = await stageAndPublish(app, uploader, rows, { fileHash });

    const again = await call(app, 'POST', '/api/imports', {
      as: uploader,
      body: { fileName: 'export.csv', fileHash: fileHash.toUpperCase(), rowCount: 3 },
    });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again)).toMatchObject({ code: 'already_published' });
    expect(errorOf(again).message).toContain(`lần nhập #${first.id}`);
    const twice = await call(app, 'POST', `/api/imports/${second.id}/publish`, { as: uploader });
    expect(twice.statusCode).toBe(409);
    expect(errorOf(twice).code).toBe('already_published');
    const republish = await call(app, 'POST', `/api/imports/${first.id}/publish`, { as: uploader });
    expect(republish.statusCode).toBe(409);
    expect((await totals(app, viewer, ...MARCH)).received).toBe(3);

    // Once retracted, the file may be published again.
    await retract(app, uploader, first.id);
    expect((await publish(app, uploader, second.id)).status).toBe('published');
    expect((await totals(app, viewer, ...MARCH)).received).toBe(3);
  });

  it('lets a newer import supersede older rows, and a retraction bring them back', async () => {
    const { app, admin, uploader, viewer } = await serverWithRoles();
    const january = await stageAndPublish(app, uploader, [
      row({ code: 'X1', status: 'pending' }),
      row({ code: 'X2', status: 'pending' }),
      row({ code: 'X3', finishedAt: wallTime(2024, 3, 4, 9) }),
    ]);
    const february = await stageAndPublish(app, uploader, [
      row({ code: 'X2', finishedAt: wallTime(2024, 3, 4, 9) }),
      row({ code: 'X4', status: 'pending' }),
    ]);
    expect(await totals(app, viewer, ...MARCH)).toMatchObject({ received: 4, resolved: 2, pending: 2 });
    expectStoreMatchesDatabase(app);
    const history = (await call(app, 'GET', '/api/imports', { as: viewer })).json() as ImportList;
    expect(history.imports.map((i) => [i.id, i.currentDossiers])).toEqual([
      [february.id, 2],
      [january.id, 2],
    ]);
    const overdue = await call(app, 'GET', `/api/dossiers?kind=overdue&from=${MARCH[0]}&to=${MARCH[1]}`, {
      as: viewer,
    });
    expect(
      overdue
        .json()
        .items.map((d: { code: string }) => d.code)
        .sort(),
    ).toEqual(['X1', 'X4']);

    const retracted = await retract(app, uploader, february.id, 'Nhầm kỳ báo cáo');
    expect(retracted).toMatchObject({
      status: 'retracted',
      retractedBy: 'canbo',
      retractReason: 'Nhầm kỳ báo cáo',
    });
    // As if February had never been published: X2 pending again, X4 gone.
    expect(await totals(app, viewer, ...MARCH)).toMatchObject({ received: 3, resolved: 1, pending: 2 });
    expectStoreMatchesDatabase(app);
    const restored = (await call(app, 'GET', `/api/imports/${january.id}`, { as: viewer })).json();
    expect(restored.currentDossiers).toBe(3);
    const log = (await call(app, 'GET', '/api/audit?action=import.retract', { as: admin })).json();
    expect(log.entries[0]).toMatchObject({
      actor: 'canbo',
      target: String(february.id),
      details: { reason: 'Nhầm kỳ báo cáo', removed: 1, restored: 1 },
    });
    // Nothing was deleted: the retracted import and its rows stay in the history.
    expect(retracted.dossiers).toBe(2);
    const again = await call(app, 'POST', `/api/imports/${february.id}/retract`, {
      as: uploader,
      body: { reason: 'lần nữa' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('retracting an older import keeps the rows a newer one superseded it with', async () => {
    const { app, uploader, viewer } = await serverWithRoles();
    const older = await stageAndPublish(app, uploader, [
      row({ code: 'Y1', status: 'pending' }),
      row({ code: 'Y2', status: 'pending' }),
    ]);
    await stageAndPublish(app, uploader, [row({ code: 'Y2', finishedAt: wallTime(2024, 3, 4, 9) })]);
    await retract(app, uploader, older.id);
    expect(await totals(app, viewer, ...MARCH)).toMatchObject({ received: 1, resolved: 1, pending: 0 });
    expectStoreMatchesDatabase(app);
  });

  it("removes a retracted import's rows from the metrics, and a middle one from the chain of versions", async () => {
    const { app, uploader, viewer } = await serverWithRoles();
    const a = await stageAndPublish(app, uploader, [row({ code: 'Z1', status: 'pending' })]);
    const b = await stageAndPublish(app, uploader, [row({ code: 'Z1', status: 'paused' })]);
    await stageAndPublish(app, uploader, [row({ code: 'Z1', finishedAt: wallTime(2024, 3, 4, 9) })]);
    await retract(app, uploader, b.id);
    expect(await totals(app, viewer, ...MARCH)).toMatchObject({ received: 1, resolved: 1 });
    const c = (await call(app, 'GET', '/api/imports?status=published', { as: viewer })).json() as ImportList;
    expect(c.imports.map((i) => i.currentDossiers)).toEqual([1, 0]);
    expectStoreMatchesDatabase(app);
    await retract(app, uploader, c.imports[0]!.id);
    expect(await totals(app, viewer, ...MARCH)).toMatchObject({ received: 1, pending: 1, paused: 0 });
    expectStoreMatchesDatabase(app);
    await retract(app, uploader, a.id);
    expect((await totals(app, viewer, ...MARCH)).received).toBe(0);
  });

  it('discards a staged import: its rows go, its record stays, it can no longer be published', async () => {
    const { app, uploader, viewer } = await serverWithRoles();
    const staged = await stageImport(app, uploader, marchRows('Q', 2, 0));
    const res = await call(app, 'DELETE', `/api/imports/${staged.id}`, { as: uploader });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'discarded', discardedBy: 'canbo', dossiers: 2 });
    expect((await call(app, 'POST', `/api/imports/${staged.id}/publish`, { as: uploader })).statusCode).toBe(
      409,
    );
    expect((await totals(app, viewer, ...MARCH)).received).toBe(0);
    const rows = app.sqlite
      .prepare('select count(*) as n from dossier_rows where import_id = ?')
      .get(staged.id);
    expect(rows).toEqual({ n: 0 });
    const published = await stageAndPublish(app, uploader, marchRows('Q', 1, 0));
    expect((await call(app, 'DELETE', `/api/imports/${published.id}`, { as: uploader })).statusCode).toBe(
      409,
    );
  });

  it('lets only uploaders and admins change imports', async () => {
    const { app, uploader, viewer } = await serverWithRoles();
    const staged = await stageImport(app, uploader, marchRows('V', 1, 0));
    const viewerPublish = await call(app, 'POST', `/api/imports/${staged.id}/publish`, { as: viewer });
    expect(viewerPublish.statusCode).toBe(403);
    expect(errorOf(viewerPublish).code).toBe('forbidden');
    expect((await call(app, 'POST', `/api/imports/${staged.id}/publish`)).statusCode).toBe(401);
    expect((await call(app, 'GET', '/api/imports')).statusCode).toBe(401);
    expect(
      (await call(app, 'POST', `/api/imports/${staged.id}/publish`, { as: uploader, csrf: null })).statusCode,
    ).toBe(403);
    expect((await call(app, 'GET', `/api/imports/${staged.id}`, { as: viewer })).json().status).toBe(
      'staged',
    );
    expect((await call(app, 'GET', '/api/imports/999', { as: viewer })).statusCode).toBe(404);
  });
});

describe('the serving store', () => {
  it('is rebuilt from the database at start: published data, and staged imports still publishable', async () => {
    const { server, app, uploader } = await serverWithRoles();
    await stageAndPublish(app, uploader, marchRows('P', 3, 2));
    const retracted = await stageAndPublish(app, uploader, marchRows('T', 1, 0));
    await retract(app, uploader, retracted.id);
    const staged = await stageImport(app, uploader, marchRows('U', 2, 0));
    const before = await totals(app, uploader, ...MARCH);

    const restarted = await server.restart();
    expect(await totals(restarted.app, uploader, ...MARCH)).toEqual(before);
    await publish(restarted.app, uploader, staged.id);
    expect((await totals(restarted.app, uploader, ...MARCH)).received).toBe(7);
  });

  it('picks up an import published from the shell while the server runs', async () => {
    const { server, app, uploader, viewer } = await serverWithRoles();
    await stageAndPublish(app, uploader, marchRows('W', 1, 0));
    expect((await totals(app, viewer, ...MARCH)).received).toBe(1);

    const { ImportService } = await import('../../src/server/imports/import-service.ts');
    const { openDatabase } = await import('../../src/server/db/database.ts');
    const shell = await openDatabase(server.dataDir);
    try {
      const service = new ImportService(shell.db, shell.sqlite);
      const ctx = { actor: { id: null, username: 'cli' }, ip: null, now: Date.now() };
      const created = await service.create(
        { fileName: 'cli.csv', fileHash: sha256('cli'), rowCount: 2 },
        ctx,
      );
      await service.putChunk(created.id, 0, marchRows('CLI', 2, 0), ctx);
      await service.finish(created.id, ctx);
      await service.publish(created.id, ctx);
    } finally {
      await shell.db.destroy();
    }
    server.clock.now += 5_000;
    expect((await totals(app, viewer, ...MARCH)).received).toBe(3);
  });
});
