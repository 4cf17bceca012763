/**
 * The roles a person can hold in ZoneHub. A role is held per zone (see user_zone_roles), except
 * systemAdmin, which is deployment-wide.
 */
export const ROLES = [
  'systemAdmin',
  'zoneAdmin',
  'leader',
  'investmentStaff',
  'taskForceMember',
  'parkStaff',
  'departmentStaff',
  'enterpriseUser',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The demo account of each role is named by role (issue 2, demo data). */
export const DEMO_USERNAME_BY_ROLE: Record<Role, string> = {
  systemAdmin: 'sysadmin',
  zoneAdmin: 'zoneadmin',
  leader: 'leader',
  investmentStaff: 'investment',
  taskForceMember: 'taskforce',
  parkStaff: 'park',
  departmentStaff: 'department',
  enterpriseUser: 'enterprise',
};
