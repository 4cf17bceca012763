import { passwordViolations } from '@zonehub/password-policy';
import type { Db } from '../../db/database.js';
import type { AppContext, Caller } from '../../http/context.js';
import { AppError, conflict, notFound } from '../../http/errors.js';
import type { Locale } from '../../http/locale.js';
import { recordChange } from '../audit/audit.service.js';
import { hashPassword } from '../auth/password-hash.js';
import { deleteUserSessions } from '../auth/session.repository.js';
import { pinyinSearchKeys } from '../enterprises/enterprise-names.js';
import { countInZone } from '../org-units/org-unit.repository.js';
import { replaceUserOrgUnits, replaceUserParks, setZoneRole } from './membership.repository.js';
import { passwordErrors } from './password-errors.js';
import { findUserByUsername, insertUser, updateUser } from './user.repository.js';
import type { CreateUserInput, UpdateUserInput, UserView } from './user.schema.js';
import { userInZone } from './user.view.js';
import { assertMayActOn, assertMayGrant } from './user-authority.js';
import { countParksInZone, enterpriseInZone } from './user-links.repository.js';

function checkPassword(password: string, username: string, locale: Locale): void {
  const violations = passwordViolations(password, username);
  if (violations.length > 0) {
    const errors = passwordErrors('body.password', violations, locale);
    throw new AppError('validation.failed', { count: errors.length }, errors);
  }
}

async function checkLinks(db: Db, caller: Caller, input: UpdateUserInput): Promise<void> {
  const { zoneId } = caller.scope;
  const orgUnitIds = input.orgUnitIds ?? [];
  if (
    new Set(orgUnitIds).size !== orgUnitIds.length ||
    (await countInZone(db, zoneId, orgUnitIds)) !== orgUnitIds.length
  ) {
    throw notFound('orgUnit');
  }
  const parkIds = input.parkIds ?? [];
  if (new Set(parkIds).size !== parkIds.length || (await countParksInZone(db, zoneId, parkIds)) !== parkIds.length) {
    throw notFound('park');
  }
  if (input.enterpriseId && !(await enterpriseInZone(db, zoneId, input.enterpriseId))) throw notFound('enterprise');
}

function enterpriseRequired(locale: Locale): AppError {
  const message = locale === 'en-US' ? 'is required for an enterprise user' : '企业用户必须关联企业';
  return new AppError('validation.failed', { count: 1 }, [{ field: 'body.enterpriseId', code: 'required', message }]);
}

/** A mainland mobile number: 1, then 3–9, then nine digits. */
const MOBILE = /^1[3-9]\d{9}$/;

function checkMobile(mobile: string | null | undefined, locale: Locale): void {
  if (mobile === undefined || mobile === null || MOBILE.test(mobile)) return;
  const message =
    locale === 'en-US' ? 'must be an 11-digit mainland China mobile number' : '手机号须为 11 位中国大陆手机号码';
  throw new AppError('validation.failed', { count: 1 }, [{ field: 'body.mobile', code: 'invalidFormat', message }]);
}

/**
 * The user as the audit log keeps them. Leaders read the audit log but may not read numbers, so the
 * mobile is masked there (138****5678): the entry still shows that and roughly how it changed.
 * `manageable` says what the caller may do, not what the user is: it stays out.
 */
function audited({ manageable: _, ...view }: UserView): Omit<UserView, 'manageable'> {
  return view.mobile ? { ...view, mobile: `${view.mobile.slice(0, 3)}****${view.mobile.slice(-4)}` } : view;
}

async function viewOf(db: Db, caller: Caller, id: string): Promise<UserView> {
  const { zoneId } = caller.scope;
  const view = await userInZone(
    db,
    { zoneId, userId: caller.principal.userId, systemAdmin: caller.principal.systemAdmin },
    id,
  );
  if (!view) throw notFound('user');
  return view;
}

