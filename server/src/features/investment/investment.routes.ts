import type { FastifyPluginAsync } from 'fastify';

/**
 * The investment-promotion module (招商), mounted at /api/v1/investment: leads, moves and screening,
 * activities and reminders, the contest and settings. Each sub-feature adds one line here.
 */
export const investmentRoutes: FastifyPluginAsync = async (_app) => {};
