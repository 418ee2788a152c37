// kg dump [--uri …]: every node and relationship of the Neo4j database with all its
// properties and their types, one JSON line each, sorted — to compare two databases
// (`diff <(kg dump) <(kg dump --uri …)`): loads in another order, kg import against kg load.
import { jsonForTerminal } from '../../terminal';
import { connectionOptions, type ConnectionArgs } from './load';
import type { KgCommand } from '../command';
import { connect, dumpDatabase, resolveNeo4jConfig } from '../../store/neo4j';

export type Args = ConnectionArgs;

export const dump: KgCommand<Args> = {
  command: 'dump',
  describe: 'print every node and relationship of the Neo4j database with its properties, sorted (JSON Lines)',
  builder: (y) => connectionOptions(y) as any,
  run: async (argv) => {
    const config = resolveNeo4jConfig({ uri: argv.uri, user: argv.user, password: argv.password, database: argv.database });
    const { driver } = await connect(config);
    try {
      // bidi and other format characters as \u escapes too (same JSON value)
      const pending: string[] = [];
      const flush = () => {
        if (pending.length) process.stdout.write(pending.join('\n') + '\n');
        pending.length = 0;
      };
      const n = await dumpDatabase(driver, config, (line) => {
        pending.push(jsonForTerminal(line));
        if (pending.length >= 1000) flush();
      });
      flush();
      process.stderr.write(`kg dump: ${n.nodes} nodes, ${n.relationships} relationships\n`);
      return 0;
    } finally {
      await driver.close();
    }
  },
};
