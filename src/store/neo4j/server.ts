// The project's own Neo4j: a real Neo4j Community 5.26 server (embedded DBMS + Bolt) run by the
// small Java launcher in neo4j/launcher/, built with Maven from the artifacts on Maven Central.
// `npm run neo4j`, `kg start`, the tests and CI start it through here.
//
// Maven keeps what it downloads in neo4j/launcher/.m2 (git-ignored), never in ~/.m2, so the
// project caches nothing outside its folder.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { Neo4jLoadError } from '../../errors';
import { boltAddress, DEFAULT_NEO4J_PASSWORD } from './config';
import { launcherDir, localHome } from './paths';

export interface LocalServerOptions {
  /** data and logs (data/ and logs/ inside) */
  home: string;
  /** the launcher listens on loopback only */
  host: '127.0.0.1';
  port: number;
  password: string;
  pagecacheMb: number;
  heapMb: number;
  /** how long to wait for Bolt after starting the JVM */
  startTimeoutMs: number;
  /** lines of the launcher's and Maven's output, for a foreground `kg neo4j` */
  onOutput?: (line: string) => void;
  /** progress of the Maven build (the first time: the fetch of Neo4j); default onOutput */
  onProgress?: (line: string) => void;
  /** stops the Maven build or the JVM's start; the start then rejects with code ABORTED */
  signal?: AbortSignal;
}

/**
 * Memory from the machine: heap an eighth of RAM (512 MiB – 8 GiB), page cache a quarter
 * (256 MiB – 16 GiB); both are reserved lazily by the JVM, so several test servers on one
 * machine share it. NEO4J_HEAP_MB and NEO4J_PAGECACHE_MB (or --heap-mb, --pagecache-mb) set them.
 */
export function memoryDefaults(totalBytes = os.totalmem()): { heapMb: number; pagecacheMb: number } {
  const mb = totalBytes / 2 ** 20;
  const clamp = (x: number, lo: number, hi: number) => Math.round(Math.max(lo, Math.min(hi, x)));
  return { heapMb: clamp(mb / 8, 512, 8192), pagecacheMb: clamp(mb / 4, 256, 16384) };
}

export const DEFAULT_LOCAL_SERVER: Omit<LocalServerOptions, 'home'> = {
  host: '127.0.0.1',
  port: 7687,
  password: DEFAULT_NEO4J_PASSWORD,
  ...memoryDefaults(),
  startTimeoutMs: 180_000,
};

/** Defaults, then NEO4J_URI's port, NEO4J_PASSWORD, NEO4J_HEAP_MB and NEO4J_PAGECACHE_MB, then what the caller gives. */
export function resolveLocalServerOptions(
  given: Partial<LocalServerOptions> = {},
  env: NodeJS.ProcessEnv = process.env,
): LocalServerOptions {
  const fromEnv: Partial<LocalServerOptions> = {};
  if (env.NEO4J_URI && given.port === undefined) {
    const { host, port } = boltAddress(env.NEO4J_URI);
    if (!isLoopback(host))
      throw new Neo4jLoadError(
        `NEO4J_URI names ${host}, but the project's own Neo4j listens on 127.0.0.1 only; unset NEO4J_URI or use bolt://127.0.0.1:${port}`,
        'USAGE',
      );
    fromEnv.port = port;
  }
  if (env.NEO4J_PASSWORD) fromEnv.password = env.NEO4J_PASSWORD;
  if (env.NEO4J_HEAP_MB) fromEnv.heapMb = Number(env.NEO4J_HEAP_MB);
  if (env.NEO4J_PAGECACHE_MB) fromEnv.pagecacheMb = Number(env.NEO4J_PAGECACHE_MB);
  const o: LocalServerOptions = { ...DEFAULT_LOCAL_SERVER, home: localHome(), ...fromEnv, ...defined(given) };
  if (!(Number.isInteger(o.port) && o.port > 0 && o.port < 65536)) throw new Neo4jLoadError(`bad Bolt port ${o.port}`, 'USAGE');
  for (const [name, v] of [['heap', o.heapMb], ['page cache', o.pagecacheMb]] as const)
    if (!(Number.isInteger(v) && v >= 64 && v <= 1_048_576))
      throw new Neo4jLoadError(`the ${name} of the local Neo4j must be a whole number of MiB from 64 (NEO4J_HEAP_MB, NEO4J_PAGECACHE_MB), not ${v}`, 'USAGE');
  if (o.password.length < 8)
    throw new Neo4jLoadError('NEO4J_PASSWORD must have at least 8 characters (Neo4j refuses shorter ones)', 'USAGE');
  return o;
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** Java ≥ 17 and Maven on PATH: what the local server needs. `why` says what is missing. */
export function localServerRequirements(): { ok: boolean; java?: string; why?: string } {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) return { ok: false, why: 'Java 17+ is not installed (java not found)' };
  const version = /version "([^"]+)"/.exec(java.stderr)?.[1] ?? '?';
  const major = Number(/^(?:1\.)?(\d+)/.exec(version)?.[1] ?? 0);
  if (major < 17) return { ok: false, java: version, why: `Java ${version} is too old; Neo4j 5.26 needs Java 17 or 21` };
  if (!launcherBuilt()) {
    const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
    if (mvn.error || mvn.status !== 0) return { ok: false, java: version, why: 'Maven (mvn) is not installed; it fetches Neo4j from Maven Central' };
  }
  return { ok: true, java: version };
}

