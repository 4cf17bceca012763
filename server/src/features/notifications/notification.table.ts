import type { Insertable, Selectable } from 'kysely';

/** In-app notifications and the outbound queue (migration 20261129T1730). */
export interface NotificationTable {
  id: string;
  zoneId: string;
  userId: string;
  /** e.g. milestoneDueSoon, milestoneOverdue, milestoneEscalated, actionAssigned, actionOverdue. */
  kind: string;
  /** JSON object of the message's parameters (project and item names, dates, slack). */
  params: string;
  /** The web path the notification opens, e.g. /projects/<id>. */
  link: string | null;
  subjectType: string | null;
  subjectId: string | null;
  /** Unique per user: the same fact is told once (e.g. milestone:<id>:overdue:<dueOn>). */
  dedupeKey: string;
  readAt: string | null;
  isDemo: number;
  createdAt: string;
}
export type NotificationRow = Selectable<NotificationTable>;
export type NewNotification = Insertable<NotificationTable>;

export type OutboxStatus = 'pending' | 'sent' | 'failed';

/** What a later SMS or WeChat gateway reads: one row per notification and channel. */
export interface NotificationOutboxTable {
  id: string;
  zoneId: string;
  notificationId: string;
  userId: string;
  /** sms | wechat: which gateway should carry it. */
  channel: string;
  /** The phone number or account when known at write time. */
  recipient: string | null;
  /** The zh-CN text to send. */
  body: string;
  status: OutboxStatus;
  attempts: number;
  availableAt: string;
  /** A gateway that claimed the row holds it until then (a crashed gateway's rows come back). */
  claimedUntil: string | null;
  sentAt: string | null;
  lastError: string | null;
  createdAt: string;
}
export type OutboxRow = Selectable<NotificationOutboxTable>;
export type NewOutboxRow = Insertable<NotificationOutboxTable>;
