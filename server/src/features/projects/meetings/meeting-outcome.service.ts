import type { Db } from '../../../db/database.js';
import type { AppContext, Caller } from '../../../http/context.js';
import { AppError, type FieldError, forbidden, notFound } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { recordChange } from '../../audit/audit.service.js';
import { notify } from '../../notifications/notify.js';
import { userInZone } from '../project.repository.js';
import { findMeeting } from './meeting.repository.js';
import type {
  Action,
  ActionsQuery,
  CloseOutcomeBody,
  CreateOutcomeBody,
  Outcome,
  UpdateOutcomeBody,
} from './meeting.schema.js';
import { visibleProject } from './meeting.service.js';
import { meetingFieldError, refuseIfAny } from './meeting-messages.js';
import * as repo from './meeting-outcome.repository.js';
import { closeProblem } from './meeting-rules.js';
import {
  mayManageSeries,
  meetingConflict,
  meetingTitle,
  timingOf,
  toAction,
  toOutcome,
  viewerOf,
} from './meeting-view.js';

/** Outcomes of a meeting (information, decisions, action items), closing actions, and actions across series. */

const KIND_WORDS: Record<Locale, Record<'info' | 'decision' | 'action', string>> = {
  'zh-CN': { info: '通报事项', decision: '议定事项', action: '交办事项' },
  'en-US': { info: 'information item', decision: 'decision', action: 'action item' },
};

interface OutcomeFields {
  kind: 'info' | 'decision' | 'action';
  agendaItemId: string | null;
  projectId: string | null;
  ownerId: string | null;
  dueOn: string | null;
}

/** Owner and due date of an action (due not before the meeting), references in the zone; all at once. */
async function checkOutcome(
  db: Db,
  caller: Caller,
  meeting: { id: string; heldOn: string },
  o: OutcomeFields,
  locale: Locale,
): Promise<void> {
  const errors: FieldError[] = [];
  if (o.kind === 'action') {
    if (o.ownerId === null) errors.push(meetingFieldError(locale, 'body.ownerId', 'ownerRequired'));
    else if (!(await userInZone(db, o.ownerId, caller.scope.zoneId)))
      errors.push(meetingFieldError(locale, 'body.ownerId', 'user.notInZone'));
    // The owner is told of the item with a link to the meeting: someone who cannot open dispatch
    // meetings (an enterprise or department user) would get a dead link and never see the item.
    else if (!(await repo.ownerMaySeeMeetings(db, o.ownerId, caller.scope.zoneId)))
      errors.push(meetingFieldError(locale, 'body.ownerId', 'owner.cannotSeeMeetings'));
    if (o.dueOn === null) errors.push(meetingFieldError(locale, 'body.dueOn', 'dueRequired'));
    else if (o.dueOn < meeting.heldOn)
      errors.push(meetingFieldError(locale, 'body.dueOn', 'dueBeforeMeeting', { heldOn: meeting.heldOn }));
  } else {
    if (o.ownerId !== null) errors.push(meetingFieldError(locale, 'body.ownerId', 'onlyActionsHaveOwners'));
    if (o.dueOn !== null) errors.push(meetingFieldError(locale, 'body.dueOn', 'onlyActionsHaveOwners'));
  }
  if (o.agendaItemId !== null && !(await repo.findAgendaItem(db, meeting.id, o.agendaItemId)))
    errors.push(meetingFieldError(locale, 'body.agendaItemId', 'agendaItem.notInMeeting'));
  if (o.projectId !== null && !(await visibleProject(db, caller, o.projectId)))
    errors.push(meetingFieldError(locale, 'body.projectId', 'project.notInZone'));
  refuseIfAny(errors);
}

async function outcomeView(db: Db, caller: Caller, id: string): Promise<repo.OutcomeWithNames> {
  const row = await repo.findOutcome(db, viewerOf(caller), id);
  if (!row) throw notFound('meetingOutcome');
  return row;
}

