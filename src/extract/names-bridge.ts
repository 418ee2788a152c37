// The statistical name model's spans that the rule-based extractor takes as persons.
// A span with a context cue (a post before or after, a list, a `·`) is taken at a lower
// score than a bare one: the cue is evidence the rules read the same way.
import { findPersonNames } from './names';
import { NAME_DOTS, PAPER_SUFFIXES, TITLE_HEAD_AT, TITLE_HEADS, ASPECT_WORD_AFTER, LEADER_POST_INSIDE, TRANSLIT_SET, FOREIGN_PLACE_RE, SURNAMES_1, SURNAMES_2, AFTER_NAME, TRANSLIT_WHOLE, LEADER_POST_END, POST_FOLLOWERS, ADVERBS_AFTER_NAME, FLOOD_WORKS, ROYAL_STYLE_END, countryAt, REGNAL_TAIL, LEADER_POSTS_BEFORE_AND, PROVINCE_NAMES } from './lexicon';
import { cityWordFrom, crossesWords, isCommonWord, isFourCharWord, isFunctionWord, placeWordAt } from './jieba';
import { allMatches, nameShape, readName, hasNameDot, lastNameDot, NAME_DOT, IN_CLAUSE_BEFORE, closesClauseAt, verbSplitAt, WordScan } from './text';

import { lowerBound } from './spans';

/**
 * The cut for a span no cue supports. Scores are calibrated on PFR days 16–20 and a quarter of
 * the NER dev sentences (model trained on the rest). Chosen on the development sets: on the
 * held-out half of the NER dev sentences F1 is flat from 0.6 to 0.75 once the cut is at 0.7 or
 * below (0.785–0.790, against 0.774 at 0.75), and 0.65 is the lowest cut that keeps the seed
 * pages' persons ≥ 0.95 (0.955; modern company and place words, 巴斯夫, 陆海新 of 陆海新通道,
 * come in below it).
 */
export const MODEL_MIN_SCORE = 0.65;
export const MODEL_MIN_SCORE_CUED = 0;
/**
 * The cut for a span that opens a clause and presides or attends (`…参加审议，姒健敏主持。`): the genre's act
 * is the cue a rare surname's name lacks.
 */
export const MODEL_MIN_SCORE_ACT = 0.5;
/** A kin word a name may follow (`孙女赵威`, `儿子王明`): none of the name. */
const KIN_FIRST = /^(?:外?孙女|外?孙子|女儿|儿子|妻子|丈夫|父亲|母亲|爱人|哥哥|姐姐|弟弟|妹妹|侄子|侄女|女婿|儿媳)/;

/** Where a clause opens: the text's start or a clause mark before the span. */
const CLAUSE_THEN_ACT = /^(?:|[，。；：\n])$/;
/** The genre's act right after a name that ends its clause or goes on to its object (`主持。`, `主持会议`, `出席并讲话`). */
const PRESIDES_AFTER = /^(?:主持|出席|列席)(?:[。，；]|会议|并|$)/;

/** What 致 sends after a name (`致慰问电`, `致贺信`, `致函`). */
const LETTER_SENT = /^(?:[^，。；]{0,8}?(?:慰问电|贺电|唁电|贺信|慰问信|感谢信|贺词)|函|电|信)/;
/** Whether `at` is the 致 of a letter sent (`雷迪致慰问电`): the character after a name, no part of it. */
const letterSentAt = (text: string, at: number): boolean => text[at] === '致' && LETTER_SENT.test(text.slice(at + 1));
/** A name of two or three at a sentence's start, the genre's closing line of one who took part after it (`尤权出席座谈会。`), or after a clause of those who attend (`A、B出席大会，尤权主持大会。`). */
const ACT_LINE_NAME = /(?:^|[。；\n]|(?<=(?:出席|参加)了?[^，。；]{0,16}，))([\u4e00-\u9fff]{2,3}?)(?=(?:出席|主持|列席)了?(?:会议|座谈会|大会|活动|[。；]|并))/g;

let broken: Error | null = null;

/** A leader's act right after his name (a verb, no post: `赵乐际出席`, not `王明副市长`), an adverb before it at most, or his going or greeting (`林松添也到机场迎接`; 到 only after an adverb: `兰臻回到`). */
const LEADER_ACT_AFTER = /^(?:[也亦还]?(?:出席|主持|讲话|参加|会见|会晤|表示|指出|强调|看望|考察|调研|宣布|致辞|发言|陪同|视察|迎接|送行|前往|赴|当选)|[也亦还]到)/;

/** A meeting's head that a span's last character opens (峰|会, 论|坛), not 会见 after a name ending in 大 or 年. */
const INTO_MEETING_HEAD = /^(?:峰会|论坛|大会(?!见)|年会(?!见)|会议)/;

/** Does the span ending at `end` run into a meeting's head, or stand right before a summit or a forum? */
function intoMeeting(text: string, end: number): boolean {
  const next = text[end];
  if (next !== '会' && next !== '坛' && next !== '议' && next !== '峰' && next !== '论') return false;
  return INTO_MEETING_HEAD.test(text.slice(end - 1, end + 2)) || /^(?:峰会|论坛)/.test(text.slice(end, end + 2));
}

