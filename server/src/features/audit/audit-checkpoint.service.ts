import { type Checkpoint, GENESIS_HASH, signatureValid, signCheckpoint } from '@zonehub/audit-chain';
import type { AppContext } from '../../http/context.js';
import { readEntryHash, readHead } from './audit.repository.js';
import { verifyAuditChain } from './audit.service.js';
import { appendCheckpoint, readLastCheckpoint } from './checkpoint-file.js';

export type CheckpointOutcome =
  | { kind: 'written'; checkpoint: Checkpoint }
  /** The head has not moved since the last checkpoint: nothing new to anchor. */
  | { kind: 'unchanged'; checkpoint: Checkpoint }
  /** The log no longer extends the last checkpoint (or the file's last line is bad): nothing is signed. */
  | { kind: 'refused'; reason: string };

/**
 * The worker's job: sign the current chain head into the checkpoints file. It first checks that the
 * log still extends the last checkpoint (the entry at its seq still has its hash, every entry since
 * carries a valid MAC), so it never signs a rewritten or truncated log; the cost is the entries
 * written since the last checkpoint (the whole log for the first one). Reads go through `readDb`, so
 * on a SQLite file they never wait for a long write.
 */
export async function writeAuditCheckpoint(ctx: AppContext, file: string): Promise<CheckpointOutcome> {
  const key = ctx.config.auditKey;
  const db = ctx.readDb;
  const last = await readLastCheckpoint(file);
  if (last === 'unreadable') return { kind: 'refused', reason: `the last line of ${file} is not a checkpoint` };
  if (last !== null && !signatureValid(key, last))
    return { kind: 'refused', reason: `the last checkpoint in ${file} is not signed with this audit key` };
  const head = await readHead(db);
  if (last !== null) {
    if (last.seq === head.seq && last.hash === head.hash) return { kind: 'unchanged', checkpoint: last };
    if (last.keyedFromSeq !== head.keyedFromSeq)
      return { kind: 'refused', reason: `keyed_from_seq moved from ${last.keyedFromSeq} to ${head.keyedFromSeq}` };
    if (head.seq < last.seq)
      return { kind: 'refused', reason: `the log ends at entry ${head.seq}, before checkpoint seq ${last.seq}` };
    const hashThere = last.seq === 0 ? GENESIS_HASH : await readEntryHash(db, last.seq);
    if (hashThere !== last.hash)
      return { kind: 'refused', reason: `entry ${last.seq} no longer has the hash of checkpoint ${last.at}` };
  }
  const chain = await verifyAuditChain(db, key, last ? { from: { nextSeq: last.seq + 1, prevHash: last.hash } } : {});
  if (!chain.ok) return { kind: 'refused', reason: `the chain does not verify: ${JSON.stringify(chain.problem)}` };
  const checkpoint = signCheckpoint(key, {
    seq: chain.cursor.nextSeq - 1,
    hash: chain.cursor.prevHash,
    at: ctx.clock.now().toISOString(),
    keyedFromSeq: chain.keyedFromSeq,
  });
  await appendCheckpoint(file, checkpoint);
  return { kind: 'written', checkpoint };
}
