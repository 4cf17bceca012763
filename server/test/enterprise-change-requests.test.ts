import { composeUscc } from '@zonehub/uscc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EnterpriseWorld, enterpriseWorld } from './enterprise-world.js';
import { type Client, createTestApp, type TestApp } from './helper.js';

/**
 * Issue 10 item 8: registered facts change by a change request (变更申请). The enterprise proposes
 * values with a reason and a supporting file; the zone admin, or park staff for their park's
 * enterprises, approve (written through the one writer, audited) or reject with a reason; both
 * sides are told.
 */
let t: TestApp;
let w: EnterpriseWorld;

beforeAll(async () => {
  t = await createTestApp();
  w = await enterpriseWorld(t, '乙');
});
afterAll(async () => t.close());

const notificationsOf = async (client: Client) =>
  (await client.get('/api/v1/notifications?pageSize=50')).json().items as {
    kind: string;
    params: Record<string, string | number | null>;
    link: string | null;
  }[];

async function submit(client: Client, enterpriseId: string, changes: object, reason = '工商变更登记') {
  // A minute apart, so "oldest first" and "newest first" are each one order.
  t.clock.advance(60_000);
  return client.post(`/api/v1/enterprises/${enterpriseId}/change-requests`, { changes, reason });
}

describe('an enterprise requests a change of its registered facts', () => {
  it('records the proposal with the values it replaces, changes nothing yet, and tells the reviewers', async () => {
    const response = await submit(w.own.user, w.own.id, {
      legalRepresentative: '李萌',
      registeredCapitalYuan: 80_000_000,
      name: undefined,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'pending',
      enterpriseId: w.own.id,
      reason: '工商变更登记',
      changes: [
        { field: 'legalRepresentative', before: '王星', after: '李萌' },
        { field: 'registeredCapitalYuan', before: 50_000_000, after: 80_000_000 },
      ],
      file: null,
    });
    expect((await w.admin.get(`/api/v1/enterprises/${w.own.id}`)).json()).toMatchObject({
      legalRepresentative: '王星',
      version: 1,
    });

    for (const reviewer of [w.admin, w.park]) {
      const told = (await notificationsOf(reviewer)).filter((n) => n.kind === 'enterpriseChangeSubmitted');
      expect(told).toHaveLength(1);
      expect(told[0]).toMatchObject({ params: { fieldCount: 2 }, link: '/registry/change-requests' });
    }
    // Park staff of another park are not told of it.
    expect((await notificationsOf(w.southPark)).some((n) => n.kind === 'enterpriseChangeSubmitted')).toBe(false);
    const sms = await t.ctx.db
      .selectFrom('notificationOutbox')
      .select('body')
      .where('body', 'like', '【变更申请】%')
      .execute();
    expect(sms.map((r) => r.body)).toContain('【变更申请】长子县自助乙科技有限公司申请变更2项登记信息，请审核。');
  });

  it('checks the proposal as an edit is checked, naming the field under body.changes', async () => {
    const noReason = await w.own.user.post(`/api/v1/enterprises/${w.own.id}/change-requests`, {
      changes: { legalRepresentative: '李萌' },
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].field).toBe('body.reason');

    const same = await submit(w.own.user, w.own.id, { legalRepresentative: '王星' });
    expect(same.statusCode).toBe(400);
    expect(same.json().errors[0]).toMatchObject({ field: 'body.changes', code: 'changeRequest.nothingChanged' });

    const badCode = await submit(w.own.user, w.own.id, { uscc: '91140428MA0K00000X', industryCode: '9999' });
    expect(badCode.statusCode).toBe(400);
    expect(
      badCode
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['body.changes.industryCode', 'body.changes.uscc']);

    const others = (await w.admin.get(`/api/v1/enterprises/${w.other.id}`)).json();
    const taken = await submit(w.own.user, w.own.id, { uscc: others.uscc });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors[0].field).toBe('body.changes.uscc');
  });

  it('takes a supporting file and lets the reviewers download it, not another enterprise', async () => {
    const created = (await submit(w.own.user, w.own.id, { address: '长治市长子县丹朱镇2号' }, '迁址')).json();
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprise-change-requests/${created.id}/file?fileName=${encodeURIComponent('营业执照.pdf')}`,
      headers: {
        cookie: w.own.user.cookie ?? '',
        'x-csrf-token': w.own.user.csrfToken ?? '',
        'content-type': 'application/pdf',
      },
      payload: Buffer.from('%PDF-1.4 licence'),
    });
    expect(upload.statusCode, upload.body).toBe(200);
    expect(upload.json().file).toMatchObject({ fileName: '营业执照.pdf', mediaType: 'application/pdf', sizeBytes: 16 });

    const download = await w.park.get(`/api/v1/enterprise-change-requests/${created.id}/file`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('%PDF-1.4 licence');
    expect((await w.other.user.get(`/api/v1/enterprise-change-requests/${created.id}/file`)).statusCode).toBe(404);
    const rejected = await w.admin.post(`/api/v1/enterprise-change-requests/${created.id}/reject`, { reason: '重复' });
    expect(rejected.statusCode, rejected.body).toBe(200);
  });
});

describe('a reviewer decides', () => {
  it('lists pending requests in the reviewer’s scope only', async () => {
    const queue = async (client: Client) =>
      (await client.get('/api/v1/enterprise-change-requests?status=pending'))
        .json()
        .items.map((r: { enterpriseName: string }) => r.enterpriseName);
    await submit(w.other.user, w.other.id, { legalRepresentative: '钱多' });
    expect(await queue(w.admin)).toEqual([
      '山西星萌科技有限公司',
      '长子县自助乙科技有限公司',
      '长子县他家乙食品有限公司',
    ]);
    expect(await queue(w.park)).toEqual(['山西星萌科技有限公司', '长子县自助乙科技有限公司']);
    expect(await queue(w.southPark)).toEqual(['长子县他家乙食品有限公司']);
    // Another park's reviewer cannot decide it.
    const pending = (await w.admin.get('/api/v1/enterprise-change-requests?status=pending')).json().items;
    const ownRequest = pending.find((r: { enterpriseId: string }) => r.enterpriseId === w.own.id);
    expect((await w.southPark.post(`/api/v1/enterprise-change-requests/${ownRequest.id}/approve`, {})).statusCode).toBe(
      404,
    );
    // Staff who manage enterprises without reviewing them, and leaders, may not decide.
    const investment = await t.loginAs('investmentStaff');
    expect((await investment.post(`/api/v1/enterprise-change-requests/${ownRequest.id}/approve`, {})).statusCode).toBe(
      403,
    );
    const leader = await t.loginAs('leader');
    expect((await submit(leader, w.own.id, { legalRepresentative: '某' })).statusCode).toBe(403);
  });

  it('approves: the values are written through the writer (version raised), audited, the submitter told', async () => {
    const pending = (await w.park.get('/api/v1/enterprise-change-requests?status=pending'))
      .json()
      .items.find((r: { enterpriseId: string }) => r.enterpriseId === w.own.id);
    const approved = await w.park.post(`/api/v1/enterprise-change-requests/${pending.id}/approve`, {
      note: '已核营业执照',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'approved',
      reviewedByName: '园区工作人员（演示）',
      reviewNote: '已核营业执照',
    });

    const record = (await w.own.user.get(`/api/v1/enterprises/${w.own.id}`)).json();
    expect(record).toMatchObject({ legalRepresentative: '李萌', registeredCapitalYuan: 80_000_000, version: 2 });
    const history = (await w.own.user.get(`/api/v1/enterprises/${w.own.id}/history`)).json().items;
    expect(history[0]).toMatchObject({
      action: 'enterprise.changeRequest.approve',
      before: { legalRepresentative: '王星', registeredCapitalYuan: 50_000_000 },
      after: { legalRepresentative: '李萌', registeredCapitalYuan: 80_000_000, changeRequestId: pending.id },
    });
    const told = (await notificationsOf(w.own.user)).filter((n) => n.kind === 'enterpriseChangeApproved');
    expect(told).toHaveLength(1);
    expect(told[0]?.link).toBe(`/registry/enterprises/${w.own.id}`);

    const again = await w.admin.post(`/api/v1/enterprise-change-requests/${pending.id}/approve`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('enterpriseChange.decided');
    expect(
      (await w.admin.post(`/api/v1/enterprise-change-requests/${pending.id}/reject`, { reason: 'x' })).statusCode,
    ).toBe(409);
  });

  it('rejects with a reason the enterprise reads; the record stays', async () => {
    const pending = (await w.southPark.get('/api/v1/enterprise-change-requests?status=pending')).json().items[0];
    const noReason = await w.southPark.post(`/api/v1/enterprise-change-requests/${pending.id}/reject`, {});
    expect(noReason.statusCode).toBe(400);
    const rejected = await w.southPark.post(`/api/v1/enterprise-change-requests/${pending.id}/reject`, {
      reason: '请附股东会决议',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', reviewNote: '请附股东会决议' });
    expect((await w.admin.get(`/api/v1/enterprises/${w.other.id}`)).json().legalRepresentative).toBe('王星');
    const told = (await notificationsOf(w.other.user)).find((n) => n.kind === 'enterpriseChangeRejected');
    expect(told?.params).toMatchObject({ reason: '请附股东会决议' });
    // The enterprise sees its requests and their decisions.
    const mine = (await w.other.user.get(`/api/v1/enterprises/${w.other.id}/change-requests`)).json();
    expect(mine.items.map((r: { status: string }) => r.status)).toEqual(['rejected']);
  });

  it('refuses to approve a credit code taken since the request, and writes nothing', async () => {
    const wanted = composeUscc('91', '140428', 'WANTED01');
    const request = (await submit(w.own.user, w.own.id, { uscc: wanted })).json();
    const squatter = await w.admin.post('/api/v1/enterprises', { uscc: wanted, name: '长子县抢注有限公司' });
    expect(squatter.statusCode, squatter.body).toBe(201);
    const before = (await w.admin.get(`/api/v1/enterprises/${w.own.id}`)).json();
    const approve = await w.admin.post(`/api/v1/enterprise-change-requests/${request.id}/approve`, {});
    expect(approve.statusCode).toBe(409);
    expect(approve.json().code).toBe('enterprise.usccTaken');
    expect((await w.admin.get(`/api/v1/enterprises/${w.own.id}`)).json()).toMatchObject({
      uscc: before.uscc,
      version: before.version,
    });
    const still = (await w.admin.get(`/api/v1/enterprises/${w.own.id}/change-requests`)).json().items[0];
    expect(still).toMatchObject({ id: request.id, status: 'pending' });
  });
});
