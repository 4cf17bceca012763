import { type RawBuilder, sql } from 'kysely';

/**
 * `column LIKE '%text%'` with the user's `%`, `_` and `\` matched literally, the same on SQLite and
 * PostgreSQL (both accept the ESCAPE clause).
 */
export function contains(column: string, text: string): RawBuilder<boolean> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}
