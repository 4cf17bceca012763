import { ROLES, type Role } from '@zonehub/access';

/** The roles an administrator may give: only a system administrator makes another one. */
export function assignableRoles(me: { permissions: readonly string[]; user: { systemAdmin: boolean } }): Role[] {
  const system = me.user.systemAdmin || me.permissions.includes('zone.manage');
  return ROLES.filter((role) => system || role !== 'systemAdmin');
}
