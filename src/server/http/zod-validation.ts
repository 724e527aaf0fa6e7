import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import { z } from 'zod';

const vietnamese = z.locales.vi().localeError;

/**
 * Validates requests with the zod schemas from src/api. Messages the schemas spell out themselves
 * win; everything else gets zod's Vietnamese wording, per call, so nothing global is changed.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { error: vietnamese });
    if (result.success) return { value: result.data };
    const issues: FastifySchemaValidationError[] = result.error.issues.map((issue) => ({
      keyword: issue.code,
      instancePath: `/${issue.path.map(String).join('/')}`,
      schemaPath: '',
      params: {},
      message: issue.message,
    }));
    return { error: issues };
  };
