// kg import <out/> [--home .neo4j] [--heap-mb N] [--pagecache-mb N]: a new Neo4j database of a
// kg build folder by neo4j-admin's bulk importer — the database `kg load` would make on an
// empty one (same properties, types and keys), then the schema. Runs on the project's own
// server's data folder while that server is stopped; `kg neo4j` serves it afterwards, and
// `kg load` adds further builds to it.
import { forTerminal } from '../../terminal';
import type { KgCommand } from '../command';
import { UsageError } from '../../errors';
import { importBuild } from '../../store/neo4j';
import { checkMemory, serverOptions } from './neo4j';

export interface Args {
  dir: string;
  home?: string;
  heapMb?: number;
  pagecacheMb?: number;
  adminOutput?: boolean;
}

export function check(argv: Args): Args {
  if (!argv.dir) throw new UsageError('kg import: name the folder kg build wrote (holding graph.json)');
  checkMemory('kg import', argv);
  return argv;
}

export const importCommand: KgCommand<Args> = {
  command: 'import <dir>',
  describe: "build a new Neo4j database of a kg build folder with neo4j-admin's bulk importer (the project's own server, stopped)",
  builder: (y) =>
    serverOptions(y.positional('dir', { type: 'string', describe: 'folder written by kg build' }), "the project's Neo4j data folder (default .neo4j/); its server must not be running")
      .option('admin-output', { type: 'boolean', describe: "print neo4j-admin's own output" }) as any,
  run: async (argv) => {
    const a = check(argv);
    const say = (l: string) => process.stderr.write(`kg import: ${forTerminal(l)}\n`);
    const t0 = performance.now();
    const r = await importBuild(a.dir, {
      home: a.home,
      heapMb: a.heapMb,
      pagecacheMb: a.pagecacheMb,
      say,
      onOutput: a.adminOutput ? (l) => process.stderr.write(forTerminal(l) + '\n') : undefined,
    });
    for (const line of r.skipped) say(line);
    if (!r.articles) say(`no articles.jsonl beside ${r.file}: Article nodes get no text`);
    const file = r.file;
    const s = (ms: number) => (ms / 1000).toFixed(1);
    say(
      `${r.nodes} nodes and ${r.relationships} relationships from ${file} in ${s(performance.now() - t0)} s ` +
        `(CSV ${s(r.csvMs)} s, neo4j-admin ${s(r.importMs)} s, ${Math.round(r.relationships / (r.importMs / 1000))} relationships/s; schema ${s(r.schemaMs)} s)` +
        (r.replaced ? '; replaced an empty database' : '') +
        '; serve it with kg neo4j' + (a.home ? ` --home ${a.home}` : ''),
    );
    return r.skipped.length ? 1 : 0;
  },
};
