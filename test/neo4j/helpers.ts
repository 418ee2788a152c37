// What the Neo4j tests share: the server globalSetup chose, counts and snapshots of the
// database, a free port, and running the kg CLI as a child process.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { NODE_LABELS, REL_TYPES, localServerRequirements, openDriver, resolveNeo4jConfig, type Neo4jConfig } from '../../src/store/neo4j';
export { freePort } from '../../src/store/neo4j';

export const ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'neo4j');

/** The marker the tests leave in a database they may empty (see globalSetup.ts). */
export const MARKER_LABEL = 'NewsKgTestMarker';

/** The server globalSetup found or started, or why there is none (only outside CI). */
export function testServer(): { config: Neo4jConfig; unavailable?: undefined } | { unavailable: string; config?: undefined } {
  const uri = process.env.KG_TEST_NEO4J_URI;
  if (!uri) return { unavailable: process.env.KG_TEST_NEO4J_UNAVAILABLE ?? 'globalSetup did not run (test/neo4j/globalSetup.ts)' };
  return {
    config: resolveNeo4jConfig({
      uri,
      user: process.env.KG_TEST_NEO4J_USER,
      password: process.env.KG_TEST_NEO4J_PASSWORD,
      retryTimeMs: 5_000,
    }),
  };
}

/**
 * The test files share one database (Community has one), and jest runs two files at a time:
 * a block that empties and fills it holds a lock for the server's address, a folder made
 * atomically in the temporary folder with the holder's pid (a dead holder's lock is taken over).
 */
function lockPath(uri: string): string {
  return path.join(os.tmpdir(), `news-kg-neo4j-tests-${crypto.createHash('sha256').update(uri).digest('hex').slice(0, 12)}.lock`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function acquireDatabase(uri: string): Promise<void> {
  const dir = lockPath(uri);
  for (;;) {
    try {
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'pid'), String(process.pid));
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let holder = NaN;
    try {
      holder = Number(fs.readFileSync(path.join(dir, 'pid'), 'utf8'));
    } catch {
      // being made or removed right now
    }
    if (Number.isInteger(holder) && holder > 0 && !alive(holder)) fs.rmSync(dir, { recursive: true, force: true });
    else await new Promise((r) => setTimeout(r, 250));
  }
}

function releaseDatabase(uri: string): void {
  const dir = lockPath(uri);
  try {
    if (Number(fs.readFileSync(path.join(dir, 'pid'), 'utf8')) === process.pid) fs.rmSync(dir, { recursive: true, force: true });
  } catch {
    // not held
  }
}

/**
 * `describe` when there is a server, holding the database for the whole block (see above);
 * outside CI without Java, a skipped block that says why.
 */
export function describeWithNeo4j(name: string, body: (config: () => Neo4jConfig) => void): void {
  const s = testServer();
  if (s.config) {
    const uri = s.config.uri;
    describe(name, () => {
      beforeAll(() => acquireDatabase(uri), 1_800_000);
      body(() => s.config);
      afterAll(() => releaseDatabase(uri));
    });
    return;
  }
  if (process.env.CI) throw new Error(`${name}: no Neo4j in CI: ${s.unavailable}`);
  // eslint-disable-next-line no-console
  console.warn(`SKIPPED ${name}: no Neo4j server (${s.unavailable})`);
  describe.skip(name, () => body(() => s.config!));
}

/** Empty the database, leaving the marker that says the tests may empty it again. */
export async function clearDatabase(driver: Driver, config: Neo4jConfig): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: config.database });
  await driver.executeQuery(`CREATE (:${MARKER_LABEL} {note: 'the news-kg tests empty this database'})`, {}, { database: config.database });
}

export async function countsByLabel(driver: Driver, config: Neo4jConfig): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const l of NODE_LABELS) {
    const r = await driver.executeQuery(`MATCH (n:${l}) RETURN count(n) AS c`, {}, { database: config.database });
    const c = r.records[0].get('c') as number;
    if (c) out[l] = c;
  }
  return out;
}

export async function countsByType(driver: Driver, config: Neo4jConfig): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of REL_TYPES) {
    const r = await driver.executeQuery(`MATCH ()-[r:${t}]->() RETURN count(r) AS c`, {}, { database: config.database });
    const c = r.records[0].get('c') as number;
    if (c) out[t] = c;
  }
  return out;
}

