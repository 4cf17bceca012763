import { menuFor } from '@zonehub/access';
import { describe, expect, it } from 'vitest';
import { menuGroups } from './role-menu';

describe('menuGroups', () => {
  it('puts children under their top-level entry', () => {
    expect(menuGroups(['home', 'admin', 'admin.users', 'admin.roles', 'audit'])).toEqual([
      { key: 'home', children: [] },
      { key: 'admin', children: ['admin.users', 'admin.roles'] },
      { key: 'audit', children: [] },
    ]);
  });

  it('keeps a child whose parent is missing', () => {
    expect(menuGroups(['admin.users'])).toEqual([{ key: 'admin.users', children: [] }]);
  });

  it('groups the menu of a zone administrator as the server flattens it', () => {
    const flat = menuFor('zoneAdmin').flatMap((m) => [m.key, ...(m.children ?? []).map((c) => c.key)]);
    expect(menuGroups(flat).map((g) => g.key)).toEqual([
      'home',
      'registry',
      'investment',
      'projects',
      'admin',
      'audit',
    ]);
  });
});
