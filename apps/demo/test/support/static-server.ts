/**
 * A plain static file server, as a portal or any web host would be: no SPA fallback, no rewrites, the
 * app served from a sub-folder, proving the build's relative paths.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export interface StaticServer {
  /** The app's address, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` under `/<prefix>/` on 127.0.0.1, on a free port. */
export async function serveStatic(dir: string, prefix = 'portal/gongkai'): Promise<StaticServer> {
  const mount = `/${prefix}/`;
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(mount)) {
      response.writeHead(404).end();
      return;
    }
    let file = normalize(join(dir, path.slice(mount.length)));
    if (!file.startsWith(normalize(dir + sep)) && file !== normalize(dir)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  // Keep-alive sockets would hold close() open; a static host for tests needs none.
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
