import type { Role } from '@zonehub/access';
import type { Config } from '../config/config.js';
import type { Db, Dialect } from '../db/database.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What every route, service and job is handed: the database, the configuration and the clock. */
export interface AppContext {
  db: Db;
  /**
   * For reads that must not wait behind a long write (the session lookup, an import's progress): a
   * second connection on a SQLite file, otherwise the same as `db`. Never inside a transaction.
   */
  readDb: Db;
  dialect: Dialect;
  config: Config;
  clock: Clock;
}

/**
 * Which rows a caller may see. Built once per request from the session; repositories apply it inside
 * their queries (never by filtering results afterwards).
 */
export interface Scope {
  zoneId: string;
  role: Role;
  /** null: every park of the zone; otherwise only these (park staff). */
  parkIds: readonly string[] | null;
  /** The departments and task forces the caller belongs to. */
  orgUnitIds: readonly string[];
  /** Set for enterprise users: they see this enterprise and nothing else. */
  enterpriseId: string | null;
}

/** The signed-in caller, attached to the request by the session hook. */
export interface Principal {
  userId: string;
  username: string;
  displayName: string;
  systemAdmin: boolean;
  mustChangePassword: boolean;
  sessionId: string;
  csrfToken: string;
  sessionExpiresAt: string;
  /** The zone the caller is working in, and their role and scope there; null when they have none. */
  zoneId: string | null;
  role: Role | null;
  scope: Scope | null;
  ip: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** Who is making a write, as services need it: for the audit entry and for the data scope. */
export interface Caller {
  actor: { id: string | null; name: string | null };
  ip: string;
  principal: Principal;
  scope: Scope;
}
