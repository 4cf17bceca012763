import { z } from 'zod';
import type { Db } from '../../db/database.js';
import type { AppContext } from '../../http/context.js';
import { notFound } from '../../http/errors.js';
import { zoneToday } from '../investment/zone-today.js';
import { listMilestoneRows } from './milestone.repository.js';
import { filteredProjectIds, filteredProjects, listPhases } from './project.repository.js';
import { type ProjectFilter, RAG_STATUSES } from './project.schema.js';
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

/** Up to this many projects in one Gantt; the list's filters narrow it. */
export const GANTT_LIMIT = 2000;

/**
 * The Gantt of one project or of a filtered list: phases and milestones with baseline against plan
 * and actual. Three queries whatever the number of projects (projects, phases, milestones).
 */
export async function ganttOf(
  ctx: AppContext,
  db: Db,
  viewer: ProjectViewer,
  filter: ProjectFilter & { projectId?: string },
): Promise<Gantt> {
  const selected = () => {
    let q = filteredProjects(db, viewer, filter);
    if (filter.projectId) q = q.where('projects.id', '=', filter.projectId);
    return q;
  };
  const projects = await selected()
    .select(['projects.id', 'projects.name'])
    .orderBy('projects.code')
    .limit(GANTT_LIMIT)
    .execute();
  if (filter.projectId && projects.length === 0) throw notFound('project');
  const ids = filter.projectId ? [filter.projectId] : filteredProjectIds(db, viewer, filter);
  const [phases, milestones, today] = await Promise.all([
    listPhases(db, ids),
    listMilestoneRows(db, ids),
    zoneToday(ctx, db, viewer.scope.zoneId),
  ]);
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
  return { today, items: [...items.values()] };
}
