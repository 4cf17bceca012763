import { composeUscc } from '@zonehub/uscc';
import { describe, expect, it } from 'vitest';
import {
  API,
  admin,
  createLead,
  type Detail,
  daysFrom,
  enterprise,
  fields,
  ids,
  logMeeting,
  member,
  move,
  moveCount,
  negotiatingLead,
  type Problem,
  park,
  screen,
  setUpMoveWorld,
  signedLead,
  t,
  today,
  upload,
  zoneId,
} from './investment-move-world.js';

/**
 * Pool moves through the API: the walk reserve → negotiating → signed → landed with each gate's
 * evidence, landing on an existing enterprise, drops, refusals and bad values.
 */
setUpMoveWorld();

describe('the walk through the four pools', () => {
  it('asks for a meeting before negotiating, then moves once one is logged', async () => {
    const lead = await createLead();
    const refused = await move(member, lead.id, { to: 'negotiating', version: lead.version });
    expect(refused.statusCode).toBe(422);
    const problem = refused.json<Problem>();
    expect(problem.code).toBe('lead.gateMissing');
    expect(problem.detail).toContain('在谈库');
    expect(problem.errors).toEqual([
      expect.objectContaining({
        field: 'evidence.meeting',
        code: 'gate.meeting',
        message: expect.stringContaining('至少需要一次与投资方的会谈记录'),
      }),
    ]);
    expect(await moveCount(lead.id)).toBe(0);

    await logMeeting(lead.id);
    const moved = await move(member, lead.id, { to: 'negotiating', version: lead.version });
    expect(moved.statusCode, moved.body).toBe(200);
    const detail = moved.json<Detail>();
    expect(detail).toMatchObject({ stage: 'negotiating', version: lead.version + 1, stageEnteredOn: today });
    expect(detail.moves).toEqual([
      expect.objectContaining({ seq: lead.version + 1, kind: 'forward', fromStage: 'reserve', toStage: 'negotiating' }),
    ]);
  });

  it('signs only with a screening that is not a rejection, the date, the amount and the document', async () => {
    const lead = await negotiatingLead();
    const bare = await move(member, lead.id, { to: 'signed', version: lead.version });
    expect(bare.statusCode).toBe(422);
    expect(fields(bare.json<Problem>())).toEqual([
      'evidence.screening',
      'body.signedOn',
      'body.signedAmountYuan',
      'body.contractAttachmentId',
    ]);
    const english = await move(
      member,
      lead.id,
      { to: 'signed', version: lead.version },
      { 'accept-language': 'en-US' },
    );
    expect(english.json<Problem>().errors?.[0]?.message).toContain('environmental access screening');

    const contractAttachmentId = await upload(lead.id);
    const evidence = { signedOn: today, signedAmountYuan: 3.2e8, contractAttachmentId };
    await screen(lead.id, 'reject');
    const rejected = await move(member, lead.id, { to: 'signed', version: lead.version, ...evidence });
    expect(rejected.statusCode).toBe(422);
    expect(rejected.json<Problem>().errors).toEqual([
      expect.objectContaining({ field: 'evidence.screening', message: '环保准入研判结论为“否决”，不能签约' }),
    ]);

    await screen(lead.id, 'conditional');
    const signed = await move(member, lead.id, { to: 'signed', version: lead.version, ...evidence });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json<Detail>()).toMatchObject({
      stage: 'signed',
      signedOn: today,
      signedAmountYuan: 3.2e8,
      contractAttachmentId,
      stageEnteredOn: today,
    });
    const attachment = await t.ctx.db
      .selectFrom('leadAttachments')
      .select('kind')
      .where('id', '=', contractAttachmentId)
      .executeTakeFirstOrThrow();
    expect(attachment.kind).toBe('contract');
  });

  it('lands with an enterprise created in the registry and a parcel', async () => {
    const lead = await signedLead();
    const missing = await move(member, lead.id, { to: 'landed', version: lead.version });
    expect(fields(missing.json<Problem>())).toEqual(['body.enterpriseId', 'body.parcelId']);

    const badCode = await move(member, lead.id, {
      to: 'landed',
      version: lead.version,
      newEnterprise: { name: '长子县MVX冻干食品有限公司', uscc: '91140428MA0XXXXX1', parkId: ids['park:central'] },
      parcelId: ids.parcel,
    });
    expect(badCode.statusCode).toBe(400);
    expect(fields(badCode.json<Problem>())).toContain('body.newEnterprise.uscc');

    const existing = await t.ctx.db
      .selectFrom('enterprises')
      .select('uscc')
      .where('zoneId', '=', zoneId)
      .executeTakeFirstOrThrow();
    const taken = await move(member, lead.id, {
      to: 'landed',
      version: lead.version,
      newEnterprise: { name: '长子县MVX重复企业', uscc: existing.uscc, parkId: ids['park:central'] },
      parcelId: ids.parcel,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json<Problem>().code).toBe('enterprise.usccTaken');

    const elsewhere = await move(member, lead.id, {
      to: 'landed',
      version: lead.version,
      enterpriseId: 'no-such-enterprise',
      parcelId: 'no-such-parcel',
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json<Problem>().errors?.map((e) => e.code)).toEqual(['enterprise.notInZone', 'parcel.notInZone']);

    const uscc = composeUscc('91', '140428', 'MKX00001');
    const landed = await move(member, lead.id, {
      to: 'landed',
      version: lead.version,
      newEnterprise: { name: '长子县MVX冻干食品有限公司', uscc, parkId: ids['park:central'] },
      parcelId: ids.parcel,
    });
    expect(landed.statusCode, landed.body).toBe(200);
    const detail = landed.json<Detail>();
    expect(detail).toMatchObject({ stage: 'landed', landedOn: today, landedParcelId: ids.parcel });
    expect(detail.landedEnterpriseId).toEqual(expect.any(String));
    const registry = await admin.get(`/api/v1/enterprises/${detail.landedEnterpriseId}`);
    expect(registry.statusCode, registry.body).toBe(200);
    expect(registry.json()).toMatchObject({ name: '长子县MVX冻干食品有限公司', uscc });
    expect(detail.moves.map((m) => m.seq).sort()).toEqual([2, 3, 4]);
    const landing = await t.ctx.db
      .selectFrom('leadStageMoves')
      .select(['evidence', 'effectiveOn'])
      .where('leadId', '=', lead.id)
      .where('toStage', '=', 'landed')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(landing.evidence)).toEqual({
      enterpriseId: detail.landedEnterpriseId,
      parcelId: ids.parcel,
      buildingId: null,
      // What the parcel was before the landing supplied it, for an undo.
      parcelBefore: { supplyStatus: 'unsupplied', enterpriseId: null },
    });
    const audit = await t.ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', 'in', [lead.id, detail.landedEnterpriseId ?? ''])
      .execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['lead.move', 'enterprise.create']));
    expect(audit.filter((a) => a.action === 'lead.move')).toHaveLength(3);
  });
});

