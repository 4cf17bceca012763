import { rolesWith } from '@zonehub/access';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';
import { scopeOf } from '../../http/auth-hook.js';
import { ownersOf, parksOf, taskForcesOf } from '../investment/leads/lead-options.repository.js';
import { mayWorkProject, mayWorkProjects } from './project-scope.js';

const person = z.object({
  id: z.string(),
  displayName: z.string(),
  searchKeys: z.string(),
  taskForceIds: z.array(z.string()),
});
const optionsSchema = z.object({
  taskForces: z.array(z.object({ id: z.string(), name: z.string(), mine: z.boolean() })),
  parks: z.array(z.object({ id: z.string(), name: z.string() })),
  leaders: z.array(person),
  owners: z.array(person),
});

/**
 * What the project forms and filters pick from, for everyone who sees projects (an enterprise user
 * has no investment access, so the investment options are not theirs to read): task forces (the
 * caller's first), parks, leaders (包联领导) and the people who may own checklist items.
 *
 * Each role gets what its pages use. The two staff lists are the zone's directory of people: only
 * those who create projects and plan checklists pick from them (leaders and park staff see names on
 * the items themselves). An enterprise user filters their own projects by park at most; the task
 * forces, often named after other enterprises' projects, are not theirs to read.
 */
export const projectOptionRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  app.get(
    '/options',
    {
      config: { access: requires('project.view') },
      schema: {
        tags: ['projects'],
        summary: 'Task forces, parks, leaders in charge and item owners for the project forms',
        response: { 200: optionsSchema },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const internal = scope.enterpriseId === null;
      const planner = mayWorkProjects(scope);
      const taskForces = (internal ? await taskForcesOf(ctx.db, scope.zoneId) : []).map((t) => ({
        ...t,
        mine: mayWorkProject(scope, t.id),
      }));
      return {
        taskForces: [...taskForces.filter((t) => t.mine), ...taskForces.filter((t) => !t.mine)],
        parks: await parksOf(ctx.db, scope.zoneId),
        leaders: planner ? await ownersOf(ctx.db, scope.zoneId, ['leader']) : [],
        owners: planner ? await ownersOf(ctx.db, scope.zoneId, rolesWith('project.manage')) : [],
      };
    },
  );
};
