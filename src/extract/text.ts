// Small pure helpers over article text: sentences with offsets, name shapes, spans.
import { SURNAMES_1, SURNAMES_2, NOT_IN_NAME, AFTER_NAME, HELD_AFTER_NAME, TIBETAN_NAME_PARTS, NAME_DOTS, countryAt } from './lexicon';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
}

/** Sentences end at 。！？ (and a closing quote after them), at ； and at line breaks. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？!?\n]*(?:[。！？!?]+[”’」』]?|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      if (re.lastIndex > text.length) break;
      continue;
    }
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && SPACE_UNITS.has(text.charCodeAt(start))) start++;
    while (end > start && SPACE_UNITS.has(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

/**
 * The matches of a global expression in `text`, as `[...text.matchAll(re)]` gives them (from
 * re.lastIndex, which it leaves as it was), without the copy of the expression matchAll makes on
 * every call: run on each sentence, that copy was nine tenths of a scan that finds nothing
 * (≈ 260 against 26 ns).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches: ${re} has no g flag`);
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m; (m = re.exec(text)) !== null; ) {
    out.push(m);
    // (past an empty match, as matchAll steps: a code point with the u flag, else a unit)
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = from;
  return out;
}

/** The middle dot that joins a transliterated name's parts, in any of its printed forms (NAME_DOTS). */
export const NAME_DOT = new RegExp(`[${NAME_DOTS}]`);
/** A name of parts joined by middle dots, whole (`阿卡拉·莫尼`). */
const DOTTED_NAME = new RegExp(`^[\\u3400-\\u9fff]{1,6}(?:[${NAME_DOTS}][\\u3400-\\u9fff]{1,8}){1,3}$`);
/** A name of parts joined by middle dots at a text's start, no part holding the 和/与/及 that joins a second name or 的. */
const DOTTED_NAME_AT = new RegExp(`^[\\u3400-\\u9fff]{1,6}(?:[${NAME_DOTS}](?:(?![和与及的])[\\u3400-\\u9fff]){1,8}){1,3}`);
export const hasNameDot = (s: string): boolean => NAME_DOT.test(s);
/** Where the last middle dot of `s` stands, or -1. */
export function lastNameDot(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (NAME_DOT_UNITS.has(s.charCodeAt(i))) return i;
  return -1;
}

/** Is a UTF-16 unit a CJK ideograph (U+3400–U+9FFF)? */
export const isCjkUnit = (u: number): boolean => u >= 0x3400 && u <= 0x9fff;
/** Does `c` (a character, as the rules pass it) hold a CJK ideograph (`/[\u3400-\u9fff]/`)? */
export const isCjk = (c: string | undefined): boolean => {
  if (!c) return false;
  for (let k = 0; k < c.length; k++) if (isCjkUnit(c.charCodeAt(k))) return true;
  return false;
};

/**
 * Int32 words of a bit set over the UTF-16 units (8 KB): the scans of every sentence ask one for
 * each character, and seven scans' tables of a byte or two a unit (64–128 KB each) did not stay in
 * a 48 KB L1 cache beside the rest of the extractor.
 */
const UNIT_WORDS = 0x10000 >>> 5;
/** the bit of unit c in its word (c >>> 5) of such a set */
const unitBit = (c: number): number => 1 << (c & 31);

/**
 * Characters (UTF-16 units) as a bit set: asked by a unit's code, with no string of one
 * character made (a CJK character's is allocated afresh each time) and hashed for a Set.
 */
export class UnitSet {
  private readonly bits = new Int32Array(UNIT_WORDS);

  constructor(chars: Iterable<string>) {
    for (const c of chars) {
      if (c.length !== 1) throw new RangeError(`UnitSet: ${c} is not one UTF-16 unit`);
      const u = c.charCodeAt(0);
      this.bits[u >>> 5]! |= unitBit(u);
    }
  }

  has(u: number): boolean {
    return (this.bits[u >>> 5]! & unitBit(u)) !== 0;
  }

  /** The units a class of single characters matches alone (`/\s/`), read from the expression itself: 65,536 tests, once. */
  static matching(re: RegExp): UnitSet {
    const chars: string[] = [];
    for (let u = 0; u < 0x10000; u++) if (re.test(String.fromCharCode(u))) chars.push(String.fromCharCode(u));
    return new UnitSet(chars);
  }
}

// (the walks of every sentence and every name ask these of each character they pass: a string of one
// character made for a regular expression's test was most of such a step)
/** what `/\s/` matches: sentences trims them off */
const SPACE_UNITS = UnitSet.matching(/\s/);
const NAME_DOT_UNITS = new UnitSet(NAME_DOTS);

