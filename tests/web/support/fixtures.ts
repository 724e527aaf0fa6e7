import type { SessionResponse } from '../../../src/api/auth.ts';
import type { Role, User } from '../../../src/api/users.ts';

export const CSRF = 'csrf-token-for-tests';

export function user(role: Role, overrides: Partial<User> = {}): User {
  return {
    id: role === 'admin' ? 1 : role === 'uploader' ? 2 : 3,
    username: role === 'admin' ? 'quantri' : role === 'uploader' ? 'canbo' : 'lanhdao',
    displayName: role === 'admin' ? 'Nguyễn Văn Quản' : role === 'uploader' ? 'Trần Thị Bình' : 'Lê Văn Lãnh',
    role,
    createdAt: '2025-01-02T01:00:00.000Z',
    updatedAt: '2025-01-02T01:00:00.000Z',
    lastLoginAt: null,
    ...overrides,
  };
}

export function signedIn(role: Role, overrides: Partial<User> = {}): SessionResponse {
  return { user: user(role, overrides), csrfToken: CSRF, publicMode: false, setupRequired: false };
}

export const signedOut: SessionResponse = {
  user: null,
  csrfToken: null,
  publicMode: false,
  setupRequired: false,
};

export const firstStart: SessionResponse = { ...signedOut, setupRequired: true };
