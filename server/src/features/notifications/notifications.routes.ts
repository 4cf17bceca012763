import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { signedIn } from '../../http/access.js';
import { principalOf } from '../../http/auth-hook.js';
import { problemSchemas } from '../../http/problem.schema.js';
import {
  notificationListQuery,
  notificationListSchema,
  notificationParams,
  notificationSchema,
  readAllSchema,
  unreadCountSchema,
} from './notification.schema.js';
import {
  listNotifications,
  type Reader,
  readAllNotifications,
  readNotification,
  unreadCount,
} from './notification.service.js';

const tags = ['notifications'];

/**
 * In-app notifications (the bell), mounted at /api/v1/notifications. Every signed-in user reads their
 * own, in the zone they are working in; the rows are never anyone else's business, so no permission
 * beyond being signed in is needed.
 */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = app.ctx;
  const readerOf = (request: FastifyRequest): Reader => {
    const principal = principalOf(request);
    return principal.zoneId === null ? null : { userId: principal.userId, zoneId: principal.zoneId };
  };

  app.get(
    '',
    {
      config: { access: signedIn() },
      schema: {
        tags,
        summary: 'My notifications in the current zone, newest first (unread=true: only unread ones)',
        querystring: notificationListQuery,
        response: { 200: notificationListSchema, ...problemSchemas(400) },
      },
    },
    async (request) => listNotifications(ctx.db, readerOf(request), request.query),
  );

  app.get(
    '/unread-count',
    {
      config: { access: signedIn() },
      schema: {
        tags,
        summary: 'How many of my notifications are unread (the bell badge)',
        response: { 200: unreadCountSchema },
      },
    },
    async (request) => unreadCount(ctx.db, readerOf(request)),
  );

  app.post(
    '/:id/read',
    {
      config: { access: signedIn() },
      schema: {
        tags,
        summary: 'Mark one of my notifications read (another user’s answers 404)',
        params: notificationParams,
        response: { 200: notificationSchema, ...problemSchemas(404) },
      },
    },
    async (request) => readNotification(ctx.db, readerOf(request), request.params.id, ctx.clock.now()),
  );

  app.post(
    '/read-all',
    {
      config: { access: signedIn() },
      schema: {
        tags,
        summary: 'Mark all my notifications in the current zone read',
        response: { 200: readAllSchema },
      },
    },
    async (request) => readAllNotifications(ctx.db, readerOf(request), ctx.clock.now()),
  );
};