describe('landing on an existing enterprise', () => {
  it('links an enterprise of the zone and a factory building', async () => {
    const lead = await signedLead();
    const building = await t.ctx.db
      .selectFrom('factoryBuildings')
      .select('id')
      .where('zoneId', '=', zoneId)
      .executeTakeFirstOrThrow();
    const company = await t.ctx.db
      .selectFrom('enterprises')
      .select('id')
      .where('zoneId', '=', zoneId)
      .executeTakeFirstOrThrow();
    const effectiveOn = daysFrom(-3);
    const response = await move(member, lead.id, {
      to: 'landed',
      version: lead.version,
      enterpriseId: company.id,
      buildingId: building.id,
      buildingAreaM2: 1,
      effectiveOn,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      stage: 'landed',
      landedOn: effectiveOn,
      stageEnteredOn: effectiveOn,
      landedEnterpriseId: company.id,
      landedBuildingId: building.id,
      landedParcelId: null,
    });
  });
});

describe('drops and refusals', () => {
  it('drops from any pool with a reason, and asks for one without', async () => {
    const reserve = await createLead();
    const noReason = await move(member, reserve.id, { to: 'dropped', version: reserve.version, reason: '  ' });
    expect(noReason.statusCode).toBe(422);
    expect(fields(noReason.json<Problem>())).toEqual(['body.reason']);
    const dropped = await move(member, reserve.id, {
      to: 'dropped',
      version: reserve.version,
      reason: '投资方资金链断裂',
    });
    expect(dropped.statusCode, dropped.body).toBe(200);
    expect(dropped.json<Detail>()).toMatchObject({
      stage: 'dropped',
      droppedReason: '投资方资金链断裂',
      droppedFromStage: 'reserve',
    });

    const signed = await signedLead();
    const fromSigned = await move(member, signed.id, {
      to: 'dropped',
      version: signed.version,
      reason: '项目转投外省',
    });
    expect(fromSigned.json<Detail>()).toMatchObject({ stage: 'dropped', droppedFromStage: 'signed' });

    const again = await move(member, reserve.id, { to: 'negotiating', version: reserve.version + 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>().code).toBe('lead.moveRefused');
  });

  it('refuses skipping a pool, naming why', async () => {
    const lead = await createLead();
    const response = await move(member, lead.id, { to: 'signed', version: lead.version });
    expect(response.statusCode).toBe(409);
    expect(response.json<Problem>()).toMatchObject({ code: 'lead.moveRefused', detail: '一次只能前移一个库' });
  });

  it('refuses a signing date in the future or before 2000, and a negative amount, changing nothing', async () => {
    const lead = await negotiatingLead();
    await screen(lead.id, 'pass');
    const contractAttachmentId = await upload(lead.id);
    const base = { to: 'signed', version: lead.version, signedAmountYuan: 1e8, contractAttachmentId };
    const future = await move(member, lead.id, { ...base, signedOn: daysFrom(1) });
    expect(future.statusCode).toBe(400);
    expect(future.json<Problem>().errors).toEqual([
      expect.objectContaining({ field: 'body.signedOn', code: 'date.future' }),
    ]);
    const ancient = await move(member, lead.id, { ...base, signedOn: '1999-12-31' });
    expect(ancient.json<Problem>().errors?.[0]).toMatchObject({ field: 'body.signedOn', code: 'dateOutOfRange' });
    const negative = await move(member, lead.id, { ...base, signedOn: today, signedAmountYuan: -5 });
    expect(negative.statusCode).toBe(400);
    expect(fields(negative.json<Problem>())).toEqual(['body.signedAmountYuan']);
    const after = (await member.get(`${API}/leads/${lead.id}`)).json<Detail>();
    expect(after).toMatchObject({ stage: 'negotiating', version: lead.version, signedOn: null });
    expect(await moveCount(lead.id)).toBe(1);
  });

  it('answers a stale version with a conflict naming the lead', async () => {
    const lead = await createLead();
    await logMeeting(lead.id);
    const stale = await move(member, lead.id, { to: 'negotiating', version: lead.version + 5 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>()).toMatchObject({ code: 'lead.versionConflict' });
    expect(stale.json<Problem>().detail).toContain('MVX 冻干果蔬生产线');
  });

  it('keeps moves to the lead’s own task force and to roles that manage investment', async () => {
    const other = await createLead(admin, { taskForceId: ids.食用菌项目专班 });
    expect((await move(member, other.id, { to: 'dropped', version: 1, reason: '测试' })).statusCode).toBe(404);
    const mine = await createLead();
    expect((await move(park, mine.id, { to: 'dropped', version: 1, reason: '测试' })).statusCode).toBe(403);
    expect((await move(enterprise, mine.id, { to: 'dropped', version: 1, reason: '测试' })).statusCode).toBe(403);
    expect(await moveCount(mine.id)).toBe(0);
  });
});
