import type { Db } from '../../../db/database.js';
import type { ProjectViewer } from '../project-scope.js';
import type { MeetingAgendaItemTable, MeetingAttendeeTable, NewMeeting } from './meeting.table.js';
import { count, inSeriesScope } from './meeting-series.repository.js';

/** The series scope lives in meeting-series.repository.ts; reports import it from here too. */
export { inSeriesScope };

/** Meetings with the counts a list shows. */
function meetingsQuery(db: Db) {
  return db
    .selectFrom('meetings')
    .leftJoin('enterprises as site', 'site.id', 'meetings.siteEnterpriseId')
    .select((eb) => [
      'meetings.id',
      'meetings.seriesId',
      'meetings.heldOn',
      'meetings.startsAt',
      'meetings.place',
      'meetings.onSite',
      'meetings.placeKind',
      'site.name as siteEnterpriseName',
      eb
        .selectFrom('meetingAgendaItems as a')
        .whereRef('a.meetingId', '=', 'meetings.id')
        .select(count.as('n'))
        .as('agendaCount'),
      eb
        .selectFrom('meetingOutcomes as o')
        .whereRef('o.meetingId', '=', 'meetings.id')
        .where('o.kind', '=', 'action')
        .select(count.as('n'))
        .as('actionsRaised'),
      eb
        .selectFrom('meetingOutcomes as o')
        .whereRef('o.meetingId', '=', 'meetings.id')
        .where('o.kind', '=', 'action')
        .where('o.status', '=', 'open')
        .select(count.as('n'))
        .as('openActions'),
    ]);
}
export type MeetingSummaryRow = Awaited<ReturnType<ReturnType<typeof meetingsQuery>['executeTakeFirstOrThrow']>>;

export async function listMeetings(db: Db, seriesId: string, page: { limit: number; offset: number }) {
  const [items, total] = await Promise.all([
    meetingsQuery(db)
      .where('meetings.seriesId', '=', seriesId)
      .orderBy('meetings.heldOn', 'desc')
      .orderBy('meetings.createdAt', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db.selectFrom('meetings').select(count.as('n')).where('seriesId', '=', seriesId).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** A meeting the viewer may see (through its series), with its on-site enterprise's name. */
export function findMeeting(db: Db, viewer: ProjectViewer, id: string) {
  return db
    .selectFrom('meetings')
    .innerJoin('meetingSeries', 'meetingSeries.id', 'meetings.seriesId')
    .leftJoin('enterprises as site', 'site.id', 'meetings.siteEnterpriseId')
    .selectAll('meetings')
    .select('site.name as siteEnterpriseName')
    .where('meetings.id', '=', id)
    .where(inSeriesScope(viewer))
    .executeTakeFirst();
}

export function listAttendees(db: Db, meetingId: string) {
  return db
    .selectFrom('meetingAttendees')
    .select(['id', 'userId', 'name', 'organization'])
    .where('meetingId', '=', meetingId)
    .orderBy('organization')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export function listAgenda(db: Db, meetingId: string) {
  return db
    .selectFrom('meetingAgendaItems as a')
    .leftJoin('projects', 'projects.id', 'a.projectId')
    .select(['a.id', 'a.seq', 'a.topic', 'a.projectId', 'projects.name as projectName'])
    .where('a.meetingId', '=', meetingId)
    .orderBy('a.seq')
    .execute();
}

/** Meetings (in the viewer's series) whose agenda names the project, newest first. */
export async function listProjectMeetings(db: Db, viewer: ProjectViewer, projectId: string) {
  const rows = await meetingsQuery(db)
    .innerJoin('meetingSeries', 'meetingSeries.id', 'meetings.seriesId')
    .select(['meetingSeries.name as seriesName', 'meetingSeries.cadence'])
    .where(inSeriesScope(viewer))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('meetingAgendaItems as pa')
          .whereRef('pa.meetingId', '=', 'meetings.id')
          .where('pa.projectId', '=', projectId)
          .select('pa.id'),
      ),
    )
    .orderBy('meetings.heldOn', 'desc')
    .limit(200)
    .execute();
  const topics =
    rows.length === 0
      ? []
      : await db
          .selectFrom('meetingAgendaItems')
          .select(['meetingId', 'topic'])
          .where('projectId', '=', projectId)
          .where(
            'meetingId',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('seq')
          .execute();
  return rows.map((r) => ({ ...r, topics: topics.filter((t) => t.meetingId === r.id).map((t) => t.topic) }));
}

export async function insertMeeting(
  db: Db,
  meeting: NewMeeting,
  attendees: MeetingAttendeeTable[],
  agenda: MeetingAgendaItemTable[],
): Promise<void> {
  await db.insertInto('meetings').values(meeting).execute();
  if (attendees.length > 0) await db.insertInto('meetingAttendees').values(attendees).execute();
  if (agenda.length > 0) await db.insertInto('meetingAgendaItems').values(agenda).execute();
}

export async function updateMeetingIfVersion(
  db: Db,
  id: string,
  version: number,
  set: Partial<Omit<NewMeeting, 'id' | 'zoneId' | 'seriesId' | 'version'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('meetings')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function replaceAttendees(db: Db, meetingId: string, rows: MeetingAttendeeTable[]): Promise<void> {
  await db.deleteFrom('meetingAttendees').where('meetingId', '=', meetingId).execute();
  if (rows.length > 0) await db.insertInto('meetingAttendees').values(rows).execute();
}

/** Writes the agenda as given: kept items updated, new ones added, dropped ones removed (their outcomes stay, unlinked). */
export async function replaceAgenda(db: Db, meetingId: string, rows: MeetingAgendaItemTable[]): Promise<void> {
  const keep = rows.map((r) => r.id);
  let dropped = db.selectFrom('meetingAgendaItems').select('id').where('meetingId', '=', meetingId);
  if (keep.length > 0) dropped = dropped.where('id', 'not in', keep);
  const droppedIds = (await dropped.execute()).map((r) => r.id);
  if (droppedIds.length > 0) {
    await db
      .updateTable('meetingOutcomes')
      .set({ agendaItemId: null })
      .where('agendaItemId', 'in', droppedIds)
      .execute();
    await db.deleteFrom('meetingAgendaItems').where('id', 'in', droppedIds).execute();
  }
  const existing = new Set(
    (await db.selectFrom('meetingAgendaItems').select('id').where('meetingId', '=', meetingId).execute()).map(
      (r) => r.id,
    ),
  );
  for (const row of rows) {
    if (existing.has(row.id))
      await db
        .updateTable('meetingAgendaItems')
        .set({ seq: row.seq, topic: row.topic, projectId: row.projectId })
        .where('id', '=', row.id)
        .execute();
    else await db.insertInto('meetingAgendaItems').values(row).execute();
  }
}
