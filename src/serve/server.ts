// The viewer's server: a read-only static file server over two folders — the built viewer
// (viewer/dist) and the output folder of `kg build` (graph.json and the other files kg build
// writes there: graph.gexf, the CSV files, articles.jsonl) — and one question,
// GET /api/article?id=<article id>: that article's heading and text, read from the folder's
// articles.jsonl (src/serve/articles.ts). node:http only.
//
// Takes: ServeOptions. Gives: a running server, its URL and a close().
// Read-only: GET and HEAD only, every other method is 405. Nothing outside the two folders is
// ever served: a request path with `..`/`.` segments, an encoded slash or backslash, a NUL,
// or a symbolic link that leads out is answered 404, never with file contents.
// Against hostile clients and pages: connections that send nothing, or headers that never
// end, are closed (headersTimeoutMs, idleTimeoutMs; at most MAX_CONNECTIONS at once); bound to
// loopback, a request naming another host (a DNS-rebinding page) is refused with 421; every
// answer carries a Content-Security-Policy that lets the page load only this server's files.
import { forTerminal } from '../terminal';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { InputError, UsageError } from '../errors';
import { ARTICLES_FILE, isBuildOutput } from '../export/build';
import { articleSource } from './articles';

export interface ServeOptions {
  /** the output folder of `kg build`; its graph.json is served as /graph.json */
  dir: string;
  /** TCP port; 0 picks a free one */
  port?: number;
  /** interface to bind; loopback unless the user asks otherwise */
  host?: string;
  /** the built viewer (index.html + assets); defaults to the package's viewer/dist */
  viewerDir?: string;
  /** a client must have sent its request headers within this time (default 10 s) */
  headersTimeoutMs?: number;
  /** a connection with no traffic for this long is closed (default 30 s; kept-alive ones after at most 5 s) */
  idleTimeoutMs?: number;
}

export interface RunningServer {
  url: string;
  /** the address actually bound */
  address: AddressInfo;
  /** bound to an address other machines can reach (not loopback) */
  exposed: boolean;
  timeouts: { headersMs: number; idleMs: number };
  close(): Promise<void>;
}

export const DEFAULT_SERVE_OPTIONS = { port: 8080, host: '127.0.0.1', headersTimeoutMs: 10_000, idleTimeoutMs: 30_000 } as const;

/** Connections served at once; more are refused (300 idle ones once exhausted a 256-descriptor limit). */
export const MAX_CONNECTIONS = 128;

