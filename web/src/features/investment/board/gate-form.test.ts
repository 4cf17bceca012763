import { describe, expect, it } from 'vitest';
import { buildMoveBody, gateFieldOf, gateSections, openGateItems } from './gate-form';

describe('gateSections', () => {
  it('asks each pool for its own evidence', () => {
    expect(gateSections('negotiating')).toEqual(['meeting']);
    expect(gateSections('signed')).toEqual(['screening', 'signing', 'contract']);
    expect(gateSections('landed')).toEqual(['enterprise', 'site']);
    expect(gateSections('dropped')).toEqual(['reason']);
  });
});

describe('buildMoveBody', () => {
  it('sends the signing evidence with the amount in yuan', () => {
    const body = buildMoveBody('signed', 3, {
      signedOn: '2026-11-20',
      signedAmountWan: 12_345.67,
      contractAttachmentId: 'att-1',
      parcelId: 'ignored',
    });
    expect(body).toEqual({
      to: 'signed',
      version: 3,
      signedOn: '2026-11-20',
      signedAmountYuan: 123_456_700,
      contractAttachmentId: 'att-1',
    });
  });

  it('sends either the picked enterprise or the new one, and the chosen site kind only', () => {
    expect(
      buildMoveBody('landed', 1, {
        enterpriseMode: 'existing',
        enterpriseId: 'e1',
        siteKind: 'building',
        parcelId: 'p1',
        buildingId: 'b1',
      }),
    ).toEqual({ to: 'landed', version: 1, enterpriseId: 'e1', buildingId: 'b1' });
    expect(
      buildMoveBody('landed', 1, {
        enterpriseMode: 'new',
        enterpriseId: 'e1',
        newEnterpriseName: ' 新企业 ',
        newEnterpriseUscc: '91140400mA0000000x',
        newEnterpriseParkId: 'park',
        parcelId: 'p1',
      }),
    ).toEqual({
      to: 'landed',
      version: 1,
      newEnterprise: { name: '新企业', uscc: '91140400MA0000000X', parkId: 'park' },
      parcelId: 'p1',
    });
  });

  it('sends the floor area taken in a building and the new enterprise’s contact', () => {
    expect(
      buildMoveBody('landed', 1, {
        enterpriseMode: 'new',
        newEnterpriseName: '新企业',
        newEnterpriseUscc: '91140400MA0000000X',
        newEnterpriseParkId: 'park',
        newEnterpriseContactName: ' 李经理 ',
        newEnterpriseContactPhone: ' ',
        siteKind: 'building',
        buildingId: 'b1',
        buildingAreaM2: 1200,
      }),
    ).toEqual({
      to: 'landed',
      version: 1,
      newEnterprise: { name: '新企业', uscc: '91140400MA0000000X', parkId: 'park', contactName: '李经理' },
      buildingId: 'b1',
      buildingAreaM2: 1200,
    });
    expect(gateFieldOf('body.buildingAreaM2')).toBe('buildingAreaM2');
  });

  it('keeps a trimmed reason and drops a blank one', () => {
    expect(buildMoveBody('dropped', 2, { reason: '  投资方撤资 ' })).toEqual({
      to: 'dropped',
      version: 2,
      reason: '投资方撤资',
    });
    expect(buildMoveBody('dropped', 2, { reason: '  ' })).toEqual({ to: 'dropped', version: 2 });
  });
});

describe('openGateItems', () => {
  it('lists what is still missing as the form fills', () => {
    const known = { meetingCount: 0, screeningVerdict: null };
    expect(openGateItems('negotiating', known, {})).toEqual(['meeting']);
    expect(openGateItems('negotiating', { ...known, meetingCount: 1 }, {})).toEqual([]);
    expect(openGateItems('signed', known, { signedOn: '2026-11-01' })).toEqual([
      'screening',
      'signedAmount',
      'contractDocument',
    ]);
    expect(
      openGateItems(
        'signed',
        { meetingCount: 0, screeningVerdict: 'pass' },
        {
          signedOn: '2026-11-01',
          signedAmountWan: 0,
          contractAttachmentId: 'a',
        },
      ),
    ).toEqual([]);
    expect(openGateItems('landed', known, { enterpriseMode: 'new', newEnterpriseName: 'x', parcelId: 'p' })).toEqual([
      'enterprise',
    ]);
  });
});

describe('gateFieldOf', () => {
  it('puts server field errors on the dialog items', () => {
    expect(gateFieldOf('body.signedAmountYuan')).toBe('signedAmountWan');
    expect(gateFieldOf('contractDocument')).toBe('contractAttachmentId');
    expect(gateFieldOf('body.newEnterprise.uscc')).toBe('newEnterpriseUscc');
    expect(gateFieldOf('evidence.meeting')).toBe('meeting');
    expect(gateFieldOf('evidence.screening')).toBe('screening');
    expect(gateFieldOf('body.parcelId')).toBe('parcelId');
    expect(gateFieldOf('body.somethingElse')).toBeNull();
  });
});
