// Organizations and policies: named bodies by their suffixes and top organs; policies in 《》,
// quoted initiatives and named plans.
import { allMatches, normName, isCjk, nameShape, WordLists, WordScan } from './text';
import {
  TITLE_HEAD_END, ORG_SUFFIXES, ORG_SUFFIX_RE, ORG_SUFFIX_PLAIN, SUFFIX_NOT_AFTER, STANDALONE_ORGS, POLICY_HEADS, DRAFTED_HEADS, ORG_LEADING_VERBS, ORG_LEADING_ADVERBS,
  ADOPTED_HEADS, ADOPTING_VERBS, POLICY_KEEPING_VERBS, CHARTER_HEADS, PARTY_CHARS, GENERIC_POLICY_WORDS, ORG_OBJECT_VERBS, ORG_NOT_OPENING, TITLE_HEAD_RE,
  INTERNATIONAL_ORGS, PROVINCE_NAMES, ORG_ACT_ADVERBS, countryAt, COUNTRY_NAMES,
  EVENT_TITLE,
} from './lexicon';
import { leftEdge, DATE_PREFIX, STOPS_BY_LAST } from './spans';
import { isCommonNoun, isCommonWord, isFunctionWord, isVerb, placeWordAt, placeWordEndingAt } from './jieba';
import { ScratchMarks, mapArray } from '../arrays';
// ------------------------------------------------------------------ bodies, policies

export interface NameMention {
  name: string;
  start: number;
  end: number;
  /** the short form written here, when the mention refers back to a fuller name (`《决定》` of `关于…的决定`) */
  alias?: string;
}

export const ORG_GENERIC = /^(?:有关部门|相关部门|各部门|各级|该院|该局|该厅|该所|本院|各有关部门|有关单位|职能部门|各单位|相关职能部门|部门|我省|我市|全省|全市|该中心|中心|该公司|公司|企业|这家公司|学校|医院|各地|市州|省直|区委|县委|村委|两委|各级党委|党委|政府|各级政府|省市县|市县|乡镇|街道|社区|地方|单位|机关|党委政府|党和政府|总公司|分公司|子公司|研究中心|研究院|研究所|国家级|省级|市级|县级|民营企业|中小企业|龙头企业|领军企业|外资企业|国有企业|骨干企业|重点企业|科技型企业)$/;

/** What follows a body's name (a one-character suffix such as 部 or 局 would otherwise read 部署, 开局). */
export const AFTER_ORG = /^(?:[^\u4e00-\u9fff]|$|和|与|及|、|的|等|在|将|已|也|还|表示|召开|发布|出台|印发|主办|承办|协办|举办|联合|组织|开展|宣布|明确|要求|认为|介绍|透露|相关|主要|负责|向|对|为|是|获|被|从|按照|要|紧紧|会同|牵头|一行|联动|党组|领导|机关|考察|调研|检查|成立|设立|建成|打造|推出|提出|积极|持续|深入|大力|共同|分别|先后|坚持|通过|举行|率先|首次|正式|全面|进一步|紧扣|聚焦|围绕|作出|交办|决策|工作|高度|同意|批准|决定|指导|支持|帮助|捐赠|授予|发起|给予|推动|参与|加强|以|于|自|里|内|旗下|等单位|邀请|始终|愿|有关|一道)/;
/** The numbered session a body holds (`…领导小组第二十三次会议`, `…常委会第三十四次会议`): its name ends before it. */
const SESSION = /^第[一二三四五六七八九十百零\d]+次(?:全体)?会议/;
export const ORG_BAD_END = /(?:部委|常委|新局|干部|开局|格局|布局|大局|全局|当局|结局|部分|内部|外部|全部|局部|总部|本部|基层党组|委员|实验室建设|中心城市|展厅|职能部|党员|开好局|(?<![邮财民市])政局|变局|僵局|困局|危局|时局|残局|棋局|(?<!作)战局|骗局|赌局|饭局|败局|胜局|终局|迷局|乱局|定局|场所|市中心|协商会|[东西南北中大]部|(?:基层|乡镇|地方|各级|省市县乡)人大|[举承主创协开合兴督查代包筹试操经接照要来去好难快再新申督交帮]办)$/;


/** A verb phrase before a body in a list of what was built or brought in (`共培育`, `新设`, `重点建设好`). */
export const ORG_LEADING_VERB = new RegExp(`^(?:${ORG_LEADING_ADVERBS.join('|')})?(?:${ORG_LEADING_VERBS.join('|')})(?:好|了|起)?`);
/** A count of bodies or people is no body's name: `15个新型数据中心`, `三家医院`, `多所学校`, `近190万人流离失所`, and `有…` to the end when no 的 names one of them (`共有1000多个电视台`, not `有一支…的中国共产党`). */
export const COUNTED = /^(?:近|约|超过)?(?:[\d０-９.．]+|[一二三四五六七八九十百千万两几数多]+)(?:余|多)?万?(?:个|家|所|座|批|类|项|只|支|处|级|位|人)|^(?:共有|共计|现有|已有|有)(?:近|约|超过)?(?:[\d０-９.．]+|[一二三四五六七八九十百千万两几数多]+)(?:余|多)?万?(?:个|家|所|座|批|类|项|只|支|处|级|位|人)[^的]*$/;

/** The clause before a body's object verb (`感谢韩国政府` → 韩国政府); a verb inside a span cuts it when three characters are left. */
const OBJECT_VERB = new RegExp(`^.*(?:${ORG_OBJECT_VERBS.join('|')})(?=.{3}|[省市县区]委$)|^(?:${ORG_OBJECT_VERBS.join('|')}|听(?!力|证|众))`);
/** A clause opener or a pronoun at a span's start: no name follows (`其名下公司`). */
const NOT_OPENING = new RegExp(`^(?:${ORG_NOT_OPENING.join('|')})`);
/** A post and a name before 和 (`…议长萨利赫和民族委员会`): the body after 和 is named on its own. */
const POST_AND_NAME = new RegExp(`${TITLE_HEAD_RE.source}[\\u4e00-\\u9fff·]{2,4}$`);

/**
 * What stands before a body's name in its clause, cut off until none is left: a particle or a
 * preposition (`和`, `了`, `经国务院`), a date, the verb that brings the body in (`共培育三一18号工厂`),
 * a verb whose object it is (`感谢韩国政府`).
 */
/** A deadline before what is sent up (`10月底前报国务院`). */
const DEADLINE = /^(?:[\d０-９]{1,2}月)(?:底|初|上旬|中旬|下旬|[\d０-９]{1,2}日)?[前后]?/;
function trimLead(span: string): string {
  let name = span;
  for (let before = ''; before !== name; ) {
    before = name;
    // (not the first character of a place: `以色列`, `和田`)
    while (/^(?:和(?!平)|及|与|、|并|还|在|从|向|对|由|将|是|为|以|把|被|让|使|原|给|担任|了(?!解))/.test(name) && !placeWordAt(name, 0)) name = name.replace(/^(?:担任|.)/, '');
    // 经/应/受/据 before a top organ, a place or a body word (`经国务院批准`, `应…中心邀请`, `据国家…局`), not 经济, 应用, 受理
    if (/^[经应受据报](?:中共中央|中央|国务院|国家|全国)/.test(name) || (/^[经应受据]/.test(name) && (placeWordAt(name, 1) >= 3 || (placeWordAt(name, 1) > 0 && !isCommonWord(name.slice(0, 2)))))) name = name.slice(1);
    name = name.replace(DATE_PREFIX, '').replace(/^\d{4}年/, '');
    if (/^[\d０-９]/.test(name)) name = name.replace(DEADLINE, '');
    // (a pronoun or a one-character act before a body's name: `你和特区政府`, `作全国政协常委会…报告`)
    const act = ONE_CHARACTER_ACT.exec(name);
    if (act && BODY_OPENER.test(name.slice(act[0].length))) name = name.slice(act[0].length);
    const verb = ORG_LEADING_VERB.exec(name);
    if (verb && name.length - verb[0].length >= 3) name = name.slice(verb[0].length);
    // (a post, a name and the one who reports or speaks before the body's words: `总经理张宏作公司“工作报告”`)
    const reporter = POST_NAME_ACTS.exec(name);
    if (reporter && nameShape(reporter[1]!)) name = name.slice(reporter[0].length);
    name = name.replace(OBJECT_VERB, '');
  }
  return name;
}

/** A post's head, a name of two or three and 作/做 at a span's start: the one who reports, no part of a body (`总经理张宏作|公司`). */
const POST_NAME_ACTS = new RegExp(`^.*?${TITLE_HEAD_RE.source}([\\u4e00-\\u9fff]{2,3}?)(?<![工合协创写操])[作做](?=[\\u4e00-\\u9fff]{2})`);

/** What a body's name opens with: a top organ, a level or a country (not a kind: 人民, 科技); or a province's name. */
const BODY_OPENER = /^(?:中共|中央|全国|国家|国务院|中国|中华人民共和国|[省市县]|自治区|特别行政区|特区|人民政协|政协|人大|党委|党中央|政府|两国|[\d０-９]+国)/;
/** The characters BODY_OPENER and the provinces' names open with. */
const OPENER_FIRST = new Set([...'中全国省市县自特人政党两0123456789０１２３４５６７８９', ...PROVINCE_NAMES.map((p) => p[0]!)]);
/** A count of bodies inside a span (`4个哨所`, `10家…银行`, `3所学校`): no body's name. */
const COUNT_INSIDE = /[\d０-９][\d０-９]*(?:余|多)?(?:个|家(?!集团)|座|批|类|项|所)|[一二三四五六七八九十两几多]+(?:个|家(?!集团)|座|批)/;
/** The term a government or a body is in, before its name (`带领新一届|特区政府`). */
const TERM_BEFORE_BODY = /^(?:新一届|本届|上届|历届)/;

/**
 * Does a verb, a function word or an adverb end at `k` in `s` (`讨论|`, `一致赞成|`, `随后|`, `如果|`, `当前|`), of the
 * dictionary or ORG_ACT_ADVERBS?
 */
const actsOnAt = (s: string, k: number): boolean => {
  const word = s.slice(k - 2, k);
  if (isVerb(word)) return true;
  // (a function word, not a count, a quantity or a day: `三届`, `各级`, `多个`, `今日` of 今日俄罗斯)
  const functional = isFunctionWord(word) && !NUMERAL.test(word) && !QUANTITY_OR_DAY.test(word);
  return functional || ORG_ACT_ADVERBS.some((a) => s.endsWith(a, k));
};
/** Words of quantity and of days the dictionary holds as function words: what they stand before is counted or named, not acted on. */
const QUANTITY_OR_DAY = /^(?:各级|各个|多个|多家|这些|一些|那些|所有|全部|部分|今日|今天|昨日|明日|当日)$/;
/** A numeral or a count's word, which the dictionary's function words hold (`三届`, `十三`): no act. */
const NUMERAL = /[一二三四五六七八九十百千万零两\d届次年]/;
/** A pronoun, or a one-character act, before a body's name (`你和|特区政府`, `作|全国政协常委会工作报告`). */
const ONE_CHARACTER_ACT = /^(?:你们?|您|作|有|送|获)(?:和|与)?/;

/**
 * A verb (of the dictionary) or an adverb (ORG_ACT_ADVERBS) whose object the body is, right before where a body's name opens:
 * the name starts after it (`讨论|省政府工作报告`, `随后|中共某某学会`, `副省长刘海宣读|省政府`, `大家一致赞成|市委`,
 * `维护好|河北省代表团`). The nearest such word to the body's head wins.
 */
function afterActOn(name: string): string {
  for (let k = name.length - 2; k >= 2; k--) {
    // (the cheap tests first: the character a body opens with, then the verb — most positions have neither)
    // (a term may stand between: `带领|新一届|特区政府`)
    const term = name[k] === '新' || name[k] === '本' || name[k] === '上' || name[k] === '历' ? TERM_BEFORE_BODY.exec(name.slice(k))?.[0].length ?? 0 : 0;
    const country = countryAt(name, k + term);
    if (!OPENER_FIRST.has(name[k + term]!) && !country) continue;
    // (and a joint after the act: `深化与|77国集团`)
    const act = actsOnAt(name, k) ? k : /[与和同]/.test(name[k - 1]!) && k >= 3 && actsOnAt(name, k - 1) ? k - 1 : -1;
    if (act < 0 && !(/[好了]/.test(name[k - 1]!) && k >= 3 && isVerb(name.slice(k - 3, k - 1)))) continue;
    const rest = name.slice(k + term);
    // (a province's or a country's name opens one; a dictionary word that is also a place's is no verb: `大连|市委`;
    // nor is a cut through a word: `直辖|市`, `新增上|市公司`)
    if (!(BODY_OPENER.test(rest) || country || PROVINCE_NAMES.some((p) => rest.startsWith(p))) || placeWordAt(name, (act < 0 ? k : act) - 2) > 0) continue;
    if (isCommonWord(name.slice(k - 1, k + 1)) || isCommonWord(name.slice(k - 2, k + 1))) continue;
    // (nor a cut inside a place's name the dictionary knows: `呼和浩特市|邮电局` holds no act 浩特)
    if (insidePlaceWord(name, k)) continue;
    // (a country's government named by what it is is one name: `利比亚民族团结政府`, not 团结 and a bare 政府; a verb still
    // cuts: `日本民众起诉|政府`)
    if (countryAt(name, 0) > 0 && ORG_GENERIC.test(rest) && !isVerb(name.slice(k - 2, k))) continue;
    return rest;
  }
  return name;
}

/** Does a place's name of the dictionary that starts before `k` run past it (`呼和浩|特`)? */
function insidePlaceWord(name: string, k: number): boolean {
  for (let j = Math.max(0, k - 7); j < k; j++) if (placeWordAt(name, j) > k - j) return true;
  return false;
}

/** Heads of parties and parliaments, named by their country or region (`中国共产党`, `越南国会`, `全国人大`). */
const COUNTRY_HEADS = /^(?:共产党|国会|议会|人大)$/;
/**
 * An embassy or a consulate by whose it is and where (`中国驻加拿大大使馆`, `美国驻俄大使馆`, `我驻多国大使馆`) or by its country alone
 * (`伊朗大使馆`): what stands before that is the clause's (`照会美国驻俄大使馆`), and one named by neither is no body (`重新开放大使馆`).
 */
const COUNTRY = `(?:${[...COUNTRY_NAMES].join('|')})`;
const EMBASSY = new RegExp(`(?:(?:${COUNTRY}|中国|我国|我)?驻[\\u4e00-\\u9fff]{1,12}?|${COUNTRY})(?:大使馆|使馆|总领事馆|领事馆)$`);

/**
 * A party or parliament is named from the first place word before its head (`庆祝中国共产党` →
 * 中国共产党, `巴西国会`, `阿联酋联邦国民议会`), by its level (`全国人大`, `十四届全国人大`, `省人大`), by
 * a country's one-character short name (`阿国民议会`) or by a short name the dictionary lacks (`伊拉克议会`);
 * a verb's object without one (`把握人大`, `解散议会`, `新时代人大`) is none.
 */
function namedByCountry(name: string, head: string): string | null {
  const at = name.length - head.length;
  // (a span cut back into its head names nothing)
  if (!name.endsWith(head)) return null;
  // (a place word not run into by a word: `隆重庆祝|中国共产党`, not `隆重|庆`; a party is its country's,
  // the last named: `越南钦佩|中国共产党`; a parliament's country may hold other place words: `阿联酋联邦国民议会`)
  const starts = [...Array(at).keys()].filter((k) => placeWordAt(name, k) && !(k > 0 && isCommonWord(name.slice(k - 1, k + 1))));
  const k = head === '共产党' ? starts.at(-1) : starts.find((k) => k === 0 || isCommonWord(name.slice(0, k)) || isCommonWord(name.slice(k - 2, k)));
  if (k !== undefined) {
    const named = name.slice(k);
    return named.length <= 10 && named.length >= head.length + 2 && !/各国|两国|双方/.test(named) ? named : null;
  }
  if (/^(?:[一二三四五六七八九十]+届)?(?:全国|[省市县区])人大$/.test(name)) return name;
  // a country the dictionary lacks (`伊拉克议会`): a short name that opens with no word of the dictionary
  if (head !== '人大' && head !== '共产党' && at >= 2 && at <= 4 && !isCommonWord(name.slice(0, 2)) && !isCommonWord(name.slice(0, 3)) && !/^[即据和与及在对向从而也还就又者出经入散国]/.test(name)) return name;
  if (/^[^即据和与及在对向从而也还就又者出经入散国]?(?:国民|联邦)?(?:议会|国会)$/.test(name) && name.length > head.length) return name;
  return null;
}

