import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Checkpoint, checkpointLine, parseCheckpointLine } from '@zonehub/audit-chain';

/**
 * The checkpoints file: JSON Lines, one signed checkpoint a line, only ever appended to. It lives in
 * the data dir, so a backup of the data dir carries the checkpoints of its moment.
 */
export const checkpointsFileOf = (dataDir: string): string => join(dataDir, 'audit-checkpoints.jsonl');

/** The whole file, or null when it does not exist (no checkpoint written yet). */
export async function readCheckpointsFile(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** A line is ~250 bytes; the last 4 KiB always hold the last complete one. */
const TAIL_BYTES = 4096;

/**
 * The last line of the file, read from its end so the job's cost does not grow with the file: null
 * when there is no file or no line, `unreadable` when the last line is not a checkpoint.
 */
export async function readLastCheckpoint(file: string): Promise<Checkpoint | null | 'unreadable'> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const lines = buffer.toString('utf8').split('\n');
    const last = lines.findLast((line) => line.trim() !== '');
    if (last === undefined) return null;
    return parseCheckpointLine(last) ?? 'unreadable';
  } finally {
    await handle.close();
  }
}

/** Appends one line and waits for it to reach the disk: a checkpoint is evidence. */
export async function appendCheckpoint(file: string, checkpoint: Checkpoint): Promise<void> {
  const handle = await open(file, 'a', 0o600);
  try {
    await handle.appendFile(`${checkpointLine(checkpoint)}\n`, 'utf8');
    await handle.datasync();
  } finally {
    await handle.close();
  }
}
