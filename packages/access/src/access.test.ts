import { describe, expect, it } from 'vitest';
import { DEMO_USERNAME_BY_ROLE, GRANTS, MODULES, menuFor, ROLES } from './index.js';

describe('menus per role', () => {
  it('shows only built modules', () => {
    for (const role of ROLES) {
      const keys = menuFor(role).map((m) => m.key);
      for (const key of keys) expect(MODULES.find((m) => m.key === key)?.built).toBe(true);
    }
  });

  it('gives administrators the admin pages and staff none', () => {
    expect(menuFor('zoneAdmin').map((m) => m.key)).toEqual([
      'home',
      'registry',
      'investment',
      'projects',
      'admin',
      'audit',
    ]);
    expect(
      menuFor('zoneAdmin')
        .find((m) => m.key === 'admin')
        ?.children?.map((c) => c.key),
    ).toEqual(['admin.users', 'admin.roles', 'admin.orgUnits', 'admin.zones']);
    expect(menuFor('investmentStaff').map((m) => m.key)).toEqual(['home', 'registry', 'investment', 'projects']);
    expect(menuFor('leader').map((m) => m.key)).toEqual(['home', 'registry', 'investment', 'projects', 'audit']);
  });

  it('keeps enterprises and departments out of investment promotion', () => {
    expect(menuFor('enterpriseUser').map((m) => m.key)).toEqual(['home', 'registry', 'projects']);
    // A department sees Projects only for the approval items it handles (全代办), not the projects.
    expect(menuFor('departmentStaff').map((m) => m.key)).toEqual(['home', 'registry', 'projects']);
    expect(
      menuFor('departmentStaff')
        .find((m) => m.key === 'projects')
        ?.children?.map((c) => c.key),
    ).toEqual(['projects.instructions', 'projects.agency']);
    expect(
      menuFor('enterpriseUser')
        .find((m) => m.key === 'projects')
        ?.children?.map((c) => c.key),
    ).toEqual(['projects.list']);
    expect(ROLES.filter((r) => GRANTS[r].includes('meeting.manage'))).toEqual([
      'systemAdmin',
      'zoneAdmin',
      'leader',
      'investmentStaff',
      'taskForceMember',
    ]);
    expect(ROLES.filter((r) => GRANTS[r].includes('investment.undo'))).toEqual(['systemAdmin', 'zoneAdmin']);
    expect(
      menuFor('investmentStaff')
        .find((m) => m.key === 'investment')
        ?.children?.map((c) => c.key),
    ).toEqual(['investment.board', 'investment.leads', 'investment.calendar', 'investment.contest']);
  });

  it('lets an enterprise keep its profile and request changes, and the zone admin and park staff review them', () => {
    expect(ROLES.filter((r) => GRANTS[r].includes('enterprise.requestChange'))).toEqual(['enterpriseUser']);
    expect(ROLES.filter((r) => GRANTS[r].includes('enterprise.reviewChange'))).toEqual([
      'systemAdmin',
      'zoneAdmin',
      'parkStaff',
    ]);
    // Whoever manages enterprises keeps their profiles too, and so does the enterprise itself.
    expect(ROLES.filter((r) => GRANTS[r].includes('enterprise.keepProfile'))).toEqual([
      ...ROLES.filter((r) => GRANTS[r].includes('enterprise.manage')),
      'enterpriseUser',
    ]);
    expect(
      menuFor('parkStaff')
        .find((m) => m.key === 'registry')
        ?.children?.map((c) => c.key),
    ).toContain('registry.changeRequests');
  });

  it('lets leaders write instructions (批示) and every zone staff role receive them', () => {
    expect(ROLES.filter((r) => GRANTS[r].includes('instruction.write'))).toEqual(['leader']);
    expect(ROLES.filter((r) => !GRANTS[r].includes('instruction.view'))).toEqual(['enterpriseUser']);
    expect(
      menuFor('leader')
        .find((m) => m.key === 'projects')
        ?.children?.map((c) => c.key),
    ).toContain('projects.instructions');
  });

  it('reserves zone creation for the system admin', () => {
    expect(ROLES.filter((r) => GRANTS[r].includes('zone.manage'))).toEqual(['systemAdmin']);
  });

  it('names one demo account per role', () => {
    expect(new Set(Object.values(DEMO_USERNAME_BY_ROLE)).size).toBe(ROLES.length);
  });
});
