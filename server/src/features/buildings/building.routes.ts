import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';
import { callerOf, scopeOf } from '../../http/auth-hook.js';
import { localeFrom } from '../../http/locale.js';
import { pageResult } from '../../http/pagination.js';
import { problemSchemas } from '../../http/problem.schema.js';
import {
  buildingDetailSchema,
  buildingListQuery,
  buildingSchema,
  createBuildingBody,
  createOccupancyBody,
  occupancySchema,
  parkOccupancySchema,
  updateBuildingBody,
  updateOccupancyBody,
} from './building.schema.js';
import * as service from './building.service.js';

const tags = ['registry: land'];
const idParams = z.strictObject({ id: z.string().min(1).max(64) });
const occupancyParams = idParams.extend({ occupancyId: z.string().min(1).max(64) });

export const buildingRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const view = { access: requires('land.view') };
  const manage = { access: requires('land.manage') };

  app.get(
    '/factory-buildings',
    {
      config: view,
      schema: {
        tags,
        summary: 'Standard factory buildings with occupancy today, per building and per park',
        querystring: buildingListQuery,
        response: { 200: pageResult(buildingSchema).extend({ parks: z.array(parkOccupancySchema) }) },
      },
    },
    async (request) => service.listBuildings(ctx, scopeOf(request), request.query),
  );

  app.get(
    '/factory-buildings/:id',
    {
      config: view,
      schema: {
        tags,
        summary: 'A factory building with its occupancies',
        params: idParams,
        response: { 200: buildingDetailSchema, ...problemSchemas(404) },
      },
    },
    async (request) => service.getBuilding(ctx, scopeOf(request), request.params.id),
  );

  app.post(
    '/factory-buildings',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Register a standard factory building',
        body: createBuildingBody,
        response: { 201: buildingSchema, ...problemSchemas(400, 403, 409) },
      },
    },
    async (request, reply) => {
      const locale = localeFrom(request.headers['accept-language']);
      const building = await ctx.db
        .transaction()
        .execute((trx) => service.createBuilding(ctx, trx, callerOf(request), request.body, locale));
      return reply.code(201).send(building);
    },
  );

  app.patch(
    '/factory-buildings/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit a factory building (the floor area may not drop below what is occupied)',
        params: idParams,
        body: updateBuildingBody,
        response: { 200: buildingSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request) => {
      const locale = localeFrom(request.headers['accept-language']);
      return ctx.db
        .transaction()
        .execute((trx) => service.updateBuilding(ctx, trx, callerOf(request), request.params.id, request.body, locale));
    },
  );

  app.post(
    '/factory-buildings/:id/occupancies',
    {
      config: manage,
      schema: {
        tags,
        summary: 'An enterprise moves in (409 naming the free area when it would not fit)',
        params: idParams,
        body: createOccupancyBody,
        response: { 201: occupancySchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const locale = localeFrom(request.headers['accept-language']);
      const occupancy = await ctx.db
        .transaction()
        .execute((trx) => service.addOccupancy(ctx, trx, callerOf(request), request.params.id, request.body, locale));
      return reply.code(201).send(occupancy);
    },
  );

  app.patch(
    '/factory-buildings/:id/occupancies/:occupancyId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Set (or clear) the move-out date of an occupancy',
        params: occupancyParams,
        body: updateOccupancyBody,
        response: { 200: occupancySchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request) => {
      const locale = localeFrom(request.headers['accept-language']);
      const { id, occupancyId } = request.params;
      return ctx.db
        .transaction()
        .execute((trx) =>
          service.endOccupancy(ctx, trx, callerOf(request), id, occupancyId, request.body.endedOn, locale),
        );
    },
  );
};
