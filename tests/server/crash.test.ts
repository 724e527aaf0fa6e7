import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../src/api/endpoint.ts';
import type { ImportDetail } from '../../src/api/imports.ts';
import { wallTime } from '../../src/domain/time.ts';
import { DATABASE_FILE } from '../../src/server/db/database.ts';
import { tempDir } from './helpers.ts';
import { chunked, row, sha256 } from './import-helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/dunghan.mjs', import.meta.url));
const PASSWORD = 'mat-khau-can-bo-1';
const ROWS = 50_000;

interface Server {
  child: ChildProcess;
  origin: string;
  output: () => string;
  exited: Promise<void>;
}

async function serve(dataDir: string, env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => {
    output += String(d);
  });
  child.stderr!.on('data', (d) => {
    output += String(d);
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const origin = await waitFor(
    () => output.match(/đang chạy tại (http:\/\/127\.0\.0\.1:\d+)/)?.[1],
    child,
    () => output,
  );
  return { child, origin, output: () => output, exited };
}

async function waitFor<T>(probe: () => T | undefined, child: ChildProcess, output: () => string): Promise<T> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const found = probe();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 10));
  }
  child.kill('SIGKILL');
  throw new Error(`timed out; server output:\n${output()}`);
}

async function kill(server: Server): Promise<void> {
  server.child.kill('SIGKILL');
  await server.exited;
}

interface Session {
  origin: string;
  headers: Record<string, string>;
}

async function signIn(origin: string): Promise<Session> {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'canbo', password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { origin, headers: { cookie, [CSRF_HEADER]: csrfToken, 'content-type': 'application/json' } };
}

function send(session: Session, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(session.origin + path, {
    method,
    headers:
      body === undefined
        ? { cookie: session.headers.cookie!, [CSRF_HEADER]: session.headers[CSRF_HEADER]! }
        : session.headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Stages ROWS pending dossiers (codes prefix-0…) through the HTTP API; returns the import id. */
async function stage(session: Session, prefix: string): Promise<number> {
  const rows = Array.from({ length: ROWS }, (_, i) =>
    row(
      {
        code: `${prefix}-${i}`,
        status: i % 3 === 0 ? 'pending' : 'finished',
        finishedAt: i % 3 === 0 ? null : wallTime(2024, 3, 4, 9),
      },
      i + 2,
    ),
  );
  const created = await send(session, 'POST', '/api/imports', {
    fileName: `${prefix}.csv`,
    fileHash: sha256(prefix),
    rowCount: ROWS,
  });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as ImportDetail;
  for (const [n, chunk] of chunked(rows, 5000).entries()) {
    const res = await send(session, 'PUT', `/api/imports/${id}/chunks/${n}`, { rows: chunk });
    expect(res.status, await res.clone().text()).toBe(200);
  }
  const finished = await send(session, 'POST', `/api/imports/${id}/finish`);
  expect(finished.status).toBe(200);
  return id;
}

/** What the database says about an import after a crash, read directly from the file. */
function onDisk(dataDir: string, id: number) {
  const db = new BetterSqlite3(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const { status } = db.prepare('select status from imports where id = ?').get(id) as { status: string };
    const { current } = db
      .prepare('select count(*) as current from current_dossiers where import_id = ?')
      .get(id) as {
      current: number;
    };
    const { events } = db
      .prepare('select count(*) as events from publication_events where import_id = ?')
      .get(id) as {
      events: number;
    };
    const { audits } = db
      .prepare("select count(*) as audits from audit_log where action = 'import.publish' and target = ?")
      .get(String(id)) as { audits: number };
    const integrity = db.pragma('integrity_check', { simple: true });
    return { status, current, events, audits, integrity };
  } finally {
    db.close();
  }
}

async function receivedInMarch(session: Session): Promise<number> {
  const res = await send(session, 'GET', '/api/metrics?from=2024-03-01&to=2024-03-31');
  return ((await res.json()) as { rows: { metrics: { received: number } }[] }).rows[0]!.metrics.received;
}

describe('killing the server during a publication', () => {
  it('leaves either the whole import published or none of it, never a half', async () => {
    const dataDir = tempDir();
    const add = spawnSync(
      process.execPath,
      [BIN, 'user', 'add', 'canbo', '--role', 'uploader', '--password-stdin'],
      {
        env: { ...process.env, DATA_DIR: dataDir },
        input: `${PASSWORD}\n`,
        encoding: 'utf8',
      },
    );
    expect(add.status, add.stderr).toBe(0);

    // 1. Held inside the publish transaction, after every row is written and before the commit.
    let server = await serve(dataDir, { DUNGHAN_FAILPOINT: 'publish-before-commit' });
    let session = await signIn(server.origin);
    const first = await stage(session, 'A');
    void send(session, 'POST', `/api/imports/${first}/publish`).catch(() => undefined);
    await waitFor(
      () => (server.output().includes('failpoint publish-before-commit') ? true : undefined),
      server.child,
      server.output,
    );
    await kill(server);

    expect(onDisk(dataDir, first)).toEqual({
      status: 'staged',
      current: 0,
      events: 0,
      audits: 0,
      integrity: 'ok',
    });
    server = await serve(dataDir);
    session = await signIn(server.origin);
    expect(await receivedInMarch(session)).toBe(0);
    // Nothing half-done is in the way: the same import publishes whole.
    const published = await send(session, 'POST', `/api/imports/${first}/publish`);
    expect(published.status).toBe(200);
    expect(((await published.json()) as ImportDetail).currentDossiers).toBe(ROWS);
    expect(await receivedInMarch(session)).toBe(ROWS);

    // 2. Killed at an arbitrary moment right after the request is sent.
    const second = await stage(session, 'B');
    void send(session, 'POST', `/api/imports/${second}/publish`).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 25));
    await kill(server);

    const state = onDisk(dataDir, second);
    expect(state.integrity).toBe('ok');
    if (state.status === 'published') expect(state).toMatchObject({ current: ROWS, events: 1, audits: 1 });
    else expect(state).toEqual({ status: 'staged', current: 0, events: 0, audits: 0, integrity: 'ok' });
    server = await serve(dataDir);
    session = await signIn(server.origin);
    expect(await receivedInMarch(session)).toBe(state.status === 'published' ? 2 * ROWS : ROWS);
    server.child.kill('SIGTERM');
    await server.exited;
  }, 180_000);
});
