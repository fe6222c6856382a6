import { NestExpressApplication } from '@nestjs/platform-express';
import { NextFunction, Request, RequestHandler, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import fs from 'node:fs';
import { ServerResponse } from 'node:http';
import path from 'node:path';

/** Vite names every file under assets/ after its content hash: a new build never reuses a URL. */
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
/** index.html (and anything not hashed) is revalidated on each visit, so a deployment shows at once. */
export const REVALIDATE_CACHE = 'no-cache';

const ASSETS_DIR = 'assets';
const API_PREFIXES = ['/graphql', '/health', '/files/', '/public/'];

const isApiPath = (urlPath: string) =>
  API_PREFIXES.some((prefix) => urlPath === prefix.replace(/\/$/, '') || urlPath.startsWith(prefix));

function decodable(urlPath: string): boolean {
  try {
    decodeURIComponent(urlPath);
    return true;
  } catch {
    return false;
  }
}

/**
 * The built SPA's files, precompressed at build time (vite-plugin-compression2 writes .br and .gz beside
 * each file): brotli when the browser accepts it, else gzip, else the file itself; no CPU is spent
 * compressing per request. Returns no handlers when the folder holds no index.html (API-only deployment).
 */
export function spaStaticHandlers(webDistDir: string): RequestHandler[] {
  const root = path.resolve(webDistDir);
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) return [];
  const assetsPrefix = path.join(root, ASSETS_DIR) + path.sep;
  const files = expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      cacheControl: false,
      // A missing file is the SPA fallback's (or Nest's 404) to answer, not serve-static's.
      fallthrough: true,
      // `file` is the one sent, possibly the .br or .gz beside the requested one.
      setHeaders: (res: ServerResponse, file: string) =>
        res.setHeader('Cache-Control', file.startsWith(assetsPrefix) ? HASHED_ASSET_CACHE : REVALIDATE_CACHE),
    },
  }) as RequestHandler;

  const serveFile: RequestHandler = (req, res, next) => {
    // express-static-gzip answers an undecodable path with a plain-text 400; the fallback serves it instead.
    if (isApiPath(req.path) || !decodable(req.path)) return next();
    files(req, res, next);
  };

  // Client-side routes (/plans/123) get index.html. Not the API, and not a missing hashed asset: a stale
  // chunk must fail as a 404 (the SPA then offers a reload) rather than parse HTML as JavaScript.
  const fallback: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      isApiPath(req.path) ||
      req.path.startsWith(`/${ASSETS_DIR}/`)
    )
      return next();
    const originalUrl = req.url;
    req.url = '/index.html';
    files(req, res, (err?: unknown) => {
      req.url = originalUrl;
      next(err);
    });
  };
  return [serveFile, fallback];
}

export function serveSpa(app: NestExpressApplication, webDistDir: string): void {
  for (const handler of spaStaticHandlers(webDistDir)) app.use(handler);
}
