// Extract: one article → entities and relations, each relation with its evidence sentence.
//
// A person is found because of how the text says it: after a post (`副省长曹志强`), in a
// chain of posts (`省委副书记、省长毛伟明`), in a list sharing one post
// (`副主任张剑飞、陈飞、胡旭晨`), after a group word (`省领导汪一光、张迎春出席`),
// before a post (`习近平总书记`), or by the statistical name model where no cue stands.
// Attendance is read clause by clause: the names before 主持/出席/参加 take that role
// at the meeting named after the verb, else at the article's main meeting (the one in the
// headline or the lede), as the genre writes it.
import type { Entity, EntityType, Relation, RelationType, AttendanceRole, Reporter } from '../model';
import type { SegmentedArticle } from '../segment/segment';
import { sentences, readName, nameShape, normName, isCjk, type Sentence } from './text';
import {
  TITLE_HEAD_RE,
  POSTNOMINAL,
  GROUP_CUES,
  ORG_SUFFIX_RE,
  STANDALONE_ORGS,
  MEETING_HEAD_RE,
  POLICY_HEADS,
  LEFT_STOPS,
} from './lexicon';
import { modelNames } from './names-bridge';
import { isCommonWord } from './jieba';
import { mapArray } from '../arrays';

interface Mention {
  type: EntityType;
  name: string;
  start: number;
  end: number;
}

interface PersonMention extends Mention {
  titles: { name: string; start: number; end: number }[];
}

class Builder {
  readonly entities: Entity[] = [];
  readonly relations: Relation[] = [];
  private readonly byKey = new Map<string, Entity>();
  private readonly relKeys = new Set<string>();

  entity(type: EntityType, name: string, extra: Partial<Entity> = {}): Entity {
    const key = `${type}:${name}`;
    let e = this.byKey.get(key);
    if (!e) {
      e = { id: `e${this.entities.length + 1}`, type, name, ...extra };
      this.byKey.set(key, e);
      this.entities.push(e);
    }
    return e;
  }

  find(type: EntityType, name: string): Entity | undefined {
    return this.byKey.get(`${type}:${name}`);
  }

  private readonly listed = new Map<string, number>();

  relate(type: RelationType, from: Entity, to: Entity, s: Sentence, props: Partial<Relation> = {}): void {
    const key = `${type}|${from.id}|${to.id}`;
    if (this.relKeys.has(key)) return;
    this.relKeys.add(key);
    if (type === 'ATTENDED') {
      // protocol order: the position among the meeting's attendees in the order the article names them
      const n = (this.listed.get(to.id) ?? 0) + 1;
      this.listed.set(to.id, n);
      props = { ...props, order: n };
    }
    this.relations.push({ type, from: from.id, to: to.id, ...props, evidence: { text: s.text, start: s.start, end: s.end } });
  }
}

const PUNCT = /[，,。；;：:！？!?、（）()【】\[\]\s“”"‘’《》—…·]/;
/** Stop words by their last character, longest first: leftEdge scans right to left. */
const STOPS_BY_LAST = new Map<string, string[]>();
for (const w of [...LEFT_STOPS].sort((a, b) => b.length - a.length)) {
  const k = w[w.length - 1];
  STOPS_BY_LAST.set(k, [...(STOPS_BY_LAST.get(k) ?? []), w]);
}
/** Verbs that may stand inside a meeting's name (`…部署推进会`, `…行动推进大会`). */
const IN_MEETING_NAME = new Set(['推进', '部署', '研究', '学习', '贯彻', '落实', '推动', '实施', '开展', '启动', '深入', '持续', '围绕', '聚焦', '加强', '加快', '做好', '发挥', '坚持', '明确', '整治']);
const STOPS_INNER_OK = new Set(['和', '及', '与', '等', '即']);

/**
 * The left edge of a name that ends at `end`: the nearest punctuation or left-stop word.
 * `inner` stop words (和, 及 …) may stand inside the names of bodies and meetings.
 */
function leftEdge(text: string, end: number, max: number, allowInner: boolean, meeting = false): number {
  const lo = Math.max(0, end - max);
  let edge = lo;
  for (let j = end - 1; j >= lo; j--) {
    // quote marks stand inside the names of meetings (全省“智赋万企”行动推进大会)
    if (PUNCT.test(text[j]) && !(meeting && /[“”‘’]/.test(text[j]))) {
      edge = j + 1;
      break;
    }
  }
  // the right-most stop word that ends inside (edge, end]
  for (let p = end; p > edge; p--) {
    const words = STOPS_BY_LAST.get(text[p - 1]);
    if (!words) continue;
    for (const w of words) {
      if (p - w.length < edge || !text.startsWith(w, p - w.length)) continue;
      if (allowInner && STOPS_INNER_OK.has(w)) continue;
      // in a meeting's name a verb may stand right before its head (…行动推进大会)
      if (meeting && IN_MEETING_NAME.has(w) && p > end - 4) continue;
      return p;
    }
  }
  return edge;
}

const DATE_PREFIX = /^(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚)?|^(?:今天|昨天|当天|日前|近日|上午|下午)/;

export interface Extraction {
  entities: Entity[];
  relations: Relation[];
  /** reporters and photographers credited inside the text (`（新华社记者 兰红光 摄）`) */
  reporters: Reporter[];
}

/** Names credited as reporters in the text: after 记者/通讯员/摄影, before 摄 or 报道. */
export function creditedReporters(text: string): Reporter[] {
  const out: Reporter[] = [];
  for (const m of text.matchAll(/(全媒体记者|记者|通讯员|评论员|摄影)\s*((?:[\u4e00-\u9fff·]{2,4}[\s、]*){1,5}?)(摄影?报道|摄|[)）]|$)/gm)) {
    const role = m[1] === '摄影' || m[3].startsWith('摄') ? '摄影' : m[1];
    let i = 0;
    const names = m[2];
    while (i < names.length) {
      const name = readName(names, i);
      if (!name) break;
      out.push({ name, role });
      i += name.length;
      while (/[\s、]/.test(names[i] ?? '')) i++;
    }
  }
  return out;
}

