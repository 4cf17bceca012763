import type { Db } from '../../../db/database.js';
import type { AppContext, Caller } from '../../../http/context.js';
import { AppError } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { recordChange } from '../../audit/audit.service.js';
import { findByUscc, insertContact } from '../../enterprises/enterprise.repository.js';
import { enterpriseView } from '../../enterprises/enterprise.service.js';
import { insertEnterprise } from '../../enterprises/enterprise.writer.js';
import { fieldError } from '../../enterprises/enterprise-field-errors.js';
import type { LeadRow } from '../investment.table.js';
import { landedEnterpriseFacts } from './landing.service.js';
import type { MoveInput } from './move.schema.js';

/** Registers the enterprise a landing names, with what the lead knows of it (park, industry, business). */
export async function createLandedEnterprise(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  lead: LeadRow,
  move: MoveInput,
  uscc: string,
  locale: Locale,
): Promise<string> {
  const input = move.newEnterprise;
  if (!input) throw new Error('createLandedEnterprise needs newEnterprise');
  const taken = await findByUscc(trx, caller.scope.zoneId, uscc);
  if (taken) {
    const params = { uscc, name: taken.name, existingId: taken.id };
    throw new AppError('enterprise.usccTaken', params, [
      fieldError(locale, 'body.newEnterprise.uscc', 'uscc.taken', params),
    ]);
  }
  const id = crypto.randomUUID();
  const now = ctx.clock.now().toISOString();
  const facts = await landedEnterpriseFacts(trx, caller, lead, move);
  await insertEnterprise(trx, {
    id,
    zoneId: caller.scope.zoneId,
    parkId: facts.parkId,
    uscc,
    name: input.name,
    formerNames: null,
    legalRepresentative: null,
    registeredCapitalYuan: null,
    foundedOn: null,
    address: null,
    employees: null,
    status: 'operating',
    industryCode: facts.industryCode,
    businessDescription: facts.businessDescription,
    isDemo: 0,
    createdAt: now,
    updatedAt: now,
  });
  if (input.contactName) {
    await insertContact(trx, {
      id: crypto.randomUUID(),
      enterpriseId: id,
      name: input.contactName,
      title: null,
      phone: input.contactPhone || null,
      email: null,
      isPrimary: 1,
      isDemo: 0,
      createdAt: now,
      updatedAt: now,
    });
  }
  return id;
}

/**
 * Audited after the lead's row is updated, not when the enterprise is inserted: every write of a
 * lead locks the lead's row before the audit chain's head, so two transactions never wait on each
 * other in opposite order (a deadlock on PostgreSQL).
 */
export async function auditLandedEnterprise(ctx: AppContext, trx: Db, caller: Caller, id: string): Promise<void> {
  await recordChange(trx, ctx, caller.principal, {
    action: 'enterprise.create',
    entityType: 'enterprise',
    entityId: id,
    zoneId: caller.scope.zoneId,
    after: await enterpriseView(trx, caller, id),
  });
}
