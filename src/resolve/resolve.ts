// Resolve: the articles of the whole corpus (ArticleRecord[], what `kg extract` writes) →
// one set of nodes and edges with stable keys, each edge with the sentences behind it.
// Pure: no I/O; the graph is built from this result by ./graph.ts.
//
// Identity across articles (extraction.md "Across articles"):
//   - Person: one node per name, unless the same name holds posts of two provinces in the
//     same period — then one node per province, each flagged `homonym` (a name seen in two
//     provinces at different times is one official who was transferred);
//   - Meeting: same date and same canonical name, or one name a prefix-free variant of the
//     other (2025年省委外事工作委员会全体会议 / 省委外事工作委员会全体会议), or the same host
//     (CONVENED) and head noun on the same date;
//   - Organization, Title: the canonical organ name (省人社厅 = 湖南省人力资源和社会保障厅);
//     a company's short name joins its one long name (湖南钢铁 → 湖南钢铁集团有限公司);
//   - Policy: quotes and 《》 removed; a short form joins the one long form it abbreviates
//     (智赋万企 → 智赋万企行动, 提振消费专项行动方案 → 湖南省提振消费专项行动方案).
// Keys are type + canonical form (src/model.ts), so a rebuild of the same input gives the
// same keys, and output order is sorted, never insertion order.

import type {
  ArticleRecord,
  AttendanceRole,
  EdgeEvidence,
  Entity,
  EntityType,
  GraphEdgeAttributes,
  GraphEdgeType,
  GraphNodeAttributes,
  NodeType,
  RelationType,
} from '../model';
import {
  canonicalLocation,
  canonicalMeeting,
  canonicalOrganization,
  canonicalPolicy,
  canonicalTitle,
  cleanName,
  expandedName,
  meetingHead,
  organizationReductions,
  policyReductions,
  provinceOf,
  regionOf,
  type Region,
} from './normalize';
import { findName, sentenceAround } from './evidence';
import { UnionFind, longerFirst, mergeShortForms } from './unionfind';
import { FloatColumn, IntColumn, StringTable } from '../columns';
import { articleKey, cmp, edgeKey } from './keys';
import { MentionEdges, MentionRows, mergeByKey } from './mentions';
import { recordIsTraditional, recordNamesMapped, toSimplified } from '../ingest/script';

export type ResolvedNodeAttributes = Omit<GraphNodeAttributes, 'x' | 'y'>;

export interface ResolvedNode {
  key: string;
  attributes: ResolvedNodeAttributes;
}

export interface ResolvedEdge {
  key: string;
  source: string;
  target: string;
  attributes: GraphEdgeAttributes;
}

/** A relation of the input that could not become an edge, and why. */
export interface DroppedRelation {
  article: string;
  type: string;
  reason: 'unknown-entity' | 'endpoint-types' | 'self-loop' | 'empty-name';
}

export interface ResolvedCorpus {
  nodes: ResolvedNode[];
  edges: ResolvedEdge[];
  dropped: DroppedRelation[];
}

/**
 * The same, its nodes and edges made as they are taken (in key order, once): what graphOf
 * needs, without every node and edge held twice while it builds the graph.
 */
export interface ResolvedStream {
  nodes: Iterable<ResolvedNode>;
  edges: Iterable<ResolvedEdge>;
  /** the MENTIONS edges as rows (./mentions.ts), apart from `edges`; none: `edges` holds them */
  mentions?: MentionEdges;
  dropped: DroppedRelation[];
}

/** The node types each relation joins (extraction.md "Relations"). */
export const RELATION_SCHEMA: Readonly<Record<GraphEdgeType, ReadonlyArray<readonly [NodeType, NodeType]>>> = {
  HOLDS: [['Person', 'Title']],
  TITLE_AT: [['Title', 'Organization']],
  ATTENDED: [['Person', 'Meeting']],
  VISITED: [
    ['Person', 'Organization'],
    ['Person', 'Location'],
  ],
  CONVENED: [['Organization', 'Meeting']],
  HELD_IN: [['Meeting', 'Location']],
  ADDRESSED: [['Meeting', 'Policy']],
  ISSUED: [['Organization', 'Policy']],
  MET: [['Person', 'Person']],
  REPORTED: [['Person', 'Article']],
  MENTIONS: [
    ['Article', 'Person'],
    ['Article', 'Title'],
    ['Article', 'Organization'],
    ['Article', 'Meeting'],
    ['Article', 'Policy'],
    ['Article', 'Location'],
  ],
};

export { articleKey, cmp, edgeKey } from './keys';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoOrNull = (d: string | null | undefined): string | null => (d && ISO_DATE.test(d) ? d : null);

/** Per article, while it is read: what resolution needs to know of it, computed once. */
interface Ctx {
  rec: ArticleRecord;
  /** rec.id, a string of its own (see flat) */
  id: string;
  /** the id's number (the place of the first article with this id): what mention counts count */
  number: number;
  /** the article's place in the corpus (0, 1, …) */
  index: number;
  region: Region;
  date: string | null;
  entities: Map<string, Entity>;
  /** cleaned name per entity id (empty: unusable) */
  names: Map<string, string>;
}

/**
 * What resolution keeps of the articles it has read, until all are in: for each entity the
 * handle its node key is found by, and the facts' offsets — not the text, not the record. The
 * sentences are found in the text while it is at hand (`add`). A fact is a row of numbers, a
 * string its number in the resolver's StringTable (./columns.ts): objects for these facts were
 * ≈ 2 KB an article (211 MiB at 100k bench articles), live until resolution ends.
 */
