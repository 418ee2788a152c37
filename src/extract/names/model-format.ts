// The committed model file (model.json): what training writes and the tagger reads.
//
// Weights are stored relative to tag O (O's emission weight subtracted from B, I and E, which
// leaves every path's ranking unchanged), one row per n-gram of a feature group (features.ts
// GROUPS) holding 3 weights per offset, quantized to 8-bit integers with a scale per group;
// keys and weights are base64 of little-endian typed arrays.

import { FEATURE_SPEC, GROUPS, Lexicon, TAG_COUNT } from './features';

export const MODEL_FORMAT = 'news-kg/person-names@3';

export interface NameModelJson {
  format: typeof MODEL_FORMAT;
  /** FEATURE_SPEC of the code that trained it; a mismatch means a stale model */
  featureSpec: string;
  /** 16 transition weights prev * 4 + next, and 4 start weights (tag order O B I E) */
  trans: number[];
  start: number[];
  /** the CJK characters training saw, and their profile / foreignness codes (base64 Int8Array) */
  chars: string;
  profile: string;
  foreign: string;
  /** place and organization words of the training days, '|'-separated (features.ts Lexicon) */
  lexicon: string;
  /** one per GROUPS entry: integer weight / scale = real weight */
  groups: { scale: number; keys: string; weights: string }[];
  /** score of a span = 1 / (1 + exp(-(a * margin + b))), fitted on held-out training days */
  calibration: { a: number; b: number };
  /** how it was trained (corpus, days, epochs, counts) — for the record */
  trainedOn: Record<string, unknown>;
}

export interface DecodedGroup {
  keys: Uint32Array;
  /** offsets.length * 3 per key, already divided by the scale */
  weights: Float32Array;
}

export interface DecodedModel {
  groups: DecodedGroup[];
  trans: Float64Array;
  start: Float64Array;
  /** normalized code → profile / foreignness code, for the characters training saw */
  profile: Map<number, number>;
  foreign: Map<number, number>;
  lexicon: Lexicon;
  calibration: { a: number; b: number };
}

export function encodeUint32(a: Uint32Array): string {
  const b = Buffer.alloc(a.length * 4);
  for (let i = 0; i < a.length; i++) b.writeUInt32LE(a[i]!, i * 4);
  return b.toString('base64');
}

export function encodeInt8(a: Int8Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** little-endian 32-bit words of `b` (a copy: a Buffer from base64 need not be 4-byte aligned) */
function uint32LE(b: Buffer): Uint32Array {
  if (LITTLE_ENDIAN) return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length - (b.length % 4)));
  const out = new Uint32Array(b.length >>> 2);
  for (let i = 0; i < out.length; i++) out[i] = b.readUInt32LE(i * 4);
  return out;
}

function bad(what: string): never {
  throw new Error(`person-name model: ${what}; run npm run train:names`);
}

export function decodeModel(m: NameModelJson): DecodedModel {
  if (m.format !== MODEL_FORMAT) bad(`format "${m.format}", expected "${MODEL_FORMAT}"`);
  if (m.featureSpec !== FEATURE_SPEC) bad(`trained with features "${m.featureSpec}", code has "${FEATURE_SPEC}"`);
  if (m.groups.length !== GROUPS.length) bad('wrong number of feature groups');
  if (m.trans.length !== TAG_COUNT * TAG_COUNT || m.start.length !== TAG_COUNT) bad('bad transition table');
  // typed-array views rather than a Buffer read per value: this runs once per process and
  // thread, before V8 has compiled anything, and the per-value reads were most of it
  const groups = m.groups.map((g, gi) => {
    const kb = Buffer.from(g.keys, 'base64');
    const wb = Buffer.from(g.weights, 'base64');
    const keys = uint32LE(kb);
    const width = GROUPS[gi]!.offsets.length * 3;
    if (wb.length !== keys.length * width) bad(`group ${gi}: keys and weights differ in length`);
    const w8 = new Int8Array(wb.buffer, wb.byteOffset, wb.length);
    const weights = new Float32Array(wb.length);
    const inv = 1 / g.scale;
    for (let i = 0; i < w8.length; i++) weights[i] = w8[i]! * inv;
    return { keys, weights };
  });
  const pb = Buffer.from(m.profile, 'base64');
  const fb = Buffer.from(m.foreign, 'base64');
  if (pb.length !== m.chars.length || fb.length !== m.chars.length) bad('character table lengths differ');
  const profile = new Map<number, number>();
  const foreign = new Map<number, number>();
  const p8 = new Int8Array(pb.buffer, pb.byteOffset, pb.length);
  const f8 = new Int8Array(fb.buffer, fb.byteOffset, fb.length);
  for (let i = 0; i < m.chars.length; i++) {
    profile.set(m.chars.charCodeAt(i), p8[i]!);
    foreign.set(m.chars.charCodeAt(i), f8[i]!);
  }
  return {
    groups,
    trans: Float64Array.from(m.trans),
    start: Float64Array.from(m.start),
    profile,
    foreign,
    lexicon: new Lexicon(m.lexicon ? m.lexicon.split('|') : []),
    calibration: m.calibration,
  };
}
