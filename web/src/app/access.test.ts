import { GRANTS, menuFor, ROLES } from '@zonehub/access';
import { describe, expect, it } from 'vitest';
import {
  activeMenuKeys,
  canOpen,
  DETAIL_PAGES,
  loginPathFor,
  menuKeys,
  permissionForPath,
  safeRedirect,
  sessionEndedIn,
} from './access';

describe('permissionForPath', () => {
  it('reads the permission of pages from the shared module list', () => {
    expect(permissionForPath('/')).toBe('home.view');
    expect(permissionForPath('/admin/users')).toBe('user.manage');
    expect(permissionForPath('/admin/roles')).toBe('user.manage');
    expect(permissionForPath('/audit')).toBe('audit.view');
    expect(permissionForPath('/nowhere')).toBeNull();
  });

  it('reads the permission of a record page, whatever its id, and ignores the query', () => {
    expect(permissionForPath('/investment/leads/4f40c5a3-10e9')).toBe('investment.view');
    expect(permissionForPath('/projects/65eb3aac')).toBe('project.view');
    expect(permissionForPath('/projects/meetings/series/a1')).toBe('meeting.view');
    expect(permissionForPath('/projects/meetings/m1')).toBe('meeting.view');
    expect(permissionForPath('/registry/enterprises/e1?tab=contacts')).toBe('enterprise.view');
    // A menu page is not read as a record: /projects/settings is the settings, not a project.
    expect(permissionForPath('/projects/settings')).toBe('project.configure');
    expect(permissionForPath('/projects/a/b/c')).toBeNull();
  });
});

describe('canOpen', () => {
  it('lets a zone admin open the users page and keeps a park staff member out', () => {
    expect(canOpen('/admin/users', menuFor('zoneAdmin'), [])).toBe(true);
    expect(canOpen('/admin/users', menuFor('parkStaff'), ['home.view', 'enterprise.view'])).toBe(false);
    expect(canOpen('/audit', [], ['audit.view'])).toBe(true);
  });

  it('keeps an enterprise user from a lead and the project settings, not from its project', () => {
    const menu = menuFor('enterpriseUser');
    const permissions = GRANTS.enterpriseUser;
    expect(canOpen('/investment/leads/4f40c5a3', menu, permissions)).toBe(false);
    expect(canOpen('/projects/settings', menu, permissions)).toBe(false);
    expect(canOpen('/projects/65eb3aac', menu, permissions)).toBe(true);
    expect(canOpen('/registry/enterprises/e1', menu, permissions)).toBe(true);
    expect(canOpen('/notifications', menu, permissions)).toBe(true);
  });

  it('opens a record page to exactly the roles holding its permission', () => {
    for (const role of ROLES) {
      for (const page of DETAIL_PAGES) {
        const path = page.path.replaceAll(':id', 'x1');
        expect(canOpen(path, menuFor(role), GRANTS[role]), `${role} ${path}`).toBe(
          GRANTS[role].includes(page.permission),
        );
      }
    }
  });
});

describe('activeMenuKeys', () => {
  const menu = menuFor('systemAdmin');

  it('selects the deepest matching entry and opens its parents', () => {
    expect(activeMenuKeys(menu, '/admin/org-units')).toEqual({ selected: ['admin.orgUnits'], open: ['admin'] });
    expect(activeMenuKeys(menu, '/')).toEqual({ selected: ['home'], open: [] });
    expect(activeMenuKeys(menu, '/nowhere')).toEqual({ selected: [], open: [] });
  });

  it('lists every key of a menu, parents first', () => {
    expect(menuKeys(menu)).toEqual([
      'home',
      'registry',
      'registry.enterprises',
      'registry.parcels',
      'registry.buildings',
      'registry.map',
      'registry.import',
      'registry.changeRequests',
      'investment',
      'investment.board',
      'investment.leads',
      'investment.calendar',
      'investment.contest',
      'investment.settings',
      'projects',
      'projects.portfolio',
      'projects.list',
      'projects.meetings',
      'projects.instructions',
      'projects.investment',
      'projects.reports',
      'projects.agency',
      'projects.settings',
      'admin',
      'admin.users',
      'admin.roles',
      'admin.orgUnits',
      'admin.zones',
      'audit',
    ]);
  });
});

describe('safeRedirect', () => {
  it('keeps same-site paths with their search and refuses anything else', () => {
    expect(safeRedirect('/admin/users?page=2')).toBe('/admin/users?page=2');
    expect(safeRedirect(null)).toBe('/');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect('//evil.example')).toBe('/');
    expect(safeRedirect('/login?redirect=/x')).toBe('/');
  });

  it('says a session ended only when one did: a first visit is not an expired session', () => {
    const first = new URL(loginPathFor('/', ''), 'http://x');
    expect(sessionEndedIn(first.searchParams)).toBe(false);
    const ended = new URL(loginPathFor('/admin/users', '?page=2', true), 'http://x');
    expect(sessionEndedIn(ended.searchParams)).toBe(true);
    expect(safeRedirect(ended.searchParams.get('redirect'))).toBe('/admin/users?page=2');
  });

  it('round-trips with loginPathFor', () => {
    const login = new URL(loginPathFor('/admin/users', '?page=2&q=张'), 'http://x');
    expect(safeRedirect(login.searchParams.get('redirect'))).toBe('/admin/users?page=2&q=张');
  });
});