class Facts {
  // an article: its id (the string every evidence entry of it shares), its date, and where its
  // entities, reporters and relations begin in the columns below
  readonly ids: string[] = [];
  readonly date = new IntColumn();
  readonly firstEntity = new IntColumn();
  readonly firstReporter = new IntColumn();
  readonly firstRelation = new IntColumn();
  // an entity: its id in the article, its type, what its key is found by (Person: its slot in
  // PersonResolver; Organization, Title, Policy, Location: the canonical form; Meeting:
  // `date\0canonical`; NONE: no node) and the sentence of the name's first occurrence (MENTIONS)
  readonly entityId = new IntColumn();
  readonly entityType = new IntColumn();
  readonly entityRef = new IntColumn();
  readonly entityStart = new IntColumn();
  readonly entityEnd = new IntColumn();
  // a reporter: the slot of the name, the role, the sentence
  readonly reporterSlot = new IntColumn();
  readonly reporterRole = new IntColumn();
  readonly reporterStart = new IntColumn();
  readonly reporterEnd = new IntColumn();
  // a relation: type, entity ids, why it is dropped before keys are known (NONE: it is not),
  // the sentence, the date of the fact; ATTENDED: role, spoke, the extractor's order
  // (Infinity: none) and where the person's name is first written (Infinity: not found)
  readonly relationType = new IntColumn();
  readonly relationFrom = new IntColumn();
  readonly relationTo = new IntColumn();
  readonly relationDrop = new IntColumn();
  readonly relationStart = new IntColumn();
  readonly relationEnd = new IntColumn();
  readonly relationDate = new IntColumn();
  readonly relationRole = new IntColumn();
  readonly relationSpoke = new IntColumn();
  readonly relationOrder = new FloatColumn();
  readonly relationAt = new FloatColumn();

  get articles(): number {
    return this.ids.length;
  }

  /** the rows [first, end) of article `a` in a group of columns (`first`: its first-row column; `rows`: all rows) */
  static end(first: IntColumn, a: number, rows: number): number {
    return a + 1 < first.length ? first.get(a + 1) : rows;
  }
}

/** Why a relation is dropped before keys are known (Facts.relationDrop) */
const EARLY_DROPS: readonly DroppedRelation['reason'][] = ['unknown-entity', 'endpoint-types'];
/** ATTENDED roles (Facts.relationRole) */
const ROLES: readonly AttendanceRole[] = ['presided', 'attended'];
const NONE = StringTable.NONE;

/** Surface forms seen for one node, with counts, to choose its name and aliases. */
class Forms {
  private counts = new Map<string, number>();
  /** the numbers of the articles that wrote a form (CorpusResolver: one per article id), an article once in a row */
  private articles: number[] = [];
  add(form: string, article: number): void {
    if (form) this.counts.set(form, (this.counts.get(form) ?? 0) + 1);
    if (this.articles[this.articles.length - 1] !== article) this.articles.push(article);
  }
  merge(o: Forms): void {
    for (const [f, n] of o.counts) this.counts.set(f, (this.counts.get(f) ?? 0) + n);
    for (const a of o.articles) this.articles.push(a);
  }
  /** how many articles wrote a form */
  articleCount(): number {
    return new Set(this.articles).size;
  }
  /** the longest form (the most informative), then the most frequent, then code-unit order */
  name(): string {
    return [...this.counts].sort((a, b) => b[0].length - a[0].length || b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0] ?? '';
  }
  /** the most frequent form, then the longest */
  mostFrequent(): string {
    return [...this.counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || cmp(a[0], b[0]))[0]?.[0] ?? '';
  }
  all(): string[] {
    return [...this.counts.keys()].sort(cmp);
  }
}

/**
 * A copy of a string that shares no memory with another: a name the extractor cut from an
 * article's text (text.slice) is, to V8, a view that keeps the whole text alive; what
 * resolution keeps must not hold the articles' texts.
 */
const flat = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

const cmpNum = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);

/** A record in traditional script (src/ingest/script.ts) with its texts and names in simplified script; any other as it is. */
function inSimplifiedScript(rec: ArticleRecord): ArticleRecord {
  // (its paper's name too, whose province the region is read from: `遼寧日報`)
  return recordIsTraditional(rec) ? { ...recordNamesMapped(rec, toSimplified), text: toSimplified(rec.text), newspaper: rec.newspaper === null ? null : toSimplified(rec.newspaper) } : rec;
}

/** The resolved graph of a set of articles: `CorpusResolver`, every article added, then finished. */
export function resolveCorpus(records: readonly ArticleRecord[]): ResolvedCorpus {
  const resolver = new CorpusResolver();
  for (const rec of records) resolver.add(rec);
  return resolver.finish();
}

/**
 * Resolution a article at a time: `add` reads an article (its text for the sentences' offsets)
 * and keeps its keys, counts and offsets, so that the caller can drop the article; `finish`
 * gives the graph. The articles of a corpus need not be in memory together.
 */
export class CorpusResolver {
  /** one string object per distinct name, form or id, however many articles repeat it; the facts' strings by number */
  private readonly strings = new StringTable(flat);
  private readonly persons = new PersonResolver(this.strings);
  private readonly orgs = new CanonicalResolver('Organization', (n, r) => canonicalOrganization(n, r), organizationReductions);
  private readonly titles = new CanonicalResolver('Title', (n, r) => canonicalTitle(n, r), null);
  private readonly policies = new CanonicalResolver('Policy', (n, r) => canonicalPolicy(n, r), policyReductions);
  private readonly locations = new CanonicalResolver('Location', (n) => canonicalLocation(n), null);
  private readonly meetings = new MeetingResolver();
  private facts: Facts | null = new Facts();
  /** articles added */
  private added = 0;
  private readonly articleNodes = new Map<string, ResolvedNodeAttributes>();
  /** article id → its number (the first article with the id) */
  private readonly numbers = new Map<string, number>();
  private finished = false;

  private intern = (s: string): string => this.strings.intern(s);

  private internOrNull = (s: string | null): string | null => (s === null ? null : this.intern(s));

