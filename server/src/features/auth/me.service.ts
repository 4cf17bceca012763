import { GRANTS, menuFor } from '@zonehub/access';
import type { AppContext, Principal } from '../../http/context.js';
import { zonesOfUser } from '../users/membership.repository.js';
import { findUserById } from '../users/user.repository.js';
import type { Me } from './auth.schema.js';

/** What the web app needs to draw itself for this caller: who, where, what they may open. */
export async function describeMe(ctx: AppContext, principal: Principal): Promise<Me> {
  const zones = await zonesOfUser(ctx.db, principal.userId, principal.systemAdmin);
  const user = await findUserById(ctx.db, principal.userId);
  const zone = zones.find((z) => z.zoneId === principal.zoneId) ?? null;
  const role = principal.role;
  return {
    user: {
      id: principal.userId,
      username: principal.username,
      displayName: principal.displayName,
      mustChangePassword: principal.mustChangePassword,
      systemAdmin: principal.systemAdmin,
      enterpriseId: user?.enterpriseId ?? null,
    },
    role,
    zone: zone ? { id: zone.zoneId, code: zone.code, name: zone.name, isDemo: zone.isDemo === 1 } : null,
    zones: zones.map((z) => ({ id: z.zoneId, code: z.code, name: z.name, role: z.role })),
    permissions: role ? [...GRANTS[role]] : [],
    menu: role && !principal.mustChangePassword ? menuFor(role) : [],
    csrfToken: principal.csrfToken,
    session: { idleTimeoutSeconds: ctx.config.sessionIdleMinutes * 60, expiresAt: principal.sessionExpiresAt },
  };
}
