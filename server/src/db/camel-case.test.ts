import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { MemoizedCamelCasePlugin } from './camel-case.js';

interface Schema {
  leadActivities: { id: number; happenedOn: string; taskForceId: string | null };
}

function open(plugin: CamelCasePlugin): Kysely<Schema> {
  const sqlite = new SQLite(':memory:');
  sqlite.exec('create table lead_activities (id integer primary key, happened_on text, task_force_id text)');
  sqlite.exec("insert into lead_activities (happened_on, task_force_id) values ('2026-12-01', 'tf1')");
  return new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [plugin] });
}

describe('the memoized camelCase plugin', () => {
  it('maps names as Kysely does, converting each name once', async () => {
    const plugin = new MemoizedCamelCasePlugin();
    const convert = vi.spyOn(CamelCasePlugin.prototype as unknown as { camelCase(s: string): string }, 'camelCase');
    const db = open(plugin);
    const plain = open(new CamelCasePlugin());
    const query = (k: Kysely<Schema>) =>
      k
        .selectFrom('leadActivities')
        .select(['id', 'happenedOn', 'taskForceId'])
        .where('happenedOn', '>=', '2026-01-01');
    expect(query(db).compile().sql).toBe(query(plain).compile().sql);
    const expected = await query(plain).execute();
    convert.mockClear();
    for (let i = 0; i < 5; i++) expect(await query(db).execute()).toEqual(expected);
    // Three column names, converted the first time only.
    expect(convert).toHaveBeenCalledTimes(3);
    convert.mockRestore();
    await db.destroy();
    await plain.destroy();
  });
});
