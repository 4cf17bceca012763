import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';
import { scopeOf } from '../../http/auth-hook.js';
import { notFound } from '../../http/errors.js';
import { findZone } from '../zones/zone.repository.js';
import { parkFigures, zoneUserCount } from './home.repository.js';

const figures = z.object({ enterprises: z.number().int(), parcels: z.number().int(), users: z.number().int() });

const summarySchema = z.object({
  zone: z.object({
    id: z.string(),
    name: z.string(),
    approvedOn: z.string().nullable(),
    areaKm2: z.number().nullable(),
    leadingIndustries: z.string().nullable(),
    isDemo: z.boolean(),
  }),
  parks: z.array(figures.extend({ id: z.string(), name: z.string() })),
  totals: figures,
  /**
   * What totals.users counts: the zone's accounts (zone-wide callers, as 用户管理 lists them), or the
   * users of the caller's parks (park staff and enterprise users) or of the caller's enterprise.
   */
  usersCounted: z.enum(['zone', 'parks', 'enterprise']),
});

export const homeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/home/summary',
    {
      config: { access: requires('home.view') },
      schema: {
        tags: ['home'],
        summary: 'Live figures for the home page: per park, enterprises, parcels and users within the caller’s scope',
        response: { 200: summarySchema },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const zone = await findZone(app.ctx.db, scope.zoneId);
      if (!zone) throw notFound('zone');
      const parks = await parkFigures(app.ctx.db, scope);
      const sum = (key: 'enterprises' | 'parcels' | 'users') => parks.reduce((total, p) => total + p[key], 0);
      const usersCounted: 'zone' | 'parks' | 'enterprise' =
        scope.enterpriseId !== null ? 'enterprise' : scope.parkIds !== null ? 'parks' : 'zone';
      const users = usersCounted === 'zone' ? await zoneUserCount(app.ctx.db, scope.zoneId) : sum('users');
      return {
        zone: {
          id: zone.id,
          name: zone.name,
          approvedOn: zone.approvedOn,
          areaKm2: zone.areaKm2,
          leadingIndustries: zone.leadingIndustries,
          isDemo: zone.isDemo === 1,
        },
        parks,
        totals: { enterprises: sum('enterprises'), parcels: sum('parcels'), users },
        usersCounted,
      };
    },
  );
};
