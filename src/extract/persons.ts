// Persons: how the text names them (posts before and after, lists, group words), the
// name model where no cue stands, and reporters credited inside the text.
import type { Reporter } from '../model';
import type { SegmentedArticle } from '../segment/segment';
import { allMatches, readName, nameShape, isCjk, isCjkUnit, UnitSet, hasNameDot, lastNameDot, NAME_DOT, VERB_AFTER_NAME, verbSplitAt, WordLists, WordScan, WordsByUnit, type Sentence } from './text';
import { cnNumber } from '../segment/dates';
import { ADVERBS_AFTER_NAME, MINISTER_XIANG_HEADS, TIBETAN_NAME_PARTS, VISITED_AT_HOME, AUTHOR_NOTE_SOURCE, NAME_DOTS, ORG_SUFFIX_RE, STANDALONE_ORGS, TITLE_HEADS, TITLE_HEAD_RE, TITLE_HEAD_END, TITLE_HEAD_AT, POSTNOMINAL, GROUP_CUES, NOT_IN_NAME, AFTER_NAME, POST_LEFT_VERBS, NAME_FINAL_AFTER_POST, SURNAMES_1, SURNAMES_2, POST_FOLLOWERS, TRANSLIT_CHARS, TRANSLIT_SET, FOREIGN_PLACE_RE, GENERIC_POST, HELD_AFTER_NAME, STOP_HOLDERS, PERSON_OBJECT_VERBS, PROVINCE_NAMES, TRANSLIT_WHOLE, LEADER_POST_END, VIETNAMESE_SURNAMES, PROVINCE_CHARS, FOREIGN_POST_HEAD, FOREIGN_LEADER_POST_END, COUNTRY_CHARS, countryAt, COUNTRY_NAMES, REGNAL_NAME_CHARS, REGNAL_NUMBER, TRANSLIT_BEFORE_POST, POST_LEFT_VERB_NOT_AFTER, LEADER_POSTS_BEFORE_AND, SESSION_CHAIRS_ARE } from './lexicon';
import { adverbOpening, modelNames } from './names-bridge';
import { isCommonWord, isCommonNoun, isFunctionWord, isFourCharWord, isModifierWord, isVerb, crossesWords, placeWordAt, cityWordFrom } from './jieba';
import { mapArray, ScratchMarks } from '../arrays';
import { type PersonMention, Builder } from './builder';
import { PUNCT, isPunctUnit, sentenceAt, namesListedFrom, lowerBound } from './spans';
/** The lexicon's lists looked up where a name or a post stands, by the unit each word starts or ends with (WordsByUnit). */
const POSTNOMINAL_BY_FIRST = new WordsByUnit(POSTNOMINAL, 'first');
const POST_LEFT_VERBS_BY_LAST = new WordsByUnit(POST_LEFT_VERBS, 'last');
const STANDALONE_ORGS_BY_FIRST = new WordsByUnit(STANDALONE_ORGS, 'first');
/** The roles a credit gives (`特约记者`, `实习生`, `见习记者` are a 记者's; `摄` after a name makes it the photographer's). */
const WRITER_ROLES = '特约记者|全媒体记者|实习记者|见习记者|实习生|记者|通讯员';
const CREDIT_ROLE = new RegExp(`^(?:本报)?(?:${WRITER_ROLES}|评论员|摄影)`);
/** A role word standing alone among the names of a closing bracket (`(朱冬娅、见习记者 姚程玉)`). */
const BRACKET_ROLE = new RegExp(`^(?:${WRITER_ROLES})$`);
/** The roles counted as a 记者's. */
const REPORTER_ROLE = /^(?:特约记者|实习记者|见习记者|实习生)$/;
/**
 * A credit: a role, then names, roles and their marks up to a bracket, a semicolon, 报道 or the line's
 * end (`（记者 付真卿 摄影 欧阳杰）`, `(记者/徐林通讯员/岳宗)`, `记者:曹忠义;摄影:徐旭`, `本报记者宋锴摄`,
 * `记者刘伟、何其辉 通讯员史伟宗报道:`); another paper's reporter before 本报's (`宁波日报记者易鹤本报记者江儒斌`).
 */
// (and in 【】: `【全媒体记者 李索】6月30日，…`)
// (a byline with no bracket ends where the dateline's day begins: `本报讯 市融媒体中心记者王波 赵元 9月12日上午，…`)
// (the date may follow the last name with no space, the page's cleaning having joined them: `记者 秦超 宋艳艳9月30日，…`)
const CREDIT = /(?:全媒体记者|记者|通讯员|评论员|摄影)[^\n。，,！？()（）【】;；]{0,40}?(?=[)）】;；]|报道|$|\s(?:\d{1,2}月)?\d{1,2}日|(?<=[\u4e00-\u9fff])(?:\d{1,2}月)?\d{1,2}日)/gm;
/** What stands before a byline's role word: the text's or a line's start, or the dateline's 讯 or 电. */
const BYLINE_BEFORE = /(?:^|\n|讯|电)\s*(?:本报)?$/;
/** What may stand between the names of a credit. */
const CREDIT_MARK = /^[\s、/／:：丨｜|]+/;

/**
 * Marks a credit rule looks for in the whole text before its scan, either of two forms: one search for
 * both (two searches of the whole text, one for each, where most texts hold neither, took twice as long).
 */
const EITHER_SLASH = /[/／]/;
const EITHER_CLOSING_BRACKET = /[）)]/;
const EITHER_BAR = /[丨｜]/;

