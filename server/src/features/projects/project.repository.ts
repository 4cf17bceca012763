import { type ExpressionBuilder, sql } from 'kysely';
import { contains } from '../../db/contains.js';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { normalizeSearchText } from '../enterprises/enterprise-search-keys.js';
import type { ProjectFilter, ProjectListQuery } from './project.schema.js';
import type { NewProject, ProjectPhaseTable, ProjectUpdate } from './project.table.js';
import { inProjectScope, PROJECT_SCOPE, type ProjectViewer } from './project-scope.js';

type Eb = ExpressionBuilder<Database, 'projects'>;

/** Open (not done) milestones of the row's project. */
const openItems = (eb: Eb) =>
  eb
    .selectFrom('projectMilestones as m')
    .whereRef('m.projectId', '=', 'projects.id')
    .where('m.actualDoneOn', 'is', null);

/** The projects the viewer sees, with the names a summary shows. */
function scopedProjects(db: Db, viewer: ProjectViewer) {
  return db
    .selectFrom('projects')
    .innerJoin('orgUnits as taskForce', 'taskForce.id', 'projects.taskForceId')
    .leftJoin('enterprises', 'enterprises.id', 'projects.enterpriseId')
    .leftJoin('parks', 'parks.id', 'projects.parkId')
    .leftJoin('users as leader', 'leader.id', 'projects.leaderInChargeId')
    .where(inProjectScope(viewer, PROJECT_SCOPE));
}

function summaryQuery(db: Db, viewer: ProjectViewer) {
  return scopedProjects(db, viewer).select((eb) => [
    'projects.id',
    'projects.zoneId',
    'projects.code',
    'projects.name',
    'projects.kind',
    'projects.isTransformation',
    'projects.stage',
    'projects.ragStatus',
    'projects.ragSlackWorkdays',
    'projects.enterpriseId',
    'enterprises.name as enterpriseName',
    'projects.parkId',
    'parks.name as parkName',
    'projects.taskForceId',
    'taskForce.name as taskForceName',
    'projects.leaderInChargeId',
    'leader.displayName as leaderInChargeName',
    'projects.totalInvestmentYuan',
    'projects.signedOn',
    'projects.updatedAt',
    'projects.version',
    'projects.parcelId',
    'projects.buildingId',
    'projects.leadId',
    'projects.description',
    openItems(eb)
      .select((e) => e.fn.countAll<number>().as('n'))
      .as('openItems'),
    openItems(eb)
      .where('m.ragStatus', '=', 'red')
      .select((e) => e.fn.countAll<number>().as('n'))
      .as('overdueItems'),
    openItems(eb).select('m.name').orderBy('m.dueOn').orderBy('m.seq').limit(1).as('nextDueName'),
    openItems(eb).select('m.dueOn').orderBy('m.dueOn').orderBy('m.seq').limit(1).as('nextDueOn'),
  ]);
}
export type ProjectSummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

/** The list filters, shared by the list and the list's Gantt. */
export function filteredProjects(db: Db, viewer: ProjectViewer, f: ProjectFilter) {
  let query = scopedProjects(db, viewer);
  if (f.q) {
    const q = f.q;
    query = query.where((eb) =>
      eb.or([
        contains('projects.name', q),
        contains('projects.code', q),
        contains('projects.searchKeys', normalizeSearchText(q)),
      ]),
    );
  }
  if (f.ragStatus) query = query.where('projects.ragStatus', '=', f.ragStatus);
  if (f.stage) query = query.where('projects.stage', '=', f.stage);
  if (f.taskForceId) query = query.where('projects.taskForceId', '=', f.taskForceId);
  if (f.parkId) query = query.where('projects.parkId', '=', f.parkId);
  if (f.kind) query = query.where('projects.kind', '=', f.kind);
  if (f.transformation) query = query.where('projects.isTransformation', '=', f.transformation === 'true' ? 1 : 0);
  return query;
}

