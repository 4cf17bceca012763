import type { ReminderSettings } from '@zonehub/investment-rules';
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../../db/database.js';
import { dialectOf } from '../../../db/dialect-of.js';
import type { Scope } from '../../../http/context.js';
import { filteredLeads, SUMMARY_COLUMNS } from '../leads/lead.repository.js';
import type { LeadSummaryRow } from '../leads/lead.schema.js';

interface ReminderQuery {
  today: string;
  settings: ReminderSettings;
}

/** Days from a date column to today: julianday on SQLite, date subtraction on PostgreSQL. */
function daysSince(db: Db, today: string, column: RawBuilder<string>): RawBuilder<number> {
  return dialectOf(db) === 'postgres'
    ? sql<number>`(${today}::date - ${column}::date)`
    : sql<number>`(julianday(${today}) - julianday(${column}))`;
}

/**
 * How many days the lead is past its worse limit (idle or stale), for "worst first". Only leads the
 * reminder condition already selected are ordered by it, so it is positive for every row it sorts.
 */
function daysOver(db: Db, { today, settings }: ReminderQuery): RawBuilder<number> {
  // Whole day counts from the zone's settings, written as literals so both databases type them as integers.
  const days = (n: number) => sql.lit(Math.trunc(n));
  const lastSeen = sql<string>`coalesce(${sql.ref('leads.lastActivityOn')}, ${sql.ref('leads.registeredOn')})`;
  const idle = sql`${daysSince(db, today, lastSeen)} - ${days(settings.idleDays)}`;
  const { reserve, negotiating, signed } = settings.staleDays;
  const limit = sql`case ${sql.ref('leads.stage')} when 'reserve' then ${days(reserve)} when 'negotiating' then ${days(negotiating)} else ${days(signed)} end`;
  const stale = sql`${daysSince(db, today, sql<string>`${sql.ref('leads.stageEnteredOn')}`)} - ${limit}`;
  return dialectOf(db) === 'postgres' ? sql<number>`greatest(${idle}, ${stale})` : sql<number>`max(${idle}, ${stale})`;
}

/** Leads in scope that are idle or stale today (range conditions on their dates), and how many. */
export async function countReminded(db: Db, scope: Scope, q: ReminderQuery): Promise<number> {
  const row = await filteredLeads(db, scope, { sort: 'updatedAt', reminder: 'any' }, q)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function listReminded(
  db: Db,
  scope: Scope,
  q: ReminderQuery,
  page: { offset: number; limit: number },
): Promise<LeadSummaryRow[]> {
  return filteredLeads(db, scope, { sort: 'updatedAt', reminder: 'any' }, q)
    .select(SUMMARY_COLUMNS)
    .orderBy(daysOver(db, q), 'desc')
    .orderBy('leads.id')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
}