/** Only this server's own files: no other site's script, style, frame or data (a `?graph=` URL elsewhere). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // sigma and the panel set inline styles (labels' positions, colours); scripts stay this server's only
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface ResolvedServeOptions {
  dir: string;
  port: number;
  host: string;
  viewerDir: string;
  headersTimeoutMs: number;
  idleTimeoutMs: number;
}

export function resolveServeOptions(options: ServeOptions): ResolvedServeOptions {
  return {
    dir: path.resolve(options.dir),
    port: options.port ?? DEFAULT_SERVE_OPTIONS.port,
    host: options.host || DEFAULT_SERVE_OPTIONS.host,
    viewerDir: path.resolve(options.viewerDir ?? defaultViewerDir()),
    headersTimeoutMs: options.headersTimeoutMs ?? DEFAULT_SERVE_OPTIONS.headersTimeoutMs,
    idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_SERVE_OPTIONS.idleTimeoutMs,
  };
}

export function validateServeOptions(o: ResolvedServeOptions): void {
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535)
    throw new UsageError(`kg serve: --port must be an integer 0–65535, not ${o.port}`);
  for (const [name, ms] of [['headersTimeoutMs', o.headersTimeoutMs], ['idleTimeoutMs', o.idleTimeoutMs]] as const)
    if (!(Number.isInteger(ms) && ms > 0)) throw new UsageError(`kg serve: ${name} must be a positive number of milliseconds, not ${ms}`);
  if (!isDir(o.dir)) throw new InputError(o.dir, 'not a folder: name the output folder of `kg build`', 'MISSING');
  if (!isFile(path.join(o.dir, 'graph.json')))
    throw new InputError(path.join(o.dir, 'graph.json'), 'missing: run `kg build` first', 'MISSING');
  if (!isFile(path.join(o.viewerDir, 'index.html')))
    throw new InputError(
      path.join(o.viewerDir, 'index.html'),
      'the viewer is not built: run `npm run build:viewer`',
      'MISSING',
    );
}

/** Start serving; resolves once the port is bound. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const o = resolveServeOptions(options);
  validateServeOptions(o);
  const roots: Roots = { viewer: fs.realpathSync(o.viewerDir), data: fs.realpathSync(o.dir), articles: new Map() };
  let loopback = true; // known once bound
  const server = http.createServer(
    {
      headersTimeout: o.headersTimeoutMs,
      requestTimeout: Math.max(o.headersTimeoutMs, o.idleTimeoutMs),
      keepAliveTimeout: Math.min(5_000, o.idleTimeoutMs),
      connectionsCheckingInterval: Math.min(1_000, o.headersTimeoutMs),
    },
    (req, res) => {
      res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      res.setHeader('Referrer-Policy', 'no-referrer');
      if (loopback && !isLoopbackHost(req.headers.host))
        return send(res, 421, 'this server answers only to localhost and 127.0.0.1 (it is bound to loopback)\n');
      handle(req, res, roots).catch(() => {
        if (!res.headersSent) send(res, 500, 'internal error\n');
        else res.destroy();
      });
    },
  );
  server.setTimeout(o.idleTimeoutMs); // no handler: an idle socket is destroyed
  server.maxConnections = MAX_CONNECTIONS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') reject(new UsageError(`kg serve: port ${o.port} on ${o.host} is in use; pick another with --port`));
      else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND')
        reject(new UsageError(`kg serve: cannot listen on ${o.host}: no such address on this machine`));
      else reject(err);
    });
    server.listen(o.port, o.host, () => {
      server.removeAllListeners('error');
      server.on('error', (err) => process.stderr.write(`kg serve: ${forTerminal(err.message)}\n`));
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  loopback = isLoopbackAddress(address.address);
  return {
    url: `http://${urlHost(address)}:${address.port}/`,
    address,
    exposed: !loopback,
    timeouts: { headersMs: o.headersTimeoutMs, idleMs: o.idleTimeoutMs },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

// ---------------------------------------------------------------------------------------

interface Roots {
  viewer: string;
  data: string;
  /** the index of articles.jsonl, by its real path */
  articles: Map<string, ReturnType<typeof articleSource>>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  // the files kg build writes beside graph.json
  '.gexf': 'application/gexf+xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.jsonl': 'application/x-ndjson; charset=utf-8',
  '.args': 'text/plain; charset=utf-8',
};

/** An article id is `<path>#<n>`; anything much longer is not one. */
const MAX_ID_LENGTH = 4096;

async function handle(req: http.IncomingMessage, res: http.ServerResponse, roots: Roots): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, 'read-only: GET and HEAD only\n');
  }
  const segments = requestSegments(req.url ?? '');
  if (!segments) return send(res, 404, 'not found\n');

  if (segments.length === 2 && segments[0] === 'api' && segments[1] === 'article') return article(req, res, roots);

  // the files kg build writes (graph.json, graph.gexf, the CSV files …) come from the data
  // folder, everything else from the viewer
  let root = roots.viewer;
  let rel = segments;
  if (segments.length === 1 && isBuildOutput(segments[0])) root = roots.data;
  else if (segments.length === 0) rel = ['index.html'];

  const file = await containedFile(root, rel);
  if (!file) return send(res, 404, 'not found\n');

  res.statusCode = 200;
  res.setHeader('Content-Type', CONTENT_TYPES[path.extname(file.path).toLowerCase()] ?? 'application/octet-stream');
  res.setHeader('Content-Length', file.size);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-cache');
  if (req.method === 'HEAD') return void res.end();
  await new Promise<void>((resolve, reject) => {
    const stream = fs.createReadStream(file.path);
    stream.on('error', reject);
    res.on('close', resolve);
    stream.pipe(res);
  });
}

