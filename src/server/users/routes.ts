import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { usersApi } from '../../api/users.ts';
import { actorOf } from '../audit/request-audit.ts';
import { currentSession, requireRole } from '../auth/guards.ts';
import { createUser, deleteUser, listUsers, updateUser } from './user-store.ts';

export function registerUserRoutes(app: FastifyInstance): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const admin = requireRole('admin');

  api.get(
    usersApi.list.path,
    { onRequest: admin, schema: { response: { 200: usersApi.list.response } } },
    async (request) => ({
      users: await listUsers(request.server.db),
    }),
  );

  api.post(
    usersApi.create.path,
    { onRequest: admin, schema: { body: usersApi.create.body, response: { 201: usersApi.create.response } } },
    async (request, reply) => {
      const user = await createUser(request.server.db, request.body, {
        actor: actorOf(request),
        ip: request.ip,
        now: request.server.now(),
      });
      return reply.code(201).send(user);
    },
  );

  api.patch(
    usersApi.update.path,
    {
      onRequest: admin,
      schema: {
        params: usersApi.update.params,
        body: usersApi.update.body,
        response: { 200: usersApi.update.response },
      },
    },
    async (request) => {
      const session = currentSession(request);
      return updateUser(request.server.db, request.params.id, request.body, {
        actor: actorOf(request),
        ip: request.ip,
        now: request.server.now(),
        // An admin resetting their own password stays signed in here and is signed out elsewhere.
        ...(request.params.id === session.user.id ? { keepSessionHash: session.tokenHash } : {}),
      });
    },
  );

  api.delete(
    usersApi.remove.path,
    { onRequest: admin, schema: { params: usersApi.remove.params } },
    async (request, reply) => {
      await deleteUser(request.server.db, request.params.id, {
        actor: actorOf(request),
        ip: request.ip,
        now: request.server.now(),
      });
      return reply.code(204).send();
    },
  );
}
