import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { auditApi } from '../../src/api/audit.ts';
import { authApi } from '../../src/api/auth.ts';
import { calendarApi } from '../../src/api/calendar.ts';
import { dossiersApi } from '../../src/api/dossiers.ts';
import { type Endpoint, pathOf } from '../../src/api/endpoint.ts';
import { importsApi } from '../../src/api/imports.ts';
import { metricsApi } from '../../src/api/metrics.ts';
import { registryApi } from '../../src/api/registry.ts';
import { DEFAULT_SETTINGS, settingsApi } from '../../src/api/settings.ts';
import { ROLES, type Role, usersApi } from '../../src/api/users.ts';
import { DEFAULT_HOLIDAYS } from '../../src/domain/holidays.ts';
import { ADMIN, type Client, call, errorOf, PASSWORD, serverWithRoles, startTestServer } from './helpers.ts';
import { createImport, putChunk, row, sha256, stageAndPublish, stageImport } from './import-helpers.ts';

const ALL_ENDPOINTS: Endpoint[] = [
  authApi,
  usersApi,
  auditApi,
  registryApi,
  calendarApi,
  settingsApi,
  importsApi,
  metricsApi,
  dossiersApi,
].flatMap((group) => Object.values(group));

/** Imports in each state, made fresh for every call that may change one. */
interface Fixtures {
  uploading(): Promise<number>;
  received(): Promise<number>;
  staged(): Promise<number>;
  published(): Promise<number>;
}

function fixtures(app: FastifyInstance, uploader: Client): Fixtures {
  let seq = 0;
  const rows = () => [row({ code: `ACCESS-${++seq}`, status: 'pending' })];
  const options = () => ({ fileHash: sha256(`access ${++seq}`) });
  return {
    uploading: async () => (await createImport(app, uploader, rows(), options())).id,
    received: async () => {
      const sent = rows();
      const { id } = await createImport(app, uploader, sent, options());
      await putChunk(app, uploader, id, 0, sent);
      return id;
    },
    staged: async () => (await stageImport(app, uploader, rows(), options())).id,
    published: async () => (await stageAndPublish(app, uploader, rows(), options())).id,
  };
}

const YEAR = '?from=2024-01-01&to=2024-12-31';

interface Rule {
  endpoint: Endpoint;
  /** Lowest role allowed; 'anyone' for open routes. */
  minRole: Role | 'anyone';
  params?: Record<string, string | number> | ((f: Fixtures) => Promise<Record<string, string | number>>);
  query?: string;
  /** A valid request body for this caller, so an allowed caller gets a success. */
  body?: (as: Client | null) => unknown;
}

/** Every route of the API and who may call it. */
const RULES: Rule[] = [
  { endpoint: authApi.session, minRole: 'anyone' },
  {
    endpoint: authApi.changePassword,
    minRole: 'viewer',
    body: (as) => {
      const password = as?.username === ADMIN.username ? ADMIN.password : PASSWORD;
      return { currentPassword: password, newPassword: password };
    },
  },
  { endpoint: usersApi.list, minRole: 'admin' },
  {
    endpoint: usersApi.create,
    minRole: 'admin',
    body: () => ({
      username: `u${Math.random().toString(36).slice(2, 8)}`,
      role: 'viewer',
      password: PASSWORD,
    }),
  },
  {
    endpoint: usersApi.update,
    minRole: 'admin',
    params: { id: 'target' },
    body: () => ({ displayName: 'Trần Thị B' }),
  },
  { endpoint: usersApi.remove, minRole: 'admin', params: { id: 'target' } },
  { endpoint: auditApi.list, minRole: 'admin' },
  { endpoint: registryApi.get, minRole: 'viewer' },
  { endpoint: registryApi.put, minRole: 'admin', body: () => ({ units: [] }) },
  { endpoint: registryApi.versions, minRole: 'admin' },
  { endpoint: registryApi.version, minRole: 'admin', params: { version: 0 } },
  { endpoint: calendarApi.get, minRole: 'viewer' },
  { endpoint: calendarApi.put, minRole: 'admin', body: () => ({ years: DEFAULT_HOLIDAYS }) },
  { endpoint: calendarApi.versions, minRole: 'admin' },
  { endpoint: calendarApi.version, minRole: 'admin', params: { version: 0 } },
  { endpoint: settingsApi.get, minRole: 'viewer' },
  { endpoint: settingsApi.put, minRole: 'admin', body: () => ({ settings: DEFAULT_SETTINGS }) },
  { endpoint: settingsApi.versions, minRole: 'admin' },
  { endpoint: settingsApi.version, minRole: 'admin', params: { version: 0 } },
  { endpoint: importsApi.list, minRole: 'viewer' },
  {
    endpoint: importsApi.create,
    minRole: 'uploader',
    body: () => ({ fileName: 'a.csv', fileHash: sha256(String(Math.random())), rowCount: 1 }),
  },
  { endpoint: importsApi.get, minRole: 'viewer', params: async (f) => ({ id: await f.uploading() }) },
  {
    endpoint: importsApi.putChunk,
    minRole: 'uploader',
    params: async (f) => ({ id: await f.uploading(), n: 0 }),
    body: () => ({ rows: [row({ code: 'ACCESS-CHUNK', status: 'pending' })] }),
  },
  { endpoint: importsApi.finish, minRole: 'uploader', params: async (f) => ({ id: await f.received() }) },
  { endpoint: importsApi.publish, minRole: 'uploader', params: async (f) => ({ id: await f.staged() }) },
  {
    endpoint: importsApi.retract,
    minRole: 'uploader',
    params: async (f) => ({ id: await f.published() }),
    body: () => ({ reason: 'Kiểm tra quyền' }),
  },
  { endpoint: importsApi.discard, minRole: 'uploader', params: async (f) => ({ id: await f.staged() }) },
  { endpoint: metricsApi.get, minRole: 'viewer', query: `${YEAR}&groupBy=unit` },
  { endpoint: metricsApi.series, minRole: 'viewer', query: YEAR },
  { endpoint: dossiersApi.list, minRole: 'viewer', query: `${YEAR}&kind=overdue` },
];
/** Open routes whose effect (signing in or out, creating the first admin) has tests of its own. */
const TESTED_ELSEWHERE = new Set<Endpoint>([authApi.login, authApi.logout, authApi.setup]);

