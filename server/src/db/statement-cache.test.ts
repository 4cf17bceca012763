import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.js';

let sqlite: SQLite.Database;
let prepared: string[];

beforeEach(() => {
  sqlite = new SQLite(':memory:');
  sqlite.exec('create table t (id integer primary key, name text)');
  sqlite.exec("insert into t (name) values ('a'), ('b'), ('c')");
  prepared = [];
  // Counts what reaches SQLite's own prepare, under the cache.
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((text: string) => {
    prepared.push(text);
    return prepare(text);
  }) as typeof sqlite.prepare;
});
afterEach(() => sqlite.close());

describe('the prepared-statement cache', () => {
  it('prepares a query once however often it runs', async () => {
    const db = new Kysely<{ t: { id: number; name: string } }>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    });
    for (let i = 1; i <= 20; i++) {
      const row = await db
        .selectFrom('t')
        .select('name')
        .where('id', '=', (i % 3) + 1)
        .executeTakeFirst();
      expect(row?.name).toBe(['a', 'b', 'c'][i % 3]);
    }
    expect(prepared.filter((text) => text.startsWith('select'))).toHaveLength(1);
    await db.destroy();
  });

  it('gives a query its own statement while the same query is still being read', () => {
    const cache = withStatementCache(sqlite);
    const text = 'select name from t order by id';
    const streaming = cache.prepare(text);
    const rows = streaming.iterate([]);
    expect(rows.next().value).toEqual({ name: 'a' });
    // The first statement is mid-iteration: reusing it would throw "statement is busy".
    const meanwhile = cache.prepare(text);
    expect(meanwhile).not.toBe(streaming);
    expect(meanwhile.all([])).toEqual([{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
    expect([...rows]).toEqual([{ name: 'b' }, { name: 'c' }]);
    expect(cache.prepare(text)).toBe(streaming);
  });

  it('sees a column a migration added after the query was cached', async () => {
    const db = new Kysely<{ t: { id: number; name: string } }>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    });
    const all = () => sql<Record<string, unknown>>`select * from t where id = 1`.execute(db);
    expect((await all()).rows).toEqual([{ id: 1, name: 'a' }]);
    await sql`alter table t add column code text`.execute(db);
    expect((await all()).rows).toEqual([{ id: 1, name: 'a', code: null }]);
    await db.destroy();
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const cache = withStatementCache(sqlite, 2);
    const one = cache.prepare('select 1');
    cache.prepare('select 2');
    expect(cache.prepare('select 1')).toBe(one);
    cache.prepare('select 3'); // drops "select 2", used less recently than "select 1"
    expect(cache.prepare('select 1')).toBe(one);
    prepared = [];
    cache.prepare('select 2');
    expect(prepared).toEqual(['select 2']);
  });
});
