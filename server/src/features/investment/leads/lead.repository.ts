import type { ReminderSettings, Stage } from '@zonehub/investment-rules';
import { reminderCutoffs } from '@zonehub/investment-rules';
import { type Expression, type ExpressionBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { contains } from '../../../db/contains.js';
import type { Db, Dialect } from '../../../db/database.js';
import type { Database } from '../../../db/schema.js';
import type { Scope } from '../../../http/context.js';
import { normalizeSearchText } from '../../enterprises/enterprise-search-keys.js';
import type { LeadRow, LeadUpdate, NewLead } from '../investment.table.js';
import { inLeadScope } from '../lead-scope.js';
import type { LeadSummaryRow } from './lead.schema.js';
import type { LeadFilter } from './lead-input.schema.js';

export const LEAD_SCOPE = { zone: 'leads.zoneId', taskForce: 'leads.taskForceId', park: 'leads.targetParkId' };

/** Leads the scope may see, joined with the names a summary shows. */
export function scopedLeads(db: Db, scope: Scope) {
  return withNames(db.selectFrom('leads').where(inLeadScope(scope, LEAD_SCOPE)));
}

/** The joins a summary's names need; counts go without them (every filter is on the lead's own columns). */
function withNames(query: SelectQueryBuilder<Database, 'leads', object>) {
  return query
    .leftJoin('industryCodes', 'industryCodes.code', 'leads.industryCode')
    .leftJoin('investmentMethods', 'investmentMethods.id', 'leads.methodId')
    .leftJoin('users as owner', 'owner.id', 'leads.ownerId')
    .leftJoin('orgUnits as taskForce', 'taskForce.id', 'leads.taskForceId')
    .leftJoin('parks', 'parks.id', 'leads.targetParkId');
}

export const SUMMARY_COLUMNS = [
  'leads.id',
  'leads.code',
  'leads.name',
  'leads.stage',
  'leads.version',
  'leads.investorName',
  'leads.investorRegion',
  'leads.investorProvince',
  'leads.investorCity',
  'leads.industryCode',
  'industryCodes.name as industryName',
  'leads.chainName',
  'leads.plannedInvestmentYuan',
  'leads.signedAmountYuan',
  'leads.methodId',
  'investmentMethods.name as methodName',
  'leads.ownerId',
  'owner.displayName as ownerName',
  'leads.taskForceId',
  'taskForce.name as taskForceName',
  'leads.targetParkId',
  'parks.name as targetParkName',
  'leads.registeredOn',
  'leads.stageEnteredOn',
  'leads.lastActivityOn',
  'leads.signedOn',
  'leads.landedOn',
  'leads.updatedAt',
] as const;

type LeadEb = ExpressionBuilder<Database, 'leads'>;

/**
 * The reminder filter as range conditions on the lead's own dates (reminderCutoffs), so that paging
 * and counting stay in SQL: idle = last activity (or registration) before the idle cutoff; stale =
 * entered its open pool before that pool's cutoff. Landed and dropped leads never remind.
 */
function reminderCondition(
  eb: LeadEb,
  kind: 'idle' | 'stale' | 'any',
  today: string,
  settings: ReminderSettings,
): Expression<SqlBool> {
  const cut = reminderCutoffs(today, settings);
  const idle = eb.and([
    eb('leads.stage', 'in', ['reserve', 'negotiating', 'signed']),
    eb.or([
      eb('leads.lastActivityOn', '<', cut.idleBefore),
      eb.and([eb('leads.lastActivityOn', 'is', null), eb('leads.registeredOn', '<', cut.idleBefore)]),
    ]),
  ]);
  const stale = eb.or(
    (['reserve', 'negotiating', 'signed'] as const).map((stage) =>
      eb.and([eb('leads.stage', '=', stage), eb('leads.stageEnteredOn', '<', cut.staleBefore[stage])]),
    ),
  );
  if (kind === 'idle') return idle;
  if (kind === 'stale') return stale;
  return eb.or([idle, stale]);
}

export interface ReminderContext {
  today: string;
  settings: ReminderSettings;
}

/** The leads matching the list's filters in the caller's scope, without joins (for counts). */
export function matchingLeads(db: Db, scope: Scope, filter: LeadFilter, reminders: ReminderContext) {
  let query = db.selectFrom('leads').where(inLeadScope(scope, LEAD_SCOPE));
  if (filter.q) {
    const q = filter.q;
    const keys = normalizeSearchText(q);
    query = query.where((eb) =>
      eb.or([
        contains('leads.name', q),
        contains('leads.code', q),
        contains('leads.investorName', q),
        contains('leads.searchKeys', keys),
      ]),
    );
  }
  if (filter.stage) query = query.where('leads.stage', '=', filter.stage);
  if (filter.taskForceId) query = query.where('leads.taskForceId', '=', filter.taskForceId);
  if (filter.ownerId) query = query.where('leads.ownerId', '=', filter.ownerId);
  if (filter.targetParkId) query = query.where('leads.targetParkId', '=', filter.targetParkId);
  if (filter.methodId) query = query.where('leads.methodId', '=', filter.methodId);
  if (filter.investorRegion) query = query.where('leads.investorRegion', '=', filter.investorRegion);
  if (filter.industryCode) query = query.where('leads.industryCode', 'like', `${filter.industryCode}%`);
  if (filter.registeredFrom) query = query.where('leads.registeredOn', '>=', filter.registeredFrom);
  if (filter.registeredTo) query = query.where('leads.registeredOn', '<=', filter.registeredTo);
  const reminder = filter.reminder;
  if (reminder) query = query.where((eb) => reminderCondition(eb, reminder, reminders.today, reminders.settings));
  return query;
}

/** The same leads joined with the names a summary shows. */
export function filteredLeads(db: Db, scope: Scope, filter: LeadFilter, reminders: ReminderContext) {
  return withNames(matchingLeads(db, scope, filter, reminders));
}

/** Leads without a value sort last in either order, on both databases (their NULL defaults differ). */
export const nullsLast = (sort: LeadFilter['sort']) => sql`${sql.ref(`leads.${sort}`)} is null`;

const orderOf = (filter: LeadFilter) => filter.order ?? (filter.sort === 'code' ? 'asc' : 'desc');

export async function countLeads(db: Db, scope: Scope, filter: LeadFilter, r: ReminderContext): Promise<number> {
  const row = await matchingLeads(db, scope, filter, r)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * A page of summaries in two steps: the page's ids from the leads alone (sorted through the indexes,
 * no joins), then the names for those ids only. Joining first would join every matching lead before
 * sorting them.
 */
async function summariesPage(
  db: Db,
  ids: SelectQueryBuilder<Database, 'leads', object>,
  sort: LeadFilter['sort'],
  order: 'asc' | 'desc',
  page: { offset: number; limit: number },
): Promise<LeadSummaryRow[]> {
  const pageIds = (
    await ids
      .select('leads.id')
      .orderBy(nullsLast(sort))
      .orderBy(`leads.${sort}`, order)
      .orderBy('leads.id', order)
      .offset(page.offset)
      .limit(page.limit)
      .execute()
  ).map((row) => row.id);
  if (pageIds.length === 0) return [];
  const rows = await withNames(db.selectFrom('leads').where('leads.id', 'in', pageIds))
    .select(SUMMARY_COLUMNS)
    .execute();
  const position = new Map(pageIds.map((id, i) => [id, i]));
  return rows.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

export async function listLeads(
  db: Db,
  scope: Scope,
  filter: LeadFilter,
  r: ReminderContext,
  page: { offset: number; limit: number },
): Promise<LeadSummaryRow[]> {
  return summariesPage(db, matchingLeads(db, scope, filter, r), filter.sort, orderOf(filter), page);
}

/** The board's counts per stage, in one grouped query. */
export async function countByStage(
  db: Db,
  scope: Scope,
  filter: LeadFilter,
  r: ReminderContext,
): Promise<Map<Stage, number>> {
  const rows = await matchingLeads(db, scope, filter, r)
    .select(['leads.stage', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('leads.stage')
    .execute();
  return new Map(rows.map((row) => [row.stage, Number(row.n)]));
}

/**
 * Each pool's first cards, newest change first: one query takes every pool's first ids (a UNION ALL
 * of one short indexed scan per pool), a second the names for those ids only.
 */
export async function firstCards(
  db: Db,
  scope: Scope,
  filter: LeadFilter,
  r: ReminderContext,
  stages: readonly Stage[],
  limit: number,
): Promise<Map<Stage, LeadSummaryRow[]>> {
  const cards = new Map<Stage, LeadSummaryRow[]>(stages.map((stage) => [stage, []]));
  const branch = (stage: Stage, alias: string) =>
    db
      .selectFrom(
        matchingLeads(db, scope, filter, r)
          .where('leads.stage', '=', stage)
          .select('leads.id')
          .orderBy('leads.updatedAt', 'desc')
          .orderBy('leads.id', 'desc')
          .limit(limit)
          .as(alias),
      )
      .select(`${alias}.id`);
  const [first, ...rest] = stages.map((stage, i) => branch(stage, `p${i}`));
  if (!first) return cards;
  const ids = (await rest.reduce((query, next) => query.unionAll(next), first).execute()).map((row) => row.id);
  if (ids.length === 0) return cards;
  const rows = await withNames(db.selectFrom('leads').where('leads.id', 'in', ids))
    .select(SUMMARY_COLUMNS)
    .orderBy('leads.updatedAt', 'desc')
    .orderBy('leads.id', 'desc')
    .execute();
  for (const row of rows) cards.get(row.stage)?.push(row);
  return cards;
}

export async function findLeadRow(db: Db, scope: Scope, id: string): Promise<LeadRow | undefined> {
  return db
    .selectFrom('leads')
    .selectAll()
    .where('leads.id', '=', id)
    .where(inLeadScope(scope, LEAD_SCOPE))
    .executeTakeFirst();
}

export async function findSummaryRow(db: Db, scope: Scope, id: string): Promise<LeadSummaryRow | undefined> {
  return scopedLeads(db, scope).select(SUMMARY_COLUMNS).where('leads.id', '=', id).executeTakeFirst();
}

export async function insertLead(db: Db, lead: NewLead): Promise<void> {
  await db.insertInto('leads').values(lead).execute();
}

/** Updates only when the version still matches; answers whether a row changed. */
export async function updateLeadAtVersion(db: Db, id: string, version: number, changes: LeadUpdate): Promise<boolean> {
  const result = await db
    .updateTable('leads')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The next code of a zone and year (ZS2026-0001 …; past 9999 the number just grows). On PostgreSQL a
 * transaction-scoped advisory lock keeps two concurrent creations from taking one number; SQLite has
 * one writer already.
 */
export async function nextLeadCode(db: Db, dialect: Dialect, zoneId: string, year: string): Promise<string> {
  const prefix = `ZS${year}-`;
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${`leads.code:${zoneId}`}))`.execute(db);
  const row = await db
    .selectFrom('leads')
    .select('code')
    .where('zoneId', '=', zoneId)
    .where('code', 'like', `${prefix}%`)
    .orderBy(sql`length(code)`, 'desc')
    .orderBy('code', 'desc')
    .limit(1)
    .executeTakeFirst();
  const last = row ? Number.parseInt(row.code.slice(prefix.length), 10) : 0;
  return `${prefix}${String((Number.isFinite(last) ? last : 0) + 1).padStart(4, '0')}`;
}
