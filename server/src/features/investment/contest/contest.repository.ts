import type { ContestCounts, Period } from '@zonehub/investment-rules';
import { VISIT_KINDS, zeroCounts } from '@zonehub/investment-rules';
import type { Db } from '../../../db/database.js';

/**
 * 招商大比拼 counting, all in SQL grouped by (task force, person): the database never hands back the
 * leads, moves or activities themselves, only one row per group (task forces × people, a few
 * hundred at most), so a year with 100,000 activities costs three indexed aggregate queries.
 */
export interface ContestGroup {
  taskForceId: string;
  /** Who the counted items belong to (lead owner, activity recorder); null when nobody. */
  personId: string | null;
  counts: ContestCounts;
}

const COUNTED_STAGES = ['negotiating', 'signed', 'landed'] as const;

const key = (taskForceId: string, personId: string | null) => `${taskForceId}\u0000${personId ?? ''}`;

export async function countContestGroups(db: Db, zoneId: string, period: Period): Promise<ContestGroup[]> {
  // New leads by their registration date; the person is the lead's owner.
  const newLeads = db
    .selectFrom('leads')
    .select(['taskForceId', 'ownerId as personId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('zoneId', '=', zoneId)
    .where('registeredOn', '>=', period.start)
    .where('registeredOn', '<', period.end)
    .groupBy(['taskForceId', 'ownerId'])
    .execute();
  // Visits (outbound and inbound) by the day they happened; the person is who recorded the visit and
  // the task force the activity's own (a study trip has no lead).
  const visits = db
    .selectFrom('leadActivities')
    .select(['taskForceId', 'recordedBy as personId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('zoneId', '=', zoneId)
    .where('kind', 'in', [...VISIT_KINDS])
    .where('happenedOn', '>=', period.start)
    .where('happenedOn', '<', period.end)
    .groupBy(['taskForceId', 'recordedBy'])
    .execute();
  // Pool entries by the date the move took effect; an undone move does not count. The lead's task
  // force and owner get the credit. Landed amounts fall back to the planned investment.
  const moves = db
    .selectFrom('leadStageMoves as m')
    .innerJoin('leads as l', 'l.id', 'm.leadId')
    .select((eb) => [
      'l.taskForceId',
      'l.ownerId as personId',
      'm.toStage',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number | null>('l.signedAmountYuan').as('signedAmount'),
      eb.fn.sum<number | null>(eb.fn.coalesce('l.signedAmountYuan', 'l.plannedInvestmentYuan')).as('landedAmount'),
    ])
    .where('m.zoneId', '=', zoneId)
    .where('m.kind', '=', 'forward')
    .where('m.undone', '=', 0)
    .where('m.toStage', 'in', [...COUNTED_STAGES])
    .where('m.effectiveOn', '>=', period.start)
    .where('m.effectiveOn', '<', period.end)
    .groupBy(['l.taskForceId', 'l.ownerId', 'm.toStage'])
    .execute();

  const [leadRows, visitRows, moveRows] = await Promise.all([newLeads, visits, moves]);
  const groups = new Map<string, ContestGroup>();
  const groupOf = (taskForceId: string, personId: string | null) => {
    const k = key(taskForceId, personId);
    let group = groups.get(k);
    if (!group) {
      group = { taskForceId, personId, counts: zeroCounts() };
      groups.set(k, group);
    }
    return group.counts;
  };
  for (const r of leadRows) groupOf(r.taskForceId, r.personId).newLeads += Number(r.n);
  for (const r of visitRows) groupOf(r.taskForceId, r.personId).visits += Number(r.n);
  for (const r of moveRows) {
    const counts = groupOf(r.taskForceId, r.personId);
    const n = Number(r.n);
    switch (r.toStage) {
      case 'negotiating':
        counts.negotiating += n;
        break;
      case 'signed':
        counts.signedCount += n;
        counts.signedAmountYuan += Number(r.signedAmount ?? 0);
        break;
      case 'landed':
        counts.landedCount += n;
        counts.landedAmountYuan += Number(r.landedAmount ?? 0);
        break;
      default:
        break;
    }
  }
  return [...groups.values()];
}

/** Display names of the people on the board. */
export async function personNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'displayName']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.displayName]));
}