export async function createUser(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  input: CreateUserInput,
  locale: Locale,
): Promise<UserView> {
  assertMayGrant(caller, null, input.role);
  if (await findUserByUsername(trx, input.username)) {
    const message = locale === 'en-US' ? 'is already taken' : '用户名已被占用';
    throw new AppError('conflict', { reason: input.username }, [{ field: 'body.username', code: 'taken', message }]);
  }
  checkPassword(input.password, input.username, locale);
  checkMobile(input.mobile, locale);
  if (input.role === 'enterpriseUser' && !input.enterpriseId) throw enterpriseRequired(locale);
  await checkLinks(trx, caller, input);
  const now = ctx.clock.now().toISOString();
  const id = crypto.randomUUID();
  await insertUser(trx, {
    id,
    username: input.username,
    displayName: input.displayName,
    searchKeys: pinyinSearchKeys(input.displayName),
    passwordHash: await hashPassword(input.password),
    mustChangePassword: 1,
    active: 1,
    systemAdmin: input.role === 'systemAdmin' ? 1 : 0,
    enterpriseId: input.role === 'enterpriseUser' ? (input.enterpriseId ?? null) : null,
    mobile: input.mobile ?? null,
    isDemo: 0,
    createdAt: now,
    updatedAt: now,
  });
  if (input.role !== 'systemAdmin') await setZoneRole(trx, id, caller.scope.zoneId, input.role);
  await replaceUserOrgUnits(trx, id, caller.scope.zoneId, input.orgUnitIds ?? []);
  await replaceUserParks(trx, id, caller.scope.zoneId, input.parkIds ?? []);
  const after = await viewOf(trx, caller, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'user.create',
    entityType: 'user',
    entityId: id,
    zoneId: caller.scope.zoneId,
    after: audited(after),
  });
  return after;
}

export async function updateUserAccount(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  input: UpdateUserInput,
  locale: Locale,
): Promise<UserView> {
  const before = await viewOf(trx, caller, id);
  await assertMayActOn(trx, caller, before);
  assertMayGrant(caller, before.role, input.role);
  if (id === caller.principal.userId && (input.active === false || (input.role && input.role !== before.role))) {
    throw conflict('self');
  }
  checkMobile(input.mobile, locale);
  const role = input.role ?? before.role;
  if (role === 'enterpriseUser' && !(input.enterpriseId === undefined ? before.enterpriseId : input.enterpriseId)) {
    throw enterpriseRequired(locale);
  }
  await checkLinks(trx, caller, input);
  const now = ctx.clock.now().toISOString();
  await updateUser(trx, id, {
    ...(input.displayName !== undefined
      ? { displayName: input.displayName, searchKeys: pinyinSearchKeys(input.displayName) }
      : {}),
    ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
    ...(input.mobile !== undefined ? { mobile: input.mobile } : {}),
    ...(input.role !== undefined ? { systemAdmin: input.role === 'systemAdmin' ? 1 : 0 } : {}),
    ...(input.enterpriseId !== undefined || role !== 'enterpriseUser'
      ? { enterpriseId: role === 'enterpriseUser' ? (input.enterpriseId ?? before.enterpriseId) : null }
      : {}),
    updatedAt: now,
  });
  if (input.role && input.role !== 'systemAdmin') await setZoneRole(trx, id, caller.scope.zoneId, input.role);
  // Memberships change in the zone being edited only: the caller administers that one.
  if (input.orgUnitIds) await replaceUserOrgUnits(trx, id, caller.scope.zoneId, input.orgUnitIds);
  if (input.parkIds) await replaceUserParks(trx, id, caller.scope.zoneId, input.parkIds);
  // A disabled account loses its sessions at once, not at their next expiry.
  if (input.active === false) await deleteUserSessions(trx, id);
  const after = await viewOf(trx, caller, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'user.update',
    entityType: 'user',
    entityId: id,
    zoneId: caller.scope.zoneId,
    before: audited(before),
    after: audited(after),
  });
  return after;
}

export async function resetPassword(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  password: string,
  locale: Locale,
): Promise<void> {
  const user = await viewOf(trx, caller, id);
  await assertMayActOn(trx, caller, user);
  checkPassword(password, user.username, locale);
  const now = ctx.clock.now().toISOString();
  await updateUser(trx, id, { passwordHash: await hashPassword(password), mustChangePassword: 1, updatedAt: now });
  await deleteUserSessions(trx, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'user.resetPassword',
    entityType: 'user',
    entityId: id,
    zoneId: caller.scope.zoneId,
  });
}
