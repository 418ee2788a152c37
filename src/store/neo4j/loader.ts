// Applying a load plan (graph.ts) to Neo4j: nodes first, then relationships, in batches, each
// batch its own `executeWrite` transaction (the driver retries transient errors such as
// deadlocks or a leader switch for `retryTimeMs`). A batch reads what the database holds for its
// keys (one index seek a key; not the keys known to be new — see Unread), merges it with the rows
// in the client (./merge.ts) and writes what changes: a new key whole (CREATE), a stored one only
// what differs (a MERGE on the key), nothing when nothing does. So a load that stopped half-way
// is finished by running it again, loading twice changes nothing, and the server never sorts
// lists row by row.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { InputError, Neo4jLoadError } from '../../errors';
import type { Neo4jConfig } from './config';
import { toNeo4jLoadError } from './driver';
import type { LoadPlan } from './graph';
import { NODE_LABELS, REL_TYPES, type EvidenceArrays, type NodeLabel, type NodeRow, type RelRow, type RelType } from './graph';
import { createNodesCypher, createRelsCypher, mergeNodesCypher, mergeRelsCypher, readNodesCypher, readRelsCypher } from './cypher';
import { mergeNode, mergeRel, type PropertyWrite, type StoredNode, type StoredRel } from './merge';
import { applySchema } from './schema';

export interface LoadOptions {
  /** rows per transaction */
  batchSize: number;
  /** `per-row`: one statement and one transaction per row (the slow way, kept for the benchmark) */
  mode: 'batched' | 'per-row';
  /** apply cypher/schema.cypher first */
  schema: boolean;
  /** called after each committed batch */
  onBatch?: (p: BatchProgress) => void;
}

/**
 * 10,000 rows a transaction: on 新闻联播 2019 (42,583 relationships) batches of 1,000 spent
 * more time in the driver and in commits than in the server's writes.
 */
export const DEFAULT_LOAD_OPTIONS: LoadOptions = { batchSize: 10_000, mode: 'batched', schema: true };

export function resolveLoadOptions(given: Partial<LoadOptions> = {}): LoadOptions {
  const o = { ...DEFAULT_LOAD_OPTIONS, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) };
  if (!(Number.isInteger(o.batchSize) && o.batchSize >= 1 && o.batchSize <= 100_000))
    throw new Neo4jLoadError(`batch size must be an integer from 1 to 100000, not ${o.batchSize}`, 'USAGE');
  if (o.mode !== 'batched' && o.mode !== 'per-row') throw new Neo4jLoadError(`unknown load mode ${String(o.mode)}`, 'USAGE');
  return o;
}

export interface BatchProgress {
  batch: number;
  batches: number;
  what: string;
  kind: 'node' | 'rel';
  rows: number;
}

export interface LoadReport {
  batches: number;
  nodes: number;
  relationships: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  ms: number;
}

/** A load that stopped: what was committed before it did. A re-run completes it. */
export class LoadInterruptedError extends Neo4jLoadError {
  constructor(
    message: string,
    code: string,
    retriable: boolean,
    readonly batchesCommitted: number,
    readonly batchesTotal: number,
  ) {
    super(message, code, retriable);
  }
}

/**
 * One transaction's rows: read the stored state with `read`, then write the keys it did not find
 * with `create` and the merge of those it found with `cypher` (a MERGE on the key).
 */
export type Batch =
  | { kind: 'node'; keyspace: NodeLabel; what: string; read: string; create: string; cypher: string; rows: NodeRow[] }
  | { kind: 'rel'; keyspace: RelType; from: NodeLabel; to: NodeLabel; what: string; read: string; create: string; cypher: string; rows: RelRow[] };

