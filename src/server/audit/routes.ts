import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditApi } from '../../api/audit.ts';
import { requireRole } from '../auth/guards.ts';
import { listAudit } from './audit.ts';

export function registerAuditRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    auditApi.list.path,
    {
      onRequest: requireRole('admin'),
      schema: { querystring: auditApi.list.query, response: { 200: auditApi.list.response } },
    },
    async (request) => {
      const { page, pageSize, action, actor } = request.query;
      const { entries, total } = await listAudit(request.server.db, { page, pageSize, action, actor });
      return { entries, total, page, pageSize };
    },
  );
}
