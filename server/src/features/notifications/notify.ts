import type { Db } from '../../db/database.js';
import { insertNotificationIfNew, insertOutboxRow, mobileOfUser } from './notification.repository.js';
import { renderNotificationZh } from './notification-texts.js';

/** What a notification tells; the web renders each with notifications.kind.<kind>. */
export const NOTIFICATION_KINDS = [
  'milestoneDueSoon',
  'milestoneOverdue',
  'milestoneEscalated',
  'actionAssigned',
  'actionDueSoon',
  'actionOverdue',
  'accountLocked',
  'enterpriseChangeSubmitted',
  'enterpriseChangeApproved',
  'enterpriseChangeRejected',
  'agencyItemSubmitted',
  'agencyItemResubmitted',
  'agencyItemReturned',
  'instructionReceived',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotifyInput {
  zoneId: string;
  userId: string;
  kind: NotificationKind;
  /**
   * Names, dates and counts the bell renders in the reader's language (see notification-texts.ts and
   * web notifications.kind.<kind>). By kind:
   * - milestoneDueSoon / milestoneOverdue / milestoneEscalated: projectName, itemName, dueOn, and
   *   slackDays (due soon) or overdueDays (working days); escalated adds ownerName (may be null);
   * - actionAssigned / actionDueSoon / actionOverdue: itemName (the action's text), dueOn (may be
   *   null when assigned), meetingTitle (meetings/meeting-view.ts meetingTitle: series name and date),
   *   projectName (may be null), and slackDays or overdueDays;
   * - accountLocked (to the zone admins of a user locked by failed sign-ins from anywhere): username,
   *   displayName, attempts (the failures that locked it), minutes (how long the lock lasts);
   * - enterpriseChangeSubmitted (to the reviewers of an enterprise's change request): enterpriseName,
   *   fieldCount (how many registered facts it changes);
   * - enterpriseChangeApproved / enterpriseChangeRejected (to the user who submitted it):
   *   enterpriseName, reviewerName, and the reason when rejected;
   * - agencyItemSubmitted / agencyItemResubmitted (to the handling department's staff): projectName,
   *   itemName, enterpriseName (may be null); agencyItemReturned (to the project's task force) adds
   *   departmentName and the reason.
   * - instructionReceived (to each recipient of a leader's 批示): authorName, itemName (the target's
   *   name), projectName (may be null), text (its first 60 characters).
   */
  params: Record<string, string | number | null>;
  link: string | null;
  subjectType: string | null;
  subjectId: string | null;
  /** Same fact, same key: e.g. milestone:<id>:overdue:<dueOn>, so a daily run never repeats itself. */
  dedupeKey: string;
  now: Date;
}

/** Writes the notification and its outbox row in the caller's transaction; a repeated dedupeKey for the user is a no-op. Returns whether it was new. */
export async function notify(trx: Db, input: NotifyInput): Promise<boolean> {
  const at = input.now.toISOString();
  const id = crypto.randomUUID();
  const isNew = await insertNotificationIfNew(trx, {
    id,
    zoneId: input.zoneId,
    userId: input.userId,
    kind: input.kind,
    params: JSON.stringify(input.params),
    link: input.link,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    dedupeKey: input.dedupeKey,
    readAt: null,
    createdAt: at,
  });
  if (!isNew) return false;
  await insertOutboxRow(trx, {
    id: crypto.randomUUID(),
    zoneId: input.zoneId,
    notificationId: id,
    userId: input.userId,
    channel: 'sms',
    // The number as it is now; a user without one gets a null recipient for the gateway (ARCHITECTURE.md).
    recipient: await mobileOfUser(trx, input.userId),
    body: renderNotificationZh(input.kind, input.params),
    status: 'pending',
    attempts: 0,
    availableAt: at,
    claimedUntil: null,
    sentAt: null,
    lastError: null,
    createdAt: at,
  });
  return true;
}