/** Tells the owner of an action item it is theirs (once per item and owner). */
async function tellOwner(ctx: AppContext, trx: Db, row: repo.OutcomeWithNames): Promise<void> {
  if (row.kind !== 'action' || row.ownerId === null || row.status !== 'open') return;
  const meeting = await trx.selectFrom('meetings').select('heldOn').where('id', '=', row.meetingId).executeTakeFirst();
  await notify(trx, {
    zoneId: row.zoneId,
    userId: row.ownerId,
    kind: 'actionAssigned',
    params: {
      meetingTitle: meetingTitle(row.seriesName, meeting?.heldOn ?? row.raisedOn),
      itemName: row.text,
      dueOn: row.dueOn,
      projectName: row.projectName,
    },
    link: `/projects/meetings/${row.meetingId}`,
    subjectType: 'meetingOutcome',
    subjectId: row.id,
    dedupeKey: `action:${row.id}:assigned:${row.ownerId}`,
    now: ctx.clock.now(),
  });
}

export async function createOutcome(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  meetingId: string,
  body: CreateOutcomeBody,
  locale: Locale,
): Promise<Outcome> {
  const meeting = await findMeeting(trx, viewerOf(caller), meetingId);
  if (!meeting) throw notFound('meeting');
  const series = await trx
    .selectFrom('meetingSeries')
    .select('taskForceId')
    .where('id', '=', meeting.seriesId)
    .executeTakeFirstOrThrow();
  if (!mayManageSeries(caller.scope, series.taskForceId)) throw forbidden();
  await checkOutcome(trx, caller, meeting, body, locale);
  const agendaProject =
    body.projectId ??
    (body.agendaItemId ? (await repo.findAgendaItem(trx, meetingId, body.agendaItemId))?.projectId : null);
  const id = crypto.randomUUID();
  const now = ctx.clock.now().toISOString();
  const isAction = body.kind === 'action';
  await repo.insertOutcome(trx, {
    id,
    zoneId: meeting.zoneId,
    meetingId,
    seriesId: meeting.seriesId,
    agendaItemId: body.agendaItemId,
    projectId: agendaProject ?? null,
    kind: body.kind,
    text: body.text,
    ownerId: body.ownerId,
    dueOn: body.dueOn,
    // Information and decisions are recorded, not carried: they are closed on the meeting's day.
    status: isAction ? 'open' : 'closed',
    result: null,
    closedOn: isAction ? null : meeting.heldOn,
    closedBy: null,
    closedInMeetingId: null,
    version: 1,
    isDemo: 0,
    createdAt: now,
    updatedAt: now,
  });
  const row = await outcomeView(trx, caller, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'meetingOutcome.create',
    entityType: 'meetingOutcome',
    entityId: id,
    zoneId: meeting.zoneId,
    after: toOutcome(row),
  });
  await tellOwner(ctx, trx, row);
  return toOutcome(row);
}

export async function updateOutcome(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  body: UpdateOutcomeBody,
  locale: Locale,
): Promise<Outcome> {
  const row = await outcomeView(trx, caller, id);
  if (!mayManageSeries(caller.scope, row.taskForceId)) throw forbidden();
  const current = { id, name: row.text, version: Number(row.version), zoneId: row.zoneId, updatedAt: row.updatedAt };
  if (Number(row.version) !== body.version) throw await meetingConflict(trx, 'meetingOutcome', current);
  const { version, ...changes } = body;
  const merged = {
    kind: row.kind,
    agendaItemId: changes.agendaItemId === undefined ? row.agendaItemId : changes.agendaItemId,
    projectId: changes.projectId === undefined ? row.projectId : changes.projectId,
    ownerId: changes.ownerId === undefined ? row.ownerId : changes.ownerId,
    dueOn: changes.dueOn === undefined ? row.dueOn : changes.dueOn,
  };
  const meeting = { id: row.meetingId, heldOn: row.raisedOn };
  const extra: FieldError[] = [];
  if (changes.result !== undefined && row.status !== 'closed')
    extra.push(meetingFieldError(locale, 'body.result', 'resultOnlyWhenClosed'));
  refuseIfAny(extra);
  await checkOutcome(trx, caller, meeting, merged, locale);
  const saved = await repo.updateOutcomeIfVersion(trx, id, version, {
    ...changes,
    updatedAt: ctx.clock.now().toISOString(),
  });
  if (!saved) throw await meetingConflict(trx, 'meetingOutcome', current);
  const after = await outcomeView(trx, caller, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'meetingOutcome.update',
    entityType: 'meetingOutcome',
    entityId: id,
    zoneId: row.zoneId,
    before: toOutcome(row),
    after: toOutcome(after),
  });
  if (after.ownerId !== row.ownerId) await tellOwner(ctx, trx, after);
  return toOutcome(after);
}

