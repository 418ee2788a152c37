// Applying a load plan (graph.ts) to Neo4j: nodes first, then relationships, in `UNWIND $rows`
// batches, each batch its own `executeWrite` transaction (the driver retries transient errors
// such as deadlocks or a leader switch for `retryTimeMs`). Every write is a MERGE on a key, so
// a load that stopped half-way is finished by running it again, and loading twice changes nothing.
import type { Driver } from 'neo4j-driver';
import { Neo4jLoadError } from '../../errors';
import type { Neo4jConfig } from './config';
import { toNeo4jLoadError } from './driver';
import type { LoadPlan } from './graph';
import { mergeNodesCypher, mergeRelsCypher } from './cypher';
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

export const DEFAULT_LOAD_OPTIONS: LoadOptions = { batchSize: 1000, mode: 'batched', schema: true };

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

interface Batch {
  what: string;
  cypher: string;
  rows: unknown[];
}

/** The batches of a plan, in order: every node label, then every relationship group. */
export function batchesOf(plan: LoadPlan, options: Pick<LoadOptions, 'batchSize' | 'mode'>): Batch[] {
  const size = options.mode === 'per-row' ? 1 : options.batchSize;
  const out: Batch[] = [];
  const push = (what: string, cypher: string, rows: unknown[]) => {
    for (let i = 0; i < rows.length; i += size) out.push({ what, cypher, rows: rows.slice(i, i + size) });
  };
  for (const g of plan.nodes) push(`:${g.label}`, mergeNodesCypher(g.label), g.rows);
  for (const g of plan.relationships)
    push(`(:${g.from})-[:${g.type}]->(:${g.to})`, mergeRelsCypher(g.type, g.from, g.to), g.rows);
  return out;
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
      const summary = await session.executeWrite(async (tx) => (await tx.run(b.cypher, { rows: b.rows })).summary);
      const u = summary.counters.updates();
      report.nodesCreated += u.nodesCreated;
      report.relationshipsCreated += u.relationshipsCreated;
      report.propertiesSet += u.propertiesSet;
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
