// Extract: one article → entities and relations, each relation with its evidence sentence.
//
// A person is found because of how the text says it: after a post (`副省长曹志强`), in a
// chain of posts (`省委副书记、省长毛伟明`), in a list sharing one post
// (`副主任张剑飞、陈飞、胡旭晨`), after a group word (`省领导汪一光、张迎春出席`),
// before a post (`习近平总书记`), or by the statistical name model where no cue stands.
// Attendance is read clause by clause: the names before 主持/出席/参加 take that role
// at the meeting named after the verb, else at the article's main meeting (the one in the
// headline or the lede), as the genre writes it.
import type { Entity, Relation, Reporter } from '../model';
import type { SegmentedArticle } from '../segment/segment';
import { sentences, type Sentence } from './text';
import { mapArray } from '../arrays';
import { Builder } from './builder';
import { within } from './spans';
import { creditedReporters, creditedStaff, personMentions, addPersons, addAuthorPosts } from './persons';
import { addMeetings, OPENING_TIME, type MeetingMention } from './meetings';
import { findOrganizations, findPolicies, bodyForms } from './bodies';
import { attendance, sceneAttendance, delegatesHosts, callerAttends, jointMeetings, attendableOnly, tripAttendance } from './relations/attendance';
import { visits, companions, cameToProvince, delegationVisits } from './relations/visits';
import { meetingsAndBodies } from './relations/meeting-bodies';
import { met } from './relations/met';
import { titleBodies } from './relations/title-at';

export interface Extraction {
  entities: Entity[];
  relations: Relation[];
  /** reporters and photographers credited inside the text (`（新华社记者 兰红光 摄）`) */
  reporters: Reporter[];
}

/** The meeting a paragraph opens with, held there and then (`X28日下午在北京人民大会堂举行，…`), when it is not the main one. */
function paragraphMeeting(s: Sentence, ms: MeetingMention[], ents: Map<string, Entity>, main: Entity | null): Entity | null {
  // (a digest's next item, `又讯 5月25日，…中心组举行…研讨会`: the first meeting it names, whoever holds it)
  const digestItem = s.text.startsWith('又讯');
  const first = ms.find((m) => (digestItem || OPENING_TIME.test(s.text.slice(0, Math.max(0, m.start - s.start)))) && !m.bare && !m.ref);
  const e = first && ents.get(`${first.start}`);
  if (e && e !== main && (digestItem || PARAGRAPH_HELD.test(s.text.slice(first!.end - s.start)))) return e;
  // (or with one held after the reported one: `会后，我市随即召开防汛工作协调会，…`; its bare 参加会议 after is at it)
  const after = ms.find((m) => !m.bare && !m.ref && HELD_AFTER_OPENING.test(s.text.slice(0, Math.max(0, m.start - s.start))));
  const held = after && ents.get(`${after.start}`);
  return held && held !== main ? held : null;
}
/** A paragraph's opening that holds another meeting after the reported one: 会后 (随后, …结束后), who holds it, 召开/举行. */
const HELD_AFTER_OPENING = /^(?:会后|随后|会议结束后|[^，。；]{2,12}结束后)，[^，。；]{0,10}?(?:随即|接着|紧接着|立即)?(?:召开|举行)了?$/;
/** What follows a meeting that opens a paragraph it is about: its day, place and 举行/召开/开幕. */
const PARAGRAPH_HELD = /^(?:\d{1,2}日|[今昨]天)?(?:[上下]午|晚)?(?:在[^，。；]{2,24}?)?(?:隆重)?(?:举行|召开|开幕)/;

/** A policy head that right after a person's name is what he does or intends (`阿拉法特计划`). */
const POLICY_AFTER_NAME = /^(?:计划|规划|方案|行动|措施)$/;

