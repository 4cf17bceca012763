import type { Role } from '@zonehub/access';
import type { Db } from '../../db/database.js';
import type { Caller } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { usersBeyondZoneAdmin } from './membership.repository.js';

/**
 * Who may act on a user account. A name, a password, the active flag, a mobile number belong to the
 * account, not to a zone: changing them changes who the user is in every zone they work in, and a
 * reset password signs in there too. So a zone admin acts on a user only when they administer every
 * zone the user holds a role in; anyone else (the admin of another zone who also works here, a
 * leader of two zones) is for a system admin, or an admin of all those zones. A system admin account
 * is for a system admin alone.
 */
export interface AdminViewer {
  userId: string;
  systemAdmin: boolean;
}

/** The system admin role is given, taken away or edited by a system admin only. */
export function assertMayGrant(caller: Caller, from: Role | null, to: Role | undefined): void {
  if ((from === 'systemAdmin' || to === 'systemAdmin') && !caller.principal.systemAdmin) {
    throw new AppError('user.systemAdminOnly');
  }
}

/** Throws 403 unless the caller's authority covers every zone and role the user holds. */
export async function assertMayActOn(db: Db, caller: Caller, user: { id: string; role: Role | null }): Promise<void> {
  assertMayGrant(caller, user.role, undefined);
  if (caller.principal.systemAdmin) return;
  const beyond = await usersBeyondZoneAdmin(db, caller.principal.userId, [user.id]);
  if (beyond.size > 0) throw new AppError('user.outsideAuthority');
}

/** For the list: which of these users the viewer may act on (so the page can say so before a 403). */
export async function manageableUsers(
  db: Db,
  viewer: AdminViewer,
  users: readonly { id: string; role: Role | null }[],
): Promise<Set<string>> {
  if (viewer.systemAdmin) return new Set(users.map((u) => u.id));
  const candidates = users.filter((u) => u.role !== 'systemAdmin').map((u) => u.id);
  const beyond = await usersBeyondZoneAdmin(db, viewer.userId, candidates);
  return new Set(candidates.filter((id) => !beyond.has(id)));
}