/** The batches of a plan, in order: every node label, then every relationship group. */
export function batchesOf(plan: LoadPlan, options: Pick<LoadOptions, 'batchSize' | 'mode'>): Batch[] {
  const size = rowsPerBatch(options);
  const out: Batch[] = [];
  for (const g of plan.nodes) {
    const [what, read, create, cypher] = [`:${g.label}`, readNodesCypher(g.label), createNodesCypher(g.label), mergeNodesCypher(g.label)];
    for (let i = 0; i < g.rows.length; i += size) out.push({ kind: 'node', keyspace: g.label, what, read, create, cypher, rows: g.rows.slice(i, i + size) });
  }
  for (const g of plan.relationships) {
    const what = `(:${g.from})-[:${g.type}]->(:${g.to})`;
    const [read, create, cypher] = [readRelsCypher(g.type), createRelsCypher(g.type, g.from, g.to), mergeRelsCypher(g.type, g.from, g.to)];
    for (let i = 0; i < g.rows.length; i += size) out.push({ kind: 'rel', keyspace: g.type, from: g.from, to: g.to, what, read, create, cypher, rows: g.rows.slice(i, i + size) });
  }
  return out;
}

type UpdateRow = { key: string; from?: string; to?: string; p: PropertyWrite };
/** A new node: its properties; a new relationship: its columns (createRelsCypher in ./cypher.ts). */
type CreateRow = PropertyWrite | NewRel;
type Ev = EvidenceArrays;
type NewRel = [string, string, RelRow['props'], Ev['evidenceArticles'], Ev['evidenceStarts'], Ev['evidenceEnds'], RelRow['first'], RelRow['last']];

/** A relationship the database lacks, whole (what mergeRel(row, undefined) writes), as createRelsCypher's columns. */
function newRel(row: RelRow): NewRel {
  const e = row.evidence;
  return [row.from, row.to, row.props, e.evidenceArticles, e.evidenceStarts, e.evidenceEnds, row.first, row.last];
}

/**
 * The writes of a batch given what the database holds for its keys (stored: key → properties):
 * `create` the keys it lacks, whole; `update` the stored ones whose merge changes something.
 */
export function writesOf(b: Batch, stored: ReadonlyMap<string, Record<string, unknown>>): { create: CreateRow[]; update: UpdateRow[] } {
  const create: CreateRow[] = [];
  const update: UpdateRow[] = [];
  for (const row of b.rows) {
    const old = stored.get(row.key);
    if (b.kind === 'node') {
      const p = mergeNode(row as NodeRow, old as StoredNode | undefined);
      if (p) old ? update.push({ key: row.key, p }) : create.push(p);
    } else {
      const r = row as RelRow;
      if (!old) create.push(newRel(r));
      else {
        const p = mergeRel(r, old as StoredRel);
        if (p) update.push({ key: r.key, from: r.from, to: r.to, p });
      }
    }
  }
  return { create, update };
}

/**
 * The labels and relationship types of which the database holds nothing (Neo4j's count store),
 * in one query: a batch of these has nothing to read — its keys are new, and the other batches
 * of the same load hold other keys. So a load into an empty database only creates.
 */
