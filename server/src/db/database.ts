import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config/config.js';
import { MemoizedCamelCasePlugin } from './camel-case.js';
import type { Database } from './schema.js';
import { withStatementCache } from './statement-cache.js';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  /** Reads that must not wait behind a long write transaction; see openDatabase. */
  readDb: Kysely<Database>;
  dialect: Dialect;
  destroy(): Promise<void>;
}

export type Db = Kysely<Database>;

const PG_INT8 = 20;
const PG_NUMERIC = 1700;

/**
 * int8 (count(*), sums of integers) and numeric arrive from pg as strings; parse them into numbers
 * here, once, and refuse a value a JS number cannot hold exactly rather than rounding it silently.
 */
function parseInt8(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${value} exceeds the safe integer range`);
  return n;
}

const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === PG_INT8) return parseInt8;
    if (oid === PG_NUMERIC) return (value: string) => Number(value);
    return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid, 'text');
  },
};

export interface OpenOptions {
  /** PostgreSQL only: every query runs with this schema first on the search path (tests use it). */
  searchPath?: string;
  poolSize?: number;
}

/**
 * `busyTimeoutMs` 0 is for the read connection: it lives in the same thread as the writer, so waiting
 * for the writer's lock could only block the thread that would release it; it fails at once instead.
 */
export function openSqlite(file: string, busyTimeoutMs = 5000): SQLite.Database {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
  sqlite.pragma('synchronous = NORMAL');
  return sqlite;
}

/** SQLite refused a write because another connection holds the writer (only the read connection sees this). */
export function isSqliteBusy(error: unknown): boolean {
  return error instanceof SQLite.SqliteError && error.code === 'SQLITE_BUSY';
}

const IN_MEMORY = /^(:memory:|file::memory:)|^$/;

/**
 * Opens the database. On a SQLite file, `readDb` is a second connection: a Kysely SQLite dialect has
 * one connection, and a long transaction (an import commit) holds it, so every other request would
 * wait for it (sessions, the import's own progress). WAL lets this second connection read the last
 * committed state beside the open write. In-memory SQLite cannot be shared between connections, and
 * PostgreSQL's pool has other connections already: there `readDb` is `db`.
 */
export function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): DatabaseHandle {
  const plugins = [new MemoizedCamelCasePlugin()];
  if (config.kind === 'sqlite') {
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(openSqlite(config.file)) }),
      plugins,
    });
    if (IN_MEMORY.test(config.file)) return { db, readDb: db, dialect: 'sqlite', destroy: () => db.destroy() };
    const readDb = new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(openSqlite(config.file, 0)) }),
      plugins,
    });
    return {
      db,
      readDb,
      dialect: 'sqlite',
      destroy: async () => {
        await readDb.destroy();
        await db.destroy();
      },
    };
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: options.poolSize ?? 10,
    types: pgTypes,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins });
  return { db, readDb: db, dialect: 'postgres', destroy: () => db.destroy() };
}
