import { hasPermission } from '@zonehub/access';
import type { WorkingCalendar } from '@zonehub/working-calendar';
import type { Db } from '../../../db/database.js';
import type { AppContext, Caller, Scope } from '../../../http/context.js';
import { AppError } from '../../../http/errors.js';
import { lastChangeWords } from '../../audit/last-change.js';
import { TASK_FORCE_BOUND } from '../../investment/lead-scope.js';
import { zoneToday } from '../../investment/zone-today.js';
import type { ProjectViewer } from '../project-scope.js';
import { loadCalendar } from '../rag.service.js';
import type { Action, Outcome, Series } from './meeting.schema.js';
import type { OutcomeWithNames } from './meeting-outcome.repository.js';
import { ageWorkdays, isOverdue, nextMeetingOn } from './meeting-rules.js';
import type { SeriesWithCounts } from './meeting-series.repository.js';

/**
 * Who may hold and minute a series' meetings (meeting.manage, then): zone admins any series; a task
 * force's series its members; a zone-wide series (no task force) zone admins and investment staff;
 * leaders any series of their zone (they hold 调度会 at firms and on sites and assign tasks there).
 */
export function mayManageSeries(scope: Scope, taskForceId: string | null): boolean {
  if (!hasPermission(scope.role, 'meeting.manage')) return false;
  if (scope.enterpriseId !== null || scope.parkIds !== null) return false;
  if (scope.role === 'zoneAdmin' || scope.role === 'systemAdmin' || scope.role === 'leader') return true;
  if (taskForceId === null) return scope.role === 'investmentStaff';
  return TASK_FORCE_BOUND.has(scope.role) && scope.orgUnitIds.includes(taskForceId);
}

export const viewerOf = (caller: Caller): ProjectViewer => ({ scope: caller.scope, userId: caller.principal.userId });

/** What ages and lights are computed against: the zone's today and working calendar. */
export interface Timing {
  today: string;
  calendar: WorkingCalendar;
}

export async function timingOf(ctx: AppContext, db: Db, zoneId: string): Promise<Timing> {
  const [today, calendar] = await Promise.all([zoneToday(ctx, db, zoneId), loadCalendar(db, zoneId)]);
  return { today, calendar };
}

export function toSeries(row: SeriesWithCounts, timing: Timing, scope: Scope): Series {
  return {
    id: row.id,
    name: row.name,
    cadence: row.cadence,
    taskForceId: row.taskForceId,
    taskForceName: row.taskForceName,
    chairId: row.chairId,
    chairName: row.chairName,
    defaultPlace: row.defaultPlace,
    isActive: Number(row.isActive) === 1,
    meetingCount: Number(row.meetingCount ?? 0),
    lastHeldOn: row.lastHeldOn,
    nextDueOn: Number(row.isActive) === 1 ? nextMeetingOn(row.cadence, row.lastHeldOn, timing.calendar) : null,
    openActions: Number(row.openActions ?? 0),
    overdueActions: Number(row.overdueActions ?? 0),
    canManage: mayManageSeries(scope, row.taskForceId),
    version: Number(row.version),
    updatedAt: row.updatedAt,
  };
}

export function toOutcome(row: OutcomeWithNames): Outcome {
  return {
    id: row.id,
    meetingId: row.meetingId,
    seriesId: row.seriesId,
    agendaItemId: row.agendaItemId,
    projectId: row.projectId,
    projectName: row.projectName,
    kind: row.kind,
    text: row.text,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    dueOn: row.dueOn,
    status: row.status,
    result: row.result,
    closedOn: row.closedOn,
    closedByName: row.closedByName,
    closedInMeetingId: row.closedInMeetingId,
    version: Number(row.version),
    updatedAt: row.updatedAt,
  };
}

/**
 * An action item seen on a day (a meeting's date, or today in lists): its age in working days from
 * the meeting that raised it, and overdue when it was still open that day past its due date.
 */
export function toAction(row: OutcomeWithNames, day: string, openOnDay: boolean, timing: Timing, scope: Scope): Action {
  return {
    ...toOutcome(row),
    seriesName: row.seriesName,
    raisedOn: row.raisedOn,
    ageWorkdays: ageWorkdays(row.raisedOn, openOnDay || row.closedOn === null ? day : row.closedOn, timing.calendar),
    overdue: isOverdue(row, openOnDay, day),
    canManage: mayManageSeries(scope, row.taskForceId),
  };
}

/** The 409 for a stale version: names it, who changed it last and when, and its version now. */
export async function meetingConflict(
  db: Db,
  entityType: 'meetingSeries' | 'meeting' | 'meetingOutcome',
  current: { id: string; name: string; version: number; zoneId: string; updatedAt: string },
): Promise<AppError> {
  const { by, at } = await lastChangeWords(db, { type: entityType, ...current });
  return new AppError('meeting.versionConflict', { name: current.name, by, at, version: Number(current.version) });
}

/** The title a meeting goes by: its series' name and date (e.g. 星萌冻干项目周调度会 2026-11-23). */
export const meetingTitle = (seriesName: string, heldOn: string) => `${seriesName} ${heldOn}`;