export function modelNames(text: string): { name: string; start: number; end: number }[] {
  if (broken) return [];
  let spans;
  try {
    spans = findPersonNames(text);
  } catch (err) {
    // a model that does not load must not stop extraction: the rules still find persons
    broken = err as Error;
    return [];
  }
  // 丨 is a separator of web copy (`记者丨周琳`), never a name's first character
  if (text.includes('丨')) {
    for (const s of spans) while (s.name.startsWith('丨')) {
      s.start++;
      s.name = s.name.slice(1);
    }
    spans = spans.filter((s) => s.name.length >= 2);
  }
  // a name the model leaves out where the genre's closing line names one who took part: at a sentence's start, right before
  // 出席/主持/列席 and the meeting or the line's end (`尤权出席座谈会。`), of a surname and a name's shape, no word of the
  // dictionary (read at the bridge's own cut: the line is the cue)
  if (text.includes('出席') || text.includes('主持') || text.includes('列席')) {
    for (const m of allMatches(ACT_LINE_NAME, text)) {
      const name = m[1]!;
      const start = m.index! + m[0].length - name.length;
      const end = start + name.length;
      if (spans.some((x) => x.start < end && start < x.end) || !SURNAMES_1.has(name[0]!) || !nameShape(name) || isCommonWord(name) || isCommonWord(name.slice(0, 2))) continue;
      spans.push({ name, start, end, score: MODEL_MIN_SCORE });
    }
    spans.sort((x, y) => x.start - y.start);
  }
  // (built when a span first asks, where it is placeByUse's: half of PFR's texts have none that gets that far)
  const longest = spans.reduce((m, s) => Math.max(m, s.name.length), 0);
  let beforePlaceSet: Set<string> | null = null;
  const beforePlace = (): Set<string> => (beforePlaceSet ??= stringsBeforePlaceWords(text, longest));
  const shortForms = bracketedShortForms(text);
  // a span inside the last part of a foreign name is that name, whole (`加思来提·麻合苏提同志`, not 苏提;
  // not one right after a dot: `清·龚自珍` is 龚自珍)
  for (const s of spans) {
    if (!LAST_PART_BEFORE.test(text.slice(Math.max(0, s.start - 4), s.start))) continue;
    const head = DOTTED_HEAD.exec(text.slice(Math.max(0, s.start - 34), s.start));
    if (head) {
      s.start -= head[0].length;
      s.name = text.slice(s.start, s.end);
    }
  }
  // a dotted name read from the last character of its first part (`和马里诺·扎诺蒂` → 诺·扎诺蒂), or from within it
  // (`辞职的多米尼克·拉布` → 米尼克·拉布), opens where its transliterating characters begin, after the 和 that joins it to
  // another name
  for (const s of spans) {
    const dot = s.name.search(NAME_DOT);
    if (dot < 1 || dot > 3) continue;
    let start = s.start;
    // (not the last character of a word of other characters before it: `丈夫阿西夫·扎尔达里`; `马里诺` goes on)
    while (start > 0 && s.start - start + dot < 6 && TRANSLIT_SET.has(text[start - 1]!) && !/[和与及同]/.test(text[start - 1]!) && !(start >= 2 && !TRANSLIT_SET.has(text[start - 2]!) && isCommonWord(text.slice(start - 2, start)))) start--;
    if (start === s.start) continue;
    s.start = start;
    s.name = text.slice(s.start, s.end);
  }
  // a foreign name's parts joined by a hyphen are one name (`莎拉·齐默尔曼·杜特尔特-卡彪`)
  for (const s of spans) {
    if (!hasNameDot(s.name) && s.cue !== 'foreign') continue;
    const joined = HYPHEN_PART.exec(text.slice(s.end, s.end + 8));
    if (!joined) continue;
    s.end += joined[0].length;
    s.name = text.slice(s.start, s.end);
  }
  // a dotted name ends before the 和/与 that joins another person to it (`玛德琳·金和西澳州州长库克`: 玛德琳·金)
  for (const s of spans) {
    const dot = lastNameDot(s.name);
    const joins = dot < 0 ? -1 : s.name.slice(dot + 2).search(/[和与及]/);
    if (joins < 0) continue;
    s.end = s.start + dot + 2 + joins;
    s.name = text.slice(s.start, s.end);
  }
  // 和/与/同 joining two leaders is no surname: `国家主席和本扬总书记` is 本扬
  for (const s of spans) {
    if (s.name[0] !== '和' && s.name[0] !== '与' && s.name[0] !== '同') continue;
    const rest = s.name.slice(1);
    if (rest.length < 2 || !(nameShape(rest) || TRANSLIT_WHOLE.test(rest)) || !LEADER_POST_END.test(text.slice(Math.max(0, s.start - 4), s.start))) continue;
    s.start += 1;
    s.name = rest;
  }
  // a span of four characters after a one-character surname is no Chinese name: the model read a
  // verb on (`陈希宣布`, `王小洪作了`); the name ends where the genre's verb begins
  for (const s of spans) {
    if (s.name.length !== 4 || hasNameDot(s.name) || SURNAMES_2.has(s.name.slice(0, 2)) || !SURNAMES_1.has(s.name[0]!) || TRANSLIT_WHOLE.test(s.name)) continue;
    const len = [3, 2].find((n) => AFTER_NAME.test(text.slice(s.start + n)));
    if (len) {
      s.end = s.start + len;
      s.name = text.slice(s.start, s.end);
    }
  }
  // a transliterated name the model read an adverb onto (`美国总统拜登亦向…致贺信`): the name ends before it
  // (or the first character of a verb of two the genre writes after a name: `塞内加尔总统萨勒祝愿…`)
  for (const s of spans) {
    const last = s.name.at(-1)!;
    // (or the 致 of a letter or a message sent: `…总督雷迪致慰问电`)
    if (s.name.length < 3 || !(ADVERBS_AFTER_NAME.includes(last) || (AFTER_NAME.exec(text.slice(s.end - 1))?.[0].length ?? 0) >= 2 || letterSentAt(text, s.end - 1)) || SURNAMES_1.has(s.name[0]!) || !TRANSLIT_WHOLE.test(s.name.slice(0, -1)) || !/[\u4e00-\u9fff]/.test(text[s.end] ?? '')) continue;
    s.end -= 1;
    s.name = text.slice(s.start, s.end);
  }
  // a three-character span whose last character opens a verb the genre writes after a name, the text after it
  // none, is a two-character name and the verb (`作家王蒙提出要…` is 王蒙 + 提出, not 王蒙提; `李克强调研` stays)
  for (const s of spans) {
    // (参与 too, whose 与 the genre also writes after a name: `王明参与会议` is 王明 + 参与; not in AFTER_NAME, where it
    // would make a name of a word before it, `代表团成员包括参与…`)
    // (and 陪同, 共同 or 以及 before what follows: `王毅陪同出席` is 王毅 + 陪同, `卢永以及…` 卢永 + 以及, 同 or 及 alone no reason to
    // keep the third character; not 一同 before a name, `刘定一同王明交谈`, nor a rank, `刘国中将陪同`)
    if (s.name.length !== 3 || !SURNAMES_1.has(s.name[0]!) || (AFTER_NAME.test(text.slice(s.end)) && !text.startsWith('参与', s.end - 1) && !(/^(?:[陪共]同|以及)/.test(text.slice(s.end - 1)) && verbSplitAt(text, s.end - 1))) || !nameShape(s.name.slice(0, 2))) continue;
    // (and the 致 of a letter sent, `总督雷迪致慰问电`)
    const letter = letterSentAt(text, s.end - 1);
    if (!text.startsWith('参与', s.end - 1) && (AFTER_NAME.exec(text.slice(s.end - 1))?.[0].length ?? 0) < 2 && !letter) continue;
    s.end -= 1;
    s.name = text.slice(s.start, s.end);
  }
  // a three-character span ending in the 时 that closes a clause of 在 it is the object of is a two-character name
  // (`在会见到访的…特使刘海时表示`: 刘海)
  const closesAt = (s: { start: number }, end: number) => text[end] === '时' && IN_CLAUSE_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start));
  // (and a longer name's, Chinese or foreign: `在会见…行政长官贺一诚时表示`, `在会见英国首相特雷莎·梅时，`)
  for (const s of spans) {
    const rest = s.name.slice(0, -1);
    const named = s.name.length === 3 ? nameShape(rest) && closesAt(s, s.end - 1) : s.name.length > 3 && (nameShape(rest) || hasNameDot(rest) || TRANSLIT_WHOLE.test(rest)) && closesClauseAt(text, s.start, s.end - 1);
    if (!named) continue;
    s.end -= 1;
    s.name = text.slice(s.start, s.end);
  }
  // a two-character span the text goes on from with one character and the genre's verb is a three-character name
  // whose last character the model left out (`赵乐际出席并讲话` is 赵乐际, not 赵乐; not a word across it: `王明确表示`)
  for (const s of spans) {
    if (s.name.length !== 2 || !SURNAMES_1.has(s.name[0]!) || AFTER_NAME.test(text.slice(s.end)) || !/[\u4e00-\u9fff]/.test(text[s.end] ?? '')) continue;
    if (!LEADER_ACT_AFTER.test(text.slice(s.end + 1)) || !nameShape(s.name + text[s.end]) || isCommonWord(s.name[1] + text[s.end]) || closesAt(s, s.end)) continue;
    s.end += 1;
    s.name = text.slice(s.start, s.end);
  }
  // a long span that holds a foreign leader's post is the post's country and the name after it (`卡塔尔埃米尔塔米姆`: 塔米姆)
  for (const s of spans) {
    if (s.name.length < 6 || hasNameDot(s.name)) continue;
    const post = LEADER_POST_INSIDE.exec(s.name);
    if (!post || post.index < 2 || s.name.length - post.index - post[0].length < 2) continue;
    s.start += post.index + post[0].length;
    s.name = text.slice(s.start, s.end);
    s.cue = 'title-before';
  }
  // a span that ends with a monarch's style is the name before it (`愿同纳瓦夫埃米尔一道`: 纳瓦夫, the style read by the post's rule)
  for (const s of spans) {
    const style = ROYAL_STYLE_END.exec(s.name);
    if (!style || style.index < 2 || hasNameDot(s.name)) continue;
    s.end -= style[0].length;
    s.name = text.slice(s.start, s.end);
  }
  // a span that opens inside a foreign leader's post opens after it (`比利时国王菲利普` read as 王菲利: 菲利普 is the name,
  // read by the post's rule)
  for (const s of spans) {
    const j = [1, 2].find((n) => s.name.length - n >= 2 && POST_REACHING_IN.test(text.slice(Math.max(0, s.start - 3), s.start + n)) && !POST_REACHING_IN.test(text.slice(Math.max(0, s.start - 3), s.start)));
    if (j === undefined) continue;
    s.start += j;
    // (and runs on over the transliterating characters the model left after it: `国王菲利普互致贺电`, not 菲利)
    while (s.end < text.length && s.end - s.start < 7 && TRANSLIT_SET.has(text[s.end]!)) s.end++;
    // (and over a monarch's regnal number: `英国女王伊丽莎白二世不幸逝世`, not 伊丽莎)
    s.end += REGNAL_TAIL.exec(text.slice(s.end))?.[0].length ?? 0;
    s.name = text.slice(s.start, s.end);
    s.cue = 'title-before';
  }
  // a span that opens with a country's name and runs on to a leader's post after it is the name after the country
  // (`基里巴斯马茂总统`: 马茂); not a dotted name, whose first part may be a country's (`多米尼克·拉布`)
  for (const s of spans) {
    if (s.name.length < 4 || hasNameDot(s.name) || !POST_AFTER_SPAN.test(text.slice(s.end, s.end + 4))) continue;
    const c = countryAt(s.name, 0);
    if (c < 2 || s.name.length - c < 2) continue;
    s.start += c;
    s.name = text.slice(s.start, s.end);
    s.cue = 'title-after';
  }
  // a span read after a post that opens with 为 is the name after the copula (`常务主席为王明、…`: 为王明 → 王明)
  for (const s of spans) {
    if (s.cue !== 'title-before' || s.name[0] !== '为' || !nameShape(s.name.slice(1))) continue;
    s.start += 1;
    s.name = s.name.slice(1);
  }
  // a span that opens with a kin word is the name after it (`赵树满的孙女赵威讲述`: 孙女赵 → 赵威; 孙 is a surname too)
  for (const s of spans) {
    const kin = KIN_FIRST.exec(s.name);
    if (!kin || s.cue) continue;
    const at = s.start + kin[0].length;
    // (not another kin word or a conjunction after it: `孙子孙女就…`, `孙子和孙女`)
    if (KIN_FIRST.test(text.slice(at)) || /^[和与及就也都]/.test(text[at] ?? '')) {
      s.name = ''; // (no name at all: the filter below drops it)
      continue;
    }
    const name = readName(text, at) ?? (nameShape(text.slice(at, at + 2)) ? text.slice(at, at + 2) : null);
    if (!name || hasNameDot(name)) continue;
    s.start += kin[0].length;
    s.end = s.start + name.length;
    s.name = name;
  }
  // a three-character span that ends in 等 is a name of two and the list's end (`孔玉芳、王训智、王平等同志`), one
  // that ends in 摄 a photographer's credit (`记者金泉摄`)
  for (const s of spans) {
    if (s.name.length !== 3 || (s.name[2] !== '等' && s.name[2] !== '摄') || !nameShape(s.name.slice(0, 2))) continue;
    s.end -= 1;
    s.name = text.slice(s.start, s.end);
  }
  // a three-character span whose last character opens a verb of going with the next (`王明来到临江`: 王明 + 来到; a common
  // surname first) or the family the name heads (`王丽夫妇`: 王丽 + 夫妇, `张明一家`), unless the text writes the three elsewhere
  // before another word (`刘春来到…。刘春来强调`: 刘春来)
  for (const s of spans) {
    if (s.name.length !== 3) continue;
    const two = text.slice(s.end - 1, s.end + 1);
    if (!((GOING_VERB.test(two) && SURNAMES_1.has(s.name[0]!)) || FAMILY_AFTER.test(two)) || !nameShape(s.name.slice(0, 2)) || writtenWhole(text, s.name, text[s.end]!)) continue;
    s.end -= 1;
    s.name = text.slice(s.start, s.end);
  }
  // a span that opens with the 和 joining two leaders' posts is the name after it (`…国家主席和通坎总书记` → 通坎)
  for (const s of spans) {
    if (s.name.length < 3 || s.name[0] !== '和' || !LEADER_POSTS_BEFORE_AND.test(text.slice(Math.max(0, s.start - 3), s.start))) continue;
    s.start += 1;
    s.name = s.name.slice(1);
  }
  // a span that opens with a verb of going is none (`总书记来到巴斯夫…`: what was read after a post is the verb and the firm
  // gone to, `来到巴斯夫`; 来, 前, 走, 深 open no name before 到, 往, 进, 入)
  for (const s of spans) if (GOING_VERB.test(s.name.slice(0, 2))) s.name = ''; // (the filter below drops it)
  // a three-character span that 着 follows is a name of two and the verb 着 marks (`李延拉着记者的手`: 李延 + 拉着;
  // not `王建华着力`, `着手`, `着眼`)
  for (const s of spans) {
    if (s.name.length !== 3 || text[s.end] !== '着' || ASPECT_WORD_AFTER.test(text[s.end + 1] ?? '') || !SURNAMES_1.has(s.name[0]!) || !nameShape(s.name.slice(0, 2))) continue;
    s.end -= 1;
    s.name = text.slice(s.start, s.end);
  }
  // a transliterated name ends with its last transliterating character: what the model reads on
  // is the clause's (`会见纳扎尔巴耶夫时，`)
  for (const s of spans) {
    if (s.name.length < 4 || TRANSLIT_WHOLE.test(s.name) || !TRANSLIT_WHOLE.test(s.name.slice(0, -1))) continue;
    const last = text.slice(s.end - 1);
    if (!AFTER_NAME.test(last) && !/^时[，,]/.test(last)) continue;
    s.end -= 1;
    s.name = text.slice(s.start, s.end);
  }
  const clauses: Clauses = { verdicts: new Map(), from: -1, to: -1 };
  const listEnds = new Map<number, number>();
  return spans.filter(
    (s) =>
      s.name.length >= 2 &&
      (s.cue ? s.score >= MODEL_MIN_SCORE_CUED : s.score >= MODEL_MIN_SCORE || (s.score >= MODEL_MIN_SCORE_ACT && CLAUSE_THEN_ACT.test(text.slice(Math.max(0, s.start - 1), s.start)) && PRESIDES_AFTER.test(text.slice(s.end, s.end + 4)))) &&
      !crossesWords(text, s.start, s.end) &&
      // (a span whose last character opens a meeting's head, or that a summit or a forum follows, is the
      // place the meeting is named by: `比什凯克峰会` → 凯克峰, 比什凯克)
      !intoMeeting(text, s.end) &&
      !amongPlaces(text, s, listEnds) &&
      // (a form of address is no name, nor in one: `应亲王殿下邀请` → 王殿下)
      !/殿下|阁下|陛下/.test(s.name) &&
      // (nor a span whose first character doubles the one before it, an adverb's: `徐徐升起` → 徐升起)
      !(s.start > 0 && text[s.start - 1] === s.name[0] && s.cue === undefined) &&
      // (a word for a leader's leadership after his post: `习近平主席英明和坚强领导下`, `主席坚强领导`)
      !(s.name.length === 2 && LEADER_POST_END.test(text.slice(Math.max(0, s.start - 4), s.start)) && LEADERSHIP_AFTER.test(text.slice(s.end, s.end + 8))) &&
      // (an idiom or a set phrase of four characters, `励精图治`; an elder named by surname and 老, `潘老`: no full name)
      !(s.name.length === 4 && isFourCharWord(s.name)) &&
      // (nor the first three characters of one: `饶有兴致` → 饶有兴)
      !(s.name.length === 3 && isFourCharWord(text.slice(s.start, s.start + 4))) &&
      !(s.name.length === 2 && s.name[1] === '老' && SURNAMES_1.has(s.name[0]!)) &&
      // (a village named by a family, `肖家村`, `王家坪`: a place; and a village or a town of a list of them after its
      // county or town, `鱼台县王鲁镇大李庄村、张黄镇袁洼村`: no 李庄村; and a county or a district after its city, `赴六安市霍邱县、叶集区`)
      !(s.cue !== 'title-before' && s.cue !== 'title-after' && /^.家[村坪庄湾寨屯沟]$/.test(s.name)) &&
      !(/[村屯寨镇乡]$/.test(s.name) && /[县区市镇乡大]/.test(text[s.start - 1] ?? '')) &&
      !(/[县区]$/.test(s.name) && /[省市州盟]/.test(text[s.start - 1] ?? '')) &&
      // (a span after a post whose last character opens a city's or a county's name is that place's: `许昌市长葛市`)
      !(s.cue === 'title-before' && cityWordFrom(text, s.start - 1)) &&
      // (a side that takes a stand is no one: `韩方愿同中方…`, `老方将…`; a unit left unnamed: `陆军某扫雷排爆大队`)
      !(s.name.length === 3 && s.name[1] === '方' && /[愿将]/.test(s.name[2]!)) &&
      !(s.name.length >= 3 && s.name.endsWith('某') && !s.name.endsWith('某某') && !SURNAMES_2.has(s.name.slice(0, 2))) &&
      // (a sect's or a school's name read on to the next word, `什叶派民兵` → 叶派民; an institution's name to its head's first
      // character, `孔子学院` → 孔子学)
      !(s.name.length === 3 && s.name[1] === '派' && SECT_AFTER.test(text.slice(s.start + 2, s.start + 4))) &&
      !(s.name.length >= 3 && s.cue !== 'title-before' && NAMED_AFTER_HEAD.test(text.slice(s.end - 1, s.end + 5))) &&
      // (one left unnamed or called by a surname alone, `易某`, `小王`, `老黄`: no full name; not a given name a leader
      // addresses, `小平同志`)
      !(s.name.length === 2 && (s.name[1] === '某' || (/[小老]/.test(s.name[0]!) && !text.startsWith('同志', s.end))) && SURNAMES_1.has(s.name[s.name[1] === '某' ? 0 : 1]!)) &&
      !placeRunsOn(text, s) &&
      !phraseList(text, s, spans, clauses) &&
      !sloganItem(text, s, spans) &&
      // (a railway or a motorway named by the short names of its two cities, read into 高铁/高速: `郑万高铁`, no 郑万高)
      !(s.name.length === 3 && s.name.endsWith('高') && /[铁速]/.test(text[s.end] ?? '')) &&
      !(s.name.length === 2 && s.cue !== 'title-before' && /^高(?:铁|速公路)/.test(text.slice(s.end, s.end + 4))) &&
      // (a storm's or a ship's name in quotes: `飓风“玛丽亚”`, `“桑吉”号油船`)
      !(text[s.start - 1] === '“' && (/(?:飓风|台风|风暴|气旋)$/.test(text.slice(Math.max(0, s.start - 3), s.start - 1)) || text.startsWith('”号', s.end))) &&
      // (a web outlet joined to its channel by a dot, opening a credit: `齐鲁网·闪电新闻11月23日讯`)
      !(/[网台报]$/.test(s.name) && text[s.end] === '·') &&
      // a place the model reads as a name where it recurs (库皮扬斯克 in a war report)
      !foreignPlace(text, s.start, s.end) &&
      !armyOf(text, s) &&
      // (an armed group's name cut inside 武装: `也门胡塞武装25日宣布` → 胡塞武)
      !(s.cue !== 'title-before' && text.startsWith('武装', s.end - 1)) &&
      // (a founder's or a place's name in an institution's or a crossing's: `约翰斯·霍普金斯大学`, `罗伯特·科赫研究所`,
      // `凯雷姆沙洛姆过境口岸`)
      !(s.cue !== 'title-before' && s.cue !== 'title-after' && NAMED_AFTER_HEAD.test(text.slice(s.end, s.end + 6))) &&
      // (a capital's name, `巴新首都莫尔斯比港`; a body's short form in brackets after its name, `…抵抗运动（哈马斯）`, wherever it stands)
      !text.endsWith('首都', s.start) &&
      !shortForms.has(s.name) &&
      !adverbOpening(text, s.start, s.end) &&
      !placeByUse(text, s, beforePlace) &&
      // (four characters read with no cue that are two common words and no transliteration: `促进两国民众安宁幸福`)
      !(!s.cue && s.name.length === 4 && !TRANSLIT_WHOLE.test(s.name) && isCommonWord(s.name.slice(0, 2)) && isCommonWord(s.name.slice(2))) &&
      // (an island read whole as a name with no post around it, `毛伊岛`; a port or a bay where one goes or is, `在钱凯港`:
      // not a name after a noun, `渔民吴海港说`)
      !(!s.cue && s.name.length >= 3 && (s.name.endsWith('岛') || (/[港湾]$/.test(s.name) && /[在到赴至抵登往]/.test(text[s.start - 1] ?? '')))) &&
      // (a word a leader's post is followed by, read as a name after it: `牢记总书记嘱托`, `两党总书记达成的共识`)
      !POST_WORDS.has(s.name) &&
      // (nor the rank a post gives, `2500多位部长级嘉宾出席`: 级 opens no name)
      !(s.cue === 'title-before' && s.name[0] === '级') &&
      // (a side named by its country's first character where the text names China's side so: `中方愿同孟方…`)
      !(!s.cue && s.name.length === 2 && s.name[1] === '方' && text.includes('中方')) &&
      // (the start of a village's or a town's name in a list of them: `燕窝村、杨公塘村`)
      !(s.cue !== 'title-before' && s.cue !== 'title-after' && VILLAGE_AFTER.test(text.slice(s.end, s.end + 4))) &&
      // (a port or an island where a leader meets or attends, `在莫尔斯比港会见…`, or arrives: `抵达莫尔斯比港`: a place)
      !(!s.cue && text[s.start - 1] === '在' && PORT_AFTER.test(text.slice(s.end, s.end + 12))) &&
      !(!s.cue && ARRIVED_AT.test(text.slice(Math.max(0, s.start - 2), s.start)) && /^[\u4e00-\u9fff]{0,2}[港湾岛城]/.test(text.slice(s.end, s.end + 3))) &&
      // (a transliterated place where an army strikes, `俄军在哈尔科夫打击了…`: no one)
      !(!s.cue && text[s.start - 1] === '在' && TRANSLIT_WHOLE.test(s.name) && /^(?:打击|袭击|发动|击退|击落|摧毁|展开|交火)/.test(text.slice(s.end, s.end + 2))) &&
      // (a village's or a town's name of three before its people or another place of a list: `黄杜村农民党员来信`,
      // `龙泉镇、金泉街道…`; not a person's name that ends so, `刘来村、刘彩木`)
      !(s.cue !== 'title-before' && s.cue !== 'title-after' && s.name.length === 3 && /[村镇乡屯寨]$/.test(s.name) && (PLACE_OF_LIST_OR_PEOPLE.test(text.slice(s.end, s.end + 8)) || UNITS_COUNTED_AFTER.test(text.slice(s.end, s.end + 40)))) &&
      // (no name opens with a particle: `钦佩习近平主席的杰出领导力` → 的杰)
      !/^[的了着过]/.test(s.name) &&
      // (an adverb right after a leader's post and before what he does is no name: `习近平总书记郑重宣布`)
      !(s.name.length === 2 && !TRANSLIT_WHOLE.test(s.name) && LEADER_POST_END.test(text.slice(Math.max(0, s.start - 4), s.start)) && isFunctionWord(s.name) && AFTER_NAME.test(text.slice(s.end))) &&
      // (nor a span that runs into a post's head: `、陆军参谋长` → 陆军参)
      // (where the head's rest is no word of its own: `王文科|长期` keeps 王文科)
      !(s.name.length >= 3 && HEAD_FIRSTS.has(s.name[s.name.length - 1]!) && !hasNameDot(s.name) && TITLE_HEAD_AT.test(text.slice(s.end - 1, s.end + 5)) && !isCommonWord(text.slice(s.end, s.end + 2))) &&
      // (a company named by its founder or a brand, `金仁宝集团董事长`: no one)
      !(s.cue !== 'title-before' && COMPANY_AFTER.test(text.slice(s.end, s.end + 4))) &&
      // (a site of a flood-control inspection named by its village or its temple, `罗汉寺闸`, `蒋湖巴家潭堤段`: no one; where a
      // word follows the span, only an item of a 、-list: `、张港洪山寺险工`, not `张志勇承包的泵站，`)
      !(s.cue !== 'title-before' && s.cue !== 'title-after' && FLOOD_WORK_AFTER.test(text.slice(s.end, s.end + 10)) && (text[s.start - 1] === '、' || !isCommonWord(text.slice(s.end, s.end + 2)))) &&
      // (a city, a county or a province the dictionary has whole, `齐齐哈尔市` in a list of stops: a place)
      !(s.cue !== 'title-before' && s.name.length >= 3 && /[省市县]$/.test(s.name) && placeWordAt(s.name, 0) === s.name.length) &&
      // (a county's media brand in the dateline, `云上黄梅报道（全媒体记者：…）`, the span with its 讯 or not: no one; not the
      // reporter after 记者, `记者王明报道`)
      // (and a paper's place before 讯 and the day, opening the text or a paragraph, 讯 read with it or not: `惠民讯 6月21日，`;
      // not `张讯 6月21日…`)
      !(s.cue !== 'title-before' && (/^(?:报道|讯)[（(]/.test(text.slice(s.end, s.end + 3)) || (/(?:报道|讯)$/.test(s.name) && /[（(]/.test(text[s.end] ?? '')) || (/讯$/.test(s.name) && s.name.length >= 3 && (s.start === 0 || text[s.start - 1] === '\n') && DAY_OPENING.test(text.slice(s.end, s.end + 6))) || (s.name.length >= 2 && text[s.end] === '讯' && (s.start === 0 || text[s.start - 1] === '\n') && DAY_OPENING.test(text.slice(s.end + 1, s.end + 7))))) &&
      // (a paper or a station named by its city, `（玉溪日报全媒体记者 夏娜）`: no one)
      !(s.cue !== 'title-before' && PAPER_AFTER.test(text.slice(s.end, s.end + 6))) &&
      // (a dot inside a series' kicker in 【】 joins its phrases, no foreign name's parts: `【…启航新征程·小康梦圆】`)
      !(hasNameDot(s.name) && inKicker(text, s.start)) &&
      // (a name inside a slogan that names a strategy or a policy: `老挝“变陆锁国为陆联国”战略`)
      !(s.cue !== 'title-before' && inNamedSlogan(text, s.start, s.end)) &&
      // (张 after 两, 几 or 每 is a measure word, no surname: `两张靓丽名片`, and doubled after 一: `一张张青春的脸庞`; after 一 alone it may be a name's)
      !(s.cue !== 'title-before' && s.name[0] === '张' && (/[两几每]$/.test(text.slice(Math.max(0, s.start - 1), s.start)) || text.endsWith('一张', s.start))) &&
      // (a transliteration that a place the dictionary knows runs on past: `阿拉斯|加州科迪亚克岛`, Alaska)
      !(s.cue !== 'title-before' && s.name.length >= 3 && TRANSLIT_WHOLE.test(s.name) && placeWordAt(text, s.start) > s.name.length) &&
      // (a transliterated city's start, the rest of its name and 市 after it: `克赖斯特|彻奇市`)
      !(s.cue !== 'title-before' && s.name.length >= 3 && TRANSLIT_WHOLE.test(s.name) && TRANSLIT_CITY_REST.test(text.slice(s.end, s.end + 5)) && !AFTER_NAME.test(text.slice(s.end)) && placeWordAt(text, s.end) === 0) &&
      // (an item of a list of places or of firms closed by their kind: `向特拉维夫、…、贝尔谢巴和阿什凯隆等多地发射`, `谷歌、苹果、
      // 脸书和亚马逊等美国互联网巨头`; not of people, `…等企业家`)
      !(s.cue !== 'title-before' && s.cue !== 'title-after' && LIST_OF_PLACES_OR_FIRMS.test(text.slice(s.end, s.end + 40))) &&
      // (a side by its country's short name and 方, the verb after it run into: `韩方钦|佩中国发展成就`)
      !(!s.cue && s.name.length === 3 && s.name[1] === '方' && SIDE_CHARS.includes(s.name[0]!) && isCommonWord(text.slice(s.end - 1, s.end + 1))) &&
      // (a city after its province, gone to or been in: `在宁夏吴忠的红寺堡`, `来到云南玉溪`)
      !(!s.cue && PROVINCE_THEN_CITY.test(text.slice(Math.max(0, s.start - 6), s.start))) &&
      // (a place that frames a sentence, 在 and one or two of them, a comma after: `在西双版纳和玉溪，王沪宁到…调研`)
      !(!s.cue && text[s.end] === '，' && FRAMING_PLACES_BEFORE.test(text.slice(Math.max(0, s.start - 16), s.start))) &&
      // (a transliterated city where a meeting is held: `出席在哈拉雷举行的…葬礼`)
      !(!s.cue && text[s.start - 1] === '在' && TRANSLIT_WHOLE.test(s.name) && /^(?:举行|召开|举办|开幕|闭幕)/.test(text.slice(s.end, s.end + 2))) &&
      // (the start of a country's name: `毛里塔尼亚驻华大使维拉利` → 毛里塔)
      !(s.cue !== 'title-after' && countryAt(text, s.start) > s.name.length) &&
      // (the place of a dateline: `新华社惠灵顿11月20日电`, `本报香港9月27日电`)
      !(!s.cue && DATELINE_AFTER.test(text.slice(s.end, s.end + 8))) &&
      // (where a day is told before 在, the place of what is done there: `习近平20日在惠灵顿同…举行会谈`)
      !(!s.cue && DAY_THEN_AT.test(text.slice(Math.max(0, s.start - 4), s.start)) && ACT_AT_PLACE.test(text.slice(s.end, s.end + 3))),
  );
}

/** A foreign leader's post right after a name (`马茂总统`). */
const POST_AFTER_SPAN = /^(?:总统|副总统|总理|首相|国王|女王|议长|总督|外长)/;

/** A foreign leader's post ending where a span read as a name goes on (`国王|菲利普`). */
const POST_REACHING_IN = /(?:国王|女王|王储|首相|总统|总理|议长|埃米尔)$/;

/** What a body's name ends with before its short form in brackets (`巴勒斯坦伊斯兰抵抗运动（哈马斯）`, `…圣战组织（杰哈德）`). */
const BODY_BEFORE_SHORT = /(?:运动|组织|阵线|联盟|同盟|党|军|集团|委员会|联合会|协会)[（(]([\u4e00-\u9fff·]{2,8})[）)]/g;
/** The short forms a text gives bodies in brackets after their names: no one's name anywhere in it. */
function bracketedShortForms(text: string): Set<string> {
  const out = new Set<string>();
  // (one search for either bracket: two of the whole text, where most texts hold no ASCII one, took twice as long)
  if (/[（(]/.test(text)) for (const m of text.matchAll(BODY_BEFORE_SHORT)) out.add(m[1]!);
  return out;
}

/** What is named after a person or a place right before it: an institution or a crossing (`…大学`, `…研究所`, `…过境口岸`). */
const NAMED_AFTER_HEAD = /^(?:大学|学院|研究所|研究院|医院|基金会|(?:(?:国际|过境)?(?:机场|口岸))|海峡|大桥|半岛|运河)/;

/** The adverbs of ADVERBS_AFTER_NAME that are surnames too (曾, 都, 将 …). */
const SURNAME_ADVERBS = [...ADVERBS_AFTER_NAME].filter((c) => SURNAMES_1.has(c));

/**
 * A surname-shaped adverb before a word or a count (`观摩团成员都认真听取`, `总书记曾三进下党乡`): the adverb and
 * what it modifies, no name.
 */
export function adverbOpening(text: string, start: number, end: number): boolean {
  if (!SURNAME_ADVERBS.includes(text[start] ?? '')) return false;
  const rest = text.slice(start + 1, end);
  // (a word after it only where the surname is rare, 都; 曾 is a frequent one whose given names are words too: 曾建国, 曾光明)
  // (and 都 before a one-character adverb or modal, the span two: `委员都很称职`)
  return (text[start] === '都' && rest.length >= 2 && isCommonWord(rest)) || (text[start] === '都' && rest.length === 1 && /[很是要在有会能将已不没把被非太更最也还]/.test(rest)) || /^[一二三四五六七八九十两][进次度回趟赴到访]/.test(text.slice(start + 1, start + 3));
}

/** Words that follow a leader's post in the genre and read like a name after it. */
const POST_WORDS = new Set(POST_FOLLOWERS);

/** The rest of a village's or a town's name after a span, ending where a list or a clause goes on (`杨公|塘村、`). */
const VILLAGE_AFTER = /^[\u4e00-\u9fff]{0,2}(?:村|镇|乡|屯|寨)(?=[、，。；和及等]|$)/;

/** The rest of a transliterated city's name after the model's span: 1–3 characters and 市 (`彻奇市`; no verb: `普京抵达市…`). */
const TRANSLIT_CITY_REST = /^[\u4e00-\u9fff]{1,3}市(?![场民])/;

/** The first characters of a side named by 方 (`中方`, `韩方`, `外方`, `双方`). */
const SIDE_CHARS = '中韩美俄日英法德朝越印巴泰老柬缅菲新澳加意西荷比瑞挪丹芬波捷匈希土伊以埃南外我对双各';
/** A verb of going or being somewhere, then a province's name, right before a city's (`在宁夏|吴忠`). */
const PROVINCE_THEN_CITY = new RegExp(`(?:在|到|赴|来到|前往|走进)(?:${PROVINCE_NAMES.join('|')})$`);
/** What opens a sentence framed by the places it happens in, before the last of them (`在西双版纳和|玉溪，…`, `在|昆明，…`). */
const FRAMING_PLACES_BEFORE = /(?:^|[。；！\n])在(?:[\u4e00-\u9fff]{2,8}[和、与])?$/;
/** The rest of a list up to 等 and the kind of its items, places or firms (`、B和C等多地`, `等美国互联网巨头`, `等多座美国城市`). */
// (and of rivers, lakes, peaks, villages or sights closed by their kind: `沙柳河、泉吉河等河道`)
const LIST_OF_PLACES_OR_FIRMS = /^(?:[、和][^，。；、]{2,8}?)*等(?:多|[一二三四五六七八九十\d]+个?)?(?:[^，。；、]{0,6}?(?:企业|公司|巨头|平台|品牌|城市)(?![家主职员代负高董总创领])|地(?![区方])|国家(?=[，。；的])|(?:河道|河流|湖泊|水库|山峰|村庄|乡镇|景区))/;
/** A day or a word of one opening what follows a paper's 讯 (`讯 6月21日，`, `讯 近日，`). */
const DAY_OPENING = /^\s*(?:[\d０-９]{1,2}月|[\d０-９]{1,2}日|近日|日前|今天|昨天)/;
/** The day and 电 of a dateline after its place (`…11月20日电`, `…１月２２日电`). */
const DATELINE_AFTER = /^[\d０-９]{1,2}月[\d０-９]{1,2}日电/;

/** A day or a time of day right before 在 (`20日在`, `上午在`). */
const DAY_THEN_AT = /(?:日|[上下]午|晚|晨)在$/;
/** What one does at a place named after 在 (`…在惠灵顿同…`, `…在成都会见…`), not 同志 after a name. */
const ACT_AT_PLACE = /^(?:同(?!志)|与|会见|会晤|会谈|拜会|出席|主持|举行|召开|考察|调研|视察)/;

/** What follows a village or a town, not a person: its people, or a place of a list no name ends with (`…村农民`, `…镇、金泉街道`; not `刘来村、关牧村`). */
const PLACE_OF_LIST_OR_PEOPLE = /^(?:农民|村民|群众|党员|干部|居民|两委|党支部|村委|[、和与及][\u4e00-\u9fff]{1,5}?(?:街道|社区|县|区))/;
/** A list of towns or villages closed by their count (`…、郭里镇5个镇`). */
const UNITS_COUNTED_AFTER = /^(?:、[\u4e00-\u9fff]{2,5}?[镇乡村])*[\d一二三四五六七八九十两]+个(?:镇|乡|村|街道|乡镇)/;
/** The first characters of the posts' heads: the cheap test before TITLE_HEAD_AT. */
const HEAD_FIRSTS = new Set(TITLE_HEADS.map((h) => h[0]!));
/** What a sect's name goes on to (`什叶派|民兵`, `…派宗教领袖`). */
const SECT_AFTER = /^(?:民兵|武装|分子|宗教|领袖|势力|组织|穆斯林|教徒)/;
/** The rest of a flood-control site's name after a span (`罗汉寺|闸`, `蒋湖巴|家潭堤段`, `彭市熊|家月护岸工程`). */
// (the item ends there: a list's mark or the clause's end after the works, `罗汉寺闸、`; not `闸门`, `在大堤上`, `来到临江泵站，`)
const FLOOD_WORK_AFTER = new RegExp(`^(?![在沿到赴对向])[\\u4e00-\\u9fff]{0,4}?(?:${FLOOD_WORKS.join('|')})(?:工程)?(?=[、，。；等和及与]|$)`);
/** A paper's or a station's name after a city's (`玉溪|日报`, `临江|广播电视台`). */
const PAPER_AFTER = new RegExp(`^(?:${PAPER_SUFFIXES.join('|')})`);
/** A company's suffix right after a span (`金仁宝|集团`). */
const COMPANY_AFTER = /^(?:集团|公司|控股|股份|实业|有限)/;
/** Verbs of arriving at a place right before a span (`抵达莫尔斯比港`). */
const ARRIVED_AT = /(?:抵达|到达|飞抵|前往|离开)$/;
/** Does `start` stand inside a kicker's 【…】 (looked for 30 characters back)? */
function inKicker(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return before.lastIndexOf('【') > before.lastIndexOf('】');
}
/** Is [start, end) inside a quoted slogan that a strategy's or a policy's head follows (`“变陆锁国为陆联国”战略`)? */
function inNamedSlogan(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 20);
  const open = text.slice(from, start).lastIndexOf('“');
  if (open < 0 || text.slice(from + open, start).includes('”')) return false;
  const close = text.slice(end, end + 21).indexOf('”');
  if (close < 0) return false;
  return /^(?:战略|政策|倡议|理念|构想|计划|工程|行动|方针|思想)/.test(text.slice(end + close + 1, end + close + 3));
}
/** What follows the start of a port's or an island's name where something is done there (`莫尔斯|比港会见`). */
const PORT_AFTER = /^[\u4e00-\u9fff]{0,2}[港湾岛](?=[^，。；]{0,6}?(?:会见|会晤|会谈|出席|举行|参加|主持|同|与))/;

/** Leadership praised after a leader's post, the word before it read as a name (`英明和坚强领导下`, `坚强领导`). */
const LEADERSHIP_AFTER = /^(?:[和、][\u4e00-\u9fff]{2})?领导/;

/** The marks that end a clause, for the items of a 、-list. */
const CLAUSE_MARKS = new Set('，。；：！？\n,;:!?');

/**
 * Is a span the model reads only by the list it stands in, and not surely, one item of a 、-list of
 * phrases — half of its items or more holding no name the model reads (`接地气、察民情、聚民智、惠民生`), or
 * of two, the other a short phrase (`为树苗培土、浇水`, `枝繁叶茂、生生不息`)? A list of names is names throughout.
 * `clauses` holds the verdict of each clause read (by its start): a list of a hundred names is read once.
 */
/**
 * A three-character item of a 、-list of slogans of one shape, a verb and a word (`稳增长、惠民生、防风险`): no name, though a
 * surname opens it — its neighbours are such phrases too, none of them read as a name.
 */
function sloganItem(text: string, s: { start: number; end: number; name: string; cue?: string }, spans: readonly { start: number; end: number }[]): boolean {
  if (s.cue !== 'list' || s.name.length !== 3 || text[s.start - 1] !== '、' || text[s.end] !== '、' || !isCommonWord(s.name.slice(1))) return false;
  const before = text.slice(s.start - 4, s.start - 1);
  const after = text.slice(s.end + 1, s.end + 4);
  if (!/^[\u4e00-\u9fff]{3}$/.test(before) || !/^[\u4e00-\u9fff]{3}$/.test(after)) return false;
  if (spans.some((x) => (x.end === s.start - 1) || x.start === s.end + 1)) return false;
  return isCommonWord(before.slice(1)) && isCommonWord(after.slice(1)) && !isCommonWord(before) && !isCommonWord(after);
}

function phraseList(
  text: string,
  s: { start: number; end: number; score: number; cue?: string },
  spans: readonly { start: number; end: number }[],
  clauses: Clauses,
): boolean {
  if (s.cue !== 'list' || s.score >= 0.85) return false;
  // (a span of the clause read last starts from its start: no walk back over the names before it)
  let from = s.start;
  if (from >= clauses.from && from <= clauses.to) from = clauses.from;
  else while (from > 0 && !CLAUSE_MARKS.has(text[from - 1]!)) from--;
  const known = clauses.verdicts.get(from);
  if (known !== undefined) return known;
  let to = s.end;
  while (to < text.length && !CLAUSE_MARKS.has(text[to]!)) to++;
  clauses.from = from;
  clauses.to = to;
  // (the spans are in text order: each item looks from the first span at or after its start)
  const items: { start: number; end: number; named: boolean }[] = [];
  let j = lowerBound(spans, from);
  for (let a = from, k = from; k <= to; k++) {
    if (k < to && text[k] !== '、') continue;
    while (j < spans.length && spans[j]!.start < a) j++;
    items.push({ start: a, end: k, named: j < spans.length && spans[j]!.start < k && spans[j]!.end <= k });
    a = k + 1;
  }
  // (of two items, the other a short phrase: `培土、浇水`, not the rest of a clause, `林彪、“四人帮”迫害致死`)
  const verdict =
    items.length === 2
      ? items.some((x) => !x.named && x.end - x.start <= 4 && !/[“”"《]/.test(text.slice(x.start, x.end)))
      : items.length >= 3 && items.filter((x) => x.named).length * 2 <= items.length;
  clauses.verdicts.set(from, verdict);
  return verdict;
}

/** What phraseList keeps for a text: each clause's verdict, by the clause's start; the last clause read, [from, to). */
interface Clauses {
  verdicts: Map<number, boolean>;
  from: number;
  to: number;
}

/** What a list of places ends with (`…等地区`, `…等地`, `…等城市`, `…等多地`, `…等多个城市`; not `等多国驻华使节`). */
const PLACES_CALLED = /^等(?:(?:多个?|诸)(?:地区|地|城市)|地区|地|城市|州|省|市|县|国家|国)/;

/**
 * Is the span an item of a 、-list of places: one the text calls places (PLACES_CALLED), or whose other items are two
 * at least, and a third of them, place words of the dictionary whole (`阿富汗、阿塞拜疆、孟加拉国、柬埔寨、伊朗`,
 * `…、卡塔尔、俄罗斯`)? Then it is a place too. A span of a Chinese name's shape only in a list the text calls places whose
 * other items are no names.
 */
function amongPlaces(text: string, s: { name: string; start: number; end: number }, listEnds: Map<number, number>): boolean {
  if (text[s.start - 1] !== '、' && text[s.end] !== '、') return false;
  // (a span of a Chinese name's shape only in a list the text calls places whose other items are no names: `哈尔科夫、第聂伯罗、苏梅等多地`)
  const named = nameShape(s.name);
  const end = listEndFrom(text, s.end, listEnds);
  // (a list the text calls places: `在哈尔科夫、尼古拉耶夫等地区`)
  const called = PLACES_CALLED.test(text.slice(end, end + 4));
  // (the items only where they are read: not for a name's shape in a list no word calls places, most lists of names)
  if (named && !called) return false;
  if (!named && called) return true;
  // the other items of the 、-list the span stands in: those after it (to the list's end), then those before it
  const items: string[] = [];
  for (let at = s.end, m; at < end && (m = LIST_ITEM_AFTER.exec(text.slice(at + 1, at + 9))); at += m[0].length + 1) items.push(m[0]);
  for (let at = s.start - 1, m; text[at] === '、' && (m = /[^、，。；：\s和及与]{1,8}$/.exec(text.slice(Math.max(0, at - 8), at))); at -= m[0].length + 1) items.push(m[0]);
  if (named) return !/^等[^，。；]{0,2}地方/.test(text.slice(end, end + 5)) && items.length >= 2 && items.every((item) => !nameShape(item));
  // (a list of places: two of its items at least, and a third, are place words whole)
  const places = items.filter((item) => placeWordAt(item, 0) === item.length).length;
  return places >= 2 && places * 3 >= items.length;
}

/** An item of a 、-list, read from right after its 、. */
const LIST_ITEM_AFTER = /^[^、，。；：\s和及与等]{1,8}/;

/**
 * Where the 、-list that goes on at `end` (with a 、 there) ends: after its last item (`end` itself where none
 * follows). `listEnds` holds, for a text, where the list goes on to from each 、 walked: each span of a list of two
 * thousand names (a roll of a congress's members) used to walk the rest of the list again.
 */
function listEndFrom(text: string, end: number, listEnds: Map<number, number>): number {
  const walked: number[] = [];
  for (let m; ; end += m[0].length + 1) {
    const known = listEnds.get(end);
    if (known !== undefined) {
      end = known;
      break;
    }
    if (text[end] !== '、' || !(m = LIST_ITEM_AFTER.exec(text.slice(end + 1, end + 9)))) break;
    walked.push(end);
  }
  for (const at of walked) listEnds.set(at, end);
  return end;
}

/**
 * Is the span a place word of the dictionary but its last character (`访问阿塞拜疆` → 阿塞拜)? Not
 * where that character makes a body of a person's name (`克林顿政府`, a word of the dictionary too).
 */
function placeRunsOn(text: string, s: { name: string; start: number }): boolean {
  const len = placeWordAt(text, s.start);
  return len === s.name.length + 1 && !/[府党部会院局委团军队社]/.test(text[s.start + s.name.length] ?? '');
}

/** A hyphen and the part of a name after it, up to a mark. */
// (not 等 after it: `萨希杜·丹戈—纳代伊等`)
const HYPHEN_PART = /^[-－‐—](?:(?!等)[\u3400-\u9fff]){2,5}(?=等|[^\u3400-\u9fff]|$)/;

/** The parts of a foreign name before a span in its last part: `加思来提·麻合` of 加思来提·麻合苏提. */
const DOTTED_HEAD = new RegExp(`(?<=^|[、，。：；“\\s])(?![用在和与对向把被从])[\\u3400-\\u9fff]{1,8}(?:[${NAME_DOTS}][\\u3400-\\u9fff]{1,8})*[${NAME_DOTS}][\\u3400-\\u9fff]{1,3}$`);
/** A middle dot and the start of a last part, right before a span (`加思来提·麻合|苏提`). */
const LAST_PART_BEFORE = new RegExp(`[${NAME_DOTS}][^\\P{Script=Han}和与及同的]{1,3}$`, 'u');

/**
 * Is the span, or the span with up to three more characters, a transliterated Slavic place
 * (FOREIGN_PLACE_ENDINGS: 库皮扬斯克; the model may stop short, 阿夫杰耶 of 阿夫杰耶夫卡)?
 */
function foreignPlace(text: string, start: number, end: number): boolean {
  for (let more = 0; more <= 3 && end + more <= text.length; more++) if (FOREIGN_PLACE_RE.test(text.slice(start, end + more))) return true;
  return false;
}

/** Does the text write `name` somewhere with another character than `next` after it? */
function writtenWhole(text: string, name: string, next: string): boolean {
  for (let k = text.indexOf(name); k !== -1; k = text.indexOf(name, k + 1)) if (text[k + name.length] !== next) return true;
  return false;
}
/** The family a name heads (`王丽夫妇`, `张明一家`), whose first character a model may read into the name. */
const FAMILY_AFTER = /^(?:夫妇|夫妻|一家|父子|父女|母子|母女|祖孙|爷孙)$/;
/** The verbs of going a visit opens with, whose first character a model may read into a name before them. */
const GOING_VERB = /^(?:来到|前往|走进|深入|登上|走上|步入|踏上)$/;

/**
 * Is a bare two-character span `X军` a country's army, where the text names that country by
 * the same one character (乌军 beside 乌方, 乌称, 乌总统) or a country whose name begins with it
 * (乌克兰, for a span read with no cue)? A person so named (韩军) comes with a post, or in a list of a text that names
 * no such side.
 */
export function armyOf(text: string, s: { name: string; cue?: string }): boolean {
  // (two characters, or four where the reader ran on into what the army has: `乌军坦克`)
  if ((s.cue && s.cue !== 'list') || (s.name.length !== 2 && s.name.length !== 4) || s.name[1] !== '军') return false;
  if (new RegExp(`${s.name[0]}(?:方|称|总统|外长|政府|国防部)`).test(text)) return true;
  // (or, read with no cue, names a country whose name begins with it: 乌军 beside 乌克兰方面称; not a list's 马军
  // in a text that names 马来西亚)
  if (!s.cue) for (let k = text.indexOf(s.name[0]!); k !== -1; k = text.indexOf(s.name[0]!, k + 1)) if (countryAt(text, k) > 0) return true;
  return false;
}

/**
 * Does the text use a bare span as a place elsewhere: followed by a region's word (哈尔科夫州, 阿巴嘎旗,
 * 哈尔科夫方向, 扎波罗热地区, 乌克兰东部), or as an item of a list one closes (在库皮扬斯克、赫尔松等方向, 在巴赫穆特等地)?
 * A person's name is not written so. `beforePlace` gives
 * stringsBeforePlaceWords of the text, at least as long as the name (called only where a cue does not decide).
 */
export function placeByUse(text: string, s: { name: string; cue?: string }, beforePlace = (): Set<string> => stringsBeforePlaceWords(text, s.name.length)): boolean {
  // (a list is no post: `锡林浩特市、阿巴嘎旗` lists places as it lists names)
  if (s.cue && s.cue !== 'list') return false;
  if (!beforePlace().has(s.name)) return false;
  for (let k = text.indexOf(s.name); k !== -1; k = text.indexOf(s.name, k + s.name.length))
    if (PLACE_USE.test(text.slice(k + s.name.length, k + s.name.length + 6)) || PLACES_LISTED_USE.test(text.slice(k + s.name.length, k + s.name.length + 60))) return true;
  return false;
}

/**
 * Every string of 1 to `longest` characters that stands right before a region's word in the
 * text: found once for all the spans of a text, so that placeByUse reads the text again only
 * for a name among them (reading it for every span was quadratic: 8,917 spans of one
 * 167,617-character text took a quarter of a second).
 */
export function stringsBeforePlaceWords(text: string, longest: number): Set<string> {
  const out = new Set<string>();
  PLACE_WORDS.lastIndex = 0;
  for (let m; (m = PLACE_WORDS.exec(text)) !== null; PLACE_WORDS.lastIndex = m.index + 1) {
    // (on from the next character, not after the word: 以东 and 东部 of 以东部 both)
    for (let l = 1; l <= longest && l <= m.index; l++) out.add(text.slice(m.index - l, m.index));
  }
  // (and each item of a list a region's word closes, `在赫尔松、顿涅茨克等方向`, `在巴赫穆特等地`: the word found first,
  // the list read back from it to its clause's mark — a scan from every character for the list was seven times the cost)
  for (const m of allMatches(LISTED_PLACE_END, text)) {
    let k = m.index!;
    while (k > 0 && m.index! - k < 80 && !LIST_BACK_STOP.has(text[k - 1]!)) k--;
    // (an item's last characters too, where a model read a name inside the place: `尼古拉耶夫至…方向` → 古拉耶夫)
    for (const item of text.slice(k, m.index!).split(/[、和至]/)) if (item.length <= 10) for (let l = 2; l <= item.length; l++) out.add(item.slice(-l));
  }
  return out;
}
/** Where a list of places stops: a region's word after 等, or 方向 and its kin after the last item (`…等方向`, `…等地`, `…和梅利托波尔方向`). */
const LISTED_PLACE_WORD = '(?:等(?:多个|[一二三四五六七八九十\\d]+个)?(?:方向|地区|地(?![方区])|城市|前线|一带)|(?:方向|地区|附近|一带|前线))';
/** What ends a list a region's word closes (`…等方向`, `…等地`, `…方向`): LISTED_PLACE_WORD, found anywhere. */
const LISTED_PLACE_END = new RegExp(LISTED_PLACE_WORD, 'g');
/** Where reading such a list back stops: a clause's mark, a quote, 在 before it, or 等 of an earlier list. */
const LIST_BACK_STOP = new Set([...'，。；：“”在等\n ']);
/** What follows one item of such a list (`、顿涅茨克等方向`, `等方向`, `和巴赫穆特方向`, `至克里沃罗格方向`). */
const PLACES_LISTED_USE = new RegExp(`^(?:[、和至][^，。；、：\\s“”在和至等]{2,10}){0,6}${LISTED_PLACE_WORD}`);
// (a street before its unit is a place: `黄瓦街派出所`, `…街道`)
// (an island, a port, a strait, a bay, a border crossing, an airport or a province after it too: `赵述岛`, `钱凯港`, `霍尔木兹海峡`,
// `哈塔伊省`; not 港澳, 港人, 湾区, a province's posts and bodies, nor 省 the verb after a name: `王明省吃俭用`, `刘海省下的钱`)
// (以东 … 北部 written out, not as 以[东西南北] and [东西南北]部: PLACE_WORDS must know each word's first character)
const PLACE_WORD = '(?:州|市|旗(?![帜下舰手])|街(?=派出所|社区|道|办事处)|方向|地区|郊区|附近|一带|前线|境内|全境|以东|以西|以南|以北|东部|西部|南部|北部|岛(?![内上])|港(?![澳人籍商台府])|海峡|海湾|湾(?!区)|口岸|机场|半岛|省(?![长委政人纪军直吃下去钱力心事会城]))';
const PLACE_USE = new RegExp(`^${PLACE_WORD}`);
/**
 * PLACE_WORD wherever it stands, tried only where one of its words starts (the first characters given): the same
 * matches as a `g` expression of it, in half the time (≈ 10 → 5.5 ms over every text of January 1998).
 */
const PLACE_WORDS = new WordScan([...'州市旗街方地郊附一前境全以东西南北岛港海湾口机半省'], PLACE_WORD);
