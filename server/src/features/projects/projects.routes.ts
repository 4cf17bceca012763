import type { FastifyPluginAsync } from 'fastify';

/**
 * The project module (项目全流程), mounted at /api/v1/projects: projects and phases, the milestone
 * checklist, the Gantt, settings and the working calendar. Each sub-feature adds one line here.
 */
export const projectsRoutes: FastifyPluginAsync = async (_app) => {};