export function extractArticle(article: SegmentedArticle): Extraction {
  // in stages of their own: each is compiled (and, while V8 warms up, recompiled) on its own,
  // which costs every worker thread less than one function of them all
  const text = article.text;
  const b = new Builder();
  const sents = sentences(text);
  const credited = creditedReporters(text).filter((r) => !article.reporters.some((x) => x.name === r.name));
  const reporters = new Set(mapArray([...article.reporters, ...credited], (r) => r.name));
  const { persons, model } = personMentions(article, sents, reporters);
  addPersons(b, article, sents, persons, model, reporters);
  const { meetings, meetingEntity, main } = addMeetings(b, article, sents);

  // ---- organizations, policies, places
  const orgs = findOrganizations(text);
  for (const o of orgs) b.entity('Organization', o.name, { aliases: [] });
  const policies = findPolicies(text);
  for (const p of policies) b.entity('Policy', p.name);

  // ---- relations, sentence by sentence
  const named = persons.filter((p) => !reporters.has(p.name));
  for (const s of sents) {
    const ps = within(named, s.start, s.end);
    const ms = within(meetings, s.start, s.end);
    attendance(b, s, ps, ms, meetingEntity, main);
    visits(b, s, ps, named, article.date);
    meetingsAndBodies(b, s, ms, meetingEntity, within(orgs, s.start, s.end), within(policies, s.start, s.end), main);
    met(b, s, ps, article.date);
  }
  companions(b, sents, named);
  return { entities: b.entities, relations: b.relations, reporters: credited };
}

/** Every mention of a person in the body: with posts, by the model, and their repetitions. */
function personMentions(article: SegmentedArticle, sents: Sentence[], reporters: Set<string>): { persons: PersonMention[]; model: ModelName[] } {
  const text = article.text;
  const persons: PersonMention[] = [];
  const known = new Set<string>();
  // the model reads the headline with the body: a name's repetitions across both are evidence
  const head = [article.title, article.subtitle ?? ''].join('\n') + '\n';
  const model = mapArray(modelNames(head + text), (n) => ({ ...n, start: n.start - head.length, end: n.end - head.length }));
  const modelAt = new Map(model.filter((n) => n.start >= 0).map((n) => [n.start, n]));
  for (const s of sents) {
    for (const p of titledPersons(s.text, s.start)) {
      // where the model reads the same name with other bounds (`刘淇全面` → 刘淇), trust the model
      const m = modelAt.get(p.start);
      if (m && m.name !== p.name && Math.abs(m.name.length - p.name.length) === 1) {
        p.name = m.name;
        p.end = m.end;
      }
      persons.push(p);
    }
  }
  for (const p of persons) known.add(p.name);
  // cue-less names from the statistical model, then every later mention of a known name
  for (const n of model) if (!reporters.has(n.name)) known.add(n.name);
  const taken = new Uint8Array(text.length + 1);
  for (const p of persons) taken.fill(1, p.start, p.end);
  for (const name of known) {
    let k = text.indexOf(name);
    while (k !== -1) {
      if (!taken[k]) {
        persons.push({ type: 'Person', name, start: k, end: k + name.length, titles: [] });
        taken.fill(1, k, k + name.length);
      }
      k = text.indexOf(name, k + name.length);
    }
  }
  persons.sort((a, b2) => a.start - b2.start);
  return { persons, model };
}

type ModelName = ReturnType<typeof modelNames>[number];

/** Persons as entities, with HOLDS for their posts; headline names the body does not repeat. */
function addPersons(b: Builder, article: SegmentedArticle, sents: Sentence[], persons: PersonMention[], model: ModelName[], reporters: Set<string>): void {
  for (const n of model) if (n.start < 0 && !reporters.has(n.name) && !persons.some((p) => p.name === n.name)) b.entity('Person', n.name);
  for (const p of persons) {
    if (reporters.has(p.name) && p.titles.length === 0) continue;
    const pe = b.entity('Person', p.name);
    const s = sentenceAt(sents, p.start);
    for (const t of p.titles) {
      const te = b.entity('Title', t.name);
      if (s) b.relate('HOLDS', pe, te, s, { date: article.date });
    }
  }
}

