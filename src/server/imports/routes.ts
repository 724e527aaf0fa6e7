import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CHUNK_BODY_LIMIT, type ImportDetail, importsApi } from '../../api/imports.ts';
import { actorOf } from '../audit/request-audit.ts';
import { requireRole } from '../auth/guards.ts';
import type { ChangeContext } from './import-service.ts';

const counts = (i: ImportDetail) => ({
  rows: i.summary?.rowsReceived,
  accepted: i.summary?.accepted,
  rejected: i.summary?.rejected,
});

function changeContext(request: FastifyRequest): ChangeContext {
  return { actor: actorOf(request)!, ip: request.ip, now: request.server.now() };
}

/** Imports: staff (uploader+) stage, publish, retract and discard; every signed-in role reads the history. */
export function registerImportRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const reader = requireRole('viewer');
  const uploader = requireRole('uploader');
  const { imports } = app;

  api.get(
    importsApi.list.path,
    {
      onRequest: reader,
      schema: { querystring: importsApi.list.query, response: { 200: importsApi.list.response } },
    },
    (request) => imports.list(request.query),
  );
  api.post(
    importsApi.create.path,
    {
      onRequest: uploader,
      schema: { body: importsApi.create.body, response: { 201: importsApi.create.response } },
    },
    async (request, reply) =>
      reply.code(201).send(await imports.create(request.body, changeContext(request))),
  );
  api.get(
    importsApi.get.path,
    {
      onRequest: reader,
      schema: { params: importsApi.get.params, response: { 200: importsApi.get.response } },
    },
    (request) => imports.get(request.params.id),
  );
  api.put(
    importsApi.putChunk.path,
    {
      onRequest: uploader,
      bodyLimit: CHUNK_BODY_LIMIT,
      schema: {
        params: importsApi.putChunk.params,
        body: importsApi.putChunk.body,
        response: { 200: importsApi.putChunk.response },
      },
    },
    (request) =>
      imports.putChunk(request.params.id, request.params.n, request.body.rows, changeContext(request)),
  );
  api.post(
    importsApi.finish.path,
    {
      onRequest: uploader,
      schema: { params: importsApi.finish.params, response: { 200: importsApi.finish.response } },
    },
    async (request) => {
      const staged = await imports.finish(request.params.id, changeContext(request));
      request.log.info({ importId: staged.id, summary: counts(staged) }, 'import staged');
      return staged;
    },
  );
  api.post(
    importsApi.publish.path,
    {
      onRequest: uploader,
      schema: { params: importsApi.publish.params, response: { 200: importsApi.publish.response } },
    },
    async (request) => {
      const published = await imports.publish(request.params.id, changeContext(request));
      request.log.info({ importId: published.id, dossiers: published.dossiers }, 'import published');
      return published;
    },
  );
  api.post(
    importsApi.retract.path,
    {
      onRequest: uploader,
      schema: {
        params: importsApi.retract.params,
        body: importsApi.retract.body,
        response: { 200: importsApi.retract.response },
      },
    },
    async (request) => {
      const retracted = await imports.retract(request.params.id, request.body.reason, changeContext(request));
      request.log.info({ importId: retracted.id }, 'import retracted');
      return retracted;
    },
  );
  api.delete(
    importsApi.discard.path,
    {
      onRequest: uploader,
      schema: { params: importsApi.discard.params, response: { 200: importsApi.discard.response } },
    },
    (request) => imports.discard(request.params.id, changeContext(request)),
  );
}
