import type { FastifyPluginAsync } from 'fastify';
import { agencyRoutes } from './agency/agency.routes.js';
import { agencyFileRoutes } from './agency/agency-files.routes.js';
import { instructionRoutes } from './instructions/instructions.routes.js';
import { projectInvestmentRoutes } from './investment/investment.routes.js';
import { meetingRoutes } from './meetings/meetings.routes.js';
import { milestoneRoutes } from './milestone.routes.js';
import { milestoneFileRoutes } from './milestone-files.routes.js';
import { portfolioRoutes } from './portfolio/portfolio.routes.js';
import { projectRoutes } from './project.routes.js';
import { projectOptionRoutes } from './project-options.routes.js';
import { reportRoutes } from './reports/reports.routes.js';
import { projectSettingsRoutes } from './settings.routes.js';

/**
 * The project module (项目全流程), mounted at /api/v1/projects: projects and phases, the milestone
 * checklist, the Gantt, settings and the working calendar. Each sub-feature adds one line here.
 */
export const projectsRoutes: FastifyPluginAsync = async (app) => {
  await app.register(projectSettingsRoutes);
  await app.register(projectOptionRoutes);
  await app.register(projectRoutes);
  await app.register(milestoneRoutes);
  await app.register(milestoneFileRoutes);
  await app.register(agencyRoutes);
  await app.register(agencyFileRoutes);
  await app.register(meetingRoutes, { prefix: '/meetings' });
  await app.register(instructionRoutes, { prefix: '/instructions' });
  await app.register(projectInvestmentRoutes);
  await app.register(portfolioRoutes);
  await app.register(reportRoutes, { prefix: '/reports' });
};
