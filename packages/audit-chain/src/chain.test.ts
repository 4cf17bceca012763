import { describe, expect, it } from 'vitest';
import {
  type AuditEntryContent,
  CHAIN_START,
  type ChainKeying,
  entryHash,
  entryMac,
  GENESIS_HASH,
  keyCheckOf,
  type StoredAuditEntry,
  verifyHead,
  verifyPage,
} from './index.js';

const KEY = 'k'.repeat(64);
const keyed: ChainKeying = { key: KEY, keyedFromSeq: 1 };

function content(seq: number): AuditEntryContent {
  return {
    seq,
    occurredAt: `2026-11-29T00:00:0${seq}Z`,
    zoneId: 'z',
    actorId: 'u',
    actorName: 'admin',
    ip: '127.0.0.1',
    action: 'user.update',
    entityType: 'user',
    entityId: 'u2',
    before: '{"a":1}',
    after: '{"a":2}',
  };
}

/** A chain of n entries: the ones before `keyedFromSeq` by the old unkeyed rule, the rest keyed. */
function chain(n: number, keying: ChainKeying = keyed): StoredAuditEntry[] {
  const entries: StoredAuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const entry = content(seq);
    const hash = seq < keying.keyedFromSeq ? entryHash(prev, entry) : entryMac(keying.key, prev, entry);
    entries.push({ ...entry, prevHash: prev, hash });
    prev = hash;
  }
  return entries;
}

describe('audit hash chain', () => {
  it('verifies an intact chain page by page and its head', () => {
    const entries = chain(5);
    const first = verifyPage(entries.slice(0, 2), CHAIN_START, keyed);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const rest = verifyPage(entries.slice(2), first.cursor, keyed);
    expect(rest.ok).toBe(true);
    if (!rest.ok) return;
    expect(verifyHead(rest.cursor, { seq: 5, hash: entries[4]?.hash ?? '' })).toBeNull();
  });

  it('finds an edited value', () => {
    const entries = chain(4);
    const edited = entries.map((e) => (e.seq === 2 ? { ...e, after: '{"a":3}' } : e));
    expect(verifyPage(edited, CHAIN_START, keyed)).toEqual({ ok: false, problem: { kind: 'badHash', seq: 2 } });
  });

  it('finds a recomputed hash that no longer links to the next entry', () => {
    const entries = chain(4);
    const forged = entries.map((e) => {
      if (e.seq !== 2) return e;
      const after = '{"a":3}';
      return { ...e, after, hash: entryMac(KEY, e.prevHash, { ...e, after }) };
    });
    expect(verifyPage(forged, CHAIN_START, keyed)).toEqual({ ok: false, problem: { kind: 'brokenLink', seq: 3 } });
  });

  it('finds a missing entry and a cut tail', () => {
    const entries = chain(4);
    expect(
      verifyPage(
        [entries[0], entries[2]].filter((e) => e !== undefined),
        CHAIN_START,
        keyed,
      ),
    ).toEqual({
      ok: false,
      problem: { kind: 'gap', expectedSeq: 2, foundSeq: 3 },
    });
    const cut = verifyPage(entries.slice(0, 3), CHAIN_START, keyed);
    if (!cut.ok) throw new Error('expected ok');
    expect(verifyHead(cut.cursor, { seq: 4, hash: entries[3]?.hash ?? '' })).toEqual({
      kind: 'headMismatch',
      headSeq: 4,
      lastSeq: 3,
    });
  });

  it('refuses a whole chain re-computed without the key or with another key', () => {
    const unkeyed = chain(3, { key: KEY, keyedFromSeq: Number.MAX_SAFE_INTEGER });
    expect(verifyPage(unkeyed, CHAIN_START, keyed)).toEqual({ ok: false, problem: { kind: 'badHash', seq: 1 } });
    const otherKey = chain(3, { key: 'x'.repeat(64), keyedFromSeq: 1 });
    expect(verifyPage(otherKey, CHAIN_START, keyed)).toEqual({ ok: false, problem: { kind: 'badHash', seq: 1 } });
  });

  it('checks entries written before the upgrade by the unkeyed rule and the rest with the key', () => {
    const upgraded: ChainKeying = { key: KEY, keyedFromSeq: 3 };
    const entries = chain(5, upgraded);
    expect(verifyPage(entries, CHAIN_START, upgraded)).toMatchObject({ ok: true });
    // Moving the boundary either way breaks the walk: old entries carry no MAC, new ones no plain hash.
    expect(verifyPage(entries, CHAIN_START, { key: KEY, keyedFromSeq: 2 })).toEqual({
      ok: false,
      problem: { kind: 'badHash', seq: 2 },
    });
    expect(verifyPage(entries, CHAIN_START, { key: KEY, keyedFromSeq: 4 })).toEqual({
      ok: false,
      problem: { kind: 'badHash', seq: 3 },
    });
  });

  it('fingerprints the key without revealing it', () => {
    expect(keyCheckOf(KEY)).toMatch(/^[0-9a-f]{64}$/);
    expect(keyCheckOf(KEY)).toBe(keyCheckOf(KEY));
    expect(keyCheckOf(KEY)).not.toBe(keyCheckOf('x'.repeat(64)));
    expect(keyCheckOf(KEY)).not.toContain(KEY);
  });
});
