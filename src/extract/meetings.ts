// Meetings: names read back from a head noun, numbered congresses, bare head nouns named by
// their host, and which meeting an article is about.
import type { Entity } from '../model';
import type { SegmentedArticle } from '../segment/segment';
import { normName, type Sentence } from './text';
import { MEETING_HEAD_RE } from './lexicon';
import { mapArray } from '../arrays';
import { Builder } from './builder';
import { leftEdge, DATE_PREFIX, sentenceAt, explicitDate } from './spans';
/** The meetings of the text and of the headline as entities; which one the article is about. */
export function addMeetings(b: Builder, article: SegmentedArticle, sents: Sentence[]): { meetings: MeetingMention[]; meetingEntity: Map<string, Entity>; main: Entity | null } {
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

export function bigramSet(s: string): string[] {
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

// ------------------------------------------------------------------ meetings

export interface MeetingMention {
  name: string;
  start: number;
  end: number;
  /** a bare head noun (座谈会): named by its host */
  bare: boolean;
}

export const GENERIC_MEETING = /^(?:本次|此次|这次|该|各类|有关|相关|一系列|各种|各项|多场|一次|两次|系列|专题|每次|会上|大|各|本|此|这|该次|今年|去年|明年|全体|各级|有关方面)$/;
/** A verb or a quantity before 会议 makes it talk about meetings in general (`精简会议`, `全区性会议`). */
export const GENERIC_MEETING_PREFIX = /(?:精简|实行|严格|参加|出席|召开|开完|开好|不开|相当|性|对|各类|减少|压缩|控制|合并|少开|开短|的|审批|管理)$|^(?:该|各|这|那|本)/;
export const NUMBERED_CONGRESS = /(?:党的|中国共产党第?|中共|中国妇女|全国|省|市|县)?(?:第?[一二三四五六七八九十]{1,3}(?:次全国代表)?大(?!会)|[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,2}中全会)/g;

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
export function hostOf(text: string, sents: Sentence[], at: number): string | null {
  const before = text.slice(0, at);
  const m = [...before.matchAll(/(?:到|在|来到|走进)([\u4e00-\u9fff]{2,16}?(?:院|厅|局|委|中心|集团|公司|大学|学院|所|部|馆|办|基地|园区|企业))(?:调研|考察|宣讲|视察|检查|召开|主持)/g)].pop();
  if (m) return m[1];
  void sents;
  return null;
}

export function mainMeeting(
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
