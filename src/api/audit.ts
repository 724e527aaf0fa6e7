import { z } from 'zod';
import { endpoint } from './endpoint.ts';

export const AUDIT_ACTIONS = [
  'auth.setup',
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.password_change',
  'user.create',
  'user.update',
  'user.delete',
  'registry.update',
  'calendar.update',
  'settings.update',
  'import.create',
  'import.stage',
  'import.discard',
  /** The server discarded an import left unpublished longer than its limit (actor null). */
  'import.expire',
  'import.publish',
  'import.retract',
  'index766.publish',
  'index766.retract',
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  /**
   * Username at the time (kept after the account is deleted); "cli" for the shell; null when nobody
   * signed in or the server acted on its own (`import.expire`).
   */
  actor: z.string().nullable(),
  action: AuditActionSchema,
  /** What was acted on: a username, "registry", an import id… */
  target: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  action: AuditActionSchema.optional(),
  actor: z.string().max(200).optional(),
});
export type AuditQuery = z.input<typeof AuditQuerySchema>;

/** Newest first. */
export const AuditPageSchema = z.object({
  entries: z.array(AuditEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;

export const auditApi = {
  list: endpoint({
    method: 'GET',
    path: '/api/audit',
    query: AuditQuerySchema,
    status: 200,
    response: AuditPageSchema,
  }),
};
