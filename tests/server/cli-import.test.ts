import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ImportList } from '../../src/api/imports.ts';
import { fileInput } from '../../src/cli/node-source.ts';
import { totalMetrics } from '../../src/domain/metrics.ts';
import { quarterPeriod } from '../../src/domain/period.ts';
import { ingestFiles } from '../../src/ingest/pipeline.ts';
import { call, login, setUp, startTestServer, tempDir } from './helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/dunghan.mjs', import.meta.url));
const SAMPLES = fileURLToPath(new URL('../../mock-data/samples/', import.meta.url));
const Q1 = join(SAMPLES, 'export-2025-q1.csv');
const MARCH_2026 = join(SAMPLES, 'export-2026-03.csv');

function dunghan(dataDir: string, args: string[]) {
  const res = spawnSync(process.execPath, [BIN, 'import', ...args], {
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('dunghan import FILE…', () => {
  it('stages and publishes files through the same service, which a running server then serves', async () => {
    const server = await startTestServer();
    const admin = await setUp(server);

    const run = dunghan(server.dataDir, [Q1, MARCH_2026, '--source', 'Một cửa điện tử', '--publish']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^export-2025-q1\.csv: .* dòng, .* hồ sơ, .* dòng lỗi, .* → lần nhập #1 đã công bố$/,
    );
    expect(lines[1]).toMatch(/→ lần nhập #2 đã công bố$/);

    server.clock.now += 5_000;
    const history = (await call(server.app, 'GET', '/api/imports', { as: admin })).json() as ImportList;
    expect(history.imports.map((i) => [i.fileName, i.status, i.sourceSystem, i.publishedBy])).toEqual([
      ['export-2026-03.csv', 'published', 'Một cửa điện tử', 'cli'],
      ['export-2025-q1.csv', 'published', 'Một cửa điện tử', 'cli'],
    ]);

    // The numbers are the core's over the file, as `dunghan report` would give them.
    const { table } = await ingestFiles([await fileInput(Q1)]);
    const served = await call(server.app, 'GET', '/api/metrics?from=2025-01-01&to=2025-03-31', { as: admin });
    expect(served.json().rows[0].metrics).toEqual(totalMetrics(table, quarterPeriod(2025, 1)));
    const log = (await call(server.app, 'GET', '/api/audit?actor=cli', { as: admin })).json();
    expect(log.entries.map((e: { action: string }) => e.action).slice(0, 3)).toEqual([
      'import.publish',
      'import.stage',
      'import.create',
    ]);

    // The same file again is refused, whatever its name; nothing is counted twice.
    const copy = join(tempDir(), 'ban-sao.csv');
    copyFileSync(Q1, copy);
    const again = dunghan(server.dataDir, [copy, '--publish']);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('ban-sao.csv: LỖI — Tệp này đã được công bố');
    server.clock.now += 5_000;
    const after = await call(server.app, 'GET', '/api/metrics?from=2025-01-01&to=2025-03-31', { as: admin });
    expect(after.json().rows[0].metrics).toEqual(served.json().rows[0].metrics);
  }, 120_000);

  it('stages without publishing, and reports a file it cannot read without stopping the others', async () => {
    const dataDir = tempDir();
    const run = dunghan(dataDir, [join(dataDir, 'khong-co.csv'), MARCH_2026]);
    expect(run.code).toBe(1);
    const [missing, staged] = run.stdout.trim().split('\n');
    expect(missing).toContain('khong-co.csv: LỖI — cannot read');
    expect(staged).toMatch(/→ lần nhập #1 đã kiểm tra, chờ công bố$/);
    expect(dunghan(dataDir, []).code).toBe(2);

    const server = await startTestServer({}, dataDir);
    const admin = await setUp(server);
    const viewer = await login(server.app, admin.username, 'mat-khau-quan-tri');
    const imports = (await call(server.app, 'GET', '/api/imports', { as: viewer })).json() as ImportList;
    expect(imports.imports.map((i) => i.status)).toEqual(['staged']);
    // Staged from the shell, published from the browser.
    const published = await call(server.app, 'POST', `/api/imports/${imports.imports[0]!.id}/publish`, {
      as: admin,
    });
    expect(published.statusCode).toBe(200);
    expect(published.json().currentDossiers).toBe(imports.imports[0]!.dossiers);
  }, 120_000);
});
