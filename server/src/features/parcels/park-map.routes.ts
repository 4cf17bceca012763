import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';
import { callerOf, scopeOf } from '../../http/auth-hook.js';
import { localeFrom } from '../../http/locale.js';
import { problemSchemas } from '../../http/problem.schema.js';
import { coordinateSystemOf } from './coordinate-ranges.js';
import { geometrySchema } from './parcel.schema.js';
import { SUPPLY_STATUSES } from './parcel.table.js';
import * as service from './park-map.service.js';

const tags = ['registry: land'];
const idParams = z.strictObject({ id: z.string().min(1).max(64) });

const mapSchema = z.object({
  type: z.literal('FeatureCollection'),
  park: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  /** [minX, minY, maxX, maxY] in the park map's plane; null when no parcel has geometry yet. */
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      properties: z.object({
        id: z.string(),
        code: z.string(),
        areaMu: z.number(),
        supplyStatus: z.enum(SUPPLY_STATUSES),
        landUse: z.string().nullable(),
        enterpriseId: z.string().nullable(),
        enterpriseName: z.string().nullable(),
        industryCode: z.string().nullable(),
        industrySection: z.string().nullable(),
      }),
      geometry: geometrySchema,
    }),
  ),
});

/** Features are checked one by one in the service, so that every bad one is reported by index. */
const geometryBody = z.object({
  type: z.literal('FeatureCollection'),
  /** The coordinate system, as GIS tools name it; absent: the park map's plane (coordinate-ranges.ts). */
  crs: z
    .object({ type: z.literal('name'), properties: z.object({ name: z.string().trim().min(1).max(200) }) })
    .optional(),
  features: z.array(z.unknown()).min(1).max(5000),
});

export const parkMapRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;

  app.get(
    '/parks/:id/map',
    {
      config: { access: requires('land.view') },
      schema: {
        tags,
        summary: "The park's parcels as a GeoJSON FeatureCollection, with the bounds",
        params: idParams,
        response: { 200: mapSchema, ...problemSchemas(404) },
      },
    },
    async (request) => service.parkMap(ctx.db, scopeOf(request), request.params.id),
  );

  app.post(
    '/parks/:id/parcel-geometry',
    {
      config: { access: requires('land.manage') },
      schema: {
        tags,
        summary: 'Import parcel geometry: a FeatureCollection whose features name the parcel code',
        params: idParams,
        body: geometryBody,
        response: {
          200: z.object({ updated: z.number().int(), codes: z.array(z.string()) }),
          ...problemSchemas(400, 403, 404, 413),
        },
      },
    },
    async (request) => {
      const locale = localeFrom(request.headers['accept-language']);
      return ctx.db
        .transaction()
        .execute((trx) =>
          service.importGeometry(
            ctx,
            trx,
            callerOf(request),
            request.params.id,
            request.body.features,
            coordinateSystemOf(request.body.crs?.properties.name),
            locale,
          ),
        );
    },
  );
};