/** Names credited as reporters in the text: after 记者/通讯员/摄影, before 摄 or 报道. */
export function creditedReporters(input: string): Reporter[] {
  // (a two-character name padded to a photo credit's width, `新华社记者  燕  雁摄`, `李  刚摄`, is one name)
  const text = input.includes('摄') ? input.replace(PADDED_NAME, '$1$2') : input;
  const out: Reporter[] = [];
  for (const m of allMatches(CREDIT, text)) {
    const credit = m[0];
    // (a date right after the names, no space between, only in a byline: `本报讯 记者 X Y9月30日，…`, not one a text names,
    // `美国调查记者西摩·赫什2月8日发表文章`)
    if (/\d/.test(text[m.index! + credit.length] ?? '') && !BYLINE_BEFORE.test(text.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    const first = out.length;
    let role = '';
    let i = 0;
    /** whether a 、 of a list of this credit's names stands right before */
    let listed = false;
    while (i < credit.length) {
      const rest = credit.slice(i);
      const mark = CREDIT_MARK.exec(rest);
      if (mark) {
        i += mark[0].length;
        listed = mark[0].includes('、') && out.length > first;
        continue;
      }
      // the photographer's 摄 (`宋锴摄`, `张三 摄影报道`) and 报道 end the credit
      if (CREDIT_END.test(rest)) {
        if (rest.startsWith('摄') && out.length > first) out[out.length - 1]!.role = '摄影';
        break;
      }
      // a writer's or a photographer's mark and its slash, its role word after it (`文/本报记者 A B 图/本报记者 C`)
      const slashed = SLASH_ROLE.exec(rest);
      if (slashed) {
        role = slashed[1] === '文' ? '记者' : '摄影';
        i += slashed[0].length;
        continue;
      }
      const r = CREDIT_ROLE.exec(rest);
      if (r) {
        const named = r[0].replace(/^本报/, '');
        role = REPORTER_ROLE.test(named) ? '记者' : named;
        i += r[0].length;
        continue;
      }
      // another outlet's reporters after the first's, a space apart (`黄冈广播电视台记者 汪继辉 黄冈日报记者 汪秀玲`)
      const outlet = OUTLET_BEFORE_ROLE.exec(rest);
      if (outlet) {
        i += outlet[0].length;
        continue;
      }
      // (a name listed after another's is one whatever its surname: `记者 骆飞、郏亦真`)
      const name = creditName(rest) ?? (listed ? LISTED_CREDIT_NAME.exec(rest)?.[0] : null);
      if (!name) break;
      out.push({ name, role });
      i += name.length;
    }
  }
  // a photographer's credit closing a caption or a line, no role word before it (`…备忘录。杨竹摄`,
  // `图片来源：陈正宝 摄`), and writer and photographer by their marks (`耿联/文 肖勇/摄`)
  // (each scan only where its mark stands: most texts have none)
  const credit = (name: string, role: string) => {
    if (!out.some((r) => r.name === name)) out.push({ name, role });
  };
  if (text.includes('摄')) for (const m of allMatches(CAPTION_CREDIT, text)) if (nameShape(m[1]!)) credit(m[1]!, '摄影');
  if (EITHER_SLASH.test(text)) {
    for (const m of allMatches(SLASH_CREDIT, text)) if (nameShape(m[1]!)) credit(m[1]!, m[2] === '文' ? '记者' : '摄影');
    // (and the mark before the name, closing a line: `…局面。摄/赵柏恋茹`, `文/张三`)
    for (const m of allMatches(MARK_SLASH_CREDIT, text)) credit(m[2]!, m[1] === '文' ? '记者' : '摄影');
    // (names a space apart before both marks, closing a line: `□李明 王刚 张华 图/文`)
    for (const m of allMatches(NAMES_THEN_MARKS, text)) for (const n of m[1]!.split(/[ \u3000]+/)) if (nameShape(n)) credit(n, '记者');
  }
  // (both marks first, in a bracket, the names after them: `(文/图 刘晓广 赵娟娟)`, `（图文 张三）`)
  if (text.includes('文')) for (const m of allMatches(MARKS_THEN_NAMES, text)) for (const n of m[1]!.split(/[ \u3000、]+/)) if (nameShape(n)) credit(n, '记者');
  // the writers of the report by 作者 in the bracket closing it (`…进行协商。(作者:赵精华 郭铭华)`): its reporters, 记者 of
  // the spec's roles (not a poem's or a quotation's author inside the text)
  const authors = text.includes('作者') ? CLOSING_AUTHORS.exec(text.trimEnd()) : null;
  if (authors) for (const n of authors[1]!.split(/[\s、]+/)) if (nameShape(n)) credit(n, '记者');
  // writer and photographer by their marks and a colon, each closing a line (`文字:彭璐`, `图片：姜辉辉`,
  // `(文:米日古力·吾 来源:…)`)
  if (HAS_MARK_COLON.test(text)) for (const m of allMatches(MARK_COLON_CREDIT, text)) if (nameShape(m[2]!) || hasNameDot(m[2]!)) credit(m[2]!, /^文/.test(m[1]!) ? '记者' : '摄影');
  // a name alone in brackets closing the item is its reporter's (`…参加会见。(黄鹭)`), and so are names listed
  // there (`…(张武明、林君)`) (a photographer's with 摄: `…（夏凡摄）`)
  // (also closing a paragraph, a caption after it: `…参加会见。(王慧慧)\n5月30日，…摄`)
  // (each scan only on the lines that end with a bracket: the patterns are tried at every sentence's end otherwise)
  for (const last of EITHER_CLOSING_BRACKET.test(text) && /[）)][ \t\u3000]*(?:$|\n)/.test(text) ? bracketLineEnds(text) : []) {
    // (a photographer's 拍摄 or 摄影 after the name: `(王文利 拍摄)`)
    const photo = /\s+(?:拍摄|摄影)$/.exec(last[1]!);
    // (a role word between the names is none of them: `(朱冬娅、见习记者 姚程玉)`)
    const names = last[1]!.slice(0, photo ? photo.index : undefined).split(/[、\s]+/).filter((n) => !BRACKET_ROLE.test(n));
    // (by given names alone too where one of them has a surname: `（郭颖 天乐）`, as the segmenter reads a page's)
    // (a paragraph's, not the text's, only by names of a name's shape: not `（新华社）`)
    const closing = !text.slice(last.index! + last[0].length).trim();
    if (names.every((n) => n.length <= 3) && (closing ? (names.length === 1 && !OUTLET_WORD.test(names[0]!)) || names.every(nameShape) || (/\s/.test(last[1]!) && names.some(nameShape) && !names.some((n) => CREDIT_ROLE.test(n))) : names.every(nameShape))) for (const n of names) credit(n, last[2] || photo ? '摄影' : '记者');
  }
  const lede = text.includes('记者') ? LEDE_CREDIT.exec(text) : null;
  if (lede) for (const n of lede[1]!.split(/[ \u3000、]+/)) if (n && nameShape(n)) credit(n, '记者');
  // a dateline's bracket with names alone (`本报讯(黄子煖)1月5日`), writer and photographer in a closing bracket
  // (`(杨涛 文/李前进 图)`), a contributor's body and names closing the text (`(南靖县安监局 陈月清 林冬丽)`)
  // (also after 电, `本报云南电 (A、B)`, and with an outlet's reporter among them: `本网讯(张三 四川日报全媒体记者 李四 王五)`)
  const head = text.slice(0, 200);
  const dateline = DATELINE_BRACKET_CUE.test(head) ? DATELINE_BRACKET_NAMES.exec(head) : null;
  const credited = dateline ? dateline[1]!.split(/[、\s]+/).filter(Boolean) : [];
  if (credited.every((n) => nameShape(n) || BRACKET_OUTLET_ROLE.test(n)) && credited.some(nameShape)) for (const n of credited) if (nameShape(n)) credit(n, '记者');
  for (const m of text.includes('文/') || text.includes('文／') ? allMatches(BRACKET_WRITER_PHOTO, text) : []) {
    if (nameShape(m[1]!)) credit(m[1]!, '记者');
    if (nameShape(m[2]!)) credit(m[2]!, '摄影');
  }
  // (the text's end read as it is: an expression anchored at the end is tried at every character)
  const closed = text.trimEnd();
  const contributed = closed.endsWith('）') || closed.endsWith(')') ? CONTRIBUTOR_CLOSING.exec(text.slice(-60)) : null;
  const contributors = contributed ? contributed[1]!.split(/\s+/) : [];
  if (contributors.some(nameShape)) for (const n of contributors) credit(n, '通讯员');
  // an outlet and a name alone on the last line (`重庆日报客户端王翔`)
  const byOutlet = LAST_LINE_OUTLET.exec(text.slice(text.trimEnd().lastIndexOf('\n') + 1));
  if (byOutlet && nameShape(byOutlet[1]!)) credit(byOutlet[1]!, '记者');
  const signed = text.endsWith('·') || text.endsWith('•') ? LAST_DOTTED_NAME.exec(text.trimEnd()) : null;
  if (signed) credit(signed[1]!, '记者');
  // a broadcaster's block of credit lines, names a space apart after each role (`记者丨许达 许永松 朱超`,
  // `摄像丨李铮 马超 段德文 程铖 郭鸿`): every name of a reporter's or a camera's line
  for (const line of EITHER_BAR.test(text) ? creditLines(text) : []) {
    const role = line.role === '摄像' ? '摄影' : line.role;
    if (role === '记者' || role === '摄影') for (const n of line.names) credit(n, role);
  }
  return out;
}

/** A credit line of a broadcaster's block: a role, 丨, and names a space apart (`摄影丨李铮 胡玮 段德文`). */
const CREDIT_LINE = /^(记者|摄像|摄影|监制|录音|翻译|剪辑|编辑|责编|制片|配音)[丨｜]\s*([\u4e00-\u9fff·]{2,8}(?:[ \t\u3000、]+[\u4e00-\u9fff·]{2,8})*)[ \t\u3000]*$/gm;

/** The credit lines of a text (CREDIT_LINE): their names, whatever their surnames (`鄂介甫`: the line says they are names). */
function creditLines(text: string): { role: string; names: string[] }[] {
  return allMatches(CREDIT_LINE, text).map((m) => ({ role: m[1]!, names: m[2]!.split(/[ \t\u3000、]+/).filter((n) => n.length <= 4 || hasNameDot(n)) }));
}

/** An editor's or a checker's credit (`责任编辑 马张驰`, `编辑：张三`): the paper's staff, no person of the report. */
const STAFF_CREDIT = /(?:^|[\s(（|｜])(?:责任编辑|责编|编辑|校对|审核|审校|监制|终审)[:：\s]*([\u4e00-\u9fff]{2,3})(?=[\s)）|｜]|$)/gm;

/** The names of the paper's staff credited in the text (editors, checkers): neither persons nor reporters. */
export function creditedStaff(text: string): string[] {
  // (and every name of a staff line of a broadcaster's block: `监制丨申勇 王志明`, `录音丨…`, `翻译丨…`)
  const lines = EITHER_BAR.test(text) ? creditLines(text).filter((l) => !/^(?:记者|摄像|摄影)$/.test(l.role)).flatMap((l) => l.names) : [];
  if (!/编辑|责编|校对|审核|审校|监制|终审/.test(text)) return lines;
  // (not one the report also names after a word, where he acts: `会议由学院党委书记沈兆梅主持。…（…终审：沈兆梅）`)
  return [...mapArray(allMatches(STAFF_CREDIT, text), (m) => m[1]!).filter((n) => nameShape(n) && !namedAfterWord(text, n)), ...lines];
}

/** Does the text name `name` right after an ideograph somewhere (`…党委书记沈兆梅主持`), not only after a credit's mark? */
function namedAfterWord(text: string, name: string): boolean {
  for (let k = text.indexOf(name); k !== -1; k = text.indexOf(name, k + 1)) if (k > 0 && /[\u4e00-\u9fff]/.test(text[k - 1]!)) return true;
  return false;
}

/** A name and 摄 ending a line, after a sentence's end, a colon or a space. */
const CAPTION_CREDIT = /(?:^|[。！？：:\s])([\u4e00-\u9fff]{2,3}?)\s?摄(?:影)?$/gm;
/** A name and its mark: `耿联/文`, `肖勇/摄`. */
// (and 图 as 摄: `(记者 A B/文 C/图)`)
const SLASH_CREDIT = /([\u4e00-\u9fff]{2,3})[/／](文|摄|图)(?![\u4e00-\u9fff])/g;
/** A role by its mark and slash inside a credit, the role word after it (`图/本报记者 `). */
const SLASH_ROLE = /^(文|图|摄)[/／](?:本报)?(?:记者)?/;
/** Names of two or three characters alone in brackets closing a line (the text's or a paragraph's), after a sentence's end (one, or up to four joined by 、 or spaces). */
// (a role word and a space may stand before a name: `(朱冬娅、见习记者 姚程玉)`)
const LAST_BRACKET_NAME = /[。！？”]\s*[（(]■?((?:(?:(?:见习|实习|特约|全媒体)?记者[ \t\u3000]+)?[\u4e00-\u9fff]{2,3}(?:、|[ \t\u3000]+)){0,3}(?:(?:见习|实习|特约|全媒体)?记者[ \t\u3000]+)?[\u4e00-\u9fff]{2,3}?)(摄(?:影)?(?:报道)?)?[）)]$/;
/** A mark, a colon and a name closing a line or before a space or a bracket (`文字:彭璐`, `(文:米日古力·吾 来源:…)`). */
const MARK_COLON_CREDIT = /(?:^|[。！？\s（(])(文字|文|图片|图)[:：][ \u3000]?([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{1,6})(?=[ \t\u3000]*(?:$|[)）])|[ \u3000]+[\u4e00-\u9fff]{1,4}[:：])/gm;
/** Another outlet's name before the role of its reporters inside a credit (`黄冈日报记者`). */
const OUTLET_BEFORE_ROLE = /^[\u4e00-\u9fff]{2,10}?(?:日报|晚报|广播电视台|电视台|融媒体中心|新闻网|客户端)(?=(?:全媒体|融媒体)?(?:特约记者|实习记者|见习记者|实习生|记者|通讯员|评论员|摄影))/;
/** What ends an outlet's or a body's short name, never a name (`（新华社）`, `（人民网）`). */
const OUTLET_WORD = /[社网台报刊局]$/;
/** Whether a text has a writer's or a photographer's mark and a colon at all. */
const HAS_MARK_COLON = /(?:文字|文|图片|图)[:：]/;

/** LAST_BRACKET_NAME's matches on the lines that end with a bracket (the text's last line, or a paragraph's). */
function* bracketLineEnds(text: string): Generator<RegExpExecArray> {
  let from = 0;
  while (from < text.length) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    const line = text.slice(from, end).trimEnd();
    if (line.endsWith('）') || line.endsWith(')')) {
      // (the tail of the line, its sentence's end included, at the line's place in the text)
      // (a sentence's end on the line before may stand before the bracket: `…参加会见。\n（郭华 天明）`)
      const tailAt = Math.max(0, from + line.length - 40);
      const m = LAST_BRACKET_NAME.exec(text.slice(tailAt, from + line.length));
      if (m) {
        m.index += tailAt;
        yield m;
      }
    }
    from = end + 1;
  }
}

/** Names in the bracket right after a dateline's 讯 or 电 (`本报讯(黄子煖)`, `本报云南电 (A、B)`), an outlet's role among them. */
const DATELINE_BRACKET_NAMES = /(?:讯|[^\s，。；]{2,12}电)\s*[（(]((?:[\u4e00-\u9fff]{2,14}[、\s]+){0,5}[\u4e00-\u9fff]{2,3})[）)]/;
/**
 * What every match of DATELINE_BRACKET_NAMES holds: 讯 or 电, then the bracket. Tested first: the
 * expression tries up to twelve characters before a 电 at every position (≈ 8 µs a text), and
 * most texts' first lines have no bracket after a dateline.
 */
const DATELINE_BRACKET_CUE = /[讯电]\s*[（(]/;
/** A role word in a dateline's bracket of names (`四川日报全媒体记者`, `通讯员`): none of them. */
const BRACKET_OUTLET_ROLE = /^[\u4e00-\u9fff]{0,10}(?:记者|通讯员)$/;
/** A writer and a photographer in one bracket, each by the mark after the name (`(杨涛 文/李前进 图)`). */
const BRACKET_WRITER_PHOTO = /[（(]\s*([\u4e00-\u9fff]{2,3})\s*文\s*[/／]\s*([\u4e00-\u9fff]{2,3})\s*(?:图|摄)\s*[）)]/g;
/** A contributing body and its people's names in the bracket closing the text (`(南靖县安监局 陈月清 林冬丽)`). */
const CONTRIBUTOR_CLOSING = /[。！？”]\s*[（(][\u4e00-\u9fff]{2,12}?(?:局|委|办|站|中心|院|所|队|部|社)[ \u3000]+((?:[\u4e00-\u9fff]{2,3}[ \u3000]+){0,3}[\u4e00-\u9fff]{2,3})[）)]\s*$/;
/** An outlet and a reporter's name alone on the text's last line (`重庆日报客户端王翔`, `临江日报记者 张三`). */
const LAST_LINE_OUTLET = /^[ \u3000]*[\u4e00-\u9fff]{2,12}?(?:日报|晚报|客户端|广播电视台|电视台|融媒体中心|新闻网)(?:全媒体|融媒体)?(?:记者)?[ \u3000]*([\u4e00-\u9fff]{2,3})[ \u3000]*$/;
/** A name between middle dots closing the text (`…尽其心、履其职。·仇纳川·`): its reporter's signature. */
const LAST_DOTTED_NAME = new RegExp(`[。！？”]\\s*[${NAME_DOTS}]([\\u4e00-\\u9fff]{2,3})[${NAME_DOTS}]\\s*$`);
/** A credit's mark, a slash and the name closing a line (`摄/赵柏恋茹`, `文/张三`). */
const MARK_SLASH_CREDIT = /(?:^|[。！？\s])(文|摄|图)[/／]([\u4e00-\u9fff]{2,4})(?=\s*$|\s+(?:文|摄|图)[/／])/gm;
/** Names a space apart, then the marks of words and pictures, closing a line (`…参加座谈会。□李鸿熙 辛晓敏 钟荣婵 图/文`). */
/** A bracket of both marks and the names after them (`(文/图 刘晓广 赵娟娟)`, `（图文 张三）`). */
const MARKS_THEN_NAMES = /[（(](?:文[/／]图|图[/／]文|文[/／]摄|摄[/／]文|图文)[ \u3000:：]*((?:[\u4e00-\u9fff]{2,3}[ \u3000、]+){0,4}[\u4e00-\u9fff]{2,3})[ \u3000]*[)）]/g;
const NAMES_THEN_MARKS = /(?:^|(?<=[。！？”]))[□■\s]*((?:[\u4e00-\u9fff]{2,3}[ \u3000]+){0,4}[\u4e00-\u9fff]{2,3})[ \u3000]*(?:图[/／]文|文[/／]图|文[/／]摄|摄[/／]文)[ \u3000]*$/gm;
/** Writers named by 作者 in the bracket closing the text, a space or a 、 apart (`（作者：赵精华 郭铭华）`). */
const CLOSING_AUTHORS = /[。！？”]\s*[（(]作者[:：]\s*((?:[\u4e00-\u9fff]{2,3}[\s、]+){0,3}[\u4e00-\u9fff]{2,3})[）)]$/;
/** A reporter's credit opening the text with no bracket, before the lede's time (`天津日报记者 徐丽 昨天，…`). */
const LEDE_CREDIT = /^(?:[\u4e00-\u9fff]{2,10}?(?:日报|晚报|报|讯|网))?\s*(?:全媒体|融媒体|融媒|首席)?记者\s*((?:[\u4e00-\u9fff]{2,3}[ \u3000、]+){1,4})(?=昨天|今天|昨日|今日|日前|近日|\d{1,2}月|\d{1,2}日|[上下]午)/;
/** A two-character name padded with spaces before 摄 (`燕  雁摄`): the first character after a space or a role. */
const PADDED_NAME = /(?<=[\s记者。！？：:]|^)([\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])(?=\s?摄)/gm;

/** A name of two or three characters after a 、 of a credit's list, up to a mark or the credit's end. */
const LISTED_CREDIT_NAME = /^[\u4e00-\u9fff]{2,3}(?=$|[\s、/／])/;

/** What ends a credit after its names: the photographer's 摄 and 报道. */
const CREDIT_END = /^(?:摄(?:影)?(?:报道)?|报道)$/;

/**
 * The name a credit's text starts with: a dotted name, or one of 3, 2, 4 characters from a surname
 * before a mark, a role or the end — where a credit ends in 摄, the reading that ends before it
 * (`宋锴摄`); two names run together are two (`田帆刘华`). Any given name is a name here (`陈月飞`: 月 is
 * seldom one in running text).
 */
function creditName(rest: string): string | null {
  const dotted = /^[\u3400-\u9fff]{1,6}(?:·[\u3400-\u9fff]{1,8}){1,3}/.exec(rest);
  if (dotted) return dotted[0];
  const shaped = (c: string) => nameShape(c) || (/^[\u3400-\u9fff]{2,3}$/.test(c) && (SURNAMES_1.has(c[0]!) || SURNAMES_2.has(c.slice(0, 2))));
  const fits = [3, 2, 4].filter((len) => {
    const cand = rest.slice(0, len);
    const after = rest.slice(len);
    // (or another name run on to it, the space between them lost: `田帆刘华`, `周绍瑜孙敏`)
    // (a rare surname too, where the next role's word bounds it: `记者绳晓通讯员胡斌`)
    const boundedByRole = len <= 3 && CREDIT_ROLE.test(after) && /^[\u3400-\u9fff]+$/.test(cand) && ![...cand].some((c) => NOT_IN_NAME.has(c));
    return cand.length === len && (shaped(cand) || boundedByRole) && (after === '' || CREDIT_MARK.test(after) || CREDIT_ROLE.test(after) || CREDIT_END.test(after) || (len <= 3 && creditName(after) !== null));
  });
  const beforeShot = fits.find((len) => rest[len] === '摄');
  return fits.length ? rest.slice(0, beforeShot ?? fits[0]) : null;
}

/** Does the span lie inside the name of a credited reporter standing there (`杜朋` of `记者杜朋举`)? */
function insideCredit(text: string, n: { start: number; name: string }, reporters: Set<string>): boolean {
  if (n.start < 0 || reporters.has(n.name)) return false;
  // (nor one run on from a credited name into the next role's word: `记者赵君通讯员王超` is no 赵君通)
  for (const r of reporters) if (n.name.length > r.length && n.name.startsWith(r) && /^(?:通讯员|记者|摄影)/.test(text.slice(n.start + r.length))) return true;
  for (const r of reporters) {
    if (r.length <= n.name.length) continue;
    for (let at = r.indexOf(n.name); at >= 0; at = r.indexOf(n.name, at + 1)) if (text.startsWith(r, n.start - at)) return true;
  }
  return false;
}

/** A post's head right where a name ends (`…委员长主持`). */
const POST_RIGHT_AFTER = new RegExp(`^(?:${TITLE_HEAD_RE.source})`);

/** Every mention of a person in the body: with posts, by the model, and their repetitions. */
export function personMentions(article: SegmentedArticle, sents: Sentence[], reporters: Set<string>): { persons: PersonMention[]; model: ModelName[] } {
  const text = article.text;
  const persons: PersonMention[] = [];
  const known = new Set<string>();
  // the model reads the headline with the body: a name's repetitions across both are evidence
  const head = [article.title, article.subtitle ?? ''].join('\n') + '\n';
  // (not a part of a credited reporter's name where it stands: `（记者杜朋举见习记者周明）` is no 杜朋)
  const model = mapArray(modelNames(head + text), (n) => ({ ...n, start: n.start - head.length, end: n.end - head.length })).filter((n) => !insideCredit(text, n, reporters));
  const modelAt = new Map(model.filter((n) => n.start >= 0).map((n) => [n.start, n]));
  const cues = cuesBySentence(text, sents);
  for (const [k, s] of sents.entries()) {
    for (const p of titledPersons(s.text, s.start, modelAt, cues[k])) {
      // where the model reads the same name with other bounds (`刘淇全面` → 刘淇), trust the model
      const m = modelAt.get(p.start);
      // (a longer reading only where a name may end: `郑立先后发言` stays 郑立)
      // (not inside a transliteration the rules read whole: 泽连斯基通电话 stays 泽连斯基)
      // (nor a transliteration of three a country's post opens, the model reading two of it: `美国国防部长埃斯珀` stays 埃斯珀)
      const foreignRun = (p.name.length >= 4 || (p.name.length === 3 && m !== undefined && m.name.length < 3 && p.titles.length > 0 && countryAt(text, p.titles[0]!.start) > 0)) && TRANSLIT_WHOLE.test(p.name);
      // (nor a reading the cue rules end at a list's mark: `议长穆尔涅采、` stays whole)
      // (but a time or a verb of speech read onto it: `会见…卢拉时，`, `科恩称，`)
      const endsAtMark = /[、，。；]/.test(text[p.end] ?? '') && !/[时称说等们后前]$/.test(p.name);
      // (nor one a verb of the genre follows: `辜胜阻作主题发言` stays 辜胜阻; nor longer by such a verb: `李华作的报告` stays 李华)
      // (nor one a word of the genre of two characters or more follows: `常委赵乐际看望…` stays 赵乐际, no 赵乐)
      const verbAfter = NAME_THEN_ACT.test(text.slice(p.end)) || ACT_AFTER_NAME.test(text.slice(p.end, p.end + 2));
      // (nor a dotted name the rules end where the genre's words begin: `努尔·白克力严重违纪` stays whole)
      const dottedToVerb = hasNameDot(p.name) && !/[时称说等们后前]$/.test(p.name) && AFTER_NAME.test(text.slice(p.end));
      // (nor one a post follows right after: `赵乐际委员长` stays 赵乐际, no 际委员长; but `林武和省长…` is 林武)
      // (nor a Tibetan name of two parts the model cuts in its second: `副团长向巴平措率…` stays whole; nor a Japanese one of four
      // after Japan's post: `日本财务相铃木俊一表示`)
      const tibetan = p.name.length === 4 && TIBETAN_NAME_PARTS.has(p.name.slice(0, 2)) && TIBETAN_NAME_PARTS.has(p.name.slice(2));
      const japanese = p.name.length === 4 && p.titles.length > 0 && p.titles[0]!.name.startsWith('日本') && p.titles[0]!.end === p.start;
      if (m && !foreignRun && !tibetan && !japanese && m.name !== p.name && Math.abs(m.name.length - p.name.length) === 1 && ((m.name.length < p.name.length && !endsAtMark && !verbAfter && !dottedToVerb && !(POST_RIGHT_AFTER.test(text.slice(p.end, p.end + 8)) && !/[和与及同]$/.test(p.name))) || (m.name.length > p.name.length && AFTER_NAME.test(text.slice(m.end)) && !VERB_AFTER_NAME.has(m.name[m.name.length - 1]!) && !/[已也第]$/.test(m.name) && !verbSplitAt(text, p.end) && !ADVERB_WORD_AT.test(text.slice(p.end, p.end + 2))))) {
        p.name = m.name;
        p.end = m.end;
      }
      // (a transliterated name whose first character is a surname's, read as a Chinese name of three: the model's
      // reading on through its transliterating characters is the name, `谢瓦尔德纳泽`, no 谢瓦尔)
      else if (m && m.name.length >= p.name.length + 2 && m.name.startsWith(p.name) && p.name.length === 3 && TRANSLIT_WHOLE.test(m.name.slice(1))) {
        p.name = m.name;
        p.end = m.end;
      }
      persons.push(p);
    }
  }
  // a long transliteration before a post (`泽鲁阿勒总统`) is a name where the article also writes it
  // after a post (`阿尔及利亚总统泽鲁阿勒`), not a country the dictionary lacks (`厄瓜多尔总统宣布`)
  for (let k = persons.length - 1; k >= 0; k--) {
    const p = persons[k];
    if (p.needsPostBefore && !persons.some((q) => q.name.endsWith(p.name) && !q.needsPostBefore && q.titles.length > 0)) persons.splice(k, 1);
  }
  // a foreign leader's name read past what the rules know (`蒙古国总统呼日勒苏赫`) is one where the article writes it again
  // (`陪同呼日勒苏赫访华的有…`); else the reading it was read past, or none
  for (let k = persons.length - 1; k >= 0; k--) {
    const p = persons[k]!;
    if (!p.recurs) continue;
    const again = (head + text).split(p.name).length - 1 > 1;
    const shorter = p.recurs.shorter;
    delete p.recurs;
    if (again) continue;
    if (shorter === null) persons.splice(k, 1);
    else {
      p.name = shorter;
      p.end = p.start + shorter.length;
    }
  }
  // a preposition before a name the article gives elsewhere is none of the name (`议长向朱琳献上鲜花`, `礼兵队长向李鹏报告`:
  // 朱琳, and a speaker the item leaves unnamed, not 向朱琳); the later pass reads the name there
  for (let k = persons.length - 1; k >= 0; k--) {
    const p = persons[k]!;
    if (p.name.length >= 3 && PREPOSITION_FIRST.test(p.name) && persons.some((q) => q !== p && q.name === p.name.slice(1))) persons.splice(k, 1);
  }
  for (const p of persons) known.add(p.name);
  // a foreign name is written in full once and by its last part after that
  // (`萨阿东·哈马迪` … `哈马迪说`): the short form is the same person, under the full name
  // (and a name of three parts by its middle one, a paternal surname: `尼古拉斯·马杜罗·莫罗斯` … `马杜罗`)
  // (the full name read by the rules or by the model: `米歇尔·德梅西纳` after a post the rules do not read)
  // (and a Japanese name by its surname after the first mention: `樱内义雄` … `樱内说`, `桥本龙太郎` … `桥本`)
  const fullOf = new Map<string, string>();
  const shared = new Map<string, number>();
  const modelRead = new Set(mapArray(model, (n) => n.name));
  for (const name of new Set([...known, ...modelRead])) {
    const dot = lastNameDot(name);
    // (a name the model alone reads is not the one the rules read by its last part after a post: `亨特·拜登` … `美国总统拜登`)
    // (but one the rules read only by its post after it, `米拉托维奇总统` after `亚科夫·米拉托维奇`, is the full name's short form)
    if (dot > 0 && name.length - dot - 1 >= 2 && (known.has(name) || !known.has(name.slice(dot + 1)) || persons.every((p) => p.name !== name.slice(dot + 1) || p.rule === 'holds.post-after-name'))) fullOf.set(name.slice(dot + 1), name);
    const parts = name.split(NAME_DOT);
    if (parts.length === 3 && parts[1]!.length >= 3 && !fullOf.has(parts[1]!)) fullOf.set(parts[1]!, name);
    // (or a name of two parts the rules read by its first, of three characters or more, as an Arab leader is called:
    // `巴沙尔·阿萨德` … `巴沙尔说`; not where two full names share it, nor a span the model alone read, `诺罗敦·西哈努克国王`)
    // (of two where the article gives that first part a post, as an Indonesian leader is called: `佐科·维多多` … `佐科总统`)
    const firstWithPost = (first: string) => persons.some((p) => p.name === first && p.titles.length > 0);
    if (parts.length === 2 && (parts[0]!.length >= 3 || (parts[0]!.length === 2 && firstWithPost(parts[0]!))) && known.has(name) && !fullOf.has(parts[0]!)) {
      shared.set(parts[0]!, (shared.get(parts[0]!) ?? 0) + 1);
      fullOf.set(parts[0]!, name);
    }
    // (not a name of a Chinese surname, whose first two characters are a name of their own: 李强 of a span `李强监誓`;
    // nor a surname two full names share: `小泽一郎`, `小泽辰男`)
    if (dot < 0 && (name.length === 4 || name.length === 5) && !SURNAMES_1.has(name[0]!) && !SURNAMES_2.has(name.slice(0, 2)) && !TRANSLIT_WHOLE.test(name) && modelRead.has(name.slice(0, 2))) {
      const short = name.slice(0, 2);
      shared.set(short, (shared.get(short) ?? 0) + 1);
      fullOf.set(short, name);
    }
  }
  for (const [short, n] of shared) if (n > 1) fullOf.delete(short);
  // cue-less names from the statistical model, then every later mention of a known name
  // (not a span right before the head of a post read for a name after it: 瑙鲁 of
  // 李强同瑙鲁总统阿迪昂; a span inside a post read too long is left alone)
  const inPost = (n: ModelName) => {
    const head = POSTNOMINAL_BY_FIRST.wordsAt(text, n.end).find((h) => text.startsWith(h, n.end));
    return head !== undefined && inPostOf(persons, n.start, n.end + head.length);
  };
  // (nor one that is itself a post read for a name after it: `卡塔尔埃米尔` of `…的卡塔尔埃米尔塔米姆`)
  const posts = new Set<string>();
  for (const p of persons) for (const t of p.titles) posts.add(t.name);
  // (nor the country a post read for a name is of, where the model reads it alone elsewhere: `同瑙鲁议长斯蒂芬` … `瑙鲁作出`)
  const postList = [...posts];
  const postOf = (name: string) => postList.some((t) => t.length > name.length && t.startsWith(name) && TITLE_HEAD_END.test(t) && FOREIGN_POST_HEAD.test(t.slice(name.length)));
  const postParts = new Set(model.filter((n) => inPost(n) || posts.has(n.name) || postOf(n.name)).map((n) => n.name));
  // (not a word of the genre the model read after a post: `以色列外长宣布辞职`, 宣布 is what the minister did)
  for (const n of model) if (!reporters.has(n.name) && !fullOf.has(n.name) && !postParts.has(n.name) && !genreWord(n.name)) known.add(n.name);
  for (const short of fullOf.keys()) known.add(short);
  // (also where a post read the short form: `雷杰普·塔伊普·埃尔多安` … `埃尔多安总统`)
  for (const p of persons) p.name = fullOf.get(p.name) ?? p.name;
  // a province's name is no one's (`到甘肃调研`, `甘肃、宁夏、新疆七省区`)
  for (const name of known) if (PROVINCE_NAME_SET.has(name)) known.delete(name);
  const taken = TAKEN.zeroed(text.length + 1);
  for (const p of persons) taken.fill(1, p.start, p.end);
  const starts = startsOf(text, known);
  for (const name of known) {
    let next = 0; // (left to right, a mention after the end of the one before)
    for (const k of starts.get(name)!) {
      if (k < next) continue;
      next = k + name.length;
      // a mention overlapping one already read (`官林郑月娥` over 林郑月娥) is not another person
      if (allClear(taken, k, k + name.length)) {
        persons.push({ type: 'Person', name: fullOf.get(name) ?? name, start: k, end: k + name.length, titles: [] });
        taken.fill(1, k, k + name.length);
      }
    }
  }
  persons.sort((a, b2) => a.start - b2.start);
  for (let k = persons.length - 1; k >= 0; k--) if (PROVINCE_NAME_SET.has(persons[k].name)) persons.splice(k, 1);
  // a monarch's regnal number is part of the name (`阿卜杜拉二世国王`, `伊丽莎白二世`; not 世纪, 世界)
  for (const p of persons) {
    const regnal = REGNAL.exec(text.slice(p.end, p.end + 4));
    if (regnal && p.name.length >= 3 && [...p.name].filter((c) => TRANSLIT_CHARS.includes(c) || c === '·').length >= p.name.length - 1) {
      p.end += regnal[0].length;
      p.name = text.slice(p.start, p.end);
    }
  }
  // a 和, 与 or 及 right before a list's mark joins nothing: it ends the name (`许其亮、张又侠、魏凤和，中央军委委员…`)
  for (const p of persons) {
    if (p.name.length === 2 && /[和与及]/.test(text[p.end] ?? '') && /[、，。；]/.test(text[p.end + 1] ?? '') && nameShape(p.name + text[p.end])) {
      p.name += text[p.end];
      p.end++;
    }
  }
  // a double name joined by a hyphen is one (`迪亚斯-卡内尔`, as the press writes Spanish ones)
  for (const p of persons) {
    // (a head of state's second name up to a mark, whatever its characters: `荷兰国王威廉-亚历山大。`)
    const joined = HYPHENED.exec(text.slice(p.end, p.end + 8)) ?? (p.titles.some((t) => FOREIGN_LEADER_POST_END.test(t.name)) ? HYPHENED_TO_MARK.exec(text.slice(p.end, p.end + 8)) : null);
    if (joined && p.name.length >= 2 && [...p.name].filter((c) => TRANSLIT_CHARS.includes(c) || c === '·').length >= p.name.length - 1) {
      p.end += joined[0].length;
      p.name = text.slice(p.start, p.end);
      // (its second part read as a name of its own is none)
      for (let k = persons.length - 1; k >= 0; k--) if (persons[k] !== p && persons[k].start > p.start && persons[k].end <= p.end) persons.splice(k, 1);
      // (a post right before it is its: the post rules, which stop a name at the hyphen, gave it none)
      const line = text.lastIndexOf('\n', p.start - 1) + 1;
      const head = p.titles.length === 0 ? TITLE_HEAD_END.exec(text.slice(Math.max(line, p.start - 6), p.start)) : null;
      if (head) {
        const start = titleStart(text, p.start - head[0].length);
        if (start >= line && start < p.start) {
          p.titles.push({ name: text.slice(start, p.start), start, end: p.start });
          p.rule ??= 'holds.post-before-name';
        }
      }
    }
  }
  vietnameseFemaleNames(text, persons);
  joinSpacedDoubleSurnames(text, persons);
  listCompletion(text, persons);
  postAfterList(text, persons);
  postIsList(text, persons);
  givenNamesAddressed(text, persons);
  knownNameThenPost(text, persons);
  // the headline's 瑙鲁 of 李强会见瑙鲁总统 too, where the body reads it as part of a post
  return { persons, model: model.filter((n) => !postParts.has(n.name)) };
}

/** A verb a transliterated name read after a post ran on to: 称, 向, 说, or 访 and a place's one character (`拜登称`, `塔帕访川`). */
const VERB_RUN_ON = new RegExp(`(?<=^[${TRANSLIT_CHARS}]{2,})(?:[称向说]|访[\\u4e00-\\u9fff])$`);
/** A body one of two joined by 和 may be, that share a post's head (`国务委员会`). */
const JOINT_BODY = '[\\u4e00-\\u9fff]{2,12}?(?:委员会|常委会|会议|政府|部|院|局)';
/** A body and 和 before another body's post (`国务委员会和`). */
const JOINT_BODY_BEFORE = new RegExp(`^${JOINT_BODY}和$`);
/** Two bodies joined by 和 before one post's head: group 1 the first body, group 2 the second with the head. */
const JOINT_BODIES = new RegExp(`^(${JOINT_BODY})和([\\u4e00-\\u9fff]{2,16})$`);
/** A note in brackets after a post, on the holder's charge: `(负责政府日常工作)`, `（挂职）`, `（正厅级）`. */
const POST_NOTE = /^[（(][^（）()，。；、\d]{2,12}[）)]/;

/**
 * A leader addresses people by their given names and 同志 (`海胜同志、伯明同志`): each is the person the
 * article names in full (`航天员聂海胜、刘伯明`), not another; where that repetition made the model read the
 * given name alone after the surname too (`…航天员聂|海胜、`), the surname before it is put back.
 */
function givenNamesAddressed(text: string, persons: PersonMention[]): void {
  const addressed = new Set(persons.filter((p) => p.name.length === 2 && text.startsWith('同志', p.end)).map((p) => p.name));
  // (the given name read alone right after a surname, at a list's start or after a post: `航天员聂|海胜、`)
  // (not the last character of a word or a post before it: `学习|雷锋同志`, `副主席|韩正` name no 习雷锋, 席韩正)
  const surnameBefore = (p: PersonMention) =>
    SURNAMES_1.has(text[p.start - 1] ?? '') && !isCommonWord(text.slice(Math.max(0, p.start - 2), p.start)) && !TITLE_HEAD_END.test(text.slice(Math.max(0, p.start - 6), p.start));
  for (const given of addressed) {
    const full = new Set(persons.filter((p) => p.name.length === 3 && p.name.endsWith(given)).map((p) => p.name));
    for (const p of persons) if (p.name === given && surnameBefore(p) && !text.startsWith('同志', p.end)) full.add(text[p.start - 1] + given);
    if (full.size !== 1) continue;
    const name = [...full][0]!;
    for (const p of persons) {
      if (p.name !== given) continue;
      if (text[p.start - 1] === name[0]) p.start--;
      p.name = name;
    }
  }
}

/** A preposition a name read after a post may have taken for its surname (向 is one too: only before a name known). */
const PREPOSITION_FIRST = /^[向对为给跟与同和由]/;

/**
 * A person the article names with a post, again before a head of state's or government's post
 * (`普京总统表示`, `文在寅总统`, `阿利耶夫总统说`): that post is his, as for any leader named before a
 * short post — the sentence alone cannot tell a foreign name from a country there, the article can.
 */
function knownNameThenPost(text: string, persons: PersonMention[]): void {
  const titled = new Set(persons.filter((p) => p.titles.length > 0).map((p) => p.name));
  for (const p of persons) {
    // (one the article names with a post elsewhere, or a Chinese name: not a country the reader took for a
    // name, `厄瓜多尔总统宣布`, `巴拉圭总统`)
    // (nor one character said twice, a word of speech: `刘海：谢谢总书记`)
    // (or a double name joined by a hyphen, as only foreign names are written: `迪亚斯-卡内尔主席`)
    if (p.titles.length > 0 || !(titled.has(p.name) || /^[^-－‐—]{2,}[-－‐—][^-－‐—]{2,}$/.test(p.name) || (p.name.length <= 3 && nameShape(p.name) && placeWordAt(p.name, 0) < p.name.length && p.name[0] !== p.name[1]))) continue;
    const post = FOREIGN_POST_AFTER.exec(text.slice(p.end, p.end + 6))?.[0];
    // (not a post's residence or body, `总统府`, `主席团`, nor one whose name follows it: `总统普京`)
    if (!post || /^[府团国]/.test(text.slice(p.end + post.length)) || cuedName(text, p.end + post.length) !== null) continue;
    p.titles = [{ name: post, start: p.end, end: p.end + post.length }];
    p.rule = 'holds.post-after-name';
  }
}
export type ModelName = ReturnType<typeof modelNames>[number];

/** the group words (rule 2) and the posts after a name (rule 3) titledPersons reads, found in one pass over a sentence */
const CUES_AND_POSTNOMINALS = new WordLists([GROUP_CUES, POSTNOMINAL]);

/** A sentence's group words and posts after a name (CUES_AND_POSTNOMINALS.find of its text): where each stands in it. */
type SentenceCues = { word: string; at: number }[][];

/**
 * Each sentence's SentenceCues, from one pass over the whole text rather than one a sentence: as find gives them
 * for the sentence's text (no word holds a mark a sentence ends at, nor a space, so none runs from one sentence into
 * the next, and each word's occurrences in a sentence are those of the text there, in the same order).
 */
function cuesBySentence(text: string, sents: readonly Sentence[]): SentenceCues[] {
  const lists = CUES_AND_POSTNOMINALS.find(text);
  // (a sentence that holds none shares one entry of empty lists, which titledPersons only reads: most hold none,
  // and three arrays a sentence were ≈ 2 % of what a pass allocates)
  const emptyLists = () => mapArray(lists, () => [] as { word: string; at: number }[]);
  const none = emptyLists();
  const out = mapArray(sents, () => none);
  lists.forEach((list, li) => {
    for (const { word, at } of list) {
      const k = lowerBound(sents, at + 1) - 1;
      if (k < 0 || at + word.length > sents[k]!.end) continue;
      if (out[k] === none) out[k] = emptyLists();
      out[k]![li]!.push({ word, at: at - sents[k]!.start });
    }
  });
  return out;
}
const PERSON_OBJECT_VERB = new Set(PERSON_OBJECT_VERBS);

/** The next post of a chain after a name's post (`总书记、国家主席`, `副总理兼外长`), where a verb or a mark follows it. */
const POST_AFTER_CHAIN = /^(?:、(国家主席|国家副主席|中央军委主席|总书记|总理|委员长|总统|首相)|兼((?:[\u4e00-\u9fff]{0,6}?)(?:外长|部长|大臣|书记|主任|主席|秘书长)))(?=[，。；、指强表说出主在会同共和与对向的]|$)/;

/** A paper or a journal by its name (`欧洲时报`, `求是`): a body whose post may follow its 《》. */
const PUBLICATION_NAME = /(?:报|时报|日报|晚报|杂志|周刊|画报|求是)$/;

/** `由X主持`: a name between 由 and the verb of presiding. */
const PRESIDED_BY = /由([\u4e00-\u9fff]{2,3})(?=主持|主讲)/g;

/** `同X举行会谈`: a name between 同/与 and the talks. */
const TALKS_WITH = /(?<=[\u4e00-\u9fff])[同与]([\u4e00-\u9fff·]{2,8}?)(?=举行了?(?:会谈|会晤))/g;

/** A regnal number right after a monarch's name (lexicon: REGNAL_NUMBER). */
const REGNAL = new RegExp(`^${REGNAL_NUMBER}`);
/** A name with its regnal number, read after a monarch's post. */
const REGNAL_NAME = new RegExp(`^([\\u4e00-\\u9fff·]{2,8}?)${REGNAL_NUMBER}`);

/** A meeting's act right after a name (`辜胜阻作主题发言`, `…主持会议`): the name ends there. */
const NAME_THEN_ACT = /^(?:主持|出席|参加|列席|应邀|发言|讲话|指出|强调|担任|建议(?![书稿])|作了?[^，。；]{0,6}?(?:发言|报告|讲话|说明|汇报)|(?:的)?邀请[，,])/;

/**
 * A list is of one kind: an item of a list of persons that has a name's shape is a name too, though
 * its given name is a word (`，栗战书、汪洋、王沪宁等出席`: 战书). Two other items of the run must be
 * persons read by the rules or the model; the item starts after a mark (or a name read and its 、) and ends at 、.
 */
export function listCompletion(text: string, persons: PersonMention[]): void {
  if (!text.includes('、')) return;
  // (the items are the text's, whatever is read: found once for every pass)
  const items = allMatches(LIST_ITEM, text);
  // (to a fixed point: an item read here makes the one before it an item of a read run —
  // `习近平、李克强、栗战书、…`, where the model reads 李克强 but neither 习近平 nor 栗战书)
  for (let pass = 0; pass < 4; pass++) {
    const at = new Map(persons.map((p) => [p.start, p]));
    const ends = new Set(persons.map((p) => p.end));
    const added: PersonMention[] = [];
    for (const m of items) {
      const start = m.index! + 1;
      const name = m[1];
      // (inside the run, after a name read: `汪洋、栗战书、王沪宁`)
      if (text[m.index!] === '、' && !ends.has(m.index!)) continue;
      // (a preposition opening the clause before a name: `由华天、包英凤…组成的`)
      if (name.length === 3 && /[由在对从把被经据自与同和将]/.test(name[0]) && nameShape(name.slice(1))) continue;
      // (between two read names, a name of three characters whatever its surname: `肖亚庆、怀进鹏、郝鹏等`)
      const between = text[m.index!] === '、';
      // (not a place's name between them: `库布其、贺兰山、乌兰布和`)
      const placeEnd = PLACE_NAME_END.test(name);
      const shaped = nameShape(name) || (between && name.length === 3 && ![...name].some((c) => NOT_IN_NAME.has(c)) && !isCommonWord(name.slice(0, 2)) && !isCommonWord(name.slice(1)) && !placeEnd);
      if (at.has(start) || !shaped || placeWordAt(text, start) >= 2 || isCommonWord(name) || PROVINCE_NAME_SET.has(name)) continue;
      // the persons of the run after it: two items, each a read name bounded by 、 (or its end); one where a read name is before it
      let k = start + name.length;
      let others = 0;
      const needed = between && !placeEnd ? 1 : 2;
      while (others < needed && text[k] === '、') {
        const p = at.get(k + 1);
        if (!p || !/^[、等和及]/.test(text[p.end] ?? '')) break;
        others++;
        k = p.end;
      }
      if (others === needed) added.push({ type: 'Person', name, start, end: start + name.length, titles: [] });
    }
    // the run's last item, after a name read and its 、, before the list's verb (`陈全国、尤权陪同调研`)
    // (or after 和/及 that ends a run of 、: `…、姜信治和苗华出席大会`)
    for (const p of persons) {
      if (!(text[p.end] === '、' || ((text[p.end] === '和' || text[p.end] === '及') && text[p.start - 1] === '、')) || at.has(p.end + 1)) continue;
      // (or before a comma and the groups that attend with the run: `丁薛祥、尤权，各民主党派中央…负责人参加活动`)
      const len = [3, 2].find((n) => (LAST_ITEM_AFTER.test(text.slice(p.end + 1 + n, p.end + 3 + n)) || (text[p.end + 1 + n] === '，' && GROUPS_THEN_VERB.test(text.slice(p.end + 2 + n, p.end + 82 + n)))) && nameShape(text.slice(p.end + 1, p.end + 1 + n)));
      if (!len) continue;
      const name = text.slice(p.end + 1, p.end + 1 + len);
      if (placeWordAt(text, p.end + 1) >= 2 || isCommonWord(name) || isCommonWord(name.slice(0, 2)) || PROVINCE_NAME_SET.has(name) || added.some((x) => x.start === p.end + 1)) continue;
      added.push({ type: 'Person', name, start: p.end + 1, end: p.end + 1 + len, titles: [] });
    }
    if (added.length === 0) return;
    persons.push(...added);
    persons.sort((a, b2) => a.start - b2.start);
  }
}

/** The last character of a place's name (`贺兰山`, `临江县`): no item of a run of persons by one name read before and one after. */
const PLACE_NAME_END = /[山河湖江海岛岭峰县市区州镇乡村湾港关桥路街园寺庙塔城省]$/;

/** A post, then 为 or 还有： and the names that hold it to the sentence's end (`大会主席团常务主席为A、B`): groups 1 post, 3 names. */
const POST_THEN_NAMES = /(?:^|[，。；])([^，。；：、为]{2,24}?)(为|还有[：:]|是[：:])((?:[\u4e00-\u9fff·]{2,10}、)*[\u4e00-\u9fff·]{2,10})(?=[。；]|$)/g;
const POST_THEN_NAMES_CUE = /为|还有[：:]|是[：:]/;

/** What says a sentence is of Hong Kong or Macao, where married women write two surnames (`香港特区行政长官林郑月娥`). */
const HK_CUE = /香港|港澳|特区|澳门|政务司|律政司|财政司|立法会|行政长官/;

/** A closing line of names and the act alone (`丁仲礼参加会见。`, `王毅、何立峰参加上述活动。`): group 1 the names. */
const CLOSING_LINE = /^((?:[\u4e00-\u9fff·]{2,8}、){0,8}[\u4e00-\u9fff·]{2,8}?)(?:等)?(?:参加会见|参加会谈|陪同会见|参加上述活动|参加活动|参加会见会谈|陪同|参加)[。！]?$/;

/**
 * A wire flash's subject named alone, opening its clause before the way a leader travels (`9月27日上午，习近平乘车前往…`): a name
 * of two or three characters (group 1). Not before `在…考察`: groups, bodies and counties open such clauses too (`师生在临江
 *开展社会实践调研`, `于都在全县开展大调研活动`).
 */
const TRIP_SUBJECT = /(?<=^|[，。；：\s]|[日午晚])([\u4e00-\u9fff]{2,3})(?=乘车前往|乘机抵达|乘专机抵达|乘车来到)/g;

/** `在省部级劳模惠国新家`, `困难群众高家富家中`: one called on at home, after what he is (group 1). */
const AT_HOME = new RegExp(`(?:${VISITED_AT_HOME.join('|')})([\\u4e00-\\u9fff]{2,3}?)(?=家中|家里|家[，。；,])`, 'g');

/** `…参加审议，姒健敏主持。`: after a clause of those who attend, the one who presides, named alone (group 1). */
const PRESIDES_AFTER_ATTENDING = /(?<=(?:参加|出席|列席)[^，。；]{0,8})[，；](?!由)([\u4e00-\u9fff]{2,3})主持(?=[。；，]|$)/g;

/** After a list of persons and a comma, the groups that attend with it and the list's verb (`各民主党派中央、…有关负责人，…负责同志参加`). */
const GROUPS_THEN_VERB = /^[^。；]{0,80}?(?:负责人|负责同志|领导同志|代表)[，、]?[^。；，]{0,8}?(?:陪同|出席|参加|列席)/;

/** What follows a list of persons' last item: the list's verb. */
const LAST_ITEM_AFTER = /^(?:陪同|出席|参加|列席)/;

/** A list's item after a clause mark or a 、: two or three characters before its 、. */
const LIST_ITEM = /[，：；。\s、]([\u4e00-\u9fff]{2,3})(?=、)/g;

/** No person is named as a province is. */
const PROVINCE_NAME_SET = new Set(PROVINCE_NAMES);

/** No mark in [from, to) of `marks`. */
function allClear(marks: Uint8Array, from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (marks[x] !== 0) return false;
  return true;
}

/** A zeroed mark per character of a text, reused from article to article (no allocation per article). */
const TAKEN = new ScratchMarks();

/**
 * Every start of each name in the text, in order (overlapping ones too), in one pass over the
 * text: a search of the whole text for each name was quadratic on a long text of many names
 * (5,000 names of one 167,617-character text: a tenth of a second).
 */
function startsOf(text: string, names: Iterable<string>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  // (the few names of an article's text: indexOf, which skips what cannot start one far faster than a step a character)
  const list = [...names];
  if (list.length <= 32) {
    for (const name of list) {
      const at: number[] = [];
      for (let k = name ? text.indexOf(name) : -1; k >= 0; k = text.indexOf(name, k + 1)) at.push(k);
      out.set(name, at);
    }
    return out;
  }
  const byFirst = new Map<number, string[]>();
  for (const name of list) {
    out.set(name, []);
    const c = name.charCodeAt(0);
    const same = byFirst.get(c);
    if (same) same.push(name);
    else byFirst.set(c, [name]);
  }
  for (let i = 0; i < text.length; i++) {
    const candidates = byFirst.get(text.charCodeAt(i));
    if (candidates) for (const name of candidates) if (text.startsWith(name, i)) out.get(name)!.push(i);
  }
  return out;
}

/** A post after a counted list: `沈德咏、欧阳明高、…、孙谦等6位常委作大会发言`. */
const COUNTED = /等[\d一二三四五六七八九十]+[位名]/;
const COUNTED_POST = new RegExp(`等([\\d一二三四五六七八九十]+)[位名](${TITLE_HEAD_RE.source})`, 'g');

/**
 * Each name of a list closed by `等N位<post>` holds the post, when the list has exactly N names
 * (the count says the list is whole and only of them).
 */
function postAfterList(text: string, persons: PersonMention[]): void {
  if (!COUNTED.test(text)) return;
  for (const m of allMatches(COUNTED_POST, text)) {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : cnNumber(m[1]);
    const list: PersonMention[] = [];
    let end = m.index!;
    for (let k = persons.length - 1; k >= 0; k--) {
      const p = persons[k];
      if (p.end > end) continue;
      if (p.end !== end) break;
      list.unshift(p);
      if (text[p.start - 1] !== '、') break;
      end = p.start - 1;
    }
    if (list.length !== n) continue;
    const at = m.index! + m[0].length - m[2].length;
    for (const p of list) {
      if (p.titles.length === 0) p.rule = 'holds.post-after-list';
      p.titles.push({ name: m[2], start: at, end: at + m[2].length });
    }
  }
}

/** The names of a list after a session's post and 是 hold that post (`会议执行主席是A、B、C`; a presidium's posts given with 为 are appointments). */
function postIsList(text: string, persons: PersonMention[]): void {
  if (!text.includes('主席')) return;
  for (const m of allMatches(SESSION_CHAIRS_ARE, text)) {
    for (const p of namesListedFrom(persons, m.index! + m[0].length, text, 0)) {
      if (p.titles.some((t) => t.name === m[1])) continue;
      if (p.titles.length === 0) p.rule = 'holds.post-is-list';
      p.titles.push({ name: m[1]!, start: m.index!, end: m.index! + m[1]!.length });
    }
  }
}

/**
 * A Hong Kong married woman's name that a space splits after her two surnames, as People's Daily's typesetting
 * does (`政务司司长陈方 安生`, `梁刘 柔芬女士`): one person, named without the space (extraction.md: names hold
 * none). Joined where a post stands before it or 女士/夫人 after, then wherever the article writes the same.
 */
function joinSpacedDoubleSurnames(text: string, persons: PersonMention[]): void {
  // (the given name after the space, read as a person or not)
  const joined = new Map<string, readonly [string, string]>();
  for (const a of persons) {
    if (a.name.length !== 2 || !SURNAMES_1.has(a.name[0]!) || !SURNAMES_1.has(a.name[1]!) || isCommonWord(a.name)) continue;
    const given = /^[ \u3000]([\u4e00-\u9fff]{2})/.exec(text.slice(a.end, a.end + 3));
    if (!given || [...given[1]!].some((c) => NOT_IN_NAME.has(c))) continue;
    // (in a text of Hong Kong or Macao, and no post right after: `市委书记王林 周海陪同`, `乔石 朱镕基总理` are two people)
    if (!HK_CUE.test(text) || TITLE_HEAD_AT.test(text.slice(a.end + 3, a.end + 9)) || TITLE_HEAD_AT.test(text.slice(a.end + 4, a.end + 10))) continue;
    if (a.titles.length > 0 || /^(?:女士|夫人)/.test(text.slice(a.end + 3, a.end + 5))) joined.set(a.name + given[1], [a.name, given[1]!]);
  }
  for (const [name, [first, second]] of joined) {
    for (const sep of [' ', '\u3000']) {
      const written = first + sep + second;
      for (let at = text.indexOf(written); at !== -1; at = text.indexOf(written, at + 1)) {
        const end = at + written.length;
        const inside = persons.filter((p) => p.start >= at && p.end <= end);
        persons.splice(0, persons.length, ...persons.filter((p) => !inside.includes(p)), { type: 'Person', name, start: at, end, titles: inside.flatMap((p) => p.titles), ...(inside[0]?.rule ? { rule: inside[0].rule } : {}) });
      }
    }
  }
  if (joined.size) persons.sort((a, b2) => a.start - b2.start);
}

/** A word of the genre of two characters or more that opens `name` (宣布, 表示, 会见), or a country's name: none. */
const genreWord = (name: string): boolean => (AFTER_NAME.exec(name)?.[0].length ?? 0) >= 2 || COUNTRY_NAMES.has(name);

/** AUTHOR_NOTE_SOURCE closing the text. */
const AUTHOR_NOTE_END = new RegExp(`${AUTHOR_NOTE_SOURCE}\\s*$`);

/**
 * The author of a signed piece holds the posts its closing note gives (`（作者为林业部综合计划司副司长）`): the one
 * person named alone on a line of the text (its signature), the note the evidence. None where no one or several sign.
 */
export function addAuthorPosts(b: Builder, text: string, sents: Sentence[], persons: PersonMention[], date: string | null): void {
  const note = text.includes('作者') ? AUTHOR_NOTE_END.exec(text) : null;
  if (!note) return;
  const signed = new Set(persons.filter((p) => {
    if (p.start < 0) return false;
    const from = text.lastIndexOf('\n', p.start - 1) + 1;
    const to = text.indexOf('\n', p.end);
    return text.slice(from, to < 0 ? text.length : to).trim() === p.name;
  }).map((p) => p.name));
  // (or a name's shape alone on a line that no rule read, the signature having no cue: `纪力清`)
  if (signed.size === 0) for (const line of text.split('\n')) if (/^[\u4e00-\u9fff]{2,3}$/.test(line.trim()) && nameShape(line.trim())) signed.add(line.trim());
  const s = sentenceAt(sents, note.index);
  if (signed.size !== 1 || !s) return;
  const pe = b.entity('Person', [...signed][0]!);
  // (the posts of different bodies a comma parts, each a chain of its own: `（作者系原冀中回民支队政委，中国人民解放军空军原副政委）`)
  let at = note.index + note[0].indexOf(note[1]!);
  for (const part of note[1]!.split(/[，,]/)) {
    // (现任 is no part of the post; a count names a kind of person, no post: `作者是一位退休教师`)
    const held = part.replace(/^(?:现任|现为)/, '');
    if (!/^[一两几][位名个]/.test(held)) for (const t of postChain(held, at + part.length - held.length)) b.relate('HOLDS', pe, b.entity('Title', t.name), s, 'holds.author-note', { date });
    at += part.length + 1;
  }
}

/** Persons as entities, with HOLDS for their posts; headline names the body does not repeat. */
export function addPersons(b: Builder, article: SegmentedArticle, sents: Sentence[], persons: PersonMention[], model: ModelName[], reporters: Set<string>): void {
  // (a headline's names run together, the space between them lost, are the two the body names: `李希马兴瑞会见林郑月娥`)
  const runTogether = (name: string) => persons.some((p) => name.startsWith(p.name) && persons.some((q) => q.name === name.slice(p.name.length)));
  // (nor a word of the genre read after a post, `以色列外长宣布辞职`: 宣布 is what the minister did)
  // (nor a part of a name the body writes with a space inside, `陈方 安生`, joined: the headline's is the same split)
  const spaced = (name: string) => persons.some((p) => p.name.length === 4 && (p.name.startsWith(name) || p.name.endsWith(name)) && /[ \u3000]/.test(article.text.slice(p.start, p.end)));
  for (const n of model) if (n.start < 0 && !reporters.has(n.name) && !persons.some((p) => p.name === n.name || p.name.endsWith(`·${n.name}`) || p.name.startsWith(`${n.name}·`)) && !runTogether(n.name) && !genreWord(n.name) && !spaced(n.name)) b.entity('Person', n.name);
  for (const p of persons) {
    if (reporters.has(p.name) && p.titles.length === 0) continue;
    const pe = b.entity('Person', p.name);
    const s = sentenceAt(sents, p.start);
    for (const t of p.titles) {
      const te = b.entity('Title', t.name);
      if (s) b.relate('HOLDS', pe, te, s, p.rule ?? 'holds.post-before-name', { date: article.date });
    }
  }
  headlinePosts(b, article, sents, persons);
}

/** A headline's verb or praise before a post: a letter (`致…副院长X`), a visit (`访…校长X`), a statement (`…就…众议长X`), an honour (`好法官X`). */
const HEADLINE_NO_POST = /^(?:致|访|记|忆|贺|悼|好)|就/;

/**
 * A post the headline gives a person the body names (`王建功当选黑龙江省人大主任` over `选举王建功为省人大常委会主任`):
 * the headline's form is a post as written too. The evidence is the body's sentence that names him first
 * (a relation cites the article's text, which the headline is not part of).
 */
function headlinePosts(b: Builder, article: SegmentedArticle, sents: Sentence[], persons: PersonMention[]): void {
  for (const line of [article.title, article.subtitle ?? '']) {
    if (!line) continue;
    for (const h of titledPersons(line, 0)) {
      const first = persons.find((p) => p.name === h.name);
      const s = first && sentenceAt(sents, first.start);
      if (!s) continue;
      const pe = b.entity('Person', h.name);
      for (const t of h.titles) if (!HEADLINE_NO_POST.test(t.name)) b.relate('HOLDS', pe, b.entity('Title', t.name), s, 'holds.headline', { date: article.date });
    }
  }
}

// ------------------------------------------------------------------ persons

/** TITLE_HEAD_RE as a scan (made once: a new RegExp of its source per sentence cost 7 % of extraction); titledPersons alone uses it. */
const TITLE_HEAD_SCAN = new WordScan(TITLE_HEADS, TITLE_HEAD_RE.source);

/** Persons named with a post, a group word or a post after the name, in one sentence. */
/**
 * Rule 4 of titledPersons: those appointed (`增选X为…副主席`, `任命X为…局长`), dismissed (`免去X的…职务`), named
 * in an appointment notice (`X同志任…`) or elected (`X当选…`), into `out`. A function of its own: its cues
 * stand in few sentences, and V8 optimizes a function the later the larger it is — titledPersons, run
 * on every sentence, was still unoptimized in the second pass over 3,148 articles with these in it.
 */
function appointments(s: string, offset: number, out: PersonMention[]): void {
  if (!APPOINTMENT_WORDS.test(s)) return;
  const taken = (i: number) => out.some((p) => p.start - offset <= i && i < p.end - offset);
  // appointed as: 增选X为…副主席, 增补A和B为…, 任命X为…局长; the clauses after it that
  // name more of the same vote (`选举X为省长，A、B、C为副省长`), and `当选为…的还有A、B`
  // (a name read already as this same name may be named again with another post: `增补A、B为委员；增补A为…副主任`)
  const takenByOther = (i: number, name: string) => taken(i) && !out.some((p) => p.start - offset === i && p.name === name);
  // (the verb before the post at `titleAt`: 为, or 担任)
  const verbLength = (titleAt: number): number => (s.startsWith('担任', titleAt - 2) ? 2 : 1);
  const appointed = (from: number, titleAt: number, title: string): boolean => {
    // (a nationality before the one elected is none of his name: `选举德国人冯德莱恩为…主席`)
    const nationality = NATIONALITY_BEFORE.exec(s.slice(from, titleAt))?.[0].length ?? 0;
    const to = titleAt - verbLength(titleAt);
    // (and 同志 after the name, before the verb: `选举刘劲根同志为三市镇人民政府副镇长`)
    const names = namesUpTo(s, from, to, takenByOther, out) ?? (nationality ? namesUpTo(s, from + nationality, to, takenByOther, out) : null) ?? (s.startsWith('同志', to - 2) ? namesUpTo(s, from, to - 2, takenByOther, out) : null);
    if (!names) return false;
    const titles = postChain(title, titleAt + offset);
    if (!titles.length) return false;
    for (const [name, k] of names) out.push(appointedPerson(name, k + offset, [...titles]));
    return true;
  };
  if (APPOINTED_CUE.test(s)) for (const m of allMatches(APPOINTED, s)) {
    const title = m[2];
    if (!TITLE_HEAD_END.test(title)) continue;
    // (a note may follow the post: `为省长（土家族），A、B为副省长`)
    const titleAt = m.index! + m[0].length - m[3].length - title.length;
    if (!appointed(titleAt - verbLength(titleAt) - m[1].length, titleAt, title)) continue;
    for (let end = m.index! + m[0].length; s[end] === '，' || s[end] === '；'; ) {
      // (a clause may open with the verb again: `；选举A为自治区主席，B、C为副主席`)
      const from = end + 1 + (APPOINTED_AGAIN.exec(s.slice(end + 1))?.[0].length ?? 0);
      const more = APPOINTED_MORE.exec(s.slice(from));
      if (!more || !TITLE_HEAD_END.test(more[2])) break;
      const moreTitleAt = from + more[0].length - more[3].length - more[2].length;
      if (!appointed(from, moreTitleAt, more[2])) break;
      end = moreTitleAt + more[2].length + more[3].length;
    }
  }
  // a decision's line naming its appointees alone, under 决定： (`张又侠、何卫东为中华人民共和国中央军事委员会副主席；`)
  // (every such line holds 为: a sentence without one is not scanned)
  const listed = s.includes('为') ? LISTED_APPOINTMENT.exec(s) : null;
  // (not one with a verb of its own, which the rules around read: `贾祥当选为…主席`)
  if (listed && TITLE_HEAD_END.test(listed[2]!) && !APPOINTED_CUE.test(listed[1]!) && !/当选|被/.test(listed[1]!) && !taken(0)) appointed(0, listed[1]!.length + 1, listed[2]!);
  /** The one named between `from` and 为 at `verbAt` holds `post`: read by the scan with a post before or after him, else by name alone. */
  const headedBy = (from: number, verbAt: number, post: PersonMention['titles'][number]): void => {
    const named = out.find((p) => p.start - offset >= from && (p.end - offset === verbAt || p.titles.some((t) => t.end - offset === verbAt && t.start >= p.end)));
    if (named) {
      out.push(appointedPerson(named.name, named.start, [post]));
      return;
    }
    // (a name with his post after it, read by the scan later: `以王明副书记为团长`)
    // (the span the post bounds is the name, whatever a reading of the text after it would run on to: `杨迁|副省长`)
    const after = POSTNOMINAL_BY_LENGTH.find((p) => s.startsWith(p, verbAt - p.length) && verbAt - p.length - from >= 2);
    const bounded = after ? s.slice(from, verbAt - after.length) : '';
    const read = namesUpTo(s, from, verbAt, takenByOther, out);
    // (a kind of work is no name: `以林业局长为组长`)
    const byPost = !read && after && bounded.length <= 4 && nameShape(bounded) && !isCommonWord(bounded) && !takenByOther(from, bounded);
    // (he holds the post after his name too, as rule 3 would read it: `许永跃副书记` → 副书记)
    if (byPost) out.push({ type: 'Person', name: bounded, start: from + offset, end: from + bounded.length + offset, titles: [{ name: after, start: verbAt - after.length + offset, end: verbAt + offset }], rule: 'holds.post-after-name' });
    const names = read ?? (byPost ? [[bounded, from] as [string, number]] : null);
    if (names?.length === 1) out.push(appointedPerson(names[0]![0], names[0]![1] + offset, [post]));
  };
  // a delegation's head named in the phrase that introduces it (`以会长王明为团长的…访华团`, `以王明为团长的代表团`):
  // the name right before 为 holds 团长 (or 组长, 队长 …); one read with a post before it keeps it
  if (HEADED_BY_CUE.test(s)) for (const m of allMatches(HEADED_BY, s)) {
    const verbAt = m.index! + m[0].length - m[2].length - 1;
    const post = { name: m[2], start: verbAt + 1 + offset, end: verbAt + 1 + m[2].length + offset };
    headedBy(m.index! + 1, verbAt, post);
    // (and the deputies after it: `以A副书记为团长、B副省长为副团长的…`)
    for (let at = m.index! + m[0].length, more = HEADED_MORE.exec(s.slice(at)); more; at += more[0].length, more = HEADED_MORE.exec(s.slice(at))) {
      const moreVerb = at + more[0].length - more[1]!.length - 1;
      headedBy(at + 1, moreVerb, { name: more[1]!, start: moreVerb + 1 + offset, end: moreVerb + 1 + more[1]!.length + offset });
    }
  }
  // `大会主席团常务主席为A、B、C`, `大会的执行主席还有：A、B`: a post the names after it hold, each (a list of names to the
  // sentence's end, nothing else)
  if (POST_THEN_NAMES_CUE.test(s)) for (const m of allMatches(POST_THEN_NAMES, s)) {
    const post = m[1]!.replace(/^(?:\d{1,2}日)?(?:大会|会议)的/, '');
    if (!TITLE_HEAD_END.test(post) || TITLE_HEAD_RE.test(m[3]!.slice(0, 2))) continue;
    const from = m.index! + m[0].length - m[3]!.length;
    const names = namesUpTo(s, from, from + m[3]!.length, takenByOther, out);
    const postAt = m.index! + m[0].indexOf(m[1]!) + (m[1]!.length - post.length);
    if (names && names.length >= 1) for (const [name, k] of names) out.push(appointedPerson(name, k + offset, [{ name: post, start: postAt + offset, end: postAt + post.length + offset }]));
  }
  // `决定免去苗圩的工业和信息化部部长职务`: one dismissed is a person of the article, and the text gives him the post he is
  // dismissed from (HOLDS as of the article's date, as the gold of every round has it), each of a chain
  // (`免去高憬宏的最高人民法院副院长、审判委员会委员、审判员职务`)
  if (s.includes('免去')) for (const m of allMatches(DISMISSED, s)) {
    const i = m.index! + 2;
    // (a rare surname too: the cue is strong, `免去雒树刚的…职务`)
    if (taken(i) || !(nameShape(m[1]) || TRANSLIT_WHOLE.test(m[1]) || (m[1].length <= 3 && ![...m[1]].some((c) => NOT_IN_NAME.has(c)))) || isCommonWord(m[1])) continue;
    const postAt = m.index! + m[0].length - 2 - m[2]!.length;
    const titles = TITLE_HEAD_END.test(m[2]!) ? postChain(m[2]!, postAt + offset) : [];
    out.push(titles.length ? appointedPerson(m[1], i + offset, titles) : { type: 'Person', name: m[1], start: i + offset, end: i + m[1].length + offset, titles: [] });
  }
  // `彭清华同志任四川省委委员、常委、书记，不再担任…`: an appointment notice
  if (s.includes('同志')) for (const m of allMatches(NOTICE_APPOINTED, s)) {
    const at = m.index! + m[0].indexOf(m[1]);
    if (cuedName(s, at) !== m[1] || taken(at)) continue;
    const titles = postChain(m[2], m.index! + m[0].length - m[2].length + offset);
    if (titles.length) out.push(appointedPerson(m[1], at + offset, titles));
  }
  // `高苕华任副主席`, `多迪克出任政府总理`: one named at a clause's start who takes a post (not one held before: 曾任, 历任)
  if (TAKES_POST_CUE.test(s)) for (const m of allMatches(TAKES_POST, s)) {
    const at = m.index! + m[0].indexOf(m[1]);
    if (!uncuedName(m[1])) continue;
    if (takenByOther(at, m[1]) || !TITLE_HEAD_END.test(m[2])) continue;
    // (a country is no one, nor is one elected in the post: `纳米比亚现任副总统恩代特瓦当选总统` is the post, the name, 当选)
    if (placeWordAt(s, at) >= m[1].length || m[2].includes('当选')) continue;
    // (the terms held are no part of the post: `连任两届村党支部书记`)
    const terms = /^[一二三四五六七八九十两几\d]+届/.exec(m[2])?.[0] ?? '';
    // (a post of a period gone by: `一九九二至一九九七年间，塞维里诺任…副部长`)
    if (PAST_PERIOD_BEFORE.test(s.slice(Math.max(0, at - 8), at))) continue;
    const titles = postChain(m[2].slice(terms.length), m.index! + m[0].length - m[2].length + terms.length + offset);
    if (titles.length) out.push(appointedPerson(m[1], at + offset, titles));
  }
  // a portrait's copula: `刘庆是江苏省产业技术研究院院长，` (the post runs to the clause's end; not one of a kind or a count,
  // `是一名老党员`, nor a post of someone else's, `是市长的秘书`)
  // (or one read before 是 with a post of his own: `全国人大代表刘庆是…院长`)
  if (s.includes('是') && IS_POST_CUE.test(s)) for (const m of allMatches(IS_POST, s)) {
    // (the name ends before an adverb of now, the post starts after 是: `王明现在是…县长`)
    const nameEnd = m.index! + m[0].indexOf(m[1]!) + m[1]!.length;
    const postAt = m.index! + m[0].length - m[2]!.length;
    // (not a question, a denial or a post held before: `是否担任`, `是不是`, `曾是`, `原是`)
    if (/^(?:否|不|非)/.test(m[2]!) || PAST_BEFORE_COPULA.test(m[1]!)) continue;
    const named = out.find((p) => p.end - offset === nameEnd && p.start - offset >= m.index!);
    // (a name after a capacity the scan reads no post in: `全国人大代表刘庆是…`)
    const tail = named ? 0 : ([3, 2].find((n) => m[1]!.length > n + 1 && /(?:代表|委员)$/.test(m[1]!.slice(0, -n)) && uncuedName(m[1]!.slice(-n))) ?? 0);
    const name = named?.name ?? (tail ? m[1]!.slice(-tail) : m[1]!);
    const at = named ? named.start - offset : nameEnd - name.length;
    if ((!named && (!uncuedName(name) || takenByOther(at, name))) || !TITLE_HEAD_END.test(m[2]!) || /[这该那此]|[一两几每\d][位名个]|^[他她]/.test(m[2]!)) continue;
    const titles = postChain(m[2]!, postAt + offset);
    if (titles.length) out.push(appointedPerson(name, at + offset, titles));
  }
  // the post one holds now, said before his name (`现任东升居委会副主任的郭瑞容说`, `现为音乐学院教授的周小燕`)
  // (and the post one held then, in a look back: `时任福建省省长的习近平` → 时任福建省省长)
  if (HOLDS_NOW_CUE.test(s)) for (const m of allMatches(HOLDS_NOW_BEFORE_NAME, s)) {
    const at = m.index! + m[0].length;
    const name = cuedName(s, at);
    if (!name || !TITLE_HEAD_END.test(m[1]!) || /[这该那此]/.test(m[1]!) || takenByOther(at, name)) continue;
    // (a post held then keeps its 时任, as a former post keeps its 原 or 前: the graph dates a post by the article)
    const then = m[0].startsWith('时');
    const titles = postChain(then ? m[0].slice(0, -1) : m[1]!, m.index! + (then ? 0 : 2) + offset);
    if (titles.length) out.push(appointedPerson(name, at + offset, titles));
  }
  // one elected or appointed in the passive (`白滨一良被选为代表`, `刘海被任命为…副总队长`), or who resigns a post
  // (`接受宋光宝因任职年龄到限辞去…主任委员职务`): the post is his as of the article, as a dismissal's is
  if (PASSIVE_OR_RESIGNS_CUE.test(s)) for (const m of [...allMatches(PASSIVE_APPOINTED, s), ...allMatches(RESIGNS_POST, s)]) {
    const at = m.index! + m[0].indexOf(m[1]!);
    // (a post named by pointing, `被聘为这所学校的校长`, is no post's name)
    if (!uncuedName(m[1]!) || takenByOther(at, m[1]!) || !TITLE_HEAD_END.test(m[2]!) || /[这该那此]/.test(m[2]!)) continue;
    const titles = postChain(m[2]!, m.index! + m[0].lastIndexOf(m[2]!) + offset);
    // (a rank after the name is his post too: `吴东教授被聘为学院院长`)
    const rank = /^(?:教授|博士)/.exec(s.slice(at + m[1]!.length))?.[0];
    if (rank && titles.length) titles.unshift({ name: rank, start: at + m[1]!.length + offset, end: at + m[1]!.length + rank.length + offset });
    if (titles.length) out.push(appointedPerson(m[1]!, at + offset, titles));
  }
  // a group's posts given to comrades (`由王明同志担任组长，刘海同志、李华同志担任副组长`): each name before 同志
  if (COMRADES_CUE.test(s)) for (const m of allMatches(COMRADES_TAKE_POST, s)) {
    if (!TITLE_HEAD_END.test(m[2]!)) continue;
    const titles = postChain(m[2]!, m.index! + m[0].length - m[2]!.length + offset);
    let at = m.index! + m[0].indexOf(m[1]!);
    for (const name of m[1]!.split('同志、')) {
      if (titles.length && uncuedName(name) && !takenByOther(at, name)) out.push(appointedPerson(name, at + offset, titles));
      at += name.length + 3;
    }
  }
  // `谢世杰当选中共四川省委书记`, and two run together in a headline: `王建功当选黑龙江省人大主任田凤山当选黑龙江省省长`
  for (let k0 = s.indexOf('当选'); k0 !== -1; k0 = s.indexOf('当选', k0 + 2)) {
    // the name ends at 当选 and starts after a break or a post (not a place: 韩国|当选总统)
    // (or before the session it is elected at: `任殿喜在政协沈阳市十一届一次会议上当选为市政协主席`)
    const at = /在[^，。；在]{4,40}?(?:会议?|大会|全会)上$/.exec(s.slice(Math.max(0, k0 - 45), k0));
    // (and 同志, or how the vote went, between the name and 当选: `卓君华同志当选…`, `何耀华全票当选为…`)
    const k1 = at ? k0 - at[0].length : k0;
    const k = k1 - (ELECTED_MANNER.exec(s.slice(Math.max(0, k1 - 6), k1))?.[0].length ?? 0);
    // (a transliterated name runs to a break: `阿木冬·尼牙孜当选…`)
    const dotted = /(?:^|[，。；：、\s])([\u3400-\u9fff]{2,8}(?:·[\u3400-\u9fff]{2,10}?)+)(同志)?$/.exec(s.slice(Math.max(0, k - 40), k));
    // (no common noun of two characters: `全票当选`)
    const len = dotted ? dotted[0].length - (PUNCT.test(dotted[0][0]) ? 1 : 0) : [4, 3, 2].find((n) => k - n >= 0 && placeWordAt(s, k - n) < n && (cuedName(s, k - n) === s.slice(k - n, k) || (k < k1 && nameShape(s.slice(k - n, k)))) && !(n === 2 && isCommonNoun(s.slice(k - n, k))) && (k - n === 0 || PUNCT.test(s[k - n - 1]) || TITLE_HEAD_END.test(s.slice(0, k - n))));
    // (or one read already with a post before his name, elected to another: `几内亚比绍总统恩巴洛当选西共体主席`)
    const named = out.find((p) => p.end - offset === k && p.titles.length > 0 && k - (p.start - offset) <= 12);
    if (!named && (len === undefined || taken(k - len))) continue;
    const name = named ? named.name : dotted ? dotted[1] : s.slice(k - len!, k);
    const nameAt = named ? named.start - offset : k - len!;
    const from = k0 + (s[k0 + 2] === '为' ? 3 : 2);
    for (let end = from + 2; end <= Math.min(s.length, from + 24) && !PUNCT.test(s[end - 1]); end++) {
      const post = s.slice(from, end);
      const next = s.slice(end);
      if (!TITLE_HEAD_END.test(post) || !(next === '' || PUNCT.test(next[0]) || /^[\u3400-\u9fff·]{2,4}当选/.test(next))) continue;
      // (two posts a headline runs together are two: `习近平全票当选国家主席中央军委主席`)
      const cut = [...Array(Math.max(0, post.length - 7)).keys()].map((j) => j + 4).find((j) => TITLE_HEAD_END.test(post.slice(0, j)) && TITLE_HEAD_END.test(post.slice(j)) && LEVEL_OPENS_POST.test(post.slice(j)));
      out.push(appointedPerson(name, nameAt + offset, cut === undefined ? [{ name: post, start: from + offset, end: end + offset }] : [{ name: post.slice(0, cut), start: from + offset, end: from + cut + offset }, { name: post.slice(cut), start: from + cut + offset, end: end + offset }]));
      // (the names listed before it are elected to the same: `王国强、朱延俊、张茂君当选为副主任委员`)
      for (let j = nameAt; s[j - 1] === '、'; ) {
        const n = [3, 2].find((l) => j - 1 - l >= 0 && cuedName(s, j - 1 - l) === s.slice(j - 1 - l, j - 1) && (j - 1 - l === 0 || PUNCT.test(s[j - 2 - l]!)));
        if (n === undefined || taken(j - 1 - n)) break;
        j -= n + 1;
        out.push(appointedPerson(s.slice(j, j + n), j + offset, [{ name: post, start: from + offset, end: end + offset }]));
      }
      break;
    }
  }
  // one read already with a post before his name who takes another (`联盟党党首A出任副总理兼基础设施部长`,
  // `吉兰丹州苏丹B13日宣誓就任该国第15任最高元首`): the post runs to the clause's end, as TAKES_POST's (主任 and 第15任 hold 任)
  if (TAKES_ANOTHER_CUE.test(s)) for (const m of allMatches(TAKES_ANOTHER, s)) {
    const verbAt = m.index!;
    const named = out.find((p) => p.end - offset === verbAt && p.titles.length > 0);
    if (!named || out.some((p) => p.name === named.name && p.titles.some((t) => t.start - offset === verbAt + m[0].length - m[2]!.length))) continue;
    if (!TITLE_HEAD_END.test(m[2]!)) continue;
    const titles = postChain(m[2]!, verbAt + m[0].length - m[2]!.length + offset);
    if (titles.length) out.push(appointedPerson(named.name, named.start, titles));
  }
  // one congratulated on his election or on taking office, by a pronoun (`致电约瑟夫·拜登，祝贺他当选美国总统`): the post is his
  if (s.includes('祝贺')) for (const m of allMatches(CONGRATULATED_ON, s)) {
    // (the one the message went to, named right before the comma: read already, or a dotted name, or a name the model reads)
    const before = s.slice(Math.max(0, m.index! - 40), m.index!);
    if (!MESSAGE_SENT_IN.test(before) || !TITLE_HEAD_END.test(m[1]!)) continue;
    const named = out.find((p) => p.end - offset === m.index!);
    const dotted = named ? null : DOTTED_ADDRESSEE.exec(before)?.[1];
    const bare = named || dotted ? undefined : [3, 2].map((n) => s.slice(m.index! - n, m.index!)).find((n) => MESSAGE_SENT_END.test(s.slice(0, m.index! - n.length)) && cuedName(s, m.index! - n.length) === n);
    const name = named?.name ?? dotted ?? bare;
    if (!name) continue;
    const titles = postChain(m[1]!, m.index! + m[0].length - m[1]!.length + offset);
    if (titles.length) out.push(appointedPerson(name, named?.start ?? m.index! - name.length + offset, titles));
  }
  if (s.includes('当选')) for (const m of allMatches(ELECTED_ALSO, s)) {
    if (!TITLE_HEAD_END.test(m[1])) continue;
    const end = /[。；]/.exec(s.slice(m.index! + m[0].length));
    const to = end ? m.index! + m[0].length + end.index : s.length;
    const names = namesUpTo(s, m.index! + m[0].length, to, takenByOther);
    const titleAt = m.index! + m[0].indexOf(m[1]);
    if (names) for (const [name, k] of names) out.push(appointedPerson(name, k + offset, [{ name: m[1], start: titleAt + offset, end: titleAt + m[1].length + offset }]));
  }
}

/** Posts after a name, the longest first (`副书记` before `书记`). */
const POSTNOMINAL_BY_LENGTH = [...POSTNOMINAL].sort((a, b) => b.length - a.length);
/** A deputy head named after the head, up to the next 为 (`、B副省长为副团长`). */
const HEADED_MORE = /^、[^，。；：“”、]{2,20}?为((?:副)?(?:团长|组长|队长))/;
/** 由 after a post, up to the verb that gives it (`由|王明|担任`, `由|司法部部长刘海|兼任`). */
const POST_GIVEN_BY = /^由[^，。；：]{2,30}?(?:同志)?((?:轮流|共同|分别|临时)?(?:担任|兼任|出任))/;
/** `以…为团长的` (the head of the group the phrase opens), and 组长, 队长, 首席代表 and their deputies. */
const HEADED_BY = /以([^，。；：“”]{2,40}?)为((?:副)?(?:团长|组长|队长)|首席代表)(?=的|、)/g;
/**
 * Whether a sentence holds 为团长, 为副团长, 为组长, 为队长 or 为首席代表, where HEADED_BY is looked for; and the cues of
 * HOLDS_NOW_BEFORE_NAME (现任, 现为, 时任), PASSIVE_APPOINTED and RESIGNS_POST (被, 辞去) and COMRADES_TAKE_POST (同志担任, 同志任).
 * One scan of every sentence each, not a test of each word (five calls of includes cost six times one expression's).
 */
const HEADED_BY_CUE = /为(?:副?团长|组长|队长|首席代表)/;
const HOLDS_NOW_CUE = /现[任为]|时任/;
/**
 * A word every rule of appointments reads, in its cue or its expression: 为 (LISTED_APPOINTMENT, HEADED_BY_CUE,
 * POST_THEN_NAMES_CUE, 现为), 是, 任 (TAKES_POST_CUE, 任命, 聘任, 现任, 时任, 同志任), 被, 选 (增选, 选举, 推选, 补选, 当选),
 * 辞去, 免去, 同志, 还有, 增补. Two sentences in three of PFR's hold none, and are not scanned for each cue.
 */
const APPOINTMENT_WORDS = /[为是任被选]|辞去|免去|同志|还有|增补/;
const PASSIVE_OR_RESIGNS_CUE = /被|辞去/;
const COMRADES_CUE = /同志担?任/;

/** What titledPersons' rules after its scan of posts look for, each rule one of them (由, 主持, 参加 or 陪同, 乘, 家, 举行, a bracket). */
const RULE_WORDS_AFTER_POSTS = /[由乘家（(]|主持|参加|陪同|举行/;

/** A person appointed or elected to posts at `at` (`增选X为…副主席`); the honorific after the name is none of it (`选举卢希同志为…委员`). */

function appointedPerson(name: string, at: number, titles: PersonMention['titles']): PersonMention {
  const bare = name.length > 3 && name.endsWith('同志') ? name.slice(0, -2) : name;
  return { type: 'Person', name: bare, start: at, end: at + bare.length, titles, rule: 'holds.appointed-as' };
}

export function titledPersons(s: string, offset: number, modelAt?: ReadonlyMap<number, { name: string; cue?: string }>, cues?: SentenceCues): PersonMention[] {
  const out: PersonMention[] = [];
  const taken = (i: number) => out.some((p) => p.start - offset <= i && i < p.end - offset);
  // 1. post(s) then name: scan every post head
  const headRe = TITLE_HEAD_SCAN;
  headRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  let chain: { name: string; start: number; end: number }[] = [];
  let chainEnd = -1;
  /** posts given by 由…担任, their holder read after the scan */
  const given: { titles: typeof chain; from: number; verbAt: number }[] = [];
  while ((m = headRe.exec(s)) !== null) {
    const headEnd = m.index + m[0].length;
    // `习近平主席`, `李鹏总理`: a name before a short post is read by rule 3, not taken into a post
    // …unless a foreign name follows the post (乌克兰总统泽连斯基): the post is that name's, the
    // country before it part of the post
    // (a city's head is read after a name only where an act follows it, as rule 3 reads it: `马累市长穆伊祖` is the post)
    if (POSTNOMINAL.includes(m[0]) && nameBefore(s, m.index) && !foreignNameAt(s, m.index + m[0].length) && !(/^[市县区]长$/.test(m[0]) && !CITY_POST_AFTER_NAME.test(s.slice(headEnd)))) {
      chain = [];
      chainEnd = -1;
      continue;
    }
    // 常委 of 常委会, 委员 of 委员会: a body, no post (`全国人大常委会向…代表致以敬意`)
    if (s[headEnd] === '会' && m[0].endsWith('委')) continue;
    let start = afterRunOnName(s, titleStart(s, m.index), m.index);
    // (no post opens inside a dotted name read before it: `…部长兰贝托·迪尼圣马力诺共和国外交部长`)
    const lastName = out.at(-1);
    if (lastName && hasNameDot(lastName.name) && lastName.end - offset > start && lastName.end - offset <= m.index) start = lastName.end - offset;
    // (a conjunction read into the post that nothing before it continues, or left after a name cut
    // off it: `与广播电影电视部部长`, `吉佩定和阿外交部秘书长` → 阿外交部秘书长; not 和平)
    if (/[和与及]/.test(s[start] ?? '') && !/[平谐睦]/.test(s[start + 1] ?? '') && start < m.index) start = pastNewlyAppointed(s, start + 1, m.index);
    // a chain's next post whose body holds a verb the post's left edge stops at (`国务院总理、中央应对新冠肺炎疫情工作领导小组组长`):
    // the post runs from the chain's 、
    // (not over another post and a name: `总书记、国家主席通伦向中共中央总书记`)
    // (also after 兼 or 暨: `首相兼外交和合作大臣`, `董事长暨总裁`)
    if (chainEnd >= 0 && (s[chainEnd] === '、' || s[chainEnd] === '兼' || s[chainEnd] === '暨') && start > chainEnd + 1 && start - chainEnd <= 13 && !PUNCT.test(s.slice(chainEnd + 1, start)) && !/[的了]/.test(s.slice(chainEnd + 1, start)) && !TITLE_HEAD_RE.test(s.slice(chainEnd + 1, start))) start = chainEnd + 1;
    // (two bodies joined by 和 that share the post's head: the post runs from the first, `国务委员会和部长会议主席`)
    if (s[start - 1] === '和') {
      const from = titleStart(s, start - 1);
      if (from < start - 1 && JOINT_BODY_BEFORE.test(s.slice(from, start))) start = from;
    }
    // an envoy's capacity named by the leader who sends him is the capacity alone (`国家主席习近平特使` → 特使,
    // `习近平主席特别代表` → 特别代表), no post that holds another's name
    if (sentBy(s.slice(start, headEnd))) start = m.index;
    const title = s.slice(start, headEnd);
    if (noOnesPost(s, start, title)) {
      chain = [];
      chainEnd = -1;
      continue;
    }
    // posts chain with 、, 兼 or 暨 (`国务委员兼外交部长王毅`, `集团董事长暨总裁宣建生`)
    const kept = chain.slice();
    // (and with a comma where the posts are of different bodies: `自治区党委常委，自治区政协党组副书记、副主席，…部长X`,
    // where no one is named before them in the sentence: `副省长严金海，省监察委员会负责人，…院长陈明国` lists three people)
    const commaChain = s.slice(chainEnd, start) === '，' && chain.length > 0 && !out.some((p) => p.end <= chain[0]!.start);
    if (chainEnd >= 0 && !/^[、兼暨]$/.test(s.slice(chainEnd, start)) && !commaChain) chain = [];
    const before = chainEnd;
    // two bodies one post is held in (`中共中央台湾工作办公室、国务院台湾事务办公室主任刘结一`): the post in each
    if (chain.length === 0 && s[start - 1] === '、') {
      const bodyStart = titleStart(s, start - 1);
      const body = s.slice(bodyStart, start - 1);
      if (body.length >= 4 && ORG_SUFFIX_RE.test(body) && !TITLE_HEAD_END.test(body) && !PUNCT.test(body)) chain.push({ name: body + m[0], start: bodyStart + offset, end: start - 1 + offset });
    }
    // two bodies joined by 和 that share one post's head: the post in each (`国务委员会和部长会议主席` → 国务委员会主席, 部长会议主席)
    const joint = JOINT_BODIES.exec(title);
    const sharedHead = joint ? TITLE_HEAD_END.exec(joint[2]!) : null;
    if (joint && sharedHead && joint[2]!.length > sharedHead[0].length) {
      chain.push({ name: joint[1]! + sharedHead[0], start: start + offset, end: start + joint[1]!.length + offset });
      chain.push({ name: joint[2]!, start: start + joint[1]!.length + 1 + offset, end: headEnd + offset });
    } else chain.push({ name: title, start: start + offset, end: headEnd + offset });
    chainEnd = headEnd;
    // (a description between the posts and the name is none of them: `原市政协副主席、著名粤剧表演艺术家潘楚华`, `原村支书、69岁的老党员王明`)
    const described = s[headEnd] === '、' ? DESCRIBED_BEFORE_NAME.exec(s.slice(headEnd)) : null;
    const describedName = described ? cuedName(s, headEnd + described[0].length) : null;
    if (described && describedName && !taken(headEnd + described[0].length)) {
      const at = headEnd + described[0].length;
      out.push({ type: 'Person', name: describedName, start: at + offset, end: at + describedName.length + offset, titles: chain.filter((t) => !GENERIC_POST.test(t.name)) });
      headRe.lastIndex = at + describedName.length;
      chain = [];
      chainEnd = -1;
      continue;
    }
    if (/^[、，兼暨]/.test(s.slice(headEnd, headEnd + 1))) continue; // a chain of posts goes on
    // another post's head right after this one is the same post's (`…事务助理次官格雷厄姆·弗赖`): the chain waits for it
    if (TITLE_HEAD_AT.test(s.slice(headEnd, headEnd + 6))) {
      chain = kept;
      chainEnd = before;
      continue;
    }
    // (a name the rules do not read but the model reads after this post: 省长回良玉, 良玉 a word)
    // (none where the post is followed by what it does or holds: `两党总书记达成的共识`)
    const modelName = POST_THEN_NO_NAME.test(s.slice(headEnd, headEnd + 4)) ? undefined : modelAt?.get(headEnd + offset);
    // (whatever cue the model gives it: the post it follows is the rules', also one the model's own cues do not list,
    // `领导小组副组长赵月霞`; or the list the name opens, `议长比亚斯、参议长…`)
    // (a word of two characters the model reads no name in is none: the post's office, its votes, where he went: `总理公署`,
    // `全票`, `总书记国内考察纪实`)
    // a post given to the one named after 由 (`组长由王明担任`, `主任由司法部部长刘海兼任`): his, read after the scan
    const givenBy = s[headEnd] === '由' ? POST_GIVEN_BY.exec(s.slice(headEnd)) : null;
    if (givenBy) {
      given.push({ titles: chain.filter((t) => !GENERIC_POST.test(t.name)), from: headEnd + 1, verbAt: headEnd + givenBy[0].length - givenBy[1]!.length });
      chain = [];
      chainEnd = -1;
      continue;
    }
    // (a note in brackets on what the holder is in charge of may stand between the post and the name:
    // `副区长(负责政府日常工作)王肖肖`, `副市长（挂职）刘海`)
    const note = /^[（(]/.test(s[headEnd] ?? '') ? POST_NOTE.exec(s.slice(headEnd)) : null;
    // (a roster's posts, then 有 and the names: `出席会议的市州主委有A、B` — its posts, one or a 、-list of several, are the
    // roster's, each of its names holds the one post, none of a list: `出席会议的副主委、常委有A、B`)
    // (not 有 of a word: `…总书记有关报告`)
    const roster = s[headEnd] === '有' && s[chain[0]!.start - offset - 1] === '的' && !isCommonWord(s.slice(headEnd, headEnd + 2));
    if (roster && chain.length > 1) chain = [];
    const at = note && cuedName(s, headEnd + note[0].length) ? headEnd + note[0].length : headEnd + (roster ? 1 : 0);
    // (a Chinese name of four characters read to a mark where the model reads its first two as the name:
    // the rest is what he does, `国务院总理李强监誓。`)
    const read = EAST_ASIAN_POST.test(s.slice(Math.max(0, at - 14), at)) ? cuedName(s, at) : shorterModelName(cuedName(s, at), modelName?.name);
    const cued = read && read.length === 2 && (isCommonNoun(read) || isModifierWord(read)) && modelName?.name !== read && !/^[、，,。；：:（(\s]/.test(s[at + 2] ?? '') ? null : read;
    // (a dotted name the model reads right after the post is that post's name where the rules read none, `驻华大使卡里尔·哈什米
    // 高度评价`; where the two readings differ by a tail, the longer where the tail is no word and the genre's verb or a
    // mark follows it, `舍里·旺派集在`, `阿不都满金主持`, the shorter else, `萨达姆·侯赛因决定`, `阿卜杜·汗通电话`)
    const dottedModel = modelName && hasNameDot(modelName.name) && s.startsWith(modelName.name, at) ? modelName.name : null;
    // (a transliterated name of three a country's post opens, cut by a reading of two: `美国国防部长埃斯珀表示` → 埃斯珀, not 埃斯)
    const two = cued ?? (modelName?.name.length === 2 && s.startsWith(modelName.name, at) ? modelName.name : null);
    const run = two?.length === 2 && TRANSLIT_SET.has(s[at + 2] ?? '') ? foreignNameAfterPost(s, start, at) : null;
    const longerRun = run && run.length > 2 && run.startsWith(two!) ? run : null;
    const ruled = longerForeignName(s, at, cued) ?? longerRun ?? cued ?? placeWordAsLeader(s, start, at) ?? (modelName && s.startsWith(modelName.name, at) ? modelName.name : null) ?? foreignNameAfterPost(s, start, at);
    // (nor 夫 of 夫妇 or 夫人 after it: `临时代办阿卡拉·多吉夫妇`)
    // (nor a preposition after a one-character last part: `卡洛斯·莫因涉嫌…`, `安娜·梅同一天`)
    // (nor 一 of 一同, 一起, 一道, 一行 after it: `…拉米雷斯·拉莫斯一同出席`)
    const modelRead = dottedModel && (/^(?:夫[妇人]|一[同起道行])/.test(s.slice(at + dottedModel.length - 1)) || /·[\u4e00-\u9fff][因同在于对向将被把为与和]$/.test(dottedModel)) ? dottedModel.slice(0, -1) : dottedModel;
    const candidate = dottedOrRuled(s, at, modelRead, ruled);
    // (a transliterated name ends before the verb the reading ran on to: `美国总统拜登称`, `尼泊尔副总理塔帕访川`)
    const runOn = candidate ? VERB_RUN_ON.exec(candidate) : null;
    const name = candidate && runOn ? candidate.slice(0, runOn.index) : candidate;
    // (a degree's head before a thing of it is no one's post: `拿到了硕士或博士文凭`, `博士学位`)
    if (name && /(?:博士|硕士|学士)$/.test(title) && isCommonNoun(name)) {
      chain = [];
      chainEnd = -1;
      continue;
    }
    // (a foreign leader's name read past the rules' and the model's reading, kept where the article writes it again)
    const recurring = !taken(at) ? recurringForeignName(s, start, at, title, name) : null;
    if (recurring) {
      const titles = chain.filter((t) => !GENERIC_POST.test(t.name));
      // (the model's reading of it needs no second)
      const read = modelAt?.get(at + offset)?.name === recurring;
      out.push({ type: 'Person', name: recurring, start: at + offset, end: at + recurring.length + offset, titles, ...(read ? {} : { recurs: { shorter: name } }) });
      headRe.lastIndex = at + recurring.length;
    } else if (name && !taken(at)) {
      // `有关部门负责人X、Y`, `中央有关部门负责人X`: a generic group, not a post (spec)
      const titles = chain.filter((t) => !GENERIC_POST.test(t.name));
      out.push({ type: 'Person', name, start: at + offset, end: at + name.length + offset, titles });
      listAfter(s, at + name.length, offset, titles, out);
      headRe.lastIndex = at + name.length;
    } else if (!name && isCjk(s[headEnd]) && !PUNCT.test(s[headEnd])) {
      // a head inside a longer post (书记 of 书记处书记, 委员 of 委员会主任): the chain waits for the post's own head
      // (as it was before this head: `国务院副总理、中国环境与发展国际合作委员会主席`, whose 委员 starts after 与)
      chain = kept;
      chainEnd = before;
      continue;
    }
    chain = []; // a chain that goes on (、) was continued above
    chainEnd = -1;
  }
  for (const g of given) {
    if (!g.titles.length) continue;
    // (the holder named with a post of his own, read by the scan; or a name alone up to the verb)
    const named = out.find((p) => p.end - offset === g.verbAt && p.start - offset >= g.from);
    // (a list of holders each holds it: `组长由王明、刘海担任`)
    const names = named ? [[named.name, named.start - offset] as [string, number]] : namesUpTo(s, g.from, g.verbAt, (i) => taken(i), out);
    for (const [name, at] of names ?? []) out.push(appointedPerson(name, at + offset, g.titles));
  }
  // (each rule below needs a word of RULE_WORDS_AFTER_POSTS in the sentence: one scan for them all, not a search for
  // each — three sentences in four hold none)
  const cued = RULE_WORDS_AFTER_POSTS.test(s);
  // 1b. the one a meeting is presided over by: `茶话会由郑梦熊主持`
  if (cued && s.includes('由')) for (const m of allMatches(PRESIDED_BY, s)) {
    const i = m.index! + 1;
    if (!taken(i) && nameShape(m[1]) && !isCommonWord(m[1]) && placeWordAt(s, i) < 2) out.push({ type: 'Person', name: m[1], start: i + offset, end: i + m[1].length + offset, titles: [] });
  }
  // 1b'. the one who presides named alone after those who attend (`车俊、袁家军参加审议，姒健敏主持。`): a rare surname too
  if (cued && s.includes('主持')) for (const m of allMatches(PRESIDES_AFTER_ATTENDING, s)) {
    const i = m.index! + 1;
    if (!taken(i) && ![...m[1]].some((c) => NOT_IN_NAME.has(c)) && !isCommonWord(m[1]) && !isCommonWord(m[1].slice(0, 2)) && placeWordAt(s, i) < 2 && !TITLE_HEAD_RE.test(m[1])) out.push({ type: 'Person', name: m[1], start: i + offset, end: i + m[1].length + offset, titles: [] });
  }
  // 1b''. those named alone in the closing line of a 会见 or a trip (`丁仲礼参加会见。`, `王毅、何立峰参加上述活动。`): a sentence of
  // names and the act, nothing else
  if (cued && (s.includes('参加') || s.includes('陪同'))) {
    const closing = CLOSING_LINE.exec(s);
    if (closing) {
      const names = closing[1]!.split('、');
      const shaped = names.every((n) => (nameShape(n) || hasNameDot(n)) && !isCommonWord(n) && placeWordAt(n, 0) < 2);
      if (shaped) for (let k = 0, at = 0; k < names.length; at += names[k]!.length + 1, k++) if (!taken(at)) out.push({ type: 'Person', name: names[k]!, start: at + offset, end: at + names[k]!.length + offset, titles: [] });
    }
  }
  // 1c'. the subject of a trip named alone at its clause's start (`习近平乘车前往…`): a name's shape, no word, no place, no body's
  // word at its end (`区人大`)
  if (cued && s.includes('乘')) for (const m of allMatches(TRIP_SUBJECT, s)) {
    const i = m.index!;
    // (no preposition opens it: `向远在万里之外的…考察队员`)
    if (!taken(i) && nameShape(m[1]) && !FUNCTION_START.test(m[1][0]!) && !isCommonWord(m[1]) && !isCommonWord(m[1].slice(0, 2)) && placeWordAt(s, i) < 2 && !TITLE_HEAD_RE.test(m[1]) && !/(?:人大|政协|[委局部厅办])$/.test(m[1])) out.push({ type: 'Person', name: m[1], start: i + offset, end: i + m[1].length + offset, titles: [] });
  }
  // 1c''. one a festival visit calls on at home, after what he is (`在困难职工史建军家`)
  if (cued && s.includes('家')) for (const m of allMatches(AT_HOME, s)) {
    const i = m.index! + m[0].length - m[1].length;
    // (not one called by a form of address, `张大爷`, `李奶奶`, `高师傅`)
    if (!taken(i) && nameShape(m[1]) && !isCommonWord(m[1]) && placeWordAt(s, i) < 2 && !/(?:大爷|大娘|大妈|大伯|大叔|奶奶|爷爷|婆婆|阿姨|师傅|老人)$/.test(m[1])) out.push({ type: 'Person', name: m[1], start: i + offset, end: i + m[1].length + offset, titles: [] });
  }
  // 1c. the one talks are held with, named by no post (`李克强同通伦举行会谈`): not a side, a body or a country
  if (cued && s.includes('举行')) for (const m of allMatches(TALKS_WITH, s)) {
    const i = m.index! + 1;
    const name = m[1];
    if (!taken(i) && !isCommonWord(name) && placeWordAt(s, i) < 2 && !/(?:[方团国党组队部委会们]|先生|女士|阁下|陛下|殿下)$/.test(name) && !TITLE_HEAD_RE.test(name) && !/[的了在是和与对他她我你将于已曾正再]|一行$|夫妇$/.test(name)) out.push({ type: 'Person', name, start: i + offset, end: i + name.length + offset, titles: [] });
  }
  const [groupCues, postnominals] = cues ?? CUES_AND_POSTNOMINALS.find(s);
  // 2. group words: 省领导汪一光、张迎春
  for (const { word: cue, at: k } of groupCues!) {
    // (a group word after 等 closes the list of names before it, none after: `向习近平等领导同志敬礼`, `王明等省领导出席`)
    if (s[k - 1] === '等') continue;
    const i = k + cue.length;
    const name = cuedName(s, i);
    if (name && !taken(i)) {
      out.push({ type: 'Person', name, start: i + offset, end: i + name.length + offset, titles: [] });
      listAfter(s, i + name.length, offset, [], out);
    }
  }
  // 4. appointed, dismissed, elected (appointments)
  appointments(s, offset, out);
  // 3a. a name and its post in brackets, as round-ups of views write them: `闵耀良（农业部市场信息司司长）：…`
  if (cued && (s.includes('（') || s.includes('('))) for (const m of allMatches(NAME_POST_BRACKETED, s)) {
    const at = m.index! + m[0].indexOf(m[1]);
    if (taken(at) || !TITLE_HEAD_END.test(m[2]) || !uncuedName(m[1])) continue;
    const titles = postChain(m[2], m.index! + m[0].length - 1 - m[2].length + offset);
    if (titles.length) out.push({ type: 'Person', name: m[1], start: at + offset, end: at + m[1].length + offset, titles, rule: 'holds.post-after-name' });
  }
  // 3. name then post: 习近平总书记
  for (const { word: post, at: k } of postnominals!) {
    // (a post's residence or office is a place, and what stands before it a city: `在柏林总统府会见`)
    if (s[k + post.length] === '府' || s.startsWith('官邸', k + post.length)) continue;
    // (nor a presidium's 主席, whose 团 makes it a body: `酝酿大会主席团名单`)
    if (s[k + post.length] === '团' && s[k + post.length + 1] !== '结') continue;
    // a dotted name the model reads whole before a head of state's post (`受到川·立派总理的赞扬`, `诺罗敦·西哈努克国王`)
    const dotted = FOREIGN_POSTS.has(post) && s[k - 1] !== '·' ? dottedNameEndingAt(s, k, offset, modelAt) : -1;
    if (dotted >= 0) {
      if (!taken(dotted) && !inPostOf(out, dotted + offset, k + post.length + offset)) out.push({ type: 'Person', name: s.slice(dotted, k), start: dotted + offset, end: k + offset, titles: [{ name: post, start: k + offset, end: k + post.length + offset }], rule: 'holds.post-after-name' });
      continue;
    }
    // (a country whose name runs from before the post into it is none of a name's: `向英国王室` is 英国 and 王室, no 向英 国王)
    if (k > 0 && countryAt(s, k - 1) >= 2) continue;
    // a monarch named with his regnal number before his post (`费利佩六世国王`, `值此伊丽莎白二世女王逝世之际`, `阿尔贝二世亲王`)
    const regnal = MONARCH_POSTS.has(post) ? REGNAL_NAME_END.exec(s.slice(Math.max(0, k - 12), k)) : null;
    if (regnal) {
      // (the run's first characters may end a word a name follows: `转达费利佩六世国王` is 费利佩六世, 达 of 转达)
      let at = k - regnal[0].length;
      while (at > 0 && BEFORE_NAME.test(s.slice(Math.max(0, at - 3), at + 1)) && /^[^一二三四五六七八九十]{3}/.test(s.slice(at, k))) at++;
      // (nor the end of a country's name before it: `摩纳哥阿尔贝二世亲王` is 阿尔贝二世)
      for (let j = Math.max(0, at - 4); j < k; j++) {
        const c = countryAt(s, j);
        if (c > 0 && j + c > at && j + c < k) at = j + c;
      }
      if (!taken(at) && !inPostOf(out, at + offset, k + post.length + offset)) out.push({ type: 'Person', name: s.slice(at, k), start: at + offset, end: k + offset, titles: [{ name: post, start: k + offset, end: k + post.length + offset }], rule: 'holds.post-after-name' });
      continue;
    }
    // (a transliterated name of four or five characters the model reads, before a head of state's post that ends there: `泽鲁阿勒总统。`)
    for (const len of FOREIGN_POSTS.has(post) ? [8, 7, 6, 5, 4, 3, 2] : [3, 2]) {
      const i = k - len;
      if (i < 0) continue;
      const cand = s.slice(i, k);
      // (not the last part of a dotted name, `诺罗敦·西哈努克国王`, nor a country whose post goes on to a name, `塔吉克斯坦总统拉赫莫诺夫`)
      // (the model may read it in parts where it pairs with another leader: `习近平主席和米尔济约耶夫总统`)
      // (a Japanese name of four characters before a Japanese post, after a boundary: `习近平主席同岸田文雄首相`, not 田文雄)
      const japanese = len === 4 && JAPANESE_POST.test(post) && /^[\u4e00-\u9fff]{4}$/.test(cand) && nameBoundaryBefore(s, i) && !hasWordInside(cand);
      if (len >= 4 && !japanese && !(TRANSLIT_BEFORE_POST.test(cand) && s[i - 1] !== '·' && (i === 0 || PUNCT.test(s[i - 1]!) || BEFORE_NAME.test(s.slice(Math.max(0, i - 4), i))) && (modelAt?.get(i + offset)?.name === cand || otherLeaderPost(s, i) !== null) && cuedName(s, k + post.length) === null)) continue;
      // a foreign leader before a head-of-state post (`特朗普总统`) has no Chinese surname; one of
      // transliterating characters may hold a character no Chinese given name does (`本扬总书记`);
      // a pronoun or a preposition opens none, nor stands inside (`给习总书记`, `以江总书记为`, `同志和江总书记`)
      // (not a country whose post goes on to the leader's name: `索马里总统马哈茂德`)
      if (modelAt?.has(k + post.length + offset) && FOREIGN_POSTS.has(post) && TRANSLIT_WHOLE.test(cand)) break;
      const foreign = japanese || FOREIGN_POSTS.has(post) && /^[\u3400-\u9fff]+$/.test(cand) && !FUNCTION_START.test(cand[0]!) && !/[我你他她给以和与同]/.test(cand) && (![...cand].some((c) => NOT_IN_NAME.has(c)) || TRANSLIT_WHOLE.test(cand)) && !hasWordInside(cand) && !crossesWords(s, i, k) && !placeWordWithin(s, i, k);
      // (a word in the first two characters rules a name out (相信|习主席), unless it is a rare place
      // word and the three read as one name: 江泽|民 → 江泽民)
      // (其 stands inside a given name before a post, never as the pronoun there: `钱其琛副总理`)
      const givenQi = len === 3 && cand[1] === '其' && nameShape(cand[0] + cand[2]) && !/^[省市县区州]长$/.test(post) && post !== '同志';
      // (nor what says when the post was taken, `韩新任总统尹锡悦`: 新任, 前任, 时任 …)
      if (/[新前现时继首离卸]任$/.test(cand)) continue;
      // (nor 前 of a former post after a word: `因前国王X要求`, the 前国王 of X)
      if (len === 2 && cand[1] === '前' && FOREIGN_POSTS.has(post)) continue;
      // (nor a country's one-character short name and 新 of its new leader: `出席阿新总统就职仪式`)
      if (len === 2 && cand[1] === '新' && FOREIGN_POSTS.has(post)) continue;
      // (nor a count of countries or sides: `五国总统举行工作会晤`)
      if (/^[\d一二三四五六七八九十两几多各]+[国方]$/.test(cand)) continue;
      // (a measure word after a count opens no name: `6位内阁副总理`)
      if (/[位名个]/.test(cand[0]!) && /[\d０-９一二三四五六七八九十两几多]/.test(s[i - 1] ?? '')) continue;
      // (a leader the dictionary takes for a place, paired with another leader by his post: `习近平主席同普京总统一道`)
      // (or with the one who speaks: `我和普京总统共同宣布`; not a party's candidate, `与民主党总统候选人`)
      // (not a body, which the dictionary tags a place too: `国家主席和政府总理`)
      const pairedPlaceWord = len <= 3 && HEAD_OF_STATE_POST.test(post) && placeWordAt(s, i) === len && !isCommonNoun(cand) && countryAt(cand, 0) === 0 && !PROVINCE_NAMES.includes(cand) && (otherLeaderPost(s, i) !== null || (/[和与同]$/.test(s.slice(Math.max(0, i - 1), i)) && !/[党国方军府会部委]$/.test(cand)));
      // (a transliteration of four or more that got past the first check — read whole by the model, or paired with another
      // leader — is a name though the dictionary holds a word in it: `习近平主席和巴斯克斯总统`, 巴斯 a word)
      const longTranslit = len >= 4 && !japanese && TRANSLIT_BEFORE_POST.test(cand) && countryAt(cand, 0) === 0;
      if (!(nameShape(cand) || foreign || givenQi || pairedPlaceWord || longTranslit) || taken(i) || (isCommonWord(cand) && !pairedPlaceWord && !longTranslit) || (isCommonWord(cand.slice(0, 2)) && !pairedPlaceWord && !longTranslit && !(len === 3 && placeWordAt(cand, 0) === 2 && readName(s, i) === cand))) continue;
      // a country before a post is part of the post read for the name after it (乌克兰总统泽连斯基)
      if (inPostOf(out, i + offset, k + post.length + offset)) continue;
      // a place before its own head (`吉林省长春市`, `湖南省长`): the place's, no name
      if (/^[省市县区州]长$/.test(post) && placeWordAt(s, i) >= len) continue;
      // a province's deputy post, or a city's, a county's or a district's head, is after a name only where an act or a
      // clause's end follows it (`刘海副省长率…`, `王征区长主持召开…`), not its holder's name (`临江副省长王明`: the province's)
      if (/^(?:副省长|[市县区]长)$/.test(post) && !CITY_POST_AFTER_NAME.test(s.slice(k + post.length))) continue;
      // (a member after his name only where he speaks or a list goes on: `张季委员指出`, `王明委员、刘海委员`; not `…委员会同`)
      if (post === '委员' && !MEMBER_AFTER_NAME.test(s.slice(k + post.length))) continue;
      // (老同志 is the old comrades, no name's 老: `在杭老同志`, `向老同志介绍`)
      if (post === '同志' && cand.endsWith('老')) continue;
      // 同/与/和/向/对 before a two-character name is the preposition (`并同杜达总统等…`)
      // (and 受 of 受…委托: `受汪洋主席委托`)
      // (and before a transliterated one: `国家主席和本扬总书记`)
      if (len === 3 && /[同与和向对受]/.test(cand[0]) && (nameShape(cand.slice(1)) || TRANSLIT_WHOLE.test(cand.slice(1)))) continue;
      // (nor 于 that ends a preposition before the name: `对于习主席在…的讲话`, `关于李总理…`)
      if (cand[0] === '于' && i > 0 && isCommonWord(s.slice(i - 1, i + 1))) continue;
      // (and 和 right after another leader's posts, joining two: `王明总书记、国家主席和通坎总书记`)
      if (len === 3 && cand[0] === '和' && LEADER_POSTS_BEFORE_AND.test(s.slice(Math.max(0, i - 3), i))) continue;
      // (nor a verb whose object the post is: `两会期间曾邀请总书记去他们村看看` names no 曾邀请)
      if (len === 3 && PERSON_OBJECT_VERB.has(cand.slice(1))) continue;
      // (nor a country's one-character short name and a ministry before 部长: `马卫生部长` is Madagascar's minister of health)
      if (len === 3 && /^副?部长$/.test(post) && isCommonWord(cand.slice(1) + '部')) continue;
      // (nor 任 of a verb of taking a post, the place after it: `2017年2月，王明到任湖州市长`)
      if (cand[0] === '任' && /[到出调就升转接继兼担]/.test(s[i - 1] ?? '')) continue;
      // (nor a name and 任 of the post it takes: `王明任副主席`)
      if (len === 3 && cand[2] === '任' && nameShape(cand.slice(0, 2))) continue;
      // (nor two countries by their one-character short names, whose leaders the post is: `俄法总统指出`, `中美元首`)
      if (len === 2 && COUNTRY_CHARS.includes(cand[0]!) && COUNTRY_CHARS.includes(cand[1]!) && cand[0] !== cand[1] && /^(?:总统|总理|首相|元首|外长|领导人|国王|防长|财长)$/.test(post)) continue;
      // (nor a body whose level's character is a surname: `区人大常委`)
      if (BODY_BEFORE_NAME.test(cand)) continue;
      // (nor a conjunction that opens a clause, and its verb: `；但挑起总经理的重担`)
      if (len === 3 && /[但而却]/.test(cand[0]!) && /[；，。：]/.test(s[i - 1] ?? '')) continue;
      // (and 由/在/从 before a country: `由南非总统拉马福萨…组成的代表团`; a conjunction or an adverb: `但美国总统特朗普上台后`)
      if (len === 3 && opensBeforeCountry(s, i)) continue;
      // (and before a surname alone, the leader named by surname and post: `向习主席报告`, `对江主席`, `做习主席的好战士`)
      if (len === 2 && /[同与和向对受给跟做当称祝]/.test(cand[0]) && (s[i - 1] === undefined || PUNCT.test(s[i - 1]!)) && /^(?:总书记|主席|总理|委员长|副主席|副总理)$/.test(post)) continue;
      // (nor one character said twice, a word of speech: `聂海胜：谢谢总书记`)
      if (len === 2 && cand[0] === cand[1]) continue;
      // (nor a country after a word that ends on its first character: `2010年以来伊朗总统首次访问` is Iran's president)
      if (len === 3 && placeWordAt(s, i + 1) === 2 && i > 0 && isCommonWord(s[i - 1] + cand[0])) continue;
      // 应 before a post that invites is the verb (`应国家主席习近平邀请`), not a surname
      if (cand[0] === '应' && /邀请|之邀/.test(s.slice(k))) continue;
      // the name stands after a boundary: punctuation or a verb (`贯彻习近平总书记`), not
      // inside a longer word (`全国宣传部长`, `省委书记`); or after the body whose post follows it (`市委黄钦书记`)
      // (not a conjunction before a body's presidium: `全国政协和大会主席团`)
      // (a foreign name of three or more before a head of state's post, after a verb's object mark or 的, where an act
      // follows the post: `做好克林顿总统访华的接待工作`, `欢迎克林顿总统访华`)
      const foreignStart = foreign && len >= 3 && /[的好迎请待]$/.test(s[i - 1] ?? '') && !PUNCT.test(s[k + post.length] ?? '。');
      if (!foreignStart && !nameBoundaryBefore(s, i) && !(BODY_BEFORE_NAME.test(s.slice(Math.max(0, i - 3), i)) && /^(?:书记|副书记|主席|副主席|主任|副主任)$/.test(post) && !FUNCTION_START.test(cand[0]!) && s[k + post.length] !== '团')) continue;
      // 书记 inside 总书记 / 党组书记, 主席 inside 副主席: the post is longer than it looks
      // (and 第一书记, a village's first secretary: `详细询问了解第一书记…` names no 解第一)
      if (/^(?:总|副|党组|常务)/.test(s.slice(Math.max(0, k - 2), k).replace(/^.(?=.$)/, '')) || s.endsWith('党组', k) || /第[一二三]$/.test(s.slice(Math.max(0, k - 2), k))) continue;
      const titles = post === '同志' ? [] : [{ name: post, start: k + offset, end: k + post.length + offset }];
      // a chain of such posts after the name: `习近平总书记、国家主席指出`
      for (let e = k + post.length, more = POST_AFTER_CHAIN.exec(s.slice(e)); more && titles.length; e += more[0].length, more = POST_AFTER_CHAIN.exec(s.slice(e))) {
        titles.push({ name: more[1] ?? more[2]!, start: e + 1 + offset, end: e + more[0].length + offset });
      }
      // (a long one needs the article to name it after a post too, unless it pairs with a leader so
      // named: `习近平主席和卢卡申科总统`)
      const other = len >= 4 ? otherLeaderPost(s, i) : null;
      const paired = other !== null && out.some((p) => p.end === i + offset - 1 - other[0].length);
      // (or one the model reads whole that opens with no country: `受切尔诺梅尔金总理的委托`)
      const read = modelAt?.get(i + offset)?.name === cand && countryAt(cand, 0) === 0;
      out.push({ type: 'Person', name: cand, start: i + offset, end: k + offset, titles, rule: 'holds.post-after-name', ...(len >= 4 && !paired && !read ? { needsPostBefore: true } : {}) });
      break;
    }
  }
  return out;
}

/**
 * A post read back from a head that is no one's post before the name after it: the post one is
 * elected to is the name's before it (`王建功当选…主任田凤山当选…`; `韩国当选总统金大中` is a post),
 * and a count of members is a group (`最后80多名代表团成员离村`).
 */
function noOnesPost(s: string, start: number, title: string): boolean {
  // a leader addressed by surname and post (`同习主席合个影`, `做习主席的好战士`): no post before a name
  if (title.length === 3 && SURNAMES_1.has(title[0]!) && SURNAME_ADDRESSED.test(title.slice(1)) && ADDRESS_BEFORE.test(s.slice(Math.max(0, start - 2), start))) return true;
  const elected = /当选为?/.exec(title);
  if (elected && elected.index >= 2 && placeWordAt(s, start) < elected.index && cuedName(s, start) === title.slice(0, elected.index)) return true;
  return /^[多几数][名位]/.test(title) || (/^[名位]/.test(title) && /[\d一二三四五六七八九十百千]$/.test(s.slice(0, start))) || /(?:\d|[一二三四五六七八九十百千多几数])[名位]$/.test(s.slice(Math.max(0, start - 4), start));
}

/** An envoy's post and what stands before it. */
const ENVOY = /^(.+?)(?:特别代表|特使)$/;
/** Is `title` an envoy's, named by the leader who sends him (`国家主席习近平特使`; not `联合国秘书长叙利亚问题特使`)? */
function sentBy(title: string): boolean {
  const sender = ENVOY.exec(title)?.[1]?.replace(LEADER_POST_END, '');
  // (`联合国也门问题特使`: 门问题 is no name, 问题 a word)
  // (nor the end of a country's name: `俄罗斯总统特使` names no 罗斯)
  const placeEnds = (n: number) => [...Array(sender!.length - n + 1).keys()].some((j) => Math.max(countryAt(sender!, j), placeWordAt(sender!, j)) > sender!.length - n - j);
  return !!sender && [3, 2].some((n) => sender.length >= n && nameShape(sender.slice(-n)) && !isCommonWord(sender.slice(-n)) && !isCommonWord(sender.slice(-2)) && !placeEnds(n));
}
/** The leaders' posts the press addresses them by with their surname alone (`习主席`, `李总理`). */
const SURNAME_ADDRESSED = /^(?:主席|总理|书记|省长|市长|部长)$/;
/** What stands before such an address: a verb or a preposition of the clause, no body's name (`同习主席`, `做习主席的`). */
const ADDRESS_BEFORE = /(?:同|和|与|跟|向|对|给|做|当|见|见到|称|感谢|祝|是)$/;
/** An election or appointment: who (a name or a list of them) and the post after 为. */
const APPOINTING = '增选|增补|选举|推选|任命|聘任|补选';
const APPOINTED_CUE = new RegExp(APPOINTING);
/** A sentence that is names and the post they are given, no more: a decision's line (`A、B为…副主席；`). */
const LISTED_APPOINTMENT = /^((?:[\u4e00-\u9fff·]{2,8}、){0,12}[\u4e00-\u9fff·]{2,8})为([^，。；为、]{2,40})[；。]?$/;
const APPOINTED_AGAIN = new RegExp(`^(?:${APPOINTING})了?`);
// (or to serve as it: `推选石泰峰担任内蒙古代表团团长，王莉霞…担任副团长`; 职务 after the posts is none of them:
// `任命X为…副市长、代理…市长职务`)
const APPOINTED = new RegExp(`(?:${APPOINTING})了?((?:[^，。；为（担]|担(?!任)|（[^（）]{1,8}）){2,160}?)(?:为|(?<!不再|不)担任)([^，。；（]{2,24}?)((?:（[^（）]{1,8}）)?(?:职务)?)(?=[，。；]|$)`, 'g');
/**
 * One who takes a post, named at a clause's start or after the act that puts him there: `高苕华任副主席`,
 * `议会批准多迪克出任政府总理`, `X将接任…主席`, `X现任…副理事长`, a rank between (`陶仲历少将任国防部副部长、…总参谋长`); the posts
 * runs to the clause's end or to 一职/职务 (a post held before is no post now: `曾任`, `历任` put a word between).
 */
const TAKES_POST = /(?:批准|同意|决定|宣布|提名|由|祝贺|欢迎|^|[，；。：:\s])(?![由请让以])([\u3400-\u9fff·]{2,8}?)(?:[上中少大]将|[大上中少]校)?(?:将|正式|现|已|现在|目前)?(?:(?<![担兼离卸赴留连历曾原])(?:出任|接任|就任|任)|(?<![曾历原])(?:担任了?|连任))(?![务何意期命用职教]|内(?!蒙古)|上(?!海))((?:[^，。；任]|(?<=主)任){2,40}?)(?=[，。；]|一职|职务|$)/g;
const TAKES_POST_CUE = /任/;
/** A character of a post taken, up to the clause's end: 任 only of 主任 or a term's count (`第15任`), else it is the verb. */
const POST_CHARACTER = '(?:[^，。；任]|(?<=主|第[\\d一二三四五六七八九十]{1,3})任)';
/** 出任, 就任 or 接任 after a name (group 1: a day, an oath or an adverb between), then the post up to the clause's end (group 2; `第15任` is no verb). */
const TAKES_ANOTHER = new RegExp(`(?<=[\\u3400-\\u9fff·])((?:\\d{1,2}日)?(?:宣誓|正式|同时|随后|将)?)(?:出任|就任|接任)(${POST_CHARACTER}{2,40}?)(?=[，。；]|一职|职务|$)`, 'g');
const TAKES_ANOTHER_CUE = /出任|就任|接任/;
/** The name after a post at `at`: the rules' reading, the model's dotted one where the rules read none, and of the two where one starts the other, what `tailed` keeps. */
function dottedOrRuled(s: string, at: number, dotted: string | null, ruled: string | null): string | null {
  if (!dotted) return ruled;
  if (!ruled) return dotted;
  if (ruled === dotted || !(ruled.startsWith(dotted) || dotted.startsWith(ruled))) return ruled;
  return ruled.length > dotted.length ? tailed(s, at, dotted, ruled) : tailed(s, at, ruled, dotted);
}

/** Of two readings of a name at `at`, one the other's start: the longer where its tail is all transliterating characters, or up to four characters with no word and the genre's verb or a mark after it. */
function tailed(s: string, at: number, shorter: string, longer: string): string {
  const tail = longer.slice(shorter.length);
  const next = s.slice(at + longer.length);
  if ([...tail].every((c) => TRANSLIT_SET.has(c))) return longer;
  // (no word of the dictionary in the tail, nor across its end where no verb follows: `…图丹却吉尼玛主持` is whole, `侯赛因决定` no name)
  const word = [...tail].some((_, k) => k + 1 < tail.length && isCommonWord(tail.slice(k, k + 2))) || (!AFTER_NAME.test(next) && isCommonWord(tail.slice(-1) + (next[0] ?? '')));
  return !word && tail.length <= 4 && (AFTER_NAME.test(next) || /^[，。、；]/.test(next)) ? longer : shorter;
}

/** A description after a chain of posts, before the name (`、著名粤剧表演艺术家`, `、69岁的老党员`). */
const DESCRIBED_BEFORE_NAME = /^、(?:(?:著名|知名|资深|优秀|杰出)[^，。；、：\d]{1,10}?家|[\d一二三四五六七八九十]{1,3}岁的(?:老)?(?:党员|干部|军人|战士|农民|专家))/;
/** An adverb of time the model may read a name on into (`王明现在是…` is 王明 + 现在, no 王明现). */
const ADVERB_WORD_AT = /^(?:现在|目前|当时|当年|正在|已经|曾经)$/;
/** A post held before, said before 是 (`王明曾是…`, `原是`, `当年是`): none now. */
const PAST_BEFORE_COPULA = /(?:曾|原|也曾|曾经|当时|当年|过去|以前|早年)$/;
/** A name at a clause's start, 是 and a post to the clause's end (`刘庆是…研究院院长，`). */
const IS_POST = /(?:^|[，；。：:\s])([\u3400-\u9fff·]{2,8}?)(?:现在|目前|现)?是([^，。；的“”]{2,40}?)(?=[，。；]|$)/g;
/** A post's head right before a clause's end somewhere after 是: the cheap test before IS_POST's scan of every clause. */
const IS_POST_CUE = new RegExp(`是[^，。；]{1,40}?(?:${TITLE_HEAD_RE.source})(?=[，。；]|$)`);
/** `现任P的` (or `时任P的`) before a name: the post he holds now, or held then (group 1). */
const HOLDS_NOW_BEFORE_NAME = /[现时][任为]([^，。；的“”]{2,30}?)的/g;
/** One elected or appointed in the passive, at a clause's start: the name, then the post up to the clause's end. */
const PASSIVE_APPOINTED = /(?:^|[，；。：:\s])([\u3400-\u9fff·]{2,8}?)(?:同志|教授|博士|先生|女士)?被(?:任命|选举|推选|聘任|聘|选)为([^，。；]{2,40}?)(?=[，。；]|$)/g;
/** One who resigns a post, at a clause's start or after 接受 (a reason between): the name, then the post before 职务. */
// (and each of a list of them under one verb: `接受A辞去…职务、B辞去…职务的请求`)
const RESIGNS_POST = /(?:^|[，；。：:\s]|(?<=职务)、|接受|同意|批准)((?:(?!接受|决定|同意)[\u3400-\u9fff·]){2,8}?)(?:同志)?(?:因[^，。；]{0,24}?)?辞去([^，。；]{2,40}?)(?:等)?职务/g;
/** Comrades, one or a list, and the post each takes (`由王明同志担任组长`, `刘海同志、李华同志担任副组长`): group 1 the names with 同志、 between. */
const COMRADES_TAKE_POST = /(?:^|[，；。：:\s]|由)((?:(?:(?!由)[\u3400-\u9fff·]){2,8}?同志、){0,8}(?:(?!由)[\u3400-\u9fff·]){2,8}?)同志(?:担任|任)([^，。；任]{2,24}?)(?=[，。；]|$)/g;
/** A name read with no post before it to cue it: a Chinese name's shape and no dictionary word, or a transliterated name of three characters or more. */
function uncuedName(name: string): boolean {
  return (nameShape(name) && !isCommonWord(name)) || (name.length >= 3 && TRANSLIT_WHOLE.test(name));
}
/** A name at a clause's start and its post in brackets right after it (`闵耀良（农业部市场信息司司长）`). */
const NAME_POST_BRACKETED = /(?:^|[，。；：、\s“])([\u4e00-\u9fff·]{2,8}?)[（(]([^（）()，。；：]{2,30})[）)]/g;
/** A period gone by, right before a clause's subject (`…年间，`, `当年`, `此前`). */
const PAST_PERIOD_BEFORE = /(?:年间|年代|期间|时期|当年|那年|此前|之前|以前|曾经)[，,]?$/;
/** An appointment notice: `X同志任A省委委员、常委、书记` (not `不再担任`, `不再兼任`). */
const NOTICE_APPOINTED = /(?:^|[，；。：:\s])([\u3400-\u9fff·]{2,8})同志(?:任|兼任)([^，。；]{2,40}?)(?=[，。；]|$)/g;
/** A post that alone after 、 shares the body of the post before it (`四川省委委员、常委、书记`). */
const BARE_POST = /^(?:委员|常委|书记|副书记|主任|副主任|主席|副主席|秘书长)$/;

/**
 * The posts of a chain (`最高人民检察院副检察长、检察委员会委员` is two); a bare post after 、 takes
 * the body of the one before it (`四川省委委员、常委、书记`: 四川省委常委, 四川省委书记).
 */
function postChain(title: string, start: number): PersonMention['titles'] {
  const titles: PersonMention['titles'] = [];
  let at = start;
  let body = '';
  // (兼 joins two posts as 、 does, where each ends in a head: `总指挥兼总设计师`)
  // (the parts are joined by one character each, 、 or 兼: the offsets below step over it)
  const parts = title.split('、').flatMap((part) => {
    const pieces = part.split(/兼(?![任职])/);
    return pieces.length > 1 && pieces.every((p) => TITLE_HEAD_END.test(p)) ? pieces : [part];
  });
  for (const part of parts) {
    const head = TITLE_HEAD_END.exec(part);
    if (head && BARE_POST.test(part) && body) titles.push({ name: body + part, start: at, end: at + part.length });
    else if (head) {
      titles.push({ name: part, start: at, end: at + part.length });
      body = part.slice(0, head.index);
    }
    at += part.length + 1;
  }
  return titles;
}

/** A clause after an election that names more of the same vote: `，A、B、C为副省长`. */
// (a note in brackets after a name may hold a comma: `石玉珍（女，苗族）、陈彰嘉…为副主席`)
const APPOINTED_MORE = /^((?:[^，。；为（担]|担(?!任)|（[^（）]{1,8}）){2,160}?)(?:为|(?<!不再|不)担任)([^，。；（]{2,24}?)((?:（[^（）]{1,8}）)?)(?=[，。；]|$)/;
/** The words of a message sent, right before the one it goes to (`致电X`, `致贺电X`). */
const MESSAGE_SENT = '致电|致信|致函|贺电|贺信';
const MESSAGE_SENT_IN = new RegExp(MESSAGE_SENT);
const MESSAGE_SENT_END = new RegExp(`(?:${MESSAGE_SENT})$`);
/** A dotted name the message goes to, ending a text (group 1; `25日致电约瑟夫·拜登` → 约瑟夫·拜登). */
const DOTTED_ADDRESSEE = new RegExp(`(?:^|[^\\u3400-\\u9fff·]|${MESSAGE_SENT})((?:(?!${MESSAGE_SENT})[\\u3400-\\u9fff]){1,8}(?:·[\\u3400-\\u9fff]{1,10})+)$`);
/** `，祝贺他当选美国总统`: the pronoun for the one named right before the comma, the post to the clause's end (group 1). */
const CONGRATULATED_ON = new RegExp(`[，,]祝贺(?:他|她)(?:再次|成功|正式|顺利)?(?:当选|就任|连任|出任|履新)为?(${POST_CHARACTER}{2,30}?)(?=[，。；]|$)`, 'g');
/** How a post of its own opens, after another run into it (`国家主席|中央军委主席`): a level or a national body. */
const LEVEL_OPENS_POST = /^(?:中央|国家|全国|国务院|中共|省|市|县|区|州)/;
/** What stands between a name and its 当选: 同志, how the vote went (`同志当选`, `全票当选`). */
const ELECTED_MANNER = /(?:同志)?(?:全票|高票|顺利|再次|连续|当场)?$/;
/** `当选为省委常委的还有A、B`: the post, then the names to the clause's end. */
const ELECTED_ALSO = /当选为?([^，。；的]{2,24})的(?:还有|有)[：:]?/g;

/**
 * The names of a list that fills [from, to) exactly (`A、B和C`, notes in brackets after a name:
 * `胡贤生（苗族）`, `龙超云（女、侗族）`), or null when anything else stands in it.
 */
/** The count of those a list names, after it (`两位同志`, `三名`). */
const LISTED_COUNT = /^[两二三四五六七八九十几]+(?:位|名)(?:同志)?$/;
function namesUpTo(s: string, from: number, to: number, taken: (i: number, name: string) => boolean, known: readonly { name: string }[] = []): [string, number][] | null {
  const names: [string, number][] = [];
  let i = from;
  while (i < to) {
    // (the count of those listed closes the list: `聘任王明、刘海两位同志为…`)
    if (names.length > 0 && LISTED_COUNT.test(s.slice(i, to))) return names;
    // (a name the sentence has named already is read again as it was: `增补A、鄂竟平为委员；…鄂竟平为…副主任`)
    // (and a name of an uncommon surname that only the list's marks bound: `…、才利民（满族）为副省长`)
    // (a name read short of the list's marks is read to them: `吾甫尔·阿不都拉（维吾尔族）`, not 吾甫尔·阿不 + 都拉)
    // (a word of the dictionary is a name there too when a list of names has begun: `…、姜信真、靠山、朱振义…为副主席`)
    const bounded = boundedName(s.slice(i, to), names.length > 0 && s[i - 1] === '、');
    // (or the one name the verb and 为 bound, of two or three characters, a note between: `任命咸辉为…副主任委员`, `选举千奋勇（蒙古族）为…主席`)
    // (of four or five where a note of the holder's nationality follows: `选举贾那布尔（哈萨克族）为…主席`)
    const noted = /^（[^（）]{1,8}）/.exec(s.slice(i + (bounded?.length ?? 0), to))?.[0];
    const alone = names.length === 0 && bounded !== null && (bounded.length <= 3 || (bounded.length <= 5 && !!noted && /族）$/.test(noted))) && i + bounded.length + (noted?.length ?? 0) === to;
    let name = cuedName(s, i) ?? known.find((p) => s.startsWith(p.name, i) && /[、和，；。为（]/.test(s[i + p.name.length] ?? ''))?.name ?? (names.length > 0 || alone ? bounded : null);
    // (and a name that ends in 和 before the list's mark: `、那顺孟和、`, a Mongolian name, not 那顺孟 and a conjunction)
    if (name && bounded && bounded.length > name.length && bounded.startsWith(name) && (!/[、和（]/.test(s[i + name.length] ?? '') || (s[i + name.length] === '和' && bounded.endsWith('和') && bounded.length === name.length + 1))) name = bounded;
    if (!name || taken(i, name)) return null;
    names.push([name, i]);
    i += name.length;
    const note = /^（[^（）]{1,8}）/.exec(s.slice(i, to));
    if (note) i += note[0].length;
    if (i < to && /[、和]/.test(s[i])) i++;
  }
  return i === to && names.length ? names : null;
}

/**
 * A name that the marks of a list bound on both sides (`、才利民（满族）` up to 为): two to four
 * characters and no word of the dictionary, or a foreign name with its dots. Read where the cue
 * rules read no name only after a name the list has read already.
 */
function boundedName(rest: string, listed = false): string | null {
  // (a name of a minority people may run to seven characters before its note: `宝音德力格尔（蒙古族）`)
  const m = /^(?:[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]{5,7}(?=（[^（）]{1,6}族）)|[\u3400-\u9fff]{1,8}(?:·[\u3400-\u9fff]{1,8}){1,3})(?=[、（]|$)/.exec(rest);
  // (a place word of the dictionary may be a name there: `韩修国、小苏、李重庵为副省长`; so may any word a
  // note of a people follows, which only a person has: `千奋勇（蒙古族）`, 千奋勇 a set phrase of the dictionary)
  // (no pronoun: `选举我继续担任…主席`)
  return m && !/^[我你他她它您咱]/.test(m[0]) && (!isCommonWord(m[0]) || listed || placeWordAt(m[0], 0) === m[0].length || /^（[^（）]{0,4}族/.test(rest.slice(m[0].length))) && !TITLE_HEAD_RE.test(m[0]) ? m[0] : null;
}

/** A transliterated name of two or more characters that the cue rules read at `i` (泽连斯基)? */
function foreignNameAt(s: string, i: number): boolean {
  const name = cuedName(s, i);
  return name !== null && name.length >= 2 && TRANSLIT_WHOLE.test(name);
}

/**
 * A leader's name the dictionary takes for a place (`俄罗斯总统普京签署`: 普京 is tagged ns), read
 * after a country's head-of-state post: no place follows `<country>总统`. The post must open with
 * a place of the dictionary (not 国务院总理), and the word must be a place word of two or three
 * characters, no longer word starting there (`总统府`), not the start of a longer post or a body
 * (`俄罗斯总统叙利亚问题特使`).
 */
function placeWordAsLeader(s: string, titleAt: number, i: number): string | null {
  if (!/(?:总统|首相|国王|总理)$/.test(s.slice(titleAt, i)) || placeWordAt(s, titleAt) < 2 || /^(?:国务院|国家|中国|中华|全国)/.test(s.slice(titleAt, i))) return null;
  const len = placeWordAt(s, i);
  if (len < 2 || len > 3) return null;
  const word = s.slice(i, i + len);
  const rest = s.slice(i + len);
  if (/^[府官]/.test(s[i] ?? '') || TITLE_HEAD_RE.test(rest.split(/[、，。；：\s]/)[0]!.slice(0, 8)) || /^[\u4e00-\u9fff]?(?:省|市|县|区|州|国|府|会|部|院)/.test(rest)) return null;
  // the word ends where the next word begins (普京|签署, 普京|贺信), not inside a longer word, a
  // body or a transliterated name it starts (办公室, 新闻局, 苏纳|克, 拉马|福萨, 巴沙尔·阿萨德)
  if (isCommonWord(s.slice(i, i + len + 1)) || isCommonWord(s.slice(i, i + len + 2)) || /[室局处厅部委办院所会司署组团队社]$/.test(word) || TRANSLIT_CHARS.includes(rest[0] ?? '。') || rest[0] === '·') return null;
  if (isCommonWord(s.slice(i + len - 1, i + len + 1))) return null;
  return word;
}

/** Does [start, end) lie in a post already read for a person (text offsets)? */
function inPostOf(persons: PersonMention[], start: number, end: number): boolean {
  return persons.some((p) => p.titles.some((t) => t.start <= start && end <= t.end));
}

export const BEFORE_NAME = /(?:会见|接见|会晤|拜会|看望|陪同|感谢|钦佩|敬佩|赞赏|赞扬|称赞|评价|转达|传达|转交|聆听|牢记|祝贺|代表|邀请|请|给|向|对|同|和|与|及|在|是|由|把|将|被|为|以|到|贯彻|学习|落实|领会|按照|根据|遵照|主持|出席|参加|强调|指出|表示|说|讲话|重要|宣布|批示|指示|致信|致电|致辞|的|了|等|、|近期|近日|日前|此前|今天|昨天|当天|去年|今年|前年|当年|年初|年底|月初|月底|随后|同时|期间|(?:[天年月周]|不久|之)前|(?:[天年月周]|之|然)后|受|(?<![相响反供适答回效])应)$/;

/** The post of the other leader of a pair, ending before the 和/与/同 right before `i` (`习近平主席和|卢卡申科总统`). */
function otherLeaderPost(s: string, i: number): RegExpExecArray | null {
  const and = s[i - 1];
  return and === '和' || and === '与' || and === '同' ? LEADER_POST_END.exec(s.slice(Math.max(0, i - 4), i - 1)) : null;
}

/** The invitation that 应 before a post opens (`应国家主席…的邀请`, `…之邀`). */
const INVITED = /^[^，。；]*?(?:邀请|之邀)/;

/** Is the character at `i` a preposition, a conjunction or an adverb before a country (its post after it), no surname (`由南非总统`, `但美国总统`)? */
const opensBeforeCountry = (s: string, i: number): boolean => /[由在从被把经自但而却并且也还都]/.test(s[i] ?? '') && placeWordAt(s, i + 1) >= 2;

/** Does a name stand right before `k`, after a boundary (`会见习近平主席` → 习近平)? */
function nameBefore(s: string, k: number): boolean {
  for (const len of [3, 2]) {
    const i = k - len;
    if (i < 0) continue;
    const cand = s.slice(i, k);
    // (not a place word that runs into the post: 吉林省|长 is 吉林省长, no 吉林 before 省长)
    // (nor a body whose level's character is a surname: 区 of `区政协主席`)
    // (nor a preposition before a word, `向国家主席江泽民`: 向 is a surname too; nor 应 of an invitation, `应国家主席…的邀请`)
    // (nor a country and 前 of a former post: `印度前总理`)
    if (cand.endsWith('前') && placeWordAt(s, i) >= len - 1) continue;
    // (nor a preposition or a conjunction before a country: `但美国总统特朗普`)
    if (len === 3 && opensBeforeCountry(s, i)) continue;
    if (nameShape(cand) && !isCommonWord(cand) && !BODY_BEFORE_NAME.test(cand) && nameBoundaryBefore(s, i) && !/^(?:总|副|党组|常务)/.test(s.slice(k - 1, k)) && placeWordAt(s, i) <= len && !(len === 3 && (/[向对给同与和跟为]/.test(cand[0]!) || (cand[0] === '应' && INVITED.test(s.slice(k, k + 40)))) && isCommonWord(cand.slice(1)))) return true;
  }
  return false;
}

/** Does a name starting at `i` follow a boundary, not the inside of a word? */
export function nameBoundaryBefore(s: string, i: number): boolean {
  return i === 0 || !isCjk(s[i - 1]) || BEFORE_NAME.test(s.slice(Math.max(0, i - 4), i));
}

/** The part of a body's name after a conjunction inside it, up to the post's head: `裁军委员会`, `社会保障部`. */
const BODY_TO_HEAD = /^[\u4e00-\u9fff]{1,8}(?:委员会|协会|联合会|促进会|基金会|研究会|学会|部|厅|局)$/;

/** Does a 、 before `i` join two terms of one body (`第九届、十届`)? */
const termsList = (s: string, i: number): boolean => s[i - 1] === '、' && s[i - 2] === '届' && /^第?[一二三四五六七八九十]{1,3}届/.test(s.slice(i, i + 5));

/**
 * What ends right before a post and is none of it — a verb, a preposition, a time (`主持召开|…书记`, `由|…市长`,
 * `上午|…省长`): titleStart's walk left stops after it. By last character, the words that end with the one at
 * hand: an expression of them all, anchored at the end, was tried at each position before every step.
 */
const NOT_IN_POST_BEFORE_WORDS = [
  '主持召开', '召开', '出席', '参加', '调研', '考察', '来到', '走进', '强调', '指出', '表示', '认为', '看望', '慰问', '会见', '会晤', '拜会', '欢迎', '祝贺', '吊唁', '悼念', '哀悼', '宴请', '欢送', '选出', '接替', '接任', '取代', '谴责', '打死', '证实其', '确认其', '缅怀', '怀念', '根据', '复信', '致信', '宣读', '带着', '实现', '讨论', '发现', '批准', '取消', '围绕', '成员有', '上旬', '中旬', '下旬', '以及', '陪同', '带领', '率领', '还有', '的有', '专访', '举行', '建立', '损害', '率', '和', '及', '与', '同', '由', '在', '向', '对', '到', '是', '为', '说', '等', '了', '的', '据', '由于', '则', '、', '兼', '上午', '下午', '晚上', '当天', '当年', '当时', '援引', '这几天', '这些天', '连日来', '近年来', '近日', '日前', '近期', '最近', '目前', '前不久', '但', '而', '对于', '关于', '至于', '什么', '怎么', '为何'];
const NOT_IN_POST_BEFORE = new WordsByUnit(NOT_IN_POST_BEFORE_WORDS, 'last');

/**
 * The characters titleStart's tests of the four before a step look for at their end (every test after
 * `const before` in its loop needs one of these right before the step, or an adverb's last character three
 * before it): from any other character the walk steps left with no test. Most of a post's characters are none
 * of them, and the tests are twenty expressions and look-ups a character (≈ 5 µs a post before).
 */
const TESTED_BEFORE_STEP = new Set(
  [...'和与对据察研查导摩问及以应任像他她年因其受给经有个位暨如', ...POST_LEFT_VERBS, ...NOT_IN_POST_BEFORE_WORDS].map((w) => w.charCodeAt(w.length - 1)),
);
/** the first characters of the countries (a verb right before one ends a post's walk: the last test) */
const COUNTRY_FIRSTS = new Set([...COUNTRY_NAMES].map((n) => n.charCodeAt(0)));
/** the last characters of the adverbs of time the last test looks for before a verb (已经, 曾, 正在, 将要 …) */
const ADVERB_BEFORE_VERB_ENDS = new Set([...'经已曾在要'].map((c) => c.charCodeAt(0)));

/** The start of a post that ends its head at `headStart`: back to punctuation or a verb. */
/** 年, 月, 日 and 位, 名, 个 by unit (titleStart's tests of the character before a step) */
const DATE_UNITS = new UnitSet('年月日');
const COUNTER_UNITS = new UnitSet('位名个');
/** Is a UTF-16 unit an ASCII digit (`/\d/`)? (NaN, past either end of a string, is none) */
const isDigitUnit = (u: number): boolean => u >= 0x30 && u <= 0x39;

export function titleStart(s: string, headStart: number): number {
  const lo = Math.max(0, headStart - 28);
  let i = headStart;
  while (i > lo) {
    // `第九届、十届全国委员会副主席`: a 、 between the terms of one post is inside it
    if (termsList(s, i)) {
      i--;
      continue;
    }
    // a paper named in 《》 before its post is the post's body (`《欧洲时报》社长`)
    if (s[i - 1] === '》' && i === headStart) {
      const open = s.lastIndexOf('《', i - 1);
      if (open >= lo && i - 1 - open >= 2 && i - 1 - open <= 12 && PUBLICATION_NAME.test(s.slice(open + 1, i - 1))) {
        i = open;
        break;
      }
    }
    // a quoted term inside the post, 、 and all (`中央“不忘初心、牢记使命”主题教育领导小组常务副组长`)
    if (s[i - 1] === '”') {
      const open = s.lastIndexOf('“', i - 1);
      if (open > lo && i - 1 - open <= 20 && !/[。；，]/.test(s.slice(open, i)) && isCjk(s[open - 1])) {
        i = open;
        continue;
      }
    }
    // a qualifier in brackets inside the post (`大会主席团常务（执行）主席`)
    if ((s[i - 1] === '）' || s[i - 1] === ')') && i === headStart && /^[\u4e00-\u9fff]/.test(s[i] ?? '')) {
      const q = /[（(]([\u4e00-\u9fff]{1,4})[）)]$/.exec(s.slice(Math.max(lo, i - 7), i));
      if (q && isCjk(s[i - q[0].length - 1])) {
        i -= q[0].length;
        continue;
      }
    }
    // (the character before the step by its unit: a string of it for each test was most of a step)
    const c = s.charCodeAt(i - 1);
    if (isPunctUnit(c) || !(isCjkUnit(c) || isDigitUnit(c))) break;
    // an edition's number inside the post (`第24届冬奥会工作领导小组组长`): back to its 第, else the post starts after the digits
    if (isDigitUnit(c)) {
      const num = /第\d{1,4}$/.exec(s.slice(Math.max(0, i - 6), i));
      if (!num || !/^[届次]/.test(s[i] ?? '')) break;
      i -= num[0].length;
      continue;
    }
    // 就 of a letter or a statement on someone (`就美国前国务卿…逝世`), not of 就业
    if (s[i - 1] === '就' && s[i] !== '业') break;
    // nor 从 of 从…起 (`当时英国上层从外交大臣哈立法克斯起`), not of 从事
    if (s[i - 1] === '从' && s[i] !== '事') break;
    // a date before the post (`2019年12月副省长`) is no part of it
    if (DATE_UNITS.has(c) && i >= 2 && isDigitUnit(s.charCodeAt(i - 2))) break;
    // nor a count of its holders (`两位副省长王明、刘海`, `３个外国的煤炭部长`; not 名誉主席)
    if (COUNTER_UNITS.has(c) && s[i] !== '誉' && /[\d０-９一二三四五六七八九十两几多数]/.test(s[i - 2] ?? '')) break;
    // nor a wire's dateline run on to it with no space (`新华社北京12月23日电国家主席习近平…`)
    if (s[i - 1] === '电' && s[i - 2] === '日') break;
    // (a character none of the tests below looks for: a step left, no test)
    // (nor a country's first, which the last test looks at with the verb before it)
    if (!TESTED_BEFORE_STEP.has(s.charCodeAt(i - 1)) && !ADVERB_BEFORE_VERB_ENDS.has(s.charCodeAt(i - 3)) && !COUNTRY_FIRSTS.has(s.charCodeAt(i))) {
      i--;
      continue;
    }
    // the words below are at most 4 characters: the 4 before i tell (not the whole sentence)
    const before = s.slice(Math.max(0, i - 4), i);
    // 共和国 is a word of the post (`刚果民主共和国总统`), not the conjunction 和
    if (before.endsWith('共和')) {
      i--;
      continue;
    }
    // 对 of 对外, 对台 (`蒙古对外关系部长`): a word of the post, not the preposition (but 对|外交部长, 对|外长)
    if (before.endsWith('对') && STOP_HOLDERS.some((h) => h.startsWith('对') && s.startsWith(h, i - 1)) && !/^外[交长]/.test(s.slice(i, i + 2))) {
      i--;
      continue;
    }
    // 和 of 和平, 和谈, 和解 (`中国人民争取和平与裁军委员会会长`, `美国中东和谈特别协调员`); 与/和 inside a body's name whose part after
    // it runs to the body's suffix (`…和平与裁军委员会`, `国家发展和改革委员会`, `人力资源和社会保障部`;
    // after a word of the dictionary: `宪法和法律委员会`), not a body of its own named by a place
    // (`米歇尔和欧盟委员会主席`, `在北京与俄罗斯联邦委员会主席`) or after a post (`总书记和中共中央政治局常委`)
    if ((before.endsWith('和') && /^[平谐睦谈解]/.test(s[i] ?? '')) || (/[与和]$/.test(before) && BODY_TO_HEAD.test(s.slice(i, headStart)) && (placeWordAt(s, i) < 2 || (isCommonWord(s.slice(i - 3, i - 1)) && placeWordAt(s, i - 3) < 2 && !TITLE_HEAD_END.test(s.slice(0, i - 1)))))) {
      i--;
      continue;
    }
    // 据 of 数据 (`国家数据局局长`): a word of the body's name, not the 据 a report is told by
    if (before.endsWith('数据')) {
      i -= 2;
      continue;
    }
    // 考察 of 考察团, 调研 of 调研组 (`临江市考察团团长`): a word of the group's name, not the verb
    if (/(?:考察|调研|视察|检查|督查|督导|观摩|慰问)$/.test(before) && /^[团组]/.test(s[i] ?? '')) {
      i -= 2;
      continue;
    }
    // 对 of 反对党 (`马耳他反对党领袖`): a word of the post, not the preposition
    if (before.endsWith('反对') && s[i] === '党') {
      i -= 2;
      continue;
    }
    // 及 of 阿尔及利亚, 埃及: inside a place word, not the conjunction
    if (before.endsWith('及') && [1, 2, 3].some((k) => i - 1 - k >= 0 && placeWordAt(s, i - 1 - k) >= k + 1)) {
      i--;
      continue;
    }
    // `以外交大臣X为团长`: 以 of 以…为 (not 以色列, nor 以 for Israel: `以总理内塔尼亚胡`, `以外长利维`)
    // (and of 以…率领的, `以州长X率领的…代表团`)
    if (before.endsWith('以') && s[i] !== '色' && /^[^，。；]{2,40}?(?:为(?:团长|组长|首|主任|代表)|(?:率领|带领)的)/.test(s.slice(i))) break;
    // `应斐济共和国外交外贸部长…邀请`, `致电…国务院总理`: a verb before the post (not 应急管理部)
    if (POST_LEFT_VERBS_BY_LAST.wordsAt(before, before.length - 1).some((w) => before.endsWith(w) && !POST_LEFT_VERB_NOT_AFTER[w]?.test(before.slice(0, -w.length))) || (before.endsWith('应') && !/^[急用]/.test(s[i]))) break;
    if (NOT_IN_POST_BEFORE.endsOne(before)) break;
    // a post a biography says one took (`…他回国任总统卫士长`), a comparison (`能像孟加拉国总理X所希望的那样`), a year
    // (`１９６０年贝宁…`) or a pronoun before the post open none of it (not 主任, 责任, 兼任 of a post's own words)
    if (/(?:(?<![主责兼专候新])任|(?:能|就|好|正|也|都|要)像|[他她]|[\d０-９]年)$/.test(before)) break;
    // 因 (because) and 其 (its) before a post open none of it (`因前国王X要求`, `其外交部…顾问X说`); not 其他, 其中
    // (nor inside a place's name: `土耳其总统`)
    if (((before.endsWith('因') && s[i] !== '特') || (before.endsWith('其') && !/[他它中余]/.test(s[i] ?? ''))) && ![1, 2, 3].some((k) => i - 1 - k >= 0 && placeWordAt(s, i - 1 - k) >= k + 1)) break;
    // 受 of 受…委托, 给 of 给…写信 (`受市委书记X委托`, `给市长X写信`), not inside a place's name (`坦桑尼亚桑给巴尔总统`)
    if (/[受给]$/.test(before) && ![0, 1, 2, 3].some((k) => i - 1 - k >= 0 && placeWordAt(s, i - 1 - k) >= k + 2)) break;
    // 经 of 经…批准 (`经中央军委主席X批准`), not of 经济, 经贸; 有 of 就有/还有 (`就有市委书记X参加`), not of 有关, 有色;
    // a demonstrative (`这位市长`) opens no post (该 stays: `该行行长` is the post as written)
    // (经 standing alone, not the end of a word: 财经委 is a body's)
    if (before.endsWith('经') && (i < 2 || PUNCT.test(s[i - 2]!) || /[已并须均]/.test(s[i - 2]!)) && !/[济贸营信管销]/.test(s[i] ?? '') && /^[^，。；]{2,30}?(?:批准|同意|授权|提名|推荐|签署)/.test(s.slice(i))) break;
    if (before.endsWith('有') && /[就还也都又中另只]/.test(s[i - 2] ?? '') && !/[关色限线效]/.test(s[i] ?? '')) break;
    if (/(?:这个|这位|那位)$/.test(before)) break;
    // 暨 between two posts (`集团董事长暨总裁`), not of 暨南大学
    if (before.endsWith('暨') && s[i] !== '南') break;
    // a verb an adverb of time marks before the post (`某法院已经禁止巴基斯坦前总理X…`), not a word of a body's name
    // (`联合|医院`, `信访|办公室`, `自治|政府`); nor what brings in an example (`正如国务院副总理X所说`, `比如…`)
    // (the adverb first: it rules out nearly every position without a look-up in the dictionary)
    if ((/(?:已经|已|曾经|曾|正在|将要)$/.test(s.slice(Math.max(0, i - 4), i - 2)) && isVerb(s.slice(i - 2, i))) || /(?:正如|比如|例如|譬如)$/.test(before)) break;
    // (and a verb right before a country the post opens with: `法基最终击败|肯尼亚外长阿明娜`)
    if (i >= 2 && isVerb(s.slice(i - 2, i)) && countryAt(s, i) > 0) break;
    // a name just before a post belongs to the previous person (`曹志强省政府秘书长` is rare); stop at known surnames+given followed by post? keep simple
    i--;
  }
  // `——记福建莆田县平民医院院长…`: a profile's 记, not the post's
  if (s[i] === '记' && i > 0 && /[—―-]/.test(s[i - 1])) i++;
  // the second character of a verb the walk stopped inside is the verb's (`说|服以色列总理`, `等|待联合国…主席`)
  if (i > 0 && i < headStart - 2 && isCjk(s[i - 1]) && isVerb(s.slice(i - 1, i + 1))) i++;
  return pastNewlyAppointed(s, i, headStart);
}

/**
 * 新任 inside a post is the post's (`英国新任国王`, `世界卫生组织新任总干事`); opening it, what is said of the holder
 * (`新任冶金部副部长`, `和新任副总统`): where a post starts at `i`, where it starts past such a 新任.
 */
function pastNewlyAppointed(s: string, i: number, headStart: number): number {
  return s.startsWith('新任', i) && i + 2 <= headStart ? i + 2 : i;
}

/**
 * Where a post begins in a list whose names run on with no separator (an honour list:
 * `…新闻部记者彭勇广西壮族自治区科协科普部部长朱某`): after the last name that follows another post
 * inside the span read back (not a place word across the cut: 湖南省长|沙市).
 */
function afterRunOnName(s: string, start: number, headStart: number): number {
  let at = start;
  for (let k = start + 2; k < headStart - 1; k++) {
    if (!TITLE_HEAD_END.test(s.slice(start, k))) continue;
    for (const len of [3, 2]) {
      // (no word across the name's start, no place word inside it: 人|权事务, 主席|国印尼)
      const clean = !placeWordWithin(s, k, k + len) && !crossesWords(s, k, k + len) && !isCommonWord(s.slice(k, k + 2)) && !isCommonWord(s.slice(k - 1, k + 1));
      if (k + len < headStart && nameShape(s.slice(k, k + len)) && clean) {
        at = k + len;
        break;
      }
      // (a name of three that runs right into an envoy's head is no name of two and a post: `国家主席习近平特别代表` holds no 平特别代表)
      if (len === 3 && k + len === headStart && /^(?:特使|特别代表)/.test(s.slice(headStart)) && nameShape(s.slice(k, k + len)) && clean) break;
    }
  }
  return at;
}

/** Does a place word of the dictionary start anywhere in [from, to) of `s`? */
function placeWordWithin(s: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (placeWordAt(s, j) > 0) return true;
  return false;
}

/** What ends an item of a list of names: a mark, the list's end, or the act the list does. */
const LIST_ITEM_END = /^(?:[、，。；]|和|及|等|出席|参加|列席|陪同|主持|在)/;
/**
 * A name of three characters after a list's 、 that the list bounds (LIST_ITEM_END after it), a common surname
 * first and no word in it, though its given name holds a character the genre reads as a preposition
 * (`副市长侯华锋、…、沈向民出席会议`: 向); not one the text goes on from (`、王明向大会…`).
 */
function listBoundName(s: string, i: number): string | null {
  const name = s.slice(i, i + 3);
  if (!/^[\u4e00-\u9fff]{3}$/.test(name) || !SURNAMES_1.has(name[0]!) || !LIST_ITEM_END.test(s.slice(i + 3, i + 5))) return null;
  // (or whose surname is itself a word the genre reads as a conjunction or a preposition, `、和良辉、`: 和 between two 、 joins
  // nothing, the given name then holding no such character)
  const wordSurname = FUNCTION_WORD_SURNAMES.has(name[0]!) && s[i - 1] === '、';
  if (isCommonWord(name.slice(0, 2)) || isCommonWord(name.slice(1)) || placeWordAt(s, i) >= 2 || [...name.slice(1)].filter((c) => NOT_IN_NAME.has(c)).length !== (wordSurname ? 0 : 1)) return null;
  return name;
}

/** Surnames that are also the genre's conjunctions or prepositions (和, 于, 向, 同). */
const FUNCTION_WORD_SURNAMES = new Set(['和', '于', '向', '同']);

/** Names that follow a person in a list share the list's post: `、陈飞、胡旭晨`. */
export function listAfter(s: string, i: number, offset: number, titles: PersonMention['titles'], out: PersonMention[]): void {
  /** the posts the items share: none after a 和 that opens a second list (`副主席A、B和C、D等同志作交流发言`: C and D are of another group) */
  let shared = titles;
  // (and 及: `美国参议员迪克·德宾及帕特里克·莱希`)
  while (s[i] === '、' || s[i] === '和' || s[i] === '及') {
    // (or, after 、, a name of three its list bounds whose given name holds a character of a preposition: `、沈向民出席`)
    const name = cuedName(s, i + 1) ?? (s[i] === '、' ? listBoundName(s, i + 1) : null);
    if (!name) break;
    // (nor his wife or kin joined by 和: `总统约瑟夫·拜登和夫人吉尔·拜登`)
    if (s[i] !== '、' && /^(?:夫人|丈夫|妻子|女儿|儿子|母亲|父亲)/.test(s.slice(i + 1, i + 3))) break;
    // (a country or a place joined by 和 is no name sharing the post: `伊朗代理总统穆赫贝尔和印度代表`)
    if (s[i] !== '、' && placeWordAt(s, i + 1) >= name.length) break;
    // (after 及 only a name the text goes on from as from a name, and after 和 or 及 none before a group of
    // representatives: not `张道诚及宗教界代表人士`)
    if ((s[i] === '及' && !AFTER_NAME.test(s.slice(i + 1 + name.length))) || (s[i] !== '、' && /^代表(?:人士|团)/.test(s.slice(i + 1 + name.length)))) break;
    // (a dotted name read with a post before it is that post's: `、法新社社长让·米奥` stops the list)
    if (hasNameDot(name) && TITLE_HEAD_RE.test(name.slice(0, name.search(NAME_DOT)))) break;
    // an item with a post of its own (`…总统米洛舍维奇、阿尔巴尼亚总理纳诺`) does not share the list's
    // (a post of its own stands before the clause's place: not `楼阳生在主席台就座`)
    if (TITLE_HEAD_RE.test(s.slice(i + 1 + name.length).split(/[、，。；和及在]/)[0])) break;
    // (nor an item a body's name goes on from, 和 and all, to a post: `主任潘云鹤、文史和学习委员会主任王太华`)
    if (BODY_GOES_ON.test(s.slice(i + 1 + name.length, i + 1 + name.length + 20))) break;
    // (a post one holds alone is not shared over 和: `国会主席A和B` — B is named, his post told elsewhere; nor a chain that
    // holds one, `省委副书记、省长A和B`)
    const alone = s[i] !== '、' && titles.some((t) => ONE_HOLDER_POST.test(t.name));
    if (s[i] === '和' && s[i + 1 + name.length] === '、') shared = [];
    out.push({ type: 'Person', name, start: i + 1 + offset, end: i + 1 + name.length + offset, titles: alone ? [] : [...shared] });
    i = i + 1 + name.length;
  }
}

/**
 * A post of a body one person holds (`国会主席`, `省长`, `总书记`), not a deputy's or a member's (`副主席`, `常务主席`, `委员`),
 * nor one held jointly (`联合主席`, `共同主席`) or of several bodies (`两国总统`).
 */
const ONE_HOLDER_POST = /^(?!.*(?:副|常务|执行|轮值|名誉|荣誉|联合|共同))(?![两各双])[^、]*(?:主席|总理|总统|首相|国王|女王|委员长|议长|总书记|省长|市长|县长|州长|董事长|总裁|秘书长)$/;

/** A post of an international body, whose holders the press names by transliteration (`国际原子能机构总干事`, `联合国秘书长`). */
const INTERNATIONAL_POST = /^(?:联合国|国际|世界|欧洲|亚洲|非洲|美洲|北约|欧盟|东盟|非盟|阿盟|上海合作组织|金砖)/;
/**
 * A transliterated name after a country's post, up to the day or the verb that follows it (`菲律宾女参议员德利马2017年…`,
 * `俄罗斯…机构负责人加努斯27日说`, `俄罗斯总统新闻秘书佩斯科夫4日表示`): three to seven of the press's transliterating
 * characters, the shortest run after which the text goes on as after a name.
 */
function foreignNameAfterPost(s: string, start: number, headEnd: number): string | null {
  if (!TRANSLIT_SET.has(s[headEnd] ?? '') || (countryAt(s, start) === 0 && !INTERNATIONAL_POST.test(s.slice(start, headEnd)))) return null;
  let k = headEnd;
  while (k < s.length && k - headEnd < 7 && TRANSLIT_SET.has(s[k]!)) k++;
  for (let end = headEnd + 3; end <= k; end++) {
    const rest = s.slice(end);
    // (or, where the run of transliterating characters ends, to a word: `美国总统特朗普上台后`)
    if (/^(?:[\d０-９]|[，。、；：])/.test(rest) || AFTER_NAME.test(rest) || (end === k && isCommonWord(rest.slice(0, 2)))) return placeWordAt(s, headEnd) >= end - headEnd || FOREIGN_PLACE_RE.test(s.slice(headEnd, end)) ? null : s.slice(headEnd, end);
  }
  return null;
}

/** The pronouns and function words no name the press transliterates holds (日 it may: `呼日勒苏赫`). */
const NOT_NAME_WORD_CHAR = /[他她它您我你们人的了在是与及和同等为对把被将从向到说也都又就已曾]/;
/**
 * A foreign leader's name after his country's post that the transliterating characters do not cover or the dictionary holds
 * as a word (`蒙古国总统呼日勒苏赫，`, `新西兰总督基罗，`, `蒙古国总理奥云额尔登举行…`, where 奥云 alone is read): two to six
 * characters up to a mark or the genre's verb after a name, most of them transliterating ones, longer than the name read
 * there (`read`). Only a candidate: personMentions keeps it where the article writes it again, else the reading.
 */
function recurringForeignName(s: string, start: number, at: number, title: string, read: string | null): string | null {
  if (!FOREIGN_LEADER_POST_END.test(title) || countryAt(s, start) === 0 || (read !== null && hasNameDot(read))) return null;
  // (not past a reading the text goes on after as after a name: `卢卡申科|举行会谈`)
  if (read !== null && (/^[，。、；]/.test(s.slice(at + read.length)) || AFTER_UNCOMMON_NAME.test(s.slice(at + read.length)))) return null;
  for (let len = Math.max(2, (read?.length ?? 1) + 1); len <= 6 && at + len <= s.length; len++) {
    const cand = s.slice(at, at + len);
    if (!/^[\u4e00-\u9fff]+$/.test(cand)) return null;
    const rest = s.slice(at + len);
    if (!/^[，。、；]/.test(rest) && !AFTER_UNCOMMON_NAME.test(rest)) continue;
    // (nor past it by a word: `特朗普|预计4日出庭`)
    if (read !== null && (!cand.startsWith(read) || isCommonWord(cand.slice(read.length)))) return null;
    const other = [...cand].filter((c) => !TRANSLIT_SET.has(c));
    if (other.length > (len - 1) >> 1 || other.some((c) => NOT_NAME_WORD_CHAR.test(c))) return null;
    // (nor a word of two that is no transliteration opening it: `总统夫人扎帕罗娃`)
    if (placeWordAt(s, at) > 0 || FOREIGN_PLACE_RE.test(cand) || (!TRANSLIT_WHOLE.test(cand) && isCommonWord(cand)) || (!TRANSLIT_WHOLE.test(cand.slice(0, 2)) && isCommonWord(cand.slice(0, 2)))) return null;
    return cand;
  }
  return null;
}

/**
 * A transliterated name after a post that runs to a mark, longer than the one read there
 * (`第二副总统亨利班提育、`, `蒙古国总理奥云额尔登、`, `行政长官科热米亚科。`, not 亨利班, 奥云): four to
 * seven characters, all of them the press's transliterating ones but one inside or at the end
 * that ends no name (`拉夫罗夫称，` is 拉夫罗夫, `施泰因迈尔时，` 施泰因迈尔), no place and no word of the clause.
 */
function longerForeignName(s: string, i: number, read: string | null): string | null {
  // (the cheap test first: most names after a post open with no transliterating character)
  if (!TRANSLIT_SET.has(s[i] ?? '')) return null;
  // (or to the genre's verb after it: `第一副总理斯克利亚尔在开幕式上…`)
  const m = /^[\u3400-\u9fff]{4,7}?(?=[、，,。；]|(?<![正现存所实])在|(?<![方志导面])向|(?<![宣声号])称|说|访|(?<![面反绝相针])对|(?<![共相如协陪])同|(?<![参给赋])与|(?<![即必])将|应邀|邀请|表示|指出|强调|宣布|会见|出席)/.exec(s.slice(i, i + 10));
  if (!m || (read && (read.length >= m[0].length || !m[0].startsWith(read)))) return null;
  const name = m[0];
  const other = [...name].filter((c) => !TRANSLIT_SET.has(c));
  if (other.length > 1 || [...name].some((c) => NOT_IN_NAME.has(c))) return null;
  // (nor the 时 of a clause the name is the object of: `会见…施泰因迈尔时，`)
  if (other.length === 1 && name.endsWith(other[0]!) && (AFTER_NAME.test(name.slice(-1)) || name.endsWith('时'))) return null;
  // (a word inside speaks against a name where a character is no transliterating one; a run of them all is one name: 斯克利亚尔)
  if (placeWordAt(s, i) > 0 || FOREIGN_PLACE_RE.test(name) || (other.length > 0 && hasWordInside(name))) return null;
  return name;
}


/** 和 and a body's name up to its post's head, after a list item (`文史|和学习委员会主任`). */
const BODY_GOES_ON = new RegExp(`^[和与及][^、，。；]{1,14}?(?:委员会|部|局|厅|办|院|会)${TITLE_HEAD_RE.source}`);
/** A body a post written after a name belongs to, right before the name (`市委黄钦书记`, `市政协周敏炜主席`). */
const BODY_BEFORE_NAME = /(?:[省市县区州]委|党委|党组|政协|人大)$/;
/** What follows a province's deputy post written after its holder's name: a clause's end or the holder's act. */
/** What follows a member's 委员 after his name (`张季委员指出，`, `王明委员、刘海委员`, `刘海委员代表民盟中央发言时说`, `吴东委员在发言中建议`). */
const MEMBER_AFTER_NAME = /^(?:[、，。；：]|指出|表示|强调|说|认为|建议|提出|发言|谈到|介绍|呼吁|坦言|感慨|代表[^、，。；]{1,14}?发言|在发言中)/;
const CITY_POST_AFTER_NAME = /^(?:[^\u4e00-\u9fff]|$|率|带领|在|出席|主持|参加|陪同|表示|指出|强调|说|等|和|与|一行|会见|看望|介绍|讲话|致辞|批示|为(?=副?(?:团长|组长|队长)))/;
/** Japan's posts written after its officials' names (`岸田文雄首相`, `林芳正外相`). */
const JAPANESE_POST = new RegExp(`^(?:首相|外相|防卫相|知事|官房长官|${MINISTER_XIANG_HEADS.join("|")})$`);
/** Where a dotted name the model read ends at `k` begins (`川·立派|总理`), or -1. */
function dottedNameEndingAt(s: string, k: number, offset: number, modelAt?: ReadonlyMap<number, { name: string }>): number {
  const dot = s.lastIndexOf('·', k - 1);
  if (dot < 1 || k - dot > 9 || !modelAt) return -1;
  for (let i = dot - 1; i >= Math.max(0, dot - 8); i--) {
    const name = modelAt.get(i + offset)?.name;
    if (name !== undefined) return i + name.length === k && hasNameDot(name) ? i : -1;
  }
  return -1;
}

/** A head of government's or state's post (`普京总统`, `莫迪总理`). */
const HEAD_OF_STATE_POST = /^(?:总统|总理|首相)$/;
/** A monarch's posts, after his name and regnal number. */
const MONARCH_POSTS = new Set(['国王', '女王', '亲王', '大公', '教皇', '教宗']);
/** A monarch's name and regnal number, the longest run of transliterating characters before it (`伊丽莎白二世`, `腓特烈十世`). */
const REGNAL_NAME_END = new RegExp(`[${TRANSLIT_CHARS}${REGNAL_NAME_CHARS}]{2,6}${REGNAL_NUMBER}$`);
/** Posts written after a foreign leader's name (`特朗普总统`, `莫迪总理`). */
const FOREIGN_POSTS = new Set(['总统', '副总统', '首相', '国务卿', '总理', '国王', '亲王', '埃米尔', '主席', '总书记', '国家主席']);
/**
 * A Vietnamese woman's name, a surname then 氏 then one or two characters (`越南国会主席阮氏金银`, `吴氏敏`), read after a
 * post as the surname and 氏 alone: the name runs on to where the genre's next word begins.
 */
function vietnameseFemaleNames(text: string, persons: PersonMention[]): void {
  for (const p of persons) {
    // (only after a post of Vietnam's: `临江宗亲会会长陈氏说` names no 陈氏说)
    if (p.name.length !== 2 || p.name[1] !== '氏' || !VIETNAMESE_SURNAMES.includes(p.name[0]!) || !p.titles.some((t) => t.name.includes('越南'))) continue;
    const rest = [2, 1].find((k) => /^[\u4e00-\u9fff]+$/.test(text.slice(p.end, p.end + k)) && (AFTER_NAME.test(text.slice(p.end + k)) || HELD_AFTER_NAME.test(text.slice(p.end + k))));
    if (rest === undefined) continue;
    p.end += rest;
    p.name = text.slice(p.start, p.end);
  }
}

/** …and 女王, as knownNameThenPost reads them right after a name, longest first. */
// (and the heads of an assembly or a province named after the name the article gave them with a post: `萨维议长`, `恩古巴尼省长`)
const FOREIGN_POST_AFTER = new RegExp(`^(?:${[...FOREIGN_POSTS, '女王', '议长', '众议长', '参议长', '省长', '州长'].sort((a, b) => b.length - a.length).join('|')})`);

/** The second part of a double name after a hyphen (`-卡内尔`). */
const HYPHENED = new RegExp(`^[-－‐—](?:(?!等)[${TRANSLIT_CHARS}]){2,6}`);
/** …or any second name up to a mark (`-亚历山大。`). */
const HYPHENED_TO_MARK = /^[-－‐—](?:(?![和与及等])[\u4e00-\u9fff]){2,6}(?=[，。、；：！？）)]|[和与及][\u4e00-\u9fff]|等|$)/;
const TRANSLIT_RUN = new RegExp(`^[${TRANSLIT_CHARS}]{4,7}`);

/** No name after a post where one of these follows it (`总书记权威`, `外长承诺`, `总统权力`). */
// (and coming to a country named by one character to attend: `副主席来巴出席`)
const POST_THEN_NO_NAME = new RegExp(`^(?:${POST_FOLLOWERS.join('|')}|来[\u4e00-\u9fff](?=出席|参加|访问|进行))`);

/** A dismissal: `免去X的…职务`, `免去X同志…职务` (group 1 the name). */
const DISMISSED = /免去([\u4e00-\u9fff]{2,4}?)(?:同志的?|的)([^，。；的]{2,40}?)职务/g;

/** A verb of a leader's acts of two characters right after a name: the name ends there (`常委赵乐际看望…`). */
const ACT_AFTER_NAME = /^(?:看望|出席|主持|会见|会晤|考察|调研|视察|参加|陪同|讲话|指出|强调|走访|来到|前往)$/;

/** A nationality before a name (`德国人`, `英国籍`). */
const NATIONALITY_BEFORE = /^[\u4e00-\u9fff]{1,5}?国(?:人|籍)/;
/** What one does where he came to (`来川考察`, `来澳门视察`). */
const CAME_TO_ACT = /^(?:考察|调研|视察|访问|检查|指导|出席|参加)$/;
/** Characters that do not begin a name but a clause (`和项目`, `会工作`). */
const FUNCTION_START = /[和与及同会在对向为把被将从并而或也还就都又]/;

/** Does a dictionary word (not a name) stand inside `cand` (`府指出`, `国期间`, `已商定`)? */
function hasWordInside(cand: string): boolean {
  for (let a = 0; a + 2 <= cand.length; a++) if (isCommonWord(cand.slice(a, a + 2)) || (a + 3 <= cand.length && isCommonWord(cand.slice(a, a + 3)))) return true;
  return false;
}

/**
 * What may follow a name whose surname is not a common one (多吉才让, 巴音朝鲁, 铁凝): punctuation or a verb of the genre,
 * his wife (`议长兰茨贝吉斯和夫人`), or 的 before what he gives (`…的热烈欢迎`, `…的邀请`).
 */
const AFTER_UNCOMMON_NAME = /^(?:[、，,。；：:\s（(）)”…]|和夫人|夫妇|的(?=[^，。；]{0,4}?(?:欢迎|邀请|陪同|会见|会谈|接见|访问|讲话|致辞|贺信|贺电))|和(?=[\u4e00-\u9fff]{0,20}?(?:总统|总理|主席|首相|部长|议长|外长|国王|秘书长|大使|太后|王储))|以(?=视频|书面|线上|远程)|(?:\d{1,2}月)?\d{1,2}日|共同|称(?![为作])|说|[亦也还均则都又](?=称|说|表示|认为|指出|强调|宣布)|当天|今天|昨天|前天|日前|近日|上月|上周|本月|本周|今年|去年|此前|早些时候|将(?=于|赴|前往|出席|访问|访华|来华)|向(?=[^，。；]{1,40}?(?:致电|致信|致函|发来|转达|祝贺|颁发))|曾(?=表示|说|称|指出|强调|宣布|警告|呼吁|承诺|多次|公开|访问|会见)|就(?=[^，。；]{2,30}?(?:问题|情况|局势|举行|进行|交换))|同(?:一天|日)|会面|等|同志|一行|陪同|代表|出席|主持|带领|率领|带队|上将|中将|少将|发来|发表|签署|致|互(?=致|通|赠|换|祝)|表示|指出|强调|讲话|发言|宣布|宣称|声称|重申|呼吁|警告|承认|否认|敦促|谴责|逝世|去世|对记者|通电话|通话|举行|会谈|会见|走进|来到|前往|看望|慰问|检阅|访华|来华|定于|对(?=[^，。；]{1,10}?进行[^，。；]{0,6}?访问))/;

/** A post of Japan's or Korea's (`日本首相`, `日本前首相`, `韩国总统`) ends right before `i`. */
const EAST_ASIAN_POST = /(日本|韩国|朝鲜|越南)[^，。；、\s]{0,10}$/;
/** Characters of places that Japanese names hold (大村, 山本, 阿部, 村山富市), though no Chinese given name does, and the 一 of a son's name (铃木俊一). */
const JAPANESE_NAME_CHARS = '村本部市一';

/**
 * A name the rules read with four characters where the model reads a Chinese name of two that opens it: the model's
 * (`李强监誓。` → 李强); not a compound surname's (欧阳), a transliteration, a regnal name (哈桑二世) or a Japanese name (the
 * caller's: after a Japanese or Korean post).
 */
function shorterModelName(read: string | null, model: string | undefined): string | null {
  if (!read || !model || read.length !== 4 || model.length !== 2 || !read.startsWith(model)) return read;
  return SURNAMES_1.has(read[0]!) && !SURNAMES_2.has(read.slice(0, 2)) && !TRANSLIT_WHOLE.test(read) && !/[一二三四五六七八九十]世$/.test(read) ? model : read;
}

/** A unit's party committee or government right after a reading (`杨浦|区委常委`): the reading is the place's name. */
const BODY_OF_UNIT_AFTER = /^[区市县省州旗](?:委|政府|人大|政协)/;
/**
 * A name where a cue (a post, a group word, a list) announces one. Besides the names
 * readName knows (a common surname, a known next word), a cue lets two to four characters
 * be a name when punctuation or a verb follows (`民政部部长多吉才让代表…`), and a name of a
 * common surname be followed by any dictionary word (`中宣部部长丁关根观看`).
 */
export function cuedName(s: string, i: number): string | null {
  const name = readCuedName(s, i);
  // (no place before the unit of its party committee or government: `还有：杨浦区委常委…`)
  return name !== null && BODY_OF_UNIT_AFTER.test(s.slice(i + name.length, i + name.length + 4)) ? null : name;
}
/** cuedName's reading, before the unit after it is looked at. */
function readCuedName(s: string, i: number): string | null {
  // 和, 与, 及 before a name join two people (`习近平主席和巴西总统…`): not a surname here
  // (nor 为 of `主席为A、B`: the post's names follow it)
  if (/[和与及同并之为]/.test(s[i] ?? '')) return null;
  // two adverbs in a row are no name, whatever surname the first may be (`…外长都曾访问`)
  if (ADVERBS_AFTER_NAME.includes(s[i] ?? '。') && ADVERBS_AFTER_NAME.includes(s[i + 1] ?? '。')) return null;
  // nor an adverb before a word of two (`多数强硬派议员都反对撤军`: 都 + 反对); 曾 is a surname too (`委员曾庆红`)
  if (s[i] !== '曾' && ADVERBS_AFTER_NAME.includes(s[i] ?? '。') && isCommonWord(s.slice(i + 1, i + 3))) return null;
  // a preposition before a side is no surname (`克林顿总统向中方表示`)
  if (/^[向对为给跟让被把][\u4e00-\u9fff]?方/.test(s.slice(i, i + 3))) return null;
  // a preposition before a numbered session is no surname (`王晨副委员长向十三届全国人大五次会议作说明`)
  if (/^[向在于对到][一二三四五六七八九十]+(?:届|次)/.test(s.slice(i, i + 6))) return null;
  // 边 of two acts done at once is no surname (`各委员边视察、边思考`, `边走边看`)
  if (s[i] === '边' && isVerb(s.slice(i + 1, i + 3)) && (/^[、，]?边/.test(s.slice(i + 3, i + 5)) || /边[\u4e00-\u9fff]{1,2}[、，]?$/.test(s.slice(Math.max(0, i - 4), i)))) return null;
  // a weekday is a time, not a name (`若斯潘总理周二晚表示`)
  if (/^(?:周|星期)[一二三四五六日天]/.test(s.slice(i, i + 3))) return null;
  // the old comrades after a preposition or a post are no one (`市领导向老同志介绍`, `…老同志满意`)
  if (/^[\u4e00-\u9fff]?老同志/.test(s.slice(i, i + 4)) || s.endsWith('老同志', i)) return null;
  // a group or a room the dictionary holds is no name after a post (`委员讲堂、委员宣讲团、委员会客厅`: 宣讲团)
  if (/[团厅堂室馆组队站]/.test(s[i + 2] ?? '') && isCommonNoun(s.slice(i, i + 3))) return null;
  // a top organ standing on its own is no one's name (`坚决维护习近平总书记党中央的核心…地位`)
  if (STANDALONE_ORGS_BY_FIRST.wordsAt(s, i).some((o) => s.startsWith(o, i))) return null;
  // 的 after a post makes it what describes the one named after it, no post of his now (`曾担任…助理国务卿的丹尼尔·拉塞尔`)
  if (s[i] === '的') return null;
  // 主席国 is the country that chairs (`峰会主席国沙特王储…`), no post before a name
  if (s[i] === '国' && s.endsWith('主席', i)) return null;
  // 任 of holders who serve as a group's heads is the verb (`由省委书记、省长任双组长的…领导小组`, `…任组长`)
  if (s[i] === '任' && /^[双副]?(?:组长|主任|团长|总指挥|指挥长|召集人|第一)/.test(s.slice(i + 1, i + 5))) return null;
  // (nor 由 of by whom a post is filled, before a body: `总理由国会上下两院…选举产生`)
  if (s[i] === '由' && isCommonWord(s.slice(i + 1, i + 3))) return null;
  // (nor 来 before a verb, the purpose of what one does around the post: `围绕首席科学家来组合…资源`)
  if (s[i] === '来' && isVerb(s.slice(i + 1, i + 3))) return null;
  // (nor 来 of coming, to visit or as a guest: `邀请总书记来做客`, `总书记来到…`)
  if (/^来(?:到|做客|作客|访)/.test(s.slice(i, i + 3))) return null;
  // 来 and a province's character after a post is a visit, no name (`阿卡拉代总统来川考察访问`)
  // (or a place's name: `习主席来澳门视察`)
  if (s[i] === '来') {
    const place = PROVINCE_CHARS[s[i + 1] ?? ''] ? 1 : placeWordAt(s, i + 1);
    if (place > 0 && CAME_TO_ACT.test(s.slice(i + 1 + place, i + 3 + place))) return null;
  }
  // (nor 访 and a province's character before what is said of the visit: `对克里斯琴总统访粤表示欢迎`)
  // (or a country's: `2016年习近平主席访秘，开启了…`; 访 is no surname)
  // (also at a headline's end or its space: `伊朗防长访叙 与叙总统会面`)
  if (s[i] === '访' && /^(?:表示|期间|之际|[，。、；\s]|并|时|后|$)/.test(s.slice(i + 2, i + 4))) return null;
  // what a leader's post is followed by in the genre's praise is no name (`维护习近平总书记权威和核心地位`)
  // (nor what a post does or holds: `外长承诺`, `总统权力`, `两党总书记达成的共识`)
  if (POST_THEN_NO_NAME.test(s.slice(i, i + 4))) return null;
  // a word of the genre right after the post is its verb, no name (`美国总统国家安全顾问宣布，`)
  if ((AFTER_NAME.exec(s.slice(i, i + 12))?.[0].length ?? 0) >= 2) return null;
  // nor one that starts at the post's last character, a city or a county (`许昌市长葛市`: 许昌市 + 长葛市, no 葛市)
  if (cityWordFrom(s, i - 1)) return null;
  // a place word that starts here and runs on is no name (`马来西亚总理`, `阿尔及利亚`)
  const place = placeWordAt(s, i);
  // a Japanese name of four or five characters after a Japanese post (`日本首相安倍晋三24日`), where no
  // three-character reading ends as a name does; a Korean name of three, whatever its characters
  // (`韩国总统文在寅。`: 在 is in no Chinese given name), where no two-character reading ends
  const eastAsian = EAST_ASIAN_POST.exec(s.slice(Math.max(0, i - 14), i));
  if (eastAsian) {
    const japanese = eastAsian[1] === '日本';
    // (a Vietnamese woman's name of four characters, 氏 second: `越南国会主席阮氏金银`; the model reads 阮氏)
    if (eastAsian[1] === '越南') {
      const cand = s.slice(i, i + 4);
      if (cand[1] === '氏' && /^[\u4e00-\u9fff]{4}$/.test(cand) && AFTER_NAME.test(s.slice(i + 4)) && !AFTER_NAME.test(s.slice(i + 3))) return cand;
    }
    for (const len of japanese ? [4, 5] : eastAsian[1] === '越南' ? [] : [3]) {
      const cand = s.slice(i, i + len);
      // (a Japanese surname is often a word, or holds a character of places: 大村, 中村, 山本, 阿部)
      // (a place word of two that starts a Japanese name of four is its surname, and 举行 may follow it: `日本外相河野太郎举行会谈`;
      // no locative ends one: `…众议院议员会馆门前`)
      if (cand.length !== len || !/^[\u4e00-\u9fff]+$/.test(cand) || (!japanese && isCommonWord(cand.slice(0, 2))) || (place >= 2 && !(japanese && place < len - 1)) || !(AFTER_NAME.test(s.slice(i + len)) || (japanese && /^(?:举行|进行)/.test(s.slice(i + len)))) || (japanese && /[前后内外上下里旁边]$/.test(cand))) continue;
      if (japanese ? ![...cand].some((c) => NOT_IN_NAME.has(c) && !JAPANESE_NAME_CHARS.includes(c)) && !AFTER_NAME.test(s.slice(i + 3)) : SURNAMES_1.has(cand[0]!) && !AFTER_NAME.test(s.slice(i + 2))) return cand;
    }
  }
  const plain = readName(s, i);
  // (a surname-shaped adverb before a word: `观摩团成员都认真听取汇报`)
  if (plain && adverbOpening(s, i, i + plain.length)) return null;
  // (an adverb or a conjunction before a verb is no name: `毛主席曾经说过`, `特朗普总统成功会晤`; one in a list may be: `何方、`)
  if (plain) return place > plain.length || (plain.length === 2 && isFunctionWord(plain) && !/^[、，,。；：:（(\s]/.test(s[i + 2] ?? '')) ? null : plain;
  // a Hong Kong married woman's name: her husband's surname, her own, her given name (`行政长官林郑月娥表示`; 月 of a woman's
  // name too), neither pair a word of the dictionary
  const hk = s.slice(i, i + 4);
  // (only where the sentence is of Hong Kong or Macao, or 女士 follows: not `张林顺给`, `全方位地`, `向全军老`)
  if (/^[\u4e00-\u9fff]{4}$/.test(hk) && SURNAMES_1.has(hk[0]!) && SURNAMES_1.has(hk[1]!) && !FUNCTION_START.test(hk[0]!) && !/[给地就老们]/.test(hk[3]!) && (HK_CUE.test(s.slice(Math.max(0, i - 24), i)) || /^(?:女士|夫人)/.test(s.slice(i + 4))) && !isCommonWord(hk.slice(0, 2)) && !isCommonWord(hk.slice(2)) && place < 2 && [...hk.slice(1)].every((c) => c === '月' || !NOT_IN_NAME.has(c)) && AFTER_NAME.test(s.slice(i + 4))) return hk;
  // a monarch's name with its regnal number after the post (`国王查尔斯三世出席`, `女王伊丽莎白二世。`)
  const regnal = REGNAL_NAME.exec(s.slice(i, i + 12));
  if (regnal && place < regnal[1].length && !TITLE_HEAD_RE.test(regnal[1]) && AFTER_UNCOMMON_NAME.test(s.slice(i + regnal[0].length))) return regnal[0];
  // a given name may end in a character that usually starts a word (张万年, 周光召): after a
  // post, and where the genre's verb of the meeting or punctuation follows
  const three = s.slice(i, i + 3);
  if (three.length === 3 && nameShape(three.slice(0, 2)) && !SURNAMES_2.has(three.slice(0, 2)) && NAME_FINAL_AFTER_POST.has(three[2]) && !isCommonWord(three) && place <= 3 && /^(?:主持|出席|参加|列席|[、，。])/.test(s.slice(i + 3))) return three;
  // a transliterated name of four characters or more that runs to a mark (`斯里兰卡总理古纳瓦德纳。`):
  // whole, not a surname-shaped start of it (古纳瓦)
  const whole = TRANSLIT_RUN.exec(s.slice(i, i + 8));
  // (or to the 时 of a clause it is the object of: `会见德国总统施泰因迈尔时，`, or to the talks it holds: `安德烈琴科举行会谈`)
  // (or to a verb no transliterated name ends with: `古纳瓦德纳对我国进行正式访问`)
  // (or to 的 and what is his: `批准总理贡恰鲁克的辞职申请`)
  if (whole && (/^(?:[、，,。；：:）)]|时[，,]|举行|的)/.test(s.slice(i + whole[0].length, i + whole[0].length + 2)) || AFTER_UNCOMMON_NAME.test(s.slice(i + whole[0].length))) && place < whole[0].length && !FOREIGN_PLACE_RE.test(whole[0]) && !isCommonWord(whole[0].slice(0, 2))) return whole[0];
  // (a compound surname's name of four first: `…武装部长上官怀志缓步走到…`)
  for (const len of SURNAMES_2.has(s.slice(i, i + 2)) ? [4, 3] : [3, 2]) {
    const cand = s.slice(i, i + len);
    // (a pronoun is in no name: `祝贺她当选`)
    if (cand.length !== len || place > len || !nameShape(cand) || isCommonWord(cand) || (isCommonWord(cand.slice(0, 2)) && !(len === 4 && SURNAMES_2.has(cand.slice(0, 2)))) || isCommonWord(cand.slice(1)) || /[他她它您]/.test(cand)) continue;
    // (not when its last character begins a verb of the genre: 王明|举行会谈, not 王明举|行会)
    const verb = len === 3 ? (AFTER_NAME.exec(s.slice(i + 2)) ?? HELD_AFTER_NAME.exec(s.slice(i + 2))) : null;
    if (verb && verb[0].length >= 2) continue;
    if (!crossesWords(s, i, i + len) && isCommonWord(s.slice(i + len, i + len + 2))) return cand;
  }
  if (FUNCTION_START.test(s[i] ?? '')) return null;
  for (const len of [3, 2, 4]) {
    const cand = s.slice(i, i + len);
    // (nor an idiom of four characters after a group word: `各位老同志励精图治、艰苦奋斗`)
    if (cand.length < len || place > len || !/^[\u3400-\u9fff]+$/.test(cand) || isCommonWord(cand) || isCommonWord(cand.slice(0, 2)) || (len === 4 && isFourCharWord(cand))) continue;
    // before punctuation only the plainest function words rule a name out (`阿尔及利亚总统特本。`)
    // (so do they in a transliterated name after a foreign leader's post: `阿尔及利亚总统特本致贺信`)
    const closed = /^[。，、；]/.test(s.slice(i + len, i + len + 1)) || (len <= 3 && TRANSLIT_WHOLE.test(cand) && FOREIGN_LEADER_POST_END.test(s.slice(Math.max(0, i - 4), i)));
    if ([...cand].some((c) => (closed ? /[的了在是与及等为对把被将从向到说]/.test(c) : NOT_IN_NAME.has(c))) || TITLE_HEAD_RE.test(cand)) continue;
    if (hasWordInside(cand) || crossesWords(s, i, i + len)) continue;
    // a day after the name (`克林顿12日在白宫说`) for names of two or three characters only (not `顾问贾塔10日`)
    if (AFTER_UNCOMMON_NAME.test(s.slice(i + len)) || (len <= 3 && /^\d{1,2}日/.test(s.slice(i + len)))) return cand;
  }
  // a foreign name of four to seven transliterating characters (布兰斯塔德, 格奥尔基耶娃)
  const run = TRANSLIT_RUN.exec(s.slice(i, i + 7));
  if (run) {
    for (let len = run[0].length; len >= 4; len--) {
      const cand = s.slice(i, i + len);
      if (place < len && !isCommonWord(cand) && (AFTER_UNCOMMON_NAME.test(s.slice(i + len)) || /^\d{1,2}日/.test(s.slice(i + len)))) return cand;
    }
  }
  return null;
}
