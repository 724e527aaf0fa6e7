import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { dossiersApi } from '../../api/dossiers.ts';
import { metricsApi } from '../../api/metrics.ts';
import { requireRole } from '../auth/guards.ts';

/**
 * The answers come as JSON text already checked against the response schema (ReadService caches
 * the text); Fastify sends a string with a JSON content type as it is.
 */
function sendJson(reply: FastifyReply, json: string) {
  return reply.type('application/json; charset=utf-8').send(json as never);
}

/** The dashboards' reads: every signed-in role, and anyone while public read-only mode is on. */
export function registerReadRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const reader = requireRole('viewer', { publicRead: true });
  const { reads } = app;

  api.get(
    metricsApi.get.path,
    {
      onRequest: reader,
      schema: { querystring: metricsApi.get.query, response: { 200: metricsApi.get.response } },
    },
    async (request, reply) => sendJson(reply, await reads.metrics(request.query)),
  );
  api.get(
    metricsApi.series.path,
    {
      onRequest: reader,
      schema: { querystring: metricsApi.series.query, response: { 200: metricsApi.series.response } },
    },
    async (request, reply) => sendJson(reply, await reads.series(request.query)),
  );
  api.get(
    dossiersApi.list.path,
    {
      onRequest: reader,
      schema: { querystring: dossiersApi.list.query, response: { 200: dossiersApi.list.response } },
    },
    async (request, reply) => sendJson(reply, await reads.dossiers(request.query)),
  );
}