  add(printed: ArticleRecord): void {
    if (this.finished) throw new Error('CorpusResolver: add after finish');
    // a record in traditional script is resolved in simplified script, character for character (its offsets
    // unchanged): its people, bodies and meetings are those the simplified papers name (巴音朝魯 is 巴音朝鲁); its
    // Article keeps the title as printed, and its text stays the page's in articles.jsonl
    const rec = inSimplifiedScript(printed);
    const id = flat(rec.id);
    const ctx: Ctx = {
      rec,
      id,
      number: this.numbers.get(id) ?? (this.numbers.set(id, this.added), this.added),
      index: this.added,
      region: regionOf(rec.newspaper),
      date: this.internOrNull(isoOrNull(rec.date) ?? isoOrNull(rec.published)),
      entities: new Map(rec.entities.map((e) => [e.id, e])),
      names: new Map(rec.entities.map((e) => [e.id, this.intern(cleanName(e.name))])),
    };
    const title = flat(printed.title);
    this.articleNodes.set(articleKey(id), {
      type: 'Article',
      name: title || id,
      date: ctx.date,
      title,
      newspaper: rec.newspaper === null ? null : this.intern(rec.newspaper),
      source: this.intern(rec.source),
      kind: rec.kind,
    });
    const slots = this.persons.add(ctx, this.intern);
    const canon = new Map<EntityType, Map<string, string>>([
      ['Organization', this.orgs.add(ctx, this.intern)],
      ['Title', this.titles.add(ctx, this.intern)],
      ['Policy', this.policies.add(ctx, this.intern)],
      ['Location', this.locations.add(ctx, this.intern)],
    ]);
    canon.set('Meeting', this.meetings.add(ctx, canon.get('Organization')!, this.intern));

    // offsets into the article's text, not copies of it: the sentence is rec.text.slice(start, end)
    const sentences = new Map<string, { start: number; end: number }>();
    const sentenceOfName = (name: string) => {
      let s = sentences.get(name);
      if (!s) {
        const at = findName(rec.text, name);
        const { start, end } = at ? sentenceAround(rec.text, at.start, at.end) : { start: 0, end: 0 };
        sentences.set(name, (s = { start, end }));
      }
      return s;
    };
    const { facts: f, strings } = this;
    if (!f) throw new Error('CorpusResolver: add after finish');
    f.ids.push(id);
    f.date.push(strings.idOrNone(ctx.date));
    f.firstEntity.push(f.entityId.length);
    f.firstReporter.push(f.reporterSlot.length);
    f.firstRelation.push(f.relationType.length);
    for (const e of rec.entities) {
      const name = ctx.names.get(e.id)!;
      let ref = NONE;
      if (name && e.type === 'Person') ref = slots.get(name) ?? this.persons.slot(strings.id(name));
      else if (name) ref = strings.idOrNone(canon.get(e.type)?.get(e.id) ?? null);
      const { start, end } = ref !== NONE ? sentenceOfName(name) : { start: 0, end: 0 };
      f.entityId.push(strings.id(e.id));
      f.entityType.push(strings.id(e.type));
      f.entityRef.push(ref);
      f.entityStart.push(start);
      f.entityEnd.push(end);
    }
    for (const r of rec.reporters) {
      const name = cleanName(r.name);
      if (!name) continue;
      const { start, end } = sentenceOfName(name);
      f.reporterSlot.push(slots.get(name)!);
      f.reporterRole.push(strings.id(r.role));
      f.reporterStart.push(start);
      f.reporterEnd.push(end);
    }
    for (const rel of rec.relations) {
      const from = ctx.entities.get(rel.from);
      const to = ctx.entities.get(rel.to);
      const schema = RELATION_SCHEMA[rel.type];
      let drop: DroppedRelation['reason'] | null = null;
      let role = NONE;
      let spoke = 0;
      let order = Infinity;
      let at = Infinity;
      if (!from || !to) drop = 'unknown-entity';
      else if (!schema || !schema.some(([f, t]) => f === from.type && t === to.type)) drop = 'endpoint-types';
      else if (rel.type === 'ATTENDED') {
        role = ROLES.indexOf(rel.role === 'presided' ? 'presided' : 'attended');
        spoke = rel.spoke === true ? 1 : 0;
        // protocol order (attendanceOrders): where the person is first named, then the extractor's order
        const inText = findName(rec.text, ctx.names.get(rel.from)!);
        at = inText ? inText.start : Infinity;
        order = typeof rel.order === 'number' && Number.isFinite(rel.order) ? rel.order : Infinity;
      }
      f.relationType.push(strings.id(rel.type));
      f.relationFrom.push(strings.id(rel.from));
      f.relationTo.push(strings.id(rel.to));
      f.relationDrop.push(drop === null ? NONE : EARLY_DROPS.indexOf(drop));
      f.relationStart.push(rel.evidence.start);
      f.relationEnd.push(rel.evidence.end);
      f.relationDate.push(rel.date !== undefined ? strings.idOrNone(isoOrNull(rel.date) ?? ctx.date) : strings.idOrNone(ctx.date));
      f.relationRole.push(role);
      f.relationSpoke.push(spoke);
      f.relationOrder.push(order);
      f.relationAt.push(at);
    }
    this.added++;
  }

  /** The resolved corpus, every node and edge in an array. */
  finish(): ResolvedCorpus {
    const { nodes, edges, mentions, dropped } = this.finishStream();
    return { nodes: [...nodes], edges: [...mergeByKey(edges, mentions.edges())], dropped };
  }

