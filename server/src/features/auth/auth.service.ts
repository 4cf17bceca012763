import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Role } from '@zonehub/access';
import { type Db, isSqliteBusy } from '../../db/database.js';
import type { AppContext, Principal, Scope } from '../../http/context.js';
import { orgUnitIdsOfUser, parkIdsOfUser, zonesOfUser } from '../users/membership.repository.js';
import * as sessions from './session.repository.js';

export const SESSION_COOKIE = 'zonehub_session';
/** last_seen_at is written at most once a minute, so most requests stay reads. */
export const TOUCH_INTERVAL_MS = 60_000;

/**
 * A session last stamped at or before this instant has idled out. The stamp may lag the user's last
 * request by up to TOUCH_INTERVAL_MS, so idle time is counted from the stamp plus that interval:
 * comparing the stamp alone logged out users who had been active less than the idle time ago. A truly
 * idle session therefore ends between idle minutes and idle minutes plus one after its last request.
 */
export function idleCutoff(now: Date, idleMinutes: number): string {
  return new Date(now.getTime() - idleMinutes * 60_000 - TOUCH_INTERVAL_MS).toISOString();
}

/** The database keeps only an HMAC of the cookie's token, keyed by the session secret. */
export function sessionIdOf(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}

export function tokensMatch(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export type SessionLookup =
  | { status: 'none' }
  | { status: 'expired' }
  | { status: 'unknown' }
  | { status: 'ok'; principal: Principal };

async function scopeFor(
  db: Db,
  userId: string,
  zoneId: string,
  role: Role,
  enterpriseId: string | null,
): Promise<Scope> {
  const needsParks = role === 'parkStaff';
  const needsUnits = role === 'departmentStaff' || role === 'taskForceMember' || role === 'investmentStaff';
  return {
    zoneId,
    role,
    parkIds: needsParks ? await parkIdsOfUser(db, userId, zoneId) : null,
    orgUnitIds: needsUnits ? await orgUnitIdsOfUser(db, userId, zoneId) : [],
    enterpriseId: role === 'enterpriseUser' ? (enterpriseId ?? '') : null,
  };
}

/**
 * The session lookup runs on every request, so it reads through `readDb` and its bookkeeping writes
 * (touch, removing an expired session, the zone fallback) go there too, as a best effort: on SQLite,
 * while a long write (an import) holds the writer, they are skipped at once rather than making every
 * request wait for it. Each is redone by the next request (or the purge job); none is needed now.
 */
async function giveWayToWriter(write: Promise<void>): Promise<void> {
  try {
    await write;
  } catch (error) {
    if (!isSqliteBusy(error)) throw error;
  }
}

/** Finds the session behind a cookie token, applies idle and absolute expiry, and builds the principal. */
export async function resolveSession(
  ctx: AppContext,
  token: string | undefined,
  ip: string,
  options: { touch: boolean } = { touch: true },
): Promise<SessionLookup> {
  if (!token) return { status: 'none' };
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { status: 'unknown' };
  const id = sessionIdOf(token, ctx.config.sessionSecret);
  const row = await ctx.readDb
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    // The role in the session's zone comes in the same query: one round trip per request.
    .leftJoin('userZoneRoles', (join) =>
      join.onRef('userZoneRoles.userId', '=', 'sessions.userId').onRef('userZoneRoles.zoneId', '=', 'sessions.zoneId'),
    )
    .select([
      'userZoneRoles.role',
      'sessions.id',
      'sessions.zoneId',
      'sessions.csrfToken',
      'sessions.lastSeenAt',
      'sessions.expiresAt',
      'users.id as userId',
      'users.username',
      'users.displayName',
      'users.systemAdmin',
      'users.mustChangePassword',
      'users.enterpriseId',
      'users.active',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return { status: 'unknown' };
  const now = ctx.clock.now();
  const idleSince = idleCutoff(now, ctx.config.sessionIdleMinutes);
  if (row.expiresAt <= now.toISOString() || row.lastSeenAt <= idleSince || row.active !== 1) {
    await giveWayToWriter(sessions.deleteSession(ctx.readDb, id));
    return { status: 'expired' };
  }
  if (options.touch && now.getTime() - Date.parse(row.lastSeenAt) > TOUCH_INTERVAL_MS) {
    await giveWayToWriter(sessions.touchSession(ctx.readDb, id, now.toISOString()));
  }
  const systemAdmin = row.systemAdmin === 1;
  let zoneId = row.zoneId;
  let role: Role | null = systemAdmin ? 'systemAdmin' : row.role;
  if (!zoneId || !role) {
    // The session's zone is gone or the user left it: fall back to their first zone.
    const first = (await zonesOfUser(ctx.readDb, row.userId, systemAdmin))[0];
    zoneId = first?.zoneId ?? null;
    role = first?.role ?? null;
    if (zoneId) await giveWayToWriter(sessions.setSessionZone(ctx.readDb, id, zoneId));
  }
  const scope = zoneId && role ? await scopeFor(ctx.readDb, row.userId, zoneId, role, row.enterpriseId) : null;
  return {
    status: 'ok',
    principal: {
      userId: row.userId,
      username: row.username,
      displayName: row.displayName,
      systemAdmin,
      mustChangePassword: row.mustChangePassword === 1,
      sessionId: id,
      csrfToken: row.csrfToken,
      sessionExpiresAt: row.expiresAt,
      zoneId,
      role,
      scope,
      ip,
    },
  };
}
