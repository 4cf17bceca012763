import { type Period, periodOf } from '@zonehub/investment-rules';
import type { Db } from '../../../db/database.js';
import type { AppContext } from '../../../http/context.js';
import type { Locale } from '../../../http/locale.js';
import { requirePeriod } from '../settings/config-field-errors.js';
import { zoneToday } from '../zone-today.js';

/** The period a query names (400 on `query.period` when it is not one), else the zone's current quarter. */
export async function resolvePeriod(
  ctx: AppContext,
  db: Db,
  zoneId: string,
  key: string | undefined,
  locale: Locale,
): Promise<Period> {
  if (key !== undefined) return requirePeriod(key, 'query.period', locale);
  return periodOf('quarter', await zoneToday(ctx, db, zoneId));
}
