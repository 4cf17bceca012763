import { passwordViolations } from '@zonehub/password-policy';
import type { AppContext, Principal } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { localeFrom } from '../../http/locale.js';
import { recordChange } from '../audit/audit.service.js';
import { zonesOfUser } from '../users/membership.repository.js';
import { passwordErrors } from '../users/password-errors.js';
import { findUserById, updateUser } from '../users/user.repository.js';
import { lockedError, releaseCurrentPasswordCheck, reserveCurrentPasswordCheck } from './lockout.service.js';
import { LOCK_MS } from './lockout-rules.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import * as sessions from './session.repository.js';

export async function logout(ctx: AppContext, principal: Principal): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await sessions.deleteSession(trx, principal.sessionId);
    await recordChange(trx, ctx, principal, {
      action: 'auth.logout',
      entityType: 'user',
      entityId: principal.userId,
      zoneId: principal.zoneId,
    });
  });
}

export async function logoutEverywhere(ctx: AppContext, principal: Principal): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await sessions.deleteUserSessions(trx, principal.userId);
    await recordChange(trx, ctx, principal, {
      action: 'auth.logoutAll',
      entityType: 'user',
      entityId: principal.userId,
      zoneId: principal.zoneId,
    });
  });
}

export async function changePassword(
  ctx: AppContext,
  principal: Principal,
  input: { currentPassword: string; newPassword: string },
  acceptLanguage: string | undefined,
): Promise<void> {
  const user = await findUserById(ctx.db, principal.userId);
  if (!user) throw new AppError('auth.unauthenticated');
  const locale = localeFrom(acceptLanguage);
  // Counted before the check, like a sign-in, so a stolen session cannot guess the password quickly.
  const remaining = await reserveCurrentPasswordCheck(ctx, user.id);
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    if (remaining === 0) throw lockedError(LOCK_MS);
    const message =
      locale === 'en-US' ? `is not correct (${remaining} tries left)` : `当前密码不正确，还可尝试 ${remaining} 次`;
    throw new AppError('auth.wrongPassword', {}, [{ field: 'body.currentPassword', code: 'wrongPassword', message }], {
      remainingAttempts: remaining,
    });
  }
  // The person knows the password: a rejected new one below is not a failed guess.
  await releaseCurrentPasswordCheck(ctx.db, user.id);
  const violations = passwordViolations(input.newPassword, user.username);
  const reused = input.newPassword === input.currentPassword;
  if (violations.length > 0 || reused) {
    const errors = passwordErrors('body.newPassword', reused ? [...violations, 'reused'] : violations, locale);
    throw new AppError('validation.failed', { count: errors.length }, errors);
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { passwordHash, mustChangePassword: 0, passwordChangedAt: now, updatedAt: now });
    // A changed password ends every other session: whoever knew the old one is signed out.
    await sessions.deleteUserSessions(trx, user.id, principal.sessionId);
    await recordChange(trx, ctx, principal, {
      action: 'user.changePassword',
      entityType: 'user',
      entityId: principal.userId,
      zoneId: principal.zoneId,
    });
  });
}

export async function switchZone(ctx: AppContext, principal: Principal, zoneId: string): Promise<void> {
  const zones = await zonesOfUser(ctx.db, principal.userId, principal.systemAdmin);
  if (!zones.some((z) => z.zoneId === zoneId)) throw new AppError('auth.forbidden');
  await sessions.setSessionZone(ctx.db, principal.sessionId, zoneId);
}
