// Ingest, the I/O edge: expand the command line's files and folders into input files.
// (Minimal version; the ingest helper completes it.)
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors';

export interface InputList {
  files: string[];
  errors: InputError[];
}

export function listInputs(paths: string[]): InputList {
  const files: string[] = [];
  const errors: InputError[] = [];
  for (const p of paths) {
    if (!fs.existsSync(p)) {
      errors.push(new InputError(p, 'no such file or folder', 'MISSING'));
      continue;
    }
    if (fs.statSync(p).isDirectory()) {
      for (const f of fs.readdirSync(p).sort()) {
        if (f.endsWith('.txt')) files.push(path.join(p, f));
      }
    } else files.push(p);
  }
  return { files, errors };
}

export function readInput(file: string): Buffer {
  return fs.readFileSync(file);
}
