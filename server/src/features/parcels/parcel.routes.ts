import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';
import { callerOf, scopeOf } from '../../http/auth-hook.js';
import { localeFrom } from '../../http/locale.js';
import { offsetOf, pageResult } from '../../http/pagination.js';
import { problemSchemas } from '../../http/problem.schema.js';
import { occupancyOfEnterpriseSchema } from '../buildings/building.schema.js';
import { occupanciesOfEnterprise } from '../buildings/building.service.js';
import { countParcels, listParcels } from './parcel.repository.js';
import {
  createParcelBody,
  parcelDetailSchema,
  parcelListQuery,
  parcelSchema,
  standardLandBody,
  standardLandSchema,
  toParcelView,
  updateParcelBody,
} from './parcel.schema.js';
import * as service from './parcel.service.js';

const tags = ['registry: land'];
const idParams = z.strictObject({ id: z.string().min(1).max(64) });

export const parcelRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const view = { access: requires('land.view') };
  const manage = { access: requires('land.manage') };

  app.get(
    '/parcels',
    {
      config: view,
      schema: {
        tags,
        summary: 'Parcels the caller may see (park staff: their parks; enterprise users: their own)',
        querystring: parcelListQuery,
        response: { 200: pageResult(parcelSchema) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const q = request.query;
      const total = await countParcels(ctx.db, scope, q);
      const rows = await listParcels(ctx.db, scope, q, { offset: offsetOf(q), limit: q.pageSize });
      return { items: rows.map(toParcelView), total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/parcels/:id',
    {
      config: view,
      schema: {
        tags,
        summary: 'A parcel with its standard-land indicators and geometry',
        params: idParams,
        response: { 200: parcelDetailSchema, ...problemSchemas(404) },
      },
    },
    async (request) => service.getParcel(ctx.db, scopeOf(request), request.params.id),
  );

  app.post(
    '/parcels',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Create a parcel (area in mu or in m², exactly one; the server stores both)',
        body: createParcelBody,
        response: { 201: parcelDetailSchema, ...problemSchemas(400, 403, 409) },
      },
    },
    async (request, reply) => {
      const locale = localeFrom(request.headers['accept-language']);
      const parcel = await ctx.db
        .transaction()
        .execute((trx) => service.createParcel(ctx, trx, callerOf(request), request.body, locale));
      return reply.code(201).send(parcel);
    },
  );

  app.patch(
    '/parcels/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit a parcel',
        params: idParams,
        body: updateParcelBody,
        response: { 200: parcelDetailSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request) => {
      const locale = localeFrom(request.headers['accept-language']);
      return ctx.db
        .transaction()
        .execute((trx) => service.updateParcel(ctx, trx, callerOf(request), request.params.id, request.body, locale));
    },
  );

  app.delete(
    '/parcels/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Delete a parcel no factory building stands on',
        params: idParams,
        response: { 204: z.null(), ...problemSchemas(403, 404, 409) },
      },
    },
    async (request, reply) => {
      await ctx.db.transaction().execute((trx) => service.deleteParcel(ctx, trx, callerOf(request), request.params.id));
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/parcels/:id/standard-land',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Set the 标准地 control indicators agreed at sale (money in yuan)',
        params: idParams,
        body: standardLandBody,
        response: { 200: standardLandSchema, ...problemSchemas(400, 403, 404) },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) => service.putStandardLand(ctx, trx, callerOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/parcels/:id/standard-land',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Remove the standard-land indicators (the parcel is no longer standard land)',
        params: idParams,
        response: { 204: z.null(), ...problemSchemas(403, 404) },
      },
    },
    async (request, reply) => {
      await ctx.db
        .transaction()
        .execute((trx) => service.deleteStandardLand(ctx, trx, callerOf(request), request.params.id));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/enterprises/:id/land',
    {
      config: view,
      schema: {
        tags,
        summary: "An enterprise's parcels and factory-building occupancies (the profile's land tab)",
        params: idParams,
        response: {
          200: z.object({ parcels: z.array(parcelSchema), occupancies: z.array(occupancyOfEnterpriseSchema) }),
          ...problemSchemas(404),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const parcels = await service.listOfEnterprise(ctx.db, scope, request.params.id);
      const occupancies = await occupanciesOfEnterprise(ctx.db, scope, request.params.id);
      return { parcels, occupancies };
    },
  );
};
