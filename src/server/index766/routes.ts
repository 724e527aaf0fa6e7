import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { index766Api } from '../../api/index766.ts';
import { actorOf } from '../audit/request-audit.ts';
import { requireRole } from '../auth/guards.ts';
import type { SetChangeContext } from './set-service.ts';

function changeContext(request: FastifyRequest): SetChangeContext {
  return { actor: actorOf(request)!, ip: request.ip, now: request.server.now() };
}

/** Scorecard and feedback sets (uploader+ publish and retract) and the target reads (dashboards' readers). */
export function registerIndex766Routes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const reader = requireRole('viewer', { publicRead: true });
  const historyReader = requireRole('viewer');
  const uploader = requireRole('uploader');
  const { scoreSets, targets } = app;

  api.post(
    index766Api.createScorecardSet.path,
    {
      onRequest: uploader,
      bodyLimit: 32 * 1024 * 1024,
      schema: {
        body: index766Api.createScorecardSet.body,
        response: { 201: index766Api.createScorecardSet.response },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await scoreSets.createScorecards(request.body, changeContext(request))),
  );
  api.post(
    index766Api.createFeedbackSet.path,
    {
      onRequest: uploader,
      bodyLimit: 64 * 1024 * 1024,
      schema: {
        body: index766Api.createFeedbackSet.body,
        response: { 201: index766Api.createFeedbackSet.response },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await scoreSets.createFeedback(request.body, changeContext(request))),
  );
  api.get(
    index766Api.listSets.path,
    {
      onRequest: historyReader,
      schema: { querystring: index766Api.listSets.query, response: { 200: index766Api.listSets.response } },
    },
    (request) => scoreSets.list(request.query),
  );
  api.post(
    index766Api.retractSet.path,
    {
      onRequest: uploader,
      schema: { params: index766Api.retractSet.params, response: { 200: index766Api.retractSet.response } },
    },
    (request) => scoreSets.retract(request.params.id, changeContext(request)),
  );
  api.get(
    index766Api.scorecards.path,
    {
      onRequest: reader,
      schema: {
        querystring: index766Api.scorecards.query,
        response: { 200: index766Api.scorecards.response },
      },
    },
    async (request) => ({
      period: request.query.period,
      scorecards: await targets.scorecardsInForce(request.query.period),
    }),
  );
  api.get(
    index766Api.target.path,
    {
      onRequest: reader,
      schema: { querystring: index766Api.target.query, response: { 200: index766Api.target.response } },
    },
    (request) => targets.target(request.query),
  );
}
