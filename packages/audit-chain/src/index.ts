import { createHash } from 'node:crypto';

/**
 * The audit log is a hash chain: each entry's hash covers its own content and the previous entry's
 * hash, so changing or deleting any past entry breaks every hash after it. Pure: callers load the
 * entries and the recorded chain head, this module only computes and compares.
 */
export interface AuditEntryContent {
  seq: number;
  occurredAt: string;
  zoneId: string | null;
  actorId: string | null;
  actorName: string | null;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);

/** Stable serialisation: fixed key order, so the same content always hashes the same. */
export function canonicalContent(entry: AuditEntryContent): string {
  return JSON.stringify([
    entry.seq,
    entry.occurredAt,
    entry.zoneId,
    entry.actorId,
    entry.actorName,
    entry.ip,
    entry.action,
    entry.entityType,
    entry.entityId,
    entry.before,
    entry.after,
  ]);
}

export function entryHash(prevHash: string, entry: AuditEntryContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalContent(entry)).digest('hex');
}

export interface StoredAuditEntry extends AuditEntryContent {
  prevHash: string;
  hash: string;
}

export type ChainProblem =
  | { kind: 'gap'; expectedSeq: number; foundSeq: number }
  | { kind: 'brokenLink'; seq: number }
  | { kind: 'badHash'; seq: number }
  | { kind: 'headMismatch'; headSeq: number; lastSeq: number };

/**
 * Walks entries in seq order. `carry` lets a caller verify a long log page by page: pass the result
 * of the previous page. Returns the first problem found, or the state to carry on.
 */
export interface ChainCursor {
  nextSeq: number;
  prevHash: string;
}

export const CHAIN_START: ChainCursor = { nextSeq: 1, prevHash: GENESIS_HASH };

export function verifyPage(
  entries: readonly StoredAuditEntry[],
  cursor: ChainCursor,
): { ok: true; cursor: ChainCursor } | { ok: false; problem: ChainProblem } {
  let { nextSeq, prevHash } = cursor;
  for (const entry of entries) {
    if (entry.seq !== nextSeq)
      return { ok: false, problem: { kind: 'gap', expectedSeq: nextSeq, foundSeq: entry.seq } };
    if (entry.prevHash !== prevHash) return { ok: false, problem: { kind: 'brokenLink', seq: entry.seq } };
    if (entryHash(prevHash, entry) !== entry.hash) return { ok: false, problem: { kind: 'badHash', seq: entry.seq } };
    prevHash = entry.hash;
    nextSeq += 1;
  }
  return { ok: true, cursor: { nextSeq, prevHash } };
}

/** The recorded head (last seq and hash) must match where the walk ended: this catches a deleted tail. */
export function verifyHead(cursor: ChainCursor, head: { seq: number; hash: string }): ChainProblem | null {
  const lastSeq = cursor.nextSeq - 1;
  if (head.seq !== lastSeq || head.hash !== cursor.prevHash)
    return { kind: 'headMismatch', headSeq: head.seq, lastSeq };
  return null;
}
