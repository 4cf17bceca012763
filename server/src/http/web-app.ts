import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './error-handler.js';
import { AppError } from './errors.js';

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/**
 * Serves the built web app. Any GET outside /api that matches no file gets index.html, so the
 * app's own routes (/admin/users …) survive a reload; unknown /api URLs get a 404 problem document.
 */
export async function serveWebApp(app: FastifyInstance, webDist: string | null): Promise<void> {
  const root = webDist ?? DEFAULT_WEB_DIST;
  const hasWeb = existsSync(`${root}/index.html`);
  if (hasWeb) {
    await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'], cacheControl: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (hasWeb && request.method === 'GET' && !path.startsWith('/api/')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(request, reply, new AppError('route.notFound', { method: request.method, url: path }));
  });
}
