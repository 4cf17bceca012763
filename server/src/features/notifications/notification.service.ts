import type { Db } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { offsetOf } from '../../http/pagination.js';
import * as repo from './notification.repository.js';
import type { NotificationView } from './notification.schema.js';
import { NOTIFICATION_KINDS, type NotificationKind } from './notify.js';

/** The reader of a request: null for a signed-in user without a zone, who has no notifications. */
export type Reader = repo.Reader | null;

const isKind = (kind: string): kind is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(kind);

function toView(row: repo.NotificationListRow): NotificationView {
  if (!isKind(row.kind)) throw new Error(`unknown notification kind ${row.kind}`);
  const params: unknown = JSON.parse(row.params);
  return {
    id: row.id,
    kind: row.kind,
    params: typeof params === 'object' && params !== null ? (params as NotificationView['params']) : {},
    link: row.link,
    readAt: row.readAt,
    createdAt: row.createdAt,
  };
}

export async function listNotifications(
  db: Db,
  reader: Reader,
  query: { page: number; pageSize: number; unread: boolean },
) {
  const page = { page: query.page, pageSize: query.pageSize };
  if (reader === null) return { items: [], total: 0, ...page };
  const { rows, total } = await repo.listNotificationRows(db, reader, {
    unreadOnly: query.unread,
    offset: offsetOf(query),
    limit: query.pageSize,
  });
  return { items: rows.map(toView), total, ...page };
}

export async function unreadCount(db: Db, reader: Reader): Promise<{ unread: number }> {
  return { unread: reader === null ? 0 : await repo.countUnread(db, reader) };
}

/** Another user's notification is answered like a missing one: its existence is not theirs to know. */
export async function readNotification(db: Db, reader: Reader, id: string, now: Date): Promise<NotificationView> {
  if (reader === null) throw notFound('notification');
  await repo.markRead(db, reader, id, now.toISOString());
  const row = await repo.findNotification(db, reader, id);
  if (!row) throw notFound('notification');
  return toView(row);
}

export async function readAllNotifications(db: Db, reader: Reader, now: Date): Promise<{ marked: number }> {
  return { marked: reader === null ? 0 : await repo.markAllRead(db, reader, now.toISOString()) };
}
