// HELD_IN, CONVENED, ADDRESSED, ISSUED: a meeting's place, host body and policies.
import type { Entity } from '../../model';
import type { Sentence } from '../text';
import { mapArray } from '../../arrays';
import { Builder } from '../builder';
import { PRESS_END, type MeetingMention } from '../meetings';
import type { NameMention } from '../bodies';
import { DEICTIC_PLACES, HELD, HELD_MANNER_WORDS, HELD_OR_OPENED, ORG_SUFFIX_RE, PROVINCE_CHARS } from '../lexicon';
import { describesNextMeeting } from '../spans';

/** The provinces' one-character names a meeting is held in (`在京`, `在沪`), not 蒙 or 苏 (Mongolia, the Soviet Union in foreign news). */
const HELD_AT_CHARS = Object.keys(PROVINCE_CHARS).filter((c) => !'蒙苏'.includes(c)).join('');
/**
 * …在长沙召开: the place a meeting is held at (manner words before the verb are not the place:
 * `在北京隆重举行`, `在日喀则市体育场盛大开幕`, nor one who presides or calls it: `在湖南省长沙市主持召开`, `在湖南调研并主持召开`,
 * nor the guest it is held for: `在人民大会堂北大厅为阿巴斯举行`); a place by the one character the press calls it by
 * (`在京主持召开`, `在沪举行`) is that place (北京, 上海).
 */
const HELD_AT = new RegExp(`在(?!就)([${HELD_AT_CHARS}]|[\\u4e00-\\u9fff]{2,12}?)(?:就[^，。；在]{2,20}?)?(?:为[\\u4e00-\\u9fff·]{1,12}?)?(?:${HELD_MANNER_WORDS.join('|')}|胜利|正式|顺利|同时|分别)?(?:(?:调研|考察|视察|检查)并)?(?:主持|组织|专门|紧急)?${HELD_OR_OPENED}`);
/** The verbs of issuing a document, and one in the clause before a policy's name. */
const ISSUES = /出台|发布|印发|制定|颁布/;
const ISSUED_BEFORE = /(?:出台|发布|印发|制定|颁布)(?:了|的)?[^，。；：]{0,30}$/;
/** 省工信厅召开…会: the body before these verbs convenes the meeting. */
const CONVENES = new RegExp(`^(?:${HELD}|主办|组织召开)`);

/** What decides that a meeting is held, right before its name (`决定`, `建议`). */
const DECIDED = /(?:决定|建议)$/;
/** What follows a meeting named in passing: its spirit, or the time since it (`党的二十大精神`, `党的十八大以来`). */
const IN_PASSING = /^(?:精神|以来|以后|之后|召开以来|胜利召开以来)/;

/** A time the text puts where a place would stand (`在当晚举行的…`, `次日`, `当天`, `在今年举行的…`, `本月`): no place of the meeting. */
const TIME_NOT_PLACE = /^(?:当|次|今|昨|前|明|同)(?:晚|日|天|夜|早)$|^(?:上午|下午|晚上|凌晨|早上|中午|傍晚|同一天|此前|此后|随后)$|^(?:今|去|明|前|当)年(?:[一二三四五六七八九十\d]{1,2}月)?(?:[上中下]旬|初|底)?$|^(?:本|上|下)(?:月|周)$/;
/** A sound or a mood a meeting closes in, no place: `在庄严的国际歌声中胜利闭幕`, `在热烈的掌声中`. */
const AMID_NOT_PLACE = /(?:声|歌|乐|气氛|氛围)中$/;

/** What the one who presides does right after his name where a place would stand (`在下午X主持召开的…`). */
const PRESIDES_AFTER = /^(?:主持|组织)/;

