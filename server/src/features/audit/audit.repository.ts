import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { dialectOf } from '../../db/dialect-of.js';
import type { AuditLogRow, NewAuditLog } from './audit.table.js';

/**
 * Reads the chain head for appending. On PostgreSQL the row is locked until the transaction ends so
 * concurrent writers queue; SQLite transactions are already serialised by its single writer.
 */
export async function lockHead(db: Db): Promise<{ seq: number; hash: string }> {
  const query = db.selectFrom('auditHead').select(['seq', 'hash']).where('id', '=', 1);
  const head = await (dialectOf(db) === 'postgres' ? query.forUpdate() : query).executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: head.hash };
}

export interface ChainHead {
  seq: number;
  hash: string;
  keyedFromSeq: number;
  keyCheck: string | null;
}

export async function readHead(db: Db): Promise<ChainHead> {
  const head = await db
    .selectFrom('auditHead')
    .select(['seq', 'hash', 'keyedFromSeq', 'keyCheck'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: head.hash, keyedFromSeq: Number(head.keyedFromSeq), keyCheck: head.keyCheck };
}

/** Records the key's fingerprint if none is recorded yet (the first start); returns the recorded one. */
export async function claimKeyCheck(db: Db, keyCheck: string): Promise<string> {
  await db.updateTable('auditHead').set({ keyCheck }).where('id', '=', 1).where('keyCheck', 'is', null).execute();
  const head = await readHead(db);
  return head.keyCheck ?? keyCheck;
}

/** The highest seq in the log (0 when empty), whatever the head says. */
export async function readLastSeq(db: Db): Promise<number> {
  const row = await db
    .selectFrom('auditLog')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}

/** The hash of one entry, or undefined when there is no entry with that seq. */
export async function readEntryHash(db: Db, seq: number): Promise<string | undefined> {
  const row = await db.selectFrom('auditLog').select('hash').where('seq', '=', seq).executeTakeFirst();
  return row?.hash;
}

export async function appendEntry(db: Db, entry: NewAuditLog): Promise<void> {
  await db.insertInto('auditLog').values(entry).execute();
  await db.updateTable('auditHead').set({ seq: entry.seq, hash: entry.hash }).where('id', '=', 1).execute();
}

/** Appends consecutive entries (already chained) and moves the head once: bulk writes such as imports. */
export async function appendEntries(db: Db, entries: readonly NewAuditLog[]): Promise<void> {
  const last = entries.at(-1);
  if (!last) return;
  for (let i = 0; i < entries.length; i += 200) {
    await db
      .insertInto('auditLog')
      .values(entries.slice(i, i + 200))
      .execute();
  }
  await db.updateTable('auditHead').set({ seq: last.seq, hash: last.hash }).where('id', '=', 1).execute();
}

/** Entries after `afterSeq` up to `upToSeq`, in seq order: a page of the chain as it stood at a read head. */
export async function readChainPage(db: Db, afterSeq: number, upToSeq: number, limit: number): Promise<AuditLogRow[]> {
  return db
    .selectFrom('auditLog')
    .selectAll()
    .where('seq', '>', afterSeq)
    .where('seq', '<=', upToSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export interface AuditFilter {
  /** null: every zone (system admin); otherwise entries of this zone only. */
  zoneId: string | null;
  actorId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function filtered(db: Db, filter: AuditFilter) {
  let query = db.selectFrom('auditLog');
  if (filter.zoneId !== null) query = query.where('zoneId', '=', filter.zoneId);
  if (filter.actorId) query = query.where('actorId', '=', filter.actorId);
  if (filter.entityType) query = query.where('entityType', '=', filter.entityType);
  if (filter.entityId) query = query.where('entityId', '=', filter.entityId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.from) query = query.where('occurredAt', '>=', filter.from);
  if (filter.to) query = query.where('occurredAt', '<', filter.to);
  return query;
}

export async function countEntries(db: Db, filter: AuditFilter): Promise<number> {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listEntries(
  db: Db,
  filter: AuditFilter,
  page: { offset: number; limit: number; order: 'asc' | 'desc' },
): Promise<AuditLogRow[]> {
  return filtered(db, filter).selectAll().orderBy('seq', page.order).offset(page.offset).limit(page.limit).execute();
}

/** Test-only door for tamper tests: drops the append-only triggers so an edit can be simulated. */
export async function dropAppendOnlyGuards(db: Db): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`drop trigger if exists audit_log_no_update on audit_log`.execute(db);
  } else {
    await sql`drop trigger if exists audit_log_no_update`.execute(db);
    await sql`drop trigger if exists audit_log_no_delete`.execute(db);
  }
}

/** The people who appear in the filtered log (for the page's actor filter), most recent first. */
export async function listActors(db: Db, zoneId: string | null, limit: number) {
  let query = db
    .selectFrom('auditLog')
    .select(['actorId', 'actorName', (eb) => eb.fn.max('seq').as('lastSeq')])
    .where('actorId', 'is not', null);
  if (zoneId !== null) query = query.where('zoneId', '=', zoneId);
  const rows = await query.groupBy(['actorId', 'actorName']).orderBy('lastSeq', 'desc').limit(limit).execute();
  return rows.map((r) => ({ id: r.actorId ?? '', name: r.actorName ?? '' }));
}
