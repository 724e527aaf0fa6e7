import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import type { z } from 'zod';
import { CSRF_HEADER, type Endpoint, isStateChanging } from '../../../src/api/endpoint.ts';
import { type ErrorBody, ErrorBodySchema, type ErrorCode } from '../../../src/api/errors.ts';

/**
 * msw handlers made from the src/api endpoint declarations: the handler's answer is parsed with the
 * endpoint's response schema before it is sent, and the request body with its body schema, so a
 * fake that drifts from the contract fails the test instead of passing silently.
 */

type ResponseOf<E extends Endpoint> = E['response'] extends z.ZodType ? z.input<E['response']> : undefined;
type BodyOf<E extends Endpoint> = E['body'] extends z.ZodType ? z.output<E['body']> : undefined;

export interface Fail {
  kind: 'fail';
  status: number;
  body: ErrorBody;
}

export function fail(status: number, code: ErrorCode, message: string): Fail {
  return { kind: 'fail', status, body: ErrorBodySchema.parse({ error: { code, message } }) };
}

export interface HandlerContext<E extends Endpoint> {
  request: Request;
  params: Record<string, string | readonly string[] | undefined>;
  body: BodyOf<E>;
}

export interface HandleOptions {
  /** Check the CSRF header of state-changing requests against this token (as the server does). */
  csrfToken?: string | (() => string | null);
}

/** A handler for one endpoint; also records the requests it saw. */
export function handle<E extends Endpoint>(
  spec: E,
  resolver: (ctx: HandlerContext<E>) => ResponseOf<E> | Fail | Promise<ResponseOf<E> | Fail>,
  options: HandleOptions = {},
) {
  const method = spec.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  const calls: { request: Request; body: unknown; headers: Headers }[] = [];
  const handler = http[method](spec.path, async ({ request, params }) => {
    const raw: unknown = spec.body ? await request.clone().json() : undefined;
    calls.push({ request, body: raw, headers: request.headers });
    if (options.csrfToken !== undefined && isStateChanging(spec.method)) {
      const expected = typeof options.csrfToken === 'function' ? options.csrfToken() : options.csrfToken;
      if (expected !== null && request.headers.get(CSRF_HEADER) !== expected) {
        const f = fail(403, 'csrf', 'Thiếu hoặc sai mã CSRF.');
        return HttpResponse.json(f.body, { status: f.status });
      }
    }
    let body: unknown;
    if (spec.body) {
      const parsed = spec.body.safeParse(raw);
      if (!parsed.success) {
        return HttpResponse.json(
          { error: { code: 'validation', message: 'Dữ liệu không hợp lệ.' } } satisfies ErrorBody,
          { status: 400 },
        );
      }
      body = parsed.data;
    }
    const result = await resolver({ request, params, body: body as BodyOf<E> });
    if (result && typeof result === 'object' && (result as Fail).kind === 'fail') {
      const f = result as Fail;
      return HttpResponse.json(f.body, { status: f.status });
    }
    if (spec.response === null) return new HttpResponse(null, { status: spec.status });
    // A fake answer that breaks the contract becomes a 500, so the test sees a failure, not a pass.
    const checked = spec.response.safeParse(result);
    if (!checked.success) {
      const message = `fake ${spec.method} ${spec.path} breaks its response schema: ${checked.error.message}`;
      return HttpResponse.json({ error: { code: 'internal', message } } satisfies ErrorBody, { status: 500 });
    }
    return HttpResponse.json(checked.data as never, { status: spec.status });
  });
  return Object.assign(handler, { calls });
}

export const server = setupServer();
