import {
  CONTEST_METRICS,
  type ContestWeights,
  DEFAULT_REMINDER_SETTINGS,
  DEFAULT_WEIGHTS,
  type ReminderSettings,
} from '@zonehub/investment-rules';
import type { Db } from '../../../db/database.js';

export interface InvestmentSettings {
  weights: ContestWeights;
  reminders: ReminderSettings;
}

const isNumberRecord = (value: unknown): value is Record<string, number> =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((n) => typeof n === 'number' && Number.isFinite(n));

/** Stored JSON read defensively: a key missing or malformed falls back to its default. */
function weightsFrom(json: string): ContestWeights {
  const parsed: unknown = JSON.parse(json);
  const stored = isNumberRecord(parsed) ? parsed : {};
  return Object.fromEntries(CONTEST_METRICS.map((m) => [m, stored[m] ?? DEFAULT_WEIGHTS[m]])) as ContestWeights;
}

function staleDaysFrom(json: string): ReminderSettings['staleDays'] {
  const parsed: unknown = JSON.parse(json);
  const stored = isNumberRecord(parsed) ? parsed : {};
  const d = DEFAULT_REMINDER_SETTINGS.staleDays;
  return {
    reserve: stored.reserve ?? d.reserve,
    negotiating: stored.negotiating ?? d.negotiating,
    signed: stored.signed ?? d.signed,
  };
}

/** The zone's contest weights and reminder days; the package defaults when the zone set none. */
export async function loadSettings(db: Db, zoneId: string): Promise<InvestmentSettings> {
  const row = await db.selectFrom('investmentSettings').selectAll().where('zoneId', '=', zoneId).executeTakeFirst();
  if (!row) return { weights: { ...DEFAULT_WEIGHTS }, reminders: structuredClone(DEFAULT_REMINDER_SETTINGS) };
  return {
    weights: weightsFrom(row.contestWeights),
    reminders: { idleDays: row.idleDays, staleDays: staleDaysFrom(row.staleDays) },
  };
}

/** Writes the zone's settings row (insert or replace); the caller records the audit entry. */
export async function saveSettings(
  db: Db,
  zoneId: string,
  settings: InvestmentSettings,
  by: { userId: string; at: string },
): Promise<void> {
  const values = {
    contestWeights: JSON.stringify(settings.weights),
    idleDays: settings.reminders.idleDays,
    staleDays: JSON.stringify(settings.reminders.staleDays),
    updatedBy: by.userId,
    updatedAt: by.at,
  };
  await db
    .insertInto('investmentSettings')
    .values({ zoneId, ...values })
    .onConflict((oc) => oc.column('zoneId').doUpdateSet(values))
    .execute();
}
