import { readFileSync } from 'node:fs';
import type { MigrationDb } from './migration-db.js';

/**
 * GB/T 4754-2017 (with amendment No.1, 2019) as shipped in server/data (see its README for sources).
 * Loaded here once: the table is reference data that changes only with a new edition, and a new
 * edition gets a migration of its own.
 */
const CSV = new URL('../../../data/gbt4754-2017.csv', import.meta.url);

interface IndustryRow {
  code: string;
  level: string;
  name: string;
  parent_code: string | null;
  section: string;
  sort_order: number;
}

function readRows(): IndustryRow[] {
  const lines = readFileSync(CSV, 'utf8').trim().split('\n').slice(1);
  const sectionOf = new Map<string, string>();
  return lines.map((line, index) => {
    // Fields are quoted only when they contain a comma, and only names ever do.
    const match = /^([^,]+),([^,]+),("(?:[^"]|"")*"|[^,]*),([^,]*)$/.exec(line);
    if (!match) throw new Error(`gbt4754-2017.csv line ${index + 2} is not code,level,name,parent`);
    const [, code = '', level = '', rawName = '', parent = ''] = match;
    const name = rawName.startsWith('"') ? rawName.slice(1, -1).replace(/""/g, '"') : rawName;
    const section = level === 'section' ? code : (sectionOf.get(parent) ?? parent);
    sectionOf.set(code, section);
    return { code, level, name, parent_code: parent || null, section, sort_order: index };
  });
}

export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('industry_codes')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent_code', 'text')
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('industry_codes_parent_idx').on('industry_codes').column('parent_code').execute();
  const rows = readRows();
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('industry_codes')
      .values(rows.slice(i, i + 200))
      .execute();
  }
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('industry_codes').execute();
}
