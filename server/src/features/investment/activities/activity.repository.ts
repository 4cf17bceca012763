import { contains } from '../../../db/contains.js';
import type { Db } from '../../../db/database.js';
import type { Scope } from '../../../http/context.js';
import type { LeadActivityTable } from '../investment.table.js';
import { inLeadScope } from '../lead-scope.js';
import type { ActivityListQuery, ActivityViewRow } from './activity.schema.js';

/**
 * Activities the caller may see: through the lead's target park for park staff (an activity without
 * a lead has none, so they see no study trips), through the task force for task-force-bound roles.
 */
function scopedActivities(db: Db, scope: Scope) {
  return db
    .selectFrom('leadActivities')
    .leftJoin('leads', 'leads.id', 'leadActivities.leadId')
    .leftJoin('orgUnits as taskForce', 'taskForce.id', 'leadActivities.taskForceId')
    .leftJoin('users as recorder', 'recorder.id', 'leadActivities.recordedBy')
    .where(
      inLeadScope(scope, {
        zone: 'leadActivities.zoneId',
        taskForce: 'leadActivities.taskForceId',
        park: 'leads.targetParkId',
      }),
    );
}

const VIEW_COLUMNS = [
  'leads.name as leadName',
  'leads.code as leadCode',
  'taskForce.name as taskForceName',
  'recorder.displayName as recorderName',
] as const;

type Filter = Omit<ActivityListQuery, 'page' | 'pageSize'>;

/** A visit spanning days counts wherever [happenedOn, endsOn] overlaps [from, to]. */
function filtered(db: Db, scope: Scope, filter: Filter) {
  let query = scopedActivities(db, scope);
  if (filter.leadId) query = query.where('leadActivities.leadId', '=', filter.leadId);
  if (filter.taskForceId) query = query.where('leadActivities.taskForceId', '=', filter.taskForceId);
  if (filter.kind) query = query.where('leadActivities.kind', '=', filter.kind);
  if (filter.to) query = query.where('leadActivities.happenedOn', '<=', filter.to);
  const from = filter.from;
  if (from) {
    query = query.where((eb) =>
      eb.or([
        eb('leadActivities.happenedOn', '>=', from),
        eb.and([eb('leadActivities.endsOn', 'is not', null), eb('leadActivities.endsOn', '>=', from)]),
      ]),
    );
  }
  if (filter.q) {
    const q = filter.q;
    query = query.where((eb) => eb.or([contains('leadActivities.subject', q), contains('leadActivities.city', q)]));
  }
  return query;
}

export async function countActivities(db: Db, scope: Scope, filter: Filter): Promise<number> {
  const row = await filtered(db, scope, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function listActivities(
  db: Db,
  scope: Scope,
  filter: Filter,
  page: { offset: number; limit: number },
): Promise<ActivityViewRow[]> {
  return filtered(db, scope, filter)
    .selectAll('leadActivities')
    .select(VIEW_COLUMNS)
    .orderBy(`leadActivities.${filter.sort}`, filter.order)
    .orderBy('leadActivities.createdAt', filter.order)
    .orderBy('leadActivities.id', filter.order)
    .offset(page.offset)
    .limit(page.limit)
    .execute();
}

export function findActivity(db: Db, scope: Scope, id: string): Promise<ActivityViewRow | undefined> {
  return scopedActivities(db, scope)
    .selectAll('leadActivities')
    .select(VIEW_COLUMNS)
    .where('leadActivities.id', '=', id)
    .executeTakeFirst();
}

export async function insertActivity(trx: Db, row: LeadActivityTable): Promise<void> {
  await trx.insertInto('leadActivities').values(row).execute();
}

export async function updateActivity(
  trx: Db,
  id: string,
  changes: Partial<Omit<LeadActivityTable, 'id' | 'zoneId' | 'leadId' | 'taskForceId'>>,
): Promise<void> {
  await trx.updateTable('leadActivities').set(changes).where('id', '=', id).execute();
}

export async function deleteActivity(trx: Db, id: string): Promise<void> {
  await trx.deleteFrom('leadActivities').where('id', '=', id).execute();
}

/**
 * The lead's last activity is its latest activity that has happened (planned visits do not count),
 * recomputed after every change to its activities. Only updatedAt moves, never the version: logging
 * a call must not turn a colleague's concurrent drag into a conflict.
 */
export async function refreshLastActivity(trx: Db, leadId: string, today: string, now: string): Promise<void> {
  const row = await trx
    .selectFrom('leadActivities')
    .select((eb) => eb.fn.max('happenedOn').as('last'))
    .where('leadId', '=', leadId)
    .where('happenedOn', '<=', today)
    .executeTakeFirst();
  await trx
    .updateTable('leads')
    .set({ lastActivityOn: row?.last ?? null, updatedAt: now })
    .where('id', '=', leadId)
    .execute();
}

/** A task force of the zone (an org unit of kind taskForce), or undefined. */
export function findTaskForce(db: Db, zoneId: string, id: string) {
  return db
    .selectFrom('orgUnits')
    .select(['id', 'name'])
    .where('id', '=', id)
    .where('zoneId', '=', zoneId)
    .where('kind', '=', 'taskForce')
    .executeTakeFirst();
}
