import type { Db } from '../../../db/database.js';
import { inSeriesScope } from '../meetings/meeting-series.repository.js';
import type { ProjectStage, RagStatus } from '../project.table.js';
import type { ProjectChangeKind } from '../project-change.table.js';
import { inProjectScope, PROJECT_SCOPE, type ProjectViewer } from '../project-scope.js';

/**
 * What the reports read, always inside the caller's project scope (and the optional task force).
 * Rows only; the builders (report-*.builder.ts) turn them into the reports.
 */
export interface ReportFilter {
  viewer: ProjectViewer;
  taskForceId: string | null;
}

function scopedProjectIds(db: Db, f: ReportFilter) {
  let query = db.selectFrom('projects').select('projects.id').where(inProjectScope(f.viewer, PROJECT_SCOPE));
  if (f.taskForceId !== null) query = query.where('projects.taskForceId', '=', f.taskForceId);
  return query;
}

export interface ReportProjectRow {
  id: string;
  code: string;
  name: string;
  taskForceId: string;
  taskForceName: string;
  stage: ProjectStage;
  ragStatus: RagStatus;
}

export async function listReportProjects(db: Db, f: ReportFilter): Promise<ReportProjectRow[]> {
  let query = db
    .selectFrom('projects')
    .innerJoin('orgUnits as taskForce', 'taskForce.id', 'projects.taskForceId')
    .select([
      'projects.id',
      'projects.code',
      'projects.name',
      'projects.taskForceId',
      'taskForce.name as taskForceName',
      'projects.stage',
      'projects.ragStatus',
    ])
    .where(inProjectScope(f.viewer, PROJECT_SCOPE));
  if (f.taskForceId !== null) query = query.where('projects.taskForceId', '=', f.taskForceId);
  return query.orderBy('taskForce.code').orderBy('projects.code').execute();
}

export interface ReportMilestoneRow {
  id: string;
  projectId: string;
  name: string;
  stepKey: string | null;
  ownerName: string | null;
  dueOn: string;
  baselineDueOn: string;
  actualDoneOn: string | null;
}

/** Every item of the scoped projects: lights and stages as of a day are derived from all of them. */
export async function listReportMilestones(db: Db, f: ReportFilter): Promise<ReportMilestoneRow[]> {
  return db
    .selectFrom('projectMilestones as m')
    .leftJoin('users as owner', 'owner.id', 'm.ownerId')
    .select([
      'm.id',
      'm.projectId',
      'm.name',
      'm.stepKey',
      'owner.displayName as ownerName',
      'm.dueOn',
      'm.baselineDueOn',
      'm.actualDoneOn',
    ])
    .where('m.projectId', 'in', scopedProjectIds(db, f))
    .orderBy('m.projectId')
    .orderBy('m.seq')
    .execute();
}

export interface ReportChangeRow {
  projectId: string;
  milestoneName: string | null;
  kind: ProjectChangeKind;
  fromValue: string | null;
  toValue: string | null;
  onDay: string;
}

/** What changed on the scoped projects between two days (both included), in order. */
export async function listReportChanges(db: Db, f: ReportFilter, from: string, to: string): Promise<ReportChangeRow[]> {
  return db
    .selectFrom('projectChanges as c')
    .leftJoin('projectMilestones as m', 'm.id', 'c.milestoneId')
    .select(['c.projectId', 'm.name as milestoneName', 'c.kind', 'c.fromValue', 'c.toValue', 'c.onDay'])
    .where('c.zoneId', '=', f.viewer.scope.zoneId)
    .where('c.onDay', '>=', from)
    .where('c.onDay', '<=', to)
    .where('c.projectId', 'in', scopedProjectIds(db, f))
    .orderBy('c.onDay')
    .orderBy('c.at')
    .execute();
}

export interface ReportInvestmentRow {
  projectId: string;
  month: string;
  completedYuan: number;
}

/** Investment completed per project and month, months from … to (YYYY-MM, both included). */
export async function listReportInvestment(
  db: Db,
  f: ReportFilter,
  fromMonth: string,
  toMonth: string,
): Promise<ReportInvestmentRow[]> {
  const rows = await db
    .selectFrom('projectInvestmentMonths')
    .select(['projectId', 'month', 'completedYuan'])
    .where('zoneId', '=', f.viewer.scope.zoneId)
    .where('month', '>=', fromMonth)
    .where('month', '<=', toMonth)
    .where('projectId', 'in', scopedProjectIds(db, f))
    .execute();
  return rows.map((r) => ({ ...r, completedYuan: Number(r.completedYuan) }));
}

