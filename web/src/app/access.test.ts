import { menuFor } from '@zonehub/access';
import { describe, expect, it } from 'vitest';
import { activeMenuKeys, canOpen, loginPathFor, menuKeys, permissionForPath, safeRedirect } from './access';

describe('permissionForPath', () => {
  it('reads the permission of pages from the shared module list', () => {
    expect(permissionForPath('/')).toBe('home.view');
    expect(permissionForPath('/admin/users')).toBe('user.manage');
    expect(permissionForPath('/admin/roles')).toBe('user.manage');
    expect(permissionForPath('/audit')).toBe('audit.view');
    expect(permissionForPath('/nowhere')).toBeNull();
  });
});

describe('canOpen', () => {
  it('lets a zone admin open the users page and keeps a park staff member out', () => {
    expect(canOpen('/admin/users', menuFor('zoneAdmin'), [])).toBe(true);
    expect(canOpen('/admin/users', menuFor('parkStaff'), ['home.view', 'enterprise.view'])).toBe(false);
    expect(canOpen('/audit', [], ['audit.view'])).toBe(true);
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

  it('round-trips with loginPathFor', () => {
    const login = new URL(loginPathFor('/admin/users', '?page=2&q=张'), 'http://x');
    expect(safeRedirect(login.searchParams.get('redirect'))).toBe('/admin/users?page=2&q=张');
  });
});