describe('the API contract in src/api', () => {
  it('has an access rule here for every endpoint', () => {
    const covered = new Set([...RULES.map((r) => r.endpoint), ...TESTED_ELSEWHERE]);
    expect(ALL_ENDPOINTS.filter((e) => !covered.has(e)).map((e) => `${e.method} ${e.path}`)).toEqual([]);
  });

  it('is registered by the server, every method and path', async () => {
    const { app } = await startTestServer();
    await app.ready();
    const missing = ALL_ENDPOINTS.filter((e) => !app.hasRoute({ method: e.method, url: e.path }));
    expect(missing.map((e) => `${e.method} ${e.path}`)).toEqual([]);
  });
});

describe('every role on every route', () => {
  it('answers 401 to anonymous callers, 403 to roles below the rule, and serves the rest', async () => {
    const { app, admin, uploader, viewer } = await serverWithRoles();
    const clients: Record<Role, Client> = { admin, uploader, viewer };
    const made = fixtures(app, uploader);
    let victims = 0;
    const target = async () => {
      const res = await call(app, 'POST', '/api/users', {
        as: admin,
        body: { username: `target${victims++}`, role: 'viewer', password: PASSWORD },
      });
      return res.json().id as number;
    };

    for (const rule of RULES) {
      const { endpoint } = rule;
      const label = `${endpoint.method} ${endpoint.path}`;
      const url = async () => {
        const params = typeof rule.params === 'function' ? await rule.params(made) : { ...rule.params };
        if (params.id === 'target') params.id = await target();
        return pathOf(endpoint, params) + (rule.query ?? '');
      };
      const send = async (as: Client | null) =>
        call(app, endpoint.method, await url(), { as, ...(rule.body ? { body: rule.body(as) } : {}) });

      const anonymous = await send(null);
      if (rule.minRole === 'anyone') expect(anonymous.statusCode, label).toBeLessThan(400);
      else {
        expect(anonymous.statusCode, `anonymous ${label}`).toBe(401);
        expect(errorOf(anonymous).code).toBe('unauthenticated');
      }
      for (const role of ROLES) {
        const res = await send(clients[role]);
        const allowed = rule.minRole === 'anyone' || ROLES.indexOf(role) >= ROLES.indexOf(rule.minRole);
        if (allowed) expect(res.statusCode, `${role} ${label}: ${res.body}`).toBeLessThan(300);
        else {
          expect(res.statusCode, `${role} ${label}`).toBe(403);
          expect(errorOf(res).code).toBe('forbidden');
        }
      }
    }
  });

  it('refuses a viewer every write and an uploader user management, leaving data unchanged', async () => {
    const { app, admin, uploader, viewer } = await serverWithRoles();
    const before = (await call(app, 'GET', '/api/users', { as: admin })).json();
    const attempts: [Client, 'POST' | 'PUT' | 'PATCH' | 'DELETE', string, unknown?][] = [
      [viewer, 'PUT', '/api/registry', { units: [] }],
      [viewer, 'POST', '/api/imports', { fileName: 'a.csv', fileHash: sha256('x'), rowCount: 1 }],
      [viewer, 'PUT', '/api/settings', { settings: { ...DEFAULT_SETTINGS, publicMode: true } }],
      [uploader, 'POST', '/api/users', { username: 'lenlut', role: 'admin', password: PASSWORD }],
      [
        uploader,
        'PATCH',
        `/api/users/${before.users.find((u: { username: string }) => u.username === 'canbo').id}`,
        { role: 'admin' },
      ],
      [
        uploader,
        'DELETE',
        `/api/users/${before.users.find((u: { username: string }) => u.username === 'admin').id}`,
      ],
    ];
    for (const [as, method, url, body] of attempts) {
      expect(
        (await call(app, method, url, { as, ...(body ? { body } : {}) })).statusCode,
        `${as.username} ${method} ${url}`,
      ).toBe(403);
    }
    expect((await call(app, 'GET', '/api/users', { as: admin })).json()).toEqual(before);
    expect((await call(app, 'GET', '/api/registry', { as: viewer })).json().version).toBe(0);
  });
});
