import { hasPermission } from '@zonehub/access';
import type { Db } from '../../../db/database.js';
import type { ProjectViewer } from '../project-scope.js';
import type { NewMeetingOutcome } from './meeting.table.js';
import { inSeriesScope } from './meeting-series.repository.js';

/** Outcomes with the names they show and where they were raised. */
export function outcomesQuery(db: Db) {
  return db
    .selectFrom('meetingOutcomes as o')
    .innerJoin('meetings as raised', 'raised.id', 'o.meetingId')
    .innerJoin('meetingSeries', 'meetingSeries.id', 'o.seriesId')
    .leftJoin('projects', 'projects.id', 'o.projectId')
    .leftJoin('users as owner', 'owner.id', 'o.ownerId')
    .leftJoin('users as closer', 'closer.id', 'o.closedBy')
    .selectAll('o')
    .select([
      'projects.name as projectName',
      'owner.displayName as ownerName',
      'closer.displayName as closedByName',
      'raised.heldOn as raisedOn',
      'raised.createdAt as raisedAt',
      'meetingSeries.name as seriesName',
      'meetingSeries.taskForceId',
    ]);
}
export type OutcomeWithNames = Awaited<ReturnType<ReturnType<typeof outcomesQuery>['executeTakeFirstOrThrow']>>;

export function listMeetingOutcomes(db: Db, meetingId: string): Promise<OutcomeWithNames[]> {
  return outcomesQuery(db).where('o.meetingId', '=', meetingId).orderBy('o.createdAt').orderBy('o.id').execute();
}

/** The series' action items raised up to the given day: the candidates a meeting may carry over. */
export function listSeriesActions(db: Db, seriesId: string, throughDay: string): Promise<OutcomeWithNames[]> {
  return outcomesQuery(db)
    .where('o.seriesId', '=', seriesId)
    .where('o.kind', '=', 'action')
    .where('raised.heldOn', '<=', throughDay)
    .orderBy('raised.heldOn')
    .orderBy('o.createdAt')
    .orderBy('o.id')
    .execute();
}

export interface ActionFilter {
  status?: 'open' | 'closed';
  ownerId?: string;
  projectId?: string;
  seriesId?: string;
  overdueBefore?: string;
}

/** Action items across the series the viewer sees, newest meeting first (capped: a list, not an export). */
export function listActions(db: Db, viewer: ProjectViewer, f: ActionFilter): Promise<OutcomeWithNames[]> {
  let q = outcomesQuery(db)
    .where('o.zoneId', '=', viewer.scope.zoneId)
    .where('o.kind', '=', 'action')
    .where(inSeriesScope(viewer));
  if (f.status) q = q.where('o.status', '=', f.status);
  if (f.ownerId) q = q.where('o.ownerId', '=', f.ownerId);
  if (f.projectId) q = q.where('o.projectId', '=', f.projectId);
  if (f.seriesId) q = q.where('o.seriesId', '=', f.seriesId);
  if (f.overdueBefore) q = q.where('o.status', '=', 'open').where('o.dueOn', '<', f.overdueBefore);
  return q.orderBy('raised.heldOn', 'desc').orderBy('o.createdAt').orderBy('o.id').limit(1000).execute();
}

export function findOutcome(db: Db, viewer: ProjectViewer, id: string) {
  return outcomesQuery(db).where('o.id', '=', id).where(inSeriesScope(viewer)).executeTakeFirst();
}

export async function insertOutcome(db: Db, row: NewMeetingOutcome): Promise<void> {
  await db.insertInto('meetingOutcomes').values(row).execute();
}

export async function updateOutcomeIfVersion(
  db: Db,
  id: string,
  version: number,
  set: Partial<Omit<NewMeetingOutcome, 'id' | 'zoneId' | 'meetingId' | 'seriesId' | 'kind' | 'version'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('meetingOutcomes')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The meeting's agenda item, if it is one of the meeting's. */
export function findAgendaItem(db: Db, meetingId: string, id: string) {
  return db
    .selectFrom('meetingAgendaItems')
    .select(['id', 'projectId'])
    .where('id', '=', id)
    .where('meetingId', '=', meetingId)
    .executeTakeFirst();
}

/** A meeting of the series, by id (for closing an action "at" a meeting). */
export function findSeriesMeeting(db: Db, seriesId: string, id: string) {
  return db
    .selectFrom('meetings')
    .select(['id', 'heldOn'])
    .where('id', '=', id)
    .where('seriesId', '=', seriesId)
    .executeTakeFirst();
}

/** Whether the user's role in the zone may open dispatch meetings (holds meeting.view). */
export async function ownerMaySeeMeetings(db: Db, userId: string, zoneId: string): Promise<boolean> {
  const row = await db
    .selectFrom('userZoneRoles')
    .select('role')
    .where('userId', '=', userId)
    .where('zoneId', '=', zoneId)
    .executeTakeFirst();
  return row !== undefined && hasPermission(row.role, 'meeting.view');
}
