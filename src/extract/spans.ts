// Spans over article text: left edges of names, binary searches over sorted mentions.
import { LEFT_STOPS, MEETING_LEFT_STOPS, STOP_HOLDERS, STUDIED_BEFORE_HEAD, STUDYING_MEETING_VERBS } from './lexicon';
import { placeWordAt } from './jieba';
import type { Sentence } from './text';
export const PUNCT = /[，,。；;：:！？!?、（）()【】\[\]\s“”"‘’《》—…·]/;
/** PUNCT by UTF-16 unit (1: punctuation): leftEdge asks it of every character it passes, without a string of one. */
const PUNCT_AT = ((): Uint8Array => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = PUNCT.test(String.fromCharCode(c)) ? 1 : 0;
  return t;
})();
/** Is a UTF-16 unit PUNCT's (NaN, past either end of a string, is not)? */
export const isPunctUnit = (u: number): boolean => PUNCT_AT[u] === 1;
/** Stop words by their last character, longest first: leftEdge scans right to left. */
export const STOPS_BY_LAST = new Map<string, string[]>();
for (const w of [...LEFT_STOPS, ...MEETING_LEFT_STOPS].sort((a, b) => b.length - a.length)) {
  const k = w[w.length - 1];
  STOPS_BY_LAST.set(k, [...(STOPS_BY_LAST.get(k) ?? []), w]);
}
/** The same by the last character's UTF-16 unit. */
const STOPS_BY_LAST_CODE = new Map([...STOPS_BY_LAST].map(([k, ws]) => [k.charCodeAt(0), ws]));
/** Verbs that may stand inside a meeting's name (`…部署推进会`, `…行动推进大会`). */
export const IN_MEETING_NAME = new Set(['推进', '联合', '调研', '部署', '研究', '学习', '贯彻', '落实', '推动', '实施', '开展', '启动', '深入', '持续', '围绕', '聚焦', '加强', '加快', '做好', '发挥', '坚持', '明确', '整治', '研讨']);
export const STOPS_INNER_OK = new Set(['和', '及', '与', '等', '即']);
/** A verb of study (inside the name of a meeting that studies a spirit: STUDIED_BEFORE_HEAD), not a body's word (`宣传部`, `学习委员会`). */
const STUDYING = new RegExp(`(?:${STUDYING_MEETING_VERBS.join('|')})(?![部委处科组办室])`);
const MEETING_ONLY = new Set(MEETING_LEFT_STOPS);

/** ” 』 」 and “ 『 「 by unit: a meeting's quoted theme (leftEdge asks at every character it passes) */
const isClosingQuote = (u: number): boolean => u === 0x201d || u === 0x300f || u === 0x300d;
const isOpeningQuote = (u: number): boolean => u === 0x201c || u === 0x300e || u === 0x300c;

/**
 * The left edge of a name that ends at `end`: the nearest punctuation or left-stop word.
 * `inner` stop words (和, 及 …) may stand inside the names of bodies and meetings; a short aside
 * in brackets within `asideWithin` characters of the end stands inside one too (a meeting's:
 * 一届二次理事（扩大）会议; a body's: 成都飞机工业（集团）有限责任公司, 中国电子（海南）联合创新研究院).
 */
