// kg rank [out/]: one ranking of officials from the protocol order of all meetings, each
// consecutive step with the number of attendance lists behind it.
import { forTerminal, jsonForTerminal } from '../../terminal';
import type { KgCommand } from '../command';
import { UsageError } from '../../errors';
import { readGraph } from '../../export/build';
import { rankOfficials, type Ranking } from '../../resolve/rank';

export interface Args {
  dir: string;
  top?: number;
  minObservations: number;
  json: boolean;
}

export function check(argv: Args): Args {
  if (argv.top !== undefined && !(Number.isInteger(argv.top) && argv.top > 0))
    throw new UsageError(`kg rank: --top must be a positive whole number, not ${argv.top}`);
  if (!(Number.isInteger(argv.minObservations) && argv.minObservations >= 1))
    throw new UsageError(`kg rank: --min-observations must be a whole number ≥ 1, not ${argv.minObservations}`);
  return argv;
}

/** The lines of the ranking: position, name, then the step to the next with its observations. */
export function formatRanking(r: Ranking, top?: number): string[] {
  const people = top ? r.people.slice(0, top) : r.people;
  const label = (key: string, name: string) => (key.includes('@') ? `${name}(${key.split('@')[1]})` : name);
  const lines = [`${r.people.length} officials ranked from ${r.lists} attendance lists (${r.pairs} pairs observed)`];
  people.forEach((p, i) => {
    lines.push(`${String(i + 1).padStart(4)}. ${label(p.key, p.name)}  (in ${p.lists} list${p.lists === 1 ? "" : "s"}, mean position score ${p.borda.toFixed(2)})`);
    const s = r.steps[i];
    if (!s || i === people.length - 1) return;
    const next = r.people[i + 1];
    const why =
      s.observations === 0
        ? 'never listed together: ordered through others or by position score'
        : `${s.agree} of ${s.observations} observations put ${p.name} first`;
    lines.push(`        ${p.name} > ${next.name}: ${why}`);
  });
  return lines;
}

export const rank: KgCommand<Args> = {
  command: 'rank [dir]',
  describe: 'rank officials by the protocol order of the meetings they attended (from kg build output)',
  builder: (y) =>
    y
      .positional('dir', { type: 'string', default: 'out', describe: 'a kg build output folder' })
      .option('top', { type: 'number', describe: 'show the first N only' })
      .option('min-observations', { type: 'number', default: 1, describe: 'ignore pairs seen together in fewer lists' })
      .option('json', { type: 'boolean', default: false, describe: 'print the ranking as JSON' }) as any,
  run: async (argv) => {
    const args = check(argv);
    const ranking = rankOfficials(readGraph(args.dir), { minObservations: args.minObservations });
    if (args.json) process.stdout.write(jsonForTerminal(JSON.stringify(ranking, null, 2)) + '\n');
    else process.stdout.write(formatRanking(ranking, args.top).map(forTerminal).join('\n') + '\n');
    return 0;
  },
};
