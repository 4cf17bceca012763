import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { type AuditEntryContent, entryHash, entryMac, GENESIS_HASH } from '@zonehub/audit-chain';
import { Migrator } from 'kysely';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditVerify } from '../src/cli/audit-verify.js';
import { dialectOf } from '../src/db/dialect-of.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';
import { dropAppendOnlyGuards } from '../src/features/audit/audit.repository.js';
import { auditKeyMatches, recordAudit } from '../src/features/audit/audit.service.js';
import { writeAuditCheckpoint } from '../src/features/audit/audit-checkpoint.service.js';
import { checkpointsFileOf } from '../src/features/audit/checkpoint-file.js';
import { startWorker } from '../src/worker/jobs.js';
import { createTestApp, sql, type TestApp } from './helper.js';

/**
 * Finding 9: deleting the audit log's tail and rewinding its head passed `audit verify`, and the
 * unkeyed hash let anyone with write access re-chain forged entries. The chain is now keyed and
 * anchored by signed checkpoints outside the database; these tests tamper as such a person would.
 */
const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function setUp() {
  const dataDir = mkdtempSync(join(tmpdir(), 'zonehub-audit-'));
  const t = await createTestApp({ demo: false, config: { dataDir } });
  apps.push(t);
  return { t, db: t.ctx.db, key: t.ctx.config.auditKey, file: checkpointsFileOf(dataDir) };
}

/** Appends n audit entries the way every write does. */
async function writeEntries(t: TestApp, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await t.ctx.db.transaction().execute((trx) =>
      recordAudit(trx, t.ctx, {
        actor: { id: null, name: 'tester' },
        ip: '127.0.0.1',
        zoneId: null,
        action: 'test.write',
        entityType: 'test',
        entityId: String(i),
        before: null,
        after: { i },
      }),
    );
    t.clock.advance(1000);
  }
}

async function checkpoint(t: TestApp, file: string) {
  const outcome = await writeAuditCheckpoint(t.ctx, file);
  if (outcome.kind !== 'written') throw new Error(`expected a checkpoint, got ${JSON.stringify(outcome)}`);
  t.clock.advance(600_000);
  return outcome.checkpoint;
}

