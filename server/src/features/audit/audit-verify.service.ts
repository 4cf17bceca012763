import {
  type ChainProblem,
  type CheckpointProblem,
  type LocatedCheckpoint,
  parseCheckpoints,
  verifyCheckpoints,
} from '@zonehub/audit-chain';
import type { Db } from '../../db/database.js';
import { verifyAuditChain } from './audit.service.js';
import { readCheckpointsFile } from './checkpoint-file.js';

export type AuditLogProblem = ChainProblem | CheckpointProblem | { kind: 'wrongKey' };

export type AuditVerifyReport =
  | {
      ok: true;
      entries: number;
      /** Entries before this seq predate the key and are verified by their plain hash. */
      keyedFromSeq: number;
      checkpointsFile: string;
      /** False when the file does not exist yet. */
      fileFound: boolean;
      checkpoints: number;
      /** The checkpoint with the highest seq, which bounds how far the log must reach; null when none. */
      latest: LocatedCheckpoint | null;
    }
  | { ok: false; checkpointsFile: string; problem: AuditLogProblem };

/**
 * `audit verify`: the chain with the key (every MAC, every link, the recorded head), then every
 * checkpoint in the file against it (signature, the hash at its seq, the chain reaching it). The
 * checkpoints are what catch a tail deleted with a rewound head, and entries re-chained from a point
 * before the latest checkpoint.
 */
export async function verifyAuditLog(
  db: Db,
  options: { key: string; checkpointsFile: string; pageSize?: number },
): Promise<AuditVerifyReport> {
  const { key, checkpointsFile } = options;
  const text = await readCheckpointsFile(checkpointsFile);
  const lines = parseCheckpoints(text ?? '');
  const collect = new Set<number>();
  for (const { checkpoint } of lines) if (checkpoint) collect.add(checkpoint.seq);
  const chain = await verifyAuditChain(db, key, {
    collect,
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
  });
  if (!chain.ok) return { ok: false, checkpointsFile, problem: chain.problem };
  const lastSeq = chain.cursor.nextSeq - 1;
  const checked = verifyCheckpoints(key, lines, {
    lastSeq,
    keyedFromSeq: chain.keyedFromSeq,
    hashAt: (seq) => chain.hashes.get(seq),
  });
  if (!checked.ok) return { ok: false, checkpointsFile, problem: checked.problem };
  return {
    ok: true,
    entries: lastSeq,
    keyedFromSeq: chain.keyedFromSeq,
    checkpointsFile,
    fileFound: text !== null,
    checkpoints: lines.length,
    latest: checked.latest,
  };
}
