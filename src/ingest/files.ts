// Ingest, the I/O edge: expand the command line's files and folders into input files, and
// read one of them.
//
// - A file named on the command line is always taken, whatever its name: if it is neither
//   text nor a PDF, decode() says so in one line.
// - A folder is walked recursively. Every regular file is taken except hidden ones (name
//   starting with '.', e.g. .DS_Store, .git/) and files whose extension says they are not
//   page text, records, HTML or PDF (images, archives, office files, executables): a folder
//   of pages often holds the scans the text was taken from, and those are not errors. They
//   are returned in `ignored` so the CLI can mention them. PDFs are taken: e-paper pages
//   come as PDFs with a text layer (src/ingest/pdf.ts). A .gz is taken when the name under
//   it is one of an input (`.jsonl.gz`, `.csv.gz`, `.txt.gz` …). kg's own outputs
//   (articles.jsonl, graph.json, told by their first bytes) are left out with a note: read
//   back, their articles would be extracted twice.
// - Order is deterministic: command-line order, then within a folder by name in code-unit
//   order (as `LC_ALL=C ls`), depth first. A file reached twice is taken once.
// - Problems are returned as InputErrors (MISSING, UNREADABLE, EMPTY for a folder with no
//   input files), never thrown, so one bad path does not stop the run.
// Only one directory handle is open at a time (readdirSync), so folders with many
// thousands of files cannot exhaust file descriptors.
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors';
import { kgOutputKind, readHead } from './records';

export interface InputList {
  /** the input files, in processing order */
  files: string[];
  /** paths that could not be used (missing, unreadable, empty folder) */
  errors: InputError[];
  /** files inside folders left out because their extension says they are not text */
  ignored: string[];
  /** one line each about files left out for another reason (kg's own outputs) */
  notes: string[];
}

/** Extensions of files that are neither page text nor PDF; skipped inside folders (not when named). */
export const NON_TEXT_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif bmp tif tiff webp heic ico psd svg ' +
    'zip gz tgz bz2 xz zst 7z rar tar ' +
    'doc docx xls xlsx ppt pptx odt ods odp epub rtf ' +
    'mp3 mp4 m4a wav avi mov mkv ogg flac ' +
    'exe dll so dylib o a class jar pyc wasm bin ' +
    'db sqlite parquet'
  ).split(' '),
);

/** Inside a folder, a .gz is an input when the name under it is one of these. */
const GZ_INPUTS = /\.(?:jsonl|ndjson|json|csv|tsv|txt|text|html?)\.gz$/i;
/** Inside a folder, files of these names may be kg's own output: their first bytes are looked at. */
const MAYBE_KG_OUTPUT = /\.(?:jsonl|ndjson|json)(?:\.gz)?$/i;