  /**
   * The resolved corpus, its nodes and edges made as they are taken (each once, in key order),
   * its MENTIONS edges (most of a graph's edges) apart, as rows of numbers (./mentions.ts).
   */
  finishStream(): Required<ResolvedStream> {
    if (this.finished) throw new Error('CorpusResolver: finish twice');
    this.finished = true;
    const { persons, orgs, titles, policies, locations, meetings } = this;
    const resolvers: Record<Exclude<EntityType, 'Person'>, { keyOf(canon: string): string }> = {
      Organization: orgs.finish(),
      Title: titles.finish(),
      Policy: policies.finish(),
      Location: locations.finish(),
      Meeting: meetings.finish(orgs),
    };
    persons.finish();
    const { facts: f, strings } = this;
    this.facts = null;
    if (!f) throw new Error('CorpusResolver: finish twice');
    /** the node key of entity row `e` */
    const keyOf = (e: number): string | null => {
      const ref = f.entityRef.get(e);
      if (ref === NONE) return null;
      const type = strings.at(f.entityType.get(e));
      if (type === 'Person') return persons.keyOf(ref);
      return resolvers[type as Exclude<EntityType, 'Person'>]?.keyOf(strings.at(ref)) ?? null;
    };

    const nodes = this.articleNodes;
    for (const n of [persons, orgs, titles, policies, locations, meetings]) for (const [k, a] of n.nodes()) nodes.set(k, a);
    // a MENTIONS row names its nodes by their place in key order
    const nodeKeys = [...nodes.keys()].sort(cmp);
    let numbers: Map<string, number> | null = new Map(nodeKeys.map((k, i) => [k, i]));
    const numberOf = (key: string): number => {
      const i = numbers?.get(key);
      if (i === undefined) throw new Error(`CorpusResolver: an edge to ${key}, which is no node`);
      return i;
    };
    // an edge whose evidence may still grow is a draft; a MENTIONS edge has its one entry from
    // the start: a row of numbers (./mentions.ts), made an edge when taken
    const edges = new Map<string, EdgeDraft>();
    const mentions = new MentionRows();
    const articles = { ids: f.ids, dates: new Array<string | null>(f.articles), nodes: new Int32Array(f.articles) };
    const dropped: DroppedRelation[] = [];
    const addEdge = (type: GraphEdgeType, source: string, target: string, ev: DraftEvidence, extra: EdgeExtra = {}) => {
      const key = edgeKey(type, source, target);
      let d = edges.get(key) as EdgeDraft | undefined;
      if (!d) edges.set(key, (d = { type, source, target, evidence: [], roles: null, spoke: false }));
      d.evidence.push(ev);
      if (extra.role) (d.roles ??= new Set()).add(extra.role);
      if (extra.spoke) d.spoke = true;
    };

    // the numbers of the type names attendanceOrders compares
    const type = { person: strings.id('Person'), meeting: strings.id('Meeting'), attended: strings.id('ATTENDED') };
    for (let a = 0; a < f.articles; a++) {
      const id = f.ids[a];
      const date = strings.atOrNull(f.date.get(a));
      const aKey = articleKey(id);
      articles.dates[a] = date;
      articles.nodes[a] = numberOf(aKey);
      const base = (start: number, end: number): DraftEvidence => ({ article: id, start, end, date });

      // MENTIONS: every entity found in the article, with the sentence of its first occurrence
      // (entities by their id's number)
      const keys = new Map<number, string>();
      const types = new Map<number, number>();
      for (let e = f.firstEntity.get(a), end = Facts.end(f.firstEntity, a, f.entityId.length); e < end; e++) {
        types.set(f.entityId.get(e), f.entityType.get(e));
        const k = keyOf(e);
        if (!k) continue;
        keys.set(f.entityId.get(e), k);
        // one per (article, entity) (the first; MentionRows.edges drops the others)
        mentions.push(a, numberOf(k), f.entityStart.get(e), f.entityEnd.get(e));
      }
      // REPORTED: the article's reporters (they are people, kept apart from `persons`)
      for (let r = f.firstReporter.get(a), end = Facts.end(f.firstReporter, a, f.reporterSlot.length); r < end; r++)
        addEdge('REPORTED', persons.keyOf(f.reporterSlot.get(r)), aKey, base(f.reporterStart.get(r), f.reporterEnd.get(r)), { role: strings.at(f.reporterRole.get(r)) });

      const first = f.firstRelation.get(a);
      const end = Facts.end(f.firstRelation, a, f.relationType.length);
      const orders = attendanceOrders(f, first, end, keys, types, type);
      for (let r = first; r < end; r++) {
        const relType = strings.at(f.relationType.get(r)) as RelationType;
        const drop = f.relationDrop.get(r);
        if (drop !== NONE) {
          dropped.push({ article: id, type: relType, reason: EARLY_DROPS[drop] });
          continue;
        }
        const s = keys.get(f.relationFrom.get(r));
        const t = keys.get(f.relationTo.get(r));
        if (!s || !t) {
          dropped.push({ article: id, type: relType, reason: 'empty-name' });
          continue;
        }
        if (s === t) {
          dropped.push({ article: id, type: relType, reason: 'self-loop' });
          continue;
        }
        const ev = base(f.relationStart.get(r), f.relationEnd.get(r));
        ev.date = strings.atOrNull(f.relationDate.get(r));
        if (relType === 'ATTENDED') {
          const role = ROLES[f.relationRole.get(r)];
          ev.role = role;
          const order = orders.get(`${t}\u0000${s}`);
          if (order !== undefined) ev.order = order;
          addEdge('ATTENDED', s, t, ev, { role, spoke: f.relationSpoke.get(r) === 1 });
        } else addEdge(relType, s, t, ev);
      }
    }

    numbers = null;
    return inKeyOrder(nodes, nodeKeys, edges, mentions.edges(articles, nodeKeys), strings, dropped);
  }
}

/**
 * The resolved nodes and edges, each made when taken, in key order (apart from finishStream's
 * scope, so that what it read the articles with is not held while the graph is built).
 * `nodeKeys`: the keys of `nodes`, sorted.
 */
