import type { Db } from '../../db/database.js';
import type { AppContext, Caller } from '../../http/context.js';
import { recordChange } from '../audit/audit.service.js';
import type { EnterpriseView, PROFILE_FIELDS, ProfileInput } from './enterprise.schema.js';
import { enterpriseView, versionConflict, writableEnterprise } from './enterprise.service.js';
import { type EnterpriseChanges, updateEnterprise as writeEnterprise } from './enterprise.writer.js';

type ProfileField = (typeof PROFILE_FIELDS)[number];
type ProfileValues = Pick<EnterpriseView, ProfileField>;

const profileOf = (view: EnterpriseView): ProfileValues => ({
  phone: view.phone,
  website: view.website,
  officeAddress: view.officeAddress,
  businessDescription: view.businessDescription,
  employees: view.employees,
});

/**
 * The profile an enterprise keeps itself (phone, website, office address, what it does, employees):
 * written by the enterprise's own user or by staff who manage it, through the one writer with the
 * same version check as an edit of the whole record. The registered facts are not here: they change
 * by a change request (change-requests/).
 */
export async function updateProfile(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  input: ProfileInput,
): Promise<EnterpriseView> {
  const before = await writableEnterprise(trx, caller, id);
  if (before.version !== input.version) throw await versionConflict(trx, caller, id);
  const changes: EnterpriseChanges = { updatedAt: ctx.clock.now().toISOString() };
  if (input.phone !== undefined) changes.phone = input.phone || null;
  if (input.website !== undefined) changes.website = input.website || null;
  if (input.officeAddress !== undefined) changes.officeAddress = input.officeAddress || null;
  if (input.businessDescription !== undefined) changes.businessDescription = input.businessDescription || null;
  if (input.employees !== undefined) changes.employees = input.employees;
  if (!(await writeEnterprise(trx, id, changes, input.version))) throw await versionConflict(trx, caller, id);
  const after = await enterpriseView(trx, caller, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'enterprise.profile.update',
    entityType: 'enterprise',
    entityId: id,
    zoneId: caller.scope.zoneId,
    before: profileOf(before),
    after: profileOf(after),
  });
  return after;
}
