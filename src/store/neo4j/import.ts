// `kg import`: a new database built by neo4j-admin's bulk importer (`database import full`,
// org.neo4j.cli.AdminTool, on the launcher's classpath) from the load plan's CSV files
// (./csv.ts), then the schema — the same database `kg load` makes on an empty one, built
// without transactions. neo4j-admin writes the store files itself, so the project's server
// must not be running on that store: kg import works on the local server's data folder
// (`--home`, default .neo4j/) while no server runs there, and starts it on a free port only to
// check that an existing database is empty and, afterwards, to apply cypher/schema.cypher.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Neo4jLoadError } from '../../errors';
import { resolveNeo4jConfig } from './config';
import { connect } from './driver';
import { ImportColumns } from './csv';
import { openLoadStream } from './stream';
import { applySchema } from './schema';
import {
  buildLauncher,
  freePort,
  launcherClasspath,
  localServerRequirements,
  resolveLocalServerOptions,
  startLocalServer,
  type LocalServerOptions,
} from './server';

export interface ImportReport {
  nodes: number;
  relationships: number;
  properties: number;
  /** writing the CSV files, neo4j-admin, the schema (with the server's start and stop) */
  csvMs: number;
  importMs: number;
  schemaMs: number;
  /** the database that was there and empty, replaced */
  replaced: boolean;
}

export type ImportOptions = Partial<Pick<LocalServerOptions, 'home' | 'heapMb' | 'pagecacheMb' | 'password' | 'signal'>> & {
  /** progress lines */
  say?: (line: string) => void;
  /** every line neo4j-admin prints */
  onOutput?: (line: string) => void;
};

const DATABASE = 'neo4j';

/** Start the local server on `home` on a free port, run `fn` against it, stop it. */
async function withServer<T>(o: LocalServerOptions, fn: (uri: string, password: string) => Promise<T>): Promise<T> {
  let server;
  try {
    server = await startLocalServer({ ...o, port: await freePort() });
  } catch (err) {
    const e = err as Neo4jLoadError;
    const lock = /lock|in use|another process/i.test(e.message);
    throw lock
      ? new Neo4jLoadError(`the database in ${o.home} is in use (a kg neo4j or kg start running on it?); stop that server first: neo4j-admin needs the store to itself`, 'IN_USE')
      : e;
  }
  try {
    return await fn(server.uri, o.password);
  } finally {
    await server.stop();
  }
}

async function countNodes(uri: string, password: string): Promise<number> {
  const config = resolveNeo4jConfig({ uri, password });
  const { driver } = await connect(config);
  try {
    const r = await driver.executeQuery('MATCH (n) RETURN count(n) AS c', {}, { database: DATABASE });
    return r.records[0].get('c') as number;
  } finally {
    await driver.close();
  }
}

/**
 * Build the database of `plan` in the local server's folder. Refuses (code NOT_EMPTY) a
 * database that holds nodes, and (IN_USE) one a running server holds.
 */
/**
 * Import a kg build folder streamed (./stream.ts): its graph.json checked once while the CSV
 * columns are gathered, then read again a batch at a time into the CSV files — no plan, no text
 * held whole. The same files, and so the same database, as importCsvPieces gives for the plan held whole.
 */
export async function importBuild(
  dirOrFile: string,
  given: ImportOptions = {},
): Promise<ImportReport & { skipped: string[]; file: string; articles: string | null }> {
  const isDir = fs.existsSync(dirOrFile) && fs.statSync(dirOrFile).isDirectory();
  const columns = new ImportColumns(isDir ? path.join(dirOrFile, 'graph.json') : dirOrFile);
  const stream = openLoadStream(dirOrFile, 10_000, columns);
  if (stream.articles) columns.articleText();
  const r = await importFiles((work) => columns.write(stream.batches(), work), given);
  return { ...r, skipped: stream.skipped, file: stream.file, articles: stream.articles };
}

