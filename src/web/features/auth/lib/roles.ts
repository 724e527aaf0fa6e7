import { ROLES, type Role, type User } from '../../../../api/users.ts';

/** True when `user` has `minimum` or a higher role (viewer < uploader < admin). */
export function hasRole(user: Pick<User, 'role'> | null | undefined, minimum: Role | null): boolean {
  if (minimum === null) return true;
  if (!user) return false;
  return ROLES.indexOf(user.role) >= ROLES.indexOf(minimum);
}
