import { z } from 'zod';
import type { RegistryUnit } from '../domain/units.ts';
import { endpoint } from './endpoint.ts';
import { BaseVersionSchema, VersionInfoSchema, VersionListSchema, VersionParamsSchema } from './versioned.ts';

export const UNIT_GROUPS = ['department', 'commune', 'vertical', 'other'] as const;
export const MAX_REGISTRY_UNITS = 20_000;

export const RegistryUnitSchema = z.strictObject({
  id: z.string().trim().min(1, 'Thiếu mã đơn vị (id)').max(200),
  name: z.string().trim().min(1, 'Thiếu tên đơn vị').max(300),
  code: z.string().trim().min(1).max(100).optional(),
  group: z.enum(UNIT_GROUPS, { error: 'Nhóm phải là department, commune, vertical hoặc other' }),
  aliases: z.array(z.string().trim().min(1).max(300)).max(200).default([]),
  /** The unit that took over a retired one (since the 1 July 2025 merger, say). */
  successorId: z.string().trim().min(1).max(200).optional(),
  retired: z.boolean().optional(),
}) satisfies z.ZodType<RegistryUnit>;

/** Ids unique, successors existing, no unit its own successor and no successor cycle. */
export const RegistryUnitsSchema = z
  .array(RegistryUnitSchema)
  .max(MAX_REGISTRY_UNITS, `Tối đa ${MAX_REGISTRY_UNITS} đơn vị`)
  .superRefine((units, ctx) => {
    const indexById = new Map<string, number>();
    units.forEach((u, i) => {
      if (indexById.has(u.id))
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `Mã đơn vị "${u.id}" bị trùng` });
      else indexById.set(u.id, i);
    });
    units.forEach((u, i) => {
      if (u.successorId === undefined) return;
      const path = [i, 'successorId'];
      if (u.successorId === u.id)
        ctx.addIssue({ code: 'custom', path, message: 'Đơn vị không thể kế thừa chính nó' });
      else if (!indexById.has(u.successorId))
        ctx.addIssue({ code: 'custom', path, message: `Không có đơn vị kế thừa mã "${u.successorId}"` });
      else if (leadsBackTo(u.id, u.successorId, units, indexById))
        ctx.addIssue({
          code: 'custom',
          path,
          message: `Chuỗi đơn vị kế thừa từ "${u.id}" quay vòng lại chính nó`,
        });
    });
  });

function leadsBackTo(
  start: string,
  next: string,
  units: readonly RegistryUnit[],
  indexById: ReadonlyMap<string, number>,
): boolean {
  const seen = new Set<string>();
  let current: string | undefined = next;
  while (current !== undefined && !seen.has(current)) {
    if (current === start) return true;
    seen.add(current);
    const index = indexById.get(current);
    current = index === undefined ? undefined : units[index]!.successorId;
  }
  return false;
}

/** The current registry: a domain `UnitRegistry` ({ version, units }) plus who changed it and when. */
export const RegistryResponseSchema = VersionInfoSchema.extend({ units: z.array(RegistryUnitSchema) });
export type RegistryResponse = z.infer<typeof RegistryResponseSchema>;

export const PutRegistryRequestSchema = z.strictObject({
  baseVersion: BaseVersionSchema,
  units: RegistryUnitsSchema,
});
export type PutRegistryRequest = z.input<typeof PutRegistryRequestSchema>;

export const registryApi = {
  get: endpoint({ method: 'GET', path: '/api/registry', status: 200, response: RegistryResponseSchema }),
  put: endpoint({
    method: 'PUT',
    path: '/api/registry',
    body: PutRegistryRequestSchema,
    status: 200,
    response: RegistryResponseSchema,
  }),
  versions: endpoint({
    method: 'GET',
    path: '/api/registry/versions',
    status: 200,
    response: VersionListSchema,
  }),
  version: endpoint({
    method: 'GET',
    path: '/api/registry/versions/:version',
    params: VersionParamsSchema,
    status: 200,
    response: RegistryResponseSchema,
  }),
};
