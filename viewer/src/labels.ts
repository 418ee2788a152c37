// Node labels without overprinting. Sigma picks label candidates (its label grid: the largest
// nodes of each cell, plus forced labels); instead of drawing each at once, the viewer collects
// them and, once the frame is drawn, places them greedily: the selection and its neighbours
// first, then by node size (the facts a node takes part in). A label is drawn right of its
// node, else left of it, and only where its box meets no placed box, covers no other node's
// disc and stays inside the canvas; otherwise it is left out (hovering the node still shows it).
// Discs are read from every shown node on graphs up to DISC_NODES nodes (beyond, reading them
// each frame costs more than a frame), and avoided in views of up to MAX_DISCS discs.
//
// `placeLabels` is pure (boxes in viewport pixels); `createLabelLayer` wires it into sigma.
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

export interface LabelCandidate {
  key: string;
  label: string;
  /** node centre and radius, viewport pixels */
  x: number;
  y: number;
  size: number;
  /** text width in pixels */
  width: number;
  /** higher first: 3 selected, 2 its neighbours, 1 other forced, 0 the rest */
  rank: number;
}

export interface PlacedLabel {
  key: string;
  label: string;
  /** where fillText draws (left end of the baseline) */
  textX: number;
  baseline: number;
  box: { x0: number; x1: number; y0: number; y1: number };
}

/** A shown node's disc, viewport pixels. */
export interface Disc {
  key: string;
  x: number;
  y: number;
  r: number;
}

/** Up to this many nodes in the graph, labels avoid every shown node's disc. */
export const DISC_NODES = 25_000;
/**
 * A view with more discs than this is a crowd a label may cross: there avoiding them left a
 * quarter of the labels (新闻联播 2019's first view, 3,874 nodes: 126 → 34). Zoomed in, they
 * are avoided again.
 */
export const MAX_DISCS = 1500;

/** Gap between a node's disc and its label, as sigma draws it. */
const GAP = 3;
/** Above this many labels a view is no longer read, only looked at. */
export const MAX_LABELS = 250;

/**
 * Place labels in priority order; a box meeting an earlier box, or running past the canvas,
 * is tried on the node's left, then dropped. `labelSize` is the font size in pixels.
 */
