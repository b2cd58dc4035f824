import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isConsolePage } from './console-routes';

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/** The built console (`npm run build:console` → console/dist), found from this file's place in src/ or dist/src/. */
export function findConsoleBuild(from = __dirname): string | undefined {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'console', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (existsSync(join(dir, 'package.json'))) return undefined;
  }
  return undefined;
}

/**
 * Serves the console at `/`: hashed assets under /assets cached for a year (their names change with their
 * content), index.html for the console's own pages and never cached (so a new release is picked up at once).
 * Nothing here needs a key: the page holds no data; every datum comes from the API, which does.
 */
export function serveConsole(app: NestExpressApplication, buildDir = findConsoleBuild()): void {
  if (!buildDir) {
    app.use((request: Request, response: Response, next: NextFunction) => {
      if (request.method !== 'GET' || request.path !== '/') return next();
      response.status(503).type('text/plain').send('The console is not built: run `npm run build` (or `npm run build:console`).\n');
    });
    return;
  }
  const indexHtml = readFileSync(join(buildDir, 'index.html'));
  app.useStaticAssets(join(buildDir, 'assets'), { prefix: '/assets', immutable: true, maxAge: ONE_YEAR_SECONDS * 1000, index: false, redirect: false });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !isConsolePage(request.path)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.type('html').send(indexHtml);
  });
  app.useStaticAssets(buildDir, { index: false, maxAge: 3600 * 1000, redirect: false });
}
