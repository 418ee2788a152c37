// MET: 会见, 会谈, 接见 from host to guest.
import type { Sentence } from '../text';
import { type PersonMention, Builder } from '../builder';
export function met(b: Builder, s: Sentence, ps: PersonMention[], date: string | null): void {
  const v = /会见|会谈|接见/.exec(s.text);
  if (!v) return;
  const at = s.start + v.index;
  const host = ps.filter((p) => p.end <= at).pop();
  const guests = ps.filter((p) => p.start >= at + v[0].length);
  if (!host) return;
  const he = b.find('Person', host.name);
  for (const g of guests) {
    const ge = b.find('Person', g.name);
    if (he && ge && ge !== he) b.relate('MET', he, ge, s, 'met.verb', { date });
  }
}
