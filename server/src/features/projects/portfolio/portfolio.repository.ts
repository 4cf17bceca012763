import { sql } from 'kysely';
import type { Db } from '../../../db/database.js';
import { filteredProjects } from '../project.repository.js';
import type { ProjectFilter } from '../project.schema.js';
import type { ProjectViewer } from '../project-scope.js';

/**
 * The portfolio's set-based reads: grouped counts over the scoped, filtered projects, and the page's
 * blockers in one query. Change-log reads are in project-change.repository.ts.
 */
export const portfolioProjectIds = (db: Db, viewer: ProjectViewer, f: ProjectFilter) =>
  filteredProjects(db, viewer, f).select('projects.id');

/** Projects by light and stage (one grouped query; the service folds it into counts and byStage). */
export function countByRagAndStage(db: Db, viewer: ProjectViewer, f: ProjectFilter) {
  return filteredProjects(db, viewer, f)
    .select(['projects.ragStatus', 'projects.stage', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['projects.ragStatus', 'projects.stage'])
    .execute();
}

const countWhen = (status: string) =>
  sql<number>`sum(case when ${sql.ref('projects.ragStatus')} = ${status} then 1 else 0 end)`;

/** Per task force: its projects, red and amber among them. */
export function projectsByTaskForce(db: Db, viewer: ProjectViewer, f: ProjectFilter) {
  return filteredProjects(db, viewer, f)
    .select((eb) => [
      'projects.taskForceId',
      'taskForce.name',
      eb.fn.countAll<number>().as('projects'),
      countWhen('red').as('red'),
      countWhen('amber').as('amber'),
    ])
    .groupBy(['projects.taskForceId', 'taskForce.name'])
    .execute();
}

/** Per task force: open items past due and the least slack among them (the most negative). */
export function overdueItemsByTaskForce(db: Db, viewer: ProjectViewer, f: ProjectFilter) {
  return db
    .selectFrom('projectMilestones as m')
    .innerJoin('projects', 'projects.id', 'm.projectId')
    .select((eb) => [
      'projects.taskForceId',
      eb.fn.countAll<number>().as('items'),
      eb.fn.min('m.slackWorkdays').as('minSlack'),
    ])
    .where('projects.id', 'in', portfolioProjectIds(db, viewer, f))
    .where('m.actualDoneOn', 'is', null)
    .where('m.ragStatus', '=', 'red')
    .groupBy('projects.taskForceId')
    .execute();
}

/** Open red and amber items of the projects, the least slack first within each project. */
export function blockersOf(db: Db, projectIds: readonly string[]) {
  return db
    .selectFrom('projectMilestones as m')
    .leftJoin('users as owner', 'owner.id', 'm.ownerId')
    .select([
      'm.id',
      'm.projectId',
      'm.name',
      'owner.displayName as ownerName',
      'm.dueOn',
      'm.ragStatus',
      'm.slackWorkdays',
    ])
    .where('m.projectId', 'in', projectIds)
    .where('m.actualDoneOn', 'is', null)
    .where('m.ragStatus', 'in', ['red', 'amber'])
    .orderBy('m.projectId')
    .orderBy('m.slackWorkdays')
    .orderBy('m.dueOn')
    .orderBy('m.seq')
    .execute();
}
