// The per-article builder: entities by type and name, relations once each, with evidence.
import type { Entity, EntityType, Relation, RelationType } from '../model';
import type { Sentence } from './text';
export interface Mention {
  type: EntityType;
  name: string;
  start: number;
  end: number;
}

export interface PersonMention extends Mention {
  titles: { name: string; start: number; end: number }[];
}

export class Builder {
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