const classpathFile = () => path.join(launcherDir(), 'target', 'classpath.txt');

/** The launcher's classpath (its classes and Neo4j's jars): also that of neo4j-admin (org.neo4j.cli.AdminTool). */
export function launcherClasspath(): string {
  return `${path.join(launcherDir(), 'target', 'classes')}${path.delimiter}${fs.readFileSync(classpathFile(), 'utf8').trim()}`;
}
const launcherClass = () => path.join(launcherDir(), 'target', 'classes', 'newskg', 'Launcher.class');

function launcherBuilt(): boolean {
  const built = [classpathFile(), launcherClass()].map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : -1));
  if (built.some((t) => t < 0)) return false;
  const sources = [path.join(launcherDir(), 'pom.xml'), path.join(launcherDir(), 'src', 'main', 'java', 'newskg', 'Launcher.java')];
  const newest = Math.max(...sources.map((f) => fs.statSync(f).mtimeMs));
  return Math.min(...built) >= newest;
}

/** Are Neo4j's jars in neo4j/launcher/.m2 already (Maven need not fetch anything)? */
export function neo4jFetched(): boolean {
  if (!fs.existsSync(classpathFile())) return false;
  const jars = fs.readFileSync(classpathFile(), 'utf8').trim().split(path.delimiter).filter(Boolean);
  return jars.length > 0 && jars.every((j) => fs.existsSync(j));
}

/** About what the first build fetches from Maven Central (Neo4j, its dependencies, Maven's plugins). */
export const NEO4J_FETCH_MB = 158;

const UNITS: Record<string, number> = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 };

/** The bytes a line of Maven's batch output says it downloaded (`Downloaded from central: URL (5.3 kB at …)`), else null. */
export function mavenDownloaded(line: string): number | null {
  const m = /Downloaded from [^:]+: \S+ \(([\d.]+) (B|kB|KB|MB|GB)\b/.exec(line);
  return m ? Math.round(Number(m[1]) * UNITS[m[2]]) : null;
}

/**
 * Compile the launcher and resolve Neo4j's jars with Maven (the first time: about 160 MB from
 * Maven Central into neo4j/launcher/.m2), unless target/ is already up to date. While Maven
 * downloads, `onOutput` gets a progress line every `progressMs` (the first fetch takes minutes).
 */
export async function buildLauncher(onOutput?: (line: string) => void, signal?: AbortSignal, progressMs = 5000): Promise<void> {
  if (launcherBuilt()) return;
  const fetching = !neo4jFetched();
  onOutput?.(
    fetching
      ? `fetching Neo4j with Maven (the first time only: about ${NEO4J_FETCH_MB} MB from Maven Central into neo4j/launcher/.m2) and building the launcher …`
      : 'building the Neo4j launcher with Maven …',
  );
  const dir = launcherDir();
  const t0 = Date.now();
  const child = spawn('mvn', ['-B', '-f', path.join(dir, 'pom.xml'), `-Dmaven.repo.local=${path.join(dir, '.m2')}`, 'compile'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const errors: string[] = [];
  let bytes = 0;
  let files = 0;
  let reported = 0;
  const onLine = (l: string) => {
    const b = mavenDownloaded(l);
    if (b !== null) {
      bytes += b;
      files++;
    } else if (/\bERROR\b/.test(l)) errors.push(l.replace(/^\[ERROR\]\s*/, ''));
  };
  readline.createInterface({ input: child.stdout! }).on('line', onLine);
  readline.createInterface({ input: child.stderr! }).on('line', onLine);
  const mb = (n: number) => (n / 1e6).toFixed(n < 1e7 ? 1 : 0);
  const timer = setInterval(() => {
    if (bytes === reported) return;
    reported = bytes;
    onOutput?.(`Maven: ${mb(bytes)} MB in ${files} files so far${fetching ? ` (of about ${NEO4J_FETCH_MB} MB)` : ''}, ${Math.round((Date.now() - t0) / 1000)} s`);
  }, progressMs);
  const abort = () => child.kill('SIGTERM');
  signal?.addEventListener('abort', abort, { once: true });
  const result = await new Promise<{ code: number | null; error?: Error }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, error }));
    child.once('close', (code) => resolve({ code }));
  });
  clearInterval(timer);
  signal?.removeEventListener('abort', abort);
  if (signal?.aborted) throw new Neo4jLoadError('the Maven build of the Neo4j launcher was stopped', 'ABORTED');
  if (result.error) throw new Neo4jLoadError(`cannot run Maven: ${result.error.message}`, 'NO_MAVEN');
  if (result.code !== 0) throw new Neo4jLoadError(`Maven could not build neo4j/launcher: ${errors[0] ?? `exit ${result.code}`}`, 'BUILD');
  if (files) onOutput?.(`Maven: fetched ${mb(bytes)} MB in ${files} files in ${Math.round((Date.now() - t0) / 1000)} s`);
  // Maven leaves outputs that did not change untouched; mark them as built from these sources
  const now = new Date();
  for (const f of [classpathFile(), launcherClass()]) fs.utimesSync(f, now, now);
}

