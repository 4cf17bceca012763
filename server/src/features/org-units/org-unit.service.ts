import type { Db } from '../../db/database.js';
import type { AppContext, Caller, Scope } from '../../http/context.js';
import { conflict, notFound } from '../../http/errors.js';
import { recordChange } from '../audit/audit.service.js';
import * as repo from './org-unit.repository.js';
import { type OrgUnitView, toOrgUnitView } from './org-unit.schema.js';
import type { OrgUnitKind } from './org-unit.table.js';

async function unitInZone(db: Db, scope: Scope, id: string) {
  const unit = await repo.findOrgUnit(db, id);
  if (!unit || unit.zoneId !== scope.zoneId) throw notFound('orgUnit');
  return unit;
}

async function checkParent(db: Db, scope: Scope, parentId: string | null | undefined, selfId?: string) {
  if (!parentId) return;
  if (parentId === selfId) throw conflict('parentId');
  await unitInZone(db, scope, parentId);
}

export async function createOrgUnit(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  input: { kind: OrgUnitKind; code: string; name: string; parentId?: string | null | undefined },
): Promise<OrgUnitView> {
  const { zoneId } = caller.scope;
  if (await repo.orgUnitCodeTaken(trx, zoneId, input.code)) throw conflict(`code ${input.code}`);
  await checkParent(trx, caller.scope, input.parentId);
  const now = ctx.clock.now().toISOString();
  const id = crypto.randomUUID();
  const row = {
    id,
    zoneId,
    kind: input.kind,
    code: input.code,
    name: input.name,
    parentId: input.parentId ?? null,
    isDemo: 0,
    createdAt: now,
    updatedAt: now,
  };
  await repo.insertOrgUnit(trx, row);
  const after = toOrgUnitView(row, 0);
  await recordChange(trx, ctx, caller.principal, {
    action: 'orgUnit.create',
    entityType: 'orgUnit',
    entityId: id,
    zoneId: caller.scope.zoneId,
    after,
  });
  return after;
}

export async function updateOrgUnit(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  id: string,
  input: { code?: string | undefined; name?: string | undefined; parentId?: string | null | undefined },
): Promise<OrgUnitView> {
  const unit = await unitInZone(trx, caller.scope, id);
  if (input.code && (await repo.orgUnitCodeTaken(trx, unit.zoneId, input.code, id)))
    throw conflict(`code ${input.code}`);
  await checkParent(trx, caller.scope, input.parentId, id);
  const members = await repo.countMembers(trx, id);
  await repo.updateOrgUnit(trx, id, { ...input, updatedAt: ctx.clock.now().toISOString() });
  const after = toOrgUnitView(await unitInZone(trx, caller.scope, id), members);
  await recordChange(trx, ctx, caller.principal, {
    action: 'orgUnit.update',
    entityType: 'orgUnit',
    entityId: id,
    zoneId: caller.scope.zoneId,
    before: toOrgUnitView(unit, members),
    after,
  });
  return after;
}

/** An org unit with members or sub-units cannot be deleted: move them first. */
export async function deleteOrgUnit(ctx: AppContext, trx: Db, caller: Caller, id: string): Promise<void> {
  const unit = await unitInZone(trx, caller.scope, id);
  const members = await repo.countMembers(trx, id);
  if (members > 0) throw conflict(`members: ${members}`);
  if ((await repo.countChildren(trx, id)) > 0) throw conflict('children');
  await repo.deleteOrgUnit(trx, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'orgUnit.delete',
    entityType: 'orgUnit',
    entityId: id,
    zoneId: caller.scope.zoneId,
    before: toOrgUnitView(unit, 0),
  });
}