async function verify(t: TestApp, file: string, explicitFile = false) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await auditVerify(
    t.ctx.db,
    { key: t.ctx.config.auditKey, checkpointsFile: file, explicitFile },
    { out: (line) => out.push(line), err: (line) => err.push(line) },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const hashAt = async (t: TestApp, seq: number) =>
  seq === 0
    ? GENESIS_HASH
    : ((await sql<{ hash: string }>`select hash from audit_log where seq = ${seq}`.execute(t.ctx.db)).rows[0]?.hash ??
      '');

/** What someone with write access to the database but not the key does: cut at `seq`, rewind the head. */
async function truncateAfter(t: TestApp, seq: number): Promise<void> {
  await dropAppendOnlyGuards(t.ctx.db);
  const hash = await hashAt(t, seq);
  await sql`delete from audit_log where seq > ${seq}`.execute(t.ctx.db);
  await sql`update audit_head set seq = ${seq}, hash = ${hash} where id = 1`.execute(t.ctx.db);
}

/** Replaces everything after `seq` with forged entries chained by `hashOf`, and moves the head. */
async function forgeAfter(
  t: TestApp,
  seq: number,
  count: number,
  hashOf: (prev: string, e: AuditEntryContent) => string,
): Promise<void> {
  await truncateAfter(t, seq);
  let prev = await hashAt(t, seq);
  for (let s = seq + 1; s <= seq + count; s++) {
    const e: AuditEntryContent = {
      seq: s,
      occurredAt: new Date().toISOString(),
      zoneId: null,
      actorId: null,
      actorName: 'someone else',
      ip: null,
      action: 'user.update',
      entityType: 'user',
      entityId: 'forged',
      before: null,
      after: '{"role":"systemAdmin"}',
    };
    const hash = hashOf(prev, e);
    await sql`insert into audit_log (seq, occurred_at, zone_id, actor_id, actor_name, ip, action, entity_type,
      entity_id, before, after, prev_hash, hash) values (${s}, ${e.occurredAt}, null, null, ${e.actorName}, null,
      ${e.action}, ${e.entityType}, ${e.entityId}, null, ${e.after}, ${prev}, ${hash})`.execute(t.ctx.db);
    prev = hash;
  }
  await sql`update audit_head set seq = ${seq + count}, hash = ${prev} where id = 1`.execute(t.ctx.db);
}

describe('audit verify against signed checkpoints', () => {
  it('passes a valid chain and names the latest checkpoint it checked against', async () => {
    const { t, file } = await setUp();
    await writeEntries(t, 3);
    await checkpoint(t, file);
    await writeEntries(t, 2);
    const latest = await checkpoint(t, file);
    await writeEntries(t, 1);
    const result = await verify(t, file);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('audit log intact: 6 entries, chain verified with the audit key');
    expect(result.out).toContain(`checked against checkpoint seq 5 of ${latest.at} (line 2 of ${file})`);
    expect(result.out).toContain('all 2 checkpoints valid; 1 later entry is protected by the key alone');
    // The head did not move: nothing new to sign, the file does not grow.
    await checkpoint(t, file);
    expect(await writeAuditCheckpoint(t.ctx, file)).toMatchObject({ kind: 'unchanged' });
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(3);
  });

  it('says so when no checkpoint exists yet, and refuses a named file that does not exist', async () => {
    const { t, file } = await setUp();
    await writeEntries(t, 2);
    const result = await verify(t, file);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`WARNING: no checkpoint yet in ${file}`);
    expect(await verify(t, file, true)).toMatchObject({ code: 2, err: `zonehub: no checkpoints file at ${file}` });
  });

  it('fails on a tail deleted after a checkpoint with the chain head rewound, naming the checkpoint', async () => {
    const { t, file } = await setUp();
    await writeEntries(t, 5);
    const anchored = await checkpoint(t, file);
    await writeEntries(t, 2);
    await truncateAfter(t, 3);
    const result = await verify(t, file);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `AUDIT LOG TAMPERED: checkpoint seq 5 of ${anchored.at} (line 1 of ${file}) records entries up to 5 but the log ends at entry 3: entries were removed and the chain head rewound`,
    );
    // The worker will not sign the cut log either; it says why.
    expect(await writeAuditCheckpoint(t.ctx, file)).toEqual({
      kind: 'refused',
      reason: 'the log ends at entry 3, before checkpoint seq 5',
    });
    // Writes go on after the cut: the seqs are reached again, but not with the checkpointed hash.
    await writeEntries(t, 4);
    expect((await verify(t, file)).err).toBe(
      `AUDIT LOG TAMPERED: entry 5 no longer has the hash checkpoint seq 5 of ${anchored.at} (line 1 of ${file}) recorded: entries were rewritten and re-chained`,
    );
  });

  it('fails on a head moved back over entries still in the log', async () => {
    const { t, file } = await setUp();
    await writeEntries(t, 4);
    await sql`update audit_head set seq = 2, hash = ${await hashAt(t, 2)} where id = 1`.execute(t.ctx.db);
    expect((await verify(t, file)).err).toBe(
      'AUDIT LOG TAMPERED: the chain head records entry 2 but the log goes on to entry 4: the head was moved back',
    );
  });

  it('fails on entries forged and re-chained without the key or with another key', async () => {
    const { t, file } = await setUp();
    await writeEntries(t, 4);
    await checkpoint(t, file);
    await writeEntries(t, 2);
    await forgeAfter(t, 5, 2, entryHash);
    expect(await verify(t, file)).toMatchObject({
      code: 1,
      err: 'AUDIT LOG TAMPERED: entry 6 was altered (its content no longer matches its MAC: edited, or re-chained without the audit key)',
    });
    await forgeAfter(t, 2, 5, (prev, e) => entryMac('a guessed key of at least 32 chars', prev, e));
    expect(await verify(t, file)).toMatchObject({ code: 1, err: expect.stringContaining('entry 3 was altered') });
  });

  it('fails on a tampered checkpoint line, and on one that is not a checkpoint at all', async () => {
    const { t, file } = await setUp();
    await writeEntries(t, 3);
    await checkpoint(t, file);
    await writeEntries(t, 3);
    const second = await checkpoint(t, file);
    const [first = '', last = ''] = readFileSync(file, 'utf8').trim().split('\n');
    // Moving the anchor back to seq 3 would make a cut after 3 look fine: the signature says no.
    writeFileSync(file, `${first}\n${last.replace(`"seq":${second.seq}`, '"seq":3')}\n`);
    expect((await verify(t, file)).err).toBe(
      `AUDIT LOG TAMPERED: checkpoint seq 3 of ${second.at} (line 2 of ${file}) does not carry a valid signature: the checkpoints file was edited`,
    );
    writeFileSync(file, `${first}\n{"seq":6,"hash":"00"}\n`);
    expect((await verify(t, file)).err).toBe(
      `AUDIT LOG TAMPERED: line 2 of ${file} is not a checkpoint: the checkpoints file was edited or torn`,
    );
  });

  it('verifies a restored backup against the checkpoints of its moment, named with --checkpoints', async () => {
    const { t, file } = await setUp();
    await writeEntries(t, 2);
    const atBackup = await checkpoint(t, file);
    const backup = join(mkdtempSync(join(tmpdir(), 'zonehub-backup-')), 'audit-checkpoints.jsonl');
    writeFileSync(backup, readFileSync(file));
    await writeEntries(t, 2);
    await checkpoint(t, file);
    await truncateAfter(t, 2);
    // The live file (later checkpoints) sees the restore as a cut; the backup's own file does not.
    expect((await verify(t, file)).code).toBe(1);
    const restored = await verify(t, backup, true);
    expect(restored.code).toBe(0);
    expect(restored.out).toContain(`checked against checkpoint seq 2 of ${atBackup.at} (line 1 of ${backup})`);
  });

  it('refuses a key other than the one the log is written with', async () => {
    const { t, file } = await setUp();
    expect(await auditKeyMatches(t.ctx.db, t.ctx.config.auditKey)).toBe(true);
    expect(await auditKeyMatches(t.ctx.db, 'another key of at least 32 characters')).toBe(false);
    await writeEntries(t, 2);
    const other = await auditVerify(
      t.ctx.db,
      { key: 'another key of at least 32 characters', checkpointsFile: file, explicitFile: false },
      {
        out: () => {},
        err: (line) =>
          expect(line).toBe(
            'AUDIT LOG NOT VERIFIED: the audit key (ZONEHUB_AUDIT_KEY, or $ZONEHUB_DATA_DIR/audit-key) is not the key this audit log is written with',
          ),
      },
    );
    expect(other).toBe(1);
  });
});

