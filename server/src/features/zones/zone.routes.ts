import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';
import { principalOf } from '../../http/auth-hook.js';
import { pageResult } from '../../http/pagination.js';
import { problemSchemas } from '../../http/problem.schema.js';
import { parkOptionRoutes } from './park-options.routes.js';
import {
  createParkBody,
  createZoneBody,
  parkSchema,
  updateParkBody,
  updateZoneBody,
  zoneListQuery,
  zoneSchema,
} from './zone.schema.js';
import * as service from './zone.service.js';

const tags = ['admin: zones'];
const idParams = z.strictObject({ id: z.string().min(1).max(64) });

export const zoneRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const inTransaction = <T>(fn: (trx: typeof ctx.db) => Promise<T>) => ctx.db.transaction().execute(fn);
  await app.register(parkOptionRoutes);

  app.get(
    '/admin/zones',
    {
      config: { access: requires('park.manage') },
      schema: {
        tags,
        summary: 'Zones the caller administers, with their parks (paginated)',
        querystring: zoneListQuery,
        response: { 200: pageResult(zoneSchema) },
      },
    },
    async (request) => service.pageOfZones(ctx.db, principalOf(request), request.query),
  );

  app.post(
    '/admin/zones',
    {
      config: { access: requires('zone.manage') },
      schema: {
        tags,
        summary: 'Create a zone',
        body: createZoneBody,
        response: { 201: zoneSchema, ...problemSchemas(400, 409) },
      },
    },
    async (request, reply) => {
      const zone = await inTransaction((trx) => service.createZone(ctx, trx, principalOf(request), request.body));
      return reply.code(201).send(zone);
    },
  );

  app.patch(
    '/admin/zones/:id',
    {
      config: { access: requires('park.manage') },
      schema: {
        tags,
        summary: 'Edit a zone',
        params: idParams,
        body: updateZoneBody,
        response: { 200: zoneSchema, ...problemSchemas(400, 404, 409) },
      },
    },
    async (request) =>
      inTransaction((trx) => service.updateZone(ctx, trx, principalOf(request), request.params.id, request.body)),
  );

  app.post(
    '/admin/zones/:id/parks',
    {
      config: { access: requires('park.manage') },
      schema: {
        tags,
        summary: 'Add a park to a zone',
        params: idParams,
        body: createParkBody,
        response: { 201: parkSchema, ...problemSchemas(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const park = await inTransaction((trx) =>
        service.createPark(ctx, trx, principalOf(request), request.params.id, request.body),
      );
      return reply.code(201).send(park);
    },
  );

  app.patch(
    '/admin/parks/:id',
    {
      config: { access: requires('park.manage') },
      schema: {
        tags,
        summary: 'Edit a park',
        params: idParams,
        body: updateParkBody,
        response: { 200: parkSchema, ...problemSchemas(400, 404, 409) },
      },
    },
    async (request) =>
      inTransaction((trx) => service.updatePark(ctx, trx, principalOf(request), request.params.id, request.body)),
  );
};
