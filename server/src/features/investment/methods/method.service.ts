import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.js';
import type { AppContext, Caller } from '../../../http/context.js';
import { AppError, notFound } from '../../../http/errors.js';
import { recordChange } from '../../audit/audit.service.js';
import * as repo from './method.repository.js';
import { type CreateMethodInput, type MethodView, toMethodView, type UpdateMethodInput } from './method.schema.js';

export async function listMethods(db: Db, zoneId: string): Promise<MethodView[]> {
  return (await repo.listMethods(db, zoneId)).map(toMethodView);
}

async function methodInZone(db: Db, zoneId: string, id: string): Promise<MethodView> {
  const row = await repo.findMethod(db, zoneId, id);
  if (!row) throw notFound('investmentMethod');
  return toMethodView(row);
}

/** Names are unique per zone (the table's unique constraint backs this check). */
async function checkNameFree(db: Db, zoneId: string, name: string, selfId?: string): Promise<void> {
  const existingId = await repo.methodIdByName(db, zoneId, name);
  if (existingId && existingId !== selfId) throw new AppError('investment.methodNameTaken', { name });
}

export async function createMethod(ctx: AppContext, trx: Db, caller: Caller, input: CreateMethodInput) {
  const { zoneId } = caller.scope;
  await checkNameFree(trx, zoneId, input.name);
  const now = ctx.clock.now().toISOString();
  const id = randomUUID();
  await repo.insertMethod(trx, {
    id,
    zoneId,
    name: input.name,
    sortOrder: input.sortOrder ?? (await repo.nextSortOrder(trx, zoneId)),
    active: input.active === false ? 0 : 1,
    createdAt: now,
    updatedAt: now,
  });
  const after = await methodInZone(trx, zoneId, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'investmentMethod.create',
    entityType: 'investmentMethod',
    entityId: id,
    zoneId,
    after,
  });
  return after;
}

/** Rename, reorder or (de)activate; a deactivated method stays on the leads that use it. */
export async function updateMethod(ctx: AppContext, trx: Db, caller: Caller, id: string, input: UpdateMethodInput) {
  const { zoneId } = caller.scope;
  const before = await methodInZone(trx, zoneId, id);
  if (input.name !== undefined) await checkNameFree(trx, zoneId, input.name, id);
  await repo.updateMethod(trx, zoneId, id, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.sortOrder !== undefined ? { sortOrder: input.sortOrder } : {}),
    ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
    updatedAt: ctx.clock.now().toISOString(),
  });
  const after = await methodInZone(trx, zoneId, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'investmentMethod.update',
    entityType: 'investmentMethod',
    entityId: id,
    zoneId,
    before,
    after,
  });
  return after;
}

/** Only a method no lead uses can be deleted; one in use answers 409 and can be deactivated instead. */
export async function deleteMethod(ctx: AppContext, trx: Db, caller: Caller, id: string): Promise<void> {
  const { zoneId } = caller.scope;
  const before = await methodInZone(trx, zoneId, id);
  if (before.leadCount > 0)
    throw new AppError('investment.methodInUse', { count: before.leadCount, name: before.name });
  await repo.deleteMethod(trx, zoneId, id);
  await recordChange(trx, ctx, caller.principal, {
    action: 'investmentMethod.delete',
    entityType: 'investmentMethod',
    entityId: id,
    zoneId,
    before,
  });
}
