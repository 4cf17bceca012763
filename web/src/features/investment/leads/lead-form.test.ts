import { describe, expect, it } from 'vitest';
import { boardFilter, filterToQuery, queryToFilter, readLeadFilter } from './lead-filter';
import { leadFormToInput } from './lead-form';
import { wanToYuan, yuanToWan } from './money-input';

describe('money input', () => {
  it('turns 万元 into yuan without float noise, and back', () => {
    expect(wanToYuan(0.1 + 0.2)).toBe(3000);
    expect(wanToYuan(256_000)).toBe(2_560_000_000);
    expect(wanToYuan(12.345678)).toBe(123_456.78);
    expect(wanToYuan(null)).toBeNull();
    expect(wanToYuan(undefined)).toBeNull();
    expect(yuanToWan(2_560_000_000)).toBe(256_000);
    expect(yuanToWan(123_456.78)).toBe(12.345678);
    expect(yuanToWan(null)).toBeNull();
  });
});

describe('leadFormToInput', () => {
  it('sends amounts in yuan, blanks as null, the credit code upper-cased', () => {
    const input = leadFormToInput({
      name: ' 冻干薯片 ',
      investorName: '某食品公司',
      investorUscc: ' 91140400ma0000000x ',
      plannedInvestmentWan: 5000,
      expectedTaxWan: undefined,
      chainName: '  ',
      taskForceId: 'tf-1',
      registeredOn: '2026-04-01',
    });
    expect(input).toMatchObject({
      name: '冻干薯片',
      investorUscc: '91140400MA0000000X',
      plannedInvestmentYuan: 50_000_000,
      expectedTaxYuan: null,
      chainName: null,
      taskForceId: 'tf-1',
      registeredOn: '2026-04-01',
    });
    expect(leadFormToInput({ name: 'a', investorName: 'b', taskForceId: 't' })).not.toHaveProperty('registeredOn');
  });
});

describe('lead filter', () => {
  it('reads known filters from the URL and drops what the server would refuse', () => {
    const params = new URLSearchParams(
      'stage=signed&taskForceId=tf&reminder=soon&registeredFrom=2026-01-01&registeredTo=2026-13&page=3&q=%20xm%20',
    );
    expect(readLeadFilter(params)).toEqual({
      stage: 'signed',
      taskForceId: 'tf',
      registeredFrom: '2026-01-01',
      q: 'xm',
    });
    expect(readLeadFilter(new URLSearchParams('stage=won'))).toEqual({});
  });

  it('round-trips through a saved filter and leaves the stage out of the board', () => {
    const filter = { stage: 'reserve' as const, ownerId: 'u1', reminder: 'any' };
    expect(queryToFilter(filterToQuery(filter))).toEqual(filter);
    expect(queryToFilter({ stage: 'reserve', sort: 'code', page: 2 })).toEqual({ stage: 'reserve' });
    expect(boardFilter(filter)).toEqual({ ownerId: 'u1', reminder: 'any' });
  });
});