export async function emptyKeyspaces(driver: Driver, database: string): Promise<Set<NodeLabel | RelType>> {
  const counts = [
    ...NODE_LABELS.map((l) => `MATCH (n:${l}) RETURN '${l}' AS k, count(n) AS c`),
    ...REL_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN '${t}' AS k, count(r) AS c`),
  ];
  const r = await driver.executeQuery(counts.join('\nUNION ALL\n'), {}, { database });
  const out = new Set<NodeLabel | RelType>();
  for (const rec of r.records) if (rec.get('c') === 0) out.add(rec.get('k') as NodeLabel | RelType);
  return out;
}

/**
 * Which rows of a batch are known to be absent, so not read: all of them when the keyspace was
 * empty at the start of the load; a relationship one end of which was not stored before the load
 * (`stored`: the node keys this load's reads found), since nothing but this load can have joined
 * that node since — each key of a build is written once. A retried transaction reads every row
 * (the attempt before may have committed unseen).
 */
type Unread = (row: NodeRow | RelRow) => boolean;

/**
 * Read, merge, write: one batch in the transaction `tx` (`unread`: the rows known to be absent);
 * the counters of its writes and the keys its read found.
 */
async function applyBatch(tx: ManagedTransaction, b: Batch, unread: Unread) {
  const stored = new Map<string, Record<string, unknown>>();
  const keys: string[] = [];
  for (const r of b.rows) if (!unread(r)) keys.push(r.key);
  const read = keys.length ? await tx.run(b.read, { keys }) : { records: [] };
  for (const r of read.records) {
    const props = r.get('props') as Record<string, unknown> | [string, unknown][];
    stored.set(r.get('key') as string, Array.isArray(props) ? Object.fromEntries(props) : props);
  }
  const { create, update } = writesOf(b, stored);
  const counts = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  // both statements sent before either answers: one round trip, not two
  const writes = [];
  if (create.length) writes.push(tx.run(b.create, { rows: create }));
  if (update.length) writes.push(tx.run(b.cypher, { rows: update }));
  for (const w of await Promise.all(writes)) {
    const u = w.summary.counters.updates();
    counts.nodesCreated += u.nodesCreated;
    counts.relationshipsCreated += u.relationshipsCreated;
    counts.propertiesSet += u.propertiesSet;
  }
  return { counts, found: stored };
}

/** Batches to load and their totals: a plan held whole (batchesOf) or streamed (./stream.ts). */
export interface BatchSource {
  batches: Iterable<Batch>;
  batchCount: number;
  nodeCount: number;
  relationshipCount: number;
}

/** Rows a batch holds under these options (1 in per-row mode). */
export function rowsPerBatch(options: Pick<LoadOptions, 'batchSize' | 'mode'>): number {
  return options.mode === 'per-row' ? 1 : options.batchSize;
}

/** Load a plan held whole (kg start, the tests); kg load streams its plan (loadBatches). */
export async function loadPlan(
  driver: Driver,
  config: Neo4jConfig,
  plan: LoadPlan,
  given: Partial<LoadOptions> = {},
): Promise<LoadReport> {
  const options = resolveLoadOptions(given);
  const batches = batchesOf(plan, options);
  return loadBatches(driver, config, { batches, batchCount: batches.length, nodeCount: plan.nodeCount, relationshipCount: plan.relationshipCount }, options);
}

export async function loadBatches(
  driver: Driver,
  config: Neo4jConfig,
  source: BatchSource,
  given: Partial<LoadOptions> = {},
): Promise<LoadReport> {
  const options = resolveLoadOptions(given);
  const t0 = performance.now();
  const total = source.batchCount;
  let committed = 0;
  const report: LoadReport = {
    batches: total,
    nodes: source.nodeCount,
    relationships: source.relationshipCount,
    nodesCreated: 0,
    relationshipsCreated: 0,
    propertiesSet: 0,
    ms: 0,
  };
  const session = driver.session({ database: config.database });
  try {
    if (options.schema) await applySchema(driver, config.database);
    const empty = await emptyKeyspaces(driver, config.database);
    // node keys the reads of this load found: the only ends a stored relationship can have
    const stored = new Set<string>();
    const none: Unread = () => false;
    const all: Unread = () => true;
    const newEnd: Unread = (r) => !(stored.has((r as RelRow).from) && stored.has((r as RelRow).to));
    for (const b of source.batches) {
      const first = empty.has(b.keyspace) ? all : b.kind === 'rel' ? newEnd : none;
      let attempts = 0;
      const { counts: u, found } = await session.executeWrite((tx) => applyBatch(tx, b, attempts++ === 0 ? first : none));
      if (b.kind === 'node') for (const r of b.rows) if (found.has(r.key)) stored.add(r.key);
      report.nodesCreated += u.nodesCreated;
      report.relationshipsCreated += u.relationshipsCreated;
      report.propertiesSet += u.propertiesSet;
      committed++;
      options.onBatch?.({ batch: committed, batches: total, what: b.what, kind: b.kind, rows: b.rows.length });
    }
  } catch (err) {
    if (err instanceof InputError) throw err; // a build file that changed under the load: said as it is
    const e = toNeo4jLoadError(err, config);
    const done = `${committed} of ${total} batches committed`;
    const message =
      e.code === 'UNREACHABLE'
        ? `lost Neo4j at ${config.uri} during the load, ${done}; start it again and re-run kg load to finish (loading is idempotent)`
        : `${e.message}; ${done}; re-running kg load completes the load (it is idempotent)`;
    throw new LoadInterruptedError(message, e.code, e.retriable, committed, total);
  } finally {
    await session.close().catch(() => undefined);
  }
  report.ms = performance.now() - t0;
  return report;
}
