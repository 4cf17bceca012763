import { randomUUID } from 'node:crypto';
import { DEMO_USERNAME_BY_ROLE } from '@zonehub/access';
import type { ActivityKind, Stage } from '@zonehub/investment-rules';
import type { MoveKind } from '../src/features/investment/investment.table.js';
import type { TestApp } from './helper.js';

/**
 * The contest test's world, in 2031 (the demo data lives in other years): three task forces A, B, C
 * of the demo zone 长子, people u1 (A), u2 (B), u3 (C) and the demo task-force member, who also joins
 * A. Rows go straight into the tables so the counts do not depend on the lead and move routes.
 * Current period 2031-Q2, previous 2031-Q1; the expected figures are worked out in the comments.
 */
export interface ContestWorld {
  zoneId: string;
  tf: Record<'A' | 'B' | 'C', string>;
  user: Record<'u1' | 'u2' | 'u3' | 'tfm', string>;
  /** Every task force of the zone has a row on the board. */
  taskForceCount: number;
}

let t: TestApp;
let zoneId: string;
const tf: ContestWorld['tf'] = { A: '', B: '', C: '' };
const user: ContestWorld['user'] = { u1: '', u2: '', u3: '', tfm: '' };
export const YI = 100_000_000;
const stamp = '2031-01-01T00:00:00.000Z';

async function addLead(code: string, taskForceId: string, ownerId: string, registeredOn: string, money = {}) {
  const id = randomUUID();
  await t.ctx.db
    .insertInto('leads')
    .values({
      id,
      zoneId,
      code,
      name: `测试项目${code}`,
      stage: 'reserve',
      version: 1,
      isDemo: 0,
      investorName: `测试投资方${code}`,
      investorKey: `测试投资方${code}`,
      investorPinyin: code.toLowerCase(),
      taskForceId,
      ownerId,
      registeredOn,
      stageEnteredOn: registeredOn,
      createdAt: stamp,
      updatedAt: stamp,
      ...money,
    })
    .execute();
  return id;
}

let seq = 0;
async function addMove(
  leadId: string,
  from: Stage,
  to: Stage,
  effectiveOn: string,
  kind: MoveKind = 'forward',
  undone = 0,
) {
  seq += 1;
  await t.ctx.db
    .insertInto('leadStageMoves')
    .values({
      id: randomUUID(),
      zoneId,
      leadId,
      seq,
      kind,
      fromStage: from,
      toStage: to,
      effectiveOn,
      evidence: '{}',
      undone,
      isDemo: 0,
      movedAt: stamp,
    })
    .execute();
}

async function addActivity(taskForceId: string, by: string, happenedOn: string, kind: ActivityKind = 'outboundVisit') {
  await t.ctx.db
    .insertInto('leadActivities')
    .values({
      id: randomUUID(),
      zoneId,
      taskForceId,
      kind,
      subject: '考察',
      happenedOn,
      recordedBy: by,
      isDemo: 0,
      createdAt: stamp,
      updatedAt: stamp,
    })
    .execute();
}

export async function buildContestWorld(app: TestApp): Promise<ContestWorld> {
  t = app;
  const db = t.ctx.db;
  zoneId = (await db.selectFrom('zones').select('id').where('code', '=', 'changzi').executeTakeFirstOrThrow()).id;
  for (const [k, name] of [
    ['A', '测试专班甲'],
    ['B', '测试专班乙'],
    ['C', '测试专班丙'],
  ] as const) {
    tf[k] = randomUUID();
    await db
      .insertInto('orgUnits')
      .values({
        id: tf[k],
        zoneId,
        kind: 'taskForce',
        code: `ZT${k}`,
        name,
        isDemo: 0,
        createdAt: stamp,
        updatedAt: stamp,
      })
      .execute();
  }
  for (const [k, name, unit] of [
    ['u1', '甲一', tf.A],
    ['u2', '乙二', tf.B],
    ['u3', '丙三', tf.C],
  ] as const) {
    user[k] = randomUUID();
    await db
      .insertInto('users')
      .values({
        id: user[k],
        username: `contest-${k}`,
        displayName: name,
        passwordHash: 'x',
        mustChangePassword: 0,
        active: 1,
        systemAdmin: 0,
        isDemo: 0,
        createdAt: stamp,
        updatedAt: stamp,
      })
      .execute();
    await db.insertInto('userOrgUnits').values({ userId: user[k], orgUnitId: unit }).execute();
  }
  const tfm = DEMO_USERNAME_BY_ROLE.taskForceMember;
  user.tfm = (await db.selectFrom('users').select('id').where('username', '=', tfm).executeTakeFirstOrThrow()).id;
  await db.insertInto('userOrgUnits').values({ userId: user.tfm, orgUnitId: tf.A }).execute();

  // Current quarter 2031-Q2. A: three new leads (a fourth registers on the first day after), L1 goes
  // to negotiating, signed (3 亿) and landed; L2's move to negotiating was undone; two visits counted,
  // a meeting is not.
  const l1 = await addLead('ZC1', tf.A, user.u1, '2031-04-02', {
    plannedInvestmentYuan: 5 * YI,
    signedAmountYuan: 3 * YI,
  });
  const l2 = await addLead('ZC2', tf.A, user.u1, '2031-05-10');
  await addLead('ZC3', tf.A, user.tfm, '2031-06-30');
  await addLead('ZC4', tf.A, user.u1, '2031-07-01');
  await addMove(l1, 'reserve', 'negotiating', '2031-04-10');
  await addMove(l1, 'negotiating', 'signed', '2031-05-01');
  await addMove(l1, 'signed', 'landed', '2031-06-15');
  await addMove(l2, 'reserve', 'negotiating', '2031-05-20', 'forward', 1);
  await addMove(l2, 'negotiating', 'reserve', '2031-05-21', 'undo');
  await addActivity(tf.A, user.u1, '2031-04-05');
  await addActivity(tf.A, user.tfm, '2031-06-01', 'inboundVisit');
  await addActivity(tf.A, user.u1, '2031-06-02', 'meeting');
  // B: a lead without a signed amount lands in Q2 (its planned 1 亿 counts); one visit.
  const l5 = await addLead('ZC5', tf.B, user.u2, '2030-12-01', { plannedInvestmentYuan: 1 * YI });
  await addMove(l5, 'signed', 'landed', '2031-04-20');
  await addActivity(tf.B, user.u2, '2031-04-21');

  // Previous quarter 2031-Q1: A one visit (2); B a new lead, negotiating, signed 2 亿 and three
  // visits (1 + 5 + 10 + 8 + 6 = 30); C a new lead and five visits (11).
  await addActivity(tf.A, user.u1, '2031-03-31');
  const l4 = await addLead('ZC6', tf.B, user.u2, '2031-01-15', { signedAmountYuan: 2 * YI });
  await addMove(l4, 'reserve', 'negotiating', '2031-02-01');
  await addMove(l4, 'negotiating', 'signed', '2031-03-01');
  for (const day of ['01', '02', '03']) await addActivity(tf.B, user.u2, `2031-03-${day}`);
  await addLead('ZC7', tf.C, user.u3, '2031-02-01');
  for (const day of ['01', '02', '03', '04', '05']) await addActivity(tf.C, user.u3, `2031-02-${day}`);
  const forces = await db
    .selectFrom('orgUnits')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('zoneId', '=', zoneId)
    .where('kind', '=', 'taskForce')
    .executeTakeFirstOrThrow();
  return { zoneId, tf, user, taskForceCount: Number(forces.n) };
}
