// The PFR People's Daily corpus (January 1998, words tagged by hand) read as plain articles
// with the offsets of their person names — the training and evaluation data of the name
// tagger. Pure: takes the file's text, returns articles.
//
// It rebuilds each article exactly as ../shared/eval/pfr.mjs exports it (paragraphs joined by
// '\n', a final '\n', a space put back between two names in a row as a byline had it) and its
// gold names by the same rule: a name is a run of `nr` words (江/nr 泽民/nr → 江泽民),
// closed after the given name; a one-character run (a bare surname: 江/nr 主席/n) is no name.

const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙',
  '宇文', '司徒', '夏侯', '轩辕', '令狐', '端木', '西门', '南宫', '独孤', '申屠',
]);
const isSurnameWord = (w: string): boolean => w.length === 1 || COMPOUND_SURNAMES.has(w);

export interface NameOffset {
  start: number;
  end: number;
  name: string;
  /** tagged as one word (罗宾·库克/nr, 桥本/nr), not surname + given name (江/nr 泽民/nr): a transliterated name */
  foreign: boolean;
}

export interface PfrArticle {
  /** YYYYMMDD-PP-AAA */
  id: string;
  /** day of the month, 1–31 */
  day: number;
  /** headline, then one paragraph a line, '\n' at the end */
  text: string;
  /** every occurrence of a gold name (two characters or more), in text order */
  names: NameOffset[];
  /** the words tagged as places (ns) and organizations (nt), two characters or more */
  placeWords: string[];
}

/** Reads the whole corpus file's text into articles, in file order. */
export function parsePfr(corpusText: string): PfrArticle[] {
  const byId = new Map<string, { id: string; day: number; paragraphs: { text: string; names: NameOffset[] }[]; placeWords: string[] }>();
  for (const raw of corpusText.split(/\r*\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const tokens = line.split(/\s+/);
    const id = tokens.shift()!.replace(/\/m$/, '');
    const [date = '', page, art] = id.split('-');
    const key = `${date}-${page}-${art}`;
    let words = '';
    const names: NameOffset[] = [];
    let name = '';
    let nameStart = 0;
    let parts = 0;
    let lastWasName = false;
    const placeWords: string[] = [];
    const close = (): void => {
      if (name.length > 1) names.push({ start: nameStart, end: nameStart + name.length, name, foreign: parts === 1 });
      if (name) lastWasName = true;
      name = '';
      parts = 0;
    };
    for (const tok of tokens) {
      const m = /^\[?(.+?)\/([a-zA-Z]+)\]?([a-z]+)?$/.exec(tok);
      if (!m) continue;
      const word = m[1]!;
      const tag = m[2]!;
      if (tag !== 'nr') {
        if ((tag === 'ns' || tag === 'nt') && word.length > 1) placeWords.push(word);
        close();
        lastWasName = false;
        words += word;
        continue;
      }
      if (parts === 0 && lastWasName) words += ' ';
      if (parts === 0) nameStart = words.length;
      words += word;
      name += word;
      parts++;
      if ((parts === 1 && !isSurnameWord(word)) || parts === 2) close();
    }
    close();
    let a = byId.get(key);
    if (!a) {
      a = { id: key, day: Number(date.slice(6, 8)), paragraphs: [], placeWords: [] };
      byId.set(key, a);
    }
    a.paragraphs.push({ text: words, names });
    a.placeWords.push(...placeWords);
  }
  const out: PfrArticle[] = [];
  for (const a of byId.values()) {
    let text = '';
    const names: NameOffset[] = [];
    for (const p of a.paragraphs) {
      for (const n of p.names) names.push({ ...n, start: n.start + text.length, end: n.end + text.length });
      text += p.text + '\n';
    }
    out.push({ id: a.id, day: a.day, text, names, placeWords: [...new Set(a.placeWords)] });
  }
  return out;
}

/** Days 21–31 are the held-out test set: nothing may be learned or tuned on them. */
export const LAST_TRAINING_DAY = 20;

/** Throws unless the range lies within the training days 1–20. */
export function checkTrainingDays(range: { from: number; to: number }): void {
  if (range.to > LAST_TRAINING_DAY) {
    throw new RangeError(`days ${range.from}-${range.to} include test days; training and tuning may use days 1-${LAST_TRAINING_DAY} only`);
  }
}

/** Parses "1-20" or "7" into an inclusive day range. */
export function parseDayRange(spec: string): { from: number; to: number } {
  const m = /^(\d{1,2})(?:-(\d{1,2}))?$/.exec(spec.trim());
  if (!m) throw new RangeError(`day range "${spec}": expected D or D-D, e.g. 1-20`);
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from < 1 || to > 31 || from > to) throw new RangeError(`day range "${spec}": days must satisfy 1 ≤ from ≤ to ≤ 31`);
  return { from, to };
}

export function articlesOfDays(articles: PfrArticle[], range: { from: number; to: number }): PfrArticle[] {
  return articles.filter((a) => a.day >= range.from && a.day <= range.to);
}

/**
 * PFR tags a doctrine named after people as one word (邓小平理论/n, 马克思主义/n,
 * 毛泽东思想/n), so a tagger trained on it learns to leave the names inside; the NER corpus
 * and the project's spec count them as persons. Marks, in each article, a name of the
 * training articles themselves that stands right before 理论/思想/主义 (also two in a row:
 * 马克思列宁主义) and is not yet a gold name there. Returns new articles.
 */
export function markDoctrineNames(articles: PfrArticle[]): PfrArticle[] {
  const known = new Map<string, boolean>(); // name → transliterated
  for (const a of articles) for (const n of a.names) known.set(n.name, n.foreign);
  const nameEndingAt = (text: string, end: number): number => {
    for (let len = 4; len >= 2; len--) if (end - len >= 0 && known.has(text.slice(end - len, end))) return end - len;
    return -1;
  };
  return articles.map((a) => {
    const taken = new Uint8Array(a.text.length);
    for (const n of a.names) taken.fill(1, n.start, n.end);
    const added: NameOffset[] = [];
    for (const m of a.text.matchAll(/理论|思想|主义/g)) {
      let end = m.index;
      for (let k = 0; k < 2; k++) {
        const start = nameEndingAt(a.text, end);
        if (start < 0 || taken.subarray(start, end).some((x) => x)) break;
        const name = a.text.slice(start, end);
        added.push({ start, end, name, foreign: known.get(name)! });
        taken.fill(1, start, end);
        end = start;
      }
    }
    if (!added.length) return a;
    return { ...a, names: [...a.names, ...added].sort((x, y) => x.start - y.start) };
  });
}
