import type { Db } from '../../db/database.js';

/** The reads of the daily project alerts: open items due up to a day, and who to tell about them. */

export function listZones(db: Db) {
  return db.selectFrom('zones').select(['id', 'timezone']).orderBy('id').execute();
}

/** Open milestones due before `dueBefore` (the first day that would still be green), with their project. */
export function listOpenMilestonesDueBefore(db: Db, zoneId: string, dueBefore: string) {
  return db
    .selectFrom('projectMilestones')
    .innerJoin('projects', 'projects.id', 'projectMilestones.projectId')
    .leftJoin('users as owner', 'owner.id', 'projectMilestones.ownerId')
    .select([
      'projectMilestones.id',
      'projectMilestones.name',
      'projectMilestones.dueOn',
      'projectMilestones.ownerId',
      'owner.displayName as ownerName',
      'owner.active as ownerActive',
      'projects.id as projectId',
      'projects.name as projectName',
      'projects.taskForceId',
      'projects.leaderInChargeId',
    ])
    .where('projectMilestones.zoneId', '=', zoneId)
    .where('projectMilestones.actualDoneOn', 'is', null)
    .where('projectMilestones.dueOn', '<', dueBefore)
    .orderBy('projectMilestones.dueOn')
    .orderBy('projectMilestones.id')
    .execute();
}
export type AlertMilestoneRow = Awaited<ReturnType<typeof listOpenMilestonesDueBefore>>[number];

/** Open action items (交办事项) due before `dueBefore`, with their meeting, series and project. */
export function listOpenActionsDueBefore(db: Db, zoneId: string, dueBefore: string) {
  return db
    .selectFrom('meetingOutcomes')
    .innerJoin('meetings', 'meetings.id', 'meetingOutcomes.meetingId')
    .innerJoin('meetingSeries', 'meetingSeries.id', 'meetingOutcomes.seriesId')
    .leftJoin('projects', 'projects.id', 'meetingOutcomes.projectId')
    .leftJoin('users as owner', 'owner.id', 'meetingOutcomes.ownerId')
    .select([
      'meetingOutcomes.id',
      'meetingOutcomes.text',
      'meetingOutcomes.dueOn',
      'meetingOutcomes.ownerId',
      'owner.active as ownerActive',
      'meetings.id as meetingId',
      'meetings.heldOn',
      'meetingSeries.name as seriesName',
      'meetingSeries.taskForceId as seriesTaskForceId',
      'projects.id as projectId',
      'projects.name as projectName',
      'projects.taskForceId as projectTaskForceId',
    ])
    .where('meetingOutcomes.zoneId', '=', zoneId)
    .where('meetingOutcomes.kind', '=', 'action')
    .where('meetingOutcomes.status', '=', 'open')
    .where('meetingOutcomes.dueOn', 'is not', null)
    .where('meetingOutcomes.dueOn', '<', dueBefore)
    .orderBy('meetingOutcomes.dueOn')
    .orderBy('meetingOutcomes.id')
    .execute();
}
export type AlertActionRow = Awaited<ReturnType<typeof listOpenActionsDueBefore>>[number];

/** Active users of the given task forces (user_org_units), for items nobody owns. */
export async function taskForceMembers(db: Db, taskForceIds: readonly string[]): Promise<Map<string, string[]>> {
  const members = new Map<string, string[]>();
  if (taskForceIds.length === 0) return members;
  const rows = await db
    .selectFrom('userOrgUnits')
    .innerJoin('users', 'users.id', 'userOrgUnits.userId')
    .select(['userOrgUnits.orgUnitId', 'userOrgUnits.userId'])
    .where('userOrgUnits.orgUnitId', 'in', [...new Set(taskForceIds)])
    .where('users.active', '=', 1)
    .orderBy('userOrgUnits.userId')
    .execute();
  for (const row of rows) members.set(row.orgUnitId, [...(members.get(row.orgUnitId) ?? []), row.userId]);
  return members;
}
