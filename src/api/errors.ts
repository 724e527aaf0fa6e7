import { z } from 'zod';

/** Machine-readable reasons for a rejected request; the message beside them is for people. */
export const ERROR_CODES = [
  'bad_request',
  'validation',
  'invalid_json',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'csrf',
  'not_found',
  'conflict',
  /** The same file (by its SHA-256) is already published. */
  'already_published',
  'last_admin',
  'setup_unavailable',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const FieldErrorSchema = z.object({
  /** Dotted path of the bad field in the request, e.g. `body.units.3.successorId`. */
  path: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** Every rejected request answers this, with a Vietnamese message and never a stack trace. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    fields: z.array(FieldErrorSchema).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
