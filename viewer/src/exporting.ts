// Export of the current view: what the filters show, as GEXF (Gephi), as two CSV files (nodes,
// edges) and as a PNG of the canvases. The build's own full exports (graph.gexf, the Neo4j
// CSV files) are served beside graph.json; these hold only the visible part, with positions
// and colours as drawn. Pure but for `pngOfView` and `download`, which need the page.
import Graph from 'graphology';
import writeGexf from 'graphology-gexf/common/writer';
import type Sigma from 'sigma';
import type { KgGraph } from './data';
import { evidenceOf, nodeLabel } from './data';
import type { ProjectionGraph } from './projection';
import type { Visible } from './visibility';

type Cell = string | number | boolean | null | undefined;

const NODE_COLUMNS = ['key', 'type', 'name', 'date', 'community', 'x', 'y'] as const;
const EDGE_COLUMNS = ['key', 'source', 'target', 'type', 'role', 'order', 'first', 'last', 'evidence'] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) is kept as text
 * with a leading `'` (OWASP's CSV-injection advice): a name or sentence from an article never
 * becomes a formula. Numbers (the positions) are written as they are.
 */
export function csvField(v: Cell): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(header: readonly string[], rows: Cell[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function nodesCsv(graph: KgGraph, visible: Visible): string {
  const rows: Cell[][] = [];
  for (const key of visible.nodes) {
    const a = graph.getNodeAttributes(key);
    rows.push([key, a.type, nodeLabel(a), a.date, a.community, a.x, a.y]);
  }
  return csv(NODE_COLUMNS, rows);
}

/** `evidence`: how many sentences back the edge (they are in graph.json and the build's CSV). */
export function edgesCsv(graph: KgGraph, visible: Visible): string {
  const rows: Cell[][] = [];
  for (const key of visible.edges) {
    const a = graph.getEdgeAttributes(key);
    rows.push([key, graph.source(key), graph.target(key), a.type, a.role, a.order, a.first, a.last, evidenceOf(a).length]);
  }
  return csv(EDGE_COLUMNS, rows);
}

/** The visible part as GEXF 1.3: domain attributes flattened, positions, sizes and colours as drawn. */
export function visibleGexf(graph: KgGraph, visible: Visible, display: (key: string) => { size: number; color: string } | undefined): string {
  const out = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  for (const key of visible.nodes) {
    const a = graph.getNodeAttributes(key);
    const d = display(key);
    const attrs: Record<string, string | number | boolean> = { label: nodeLabel(a), type: a.type, name: a.name, x: a.x, y: a.y };
    if (a.date) attrs.date = a.date;
    if (typeof a.community === 'number') attrs.community = a.community;
    if (d) Object.assign(attrs, { size: d.size, color: d.color });
    out.addNode(key, attrs);
  }
  for (const key of visible.edges) {
    const a = graph.getEdgeAttributes(key);
    const attrs: Record<string, string | number | boolean> = { label: a.type, type: a.type, evidence: evidenceOf(a).length };
    if (a.role) attrs.role = a.role;
    if (typeof a.order === 'number') attrs.order = a.order;
    if (a.first) attrs.first = a.first;
    if (a.last) attrs.last = a.last;
    out.addDirectedEdgeWithKey(key, graph.source(key), graph.target(key), attrs);
  }
  return writeGexf(out, { version: '1.3' });
}

/**
 * The view as drawn: sigma's canvases (edges, nodes, labels, hover layer) composed in their
 * page order on a white ground, at the device's pixel ratio. The WebGL layers are read in the
 * same task as a synchronous render, before the browser may discard their buffers.
 */
export function pngOfView(sigma: Sigma<any, any>): Promise<Blob> {
  sigma.refresh();
  const container = sigma.getContainer();
  const layers = [...container.querySelectorAll('canvas')].filter((c) => c.width > 0 && c.height > 0 && !c.classList.contains('sigma-mouse'));
  const width = Math.max(...layers.map((c) => c.width));
  const height = Math.max(...layers.map((c) => c.height));
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  for (const layer of layers) ctx.drawImage(layer, 0, 0, width, height);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('the view could not be drawn as PNG'))), 'image/png'));
}

/** Hand a blob to the browser as a file download. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const PEOPLE_COLUMNS = ['key', 'name', 'community', 'strength', 'x', 'y'] as const;
const PAIR_COLUMNS = ['source', 'target', 'weight', 'meetings', 'met', 'meeting_keys'] as const;

/** Who sat with whom, its people: the strength is the sum of their pair weights. */
export function peopleCsv(proj: ProjectionGraph): string {
  const rows: Cell[][] = [];
  proj.forEachNode((key, a) => rows.push([key, a.name, a.community, a.strength, a.x, a.y]));
  return csv(PEOPLE_COLUMNS, rows);
}

/** Who sat with whom, its pairs: weight = meetings together + times met; the meetings' keys joined by `|`. */
export function pairsCsv(proj: ProjectionGraph): string {
  const rows: Cell[][] = [];
  proj.forEachEdge((_e, a, s, t) => rows.push([s, t, a.weight, a.meetings.length, a.met, a.meetings.join('|')]));
  return csv(PAIR_COLUMNS, rows);
}

/** Who sat with whom as GEXF 1.3 (undirected, weighted), positions, sizes and colours as drawn. */
export function pairsGexf(proj: ProjectionGraph, display: (key: string) => { size: number; color: string } | undefined): string {
  const out = new Graph({ type: 'undirected', multi: false });
  proj.forEachNode((key, a) => {
    const attrs: Record<string, string | number> = { label: a.name, name: a.name, strength: a.strength, x: a.x, y: a.y };
    if (typeof a.community === 'number') attrs.community = a.community;
    const d = display(key);
    if (d) Object.assign(attrs, { size: d.size, color: d.color });
    out.addNode(key, attrs);
  });
  proj.forEachEdge((_e, a, s, t) => out.addEdge(s, t, { weight: a.weight, meetings: a.meetings.length, met: a.met }));
  return writeGexf(out, { version: '1.3' });
}
