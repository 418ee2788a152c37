// kg serve <dir> [--port 8080] [--host [addr]] — serve the viewer over the output folder of `kg build`
// (graph.json, its GEXF and CSV files, and each article of articles.jsonl for the citations).
import { forTerminal } from '../../terminal';
import { untilStopped } from '../signals';
import type { KgCommand } from '../command';
import { UsageError } from '../../errors';
import { DEFAULT_SERVE_OPTIONS, startServer, type ServeOptions } from '../../serve/server';

export interface Args {
  dir: string;
  port: number;
  /** absent: loopback; `--host` alone: every interface; `--host ADDR`: that address */
  host?: string;
}

export function check(argv: Args): ServeOptions {
  if (!argv.dir) throw new UsageError('kg serve: name the output folder of `kg build`, e.g. kg serve out/');
  if (!Number.isInteger(argv.port) || argv.port < 0 || argv.port > 65535)
    throw new UsageError(`kg serve: --port must be an integer 0–65535, not ${argv.port}`);
  const host = argv.host === undefined ? DEFAULT_SERVE_OPTIONS.host : argv.host === '' ? '0.0.0.0' : argv.host;
  return { dir: argv.dir, port: argv.port, host };
}

export const serve: KgCommand<Args> = {
  command: 'serve <dir>',
  describe: 'serve the graph viewer over <dir>/graph.json, the files kg build wrote there and each article for the citations (read-only, loopback unless --host)',
  builder: (y) =>
    y
      .positional('dir', { type: 'string', describe: 'output folder of kg build (holds graph.json)' })
      .option('port', { type: 'number', default: DEFAULT_SERVE_OPTIONS.port, describe: 'TCP port (0: any free port)' })
      .option('host', {
        type: 'string',
        describe: 'listen on this address; --host alone listens on every interface (default 127.0.0.1)',
      }) as any,
  run: async (argv) => {
    const server = await startServer(check(argv));
    process.stdout.write(`kg serve: ${forTerminal(server.url)}\n`);
    if (server.exposed)
      process.stderr.write(
        `kg serve: warning: listening on ${forTerminal(server.url.replace(/^http:\/\/|\/$/g, ''))}, reachable from the network: ` +
          `anyone who can reach this machine can read the graph` +
          (['0.0.0.0', '::'].includes(server.address.address) ? ` (on this machine: http://127.0.0.1:${server.address.port}/)` : '') +
          '; without --host it stays on this machine\n',
      );
    await untilStopped();
    await server.close();
    return 0;
  },
};
