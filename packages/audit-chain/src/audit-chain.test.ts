import { describe, expect, it } from 'vitest';
import {
  type AuditEntryContent,
  CHAIN_START,
  entryHash,
  GENESIS_HASH,
  type StoredAuditEntry,
  verifyHead,
  verifyPage,
} from './index.js';

function chain(n: number): StoredAuditEntry[] {
  const entries: StoredAuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content: AuditEntryContent = {
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
    const hash = entryHash(prev, content);
    entries.push({ ...content, prevHash: prev, hash });
    prev = hash;
  }
  return entries;
}

describe('audit hash chain', () => {
  it('verifies an intact chain page by page and its head', () => {
    const entries = chain(5);
    const first = verifyPage(entries.slice(0, 2), CHAIN_START);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const rest = verifyPage(entries.slice(2), first.cursor);
    expect(rest.ok).toBe(true);
    if (!rest.ok) return;
    expect(verifyHead(rest.cursor, { seq: 5, hash: entries[4]?.hash ?? '' })).toBeNull();
  });

  it('finds an edited value', () => {
    const entries = chain(4);
    const edited = entries.map((e) => (e.seq === 2 ? { ...e, after: '{"a":3}' } : e));
    expect(verifyPage(edited, CHAIN_START)).toEqual({ ok: false, problem: { kind: 'badHash', seq: 2 } });
  });

  it('finds a recomputed hash that no longer links to the next entry', () => {
    const entries = chain(4);
    const forged = entries.map((e) => {
      if (e.seq !== 2) return e;
      const after = '{"a":3}';
      return { ...e, after, hash: entryHash(e.prevHash, { ...e, after }) };
    });
    expect(verifyPage(forged, CHAIN_START)).toEqual({ ok: false, problem: { kind: 'brokenLink', seq: 3 } });
  });

  it('finds a missing entry and a cut tail', () => {
    const entries = chain(4);
    expect(
      verifyPage(
        [entries[0], entries[2]].filter((e) => e !== undefined),
        CHAIN_START,
      ),
    ).toEqual({
      ok: false,
      problem: { kind: 'gap', expectedSeq: 2, foundSeq: 3 },
    });
    const cut = verifyPage(entries.slice(0, 3), CHAIN_START);
    if (!cut.ok) throw new Error('expected ok');
    expect(verifyHead(cut.cursor, { seq: 4, hash: entries[3]?.hash ?? '' })).toEqual({
      kind: 'headMismatch',
      headSeq: 4,
      lastSeq: 3,
    });
  });
});
