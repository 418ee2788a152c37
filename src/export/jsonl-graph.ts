// graph.json as kg build writes it: one JSON document, graphology's serialized graph, laid out
// one node or edge a line —
//   {"options":{…},"attributes":{…},"nodes":[
//   {"key":"Person:沈晓明","attributes":{…}},
//   …
//   ],"edges":[
//   {"key":"ATTENDED:…","source":"…","target":"…","attributes":{…}},
//   …
//   ]}
// — so that JSON.parse (the viewer) reads it as before, and a reader here takes it a line at a
// time: no string of the whole file (V8 refuses strings above 512 MiB, which a graph.json
// passed at about 21,000 articles when it held every evidence sentence).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type Graph from 'graphology';
import { InputError } from '../errors';
import { mergeByKey } from '../resolve/mentions';

/**
 * Write `value` (an object whose array members are written one element a line) as the layout
 * above; returns the build id of the bytes (first 16 hex digits of their SHA-256). A member that
 * is an iterable other than an array (a generator) is written as an array, its elements made as
 * they are written: graphMembers gives a graph so, without graph.export()'s copy of it.
 */
export function writeJsonLines(file: string, value: object): string {
  const fd = fs.openSync(file, 'w');
  const hash = createHash('sha256');
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    const s = pending.join('');
    hash.update(s, 'utf8');
    fs.writeSync(fd, s);
    pending = [];
    size = 0;
  };
  const write = (s: string) => {
    pending.push(s);
    size += s.length;
    // written at 64 Ki characters: text held longer would outlive V8's young generation
    if (size > 1 << 16) flush();
  };
  try {
    let first = true;
    write('{');
    for (const [key, v] of Object.entries(value)) {
      const head = `${first ? '' : ','}${JSON.stringify(key)}:`;
      if (isElements(v)) {
        write(head + '[');
        let i = 0;
        for (const x of v) write(`${i++ ? ',' : ''}\n${JSON.stringify(x) ?? 'null'}`);
        write(i ? '\n]' : ']');
      } else {
        const json = JSON.stringify(v);
        if (json === undefined) continue; // as JSON.stringify leaves the key out
        write(head + json);
      }
      first = false;
    }
    write('}\n');
    flush();
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex').slice(0, 16);
}

/** An array, or an iterable object that is not a string or a Map/Set-like collection (a generator). */
function isElements(v: unknown): v is Iterable<unknown> {
  if (Array.isArray(v)) return true;
  return typeof v === 'object' && v !== null && typeof (v as Iterable<unknown>)[Symbol.iterator] === 'function' && typeof (v as Generator).next === 'function';
}

/** graphology's attributes type (graphology-types' `Attributes`) */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Attributes = { [name: string]: any };

export interface MemberNode<N = Attributes> {
  key: string;
  attributes?: N;
}
export interface MemberEdge<E = Attributes> {
  key: string;
  source: string;
  target: string;
  attributes?: E;
  undirected?: true;
}

/** A graphology graph as the members of `graph.export()`, nodes and edges made one at a time. */
export interface GraphMembers<N = Attributes, E = Attributes> {
  options: { type: string; multi: boolean; allowSelfLoops: boolean };
  attributes: Attributes;
  nodes: Generator<MemberNode<N>>;
  edges: Generator<MemberEdge<E>>;
}

/**
 * What `graph.export()` gives, in the same order and with the same members per node and edge
 * (graphology's serializeNode/serializeEdge: `attributes` left out when empty, `undirected` only
 * in a mixed graph), but the attributes are the graph's own objects, not copies, and a node or
 * edge is made only when it is taken: writeJsonLines(file, graphMembers(graph)) writes the
 * bytes of writeJsonLines(file, graph.export()) without holding a second graph. `more`: edges
 * kept apart from the graph (kg build's MENTIONS: src/resolve/mentions.ts), given as if the
 * graph held them — merged in key order, so the graph's own edges must be in key order too (as
 * src/resolve/graph.ts adds them).
 */
