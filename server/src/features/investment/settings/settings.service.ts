import type { Db } from '../../../db/database.js';
import type { AppContext, Caller } from '../../../http/context.js';
import type { FieldError } from '../../../http/errors.js';
import type { Locale } from '../../../http/locale.js';
import { recordChange } from '../../audit/audit.service.js';
import { resolvePeriod } from '../contest/contest-period.js';
import { configFieldError, invalidInput, requirePeriod } from './config-field-errors.js';
import { loadSettings, saveSettings } from './settings.repository.js';
import {
  fromSettingsView,
  type PutTargetsInput,
  type SettingsView,
  type TargetsView,
  toSettingsView,
} from './settings.schema.js';
import { listTaskForces, loadTargets, replaceTargets } from './targets.repository.js';

export async function getSettings(db: Db, zoneId: string): Promise<SettingsView> {
  return toSettingsView(await loadSettings(db, zoneId));
}

export async function putSettings(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  input: SettingsView,
): Promise<SettingsView> {
  const { zoneId } = caller.scope;
  const before = toSettingsView(await loadSettings(trx, zoneId));
  await saveSettings(trx, zoneId, fromSettingsView(input), {
    userId: caller.principal.userId,
    at: ctx.clock.now().toISOString(),
  });
  const after = toSettingsView(await loadSettings(trx, zoneId));
  await recordChange(trx, ctx, caller.principal, {
    action: 'investmentSettings.update',
    entityType: 'investmentSettings',
    entityId: zoneId,
    zoneId,
    before,
    after,
  });
  return after;
}

export async function getTargets(
  ctx: AppContext,
  db: Db,
  zoneId: string,
  periodKey: string | undefined,
  locale: Locale,
): Promise<TargetsView> {
  const period = await resolvePeriod(ctx, db, zoneId, periodKey, locale);
  const rows = await loadTargets(db, zoneId, period.key);
  return { period: period.key, items: rows };
}

/** Replaces one period's targets: every task force must be a task force of the zone, each pair once. */
export async function putTargets(
  ctx: AppContext,
  trx: Db,
  caller: Caller,
  queryPeriod: string | undefined,
  input: PutTargetsInput,
  locale: Locale,
): Promise<TargetsView> {
  const { zoneId } = caller.scope;
  const period = requirePeriod(input.period, 'body.period', locale);
  if (queryPeriod !== undefined && requirePeriod(queryPeriod, 'query.period', locale).key !== period.key)
    throw invalidInput([
      configFieldError(locale, 'body.period', 'period.mismatch', { body: input.period, query: queryPeriod }),
    ]);
  const taskForceIds = new Set((await listTaskForces(trx, zoneId)).map((t) => t.id));
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  input.items.forEach((item, i) => {
    if (!taskForceIds.has(item.taskForceId))
      errors.push(configFieldError(locale, `body.items.${i}.taskForceId`, 'taskForce.notInZone'));
    const pair = `${item.taskForceId}\u0000${item.metric}`;
    const other = seen.get(pair);
    if (other !== undefined)
      errors.push(configFieldError(locale, `body.items.${i}.metric`, 'target.duplicate', { other }));
    else seen.set(pair, i);
  });
  if (errors.length > 0) throw invalidInput(errors);

  const before = await loadTargets(trx, zoneId, period.key);
  await replaceTargets(trx, zoneId, period.key, input.items, {
    userId: caller.principal.userId,
    at: ctx.clock.now().toISOString(),
  });
  const after = await loadTargets(trx, zoneId, period.key);
  await recordChange(trx, ctx, caller.principal, {
    action: 'contestTargets.replace',
    entityType: 'contestTargets',
    entityId: period.key,
    zoneId,
    before: { period: period.key, items: before },
    after: { period: period.key, items: after },
  });
  return { period: period.key, items: after };
}
