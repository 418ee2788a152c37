// Segment: a cleaned page → its articles (headline, subtitle, dateline, reporters, body).
//
// Party-newspaper pages arrive as PDF text: columns interleaved, lines broken inside
// sentences, headlines before their bodies on some pages and after them on others, page
// furniture in between. The rules, in order:
//   1. lines are classified: furniture (page header, 第N号, 今日N版, 扫码看视频, 下转N版),
//      datelines (`湖南日报3月26日讯(全媒体记者 X)`), bylines (`■湖南日报全媒体记者 X`),
//      photo credits (`… 摄` / `摄影报道`), the 编者按 label, and text;
//   2. text lines are joined into paragraphs: a line that does not end a sentence goes on
//      in the next line (PDF hard breaks), except into a dateline, a byline or the
//      headline lines that stand right before one;
//   3. anchors open articles: a dateline, a leading byline, 编者按, a photo caption;
//      paragraphs without sentence punctuation are headline blocks;
//   4. headline lines are given to the article whose text they share the most character
//      bigrams with (near it on the page): this handles both layouts, and the pages that
//      pool several headlines in one place.
import type { ArticleKind, Reporter } from '../model';
import { pageYear, planYear, frequentYear, isoDate, cnNumber, type HeaderDate } from './dates';
import { parseReporters, NEWSPAPER, BYLINE_MARK, REPORTER_ROLE, REPORTER_RANK } from './reporters';
import { nameShape, allMatches } from '../extract/text';
import { isCommonWord, isCommonNoun } from '../extract/jieba';
import { AUTHOR_NOTE_SOURCE, GROUP_CUES, TITLE_HEADS } from '../extract/lexicon';
import { mapArray } from '../arrays';

export interface SegmentedArticle {
  kind: ArticleKind;
  newspaper: string | null;
  date: string | null;
  published: string | null;
  title: string;
  subtitle: string | null;
  reporters: Reporter[];
  text: string;
}

export interface SegmentOptions {
  year: number | null;
  /** The issue's date the file's name gives (`pfr-19980101-01-001.txt`, `rmrb-2018-01-02-07.pdf`): a page header the page lacks. */
  issue?: HeaderDate | null;
}

type LineKind = 'furniture' | 'dateline' | 'byline' | 'credit' | 'note' | 'text';

interface Para {
  kind: LineKind | 'headline';
  lines: string[];
  text: string;
  /** running text that stops short of a sentence's end before an attendance line: the column was cut */
  cut?: boolean;
}

interface Draft {
  kind: ArticleKind;
  newspaper: string | null;
  month: number | null;
  day: number | null;
  reporters: Reporter[];
  paras: string[];
  headlines: string[];
  /** index of the paragraph that opened it, to measure distance to headline blocks */
  at: number;
  dated: boolean;
  /** opened by `本报讯`: the paper is the page's masthead */
  fromBenbao?: boolean;
  /** a photo's: the byline of the item it was printed above, whose only paragraph it took (the item's text follows it) */
  carried?: Reporter[];
}

const SENTENCE_END = /(?:[。！？!?…]|[。！？!?][”’」』）)]|摄影?报道[)）]?|摄[)）]?)$/;
/**
 * Does a paragraph's text end a sentence? Its last 5 characters tell (SENTENCE_END matches no more): an expression
 * anchored at the end only is tried from every character, and a paragraph of a page's wrapped lines is asked again
 * at each line it grows by.
 */
