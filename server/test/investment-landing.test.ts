import { composeUscc } from '@zonehub/uscc';
import { describe, expect, it } from 'vitest';
import {
  admin,
  type Detail,
  fields,
  member,
  move,
  type Problem,
  setUpMoveWorld,
  signedLead,
  t,
  today,
} from './investment-move-world.js';

/**
 * Issue 10 item 2: landing a lead reaches the registry. The parcel becomes supplied to the enterprise
 * (or the enterprise takes floor area in a factory building), the new enterprise takes what the lead
 * knows, and land supplied to someone else is neither offered nor accepted.
 */
setUpMoveWorld();

interface Parcel {
  id: string;
  code: string;
  parkId: string;
  supplyStatus: string;
  enterpriseId: string | null;
  enterpriseName: string | null;
}
interface Building {
  id: string;
  parkId: string;
  floorAreaM2: number;
  occupiedM2: number;
}

const parcelByCode = async (code: string) =>
  (await admin.get(`/api/v1/parcels?q=${code}`)).json<{ items: Parcel[] }>().items.find((p) => p.code === code);

const suppliedParcel = async () =>
  (await admin.get('/api/v1/parcels?supplyStatus=supplied&pageSize=100'))
    .json<{ items: Parcel[] }>()
    .items.find((p) => p.enterpriseId !== null);

