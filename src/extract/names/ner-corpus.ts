// The People's Daily NER corpus (../shared/corpora/people-daily-ner: one character a line,
// `<char> <tag>` with BIO tags B-PER/I-PER/B-LOC/…, a blank line between sentences) read as
// sentences with the offsets of their person names. Its `example.dev` is training data of
// the name tagger; `example.test` is only ever scored (scripts/eval-ner.ts). Pure.

import { InputError } from '../../errors';

export interface NerSentence {
  /** 1-based line of the sentence's first character in the file */
  line: number;
  text: string;
  /** PER spans [start, end) in `text` */
  persons: { start: number; end: number; name: string }[];
  /** LOC and ORG words of two characters or more (for the tagger's place lexicon) */
  placeWords: string[];
}

/** Reads the file's text; `file` names it in the error a malformed line raises. */
export function parseNer(fileText: string, file: string): NerSentence[] {
  const out: NerSentence[] = [];
  let cur: { line: number; chars: string[]; tags: string[] } | null = null;
  const flush = (): void => {
    if (cur && cur.chars.length) out.push(toSentence(cur.line, cur.chars, cur.tags));
    cur = null;
  };
  const lines = fileText.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.replace(/\r$/, '');
    if (l.trim() === '') {
      flush();
      continue;
    }
    // the character may itself be a space-like symbol: the tag is after the last space
    const sp = l.lastIndexOf(' ');
    const tag = sp > 0 ? l.slice(sp + 1) : '';
    const ch = sp > 0 ? l.slice(0, sp) : '';
    if (!/^(?:O|[BI]-(?:PER|LOC|ORG))$/.test(tag) || [...ch].length !== 1) {
      throw new InputError(file, `line ${i + 1}: expected "<character> <O|B-PER|I-PER|B-LOC|I-LOC|B-ORG|I-ORG>", got "${l.slice(0, 40)}"`);
    }
    cur ??= { line: i + 1, chars: [], tags: [] };
    cur.chars.push(ch);
    cur.tags.push(tag);
  }
  flush();
  return out;
}

function toSentence(line: number, chars: string[], tags: string[]): NerSentence {
  const persons: NerSentence['persons'] = [];
  const placeWords: string[] = [];
  let text = '';
  let spanStart = -1;
  let spanType = '';
  const close = (end: number): void => {
    if (spanStart >= 0) {
      const w = text.slice(spanStart, end);
      if (spanType === 'PER') persons.push({ start: spanStart, end, name: w });
      else if (w.length > 1) placeWords.push(w);
    }
    spanStart = -1;
  };
  for (let k = 0; k < chars.length; k++) {
    const tag = tags[k]!;
    const type = tag.slice(2);
    // an I- after O or after another type starts a span, as the usual conlleval reading does
    if (tag === 'O') close(text.length);
    else if (tag.startsWith('B-') || type !== spanType || spanStart < 0) {
      close(text.length);
      spanStart = text.length;
      spanType = type;
    }
    text += chars[k];
  }
  close(text.length);
  return { line, text, persons, placeWords };
}

/** The file name of the NER test split: scored only, never trained or tuned on. */
export const NER_TEST_FILE = 'example.test';

/** Throws when `file` is the NER test split (training and tuning may use example.dev only). */
export function checkNerTrainingFile(file: string): void {
  const base = file.replace(/\\/g, '/').split('/').pop() ?? '';
  if (base === NER_TEST_FILE) {
    throw new RangeError(`${file}: the NER test split is held out; training and tuning may use example.dev only`);
  }
}

const SURNAME_START = /^(?:欧阳|司马|诸葛|上官|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|端木|西门|南宫|独孤|申屠)/;

/**
 * The sentences as training articles of the tagger (one article each: the NER file has no
 * documents). A name of one character (胡 of 胡老, 汤 of 汤杯) is not a name to the tagger,
 * whose names have two characters or more. The corpus does not say which names are
 * transliterated: a `·`, or four characters or more without a compound surname, says so.
 */
export function nerTrainArticles(sentences: NerSentence[]): { text: string; names: { start: number; end: number; foreign: boolean }[]; placeWords: string[] }[] {
  return sentences.map((s) => ({
    text: s.text + '\n',
    names: s.persons
      .filter((p) => p.end - p.start >= 2)
      .map((p) => ({ start: p.start, end: p.end, foreign: /[·•・]/.test(p.name) || (p.name.length >= 4 && !SURNAME_START.test(p.name)) })),
    placeWords: s.placeWords,
  }));
}