const endsSentence = (text: string): boolean => SENTENCE_END.test(text.slice(-5));
/** A kicker's ■ and 2–40 characters closing a paragraph's text (read from its last 41 characters, as endsSentence reads). */
const closesWithKicker = (text: string): boolean => /■[^■]{2,40}$/.test(text.slice(-41));
/** `（附图片１张）` closing a headline line (People's Daily): a note, not text; the headline ends there. */
const PICTURE_NOTE = /\s*[（(]附(?:图片|照片)\s*\d*\s*张?[)）]$/;
/** Does the text end with a closing bracket (after which a note or a signature in brackets may stand)? */
const closesWithBracket = (text: string): boolean => text.endsWith('）') || text.endsWith(')');
const FURNITURE = [
  /^第\d+号$/,
  /^今日\d+版$/,
  /^星期[一二三四五六日天]$/,
  /^[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年.{0,12}$/,
  /扫码(?:看|观看)?视频|扫一扫|扫码阅读/,
  /^[▷▶►>]?\s*[(（]?(?:下转|上接|转)\s*\d+\s*版[)）]?$/,
  /^[(（](?:下转|上接|转)第?\d+版[)）]$/,
  /^\d{4}年\d{1,2}月(?:\d{1,2}日)?\s*(?:星期[一二三四五六日天])?$/,
  /^\d{1,2}$/,
  /^[A-Z]?\d{1,2}\s*(?:版)?$/,
  /^(?:要闻|综合|时政|评论|经济|社会|国际|体育|文化)(?:\s*\d+)?$/,
];
/** A picture's label on a line of its own (`（A、B）`), anywhere on the page. */
const PICTURE_LABEL = /^[（(][A-Z](?:[、,，][A-Z])*[)）]$/;
/** What LOST_BREAK needs, found fast before its lookbehind is tried at every character of a long line. */
const DATELINE_INSIDE = /\d{1,2}月\d{1,2}日(?:讯|电)/;
/** A wire dateline in brackets standing alone, as People's Daily prints it at an item's end: group 1 the month, 2 the day. */
const TRAILING_DATELINE = /^[（(](?:据)?新华社[^（）()，。]{0,12}?(\d{1,2})月(\d{1,2})日电[）)]$/;
/** The same closing the last paragraph after its last sentence, a correspondent's too (`（本报莫斯科１月５日电）`). */
const TRAILING_DATELINE_END = /[。！？”][（(](?:据)?(?:新华社|本报)[^（）()，。]{0,12}?(\d{1,2})月(\d{1,2})日电[）)]$/;
/** In a page whose line breaks were lost, a dateline still opens a line. */
const LOST_BREAK = new RegExp(`(?<=[。！？”])\\s*(?=(?:${NEWSPAPER})\\d{1,2}月\\d{1,2}日(?:讯|电))`, 'g');
const MASTHEAD = /^[\u4e00-\u9fff]{2,6}(?:日报|晚报|都市报|时报|商报|早报)$/;
const CONTINUATION = /[▷▶►]|[(（](?:下转|上接)/;
// `湖南日报3月26日讯`, `新华社北京3月5日电`, `本报讯`, `本报长沙3月5日讯` (the date may be absent: `本报合肥电`)
// wire items write the date in Chinese numerals (`新华社北京一月十六日电`) and may be quoted (`据新华社…电`)
const CN_DAY = '[一二三四五六七八九十]{1,3}';
const DATELINE = new RegExp(
  `^据?(${NEWSPAPER}|本报)\\s*(?:[\\u4e00-\\u9fff·]{2,8}?(?=\\s*(?:\\d|${CN_DAY}月|电)))?(?:(\\d{1,2}|${CN_DAY})月\\s*(\\d{1,2}|${CN_DAY})日)?\\s*(?:讯|电)`,
);
/** A dateline's month or day: digits or Chinese numerals. */
const dayNumber = (s: string): number => (/^\d+$/.test(s) ? Number(s) : cnNumber(s) ?? NaN);
/** `讯中央人民广播电台记者刘振英、本报记者陈维伟报道：` — reporters named before 报道 instead of in brackets. */
const REPORTED_BY = /^([^。：:]{0,80}?(?:记者|通讯员)[^。：:]{2,60}?)报道[：:]/;
/** `…讯记者陈陆军从广播电影电视部获悉：`: the reporters the dateline names before where they learned it (`记者杨振武、孟宪励从…了解到`; the rest stays the text). */
const LEARNED_BY = /^((?:记者|通讯员)[\u4e00-\u9fff]{2,3}?(?:、[\u4e00-\u9fff]{2,3}?)*)(?=(?:日前|近日)?从[^。：:]{2,30}?(?:获悉|了解到|得到消息)|据)/;
/**
 * A byline line: `■湖南日报全媒体记者 X`, `本报首席记者 X 见习记者 Y`, `◎记者 X 通讯员 Y`, a paper's
 * app (`南方+记者 X`, `川观新闻记者 X`), and `文/X 图/Y`.
 */
const BYLINE = new RegExp(
  `^${BYLINE_MARK}?\\s*(?:[\\u4e00-\\u9fff]{1,8}报|新华社|中新社|[\\u4e00-\\u9fff]{1,4}[+＋]|[\\u4e00-\\u9fff]{1,4}新闻(?:客户端)?)?(?:驻[\\u4e00-\\u9fff]{1,10}?)?` +
    `(?:${REPORTER_RANK})?(?:记者|评论员|通讯员)(?![站部])[\\s\\u4e00-\\u9fff·/／]{0,40}$` +
    `|^${BYLINE_MARK}?\\s*(?:[文图]\\s*[/／]\\s*|文\\s*[/／]\\s*图\\s+)[\\u4e00-\\u9fff·]{2,4}(?:[\\s、]+(?:[文图]\\s*[/／]\\s*)?[\\u4e00-\\u9fff·]{2,4}){0,4}$`,
);
/** `本报杭州3月4日讯 记者 X 通讯员 Y 3月4日，…`: reporters a dateline names without brackets, up to the lede (a digit, a space or the line's end). */
const BARE_REPORTERS = new RegExp(
  `^\\s*((?:${REPORTER_ROLE})\\s*[/／]?\\s*[\\u4e00-\\u9fff·]{2,4}(?:(?:[\\s、]+|\\s*(?:${REPORTER_ROLE})\\s*[/／]?\\s*)[\\u4e00-\\u9fff·]{2,4})*)(?=\\s|\\d|$)`,
);
/** A line or a paragraph that opens with a byline's mark. */
const BYLINE_MARK_START = new RegExp(`^${BYLINE_MARK}`);
/** `…出席。（记者 X 通讯员 Y）`: a bracket of roles and names closing the text (not a photo's `…摄）`). */
const CLOSING_CREDIT = new RegExp(`[。！？”]\\s*[（(]\\s*((?:本报|[\\u4e00-\\u9fff]{2,8}(?:报|社))?(?:${REPORTER_ROLE})[^（）()。]{2,40}?)(?<!摄)[)）]$`);
/**
 * `文字：人民日报客户端 杜尚泽；摄影：新华社记者 鞠鹏 谢环驰`: the credits closing a feature, each role's outlet before its
 * names (a paragraph of its own, or the end of the last one after its sentence).
 */
const ROLE_CREDITS = /(?:^|[。！？]\s*)(?:文字|撰文|文)[：:]\s*([^；;。：:]{2,40})[；;]\s*(?:摄影|图片|图)[：:]\s*([^；;。：:]{2,40})$/;
/** A credit's outlet and role before its names (`人民日报客户端 `, `新华社记者 `). */
const CREDIT_OUTLET = /^(?:[\u4e00-\u9fff]{2,10}(?:客户端|日报|报|社|网|台)(?=\s|记者))?\s*(?:记者)?\s*/;

/**
 * The names after each role of ROLE_CREDITS, read as a byline is (`本报记者 X 通讯员 Y`), its outlet (`…客户端 `) first left out;
 * those of the pictures are the photographers.
 */
function roleCredits(m: RegExpExecArray): Reporter[] {
  const read = (s: string) => parseReporters(s.trim().replace(CREDIT_OUTLET, ''));
  return [...read(m[1]!), ...read(m[2]!).map((r) => reporter(r.name, '摄影'))];
}

const BYLINE_NAMES = /^(?:(?:通讯员|记者|实习生)\s*)?[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,4}$/;
/** `（王彦田 周亮）` alone on a line under a headline: the reporters. */
const NAMES_IN_PARENS = /^[（(][\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4}){0,4}[)）]$/;
/** Names in a bracket closing a paragraph, after its last sentence: `…农作物。（梁文龙）`. */
const CLOSING_NAMES = /[。！？”]\s*[（(]([\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4}){0,4})[)）]$/;
/** What such a bracket holds when it is no signature: a source, a note, a body. */
const NOT_SIGNATURE = /^(?:完|续|待续|续完|图片|图略|附图|下转.*|上接.*)$|新华社|本报|专电|另发|删节|供稿|供图|来源|[摄摘发稿]$|(?:局|部|委|会|社|报|网|台|站|办|厅|院|所|处|室|中心|公司|集团)$/;
const CREDIT = /(?:记者|通讯员|摄影)\s*[\u4e00-\u9fff·\s]{2,30}(?:摄影?报道|摄)$/;
/** The longest a photo's caption runs (seed pages' and People's Daily's run to about 120 characters). */
const CAPTION_LENGTH = 160;
/** What tells a paragraph as a photo's caption (`图为…`, `这是…合影`, `图片：`, `题头照片为…`, a numbered `２、…`). */
const CAPTION = /^(?:[\d０-９一二三四五六七八九]+[、：:．.])|图为|这是|合影|图片|照片|上图|下图|左图|右图|题头|压题/;
/** A credit in brackets, the whole line (`（新华社记者樊如钧摄）`, `（本报记者 张三摄）`). */
const BRACKETED_CREDIT = /^[（(](?:(?:[\u4e00-\u9fff]{1,8}(?:报|社))?(?:记者|通讯员|摄影)\s*[\u4e00-\u9fff·\s、]{2,30}|[\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4}){0,3})(?:摄影?报道|摄)[)）]$/;
const PHOTO_DATE = /^(\d{1,2})月(\d{1,2})日[,，]/;

