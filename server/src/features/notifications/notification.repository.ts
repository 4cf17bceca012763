import type { Db } from '../../db/database.js';
import type { NewNotification, NewOutboxRow } from './notification.table.js';

/**
 * Inserts unless the user already has this dedupe key. ON CONFLICT DO NOTHING rather than catching a
 * unique violation, because a failed statement aborts the whole PostgreSQL transaction.
 * A notification in a demo zone is demo data like the rest of the zone.
 */
export async function insertNotificationIfNew(db: Db, row: Omit<NewNotification, 'isDemo'>): Promise<boolean> {
  const result = await db
    .insertInto('notifications')
    .values({
      ...row,
      isDemo: (eb) => eb.selectFrom('zones').select('zones.isDemo').where('zones.id', '=', row.zoneId),
    })
    .onConflict((oc) => oc.columns(['userId', 'dedupeKey']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Where an SMS to the user goes: their mobile number, or null when they have none. */
export async function mobileOfUser(db: Db, userId: string): Promise<string | null> {
  const row = await db.selectFrom('users').select('mobile').where('id', '=', userId).executeTakeFirst();
  return row?.mobile ?? null;
}

export async function insertOutboxRow(db: Db, row: NewOutboxRow): Promise<void> {
  await db.insertInto('notificationOutbox').values(row).execute();
}

/** Whose notifications a reader sees: their own, in the zone they are working in. */
export interface Reader {
  userId: string;
  zoneId: string;
}

export async function listNotificationRows(
  db: Db,
  reader: Reader,
  filter: { unreadOnly: boolean; offset: number; limit: number },
) {
  let query = db.selectFrom('notifications').where('userId', '=', reader.userId).where('zoneId', '=', reader.zoneId);
  if (filter.unreadOnly) query = query.where('readAt', 'is', null);
  const [rows, total] = await Promise.all([
    query
      .select(['id', 'kind', 'params', 'link', 'readAt', 'createdAt'])
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .offset(filter.offset)
      .limit(filter.limit)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
export type NotificationListRow = Awaited<ReturnType<typeof listNotificationRows>>['rows'][number];

export async function countUnread(db: Db, reader: Reader): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('userId', '=', reader.userId)
    .where('zoneId', '=', reader.zoneId)
    .where('readAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findNotification(db: Db, reader: Reader, id: string) {
  return db
    .selectFrom('notifications')
    .select(['id', 'kind', 'params', 'link', 'readAt', 'createdAt'])
    .where('id', '=', id)
    .where('userId', '=', reader.userId)
    .where('zoneId', '=', reader.zoneId)
    .executeTakeFirst();
}

/** Marks one notification read (keeps the first read time). */
export async function markRead(db: Db, reader: Reader, id: string, at: string): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ readAt: at })
    .where('id', '=', id)
    .where('userId', '=', reader.userId)
    .where('zoneId', '=', reader.zoneId)
    .where('readAt', 'is', null)
    .execute();
}

export async function markAllRead(db: Db, reader: Reader, at: string): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ readAt: at })
    .where('userId', '=', reader.userId)
    .where('zoneId', '=', reader.zoneId)
    .where('readAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
