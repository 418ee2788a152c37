// kg extract <files or folders…> [--year] [--workers N] -o out.jsonl
//
// Files are extracted one at a time (or by N threads, this one and N - 1 workers, src/parallel) and each file's
// articles are written as soon as it and every file before it are done: output order is
// input order whatever the number of workers, and memory does not grow with the archive.
// A bad file costs one line on stderr naming it; the others are still extracted; the exit
// code is then 1.
import { forTerminal } from '../../terminal';
import fs from 'node:fs';
import path from 'node:path';
import type { KgCommand } from '../command';
import { UsageError } from '../../errors';
import { listInputs } from '../../ingest/files';
import { nameInputs } from '../../ingest/ids';
import { checkOutputFile } from '../../ingest/overlap';
import { MAX_WORKERS, startExtraction } from '../../parallel';
import { parseFieldOptions, type FieldMap } from '../../ingest/records';

export interface Args {
  inputs: string[];
  out?: string;
  year?: number;
  workers?: number;
  /** `title=video_title`: where records keep a field (repeatable) */
  field?: string[];
  /** write on each relation the id of the rule that made it (src/extract/rules.ts) */
  explain?: boolean;
}

export function check(argv: Args): Args {
  if (!argv.inputs || argv.inputs.length === 0) throw new UsageError('kg extract: name at least one file or folder');
  fieldsOf(argv, 'kg extract');
  if (argv.year !== undefined && !(Number.isInteger(argv.year) && argv.year >= 1900 && argv.year <= 2100))
    throw new UsageError(`kg extract: --year must be a year such as 2025, not ${argv.year}`);
  if (argv.workers !== undefined && !(Number.isInteger(argv.workers) && argv.workers >= 1 && argv.workers <= MAX_WORKERS))
    throw new UsageError(`kg extract: --workers must be a whole number from 1 to ${MAX_WORKERS}, not ${argv.workers}`);
  return argv;
}

/** The `--field` options as a FieldMap; a UsageError names a bad one. */
export function fieldsOf(argv: { field?: string[] | string }, command: string): FieldMap {
  const given = argv.field === undefined ? [] : Array.isArray(argv.field) ? argv.field : [argv.field];
  try {
    return parseFieldOptions(given.map(String));
  } catch (err) {
    throw new UsageError(`${command}: ${(err as Error).message}`);
  }
}

/** Progress lines on stderr for runs of more than this many files, one per PROGRESS_EVERY. */
const PROGRESS_FROM = 20;
const PROGRESS_EVERY = 200;

/** `.pdf, .png` — the extensions of the files a folder walk left out. */
function ignoredKinds(files: string[]): string {
  return [...new Set(files.map((f) => path.extname(f).toLowerCase() || '(none)'))].sort().join(', ');
}

/** --workers and --field, as kg extract and kg build take them. */
export function inputOptions<T>(y: T): T {
  return (y as any)
    .option('workers', {
      alias: 'j',
      type: 'number',
      describe: 'threads that extract: this one and N - 1 worker threads (default 1: this thread); output is the same for any number',
    })
    .option('field', {
      type: 'string',
      array: true,
      describe: 'records (JSON Lines, JSON, CSV): the field holding title, date, content, id, url or outlet, e.g. --field title=video_title (repeatable)',
    });
}

export const extract: KgCommand<Args> = {
  command: 'extract <inputs..>',
  describe: 'extract articles, entities and relations from newspaper page text into JSON Lines',
  builder: (y) =>
    inputOptions(
      y
        .positional('inputs', { type: 'string', array: true, describe: 'text files or folders of them' })
        .option('out', { alias: 'o', type: 'string', describe: 'output JSON Lines file (default: stdout)' })
        .option('year', { type: 'number', describe: 'year for dates when the page does not tell' }),
    )
      .option('explain', { type: 'boolean', describe: 'write on each relation the id of the extraction rule that made it (src/extract/rules.ts)' }) as any,
  run: async (argv) => {
    const args = check(argv);
    // the worker threads load the extractor while the folders are listed
    const extraction = startExtraction({ workers: args.workers, year: args.year ?? null, form: 'jsonl', fields: fieldsOf(args, 'kg extract'), explain: args.explain ?? false });
    let out: Output | undefined;
    try {
      const listed = listInputs(args.inputs);
      if (args.out) checkOutputFile('kg extract', args.out, listed.files);
      const { files, names, errors: refused } = nameInputs(args.inputs, listed.files);
      const { ignored, notes } = listed;
      const errors = [...listed.errors, ...refused];
      for (const e of errors) process.stderr.write(`kg: ${forTerminal(e.message)}\n`);
      for (const n of notes) process.stderr.write(`kg: ${forTerminal(n)}\n`);
      out = openOutput(args.out);
      let skipped = errors.length;
      let articles = 0;
      let problems = 0;
      const progress = files.length > PROGRESS_FROM;
      for await (const r of extraction.extract(files, names)) {
        if (r.ok) {
          if (r.jsonl) await out.write(r.jsonl);
          if (out.gone) {
            process.stderr.write(`kg extract: the reader closed the output at file ${r.index + 1} of ${files.length}; stopped\n`);
            return skipped ? 1 : 0;
          }
          articles += r.articles;
          for (const line of r.notes ?? []) process.stderr.write(`kg: ${forTerminal(line)}\n`);
          for (const line of r.problems ?? []) process.stderr.write(`kg: ${forTerminal(line)}\n`);
          problems += r.problems?.length ?? 0;
        } else {
          skipped++;
          process.stderr.write(`kg: ${forTerminal(r.error)}\n`);
        }
        if (progress && (r.index + 1) % PROGRESS_EVERY === 0)
          process.stderr.write(`kg extract: ${r.index + 1}/${files.length} files\n`);
      }
      process.stderr.write(
        forTerminal(
          `kg extract: ${articles} articles from ${files.length - (skipped - errors.length)} files` +
            (skipped ? `, ${skipped} skipped` : '') +
            (problems ? `; ${problems} record problem${problems === 1 ? '' : 's'} (bad records, cut streams)` : '') +
            (ignored.length ? `; ${ignored.length} non-text files in the folders ignored (${ignoredKinds(ignored)})` : ''),
        ) + '\n',
      );
      return skipped || problems ? 1 : 0;
    } finally {
      out?.close();
      await extraction.close();
    }
  },
};

interface Output {
  /** resolves when the bytes may be followed by more (a pipe that is full makes it wait) */
  write(bytes: Uint8Array): Promise<void> | void;
  /** the reader went away (`kg extract … | head`): nothing more is wanted */
  readonly gone: boolean;
  close(): void;
}

/** The -o file, written synchronously (nothing piles up in memory), or stdout with back-pressure. */
function openOutput(file: string | undefined): Output {
  if (!file) {
    // a reader that stops early (`| head`) closes the pipe: stop quietly, as other tools do,
    // instead of dying on the unhandled EPIPE
    let gone = false;
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      gone = true;
      process.stdout.emit('drain');
    });
    return {
      write: (bytes) =>
        gone || process.stdout.write(bytes) ? undefined : new Promise<void>((res) => process.stdout.once('drain', () => res())),
      get gone() {
        return gone;
      },
      close: () => undefined,
    };
  }
  let fd: number;
  try {
    fd = fs.openSync(file, 'w');
  } catch (err) {
    throw new UsageError(`kg extract: cannot write ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return {
    write: (bytes) => {
      for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at);
    },
    gone: false,
    close: () => fs.closeSync(fd),
  };
}
