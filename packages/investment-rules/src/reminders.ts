import type { Pool, Stage } from './stages.js';

/**
 * When a lead needs attention: no activity for `idleDays`, or longer than its pool's limit in one
 * pool. Landed and dropped leads are done and never remind. Dates are YYYY-MM-DD in the zone.
 */
export interface ReminderSettings {
  idleDays: number;
  /** Days a lead may sit in each open pool before it is called stale. */
  staleDays: Record<Exclude<Pool, 'landed'>, number>;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  idleDays: 30,
  staleDays: { reserve: 90, negotiating: 120, signed: 180 },
};

export type ReminderKind = 'idle' | 'stale';

export interface Reminder {
  kind: ReminderKind;
  days: number;
  limit: number;
}

const DAY_MS = 86_400_000;
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export function leadReminders(
  lead: { stage: Stage; stageEnteredOn: string; lastActivityOn: string | null; registeredOn: string },
  today: string,
  settings: ReminderSettings,
): Reminder[] {
  if (lead.stage === 'landed' || lead.stage === 'dropped') return [];
  const reminders: Reminder[] = [];
  const idle = daysBetween(lead.lastActivityOn ?? lead.registeredOn, today);
  if (idle > settings.idleDays) reminders.push({ kind: 'idle', days: idle, limit: settings.idleDays });
  const limit = settings.staleDays[lead.stage];
  const stale = daysBetween(lead.stageEnteredOn, today);
  if (stale > limit) reminders.push({ kind: 'stale', days: stale, limit });
  return reminders;
}

/**
 * The latest activity date before which a lead counts as idle today, and the pool-entry date before
 * which it counts as stale: the server turns reminders into two indexed range conditions with these.
 */
export function reminderCutoffs(today: string, settings: ReminderSettings) {
  const minus = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
  return {
    idleBefore: minus(settings.idleDays),
    staleBefore: {
      reserve: minus(settings.staleDays.reserve),
      negotiating: minus(settings.staleDays.negotiating),
      signed: minus(settings.staleDays.signed),
    },
  };
}
