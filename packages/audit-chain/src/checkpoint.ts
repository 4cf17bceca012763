import { createHmac, timingSafeEqual } from 'node:crypto';
import { GENESIS_HASH } from './chain.js';

/**
 * A checkpoint is the chain head (seq, hash) at a moment, signed with the audit key and kept outside
 * the database (a file under the data dir, and the log). The chain is linked, so a checkpoint pins
 * every entry up to its seq: deleting a tail and rewinding the head, or re-chaining entries, cannot
 * reproduce the checkpointed hash at that seq. `keyedFromSeq` is signed too, so the boundary between
 * pre-upgrade (unkeyed) and keyed entries cannot be moved in the database to pass forged entries off
 * as old ones.
 */
export interface Checkpoint {
  seq: number;
  hash: string;
  /** ISO-8601 UTC. */
  at: string;
  keyedFromSeq: number;
  /** HMAC-SHA256 of the fields above, hex. */
  sig: string;
}

export type CheckpointBody = Omit<Checkpoint, 'sig'>;

function signatureOf(key: string, body: CheckpointBody): string {
  // The prefix keeps checkpoint signatures apart from entry MACs, whose input starts with a hex hash.
  return createHmac('sha256', key)
    .update('zonehub-audit-checkpoint-v1\n')
    .update(JSON.stringify([body.seq, body.hash, body.at, body.keyedFromSeq]))
    .digest('hex');
}

export function signCheckpoint(key: string, body: CheckpointBody): Checkpoint {
  const { seq, hash, at, keyedFromSeq } = body;
  return { seq, hash, at, keyedFromSeq, sig: signatureOf(key, body) };
}

export function signatureValid(key: string, checkpoint: Checkpoint): boolean {
  const expected = Buffer.from(signatureOf(key, checkpoint), 'hex');
  const given = Buffer.from(checkpoint.sig, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** One line of the checkpoints file (JSON Lines). */
export function checkpointLine(checkpoint: Checkpoint): string {
  const { seq, hash, at, keyedFromSeq, sig } = checkpoint;
  return JSON.stringify({ seq, hash, at, keyedFromSeq, sig });
}

const HEX64 = /^[0-9a-f]{64}$/;

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** A checkpoint from one line, or null when the line is not one (torn, edited into something else). */
export function parseCheckpointLine(line: string): Checkpoint | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { seq, hash, at, keyedFromSeq, sig } = value as Record<string, unknown>;
  if (!isCount(seq) || !isCount(keyedFromSeq)) return null;
  if (typeof hash !== 'string' || !HEX64.test(hash) || typeof sig !== 'string' || !HEX64.test(sig)) return null;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
  return { seq, hash, at, keyedFromSeq, sig };
}

/** A line of the file with its 1-based number, so a report can point at it. */
export interface CheckpointEntry {
  line: number;
  checkpoint: Checkpoint | null;
}

export function parseCheckpoints(text: string): CheckpointEntry[] {
  const entries: CheckpointEntry[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    entries.push({ line: index + 1, checkpoint: parseCheckpointLine(raw) });
  });
  return entries;
}

export interface LocatedCheckpoint {
  line: number;
  checkpoint: Checkpoint;
}

export type CheckpointProblem =
  | { kind: 'unreadable'; line: number }
  | { kind: 'badSignature'; line: number; checkpoint: Checkpoint }
  | { kind: 'keyedFromMoved'; line: number; checkpoint: Checkpoint; keyedFromSeq: number }
  | { kind: 'truncated'; line: number; checkpoint: Checkpoint; lastSeq: number }
  | { kind: 'mismatch'; line: number; checkpoint: Checkpoint };

/** What the walk of the chain found: where it ends, its keyed boundary, and the hash at each asked seq. */
export interface WalkedChain {
  lastSeq: number;
  keyedFromSeq: number;
  hashAt(seq: number): string | undefined;
}

/**
 * Checks every checkpoint against a chain that was itself verified: its signature, that the chain
 * reaches its seq, that the entry there has its hash, and that the keyed boundary did not move.
 * Returns the first problem, or the checkpoint with the highest seq (the latest when tied).
 */
export function verifyCheckpoints(
  key: string,
  entries: readonly CheckpointEntry[],
  chain: WalkedChain,
): { ok: true; latest: LocatedCheckpoint | null } | { ok: false; problem: CheckpointProblem } {
  let latest: LocatedCheckpoint | null = null;
  for (const { line, checkpoint } of entries) {
    if (checkpoint === null) return { ok: false, problem: { kind: 'unreadable', line } };
    if (!signatureValid(key, checkpoint)) return { ok: false, problem: { kind: 'badSignature', line, checkpoint } };
    if (checkpoint.keyedFromSeq !== chain.keyedFromSeq)
      return { ok: false, problem: { kind: 'keyedFromMoved', line, checkpoint, keyedFromSeq: chain.keyedFromSeq } };
    if (checkpoint.seq > chain.lastSeq)
      return { ok: false, problem: { kind: 'truncated', line, checkpoint, lastSeq: chain.lastSeq } };
    const hash = checkpoint.seq === 0 ? GENESIS_HASH : chain.hashAt(checkpoint.seq);
    if (hash !== checkpoint.hash) return { ok: false, problem: { kind: 'mismatch', line, checkpoint } };
    if (latest === null || checkpoint.seq >= latest.checkpoint.seq) latest = { line, checkpoint };
  }
  return { ok: true, latest };
}
