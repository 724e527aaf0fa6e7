import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody, ErrorCode, FieldError } from '../../api/errors.ts';
import { ApiError } from './api-error.ts';

const MESSAGES_BY_STATUS: Record<number, [ErrorCode, string]> = {
  400: ['bad_request', 'Yêu cầu không hợp lệ.'],
  401: ['unauthenticated', 'Cần đăng nhập.'],
  403: ['forbidden', 'Tài khoản không có quyền thực hiện thao tác này.'],
  404: ['not_found', 'Không tìm thấy.'],
  413: ['payload_too_large', 'Dữ liệu gửi lên quá lớn.'],
  415: ['unsupported_media_type', 'Chỉ nhận dữ liệu dạng JSON (Content-Type: application/json).'],
  429: ['rate_limited', 'Quá nhiều yêu cầu, vui lòng thử lại sau.'],
};

/** Fastify's own request errors, by code, in Vietnamese. */
const FASTIFY_ERRORS: Record<string, [number, ErrorCode, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large', 'Dữ liệu gửi lên quá lớn.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, ...MESSAGES_BY_STATUS[415]!],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad_request', 'Độ dài dữ liệu (Content-Length) không khớp.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json', 'Thiếu nội dung JSON.'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json', 'Nội dung gửi lên không phải JSON hợp lệ.'],
};

export function sendError(
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  message: string,
  fields?: FieldError[],
) {
  const body: ErrorBody = { error: { code, message, ...(fields ? { fields } : {}) } };
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send(body);
}

function validationFields(error: FastifyError): FieldError[] {
  const context = error.validationContext ?? 'body';
  return (error.validation ?? []).map((v) => {
    const path = v.instancePath.split('/').filter((p) => p !== '');
    return { path: [context, ...path].join('.'), message: v.message ?? 'Giá trị không hợp lệ' };
  });
}

/** Turns every error into the API's error shape; a 5xx is logged in full and answered without details. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof ApiError) {
      if (error.headers) reply.headers(error.headers);
      return sendError(reply, error.statusCode, error.code, error.message, error.fields);
    }
    if (error.validation) {
      const fields = validationFields(error);
      const summary = fields.map((f) => `${f.path}: ${f.message}`).join('; ');
      return sendError(reply, 400, 'validation', `Dữ liệu không hợp lệ — ${summary}`, fields);
    }
    const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
    if (known) return sendError(reply, ...known);
    const status = error.statusCode ?? 500;
    if (status < 500) {
      const [code, message] = MESSAGES_BY_STATUS[status] ?? MESSAGES_BY_STATUS[400]!;
      return sendError(reply, status, code, message);
    }
    request.log.error({ err: error }, 'request failed');
    return sendError(
      reply,
      500,
      'internal',
      'Lỗi máy chủ. Thao tác chưa được thực hiện; vui lòng thử lại hoặc báo quản trị viên.',
    );
  });
}
