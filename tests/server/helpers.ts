import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterEach } from 'vitest';
import type { SessionResponse } from '../../src/api/auth.ts';
import { CSRF_HEADER } from '../../src/api/endpoint.ts';
import type { Role } from '../../src/api/users.ts';
import { type AppOptions, createApp } from '../../src/server/app.ts';

export const ADMIN = { username: 'admin', password: 'mat-khau-quan-tri' };
export const PASSWORD = 'mat-khau-du-dai-1';

/** A signed-in browser: its cookie and the CSRF token the SPA would echo. */
export interface Client {
  cookie: string;
  csrf: string;
  username: string;
}

export interface TestServer {
  app: FastifyInstance;
  dataDir: string;
  setupToken: string | null;
  clock: { now: number };
  /** Closes the app and opens a new one on the same data directory (a server restart). */
  restart(extra?: Partial<AppOptions>): Promise<TestServer>;
}

const openApps: FastifyInstance[] = [];
const tempDirs: string[] = [];

afterEach(async () => {
  for (const app of openApps.splice(0)) await app.close();
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dunghan-server-'));
  tempDirs.push(dir);
  return dir;
}

/** A real app over a real database in a fresh temporary directory; no built SPA unless webRoot says so. */
export async function startTestServer(
  extra: Partial<AppOptions> = {},
  dataDir = tempDir(),
): Promise<TestServer> {
  const clock = { now: Date.parse('2026-03-02T08:00:00Z') };
  let setupToken: string | null = null;
  const app = await createApp({
    dataDir,
    now: () => clock.now,
    webRoot: join(dataDir, 'no-web-build'),
    onSetupToken: (token) => {
      setupToken = token;
    },
    ...extra,
  });
  openApps.push(app);
  const server: TestServer = {
    app,
    dataDir,
    setupToken,
    clock,
    async restart(more = {}) {
      await app.close();
      openApps.splice(openApps.indexOf(app), 1);
      const next = await startTestServer({ ...extra, ...more }, dataDir);
      next.clock.now = clock.now;
      return next;
    },
  };
  return server;
}

export interface CallOptions {
  as?: Client | null;
  body?: unknown;
  /** Override the CSRF header: a string to send, null to leave it out. Default: the client's token. */
  csrf?: string | null;
  headers?: Record<string, string>;
}

export function call(
  app: FastifyInstance,
  method: InjectOptions['method'],
  url: string,
  options: CallOptions = {},
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.as) {
    headers.cookie = options.as.cookie;
    const csrf = options.csrf === undefined ? options.as.csrf : options.csrf;
    if (csrf !== null) headers[CSRF_HEADER] = csrf;
  } else if (typeof options.csrf === 'string') headers[CSRF_HEADER] = options.csrf;
  return app.inject({
    method,
    url,
    headers,
    ...(options.body !== undefined ? { payload: options.body as Record<string, unknown> } : {}),
  });
}

/** The session cookie a response set, as a Cookie header value. */
export function sessionCookie(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name.endsWith('dunghan_session'));
  if (!cookie) throw new Error(`no session cookie in the response (${res.statusCode} ${res.body})`);
  return `${cookie.name}=${cookie.value}`;
}

export async function login(app: FastifyInstance, username: string, password: string): Promise<Client> {
  const res = await call(app, 'POST', '/api/auth/login', { body: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const body = res.json() as SessionResponse;
  return { cookie: sessionCookie(res), csrf: body.csrfToken!, username };
}

/** Creates the first admin through the setup link and returns the signed-in admin. */
export async function setUp(server: TestServer): Promise<Client> {
  const res = await call(server.app, 'POST', '/api/auth/setup', {
    body: { token: server.setupToken, username: ADMIN.username, password: ADMIN.password },
  });
  if (res.statusCode !== 201) throw new Error(`setup failed: ${res.statusCode} ${res.body}`);
  return {
    cookie: sessionCookie(res),
    csrf: (res.json() as SessionResponse).csrfToken!,
    username: ADMIN.username,
  };
}

export async function addUser(
  app: FastifyInstance,
  admin: Client,
  username: string,
  role: Role,
): Promise<Client> {
  const res = await call(app, 'POST', '/api/users', {
    as: admin,
    body: { username, role, password: PASSWORD },
  });
  if (res.statusCode !== 201) throw new Error(`create ${username} failed: ${res.statusCode} ${res.body}`);
  return login(app, username, PASSWORD);
}

/** A set-up server with one signed-in client per role. */
export async function serverWithRoles() {
  const server = await startTestServer();
  const admin = await setUp(server);
  const uploader = await addUser(server.app, admin, 'canbo', 'uploader');
  const viewer = await addUser(server.app, admin, 'lanhdao', 'viewer');
  return { server, app: server.app, admin, uploader, viewer };
}

export function errorOf(res: LightMyRequestResponse): {
  code: string;
  message: string;
  fields?: { path: string; message: string }[];
} {
  const body = res.json() as { error?: { code: string; message: string } };
  if (!body.error) throw new Error(`not an error body: ${res.body}`);
  return body.error;
}