/** Each scoped project's plan for a year, yuan. */
export async function listReportPlans(db: Db, f: ReportFilter, year: number): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('projectInvestmentPlans')
    .select(['projectId', 'plannedYuan'])
    .where('zoneId', '=', f.viewer.scope.zoneId)
    .where('year', '=', year)
    .where('projectId', 'in', scopedProjectIds(db, f))
    .execute();
  return new Map(rows.map((r) => [r.projectId, Number(r.plannedYuan)]));
}

/** The meeting series a report reads: those the caller sees (the meetings' own rule), or the filter's task force's. */
function scopedSeriesIds(db: Db, f: ReportFilter) {
  let query = db.selectFrom('meetingSeries as s').select('s.id').where(inSeriesScope(f.viewer, 's'));
  if (f.taskForceId !== null) query = query.where('s.taskForceId', '=', f.taskForceId);
  return query;
}

export interface ReportMeetingRow {
  id: string;
  seriesName: string;
  taskForceName: string | null;
  heldOn: string;
  place: string | null;
  onSite: number;
  siteEnterpriseName: string | null;
  actionsAssigned: number;
  decisions: number;
}

export async function listReportMeetings(
  db: Db,
  f: ReportFilter,
  from: string,
  to: string,
): Promise<ReportMeetingRow[]> {
  const rows = await db
    .selectFrom('meetings as mt')
    .innerJoin('meetingSeries as s', 's.id', 'mt.seriesId')
    .leftJoin('orgUnits as tf', 'tf.id', 's.taskForceId')
    .leftJoin('enterprises as e', 'e.id', 'mt.siteEnterpriseId')
    .select((eb) => [
      'mt.id',
      's.name as seriesName',
      'tf.name as taskForceName',
      'mt.heldOn',
      'mt.place',
      'mt.onSite',
      'e.name as siteEnterpriseName',
      eb
        .selectFrom('meetingOutcomes as o')
        .whereRef('o.meetingId', '=', 'mt.id')
        .where('o.kind', '=', 'action')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('actionsAssigned'),
      eb
        .selectFrom('meetingOutcomes as o')
        .whereRef('o.meetingId', '=', 'mt.id')
        .where('o.kind', '=', 'decision')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('decisions'),
    ])
    .where('mt.seriesId', 'in', scopedSeriesIds(db, f))
    .where('mt.heldOn', '>=', from)
    .where('mt.heldOn', '<=', to)
    .orderBy('mt.heldOn')
    .orderBy('s.name')
    .execute();
  return rows.map((r) => ({
    ...r,
    onSite: Number(r.onSite),
    actionsAssigned: Number(r.actionsAssigned ?? 0),
    decisions: Number(r.decisions ?? 0),
  }));
}

export interface ReportActionRow {
  id: string;
  seriesName: string;
  projectName: string | null;
  text: string;
  ownerName: string | null;
  assignedOn: string;
  dueOn: string | null;
}

/** Action items open at the end of a day: assigned by then and not closed by then. */
export async function listOpenActions(db: Db, f: ReportFilter, asOf: string): Promise<ReportActionRow[]> {
  return db
    .selectFrom('meetingOutcomes as o')
    .innerJoin('meetings as mt', 'mt.id', 'o.meetingId')
    .innerJoin('meetingSeries as s', 's.id', 'o.seriesId')
    .leftJoin('projects as p', 'p.id', 'o.projectId')
    .leftJoin('users as owner', 'owner.id', 'o.ownerId')
    .select([
      'o.id',
      's.name as seriesName',
      'p.name as projectName',
      'o.text',
      'owner.displayName as ownerName',
      'mt.heldOn as assignedOn',
      'o.dueOn',
    ])
    .where('o.seriesId', 'in', scopedSeriesIds(db, f))
    .where('o.kind', '=', 'action')
    .where('mt.heldOn', '<=', asOf)
    .where((eb) => eb.or([eb('o.status', '=', 'open'), eb('o.closedOn', '>', asOf)]))
    .orderBy('o.dueOn')
    .orderBy('mt.heldOn')
    .execute();
}

/** The zone's task force by id (for the filter's check and the report's header), or null. */
export async function findTaskForce(db: Db, zoneId: string, id: string): Promise<{ id: string; name: string } | null> {
  const row = await db
    .selectFrom('orgUnits')
    .select(['id', 'name'])
    .where('id', '=', id)
    .where('zoneId', '=', zoneId)
    .where('kind', '=', 'taskForce')
    .executeTakeFirst();
  return row ?? null;
}

/** The zone's name and time zone, for the files' title and generated-at line. */
export async function findZoneLabel(db: Db, zoneId: string): Promise<{ name: string; timeZone: string }> {
  const row = await db.selectFrom('zones').select(['name', 'timezone']).where('id', '=', zoneId).executeTakeFirst();
  return { name: row?.name ?? '', timeZone: row?.timezone ?? 'Asia/Shanghai' };
}
