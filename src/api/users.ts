import { z } from 'zod';
import { endpoint } from './endpoint.ts';

/** Lowest to highest: each role can do everything the roles before it can. */
export const ROLES = ['viewer', 'uploader', 'admin'] as const;
export const RoleSchema = z.enum(ROLES, { error: 'Vai trò phải là viewer, uploader hoặc admin' });
export type Role = z.infer<typeof RoleSchema>;

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

/** A new username: stored trimmed and lowercase, so "NguyenVanA" and "nguyenvana" are one account. */
export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    USERNAME_PATTERN,
    'Tên đăng nhập gồm 2–64 ký tự: chữ không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang',
  );

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

/** A password being set; login takes any string (old passwords must keep working if the rule changes). */
export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự`)
  .max(PASSWORD_MAX_LENGTH, `Mật khẩu dài tối đa ${PASSWORD_MAX_LENGTH} ký tự`);

export const DisplayNameSchema = z.string().trim().max(120, 'Họ tên dài tối đa 120 ký tự');

export const UserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type User = z.infer<typeof UserSchema>;

export const UserListSchema = z.object({ users: z.array(UserSchema) });

export const CreateUserRequestSchema = z.strictObject({
  username: UsernameSchema,
  displayName: DisplayNameSchema.default(''),
  role: RoleSchema,
  password: NewPasswordSchema,
});
export type CreateUserRequest = z.input<typeof CreateUserRequestSchema>;

export const UpdateUserRequestSchema = z
  .strictObject({
    displayName: DisplayNameSchema.optional(),
    role: RoleSchema.optional(),
    /** Resetting a password signs the user out everywhere. */
    password: NewPasswordSchema.optional(),
  })
  .refine((u) => u.displayName !== undefined || u.role !== undefined || u.password !== undefined, {
    message: 'Cần ít nhất một thay đổi: displayName, role hoặc password',
  });
export type UpdateUserRequest = z.input<typeof UpdateUserRequestSchema>;

export const UserIdParamsSchema = z.object({
  id: z.coerce.number().int().positive('Mã người dùng không hợp lệ'),
});

export const usersApi = {
  list: endpoint({ method: 'GET', path: '/api/users', status: 200, response: UserListSchema }),
  create: endpoint({
    method: 'POST',
    path: '/api/users',
    body: CreateUserRequestSchema,
    status: 201,
    response: UserSchema,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/users/:id',
    params: UserIdParamsSchema,
    body: UpdateUserRequestSchema,
    status: 200,
    response: UserSchema,
  }),
  remove: endpoint({
    method: 'DELETE',
    path: '/api/users/:id',
    params: UserIdParamsSchema,
    status: 204,
    response: null,
  }),
};