/**
 * An office named short (`中央网信办`, `国务院台办`, `香港中联办`, `市招标办`): a level, a top organ or a
 * place, then its field in one to four characters. 办 after anything else is the verb (`怎么办`,
 * `一网通办`, `国家不办`).
 */
function shortOffice(name: string): boolean {
  const lead = /^(?:中共中央|中央|国务院|国家|全国|自治区|[省市县区])/.exec(name)?.[0] ?? name.slice(0, placeWordAt(name, 0));
  const field = name.slice(lead.length, -1);
  return lead.length > 0 && field.length >= 1 && field.length <= 4 && !/[不一能该可也都就么何这那]/.test(field);
}

export const ORG_SUFFIX_SCAN = new WordScan(ORG_SUFFIXES, ORG_SUFFIX_PLAIN);

/**
 * A paragraph that opens with the tail of a word cut by a column break (`促` | `成上海交大…协会`,
 * `集` | `控中心`): its first character makes no word with what follows, and a place or body
 * word starts right after it. Only at a paragraph's start, and never a level (省, 市 …).
 */
function startsCut(text: string, start: number, name: string): boolean {
  if (start > 0 && text[start - 1] !== '\n') return false;
  if (/^[省市县区州乡镇村中全党国]/.test(name)) return false;
  if (placeWordAt(name, 0) > 0 || isCommonWord(name.slice(0, 2)) || isCommonWord(name.slice(0, 3))) return false;
  return placeWordAt(name, 1) > 0;
}

/** A body named from the top or a special region's level (`…形势和特别行政区政府`, `…决定和全国人大常委会`, `…职责和政协第八届全国委员会`): one of its own after 和 (not 所 of 所在: `…国家最高利益之所在`). */
const TOP_LEVEL = /^(?:全国|中央|中共|国务院|国家|特别行政区|政协)/;
/** A post's head, a verb of one or two characters, then a body named from the top. */
const POST_ACTING = new RegExp(`^.*?${TITLE_HEAD_RE.source}[\\u4e00-\\u9fff]{1,2}?((?:全国|中央|中共|国务院|国家).{3,})$`);

/** A forum, then the edition, year or place of its summit or annual meeting. */
const FORUM_MEETING = /(论坛)(?:[\d０-９]{4}年|第[一二三四五六七八九十\d]+届|[\u4e00-\u9fff]{2,3})?(?:峰会|年会|部长级会议)/g;

/** the top organs and international bodies named without a head noun, found in one pass */
/** top organs standing on their own and international bodies named without a head noun, found in one pass over a text */
const STANDALONE_AND_INTERNATIONAL = new WordLists([STANDALONE_ORGS, INTERNATIONAL_ORGS]);

const ORG_COVERED = new ScratchMarks();

/** A facility named by its kind at its end (`首都国际机场`, `天津港`, `北京西站`), the first of two bodies joined by 和. */
const FACILITY_END = /(?:机场|港口|码头|车站|火车站|高铁站|口岸)$/;