export function extractArticle(article: SegmentedArticle): Extraction {
  // in stages of their own: each is compiled (and, while V8 warms up, recompiled) on its own,
  // which costs every worker thread less than one function of them all
  const text = article.text;
  const b = new Builder();
  const sents = sentences(text);
  const credited = creditedReporters(text).filter((r) => !article.reporters.some((x) => x.name === r.name));
  // (the names the paper's staff is credited with are no persons either: `责任编辑 马张驰`)
  const reporters = new Set([...mapArray([...article.reporters, ...credited], (r) => r.name), ...creditedStaff(text)]);
  // (two credited names run together are no third person: `（记者陈贽 田帆刘华）`)
  for (let k = 1; k < credited.length; k++) reporters.add(credited[k - 1]!.name + credited[k]!.name);
  const { persons, model } = personMentions(article, sents, reporters);
  addPersons(b, article, sents, persons, model, reporters);
  addAuthorPosts(b, text, sents, persons, article.date);
  const { meetings, meetingEntity, main, announced } = addMeetings(b, article, sents, persons);

  // ---- organizations, policies, places
  // (one entity per body, named as the article first names it: 全国人大宪法和法律委员会 … 宪法法律委)
  const found = findOrganizations(text);
  const forms = bodyForms(found);
  const nameOf = new Map<string, string>();
  for (const [name, aliases] of forms) {
    nameOf.set(name, name);
    for (const a of aliases) nameOf.set(a, name);
  }
  const orgs = found.map((o) => ({ ...o, name: nameOf.get(o.name) ?? o.name }));
  for (const [name, aliases] of forms) b.entity('Organization', name, { aliases });
  // (a person's plan, `阿拉法特计划在英国会见…`, is no programme: a head right after a name read as a person)
  const policies = findPolicies(text).filter((p) => !persons.some((x) => x.start === p.start && p.end - x.end <= 2 && POLICY_AFTER_NAME.test(text.slice(x.end, p.end))));
  for (const p of policies) {
    const e = b.entity('Policy', p.name);
    // (a short form referring back to it is one of its names: `《决定》`)
    if (p.alias && !e.aliases?.includes(p.alias)) (e.aliases ??= []).push(p.alias);
  }

  // ---- relations, sentence by sentence
  const named = persons.filter((p) => !reporters.has(p.name));
  // a paragraph after the first that opens with another meeting held (`全国“两优一先”表彰大会28日下午在…举行`) is
  // about that meeting, and so are the paragraphs after it: their bare 出席大会, 宣读 are at it, not at the
  // article's main meeting
  let current: Entity | null = null;
  for (const s of sents) {
    const ps = within(named, s.start, s.end);
    const ms = within(meetings, s.start, s.end);
    // (until a paragraph opens with another, or names the main meeting again)
    // (nor past a line with no sentence's end: a digest's next item under its own headline)
    if (s.start > 0 && text[s.start - 1] === '\n') current = paragraphMeeting(s, ms, meetingEntity, main) ?? (ms.some((m) => meetingEntity.get(`${m.start}`) === main) || !/[。！？”]$/.test(s.text) ? null : current);
    attendance(b, s, ps, ms, meetingEntity, current ?? main, named);
    visits(b, s, ps, named, article.date);
    cameToProvince(b, s, ps, article.newspaper, article.date);
    meetingsAndBodies(b, s, ms, meetingEntity, within(orgs, s.start, s.end), within(policies, s.start, s.end), main);
    met(b, s, ps, article.date, sents, named);
  }
  sceneAttendance(b, text, sents, named, meetings, meetingEntity);
  callerAttends(b);
  jointMeetings(b, text, meetings, meetingEntity, main);
  delegatesHosts(b, text, sents, named);
  delegationVisits(b, sents, named, article.date);
  companions(b, sents, named);
  tripAttendance(b, text, sents, meetings, meetingEntity);
  titleBodies(b);
  return { entities: b.entities, relations: attendableOnly(b.relations, announced, b.entities), reporters: credited };
}

// the rules' building blocks, for tests and the library surface
export { titledPersons, creditedReporters } from './persons';
export { findMeetings, sameMeeting } from './meetings';
export { findOrganizations, findPolicies } from './bodies';
export { within } from './spans';
