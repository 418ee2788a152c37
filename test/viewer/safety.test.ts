// The viewer's server and page against hostile use (issue 17, item 8), over real sockets and in
// a real headless Chromium:
//   - idle connections are closed: one that sends nothing, or headers that never end;
//   - `kg serve --host 0.0.0.0` prints the address it really listens on and warns that it is
//     reachable from the network;
//   - bound to loopback, a request whose Host is another name (DNS rebinding) is refused;
//   - every answer carries a Content-Security-Policy, and the viewer runs under it;
//   - `?graph=` takes only a graph file this server serves, never another site's URL.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/serve/server';
import { ensureViewerBuilt, FIXTURE_DIR, launchChromium, rawRequest, ROOT } from './helpers';

jest.setTimeout(180_000);

/** A request with this Host header. */
function withHost(port: number, host: string, target = '/'): Promise<{ status: number; headers: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    socket.on('connect', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
    socket.on('data', (c) => (text += c));
    socket.on('error', reject);
    socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), headers: text.split('\r\n\r\n')[0] }));
  });
}

/** Milliseconds until the server closes a connection that sends `bytes` and then nothing. */
function closedAfter(port: number, bytes: string, limitMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`still open after ${limitMs} ms`));
    }, limitMs);
    socket.on('connect', () => bytes && socket.write(bytes));
    socket.on('data', () => undefined);
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Date.now() - t0);
    });
  });
}

let server: RunningServer;
let port: number;
beforeAll(async () => {
  ensureViewerBuilt();
  server = await startServer({ dir: FIXTURE_DIR, port: 0, headersTimeoutMs: 1000, idleTimeoutMs: 1000 });
  port = server.address.port;
});
afterAll(async () => server?.close());

describe('timeouts', () => {
  it('closes a connection that sends nothing', async () => {
    expect(await closedAfter(port, '', 10_000)).toBeLessThan(5_000);
  });

  it('closes a connection whose headers never end (slowloris)', async () => {
    expect(await closedAfter(port, 'GET / HTTP/1.1\r\nHost: localhost\r\nX-a: 1\r\n', 10_000)).toBeLessThan(5_000);
  });

  it('closes an idle kept-alive connection after an answer', async () => {
    expect(await closedAfter(port, 'GET /graph.json HTTP/1.1\r\nHost: localhost\r\n\r\n', 10_000)).toBeLessThan(8_000);
  });

  it('kg serve has them by default (30 s or less)', async () => {
    const s = await startServer({ dir: FIXTURE_DIR, port: 0 });
    try {
      expect(s.timeouts.headersMs).toBeLessThanOrEqual(30_000);
      expect(s.timeouts.idleMs).toBeLessThanOrEqual(30_000);
    } finally {
      await s.close();
    }
  });
});

describe('the Host header (DNS rebinding)', () => {
  it.each(['localhost', `localhost:${0}`, '127.0.0.1', '[::1]'])('bound to loopback, answers Host %s', async (host) => {
    const r = await withHost(port, host.replace(':0', `:${port}`), '/graph.json');
    expect(r.status).toBe(200);
  });

  it.each(['evil.example', `evil.example:${0}`, 'localhost.evil.example', '127.0.0.1.nip.io'])('bound to loopback, refuses Host %s', async (host) => {
    const r = await withHost(port, host.replace(':0', `:${port}`), '/graph.json');
    expect(r.status).toBe(421);
  });

  it('bound to every interface, answers any Host (names are not known)', async () => {
    const wide = await startServer({ dir: FIXTURE_DIR, port: 0, host: '0.0.0.0' });
    try {
      expect((await withHost(wide.address.port, 'my-machine.lan', '/graph.json')).status).toBe(200);
    } finally {
      await wide.close();
    }
  });
});

describe('Content-Security-Policy', () => {
  it('is sent with the page, the graph and an error', async () => {
    for (const target of ['/', '/graph.json', '/missing']) {
      const r = await rawRequest(port, 'GET', target);
      expect(r.headers).toMatch(/^content-security-policy: .*default-src 'self'/im);
      expect(r.headers).toMatch(/^content-security-policy: .*connect-src 'self'/im);
      expect(r.headers).toMatch(/^content-security-policy: .*frame-ancestors 'none'/im);
    }
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  let other: RunningServer;
  let otherDir: string;
  let otherHits = 0;
  beforeAll(async () => {
    browser = await launchChromium();
    // another site serving a graph of fake evidence (counts its requests)
    otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-other-'));
    fs.copyFileSync(path.join(FIXTURE_DIR, 'graph.json'), path.join(otherDir, 'graph.json'));
    other = await startServer({ dir: otherDir, port: 0, host: '127.0.0.2' }).catch(() => startServer({ dir: otherDir, port: 0 }));
  });
  afterAll(async () => {
    await browser?.close();
    await other?.close();
    fs.rmSync(otherDir, { recursive: true, force: true });
  });

  async function open(url: string) {
    const page = await browser.newPage();
    const violations: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && violations.push(m.text()));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
    await page.waitForFunction(() => (globalThis as any).__kgReady === true || (globalThis as any).__kgError, null, { timeout: 120_000 });
    const state = await page.evaluate(() => ({ ready: (globalThis as any).__kgReady === true, error: (globalThis as any).__kgError as string | undefined }));
    await page.close();
    return { ...state, violations, requests };
  }

  it('the viewer draws its graph under the policy, without a violation', async () => {
    const r = await open(server.url);
    expect(r.error).toBeUndefined();
    expect(r.ready).toBe(true);
    expect(r.violations).toEqual([]);
  });

  it.each([
    ['another site', () => `${other.url}graph.json`],
    ['a protocol-relative URL', () => `//${new URL(other.url).host}/graph.json`],
    ['a path out of the folder', () => '../graph.json'],
    ['a data: URL', () => 'data:application/json,{"nodes":[],"edges":[]}'],
  ])('?graph= naming %s is refused, and nothing is fetched from it', async (_label, value) => {
    const v = value();
    const r = await open(`${server.url}?graph=${encodeURIComponent(v)}`);
    expect(r.ready).toBe(false);
    expect(r.error).toMatch(/graph/);
    expect(r.requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
  });

  it('?graph=graph.json (a graph this server serves) still works', async () => {
    const r = await open(`${server.url}?graph=graph.json`);
    expect(r.ready).toBe(true);
  });
});

describe('kg serve --host 0.0.0.0 (the CLI)', () => {
  it('prints the address it listens on and warns that it is reachable from the network', async () => {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'src', 'cli', 'main.js'))) throw new Error('run npx tsc -p tsconfig.json first');
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), 'serve', FIXTURE_DIR, '--host', '0.0.0.0', '--port', '0'], { cwd: ROOT });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    const exited = new Promise((res) => child.on('exit', res));
    try {
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no warning within 30 s: ${out}`)), 30_000);
        const check = () => /reachable from the network/.test(out) && /0\.0\.0\.0:\d+/.test(out) && (clearTimeout(t), resolve());
        child.stdout.on('data', check);
        child.stderr.on('data', check);
      });
      expect(out).not.toMatch(/http:\/\/localhost[:/]/);
      expect(out).toMatch(/http:\/\/0\.0\.0\.0:\d+\//);
    } finally {
      child.kill('SIGTERM');
    }
    await exited;
  });
});