/** The meetings of the text and of the headline as entities; which one the article is about. */
function addMeetings(b: Builder, article: SegmentedArticle, sents: Sentence[]): { meetings: MeetingMention[]; meetingEntity: Map<string, Entity>; main: Entity | null } {
  const text = article.text;
  const titleText = `${article.title} ${article.subtitle ?? ''}`;
  const meetings = findMeetings(text);
  const titleMeetings = mapArray(findMeetings(titleText), (m) => m.name);
  const meetingEntity = new Map<string, Entity>();
  for (const m of meetings) {
    const s = sentenceAt(sents, m.start);
    const held = s ? /召开|举行|主持|开幕|闭幕|举办/.test(s.text) : false;
    let name = m.name;
    if (m.bare) {
      const host = hostOf(text, sents, m.start);
      if (!host) continue;
      name = host + m.name;
    }
    const e = b.entity('Meeting', name, { date: null, location: null });
    if (held && article.date && !e.date) e.date = explicitDate(s!.text, article.date) ?? article.date;
    meetingEntity.set(`${m.start}`, e);
  }
  // a headline's meeting is the text's when the names agree (a headline may glue a kicker on)
  for (const n of titleMeetings) {
    const same = b.entities.find((e) => e.type === 'Meeting' && sameMeeting(n, e.name));
    if (!same) b.entity('Meeting', n, { date: article.date, location: null });
  }
  const main = mainMeeting(b, titleMeetings, meetings, meetingEntity, sents);

  return { meetings, meetingEntity, main };
}

