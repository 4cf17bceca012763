import { zoneDay } from '@zonehub/zone-dates';
import type { Db } from '../../db/database.js';
import type { AppContext } from '../../http/context.js';
import { zoneTimezone } from '../buildings/building.repository.js';

/** Today's date (YYYY-MM-DD) in the zone's time zone: reminders, gates and "not in the future". */
export async function zoneToday(ctx: AppContext, db: Db, zoneId: string): Promise<string> {
  const timeZone = await zoneTimezone(db, zoneId);
  return zoneDay(ctx.clock.now(), timeZone);
}
