import type { Db } from '../../db/database.js';
import { dialectOf } from '../../db/dialect-of.js';
import type { OutboxRow } from './notification.table.js';

/**
 * The durable outbox a later SMS or WeChat gateway reads (docs/ARCHITECTURE.md, "Notifications and
 * the outbox"): claim a batch with a lease, send, then mark each row sent or failed. A gateway that
 * dies mid-batch loses nothing: its lease runs out and the rows are claimable again.
 */

/** After this many failed attempts a row stops being retried and stays 'failed' for a person to look at. */
export const OUTBOX_MAX_ATTEMPTS = 5;

/** Retry after 1, 4, 16, 64 minutes: a gateway outage is not hammered, a blip is retried soon. */
export function outboxBackoffMs(attempts: number): number {
  return 60_000 * 4 ** Math.max(0, attempts - 1);
}

const iso = (at: Date) => at.toISOString();

/**
 * Claims up to `limit` pending rows that are due and not held by another gateway, holding them for
 * `leaseSeconds`. PostgreSQL: SELECT … FOR UPDATE SKIP LOCKED in a transaction, so concurrent
 * gateways take disjoint batches without waiting on each other. SQLite: one UPDATE … WHERE id IN
 * (SELECT …) RETURNING, a single write transaction, which SQLite runs one at a time.
 */
export async function claimOutbox(
  db: Db,
  options: { limit: number; now: Date; leaseSeconds: number },
): Promise<OutboxRow[]> {
  const now = iso(options.now);
  const claimedUntil = iso(new Date(options.now.getTime() + options.leaseSeconds * 1000));
  const claimable = (q: Db) =>
    q
      .selectFrom('notificationOutbox')
      .select('id')
      .where('status', '=', 'pending')
      .where('availableAt', '<=', now)
      .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<=', now)]))
      .orderBy('availableAt')
      .orderBy('id')
      .limit(options.limit);

  if (dialectOf(db) === 'sqlite') {
    return db
      .updateTable('notificationOutbox')
      .set({ claimedUntil })
      .where('id', 'in', claimable(db))
      .returningAll()
      .execute()
      .then(byAvailability);
  }
  return db.transaction().execute(async (trx) => {
    const ids = (await claimable(trx).forUpdate().skipLocked().execute()).map((row) => row.id);
    if (ids.length === 0) return [];
    const rows = await trx
      .updateTable('notificationOutbox')
      .set({ claimedUntil })
      .where('id', 'in', ids)
      .returningAll()
      .execute();
    return byAvailability(rows);
  });
}

const byAvailability = (rows: OutboxRow[]) =>
  rows.sort((a, b) => a.availableAt.localeCompare(b.availableAt) || a.id.localeCompare(b.id));

export async function markOutboxSent(db: Db, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('notificationOutbox')
    .set({ status: 'sent', sentAt: iso(now), claimedUntil: null, lastError: null })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Counts the attempt; retries later with backoff, or gives up ('failed') after OUTBOX_MAX_ATTEMPTS.
 * The update is guarded by the attempts it read, so two reports of one failure count once.
 */
export async function markOutboxFailed(db: Db, id: string, error: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('notificationOutbox')
    .select(['attempts'])
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (!row) return false;
  const attempts = Number(row.attempts) + 1;
  const givesUp = attempts >= OUTBOX_MAX_ATTEMPTS;
  const result = await db
    .updateTable('notificationOutbox')
    .set({
      attempts,
      status: givesUp ? 'failed' : 'pending',
      ...(givesUp ? {} : { availableAt: iso(new Date(now.getTime() + outboxBackoffMs(attempts))) }),
      claimedUntil: null,
      lastError: error.slice(0, 2000),
    })
    .where('id', '=', id)
    .where('attempts', '=', Number(row.attempts))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