function inKeyOrder(
  nodes: Map<string, ResolvedNodeAttributes>,
  nodeKeys: string[],
  drafts: Map<string, EdgeDraft>,
  mentions: MentionEdges,
  strings: StringTable,
  dropped: DroppedRelation[],
): Required<ResolvedStream> {
  const draftKeys = [...drafts.keys()].sort(cmp);
  return {
    nodes: (function* () {
      for (const key of nodeKeys) yield { key, attributes: nodes.get(key)! };
      // (the keys stay: the MENTIONS rows name nodes by their place in them)
      nodes.clear();
    })(),
    edges: (function* () {
      for (const key of draftKeys) {
        const draft = drafts.get(key)!;
        yield { key, source: draft.source, target: draft.target, attributes: finishEdge(draft) };
      }
      // all made: what they were made from goes now, not when the caller lets go of this
      drafts.clear();
      draftKeys.length = 0;
      strings.clear();
    })(),
    mentions,
    dropped,
  };
}

interface EdgeExtra {
  role?: string;
  spoke?: boolean;
}

/** An evidence entry while edges are gathered: with the date of the fact (first/last come from it). */
type DraftEvidence = EdgeEvidence & { date: string | null };

interface EdgeDraft {
  type: GraphEdgeType;
  source: string;
  target: string;
  evidence: DraftEvidence[];
  /** null until an evidence gives one (most edges are MENTIONS, which have none) */
  roles: Set<string> | null;
  spoke: boolean;
}

/**
 * An edge's attributes from its evidence, by the rules `kg load` merges two builds with
 * (docs/graph.md), so that one build of A and B gives the edge `kg load` of A then B gives:
 * presided beats attended, spoke if any says so, the smallest order, first/last the earliest/
 * latest date; evidence one entry per (article, start, end), in that order (presided first
 * where one sentence gives both roles).
 */
function finishEdge(d: EdgeDraft): GraphEdgeAttributes {
  let dates: string[];
  let evidence: EdgeEvidence[];
  if (d.evidence.length === 1) {
    // one entry (every MENTIONS edge, most of the rest): nothing to sort or merge, and none of
    // the working copies below, which a big corpus pays for in garbage
    const { date, ...e } = d.evidence[0];
    dates = date ? [date] : [];
    evidence = [e];
  } else {
    const seen = new Set<string>();
    const sorted = [...d.evidence].sort(
      (a, b) => cmp(a.article, b.article) || a.start - b.start || a.end - b.end || cmp(b.role ?? '', a.role ?? ''),
    );
    dates = sorted.map((e) => e.date).filter((x): x is string => !!x).sort();
    evidence = sorted
      .filter((e) => {
        const k = `${e.article}\u0000${e.start}\u0000${e.end}`;
        return seen.has(k) ? false : (seen.add(k), true);
      })
      .map(({ date: _date, ...e }) => e);
  }
  const attrs: GraphEdgeAttributes = { type: d.type, evidence: [] };
  if (d.type === 'ATTENDED') {
    // the more specific role wins: a person who presided also attended
    attrs.role = d.roles?.has('presided') ? 'presided' : 'attended';
    attrs.spoke = d.spoke;
    const orders = evidence.map((e) => e.order).filter((o): o is number => o !== undefined);
    if (orders.length) attrs.order = Math.min(...orders);
  } else if (d.roles?.size) attrs.role = [...d.roles].sort(cmp).join('/');
  attrs.first = dates[0] ?? null;
  attrs.last = dates[dates.length - 1] ?? null;
  attrs.evidence = evidence;
  return attrs;
}

/**
 * Protocol order: for each meeting of the article, the 1-based position of each attendee in
 * the article's list of its attendees. Reports name officials by rank at their first
 * mention, sentence after sentence (省委书记…主持 / 省长…出席 / 省领导甲、乙、丙出席), so the
 * position is the order of the attendees' first appearance in the text; names that share a
 * place (not found in the text) follow the extractor's `order`, then their evidence.
 * Keyed `<meetingKey>\0<personKey>`.
 */
