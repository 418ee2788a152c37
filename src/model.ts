// The data model every stage shares: what `kg extract` writes per article (the JSON Lines
// of ../shared/spec/output-format.md) and what `kg build` writes for the whole corpus
// (graph.json, read by the Neo4j loader and the viewer).
//
// Offsets are UTF-16 code units into `ArticleRecord.text`, as JavaScript counts them.

export const ENTITY_TYPES = ['Person', 'Title', 'Organization', 'Meeting', 'Policy', 'Location'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'HOLDS',
  'TITLE_AT',
  'ATTENDED',
  'VISITED',
  'CONVENED',
  'HELD_IN',
  'ADDRESSED',
  'ISSUED',
  'MET',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export type ArticleKind = 'news' | 'photo' | 'commentary' | 'other';
export type AttendanceRole = 'presided' | 'attended';

export interface Evidence {
  /** the sentence the fact was read from; equals `text.slice(start, end)` of the article */
  text: string;
  start: number;
  end: number;
}

export interface Entity {
  /** local to the article: e1, e2, … */
  id: string;
  type: EntityType;
  /** normal form (extraction.md "Names and normal forms") */
  name: string;
  aliases?: string[];
  /** Meeting only: ISO date or null */
  date?: string | null;
  /** Meeting only: where it was held, or null */
  location?: string | null;
}

export interface Relation {
  type: RelationType;
  from: string;
  to: string;
  /** ATTENDED */
  role?: AttendanceRole;
  /** ATTENDED: the person spoke at the meeting */
  spoke?: boolean;
  /** ATTENDED: 1-based position of the person in the list the article gives (protocol order) */
  order?: number;
  /** VISITED, MET, HOLDS (asOf): the article date */
  date?: string | null;
  evidence: Evidence;
  /** the extraction rule that made it (src/extract/rules.ts); written by `kg extract --explain` */
  rule?: string;
}

export interface Reporter {
  name: string;
  /** 记者 | 全媒体记者 | 通讯员 | 评论员 | 摄影 */
  role: string;
}

export interface ArticleRecord {
  /** stable: `<name>#<n>`, n counting from 1 in page order; the name is the input's path relative to the folder on the command line, without extension (src/ingest/ids.ts) */
  id: string;
  /** the input file's base name */
  source: string;
  kind: ArticleKind;
  newspaper: string | null;
  /** the dateline's date, ISO, or null */
  date: string | null;
  /** the page's own date, when the page header gives it (a record: its date) */
  published?: string | null;
  /** the address a record gives */
  url?: string | null;
  title: string;
  subtitle: string | null;
  /** e-paper input: the page as a PDF's header names it (`7 理论`), or the page number (版次) an HTML article view gives (`07`) */
  page?: string | null;
  reporters: Reporter[];
  text: string;
  entities: Entity[];
  relations: Relation[];
}

// ---------------------------------------------------------------------------------------
// The corpus graph (graph.json): graphology's serialized form, `graph.export()`.
//
// Node keys are stable strings built from type + normal form, e.g. `Person:沈晓明`,
// `Meeting:2025-03-26:2025年省委外事工作委员会全体会议`, `Article:000_1e7db5bd96cc0b6e#1`.
// Edge keys: `<TYPE>:<sourceKey>-><targetKey>`.

export type NodeType = EntityType | 'Article';

export interface GraphNodeAttributes {
  type: NodeType;
  name: string;
  aliases?: string[];
  /** Meeting: ISO date or null; Article: the article date */
  date?: string | null;
  /** Meeting: location name or null */
  location?: string | null;
  /** Person: set when the same name is kept as two nodes (homonyms) */
  homonym?: boolean;
  /** Article only */
  title?: string;
  newspaper?: string | null;
  source?: string;
  kind?: ArticleKind;
  /** Person: co-attendance community (Louvain) */
  community?: number;
  /** number of articles that mention the node (kg build; Article: absent) */
  mentions?: number;
  /** layout, precomputed by `kg build` (ForceAtlas2) */
  x: number;
  y: number;
}

/**
 * Where a fact was read: the article and the sentence's offsets in its text (UTF-16 code units
 * into `ArticleRecord.text` of articles.jsonl; the sentence is `text.slice(start, end)`). The
 * sentence, the article's date, newspaper and title are the Article's, stored once.
 */
export interface EdgeEvidence {
  /** the article id (`ArticleRecord.id`; its node is `Article:<id>`) */
  article: string;
  start: number;
  end: number;
  /** ATTENDED: the role this article gives the person (kg build) */
  role?: AttendanceRole;
  /** ATTENDED: the person's 1-based position in this article's list of attendees (protocol order; kg rank) */
  order?: number;
  /**
   * Not written by kg build (they are the Article's): the graph.json of a build before
   * evidence became offsets carries them; a reader uses them when present, else the article.
   */
  text?: string;
  date?: string | null;
  newspaper?: string | null;
  title?: string;
}

export type GraphEdgeType = RelationType | 'REPORTED' | 'MENTIONS';

export interface GraphEdgeAttributes {
  type: GraphEdgeType;
  role?: AttendanceRole | string;
  spoke?: boolean;
  order?: number;
  /** first and last date the fact was seen (HOLDS: "which post on date D") */
  first?: string | null;
  last?: string | null;
  evidence: EdgeEvidence[];
}

/**
 * What `kg serve` answers for GET /api/article?id= (src/serve/articles.ts) and the viewer reads
 * (viewer/src/articles.ts): an article's heading and text. Evidence offsets are UTF-16 code
 * units into `text`.
 */
export interface ArticleText {
  id: string;
  title: string;
  subtitle: string | null;
  newspaper: string | null;
  date: string | null;
  page: string | null;
  source: string | null;
  text: string;
}
