import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { calendarApi } from '../../api/calendar.ts';
import { registryApi } from '../../api/registry.ts';
import { settingsApi } from '../../api/settings.ts';
import { actorOf } from '../audit/request-audit.ts';
import { requireRole } from '../auth/guards.ts';
import { notFound } from '../http/api-error.ts';
import type { AdminDataKind, AdminDocuments, Versioned } from './admin-data.ts';

function changeRequest(request: FastifyRequest, baseVersion: number | undefined) {
  return { actor: actorOf(request)!, ip: request.ip, now: request.server.now(), baseVersion };
}

async function versionOrNotFound<K extends AdminDataKind>(request: FastifyRequest, kind: K, version: number) {
  const found: Versioned<K> | null = await request.server.adminData.version(kind, version);
  if (!found) throw notFound(`Không có phiên bản ${version}.`);
  return found;
}

const put = async <K extends AdminDataKind>(
  request: FastifyRequest,
  kind: K,
  body: AdminDocuments[K],
  base?: number,
) => (await request.server.adminData.update(kind, body, changeRequest(request, base))).current;

/**
 * Registry, calendar and settings: readable by every signed-in role (and publicly in public mode:
 * dashboards need them), changed by admins only, each change a new version.
 */
export function registerAdminDataRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const reader = requireRole('viewer', { publicRead: true });
  const admin = requireRole('admin');
  const { adminData } = app;

  const registry = ({ info, body }: Versioned<'registry'>) => ({ ...info, units: body });
  api.get(
    registryApi.get.path,
    { onRequest: reader, schema: { response: { 200: registryApi.get.response } } },
    () => registry(adminData.get('registry')),
  );
  api.put(
    registryApi.put.path,
    {
      onRequest: admin,
      // A province registry with every alias can pass the default 1 MiB.
      bodyLimit: 8 * 1024 * 1024,
      schema: { body: registryApi.put.body, response: { 200: registryApi.put.response } },
    },
    async (request) => registry(await put(request, 'registry', request.body.units, request.body.baseVersion)),
  );
  api.get(
    registryApi.versions.path,
    { onRequest: admin, schema: { response: { 200: registryApi.versions.response } } },
    async () => ({ versions: await adminData.history('registry') }),
  );
  api.get(
    registryApi.version.path,
    {
      onRequest: admin,
      schema: { params: registryApi.version.params, response: { 200: registryApi.version.response } },
    },
    async (request) => registry(await versionOrNotFound(request, 'registry', request.params.version)),
  );

  const calendar = ({ info, body }: Versioned<'calendar'>) => ({ ...info, years: body });
  api.get(
    calendarApi.get.path,
    { onRequest: reader, schema: { response: { 200: calendarApi.get.response } } },
    () => calendar(adminData.get('calendar')),
  );
  api.put(
    calendarApi.put.path,
    { onRequest: admin, schema: { body: calendarApi.put.body, response: { 200: calendarApi.put.response } } },
    async (request) => calendar(await put(request, 'calendar', request.body.years, request.body.baseVersion)),
  );
  api.get(
    calendarApi.versions.path,
    { onRequest: admin, schema: { response: { 200: calendarApi.versions.response } } },
    async () => ({ versions: await adminData.history('calendar') }),
  );
  api.get(
    calendarApi.version.path,
    {
      onRequest: admin,
      schema: { params: calendarApi.version.params, response: { 200: calendarApi.version.response } },
    },
    async (request) => calendar(await versionOrNotFound(request, 'calendar', request.params.version)),
  );

  const settings = ({ info, body }: Versioned<'settings'>) => ({ ...info, settings: body });
  api.get(
    settingsApi.get.path,
    { onRequest: reader, schema: { response: { 200: settingsApi.get.response } } },
    () => settings(adminData.get('settings')),
  );
  api.put(
    settingsApi.put.path,
    { onRequest: admin, schema: { body: settingsApi.put.body, response: { 200: settingsApi.put.response } } },
    async (request) =>
      settings(await put(request, 'settings', request.body.settings, request.body.baseVersion)),
  );
  api.get(
    settingsApi.versions.path,
    { onRequest: admin, schema: { response: { 200: settingsApi.versions.response } } },
    async () => ({ versions: await adminData.history('settings') }),
  );
  api.get(
    settingsApi.version.path,
    {
      onRequest: admin,
      schema: { params: settingsApi.version.params, response: { 200: settingsApi.version.response } },
    },
    async (request) => settings(await versionOrNotFound(request, 'settings', request.params.version)),
  );
}
