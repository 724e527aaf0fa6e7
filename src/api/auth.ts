import { z } from 'zod';
import { endpoint } from './endpoint.ts';
import {
  DisplayNameSchema,
  NewPasswordSchema,
  PASSWORD_MAX_LENGTH,
  UsernameSchema,
  UserSchema,
} from './users.ts';

export const LoginRequestSchema = z.strictObject({
  username: z.string().trim().toLowerCase().min(1, 'Nhập tên đăng nhập').max(200),
  password: z.string().min(1, 'Nhập mật khẩu').max(PASSWORD_MAX_LENGTH),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** Creates the first admin with the one-time token printed on the server console. */
export const SetupRequestSchema = z.strictObject({
  token: z.string().min(1, 'Thiếu mã thiết lập').max(200),
  username: UsernameSchema,
  displayName: DisplayNameSchema.default(''),
  password: NewPasswordSchema,
});
export type SetupRequest = z.input<typeof SetupRequestSchema>;

export const ChangePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại').max(PASSWORD_MAX_LENGTH),
  newPassword: NewPasswordSchema,
});

/** What the SPA needs to know at start: who is signed in, the CSRF token, and what anonymous visitors may see. */
export const SessionResponseSchema = z.object({
  user: UserSchema.nullable(),
  /** Send it back in the `x-csrf-token` header on every POST/PUT/PATCH/DELETE. Null when signed out. */
  csrfToken: z.string().nullable(),
  /** Dashboards readable without login. */
  publicMode: z.boolean(),
  /** No account exists yet: the first admin is created with the setup link from the server console. */
  setupRequired: z.boolean(),
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const authApi = {
  session: endpoint({
    method: 'GET',
    path: '/api/auth/session',
    status: 200,
    response: SessionResponseSchema,
  }),
  login: endpoint({
    method: 'POST',
    path: '/api/auth/login',
    body: LoginRequestSchema,
    status: 200,
    response: SessionResponseSchema,
  }),
  logout: endpoint({ method: 'POST', path: '/api/auth/logout', status: 204, response: null }),
  setup: endpoint({
    method: 'POST',
    path: '/api/auth/setup',
    body: SetupRequestSchema,
    status: 201,
    response: SessionResponseSchema,
  }),
  changePassword: endpoint({
    method: 'POST',
    path: '/api/auth/password',
    body: ChangePasswordRequestSchema,
    status: 204,
    response: null,
  }),
};
