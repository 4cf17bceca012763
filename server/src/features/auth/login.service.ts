import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { zonesOfUser } from '../users/membership.repository.js';
import { findUserByUsername, updateUser } from '../users/user.repository.js';
import type { UserRow } from '../users/user.table.js';
import { tellOfAccountLock } from './account-lock-alert.js';
import { sessionIdOf } from './auth.service.js';
import {
  countSignInFailure,
  lockedError,
  type ReservedSignIn,
  releaseSignIn,
  reserveSignIn,
} from './lockout.service.js';
import { imitateVerification, verifyPassword } from './password-hash.js';
import * as sessions from './session.repository.js';

export interface LoginInput {
  username: string;
  password: string;
  /** The client's address (request.ip: behind a trusted proxy, the one it forwards). */
  ip: string;
  userAgent: string | null;
}

/**
 * Signs in: counts the attempt (refusing a locked pair or username, or an address being slowed down,
 * before anything is checked), checks the password and the account, and on success opens a session
 * and returns its token. A username that does not exist answers exactly like a wrong password for one
 * that does: same counts, same messages, same time, but no hashing (imitateVerification).
 */
export async function login(ctx: AppContext, input: LoginInput): Promise<{ token: string; userId: string }> {
  const username = input.username.trim();
  const reserved = await reserveSignIn(ctx, username, input.ip);
  const user = await findUserByUsername(ctx.db, username);
  const valid = user
    ? await verifyPassword(input.password, user.passwordHash)
    : await imitateVerification().then(() => false);
  // Demo accounts exist only in demo mode: outside it they cannot sign in at all.
  if (!user || !valid || (user.isDemo === 1 && !ctx.config.demo)) {
    await recordFailure(ctx, reserved, user ?? null, username, input.ip);
    if (reserved.lockedUntil !== null) throw lockedError(reserved.lockedUntil - ctx.clock.now().getTime());
    throw new AppError('auth.invalidCredentials', {}, [], { remainingAttempts: reserved.remaining });
  }
  if (!user.active) {
    await ctx.db.transaction().execute((trx) => releaseSignIn(trx, reserved, ctx.clock.now()));
    throw new AppError('auth.inactive');
  }
  return openSession(ctx, user, reserved, input);
}

async function recordFailure(
  ctx: AppContext,
  reserved: ReservedSignIn,
  user: UserRow | null,
  username: string,
  ip: string,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await countSignInFailure(trx, reserved, ctx.clock.now());
    await recordAudit(trx, ctx, {
      actor: user ? { id: user.id, name: user.username } : { id: null, name: username.slice(0, 64) },
      ip,
      zoneId: null,
      action: 'auth.loginFailed',
      entityType: 'user',
      entityId: user?.id ?? null,
      before: null,
      after: null,
    });
    if (user && reserved.accountLockedUntil !== null) {
      await tellOfAccountLock(trx, ctx, user, new Date(reserved.accountLockedUntil), ip);
    }
  });
}

async function openSession(
  ctx: AppContext,
  user: UserRow,
  reserved: ReservedSignIn,
  input: LoginInput,
): Promise<{ token: string; userId: string }> {
  const now = ctx.clock.now();
  const zones = await zonesOfUser(ctx.db, user.id, user.systemAdmin === 1);
  const token = randomBytes(32).toString('base64url');
  const nowIso = now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await releaseSignIn(trx, reserved, now);
    await sessions.insertSession(trx, {
      id: sessionIdOf(token, ctx.config.sessionSecret),
      userId: user.id,
      zoneId: zones[0]?.zoneId ?? null,
      csrfToken: randomBytes(24).toString('base64url'),
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      createdAt: nowIso,
      lastSeenAt: nowIso,
      expiresAt: new Date(now.getTime() + ctx.config.sessionMaxHours * 3_600_000).toISOString(),
    });
    await updateUser(trx, user.id, { lastLoginAt: nowIso });
    await recordAudit(trx, ctx, {
      actor: { id: user.id, name: user.username },
      ip: input.ip,
      zoneId: zones[0]?.zoneId ?? null,
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      before: null,
      after: null,
    });
  });
  return { token, userId: user.id };
}
