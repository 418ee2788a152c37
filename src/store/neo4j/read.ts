// Reading graph.json from disk: the I/O edge in front of the pure planLoad.
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../../errors';
import { asSerializedGraph, type SerializedGraph } from './graph';

/** `dirOrFile` is the folder `kg build` wrote (holding graph.json) or the graph.json itself. */
export function readGraphFile(dirOrFile: string): { file: string; graph: SerializedGraph } {
  let file = dirOrFile;
  if (fs.existsSync(dirOrFile) && fs.statSync(dirOrFile).isDirectory()) file = path.join(dirOrFile, 'graph.json');
  if (!fs.existsSync(file))
    throw new InputError(file, 'no such file; run `kg build <inputs> -o <dir>` first, which writes <dir>/graph.json', 'MISSING');
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new InputError(file, `not JSON: ${(err as Error).message}`, 'UNDECODABLE');
  }
  return { file, graph: asSerializedGraph(data, file) };
}