export function segmentPage(page: string, options: SegmentOptions): SegmentedArticle[] {
  // (a long line holding a dateline inside is two articles run together; a heading's # goes)
  // (in one pass, no array per line: this ran on every line of every page)
  const rawLines: string[] = [];
  const keep = (l: string): void => void rawLines.push((l[0] === '#' ? l.replace(/^#+\s*/, '') : l).trim());
  for (const line of page.split('\n')) {
    if (line.length > 300 && DATELINE_INSIDE.test(line)) line.split(LOST_BREAK).forEach(keep);
    else keep(line);
  }
  // a headline line that announces its picture ends there: the note goes, a break stays
  const headlineEnds = new Set<string>();
  for (let i = 0; i < rawLines.length; i++) {
    // (the note closes the line with a bracket: most lines, and every long one, end otherwise)
    if (!closesWithBracket(rawLines[i]) || !PICTURE_NOTE.test(rawLines[i])) continue;
    rawLines[i] = rawLines[i].replace(PICTURE_NOTE, '');
    headlineEnds.add(rawLines[i]);
  }
  const header = pageYear(rawLines.slice(0, 12)) ?? options.issue ?? null;
  // the masthead (`湖北日报` alone on a line at the top) names the paper of `本报讯`
  const masthead = rawLines.slice(0, 8).find((l) => MASTHEAD.test(l)) ?? null;
  const lines = rawLines.filter((l, i) => l && !isFurniture(l, i) && !(i < 8 && l === masthead));
  const paras = toParagraphs(lines, rawLines, headlineEnds);
  const drafts = toDrafts(paras);
  // Nothing opened an article (no dateline, byline or body paragraph), yet the page has
  // text: one sentence without a full stop (`…唱几句：`, `…一看傻眼了……`), a lone headline,
  // a list of headlines. Dropping it would lose its people; it is one article, its lines
  // the body (with no body to match, a headline block has nothing to title).
  if (drafts.length === 0 && paras.length > 0) {
    const lone = newDraft('other', 0);
    for (const p of paras) {
      p.kind = 'text'; // not a headline block: nothing else on the page for it to title
      lone.paras.push(p.text);
    }
    drafts.push(lone);
  }
  for (const d of drafts) {
    if (d.fromBenbao) d.newspaper = masthead;
    // `本报讯` has no date of its own: the lede's `11日，` with the page's month tells it
    const day = /^(\d{1,2})日/.exec(d.paras[0] ?? '');
    if (!d.dated && d.fromBenbao && day && header) {
      d.month = header.month;
      d.day = Number(day[1]);
      d.dated = true;
    }
  }
  assignHeadlines(drafts, paras);
  // a wire item's dateline printed in brackets at its end (`（新华社那曲１月１２日电）`, People's Daily): its day, no subtitle
  for (const d of drafts) {
    const at = d.headlines.findIndex((h, k) => k > 0 && TRAILING_DATELINE.test(h));
    if (at < 0) continue;
    const m = TRAILING_DATELINE.exec(d.headlines[at]!)!;
    d.headlines.splice(at, 1);
    if (!d.dated) {
      d.month = Number(m[1]);
      d.day = Number(m[2]);
      d.dated = true;
    }
  }
  // a signed piece whose closing note gives its author's posts: the one name signing it is its author, a person of the text
  // (his name its first line), no reporter (`审计：…武器` / `王大成` / … / `（作者为国家审计署办公厅主任）`)
  // (a name signing it alone on a line of the page, no reporter's credited by a role: `本报记者王明` keeps his)
  for (const d of drafts) {
    if (d.reporters.length !== 1 || !AUTHOR_NOTE_CLOSING.test(d.paras.at(-1) ?? '') || !ONE_NAME.test(d.reporters[0]!.name) || !rawLines.includes(d.reporters[0]!.name)) continue;
    d.paras.unshift(d.reporters.pop()!.name);
  }
  // a signed piece's author under its headline, by post and name alone (`水利部部长钮茂生`, `中国农业银行行长何林祥`):
  // the text's first line, where the post is read as his, not a subtitle
  for (const d of drafts) {
    // (or a name alone among them, where the note closing the text gives the author's posts: `…（作者为…副市长）`)
    const at = d.headlines.findIndex((h, k) => k > 0 && (authorLine(h) || (ONE_NAME.test(h) && signatureName(h) && AUTHOR_NOTE.test(d.paras.at(-1) ?? ''))));
    if (at > 0) d.paras.unshift(...d.headlines.splice(at, 1));
  }
  // (or closing its last paragraph: `…产生了怀疑。（新华社耶路撒冷１月１０日电）`)
  for (const d of drafts) {
    const m = d.dated ? null : TRAILING_DATELINE_END.exec(d.paras.at(-1) ?? '');
    if (!m) continue;
    d.month = Number(m[1]);
    d.day = Number(m[2]);
    d.dated = true;
  }

  // a byline printed above a photo signs the item after the photo, where that item names no reporter of its own
  for (const [k, d] of drafts.entries()) {
    const next = d.carried ? drafts.slice(k + 1).find((x) => x.kind !== 'photo') : undefined;
    if (next && next.reporters.length === 0) next.reporters.push(...d.carried!);
  }
  // the page header, else a year the text states, else the caller's, else the text's most frequent
  const year = header?.year ?? planYear(page) ?? options.year ?? frequentYear(page) ?? null;
  const published = header && header.day ? isoDate(header.year, header.month, header.day) : null;
  return mapArray(
    drafts.filter((d) => d.paras.length > 0 || d.headlines.length > 0),
    (d) => {
      let y = year;
      // a December dateline on a January page belongs to the year before
      if (y !== null && header && d.month !== null && d.month > header.month + 1) y = y - 1;
      // without a header, a December dateline in a text that names the year before the
      // caller's most (`今天是一九九七年的最后一天` under --year 1998) is of that year
      else if (y !== null && !header && y === options.year && d.month === 12 && frequentYear(page) === y - 1) y = y - 1;
      const date = d.dated && y !== null && d.month !== null && d.day !== null ? isoDate(y, d.month, d.day) : null;
      const [title, ...rest] = d.headlines;
      return {
        kind: d.kind,
        newspaper: d.newspaper,
        date,
        published,
        title: title ?? '',
        subtitle: rest.length ? rest.join(' ') : null,
        reporters: dedupeReporters(d.reporters),
        text: d.paras.join('\n'),
      };
    },
  );
}

function isFurniture(line: string, index: number): boolean {
  // furniture is a short line of its own: a page whose line breaks were lost keeps its text
  if (line.length > 24) return false;
  if (index < 12 && FURNITURE.some((re) => re.test(line))) return true;
  return PICTURE_LABEL.test(line) || FURNITURE.slice(4, 7).some((re) => re.test(line));
}

function classify(line: string): LineKind {
  if (DATELINE.test(line)) return 'dateline';
  // (a photographer's name alone in brackets is a credit, no byline: `（安烈摄）`)
  if (line.length <= 42 && line.endsWith('摄）') && BRACKETED_CREDIT.test(line)) return 'credit';
  if (NAMES_IN_PARENS.test(line)) return 'byline';
  if (line === '编者按' || line === '编者的话') return 'note';
  if (line.length <= 40 && CREDIT.test(line) && !/[。，]/.test(line)) return 'credit';
  // (a photo's credit in brackets on a line of its own, People's Daily's `（新华社记者樊如钧摄）`)
  if (line.length <= 42 && BRACKETED_CREDIT.test(line)) return 'credit';
  if (line.length <= 40 && BYLINE.test(line)) return 'byline';
  // (the credits of a feature by role, `文字：…；摄影：…`, on a line of their own)
  if (line.length <= 90 && ROLE_CREDITS.exec(line)?.index === 0) return 'byline';
  return 'text';
}

/** A signed piece's closing note on its author's posts (`（作者为国家审计署办公厅主任）`, `（作者系…）`): the text's, no headline. */
export const AUTHOR_NOTE = new RegExp(`^${AUTHOR_NOTE_SOURCE}$`);
/** …closing a paragraph, alone or after its last sentence (`…的税收。（作者为广西钦州市代市长）`). */
const AUTHOR_NOTE_CLOSING = new RegExp(`(?:^|[。！？”])${AUTHOR_NOTE_SOURCE}$`);

/** A post and a name alone on a line, no more (`水利部部长钮茂生`, `解放军艺术学院副院长郑邦玉`). */
const AUTHOR_LINE = new RegExp(`^[\\u4e00-\\u9fff、]{1,40}?(?:${TITLE_HEADS.filter((h) => h.length >= 2).join('|')})([\\u4e00-\\u9fff]{2,3})$`);

/**
 * Is a line under the headline a signed piece's author, by post and name? The name has a surname's shape,
 * or is one of three of a rare surname (`钮茂生`) that is no word (`县委书记培训班`) and holds no word of
 * speech (`省委书记谈发展`); a portrait's subtitle (`记优秀乡村教师王明`) is none.
 */
function authorLine(line: string): boolean {
  const m = AUTHOR_LINE.exec(line);
  if (!m || /^[记访谈忆读评]/.test(line)) return false;
  return signatureName(m[1]!);
}

/** A name that signs a piece: a name's shape, or one of three of a rare surname or character (`钮茂生`, `马向东`) that is no word and holds no word of speech. */
function signatureName(name: string): boolean {
  if (nameShape(name)) return true;
  return name.length === 3 && !isCommonWord(name) && !isCommonNoun(name) && !/[的了是在和与及谈访看说论记答问话班会组团队部处]/.test(name);
}

/**
 * The line that lists who else attended (`省领导汪一光、张迎春出席。`, `副省长曹志强，省政府秘书长
 * 瞿海参加。`) is a paragraph of its own in this genre, never the tail of the sentence above:
 * when the line above stops short of a sentence's end, the column was cut there (the rest of
 * that sentence is elsewhere or lost), and joining them would splice two sentences into one.
 */
const ATTENDANCE_LINE = new RegExp(
  `^(?:${GROUP_CUES.filter((c) => /^[\u4e00-\u9fff]/.test(c)).join('|')}|[\u4e00-\u9fff]{0,10}?(?:${TITLE_HEADS.filter((h) => h.length >= 2).join('|')}))` +
    `[^。！？]{2,80}(?:出席|参加|列席|陪同)(?:会议|活动|有关活动|调研|座谈会|会见)?。$`,
);

/**
 * A headline line's parts at its spaces (a kicker, the headline): not at a space between two names, which People's
 * Daily sets in a headline's list of leaders and inside a Hong Kong name (`…人民江泽民 李鹏打电话…`, `陈方 安生政务司长…`).
 */
function headlineParts(line: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of allMatches(/\s+(?=\S{4,})/g, line)) {
    const before = line.slice(from, m.index!);
    const after = line.slice(m.index! + m[0].length);
    const nameBefore = [3, 2].some((n) => before.length >= n && nameShape(before.slice(-n)));
    const nameAfter = [2, 3].some((n) => nameShape(after.slice(0, n)));
    if (nameBefore && nameAfter) continue;
    parts.push(line.slice(from, m.index!));
    from = m.index! + m[0].length;
  }
  parts.push(line.slice(from));
  return parts;
}

/** The title of a speech, an address or a signed article by the one named under it. */
const SPEECH_TITLE = /讲话|致辞|贺词|报告|演讲|发言|序言|文章|书面|答记者问/;
/** One name of two or three characters alone on a line. */
const ONE_NAME = /^[\u4e00-\u9fff]{2,3}$/;
/** Two to four names of two or three characters parted by spaces, nothing else (`潘跃 王萍`). */
const NAMES_ONLY = /^[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){1,3}$/;

const hasSentencePunct = (s: string) => /[。，；：！？,;:!?]/.test(s);
/**
 * Sentence punctuation but for a colon between two parts of two characters or more, which a page's headline parts its halves
 * by (`审计：实行监督的最好武器`; not a question's or an answer's mark, `问：临江今年…`, nor one closing a line, which opens what follows).
 */
const hasClausePunct = (s: string) => /[。，；！？,;!?]/.test(s) || (/[：:]/.test(s) && !/^(?!问|答|记者)[^：:]{2,}[：:][^：:]{2,}$/.test(s));

function toParagraphs(lines: string[], rawLines: string[], headlineEnds: Set<string>): Para[] {
  const kinds = mapArray(lines, classify);
  // names alone under the first line, two or more parted by spaces (`潘跃 王萍` under a feature's headline): its byline
  for (let i = 1; i <= 2 && i < lines.length; i++) {
    if (kinds[i] !== 'text' || hasSentencePunct(lines[i - 1]!) || !NAMES_ONLY.test(lines[i]!)) continue;
    if (lines[i]!.split(/\s+/).every((n) => nameShape(n))) kinds[i] = 'byline';
  }
  // (and one name alone between the headline and the text's first paragraph, a column's signature: `送还一顶帽奖励上千元` /
  // `刘东仿` / `湖北省襄樊市出租汽车司机…`; not a speaker's under the title of his speech, `…上的讲话` / `李鹏`)
  const signedColumn = lines.length > 2 && kinds[1] === 'text' && !hasClausePunct(lines[0]!) && !SPEECH_TITLE.test(lines[0]!);
  if (signedColumn && ONE_NAME.test(lines[1]!) && nameShape(lines[1]!) && hasSentencePunct(lines[2]!) && lines[2]!.length > 20) kinds[1] = 'byline';
  // headline lines standing right before an anchor are never glued to the text above
  const beforeAnchor = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'dateline' && kinds[i] !== 'byline') continue;
    for (let j = i - 1, n = 0; j >= 0 && n < 4; j--, n++) {
      if (kinds[j] !== 'text' || hasSentencePunct(lines[j]) || lines[j].length > 60) break;
      beforeAnchor.add(j);
    }
  }
  const cutAfter = cutPoints(lines, rawLines);
  const paras: Para[] = [];
  let cur: Para | null = null;
  const close = () => {
    if (cur) paras.push(cur);
    cur = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const kind = kinds[i];
    if (kind === 'byline') {
      close();
      const p: Para = { kind, lines: [line], text: line };
      // the names may sit on the next line (`湖南日报全媒体评论员` / `曹茜茜`)
      while (i + 1 < lines.length && (kinds[i + 1] === 'text' || kinds[i + 1] === 'byline') && BYLINE_NAMES.test(lines[i + 1])) {
        i++;
        p.lines.push(lines[i]);
        p.text += ' ' + lines[i];
      }
      paras.push(p);
      continue;
    }
    if (kind === 'credit' || kind === 'note') {
      close();
      paras.push({ kind, lines: [line], text: line });
      continue;
    }
    const joinable =
      cur !== null &&
      (cur as Para).kind !== 'byline' &&
      !endsSentence((cur as Para).text) &&
      kind === 'text' &&
      !beforeAnchor.has(i) === !beforeAnchor.has(i - 1) &&
      !cutAfter.has(i - 1) &&
      !closesWithKicker((cur as Para).text) &&
      !headlineEnds.has(lines[i - 1]) &&
      !headlineBeforeBody((cur as Para).text, line, i === 1) &&
      // (a bullet under the headline opens a line of its own: the headline's points, `●经济林产品消费年均增１９％`)
      !(i <= 6 && /^[●◆■▲]/.test(line)) &&
      !ATTENDANCE_LINE.test(line);
    // running text cut short before an attendance line: the rest of its sentence is not here;
    // it stays running text (not a headline block) and ends where the cut is
    // (the line tested last: most paragraphs above it end their sentence)
    if (!joinable && cur !== null && (cur as Para).kind === 'text' && kind === 'text') {
      const c = cur as unknown as Para;
      if (!endsSentence(c.text) && (c.text.length > 40 || /[，,；;：:]/.test(c.text)) && ATTENDANCE_LINE.test(line)) c.cut = true;
    }
    if (joinable) {
      const c = cur as unknown as Para;
      c.lines.push(line);
      c.text = joinText(c.text, line);
    } else {
      close();
      cur = { kind, lines: [line], text: line };
    }
  }
  close();
  for (const p of paras) {
    if (p.kind === 'text' && !p.cut && isHeadline(p)) p.kind = 'headline';
  }
  // an author's name alone on the line under the headline, before the body (`陈明福`)
  for (let i = 1; i + 1 < paras.length; i++) {
    const p = paras[i];
    if (p.kind !== 'headline' || p.lines.length !== 1 || paras[i - 1].kind !== 'headline' || paras[i + 1].kind !== 'text') continue;
    const names = p.text.split(/\s+/);
    if (names.length <= 4 && names.every((n) => nameShape(n))) p.kind = 'byline';
  }
  return paras;
}