/**
 * Closes an action item with its result (销号): on a day (default: the closing meeting's date, else
 * today) and, optionally, at a meeting of the same series held on or after the one that raised it.
 */
export async function closeOutcome(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  body: CloseOutcomeBody,
  locale: Locale,
): Promise<Outcome> {
  const row = await outcomeView(trx, caller, id);
  if (!mayManageSeries(caller.scope, row.taskForceId)) throw forbidden();
  const current = { id, name: row.text, version: Number(row.version), zoneId: row.zoneId, updatedAt: row.updatedAt };
  if (body.version !== undefined && Number(row.version) !== body.version)
    throw await meetingConflict(trx, 'meetingOutcome', current);
  switch (closeProblem(row, body.result)) {
    case 'notAnAction':
      throw new AppError('meeting.notAnAction', { text: row.text, kind: KIND_WORDS[locale][row.kind] });
    case 'alreadyClosed':
      throw new AppError('meeting.alreadyClosed', { text: row.text, closedOn: row.closedOn ?? '' });
    case 'resultRequired':
      throw new AppError('meeting.resultRequired', { text: row.text });
    case null:
      break;
  }
  const { today } = await timingOf(ctx, trx, row.zoneId);
  const errors: FieldError[] = [];
  let closingMeeting: { id: string; heldOn: string } | undefined;
  if (body.meetingId !== undefined) {
    closingMeeting = await repo.findSeriesMeeting(trx, row.seriesId, body.meetingId);
    if (!closingMeeting) errors.push(meetingFieldError(locale, 'body.meetingId', 'meeting.notInSeries'));
    else if (closingMeeting.heldOn < row.raisedOn)
      errors.push(meetingFieldError(locale, 'body.meetingId', 'meeting.beforeRaised', { raisedOn: row.raisedOn }));
  }
  const closedOn = body.closedOn ?? closingMeeting?.heldOn ?? today;
  if (closedOn > today) errors.push(meetingFieldError(locale, 'body.closedOn', 'closedInFuture', { today }));
  else if (closedOn < row.raisedOn)
    errors.push(meetingFieldError(locale, 'body.closedOn', 'closedBeforeRaised', { raisedOn: row.raisedOn }));
  refuseIfAny(errors);
  const saved = await repo.updateOutcomeIfVersion(trx, id, Number(row.version), {
    status: 'closed',
    result: body.result.trim(),
    closedOn,
    closedBy: caller.principal.userId,
    closedInMeetingId: closingMeeting?.id ?? null,
    updatedAt: ctx.clock.now().toISOString(),
  });
  if (!saved) throw await meetingConflict(trx, 'meetingOutcome', current);
  const after = await outcomeView(trx, caller, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'meetingOutcome.close',
    entityType: 'meetingOutcome',
    entityId: id,
    zoneId: row.zoneId,
    before: toOutcome(row),
    after: toOutcome(after),
  });
  return toOutcome(after);
}

/** Action items across the series the caller sees: "my action items", a project's, the overdue ones. */
export async function listActions(
  ctx: AppContext,
  db: Db,
  caller: Caller,
  query: ActionsQuery,
): Promise<{ today: string; items: Action[] }> {
  const timing = await timingOf(ctx, db, caller.scope.zoneId);
  const rows = await repo.listActions(db, viewerOf(caller), {
    status: query.status,
    ownerId: query.mine ? caller.principal.userId : query.ownerId,
    projectId: query.projectId,
    seriesId: query.seriesId,
    overdueBefore: query.overdue ? timing.today : undefined,
  });
  const items = rows.map((row) => toAction(row, timing.today, row.status === 'open', timing, caller.scope));
  return { today: timing.today, items: query.overdue === false ? items.filter((i) => !i.overdue) : items };
}
