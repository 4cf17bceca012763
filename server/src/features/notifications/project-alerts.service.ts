import { setImmediate as nextTurn } from 'node:timers/promises';
import { ragOf } from '@zonehub/project-rules';
import type { WorkingCalendar } from '@zonehub/working-calendar';
import { zoneDay } from '@zonehub/zone-dates';
import type { Db } from '../../db/database.js';
import { meetingTitle } from '../projects/meetings/meeting-view.js';
import { loadCalendar } from '../projects/rag.service.js';
import { findSettings } from '../projects/settings.repository.js';
import { type NotifyInput, notify } from './notify.js';
import {
  type AlertActionRow,
  type AlertMilestoneRow,
  listOpenActionsDueBefore,
  listOpenMilestonesDueBefore,
  listZones,
  taskForceMembers,
} from './project-alerts.repository.js';

/**
 * The daily project alerts (逾期预警与督办). For each zone, on its working calendar and settings:
 * - an open milestone whose light is amber tells its owner it is due soon (milestoneDueSoon);
 * - red (overdue) tells its owner (milestoneOverdue);
 * - overdue by more than escalateAfterWorkdays working days also tells the project's leader in
 *   charge (milestoneEscalated); a project without one has nobody to escalate to;
 * - open action items (交办事项) due within the amber threshold or past due tell their owner.
 * An item without an (active) owner goes to the members of its task force. Each dedupe key carries
 * the due date, so a daily run never repeats itself but a moved deadline is told again.
 */
export interface AlertCounts {
  zones: number;
  created: number;
}

/** Items (milestones, action items) whose alerts one transaction writes when not told otherwise. */
export const ALERT_CHUNK_ITEMS = 200;

/**
 * `chunkItems` items' alerts per transaction, an event-loop turn after each, so a zone with
 * thousands of late items never holds the writer long; the dedupe keys make a run stopped midway
 * safe to repeat. The demo seed calls this inside its own transaction: then all goes in that one.
 */
export async function sendProjectAlerts(
  db: Db,
  now: Date,
  options: { chunkItems?: number } = {},
): Promise<AlertCounts> {
  const zones = await listZones(db);
  const counts: AlertCounts = { zones: zones.length, created: 0 };
  for (const zone of zones)
    counts.created += await sendZoneAlerts(
      db,
      zone.id,
      dayIn(zone.timezone, now),
      now,
      options.chunkItems ?? ALERT_CHUNK_ITEMS,
    );
  return counts;
}

/** Today (YYYY-MM-DD) in the zone's time zone at `now`. */
export function dayIn(timeZone: string, now: Date): string {
  return zoneDay(now, timeZone);
}

interface ZoneRules {
  zoneId: string;
  today: string;
  calendar: WorkingCalendar;
  amberWorkdays: number;
  escalateAfterWorkdays: number;
}

/** What an open item's light says today, in the words the notifications use. */
function lightOf(rules: ZoneRules, dueOn: string): { kind: 'dueSoon' | 'overdue'; slack: number } | null {
  const rule = ragOf({ dueOn, actualDoneOn: null }, rules.today, rules.calendar, rules.amberWorkdays);
  const slack = rule.slackWorkdays ?? 0;
  if (rule.status === 'red') return { kind: 'overdue', slack };
  if (rule.status === 'amber') return { kind: 'dueSoon', slack };
  return null;
}

