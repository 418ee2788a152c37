// Shared by the viewer tests: a real headless Chromium (Debian's /usr/bin/chromium through
// playwright-core), a viewer build that is not older than its sources, and raw HTTP requests
// that send a request target byte for byte (node's http client would refuse or rewrite some).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..');
export const VIEWER_DIST = path.join(ROOT, 'viewer', 'dist');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
export const FIXTURE_DIR = path.join(ROOT, 'test', 'fixtures', 'viewer');

export const CHROMIUM = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  // without these Chromium tries to reach the (closed) network
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

function newestMtime(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = st.mtimeMs;
  for (const e of fs.readdirSync(p)) m = Math.max(m, newestMtime(path.join(p, e)));
  return m;
}

/** Build viewer/dist (npm run build:viewer) when it is missing or older than its sources. */
export function ensureViewerBuilt(): void {
  const index = path.join(VIEWER_DIST, 'index.html');
  const sources = [
    path.join(ROOT, 'viewer', 'src'),
    path.join(ROOT, 'viewer', 'index.html'),
    path.join(ROOT, 'viewer', 'vite.config.ts'),
    path.join(ROOT, 'src', 'model.ts'),
  ];
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  if (built >= Math.max(...sources.map(newestMtime))) return;
  execFileSync('npm', ['run', '--silent', 'build:viewer'], { cwd: ROOT, stdio: 'inherit' });
}

export interface RawResponse {
  status: number;
  headers: string;
  body: string;
}

/** Send one request with exactly this method and target; read the whole answer. */
export function rawRequest(port: number, method: string, target: string, host = '127.0.0.1'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, host);
    const chunks: Buffer[] = [];
    socket.setTimeout(5000, () => socket.destroy(new Error('timeout')));
    socket.on('connect', () => {
      socket.write(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
    });
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head, ...rest] = text.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      resolve({ status, headers: head, body: rest.join('\r\n\r\n') });
    });
  });
}

export function writeArtifact(name: string, data: string | Buffer): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const p = path.join(ARTIFACTS, name);
  fs.writeFileSync(p, data);
  return p;
}
