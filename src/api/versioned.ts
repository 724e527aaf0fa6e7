import { z } from 'zod';

/**
 * Admin data (unit registry, holiday calendar, settings) is versioned: every change writes a new
 * version and the latest one is current. Version 0 is the built-in default, before any change.
 */
export const VersionInfoSchema = z.object({
  version: z.number().int().nonnegative(),
  /** ISO time of the change; null for the built-in version 0. */
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type VersionInfo = z.infer<typeof VersionInfoSchema>;

export const VersionListSchema = z.object({ versions: z.array(VersionInfoSchema) });

/**
 * The version the edit was based on. When given and no longer current, the change is refused with
 * 409 instead of silently overwriting another admin's edit.
 */
export const BaseVersionSchema = z.number().int().nonnegative().optional();

export const VersionParamsSchema = z.object({
  version: z.coerce.number().int().nonnegative('Số phiên bản không hợp lệ'),
});
