import type { Db } from '../../../db/database.js';
import type { AppContext, Caller } from '../../../http/context.js';
import { type FieldError, forbidden, notFound } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { recordChange } from '../../audit/audit.service.js';
import { projectInScope } from '../milestone.service.js';
import { inZone } from '../project.repository.js';
import * as repo from './meeting.repository.js';
import type { CreateMeetingBody, MeetingDetail, UpdateMeetingBody } from './meeting.schema.js';
import type { MeetingPlaceKind } from './meeting.table.js';
import { meetingFieldError, refuseIfAny } from './meeting-messages.js';
import * as outcomes from './meeting-outcome.repository.js';
import { carriesOver } from './meeting-rules.js';
import { usersInZone } from './meeting-series.repository.js';
import { seriesInScope } from './meeting-series.service.js';
import {
  mayManageSeries,
  meetingConflict,
  type Timing,
  timingOf,
  toAction,
  toOutcome,
  toSeries,
  viewerOf,
} from './meeting-view.js';

/** Meetings of a series: list, hold (create), read with carried-over actions, edit. */

export async function listSeriesMeetings(
  ctx: AppContext,
  db: Db,
  caller: Caller,
  seriesId: string,
  query: { page: number; pageSize: number },
) {
  const timing = await timingOf(ctx, db, caller.scope.zoneId);
  await seriesInScope(db, caller, seriesId, timing);
  const { items, total } = await repo.listMeetings(db, seriesId, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: items.map(toMeetingSummary), total, page: query.page, pageSize: query.pageSize };
}

export function toMeetingSummary(row: repo.MeetingSummaryRow) {
  return {
    id: row.id,
    seriesId: row.seriesId,
    heldOn: row.heldOn,
    startsAt: row.startsAt,
    place: row.place,
    placeKind: row.placeKind,
    onSite: Number(row.onSite) === 1,
    siteEnterpriseName: row.siteEnterpriseName,
    agendaCount: Number(row.agendaCount ?? 0),
    actionsRaised: Number(row.actionsRaised ?? 0),
    openActions: Number(row.openActions ?? 0),
  };
}

/**
 * Where a meeting is held: placeKind when given; otherwise onSite picks a firm (or keeps the site or
 * firm it had) or the office; otherwise what it was. onSite is then placeKind other than office.
 */
export function placeKindOf(
  input: { placeKind?: MeetingPlaceKind | undefined; onSite?: boolean | undefined },
  before: MeetingPlaceKind = 'office',
): MeetingPlaceKind {
  if (input.placeKind !== undefined) return input.placeKind;
  if (input.onSite === undefined) return before;
  if (!input.onSite) return 'office';
  return before === 'office' ? 'firm' : before;
}

type MeetingInput = Pick<CreateMeetingBody, 'heldOn' | 'onSite' | 'siteEnterpriseId'> & {
  attendees?: CreateMeetingBody['attendees'];
  agenda?: CreateMeetingBody['agenda'];
};

/** Every problem of a meeting's fields, attendees and agenda at once; nothing is written when any. */
async function checkMeeting(
  db: Db,
  caller: Caller,
  zoneId: string,
  meetingId: string | null,
  m: MeetingInput,
  today: string,
  locale: Locale,
): Promise<Map<string, string>> {
  const errors: FieldError[] = [];
  if (m.heldOn > today) errors.push(meetingFieldError(locale, 'body.heldOn', 'heldInFuture', { today }));
  if (m.siteEnterpriseId !== null) {
    if (!m.onSite) errors.push(meetingFieldError(locale, 'body.siteEnterpriseId', 'siteRequiresOnSite'));
    else if (!(await inZone(db, 'enterprises', m.siteEnterpriseId, zoneId)))
      errors.push(meetingFieldError(locale, 'body.siteEnterpriseId', 'enterprise.notInZone'));
  }
  const userIds = (m.attendees ?? []).flatMap((a) => (a.userId ? [a.userId] : []));
  const names = new Map((await usersInZone(db, zoneId, userIds)).map((u) => [u.id, u.displayName]));
  for (const [i, a] of (m.attendees ?? []).entries()) {
    if (a.userId !== null && !names.has(a.userId))
      errors.push(meetingFieldError(locale, `body.attendees.${i}.userId`, 'user.notInZone'));
    if (a.userId === null && a.name === null)
      errors.push(meetingFieldError(locale, `body.attendees.${i}.name`, 'attendee.nameRequired'));
  }
  for (const [i, item] of (m.agenda ?? []).entries()) {
    if (item.projectId !== null && !(await visibleProject(db, caller, item.projectId)))
      errors.push(meetingFieldError(locale, `body.agenda.${i}.projectId`, 'project.notInZone'));
    if (item.id !== undefined && (meetingId === null || !(await outcomes.findAgendaItem(db, meetingId, item.id))))
      errors.push(meetingFieldError(locale, `body.agenda.${i}.id`, 'agendaItem.notInMeeting'));
  }
  refuseIfAny(errors);
  return names;
}

