// Inputs against outputs: kg never reads what it writes, nor writes over what it reads.
// `kg build pages -o pages/out` would take its own CSV and GEXF files as pages at the next run
// (the seeds went from 38 to 63 articles); `kg extract page.txt -o page.txt` truncated the page
// before reading it. Both are refused, with one line, before anything is written. Paths are
// compared by their real paths, so a symbolic link or `./` does not hide the overlap.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors';

/** The real path of `p`, which need not exist: its nearest existing folder's real path, and the rest. */
export function realPathOf(p: string): string {
  const abs = path.resolve(p);
  let head = abs;
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(fs.realpathSync.native(head), ...rest);
    } catch {
      const up = path.dirname(head);
      if (up === head) return abs;
      rest.unshift(path.basename(head));
      head = up;
    }
  }
}

/** `child` is `parent` or lies somewhere under it (both real paths). */
export function isWithin(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

/**
 * Refuses an output file (`kg extract -o`) that is one of the input files: writing it would
 * destroy the input before it is read. `files` are the inputs as listed (listInputs).
 */
export function checkOutputFile(command: string, out: string, files: readonly string[]): void {
  const real = realPathOf(out);
  const same = files.find((f) => realPathOf(f) === real);
  if (same !== undefined)
    throw new UsageError(`${command}: the output ${out} is the input ${same}; writing it would destroy the page before it is read. Name another -o file`);
}

/**
 * Refuses an output folder (`kg build -o`) inside one of the input folders (this build's files
 * would be read as pages by the next one), and input files that the build would write over
 * (`isOutputName`: the names of the files the build writes).
 */
export function checkOutputFolder(
  command: string,
  outDir: string,
  inputs: readonly string[],
  files: readonly string[],
  isOutputName: (name: string) => boolean,
): void {
  const real = realPathOf(outDir);
  for (const input of inputs) {
    let st: fs.Stats;
    try {
      st = fs.statSync(input);
    } catch {
      continue; // listInputs reports it
    }
    if (st.isDirectory() && isWithin(real, realPathOf(input)))
      throw new UsageError(
        `${command}: the output folder ${outDir} is inside the input folder ${input}; its files would be read as pages. Name an -o folder outside the inputs`,
      );
  }
  const over = files.find((f) => {
    const r = realPathOf(f);
    return path.dirname(r) === real && isOutputName(path.basename(r));
  });
  if (over !== undefined)
    throw new UsageError(`${command}: the input ${over} is a file this build writes into ${outDir}; it would be overwritten. Name another -o folder`);
}