async function sendZoneAlerts(db: Db, zoneId: string, today: string, now: Date, chunkItems: number): Promise<number> {
  const [calendar, settings] = await Promise.all([loadCalendar(db, zoneId), findSettings(db, zoneId)]);
  const rules: ZoneRules = { zoneId, today, calendar, ...settings };
  // Slack ≤ amber is amber or red; the first day with more slack is the first that stays green.
  const dueBefore = calendar.addWorkdays(today, settings.amberWorkdays + 1);
  const [milestones, actions] = await Promise.all([
    listOpenMilestonesDueBefore(db, zoneId, dueBefore),
    listOpenActionsDueBefore(db, zoneId, dueBefore),
  ]);
  const members = await taskForceMembers(
    db,
    [
      ...milestones.filter((m) => !m.ownerActive).map((m) => m.taskForceId),
      ...actions.filter((a) => !a.ownerActive).map((a) => a.projectTaskForceId ?? a.seriesTaskForceId),
    ].filter((id): id is string => id !== null),
  );
  const recipients = (ownerId: string | null, ownerActive: number | null, taskForceId: string | null): string[] =>
    ownerId !== null && ownerActive === 1 ? [ownerId] : taskForceId === null ? [] : (members.get(taskForceId) ?? []);

  let created = 0;
  const sender =
    (trx: Db): Send =>
    async (userIds, input) => {
      for (const userId of userIds) if (await notify(trx, { ...input, zoneId, userId, now })) created += 1;
    };
  const items: ((send: Send) => Promise<void>)[] = [
    ...milestones.map(
      (m) => (send: Send) => milestoneAlerts(rules, m, recipients(m.ownerId, m.ownerActive, m.taskForceId), send),
    ),
    ...actions.map((a) => (send: Send) => {
      const taskForceId = a.projectTaskForceId ?? a.seriesTaskForceId;
      return actionAlerts(rules, a, recipients(a.ownerId, a.ownerActive, taskForceId), send);
    }),
  ];
  for (let i = 0; i < items.length; i += chunkItems) {
    const chunk = items.slice(i, i + chunkItems);
    const write = async (trx: Db) => {
      const send = sender(trx);
      for (const item of chunk) await item(send);
    };
    if (db.isTransaction) await write(db);
    else {
      await db.transaction().execute(write);
      await nextTurn();
    }
  }
  return created;
}

type Send = (userIds: readonly string[], input: Omit<NotifyInput, 'userId' | 'zoneId' | 'now'>) => Promise<void>;

async function milestoneAlerts(rules: ZoneRules, m: AlertMilestoneRow, to: string[], send: Send): Promise<void> {
  const light = lightOf(rules, m.dueOn);
  if (light === null) return;
  const subject = { link: `/projects/${m.projectId}`, subjectType: 'milestone', subjectId: m.id };
  const base = { projectName: m.projectName, itemName: m.name, dueOn: m.dueOn };
  if (light.kind === 'dueSoon') {
    await send(to, {
      kind: 'milestoneDueSoon',
      params: { ...base, slackDays: light.slack },
      dedupeKey: `milestone:${m.id}:dueSoon:${m.dueOn}`,
      ...subject,
    });
    return;
  }
  // Due Friday, today Saturday: late, though no working day has passed yet (slack 0).
  const overdueDays = Math.max(0, -light.slack);
  await send(to, {
    kind: 'milestoneOverdue',
    params: { ...base, overdueDays },
    dedupeKey: `milestone:${m.id}:overdue:${m.dueOn}`,
    ...subject,
  });
  if (overdueDays > rules.escalateAfterWorkdays && m.leaderInChargeId !== null)
    await send([m.leaderInChargeId], {
      kind: 'milestoneEscalated',
      params: { ...base, overdueDays, ownerName: m.ownerName },
      dedupeKey: `milestone:${m.id}:escalated:${m.dueOn}`,
      ...subject,
    });
}

async function actionAlerts(rules: ZoneRules, a: AlertActionRow, to: string[], send: Send): Promise<void> {
  if (a.dueOn === null) return;
  const light = lightOf(rules, a.dueOn);
  if (light === null) return;
  const params = {
    projectName: a.projectName,
    itemName: a.text,
    dueOn: a.dueOn,
    meetingTitle: meetingTitle(a.seriesName, a.heldOn),
  };
  const subject = { link: `/projects/meetings/${a.meetingId}`, subjectType: 'meetingOutcome', subjectId: a.id };
  if (light.kind === 'dueSoon')
    await send(to, {
      kind: 'actionDueSoon',
      params: { ...params, slackDays: light.slack },
      dedupeKey: `action:${a.id}:dueSoon:${a.dueOn}`,
      ...subject,
    });
  else
    await send(to, {
      kind: 'actionOverdue',
      params: { ...params, overdueDays: Math.max(0, -light.slack) },
      dedupeKey: `action:${a.id}:overdue:${a.dueOn}`,
      ...subject,
    });
}
