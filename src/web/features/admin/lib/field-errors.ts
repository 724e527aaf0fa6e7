import { ApiError } from '../../../lib/api-client.ts';

/**
 * The server's per-field messages by field path without the leading `body.`:
 * `body.units.3.name` → `units.3.name`. The first message of a field wins.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const { path, message } of error.fields) {
    const key = path.replace(/^body\./, '');
    out[key] ??= message;
  }
  return out;
}

/** Another admin saved a newer version since this one was loaded (optimistic concurrency). */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 409 || error.code === 'conflict');
}
