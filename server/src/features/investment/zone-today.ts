import type { Db } from '../../db/database.js';
import type { AppContext } from '../../http/context.js';
import { zoneTimezone } from '../buildings/building.repository.js';
import { dayIn } from '../zones/zone-day.js';

/** Today's date (YYYY-MM-DD) in the zone's time zone: reminders, gates and "not in the future". */
export async function zoneToday(ctx: AppContext, db: Db, zoneId: string): Promise<string> {
  return dayIn(await zoneTimezone(db, zoneId), ctx.clock.now());
}
