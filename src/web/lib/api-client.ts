import type { z } from 'zod';
import { CSRF_HEADER, type Endpoint, isStateChanging, pathOf } from '../../api/endpoint.ts';
import { ErrorBodySchema, type FieldError } from '../../api/errors.ts';

/** Codes the server answers (src/api/errors.ts) plus the ones only a browser meets. */
export type ClientErrorCode = z.infer<typeof ErrorBodySchema>['error']['code'] | 'network' | 'bad_response';

/** A failed API call, with the server's Vietnamese message and machine-readable code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;

/** Remembers the CSRF token of the current session (from GET /api/auth/session, login or setup). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

type Output<E extends Endpoint> = E['response'] extends z.ZodType ? z.output<E['response']> : undefined;
type BodyOf<E extends Endpoint> = E['body'] extends z.ZodType ? z.input<E['body']> : never;

export interface RequestOptions<E extends Endpoint> {
  params?: Readonly<Record<string, string | number>>;
  query?: Readonly<Record<string, string | number | boolean | undefined>>;
  body?: BodyOf<E>;
  signal?: AbortSignal;
}

function urlOf(spec: Endpoint, options: RequestOptions<Endpoint>): string {
  const path = pathOf(spec, options.params);
  const url = new URL(path, document.baseURI);
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/**
 * Calls one endpoint of src/api: fills the path, sends JSON, adds the CSRF header on every
 * state-changing request, and parses the answer with the endpoint's own schema.
 */
export async function apiRequest<E extends Endpoint>(
  spec: E,
  options: RequestOptions<E> = {},
): Promise<Output<E>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const init: RequestInit = { method: spec.method, headers, credentials: 'same-origin' };
  if (options.signal) init.signal = options.signal;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  if (isStateChanging(spec.method) && csrfToken !== null) headers[CSRF_HEADER] = csrfToken;

  let response: Response;
  try {
    response = await fetch(urlOf(spec, options as RequestOptions<Endpoint>), init);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e));
  }
  if (!response.ok) throw await errorOf(response);
  if (spec.response === null || response.status === 204) return undefined as Output<E>;
  const json: unknown = await response.json().catch(() => undefined);
  const parsed = spec.response.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      'bad_response',
      `${spec.method} ${spec.path}: ${parsed.error.message}`,
    );
  }
  return parsed.data as Output<E>;
}

async function errorOf(response: Response): Promise<ApiError> {
  const json: unknown = await response.json().catch(() => undefined);
  const parsed = ErrorBodySchema.safeParse(json);
  if (parsed.success) {
    const { code, message, fields } = parsed.data.error;
    return new ApiError(response.status, code, message, fields ?? []);
  }
  return new ApiError(response.status, 'internal', `HTTP ${response.status} ${response.statusText}`);
}
