// The per-article builder: entities by type and name, relations once each, with evidence.
import type { Entity, EntityType, Relation, RelationType } from '../model';
import type { Sentence } from './text';
import type { RuleId } from './rules';
export interface Mention {
  type: EntityType;
  name: string;
  start: number;
  end: number;
}

export interface PersonMention extends Mention {
  titles: { name: string; start: number; end: number }[];
  /** the rule that read the posts (`holds.post-before-name` …), when there are any */
  rule?: RuleId;
  /** a long transliteration read only by the post after it (`泽鲁阿勒总统`): kept where the article also names it after a post */
  needsPostBefore?: boolean;
  /** a foreign leader's name read past the reading after his post (`蒙古国总统呼日勒苏赫`): kept where the article writes it again, else that reading (`shorter`, or none) */
  recurs?: { shorter: string | null };
}

const CN = '[一二三四五六七八九十]{1,3}';
const PARTY_CONGRESS = new RegExp(`^(?:中国共产党第|中共第?|党的第?)(${CN})(?:次全国代表大会|大)$|^(${CN})大$`);
const PARTY_PLENUM = new RegExp(`^(?:中国共产党第(${CN})届中央委员会第(${CN})次全体会议|(?:中共|党的)?(${CN})届(${CN})中全会)$`);

/** The one name of a congress or plenum of the Party (`党的二十大`, `党的十九届六中全会`), or null. */
export function partyMeeting(name: string): string | null {
  const c = PARTY_CONGRESS.exec(name);
  if (c) return `党的${c[1] ?? c[2]}大`;
  const p = PARTY_PLENUM.exec(name);
  return p ? `党的${p[1] ?? p[3]}届${p[2] ?? p[4]}中全会` : null;
}

/** A meeting that commemorates someone named in it. */
const COMMEMORATES = /纪念|诞辰|逝世|追悼|告别|缅怀/;

export class Builder {
  readonly entities: Entity[] = [];
  readonly relations: Relation[] = [];
  private readonly byKey = new Map<string, Entity>();
  private readonly relKeys = new Map<string, Relation>();

  /**
   * Gives an entity the fuller name the text also gives it, the old name an alias (`市人大常委会主任会议` → the headline's
   * `市人大常委会第45次主任会议`); none where another entity has that name.
   */
  rename(e: Entity, name: string): void {
    const key = `${e.type}:${name}`;
    if (this.byKey.has(key)) return;
    this.byKey.delete(`${e.type}:${e.name}`);
    if (!e.aliases?.includes(e.name)) (e.aliases ??= []).push(e.name);
    e.aliases = e.aliases.filter((a) => a !== name);
    e.name = name;
    this.byKey.set(key, e);
  }

  entity(type: EntityType, name: string, extra: Partial<Entity> = {}): Entity {
    // the Party's congresses and plenums go by one name whatever form the text uses (党的二十大 for
    // 中国共产党第二十次全国代表大会, 中共二十大, 党的第二十次全国代表大会), the form of the text an alias
    const party = type === 'Meeting' ? partyMeeting(name) : null;
    const key = `${type}:${party ?? name}`;
    let e = this.byKey.get(key);
    if (!e) {
      e = { id: `e${this.entities.length + 1}`, type, name: party ?? name, ...extra };
      this.byKey.set(key, e);
      this.entities.push(e);
    }
    if (party && party !== name && !e.aliases?.includes(name)) (e.aliases ??= []).push(name);
    return e;
  }

  find(type: EntityType, name: string): Entity | undefined {
    return this.byKey.get(`${type}:${(type === 'Meeting' ? partyMeeting(name) : null) ?? name}`);
  }

  private readonly listed = new Map<string, number>();

  /**
   * One relation per type, source and target, whatever how many rules find it. The merge
   * policy, stated once: a later `presided` beats an `attended` (with its sentence and rule),
   * `spoke` is true if any rule says so; otherwise the first rule's fact stands; the one a
   * meeting commemorates is never among those at it.
   */
  relate(type: RelationType, from: Entity, to: Entity, s: Sentence, rule: RuleId, props: Partial<Relation> = {}): void {
    // the one a meeting commemorates (纪念华国锋同志诞辰100周年座谈会) is not among those at it
    if (type === 'ATTENDED' && COMMEMORATES.test(to.name) && to.name.includes(from.name)) return;
    const key = `${type}|${from.id}|${to.id}`;
    // a meeting of two told again from the guest's side (`阿尔穆尼亚表示很高兴与江泽民会见`) is the one told first, its host first
    if (type === 'MET' && this.relKeys.has(`MET|${to.id}|${from.id}`)) return;
    const seen = this.relKeys.get(key);
    if (seen) {
      if (type !== 'ATTENDED') return;
      if (props.spoke) seen.spoke = true;
      if (props.role === 'presided' && seen.role !== 'presided') {
        seen.role = 'presided';
        seen.rule = rule;
        seen.evidence = { text: s.text, start: s.start, end: s.end };
      }
      return;
    }
    if (type === 'ATTENDED') {
      // protocol order: the position among the meeting's attendees in the order the article names them
      const n = (this.listed.get(to.id) ?? 0) + 1;
      this.listed.set(to.id, n);
      props = { ...props, order: n };
    }
    const r: Relation = { type, from: from.id, to: to.id, ...props, evidence: { text: s.text, start: s.start, end: s.end }, rule };
    this.relKeys.set(key, r);
    this.relations.push(r);
  }

  /**
   * Takes back the relations `drop` picks (a rule over the whole article overruling one run sentence
   * by sentence); the attendees left keep their protocol order, closed up.
   */
  unrelate(drop: (r: Relation) => boolean): void {
    for (let k = this.relations.length - 1; k >= 0; k--) {
      const r = this.relations[k]!;
      if (!drop(r)) continue;
      this.relations.splice(k, 1);
      this.relKeys.delete(`${r.type}|${r.from}|${r.to}`);
      if (r.type !== 'ATTENDED' || r.order === undefined) continue;
      for (const x of this.relations) if (x.type === 'ATTENDED' && x.to === r.to && x.order !== undefined && x.order > r.order) x.order--;
      this.listed.set(r.to, (this.listed.get(r.to) ?? 1) - 1);
    }
  }
}
