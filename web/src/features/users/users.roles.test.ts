import { ROLES } from '@zonehub/access';
import { describe, expect, it } from 'vitest';
import { assignableRoles } from './users.roles';

describe('assignableRoles', () => {
  it('offers every role to a system administrator', () => {
    expect(assignableRoles({ permissions: ['zone.manage'], user: { systemAdmin: true } })).toEqual([...ROLES]);
  });

  it('keeps systemAdmin out of reach of a zone administrator', () => {
    const roles = assignableRoles({ permissions: ['user.manage'], user: { systemAdmin: false } });
    expect(roles).not.toContain('systemAdmin');
    expect(roles).toContain('zoneAdmin');
  });
});
