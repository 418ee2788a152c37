// The label-overlap figure of issue 16: of the node labels drawn on the current view, the share
// whose boxes intersect another drawn label's box, and how many run past the canvas edge.
// A viewer that places its own labels (window.__kgLabelBoxes, viewer/src/labels.ts) gives the
// boxes it drew; for one that leaves it to sigma (main before issue 16) the boxes are computed
// the way sigma's drawDiscNodeLabel places the text (left edge at x + node size + 3, baseline at
// y + labelSize / 3) for sigma's getNodeDisplayedLabels(), measured with the label font. Both
// boxes are a label's text width by labelSize + 2 px. `onDiscs` counts the labels whose box
// covers part of another drawn node's disc (its centre and radius as sigma draws it, less half a
// pixel of antialiasing).
import type { Page } from 'playwright-core';

export interface LabelOverlap {
  /** labels drawn */
  labels: number;
  /** labels whose box intersects at least one other's */
  overlapping: number;
  /** overlapping / labels (0 when no label is drawn) */
  share: number;
  /** labels whose box runs past the canvas's left or right edge */
  cut: number;
  /** labels whose box covers part of another shown node's disc */
  onDiscs: number;
  width: number;
  height: number;
}

export function labelOverlap(page: Page): Promise<LabelOverlap> {
  return page.evaluate(() => {
    const g = globalThis as any;
    const sigma = g.__kgSigma;
    sigma.refresh();
    const { width, height } = sigma.getDimensions();
    type Box = { x0: number; x1: number; y0: number; y1: number; key?: string };
    const discs: { key: string; x: number; y: number; r: number }[] = [];
    sigma.getGraph().forEachNode((key: string) => {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      const p = sigma.framedGraphToViewport(d);
      const r = sigma.scaleSize(d.size);
      if (p.x + r < 0 || p.x - r > width || p.y + r < 0 || p.y - r > height) return;
      discs.push({ key, x: p.x, y: p.y, r });
    });
    const covers = (b: Box, c: { x: number; y: number; r: number }) => {
      const dx = Math.max(b.x0 - c.x, 0, c.x - b.x1);
      const dy = Math.max(b.y0 - c.y, 0, c.y - b.y1);
      const r = c.r - 0.5;
      return r > 0 && dx * dx + dy * dy < r * r;
    };
    const count = (boxes: Box[]) => {
      let overlapping = 0;
      let cut = 0;
      let onDiscs = 0;
      for (const [i, a] of boxes.entries()) {
        if (a.x0 < 0 || a.x1 > width) cut++;
        if (boxes.some((b, j) => j !== i && a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1)) overlapping++;
        if (discs.some((c) => c.key !== a.key && covers(a, c))) onDiscs++;
      }
      return { labels: boxes.length, overlapping, share: boxes.length ? overlapping / boxes.length : 0, cut, onDiscs, width, height };
    };
    // the viewer's own placement (labels drawn left or right of their node), when it has one
    if (typeof g.__kgLabelBoxes === 'function') return count(g.__kgLabelBoxes());
    const keys: string[] = [...sigma.getNodeDisplayedLabels()];
    const settings = sigma.getSettings();
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const boxes: Box[] = keys.flatMap((key) => {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden || !d.label) return [];
      const p = sigma.framedGraphToViewport(d);
      const size = sigma.scaleSize(d.size);
      const x0 = p.x + size + 3;
      const base = p.y + settings.labelSize / 3;
      return [{ key, x0, x1: x0 + ctx.measureText(d.label).width, y0: base - settings.labelSize, y1: base + 2 }];
    });
    return count(boxes);
  });
}
