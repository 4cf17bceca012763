import type { Generated } from 'kysely';

/** One row per enterprise: its searchable text, trigram-indexed (FTS5 on SQLite, pg_trgm on PostgreSQL). */
export interface EnterpriseSearchTable {
  id: Generated<number>;
  enterpriseId: string;
  zoneId: string;
  /** Lower-cased lines: name, former names, their pinyin and initials, credit code. */
  body: string;
}

/** Every 2-character piece of the names and initials and their last characters, for terms too short for trigrams. */
export interface EnterpriseSearchGramTable {
  zoneId: string;
  gram: string;
  enterpriseId: string;
}
