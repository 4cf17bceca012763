import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct SQL texts kept prepared per connection; past it the least recently used is dropped. */
const DEFAULT_CAPACITY = 500;

/**
 * The connection as Kysely's SQLite dialect sees it, with its prepared statements kept by SQL text.
 * Kysely prepares every query afresh, and under load preparing cost about a tenth of the server's CPU
 * (the mixed-role benchmark's profile): the same few hundred queries are prepared thousands of times.
 * A statement still executing (an export's row iterator) is busy and cannot be rebound, so a query
 * that needs the same SQL meanwhile gets a fresh statement of its own. SQLite re-prepares a cached
 * statement itself when a migration changes the schema under it.
 */
export function withStatementCache(database: SQLite.Database, capacity = DEFAULT_CAPACITY): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string): SqliteStatement {
      const cached = statements.get(sql);
      if (cached !== undefined && !cached.busy) {
        // Map keeps insertion order: moving the hit to the end makes the first key the least recent.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (cached === undefined) {
        statements.set(sql, statement);
        if (statements.size > capacity) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
      }
      return statement;
    },
    close(): void {
      statements.clear();
      database.close();
    },
  };
}
