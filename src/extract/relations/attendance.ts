// ATTENDED: who presided over, attended or spoke at which meeting.
import type { Entity, AttendanceRole } from '../../model';
import type { Sentence } from '../text';
import { type PersonMention, Builder } from '../builder';
import type { MeetingMention } from '../meetings';
// ------------------------------------------------------------------ relations

export const ATTEND_VERB = /主持召开|主持|出席并讲话|出席并致辞|出席并作|出席|参加|列席/g;

export function attendance(
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
      if (pe) b.relate('ATTENDED', pe, target, s, 'attended.verb', { role, spoke });
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
      if (e && pe) b.relate('ATTENDED', pe, e, s, 'attended.done', { role: 'attended', spoke: false });
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
    if (pe) b.relate('ATTENDED', pe, target, s, 'attended.spoke-at', { role: 'attended', spoke: true });
  }
}
