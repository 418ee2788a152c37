// Evidence recovered from offsets: the sentence of an article's text around a place in it.

import type { Evidence } from '../model';
import { escapeRegExp } from '../extract/text';

const SENTENCE_END = new Set([...'。！？!?；;']);
const CLOSERS = new Set([...'”’」』)）']);

/** The sentence holding text[start, end): from after the previous sentence end or line break to its own end. */
export function sentenceAround(text: string, start: number, end: number): Evidence {
  let s = start;
  while (s > 0 && text[s - 1] !== '\n' && !SENTENCE_END.has(text[s - 1])) s--;
  let e = Math.max(end, start);
  while (e < text.length && text[e] !== '\n' && !SENTENCE_END.has(text[e])) e++;
  if (e < text.length && SENTENCE_END.has(text[e])) e++;
  // closing quotes belong to the sentence they close
  while (e < text.length && CLOSERS.has(text[e])) e++;
  while (s < e && /\s/.test(text[s])) s++;
  return { text: text.slice(s, e), start: s, end: e };
}

const patternCache = new Map<string, RegExp>();

/**
 * Where a name (a normal form: quotes, spaces and 《》 removed) is written in a text, which
 * may still hold those marks between its characters (“智赋万企”行动). -1 when absent.
 */
export function findName(text: string, name: string): { start: number; end: number } | null {
  if (!name) return null;
  const i = text.indexOf(name);
  if (i >= 0) return { start: i, end: i + name.length };
  let re = patternCache.get(name);
  if (!re) {
    const gap = '[\\s“”‘’"\'「」『』《》〈〉]*';
    re = new RegExp([...name].map(escapeRegExp).join(gap));
    if (patternCache.size > 50000) patternCache.clear();
    patternCache.set(name, re);
  }
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
