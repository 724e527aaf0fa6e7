import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import { type Actor, type AuditRecord, audit } from './audit.ts';

/** The signed-in user of a request as an audit actor; null when anonymous. */
export function actorOf(request: FastifyRequest): Actor | null {
  const user = request.session?.user;
  return user ? { id: user.id, username: user.username } : null;
}

/** `audit()` with the request's user, address and the app's clock filled in. */
export function auditRequest(
  request: FastifyRequest,
  record: Omit<AuditRecord, 'ip' | 'at' | 'actor'> & { actor?: Actor | null },
  db: Db = request.server.db,
): Promise<void> {
  return audit(db, {
    ...record,
    actor: record.actor === undefined ? actorOf(request) : record.actor,
    ip: request.ip,
    at: new Date(request.server.now()).toISOString(),
  });
}
