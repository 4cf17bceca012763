import { CHAIN_START, type ChainProblem, entryHash, verifyHead, verifyPage } from '@zonehub/audit-chain';
import type { Db } from '../../db/database.js';
import type { Clock, Principal } from '../../http/context.js';
import { appendEntries, appendEntry, lockHead, readChainPage, readHead } from './audit.repository.js';

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

/** Appends one entry to the chain. Call it inside the transaction that makes the write it records. */
export async function recordAudit(trx: Db, clock: Clock, event: AuditEvent): Promise<void> {
  const head = await lockHead(trx);
  const content = {
    seq: head.seq + 1,
    occurredAt: clock.now().toISOString(),
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
  await appendEntry(trx, { ...content, prevHash: head.hash, hash: entryHash(head.hash, content) });
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
export function recordChange(trx: Db, clock: Clock, principal: Principal, change: Change): Promise<void> {
  return recordAudit(trx, clock, {
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
  clock: Clock,
  principal: Principal,
  changes: readonly Change[],
): Promise<void> {
  if (changes.length === 0) return;
  const head = await lockHead(trx);
  let { seq, hash } = head;
  const occurredAt = clock.now().toISOString();
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
    hash = entryHash(prevHash, content);
    return { ...content, prevHash, hash };
  });
  await appendEntries(trx, entries);
}

export type VerifyResult = { ok: true; entries: number } | { ok: false; problem: ChainProblem };

/** Walks the whole chain page by page (constant memory), then checks the recorded head. */
export async function verifyAuditChain(db: Db, pageSize = 1000): Promise<VerifyResult> {
  let cursor = CHAIN_START;
  for (;;) {
    const rows = await readChainPage(db, cursor.nextSeq - 1, pageSize);
    const result = verifyPage(
      rows.map((r) => ({ ...r, seq: Number(r.seq) })),
      cursor,
    );
    if (!result.ok) return result;
    cursor = result.cursor;
    if (rows.length < pageSize) break;
  }
  const problem = verifyHead(cursor, await readHead(db));
  return problem ? { ok: false, problem } : { ok: true, entries: cursor.nextSeq - 1 };
}
