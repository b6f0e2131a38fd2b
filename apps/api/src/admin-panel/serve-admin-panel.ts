import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { extname, join, sep } from 'node:path';

// Vite names every file under assets/ after a hash of its content: a name never changes meaning,
// so browsers may keep the file and skip even the revalidation round trip on the next load.
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the admin panel's production build at `/`. Any other GET outside `/api` that is not a
 * file gets index.html, so the single-page app's own routes survive a reload. Without a build,
 * `/` says how to make one instead of answering an empty 404.
 */
export async function serveAdminPanel(
  app: NestFastifyApplication,
  adminDir: string,
): Promise<void> {
  const logger = new Logger('AdminPanel');
  const fastify = app.getHttpAdapter().getInstance();

  if (!existsSync(join(adminDir, 'index.html'))) {
    logger.warn(`No admin panel build in ${adminDir}; build it with: npx nx run admin:build`);
    fastify.get('/', (_request, reply) =>
      reply
        .code(404)
        .type('text/plain; charset=utf-8')
        .send(
          `The admin panel is not built: ${adminDir} is missing.\n` +
            'Build it with `npx nx run admin:build` (or `npm start`, which builds everything),\n' +
            'then restart the API. The API itself answers under /api, e.g. /api/health.\n',
        ),
    );
    return;
  }

  // wildcard: false registers one route per file found now, leaving the catch-all below free to
  // decide what an unknown path means.
  const assetsDir = join(adminDir, 'assets') + sep;
  await app.register(fastifyStatic, {
    root: adminDir,
    wildcard: false,
    setHeaders: (reply, path) => {
      if (path.startsWith(assetsDir)) reply.header('cache-control', IMMUTABLE);
    },
  });
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // API paths and missing assets keep their 404; only page routes fall back to the app.
    if (path === '/api' || path.startsWith('/api/') || extname(path) !== '') {
      return reply.callNotFound();
    }
    return reply.sendFile('index.html');
  });
  logger.log(`Serving the admin panel from ${adminDir}`);
}
