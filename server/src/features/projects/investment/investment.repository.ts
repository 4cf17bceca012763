import type { Db } from '../../../db/database.js';
import { inProjectScope, PROJECT_SCOPE, type ProjectViewer } from '../project-scope.js';
import type { InvestmentMonthRow, NewInvestmentMonth } from './investment-month.table.js';

/** SQL of investment completed: a project's months and plans, and the zone's totals in the caller's scope. */

export function listProjectMonths(db: Db, projectId: string, from: string, to: string) {
  return db
    .selectFrom('projectInvestmentMonths as m')
    .leftJoin('users', 'users.id', 'm.recordedBy')
    .selectAll('m')
    .select('users.displayName as recordedByName')
    .where('m.projectId', '=', projectId)
    .where('m.month', '>=', from)
    .where('m.month', '<=', to)
    .orderBy('m.month')
    .execute();
}
export type MonthWithName = Awaited<ReturnType<typeof listProjectMonths>>[number];

export async function projectCompletedToDate(db: Db, projectId: string): Promise<number> {
  const row = await db
    .selectFrom('projectInvestmentMonths')
    .select((eb) => eb.fn.sum<number | string | null>('completedYuan').as('total'))
    .where('projectId', '=', projectId)
    .executeTakeFirst();
  return Number(row?.total ?? 0);
}

export async function findPlan(db: Db, projectId: string, year: number): Promise<number | null> {
  const row = await db
    .selectFrom('projectInvestmentPlans')
    .select('plannedYuan')
    .where('projectId', '=', projectId)
    .where('year', '=', year)
    .executeTakeFirst();
  return row ? Number(row.plannedYuan) : null;
}

export function findMonth(db: Db, projectId: string, month: string): Promise<MonthWithName | undefined> {
  return listProjectMonths(db, projectId, month, month).then((rows) => rows[0]);
}

/** Inserts the month unless a row appeared meanwhile; false when someone else recorded it first. */
export async function insertMonth(db: Db, row: NewInvestmentMonth): Promise<boolean> {
  const result = await db
    .insertInto('projectInvestmentMonths')
    .values(row)
    .onConflict((oc) => oc.columns(['projectId', 'month']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateMonthIfVersion(
  db: Db,
  key: { projectId: string; month: string },
  version: number,
  set: Pick<InvestmentMonthRow, 'completedYuan' | 'note' | 'recordedBy' | 'updatedAt'>,
): Promise<boolean> {
  const result = await db
    .updateTable('projectInvestmentMonths')
    .set({ ...set, version: version + 1, isDemo: 0 })
    .where('projectId', '=', key.projectId)
    .where('month', '=', key.month)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteMonthIfVersion(
  db: Db,
  key: { projectId: string; month: string },
  version: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom('projectInvestmentMonths')
    .where('projectId', '=', key.projectId)
    .where('month', '=', key.month)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function upsertPlan(
  db: Db,
  row: { projectId: string; zoneId: string; year: number; plannedYuan: number; updatedBy: string; updatedAt: string },
): Promise<void> {
  await db
    .insertInto('projectInvestmentPlans')
    .values({ ...row, isDemo: 0 })
    .onConflict((oc) =>
      oc.columns(['projectId', 'year']).doUpdateSet({
        plannedYuan: row.plannedYuan,
        updatedBy: row.updatedBy,
        updatedAt: row.updatedAt,
        isDemo: 0,
      }),
    )
    .execute();
}

export interface SummaryFilter {
  zoneId: string;
  year: number;
  taskForceId?: string;
  parkId?: string;
}

/** The projects the viewer sees (with the summary's filters). */
function scopedProjects(db: Db, viewer: ProjectViewer, f: SummaryFilter) {
  let query = db
    .selectFrom('projects')
    .innerJoin('orgUnits as taskForce', 'taskForce.id', 'projects.taskForceId')
    .where('projects.zoneId', '=', f.zoneId)
    .where(inProjectScope(viewer, PROJECT_SCOPE));
  if (f.taskForceId) query = query.where('projects.taskForceId', '=', f.taskForceId);
  if (f.parkId) query = query.where('projects.parkId', '=', f.parkId);
  return query;
}

/** Per project: the year's completed sum and plan, for projects with either. */
export async function summaryProjects(db: Db, viewer: ProjectViewer, f: SummaryFilter) {
  const from = `${f.year}-01`;
  const to = `${f.year}-12`;
  const rows = await scopedProjects(db, viewer, f)
    .select((eb) => [
      'projects.id',
      'projects.code',
      'projects.name',
      'projects.isTransformation',
      'projects.taskForceId',
      'taskForce.name as taskForceName',
      eb
        .selectFrom('projectInvestmentMonths as m')
        .select((e) => e.fn.sum<number | string | null>('m.completedYuan').as('s'))
        .whereRef('m.projectId', '=', 'projects.id')
        .where('m.month', '>=', from)
        .where('m.month', '<=', to)
        .as('completedYuan'),
      eb
        .selectFrom('projectInvestmentPlans as p')
        .select('p.plannedYuan')
        .whereRef('p.projectId', '=', 'projects.id')
        .where('p.year', '=', f.year)
        .as('plannedYuan'),
    ])
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('projectInvestmentMonths as m')
            .select('m.month')
            .whereRef('m.projectId', '=', 'projects.id')
            .where('m.month', '>=', from)
            .where('m.month', '<=', to),
        ),
        eb.exists(
          eb
            .selectFrom('projectInvestmentPlans as p')
            .select('p.year')
            .whereRef('p.projectId', '=', 'projects.id')
            .where('p.year', '=', f.year),
        ),
      ]),
    )
    .orderBy('projects.code')
    .execute();
  return rows.map((r) => ({
    ...r,
    completedYuan: Number(r.completedYuan ?? 0),
    plannedYuan: r.plannedYuan === null ? null : Number(r.plannedYuan),
    isTransformation: Number(r.isTransformation) === 1,
  }));
}

/** Per month of the year: completed, split by transformation projects, summed in the database. */
export async function summaryMonths(db: Db, viewer: ProjectViewer, f: SummaryFilter) {
  const rows = await scopedProjects(db, viewer, f)
    .innerJoin('projectInvestmentMonths as m', 'm.projectId', 'projects.id')
    .where('m.month', '>=', `${f.year}-01`)
    .where('m.month', '<=', `${f.year}-12`)
    .select((eb) => ['m.month', 'projects.isTransformation', eb.fn.sum<number | string>('m.completedYuan').as('total')])
    .groupBy(['m.month', 'projects.isTransformation'])
    .execute();
  return rows.map((r) => ({
    month: r.month,
    isTransformation: Number(r.isTransformation) === 1,
    completedYuan: Number(r.total),
  }));
}
