// Which ids an input file's articles get: `<name>#<n>`, n counting from 1 in page order.
//
// The name is the file's path relative to the folder named on the command line, without the
// file's extension, folders joined by '/': `kg build archive` names archive/2020-01-02/01.txt
// `2020-01-02/01`, so an archive kept as one folder a day of 01.txt, 02.txt … keeps every page
// apart. A file directly in that folder, or named on the command line itself, is named by its
// base name (`01`), as ids always were. The name depends only on the command line and the
// file's place under it, so ids survive a rebuild.
//
// Two inputs that would still get the same name (a/01.txt and b/01.txt both named on the
// command line; 01.txt beside 01.htm) are not merged: the later one is refused with one line.
import path from 'node:path';
import { InputError } from '../errors';

export interface NamedInputs {
  /** the files kept, in the order given */
  files: string[];
  /** the name of each kept file: the prefix of its articles' ids */
  names: string[];
  /** the files refused because an earlier one has their name */
  errors: InputError[];
}

/** Names `files` (listInputs' list for the command-line paths `roots`), refusing repeated names. */
export function nameInputs(roots: readonly string[], files: readonly string[]): NamedInputs {
  const out: NamedInputs = { files: [], names: [], errors: [] };
  const firstWith = new Map<string, string>();
  for (const file of files) {
    const name = inputName(roots, file);
    const first = firstWith.get(name);
    if (first !== undefined) {
      out.errors.push(
        new InputError(
          file,
          `its articles would get the ids ${name}#1, ${name}#2 … that ${first} already gives; not taken (name the folder that holds both instead: ids are paths relative to it)`,
          'DUPLICATE',
        ),
      );
      continue;
    }
    firstWith.set(name, file);
    out.files.push(file);
    out.names.push(name);
  }
  return out;
}

/** `2020-01-02/01` for archive/2020-01-02/01.txt under the root `archive`; the base name for a file named by hand. */
export function inputName(roots: readonly string[], file: string): string {
  let rel = path.basename(file);
  for (const root of roots) {
    if (root === file) break; // named on the command line
    const r = path.relative(root, file);
    if (r && r !== '..' && !r.startsWith('..' + path.sep) && !path.isAbsolute(r)) {
      rel = r.split(path.sep).join('/');
      break;
    }
  }
  return rel.replace(/\.[^./]*$/, '');
}