/** neo4j-admin on the files `writeCsv` writes into a work folder (returning their arguments), then the schema. */
async function importFiles(writeCsv: (work: string) => string[], given: ImportOptions): Promise<ImportReport> {
  const resolved = resolveLocalServerOptions(given);
  // neo4j-admin runs in the folder of the CSV files: the data folder must be absolute
  const o = { ...resolved, home: path.resolve(resolved.home) };
  const say = given.say ?? (() => {});
  const req = localServerRequirements();
  if (!req.ok) throw new Neo4jLoadError(`kg import needs the project's Neo4j: ${req.why}`, 'NO_JAVA');
  await buildLauncher(say, o.signal);
  const dbDir = path.join(o.home, 'data', 'databases', DATABASE);
  let replaced = false;
  if (fs.existsSync(dbDir) && fs.readdirSync(dbDir).length) {
    say(`${dbDir} exists: starting its server once to see that it is empty …`);
    const n = await withServer(o, countNodes);
    if (n > 0)
      throw new Neo4jLoadError(
        `the database in ${o.home} is not empty (${n.toLocaleString('en')} nodes); kg import builds a new database: give another --home, or add to this one with kg load`,
        'NOT_EMPTY',
      );
    replaced = true;
  }

  // the CSV files, beside the store (same disk), removed afterwards
  const t0 = performance.now();
  fs.mkdirSync(o.home, { recursive: true });
  const work = fs.mkdtempSync(path.join(o.home, 'import-'));
  try {
    const args = writeCsv(work);
    const csvMs = performance.now() - t0;

    const t1 = performance.now();
    const out = await runAdmin(o, work, [
      'database',
      'import',
      'full',
      // the database first: --nodes and --relationships take every word after them
      DATABASE,
      `--overwrite-destination=${replaced}`,
      `--max-off-heap-memory=${o.pagecacheMb}m`,
      '--bad-tolerance=0',
      `--report-file=${path.join(work, 'import.report')}`,
      ...args,
    ], given.onOutput);
    const done = /IMPORT DONE in .*?Imported:\s*(\d+) nodes\s+(\d+) relationships\s+(\d+) properties/s.exec(out.join('\n'));
    if (!done) throw new Neo4jLoadError(`neo4j-admin import did not say it was done: ${out.filter((l) => l.trim()).pop() ?? '(no output)'}`, 'IMPORT_FAILED');
    const importMs = performance.now() - t1;

    const t2 = performance.now();
    say('applying the schema (constraints, indexes) …');
    await withServer(o, async (uri, password) => {
      const config = resolveNeo4jConfig({ uri, password });
      const { driver } = await connect(config);
      try {
        await applySchema(driver, DATABASE);
      } finally {
        await driver.close();
      }
    });
    return {
      nodes: Number(done[1]),
      relationships: Number(done[2]),
      properties: Number(done[3]),
      csvMs,
      importMs,
      schemaMs: performance.now() - t2,
      replaced,
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** neo4j-admin (AdminTool) on the launcher's classpath with NEO4J_HOME = the server's folder; its output lines. */
function runAdmin(o: LocalServerOptions, cwd: string, args: string[], onOutput?: (line: string) => void): Promise<string[]> {
  const conf = path.join(cwd, 'conf');
  fs.mkdirSync(conf, { recursive: true });
  // the launcher keeps the defaults (data in <home>/data); say so to neo4j-admin
  fs.writeFileSync(path.join(conf, 'neo4j.conf'), `server.directories.data=${path.join(o.home, 'data')}\n`);
  const child = spawn('java', [`-Xmx${o.heapMb}m`, '-XX:+ExitOnOutOfMemoryError', '-cp', launcherClasspath(), 'org.neo4j.cli.AdminTool', ...args], {
    cwd,
    env: { ...process.env, NEO4J_HOME: o.home, NEO4J_CONF: conf },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (l: string) => {
    lines.push(l);
    if (lines.length > 2000) lines.splice(0, 1000);
    onOutput?.(l);
  };
  readline.createInterface({ input: child.stdout! }).on('line', keep);
  readline.createInterface({ input: child.stderr! }).on('line', keep);
  const abort = () => child.kill('SIGTERM');
  o.signal?.addEventListener('abort', abort, { once: true });
  return new Promise((resolve, reject) => {
    child.once('error', (e) => reject(new Neo4jLoadError(`cannot run neo4j-admin: ${e.message}`, 'NO_JAVA')));
    child.once('close', (code) => {
      o.signal?.removeEventListener('abort', abort);
      if (code === 0) return resolve(lines);
      const why = lines.filter((l) => /error|exception|invalid|duplicate/i.test(l)).shift() ?? lines.filter((l) => l.trim()).pop() ?? `exit ${code}`;
      reject(new Neo4jLoadError(`neo4j-admin import failed: ${why.trim()}`, 'IMPORT_FAILED'));
    });
  });
}