export async function listSummaryRows(
  db: Db,
  viewer: ProjectViewer,
  q: ProjectListQuery & { q?: string },
  page: { offset: number; limit: number },
) {
  const ids = filteredProjects(db, viewer, q).select('projects.id');
  const total = await db
    .selectFrom('projects')
    .where('projects.id', 'in', ids)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  let query = summaryQuery(db, viewer).where('projects.id', 'in', ids);
  const dir = q.order;
  switch (q.sort) {
    case 'updatedAt':
      query = query.orderBy('projects.updatedAt', dir);
      break;
    case 'code':
      query = query.orderBy('projects.code', dir);
      break;
    case 'totalInvestmentYuan':
      query = query.orderBy(sql`coalesce(${sql.ref('projects.totalInvestmentYuan')}, 0)`, dir);
      break;
    case 'dueSoon':
      // The earliest open due date; projects with nothing open sort as if due at the end of time.
      query = query.orderBy(
        sql`coalesce((select min(m.due_on) from project_milestones m where m.project_id = ${sql.ref(
          'projects.id',
        )} and m.actual_done_on is null), '9999-12-31')`,
        dir,
      );
      break;
  }
  const rows = await query.orderBy('projects.id').offset(page.offset).limit(page.limit).execute();
  return { rows, total: Number(total.n) };
}

export function findSummaryRow(db: Db, viewer: ProjectViewer, id: string) {
  return summaryQuery(db, viewer).where('projects.id', '=', id).executeTakeFirst();
}

export function findProjectRow(db: Db, viewer: ProjectViewer, id: string) {
  return db
    .selectFrom('projects')
    .selectAll('projects')
    .where('projects.id', '=', id)
    .where(inProjectScope(viewer, PROJECT_SCOPE))
    .executeTakeFirst();
}

export async function insertProject(db: Db, row: NewProject): Promise<void> {
  await db.insertInto('projects').values(row).execute();
}

/** Writes only when the version still matches; false when someone saved first. */
export async function updateProjectIfVersion(db: Db, id: string, version: number, set: ProjectUpdate) {
  const result = await db
    .updateTable('projects')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function listPhases(db: Db, projectIds: readonly string[] | ReturnType<typeof filteredProjectIds>) {
  return db
    .selectFrom('projectPhases')
    .select([
      'id',
      'projectId',
      'seq',
      'name',
      'investmentYuan',
      'capacity',
      'expectedRevenueYuan',
      'expectedTaxYuan',
      'expectedJobs',
      'plannedStartOn',
      'plannedEndOn',
      'actualStartOn',
      'actualEndOn',
    ])
    .where('projectId', 'in', projectIds)
    .orderBy('projectId')
    .orderBy('seq')
    .execute();
}
export type PhaseRow = Awaited<ReturnType<typeof listPhases>>[number];

/** The ids of the filtered list, as a subquery (the Gantt reads each table once against it). */
export const filteredProjectIds = (db: Db, viewer: ProjectViewer, f: ProjectFilter) =>
  filteredProjects(db, viewer, f).select('projects.id');

export async function insertPhases(db: Db, rows: ProjectPhaseTable[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('projectPhases').values(rows).execute();
}

export async function updatePhase(db: Db, id: string, set: Partial<ProjectPhaseTable>): Promise<void> {
  await db.updateTable('projectPhases').set(set).where('id', '=', id).execute();
}

export async function deletePhases(db: Db, ids: string[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('projectPhases').where('id', 'in', ids).execute();
}

/** Codes XM-<year>-NNN, numbered per zone and year. */
export async function nextProjectCode(db: Db, zoneId: string, year: string): Promise<string> {
  const prefix = `XM-${year}-`;
  const rows = await db
    .selectFrom('projects')
    .select('code')
    .where('zoneId', '=', zoneId)
    .where('code', 'like', `${prefix}%`)
    .execute();
  const max = rows.reduce((m, r) => Math.max(m, Number(r.code.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}

/** Whether a row of the table exists in the zone (for references in a body). */
export async function inZone(
  db: Db,
  table: 'orgUnits' | 'parks' | 'enterprises' | 'parcels' | 'factoryBuildings',
  id: string,
  zoneId: string,
): Promise<boolean> {
  let query = db.selectFrom(table).select('id').where('id', '=', id).where('zoneId', '=', zoneId);
  if (table === 'orgUnits') query = query.where('kind', '=', 'taskForce');
  return (await query.executeTakeFirst()) !== undefined;
}

export async function userInZone(db: Db, userId: string, zoneId: string): Promise<boolean> {
  const row = await db
    .selectFrom('userZoneRoles')
    .select('userId')
    .where('userId', '=', userId)
    .where('zoneId', '=', zoneId)
    .executeTakeFirst();
  return row !== undefined;
}
