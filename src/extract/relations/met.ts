// MET: 会见, 会谈, 接见, 会晤 from host to guest (extraction.md): the host stands before the
// verb, the named guests after it (`分别会见A和B`: one pair each); `A与B举行会谈` or
// `A和B会晤` is one pair, the first named the host. Those who only 参加会见 or are 在座, and
// a verb that opens a time clause (`会见杜文战时，…`), give none.
import type { Sentence } from '../text';
import { type PersonMention, Builder } from '../builder';

const MEET = /会见|会谈|接见|会晤/g;

export function met(b: Builder, s: Sentence, ps: PersonMention[], date: string | null): void {
  for (const v of s.text.matchAll(MEET)) {
    const at = s.start + v.index!;
    const before = s.text.slice(0, v.index!);
    if (/(?:参加|出席|陪同)$/.test(before)) continue;
    const clauseEnd = s.start + clauseEndAt(s.text, v.index! + v[0].length);
    const after = ps.filter((p) => p.start >= at + v[0].length && p.end <= clauseEnd);
    if (/^[^，。；]{0,30}?时/.test(s.text.slice(v.index! + v[0].length)) && after.length === 0) continue;
    const prior = ps.filter((p) => p.end <= at && p.start >= s.start);
    if (prior.length === 0) continue;
    const host = prior[prior.length - 1];
    // `A与B举行会谈`, `A和B成功会晤`: both before the verb, joined by 与/和/同
    const pairBefore = prior.length >= 2 ? prior[prior.length - 2] : null;
    const between = pairBefore ? s.text.slice(pairBefore.end - s.start, host.start - s.start) : '';
    if (after.length === 0 && pairBefore && /^[^，。；]{0,24}$/.test(between) && /[与和同跟]/.test(between)) {
      pair(b, pairBefore, host, s, date);
      continue;
    }
    // `A在X与B举行会谈`: the guest after 与 before the verb
    if (after.length === 0) continue;
    for (const g of after) pair(b, host, g, s, date);
  }
}

/** Where the verb's object ends: the clause, not a later `听取她…的汇报`. */
function clauseEndAt(text: string, from: number): number {
  const m = /[，。；]/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

function pair(b: Builder, host: PersonMention, guest: PersonMention, s: Sentence, date: string | null): void {
  const he = b.find('Person', host.name);
  const ge = b.find('Person', guest.name);
  if (he && ge && he !== ge) b.relate('MET', he, ge, s, 'met.verb', { date });
}
