import type { FastifyPluginAsync } from 'fastify';
import { activityRoutes } from './activities/activity.routes.js';
import { contestRoutes } from './contest/contest.routes.js';
import { leadRoutes } from './leads/lead.routes.js';
import { investmentMethodRoutes } from './methods/method.routes.js';
import { moveRoutes } from './moves/move.routes.js';
import { investmentSettingsRoutes } from './settings/settings.routes.js';

/**
 * The investment-promotion module (招商), mounted at /api/v1/investment: leads, moves and screening,
 * activities and reminders, the contest and settings. Each sub-feature adds one line here.
 */
export const investmentRoutes: FastifyPluginAsync = async (app) => {
  await app.register(contestRoutes);
  await app.register(investmentSettingsRoutes);
  await app.register(investmentMethodRoutes);
  await app.register(moveRoutes);
  await app.register(activityRoutes);
  await app.register(leadRoutes);
};
