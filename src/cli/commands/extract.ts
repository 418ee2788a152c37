// kg extract <files or folders…> [--year] -o out.jsonl
import fs from 'node:fs';
import path from 'node:path';
import type { KgCommand } from '../command';
import { UsageError } from '../../errors';
import { listInputs, readInput } from '../../ingest/files';
import { decode } from '../../ingest/decode';
import { extractPage } from '../../pipeline';
import { describeError } from '../main';

export interface Args {
  inputs: string[];
  out?: string;
  year?: number;
}

export function check(argv: Args): Args {
  if (!argv.inputs || argv.inputs.length === 0) throw new UsageError('kg extract: name at least one file or folder');
  if (argv.year !== undefined && !(Number.isInteger(argv.year) && argv.year >= 1900 && argv.year <= 2100))
    throw new UsageError(`kg extract: --year must be a year such as 2025, not ${argv.year}`);
  return argv;
}

export const extract: KgCommand<Args> = {
  command: 'extract <inputs..>',
  describe: 'extract articles, entities and relations from newspaper page text into JSON Lines',
  builder: (y) =>
    y
      .positional('inputs', { type: 'string', array: true, describe: 'text files or folders of them' })
      .option('out', { alias: 'o', type: 'string', describe: 'output JSON Lines file (default: stdout)' })
      .option('year', { type: 'number', describe: 'year for dates when the page does not tell' }) as any,
  run: async (argv) => {
    const args = check(argv);
    const { files, errors } = listInputs(args.inputs);
    for (const e of errors) process.stderr.write(`kg: ${e.message}\n`);
    const out = args.out ? fs.createWriteStream(args.out) : process.stdout;
    let skipped = errors.length;
    let articles = 0;
    const progress = files.length > 20;
    for (const [i, file] of files.entries()) {
      try {
        const text = decode(readInput(file), file);
        for (const rec of extractPage(text, path.basename(file), { year: args.year })) {
          out.write(JSON.stringify(rec) + '\n');
          articles++;
        }
      } catch (err) {
        skipped++;
        process.stderr.write(`kg: ${describeError(err)}\n`);
      }
      if (progress && (i + 1) % 200 === 0) process.stderr.write(`kg extract: ${i + 1}/${files.length} files\n`);
    }
    if (out !== process.stdout) await new Promise<void>((res) => (out as fs.WriteStream).end(res));
    process.stderr.write(`kg extract: ${articles} articles from ${files.length - (skipped - errors.length)} files` +
      (skipped ? `, ${skipped} skipped` : '') + '\n');
    return skipped ? 1 : 0;
  },
};
