import { describe, expect, it } from 'vitest';
import { enterpriseFormToBody, enterprisePatch, enterpriseToForm } from './enterprise-form';
import type { Enterprise } from './enterprises.api';

const enterprise: Enterprise = {
  id: 'e1',
  uscc: '91140428MA0K000000',
  name: '山西星萌科技有限公司',
  formerNames: ['长子县星萌冻干食品有限公司'],
  parkId: 'p1',
  parkName: '中部园区',
  status: 'operating',
  industryCode: '1321',
  industryName: '稻谷加工',
  legalRepresentative: '张某',
  registeredCapitalYuan: 12_345_000,
  foundedOn: '2016-03-01',
  employees: 320,
  address: null,
  namePinyin: null,
  nameInitials: null,
  isDemo: true,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 4,
  phone: null,
  website: null,
  officeAddress: null,
  businessDescription: null,
  contacts: [],
  classifications: [],
};

describe('enterprisePatch', () => {
  const opened = enterpriseFormToBody(enterpriseToForm(enterprise));

  it('round-trips the record through the form unchanged (万元 back to yuan, blanks to null)', () => {
    expect(opened).toMatchObject({ registeredCapitalYuan: 12_345_000, foundedOn: '2016-03-01', address: null });
    expect(enterprisePatch(opened, opened, 4)).toEqual({ version: 4 });
  });

  it('sends only the changed fields with the version, so a save after a conflict keeps the other save', () => {
    const typed = { ...enterpriseToForm(enterprise), employees: 400, address: '' };
    // After the conflict the page holds version 5: the retry names it and still sends only employees.
    expect(enterprisePatch(enterpriseFormToBody(typed), opened, 5)).toEqual({ version: 5, employees: 400 });
  });
});
