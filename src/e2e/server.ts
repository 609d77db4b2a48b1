/**
 * A static server for the production build on loopback, resolving clean URLs the way
 * Docusaurus' `trailingSlash: false` output expects (/qa → qa.html). Used by the e2e
 * tests and the search benchmark.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type {AddressInfo} from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export function resolveFile(root: string, urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const candidates = [clean, `${clean}.html`, path.posix.join(clean, 'index.html')];
  for (const c of candidates) {
    const abs = path.join(root, path.normalize(c));
    if (!abs.startsWith(root)) return null;
    if (fs.existsSync(abs) && fs.statSync(abs).isFile()) return abs;
  }
  return null;
}

export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const abs = path.resolve(root);
  const server = http.createServer((req, res) => {
    const file = resolveFile(abs, req.url ?? '/');
    const target = file ?? path.join(abs, '404.html');
    res.writeHead(file ? 200 : 404, {
      'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    fs.createReadStream(target).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const {port: actual} = server.address() as AddressInfo;
  return {url: `http://127.0.0.1:${actual}`, close: () => new Promise((r) => server.close(() => r()))};
}