/**
 * Page files (text, HTML, PDF) larger than this are refused (TOO_LARGE), with one line that says
 * to split them: one page is read whole, and its peak memory is about 17 times its size (a
 * 64 MB page of People's Daily text: 1.1 GB peak RSS, 40 s; 200 MB came near Node's heap limit
 * at 3.4 GB). Records files are not read whole and have no limit.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export function listInputs(paths: string[]): InputList {
  const out: InputList = { files: [], errors: [], ignored: [], notes: [] };
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  const takeFile = (file: string, key = realpathOr(file)) => {
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    out.files.push(file);
  };

  /** A file found in a folder: taken, or left out by its extension; 1 when taken. */
  const fileInFolder = (file: string, real?: string): number => {
    const ext = path.extname(file).slice(1).toLowerCase();
    if (ext === 'gz' ? !GZ_INPUTS.test(file) : NON_TEXT_EXTENSIONS.has(ext)) {
      out.ignored.push(file);
      return 0;
    }
    if (MAYBE_KG_OUTPUT.test(file)) {
      const own = kgOutput(file);
      if (own) {
        out.notes.push(`${file}: ${own}; not read back as input`);
        return 0;
      }
    }
    takeFile(file, real);
    return 1;
  };

  const walk = (dir: string, isRoot: boolean): number => {
    const key = realpathOr(dir);
    if (seenDirs.has(key)) return 0; // a symbolic link loop, or the same folder named twice
    seenDirs.add(key);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      out.errors.push(new InputError(dir, `cannot read folder: ${systemReason(err)}`, 'UNREADABLE'));
      return 0;
    }
    entries.sort((a, b) => byCodeUnits(a.name, b.name));
    let found = 0;
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      const p = path.join(dir, name);
      // a plain file in a folder whose real path is known needs no system call (a 40,000-file
      // archive took a stat and a realpath per file); links and the rest are looked at
      if (entry.isFile()) {
        found += fileInFolder(p, path.join(key, name));
        continue;
      }
      const st = statOr(p);
      if (st instanceof InputError) {
        out.errors.push(st);
        continue;
      }
      if (st.isDirectory()) found += walk(p, false);
      else if (st.isFile()) found += fileInFolder(p);
      // a FIFO would block the read, a socket or device is no page: skipped, with a line
      else out.errors.push(new InputError(p, `${st.isFIFO() ? 'a named pipe (FIFO)' : st.isSocket() ? 'a socket' : 'a device'}, not a regular file; skipped`, 'UNREADABLE'));
    }
    if (isRoot && found === 0 && !out.errors.some((e) => e.file.startsWith(dir)))
      out.errors.push(
        new InputError(
          dir,
          `folder has no input files${countIgnoredUnder(out.ignored, dir)}; expected text files of newspaper pages`,
          'EMPTY',
        ),
      );
    return found;
  };

  for (const p of paths) {
    const st = statOr(p);
    if (st instanceof InputError) out.errors.push(st);
    else if (st.isDirectory()) walk(p, true);
    else if (st.isFile()) takeFile(p);
    else out.errors.push(new InputError(p, 'not a regular file or folder (a device, socket or pipe)', 'UNREADABLE'));
  }
  return out;
}

export interface ReadOptions {
  /** refuse files larger than this many bytes (default MAX_INPUT_BYTES) */
  maxBytes?: number;
}

/** The bytes of one input file; every failure is an InputError naming the file. */
export function readInput(file: string, options: ReadOptions = {}): Buffer {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const st = statOr(file);
  if (st instanceof InputError) throw st;
  if (st.isDirectory()) throw new InputError(file, 'is a folder, expected a text file', 'UNREADABLE');
  if (!st.isFile()) throw new InputError(file, 'not a regular file (a device, socket or pipe)', 'UNREADABLE');
  if (st.size > maxBytes)
    throw new InputError(
      file,
      `${formatBytes(st.size)}, larger than the ${formatBytes(maxBytes)} one input may have; split it into pages`,
      'TOO_LARGE',
    );
  try {
    return fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(file, `cannot read: ${systemReason(err)}`, code === 'ENOENT' ? 'MISSING' : 'UNREADABLE');
  }
}

// ---------------------------------------------------------------------------------------

function kgOutput(file: string): string | null {
  try {
    return kgOutputKind(readHead(file, 4096).head);
  } catch {
    return null; // unreadable: the reader will say so
  }
}

function statOr(p: string): fs.Stats | InputError {
  try {
    return fs.statSync(p);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      const dangling = isSymlink(p);
      return new InputError(p, dangling ? 'broken symbolic link, its target does not exist' : 'no such file or folder', 'MISSING');
    }
    return new InputError(p, `cannot read: ${systemReason(err)}`, 'UNREADABLE');
  }
}

function isSymlink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function realpathOr(p: string): string {
  try {
    // one realpath(3) call; the JavaScript one lstat()s every folder of the path, for every
    // file of a 40,000-file archive
    return fs.realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

function systemReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a folder',
    ELOOP: 'too many levels of symbolic links',
    EIO: 'input/output error',
    EMFILE: 'too many open files',
    ENAMETOOLONG: 'file name too long',
  };
  return (e.code && reasons[e.code]) ?? (e.code ? `${e.code}` : String(err));
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function countIgnoredUnder(ignored: string[], dir: string): string {
  const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  const under = ignored.filter((f) => f.startsWith(prefix));
  if (!under.length) return '';
  const exts = [...new Set(under.map((f) => path.extname(f).toLowerCase()))].sort().slice(0, 5).join(', ');
  return ` (${under.length} non-text file${under.length === 1 ? '' : 's'} ignored: ${exts})`;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${n} bytes`;
}