/** Whether the caller sees the project (an agenda or an outcome may only name such a project). */
export async function visibleProject(db: Db, caller: Caller, projectId: string): Promise<boolean> {
  try {
    await projectInScope(db, caller, projectId);
    return true;
  } catch {
    return false;
  }
}

function attendeeRows(meetingId: string, m: MeetingInput, names: Map<string, string>, isDemo = 0) {
  return (m.attendees ?? []).map((a) => ({
    id: crypto.randomUUID(),
    meetingId,
    userId: a.userId,
    name: a.name ?? (a.userId ? (names.get(a.userId) ?? '') : ''),
    organization: a.organization,
    isDemo,
  }));
}

function agendaRows(meetingId: string, m: MeetingInput) {
  return (m.agenda ?? []).map((item, i) => ({
    id: item.id ?? crypto.randomUUID(),
    meetingId,
    seq: i + 1,
    projectId: item.projectId,
    topic: item.topic,
    isDemo: 0,
  }));
}

export async function createMeeting(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  seriesId: string,
  body: CreateMeetingBody,
  locale: Locale,
): Promise<MeetingDetail> {
  const timing = await timingOf(ctx, trx, caller.scope.zoneId);
  const series = await seriesInScope(trx, caller, seriesId, timing);
  if (!mayManageSeries(caller.scope, series.taskForceId)) throw forbidden();
  const placeKind = placeKindOf(body);
  const onSite = placeKind !== 'office';
  const names = await checkMeeting(trx, caller, series.zoneId, null, { ...body, onSite }, timing.today, locale);
  const id = crypto.randomUUID();
  const now = ctx.clock.now().toISOString();
  const { attendees: _a, agenda: _g, placeKind: _p, ...fields } = body;
  await repo.insertMeeting(
    trx,
    {
      id,
      zoneId: series.zoneId,
      seriesId,
      ...fields,
      place: fields.place ?? series.defaultPlace,
      onSite: onSite ? 1 : 0,
      placeKind,
      version: 1,
      isDemo: 0,
      createdBy: caller.principal.userId,
      createdAt: now,
      updatedAt: now,
    },
    attendeeRows(id, body, names),
    agendaRows(id, body),
  );
  const after = await meetingDetailIn(trx, caller, id, timing);
  await recordChange(trx, ctx, caller.principal, {
    action: 'meeting.create',
    entityType: 'meeting',
    entityId: id,
    zoneId: series.zoneId,
    after,
  });
  return after;
}

export async function getMeetingDetail(ctx: AppContext, db: Db, caller: Caller, id: string): Promise<MeetingDetail> {
  return meetingDetailIn(db, caller, id, await timingOf(ctx, db, caller.scope.zoneId));
}

/**
 * A meeting as its page and minutes show it: attendees, agenda, outcomes, and the carried-over
 * actions of its series (raised earlier, open at this meeting) aged in working days to its date.
 */