function bigramSet(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Two names of one meeting: one ends the other, or they share most of their bigrams. */
export function sameMeeting(a: string, b: string): boolean {
  if (a === b || a.endsWith(b) || b.endsWith(a)) return true;
  const A = bigramSet(a);
  const B = new Set(bigramSet(b));
  const common = A.filter((g) => B.has(g)).length;
  return (2 * common) / (A.length + B.size) >= 0.6;
}

/** The first index of `xs` (sorted by start) whose start is ≥ `pos`. */
function lowerBound(xs: { start: number }[], pos: number): number {
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
function lastBefore<T extends { start: number; end: number }>(sorted: T[], pos: number): T | undefined {
  for (let i = lowerBound(sorted, pos) - 1; i >= 0 && i >= lowerBound(sorted, pos) - 8; i--) if (sorted[i].end <= pos) return sorted[i];
  return undefined;
}

function sentenceAt(sents: Sentence[], pos: number): Sentence | undefined {
  const i = lowerBound(sents, pos + 1) - 1;
  return i >= 0 && sents[i].start <= pos && pos < sents[i].end ? sents[i] : undefined;
}

function explicitDate(s: string, articleDate: string): string | null {
  const m = /(\d{1,2})月(\d{1,2})日/.exec(s);
  if (!m) return null;
  const y = articleDate.slice(0, 4);
  return `${y}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

// ------------------------------------------------------------------ persons

/** Persons named with a post, a group word or a post after the name, in one sentence. */
export function titledPersons(s: string, offset: number): PersonMention[] {
  const out: PersonMention[] = [];
  const taken = (i: number) => out.some((p) => p.start - offset <= i && i < p.end - offset);
  // 1. post(s) then name: scan every post head
  const headRe = new RegExp(TITLE_HEAD_RE.source, 'g');
  let m: RegExpExecArray | null;
  let chain: { name: string; start: number; end: number }[] = [];
  let chainEnd = -1;
  while ((m = headRe.exec(s)) !== null) {
    const headEnd = m.index + m[0].length;
    const start = titleStart(s, m.index);
    const title = s.slice(start, headEnd);
    if (chainEnd >= 0 && !/^[、]$/.test(s.slice(chainEnd, start))) chain = [];
    chain.push({ name: title, start: start + offset, end: headEnd + offset });
    chainEnd = headEnd;
    if (s.startsWith('、', headEnd)) continue; // a chain of posts goes on
    const name = readName(s, headEnd);
    if (name && !taken(headEnd)) {
      const titles = [...chain];
      out.push({ type: 'Person', name, start: headEnd + offset, end: headEnd + name.length + offset, titles });
      listAfter(s, headEnd + name.length, offset, titles, out);
      headRe.lastIndex = headEnd + name.length;
    }
    chain = []; // a chain that goes on (、) was continued above
    chainEnd = -1;
  }
  // 2. group words: 省领导汪一光、张迎春
  for (const cue of GROUP_CUES) {
    let k = s.indexOf(cue);
    while (k !== -1) {
      const i = k + cue.length;
      const name = readName(s, i);
      if (name && !taken(i)) {
        out.push({ type: 'Person', name, start: i + offset, end: i + name.length + offset, titles: [] });
        listAfter(s, i + name.length, offset, [], out);
      }
      k = s.indexOf(cue, i);
    }
  }
  // 3. name then post: 习近平总书记
  for (const post of POSTNOMINAL) {
    let k = s.indexOf(post);
    while (k !== -1) {
      for (const len of [3, 2]) {
        const i = k - len;
        if (i < 0) continue;
        const cand = s.slice(i, k);
        if (!nameShape(cand) || taken(i) || isCommonWord(cand)) continue;
        // the name stands after a boundary: punctuation or a verb (`贯彻习近平总书记`), not
        // inside a longer word (`全国宣传部长`, `省委书记`)
        if (!nameBoundaryBefore(s, i)) continue;
        // 书记 inside 总书记 / 党组书记, 主席 inside 副主席: the post is longer than it looks
        if (/^(?:总|副|党组|常务)/.test(s.slice(Math.max(0, k - 2), k).replace(/^.(?=.$)/, '')) || s.endsWith('党组', k)) continue;
        out.push({ type: 'Person', name: cand, start: i + offset, end: k + offset, titles: post === '同志' ? [] : [{ name: post, start: k + offset, end: k + post.length + offset }] });
        break;
      }
      k = s.indexOf(post, k + post.length);
    }
  }
  return out;
}

const BEFORE_NAME = /(?:会见|接见|会晤|看望|陪同|感谢|祝贺|代表|邀请|请|给|向|对|同|和|与|及|在|是|由|把|将|被|为|以|贯彻|学习|落实|领会|按照|根据|遵照|主持|出席|参加|强调|指出|表示|说|讲话|重要|宣布|批示|指示|致信|致电|致辞|的|了|等|、)$/;

/** Does a name starting at `i` follow a boundary, not the inside of a word? */
function nameBoundaryBefore(s: string, i: number): boolean {
  return i === 0 || !isCjk(s[i - 1]) || BEFORE_NAME.test(s.slice(Math.max(0, i - 4), i));
}

/** The start of a post that ends its head at `headStart`: back to punctuation or a verb. */
function titleStart(s: string, headStart: number): number {
  const lo = Math.max(0, headStart - 28);
  let i = headStart;
  while (i > lo && !PUNCT.test(s[i - 1]) && isCjk(s[i - 1])) {
    // the words below are at most 4 characters: the 4 before i tell (not the whole sentence)
    const before = s.slice(Math.max(0, i - 4), i);
    if (/(?:主持召开|召开|出席|参加|调研|考察|来到|走进|强调|指出|表示|认为|看望|慰问|会见|以及|陪同|带领|率领|率|和|及|与|同|由|在|向|对|到|是|为|说|等|了|的|、)$/.test(before)) break;
    // a name just before a post belongs to the previous person (`曹志强省政府秘书长` is rare); stop at known surnames+given followed by post? keep simple
    i--;
  }
  return i;
}

/** Names that follow a person in a list share the list's post: `、陈飞、胡旭晨`. */
function listAfter(s: string, i: number, offset: number, titles: PersonMention['titles'], out: PersonMention[]): void {
  while (s[i] === '、' || (s[i] === '和' && readName(s, i + 1))) {
    const name = readName(s, i + 1);
    if (!name) break;
    out.push({ type: 'Person', name, start: i + 1 + offset, end: i + 1 + name.length + offset, titles: [...titles] });
    i = i + 1 + name.length;
  }
}

// ------------------------------------------------------------------ meetings

interface MeetingMention {
  name: string;
  start: number;
  end: number;
  /** a bare head noun (座谈会): named by its host */
  bare: boolean;
}

const GENERIC_MEETING = /^(?:本次|此次|这次|该|各类|有关|相关|一系列|各种|各项|多场|一次|两次|系列|专题|每次|会上|大|各|本|此|这|该次|今年|去年|明年|全体|各级|有关方面)$/;
/** A verb or a quantity before 会议 makes it talk about meetings in general (`精简会议`, `全区性会议`). */
const GENERIC_MEETING_PREFIX = /(?:精简|实行|严格|参加|出席|召开|开完|开好|不开|相当|性|对|各类|减少|压缩|控制|合并|少开|开短|的|审批|管理)$|^(?:该|各|这|那|本)/;
const NUMBERED_CONGRESS = /(?:党的|中国共产党第?|中共|中国妇女|全国|省|市|县)?(?:第?[一二三四五六七八九十]{1,3}(?:次全国代表)?大(?!会)|[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,2}中全会)/g;

export function findMeetings(text: string): MeetingMention[] {
  const out: MeetingMention[] = [];
  const covered = new Uint8Array(text.length + 1);
  const re = new RegExp(MEETING_HEAD_RE.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    // 人民大会堂, 会议室, 会议中心: a building, not a meeting
    if (/^(?:[堂室厅馆场址]|中心)/.test(text.slice(end))) continue;
    const prevEnd = out.length ? out[out.length - 1].end : 0;
    const start = Math.max(leftEdge(text, m.index, 40, true, true), prevEnd);
    if (out.length && text[prevEnd] === '暨' && start === prevEnd) {
      // `区委农村工作会议暨莓茶产业高质量发展大会`: one meeting under a joint name
      const last = out[out.length - 1];
      last.name = normName(text.slice(last.start, end));
      last.end = end;
      continue;
    }
    let raw = text.slice(start, end).replace(/^[和及、与暨]/, '');
    // opening words of a clause that are not part of the name
    raw = raw.replace(DATE_PREFIX, '').replace(/^(?:记者|今天|今年|目前|会上|日前|近日|此前|随后|同时|并|还|在|从|于|的)+/, '');
    const name = normName(raw);
    const prefix = name.slice(0, name.length - m[0].length);
    if (covered[m.index]) continue;
    if (name.length === m[0].length || GENERIC_MEETING.test(prefix) || prefix.length < 2) {
      if (['座谈会', '推进会', '调度会', '报告会', '交流会', '观摩会', '茶话会', '团拜会', '联谊会', '招聘会', '颁奖会', '动员会', '研讨会', '现场会', '汇报会'].includes(m[0]) && (prefix === '' || prefix === '召开')) {
        out.push({ name: m[0], start: m.index, end, bare: true });
      }
      continue;
    }
    if (/^[\d.%年月日]+/.test(prefix) && prefix.replace(/^[\d.%年月日]+/, '').length < 2) continue;
    if (GENERIC_MEETING_PREFIX.test(prefix)) continue;
    out.push({ name, start: end - raw.length, end, bare: false });
    covered.fill(1, end - raw.length, end);
  }
  // 党的二十大, 中国妇女十三大, 二十届三中全会, 两会
  for (const c of text.matchAll(NUMBERED_CONGRESS)) {
    const s = c.index!;
    if (covered[s]) continue;
    if (!/(党的|中国共产党|中共|中国妇女|届)/.test(c[0])) continue;
    out.push({ name: c[0], start: s, end: s + c[0].length, bare: false });
    covered.fill(1, s, s + c[0].length);
  }
  for (const c of text.matchAll(/(全国|省|市)?两会/g)) {
    const s = c.index!;
    if (covered[s]) continue;
    out.push({ name: c[0].length === 2 ? '全国两会' : c[0], start: s, end: s + c[0].length, bare: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The body or place a bare 座谈会 was held at: the visit target or `在X` before it. */
function hostOf(text: string, sents: Sentence[], at: number): string | null {
  const before = text.slice(0, at);
  const m = [...before.matchAll(/(?:到|在|来到|走进)([\u4e00-\u9fff]{2,16}?(?:院|厅|局|委|中心|集团|公司|大学|学院|所|部|馆|办|基地|园区|企业))(?:调研|考察|宣讲|视察|检查|召开|主持)/g)].pop();
  if (m) return m[1];
  void sents;
  return null;
}

function mainMeeting(
  b: Builder,
  titleMeetings: string[],
  meetings: MeetingMention[],
  ents: Map<string, Entity>,
  sents: Sentence[],
): Entity | null {
  for (const n of titleMeetings) {
    const e = b.entities.find((x) => x.type === 'Meeting' && x.name !== n && sameMeeting(n, x.name));
    if (e) return e;
    const exact = meetings.some((m) => m.name === n) ? b.find('Meeting', n) : undefined;
    if (exact) return exact;
  }
  const lede = sents.slice(0, 2);
  for (const m of meetings) {
    if (lede.some((s) => s.start <= m.start && m.start < s.end)) {
      const e = ents.get(`${m.start}`);
      if (e && e.date) return e;
    }
  }
  for (const n of titleMeetings) {
    const e = b.find('Meeting', n);
    if (e) return e;
  }
  return null;
}

// ------------------------------------------------------------------ bodies, policies

interface NameMention {
  name: string;
  start: number;
  end: number;
}

const ORG_GENERIC = /^(?:有关部门|相关部门|各部门|各级|该院|该局|该厅|该所|本院|各有关部门|有关单位|职能部门|各单位|相关职能部门|部门|我省|我市|全省|全市|该中心|中心|该公司|公司|企业|这家公司|学校|医院|各地|市州|省直|区委|县委|村委|两委|各级党委|党委|政府|各级政府|省市县|市县|乡镇|街道|社区|地方|单位|机关|党委政府|国家级|省级|市级|县级|民营企业|中小企业|龙头企业|领军企业|外资企业|国有企业|骨干企业|重点企业|科技型企业)$/;

/** What follows a body's name (a one-character suffix such as 部 or 局 would otherwise read 部署, 开局). */
const AFTER_ORG = /^(?:[^\u4e00-\u9fff]|$|和|与|及|、|的|等|在|将|已|也|还|表示|召开|发布|出台|印发|主办|承办|举办|联合|组织|开展|宣布|明确|要求|认为|介绍|透露|相关|主要|负责|向|对|为|是|获|被|从|按照|要|紧紧|会同|牵头|一行|联动|党组|领导|机关|考察|调研|检查|成立|设立|建成|打造|推出|提出|积极|持续|深入|大力|共同|分别|先后|坚持|通过|举行|率先|首次|正式|全面|进一步|紧扣|聚焦|围绕|作出|交办|决策|工作|高度|同意|批准|决定|指导|支持|帮助|捐赠|授予|发起|给予|推动|参与|加强|以|于|自|里|内|旗下|等单位)/;
const ORG_BAD_END = /(?:部委|常委|新局|干部|开局|格局|布局|大局|全局|当局|结局|部分|内部|外部|全部|局部|总部|本部|基层党组|委员|实验室建设|中心城市|展厅|职能部|党员)$/;

const ORG_SUFFIX_SCAN = new RegExp(ORG_SUFFIX_RE.source.slice(0, -1), 'g');

export function findOrganizations(text: string): NameMention[] {
  const out: NameMention[] = [];
  const covered = new Uint8Array(text.length + 1);
  const push = (name: string, start: number, end: number) => {
    if (covered[start] && covered[end - 1]) return;
    out.push({ name, start, end });
    covered.fill(1, start, end);
  };
  // bodies named with a body suffix
  // find the suffixes, then walk left to the name's edge (a lazy prefix in the regex costs
  // a scan from every character)
  for (const m of text.matchAll(ORG_SUFFIX_SCAN)) {
    if (m.index === 0 || !/[\u4e00-\u9fff0-9]/.test(text[m.index! - 1])) continue;
    let end = m.index! + m[0].length;
    if (!AFTER_ORG.test(text.slice(end))) {
      // `…大数据中心湖南分中心`: a branch named after its parent is one body
      const branch = /^[\u4e00-\u9fff]{2,6}?(?:分中心|分公司|分院|分行|分会|办事处)/.exec(text.slice(end));
      if (!branch) continue;
      end += branch[0].length;
    }
    let start = leftEdge(text, end, 26, true);
    let name = text.slice(start, end).replace(/^(?:和|及|与|、|并|还|在|从|向|对|由|将|是|为|以|把|被|让|使|原)+/, '');
    name = name.replace(DATE_PREFIX, '').replace(/^\d{4}年/, '');
    // two bodies joined by 和: `博世长沙工厂和三一重能叶片工厂`
    const joined = /^(.{3,}?)[和及与](.{3,})$/.exec(name);
    if (joined && ORG_SUFFIX_RE.test(joined[1])) name = joined[2];
    start = end - name.length;
    if (text[start - 1] === '“') continue; // a quoted label (“灯塔工厂”), not a body
    if (name.length < 3 || ORG_GENERIC.test(name) || ORG_BAD_END.test(name)) continue;
    if (/^(?:全省|全市|全县|全国|各|该|本|我|此|这|那|多|全|有关|相关|一些|广大)/.test(name) && !/^全国(?:人大|政协|总工会|妇联)/.test(name)) continue;
    if (/(?:工作|会议|大会|座谈会|活动|行动|精神|问题|任务|要求|部署|项目|布局|投产|进入|设立|打造)/.test(name.slice(0, -2)) && !/委员会|领导小组/.test(name)) continue;
    if (/[的了着过得地]/.test(name)) continue;
    push(name, start, end);
  }
  // top organs standing on their own
  for (const o of STANDALONE_ORGS) {
    let k = text.indexOf(o);
    while (k !== -1) {
      const after = text.slice(k + o.length, k + o.length + 2);
      const beforeC = text[k - 1];
      // 省委 right after a place (湖南省委) or before a body (省委外事工作委员会) is part of a longer name
      const local = /^[省市县区]/.test(o);
      const freeBefore = !local || !beforeC || !isCjk(beforeC) || /[和及与、在向对由从是为经据将把被同]/.test(beforeC);
      const freeAfter = /^(?:[、，,。；和与及的]|决策|工作|交办|部署|要求|印发|出台|发布|关于|领导|高度|决定|作出|批准|同意)/.test(after) || after === '';
      if (freeBefore && freeAfter) push(o, k, k + o.length);
      k = text.indexOf(o, k + o.length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const PUBLICATION = /(?:报|日报|晚报|杂志|周刊|画报|网|频道|节目|丛书|全集|选集|文选|一书|年鉴)$/;
const GENERIC_POLICY = /^(?:有关|相关|一系列|各项|这些|一批|支持|配套|具体|若干|一揽子|系列|各类|多项|新|重大|重要|国家|省级|发展|工作|实施|政策|该|本|此|其|专项|保障|激励|改革|惠企|纾困|助企|优惠|扶持|帮扶|长效|整改)+/;
/** What may follow a policy's name: not a character that goes on with the word (`战略研发`). */
const AFTER_POLICY = /^(?:[^\u4e00-\u9fff]|$|的|和|与|及|等|出台|实施|落实|印发|获|发布|精神|要求|提出|明确|目标|任务|编制|开局|收官|为|是|已|正式|全面|在|中|期间|以来|推进|开展|取得)/;

/**
 * Whether an unquoted span ending in a policy head names a policy. Heads differ: a named
 * 行动/计划 stands on its own (`新一轮找矿突破战略行动`, `重点产业倍增计划`); 措施 and 规定
 * need their number (`九条措施`, `中央八项规定`); 方案, 条例, 意见 need 《》 or 关于; 政策,
 * 工程, 规划 need quotes, which the quoted rule reads.
 */
function namedPolicy(raw: string, head: string): boolean {
  const prefix = raw.slice(0, raw.length - head.length);
  if (prefix.length < 3 || GENERIC_POLICY.test(prefix) && prefix.replace(GENERIC_POLICY, '').length < 3) return false;
  if (/(?:工作|项目|问题|任务|要求|情况|企业|平台|领域|基地|园区|体系|机制|能力|水平|方面|我们|思想)$/.test(prefix)) return false;
  if (/[，。、；的了]/.test(prefix) && !/^关于/.test(raw) && !(head === '措施' && /若干政策$/.test(prefix))) return false;
  if (/(?:迅速|立即|积极|统一|共同|联合|实际|具体|一致|有力)$/.test(prefix)) return false;
  switch (head) {
    case '行动':
    case '计划':
      return prefix.length >= 4;
    case '战略':
      return /(?:发展|强省|强国|兴省|兴国)$/.test(prefix) && prefix.length >= 4;
    case '措施':
    case '规定':
      return /^关于|[\d一二三四五六七八九十两]+(?:条|项)|政策$/.test(prefix) || /^中央/.test(prefix);
    case '方案':
    case '条例':
    case '意见':
    case '办法':
    case '纲要':
    case '细则':
      return /^关于/.test(raw);
    default:
      return false;
  }
}

const HEAD_AT_START = new RegExp(`^(?:${POLICY_HEADS.join('|')})`);

export function findPolicies(text: string): NameMention[] {
  const out: NameMention[] = [];
  const covered = new Uint8Array(text.length + 1);
  const push = (name: string, start: number, end: number) => {
    covered.fill(1, start, end);
    const n = normName(name);
    if (n.length >= 2) out.push({ name: n, start, end });
  };
  // 《…》 that is not a publication
  for (const m of text.matchAll(/《([^《》]{2,60})》/g)) {
    const inner = m[1];
    if (PUBLICATION.test(inner) || inner.length < 4) continue;
    push(inner, m.index!, m.index! + m[0].length);
  }
  // a quoted initiative with a policy head: “智赋万企”行动, “十五五”规划, “人才强省”战略,
  // also in a run of quoted names sharing one head: “走就想促”和“送解优”行动
  for (const m of text.matchAll(/((?:“[^“”]{2,24}”(?:和|、|与)?)+)((?:[\u4e00-\u9fff]{0,4}?)(?:行动|工程|战略|规划|计划|政策|方案|条例|措施|规定))/g)) {
    for (const q of m[1].matchAll(/“([^“”]{2,24})”/g)) push(q[1] + m[2], m.index!, m.index! + m[0].length);
  }
  // unquoted named ones
  const headRe = new RegExp(`(?:${POLICY_HEADS.join('|')})`, 'g');
  for (const m of text.matchAll(headRe)) {
    const end = m.index! + m[0].length;
    if (covered[m.index!]) continue;
    const rest = text.slice(end);
    if (HEAD_AT_START.test(rest) || !AFTER_POLICY.test(rest)) continue;
    const start = leftEdge(text, end, 30, true);
    let raw = text.slice(start, end).replace(/^(?:和|及|与|、|的|了|好|并|还|实施|落实|出台|制定|开展|推进|推动|深入|持续|启动|贯彻|执行|印发|发布|违反|我省|全省|国家|要|将)+/, '');
    if (/[“”《》]/.test(raw)) continue;
    if (!namedPolicy(raw, m[0])) continue;
    push(raw, end - raw.length, end);
  }
  for (const m of text.matchAll(/([\u4e00-\u9fff]{2,8}(?:稳增长|促消费|惠企|助企|纾困))(\d{1,3})条/g)) push(m[0], m.index!, m.index! + m[0].length);
  return out.sort((a, b) => a.start - b.start);
}

// ------------------------------------------------------------------ relations

const ATTEND_VERB = /主持召开|主持|出席并讲话|出席并致辞|出席并作|出席|参加|列席/g;

function attendance(
  b: Builder,
  s: Sentence,
  ps: PersonMention[],
  meetings: MeetingMention[],
  ents: Map<string, Entity>,
  main: Entity | null,
): void {
  let from = s.start;
  for (const v of s.text.matchAll(ATTEND_VERB)) {
    const at = s.start + v.index!;
    const who = ps.filter((p) => p.start >= from && p.end <= at);
    from = at + v[0].length;
    if (who.length === 0) continue;
    const role: AttendanceRole = v[0].startsWith('主持') ? 'presided' : 'attended';
    // the meeting named right after the verb, else the article's main meeting
    const named = meetings.find((m) => m.start >= from && m.start - from <= 2 && m.start < s.end);
    let target = named ? ents.get(`${named.start}`) ?? null : null;
    if (!target && /^(?:调研|有关活动|活动|考察)/.test(s.text.slice(from - s.start)) && !main) continue;
    target ??= main;
    if (!target) continue;
    const spoke = /讲话|致辞|作/.test(v[0]);
    for (const p of who) {
      const pe = b.find('Person', p.name);
      if (pe) b.relate('ATTENDED', pe, target, s, { role, spoke });
    }
  }
  // 在…会上强调/讲话: attended and spoke
  // 刚开完A、B、C，…田卫说: the person who has just been at the meetings
  const done = /开完|参加完|出席完|参加了|出席了/.exec(s.text);
  if (done) {
    const at = s.start + done.index + done[0].length;
    const ms = meetings.filter((m) => m.start >= at && m.end <= s.end);
    const after = ms.length ? ps.filter((p) => p.start >= ms[ms.length - 1].end) : [];
    const before = ps.filter((p) => p.end <= at - done[0].length);
    const who = before.length ? before.slice(-1) : after.slice(0, 1);
    for (const m of ms) {
      const e = ents.get(`${m.start}`);
      const pe = who.length ? b.find('Person', who[0].name) : undefined;
      if (e && pe) b.relate('ATTENDED', pe, e, s, { role: 'attended', spoke: false });
    }
  }
  for (const m of s.text.matchAll(/在(.{0,40}?)(?:会上|会议上|大会上|全会上|论坛上|仪式上|典礼上|上)(?:的)?(?:重要)?(?:讲话|强调|指出|表示|说|发表|作|致辞|要求)/g)) {
    const at = s.start + m.index!;
    const who = ps.filter((p) => p.end <= at && p.start >= s.start).slice(-1);
    if (who.length === 0) continue;
    const inner = meetings.find((x) => x.start >= at && x.end <= at + m[0].length);
    const target = inner ? ents.get(`${inner.start}`) ?? null : /^在会上/.test(m[0]) ? main : null;
    if (!target) continue;
    const pe = b.find('Person', who[0].name);
    if (pe) b.relate('ATTENDED', pe, target, s, { role: 'attended', spoke: true });
  }
}

/** A visit target: a body, or a place named as one (`株洲`, `长沙市开福区`). */
function visitTarget(item: string): 'Organization' | 'Location' | null {
  const t = normName(item);
  if (t.length < 2 || t.length > 24 || /^(?:有关|相关|省直|各|该|本|这|那)/.test(t)) return null;
  if (ORG_SUFFIX_RE.test(t) && !ORG_BAD_END.test(t) && t.length >= 3) return 'Organization';
  if (/^[\u4e00-\u9fff]{1,8}(?:省|市|县|区|州|镇|乡|村|街道|社区|园区|新区|开发区)$/.test(t)) return 'Location';
  return null;
}

function visits(b: Builder, s: Sentence, ps: PersonMention[], all: PersonMention[], date: string | null): void {
  const subject = (at: number): PersonMention | undefined =>
    lastBefore(ps, at) ?? lastBefore(all, at);
  const add = (who: PersonMention | undefined, target: string, kind: 'Organization' | 'Location' | null) => {
    if (!who || !kind) return;
    const t = normName(target);
    const pe = b.find('Person', who.name);
    if (!pe) return;
    const te = kind === 'Organization' ? b.entity('Organization', t, { aliases: [] }) : b.entity('Location', t);
    b.relate('VISITED', pe, te, s, { date });
  };
  // 到X调研 / 在X宣讲调研: X is where the visit went, whatever its name ends with
  for (const m of s.text.matchAll(/(?:到|在|赴)([\u4e00-\u9fff]{2,20}?)(?:调研|考察|视察|检查|宣讲|走访|看望)/g)) {
    if (/^(?:会上|一线|基层|现场|企业|这里|当地|长期|全省|各地)$/.test(m[1])) continue;
    add(subject(s.start + m.index!), m[1], visitTarget(m[1]) ?? 'Location');
  }
  // 来到/走进/走访 A、B和C: the bodies and places of the list
  for (const m of s.text.matchAll(/(?:先后)?(?:来到|走进|走访了?|考察了|前往)([^，。；：！？]{2,120})/g)) {
    const at = s.start + m.index!;
    for (let item of m[1].split(/[、和]/)) {
      item = item.replace(/(?:调研|考察|察看|看望|慰问|详细|实地|等地|等单位|等企业|一线|现场).*$/, '');
      add(subject(at), item, visitTarget(item));
    }
  }
}

/** People who 参加/陪同 a visit (`省领导吴桂英…参加`) visited where the visit went. */
function companions(b: Builder, sents: Sentence[], persons: PersonMention[]): void {
  const visited = b.relations.filter((r) => r.type === 'VISITED');
  if (!visited.length) return;
  const first = visited[0];
  const target = b.entities.find((e) => e.id === first.to)!;
  for (const s of sents) {
    const v = /参加|陪同/.exec(s.text);
    if (!v) continue;
    const at = s.start + v.index;
    for (const p of within(persons, s.start, at)) {
      const pe = b.find('Person', p.name);
      if (pe && pe.id !== first.from) b.relate('VISITED', pe, target, s, { date: first.date ?? null });
    }
  }
}

function meetingsAndBodies(
  b: Builder,
  s: Sentence,
  meetings: MeetingMention[],
  ents: Map<string, Entity>,
  orgs: NameMention[],
  policies: NameMention[],
  main: Entity | null,
): void {
  const ms = mapArray(meetings, (m) => ({ m, e: ents.get(`${m.start}`) })).filter((x) => x.e);
  const os = orgs;
  const pols = policies;
  // HELD_IN: …在长沙召开/举行
  const place = /在([\u4e00-\u9fff]{2,12}?)(?:召开|举行|开幕|闭幕|举办)/.exec(s.text);
  if (place && !/会上|期间/.test(place[1])) {
    const target = ms.length ? ms[0].e! : main;
    if (target) {
      const loc = b.entity('Location', place[1]);
      b.relate('HELD_IN', target, loc, s);
      if (!target.location) target.location = place[1];
    }
  }
  // CONVENED: 省工信厅召开…会
  for (const o of os) {
    const after = s.text.slice(o.end - s.start, o.end - s.start + 4);
    if (/^(?:召开|主办|举办|举行|组织召开)/.test(after)) {
      const m = ms.find((x) => x.m.start >= o.end) ?? (main ? { e: main } : null);
      const oe = b.find('Organization', o.name);
      if (m && m.e && oe) b.relate('CONVENED', oe, m.e, s);
    }
  }
  // ADDRESSED: a meeting sentence that reviews, deploys or pushes a policy
  if (pols.length && /审议|部署|宣布出台|推进|讨论|通过|学习|传达|研究/.test(s.text)) {
    const target = ms.length ? ms[0].e! : /会议|会上|大会/.test(s.text) ? main : null;
    if (target) for (const p of pols) {
      const pe = b.find('Policy', p.name);
      if (pe) b.relate('ADDRESSED', target, pe, s);
    }
  }
  // ISSUED: a body issues a policy
  if (pols.length && os.length && /出台|发布|印发|制定|颁布/.test(s.text)) {
    const oe = b.find('Organization', os[0].name);
    if (oe) for (const p of pols) {
      const pe = b.find('Policy', p.name);
      if (pe) b.relate('ISSUED', oe, pe, s);
    }
  }
}

function met(b: Builder, s: Sentence, ps: PersonMention[], date: string | null): void {
  const v = /会见|会谈|接见/.exec(s.text);
  if (!v) return;
  const at = s.start + v.index;
  const host = ps.filter((p) => p.end <= at).pop();
  const guests = ps.filter((p) => p.start >= at + v[0].length);
  if (!host) return;
  const he = b.find('Person', host.name);
  for (const g of guests) {
    const ge = b.find('Person', g.name);
    if (he && ge && ge !== he) b.relate('MET', he, ge, s, { date });
  }
}