/** Is every unit of `s` a CJK ideograph (U+3400–U+9FFF), `s` of `min` to `max` of them? (`/^[\u3400-\u9fff]{min,max}$/`) */
function ideographs(s: string, min: number, max: number): boolean {
  if (s.length < min || s.length > max) return false;
  for (let k = 0; k < s.length; k++) {
    const u = s.charCodeAt(k);
    if (u < 0x3400 || u > 0x9fff) return false;
  }
  return true;
}

// nameShape's sets by unit: it runs on every candidate a rule reads (144,000 calls a pass over
// January 1998), and the one-character strings and Set look-ups were most of its time
const SURNAME_1_UNITS = new UnitSet(SURNAMES_1);
const SURNAME_2_FIRST_UNITS = new UnitSet(Array.from(SURNAMES_2, (s) => s[0]!));
const NOT_IN_NAME_UNITS = new UnitSet(NOT_IN_NAME);
/** Posts of two characters that a surname before them makes no name (`王书记`, `由总统` of `…负责人由总统与…协商`). */
const POSTS_AS_GIVEN = new Set(['总统', '总理', '主席', '书记', '部长', '省长', '市长', '县长', '区长', '局长', '院长', '校长', '首相', '议长', '主任']);

/** Does `s` look like a Chinese personal name (surname + 1–2 characters), a Tibetan one of two parts, or a foreign one with `·`? */
export function nameShape(s: string): boolean {
  // (a dotted name holds a dot, which is no ideograph: where s is 2–4 ideographs it is none)
  if (!ideographs(s, 2, 4)) return DOTTED_NAME.test(s);
  // a Tibetan name of two parts (`白玛旺堆`, `扎西达娃`)
  if (s.length === 4 && TIBETAN_NAME_PARTS.has(s.slice(0, 2)) && TIBETAN_NAME_PARTS.has(s.slice(2))) return true;
  const compound = SURNAME_2_FIRST_UNITS.has(s.charCodeAt(0)) && SURNAMES_2.has(s.slice(0, 2));
  if (!compound && !SURNAME_1_UNITS.has(s.charCodeAt(0))) return false;
  if (!compound && s.length === 4) return false;
  // the given name: at least one character, none that no name holds, and no post (`由总统`, `王书记`: a surname and a post)
  const given = compound ? 2 : 1;
  if (s.length - given === 2 && POSTS_AS_GIVEN.has(s.slice(given))) return false;
  for (let k = given; k < s.length; k++) if (NOT_IN_NAME_UNITS.has(s.charCodeAt(k))) return false;
  return s.length > given;
}

/** Verbs that follow a name closely and seldom end one (`丛斌作`, `李某在`). */
export const VERB_AFTER_NAME = new Set(['作', '做', '在', '到', '向', '对', '将', '说', '是', '也', '还', '又', '都', '率', '赴', '因', '互', '称']);

/**
 * Whether a name ends at `end` rather than one character later because a word of the genre of
 * two characters starts there and only one of one character after it: `省长王浩陪同下` is 王浩 +
 * 陪同, not 王浩陪 + 同 (but `李克强调研` is 李克强 + 调研, a word of two after the third).
 */
export function verbSplitAt(text: string, end: number): boolean {
  // (the word of one must be one: 同 of 同志 and 说 of 说道 are none, AFTER_NAME reading 同 and 说 first — `陆定一同志` stays 陆定一)
  return (AFTER_NAME.exec(text.slice(end))?.[0].length ?? 0) >= 2 && AFTER_NAME.exec(text.slice(end + 1))?.[0].length === 1 && !/^(?:同志|说道)/.test(text.slice(end + 1));
}

/** What follows a country's name where it opens a post or a state's name (`圣马力诺|共和国外交部长`, `某国|总统`). */
const STATE_AFTER_COUNTRY = /^(?:共和国|王国|联邦|大公国|公国|总统|副总统|总理|首相|外长|外交|国王|议长|政府|驻)/;

/** A clause of 在 running up to a name (`在会见…特使`): a 时 right after the name closes it. */
export const IN_CLAUSE_BEFORE = /在[^，。；]{1,40}$/;
/**
 * Whether the 时 at `at` closes a clause of 在 whose object is the name starting at `start` (`在会见…行政长官贺一诚时表示`,
 * `在会见英国首相特雷莎·梅时，`): the clause's end, no character of the name.
 */
