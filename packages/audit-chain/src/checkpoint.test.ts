import { describe, expect, it } from 'vitest';
import {
  type CheckpointEntry,
  checkpointLine,
  GENESIS_HASH,
  parseCheckpoints,
  signCheckpoint,
  verifyCheckpoints,
  type WalkedChain,
} from './index.js';

const KEY = 'k'.repeat(64);
const hashes = new Map([
  [1, 'a'.repeat(64)],
  [2, 'b'.repeat(64)],
  [3, 'c'.repeat(64)],
]);
const walked: WalkedChain = { lastSeq: 3, keyedFromSeq: 1, hashAt: (seq) => hashes.get(seq) };

const at = (minute: number) => `2026-12-07T10:${String(minute).padStart(2, '0')}:00.000Z`;
const signed = (seq: number, minute: number, keyedFromSeq = 1) =>
  signCheckpoint(KEY, { seq, hash: seq === 0 ? GENESIS_HASH : (hashes.get(seq) ?? ''), at: at(minute), keyedFromSeq });
const file = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('audit checkpoints', () => {
  it('round-trips through a line and names the checkpoint with the highest seq', () => {
    const text = file(checkpointLine(signed(0, 0)), checkpointLine(signed(2, 10)), checkpointLine(signed(3, 20)));
    const entries = parseCheckpoints(text);
    expect(entries.map((e) => e.line)).toEqual([1, 2, 3]);
    expect(verifyCheckpoints(KEY, entries, walked)).toEqual({
      ok: true,
      latest: { line: 3, checkpoint: signed(3, 20) },
    });
  });

  it('has nothing to name when there is no checkpoint yet', () => {
    expect(verifyCheckpoints(KEY, parseCheckpoints(''), walked)).toEqual({ ok: true, latest: null });
  });

  it('catches a chain cut below a checkpoint', () => {
    const entries = parseCheckpoints(file(checkpointLine(signed(3, 20))));
    expect(verifyCheckpoints(KEY, entries, { ...walked, lastSeq: 2 })).toEqual({
      ok: false,
      problem: { kind: 'truncated', line: 1, checkpoint: signed(3, 20), lastSeq: 2 },
    });
  });

  it('catches an entry whose hash is not the checkpointed one (re-chained)', () => {
    const entries = parseCheckpoints(file(checkpointLine(signed(2, 10))));
    const rechained: WalkedChain = { ...walked, hashAt: (seq) => (seq === 2 ? 'f'.repeat(64) : hashes.get(seq)) };
    expect(verifyCheckpoints(KEY, entries, rechained)).toMatchObject({
      ok: false,
      problem: { kind: 'mismatch', line: 1 },
    });
  });

  it('catches an edited, a re-signed and a torn line', () => {
    const edited = checkpointLine({ ...signed(3, 20), seq: 2, hash: hashes.get(2) ?? '' });
    expect(verifyCheckpoints(KEY, parseCheckpoints(file(edited)), walked)).toMatchObject({
      ok: false,
      problem: { kind: 'badSignature', line: 1 },
    });
    const otherKey = checkpointLine(signCheckpoint('x'.repeat(64), { ...signed(2, 10) }));
    expect(
      verifyCheckpoints(KEY, parseCheckpoints(file(checkpointLine(signed(1, 5)), otherKey)), walked),
    ).toMatchObject({ ok: false, problem: { kind: 'badSignature', line: 2 } });
    const torn = checkpointLine(signed(2, 10)).slice(0, 40);
    const entries: CheckpointEntry[] = parseCheckpoints(file(checkpointLine(signed(1, 5)), '', torn));
    expect(verifyCheckpoints(KEY, entries, walked)).toEqual({ ok: false, problem: { kind: 'unreadable', line: 3 } });
  });

  it('catches a keyed boundary moved in the database', () => {
    const entries = parseCheckpoints(file(checkpointLine(signed(2, 10))));
    expect(verifyCheckpoints(KEY, entries, { ...walked, keyedFromSeq: 3 })).toMatchObject({
      ok: false,
      problem: { kind: 'keyedFromMoved', line: 1, keyedFromSeq: 3 },
    });
  });
});