export function graphMembers<N extends Attributes, E extends Attributes>(graph: Graph<N, E>, more: Iterable<MemberEdge<E>> | null = null): GraphMembers<N, E> {
  const some = (a: object) => {
    for (const _ in a) return true;
    return false;
  };
  return {
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    attributes: graph.getAttributes(),
    nodes: (function* () {
      for (const { node: key, attributes } of graph.nodeEntries()) yield some(attributes) ? { key, attributes } : { key };
    })(),
    edges: (function* () {
      const own = (function* () {
        for (const { edge: key, source, target, attributes, undirected } of graph.edgeEntries()) {
          const e: MemberEdge<E> = { key, source, target };
          if (some(attributes)) e.attributes = attributes;
          if (graph.type === 'mixed' && undirected) e.undirected = true;
          yield e;
        }
      })();
      yield* more ? mergeByKey(own, more) : own;
    })(),
  };
}

/** The lines of a file, read 1 MiB at a time (a line may be of any length), and the SHA-256 of its bytes. */
export function* fileLines(file: string, hash?: ReturnType<typeof createHash>): Generator<string> {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    let rest: Buffer[] = [];
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      const chunk = buf.subarray(0, n);
      hash?.update(chunk);
      let from = 0;
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, from)) {
        // a newline byte is never inside a UTF-8 sequence: cutting there cuts between characters
        yield Buffer.concat([...rest, chunk.subarray(from, i)]).toString('utf8');
        rest = [];
        from = i + 1;
      }
      if (from < n) rest.push(Buffer.from(chunk.subarray(from)));
    }
    if (rest.length) yield Buffer.concat(rest).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/** Larger than this, a graph.json not in the line layout is refused rather than read whole. */
export const WHOLE_FILE_LIMIT = 256 * 2 ** 20;

/**
 * Read a JSON object written by writeJsonLines, element by element; any other JSON object
 * (a graph.json written by hand or by an older kg build) up to WHOLE_FILE_LIMIT is read whole.
 * Returns the object and the build id of its bytes.
 */
export function readJsonLines(file: string): { value: Record<string, unknown>; build: string } {
  const hash = createHash('sha256');
  const lines = fileLines(file, hash);
  const first = lines.next();
  const bad = (why: string): never => {
    throw new InputError(file, `not JSON: ${why}`, 'UNDECODABLE');
  };
  if (first.done) bad('the file is empty');
  const head = first.value as string;
  if (!(head.startsWith('{') && head.endsWith('['))) {
    // not the line layout: the whole file, if it is not too large to be one string
    if (fs.statSync(file).size > WHOLE_FILE_LIMIT)
      bad(`${file} is larger than ${WHOLE_FILE_LIMIT / 2 ** 20} MiB and not written one element a line (kg build writes it so)`);
    const text = fs.readFileSync(file);
    try {
      const value = JSON.parse(text.toString('utf8'));
      if (!value || typeof value !== 'object' || Array.isArray(value)) bad('expected a JSON object');
      return { value, build: createHash('sha256').update(text).digest('hex').slice(0, 16) };
    } catch (err) {
      if (err instanceof InputError) throw err;
      return bad((err as Error).message);
    }
  }
  const value: Record<string, unknown> = {};
  const parse = (text: string, line: number): unknown => {
    try {
      return JSON.parse(text);
    } catch (err) {
      return bad(`line ${line}: ${(err as Error).message}`);
    }
  };
  /** `…,"name":[` (or the first line `{…,"name":[`): the scalar members before it, and the array's name */
  const openArray = (text: string, line: number): unknown[] => {
    const obj = parse(`{${text.replace(/^\{/, '')}]}`, line) as Record<string, unknown>;
    const keys = Object.keys(obj);
    for (const k of keys.slice(0, -1)) value[k] = obj[k];
    const arr: unknown[] = [];
    value[keys[keys.length - 1]] = arr;
    return arr;
  };
  let n = 1;
  let arr: unknown[] | null = openArray(head, n);
  for (const raw of lines) {
    n++;
    if (arr && !raw.startsWith(']')) {
      arr.push(parse(raw.endsWith(',') ? raw.slice(0, -1) : raw, n));
      continue;
    }
    // `]` ends the array; what follows is `,"next":[`, `,"key":value…}` or `}`
    let rest = arr ? raw.slice(1) : raw;
    arr = null;
    if (rest.endsWith('[')) {
      arr = openArray(rest.replace(/^,/, ''), n);
      continue;
    }
    rest = rest.replace(/^,/, '');
    if (rest && rest !== '}') Object.assign(value, parse(`{${rest.replace(/\}$/, '')}}`, n));
  }
  if (arr) bad('the file ends inside an array (cut short?)');
  return { value, build: hash.digest('hex').slice(0, 16) };
}