export function closesClauseAt(text: string, start: number, at: number): boolean {
  return text[at] === '时' && /^时(?:[，,]|表示|说|指出|强调|称)/.test(text.slice(at, at + 3)) && IN_CLAUSE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * Read a name starting at `i`: the longest of 3, 2, 4 characters (or a `·` name) whose
 * shape is a name and after which the text goes on as it does after names.
 */

export function readName(text: string, i: number): string | null {
  // a foreign name (`桑福·威尔一行`): the shortest last part after which the text goes on as after a name
  // (no part holds the 和/与/及 that joins a second name: `执政官路易吉·马扎和马里诺·扎诺蒂` are two)
  const foreign = DOTTED_NAME_AT.exec(text.slice(i, i + 30));
  if (foreign) {
    const lastDot = lastNameDot(foreign[0]);
    // the shortest last part after which the text goes on as after a name
    // a last part of one character only before punctuation or a word that opens the clause's predicate (`赛福鼎·艾则孜` is
    // not 赛福鼎·艾 + 则孜)
    // (or before a day: `伊姆兰·汗当天在…表示`, `特雷莎·梅同一天表示`, or the talks held: `同…总理约翰·基举行会谈`, or his wife: `约翰·基和夫人`,
    // or a cause: `…·汗因涉嫌`, or a verb of speech or of the telephone: `伊姆兰·汗通电话`, `伊姆兰·汗表示`)
    if (closesClauseAt(text, i, i + lastDot + 2)) return foreign[0].slice(0, lastDot + 2);
    if (/^[、，,。；：:！？\s（(）)]|^(?:当天|当日|今天|昨天|日前|近日|同一|同日|举行|会见|会谈|和夫|夫妇|因[涉病故犯]|通电?话|表示|指出|强调|宣布|说|称(?![为作号])|签署|发表|致电|出席|主持|抵达|访(?=[\u4e00-\u9fff])|支持|的|开会|讲话|发言|访问|对(?=[^，。；]{0,8}?(?:进行|访问))|在(?![^，。；]{0,3}[·•・‧])|同|向|将|于(?=\d|[一二三四五六七八九十今昨本])|率)/.test(text.slice(i + lastDot + 2, i + lastDot + 14))) return foreign[0].slice(0, lastDot + 2);
    for (let end = lastDot + 3; end <= foreign[0].length; end++) {
      if (closesClauseAt(text, i, i + end)) return foreign[0].slice(0, end);
      const rest = text.slice(i + end);
      const word = AFTER_NAME.exec(rest)?.[0];
      // (阿不都, a Uyghur name's part, holds the 都 the genre reads as an adverb: `努尔兰·阿不都满金` is not 努尔兰·阿不 + 都)
      if (word === '都' && foreign[0].endsWith('阿不', end)) continue;
      // (the name ends before his couple or his wife: `希克迈特·赫朱夫妇出席`, and before the post he takes: `…杰尼斯·什米加尔出任新总理`)
      if (word !== undefined || HELD_AFTER_NAME.test(rest) || /^(?:夫妇|和?夫人|出任|接任|就任|继任|当选)/.test(rest)) return foreign[0].slice(0, end);
      // (and before the next country's post in a list the press wrote without 、: `…外交部长兰贝托·迪尼圣马力诺共和国外交部长…`)
      // (a last part of transliteration only: not `巴沙尔·阿萨德转交了|阿联酋总统…`)
      const country = countryAt(rest, 0);
      if (country > 0 && STATE_AFTER_COUNTRY.test(rest.slice(country)) && ![...foreign[0].slice(lastDot + 1, end)].some((c) => NOT_IN_NAME.has(c))) return foreign[0].slice(0, end);
    }
  }
  for (const len of [3, 2, 4]) {
    const cand = text.slice(i, i + len);
    if (cand.length < len || !nameShape(cand)) continue;
    const rest = text.slice(i + len);
    // (the 第 of an ordinal after a name of two is none of it: `王明第一时间赶到`)
    if (len === 3 && cand[2] === '第' && /^[一二三四五六七八九十\d]/.test(rest) && nameShape(cand.slice(0, 2))) return cand.slice(0, 2);
    // (the 时 that closes a clause of 在 the name is the object of: `在会见…行政长官贺一诚时表示`)
    if (len >= 3 && closesClauseAt(text, i, i + len)) return cand;
    if (rest !== '' && !AFTER_NAME.test(rest)) continue;
    // (a seat taken is no given name: `主席台执行主席席就座` holds no 席就座)
    if (len === 3 && /^(?:就座|入座)$/.test(cand.slice(1))) continue;
    // `丛斌作的报告`, `尹力发了言`: a verb after a two-character name, not a third character of it (and the 致 of a letter
    // sent, `王明致慰问电`, AFTER_NAME reading 致 only before one)
    if (len === 3 && (VERB_AFTER_NAME.has(cand[2]) || cand[2] === '致' || /^(?:发了?言|讲了?话)/.test(text.slice(i + 2))) && nameShape(cand.slice(0, 2)) && AFTER_NAME.test(text.slice(i + 2))) return cand.slice(0, 2);
    // (nor 已 or 也, an adverb no given name holds, before the verb: `副厅长蒋俊已率领…`)
    if (len === 3 && /[已也]/.test(cand[2]!) && nameShape(cand.slice(0, 2)) && AFTER_NAME.test(text.slice(i + 3))) return cand.slice(0, 2);
    if (len === 3 && nameShape(cand.slice(0, 2)) && verbSplitAt(text, i + 2)) return cand.slice(0, 2);
    // the 时 that closes a clause of 在 the name is the object of (`在会见…特使王明时表示`), not his third character
    if (len === 3 && cand[2] === '时' && nameShape(cand.slice(0, 2)) && IN_CLAUSE_BEFORE.test(text.slice(Math.max(0, i - 40), i))) return cand.slice(0, 2);
    return cand;
  }
  return null;
}

/** `s` as a literal inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** CJK ideographs alone, which NFKC leaves as they are and the removals below do not touch: most names, returned at once. */
const PLAIN_CJK = /^[\u4e00-\u9fff]+$/;

/** The normal form of a name (extraction.md): no spaces, no quote marks, no 《》. */
export function normName(s: string): string {
  if (PLAIN_CJK.test(s)) return s;
  // (and a summary box's bullet: `■中央八项规定`)
  return s.normalize('NFKC').replace(/\s+/g, '').replace(/[“”"‘’'「」『』《》〈〉]/g, '').replace(/^[■□●◆▲▶]+/, '');
}

/**
 * A global scan for an alternation of words (each perhaps guarded by a lookahead after it),
 * tried only where one of the words starts: a RegExp's own `g` scan tries every alternative at
 * every character (17–23 ms a pass over January 1998 for the post, meeting and body heads each).
 * And where one starts, only the alternatives that start with that character are tried, in
 * their order in the source (the first of them that matches is the alternation's match): the
 * meeting heads are a hundred alternatives, and the one expression of them all tried each at
 * every 会 and 大. The same matches, by the same `exec` and `lastIndex` as a `g` RegExp's.
 */
export class WordScan {
  lastIndex = 0;
  /** a bit per UTF-16 unit an alternative starts with (unitBit): the scan reads 8 KB, not `group`'s 128 KB */
  private readonly starts = new Int32Array(UNIT_WORDS);
  /** by UTF-16 unit: 0 where no alternative starts, else 1 + the index in `sticky` of those that do */
  private readonly group = new Uint16Array(0x10000);
  /** for each character alternatives start with, a sticky expression of them */
  private readonly sticky: RegExp[] = [];
  /**
   * A bit per hash of each pair of units an alternative starts with (secondUnit), and by unit
   * whether an alternative starting with it has no second unit known: a start whose next unit
   * begins none is passed by without the sticky expression (≈ 0.1 µs a try; 536,000 tries a pass
   * of January 1998 at the first units of the posts, meetings and bodies → 64,000).
   */
  private readonly pairBits = new Int32Array(1 << (WORD_PAIR_BITS - 5));
  private readonly anySecond = new Uint8Array(0x10000);

  /** `source` matches only where one of `words` starts: an alternation of them, with guards, and no capturing group */
  constructor(words: readonly string[], source: string) {
    const first = new Set<number>();
    for (const w of words) {
      if (w.length === 0) throw new RangeError('WordScan: an empty word');
      first.add(w.charCodeAt(0));
    }
    const byFirst = new Map<number, string[]>();
    for (const alt of alternatives(source)) {
      const c = firstUnit(alt);
      if (!first.has(c)) throw new RangeError(`WordScan: ${alt} starts with none of the words`);
      const c2 = secondUnit(alt);
      if (c2 < 0) this.anySecond[c] = 1;
      else {
        const bit = wordPairBit(c, c2);
        this.pairBits[bit >>> 5]! |= 1 << (bit & 31);
      }
      const list = byFirst.get(c);
      if (list) list.push(alt);
      else byFirst.set(c, [alt]);
    }
    for (const [c, alts] of byFirst) {
      this.sticky.push(new RegExp(`(?:${alts.join('|')})`, 'y'));
      this.group[c] = this.sticky.length;
      this.starts[c >>> 5]! |= unitBit(c);
    }
  }

  exec(text: string): RegExpExecArray | null {
    const { starts, group, anySecond, pairBits } = this;
    for (let k = this.lastIndex; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if ((starts[c >>> 5]! & unitBit(c)) === 0) continue;
      const g = group[c]!;
      if (anySecond[c] === 0) {
        // (past the end the next unit is NaN, which the hash reads as 0: a try too many at most)
        const bit = wordPairBit(c, text.charCodeAt(k + 1));
        if ((pairBits[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      }
      const re = this.sticky[g - 1]!;
      re.lastIndex = k;
      const m = re.exec(text);
      if (m !== null) {
        this.lastIndex = k + m[0].length;
        return m;
      }
    }
    this.lastIndex = 0;
    return null;
  }
}

/** bits of WordScan.pairBits (8 KB) */
const WORD_PAIR_BITS = 16;
/** the bit of WordScan.pairBits for a first and a second unit */
const wordPairBit = (c: number, c2: number): number => Math.imul((c << 16) | c2, 0x9e3779b1) >>> (32 - WORD_PAIR_BITS);

/** The top-level alternatives of a source (inside one `(?:…)` around all of it, if there is one); no capturing group allowed. */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  let wrapped = source.startsWith('(?:');
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') {
      if (source[i + 1] !== '?' || source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') throw new RangeError(`WordScan: a capturing group in ${source}`);
      depth++;
    } else if (c === ')') {
      depth--;
      // (the group that opens the source closes before its end: not one around all of it)
      if (depth === 0 && i < source.length - 1) wrapped = false;
    } else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return wrapped && out.length === 1 ? alternatives(source.slice(3, -1)) : out;
}

/** The UTF-16 unit an alternative's match starts with: its first character after the lookarounds it opens with. */
function firstUnit(alt: string): number {
  return alt.charCodeAt(firstUnitIndex(alt));
}

/**
 * The unit an alternative's match goes on with after its first (firstUnit), or -1 where that is
 * not one literal character: a single character, a lookaround, a class, an escape, a quantified one.
 */
function secondUnit(alt: string): number {
  const i = firstUnitIndex(alt) + 1;
  if (i >= alt.length || SYNTAX.includes(alt[i]!) || (i + 1 < alt.length && '?*+{'.includes(alt[i + 1]!))) return -1;
  return alt.charCodeAt(i);
}

/** the characters of a regular expression's syntax */
const SYNTAX = '\\^$.|?*+()[]{}';

/** where firstUnit's character stands in the alternative */
function firstUnitIndex(alt: string): number {
  let i = 0;
  while (/^\(\?<?[=!]/.test(alt.slice(i))) {
    let depth = 0;
    for (; i < alt.length; i++) {
      if (alt[i] === '\\') i++;
      else if (alt[i] === '[') while (i < alt.length && alt[i] !== ']') i += alt[i] === '\\' ? 2 : 1;
      else if (alt[i] === '(') depth++;
      else if (alt[i] === ')' && --depth === 0) break;
    }
    i++;
  }
  if (i >= alt.length || SYNTAX.includes(alt[i]!) || (i + 1 < alt.length && '?*{'.includes(alt[i + 1]!))) throw new RangeError(`WordScan: cannot tell which character ${alt} starts with`);
  return i;
}

/**
 * The words of a list by the UTF-16 unit each starts (or ends) with, each unit's words in the
 * list's order: `list.find((w) => s.startsWith(w, i))` is `index.wordsAt(s, i).find(…)`, trying
 * only the words that can match there. Lists of posts and verbs tried word by word at every
 * name or post cost 2.6 million calls of such a test in a pass over January 1998.
 */
export class WordsByUnit {
  private readonly byUnit = new Map<number, string[]>();

  /** `side`: index each word by its first unit or by its last */
  constructor(words: readonly string[], private readonly side: 'first' | 'last') {
    for (const w of words) {
      if (w.length === 0) throw new RangeError('WordsByUnit: an empty word');
      const c = w.charCodeAt(side === 'first' ? 0 : w.length - 1);
      const list = this.byUnit.get(c);
      if (list) list.push(w);
      else this.byUnit.set(c, [w]);
    }
  }

  /** the words whose first (or last) unit is the one of `s` at `i`, in the list's order (none past the end of `s`) */
  wordsAt(s: string, i: number): readonly string[] {
    return this.byUnit.get(s.charCodeAt(i)) ?? NO_WORDS;
  }

  /** Does `s` end with one of the words? (`/(?:w1|w2|…)$/.test(s)` for words indexed by their last unit) */
  endsOne(s: string): boolean {
    if (this.side !== 'last') throw new TypeError('WordsByUnit.endsOne: the words are indexed by their first unit');
    for (const w of this.wordsAt(s, s.length - 1)) if (s.endsWith(w)) return true;
    return false;
  }
}

const NO_WORDS: readonly string[] = [];

/**
 * Where the words of a fixed list occur in a text: word by word in the list's order, each
 * word's occurrences left to right without overlap — what a loop of `indexOf` per word finds —
 * from one pass over the text. That loop, run per sentence for each post and cue word, was a
 * third of titledPersons' time and of findOrganizations'.
 */
export class WordList {
  /** the words (by index) that start with each UTF-16 unit */
  private readonly byFirst = new Map<number, number[]>();
  /** a bit per UTF-16 unit a word starts with (unitBit) */
  private readonly first = new Int32Array(UNIT_WORDS);
  /**
   * As WordScan's: a bit per hash of each word's first two units, and the first units of words
   * of one unit (tried whatever follows). Most starts go on with a unit no word does (173,000
   * starts a pass of January 1998 → 23,000 whose words are tried).
   */
  private readonly pairBits = new Int32Array(1 << (WORD_PAIR_BITS - 5));
  private readonly anySecond = new Uint8Array(0x10000);

  constructor(readonly words: readonly string[]) {
    words.forEach((w, i) => {
      if (w.length === 0) throw new RangeError('WordList: an empty word');
      const c = w.charCodeAt(0);
      this.first[c >>> 5]! |= unitBit(c);
      if (w.length === 1) this.anySecond[c] = 1;
      else {
        const bit = wordPairBit(c, w.charCodeAt(1));
        this.pairBits[bit >>> 5]! |= 1 << (bit & 31);
      }
      const list = this.byFirst.get(c);
      if (list) list.push(i);
      else this.byFirst.set(c, [i]);
    });
  }

  /** every occurrence, in the order described above */
  find(text: string): { word: string; at: number }[] {
    return this.hits(text).map((h) => ({ word: this.words[h.wi]!, at: h.at }));
  }

  /** find's occurrences, each by the index of its word in `words` */
  hits(text: string): { wi: number; at: number }[] {
    const hits: { wi: number; at: number }[] = [];
    let ends: number[] | null = null; // where each word's last occurrence ends
    const { first, anySecond, pairBits } = this;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if ((first[c >>> 5]! & unitBit(c)) === 0) continue;
      if (anySecond[c] === 0) {
        const bit = wordPairBit(c, text.charCodeAt(k + 1));
        if ((pairBits[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      }
      for (const wi of this.byFirst.get(c)!) {
        const w = this.words[wi]!;
        ends ??= new Array<number>(this.words.length).fill(0);
        if (k >= ends[wi]! && text.startsWith(w, k)) {
          hits.push({ wi, at: k });
          ends[wi] = k + w.length;
        }
      }
    }
    // found by position; the sort is stable, so each word's stay left to right
    return hits.sort((a, b) => a.wi - b.wi);
  }
}

/**
 * Several word lists found in one pass over a text: find(text)[i] is what a WordList of lists[i]
 * finds (a word's occurrences depend on that word alone, so a list's are the same found among the
 * words of all the lists, and in the same order). The pass, not the words it tries, is most of a
 * WordList's time: two lists asked of every sentence cost two passes.
 */
export class WordLists {
  private readonly all: WordList;
  /** the list each word of `all` is of */
  private readonly listOf: number[] = [];

  private readonly count: number;

  constructor(lists: readonly (readonly string[])[]) {
    lists.forEach((words, i) => {
      for (let k = 0; k < words.length; k++) this.listOf.push(i);
    });
    this.all = new WordList(lists.flat());
    this.count = lists.length;
  }

  find(text: string): { word: string; at: number }[][] {
    const out: { word: string; at: number }[][] = [];
    for (let i = 0; i < this.count; i++) out.push([]);
    for (const h of this.all.hits(text)) out[this.listOf[h.wi]!]!.push({ word: this.all.words[h.wi]!, at: h.at });
    return out;
  }
}