export function placeLabels(candidates: LabelCandidate[], width: number, height: number, labelSize: number, max = MAX_LABELS, discs: readonly Disc[] = []): PlacedLabel[] {
  const order = [...candidates].sort((a, b) => b.rank - a.rank || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const placed: PlacedLabel[] = [];
  const seen = new Set<string>();
  // accepted boxes bucketed by rows of the label's height: a box meets only its neighbours
  const rows = new Map<number, PlacedLabel['box'][]>();
  const rowOf = (y: number) => Math.floor(y / labelSize);
  // discs bucketed in square cells of CELL pixels
  const CELL = 64;
  const cells = new Map<number, Disc[]>();
  const cellKey = (cx: number, cy: number) => cy * 100_003 + cx;
  for (const d of discs) {
    for (let cy = Math.floor((d.y - d.r) / CELL); cy <= Math.floor((d.y + d.r) / CELL); cy++)
      for (let cx = Math.floor((d.x - d.r) / CELL); cx <= Math.floor((d.x + d.r) / CELL); cx++) {
        const k = cellKey(cx, cy);
        let cell = cells.get(k);
        if (!cell) cells.set(k, (cell = []));
        cell.push(d);
      }
  }
  /** does the box cover part of a disc other than its own node's (half a pixel of antialiasing aside) */
  const onDisc = (b: PlacedLabel['box'], own: string) => {
    for (let cy = Math.floor(b.y0 / CELL); cy <= Math.floor(b.y1 / CELL); cy++)
      for (let cx = Math.floor(b.x0 / CELL); cx <= Math.floor(b.x1 / CELL); cx++)
        for (const d of cells.get(cellKey(cx, cy)) ?? []) {
          if (d.key === own) continue;
          const dx = Math.max(b.x0 - d.x, 0, d.x - b.x1);
          const dy = Math.max(b.y0 - d.y, 0, d.y - b.y1);
          const r = d.r - 0.5;
          if (r > 0 && dx * dx + dy * dy < r * r) return true;
        }
    return false;
  };
  const free = (b: PlacedLabel['box'], own: string, discsToo = true) => {
    if (b.x0 < 0 || b.x1 > width || b.y0 < 0 || b.y1 > height) return false;
    for (let r = rowOf(b.y0); r <= rowOf(b.y1); r++)
      for (const o of rows.get(r) ?? []) if (b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1) return false;
    return !(discsToo && cells.size && onDisc(b, own));
  };
  for (const c of order) {
    if (placed.length >= max) break;
    if (seen.has(c.key) || !c.label) continue;
    seen.add(c.key);
    const baseline = c.y + labelSize / 3;
    const y0 = baseline - labelSize;
    const y1 = baseline + 2;
    const right = { x0: c.x + c.size + GAP, x1: c.x + c.size + GAP + c.width, y0, y1 };
    const left = { x0: c.x - c.size - GAP - c.width, x1: c.x - c.size - GAP, y0, y1 };
    let box = free(right, c.key) ? right : free(left, c.key) ? left : null;
    // the selection and its neighbours (what the reader is reading) rather over a disc than unlabelled
    if (!box && c.rank >= 2) box = free(right, c.key, false) ? right : free(left, c.key, false) ? left : null;
    if (!box) continue;
    placed.push({ key: c.key, label: c.label, textX: box.x0, baseline, box });
    for (let r = rowOf(box.y0); r <= rowOf(box.y1); r++) {
      let row = rows.get(r);
      if (!row) rows.set(r, (row = []));
      row.push(box);
    }
  }
  return placed;
}

/** The discs of the shown nodes inside the view (none on graphs above DISC_NODES nodes). */
function shownDiscs<N extends object, E extends object>(sigma: Sigma<N, E>, width: number, height: number): Disc[] {
  const graph = sigma.getGraph();
  if (graph.order > DISC_NODES) return [];
  const discs: Disc[] = [];
  graph.forEachNode((key) => {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    const r = sigma.scaleSize(d.size);
    if (p.x + r < 0 || p.x - r > width || p.y + r < 0 || p.y - r > height) return;
    discs.push({ key, x: p.x, y: p.y, r });
  });
  return discs.length > MAX_DISCS ? [] : discs;
}

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string };

/**
 * Hook the placement into a sigma instance: pass `drawLabel` as its `defaultDrawNodeLabel`
 * setting, then call `attach(sigma)`. `placed()` is what the last frame drew.
 */
export function createLabelLayer() {
  let pending: LabelCandidate[] = [];
  let placed: PlacedLabel[] = [];
  let measure: CanvasRenderingContext2D | null = null;
  let font = '';

  /** sigma calls this for every label it would draw: collect it instead */
  function drawLabel(context: CanvasRenderingContext2D, data: LabelData, settings: Pick<Settings<any, any>, 'labelWeight' | 'labelSize' | 'labelFont'>): void {
    if (!data.label) return;
    measure = context;
    font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    context.font = font;
    const d = data as LabelData & { zIndex?: number; forceLabel?: boolean; highlighted?: boolean };
    pending.push({
      key: data.key ?? `${data.x},${data.y}`,
      label: data.label,
      x: data.x,
      y: data.y,
      size: data.size,
      width: context.measureText(data.label).width,
      rank: d.highlighted ? 3 : d.forceLabel ? ((d.zIndex ?? 0) >= 2 ? 2 : 1) : 0,
    });
  }

  function attach<N extends object, E extends object>(sigma: Sigma<N, E>): void {
    sigma.on('beforeRender', () => {
      pending = [];
    });
    sigma.on('afterRender', () => {
      const settings = sigma.getSettings();
      const { width, height } = sigma.getDimensions();
      placed = pending.length ? placeLabels(pending, width, height, settings.labelSize, MAX_LABELS, shownDiscs(sigma, width, height)) : [];
      pending = [];
      const ctx = measure;
      if (!ctx) return;
      ctx.font = font;
      ctx.fillStyle = settings.labelColor.color ?? '#000';
      ctx.lineJoin = 'round';
      ctx.lineWidth = 3;
      ctx.strokeStyle = 'rgba(255,255,255,0.85)';
      for (const p of placed) {
        // a white halo keeps a label legible over edges
        ctx.strokeText(p.label, p.textX, p.baseline);
        ctx.fillText(p.label, p.textX, p.baseline);
      }
    });
  }

  return { drawLabel, attach, placed: () => placed };
}
