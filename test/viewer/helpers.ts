// Shared by the viewer tests: a real headless Chromium (Debian's /usr/bin/chromium through
// playwright-core), a viewer build that is not older than its sources, and raw HTTP requests
// that send a request target byte for byte (node's http client would refuse or rewrite some).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type LaunchOptions, type Page } from 'playwright-core';
import { run as kg } from '../../src/cli/main';

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

export function launchChromium(options: Pick<LaunchOptions, 'env'> = {}): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, ...options });
}

/**
 * Do CJK strings come out as Chinese glyphs in this font stack, or as boxes? Draws two
 * different strings of seven ideographs and seven unassigned code points (which can only be
 * the notdef box) on a canvas: with a CJK font the two strings differ from each other and
 * from the boxes; without one, every character is the same box and all three look alike.
 */
export function cjkGlyphCheck(page: Page, font: string): Promise<{ differ: boolean; notTofu: boolean; ink: number }> {
  return page.evaluate((font) => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 48;
    const ctx = canvas.getContext('2d')!;
    const draw = (s: string) => {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.font = `32px ${font}`;
      ctx.textBaseline = 'top';
      ctx.fillText(s, 4, 4);
      const a = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let sig = '';
      let ink = 0;
      for (let i = 3; i < a.length; i += 4) {
        sig += a[i] > 127 ? '1' : '0';
        if (a[i] > 0) ink++;
      }
      return { sig, ink };
    };
    const a = draw('沈晓明主持会议');
    const b = draw('毛伟明出席讲话');
    const boxes = draw('\u0378'.repeat(7));
    return { differ: a.sig !== b.sig, notTofu: a.sig !== boxes.sig && b.sig !== boxes.sig, ink: a.ink };
  }, font);
}

/** The fonts Chromium itself used for the text of the first element matching `selector`. */
export async function platformFonts(page: Page, selector: string): Promise<{ familyName: string; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } finally {
    await cdp.detach();
  }
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

/**
 * A new page of `browser` at `url`, once the viewer says it is ready (its first frame drawn):
 * page errors and console errors go to `errors`; `settled` waits for the camera too.
 */
export async function openViewerPage(
  browser: Browser,
  url: string,
  errors: string[],
  { viewport = { width: 1440, height: 900 }, settled = true }: { viewport?: { width: number; height: number }; settled?: boolean } = {},
): Promise<Page> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as any).__kgReady === true || (globalThis as any).__kgError, null, { timeout: 120_000 });
  const error = await page.evaluate(() => (globalThis as any).__kgError);
  if (error) throw new Error(`viewer: ${error}`);
  if (settled) await settle(page);
  return page;
}

/** Wait until the camera stands still and a frame has been drawn. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !(globalThis as any).__kgSigma.getCamera().isAnimated());
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** A screenshot into test-artifacts/ (and $KG_SCREENS when set). */
export async function screen(page: Page, name: string): Promise<void> {
  const png = await page.screenshot();
  writeArtifact(name, png);
  if (process.env.KG_SCREENS) {
    fs.mkdirSync(process.env.KG_SCREENS, { recursive: true });
    fs.writeFileSync(path.join(process.env.KG_SCREENS, name), png);
  }
}

/**
 * `kg build seeds -o <a new temporary folder>` through the CLI's own entry point (in-process: no
 * stale dist/), its output kept off the test's console; the folder, once the build said 0.
 */
export async function buildSeeds(prefix: string): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const quietErr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  let code: number;
  try {
    code = await kg(['build', path.join(ROOT, 'seeds'), '-o', out]);
  } finally {
    quiet.mockRestore();
    quietErr.mockRestore();
  }
  expect(code).toBe(0);
  return out;
}
