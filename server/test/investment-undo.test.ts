import { describe, expect, it } from 'vitest';
import {
  API,
  admin,
  createLead,
  type Detail,
  daysFrom,
  fields,
  logMeeting,
  member,
  move,
  moveCount,
  negotiatingLead,
  type Problem,
  park,
  setUpMoveWorld,
  signedLead,
  t,
  today,
} from './investment-move-world.js';

/** The zone admin's undo, screenings, and two people dragging one card at once. */
setUpMoveWorld();

describe('undo', () => {
  it('lets a zone admin take back the last move, restoring the pool and clearing its evidence', async () => {
    const negotiatingOn = daysFrom(-10);
    const lead = await signedLead(negotiatingOn);
    expect(lead.stageEnteredOn).toBe(today);
    expect((await admin.post(`${API}/leads/${lead.id}/moves/undo`, { version: lead.version })).statusCode).toBe(400);
    const undone = await admin.post(`${API}/leads/${lead.id}/moves/undo`, {
      version: lead.version,
      reason: '签约日期录错',
    });
    expect(undone.statusCode, undone.body).toBe(200);
    const detail = undone.json<Detail>();
    expect(detail).toMatchObject({
      stage: 'negotiating',
      version: lead.version + 1,
      stageEnteredOn: negotiatingOn,
      signedOn: null,
      signedAmountYuan: null,
      contractAttachmentId: null,
    });
    const signing = detail.moves.find((m) => m.toStage === 'signed');
    expect(signing?.undone).toBe(true);
    expect(detail.moves).toContainEqual(
      expect.objectContaining({
        kind: 'undo',
        seq: lead.version + 1,
        fromStage: 'signed',
        toStage: 'negotiating',
        reason: '签约日期录错',
      }),
    );
  });

  it('restores a dropped lead and clears the drop', async () => {
    const lead = await createLead();
    const dropped = (await move(member, lead.id, { to: 'dropped', version: 1, reason: '重复登记' })).json<Detail>();
    const undone = await admin.post(`${API}/leads/${lead.id}/moves/undo`, {
      version: dropped.version,
      reason: '误操作',
    });
    expect(undone.json<Detail>()).toMatchObject({
      stage: 'reserve',
      stageEnteredOn: lead.stageEnteredOn,
      droppedReason: null,
      droppedFromStage: null,
    });
    const nothing = await admin.post(`${API}/leads/${lead.id}/moves/undo`, {
      version: dropped.version + 1,
      reason: '再撤',
    });
    expect(nothing.statusCode).toBe(409);
    expect(nothing.json<Problem>().code).toBe('lead.noMoveToUndo');
  });

  it('is refused to a task-force member', async () => {
    const lead = await negotiatingLead();
    const response = await member.post(`${API}/leads/${lead.id}/moves/undo`, {
      version: lead.version,
      reason: '想退回',
    });
    expect(response.statusCode).toBe(403);
    expect(await moveCount(lead.id)).toBe(1);
  });
});

describe('screenings', () => {
  it('records a verdict and refuses a future date or missing reasons', async () => {
    const lead = await createLead();
    const base = { verdict: 'pass', reasons: '不涉及两高项目', decidedBy: '环保服务所 王工' };
    const future = await member.post(`${API}/leads/${lead.id}/screenings`, { ...base, decidedOn: daysFrom(2) });
    expect(future.statusCode).toBe(400);
    expect(fields(future.json<Problem>())).toEqual(['body.decidedOn']);
    const noReasons = await member.post(`${API}/leads/${lead.id}/screenings`, {
      ...base,
      reasons: '',
      decidedOn: today,
    });
    expect(fields(noReasons.json<Problem>())).toEqual(['body.reasons']);
    const ok = await member.post(`${API}/leads/${lead.id}/screenings`, { ...base, decidedOn: today });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      verdict: 'pass',
      decidedBy: '环保服务所 王工',
      recordedBy: { name: expect.any(String) },
    });
    expect((await park.post(`${API}/leads/${lead.id}/screenings`, { ...base, decidedOn: today })).statusCode).toBe(403);
  });
});

describe('two people moving one lead at once', () => {
  it('ends with one move and a conflict for the other', async () => {
    const lead = await createLead();
    await logMeeting(lead.id);
    const other = await t.loginAs('taskForceMember');
    const responses = await Promise.all([
      move(member, lead.id, { to: 'negotiating', version: lead.version }),
      move(other, lead.id, { to: 'negotiating', version: lead.version }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const conflict = responses.find((r) => r.statusCode === 409);
    expect(conflict?.json<Problem>().code).toBe('lead.versionConflict');
    expect(await moveCount(lead.id)).toBe(1);
  });

  it('holds when one drags forward and the other drops', async () => {
    const lead = await createLead();
    await logMeeting(lead.id);
    const responses = await Promise.all([
      move(member, lead.id, { to: 'negotiating', version: lead.version }),
      move(admin, lead.id, { to: 'dropped', version: lead.version, reason: '同时终止' }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await moveCount(lead.id)).toBe(1);
  });
});
