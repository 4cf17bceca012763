import type { FastifyPluginAsync } from 'fastify';
import { auditRoutes } from './audit/audit.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { buildingRoutes } from './buildings/building.routes.js';
import { enterpriseImportRoutes } from './enterprise-import/enterprise-import.routes.js';
import { enterpriseRoutes } from './enterprises/enterprise.routes.js';
import { enterpriseDetailRoutes } from './enterprises/enterprise-details.routes.js';
import { fourAboveRoutes } from './enterprises/four-above.routes.js';
import { healthRoutes } from './health/health.routes.js';
import { homeRoutes } from './home/home.routes.js';
import { industryRoutes } from './industries/industry.routes.js';
import { investmentRoutes } from './investment/investment.routes.js';
import { orgUnitRoutes } from './org-units/org-unit.routes.js';
import { parcelRoutes } from './parcels/parcel.routes.js';
import { parkMapRoutes } from './parcels/park-map.routes.js';
import { roleRoutes } from './roles/role.routes.js';
import { userRoutes } from './users/user.routes.js';
import { zoneRoutes } from './zones/zone.routes.js';

/** Every feature's routes, mounted under /api/v1. A new feature adds one line here. */
export const registerFeatures: FastifyPluginAsync = async (app) => {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(homeRoutes);
  await app.register(enterpriseRoutes);
  await app.register(enterpriseDetailRoutes);
  await app.register(enterpriseImportRoutes);
  await app.register(fourAboveRoutes);
  await app.register(industryRoutes);
  await app.register(userRoutes);
  await app.register(roleRoutes);
  await app.register(orgUnitRoutes);
  await app.register(zoneRoutes);
  await app.register(auditRoutes);
  await app.register(parcelRoutes);
  await app.register(parkMapRoutes);
  await app.register(buildingRoutes);
  await app.register(investmentRoutes, { prefix: '/investment' });
};