function attendanceOrders(
  f: Facts,
  first: number,
  end: number,
  keys: Map<number, string>,
  types: Map<number, number>,
  type: { person: number; meeting: number; attended: number },
): Map<string, number> {
  const byMeeting = new Map<string, { person: string; at: number; order: number; start: number }[]>();
  for (let r = first; r < end; r++) {
    if (f.relationType.get(r) !== type.attended || f.relationDrop.get(r) !== NONE) continue;
    const from = f.relationFrom.get(r);
    const to = f.relationTo.get(r);
    const m = keys.get(to);
    const p = keys.get(from);
    if (!m || !p || types.get(from) !== type.person || types.get(to) !== type.meeting) continue;
    let list = byMeeting.get(m);
    if (!list) byMeeting.set(m, (list = []));
    list.push({ person: p, at: f.relationAt.get(r), order: f.relationOrder.get(r), start: f.relationStart.get(r) });
  }
  const out = new Map<string, number>();
  for (const [m, list] of byMeeting) {
    list.sort((a, b) => cmpNum(a.at, b.at) || cmpNum(a.order, b.order) || a.start - b.start || cmp(a.person, b.person));
    let n = 0;
    for (const x of list) {
      const k = `${m}\u0000${x.person}`;
      if (!out.has(k)) out.set(k, ++n);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Persons

/** A person's mention as the homonym split reads it (a row of PersonResolver's columns). */
interface PersonMention {
  article: number;
  date: string | null;
  /** the provinces of the posts the article gives the person; null: none tells */
  province: string | null;
  newspaperProvince: string | null;
  /** the name in this article (its slot), whose key the homonym split decides */
  slot: number;
}

interface Resolver {
  nodes(): Iterable<[string, ResolvedNodeAttributes]>;
}

class PersonResolver implements Resolver {
  /** name → its mentions' rows, in article order */
  private readonly mentions = new Map<string, number[]>();
  // a mention: the article's place, its date, the province its posts give, the newspaper's province, its slot
  private readonly mentionArticle = new IntColumn();
  private readonly mentionDate = new IntColumn();
  private readonly mentionProvince = new IntColumn();
  private readonly mentionNewspaperProvince = new IntColumn();
  private readonly mentionSlot = new IntColumn();
  // a slot (a name in one article): the name, and its node key once the persons are resolved (NONE: `Person:<name>`)
  private readonly slotName = new IntColumn();
  private readonly slotKey = new IntColumn();
  /** the node keys slotKey numbers, one string per node */
  private readonly keys: string[] = [];
  private readonly found = new Map<string, { name: string; articles: number; last: number; homonym: boolean }>();

  constructor(private readonly strings: StringTable) {}

  /** A new slot for the name numbered `name`. */
  slot(name: number): number {
    this.slotKey.push(NONE);
    return this.slotName.push(name);
  }

  /** The node key of a slot (after finish). */
  keyOf(slot: number): string {
    const k = this.slotKey.get(slot);
    return k === NONE ? `Person:${this.strings.at(this.slotName.get(slot))}` : this.keys[k];
  }

  /** An article's person names (entities, then reporters), each with its slot. */
  add(ctx: Ctx, intern: (s: string) => string): Map<string, number> {
    const { rec, region } = ctx;
    const { strings } = this;
    const slots = new Map<string, number>();
    const add = (name: string, province: string | null) => {
      let slot = slots.get(name);
      if (slot === undefined) slots.set(name, (slot = this.slot(strings.id(name))));
      let list = this.mentions.get(name);
      if (!list) this.mentions.set(name, (list = []));
      list.push(this.mentionArticle.push(ctx.index));
      this.mentionDate.push(strings.idOrNone(ctx.date));
      this.mentionProvince.push(strings.idOrNone(province));
      this.mentionNewspaperProvince.push(strings.idOrNone(region.province));
      this.mentionSlot.push(slot);
    };
    const seen = new Set<string>();
    for (const e of rec.entities) {
      if (e.type !== 'Person') continue;
      const name = ctx.names.get(e.id)!;
      if (!name) continue;
      // provinces of the person's posts: the title's prefix, or its organization's
      const provinces = new Set<string>();
      for (const r of rec.relations) {
        if (r.type !== 'HOLDS' || r.from !== e.id) continue;
        const t = ctx.entities.get(r.to);
        if (!t || t.type !== 'Title') continue;
        const p = provinceOf(ctx.names.get(t.id)!, region);
        if (p) provinces.add(p);
        for (const ta of rec.relations) {
          if (ta.type !== 'TITLE_AT' || ta.from !== t.id) continue;
          const o = ctx.entities.get(ta.to);
          const po = o && o.type === 'Organization' ? provinceOf(ctx.names.get(o.id)!, region) : null;
          if (po) provinces.add(po);
        }
      }
      const province =
        provinces.size === 0 ? null : region.province && provinces.has(region.province) ? region.province : [...provinces].sort(cmp)[0];
      // one mention per name and article: the one with a province if any
      if (seen.has(name) && province === null) continue;
      seen.add(name);
      add(name, province === null ? null : intern(province));
    }
    for (const r of rec.reporters) {
      const name = intern(cleanName(r.name));
      if (name && !seen.has(name)) {
        seen.add(name);
        add(name, null);
      }
    }
    return slots;
  }

  /** Splits homonyms and gives each slot its key. */
  finish(): void {
    const { strings } = this;
    for (const name of [...this.mentions.keys()].sort(cmp)) {
      const list = this.mentions.get(name)!.map(
        (i): PersonMention => ({
          article: this.mentionArticle.get(i),
          date: strings.atOrNull(this.mentionDate.get(i)),
          province: strings.atOrNull(this.mentionProvince.get(i)),
          newspaperProvince: strings.atOrNull(this.mentionNewspaperProvince.get(i)),
          slot: this.mentionSlot.get(i),
        }),
      );
      const split = homonymProvinces(list);
      // one key string per node, however many articles name it
      const keys = new Map<string | null, number>();
      const keyIn = (p: string | null) =>
        keys.get(p) ?? (keys.set(p, this.keys.push(p === null ? `Person:${name}` : `Person:${name}@${p}`) - 1), keys.get(p)!);
      for (const m of list) {
        const k = keyIn(split ? (m.province ?? nearestProvince(m, split)) : null);
        // an article whose mention carries a province decides for the name in that article
        if (this.slotKey.get(m.slot) === NONE || m.province !== null) this.slotKey.set(m.slot, k);
        const key = this.keys[k];
        let n = this.found.get(key);
        if (!n) this.found.set(key, (n = { name, articles: 0, last: -1, homonym: !!split }));
        // a name's mentions come in article order: a new article is a larger number
        if (m.article !== n.last) (n.articles++, (n.last = m.article));
      }
    }
    this.mentions.clear();
  }

  *nodes(): Iterable<[string, ResolvedNodeAttributes]> {
    for (const [key, n] of this.found) {
      const attrs: ResolvedNodeAttributes = { type: 'Person', name: n.name };
      if (n.homonym) attrs.homonym = true;
      attrs.mentions = n.articles;
      yield [key, attrs];
    }
  }
}

type ProvinceSpans = Map<string, { first: string | null; last: string | null }>;

/**
 * Two provinces' periods closer than this are "the same period": a report is a sample of a
 * career, not its bounds, so posts seen weeks apart in two provinces are held at once.
 */
export const SAME_PERIOD_DAYS = 60;

const day = (iso: string) => Date.parse(iso) / 86_400_000;

/**
 * The provinces to split a name by, or null when the name is one person: two provinces
 * whose periods overlap cannot be one official's career (a transfer shows as one
 * province's period ending before the other's begins).
 */
function homonymProvinces(list: PersonMention[]): ProvinceSpans | null {
  const spans: ProvinceSpans = new Map();
  for (const m of list) {
    if (!m.province) continue;
    const s = spans.get(m.province) ?? { first: null, last: null };
    if (m.date) {
      if (!s.first || m.date < s.first) s.first = m.date;
      if (!s.last || m.date > s.last) s.last = m.date;
    }
    spans.set(m.province, s);
  }
  if (spans.size < 2) return null;
  const dated = [...spans.values()].filter((s) => s.first && s.last);
  for (let a = 0; a < dated.length; a++)
    for (let b = a + 1; b < dated.length; b++) {
      const [a1, a2] = [day(dated[a].first!), day(dated[a].last!)];
      const [b1, b2] = [day(dated[b].first!), day(dated[b].last!)];
      if (a1 <= b2 + SAME_PERIOD_DAYS && b1 <= a2 + SAME_PERIOD_DAYS) return spans;
    }
  return null;
}

/** For a mention with no province of its own: the newspaper's, else the nearest in time. */
function nearestProvince(m: PersonMention, spans: ProvinceSpans): string {
  if (m.newspaperProvince && spans.has(m.newspaperProvince)) return m.newspaperProvince;
  const provinces = [...spans.keys()].sort(cmp);
  if (!m.date) return provinces[0];
  const dist = (p: string) => {
    const s = spans.get(p)!;
    if (!s.first || !s.last) return Infinity;
    if (m.date! < s.first) return day(s.first) - day(m.date!);
    if (m.date! > s.last) return day(m.date!) - day(s.last);
    return 0;
  };
  return provinces.reduce((best, p) => (dist(p) < dist(best) ? p : best), provinces[0]);
}

// ---------------------------------------------------------------------------------------
// Organizations, titles, policies, locations: canonical form (+ short forms joined)

class CanonicalResolver implements Resolver {
  private readonly forms = new Map<string, Forms>(); // canonical → written forms
  private readonly expanded = new Map<string, Forms>(); // canonical → forms with the province written out
  private readonly uf = new UnionFind(longerFirst);
  private readonly merged = new Map<string, { forms: Forms; expanded: Forms }>();
  private readonly keys = new Map<string, string>();

  constructor(
    private readonly type: Exclude<EntityType, 'Person' | 'Meeting'>,
    private readonly canonical: (name: string, region: Region) => string,
    private readonly reductions: ((canon: string) => string[]) | null,
  ) {}

  /** An article's entities of this type: canonical form by entity id. */
  add(ctx: Ctx, intern: (s: string) => string): Map<string, string> {
    const { type, forms, expanded } = this;
    const canonOf = new Map<string, string>();
    for (const e of ctx.rec.entities) {
      if (e.type !== type) continue;
      const name = ctx.names.get(e.id)!;
      if (!name) continue;
      const c = intern(this.canonical(name, ctx.region));
      if (!c) continue;
      canonOf.set(e.id, c);
      getForms(forms, c).add(name, ctx.number);
      for (const a of e.aliases ?? []) {
        const an = intern(cleanName(a));
        if (an) getForms(forms, c).add(an, ctx.number);
      }
      if (type === 'Organization' || type === 'Title') getForms(expanded, c).add(intern(expandedName(name, ctx.region)), ctx.number);
    }
    return canonOf;
  }

  /** Joins short forms to long ones; gives the key of a canonical form. */
  finish(): { keyOf(canon: string): string } {
    const { forms, expanded, uf, merged } = this;
    for (const c of forms.keys()) uf.add(c);
    if (this.reductions) mergeShortForms(forms.keys(), this.reductions, uf);
    for (const c of [...forms.keys()].sort(cmp)) {
      const root = uf.find(c);
      let m = merged.get(root);
      if (!m) merged.set(root, (m = { forms: new Forms(), expanded: new Forms() }));
      m.forms.merge(forms.get(c)!);
      const x = expanded.get(c);
      if (x) m.expanded.merge(x);
    }
    forms.clear();
    expanded.clear();
    return this;
  }

  /** The node key of a canonical form (after finish); one string per node. */
  keyOf(c: string): string {
    const root = this.uf.find(c);
    return this.keys.get(root) ?? (this.keys.set(root, `${this.type}:${root}`), this.keys.get(root)!);
  }

  *nodes(): Iterable<[string, ResolvedNodeAttributes]> {
    const { type } = this;
    for (const [root, m] of this.merged) {
      // a name says which province when the text wrote it relative (省人社厅 → 湖南省人社厅)
      const written = m.forms.name();
      const name = type === 'Location' ? m.forms.mostFrequent() : longest([written, m.expanded.name()]);
      const aliases = [...new Set([...m.forms.all(), ...m.expanded.all()])].filter((a) => a !== name).sort(cmp);
      const attrs: ResolvedNodeAttributes = { type, name };
      if (aliases.length) attrs.aliases = aliases;
      attrs.mentions = m.forms.articleCount();
      yield [`${type}:${root}`, attrs];
    }
  }
}

function getForms(map: Map<string, Forms>, key: string): Forms {
  let f = map.get(key);
  if (!f) map.set(key, (f = new Forms()));
  return f;
}

function longest(xs: string[]): string {
  return xs.filter(Boolean).sort((a, b) => b.length - a.length || cmp(a, b))[0] ?? '';
}

// ---------------------------------------------------------------------------------------
// Meetings

class MeetingResolver implements Resolver {
  private readonly forms = new Map<string, Forms>(); // `${date}\0${canonical}` → written forms
  private readonly locations = new Map<string, Forms>();
  private readonly byDate = new Map<string, Set<string>>();
  /** CONVENED: the meeting, its host's canonical form and the head noun, in the order read */
  private readonly hosted: { id: string; host: string; head: string }[] = [];
  private readonly uf = new UnionFind(longerFirst);
  private readonly merged = new Map<string, { forms: Forms; locations: Forms }>();
  private readonly keys = new Map<string, string>();

  /** An article's meetings: `${date}\0${canonical}` by entity id. `orgs`: the article's organizations, canonical by entity id. */
  add(ctx: Ctx, orgs: Map<string, string>, intern: (s: string) => string): Map<string, string> {
    const { forms, locations, byDate } = this;
    const idOf = new Map<string, string>();
    for (const e of ctx.rec.entities) {
      if (e.type !== 'Meeting') continue;
      const name = ctx.names.get(e.id)!;
      if (!name) continue;
      const canon = canonicalMeeting(name, ctx.region);
      if (!canon) continue;
      const date = intern(isoOrNull(e.date) ?? 'undated');
      const id = intern(`${date}\u0000${canon}`);
      idOf.set(e.id, id);
      getForms(forms, id).add(name, ctx.number);
      for (const a of e.aliases ?? []) getForms(forms, id).add(intern(cleanName(a)), ctx.number);
      const loc = e.location ? intern(cleanName(e.location)) : '';
      if (loc) getForms(locations, id).add(loc, ctx.number);
      let set = byDate.get(date);
      if (!set) byDate.set(date, (set = new Set()));
      set.add(intern(canon));
    }
    for (const r of ctx.rec.relations) {
      const m = ctx.entities.get(r.to);
      if (!m || m.type !== 'Meeting') continue;
      const id = idOf.get(m.id);
      if (!id) continue;
      if (r.type !== 'CONVENED') continue;
      const o = ctx.entities.get(r.from);
      const host = o && o.type === 'Organization' ? orgs.get(o.id) : undefined;
      const head = meetingHead(id.split('\u0000')[1]);
      if (!host || !head || id.startsWith('undated')) continue;
      this.hosted.push({ id, host, head: intern(head) });
    }
    // HELD_IN gives a meeting its place when the entity does not
    for (const r of ctx.rec.relations) {
      if (r.type !== 'HELD_IN') continue;
      const m = ctx.entities.get(r.from);
      const l = ctx.entities.get(r.to);
      if (!m || m.type !== 'Meeting' || !l || l.type !== 'Location') continue;
      const id = idOf.get(m.id);
      const loc = ctx.names.get(l.id);
      if (id && loc) getForms(locations, id).add(loc, ctx.number);
    }
    return idOf;
  }

  /** Joins the variants of one meeting (`orgs` finished: the hosts' keys); gives the key of a meeting id. */
  finish(orgs: CanonicalResolver): { keyOf(id: string): string } {
    const { forms, locations, byDate, uf, merged } = this;
    const hosts = new Map<string, string[]>(); // `${date}\0${hostKey}\0${head}` → ids
    for (const { id, host, head } of this.hosted) {
      const k = `${id.split('\u0000')[0]}\u0000${orgs.keyOf(host)}\u0000${head}`;
      let ids = hosts.get(k);
      if (!ids) hosts.set(k, (ids = []));
      ids.push(id);
    }
    this.hosted.length = 0;
    for (const id of forms.keys()) uf.add(id);
    // same date: a name that is a prefix-free variant of exactly one longer name joins it
    for (const [date, canons] of byDate) {
      const local = new UnionFind(longerFirst);
      mergeShortForms(canons, suffixVariants, local);
      for (const c of canons) uf.union(`${date}\u0000${c}`, `${date}\u0000${local.find(c)}`);
    }
    // same date, same host (CONVENED) and head noun
    for (const ids of hosts.values()) for (const id of ids) uf.union(ids[0], id);

    for (const id of [...forms.keys()].sort(cmp)) {
      const root = uf.find(id);
      let m = merged.get(root);
      if (!m) merged.set(root, (m = { forms: new Forms(), locations: new Forms() }));
      m.forms.merge(forms.get(id)!);
      const l = locations.get(id);
      if (l) m.locations.merge(l);
    }
    forms.clear();
    locations.clear();
    return this;
  }

  /** The node key of a meeting id (after finish); one string per node. */
  keyOf(id: string): string {
    const root = this.uf.find(id);
    return this.keys.get(root) ?? (this.keys.set(root, meetingKey(root)), this.keys.get(root)!);
  }

  *nodes(): Iterable<[string, ResolvedNodeAttributes]> {
    for (const [root, m] of this.merged) {
      // the form the reports use most, then the longest
      const name = m.forms.mostFrequent();
      const aliases = m.forms.all().filter((a) => a !== name);
      const date = root.split('\u0000')[0];
      const attrs: ResolvedNodeAttributes = { type: 'Meeting', name };
      if (aliases.length) attrs.aliases = aliases;
      attrs.date = date === 'undated' ? null : date;
      attrs.location = m.locations.mostFrequent() || null;
      attrs.mentions = m.forms.articleCount();
      yield [meetingKey(root), attrs];
    }
  }
}

function meetingKey(id: string): string {
  const [date, canon] = id.split('\u0000');
  return `Meeting:${date}:${canon}`;
}

/**
 * The prefix-free variants of a meeting's canonical name: its proper suffixes that keep the
 * head noun and a host of two characters or more (省委外事委全体会议 of 2025年…, after the year
 * is dropped; 智赋万企行动推进大会 of 全省…).
 */
function suffixVariants(canon: string): string[] {
  const head = meetingHead(canon);
  if (!head) return [];
  const out: string[] = [];
  for (let k = 1; canon.length - k >= head.length + 2; k++) out.push(canon.slice(k));
  return out;
}
