import { pinyin } from 'pinyin-pro';
import type { MigrationDb } from './migration-db.js';

/**
 * Leads, projects and users are found by pinyin and initials as enterprises are (翔鹰 by "xy" or
 * "xiangying"): a `search_keys` column per table holds, per name, its full pinyin and its initials,
 * one per line. Filled here for the rows there are; the app writes it with every name it writes.
 */
const TABLES = [
  { table: 'leads', names: ['name', 'investor_name'] },
  { table: 'projects', names: ['name'] },
  { table: 'users', names: ['display_name'] },
] as const;
const PAGE = 1_000;

/** Frozen here on purpose (a migration must not follow later changes to the app's nameKeys). */
function keysOf(names: (string | null)[]): string {
  const lines: string[] = [];
  for (const name of names) {
    if (!name) continue;
    let full = '';
    let initials = '';
    for (const part of pinyin(name, { toneType: 'none', type: 'all', nonZh: 'consecutive' })) {
      const text = part.isZh ? part.pinyin : part.origin.toLowerCase().replace(/[^a-z0-9]/g, '');
      full += text;
      initials += part.isZh ? text.charAt(0) : text;
    }
    lines.push(full, initials);
  }
  return lines.join('\n');
}

export async function up(db: MigrationDb): Promise<void> {
  for (const { table, names } of TABLES) {
    await db.schema
      .alterTable(table)
      .addColumn('search_keys', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    for (let offset = 0; ; offset += PAGE) {
      // Aliased k0, k1…: the app's connection may rename columns (camelCase), an alias stays as it is.
      const rows: Record<string, string | null>[] = await db
        .selectFrom(table)
        .select(['id', ...names.map((n, i) => `${n} as k${i}`)])
        .orderBy('id')
        .limit(PAGE)
        .offset(offset)
        .execute();
      for (const row of rows) {
        await db
          .updateTable(table)
          .set({ search_keys: keysOf(names.map((_, i) => row[`k${i}`] ?? null)) })
          .where('id', '=', row.id)
          .execute();
      }
      if (rows.length < PAGE) break;
    }
  }
}

export async function down(db: MigrationDb): Promise<void> {
  for (const { table } of TABLES) await db.schema.alterTable(table).dropColumn('search_keys').execute();
}