/** Lines after which a continuation marker or removed furniture stood: the column was cut. */
function cutPoints(lines: string[], rawLines: string[]): Set<number> {
  const cut = new Set<number>();
  let k = 0;
  let pendingCut = false;
  for (let r = 0; r < rawLines.length && k <= lines.length; r++) {
    const raw = rawLines[r];
    if (!raw) continue;
    if (k < lines.length && raw === lines[k]) {
      if (pendingCut && k > 0) cut.add(k - 1);
      pendingCut = false;
      k++;
    } else if (CONTINUATION.test(raw)) pendingCut = true;
  }
  return cut;
}

/**
 * A short line without sentence punctuation, followed by a long line of running text, is a
 * headline over its body (wide layouts), not a sentence broken by the PDF.
 */
function headlineBeforeBody(cur: string, next: string, pageHeadline: boolean): boolean {
  // (the page's first line may part its two halves by a colon, `审计：实行监督的最好武器`; a crosshead inside a text,
  // `亮点：先进制造业集群…`, runs on as before)
  return !(pageHeadline ? hasClausePunct(cur) : hasSentencePunct(cur)) && cur.length <= 40 && next.length >= 40 && next.length >= 2 * cur.length;
}

function joinText(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

function isHeadline(p: Para): boolean {
  if (/[。！？!?]/.test(p.text) || AUTHOR_NOTE.test(p.text)) return false;
  // a page may pool several articles' headlines in one place: many short lines
  return p.lines.length <= 12 && p.lines.every((l) => l.length <= 60);
}

/**
 * Reporters in a bracket closing an item, after its last sentence (`…有较大幅度增长。（家贵 军敏）`;
 * short items are signed so, often by given names alone) go to the draft's reporters and leave
 * the text; a note or a source there (`（完）`, `（新华社发）`, `（湖北省公安厅消防局）`) stays.
 */
function signedOff(text: string, draft: Draft): string {
  const credit = CLOSING_CREDIT.exec(text);
  if (credit && text.length >= credit[0].length + 8) {
    const reps = parseReporters(credit[1]);
    if (reps.length) {
      draft.reporters.push(...reps);
      return text.slice(0, credit.index + 1);
    }
  }
  const signed = closesWithBracket(text) ? CLOSING_NAMES.exec(text) : null;
  if (!signed || text.length < signed[0].length + 8) return text;
  const names = signed[1].split(/[\s、]+/);
  if (names.some((n) => NOT_SIGNATURE.test(n))) return text;
  draft.reporters.push(...names.map((name) => reporter(name, '记者')));
  return text.slice(0, signed.index + 1);
}

function newDraft(kind: ArticleKind, at: number): Draft {
  return { kind, newspaper: null, month: null, day: null, reporters: [], paras: [], headlines: [], at, dated: false };
}

function toDrafts(paras: Para[]): Draft[] {
  const drafts: Draft[] = [];
  let cur: Draft | null = null;
  let resume: Draft | null = null;
  const nextBodyKind = (i: number) => {
    for (let j = i + 1; j < paras.length; j++) if (paras[j].kind !== 'headline') return paras[j].kind;
    return null;
  };
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    switch (p.kind) {
      case 'dateline': {
        const m = DATELINE.exec(p.text)!;
        // a compiled report's next wire item (`据新华社开罗1月11日电…`) right after the body of one before it, no headline
        // between: the same article, one headline over several 据…电 blocks (a roundup), not an item of its own
        if (p.text.startsWith('据') && cur !== null && cur.kind === 'news' && cur.dated && cur.paras.length > 0 && paras[i - 1]?.kind === 'text' && drafts[drafts.length - 1] === cur) {
          let rest = p.text.slice(m[0].length);
          const paren = /^\s*[(（]([^()（）]{0,60})[)）]/.exec(rest);
          if (paren) {
            cur.reporters.push(...parseReporters(paren[1]!));
            rest = rest.slice(paren[0].length);
          }
          rest = rest.trim();
          if (rest) cur.paras.push(rest);
          break;
        }
        // a byline standing right above the dateline (`本报记者 X` / `本报讯 …`) names its reporters
        const above = cur !== null && cur.paras.length === 0 && !cur.dated && cur.at === i - 1 && drafts[drafts.length - 1] === cur ? cur : null;
        if (above) drafts.pop();
        cur = newDraft('news', i);
        if (above) cur.reporters.push(...above.reporters);
        const paper = m[1].replace(/^■/, '');
        cur.newspaper = paper === '本报' ? null : paper;
        cur.fromBenbao = paper === '本报';
        if (m[2] && !Number.isNaN(dayNumber(m[2])) && !Number.isNaN(dayNumber(m[3]))) {
          cur.month = dayNumber(m[2]);
          cur.day = dayNumber(m[3]);
          cur.dated = true;
        }
        let rest = p.text.slice(m[0].length);
        const paren = /^\s*[(（]([^()（）]{0,60})[)）]/.exec(rest);
        if (paren) {
          cur.reporters.push(...parseReporters(paren[1]));
          rest = rest.slice(paren[0].length);
        } else {
          const by = REPORTED_BY.exec(rest) ?? LEARNED_BY.exec(rest) ?? BARE_REPORTERS.exec(rest);
          if (by) {
            cur.reporters.push(...parseReporters(by[1]));
            rest = rest.slice(by[0].length);
          }
        }
        rest = signedOff(rest.trim(), cur);
        if (rest) cur.paras.push(rest);
        drafts.push(cur);
        break;
      }
      case 'byline': {
        const roles = ROLE_CREDITS.exec(p.text);
        const reps = roles && roles.index === 0 ? roleCredits(roles) : parseReporters(p.text.replace(BYLINE_MARK_START, '').replace(/^[（(](.*)[)）]$/, '$1'));
        const paper = /^■?\s*([\u4e00-\u9fff]{2,8}报)/.exec(p.text)?.[1] ?? null;
        const commentary = /评论员/.test(p.text);
        const after = nextBodyKind(i);
        // (the photos a page prints after an item, `图片：…`, are no text the byline opens: it closes the item above)
        const photosNext = /^图片[：:]/.test(paras[i + 1]?.text ?? '');
        const trailing = BYLINE_MARK_START.test(p.text) || (cur !== null && cur.paras.length > 0 && ((after !== 'text' && after !== 'note') || photosNext));
        if (trailing && cur) {
          cur.reporters.push(...reps);
          if (!cur.newspaper) cur.newspaper = paper;
          cur = null;
        } else {
          cur = newDraft(commentary ? 'commentary' : 'news', i);
          cur.reporters.push(...reps);
          cur.newspaper = paper;
          drafts.push(cur);
        }
        break;
      }
      case 'note': {
        // 编者按 is one paragraph; the article whose byline stood above it resumes after it
        resume = cur && cur.paras.length === 0 ? cur : null;
        cur = newDraft('other', i);
        cur.headlines.push(p.text);
        cur.newspaper = drafts.length ? drafts[drafts.length - 1].newspaper : null;
        drafts.push(cur);
        break;
      }
      case 'credit': {
        // the caption is the text paragraph right before the credit
        const photo = newDraft('photo', i);
        const credited = p.text.replace(/^[（(]|[)）]$/g, '').replace(/摄影?报道$|摄$/, '');
        // (a writer and a photographer in one credit: `本报记者刘海文张建国摄`)
        const writerAndPhotographer = /^((?:[\u4e00-\u9fff]{1,8}(?:报|社))?(?:记者|通讯员))\s*([\u4e00-\u9fff]{2,3})文\s*([\u4e00-\u9fff]{2,3})$/.exec(credited);
        const reps = writerAndPhotographer ? [reporter(writerAndPhotographer[2]!, '记者'), reporter(writerAndPhotographer[3]!, '摄影')] : parseReporters(credited).map((r) => reporter(r.name, r.role === '记者' || r.role === '全媒体记者' ? '摄影' : r.role));
        photo.newspaper = /^[（(]?([\u4e00-\u9fff]{2,8}报)/.exec(p.text)?.[1] ?? null;
        // a credit after a long paragraph of an item's text, which no caption is and no caption's cue opens
        // (`…使命。` / `（本报记者X摄）`): the item's own
        if (cur && cur.paras.length && i > 0 && paras[i - 1].kind === 'text' && paras[i - 1]!.text.length > CAPTION_LENGTH && !CAPTION.test(paras[i - 1]!.text)) {
          cur.reporters.push(...reps);
          break;
        }
        photo.reporters.push(...reps);
        if (cur && cur.paras.length && i > 0 && paras[i - 1].kind === 'text') {
          photo.paras.push(cur.paras.pop()!);
          if (cur.paras.length === 0 && cur.headlines.length === 0 && !cur.dated) {
            drafts.splice(drafts.indexOf(cur), 1);
            // (its byline signs the item whose text follows the photo: `记者X` / `图为…` / `（Y摄）` / the text)
            if (cur.reporters.length) photo.carried = cur.reporters;
          }
        }
        datePhoto(photo);
        drafts.push(photo);
        cur = null;
        break;
      }
      case 'headline':
        break;
      default: {
        // a byline closing the last paragraph: `…出席。 ■湖南日报全媒体记者 刘燕娟 孙敏坚`
        const tail = p.text.includes('■') ? /\s*■([^■。]{4,40})$/.exec(p.text) : null;
        if (tail && cur && BYLINE.test(tail[1])) {
          p.text = p.text.slice(0, tail.index);
          cur.reporters.push(...parseReporters(tail[1]));
          cur.newspaper ??= /^([\u4e00-\u9fff]{2,8}报)/.exec(tail[1])?.[1] ?? null;
          cur.paras.push(p.text);
          cur = null;
          break;
        }
        // (the first paragraph of an item without a dateline is signed too: its draft opens here)
        const signer: Draft = cur ?? newDraft('news', i);
        // `…考察。文字：X；摄影：Y` closing a feature's last paragraph: its reporters and photographers
        const roles = p.text.includes('文') && /摄|图/.test(p.text) ? ROLE_CREDITS.exec(p.text) : null;
        const credited = roles ? roleCredits(roles) : [];
        if (roles && credited.length && roles.index > 0) {
          signer.reporters.push(...credited);
          p.text = p.text.slice(0, roles.index + 1);
        }
        p.text = signedOff(p.text, signer);
        // (every credit holds 摄; an end-anchored scan of a paragraph without it is a scan of every position)
        const credit = !p.text.includes('摄') ? null :
          /(?:^|[。！？\s])((?:[\u4e00-\u9fff]{2,8}报)?(?:全媒体)?(?:记者|通讯员|摄影)\s*[\u4e00-\u9fff·\s]{2,30}(?:摄影?报道|摄))$/.exec(p.text) ??
          // `…等出席。（新华社记者樊如钧摄）`: the credit in brackets after the caption
          /[。！？]\s*[（(]((?:[\u4e00-\u9fff]{1,8}(?:报|社))?(?:全媒体)?(?:记者|通讯员|摄影)\s*[\u4e00-\u9fff·\s]{2,30}摄)[)）]$/.exec(p.text) ??
          // `…画卷。黄春涛 摄（湖南图片网）`: a photographer credited by name alone
          /[。！？]\s*([\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,3}\s*摄)(?:[（(][^（()）]{2,20}[)）])?$/.exec(p.text);
        if (credit && p.text.length > credit[1].length + 8) {
          const photo = newDraft('photo', i);
          photo.paras.push(p.text);
          const credited = parseReporters(credit[1].replace(/摄影?报道$|摄$/, ''));
          const bare = credited.length ? [] : credit[1].replace(/\s*摄$/, '').split(/\s+/).map((name) => reporter(name, '摄影'));
          photo.reporters.push(...[...credited, ...bare].map((r) => reporter(r.name, '摄影')));
          photo.newspaper = /^([\u4e00-\u9fff]{2,8}报)/.exec(credit[1])?.[1] ?? null;
          datePhoto(photo);
          drafts.push(photo);
          cur = null;
          break;
        }
        if (!cur) {
          cur = signer;
          drafts.push(cur);
        }
        cur.paras.push(p.text);
        if (cur.kind === 'other' && resume) {
          cur = resume;
          resume = null;
        }
      }
    }
  }
  return drafts;
}

function datePhoto(d: Draft): void {
  const m = PHOTO_DATE.exec(d.paras[0] ?? '');
  if (m) {
    d.month = Number(m[1]);
    d.day = Number(m[2]);
    d.dated = true;
  }
}

/** Character bigrams (as numbers: a pair of the characters kept) of the CJK, digits and Latin letters of a string. */
function bigrams(s: string): Set<number> {
  const out = new Set<number>();
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // (a character kept as a number below 2^15, a pair below 2^30: a small integer, which a Set holds
    // without a heap number per pair; CJK after the ASCII letters and digits)
    const k = c >= 0x3400 && c <= 0x9fff ? c - 0x3400 + 0x80 : (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? c : -1;
    if (k === -1) continue;
    if (prev !== -1) out.add(prev * 0x8000 + k);
    prev = k;
  }
  return out;
}

function assignHeadlines(drafts: Draft[], paras: Para[]): void {
  if (drafts.length === 0) return;
  // a draft's bigrams, computed when a headline block near it needs them
  const cache = new Map<number, Set<number>>();
  const grams = (k: number): Set<number> => {
    let g = cache.get(k);
    if (!g) cache.set(k, (g = bigrams(drafts[k].paras.join(''))));
    return g;
  };
  const textLines: number[] = [];
  for (const p of paras) if (p.kind === 'text') for (const l of p.lines) textLines.push(l.length);
  textLines.sort((a, b) => a - b);
  const narrow = textLines.length > 10 && textLines[textLines.length >> 1] < 25;
  let lastLine = -1;
  let lastDraft = -1;
  let nextAt = 0;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (p.kind !== 'headline') continue;
    // the article the block stands right before / right after
    while (nextAt < drafts.length && drafts[nextAt].at <= i) nextAt++;
    const next = nextAt < drafts.length ? nextAt : -1;
    const prev = next === -1 ? drafts.length - 1 : next - 1;
    const anchor = next === -1 ? prev : next;
    // only the articles near the block can own it: keeps a long page linear
    const lo = Math.max(0, anchor - 8);
    const hi = Math.min(drafts.length - 1, anchor + 8);
    for (const line of headlineLines(p.lines)) {
      const parts = mapArray(headlineParts(line), (s) => s.trim()).filter(Boolean);
      // the article whose text shares most of the line's bigrams, if it shares enough; else
      // the anchor (always so when it is the one article in reach)
      let best = anchor;
      if (lo < hi) {
        const g = bigrams(line);
        let bestScore = 0;
        for (let k = lo; k <= hi; k++) {
          const d = drafts[k];
          if (d.kind === 'other' && d.headlines.length) continue;
          let hit = 0;
          const gk = grams(k);
          for (const x of g) if (gk.has(x)) hit++;
          let score = g.size ? hit / g.size : 0;
          // nearness: the articles adjacent to the block first; then those still untitled
          if (k === next) score += 0.12;
          else if (k === prev) score += 0.08;
          else score -= 0.02 * Math.min(5, Math.abs(k - anchor));
          if (d.headlines.length === 0) score += 0.05;
          // a picture printed between a report's headline and its dateline (People's Daily)
          // belongs to the report: its headline goes to the dated text that follows
          if (d.kind === 'photo' && k + 1 < drafts.length && drafts[k + 1].dated && drafts[k + 1].kind === 'news' && drafts[k + 1].headlines.length === 0) score -= 0.2;
          if (score > bestScore) {
            bestScore = score;
            if (score >= 0.15) best = k;
          }
        }
      }
      if (best < 0) continue;
      const h = drafts[best].headlines;
      // narrow columns wrap one headline over two lines: glue a line to the one before it
      if (narrow && lastLine === i && lastDraft === best && h.length) h[h.length - 1] += parts.join(' ');
      else h.push(...parts);
      lastLine = i;
      lastDraft = best;
    }
  }
}

/**
 * A headline's lines as the headlines they print: a line that ends on a verb still waiting for
 * its object goes on in the next line of the block (`奋力打造` | `国家重要先进制造业高地`).
 */
function headlineLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.length ? out[out.length - 1] : '';
    if (last && OPEN_VERB_END.test(last) && !/\s/.test(last)) out[out.length - 1] = last + line;
    else out.push(line);
  }
  return out;
}
const OPEN_VERB_END = /(?:打造|建设|推进|推动|加快|构建|建成|争当|争创|助力|奋力|坚持|深化|聚焦|激发|赋能|服务|实现|迈向|书写|谱写|开创|奋进|筑牢|当好|做好|走好|跑出|擦亮|打好|锚定|勇当)$/;

/**
 * A reporter built field by field, not spread from another (`{ ...r, role }`): a spread copy
 * has an object layout of its own, and the code that reads reporters, once V8 has optimized
 * it for one layout, is thrown away and compiled again when it meets the other.
 */
function reporter(name: string, role: string): Reporter {
  return { name, role };
}

function dedupeReporters(reps: Reporter[]): Reporter[] {
  const seen = new Set<string>();
  return reps.filter((r) => (seen.has(r.name) ? false : (seen.add(r.name), true)));
}
