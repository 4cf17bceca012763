import type { TranslationKey } from '../../i18n';
import type { NotificationItem, NotificationKind } from './notifications.api';

/** A notification's sentence: a dictionary key and the values it interpolates ({{name}}). */
export interface NotificationText {
  key: TranslationKey;
  values: Record<string, string | number>;
}

const KIND_KEYS: Record<NotificationKind, TranslationKey> = {
  milestoneDueSoon: 'notifications.kind.milestoneDueSoon',
  milestoneOverdue: 'notifications.kind.milestoneOverdue',
  milestoneEscalated: 'notifications.kind.milestoneEscalated',
  actionAssigned: 'notifications.kind.actionAssigned',
  actionDueSoon: 'notifications.kind.actionDueSoon',
  actionOverdue: 'notifications.kind.actionOverdue',
  accountLocked: 'notifications.kind.accountLocked',
  enterpriseChangeSubmitted: 'notifications.kind.enterpriseChangeSubmitted',
  enterpriseChangeApproved: 'notifications.kind.enterpriseChangeApproved',
  enterpriseChangeRejected: 'notifications.kind.enterpriseChangeRejected',
  agencyItemSubmitted: 'notifications.kind.agencyItemSubmitted',
  agencyItemResubmitted: 'notifications.kind.agencyItemResubmitted',
  agencyItemReturned: 'notifications.kind.agencyItemReturned',
  instructionReceived: 'notifications.kind.instructionReceived',
};

/** The short tag shown beside each sentence. */
export const KIND_LABEL_KEYS: Record<NotificationKind, TranslationKey> = {
  milestoneDueSoon: 'notifications.label.milestoneDueSoon',
  milestoneOverdue: 'notifications.label.milestoneOverdue',
  milestoneEscalated: 'notifications.label.milestoneEscalated',
  actionAssigned: 'notifications.label.actionAssigned',
  actionDueSoon: 'notifications.label.actionDueSoon',
  actionOverdue: 'notifications.label.actionOverdue',
  accountLocked: 'notifications.label.accountLocked',
  enterpriseChangeSubmitted: 'notifications.label.enterpriseChangeSubmitted',
  enterpriseChangeApproved: 'notifications.label.enterpriseChangeApproved',
  enterpriseChangeRejected: 'notifications.label.enterpriseChangeRejected',
  agencyItemSubmitted: 'notifications.label.agencyItemSubmitted',
  agencyItemResubmitted: 'notifications.label.agencyItemResubmitted',
  agencyItemReturned: 'notifications.label.agencyItemReturned',
  instructionReceived: 'notifications.label.instructionReceived',
};

/** Whether the notification tells of something late (shown in red) rather than coming up. */
export const isLate = (kind: NotificationKind) =>
  kind === 'milestoneOverdue' || kind === 'milestoneEscalated' || kind === 'actionOverdue';

/** An action item's text can be a paragraph; a list line shows its start (the link opens the rest). */
const MAX_ITEM_CHARS = 60;
const clip = (text: string) => (text.length > MAX_ITEM_CHARS ? `${text.slice(0, MAX_ITEM_CHARS - 1)}…` : text);

const str = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));
const num = (value: string | number | null | undefined) => {
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
};

/**
 * The sentence of a notification in the reader's language. The server stores kind and params, not
 * text, so a reader who switches language sees every old notification in the new one too.
 * Missing owner or due date read as their own sentences rather than as blanks.
 */
export function notificationText(n: Pick<NotificationItem, 'kind' | 'params'>): NotificationText {
  const p = n.params;
  const values: Record<string, string | number> = {
    projectName: str(p.projectName),
    itemName: clip(str(p.itemName)),
    dueOn: str(p.dueOn),
    meetingTitle: str(p.meetingTitle),
    ownerName: str(p.ownerName),
    days: isLate(n.kind) ? num(p.overdueDays) : num(p.slackDays),
    username: str(p.username),
    displayName: str(p.displayName),
    attempts: num(p.attempts),
    minutes: num(p.minutes),
    enterpriseName: str(p.enterpriseName),
    fieldCount: num(p.fieldCount),
    reviewerName: str(p.reviewerName),
    reason: clip(str(p.reason)),
    departmentName: str(p.departmentName),
    authorName: str(p.authorName),
    text: clip(str(p.text)),
  };
  if (n.kind === 'milestoneEscalated' && values.ownerName === '')
    return { key: 'notifications.kind.milestoneEscalated.noOwner', values };
  if (n.kind === 'actionAssigned' && values.dueOn === '')
    return { key: 'notifications.kind.actionAssigned.noDue', values };
  return { key: KIND_KEYS[n.kind], values };
}
