import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One API route as a contract: the server registers it, the SPA's query functions call it and the
 * msw handlers fake it, all from this one declaration, so the three cannot drift apart.
 */
export interface Endpoint {
  readonly method: HttpMethod;
  /** Fastify-style path: `:name` marks a parameter. */
  readonly path: string;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** Status of a successful answer. */
  readonly status: 200 | 201 | 204;
  /** Shape of a successful answer; null when the answer has no body (204). */
  readonly response: z.ZodType | null;
}

export function endpoint<const E extends Endpoint>(spec: E): E {
  return spec;
}

/** The URL of an endpoint with its parameters filled in: `/api/users/:id` + { id: 3 } → `/api/users/3`. */
export function pathOf(spec: Endpoint, params: Readonly<Record<string, string | number>> = {}): string {
  return spec.path.replace(/:([A-Za-z_]\w*)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${spec.method} ${spec.path}: missing parameter "${name}"`);
    return encodeURIComponent(String(value));
  });
}

/** State-changing methods: they need a CSRF token whenever a session is present. */
export function isStateChanging(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
}

/** The header that carries the session's CSRF token on state-changing requests. */
export const CSRF_HEADER = 'x-csrf-token';
