// Applying a load plan (graph.ts) to Neo4j: nodes first, then relationships, in batches, each
// batch its own `executeWrite` transaction (the driver retries transient errors such as
// deadlocks or a leader switch for `retryTimeMs`). A batch reads what the database holds for its
// keys (one index seek a key), merges it with the rows in the client (./merge.ts) and writes
// what changes in one `UNWIND $rows` MERGE on the key: a new key whole, a stored one only what
// differs, nothing when nothing does. So a load that stopped half-way is finished by running it
// again, loading twice changes nothing, and the server never sorts lists row by row.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { Neo4jLoadError } from '../../errors';
import type { Neo4jConfig } from './config';
import { toNeo4jLoadError } from './driver';
import type { LoadPlan } from './graph';
import type { NodeRow, RelRow } from './graph';
import { mergeNodesCypher, mergeRelsCypher, readNodesCypher, readRelsCypher } from './cypher';
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

/** One transaction's rows: read the stored state with `read`, write the merge with `cypher`. */
export type Batch =
  | { kind: 'node'; what: string; read: string; cypher: string; rows: NodeRow[] }
  | { kind: 'rel'; what: string; read: string; cypher: string; rows: RelRow[] };

/** The batches of a plan, in order: every node label, then every relationship group. */
export function batchesOf(plan: LoadPlan, options: Pick<LoadOptions, 'batchSize' | 'mode'>): Batch[] {
  const size = options.mode === 'per-row' ? 1 : options.batchSize;
  const out: Batch[] = [];
  for (const g of plan.nodes) {
    const [what, read, cypher] = [`:${g.label}`, readNodesCypher(g.label), mergeNodesCypher(g.label)];
    for (let i = 0; i < g.rows.length; i += size) out.push({ kind: 'node', what, read, cypher, rows: g.rows.slice(i, i + size) });
  }
  for (const g of plan.relationships) {
    const [what, read, cypher] = [`(:${g.from})-[:${g.type}]->(:${g.to})`, readRelsCypher(g.type), mergeRelsCypher(g.type, g.from, g.to)];
    for (let i = 0; i < g.rows.length; i += size) out.push({ kind: 'rel', what, read, cypher, rows: g.rows.slice(i, i + size) });
  }
  return out;
}

/** The write rows of a batch given what the database holds for its keys (stored: key → properties). */
export function writesOf(b: Batch, stored: ReadonlyMap<string, Record<string, unknown>>): { key: string; from?: string; to?: string; p: PropertyWrite }[] {
  const out: { key: string; from?: string; to?: string; p: PropertyWrite }[] = [];
  if (b.kind === 'node') {
    for (const row of b.rows) {
      const p = mergeNode(row, stored.get(row.key) as StoredNode | undefined);
      if (p) out.push({ key: row.key, p });
    }
  } else {
    for (const row of b.rows) {
      const p = mergeRel(row, stored.get(row.key) as StoredRel | undefined);
      if (p) out.push({ key: row.key, from: row.from, to: row.to, p });
    }
  }
  return out;
}

/** Read, merge, write: one batch in the transaction `tx`; the write's summary, or null when nothing changed. */
async function applyBatch(tx: ManagedTransaction, b: Batch) {
  const read = await tx.run(b.read, { keys: b.rows.map((r) => r.key) });
  const stored = new Map<string, Record<string, unknown>>();
  for (const r of read.records) {
    const props = r.get('props') as Record<string, unknown> | [string, unknown][];
    stored.set(r.get('key') as string, Array.isArray(props) ? Object.fromEntries(props) : props);
  }
  const rows = writesOf(b, stored);
  return rows.length ? (await tx.run(b.cypher, { rows })).summary : null;
}

export async function loadPlan(
  driver: Driver,
  config: Neo4jConfig,
  plan: LoadPlan,
  given: Partial<LoadOptions> = {},
): Promise<LoadReport> {
  const options = resolveLoadOptions(given);
  const t0 = performance.now();
  const batches = batchesOf(plan, options);
  let committed = 0;
  const report: LoadReport = {
    batches: batches.length,
    nodes: plan.nodeCount,
    relationships: plan.relationshipCount,
    nodesCreated: 0,
    relationshipsCreated: 0,
    propertiesSet: 0,
    ms: 0,
  };
  const session = driver.session({ database: config.database });
  try {
    if (options.schema) await applySchema(driver, config.database);
    for (const b of batches) {
      const summary = await session.executeWrite((tx) => applyBatch(tx, b));
      if (summary) {
        const u = summary.counters.updates();
        report.nodesCreated += u.nodesCreated;
        report.relationshipsCreated += u.relationshipsCreated;
        report.propertiesSet += u.propertiesSet;
      }
      committed++;
      options.onBatch?.({ batch: committed, batches: batches.length, what: b.what, rows: b.rows.length });
    }
  } catch (err) {
    const e = toNeo4jLoadError(err, config);
    const done = `${committed} of ${batches.length} batches committed`;
    const message =
      e.code === 'UNREACHABLE'
        ? `lost Neo4j at ${config.uri} during the load, ${done}; start it again and re-run kg load to finish (loading is idempotent)`
        : `${e.message}; ${done}; re-running kg load completes the load (it is idempotent)`;
    throw new LoadInterruptedError(message, e.code, e.retriable, committed, batches.length);
  } finally {
    await session.close().catch(() => undefined);
  }
  report.ms = performance.now() - t0;
  return report;
}