export async function meetingDetailIn(db: Db, caller: Caller, id: string, timing: Timing): Promise<MeetingDetail> {
  const meeting = await repo.findMeeting(db, viewerOf(caller), id);
  if (!meeting) throw notFound('meeting');
  const [seriesRow, attendees, agenda, outcomeRows, seriesActions] = await Promise.all([
    seriesInScope(db, caller, meeting.seriesId, timing),
    repo.listAttendees(db, id),
    repo.listAgenda(db, id),
    outcomes.listMeetingOutcomes(db, id),
    outcomes.listSeriesActions(db, meeting.seriesId, meeting.heldOn),
  ]);
  const facts = { id, heldOn: meeting.heldOn, createdAt: meeting.createdAt };
  const carriedOver = seriesActions
    .filter((row) => carriesOver(row, facts))
    .map((row) => toAction(row, meeting.heldOn, true, timing, caller.scope));
  return {
    id,
    series: toSeries(seriesRow, timing, caller.scope),
    heldOn: meeting.heldOn,
    startsAt: meeting.startsAt,
    place: meeting.place,
    placeKind: meeting.placeKind,
    onSite: Number(meeting.onSite) === 1,
    siteEnterpriseId: meeting.siteEnterpriseId,
    siteEnterpriseName: meeting.siteEnterpriseName,
    summary: meeting.summary,
    attendees,
    agenda: agenda.map((a) => ({ ...a, seq: Number(a.seq) })),
    outcomes: outcomeRows.map(toOutcome),
    carriedOver,
    canManage: mayManageSeries(caller.scope, seriesRow.taskForceId),
    version: Number(meeting.version),
    updatedAt: meeting.updatedAt,
  };
}

export async function updateMeeting(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  body: UpdateMeetingBody,
  locale: Locale,
): Promise<MeetingDetail> {
  const timing = await timingOf(ctx, trx, caller.scope.zoneId);
  const before = await meetingDetailIn(trx, caller, id, timing);
  if (!before.canManage) throw forbidden();
  const current = {
    id,
    name: `${before.series.name} ${before.heldOn}`,
    version: before.version,
    zoneId: caller.scope.zoneId,
    updatedAt: before.updatedAt,
  };
  if (before.version !== body.version) throw await meetingConflict(trx, 'meeting', current);
  const { version, attendees, agenda, onSite: onSiteAsked, placeKind: kindAsked, ...fields } = body;
  const placeKind = placeKindOf({ placeKind: kindAsked, onSite: onSiteAsked }, before.placeKind);
  const onSite = placeKind !== 'office';
  const merged = {
    heldOn: fields.heldOn ?? before.heldOn,
    onSite,
    siteEnterpriseId: fields.siteEnterpriseId === undefined ? before.siteEnterpriseId : fields.siteEnterpriseId,
    attendees,
    agenda,
  };
  const names = await checkMeeting(trx, caller, caller.scope.zoneId, id, merged, timing.today, locale);
  const saved = await repo.updateMeetingIfVersion(trx, id, version, {
    ...fields,
    ...(placeKind === before.placeKind ? {} : { onSite: onSite ? 1 : 0, placeKind }),
    updatedAt: ctx.clock.now().toISOString(),
  });
  if (!saved) throw await meetingConflict(trx, 'meeting', current);
  if (attendees) await repo.replaceAttendees(trx, id, attendeeRows(id, merged, names));
  if (agenda) await repo.replaceAgenda(trx, id, agendaRows(id, merged));
  const after = await meetingDetailIn(trx, caller, id, timing);
  await recordChange(trx, ctx, caller.principal, {
    action: 'meeting.update',
    entityType: 'meeting',
    entityId: id,
    zoneId: caller.scope.zoneId,
    before,
    after,
  });
  return after;
}

/** The project page's tab: meetings that had the project on the agenda, and its action items. */
export async function projectMeetings(ctx: AppContext, db: Db, caller: Caller, projectId: string) {
  await projectInScope(db, caller, projectId);
  const timing = await timingOf(ctx, db, caller.scope.zoneId);
  const viewer = viewerOf(caller);
  const [meetings, actions] = await Promise.all([
    repo.listProjectMeetings(db, viewer, projectId),
    outcomes.listActions(db, viewer, { projectId }),
  ]);
  return {
    meetings: meetings.map((m) => ({
      ...toMeetingSummary(m),
      seriesName: m.seriesName,
      cadence: m.cadence,
      topics: m.topics,
    })),
    actions: actions.map((row) => toAction(row, timing.today, row.status === 'open', timing, caller.scope)),
  };
}
