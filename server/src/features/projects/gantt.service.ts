import { z } from 'zod';
import type { Db } from '../../db/database.js';
import type { AppContext } from '../../http/context.js';
import { notFound } from '../../http/errors.js';
import { zoneToday } from '../investment/zone-today.js';
import { listMilestoneRows } from './milestone.repository.js';
import { filteredProjects, listPhases } from './project.repository.js';
import { projectFilterQuery, RAG_STATUSES } from './project.schema.js';
import type { ProjectViewer } from './project-scope.js';

export const ganttSchema = z.object({
  today: z.string(),
  items: z.array(
    z.object({
      projectId: z.string(),
      projectName: z.string(),
      phases: z.array(
        z.object({
          name: z.string(),
          plannedStartOn: z.string().nullable(),
          plannedEndOn: z.string().nullable(),
          actualStartOn: z.string().nullable(),
          actualEndOn: z.string().nullable(),
        }),
      ),
      milestones: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          baselineStartOn: z.string(),
          baselineDueOn: z.string(),
          plannedStartOn: z.string(),
          dueOn: z.string(),
          actualStartOn: z.string().nullable(),
          actualDoneOn: z.string().nullable(),
          ragStatus: z.enum(RAG_STATUSES),
        }),
      ),
    }),
  ),
});
export type Gantt = z.infer<typeof ganttSchema>;

/** The all-projects Gantt is paged like every list: up to 200 projects a page, 50 by default. */
export const ganttListQuery = projectFilterQuery.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type GanttListQuery = z.infer<typeof ganttListQuery>;
export const ganttPageSchema = ganttSchema.extend({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type GanttPage = z.infer<typeof ganttPageSchema>;

type GanttProject = { id: string; name: string };

/** Phases and milestones of the given projects, one query each, in the projects' order. */
async function ganttItems(db: Db, projects: readonly GanttProject[]): Promise<Gantt['items']> {
  const ids = projects.map((p) => p.id);
  if (ids.length === 0) return [];
  const [phases, milestones] = await Promise.all([listPhases(db, ids), listMilestoneRows(db, ids)]);
  const items = new Map<string, Gantt['items'][number]>(
    projects.map((p) => [p.id, { projectId: p.id, projectName: p.name, phases: [], milestones: [] }]),
  );
  for (const p of phases)
    items.get(p.projectId)?.phases.push({
      name: p.name,
      plannedStartOn: p.plannedStartOn,
      plannedEndOn: p.plannedEndOn,
      actualStartOn: p.actualStartOn,
      actualEndOn: p.actualEndOn,
    });
  for (const m of milestones)
    items.get(m.projectId)?.milestones.push({
      id: m.id,
      name: m.name,
      baselineStartOn: m.baselineStartOn,
      baselineDueOn: m.baselineDueOn,
      plannedStartOn: m.plannedStartOn,
      dueOn: m.dueOn,
      actualStartOn: m.actualStartOn,
      actualDoneOn: m.actualDoneOn,
      ragStatus: m.ragStatus,
    });
  return [...items.values()];
}

/** One project's Gantt: phases and milestones with baseline against plan and actual. */
export async function projectGantt(ctx: AppContext, db: Db, viewer: ProjectViewer, projectId: string): Promise<Gantt> {
  const project = await filteredProjects(db, viewer, {})
    .where('projects.id', '=', projectId)
    .select(['projects.id', 'projects.name'])
    .executeTakeFirst();
  if (!project) throw notFound('project');
  const [items, today] = await Promise.all([ganttItems(db, [project]), zoneToday(ctx, db, viewer.scope.zoneId)]);
  return { today, items };
}

/**
 * A page of the filtered list's Gantt, by project code: the page's projects and the total, then the
 * page's phases and milestones in one query each (four queries whatever the page size).
 */
export async function ganttPage(ctx: AppContext, db: Db, viewer: ProjectViewer, q: GanttListQuery): Promise<GanttPage> {
  const { page, pageSize, ...filter } = q;
  const [projects, count, today] = await Promise.all([
    filteredProjects(db, viewer, filter)
      .select(['projects.id', 'projects.name'])
      .orderBy('projects.code')
      .orderBy('projects.id')
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .execute(),
    filteredProjects(db, viewer, filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    zoneToday(ctx, db, viewer.scope.zoneId),
  ]);
  return { today, items: await ganttItems(db, projects), total: Number(count.n), page, pageSize };
}
