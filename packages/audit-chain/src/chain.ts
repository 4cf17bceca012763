import { createHash, createHmac } from 'node:crypto';

/**
 * The audit log is a chain: each entry's hash covers its own content and the previous entry's hash,
 * so changing or deleting any entry but the last ones breaks every hash after it. Since the chain is keyed
 * (HMAC-SHA256 with a key kept outside the database), someone who can write to the database but
 * lacks the key cannot re-chain forged entries either. Pure: callers pass the key, load the entries
 * and the recorded chain head; this module only computes and compares.
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

/** The unkeyed rule, kept only to verify entries written before the chain was keyed. */
export function entryHash(prevHash: string, entry: AuditEntryContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalContent(entry)).digest('hex');
}

/** The keyed rule every entry is written with. Its input starts with a hex hash, so it never collides with a checkpoint's. */
export function entryMac(key: string, prevHash: string, entry: AuditEntryContent): string {
  return createHmac('sha256', key).update(prevHash).update('\n').update(canonicalContent(entry)).digest('hex');
}

/**
 * A fingerprint of the key, stored beside the chain head so a process started with another key is
 * refused before it writes entries no one can verify. Reveals nothing about the key.
 */
export function keyCheckOf(key: string): string {
  return createHmac('sha256', key).update('zonehub-audit-key-check').digest('hex');
}

/**
 * How to check a chain: entries from `keyedFromSeq` on carry a MAC under `key`; the ones before it
 * were written by the unkeyed rule before an upgrade and are anchored by the first keyed entry (whose
 * MAC covers their last hash) and by the first checkpoint.
 */
export interface ChainKeying {
  key: string;
  keyedFromSeq: number;
}

export function expectedHash(keying: ChainKeying, prevHash: string, entry: AuditEntryContent): string {
  return entry.seq < keying.keyedFromSeq ? entryHash(prevHash, entry) : entryMac(keying.key, prevHash, entry);
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
  keying: ChainKeying,
): { ok: true; cursor: ChainCursor } | { ok: false; problem: ChainProblem } {
  let { nextSeq, prevHash } = cursor;
  for (const entry of entries) {
    if (entry.seq !== nextSeq)
      return { ok: false, problem: { kind: 'gap', expectedSeq: nextSeq, foundSeq: entry.seq } };
    if (entry.prevHash !== prevHash) return { ok: false, problem: { kind: 'brokenLink', seq: entry.seq } };
    if (expectedHash(keying, prevHash, entry) !== entry.hash)
      return { ok: false, problem: { kind: 'badHash', seq: entry.seq } };
    prevHash = entry.hash;
    nextSeq += 1;
  }
  return { ok: true, cursor: { nextSeq, prevHash } };
}

/**
 * The recorded head (last seq and hash) must match where the walk ended: this catches a deleted tail
 * when the head was left alone. A tail deleted together with a rewound head leaves a consistent chain;
 * only a checkpoint kept outside the database (checkpoint.ts) catches that.
 */
export function verifyHead(cursor: ChainCursor, head: { seq: number; hash: string }): ChainProblem | null {
  const lastSeq = cursor.nextSeq - 1;
  if (head.seq !== lastSeq || head.hash !== cursor.prevHash)
    return { kind: 'headMismatch', headSeq: head.seq, lastSeq };
  return null;
}
