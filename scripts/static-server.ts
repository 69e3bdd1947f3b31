import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv, { type RequestHandler } from 'sirv';

/** File types a static host serves that sirv's table leaves generic. */
const TYPES: Record<string, string> = {
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
};

/** A static file server for a built site, as a static host serves it: under `base`, 404.html for misses. */
export interface StaticServer {
  server: Server;
  /** e.g. `http://127.0.0.1:41234/casebook/` */
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site with sirv on 127.0.0.1, on a free port, under a base path. `root()` is read
 * per request, so that it can be set after the server listens (tests build while it starts).
 */
export async function startStaticServer(root: () => string, base = '/'): Promise<StaticServer> {
  const handlers = new Map<string, RequestHandler>();
  const handlerFor = (dir: string) => {
    let handler = handlers.get(dir);
    if (!handler) {
      handler = sirv(dir, {
        dev: true,
        dotfiles: false,
        setHeaders: (res, path) => {
          const type = TYPES[path.slice(path.lastIndexOf('.'))];
          if (type) res.setHeader('Content-Type', type);
        },
      });
      handlers.set(dir, handler);
    }
    return handler;
  };
  const server = createServer((req, res) => {
    const notFound = () => {
      const page = join(root(), '404.html');
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(existsSync(page) ? readFileSync(page) : 'not found');
    };
    const url = req.url ?? '/';
    if (!url.startsWith(base)) return notFound();
    req.url = '/' + url.slice(base.length);
    handlerFor(root())(req, res, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
