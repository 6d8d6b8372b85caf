import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type RequestHandler } from 'express';
import { NotFoundProblem } from '../http/problem';

/** Vite names every built asset after its content: it can be cached for a year. */
export const ASSET_CACHE = 'public, max-age=31536000, immutable';
/** The page that names the assets must be asked again each time (a new build names new ones). */
export const PAGE_CACHE = 'no-cache';

/** What the back office keeps for itself: the API, its documentation, the health check. */
const SERVER_PATHS = /^\/(api|health)(\/|$)/;

/**
 * The web app (apps/web, built by Vite into `webDir`) under `/`: its hashed assets with a long
 * cache, and `index.html` (no-cache) for every other GET that asks for a page, so that the app's
 * own routes (`/loans/…`) load it. `/api/…` and `/health` are never the app's: an unknown API
 * path stays a problem+json 404. Without a build, `/` answers a 404 that says how to make one.
 */
export function serveWebApp(app: NestExpressApplication, webDir: string): void {
  const index = join(webDir, 'index.html');
  const files = express.static(webDir, {
    index: false,
    redirect: false,
    fallthrough: true,
    setHeaders: (res, path) => {
      res.setHeader(
        'Cache-Control',
        path.startsWith(join(webDir, 'assets')) ? ASSET_CACHE : PAGE_CACHE,
      );
    },
  });
  const page: RequestHandler = (req, res, next) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      SERVER_PATHS.test(req.path) ||
      // A missing script or stylesheet is a 404, not the page.
      req.path.startsWith('/assets/') ||
      !req.accepts('html')
    ) {
      next();
      return;
    }
    if (!existsSync(index)) {
      next(
        new NotFoundProblem(
          `the web app is not built (no ${index}): npm start builds it, or npm run web:build`,
        ),
      );
      return;
    }
    res.setHeader('Cache-Control', PAGE_CACHE);
    res.sendFile(index);
  };
  const guarded: RequestHandler = (req, res, next) => {
    if (SERVER_PATHS.test(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) {
      next();
      return;
    }
    // index.html is only ever sent by `page`, with its cache header: never as a static file.
    if (req.path === '/index.html') {
      page(req, res, next);
      return;
    }
    files(req, res, next);
  };
  app.use(guarded);
  app.use(page);
}
