import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';

/**
 * Configuration comes only from environment variables (documented in the README). Every problem is
 * reported as one line that names the variable, so start-up stops with something a person can act on.
 */
export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export type ProcessRole = 'web' | 'ingest' | 'worker';

/**
 * Which reverse proxies may say who the client is (X-Forwarded-For/-Proto/-Host), as Fastify's
 * `trustProxy` takes it: false (none; the default), the number of proxy hops in front of us, or the
 * proxies' addresses and CIDR ranges.
 */
export type TrustProxy = false | number | string[];

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  sessionSecret: string;
  /** Keys the audit chain's MACs and signs its checkpoints; never stored in the database. */
  auditKey: string;
  demo: boolean;
  roles: ProcessRole[];
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  logLevel: string;
  webDist: string | null;
  trustProxy: TrustProxy;
  /** Rows an import writes per transaction; the writer is free between chunks (ZONEHUB_IMPORT_CHUNK_ROWS). */
  importChunkRows: number;
  /** Most data rows one uploaded sheet may have (ZONEHUB_IMPORT_MAX_ROWS). */
  importMaxRows: number;
  /**
   * Projects the daily light recompute writes per transaction; the writer is free between chunks
   * (ZONEHUB_RECOMPUTE_CHUNK_PROJECTS). Optional so hand-built configs keep working: default 50.
   */
  recomputeChunkProjects?: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false (1/0), got "${env[name]}"`);
}

function database(env: Env, dataDir: string): DatabaseConfig {
  const raw = env.ZONEHUB_DATABASE_URL?.trim();
  if (!raw) return { kind: 'sqlite', file: join(dataDir, 'zonehub.db') };
  if (/^postgres(ql)?:\/\//.test(raw)) {
    try {
      new URL(raw);
    } catch {
      throw new ConfigError('ZONEHUB_DATABASE_URL', 'is not a valid postgres:// URL');
    }
    return { kind: 'postgres', url: raw };
  }
  if (raw.startsWith('sqlite:')) return { kind: 'sqlite', file: resolve(raw.slice('sqlite:'.length)) };
  throw new ConfigError(
    'ZONEHUB_DATABASE_URL',
    'must start with postgres:// or sqlite: (leave unset for ./data/zonehub.db)',
  );
}

function roles(env: Env): ProcessRole[] {
  const raw = env.ZONEHUB_ROLES?.trim();
  if (!raw) return ['web', 'ingest', 'worker'];
  const list = raw.split(',').map((r) => r.trim());
  for (const role of list) {
    if (role !== 'web' && role !== 'ingest' && role !== 'worker') {
      throw new ConfigError('ZONEHUB_ROLES', `unknown role "${role}" (use web, ingest, worker)`);
    }
  }
  return list as ProcessRole[];
}

/** proxy-addr's names for the usual private ranges, accepted beside addresses and CIDRs. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const MAX_PROXY_HOPS = 10;

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry) || isIP(entry) !== 0) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || prefix === undefined || rest.length > 0 || !/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * Never `true` (trust every hop): then any client could name its own address in X-Forwarded-For and
 * walk around the per-address lockout.
 */
function trustProxy(env: Env): TrustProxy {
  const name = 'ZONEHUB_TRUST_PROXY';
  const raw = env[name]?.trim() ?? '';
  if (raw === '' || ['off', 'false', 'no', '0'].includes(raw.toLowerCase())) return false;
  if (['on', 'true', 'yes'].includes(raw.toLowerCase())) {
    throw new ConfigError(
      name,
      `"${raw}" would trust any client's X-Forwarded-For; give a hop count or the proxies' addresses`,
    );
  }
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > MAX_PROXY_HOPS) throw new ConfigError(name, `a hop count must be 1 to ${MAX_PROXY_HOPS}, got ${hops}`);
    return hops;
  }
  const entries = raw.split(',').map((entry) => entry.trim());
  const bad = entries.find((entry) => !isProxyAddress(entry));
  if (bad !== undefined) {
    throw new ConfigError(
      name,
      `"${bad}" is not a proxy address or CIDR (use off, a hop count, or e.g. 10.0.0.5,192.168.0.0/16)`,
    );
  }
  return entries;
}

/**
 * A secret given in the environment, or else generated once and kept in a file of the data dir (mode
 * 600). `persist: false` (tests of the config) generates a fresh one and writes nothing.
 */
function keptSecret(env: Env, variable: string, file: string, persist: boolean): string {
  const given = env[variable];
  if (given !== undefined && given !== '') {
    if (given.length < 32) throw new ConfigError(variable, 'must be at least 32 characters');
    return given;
  }
  if (!persist) return randomBytes(32).toString('hex');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: Env = process.env, options: { persistSecret?: boolean } = {}): Config {
  const dataDir = resolve(env.ZONEHUB_DATA_DIR?.trim() || './data');
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new ConfigError('ZONEHUB_DATA_DIR', `cannot create ${dataDir}: ${(error as Error).message}`);
  }
  const db = database(env, dataDir);
  const persist = options.persistSecret ?? true;
  const logLevel = env.ZONEHUB_LOG_LEVEL?.trim() || 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError('ZONEHUB_LOG_LEVEL', `unknown level "${logLevel}"`);
  }
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.ZONEHUB_HOST?.trim() || '0.0.0.0',
    dataDir,
    database: db,
    // The session secret signs cookies; the audit key keys the audit chain and its checkpoints.
    sessionSecret: keptSecret(env, 'ZONEHUB_SESSION_SECRET', join(dataDir, 'session-secret'), persist),
    auditKey: keptSecret(env, 'ZONEHUB_AUDIT_KEY', join(dataDir, 'audit-key'), persist),
    demo: flag(env, 'ZONEHUB_DEMO', db.kind === 'sqlite'),
    roles: roles(env),
    sessionIdleMinutes: integer(env, 'ZONEHUB_SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionMaxHours: integer(env, 'ZONEHUB_SESSION_MAX_HOURS', 12, 1, 24 * 30),
    logLevel,
    webDist: env.ZONEHUB_WEB_DIST?.trim() || null,
    trustProxy: trustProxy(env),
    importChunkRows: integer(env, 'ZONEHUB_IMPORT_CHUNK_ROWS', 200, 1, 1_000_000),
    importMaxRows: integer(env, 'ZONEHUB_IMPORT_MAX_ROWS', 50_000, 1, 1_000_000),
    recomputeChunkProjects: integer(env, 'ZONEHUB_RECOMPUTE_CHUNK_PROJECTS', 50, 1, 1_000_000),
  };
}