export function meetingsAndBodies(
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
  // a programme quoted inside a title (`印发《关于…推广“千万工程”经验的指导意见》`) is not what was issued or reviewed: the title is
  const pols = policies.filter((p) => s.text[p.start - s.start] !== '“' || !policies.some((q) => q.start < p.start && p.end < q.end));
  // HELD_IN: …在长沙召开/举行
  // (the place goes to a meeting of the sentence or to the main one: a sentence with neither is not scanned)
  const place = ms.length > 0 || main ? HELD_AT.exec(s.text) : null;
  // (nor a meeting itself, closing or opening: `在全国体委主任会议闭幕前的总结发言中`, `在北京冬奥会开闭幕式上`: a meeting
  // starts in the place and runs to its end or past it; not one inside it, `在香港会议展览中心开幕`)
  const placeAt = place ? s.start + place.index + 1 : 0;
  const placeIsMeeting = !!place && ms.some((x) => x.m.start >= placeAt && x.m.start < placeAt + place[1].length && x.m.end >= placeAt + place[1].length);
  // (not a clause of others who attend: `在同应邀参加中宣部召开的…座谈会的代表座谈时`)
  // (nor talks held there: `在总理府同X举行会谈` holds no meeting)
  // (nor a word for `here`: `在此间举行的记者招待会上`)
  // (nor a time told as what came before it: `在利维宣布辞职后举行的记者招待会上`)
  if (place && !placeIsMeeting && !DEICTIC_PLACES.includes(place[1]) && !/会上|期间|参加|出席|列席|应邀/.test(place[1]) && !/(?:[后前时]|之际|以来)$/.test(place[1]) && !TIME_NOT_PLACE.test(place[1]) && !AMID_NOT_PLACE.test(place[1]) && !/^[同与和对向]/.test(place[1]) && !/^(?:会谈|会见|会晤)/.test(s.text.slice(place.index + place[0].length))) {
    // (the meeting held, not one named in passing before it: `以贯彻十五大和中央经济工作会议精神…为主要内容的建材工作会议，1月12日在深圳召开`)
    // (and of meetings joined by 和 before 精神, the last one is the one in passing too)
    // (and meetings that describe who holds the one after them: `召开出席省…会议、省…会议的中共党员会议`)
    // (and a session whose name runs into its own press conference's: `全国政协十三届一次会议新闻发布会…在…召开`)
    const passing = (k: number): boolean => (k + 1 < ms.length && ms[k]!.m.end === ms[k + 1]!.m.start && PRESS_END.test(ms[k + 1]!.e!.name)) || IN_PASSING.test(s.text.slice(ms[k]!.m.end - s.start)) || (k + 1 < ms.length && /^[和与及、]$/.test(s.text.slice(ms[k]!.m.end - s.start, ms[k + 1]!.m.start - s.start)) && passing(k + 1)) || (k + 1 < ms.length && describesNextMeeting(s.text, ms[k]!.m.start - s.start, ms[k]!.m.end - s.start, ms[k + 1]!.m.start - s.start));
    // (but one another decides to hold, named before the place, is held there: `…主席会议召开，决定…常委会会议9月26日在乌鲁木齐召开`)
    const decided = ms.findIndex((x, k) => !passing(k) && x.m.end <= s.start + place.index && DECIDED.test(s.text.slice(Math.max(0, x.m.start - s.start - 8), x.m.start - s.start)));
    const first = decided >= 0 ? decided : ms.findIndex((_, k) => !passing(k));
    const target = first >= 0 ? ms[first]!.e! : ms.length ? ms[0].e! : main;
    // (the body the meeting is named by is its host, no place: `在美国临江商会举办的午餐会上` → 美国临江商会午餐会)
    // (nor the one who presides, a time before him: `在下午杨云彦主持召开的…现场推进会上`)
    if (target && !(target.name.startsWith(place[1]) && target.name.length > place[1].length && ORG_SUFFIX_RE.test(place[1])) && !(PRESIDES_AFTER.test(s.text.slice(place.index + 1 + place[1].length)) && b.entities.some((e) => e.type === 'Person' && place[1].endsWith(e.name)))) {
      const name = PROVINCE_CHARS[place[1]] ?? place[1];
      const loc = b.entity('Location', name);
      b.relate('HELD_IN', target, loc, s, 'held-in.place');
      if (!target.location) target.location = name;
    }
  }
  // CONVENED: 省工信厅召开…会
  for (const o of os) {
    const after = s.text.slice(o.end - s.start, o.end - s.start + 4);
    if (CONVENES.test(after)) {
      // a body after 在 is where the meeting is held (`省政府在叉车集团召开…`): the body before 在 convenes it
      const host = s.text[o.start - s.start - 1] === '在' ? os.find((x) => x.end === o.start - 1) : o;
      if (!host) continue;
      const m = ms.find((x) => x.m.start >= o.end) ?? (main ? { e: main } : null);
      // (bodies joined by 、/和 before the verb hold it together: `省委、省政府召开…`)
      const hosts = [host];
      for (let k = os.indexOf(host) - 1; k >= 0 && /^[、和与及]$/.test(s.text.slice(os[k].end - s.start, hosts[0].start - s.start)); k--) hosts.unshift(os[k]);
      for (const h of hosts) {
        const oe = b.find('Organization', h.name);
        if (m && m.e && oe) b.relate('CONVENED', oe, m.e, s, 'convened.body');
      }
    }
  }
  // a meeting named by its body and its session or summit (`…领导小组第二十三次会议`, `中非合作论坛北京峰会`): the body holds it
  for (const x of ms) {
    if (x.m.bare) continue;
    const o = os.filter((o) => o.start === x.m.start && o.end < x.m.end && x.m.name.startsWith(s.text.slice(o.start - s.start, o.end - s.start))).sort((a, c) => c.end - a.end)[0];
    const oe = o && b.find('Organization', o.name);
    if (oe) b.relate('CONVENED', oe, x.e!, s, 'convened.body');
  }
  // ADDRESSED: a meeting sentence that reviews, deploys or pushes a policy
  if (pols.length && /审议|部署|宣布出台|推进|讨论|通过|学习|传达|研究/.test(s.text)) {
    // (not a meeting named for its spirit or as a point in time: `贯彻党的二十大精神`, `党的十八大以来`)
    const held = ms.filter((x) => !IN_PASSING.test(s.text.slice(x.m.end - s.start, x.m.end - s.start + 4)));
    const target = held.length ? held[0].e! : ms.length ? null : /会议|会上|大会/.test(s.text) ? main : null;
    if (target) for (const p of pols) {
      const pe = b.find('Policy', p.name);
      if (pe) b.relate('ADDRESSED', target, pe, s, 'addressed.policy');
    }
  }
  // ISSUED: a body, the verb, the policy, in one clause (`省政府印发《…》`, `国务院近日出台的…方案`)
  if (pols.length && os.length && ISSUES.test(s.text)) for (const p of pols) {
    const v = ISSUED_BEFORE.exec(s.text.slice(0, p.start - s.start));
    if (!v) continue;
    const before = os.filter((o) => o.end - s.start <= v.index && !/[，。；：]/.test(s.text.slice(o.end - s.start, v.index)));
    // (bodies joined by 、/和/与 issue it together: `中共中央、国务院印发`)
    const bodies = before.slice(-1);
    for (let k = before.length - 2; k >= 0 && /^[、和与及]$/.test(s.text.slice(before[k].end - s.start, bodies[0].start - s.start)); k--) bodies.unshift(before[k]);
    const pe = b.find('Policy', p.name);
    for (const body of bodies) {
      const oe = b.find('Organization', body.name);
      if (oe && pe) b.relate('ISSUED', oe, pe, s, 'issued.policy');
    }
  }
}
