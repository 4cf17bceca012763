import type { Role } from './roles.js';

/**
 * What a route may demand of its caller. A route declares one permission (or none, for routes any
 * signed-in user may call); the grants below say which roles hold it. Which *rows* a caller then sees
 * is data scope, applied in the repository query on the server.
 */
export const PERMISSIONS = [
  'home.view',
  'enterprise.view',
  'enterprise.manage',
  'enterprise.import',
  'land.view',
  'land.manage',
  'user.manage',
  'orgUnit.manage',
  'zone.manage',
  'park.manage',
  'audit.view',
  'investment.view',
  'investment.manage',
  'investment.undo',
  'investment.configure',
  'project.view',
  'project.manage',
  'project.configure',
  'agency.handle',
  'project.report',
  'meeting.view',
  'meeting.manage',
  'enterprise.keepProfile',
  'enterprise.requestChange',
  'enterprise.reviewChange',
  'instruction.write',
  'instruction.view',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const STAFF: Permission[] = ['home.view', 'enterprise.view', 'land.view'];
const REGISTRY_ADMIN: Permission[] = ['enterprise.manage', 'enterprise.import', 'land.manage'];
/**
 * Investment promotion: staff and task forces work their task force's leads (row scope), leaders
 * watch every board, park staff watch the leads that target their park; only a zone admin takes a
 * pool move back or sets the contest's weights, targets and reminder days.
 */
/**
 * Projects: task forces (and investment staff, who hand landed leads over) push their projects;
 * leaders watch all; park staff their park's; an enterprise user its own, read-only. Owners of an
 * item update it wherever they sit (checked per item on the server). The zone admin sets the amber
 * threshold and the working-calendar corrections.
 */
const PROJECT_ADMIN: Permission[] = ['project.view', 'project.manage', 'project.configure'];
/**
 * Dispatch meetings and the generated reports are the zone's internal work: task forces hold and
 * minute their meetings; leaders chair any of their zone's; park staff read them; reports go to whoever
 * pushes or leads.
 */
const MEETING_ADMIN: Permission[] = ['meeting.view', 'meeting.manage', 'project.report'];
const INVESTMENT_ADMIN: Permission[] = [
  'investment.view',
  'investment.manage',
  'investment.undo',
  'investment.configure',
];

/**
 * An enterprise keeps its own contacts and profile (phone, website, office address, what it does,
 * employees), as do the staff who manage the registry; its registered facts (name, credit code,
 * legal representative, capital, founding date, registered address, industry) change only by a
 * change request (变更申请) that a zone admin, or park staff for their park's enterprises, approve.
 */
const KEEP_PROFILE: Permission = 'enterprise.keepProfile';
/**
 * Leaders write instructions (批示) on projects, items and notifications; the zone's staff receive
 * them (an item's owner and the task force pushing it) and see them on the project's page.
 */
const RECEIVE_INSTRUCTIONS: Permission = 'instruction.view';
const REVIEW_CHANGE: Permission = 'enterprise.reviewChange';

/** Writes are further limited by scope: park staff manage their own park's enterprises and land. */
export const GRANTS: Record<Role, readonly Permission[]> = {
  systemAdmin: [
    ...STAFF,
    ...REGISTRY_ADMIN,
    'user.manage',
    'orgUnit.manage',
    'zone.manage',
    'park.manage',
    'audit.view',
    ...INVESTMENT_ADMIN,
    ...PROJECT_ADMIN,
    ...MEETING_ADMIN,
    'agency.handle',
    KEEP_PROFILE,
    REVIEW_CHANGE,
    RECEIVE_INSTRUCTIONS,
  ],
  zoneAdmin: [
    ...STAFF,
    ...REGISTRY_ADMIN,
    'user.manage',
    'orgUnit.manage',
    'park.manage',
    'audit.view',
    ...INVESTMENT_ADMIN,
    ...PROJECT_ADMIN,
    ...MEETING_ADMIN,
    'agency.handle',
    KEEP_PROFILE,
    REVIEW_CHANGE,
    RECEIVE_INSTRUCTIONS,
  ],
  /** Leaders read everything of their zone and chair dispatch meetings (调度会, 现场交办) themselves. */
  leader: [
    ...STAFF,
    'audit.view',
    'investment.view',
    'project.view',
    ...MEETING_ADMIN,
    'instruction.write',
    RECEIVE_INSTRUCTIONS,
  ],
  investmentStaff: [
    ...STAFF,
    'enterprise.manage',
    'investment.view',
    'investment.manage',
    'project.view',
    'project.manage',
    ...MEETING_ADMIN,
    KEEP_PROFILE,
    RECEIVE_INSTRUCTIONS,
  ],
  taskForceMember: [
    ...STAFF,
    'investment.view',
    'investment.manage',
    'project.view',
    'project.manage',
    ...MEETING_ADMIN,
    RECEIVE_INSTRUCTIONS,
  ],
  parkStaff: [
    ...STAFF,
    'enterprise.manage',
    'land.manage',
    'investment.view',
    'project.view',
    'meeting.view',
    KEEP_PROFILE,
    REVIEW_CHANGE,
    RECEIVE_INSTRUCTIONS,
  ],
  /** Departments handle the approval items (全代办) assigned to them, across projects. */
  departmentStaff: [...STAFF, 'agency.handle', RECEIVE_INSTRUCTIONS],
  enterpriseUser: [
    'home.view',
    'enterprise.view',
    'land.view',
    'project.view',
    KEEP_PROFILE,
    'enterprise.requestChange',
  ],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(GRANTS) as Role[]).filter((role) => hasPermission(role, permission));
}