export function findOrganizations(text: string): NameMention[] {
  const out: NameMention[] = [];
  const covered = ORG_COVERED.zeroed(text.length + 1);
  const push = (name: string, start: number, end: number) => {
    if (covered[start] && covered[end - 1]) return;
    out.push({ name, start, end });
    covered.fill(1, start, end);
  };
  // bodies named with a body suffix
  // find the suffixes, then walk left to the name's edge (a lazy prefix in the regex costs
  // a scan from every character)
  ORG_SUFFIX_SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ORG_SUFFIX_SCAN.exec(text)) !== null) {
    // (a bracketed aside may stand right before a suffix of two characters or more: `临江工业（集团）公司`)
    if (m.index === 0) continue;
    // (the character before by its unit, no string of it: ≈ 24,000 suffixes a pass over January 1998)
    const before = text.charCodeAt(m.index! - 1);
    if (!((before >= 0x4e00 && before <= 0x9fff) || (before >= 0x30 && before <= 0x39) || (m[0].length >= 2 && (before === 0xff09 || before === 0x29)))) continue;
    let end = m.index! + m[0].length;
    // (a hall is a place, 签署 a verb: `人民大会堂东大厅`)
    if (SUFFIX_NOT_AFTER[m[0]]?.includes(text[m.index! - 1]!)) continue;
    // 所 before 在/向/以 is a particle (`根本利益所在`, `施政所向`, `之所以`), no institute
    // (and before the verb it makes a noun of: `为推动两军关系发展所作出的努力`, `所取得的成就`)
    if (m[0] === '所' && /^(?:[在向以]|作出|做出|作的|做的|取得|提出|带来|给予|面临|遇到|体现|反映|表达|获得|付出)/.test(text.slice(m.index! + 1))) continue;
    // a one-character suffix that begins a place's name is none (`发展委内瑞拉…关系`)
    if (m[0].length === 1 && placeWordAt(text, end - 1) > 1) continue;
    // `机关中心工作`, `围绕经济建设中心`: 中心 as the central task, not a body
    if (m[0] === '中心' && /^(?:工作|任务)|^[，,、；。]/.test(text.slice(end)) && /(?:围绕|以|和)[\u4e00-\u9fff]{0,6}$/.test(text.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    const session = SESSION.test(text.slice(end));
    if (!AFTER_ORG.test(text.slice(end)) && !session) {
      // `…大数据中心湖南分中心`: a branch named after its parent is one body
      const branch = /^[\u4e00-\u9fff]{2,6}?(?:分中心|分公司|分院|分行|分会|办事处)/.exec(text.slice(end));
      if (!branch) continue;
      end += branch[0].length;
    }
    let start = leftEdge(text, end, 26, true, false, 10);
    // a body of research names its field before 研究 (`…发展研究中心`, `…战略研究基金会`, `…研究中心宏观经济研究部`):
    // the stop word is part of the name when a body's head follows it
    while (start >= 2 && text.slice(start - 2, start) === '研究' && ORG_SUFFIXES.some((h) => text.startsWith(h, start)) && end - start < 24) start = leftEdge(text, start - 2, 26 - (end - start) - 2, true, false, 10);
    let name = trimLead(text.slice(start, end));
    if (COUNTED.test(name)) continue;
    // kinds of body before 等 are no body's name (`临江大学等高校和之江实验室`): the one after the list is
    const kinds = /^.+等[\u4e00-\u9fff]{1,4}?[和及与、](.{3,})$/.exec(name);
    if (kinds) name = kinds[1]!;
    // two bodies joined by 和: `博世长沙工厂和三一重能叶片工厂`; a post and a body
    // (`行政长官和特别行政区政府`); the first may hold a 与 of its own (`网络通信与安全某某实验室和…中心`)
    for (let k = 3; k < name.length - 2; k++) {
      // (compared as characters: a test of the class on each one-character string was a third of this loop's time)
      const c = name[k];
      if (c !== '和' && c !== '及' && c !== '与') continue;
      const [first, second] = [name.slice(0, k), name.slice(k + 1)];
      // (or a facility that ends in its kind, `首都国际机场和顺丰华北航空分拨中心`)
      if (ORG_SUFFIX_RE.test(first) || TITLE_HEAD_END.test(first) || STANDALONE_ORGS.includes(first) || POST_AND_NAME.test(first) || FACILITY_END.test(first) || (TOP_LEVEL.test(second) && !/所$/.test(second))) {
        name = second;
        break;
      }
    }
    // a post and its act before the body (`…常委会副委员长联系全国人大专门委员会`): the body is what it acts on
    const acting = POST_ACTING.exec(name);
    if (acting) name = acting[1];
    // whoever acts on the body stands before it: `…周子玉代表全国双拥工作领导小组`,
    // `…协会命名中国人民抗日战争纪念馆`, `我们总政治部`
    // (`王明代表省委、省政府…`)
    const acted = /^(.+)(?:代表(?!资格|团|处|大会)|命名|领导(?!小组)|我们|他们|她们)(.{3,}|[省市县区]委)$/.exec(name);
    if (acted) name = acted[2]!;
    name = afterActOn(name);
    // (and a body's branches it opens or runs, `新加坡开设分行`, `下辖24个支行`: none named)
    name = name.replace(/^.+?(?:开设|下设|下辖|所辖)/, '');
    if (COUNTED.test(name)) continue;
    // a short form given in brackets (`（以下简称省人社厅）`)
    name = name.replace(/^.*简称/, '');
    name = trimLead(name);
    if (NOT_OPENING.test(name)) continue;
    if (m[0] === '办' && !shortOffice(name)) continue;
    if (COUNTRY_HEADS.test(m[0])) {
      const named = namedByCountry(name, m[0]);
      if (!named) continue;
      name = named;
    }
    if (m[0] === '使馆' || m[0] === '领事馆') {
      const embassy = EMBASSY.exec(name);
      if (!embassy) continue;
      name = embassy[0];
    }
    if (startsCut(text, end - name.length, name)) name = name.slice(1);
    start = end - name.length;
    if (text[start - 1] === '“') continue; // a quoted label (“灯塔工厂”), not a body
    if (name.length < 3 || ORG_GENERIC.test(name) || ORG_BAD_END.test(name)) continue;
    // a head noun alone names no body (`察看实验室、科普馆`)
    if (ORG_SUFFIXES.includes(name)) continue;
    // (also a level, the 级 of 同级/各级 cut off: `在同级党委领导下`)
    if (/^(?:全省|全市|全县|全国|各|该|本|我|此|这|那|多|全|有关|相关|一些|许多|广大|[省市县乡]?级|两国|双方|各国)/.test(name) && !/^全国(?:人大|政协|总工会|妇联)/.test(name)) continue;
    if (/(?:工作|会议|大会|座谈会|活动|行动|精神|问题|任务|要求|部署|项目|布局|投产|进入|设立|打造)/.test(name.slice(0, -2)) && !/委员会|领导小组/.test(name)) continue;
    // (nor bodies counted: `以色列4个哨所`, `美国10家中小型银行`; nor every level's, `灾区各级党委`, `多个国家代表团`)
    if (COUNT_INSIDE.test(name) || /各级|各个|多个|多家/.test(name)) continue;
    // (nor a clause with its subject: `孩子们珍惜福利院`)
    if (/[的了着过得地们]/.test(name)) continue;
    // (a session's body is not a span run over a meeting's name: `…大会第一次会议和…全国委员会`)
    if (session && /会议|大会/.test(name)) continue;
    push(name, start, end);
    for (const o of sharedLevel(text, start, name)) push(o.name, o.start, o.end);
  }
  const [standalone, international] = STANDALONE_AND_INTERNATIONAL.find(text);
  // top organs standing on their own
  for (const { word: o, at: k } of standalone!) {
    const after = text.slice(k + o.length, k + o.length + 2);
    const beforeC = text[k - 1];
    // 省委 right after a place (湖南省委) or before a body (省委外事工作委员会) is part of a longer name
    const local = /^[省市县区]/.test(o);
    // (or after a verb or an adverb whose object it is, or one acting for it: `一致赞成市委`, `王明代表省委`, `感谢省委`)
    const freeBefore = !local || !beforeC || !isCjk(beforeC) || /[和及与、在向对由从是为经据将把被同]/.test(beforeC) || actsOnAt(text, k) || /(?:代表|代理)$/.test(text.slice(0, k));
    const freeAfter = /^(?:[、，,。；和与及的]|决策|工作|交办|部署|要求|印发|出台|发布|关于|领导|高度|决定|作出|提出|批准|同意|有关|负责)/.test(after) || after === '';
    if (freeBefore && freeAfter) push(o, k, k + o.length);
  }
  // a forum that holds a summit or an annual meeting is a body (`中非合作论坛北京峰会`, `博鳌亚洲论坛2023年年会`)
  for (const m of allMatches(FORUM_MEETING, text)) {
    const end = m.index! + m[1].length;
    const name = trimLead(text.slice(leftEdge(text, end, 14, true), end)).replace(/^(?:本届|首届|第[一二三四五六七八九十\d]+届)/, '');
    if (name.length >= 5 && !/[的了]/.test(name) && !NOT_OPENING.test(name)) push(name, end - name.length, end);
  }
  // international bodies named without a head noun
  for (const { word: o, at: k } of international!) {
    if (internationalBody(text, k, k + o.length)) push(o, k, k + o.length);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A place's name, then the level with the body: 河南|省政府. */
const LEVEL_BODY = /^(?:自治区|特别行政区|[省市县])(?:人民)?(?:政府|委|人大|政协)/;

/**
 * Places listed before one that names a level's body share it (`河北、黑龙江、河南省政府` → 河北省政府,
 * 黑龙江省政府, 河南省政府; `香港、澳门特别行政区政府`): each place's name, then the level and body of the last.
 */
function sharedLevel(text: string, start: number, name: string): NameMention[] {
  if (text[start - 1] !== '、') return []; // (no list before it: the cheap test first)
  const place = [2, 3, 4, 5, 6].find((i) => (placeWordAt(name.slice(0, i), 0) === i || PROVINCE_NAMES.includes(name.slice(0, i))) && LEVEL_BODY.test(name.slice(i)));
  if (!place) return [];
  const head = name.slice(place);
  const out: NameMention[] = [];
  for (let k = start; text[k - 1] === '、'; ) {
    const len = placeWordEndingAt(text, k - 1, 0, (w) => PROVINCE_NAMES.includes(w));
    if (!len) break;
    const item = text.slice(k - 1 - len, k - 1).replace(/(?:自治区|特别行政区|[省市县])$/, '');
    out.push({ name: item + head, start: k - 1 - len, end: k - 1 });
    k -= len + 1;
  }
  return out;
}

/**
 * A body's name as its forms compare: no edition (`十三届全国人大常委会`), a CPPCC committee by its
 * place (`政协长春市委员会` = `长春市政协`), 委 for 委员会, 中共 for 党 (`党中央` = `中共中央`), no 和
 * (`宪法和法律委员会` = `宪法法律委`).
 */
const formKey = (name: string) =>
  name
    .replace(/第?[一二三四五六七八九十]+届/g, '')
    .replace(/^(?:政协|中国人民政治协商会议)(.+?)委员会$/, '$1政协')
    .replace(/委员会$/, '委')
    .replace(/^党(?=中央)/, '中共')
    .replace(/和/g, '');

/** What a fuller form adds before a body's name: its place, level, edition or parent (`湖南省`, `十三届`, `全国人大`, `中共`). */
function qualifies(prefix: string, rest: string): boolean {
  for (let p = prefix; p; ) {
    // (中共 before the party's own bodies only: 中共中央政治局, 中共湖南省委, not 中共|全国人大常委会…党组)
    const step = /^(?:[一二三四五六七八九十]+届|中国|中华人民共和国)/.exec(p)?.[0].length || placeWordAt(p, 0) || (/^中共/.test(p) && /^(?:中央|[\u4e00-\u9fff]{0,6}?[省市县区]委)/.test(p.slice(2) + rest) ? 2 : 0);
    if (!step) return ORG_SUFFIX_RE.test(p) || STANDALONE_ORGS.includes(p);
    p = p.slice(step);
  }
  return true;
}

/**
 * Is `short` another form of the body `long` names (extraction.md: an abbreviation and its full name
 * are one entity)? The same name but for 委/委员会, 党/中共 and 和; the name with its place, level,
 * edition or parent left off (`全国人大常委会` of `十三届全国人大常委会`, `宪法和法律委员会` of
 * `全国人大宪法和法律委员会`); or an abbreviation: the first and last characters kept and some word cut
 * to one character (`省人社厅` of `省人力资源和社会保障厅`, `阿盟` of `阿拉伯联盟`), not a word left out
 * whole (`中国银行` of `中国建设银行` is another bank).
 */
export function sameBodyForm(short: string, long: string): boolean {
  const a = formKey(short), b = formKey(long);
  if (a === b) return short !== long;
  if (a.length >= b.length || a.length < 2) return false;
  // (what is left off is no list: `国际货币基金组织和世界银行`, `中越两国公安部`)
  const left = b.slice(0, -a.length);
  if (b.endsWith(a) && (a.length >= 3 || STANDALONE_ORGS.includes(short)) && !ORG_GENERIC.test(short) && qualifies(left, a) && !/[和与及、两双各]/.test(rawStart(long, left.length))) return true;
  // an abbreviation, also of the name without its place (`省人社厅` of `湖南省人力资源和社会保障厅`)
  // (a top organ is named in full: `市委` is no short form of `市纪委`)
  if (STANDALONE_ORGS.includes(short)) return false;
  const place = placeWordAt(b, 0);
  return abbreviates(a, b) || (place > 0 && /^[省市县区]/.test(a) && abbreviates(a, b.slice(place - 1)) && /[省市县区]$/.test(b.slice(0, place)));
}

/** The start of `name` that holds `n` characters other than 和, with the 和 after them (the left-off part of a key). */
function rawStart(name: string, n: number): string {
  let i = 0;
  for (let seen = 0; i < name.length && seen < n; i++) if (name[i] !== '和') seen++;
  return name.slice(0, i + (name[i] === '和' ? 1 : 0));
}

/** `a` keeps `b`'s first and last characters and, in order, some of the rest, one word cut to a single character. */
function abbreviates(a: string, b: string): boolean {
  if (/[^\u4e00-\u9fff]/.test(b) || a.length < 2 || a[0] !== b[0] || a.at(-1) !== b.at(-1) || a.length >= b.length) return false;
  const chunks: number[] = [];
  let j = 0, run = 0, last = -2;
  for (const [i, c] of [...a].entries()) {
    const k = i === a.length - 1 ? b.length - 1 : b.indexOf(c, j);
    // (a word cut short drops a few characters, not a clause: `市公安局` of `市治安支队与东区公安分局`)
    if (k === -1 || k - j > 4) return false;
    if (k === last + 1) run++;
    else { if (run) chunks.push(run); run = 1; }
    last = k; j = k + 1;
  }
  chunks.push(run);
  return chunks.length >= 2 && chunks.slice(0, -1).some((n) => n === 1);
}

/**
 * One name per body of an article: a form that is another of exactly one fuller form the article
 * names goes to it; the body is named by its fullest form (the others are aliases).
 */
export function bodyForms(orgs: NameMention[]): Map<string, string[]> {
  const names = [...new Set(orgs.map((o) => o.name))];
  const parent = new Map(names.map((n) => [n, n]));
  const root = (n: string): string => (parent.get(n) === n ? n : root(parent.get(n)!));
  // (a fuller form has a key at least as long, and shares the short form's last character:
  // the pairs sameBodyForm could accept, found without reading every pair)
  const key = new Map(names.map((n) => [n, formKey(n)]));
  for (const a of names) {
    const ka = key.get(a)!;
    const fuller = names.filter((b) => b !== a && key.get(b)!.length >= ka.length && key.get(b)!.at(-1) === ka.at(-1) && sameBodyForm(a, b));
    if (fuller.length === 1) parent.set(root(a), root(fuller[0]));
  }
  const groups = new Map<string, string[]>();
  for (const n of names) groups.set(root(n), [...(groups.get(root(n)) ?? []), n]);
  // (named by its fullest form, else as the article first names it: names are in the article's order)
  return new Map([...groups.values()].map((g) => {
    const name = g.reduce((a, b) => (b.length > a.length ? b : a));
    return [name, g.filter((n) => n !== name)];
  }));
}

/** What may follow an international body's name besides what follows any body's: its acts and seat (`联合国宪章`, `安理会决议`, `在联合国内`). */
const AFTER_INTERNATIONAL = new RegExp(`^(?:决议|宪章|文件|内|之间|框架|机制|合法席位|非常任|常任|${TITLE_HEAD_RE.source})`);

/**
 * An international body as a body: not a meeting's or a title's word (`联合国大会`, `〈上海合作组织成员国…〉`),
 * not a quoted campaign (`“走进东盟”`), not a market in a list of countries (`东盟、欧盟、美国为…贸易伙伴`).
 */
function internationalBody(text: string, start: number, end: number): boolean {
  // (a word run into it from before is another word: `东北约30公里`)
  if (start > 0 && (isCommonWord(text.slice(start - 1, start + 1)) || placeWordAt(text, start - 1) > 1)) return false;
  const after = text.slice(end, end + 8);
  if (!AFTER_ORG.test(after) && !AFTER_INTERNATIONAL.test(after)) return false;
  const clause = text.slice(Math.max(0, start - 60), start);
  if (/[《〈“][^》〉”]*$/.test(clause)) return false;
  // the items of its 、-list: a place ends the one before it or begins one after it
  const before = text.slice(Math.max(0, start - 40), start);
  const prior = /、$/.test(before) ? before.slice(before.search(/[、\u4e00-\u9fff]*$/)).split('、').slice(0, -1) : [];
  const later = /^、/.test(text.slice(end)) ? (/^[、\u4e00-\u9fff]{0,40}/.exec(text.slice(end))![0]).split('、').slice(1) : [];
  // (the dictionary holds some of these bodies as places: `联合国`, `世贸组织`)
  const body = (w: string) => INTERNATIONAL_ORGS.some((o) => w.startsWith(o) || w.endsWith(o));
  const endsInPlace = (w: string) => !body(w) && [...Array(Math.max(0, w.length - 1)).keys()].some((k) => k < 6 && placeWordAt(w, w.length - k - 2) === k + 2);
  return !prior.some(endsInPlace) && !later.some((w) => !body(w) && placeWordAt(w, 0) >= 2);
}

/**
 * A report published as a study or a year's figures is a publication (`《世界投资报告》`, `《…统计年度报告（2023）》`,
 * `《2023年全球风险报告》`); a report of work or on a question put to a body is a document of policy (`《政府工作报告》`,
 * `《关于…执行情况与…草案的报告》`).
 */
function reportPublication(title: string): boolean {
  return /报告(?:[（(][^（）()]*[）)]|\d{4})?$/.test(title) && !/工作报告|^关于.+的(?:综合)?报告|执行情况.*报告/.test(title);
}
/** A song or a piece of music is a work, no policy (`《义勇军进行曲》`, `《忠诚赞歌》`, `《我和我的祖国》` by its context). */
/** What stands between two titles of one list: 、 and whose the next is (`、藏族的`), nothing else. */
const LIST_OF_WORKS_BETWEEN = /^[、和及与]?[^，。；《》、]{0,6}?的?$/;
const SONG_TITLE = /(?:进行曲|[赞颂战]歌|之歌|歌曲|舞曲|组曲|交响曲|协奏曲|颂)$/;
/** A book is a publication too: a compilation, a reader, a chronicle, a scripture (`《…论述摘编》`, `《…著作选读》`, `《复兴文库》`, `《毛泽东年谱》`, `《西藏通史》`, `《中华大藏经》`). */
const BOOK_TITLE = /(?:摘编|选读|文库|年谱|文稿|读本|概论|选编|汇编|文集|通史|简史|列传|日记|手记|笔记|大事记|藏经|[^已]经|大典|字典|词典|辞典|百科全书|辞海)$/;
/** A paper, a magazine, a programme (a joint or a session's communiqué and a notice are documents: `联合公报`, `全会公报`, `通报`). */
export const PUBLICATION = /(?:(?<!联合(?:新闻)?公|会议公|全会公|通)报|日报|晚报|杂志|周刊|画报|网|频道|节目|丛书|全集|选集|文选|一书|年鉴|报道|述评|社论|侧记|纪实)$/;
export const GENERIC_POLICY = /^(?:有关|相关|一系列|各项|这些|一批|支持|配套|具体|若干|一揽子|系列|各类|多项|新|重大|重要|国家|省级|发展|工作|实施|政策|该|本|此|其|专项|保障|激励|改革|惠企|纾困|助企|优惠|扶持|帮扶|长效|整改)+/;
/** What may follow a policy's name: not a character that goes on with the word (`战略研发`); a verb of the clause (`纳入乡村振兴战略统筹谋划`). */
export const AFTER_POLICY = /^(?:[^\u4e00-\u9fff]|$|[一二三四五六七八九十]期|的|和|与|及|等|出台|实施|落实|印发|获|发布|精神|要求|提出|明确|目标|任务|编制|开局|收官|为|是|已|正式|全面|在|中|期间|以来|推进|开展|取得|有机衔接|相衔接|统筹|执行情况|情况|草案|确定的|规定的|深入实施|持续推进|提供|扎实|启动|机遇|缔结|签署|生效|高度契合|不够|不到位|不力)/;

/**
 * Whether an unquoted span ending in a policy head names a policy. Heads differ: a named
 * 行动/计划 stands on its own (`新一轮找矿突破战略行动`, `重点产业倍增计划`); 措施 and 规定
 * need their number (`九条措施`, `中央八项规定`); 方案, 条例, 意见 need 《》 or 关于; 政策,
 * 工程, 规划 need quotes, which the quoted rule reads.
 */
export function namedPolicy(raw: string, head: string): boolean {
  const prefix = raw.slice(0, raw.length - head.length);
  if (prefix.length < 3 || GENERIC_POLICY.test(prefix) && prefix.replace(GENERIC_POLICY, '').length < 3) return false;
  // others' or each side's strategies are no one named (`对接其他区域发展战略`, `两国发展战略`)
  if (/^(?:其他|其它|各种|一些|两国|双方|各国|彼此)/.test(prefix)) return false;
  // (nor one counted, so-called or named by its year alone: `一项临时措施`, `所谓区域防御计划`, `2023年计划`)
  if (/^(?:一项|一个|所谓)|^(?:完成|超额完成|落实|执行)?(?:\d{4}|[一二三四五六七八九〇○零]{4})年$/.test(prefix)) return false;
  if (/(?:工作|项目|问题|任务|要求|情况|企业|平台|领域|基地|园区|体系|机制|能力|水平|方面|我们|思想)$/.test(prefix)) return false;
  // a plan a report goes with is the report's (`2023年计划报告和计划草案`)
  if (prefix.includes('报告')) return false;
  // a year's quota or a sum to raise is no named plan (`全年税收计划`, `年初预算计划`, `420亿元现金回笼计划`)
  if (/^(?:全年|当年|年初|年度|本年|今年|明年|去年)|[\d０-９一二三四五六七八九十百千万]+(?:亿|万)?元/.test(prefix)) return false;
  // an act launched or taken is no named one (`对叙发动军事行动`, `采取联合行动`)
  if (/发动|采取|展开|进行|举行/.test(prefix)) return false;
  if (/[，。、；的了]/.test(prefix) && !/^关于/.test(raw) && !(head === '措施' && /若干政策$/.test(prefix))) return false;
  if (/(?:迅速|立即|积极|统一|共同|联合|实际|具体|一致|有力|自觉|依法|紧急)$/.test(prefix)) return false;
  // a plan carried out or enlarged is named after the verb (`超额完成国家税收计划`, `扩大国家科技计划`)
  const done = /^(?:超额)?(?:完成|扩大)/.exec(prefix);
  if (done && (head === '计划' || head === '行动') && prefix.slice(done[0].length).replace(GENERIC_POLICY, '').length < 3) return false;
  switch (head) {
    case '行动':
    case '计划':
      // (not a run of doers, `…机关和企事业单位等紧急行动`, nor what one leads or encourages, `主导国际大科学计划`)
      // (a named one may hold 等 inside: `粮油等主要作物大面积单产提升行动`)
      // (nor one named back, `这也意味着这次行动`)
      // (nor an operation of war, stopped or condemned: `停止所有作战行动`, `土耳其的军事行动`)
      // (nor one of a kind related to another, `中情局相关行动计划`)
      return prefix.length >= 4 && !/等[^等]{0,4}$|相关|有关/.test(prefix) && !/^(?:主导(?!产业)|鼓励|发起|牵头|参与|组织|停止|所有)/.test(prefix) && !/[这那此该](?:次|项|一)/.test(prefix) && !(head === '行动' && WAR_OPERATION.test(prefix));
    case '战略':
      // (what the strategy does: `科教兴国`, `科技兴军`, `科教兴药`, `扩大内需`, `就业优先`, `西部大开发`, `健康中国`; a national one: `…协同发展国家战略`)
      // (or a region's rise, an economy's upgrade, a continent's links, a pairing's cooperation: `中部地区崛起`,
      // `经济转型升级`, `欧亚互联互通`, `…对口合作`; a major national one, `…重大国家战略`; a new one, `能源安全新战略`;
      // a revival named by what it revives after the verb, `振兴东北老工业基地战略`)
      return prefix.length >= 4 && (/(?:发展|振兴|[强兴][\u4e00-\u9fff]|内需|优先|开发|融合|中国|安全|崛起|升级|互联互通|对口合作)(?:重大国家|国家)?新?$/.test(prefix) || /^振兴[\u4e00-\u9fff]{4,}$/.test(prefix) || /^应对[\u4e00-\u9fff]{3,}国家$/.test(prefix));
    case '规划':
      // a place's master plan (`北京城市总体规划`); a five-year plan of a named field, a spatial or a detailed plan of a
      // named area (`两国经贸合作五年规划`, `全国国土空间规划`, `…启动区控制性详细规划`), a five-year plan by its number (`十四五规划`)
      return /^关于/.test(raw) || (/总体$/.test(prefix) && placeWordAt(prefix, 0) >= 2) || (prefix.length >= 6 && /(?:五年|空间协同|详细)$/.test(prefix) && !/[第份级]/.test(prefix)) || /^十[一二三四五六七]五$/.test(prefix);
    case '措施':
    case '规定':
      // a run of measures (`援企稳岗等一系列政策措施`, `八个方面90条措施`) names none
      if (/等|一系列|方面|包括/.test(prefix)) return false;
      return /^关于|[\d一二三四五六七八九十两]+(?:条|项)|若干政策$/.test(prefix) || /^中央/.test(prefix);
    case '方案':
      // an action plan named by what it acts on (`林业和草原碳汇行动方案`), or one that carries out an action (`…防治行动实施方案`)
      return /^关于/.test(raw) || (/行动$/.test(prefix) && prefix.length >= 6) || (IMPLEMENTED_BEFORE.test(prefix) && prefix.length >= 6);
    case '条例':
    case '意见':
    case '办法':
    case '纲要':
    case '细则':
      // (or the rules that carry out a document named before them: `中央八项规定实施细则`, `…安全生产条例实施办法`)
      return /^关于/.test(raw) || (IMPLEMENTED_BEFORE.test(prefix) && prefix.length >= 6);
    case '工程':
      // a programme named by what it raises, rebuilds or protects (`玉米单产提升工程`, `产业基础再造工程`, `天然林保护工程`);
      // a kind of works is none (`重点工程`, `水利工程`, `民生工程`)
      // (nor works counted, begun or in batches: `51个…修复工程`, `计划开工…治理工程`, `第二批…工程`)
      // (a programme's name says more than a kind of works, five characters at least: not `文物保护工程`; nor works on a
      // river, which are construction: `临江河治理工程`)
      if (MISSION_WORKS.test(prefix)) return true;
      return prefix.length >= 5 && !prefix.includes('等') && PROGRAMME_WORKS.test(prefix) && !WORKS_COUNTED.test(prefix) && !HEAD_AT_START.test(prefix) && !RIVER_WORKS.test(prefix);
    default:
      return false;
  }
}

/** A verb of carrying out or keeping to a programme or a strategy, right before its name (`实施好…工程`, `奉行…战略`). */
// (or before the list it ends: `实施下岗分流、减员增效和|再就业工程`)
const CARRIED_OUT_BEFORE = /(?:实施|实施好|实施了|开展|开展了|推进|参与|奉行|坚持|启动|启动了)(?:[^，。；：、和]{2,12}[、和])*$/;
/**
 * A programme (工程) or a strategy (战略) named after a verb that carries it out: its name says what it is for in two to
 * twelve characters (`再就业工程`, `探月工程`, `文化润疆工程`, `长吉图战略`), not a kind of works or a counted run
 * (`水利工程`, `重点工程`, `多项民生工程`, `深空探测等航天重大工程`), nor one of others (`两国发展战略`, `这个战略`).
 */
function programmeCarried(raw: string, head: string): boolean {
  const prefix = raw.slice(0, raw.length - head.length);
  // (nor one named by a bare act, `修复工程`, `提升工程`)
  if (prefix.length < 2 || prefix.length > 12 || /[，。、；“”等的]/.test(prefix) || isCommonNoun(prefix) || isVerb(prefix)) return false;
  if (/^(?:重大|重点|各项|这个|这项|那个|该|其他|多项|一批|一些|一系列|有关|相关|两国|双方|全面)|(?:水利|交通|电力|基础设施|民生|重点|重大|重要|建设|这个|全面)$|[一二三四五六七八九十两\d]+大/.test(prefix)) return false;
  return !WORKS_COUNTED.test(prefix) && !HEAD_AT_START.test(prefix) && !RIVER_WORKS.test(prefix);
}

/** A campaign of years named by its field and its act, after the verb that carries it out or a clause's start (`全国安全生产专项整治三年行动`). */
const YEARS_CAMPAIGN = /(?:推动|开展|实施|落实|部署|推进|启动|[^\u4e00-\u9fff]|^)((?:(?!推动|开展|实施|落实|部署|推进|启动|的)[\u4e00-\u9fff]){2,18}?(?:整治|提升|攻坚|治理|改造|整顿|保护)[一二三四五六七八九十两]年行动)$/;
/** An operation of war or rescue before 行动 (`作战|行动`, `军事|行动`): no programme. */
const WAR_OPERATION = /(?:军事|作战|战斗|进攻|空袭|打击|袭击|报复|救援|搜救)$/;
/** What a programme (工程) named without quotes does, before its head (`…单产提升|工程`, `…保护|工程`). */
const PROGRAMME_WORKS = /(?:提升|再造|保护|治理|振兴|修复|培育|攻坚|强基|攻关|防护林|造林|还林|还草|探源|搬迁)$/;
/** A programme of a national mission named in four characters (`中国探月`, `精准扶贫`): enough for a programme's name. */
const MISSION_WORKS = /^[\u4e00-\u9fff]{2}(?:探月|扶贫)$/;
/** Works on a river or a lake named by it (`临江河治理`, `某湖治理`): construction, no programme. */
const RIVER_WORKS = /^[\u4e00-\u9fff]{1,5}?(?:河|江|溪|湖)(?:段|流域)?(?:综合)?(?:治理|整治|修复)$/;
/** Works counted, begun, planned, in batches or of every kind: no one programme named. */
const WORKS_COUNTED = /[\d０-９]+(?:多|余)?[个项]|[一二三四五六七八九十百]+(?:多|余)?[个项]|第[一二三四五六七八九十\d]+批|^(?:各类|各项|我国|全国|一批|一些)|开工|计划/;

/** Two named policies joined: `乡村振兴战略和创新驱动发展战略`. */
const JOINED_POLICIES = new RegExp(`^.{2,}?(?:${POLICY_HEADS.join('|')})[和及与](.{3,})$`);

/** Nouns after a policy head that make the phrase something else: a layout, a deployment, a partnership (`战略布局`, `战略部署`, `战略合作`). */
const HEAD_MADE_OTHER = /^(?:布局|部署|合作|伙伴|构想|决策)/;

/** A 、-list of sectors ending in the bodies that run them (`计划、财政、教育等部门`). */
const SECTOR_LIST_AFTER = /^、[^，。；：]{1,40}?等(?:有关|相关)?(?:部门|单位|机关|系统|行业)/;

export const HEAD_AT_START = new RegExp(`^(?:${POLICY_HEADS.join('|')})`);

/** A law by name (`…法`) with what the text does to it (草案, 修订草案, 修正案): the name ends there. */
const LAW = /(?:^|[，。、；：和及与了过议于])([\u4e00-\u9fff]{2,14}?法(?:修订草案|修正草案|修正案草案|修正案|草案))/g;
const LAW_DRAFTED = /法(?:修订草案|修正草案|修正案|草案)/;
/** What is done to a law, before its name: no part of it. */
const LAW_LEADING = /^(?:和|及|与|、|提请|审议|通过|表决|制定|修改|实施)+/;
/**
 * A body before 和 (at `and`) inside a law's name: `地方各级人民代表大会` of …大会和地方各级人民政府组织法,
 * from the clause's start or what is done to the law.
 */
function bodyBeforeAnd(text: string, and: number): string | undefined {
  const from = Math.max(0, and - 17);
  const parts = text.slice(from, and).split(/[，。、；：\n了的和及与]|审议|通过|提请|关于|修改|制定|表决/);
  const body = parts[parts.length - 1]!;
  return (parts.length > 1 || from === 0) && body.length >= 4 && /(?:代表大会|人民政府|委员会|法院|检察院)$/.test(body) ? body : undefined;
}
const MEASURES_COUNTED = /(?:稳增长|促消费|惠企|助企|纾困)\d{1,3}条/;
/**
 * A document's draft by name: `拟订了…名额分配方案草案、…`, `关于提请审议…守则修订草案的议案`,
 * and the first of a list after 就/对 (`就…名额分配方案草案、…作了说明`; not 成就, 造就, 迁就).
 */
/** The heads of policies, scanned for in a text (allMatches leaves its lastIndex as it was: it is never shared). */
const POLICY_HEAD_SCAN = new RegExp(`(?:${POLICY_HEADS.join('|')})`, 'g');
const DRAFT = new RegExp(`(?:[了于订、议对]|(?<![成造迁])就)([\\u4e00-\\u9fff\\d]{2,30}?(?:${DRAFTED_HEADS.join('|')})(?:修订草案|修正草案|草案))`, 'g');
/** What is done to a law by name (not a transliterated name's first part before its dot: `执行主任穆斯塔法·…`): `执行香港国安法`, `制定…保护法`, `根据宪法和有关法律`, `遵守宪法法律`, `写入宪法序言`, `我国宪法的`. */
const LAW_VERBS = '弘扬|执行|制定|修改|修订|实施|施行|贯彻|落实|颁布|根据|依据|依照|按照|违反|遵守|维护|学习|宣传|审议|通过|履行|保证|符合|配合|推进|评估';
const LAW_NAMED = new RegExp(`(?:${LAW_VERBS}|写入|载入|写进|我国)(?:了|好)?(?:新修订的|修订后的|新修改的|修改后的|新制定的)?((?!和)(?:(?![的了和及是在])[\\u4e00-\\u9fff]|(?<![法章])和(?=[\\u4e00-\\u9fff]{2})|及(?=法)){1,14}?法典?)(?=[^\\u4e00-\\u9fff·・•]|$|和(?!法律)|和法律(?!委员会)|法律|及|与|的|等|规定|第|有关|相关|精神|开展|实施|赋予|全面|权威|尊严|是|序言|总纲|立法工作)`, 'g');
/**
 * A law (or a list of them) as the subject of its enactment at a clause's start: `民族区域自治法于1984年5月颁布实施`,
 * `…保护法是一部…`, `外商投资法是…`, `选举法和地方组织法修改后…`; as what an inspection checks (`检查…防治法和…保护法执法检查`);
 * or as what provides for something (`专题调研既是代表法规定的…`).
 */
const LAW_SUBJECT = /(?:^|[，。；：\n]|是|检查)(?:首部|新(?![西加疆泽墨喀几南]))?((?:(?![的了和及与是在]|关于|检查|首部)[\u4e00-\u9fff]){1,12}?法典|(?:(?![的了和及与是在]|关于|检查|首部)[\u4e00-\u9fff]){2,14}?法)(?=(?:[和、](?:(?![的了和及与是在])[\u4e00-\u9fff]){2,12}?法)*(?:于[\d一二三四五六七八九十]|自[\d一二三四五六七八九十]|(?:(?:今天|今日|当天|明天)(?:（[^（）]{1,12}）)?)?(?:正式)?(?:颁布|施行|公布|颁行)|(?:全面)?(?:修改|修订)[，。；]|实施[，。；]|是(?!否)|(?:[\d０-９]{4}年)?(?:修改|修订)后|(?:和[^，。；]{2,80}?的)?实施情况|等?执法检查|规定的))/g;
/**
 * What every LAW_SUBJECT match holds: a 法 right before the list that goes on (和, 、) or before
 * its cue. Tested (where 法 stands at all) before the scan, which tries a name of up to 14
 * characters at every clause start.
 */
/** The act on a law's inspection before the law's name: group 1 the law (`会议审议|土壤污染防治法`, `开展好|大气污染防治法`). */
const INSPECTED_LAW = /(?:审议|开展|听取|关于|组织|进行)好?((?:(?!审议|开展|听取|关于)[\u4e00-\u9fff]){2,14}法)$/;
const LAW_SUBJECT_CUE = /法典?(?:[和、]|等执法检查|[于自][\d一二三四五六七八九十]|正式|今天|今日|当天|明天|颁布|施行|公布|颁行|是(?!否)|[\d０-９]{4}年|修改后|修订后|(?:全面)?(?:修改|修订)[，。；]|实施[，。；]|实施情况|执法检查|规定的)/;
/** A clause that acts on a law, read back from the law to the clause's start: no law's name. */
const CLAUSE_ON_LAW = new RegExp(`^(?:要|把|对|将|全面|深刻|准确|认真|切实|我国|推动|保障)|${LAW_VERBS}|认识|把握|开展|修改|完善|加强|确保`);

/** Words ending in 法 that name a way of doing, not a law. */
const NOT_A_LAW = /(?:辩证法|方法|办法|做法|看法|说法|想法|手法|技法|用法|立法|修法|执法|司法|依法|违法|守法|合法|非法|语法|算法|书法|疗法|戏法|兵法|写法|干法|打法|玩法|章法|国法|王法|家法|新法|良法|功法|拳法|唱法|刀法|剑法|笔法|画法)$/;
/** Kinds of law, not one law: `国际法准则`, `本法`, a bare `基本法`. */
const LAW_KIND = /^(?:本法|国际法|国内法|上位法|基本法|部门法|(?:国家)?根本法)$/;
/**
 * A document named by what it is about: `关于…的决定`, `中共中央关于…的决定`, `…的决议`; a session's resolution by the
 * session too (`政协第十四届全国委员会第二次会议关于常务委员会工作报告的决议`: each year's is another).
 */
const DECISION = /((?:中共中央|国务院|全国人大常委会|全国人大|(?:中国人民政治协商会议|全国政协|(?:省|市|县|区|州|自治区)?政协|(?:省|市|县|区|州|自治区)?人大|[一二三四五六七八九十]+届)(?:(?!通过|审议|批准|表决|听取|了)[^，。；：“”《》、关]){2,30}?(?:次会议|次全体会议|中全会)(?=关于[^，。；：“”《》]{4,60}?的决议))?关于([^，。；：“”《》]{4,60}?)(，[^，。；：“”《》]{2,12}?)?的(?:决定|决议))/g;
/** An opinion a body adopts or issues, named by what it is about, after the verb; its issuer may open it. */
const OPINION_ADOPTED = /(?:审议通过|通过|印发|出台|制定|发布|会议(?:还)?(?:审议|研究)(?!通过))了?((?:[\u4e00-\u9fff]{2,12}?(?=关于))?关于[^，。；：“”《》的]{4,60}?的(?:指导意见|实施意见|意见))/g;
/** A book of a code, in draft: `民法典婚姻家庭编草案`, `、民法典继承编草案` (not what is done to it: `对民法典…`). */
const CODE_BOOK = /(?:^|[，。、；：和及与了过议于对])((?:(?![了过议于和及与对])[\u4e00-\u9fff]){1,3}?法典[\u4e00-\u9fff]{2,6}?编(?:草案|修订草案)?)(?=[、和及与，。；等]|$)/g;
/** The code's other books listed after one (`民法典物权编草案、人格权编草案`): each the code's. */
const LISTED_BOOK = /^[、和及与]((?:(?![的了和及与、])[\u4e00-\u9fff]){2,6}?编(?:修订草案|草案|(?=[、和及与，。；等的]|$)))/;
const LAW_VERB_AT_START = new RegExp(`^(?:${LAW_VERBS}|尊崇|恪守|尊重|修改|完善|加强)`);
const LAW_END = /法(?:修订草案|修正草案|修正案|草案)?$/;
/** Two or more laws (or regulations, or amendments) listed with 、 and closed by 等: group 1 the list. */
// (和 and 与 inside an item are its own: `人口与计划生育法`)
const LISTED_LAWS = /((?:(?:(?![的了及是在])[\u4e00-\u9fff]){1,16}?(?:法典|法|修正案|条例)、)+(?:(?![的了及是在])[\u4e00-\u9fff]){1,16}?(?:法典|法|修正案|条例))等/g;
const LISTED_LAWS_CUE = /(?:法|法典|修正案|条例)、[^，。；]{2,40}?(?:法|法典|修正案|条例)等/;
/** What is done to the first law of a list, before its name (the others' names are whole). */
// (from the item's start: verbs, each maybe after adverbs, and 对/把/将 only after a verb — `对外关系法` is a law)
// (and 对 opening the clause: `，对监察法、…等…进行审查`; not 对外, 对台 of a name)
const LISTED_LAW_LEADING = /^(?:要|首部|对(?![外台口话接华]))?(?:(?:扎实|加快|深入|积极|认真|着力|全面|持续|大力)*(?:相继|先后|陆续|推进|推动|制定|修订|修改|出台|颁布|颁行|审议|通过|完善|贯彻|落实|开展|依照|依据|根据|按照|遵守|执行|加强)了?(?:对|把|将)?)*/;
/** The next law of a list: `、医师法`, `和教育法`, a draft word after it or not, up to the next 、 or clause end. */
/** A decision amending a law as an item of a list of laws (`、关于修改监察法的决定`). */
const AMENDING_DECISION_LISTED = /^[、和及与]关于修改[^，。；、]{2,30}?的决定(?=[、和及与])/;
const LISTED_LAW = /^[、和及与](?:新修订的|修订后的|新制定的)?((?!关于)(?:(?![的了和及与是在])[\u4e00-\u9fff]|及(?=法)){2,12}?法)(?:修订草案|修正草案|修正案|草案)?(?=[、和及与，。；]|$|的(?:决定|决议)|(?:[\d０-９]{4}年)?(?:修改|修订)后|实施情况|等?执法检查|等(?:相关|有关)?法律)/;

/**
 * Titles in 《》 that name works, not documents: a ballet, a film, a programme, a series
 * (`芭蕾舞团演出的《…》`, `《…》、《…》等一批经典剧目`, `《…》推出系列报道《…》`), a photograph or painting
 * series and its exhibition (`摄影展《…》`, `《…》系列摄影《…》`), a book edited or translated, a paper's commentary
 * (`主编了23卷《…》`, `首个中文全译本《…》`, `评论员文章《…》`; not a leader's 重要文章 or what one 撰写s).
 */
const WORK_BEFORE = /(?:演出|上演|演奏|演唱|唱着|唱起|高唱|一曲|一首|献唱|齐唱|唱响|主演|排演|播出|播放|出版|创作|拍摄|朗诵|观看|观赏|欣赏|舞剧|歌剧|话剧|京剧|电影|影片|电视剧|纪录片|歌曲|专辑|小说|诗歌|散文|合唱|独唱|舞蹈|小品|相声|系列报道|专栏|栏目|节目|晚会|剧目|摄影|摄影展|画展|影展|书画展|美术展|画册|原题为|原题是|原标题为?|(?:主编|编纂|编著|编撰|著有|翻译)了?(?:[\d一二三四五六七八九十百多]+(?:卷|部|册|本|篇))?|译本|题目是|评论员文章|社论|(?<![撰编填书改抄])写|创作演出过|演出过|专题片|警示片|宣传片|照片|画作|壁毯|论文|古本|表演|演绎|编导|阅读|翻阅|第[一二三四五六七八九十\d]+集|微短剧|短剧|动画片)(?:了|过)?的?$/;
/** Words before a work's 《》 that a document's may stand after too (`原名《…条例》`): for titles with no document's head. */
const WORK_BEFORE_UNLESS_DOCUMENT = /(?:作品|乐曲|选曲|原名为?|(?:专栏|栏目)刊[登发载出]|刊[登发出]第[\d一二三四五六七八九十百]+篇|文章[，,]题为)的?$/;
const WORK_AFTER = /^(?:等)?[^，。；《》]{0,6}?(?:作品|剧目|唱段|选段|曲目|节目|影片|歌曲|图书|书籍|栏目|系列报道|一书|一诗|一剧|剧组|演出|播出|上演|展出|系列摄影|摄影展|画展|影展|杂志|周刊|月刊|期刊|刊文|刊登|中[扮饰演]|首映|首发|开机|杀青|佳作|力作|精品|专题片|纪录片|警示片|宣传片|论文|单行本|珍藏本|摹本|译本|翻译出版)/;
/** …and after it (`《…条例》专栏`, `《宪法》晚会` are a document's). */
const WORK_AFTER_UNLESS_DOCUMENT = /^(?:等)?[^，。；《》]{0,6}?(?:音乐会|晚会|联欢会|选曲|乐曲|合唱|琴声|歌声|旋律|的故事|专栏|壁毯|壁画|雕塑|画作|部分章节|部分(?:重要)?内容|第[一二三四五六七八九十\d]+卷|[\u4e00-\u9fff]{1,4}文版)/;
/**
 * A title that is a work by its own words, where no document's head closes it: a study guide's question (`《如何理解…》`),
 * a book of one's discourses (`《论党的宣传思想工作》`, `《习近平谈治国理政》`).
 */
const WORK_TITLE = /^(?:如何|怎样|怎么|为什么|为何)|^(?:[\u4e00-\u9fff]{2,3})?论(?![坛证述])|^[\u4e00-\u9fff]{2,3}(?<![会座商和])谈(?![判话])/;
/** A document's head closing a title (`…条例`, `…实施方案（试行）`). */
const DOCUMENT_TITLE_END = new RegExp(`(?:法|法典|${[...POLICY_HEADS, '决定', '决议', '通知', '公报', '宣言', '条约', '协定', '协议', '宪章', '准则', '规则', '章程', '议定书', '公约', '目录', '标准'].join('|')})(?:[（(][^（）()]{1,12}[）)])?$`);
/** A seminar or an exhibition given a title: `题为《…》的贸易金融研讨会` (a 题为 speech, lecture or article is a document: `题为《…》的主旨讲话`). */
const TITLED_EVENT = /^的[^，。；《》]{0,8}?(?:研讨会|论坛|展览会?|展会|画展|影展|书画展)/;
/** Brought out: a work mostly, but a document too (`《…目录》近日正式推出`), so not a work wherever else it is named. */
const LAUNCHED_AFTER = /^(?:等)?[^，。；《》]{0,6}?推出/;
/** A broadcaster's programme: `今天（1月12日）的《新春走基层》`, `总台《高端访谈》`, `《新春走基层》记者`, `《高端访谈》专访…`. */
const PROGRAMME_BEFORE = /(?:(?:今天|今晚|明天|昨天)（[^（）]{1,12}）的|总台|频道|电视台)$/;
const PROGRAMME_AFTER = /^(?:的?记者|专访)/;

/** A list of documents after a verb of adoption (`审议通过了…工作要点和…工作计划`), up to the clause's end. */
const ADOPTED = new RegExp(`(?:${ADOPTING_VERBS.join('|')})了?([^，。；：“”《》\\n]{4,160})`, 'g');
/**
 * What a meeting studies or deliberates, after it (`会议研究了`, `会议还审议了`, `会上讨论了`; 审议通过 is ADOPTED's), or after the
 * semicolon of its agenda's next item (`…；研究了…整改方案；`): group 1 the list.
 */
const AGENDA = /(?:(?:会议|会上)(?:，|[^，。；：“”《》\n,;]{0,8}?)|[；;](?:会议)?(?:还)?)(?:研究|审议|审定|讨论|听取)+了?(?!通过|并|部署|决定|制定|出台|起草|修订|修改|印发)([^，。；：“”《》\n,;]{4,160})/g;
/** One adopted document: a name ending in a document head, with what was done to it in brackets. */
const ADOPTED_ITEM = new RegExp(`^[\\u4e00-\\u9fff\\d]{2,40}?(?:${ADOPTED_HEADS.join('|')})(?:[（(](?:修订案|修订草案|修正案|草案)[）)])?$`);
/** A session's resolution named by the session (`省政协十二届二次会议决议`, `…第一次会议政治决议`), after a verb of adoption. */
const SESSION_RESOLUTION_NAMED = /^[\u4e00-\u9fff\d]{2,30}(?:会议|全会|大会)(?:政治)?决议$/;
/** An opinion named by what it is about, a report or an explanation on it after (`以及关于推进…的意见的汇报`): group 1 the opinion, 2 what follows. */
const OPINION_REPORTED = /(?<=^|[，、；：和及]|以及|听取了?)(关于[^，。；：“”《》的]{4,60}?的(?:指导意见|实施意见|意见))(的(?:汇报|说明|起草说明))/g;
/** Rules or regulations named by what they govern, four characters or more, after a verb that cites, revises or makes them, before its clause ends or 规定. */
const REGULATION_CITED = /(?:根据|依据|依照|按照|遵照|违反|修订|修改|制定)((?:(?![的了和与及是在])[\u4e00-\u9fff]){4,20}?(?:条例|议事规则|工作规则))(?=的?(?:有关|相关)?规定|[，。；、]|和|$)/g;
/** A reference back or a generic set is no document's name (`上述计划`, `有关规定`). */
const NOT_A_DOCUMENT = /^(?:上述|有关|相关|这些|这个|该|此|本|各项|各|其|年度|工作|下一步|今后|下步)/;
/**
 * A 政策 after a verb of keeping to it: `奉行一个中国政策`, `执行党的知识分子政策`, `实施好积极的财政政策`;
 * or one a province brings out as its own (`出台我省首发经济政策`).
 */
const KEPT_POLICY = new RegExp(`(?:(?:${POLICY_KEEPING_VERBS.join('|')})+(?:好|了|到)?(?:党的)?|出台(?:我省|我市|我区|本省|本市))((?:[\\u4e00-\\u9fff]{2,8}的)?(?:(?![的了])[\\u4e00-\\u9fff]){2,10}?政策)$`);
const KEEPING_VERB_INSIDE = new RegExp(`^.+(?:${POLICY_KEEPING_VERBS.join('|')})(?:好|了|到|的)?`);
const KEEPING_VERB_AT_START = new RegExp(`^(?:${POLICY_KEEPING_VERBS.join('|')}|需要|出台|制定|继续|坚定|始终)`);
const GENERIC_POLICY_WORD = new RegExp(GENERIC_POLICY_WORDS.join('|'));
/** What makes a 政策 with 的 (`积极的财政政策`, `独立自主的和平外交政策`): a quality, not a body or a pointer (`中央的`, `这样的`). */
const NOT_POLICY_ADJECTIVE = /^(?:这样|那样|这些|那些|有关|相关|国家|我国|我们|政府|各项|一切|现行|已有|新的|上述|既定)$|^(?:中央|党|国家|政府|省|市)|(?:已经|已|确定|出台|制定|推出|采取|实施|实行)$/;
/** A charter or joint communiqué kept to, cited or revised: `恪守中美三个联合公报`, `秉持联合国宪章宗旨`, `在联合国宪章…基础上`, `新修订政协章程`. */
const CHARTER = new RegExp(`(?:恪守|遵守|遵循|秉持|践行|捍卫|符合|坚持|根据|依据|依照|违反|维护|按照|在|修订|修改|学习|贯彻|以|适逢|纪念|庆祝)(?:以)?((?!这|那|该|本|此)(?:(?![的了和与及])[\\u4e00-\\u9fff]){2,6}?(?:[一二三四五六七八九十两]个)?(?:${CHARTER_HEADS.join('|')}))`, 'g');
/** An agenda named by its year: `联合国2030年可持续发展议程`, `2030年议程`. */
const YEAR_AGENDA = /(?:联合国)?(?:\d{4}|[〇一二三四五六七八九零]{4})年(?:(?!会议|工作|日程|议程)[\u4e00-\u9fff]){0,8}?议程/g;
/** A 政策 listed after one kept to (`、减轻农民负担政策`, `和粮食收购政策`). */
const LISTED_POLICY = /^[、和及与]((?:(?![的了和及与、，。；])[\u4e00-\u9fff]){2,10}?政策)/;
/** The Party's and the state's constitutions giving a body its duties, in a list (`履行党章和宪法赋予的职责`, `坚守党章宪法赋予的`, `宪法和法律赋予`): each a document. */
const CONSTITUTION_CONFERS = /(?:党章|宪法)(?=(?:[和、及]?(?:党章|宪法|法律|党规|法规))*所?赋予)/g;
/** The Party's constitution by its short or full name, wherever the text names it (`对照党章党规`), not an amendment to it. */
const PARTY_CHARTER = /党章(?!修正案)|中国共产党章程(?!修正案)/g;
/** The head of an agreement named by a city (`巴黎协定`), not a book of one or one in 《》. */
const AGREEMENT_HEAD = /(?:协定|议定书)(?![书》])/g;
/** What stands before such a city: a clause's start or a verb done to the agreement. */
const CITY_BEFORE = /(?:^|[^\u4e00-\u9fff《]|推动|落实|实施|履行|根据|遵守|签署|加入|退出|和|及|与)$/;
/** The head of a numbered set of measures, the scan's test first (most texts have none). */
const MEASURES_HEAD = /条(?:具体|政策|支持|硬核)?(?:措施|举措)/;
/** A numbered set of measures after the verb that issues or carries it out: `落实好…的35条具体措施`, `出台…十条措施`. */
const MEASURES_NAMED = /(?<=(?:落实|出台|印发|制定|实施|推出|提出|发布)(?:好|了)?)(?![好了])((?:(?![，。；、“”《》了])[\u4e00-\u9fff]){4,24}?的?(?:\d{1,3}|[一二三四五六七八九十]{1,3})条(?:具体|政策|支持|硬核)?(?:措施|举措))/g;
/**
 * A treaty named by its parties (中 and the other's one-character short form, or 中国 and the other joined by 和/与:
 * `中日和平友好条约`) after a clause's start or what is done to it.
 */
const NAMED_TREATY = /(?<=^|[^\u4e00-\u9fff《]|是|审议|批准|签署|签订|缔结|根据|依照|依据|落实|履行|遵守|和|及|与|的|以|适逢|纪念|庆祝)((?:中[\u4e00-\u9fff]|[\u4e00-\u9fff]中|中国(?:和|与|同)[\u4e00-\u9fff]{2,10}?)[\u4e00-\u9fff]{2,12}?条约)/g;
/** A treaty named by the friendship it seals, its parties or members before (`成员国长期睦邻友好合作条约`, `中俄睦邻友好合作条约`). */
const TREATY_OF_FRIENDSHIP = /(?<=^|[^\u4e00-\u9fff《]|是|审议|批准|签署|签订|缔结|根据|依照|依据|落实|履行|遵守|和|及|与|的|以|适逢|纪念|庆祝)((?:(?![的了和与及是在此]|以(?!色)|适逢|纪念|庆祝|签署|缔结|批准)[\u4e00-\u9fff]){2,8}?(?:睦邻友好合作|友好合作|和平友好|睦邻友好|友好互助)条约)/g;
/**
 * A nuclear deal named by the country whose programme it bounds (`伊核问题全面协议`, `伊朗核协议`), after a clause's start or
 * what is done to it (`退出`, `维护`, `履行`): group 1 the country's name or its one-character short form, 2 the deal.
 */
const NUCLEAR_DEAL = /(?<=^|[^\u4e00-\u9fff《]|退出|维护|履行|落实|遵守|恢复|重返|挽救|执行|支持|捍卫|违反|破坏|在|的|对|就|和|与|及)(([\u4e00-\u9fff]{1,2})核(?:问题)?(?:全面)?协议)(?![书》])/g;
/**
 * An agreement named by its two parties, 中 and the other's one-character short form (`中阿经济技术合作协定`), signed or kept to,
 * or after a clause's start: group 1 the agreement.
 */
const PARTIES_AGREEMENT = new RegExp(`(?<=签署了?|签订了?|缔结了?|落实|执行|履行|根据|依照|[^\\u4e00-\\u9fff《]|和|及|与)((?:中[${PARTY_CHARS}]|[${PARTY_CHARS}]中)(?:两国)?(?:(?![的了和与及是在]|宣布|签署|签订|完成|达成|启动|谈判|实质)[\\u4e00-\\u9fff]){2,14}?协定)(?![书》])`, 'g');
/**
 * A joint statement, a communiqué, a memorandum, a protocol or an agreement signed or issued, named by its parties or by
 * what it is about (`签署中瑙关于恢复外交关系的联合公报`, `共同签署了中国全国人大与某国议会合作谅解备忘录`): group 1 the document.
 */
const SIGNED_DOCUMENT = /(?:签署|签订|发表|发布)了?((?:(?![，。；：“”《》])[^\s]){4,50}?(?:联合公报|联合声明|谅解备忘录|备忘录|议定书|协定))(?![书》])/g;
/** A resolution of the UN's Security Council or General Assembly by its number (`安理会第1701号决议`, `联合国大会第2758号决议`). */
const UN_RESOLUTION = /(?:联合国)?(?:安理会|安全理事会|大会|联大)第[\d０-９]+号决议/g;
/** A free-trade or investment agreement named by its parties: 中 and the other's one-character short form, or 中国—X. */
const NAMED_FTA = /((?:中[\u4e00-\u9fff]|[\u4e00-\u9fff]中|中国[—－-][\u4e00-\u9fff]{2,16}?)(?:自贸协定|自由贸易协定|投资协定)(?:升级版|升级议定书)?)/g;

/**
 * A programme named in quotes with its head inside them (`“八大行动”`, `“希望工程”`, `“五四宪法”`),
 * also when 暨 joins another event to it (`“春风行动暨就业援助月”`);
 * and a named strategy (`“八八战略”`, `“江河战略”`; a coinage with 的 is none: `“文明的战略”`); a quoted rule in
 * running text is mostly a quotation.
 */
const QUOTED_HEADED = /“((?:(?![的了在，,。、；：])[^“”]){2,8}(?:行动|工程|计划|宪法|战略))(?:暨[^“”，。]{2,10})?”/g;

/** A 、-list of 关于-clauses sharing one head: `批准关于甲、关于乙、关于丙等一系列决议` is three 决议. */
const ABOUT_LIST = /关于([^，。；：、“”《》的]{4,40})((?:[、，]关于[^，。；：、“”《》的]{4,40})+)(?:等(?:一系列|多项|[一二三四五六七八九十两\d]+项)?|的)(决议|决定)/g;

/** A decision on a document in 《》 (`关于批准《…条约》的决定`, `关于加入《…公约》的决定`): group 1 the act, 2 the document, 3 the head. */
const DECISION_ON_TITLE = /关于(批准|加入|修改)《([^《》\n]{2,60})》的(决定|决议)/g;
/**
 * A session's drafts of one head over a list of the documents they are on (`关于政府工作报告、计划报告、预算报告的决议草案`,
 * `关于修改全国人大组织法、全国人大议事规则的决定草案`): one draft for each, the head (and a 修改 before the first) shared.
 */
const DRAFTS_ON_LIST = /关于((?:修改)?[^，。；：、“”《》的]{2,24}?(?:报告|法|规则|条例|规定|办法|方案|计划|预算))((?:、[^，。；：、“”《》的]{2,24}?(?:报告|法|规则|条例|规定|办法|方案|计划|预算))+)的(决议|决定)草案/g;

/** Is the policy head `head`, between `before` and `rest`, a verb or an act rather than a document's head? */
function headAsVerb(head: string, before: string, rest: string): boolean {
  if (head === '计划') return PLANS_TO.test(rest);
  if (head === '规定') return /(?:第[\d一二三四五六七八九十百]+条|法案|法律|条例|协议|决定)$/.test(before) && /^[，：:]/.test(rest);
  // (and 行动 joined to 思想 or done freely: `统一思想和行动`, `在…上空自由行动`)
  // (nor one carried into, an idiom: `及时付诸行动`)
  if (head === '行动') return /(?:单独|果断地?|采取|立即|迅速|联合|自由|思想和|付诸|付之)$/.test(before);
  return false;
}
/** What one plans to do, after 计划 as a verb (`计划在上海设立办事处`, `计划于明年建成`). */
const PLANS_TO = /^(?:在|于|将)[^，。；]{0,12}?(?:设立|设|建成|建设|建|举行|举办|开展|投资|推出|开设|开通|完成|实现|召开|访问|前往|启动|发射)/;

/** A document named in 《》 by its head alone (`《意见》指出`): the last fuller name with that head before it, else a document of its own. */
const SHORT_DOCUMENT = /^(?:决定|决议|通知|意见|条例|规定|办法|纲要|方案|规划|计划|公约|协定|条约|宣言|细则|章程|守则|准则|规则|措施|建议|公报|议定书)$/;

/** A resolution's draft named by its session, one item of a list of drafts: `，全国政协十三届二次会议政治决议（草案）`. */
const SESSION_RESOLUTION = /(?:^|[，、：；]|通过了|审议了)([^，。；：、“”《》的]{4,40}?决议[（(]草案[）)])/g;

/** The rules for carrying out a document, right after its head (`…规定实施细则`, `…条例实施办法`). */
const IMPLEMENTING_RULES = /^实施(?:细则|办法|意见|方案)/;
/** A document's head, or a law, and 实施 right before the head of the rules that carry it out. */
const IMPLEMENTED_BEFORE = new RegExp(`(?:${[...POLICY_HEADS, '法', '决定'].join('|')})实施$`);

/** The runs of 《》 titles joined by 、/和 (`《甲》、《乙》和《丙》`), each as the titles' matches. */
function titleRuns(text: string): RegExpMatchArray[][] {
  const runs: RegExpMatchArray[][] = [];
  for (const m of allMatches(/《([^《》]{2,60})》/g, text)) {
    const last = runs.at(-1)?.at(-1);
    if (last && /^[、和与及]?$/.test(text.slice(last.index! + last[0].length, m.index!))) runs.at(-1)!.push(m);
    else runs.push([m]);
  }
  return runs;
}

/** What a meeting decides to do with a document, before its name: `会议决定将…草案提请…审议`. */
const DECIDED_TO = /^(?:会议)?决定[将把]/;
/** A document referred back to: `上述办法`, `前述规划`. */
const REFERENCE_BACK = /^(?:上述|前述|上列|以上|这些|这个|这项|该)/;
/** A title's last words that can stand for it: a document head with one word of two before it (`框架方案`, `暂行条例`; not `物业管理条例`, a name of its own). */
const TITLE_TAIL = new RegExp(`^[\\u4e00-\\u9fff]{2}(?:${POLICY_HEADS.join('|')})$`);
/** What a draft's name says beside the law or plan itself: `监察法草案`, `…法修订草案`, `…规划（草案）`. */
const DRAFT_WORDS = /(?:修订|修正)?草案$|[（(]草案[）)]$/;

const POLICY_COVERED = new ScratchMarks();
const POLICY_TITLED = new ScratchMarks();

export function findPolicies(text: string): NameMention[] {
  const out: NameMention[] = [];
  const covered = POLICY_COVERED.zeroed(text.length + 1);
  /** what a 《》 title covers: a whole programme quoted inside it is named (`《…落实“十大伙伴行动”实施方案》`) */
  const titled = POLICY_TITLED.zeroed(text.length + 1);
  const push = (name: string, start: number, end: number) => {
    covered.fill(1, start, end);
    // (what a meeting decides to do with it is no part of it: `决定将临江法草案…提请审议`)
    const decided = DECIDED_TO.exec(name);
    const n = normName(decided ? name.slice(decided[0].length) : name);
    // a reference back names nothing new (`决定将上述办法修订草案…提请审议`)
    if (n.length >= 2 && !REFERENCE_BACK.test(n)) out.push({ name: n, start: decided ? start + decided[0].length : start, end });
  };
  const shortForms: RegExpMatchArray[] = [];
  // 《…》 that is not a publication or a work
  const runs = titleRuns(text);
  // a title the text once calls a work or a programme is one wherever it stands (the headline's `《…》在台展出`)
  const works = new Set<string>();
  const isWork = mapArray(runs, (run) => {
    const start = run[0].index!;
    const end = run.at(-1)!.index! + run.at(-1)![0].length;
    const work =
      WORK_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || WORK_AFTER.test(text.slice(end, end + 12)) ||
      PROGRAMME_BEFORE.test(text.slice(Math.max(0, start - 18), start)) || PROGRAMME_AFTER.test(text.slice(end, end + 3)) ||
      (text.slice(Math.max(0, start - 2), start) === '题为' && TITLED_EVENT.test(text.slice(end, end + 12))) ||
      (!DOCUMENT_TITLE_END.test(run[0][1]) && (WORK_BEFORE_UNLESS_DOCUMENT.test(text.slice(Math.max(0, start - 8), start)) || WORK_AFTER_UNLESS_DOCUMENT.test(text.slice(end, end + 12)) || run.every((m) => WORK_TITLE.test(m[1]))));
    if (work) for (const m of run) works.add(m[1]);
    return work || LAUNCHED_AFTER.test(text.slice(end, end + 12));
  });
  // a list of titles one of which is a song or a work is one of works, each named by whose it is at most (`蒙古族的《赞歌》、
  // 藏族的《唱支山歌给党听》《北京的金山上》、…`): the list's others are none of the documents (but a document's own head)
  for (let pass = 0; pass < 2; pass++) for (let r = 0; r + 1 < runs.length; r++) {
    const [a, b] = pass === 0 ? [r, r + 1] : [runs.length - 1 - r, runs.length - 2 - r];
    const [first, second] = a < b ? [runs[a]!, runs[b]!] : [runs[b]!, runs[a]!];
    const between = text.slice(first.at(-1)!.index! + first.at(-1)![0].length, second[0].index!);
    if (!LIST_OF_WORKS_BETWEEN.test(between) || !(isWork[a] || runs[a]!.some((m) => SONG_TITLE.test(m[1]!)))) continue;
    if (runs[b]!.some((m) => DOCUMENT_TITLE_END.test(m[1]!))) continue;
    isWork[b] = true;
    for (const m of runs[b]!) works.add(m[1]!);
  }
  for (const [r, run] of runs.entries()) {
    if (isWork[r]) continue;
    for (const m of run) {
      const inner = m[1];
      if (works.has(inner)) continue;
      // (a title's last words refer back to it: `《组建…框架方案》` … `《框架方案》强调`, `《…暂行条例》` … `《暂行条例》`)
      const tailOfTitle = TITLE_TAIL.test(inner) && out.some((p) => p.end <= m.index! && titled[p.start] && p.name.length > inner.length && p.name.endsWith(normName(inner)));
      if (SHORT_DOCUMENT.test(inner) || tailOfTitle) {
        shortForms.push(m);
        covered.fill(1, m.index!, m.index! + m[0].length);
        continue;
      }

      // (a law's short name may be three characters: `《公司法》`; a bare 《基本法》 is the region's Basic Law)
      if (PUBLICATION.test(inner) || BOOK_TITLE.test(inner) || EVENT_TITLE.test(inner) || SONG_TITLE.test(inner) || reportPublication(inner) || inner.length < 4 && !(inner.length === 3 && /[^方办做说看想写用证]法$/.test(inner) && (!LAW_KIND.test(inner) || inner === '基本法'))) continue;
      push(inner, m.index!, m.index! + m[0].length);
      titled.fill(1, m.index!, m.index! + m[0].length);
      // a title inside it: `《关于修改…〈…协定〉的议定书》`
      for (const q of allMatches(/〈([^〈〉]{4,60})〉/g, inner)) if (!PUBLICATION.test(q[1])) out.push({ name: normName(q[1]), start: m.index!, end: m.index! + m[0].length });
    }
  }
  // a quoted initiative with a policy head: “智赋万企”行动, “十五五”规划, “人才强省”战略,
  // also in a run of quoted names sharing one head: “走就想促”和“送解优”行动
  if (text.includes('”')) for (const m of allMatches(/((?:“[^“”]{2,24}”(?:和|、|与)?)+)((?:[\u4e00-\u9fff]{0,4}?)(?:行动|工程|战略|规划|计划|政策|方案|条例|措施|规定))/g, text)) {
    // a figure of speech: `把招商引资作为“一把手”工程来抓` names no programme
    // nor a strategy's goal (`“三步走”战略目标`; a plan's targets are the plan's: `“十四五”规划目标任务`)
    const after = text.slice(m.index! + m[0].length);
    if (/^(?:来抓|来推进|来推动|来落实|来做)/.test(after) || (m[2].endsWith('战略') && /^目标/.test(after))) continue;
    // a noun after the head makes the whole another thing (`“四个全面”战略布局`, `…战略部署`)
    if (HEAD_MADE_OTHER.test(after)) continue;
    // a quote inside a title is the title's (`《全国科技发展“九五”计划和…纲要》`)
    if (covered[m.index!]) continue;
    // a manner, not a name: `“三农”工作从战略上布局` (a preposition between the quote and the head, or 上/性 after it)
    // (but a 的 right before the head joins the quote to it: `“一个中国”的政策` is the 一个中国政策)
    const joinedBy = /^的(政策)$/.exec(m[2]);
    if (joinedBy && !covered[m.index!]) {
      // (a short name, not a slogan: `“工作在乡下、生活在城里”的政策`, `“纸上的和平”政策`)
      for (const q of allMatches(/“([^“”]{2,24})”/g, m[1])) if (q[1].length <= 6 && !/[的和、，]/.test(q[1])) push(q[1] + joinedBy[1], m.index!, m.index! + m[0].length);
      continue;
    }
    if (/[从在把对向以于的了将]/.test(m[2]) || /^[上性地]/.test(after)) continue;
    // (nor a pace or a manner 以 brings in before the verb: `以“龟速”行动`; but `以“三抓三促”行动为抓手` names one)
    if (m[2] === '行动' && /[以用按]$/.test(text.slice(0, m.index!)) && !after.startsWith('为')) continue;
    // a kind the quoted ones are examples of (`“三北”等重点工程`), or a verb between (`“村BA”正式建立战略合作`)
    if (/等|建立|具有|加强|作出|改变|纳入|进行|期间/.test(m[2])) continue;
    for (const q of allMatches(/“([^“”]{2,24})”/g, m[1])) push(q[1] + m[2], m.index!, m.index! + m[0].length);
  }
  // the clauses of a 、-list of 关于 sharing the head after the last (each its own 关于…的决议)
  // (joined by commas too: `宣读了关于命名…，关于表彰…，关于表彰…的决定`)
  if (text.includes('、关于') || text.includes('，关于')) for (const m of allMatches(ABOUT_LIST, text)) {
    if (covered[m.index!]) continue;
    let at = m.index! + 2;
    for (const item of [m[1], ...m[2].split(/[、，]关于/).slice(1)]) {
      const start = text.indexOf(item, at);
      push(`关于${item}的${m[3]}`, start - 2, start + item.length);
      at = start + item.length + 3;
    }
    covered.fill(1, m.index!, m.index! + m[0].length);
  }
  // the decision that ratifies or joins a treaty is a document too, beside the treaty (`关于批准《…引渡条约》的决定`)
  if (text.includes('关于')) for (const m of allMatches(DECISION_ON_TITLE, text)) push(`关于${m[1]}${m[2]}的${m[3]}`, m.index!, m.index! + m[0].length);
  if (text.includes('草案')) for (const m of allMatches(DRAFTS_ON_LIST, text)) {
    if (covered[m.index!]) continue;
    const amends = m[1].startsWith('修改') ? '修改' : '';
    let at = m.index! + 2;
    for (const item of [m[1], ...m[2].split('、').slice(1)]) {
      const start = text.indexOf(item, at);
      push(`关于${item.startsWith('修改') ? item : amends + item}的${m[3]}草案`, start - (start === m.index! + 2 ? 2 : 0), start + item.length);
      // (and the law a draft amends is named too: `…全国人大议事规则`)
      const law = item.replace(/^修改/, '');
      if (/(?:法|规则|条例)$/.test(law)) push(law, start + item.length - law.length, start + item.length);
      at = start + item.length;
    }
    covered.fill(1, m.index!, m.index! + m[0].length);
  }
  // unquoted named ones
  for (const m of allMatches(POLICY_HEAD_SCAN, text)) {
    const end = m.index! + m[0].length;
    if (covered[m.index!]) continue;
    const rest = text.slice(end);
    if (HEAD_AT_START.test(rest) || !AFTER_POLICY.test(rest)) continue;
    // a treaty's body is no treaty (`集体安全条约组织`, `北大西洋公约组织`)
    if (/^(?:组织|机构)/.test(rest)) continue;
    // a sector in a list of departments, not a plan (`经过中央与地方计划、财政、教育等部门的共同努力`)
    if (SECTOR_LIST_AFTER.test(rest)) continue;
    // (a document's rules for carrying it out are the longer document, read at their own head: `中央八项规定实施细则`)
    if (IMPLEMENTING_RULES.test(rest)) continue;
    // a strategy's goal is no strategy named, as with a quoted one (`实现军队建设跨世纪发展战略目标`)
    if (m[0] === '战略' && rest.startsWith('目标')) continue;
    // (nor its opportunity, but a national one's: `瞄准新能源产业发展战略机遇`; `抢抓…重大国家战略机遇` names it)
    if (rest.startsWith('机遇') && !text.endsWith('国家', m.index)) continue;
    // a head that is the clause's verb or an act names no document (`机构计划在上海设立办事处`, `第十八条规定，`, `法案规定，`,
    // `单独行动`)
    if (headAsVerb(m[0], text.slice(Math.max(0, m.index! - 6), m.index!), rest)) continue;
    // (whose 实施 is a word of their name, after the document they carry out: `…规定实施细则`, `…条例实施办法`)
    const implementing = IMPLEMENTED_BEFORE.test(text.slice(Math.max(0, m.index! - 4), m.index!));
    let start = leftEdge(text, implementing ? m.index! - 2 : end, 30, true);
    // (not back into another named before, joined by 和: `…条例实施办法和中央八项规定实施细则`)
    if (implementing) while (start < m.index! && covered[start]) start++;
    // a one-character stop that opens a verb is not the edge: the verb is (`把握国家发展战略`, not 握…)
    if (start > 0 && start < end - 2 && STOPS_BY_LAST.get(text[start - 1])?.includes(text[start - 1]) && isCommonWord(text.slice(start - 1, start + 1)) && !isCommonWord(text.slice(start, start + 2))) start++;
    let raw = text.slice(start, end);
    // an opening quote of a quoted sentence stands before the name (`“深入实施可持续发展战略”`)
    if (raw.lastIndexOf('“') > raw.lastIndexOf('”')) raw = raw.slice(raw.lastIndexOf('“') + 1);
    raw = raw.replace(/^(?:和|及|与|、|的|了|好|并|还|随着|严格|认真|坚决|切实|实施|落实|出台|制定|开展|推进|推动|深入|持续|启动|贯彻|执行|印发|发布|违反|修订|修改|完善|对接|加快|健全|各自|我省|全省|我国|我市|我区|国家|要|将|积极|有效|谋划|商签|抢抓|抓住|编制|瞄准|围绕|聚焦|立足|紧扣|对准)+/, '');
    if (/[“”《》]/.test(raw)) continue;
    // one serves a strategy, a set of measures may be named for serving (`服务…国家战略`, not `服务保障…26条措施`)
    if (m[0] === '战略') raw = raw.replace(/^服务/, '');
    // what a strategy is joined to is named after the verb (`中部地区要主动对接其他区域发展战略`)
    // (and one a clause's subject leaves, welcomes, sees or carries on: `中方乐见希腊正式退出救助计划`, `深刻认识扩大内需战略`,
    // `对标国家产业发展战略`)
    raw = raw.replace(/^.*(?:对接|衔接|融入|服务于|支撑|乐见|对标|(?:正式|宣布|决定|已经?|将)退出|(?:深刻|充分|正确|全面|清醒)认识)/, '');
    // a task joined to carrying the policy out (`促进脱贫攻坚和实施乡村振兴战略有机衔接`): the name follows the verb
    raw = raw.replace(/^.+[和与及](?:全面|深入|大力)?(?:实施|落实|贯彻|推进)(?=.{4})/, '');
    // who made it, in a clause on it (`中柬签署的构建命运共同体行动计划`, `京津冀签署…行动方案`): the name follows
    raw = raw.replace(/^[^，。；]*?(?:(?:签署|签订)[了的]?|(?:制定|通过|发布|印发|出台)的)(?=.{6})/, '');
    // a plan someone completes is named after the verb (`广东省提前三年完成国家八七扶贫攻坚计划`)
    raw = raw.replace(/^.*?完成了?(?=.{4})/, '');
    // the plan after another's report of work (`2018年…计划执行情况与2019年…计划`) is named after it
    raw = raw.replace(/^.*执行情况[与和及、]/, '');
    // two named ones joined (`乡村振兴战略和创新驱动发展战略`): the second is this one
    const joined = JOINED_POLICIES.exec(raw);
    if (joined) raw = joined[1];
    // a revival strategy is named by what it revives, two characters (`乡村振兴战略`, `东北振兴战略`):
    // what stands before is who carries it out (`科方继续支持中国乡村振兴战略`)
    // a campaign of years is named by what it does, over the verb the edge stopped at (`推动全国安全生产专项整治三年行动`)
    if (m[0] === '行动' && /^[一二三四五六七八九十两]年行动$/.test(raw)) {
      const years = YEARS_CAMPAIGN.exec(text.slice(Math.max(0, end - 30), end));
      if (years) raw = years[1];
    }
    // a strategy another holds is named after its holder (`与欧方的欧亚互联互通战略`)
    if (m[0] === '战略') raw = raw.replace(/^.*的(?=(?:(?![和与及])[\u4e00-\u9fff]){5,}战略$)/, '');
    // a five-year plan by its number is named by it alone (`研究地方十四五规划`)
    const fiveYear = /十[一二三四五六七]五规划$/.exec(raw);
    if (fiveYear) raw = fiveYear[0];
    const revival = /[\u4e00-\u9fff]{2}振兴战略$/.exec(raw);
    if (revival && /^(?:全面|加快|持续|共同|整体|民族|推动|实现)/.test(revival[0])) continue; // `实现全面振兴战略目标`
    if (revival) raw = revival[0];
    if (/各自/.test(raw)) continue;
    // (or a programme or a strategy one carries out or keeps to, right after the verb: `实施再就业工程`, `推进实施长吉图战略`)
    if (!namedPolicy(raw, m[0])) {
      // (the last of a list the verb carries out: `实施下岗分流、减员增效和再就业工程`)
      const carriedRaw = raw.replace(/^.*[、和]/, '');
      const carried = (m[0] === '工程' || m[0] === '战略') && CARRIED_OUT_BEFORE.test(text.slice(Math.max(0, end - carriedRaw.length - 40), end - carriedRaw.length)) && programmeCarried(carriedRaw, m[0]);
      if (!carried) continue;
      raw = carriedRaw;
    }
    push(raw, end - raw.length, end);
  }
  // (the tests before each scan find its fixed part first: most texts have none, and a scan
  // that starts with a run of CJK characters tries it at every character)
  if (MEASURES_COUNTED.test(text)) for (const m of allMatches(/([\u4e00-\u9fff]{2,8}(?:稳增长|促消费|惠企|助企|纾困))(\d{1,3})条/g, text)) push(m[0], m.index!, m.index! + m[0].length);
  // laws and their drafts: `期货和衍生品法草案`, `职业教育法修订草案`, `反间谍法` before 修订草案
  if (LAW_DRAFTED.test(text)) for (const m of allMatches(LAW, text)) {
    const at = m.index! + (m[0].length - m[1].length);
    if (covered[at]) continue;
    // a law's name holds no 的, and a 议案 before it is the motion, not the law (`…的议案和宪法修正案草案`)
    // (nor the sentence's subject and its verb: `会议通过行政复议法修订草案`)
    // (nor a stance taken on it: `坚决拥护宪法修正案草案`, `完全赞成和拥护…`)
    const name = m[1].replace(/^.*(?:关于|了|的|拥护|赞成)/, '').replace(/^[^和及与、]*?(?:通过|审议|讨论)(?=[\u4e00-\u9fff]{2})/, '').replace(/^案(?=[和及与、])/, '').replace(LAW_LEADING, '');
    if (name.length < 4 || /^(?:方|办|做|说|看|想|依|执|立|守|违|宪法和)/.test(name)) continue;
    // two bodies a law governs, joined by 和, are one name (`地方各级人民代表大会和地方各级人民政府组织法修正草案`)
    const end = m.index! + m[0].length;
    const body = name === m[1] && text[at - 1] === '和' ? bodyBeforeAnd(text, at - 1) : undefined;
    push(body ? `${body}和${name}` : name, body ? at - 1 - body.length : end - name.length, end);
  }
  // (each scan only where its word stands: most texts name no draft)
  if (text.includes('草案')) for (const m of allMatches(DRAFT, text)) {
    const at = m.index! + (m[0].length - m[1].length);
    if (covered[at]) continue;
    const name = m[1].replace(/^.*(?:关于|了)/, '').replace(/^(?:和|及|与|、|提请|审议|通过|表决|制定|修改|拟订|实施)+/, '');
    // named by what it is about (`…代表名额分配`), not a reference back (`上述…`, `计划报告和计划草案`)
    const about = name.replace(new RegExp(`(?:${DRAFTED_HEADS.join('|')})(?:修订草案|修正草案|草案)$`), '');
    if (about.length < 4 || /报告|上述|这|两个|三个|件|情况|结果/.test(about)) continue;
    push(name, m.index! + m[0].length - name.length, m.index! + m[0].length);
  }
  // laws by name after what is done to them: `执行香港国安法`, `根据宪法和有关法律的规定`
  if (text.includes('法')) for (const m of allMatches(LAW_NAMED, text)) {
    const at = m.index! + m[0].length - m[1].length;
    if (covered[at]) continue;
    // (a second verb's object: `学习掌握宪法`)
    // (a 和 inside a law's name joins no law to it: `期货和衍生品法`; after a law's or a long name it does: `宪法制度建设和宪法`)
    const name = m[1].replace(/^.*关于/, '').replace(new RegExp(`^(?:${LAW_VERBS}|完善|落实|认真|严格|全面|我国|本国|现行|了|好|党章|掌握|运用|熟悉|懂得)+`), '').replace(/^(?:.*法.*|.{5,})和/, '');
    // a law is named by what it governs (`兵役法`, `香港国安法`); of the two-character ones only 宪法
    if ((name.length < 3 && name !== '宪法') || NOT_A_LAW.test(name) || LAW_KIND.test(name)) continue;
    push(name, m.index! + m[0].length - name.length, m.index! + m[0].length);
  }
  if (text.includes('法') && LAW_SUBJECT_CUE.test(text)) for (const m of allMatches(LAW_SUBJECT, text)) {
    const at = m.index! + m[0].length - m[1].length;
    // (not an article of the law at hand: `第四十八条本法`)
    // (nor a description: `是新中国第一部宪法`)
    if (covered[at] || NOT_A_LAW.test(m[1]) || LAW_KIND.test(m[1]) || /本法$|条|第[一二三四五六七八九十\d]+部|一部/.test(m[1])) continue;
    // (what is done to its inspection is not part of the law: `审议|土壤污染防治法执法检查报告`, `开展|…法、…法等执法检查`)
    const inspected = INSPECTED_LAW.exec(m[1]);
    if (inspected && /^(?:[和、][^，。；]{2,14}?法)*(?:等)?执法检查/.test(text.slice(at + m[1].length))) {
      if (inspected[1]!.length >= 3 && !NOT_A_LAW.test(inspected[1]!)) push(inspected[1]!, at + m[1].length - inspected[1]!.length, at + m[1].length);
      continue;
    }
    // (nor a clause that does something to the law: `全面贯彻实施宪法是…`, `要准确把握种子法`, `修改立法法是…`)
    if (CLAUSE_ON_LAW.test(m[1])) continue;
    // (a body before the law it inspects is not part of it: `全国人大常委会特种设备安全法执法检查`)
    const body = STANDALONE_ORGS.find((o) => m[1].startsWith(o));
    // (nor the word that points at it: `此次宪法修改，`)
    const name = (body ? m[1].slice(body.length) : m[1]).replace(/^(?:此次|这次|本次|这一|该)/, '');
    if (name.length < 3) continue;
    push(name, at + m[1].length - name.length, at + m[1].length);
  }
  // the laws listed after one found (`审议了法律援助法、医师法、湿地保护法…草案和教育法、…修正草案`):
  // each item of the list that ends in 法, the draft word after it or not
  // (also after a decision that amends one: `关于修改专利法的决定、生物安全法、新修订的…保护法`; and the last law a decision
  // amends, before 的决定: `关于修改A法、B法、C法的决定`)
  for (const law of out.filter((p) => LAW_END.test(p.name) || /^关于修改.{2,40}法的决定$/.test(p.name))) {
    let at = law.end;
    // a bare 基本法 joined to the constitution is the special region's (`依照宪法和基本法办事`)
    if (law.name === '宪法' && /^[和、及与]基本法/.test(text.slice(at)) && !covered[at + 1]) push('基本法', at + 1, at + 4);
    if (text.startsWith('的决定', at)) at += 3;
    // (a decision that amends another stands in the list too, read by its own rule: the list goes on after it,
    // `通过了增值税法、关于修改监察法的决定、新修订的科学技术普及法`)
    const skipDecision = () => (at += AMENDING_DECISION_LISTED.exec(text.slice(at, at + 40))?.[0].length ?? 0);
    skipDecision();
    for (let m = LISTED_LAW.exec(text.slice(at)); m; skipDecision(), m = LISTED_LAW.exec(text.slice(at))) {
      const start = at + m[0].indexOf(m[1]);
      at += m[0].length;
      // a verb begins a clause of its own, not the next law (`尊崇宪法、维护宪法`)
      if (LAW_VERB_AT_START.test(m[1])) break;
      if (NOT_A_LAW.test(m[1]) || LAW_KIND.test(m[1]) || covered[start]) continue;
      push(m[1], start, start + m[1].length);
    }
  }
  // laws listed together and closed by 等, none in 《》 (`刑法修正案、农村土地承包法、人口与计划生育法等相继出台`,
  // `扎实推进…促进条例、…发展条例等重点立法工作`): each item, what is done to the first left out
  // (each clause that holds the cue on its own: the list's scan re-walks it from every start)
  if (LISTED_LAWS_CUE.test(text)) for (const clause of allMatches(/[^，。；\n]+/g, text)) if (LISTED_LAWS_CUE.test(clause[0])) for (const m of allMatches(LISTED_LAWS, clause[0])) {
    let at = clause.index! + m.index!;
    for (const [k, raw] of m[1]!.split('、').entries()) {
      const name = k === 0 ? raw.replace(LISTED_LAW_LEADING, '') : raw;
      const start = at + raw.length - name.length;
      at += raw.length + 1;
      // (one read already, by another scan, ends where this one does)
      if (name.length < 3 || (/条例$/.test(name) && name.length < 5) || NOT_A_LAW.test(name) || LAW_KIND.test(name) || covered[start + name.length - 1]) continue;
      push(name, start, start + name.length);
    }
  }
  // a 基本法 named by its region: `香港基本法`, `澳门特别行政区基本法`
  // (not the committee named after it: `香港特别行政区基本法委员会`)
  if (text.includes('基本法')) for (const m of allMatches(/([\u4e00-\u9fff]{2,9}?)基本法(?!委员会|研究会|研究中心|学会|办公室)/g, text)) {
    for (let k = 0; k < m[1].length - 1; k++) {
      const place = m[1].slice(k);
      const w = placeWordAt(place, 0);
      if (!w || !(w === place.length || place.slice(w) === '特别行政区')) continue;
      const start = m.index! + k;
      if (!covered[start]) push(place + '基本法', start, m.index! + m[0].length);
      break;
    }
  }
  // a provisional or implementing regulation is named without 《》: `草案总结印花税暂行条例实践`
  if (/暂行条例|实施条例/.test(text)) for (const m of allMatches(/(?:暂行条例|实施条例)/g, text)) {
    const end = m.index! + m[0].length;
    if (covered[m.index!]) continue;
    const raw = text.slice(leftEdge(text, end, 20, false), end).replace(/^.*(?:总结|根据|依据|依照|按照|执行|实施|修改|修订|制定|废止|违反|落实|贯彻|出台|印发|发布|了)/, '');
    if (raw.length - m[0].length < 2 || NOT_A_DOCUMENT.test(raw) || /[的和与及]/.test(raw)) continue;
    push(raw, end - raw.length, end);
  }
  // what a meeting adopts: `审议通过了甲常委会2022年度工作要点和…工作计划`; the list ends at
  // the first item that is no document (`…和有关人事任免事项`); short items without a head
  // (`立法、监督、代表工作计划`) get theirs below
  /** Each item of a list of documents from `at` (split at 、和及) that `named` takes is pushed; the walk ends at the first other one `ends`. */
  const pushListed = (list: string, at: number, named: (item: string) => boolean, ends: (item: string) => boolean) => {
    for (const item of list.split(/([、和及])/)) {
      if (item.length === 1 && /[、和及]/.test(item)) {
        at += 1;
        continue;
      }
      if (named(item)) {
        if (!covered[at]) push(item, at, at + item.length);
      } else if (ends(item)) break;
      at += item.length;
    }
  };
  if (/审议|原则通过|表决通过/.test(text)) for (const m of allMatches(ADOPTED, text)) {
    // (a list closed by 等 ends there: `审议通过…工作规则等`; a session's resolution is named by the session, `…二次会议决议`)
    pushListed(m[1]!.replace(/等(?:[一二三四五六七八九十两\d]+(?:项|个|份)|(?:有关|相关)?(?:文件|事项))?$/, ''), m.index! + m[0].length - m[1]!.length, (item) => (ADOPTED_ITEM.test(item) || SESSION_RESOLUTION_NAMED.test(item)) && !NOT_A_DOCUMENT.test(item) && (!item.includes('的') || item.includes('关于')), (item) => item.length > 4);
  }
  // the documents a meeting studies or deliberates, unquoted (`会议研究了…工作方案、…宣传工作方案`, `会议还研究了…工作要点等其他事项`,
  // `研究了全国政协2023年工作要点稿`): each item of the list that ends in a document's head (not a 办法, named only in 《》)
  if (/会议|会上/.test(text) && /研究|审议|审定|讨论/.test(text)) for (const m of allMatches(AGENDA, text)) {
    // (an opinion on a plan of some length is one too: `研究了2024年全区…预算安排意见`)
    pushListed(m[1]!.replace(/等(?:其他)?事项$/, ''), m.index! + m[0].length - m[1]!.length, (item) => (ADOPTED_ITEM.test(item.replace(/稿$/, '')) || (item.length >= 8 && /(?:安排|实施|指导)意见$/.test(item))) && !/办法$/.test(item) && !NOT_A_DOCUMENT.test(item) && !item.includes('的'), () => true);
  }
  // rules or regulations cited, revised or made, named by what they govern (`根据巡视工作条例规定`, `按照…议事规则的规定`, `修订党纪处分条例，`)
  if (/条例|规则/.test(text)) for (const m of allMatches(REGULATION_CITED, text)) {
    const at = m.index! + m[0].length - m[1]!.length;
    if (!covered[at] && !NOT_A_DOCUMENT.test(m[1]!)) push(m[1]!, at, at + m[1]!.length);
  }
  // a 政策 named by what it is about, after a verb of keeping to it (`奉行一个中国政策`)
  // (each 政策 is read back from: a scan from every verb of the text costs more than the rest)
  for (let k = text.indexOf('政策'); k !== -1; k = text.indexOf('政策', k + 2)) {
    const from = Math.max(0, k - 24);
    const m = KEPT_POLICY.exec(text.slice(from, k + 2));
    if (!m) continue;
    // (a verb of keeping to it inside the match is its own clause's: `赞赏某国奉行中立的外交政策`, `并奉行…政策`)
    let name = m[1].replace(KEEPING_VERB_INSIDE, '');
    const end = k + 2;
    // how it is to change is no part of its name (`实施更加开放便利的离岛免税购物政策`), nor a long description
    const described = /^(?:更|进一步|越来越|[\u4e00-\u9fff]{5,})[^的]*的/.exec(name);
    if (described) name = name.slice(described[0].length);
    // the country whose policy it is stands before its name (`赞赏中国亲诚惠容周边外交政策`)
    name = name.replace(/^(?:中国|我国)(?=[\u4e00-\u9fff]{4,}政策$)/, '');
    // (one country's foreign policy toward another is no named policy: `中国对某国对外政策的支持`)
    if (/^对.+对外政策$/.test(name)) continue;
    if (covered[end - 1] || !AFTER_POLICY.test(text.slice(end)) || /^(?:措施|体系|工具|举措|效应|红利|储备|性|文件)/.test(text.slice(end)) || KEEPING_VERB_AT_START.test(name)) continue;
    const [adjective, noun] = name.includes('的') ? name.slice(0, -2).split('的') : ['', name.slice(0, -2)];
    if (adjective ? NOT_POLICY_ADJECTIVE.test(adjective) || noun.length < 2 : noun.length < 4) continue;
    // (a stance toward another is no named policy: `奉行对华友好政策`)
    // (a generic word first names none, unless a course of two characters or more follows it: `改革开放政策`; nor
    // a body's or a pointer's: `国家产业政策`, `有关…政策`)
    if (noun.replace(GENERIC_POLICY, '').length < 2 || /^(?:国家|省级|政策|该|本|此|其|有关|相关|各项|这些|一批|一系列|支持|配套|具体|若干|新)/.test(noun) || GENERIC_POLICY_WORD.test(noun) || /.和(?!平)|及|与/.test(noun) || /(?:工作|项目|问题|任务|要求|情况|企业|方面|国家|地方|友好)$/.test(noun)) continue;
    push(name, end - name.length, end);
    // the 政策 listed after it keep to the same verb (`落实土地承包政策、减轻农民负担政策和粮食收购政策`)
    for (let at = end, item = LISTED_POLICY.exec(text.slice(at)); item; at += item[0].length, item = LISTED_POLICY.exec(text.slice(at))) {
      const listed = item[1]!;
      if (GENERIC_POLICY.test(listed) || GENERIC_POLICY_WORD.test(listed.slice(0, -2)) || listed.length < 6 || covered[at + 1]) break;
      push(listed, at + 1, at + item[0].length);
    }
  }
  /** Each match of `re` a document named whole, where no name found before covers its start. */
  const pushWhole = (re: RegExp) => {
    for (const m of allMatches(re, text)) if (!covered[m.index!]) push(m[0], m.index!, m.index! + m[0].length);
  };
  if (text.includes('赋予')) pushWhole(CONSTITUTION_CONFERS);
  if (text.includes('党章') || text.includes('共产党章程')) pushWhole(PARTY_CHARTER);
  // an agenda named by the year it runs to (`落实联合国2030年可持续发展议程`), not a meeting's (`会议议程`)
  if (text.includes('年') && text.includes('议程')) pushWhole(YEAR_AGENDA);
  if (text.includes('宪章') || text.includes('联合公报') || text.includes('章程')) for (const m of allMatches(CHARTER, text)) {
    const end = m.index! + m[0].length;
    // (a charter is a named body's: not `企业章程`, `有关章程`)
    if (/^(?:有关|相关|企业|公司|各|本|其|该|新)/.test(m[1])) continue;
    if (!covered[end - 1]) push(m[1], end - m[1].length, end);
  }
  // a free-trade or investment agreement named by its two parties (`中新自贸协定`, `中国—东盟自由贸易协定升级版`,
  // `中欧投资协定`), not `两国自贸协定`
  if (text.includes('贸协定') || text.includes('贸易协定') || text.includes('投资协定')) for (const m of allMatches(NAMED_FTA, text)) {
    const at = m.index! + m[0].length - m[1].length;
    if (!covered[at]) push(m[1], at, at + m[1].length);
  }
  // a numbered set of measures named by what it does (`落实好加强和改进代表工作的35条具体措施`)
  if (MEASURES_HEAD.test(text)) for (const m of allMatches(MEASURES_NAMED, text)) {
    const at = m.index! + m[0].length - m[1].length;
    if (!covered[at]) push(m[1], at, at + m[1].length);
  }
  // a treaty named by its two parties, without 《》 (`中日和平友好条约`, `中国和哥伦比亚移管被判刑人条约`)
  if (text.includes('条约')) for (const m of allMatches(NAMED_TREATY, text)) {
    const at = m.index! + m[0].length - m[1].length;
    // (not a side and what it will do, nor a treaty's body: `中方愿继续同俄方和集体安全条约组织成员国…`)
    if (!covered[at] && !/[的了签订是愿]|缔结/.test(m[1]) && !/^中方/.test(m[1]) && !/^(?:组织|机构)/.test(text.slice(at + m[1].length))) push(m[1], at, at + m[1].length);
  }
  // a treaty of friendship named by who it binds (`今年适逢成员国长期睦邻友好合作条约签署15周年`)
  if (text.includes('友好') && text.includes('条约')) for (const m of allMatches(TREATY_OF_FRIENDSHIP, text)) {
    const at = m.index! + m[0].length - m[1].length;
    if (!covered[at] && !/^中方/.test(m[1])) push(m[1], at, at + m[1].length);
  }
  // a nuclear deal named by its country (`美国宣布退出伊核问题全面协议`), not by a verb before 核 (`达成核协议`)
  if (text.includes('核') && text.includes('协议')) for (const m of allMatches(NUCLEAR_DEAL, text)) {
    const at = m.index! + m[0].length - m[1].length;
    if (!covered[at] && (m[2].length === 1 || placeWordAt(m[2], 0) === m[2].length)) push(m[1], at, at + m[1].length);
  }
  // a document signed or issued, named by its two parties or by what it is about (`签署中瑙关于恢复外交关系的联合公报`), not
  // one of a kind or counted (`签署了合作备忘录`, `发表了两份联合声明`)
  if (/签署|签订|发表|发布/.test(text) && /公报|声明|备忘录|议定书|协定/.test(text)) for (const m of allMatches(SIGNED_DOCUMENT, text)) {
    const at = m.index! + m[0].length - m[1]!.length;
    const name = m[1]!;
    const parties = name.includes('关于') || /^[^的]{2,20}?[与和同][^的]{2,30}?(?:合作|友好)?(?:谅解备忘录|备忘录|议定书|协定)$/.test(name);
    if (covered[at] || !parties || /^(?:两国|双方|有关|相关|多项|一系列|[一二三四五六七八九十两\d]+[项份个])|等|一系列/.test(name) || (/的/.test(name) && !/关于[^的]+的/.test(name))) continue;
    push(name, at, at + name.length);
  }
  // a UN resolution by its number (`全面履行安理会第1701号决议`)
  if (text.includes('号决议')) pushWhole(UN_RESOLUTION);
  // an agreement named by its two parties (`签署了中阿经济技术合作协定`), not one of a party's own (`中方…`)
  if (text.includes('协定')) for (const m of allMatches(PARTIES_AGREEMENT, text)) {
    const at = m.index! + m[0].length - m[1]!.length;
    if (!covered[at] && !/^中[方心央]/.test(m[1]!)) push(m[1]!, at, at + m[1]!.length);
  }
  // an agreement named by the city it was made in, without 《》 (`推动巴黎协定全面有效实施`, `京都议定书`)
  if (text.includes('协定') || text.includes('议定书')) for (const m of allMatches(AGREEMENT_HEAD, text)) {
    const city = placeWordEndingAt(text, m.index!, m.index! - 4);
    const at = m.index! - city;
    if (city >= 2 && !covered[at] && CITY_BEFORE.test(text.slice(Math.max(0, at - 2), at))) push(text.slice(at, m.index! + m[0].length), at, m.index! + m[0].length);
  }
  if (/(?:行动|工程|计划|宪法|战略)(?:暨[^“”]*)?”/.test(text)) for (const m of allMatches(QUOTED_HEADED, text)) {
    const end = m.index! + m[0].length;
    // (a generic word first names none, unless a name of its own follows it: `“新冠疫苗实施计划”`, not `“新行动”`)
    if ((!covered[m.index! + 1] || titled[m.index! + 1]) && m[1].replace(GENERIC_POLICY, '').length > 2 && !KEEPING_VERB_AT_START.test(m[1])) push(m[1], m.index!, end);
  }
  if (text.includes('决议（草案）') || text.includes('决议(草案)')) for (const m of allMatches(SESSION_RESOLUTION, text)) {
    const at = m.index! + m[0].length - m[1].length;
    // (one named by what it is about is read below: `…会议关于…的决议（草案）`; a set is none: `各项报告和决议（草案）`)
    if (!covered[at] && !/关于|[和及与]|各项|上述|有关|相关|报告/.test(m[1])) push(m[1], at, at + m[1].length);
  }
  // documents named by what they are about: `关于…的决定`, `中共中央关于…的决定`, `…的决议`
  // (a personnel decision may join two acts with a comma: `关于免去某同志…职务，接受其请辞委员的决定`;
  // a span that is none is read again from its next character: a decision may stand inside it)
  // (only where both its words stand: the scan tries its optional issuer at every character)
  DECISION.lastIndex = 0;
  if (text.includes('关于') && (text.includes('的决定') || text.includes('的决议'))) for (let m = DECISION.exec(text); m; m = DECISION.exec(text)) {
    // the comma joins two acts of one decision, not two clauses (`…的报告，通过…的决定`);
    // a list of reports and documents (`关于…草案、…、关于…的决定`) or a bill (`关于提请审议关于…的决定`)
    // is not one of them; a decision on a treaty named by its own 关于 is
    // (`关于批准中国和某国关于移管被判刑人的条约的决定`)
    const inner = m[2].indexOf('关于');
    if (covered[m.index!] || (m[3] && /[的了]/.test(m[2] + m[3])) || (inner >= 0 && !/^批准[^的、]+$/.test(m[2].slice(0, inner)))) {
      DECISION.lastIndex = m.index! + 1;
      continue;
    }
    push(m[1], m.index!, m.index! + m[0].length);
  }
  // an opinion whose drafting a meeting hears of, named by what it is about (`会议听取了…，以及关于推进…的意见的汇报`)
  if (text.includes('的意见的')) for (const m of allMatches(OPINION_REPORTED, text)) {
    const at = m.index! + m[0].length - m[1]!.length - m[2]!.length;
    if (!covered[at]) push(m[1]!, at, at + m[1]!.length);
  }
  // an opinion adopted or issued, named by what it is about (`审议通过了…关于…的意见`): not one heard or asked for
  if (text.includes('意见')) for (const m of allMatches(OPINION_ADOPTED, text)) {
    const at = m.index! + m[0].length - m[1].length;
    if (!covered[at]) push(m[1], at, at + m[1].length);
  }
  // a code's book in draft (`民法典婚姻家庭编草案`), and the code it is part of
  if (text.includes('法典')) for (const m of allMatches(CODE_BOOK, text)) {
    const at = m.index! + m[0].length - m[1].length;
    if (covered[at]) continue;
    push(m[1], at, at + m[1].length);
    const code = m[1].slice(0, m[1].indexOf('法典') + 2);
    if (!out.some((p) => p.name === code)) push(code, at, at + code.length);
    for (let k = at + m[1].length, book = LISTED_BOOK.exec(text.slice(k)); book; k += book[0].length, book = LISTED_BOOK.exec(text.slice(k))) {
      if (!covered[k + 1] && !book[1].includes('法典')) push(code + book[1], k + 1, k + book[0].length);
    }
  }
  for (const m of shortForms) {
    const head = normName(m[1]);
    // (its head may stand before a bracket: `…管理办法(试行)`)
    const fuller = out.filter((p) => p.end <= m.index! && p.name.length > head.length && p.name.replace(/\([^()]*\)$/, '').endsWith(head)).sort((a, b) => b.end - a.end)[0];
    if (fuller) out.push({ name: fuller.name, start: m.index!, end: m.index! + m[0].length, alias: head });
    else push(head, m.index!, m.index! + m[0].length);
  }
  return asDrafts(withSharedHeads(text, out)).sort((a, b) => a.start - b.start);
}

/**
 * A law and its draft named in one article are one document (`审议监察法草案` … `制定监察法`): the
 * draft's name, the law's written as its alias.
 */
function asDrafts(found: NameMention[]): NameMention[] {
  const drafts = new Map<string, string>();
  for (const p of found) {
    const law = p.name.replace(DRAFT_WORDS, '');
    if (law !== p.name && law.length >= 2) drafts.set(law, p.name);
  }
  if (!drafts.size) return found;
  return found.map((p) => (drafts.has(p.name) ? { ...p, name: drafts.get(p.name)!, alias: p.name } : p));
}

/**
 * Short items listed before a named document share its head: `大气、水、土壤污染防治行动计划`
 * is three plans, `立法、监督、代表工作计划` three. The part of the last name that varies is as
 * long as the longest item before it (at most four characters); the first item is the longest
 * dictionary word that ends at its 、 and stands after a list's start (punctuation, 和, 好, 了).
 * An item that is itself a document (`协商计划、专家协商会工作计划`) shares nothing.
 */
const DOCUMENT_HEADS = [...POLICY_HEADS, ...ADOPTED_HEADS].join('|');
const HEADED = new RegExp(`(?:${DOCUMENT_HEADS})$`);
const SHARED_HEAD = new RegExp(`(?:${DOCUMENT_HEADS})(?:\\(.*\\))?$`);

function withSharedHeads(text: string, found: NameMention[]): NameMention[] {
  const out = [...found];
  for (const p of found) {
    if (text[p.start - 1] !== '、' || /^[《“]/.test(text[p.start]) || /[等和及、的]/.test(p.name)) continue;
    const items: { name: string; start: number }[] = [];
    let end = p.start - 1;
    let open = false;
    for (;;) {
      const middle = /[、]([\u4e00-\u9fff]{1,4})$/.exec(text.slice(Math.max(0, end - 5), end));
      if (middle) {
        items.unshift({ name: middle[1], start: end - middle[1].length });
        end -= middle[1].length + 1;
        continue;
      }
      // the first item: the longest word of the dictionary ending at its 、, after a list's start
      const before = text.slice(Math.max(0, end - 4), end);
      for (let k = before.length; k >= 2; k--) {
        const w = before.slice(-k);
        if (!/^[\u4e00-\u9fff]+$/.test(w) || !isCommonWord(w)) continue;
        const prev = text[end - k - 1] ?? '';
        if (prev === '' || !/[\u4e00-\u9fff]/.test(prev) || /[和及与好了]/.test(prev)) {
          items.unshift({ name: w, start: end - k });
          open = true;
        }
        break;
      }
      break;
    }
    if (!open || items.some((i) => HEADED.test(i.name))) continue;
    // `海河、辽河、松花江流域…`: the varying part may be one longer than the items, if a word
    let varying = Math.max(...items.map((i) => i.name.length));
    if (placeWordAt(p.name, 0) === varying + 1 || isCommonWord(p.name.slice(0, varying + 1))) varying += 1;
    const shared = p.name.slice(varying);
    if (p.name.length - varying < 4 || !SHARED_HEAD.test(shared)) continue;
    for (const i of items) out.push({ name: i.name + shared, start: i.start, end: i.start + i.name.length });
  }
  return out;
}
