import { describe, expect, it } from 'vitest';
import { profilePatch } from './profile-form';

describe('profilePatch', () => {
  const opened = {
    phone: '0351-1234567',
    website: null,
    officeAddress: '长治市潞州区',
    businessDescription: null,
    employees: 120,
  };

  it('sends only what changed, blanks as null, with the version', () => {
    expect(profilePatch({ ...opened, phone: ' 0351-7654321 ', officeAddress: '' }, opened, 3)).toEqual({
      version: 3,
      phone: '0351-7654321',
      officeAddress: null,
    });
  });

  it('sends the version alone when nothing changed', () => {
    expect(profilePatch({ ...opened, website: '  ' }, opened, 5)).toEqual({ version: 5 });
  });
});
