import { randomUUID } from 'node:crypto';
import type { ContestMetric } from '@zonehub/investment-rules';
import type { Db } from '../../../db/database.js';

export interface TaskForceName {
  id: string;
  name: string;
}

/** The zone's task forces (专班), in code order: every one of them has a row on the contest board. */
export async function listTaskForces(db: Db, zoneId: string): Promise<TaskForceName[]> {
  return db
    .selectFrom('orgUnits')
    .select(['id', 'name'])
    .where('zoneId', '=', zoneId)
    .where('kind', '=', 'taskForce')
    .orderBy('code')
    .execute();
}

export interface TargetRow {
  taskForceId: string;
  taskForceName: string;
  metric: ContestMetric;
  target: number;
}

/** One period's targets of the zone, by task force (code order) and metric. */
export async function loadTargets(db: Db, zoneId: string, periodKey: string): Promise<TargetRow[]> {
  const rows = await db
    .selectFrom('contestTargets as t')
    .innerJoin('orgUnits as u', 'u.id', 't.taskForceId')
    .select(['t.taskForceId', 'u.name as taskForceName', 't.metric', 't.targetValue'])
    .where('t.zoneId', '=', zoneId)
    .where('t.periodKey', '=', periodKey)
    .orderBy('u.code')
    .orderBy('t.metric')
    .execute();
  return rows.map((r) => ({
    taskForceId: r.taskForceId,
    taskForceName: r.taskForceName,
    metric: r.metric,
    target: Number(r.targetValue),
  }));
}

/** Replaces one period's targets of the zone with these (call inside a transaction). */
export async function replaceTargets(
  trx: Db,
  zoneId: string,
  periodKey: string,
  items: readonly { taskForceId: string; metric: ContestMetric; target: number }[],
  by: { userId: string; at: string },
): Promise<void> {
  await trx.deleteFrom('contestTargets').where('zoneId', '=', zoneId).where('periodKey', '=', periodKey).execute();
  if (items.length === 0) return;
  await trx
    .insertInto('contestTargets')
    .values(
      items.map((item) => ({
        id: randomUUID(),
        zoneId,
        taskForceId: item.taskForceId,
        periodKey,
        metric: item.metric,
        targetValue: item.target,
        isDemo: 0,
        updatedBy: by.userId,
        updatedAt: by.at,
      })),
    )
    .execute();
}