export interface LocalServer {
  uri: string;
  pid: number;
  /** how long the start took */
  startMs: number;
  /** resolves with the exit code once the JVM is gone */
  exited: Promise<number | null>;
  /** clean stop (SIGTERM: Neo4j checkpoints and closes its store) */
  stop(): Promise<void>;
  /** the test of a crash: SIGKILL, no checkpoint */
  kill(): Promise<void>;
}

/** Is something accepting TCP connections there? */
export function portOpen(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

/** Build if needed, start the JVM, and resolve once Bolt takes logins. */
export async function startLocalServer(given: Partial<LocalServerOptions> = {}): Promise<LocalServer> {
  const o = resolveLocalServerOptions(given);
  const req = localServerRequirements();
  if (!req.ok) throw new Neo4jLoadError(`cannot start the local Neo4j: ${req.why}`, 'NO_JAVA');
  if (await portOpen(o.host, o.port))
    throw new Neo4jLoadError(`cannot start the local Neo4j: ${o.host}:${o.port} is already in use`, 'PORT_IN_USE');
  await buildLauncher(o.onProgress ?? o.onOutput, o.signal);
  if (o.signal?.aborted) throw new Neo4jLoadError('the start of the local Neo4j was stopped', 'ABORTED');
  const t0 = performance.now();
  const classpath = launcherClasspath();
  fs.mkdirSync(o.home, { recursive: true });
  const child = spawn(
    'java',
    [
      `-Xms${Math.min(256, o.heapMb)}m`,
      `-Xmx${o.heapMb}m`,
      '-XX:+ExitOnOutOfMemoryError',
      '-cp',
      classpath,
      'newskg.Launcher',
      '--home',
      o.home,
      '--host',
      o.host,
      '--port',
      String(o.port),
      '--pagecache-mb',
      String(o.pagecacheMb),
      '--exit-on-stdin-eof',
    ],
    { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NEO4J_PASSWORD: o.password } },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (l) => {
    stderrTail.push(l);
    if (stderrTail.length > 20) stderrTail.shift();
    o.onOutput?.(l);
  });
  const lines = readline.createInterface({ input: child.stdout! });
  const uri = `bolt://${o.host}:${o.port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Neo4jLoadError(`the local Neo4j did not open Bolt on ${uri} within ${o.startTimeoutMs / 1000} s (logs: ${o.home}/logs/debug.log)`, 'START_TIMEOUT'));
    }, o.startTimeoutMs);
    // stopped while starting: SIGTERM (Neo4j closes its store), the rejection follows the exit
    const abort = () => {
      clearTimeout(timer);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
    };
    o.signal?.addEventListener('abort', abort, { once: true });
    void exited.then(() => o.signal?.removeEventListener('abort', abort));
    lines.on('line', (l) => {
      o.onOutput?.(l);
      if (l.startsWith('READY')) {
        clearTimeout(timer);
        o.signal?.removeEventListener('abort', abort);
        resolve();
      } else if (l.startsWith('ERROR')) {
        clearTimeout(timer);
        reject(new Neo4jLoadError(`the local Neo4j did not start: ${l.slice(6)}`, 'START_FAILED'));
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      if (o.signal?.aborted) return reject(new Neo4jLoadError('the start of the local Neo4j was stopped', 'ABORTED'));
      const last = stderrTail.filter((l) => l.trim()).pop();
      reject(new Neo4jLoadError(`the local Neo4j exited (${code})${last ? `: ${last}` : ''}`, 'START_FAILED'));
    });
  });
  const startMs = performance.now() - t0;
  const waitExit = async (signal: NodeJS.Signals, graceMs: number) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  return {
    uri,
    pid: child.pid!,
    startMs,
    exited,
    stop: () => waitExit('SIGTERM', 60_000),
    kill: () => waitExit('SIGKILL', 10_000),
  };
}

/** A TCP port on 127.0.0.1 that nothing listens on now (for a server of its own). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}
