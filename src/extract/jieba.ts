// nodejieba as a signal: word boundaries and POS tags around a candidate span, with a user
// dictionary of the genre's posts and body suffixes so that `副省长曹志强` is cut as
// 副省长 / 曹志强. Loaded once, on first use; called only where a rule needs it.
import nodejieba from 'nodejieba';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TITLE_HEADS, ORG_SUFFIXES, GROUP_CUES } from './lexicon';

let loaded = false;

/** The user dictionary: posts as nouns (n), body suffixes of two or more characters as nt. */
export function userDictionary(): string {
  const lines = new Set<string>();
  for (const t of TITLE_HEADS) lines.add(`${t} 20000 n`);
  for (const g of GROUP_CUES) lines.add(`${g} 20000 n`);
  for (const o of ORG_SUFFIXES) if (o.length >= 2) lines.add(`${o} 20000 nt`);
  return [...lines].join('\n') + '\n';
}

function load(): void {
  if (loaded) return;
  // a folder of its own: worker threads share the pid, and one must not delete the file
  // another is still loading
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-kg-jieba-'));
  const file = path.join(dir, 'user.dict');
  try {
    fs.writeFileSync(file, userDictionary());
    nodejieba.load({ userDict: file });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  loaded = true;
}

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** Tokens of `text` with their offsets. */
export function tokens(text: string): Token[] {
  load();
  const out: Token[] = [];
  let at = 0;
  for (const { word, tag } of nodejieba.tag(text)) {
    const k = text.indexOf(word, at);
    const start = k === -1 ? at : k;
    out.push({ word, tag, start, end: start + word.length });
    at = start + word.length;
  }
  return out;
}

/**
 * Does the segmenter read the span [start, end) of `text` as part of a place or a body?
 * A name does not begin inside one (`在长沙顺利下线` is not 沙顺利). Measured on PFR days
 * 1–20: this rejects false names only; the other boundary rules tried (a name ending inside
 * a noun, a name ending on a noun of its own) rejected more true names than false ones.
 */
export function crossesWords(text: string, start: number, end: number): boolean {
  // after punctuation, a space or the start of the text no word can run into the span
  if (start === 0 || !/[\u3400-\u9fff]/.test(text[start - 1])) return false;
  const lo = Math.max(0, start - 6);
  const toks = tokens(text.slice(lo, Math.min(text.length, end + 6)));
  const s = start - lo;
  return toks.some((t) => t.start < s && s < t.end && /^(?:ns|nt)$/.test(t.tag));
}

/** Is `s` one dictionary word that is not a name (`国家` before 主席 is not a person)? */
export function isCommonWord(s: string): boolean {
  const t = tokens(s);
  return t.length === 1 && !/^(?:nr|nrfg|nrt|x)$/.test(t[0].tag);
}
