import type { ErrorCode, FieldError } from '../../api/errors.ts';

/** A rejected request: thrown anywhere in a handler, answered as `{ error: { code, message } }`. */
export class ApiError extends Error {
  override name = 'ApiError';

  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
    /** Extra response headers, e.g. Retry-After. */
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
  }
}

export const notFound = (message = 'Không tìm thấy.') => new ApiError(404, 'not_found', message);
export const conflict = (message: string) => new ApiError(409, 'conflict', message);
export const badRequest = (message: string, fields?: FieldError[]) =>
  new ApiError(400, fields ? 'validation' : 'bad_request', message, fields);
