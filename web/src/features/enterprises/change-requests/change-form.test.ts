import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Enterprise } from '../enterprises.api';
import { changeFormOf, proposedChanges } from './change-form';

const enterprise = {
  name: '山西星萌科技有限公司',
  uscc: '91140400MA0K1234XY',
  legalRepresentative: '王星',
  registeredCapitalYuan: 50_000_000,
  foundedOn: '2019-03-12',
  address: '长治市潞州区太行东街1号',
  industryCode: '3963',
} as Enterprise;

describe('proposedChanges', () => {
  it('asks only for what differs from the record, capital back in yuan', () => {
    const values = {
      ...changeFormOf(enterprise),
      legalRepresentative: ' 李萌 ',
      registeredCapitalWan: 8000,
      reason: '法定代表人变更',
    };
    expect(proposedChanges(values, enterprise)).toEqual({
      legalRepresentative: '李萌',
      registeredCapitalYuan: 80_000_000,
    });
  });

  it('asks for nothing when the form is as opened, and clears a blanked field', () => {
    expect(proposedChanges({ ...changeFormOf(enterprise), reason: 'x' }, enterprise)).toEqual({});
    expect(
      proposedChanges(
        { ...changeFormOf(enterprise), address: '', foundedOn: dayjs('2019-03-13'), reason: 'x' },
        enterprise,
      ),
    ).toEqual({ address: null, foundedOn: '2019-03-13' });
  });
});