/** GET /api/article?id=<article id>: the article as JSON, from the data folder's articles.jsonl. */
async function article(req: http.IncomingMessage, res: http.ServerResponse, roots: Roots): Promise<void> {
  const query = new URLSearchParams((req.url ?? '').split('?')[1]?.split('#')[0] ?? '');
  const id = query.get('id');
  if (!id) return send(res, 400, 'api/article: give the article id: /api/article?id=<source>#<n>\n');
  if (id.length > MAX_ID_LENGTH) return send(res, 400, `api/article: an article id is at most ${MAX_ID_LENGTH} characters\n`);
  const file = await containedFile(roots.data, [ARTICLES_FILE]);
  if (!file) return send(res, 404, `api/article: this build has no ${ARTICLES_FILE}\n`);
  let source = roots.articles.get(file.path);
  if (!source) roots.articles.set(file.path, (source = articleSource(file.path)));
  let found;
  try {
    found = await (await source())?.read(id);
  } catch (err) {
    // the reason without the server's own path
    const why = err instanceof InputError ? err.message.slice(err.file.length + 2) : 'read error';
    return send(res, 500, `api/article: ${ARTICLES_FILE} could not be read: ${why}\n`);
  }
  if (!found) return send(res, 404, `api/article: no article ${JSON.stringify(id.slice(0, 200))} in ${ARTICLES_FILE}\n`);
  const body = JSON.stringify(found);
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-cache');
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * The decoded path segments of a request target, or null when it must not be served.
 * Checks are made on the raw target, before any normalisation could fold `..` away.
 */
export function requestSegments(target: string): string[] | null {
  if (!target.startsWith('/')) return null; // absolute-form or asterisk-form targets
  const rawPath = target.split(/[?#]/, 1)[0];
  // an encoded slash, backslash or NUL would change the meaning of the path after decoding
  if (/%(2f|5c|00)/i.test(rawPath) || rawPath.includes('\\')) return null;
  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (seg === '') continue;
    if (seg === '.' || seg === '..' || seg.includes('\0') || seg.includes('/') || seg.includes('\\')) return null;
    segments.push(seg);
  }
  return segments;
}

/** The regular file at root/segments, if it exists and its real path lies inside root. */
async function containedFile(root: string, segments: string[]): Promise<{ path: string; size: number } | null> {
  const candidate = path.join(root, ...segments);
  try {
    const real = await fs.promises.realpath(candidate);
    if (real !== root && !real.startsWith(root + path.sep)) return null;
    const stat = await fs.promises.stat(real);
    if (!stat.isFile()) return null;
    return { path: real, size: stat.size };
  } catch {
    return null;
  }
}

function send(res: http.ServerResponse, status: number, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** The address as bound (0.0.0.0 stays 0.0.0.0: the user must see that every interface listens). */
function urlHost(address: AddressInfo): string {
  return address.family === 'IPv6' ? `[${address.address}]` : address.address;
}

function isLoopbackAddress(a: string): boolean {
  return /^127\.\d+\.\d+\.\d+$/.test(a) || a === '::1' || /^::ffff:127\.\d+\.\d+\.\d+$/i.test(a);
}

/**
 * A Host header a page on this machine sends to a loopback server: localhost (and its
 * subdomains, which browsers never look up), a loopback address; absent (HTTP/1.0). A page of
 * another site that made its name resolve to 127.0.0.1 (DNS rebinding) sends its own name.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return true;
  const m = /^(\[[^\]]*\]|[^:]*)(?::\d*)?$/.exec(host.trim().toLowerCase());
  if (!m) return false;
  const name = m[1].replace(/^\[|\]$/g, '');
  return name === 'localhost' || name.endsWith('.localhost') || isLoopbackAddress(name);
}

/** viewer/dist of this package, from src/serve (ts-jest) or dist/src/serve (compiled). */
function defaultViewerDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (isFile(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'viewer'))) return path.join(dir, 'viewer', 'dist');
    dir = path.dirname(dir);
  }
  return path.resolve(__dirname, '..', '..', 'viewer', 'dist');
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
