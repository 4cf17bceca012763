import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../http/access.js';
import { callerOf } from '../../http/auth-hook.js';
import { localeFrom } from '../../http/locale.js';
import { problemSchemas } from '../../http/problem.schema.js';
import {
  classificationBody,
  classificationSchema,
  contactBody,
  contactSchema,
  enterpriseSchema,
  profileBody,
} from './enterprise.schema.js';
import * as service from './enterprise-details.service.js';
import { updateProfile } from './enterprise-profile.service.js';

const tags = ['enterprises'];
const id = z.string().min(1).max(64);
const enterpriseParams = z.strictObject({ id });
const contactParams = z.strictObject({ id, contactId: id });
const classificationParams = z.strictObject({ id, classificationId: id });

/**
 * The profile, contacts and classifications of an enterprise: each its own small resource under the
 * enterprise. The profile and contacts are the enterprise's to keep (its own user, or staff who
 * manage it); classifications are the zone's.
 */
export const enterpriseDetailRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const manage = { access: requires('enterprise.manage') };
  const keep = { access: requires('enterprise.keepProfile') };

  app.patch(
    '/enterprises/:id/profile',
    {
      config: keep,
      schema: {
        tags,
        summary: 'Edit the profile the enterprise keeps itself (phone, website, office address, business, employees)',
        params: enterpriseParams,
        body: profileBody,
        response: { 200: enterpriseSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) => updateProfile(ctx, trx, callerOf(request), request.params.id, request.body)),
  );

  app.post(
    '/enterprises/:id/contacts',
    {
      config: keep,
      schema: {
        tags,
        summary: 'Add a contact',
        params: enterpriseParams,
        body: contactBody,
        response: { 201: contactSchema, ...problemSchemas(400, 403, 404) },
      },
    },
    async (request, reply) => {
      const contact = await ctx.db
        .transaction()
        .execute((trx) => service.addContact(ctx, trx, callerOf(request), request.params.id, request.body));
      return reply.code(201).send(contact);
    },
  );

  app.patch(
    '/enterprises/:id/contacts/:contactId',
    {
      config: keep,
      schema: {
        tags,
        summary: 'Edit a contact',
        params: contactParams,
        body: contactBody.partial(),
        response: { 200: contactSchema, ...problemSchemas(400, 403, 404) },
      },
    },
    async (request) =>
      ctx.db
        .transaction()
        .execute((trx) =>
          service.updateContact(ctx, trx, callerOf(request), request.params.id, request.params.contactId, request.body),
        ),
  );

  app.delete(
    '/enterprises/:id/contacts/:contactId',
    {
      config: keep,
      schema: {
        tags,
        summary: 'Remove a contact',
        params: contactParams,
        response: { 204: z.null(), ...problemSchemas(403, 404) },
      },
    },
    async (request, reply) => {
      await ctx.db
        .transaction()
        .execute((trx) =>
          service.removeContact(ctx, trx, callerOf(request), request.params.id, request.params.contactId),
        );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/enterprises/:id/classifications',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add a classification for a year (四上 with its sector, 专精特新 with its level)',
        params: enterpriseParams,
        body: classificationBody,
        response: { 201: classificationSchema, ...problemSchemas(400, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const locale = localeFrom(request.headers['accept-language']);
      const created = await ctx.db
        .transaction()
        .execute((trx) =>
          service.addClassification(ctx, trx, callerOf(request), request.params.id, request.body, locale),
        );
      return reply.code(201).send(created);
    },
  );

  app.delete(
    '/enterprises/:id/classifications/:classificationId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Remove a classification',
        params: classificationParams,
        response: { 204: z.null(), ...problemSchemas(403, 404) },
      },
    },
    async (request, reply) => {
      await ctx.db
        .transaction()
        .execute((trx) =>
          service.removeClassification(ctx, trx, callerOf(request), request.params.id, request.params.classificationId),
        );
      return reply.code(204).send(null);
    },
  );
};
