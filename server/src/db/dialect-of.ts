import { type Kysely, PostgresAdapter } from 'kysely';
import type { Dialect } from './database.js';

/** Which database a Kysely instance talks to; migrations branch on it only where SQL must differ. */
export function dialectOf<T>(db: Kysely<T>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