/** The database as the previous release left it: migrated up to before the chain was keyed. */
async function migrateBeforeKeying(t: TestApp): Promise<void> {
  const db = t.ctx.db;
  const schema =
    dialectOf(db) === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
      : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const down = await migrator.migrateTo('20261129T1800_add_user_mobile');
  if (down.error) throw down.error;
}

describe('upgrading a database whose log was written unkeyed', () => {
  it('keeps verifying the old entries by their plain hash and keys every entry after the upgrade', async () => {
    const { t, file } = await setUp();
    await migrateBeforeKeying(t);
    await forgeAfter(t, 0, 3, entryHash); // what the previous release wrote
    await migrateToLatest(t.ctx.db);
    await writeEntries(t, 2);
    const anchored = await checkpoint(t, file);
    expect(anchored).toMatchObject({ seq: 5, keyedFromSeq: 4 });
    const result = await verify(t, file);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      'audit log intact: 5 entries, chain verified with the audit key; entries 1–3 predate the key and are verified by their plain hash',
    );
    expect(result.out).toContain(`checked against checkpoint seq 5 of ${anchored.at}`);
  });

  it('fails on forged entries passed off as written before the key (the keyed boundary moved)', async () => {
    const { t, file } = await setUp();
    await migrateBeforeKeying(t);
    await forgeAfter(t, 0, 2, entryHash);
    await migrateToLatest(t.ctx.db);
    await writeEntries(t, 2);
    const anchored = await checkpoint(t, file);
    // Without the key, the whole log re-chained by the old rule, the boundary moved past it.
    await forgeAfter(t, 0, 6, entryHash);
    await sql`update audit_head set keyed_from_seq = 7 where id = 1`.execute(t.ctx.db);
    expect((await verify(t, file)).err).toBe(
      `AUDIT LOG TAMPERED: checkpoint seq 4 of ${anchored.at} (line 1 of ${file}) has keyed entries from seq 3, the database now says 7: the boundary was moved`,
    );
  });
});

describe('the worker', () => {
  it('writes a checkpoint at start-up and shutdown into the data dir and logs each one', async () => {
    const { t, file } = await setUp();
    await writeEntries(t, 2);
    const logged: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logged.push(String(chunk));
        done();
      },
    });
    const worker = startWorker(t.ctx, pino({ level: 'info' }, sink));
    await vi.waitFor(() => expect(existsSync(file)).toBe(true));
    await writeEntries(t, 1);
    await worker.stop();
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).seq)).toEqual([2, 3]);
    const fromLog = logged.map((l) => JSON.parse(l).auditCheckpoint).filter(Boolean);
    expect(fromLog.map((c) => JSON.stringify(c))).toEqual(lines);
    expect(await verify(t, file)).toMatchObject({ code: 0 });
  });
});
