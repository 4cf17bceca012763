import type { Db } from '../../db/database.js';
import type { AppContext, Caller } from '../../http/context.js';
import { AppError, notFound } from '../../http/errors.js';
import type { Locale } from '../../http/locale.js';
import { recordChange } from '../audit/audit.service.js';
import * as repo from './enterprise.repository.js';
import {
  type ClassificationInput,
  type ClassificationView,
  type ContactInput,
  type ContactView,
  toClassificationView,
  toContactView,
} from './enterprise.schema.js';
import { writableEnterprise } from './enterprise.service.js';
import { fieldError } from './enterprise-field-errors.js';

/**
 * Contacts and classifications of an enterprise. Each write is audited against the enterprise
 * (entityType 'enterprise'), so the profile's history shows them beside the record's own changes.
 */
async function audit(ctx: AppContext, trx: Db, caller: Caller, enterpriseId: string, action: string, change: object) {
  await recordChange(trx, ctx, caller.principal, {
    action,
    entityType: 'enterprise',
    entityId: enterpriseId,
    zoneId: caller.scope.zoneId,
    ...change,
  });
}

export async function addContact(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  enterpriseId: string,
  input: ContactInput,
): Promise<ContactView> {
  await writableEnterprise(trx, caller, enterpriseId);
  const now = ctx.clock.now().toISOString();
  const row = {
    id: crypto.randomUUID(),
    enterpriseId,
    name: input.name,
    title: input.title ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    isPrimary: input.isPrimary ? 1 : 0,
    isDemo: 0,
    createdAt: now,
    updatedAt: now,
  };
  await repo.insertContact(trx, row);
  if (input.isPrimary) await repo.clearPrimary(trx, enterpriseId, row.id);
  const after = toContactView(row);
  await audit(ctx, trx, caller, enterpriseId, 'enterprise.contact.create', { after });
  return after;
}

export async function updateContact(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  enterpriseId: string,
  contactId: string,
  input: Partial<ContactInput>,
): Promise<ContactView> {
  await writableEnterprise(trx, caller, enterpriseId);
  const existing = await repo.findContact(trx, enterpriseId, contactId);
  if (!existing) throw notFound('contact');
  const { isPrimary, ...rest } = input;
  await repo.updateContact(trx, contactId, {
    ...rest,
    ...(isPrimary === undefined ? {} : { isPrimary: isPrimary ? 1 : 0 }),
    updatedAt: ctx.clock.now().toISOString(),
  });
  if (isPrimary) await repo.clearPrimary(trx, enterpriseId, contactId);
  const updated = await repo.findContact(trx, enterpriseId, contactId);
  if (!updated) throw notFound('contact');
  const after = toContactView(updated);
  await audit(ctx, trx, caller, enterpriseId, 'enterprise.contact.update', { before: toContactView(existing), after });
  return after;
}

export async function removeContact(ctx: AppContext, trx: Db, caller: Caller, enterpriseId: string, contactId: string) {
  await writableEnterprise(trx, caller, enterpriseId);
  const existing = await repo.findContact(trx, enterpriseId, contactId);
  if (!existing) throw notFound('contact');
  await repo.deleteContact(trx, contactId);
  await audit(ctx, trx, caller, enterpriseId, 'enterprise.contact.delete', { before: toContactView(existing) });
}

/** 四上 carries its sector and 专精特新 its level; the other kinds carry neither. */
function classificationErrors(input: ClassificationInput, locale: Locale) {
  const errors = [];
  if (input.kind === 'fourAbove' && !input.sector)
    errors.push(fieldError(locale, 'body.sector', 'classification.sectorRequired'));
  if (input.kind === 'srdi' && !input.level)
    errors.push(fieldError(locale, 'body.level', 'classification.levelRequired'));
  return errors;
}

export async function addClassification(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  enterpriseId: string,
  input: ClassificationInput,
  locale: Locale,
): Promise<ClassificationView> {
  await writableEnterprise(trx, caller, enterpriseId);
  const errors = classificationErrors(input, locale);
  if (errors.length > 0) throw new AppError('validation.failed', { count: errors.length }, errors);
  const taken = await repo.classificationTaken(trx, enterpriseId, input.kind, input.year);
  if (taken) {
    const error = fieldError(locale, 'body.year', 'classification.taken', { year: input.year });
    throw new AppError('conflict', { reason: error.message }, [error]);
  }
  const row = {
    id: crypto.randomUUID(),
    enterpriseId,
    zoneId: caller.scope.zoneId,
    kind: input.kind,
    sector: input.kind === 'fourAbove' ? (input.sector ?? null) : null,
    level: input.kind === 'srdi' ? (input.level ?? null) : null,
    year: input.year,
    isDemo: 0,
    createdAt: ctx.clock.now().toISOString(),
  };
  await repo.insertClassifications(trx, [row]);
  const after = toClassificationView(row);
  await audit(ctx, trx, caller, enterpriseId, 'enterprise.classification.create', { after });
  return after;
}

export async function removeClassification(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  enterpriseId: string,
  classificationId: string,
) {
  await writableEnterprise(trx, caller, enterpriseId);
  const existing = await repo.findClassification(trx, enterpriseId, classificationId);
  if (!existing) throw notFound('classification');
  await repo.deleteClassification(trx, classificationId);
  await audit(ctx, trx, caller, enterpriseId, 'enterprise.classification.delete', {
    before: toClassificationView(existing),
  });
}
