import type { Role } from './roles.js';

/**
 * What a route may demand of its caller. A route declares one permission (or none, for routes any
 * signed-in user may call); the grants below say which roles hold it. Which *rows* a caller then sees
 * is data scope, applied in the repository query on the server.
 */
export const PERMISSIONS = [
  'home.view',
  'enterprise.view',
  'user.manage',
  'orgUnit.manage',
  'zone.manage',
  'park.manage',
  'audit.view',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const STAFF: Permission[] = ['home.view', 'enterprise.view'];

export const GRANTS: Record<Role, readonly Permission[]> = {
  systemAdmin: [...STAFF, 'user.manage', 'orgUnit.manage', 'zone.manage', 'park.manage', 'audit.view'],
  zoneAdmin: [...STAFF, 'user.manage', 'orgUnit.manage', 'park.manage', 'audit.view'],
  leader: [...STAFF, 'audit.view'],
  investmentStaff: STAFF,
  taskForceMember: STAFF,
  parkStaff: STAFF,
  departmentStaff: STAFF,
  enterpriseUser: ['home.view', 'enterprise.view'],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(GRANTS) as Role[]).filter((role) => hasPermission(role, permission));
}