export function leftEdge(text: string, end: number, max: number, allowInner: boolean, meeting = false, asideWithin = meeting ? 5 : 0): number {
  const lo = Math.max(0, end - max);
  let edge = lo;
  // a title in 《》 stands inside a meeting's name (纪念《在延安文艺座谈会上的讲话》发表80周年座谈会)
  let quoted: [number, number] | null = null;
  /** a quoted theme of a meeting's name, 、 and spaces and all (`“不忘初心、牢记使命”主题教育工作座谈会`, `“奋斗百年路 启航新征程”…启动仪式`): where its closing mark stands, while inside it */
  let themeClose = -1;
  const themes: [number, number][] = [];
  /** the length of a short aside in brackets right before the head (`集中学习（扩大）会议`): a verb before it is still right before the head */
  let asideLength = 0;
  for (let j = end - 1; j >= lo; j--) {
    if (meeting && isClosingQuote(text.charCodeAt(j)) && themeClose < 0) themeClose = j;
    else if (meeting && isOpeningQuote(text.charCodeAt(j)) && themeClose >= 0) {
      themes.push([j, themeClose]);
      themeClose = -1;
    } else if (meeting && themeClose >= 0 && (text[j] === '、' || text[j] === ' ' || text[j] === '\u3000')) continue;
    if (meeting && text[j] === '》' && !quoted) {
      const open = text.lastIndexOf('《', j);
      if (open >= lo) {
        quoted = [open, j];
        j = open;
        continue;
      }
    }
    // a short aside in brackets stands inside a meeting's name (一届二次理事（扩大）会议)
    // (right before the head noun, after a word of the name: not `（全文另发）新年茶话会`)
    if (end - j <= asideWithin && (text[j] === '）' || text[j] === ')')) {
      const aside = /[\u4e00-\u9fff][（(]([\u4e00-\u9fff]{1,4})$/.exec(text.slice(Math.max(lo, j - 6), j));
      // (a meeting's any short aside but where a photo places someone, `（左）`, `（右二）`; a body's its group
      // or the place of its branch, `（集团）`, `（香港）`, not a short form, `（特委会）`, or a former name)
      if (aside && (meeting ? !/^[左右中前后][一二三四五六七八九]?$/.test(aside[1]!) : /^(?:集团|控股|股份)$/.test(aside[1]!) || placeWordAt(aside[1]!, 0) === aside[1]!.length)) {
        // (its brackets and what they hold: the character before them is aside[0]'s first)
        if (end - j === 1) asideLength = aside[0].length;
        j -= aside[0].length - 1;
        continue;
      }
    }
    // the cyclic name of a year in brackets after its number stands inside a meeting's name
    // (`2025(乙巳)年公祭中华人文始祖伏羲大典`), and a middle dot between two parties' names (`松江区·庄河市对口合作工作座谈会`)
    if (meeting && (text[j] === ')' || text[j] === '）') && /\d{4}[（(][\u4e00-\u9fff]{2}$/.test(text.slice(Math.max(lo, j - 7), j)) && text[j + 1] === '年') {
      j -= 3;
      continue;
    }
    if (meeting && text[j] === '·' && /[\u4e00-\u9fff]/.test(text[j - 1] ?? '') && /[\u4e00-\u9fff]/.test(text[j + 1] ?? '')) continue;
    // (and a 、 or a dash between two places that cooperate, the name going on with how: `舟山市、达州市东西部扶贫协作联席会议`,
    // `莱西市—两当县东西部协作党政联席会议`)
    if (meeting && (text[j] === '、' || text[j] === '—') && PLACE_BEFORE_PAIR.test(text.slice(Math.max(lo, j - 7), j)) && PAIRED_AFTER.test(text.slice(j + 1, end))) continue;
    // (and a list 和 closes, of those a meeting honours or gathers: `2020年临江市劳动模范、先进工作者和先进集体表彰大会`)
    if (meeting && text[j] === '、' && LIST_IN_NAME.test(text.slice(j + 1, end))) continue;
    // quote marks stand inside the names of meetings (全省“智赋万企”行动推进大会, 『京剧如何迈向二十一世纪』研讨会)
    if (PUNCT_AT[text.charCodeAt(j)] === 1 && !(meeting && /[“”‘’]/.test(text[j]))) {
      edge = j + 1;
      break;
    }
  }
  // the right-most stop word that ends inside (edge, end]
  for (let p = end; p > edge; p--) {
    if (quoted && p - 1 <= quoted[1] && p - 1 >= quoted[0]) {
      p = quoted[0] + 1;
      continue;
    }
    // (no stop word inside a quoted theme: `“不忘初心、牢记使命”`)
    const theme = themes.find(([o, c]) => p - 1 > o && p - 1 < c);
    if (theme) {
      p = theme[0] + 1;
      continue;
    }
    const words = STOPS_BY_LAST_CODE.get(text.charCodeAt(p - 1));
    if (!words) continue;
    for (const w of words) {
      if (p - w.length < edge || !text.startsWith(w, p - w.length)) continue;
      if (heldInWord(text, p - w.length, w)) continue;
      // (but 和 after a leader's words, joining two things studied, stops a meeting's: `学习了…作出的重要指示和全国…工作会议精神`)
      if (meeting && w === '和' && WORDS_STUDIED_BEFORE.test(text.slice(Math.max(edge, p - 3), p - 1))) return p;
      // (nor the 向 of whom a ceremony honours, its act named after: `向人民英雄敬献花篮仪式`, `烈士纪念日向烈士敬献花篮仪式`)
      if (meeting && w === '向' && HOMAGE_AFTER.test(text.slice(p, text.startsWith('仪式', end) ? end + 2 : end))) continue;
      if (allowInner && STOPS_INNER_OK.has(w)) continue;
      if (!meeting && MEETING_ONLY.has(w)) continue;
      // in a meeting's name a verb may stand right before its head (…行动推进大会)
      // (and a verb of deploying or pushing before the way it is held, after a word of the name: `…培训动员部署电视电话会议`;
      // not `会议部署电视电话会议精神`, nor a verb of study, `…工作贯彻电视电话会议部署`)
      if (meeting && IN_MEETING_NAME.has(w) && (p > end - 4 - asideLength || (HELD_BY_WIRE.test(text.slice(p, end)) && /^(?:部署|推进|调度|启动)$/.test(w) && /(?:动员|工作|专题|培训)$/.test(text.slice(Math.max(0, p - w.length - 2), p - w.length))))) continue;
      // the name of a meeting that studies a spirit runs back over what it studies to the verbs of study
      // (`委员读书群学习宣传贯彻…精神交流会`, `全省深入贯彻落实…来闽考察重要讲话精神…部署会`)
      // (but a verb told done, 了 after it, is the clause's, before the name: `会议传达了…精神推进会议精神`)
      if (meeting && text[p] === '了') return p + 1;
      // (a verb of broadcasting stops a name only before a numbered session: `直播十四届全国人大一次会议`, not `直播电商大会`)
      if (meeting && BROADCAST.has(w) && !NUMBERED_AFTER.test(text.slice(p, end))) continue;
      if (meeting && STUDIED_BEFORE_HEAD.test(text.slice(p, end)) && STUDYING.test(text.slice(edge, p))) continue;
      return p;
    }
  }
  return edge;
}

/** Whom a ceremony honours and how, after its 向 (`人民英雄敬献花篮仪式`). */
const HOMAGE_AFTER = /^[^，。；、]{1,12}?(?:敬献花篮|献花|敬献花圈|致敬)仪式$/;
/** A place by its unit, before the mark that pairs it with another (PAIRED_AFTER). */
const PLACE_BEFORE_PAIR = /[\u4e00-\u9fff]{1,6}[省市县区州]$/;
/** The other place of a pair, and how the two work together (`达州市东西部扶贫协作…`, `两当县对口合作…`). */
const PAIRED_AFTER = /^[\u4e00-\u9fff]{1,6}[省市县区州](?:东西部|对口|扶贫协作|协作|合作|结对)/;
/** The rest of a list inside a meeting's name, after one of its 、: items, 和 or 及 and the last one with the head (`先进工作者和先进集体表彰大会`). */
const LIST_IN_NAME = /^(?:[^，。；、：:\s“”]{1,10}、)*[^，。；、：:\s“”]{1,10}[和及][^，。；、：:\s“”]{2,16}$/;
/** A leader's words studied, a 和 after which joins another thing studied (`…作出的重要指示和…会议精神`). */
const WORDS_STUDIED_BEFORE = /(?:指示|批示|讲话|论述|贺信|回信)$/;
/** The way a meeting is held, before its head or with it (`电视电话会议`, `视频调度会`: the scan may end a name before its head). */
const HELD_BY_WIRE = /^(?:电视电话|视频)(?:调度)?(?:会议|会)?$/;
/** Verbs of broadcasting among the meeting stops, and the numbered session they stop before. */
const BROADCAST = new Set(['直播', '转播', '播发']);
const NUMBERED_AFTER = /^[^，。；]{0,16}?第?[一二三四五六七八九十\d]+[届次]/;

/** The holders of each stop word they hold (`同` → 同志, 同盟), for heldInWord. */
const HOLDERS_OF = new Map<string, string[]>();
for (const w of [...LEFT_STOPS, ...MEETING_LEFT_STOPS]) {
  const hs = STOP_HOLDERS.filter((h) => h.includes(w));
  if (hs.length) HOLDERS_OF.set(w, hs);
}

/** Does the stop word `w` at `at` stand inside a longer word that is no stop (同志, 可持续)? */
function heldInWord(text: string, at: number, w: string): boolean {
  // (以上/以下 holds its 以 in a name's count, `中层以上管理人员大会`, not in `the above meetings`, `学习以上会议精神`)
  if (w === '以' && /^以[上下](?:会议|大会|全会)/.test(text.slice(at, at + 5))) return false;
  // (学习 of a campaign, 学习教育, not before the ministry: `学习教育部…会议精神`; `党史学习教育部署会` is the campaign's)
  if (w === '学习' && text.startsWith('学习教育部', at) && !text.startsWith('学习教育部署', at)) return false;
  for (const h of HOLDERS_OF.get(w) ?? []) {
    for (let i = h.indexOf(w); i !== -1; i = h.indexOf(w, i + 1)) if (text.startsWith(h, at - i)) return true;
  }
  // (and 和 inside a place's name the dictionary knows: `呼和浩特`, `和林格尔`)
  return w === '和' && andInPlaceWord(text, at);
}

/**
 * Does the 和 at `at` stand inside a place's name of nodejieba's dictionary that runs across it
 * (`呼和浩特`, `和林格尔`; one that opens with 和 only when longer than two: `和平` is a word of its own)?
 */
export function andInPlaceWord(text: string, at: number): boolean {
  for (let k = 0; k <= 2; k++) if (at - k >= 0 && placeWordAt(text, at - k) > Math.max(k + 1, 2)) return true;
  return false;
}

/** A day told in digits, its month before it and its part after it or not (`10月18日`, `18日上午`): a source for expressions. */
export const DAY_TOLD = '(?:\\d{1,2}月)?\\d{1,2}日(?:上午|下午|晚上|晚)?';
export const DATE_PREFIX = new RegExp(`^(?:\\d{4}年)?${DAY_TOLD}|^(?:今天|昨天|当天|日前|近日|上午|下午)`);

/** The first index of `xs` (sorted by start) whose start is ≥ `pos`. */
export function lowerBound(xs: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans of `sorted` (by start) that lie inside [start, end): a binary search, not a scan. */
export function within<T extends { start: number; end: number }>(sorted: T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(sorted, start); i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end <= end) out.push(sorted[i]);
  return out;
}

/** The last span of `sorted` that ends at or before `pos`. */
export function lastBefore<T extends { start: number; end: number }>(sorted: T[], pos: number): T | undefined {
  for (let i = lowerBound(sorted, pos) - 1; i >= 0 && i >= lowerBound(sorted, pos) - 8; i--) if (sorted[i].end <= pos) return sorted[i];
  return undefined;
}

export function sentenceAt(sents: Sentence[], pos: number): Sentence | undefined {
  const i = lowerBound(sents, pos + 1) - 1;
  return i >= 0 && sents[i].start <= pos && pos < sents[i].end ? sents[i] : undefined;
}

export function explicitDate(s: string, articleDate: string): string | null {
  const m = /(\d{1,2})月(\d{1,2})日/.exec(s);
  if (!m) return null;
  const y = articleDate.slice(0, 4);
  return `${y}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

/**
 * Where the clause that ends at `end` of `text` starts: right after the last break before it
 * (`brk` tests one character). One scan back, not a split of all that stands before: an honour
 * list is one sentence of hundreds of names, and a split before each of them is quadratic.
 */
/**
 * The person who opens the clause of sentence `s` that starts at `open` (text offset), after a post
 * at most (`在…部署会上，孙春兰强调`, `在会见A时，国务院总理B表示`): the clause's subject, if a person.
 */
export function clauseSubject<P extends { start: number }>(s: { text: string; start: number }, ps: readonly P[], open: number): P | undefined {
  return ps.find((p) => p.start >= open && /^[^，。；：]{0,24}$/.test(s.text.slice(open - s.start, p.start - s.start)));
}

export function clauseStartAt(text: string, end: number, brk: RegExp): number {
  let k = end;
  while (k > 0 && !brk.test(text[k - 1])) k--;
  return k;
}

/** What attends another meeting before a meeting's name (`出席省…会议、` before the last of a list). */
const ATTENDING_BEFORE = /(?:出席|参加|列席)(?:[^，。；]{2,40}?、)?$/;
/** From a meeting's end to a later one's start: the rest of its list, then 的 (`、省政协…会议的`). */
const LIST_THEN_OF = /^(?:、[^，。；、]{2,30}?)*的[^，。；]{0,20}$/;

/**
 * Does the meeting at [start, end) of `text` only describe who holds the one at `next` (`召开出席省十四届人大一次会议、
 * 省政协十三届一次会议的中共党员会议`)? Then it is neither the meeting held nor where it is.
 */
export function describesNextMeeting(text: string, start: number, end: number, next: number): boolean {
  return next > end && ATTENDING_BEFORE.test(text.slice(Math.max(0, start - 60), start)) && LIST_THEN_OF.test(text.slice(end, next));
}

/** A plan the sentence opens with (`习近平主席将出席…`, `将于17日对缅甸进行国事访问`). */
const PLAN_OPENS = /(?<![上中少大即])将(?![军领士])(?:于[^，。；]{1,16}?)?(?:出席|参加|对|赴|前往|访问|会见|会晤|同|与|在)/;

/**
 * Is the act at `at` of `text` one more clause of a plan — its doer named in an earlier clause (ending at `whoEnd`), the
 * sentence opened by 将 (`…将出席温敏总统举行的…活动，同…会谈，…，会见…敏昂莱`)? Then it is not done yet.
 */
export function planGoesOn(text: string, whoEnd: number, at: number): boolean {
  return /[，；]/.test(text.slice(whoEnd, at)) && PLAN_OPENS.test(text.slice(0, at));
}

/**
 * The names listed from `at` on, each right after the one before it or after its 、 or 和 (`A、B、C` after `会议执行主席是`): `names`
 * in text order, offsets into the text `text` starts at `offset` of.
 */
export function namesListedFrom<T extends { start: number; end: number }>(names: readonly T[], at: number, text: string, offset: number): T[] {
  const out: T[] = [];
  for (const p of names) {
    if (p.start < at) continue;
    if (p.start !== at) break;
    out.push(p);
    at = p.end + (/^[、和]/.test(text[p.end - offset] ?? '') ? 1 : 0);
  }
  return out;
}

