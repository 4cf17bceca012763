import { hasPermission, type Permission } from './permissions.js';
import type { Role } from './roles.js';

/**
 * Every module of the product, in menu order. `built` turns a module on in the menu once its issue
 * lands; a module that is not built is never shown. `permission` is what its landing page needs.
 */
export interface ModuleDefinition {
  key: string;
  path: string;
  built: boolean;
  permission: Permission;
  children?: { key: string; path: string; permission: Permission }[];
}

export const MODULES: readonly ModuleDefinition[] = [
  { key: 'home', path: '/', built: true, permission: 'home.view' },
  {
    key: 'registry',
    path: '/registry',
    built: true,
    permission: 'enterprise.view',
    children: [
      { key: 'registry.enterprises', path: '/registry/enterprises', permission: 'enterprise.view' },
      { key: 'registry.parcels', path: '/registry/parcels', permission: 'land.view' },
      { key: 'registry.buildings', path: '/registry/buildings', permission: 'land.view' },
      { key: 'registry.map', path: '/registry/map', permission: 'land.view' },
      { key: 'registry.import', path: '/registry/import', permission: 'enterprise.import' },
      { key: 'registry.changeRequests', path: '/registry/change-requests', permission: 'enterprise.reviewChange' },
    ],
  },
  {
    key: 'investment',
    path: '/investment',
    built: true,
    permission: 'investment.view',
    children: [
      { key: 'investment.board', path: '/investment/board', permission: 'investment.view' },
      { key: 'investment.leads', path: '/investment/leads', permission: 'investment.view' },
      { key: 'investment.calendar', path: '/investment/calendar', permission: 'investment.view' },
      { key: 'investment.contest', path: '/investment/contest', permission: 'investment.view' },
      { key: 'investment.settings', path: '/investment/settings', permission: 'investment.configure' },
    ],
  },
  {
    key: 'projects',
    path: '/projects',
    built: true,
    permission: 'project.view',
    children: [
      { key: 'projects.portfolio', path: '/projects/portfolio', permission: 'project.report' },
      { key: 'projects.list', path: '/projects/list', permission: 'project.view' },
      { key: 'projects.meetings', path: '/projects/meetings', permission: 'meeting.view' },
      { key: 'projects.instructions', path: '/projects/instructions', permission: 'instruction.view' },
      { key: 'projects.investment', path: '/projects/investment', permission: 'project.report' },
      { key: 'projects.reports', path: '/projects/reports', permission: 'project.report' },
      { key: 'projects.agency', path: '/projects/agency', permission: 'agency.handle' },
      { key: 'projects.settings', path: '/projects/settings', permission: 'project.configure' },
    ],
  },
  { key: 'chains', path: '/chains', built: false, permission: 'home.view' },
  { key: 'service', path: '/service', built: false, permission: 'home.view' },
  { key: 'economy', path: '/economy', built: false, permission: 'home.view' },
  { key: 'environment', path: '/environment', built: false, permission: 'home.view' },
  { key: 'safety', path: '/safety', built: false, permission: 'home.view' },
  { key: 'talent', path: '/talent', built: false, permission: 'home.view' },
  { key: 'party', path: '/party', built: false, permission: 'home.view' },
  { key: 'cockpit', path: '/cockpit', built: false, permission: 'home.view' },
  {
    key: 'admin',
    path: '/admin',
    built: true,
    permission: 'orgUnit.manage',
    children: [
      { key: 'admin.users', path: '/admin/users', permission: 'user.manage' },
      { key: 'admin.roles', path: '/admin/roles', permission: 'user.manage' },
      { key: 'admin.orgUnits', path: '/admin/org-units', permission: 'orgUnit.manage' },
      { key: 'admin.zones', path: '/admin/zones', permission: 'park.manage' },
    ],
  },
  { key: 'audit', path: '/audit', built: true, permission: 'audit.view' },
];

export interface MenuEntry {
  key: string;
  path: string;
  children?: MenuEntry[];
}

/** The side menu a role sees: built modules it may open, with the children it may open. */
export function menuFor(role: Role): MenuEntry[] {
  // A module shows when the role holds its permission or any child's (a department handles approval
  // items under Projects without seeing the projects themselves).
  return MODULES.filter((m) => m.built).flatMap((m) => {
    const children = m.children?.filter((c) => hasPermission(role, c.permission));
    if (!hasPermission(role, m.permission) && !children?.length) return [];
    return [children ? { key: m.key, path: m.path, children } : { key: m.key, path: m.path }];
  });
}
