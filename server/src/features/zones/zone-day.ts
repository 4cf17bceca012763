import { fileDate } from '@zonehub/zone-dates';
import type { Db } from '../../db/database.js';
import type { AppContext } from '../../http/context.js';
import { zoneTimezone } from '../buildings/building.repository.js';

/**
 * The zone's day now (YYYY-MM-DD), for file names: a download at 01:30 Beijing time is named with
 * that day, not the UTC day before. The clock is the app's, so tests can set it.
 */
export async function zoneFileDate(ctx: Pick<AppContext, 'clock'>, db: Db, zoneId: string): Promise<string> {
  return fileDate(ctx.clock.now(), await zoneTimezone(db, zoneId));
}
