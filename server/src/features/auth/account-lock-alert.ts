import type { Db } from '../../db/database.js';
import { type AuditContext, recordAudit } from '../audit/audit.service.js';
import { notify } from '../notifications/notify.js';
import { zonesOfUser } from '../users/membership.repository.js';
import type { UserRow } from '../users/user.table.js';
import { zoneAdminsOf } from '../users/zone-admins.repository.js';
import { ACCOUNT_LIMIT, LOCK_MS } from './lockout-rules.js';

/**
 * An account was just locked by failures from anywhere: someone may be guessing its password. Its
 * zone admins are told in each zone the user works in, once per lock (the lock's end is in the
 * dedupe key), and the lock is audited. Runs in the transaction that records the failure.
 */
export async function tellOfAccountLock(
  trx: Db,
  ctx: AuditContext,
  user: Pick<UserRow, 'id' | 'username' | 'displayName' | 'systemAdmin'>,
  lockedUntil: Date,
  ip: string,
): Promise<void> {
  const zones = await zonesOfUser(trx, user.id, user.systemAdmin === 1);
  const admins = await zoneAdminsOf(
    trx,
    zones.map((z) => z.zoneId),
  );
  const now = ctx.clock.now();
  for (const admin of admins) {
    await notify(trx, {
      zoneId: admin.zoneId,
      userId: admin.userId,
      kind: 'accountLocked',
      params: {
        username: user.username,
        displayName: user.displayName,
        attempts: ACCOUNT_LIMIT,
        minutes: LOCK_MS / 60_000,
      },
      link: '/admin/users',
      subjectType: 'user',
      subjectId: user.id,
      dedupeKey: `accountLocked:${lockedUntil.toISOString()}`,
      now,
    });
  }
  await recordAudit(trx, ctx, {
    actor: { id: null, name: null },
    ip,
    zoneId: null,
    action: 'auth.accountLocked',
    entityType: 'user',
    entityId: user.id,
    before: null,
    after: { lockedUntil: lockedUntil.toISOString(), failures: ACCOUNT_LIMIT },
  });
}
