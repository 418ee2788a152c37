// VISITED: inspections, visits and their companions.
import { normName, type Sentence } from '../text';
import { ORG_SUFFIX_RE } from '../lexicon';
import { type PersonMention, Builder } from '../builder';
import { within, lastBefore } from '../spans';
import type { RuleId } from '../rules';
import { ORG_BAD_END } from '../bodies';
/** A visit target: a body, or a place named as one (`株洲`, `长沙市开福区`). */
export function visitTarget(item: string): 'Organization' | 'Location' | null {
  const t = normName(item);
  if (t.length < 2 || t.length > 24 || /^(?:有关|相关|省直|各|该|本|这|那)/.test(t)) return null;
  if (ORG_SUFFIX_RE.test(t) && !ORG_BAD_END.test(t) && t.length >= 3) return 'Organization';
  if (/^[\u4e00-\u9fff]{1,8}(?:省|市|县|区|州|镇|乡|村|街道|社区|园区|新区|开发区)$/.test(t)) return 'Location';
  return null;
}

export function visits(b: Builder, s: Sentence, ps: PersonMention[], all: PersonMention[], date: string | null): void {
  const subject = (at: number): PersonMention | undefined =>
    lastBefore(ps, at) ?? lastBefore(all, at);
  const add = (who: PersonMention | undefined, target: string, kind: 'Organization' | 'Location' | null, rule: RuleId) => {
    if (!who || !kind) return;
    const t = normName(target);
    const pe = b.find('Person', who.name);
    if (!pe) return;
    const te = kind === 'Organization' ? b.entity('Organization', t, { aliases: [] }) : b.entity('Location', t);
    b.relate('VISITED', pe, te, s, rule, { date });
  };
  // 到X调研 / 在X宣讲调研: X is where the visit went, whatever its name ends with
  for (const m of s.text.matchAll(/(?:到|在|赴)([\u4e00-\u9fff]{2,20}?)(?:调研|考察|视察|检查|宣讲|走访|看望)/g)) {
    if (/^(?:会上|一线|基层|现场|企业|这里|当地|长期|全省|各地)$/.test(m[1])) continue;
    add(subject(s.start + m.index!), m[1], visitTarget(m[1]) ?? 'Location', 'visited.to-place');
  }
  // 来到/走进/走访 A、B和C: the bodies and places of the list
  for (const m of s.text.matchAll(/(?:先后)?(?:来到|走进|走访了?|考察了|前往)([^，。；：！？]{2,120})/g)) {
    const at = s.start + m.index!;
    for (let item of m[1].split(/[、和]/)) {
      item = item.replace(/(?:调研|考察|察看|看望|慰问|详细|实地|等地|等单位|等企业|一线|现场).*$/, '');
      add(subject(at), item, visitTarget(item), 'visited.list');
    }
  }
}

/** People who 参加/陪同 a visit (`省领导吴桂英…参加`) visited where the visit went. */
export function companions(b: Builder, sents: Sentence[], persons: PersonMention[]): void {
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
      if (pe && pe.id !== first.from) b.relate('VISITED', pe, target, s, 'visited.companion', { date: first.date ?? null });
    }
  }
}