export const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Every node and relationship with all its properties, sorted: equal snapshots = same database. */
export async function snapshot(driver: Driver, config: Neo4jConfig): Promise<string[]> {
  const nodes = await driver.executeQuery(
    `MATCH (n) WHERE NOT n:${MARKER_LABEL} RETURN labels(n) AS labels, properties(n) AS props`,
    {},
    { database: config.database },
  );
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.key AS from, b.key AS to, properties(r) AS props',
    {},
    { database: config.database },
  );
  const stable = (o: Record<string, unknown>) => JSON.stringify(Object.keys(o).sort().map((k) => [k, o[k]]));
  return [
    ...nodes.records.map((r) => `N ${JSON.stringify(r.get('labels'))} ${stable(r.get('props'))}`),
    ...rels.records.map((r) => `R ${r.get('type')} ${r.get('from')} ${r.get('to')} ${stable(r.get('props'))}`),
  ].sort();
}

export interface KgRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `kg <args>` from src/ (through kg-ts.js) in a child process, stdout and stderr piped. */
function spawnKg(args: string[], env: NodeJS.ProcessEnv) {
  return spawn(process.execPath, [path.join(__dirname, 'kg-ts.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Run `kg <args>` from src/ in a child process; `onStderrLine` sees progress as it comes. */
export function runKg(args: string[], env: NodeJS.ProcessEnv = {}, onStderrLine?: (line: string) => void): Promise<KgRun> {
  return new Promise((resolve, reject) => {
    const child = spawnKg(args, env);
    let stdout = '';
    let stderr = '';
    let partial = '';
    // decoded as streams: a character cut between two chunks is not lost
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      partial += d;
      const lines = partial.split('\n');
      partial = lines.pop()!;
      for (const l of lines) onStderrLine?.(l);
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The environment that points the CLI at a server (and nothing else from the caller's). */
export function kgEnv(config: Neo4jConfig): NodeJS.ProcessEnv {
  return { NEO4J_URI: config.uri, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password, NEO4J_DATABASE: config.database };
}

export { openDriver };

/**
 * `describe` for tests that start servers of their own (Java 17+ and Maven); outside CI
 * without them, a skipped block that says why.
 */
export function describeWithJava(name: string, body: () => void): void {
  const req = localServerRequirements();
  if (req.ok) {
    describe(name, body);
    return;
  }
  if (process.env.CI) throw new Error(`${name}: CI needs Java 17+ and Maven: ${req.why}`);
  // eslint-disable-next-line no-console
  console.warn(`SKIPPED ${name}: ${req.why}`);
  describe.skip(name, body);
}

export interface KgProcess {
  /** resolves with the first match of `re` in the output so far, stdout and stderr (rejects after `timeoutMs` or on exit) */
  waitFor(re: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** send a signal; resolves with the run once the process exits */
  stop(signal?: NodeJS.Signals): Promise<KgRun>;
  done: Promise<KgRun>;
}

/** Start a long-running `kg <args>` (kg start) from src/; stop it with a signal. */
export function startKg(args: string[], env: NodeJS.ProcessEnv = {}): KgProcess {
  const child = spawnKg(args, env);
  let stdout = '';
  let stderr = '';
  let all = '';
  const waiters: { re: RegExp; resolve: (m: RegExpExecArray) => void }[] = [];
  const seen = () => {
    for (const w of [...waiters]) {
      const m = w.re.exec(all);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  };
  child.stdout.on('data', (d) => {
    stdout += d;
    all += d;
    seen();
  });
  child.stderr.on('data', (d) => {
    stderr += d;
    all += d;
    seen();
  });
  const done = new Promise<KgRun>((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
  return {
    done,
    waitFor: (re, timeoutMs = 300_000) =>
      new Promise((resolve, reject) => {
        const m = re.exec(all);
        if (m) return resolve(m);
        const timer = setTimeout(() => reject(new Error(`no ${re} within ${timeoutMs} ms; stdout: ${stdout}; stderr: ${stderr}`)), timeoutMs);
        waiters.push({ re, resolve: (x) => (clearTimeout(timer), resolve(x)) });
        void done.then((r) => (clearTimeout(timer), reject(new Error(`kg exited (${r.code}) before ${re}; stdout: ${r.stdout}; stderr: ${r.stderr}`))));
      }),
    stop: (signal = 'SIGINT') => {
      child.kill(signal);
      return done;
    },
  };
}
