import pg from 'pg';
import { registerCleanup } from './interrupt.js';

/**
 * Benchmarks on PostgreSQL run against a database created for them and dropped afterwards, so the
 * cold start really starts empty and nobody's data is touched. The maintenance connection goes to
 * the local server; ZONEHUB_BENCH_POSTGRES_URL overrides it, but only with a loopback host.
 */
const MAINTENANCE_URL = process.env.ZONEHUB_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const CONNECT_TIMEOUT_MS = 2_000;

export type PostgresProbe = { reachable: true } | { reachable: false; reason: string };

export interface TemporaryDatabase {
  name: string;
  /** What the server gets as ZONEHUB_DATABASE_URL. */
  url: string;
  /** Drops and creates it again, empty, for the next cold start. */
  recreate(): Promise<void>;
  drop(): Promise<void>;
}

function maintenanceUrl(): URL {
  const url = new URL(MAINTENANCE_URL);
  if (!LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(`ZONEHUB_BENCH_POSTGRES_URL must point at this machine (127.0.0.1), got host ${url.hostname}`);
  }
  return url;
}

async function withMaintenanceClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: maintenanceUrl().href,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function probePostgres(): Promise<PostgresProbe> {
  try {
    await withMaintenanceClient((client) => client.query('SELECT 1'));
    return { reachable: true };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { reachable: false, reason: `${maintenanceUrl().host}: ${reason}` };
  }
}

/** Creates `zonehub_bench_<pid>`; one benchmark process uses at most one at a time. */
export async function createTemporaryDatabase(): Promise<TemporaryDatabase> {
  const name = `zonehub_bench_${process.pid}`;
  const quoted = `"${name}"`;
  const url = maintenanceUrl();
  url.pathname = `/${name}`;

  // FORCE ends the sessions a killed server may have left open, so the drop never waits on them.
  const drop = () => withMaintenanceClient((client) => client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`));
  const create = () => withMaintenanceClient((client) => client.query(`CREATE DATABASE ${quoted}`));

  await drop();
  await create();
  const unregisterCleanup = registerCleanup(async () => {
    await drop();
  });
  return {
    name,
    url: url.href,
    recreate: async () => {
      await drop();
      await create();
    },
    drop: async () => {
      await drop();
      unregisterCleanup();
    },
  };
}
