import {
  CHAIN_START,
  type ChainCursor,
  type ChainKeying,
  type ChainProblem,
  entryMac,
  keyCheckOf,
  verifyHead,
  verifyPage,
} from '@zonehub/audit-chain';
import type { Config } from '../../config/config.js';
import type { Db } from '../../db/database.js';
import type { Clock, Principal } from '../../http/context.js';
import {
  appendEntries,
  appendEntry,
  claimKeyCheck,
  lockHead,
  readChainPage,
  readHead,
  readLastSeq,
} from './audit.repository.js';

/** What recording needs from the app context (an AppContext is one): the clock and the audit key. */
export interface AuditContext {
  clock: Clock;
  config: Pick<Config, 'auditKey'>;
}

export interface AuditActor {
  id: string | null;
  name: string | null;
}

export interface AuditEvent {
  actor: AuditActor;
  ip: string | null;
  zoneId: string | null;
  /** `<entity>.<verb>`, e.g. user.create, auth.login. */
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export const actorOf = (principal: Principal): AuditActor => ({ id: principal.userId, name: principal.username });

/** Audit values are the API shapes of the entity, never rows: no hashes or secrets can slip in. */
function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/**
 * Appends one entry to the chain, keyed with the audit key. Call it inside the transaction that makes
 * the write it records: the head stays locked until that transaction ends, so entries never fork.
 */
export async function recordAudit(trx: Db, ctx: AuditContext, event: AuditEvent): Promise<void> {
  const head = await lockHead(trx);
  const content = {
    seq: head.seq + 1,
    occurredAt: ctx.clock.now().toISOString(),
    zoneId: event.zoneId,
    actorId: event.actor.id,
    actorName: event.actor.name,
    ip: event.ip,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: json(event.before),
    after: json(event.after),
  };
  await appendEntry(trx, { ...content, prevHash: head.hash, hash: entryMac(ctx.config.auditKey, head.hash, content) });
}

/** One change to one entity, as a service describes it. */
export interface Change {
  /** `<entity>.<verb>`, e.g. user.create. */
  action: string;
  entityType: string;
  entityId: string | null;
  zoneId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Records a change made by a signed-in principal; call it inside the write's transaction. */
export function recordChange(trx: Db, ctx: AuditContext, principal: Principal, change: Change): Promise<void> {
  return recordAudit(trx, ctx, {
    actor: actorOf(principal),
    ip: principal.ip,
    zoneId: change.zoneId,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.before ?? null,
    after: change.after ?? null,
  });
}

/**
 * Records many changes by one principal in one go (an import of thousands of rows): the head is
 * locked once, the entries are chained in memory and written in multi-row inserts. Same chain, same
 * entries as calling recordChange for each; call it inside the write's transaction.
 */
export async function recordChanges(
  trx: Db,
  ctx: AuditContext,
  principal: Principal,
  changes: readonly Change[],
): Promise<void> {
  if (changes.length === 0) return;
  const head = await lockHead(trx);
  let { seq, hash } = head;
  const occurredAt = ctx.clock.now().toISOString();
  const entries = changes.map((change) => {
    seq += 1;
    const content = {
      seq,
      occurredAt,
      zoneId: change.zoneId,
      actorId: principal.userId,
      actorName: principal.username,
      ip: principal.ip,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      before: json(change.before),
      after: json(change.after),
    };
    const prevHash = hash;
    hash = entryMac(ctx.config.auditKey, prevHash, content);
    return { ...content, prevHash, hash };
  });
  await appendEntries(trx, entries);
}

export type ChainResult =
  | {
      ok: true;
      /** The last seq and hash the walk reached (the head it read before walking). */
      cursor: ChainCursor;
      keyedFromSeq: number;
      /** The hash at each seq asked for in `collect` that the chain has. */
      hashes: Map<number, string>;
    }
  | { ok: false; problem: ChainProblem | { kind: 'wrongKey' } };

export interface WalkOptions {
  /** Where to start (a checkpoint already checked); the beginning of the log by default. */
  from?: ChainCursor;
  /** Seqs whose hashes the caller wants (checkpoints to compare). */
  collect?: ReadonlySet<number>;
  pageSize?: number;
}

/**
 * Verifies the chain with the audit key, page by page (constant memory). The head is read first and
 * the walk stops there, so entries appended meanwhile by a running server are left for next time
 * instead of being mistaken for a moved head. A key whose fingerprint differs from the one recorded
 * at the first start is reported as such: with it, every keyed entry would look altered.
 */
export async function verifyAuditChain(db: Db, key: string, options: WalkOptions = {}): Promise<ChainResult> {
  const head = await readHead(db);
  if (head.keyCheck !== null && head.keyCheck !== keyCheckOf(key)) return { ok: false, problem: { kind: 'wrongKey' } };
  const keying: ChainKeying = { key, keyedFromSeq: head.keyedFromSeq };
  const pageSize = options.pageSize ?? 1000;
  const hashes = new Map<number, string>();
  let cursor = options.from ?? CHAIN_START;
  for (;;) {
    const rows = await readChainPage(db, cursor.nextSeq - 1, head.seq, pageSize);
    const entries = rows.map((r) => ({ ...r, seq: Number(r.seq) }));
    const result = verifyPage(entries, cursor, keying);
    if (!result.ok) return result;
    for (const entry of entries) if (options.collect?.has(entry.seq)) hashes.set(entry.seq, entry.hash);
    cursor = result.cursor;
    if (rows.length < pageSize) break;
  }
  const problem = verifyHead(cursor, head);
  if (problem) return { ok: false, problem };
  // Entries beyond the head mean it was moved back without them (every later write would then fail).
  // The last seq is read before the head: a write committing in between moves both, never the seq alone.
  const lastSeq = await readLastSeq(db);
  const headNow = await readHead(db);
  if (lastSeq > headNow.seq) return { ok: false, problem: { kind: 'headMismatch', headSeq: headNow.seq, lastSeq } };
  return { ok: true, cursor, keyedFromSeq: head.keyedFromSeq, hashes };
}

/**
 * At start-up: records the key's fingerprint on the first start, and tells whether this process's
 * key is the one the log is written with. Every process (web, worker) must hold the same key.
 */
export async function auditKeyMatches(db: Db, key: string): Promise<boolean> {
  const check = keyCheckOf(key);
  return (await claimKeyCheck(db, check)) === check;
}