describe('landing on a parcel', () => {
  it('supplies the parcel to the new enterprise, which takes the lead’s industry code, park and contact', async () => {
    const lead = await signedLead(today, { industryCode: '3963', description: '无人机整机研发与制造' });
    const parcel = await parcelByCode('CZ-N-03');
    expect(parcel).toMatchObject({ supplyStatus: 'unsupplied', enterpriseId: null });
    const landed = await move(member, lead.id, {
      to: 'landed',
      version: lead.version,
      newEnterprise: {
        name: '长子县MVX低空科技有限公司',
        uscc: composeUscc('91', '140428', 'LAND0001'),
        contactName: '李经理',
        contactPhone: '13800000001',
      },
      parcelId: parcel?.id,
    });
    expect(landed.statusCode, landed.body).toBe(200);
    const enterpriseId = landed.json<Detail>().landedEnterpriseId;

    const after = await parcelByCode('CZ-N-03');
    expect(after).toMatchObject({
      supplyStatus: 'supplied',
      enterpriseId,
      enterpriseName: '长子县MVX低空科技有限公司',
    });
    const enterprise = (await admin.get(`/api/v1/enterprises/${enterpriseId}`)).json();
    expect(enterprise).toMatchObject({
      industryCode: '3963',
      parkId: parcel?.parkId,
      businessDescription: '无人机整机研发与制造',
      contacts: [expect.objectContaining({ name: '李经理', phone: '13800000001', isPrimary: true })],
    });
    const land = (await admin.get(`/api/v1/enterprises/${enterpriseId}/land`)).json();
    expect(JSON.stringify(land)).toContain('CZ-N-03');
    const audit = await t.ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', '=', parcel?.id ?? '')
      .execute();
    expect(audit.map((a) => a.action)).toContain('parcel.update');
  });

  it('refuses a parcel supplied to another enterprise, changing nothing, and offers only free land', async () => {
    const lead = await signedLead();
    const taken = await suppliedParcel();
    expect(taken).toBeDefined();
    const refused = await move(member, lead.id, {
      to: 'landed',
      version: lead.version,
      newEnterprise: { name: '长子县MVX抢地有限公司', uscc: composeUscc('91', '140428', 'LAND0002') },
      parcelId: taken?.id,
    });
    expect(refused.statusCode, refused.body).toBe(400);
    const problem = refused.json<Problem>();
    expect(fields(problem)).toEqual(['body.parcelId']);
    expect(problem.errors?.[0]?.message).toContain(taken?.enterpriseName ?? '?');
    expect((await parcelByCode(taken?.code ?? ''))?.enterpriseId).toBe(taken?.enterpriseId);
    const registered = await t.ctx.db
      .selectFrom('enterprises')
      .select('id')
      .where('name', '=', '长子县MVX抢地有限公司')
      .execute();
    expect(registered).toEqual([]);

    const free = (await member.get('/api/v1/parcels?free=yes&pageSize=100')).json<{ items: Parcel[] }>().items;
    expect(free.length).toBeGreaterThan(0);
    expect(free.every((p) => p.supplyStatus !== 'supplied' && p.enterpriseId === null)).toBe(true);
    expect(free.map((p) => p.id)).not.toContain(taken?.id);
  });

  it('lets an enterprise land on its own parcel, and gives it the lead’s industry code where it had none', async () => {
    const lead = await signedLead(today, { industryCode: '3963' });
    const own = await suppliedParcel();
    if (!own?.enterpriseId) throw new Error('no supplied parcel');
    await t.ctx.db.updateTable('enterprises').set({ industryCode: null }).where('id', '=', own.enterpriseId).execute();
    const response = await move(member, lead.id, {
      to: 'landed',
      version: lead.version,
      enterpriseId: own.enterpriseId,
      parcelId: own.id,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect((await admin.get(`/api/v1/enterprises/${own.enterpriseId}`)).json().industryCode).toBe('3963');
  });

  it('puts the parcel back when the landing is undone', async () => {
    const lead = await signedLead();
    const parcel = await parcelByCode('CZ-S-04');
    expect(parcel?.supplyStatus).toBe('reserved');
    const landed = await move(member, lead.id, {
      to: 'landed',
      version: lead.version,
      newEnterprise: { name: '长子县MVX撤销测试有限公司', uscc: composeUscc('91', '140428', 'LAND0003') },
      parcelId: parcel?.id,
    });
    expect(landed.statusCode, landed.body).toBe(200);
    expect((await parcelByCode('CZ-S-04'))?.supplyStatus).toBe('supplied');
    const undo = await admin.post(`/api/v1/investment/leads/${lead.id}/moves/undo`, {
      version: landed.json<Detail>().version,
      reason: '地块选错',
    });
    expect(undo.statusCode, undo.body).toBe(200);
    expect(await parcelByCode('CZ-S-04')).toMatchObject({ supplyStatus: 'reserved', enterpriseId: null });
  });
});

describe('landing in a factory building', () => {
  it('records the occupancy from the landing day, asks for the area and refuses more than is free', async () => {
    const buildings = (await admin.get('/api/v1/factory-buildings?pageSize=100')).json<{ items: Building[] }>().items;
    const building = buildings.find((b) => b.floorAreaM2 - b.occupiedM2 >= 100);
    if (!building) throw new Error('no building with room');
    const lead = await signedLead();
    const body = {
      to: 'landed',
      version: lead.version,
      newEnterprise: { name: '长子县MVX厂房入驻有限公司', uscc: composeUscc('91', '140428', 'LAND0004') },
      buildingId: building.id,
    };
    const noArea = await move(member, lead.id, body);
    expect(noArea.statusCode, noArea.body).toBe(400);
    expect(fields(noArea.json<Problem>())).toEqual(['body.buildingAreaM2']);
    const tooBig = await move(member, lead.id, { ...body, buildingAreaM2: building.floorAreaM2 + 1 });
    expect(tooBig.statusCode, tooBig.body).toBe(400);
    expect(fields(tooBig.json<Problem>())).toEqual(['body.buildingAreaM2']);

    const landed = await move(member, lead.id, { ...body, buildingAreaM2: 100 });
    expect(landed.statusCode, landed.body).toBe(200);
    const enterpriseId = landed.json<Detail>().landedEnterpriseId;
    const detail = (await admin.get(`/api/v1/factory-buildings/${building.id}`)).json<{
      occupiedM2: number;
      occupancies: { enterpriseId: string; areaM2: number; startedOn: string; endedOn: string | null }[];
    }>();
    expect(detail.occupancies).toContainEqual(
      expect.objectContaining({ enterpriseId, areaM2: 100, startedOn: today, endedOn: null }),
    );
    expect(detail.occupiedM2).toBeCloseTo(building.occupiedM2 + 100, 2);
    expect((await admin.get(`/api/v1/enterprises/${enterpriseId}`)).json().parkId).toBe(building.parkId);
  });
});
