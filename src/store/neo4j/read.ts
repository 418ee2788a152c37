// Reading graph.json from disk: the I/O edge in front of the pure planLoad.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../../errors';
import { asSerializedGraph, type SerializedGraph } from './graph';
import { readJsonLines } from '../../export/jsonl-graph';

/**
 * The id of a build: the first 16 hex digits of the SHA-256 of its graph.json. Two loads of
 * the same graph.json have the same id (a reload changes nothing); where two builds give a node
 * as many mentions, the smaller id decides whose properties it keeps.
 */
export function buildId(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** `dirOrFile` is the folder `kg build` wrote (holding graph.json) or the graph.json itself. */
export function readGraphFile(dirOrFile: string): { file: string; graph: SerializedGraph; build: string } {
  let file = dirOrFile;
  if (fs.existsSync(dirOrFile) && fs.statSync(dirOrFile).isDirectory()) file = path.join(dirOrFile, 'graph.json');
  if (!fs.existsSync(file))
    throw new InputError(file, 'no such file; run `kg build <inputs> -o <dir>` first, which writes <dir>/graph.json', 'MISSING');
  // a node or edge a line (kg build's layout): never the whole file as one string
  const { value, build } = readJsonLines(file);
  return { file, graph: asSerializedGraph(value, file), build };
}
