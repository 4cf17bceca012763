import type { Db } from '../../db/database.js';
import { dialectOf } from '../../db/dialect-of.js';
import type { LoginAttemptRow } from './lockout.table.js';
import type { AttemptCounter } from './lockout-rules.js';

const toCounter = (row: LoginAttemptRow): AttemptCounter => ({
  key: row.key,
  attempts: row.attempts,
  windowEndsAt: Date.parse(row.windowEndsAt),
  blockedUntil: row.blockedUntil === null ? null : Date.parse(row.blockedUntil),
});

/**
 * The counters of `keys`, held until the transaction ends, so reading and writing them back is one
 * step for concurrent attempts. Missing rows are created first (an empty window) so there is a row to
 * hold. PostgreSQL: SELECT … FOR UPDATE, with keys always taken in sorted order so two attempts
 * sharing counters cannot deadlock. SQLite: the transaction itself, which SQLite runs one at a time.
 * Call inside a transaction.
 */
export async function holdCounters(trx: Db, keys: readonly string[], now: Date): Promise<Map<string, AttemptCounter>> {
  const sorted = [...new Set(keys)].sort();
  await trx
    .insertInto('loginAttempts')
    .values(sorted.map((key) => ({ key, attempts: 0, windowEndsAt: now.toISOString(), blockedUntil: null })))
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const query = trx.selectFrom('loginAttempts').selectAll().where('key', 'in', sorted).orderBy('key');
  const rows = await (dialectOf(trx) === 'postgres' ? query.forUpdate() : query).execute();
  return new Map(rows.map((row) => [row.key, toCounter(row)]));
}

export async function saveCounter(trx: Db, counter: AttemptCounter): Promise<void> {
  await trx
    .updateTable('loginAttempts')
    .set({
      attempts: counter.attempts,
      windowEndsAt: new Date(counter.windowEndsAt).toISOString(),
      blockedUntil: counter.blockedUntil === null ? null : new Date(counter.blockedUntil).toISOString(),
    })
    .where('key', '=', counter.key)
    .execute();
}

export async function deleteCounter(trx: Db, key: string): Promise<void> {
  await trx.deleteFrom('loginAttempts').where('key', '=', key).execute();
}

/** Counters whose window has ended (a lock never outlasts its window): they would count from zero anyway. */
export async function deleteSpentCounters(db: Db, now: Date, limit: number): Promise<number> {
  const result = await db
    .deleteFrom('loginAttempts')
    .where('key', 'in', (qb) =>
      qb.selectFrom('loginAttempts').select('key').where('windowEndsAt', '<=', now.toISOString()).limit(limit),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
