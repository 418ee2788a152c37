// Camera moves: fit the camera to a set of nodes (after every filter change: what is shown
// fills the view), zoom in and out, and fly to a node with its neighbours in view.
// Sigma's display coordinates are "framed": the whole graph spans about 1 at ratio 1.
import type Sigma from 'sigma';

type AnySigma = Sigma<any, any>;

/** Room around fitted nodes, as a share of the view (labels run right of their node). */
const MARGIN = 0.12;
const DURATION = 400;

/**
 * The camera state that shows every node of `keys` (default: all that are not hidden), or
 * null when none is shown. A single node is centred at the current ratio or closer.
 */
export function fitState(sigma: AnySigma, keys?: Iterable<string>): { x: number; y: number; ratio: number; angle: number } | null {
  // The nodes at the four extremes, found on the graph's own x/y: sigma's framing is an affine
  // map per axis, so the same nodes are the extremes on screen, and only their display data are
  // read (copying the display data of 70,000 nodes took a second on a loaded machine).
  const graph = sigma.getGraph();
  const extreme: (string | null)[] = [null, null, null, null];
  const best = [Infinity, -Infinity, Infinity, -Infinity];
  let n = 0;
  const see = (key: string) => {
    const a = graph.getNodeAttributes(key) as { x?: number; y?: number };
    if (typeof a.x !== 'number' || typeof a.y !== 'number') return;
    n++;
    if (a.x < best[0]) (best[0] = a.x), (extreme[0] = key);
    if (a.x > best[1]) (best[1] = a.x), (extreme[1] = key);
    if (a.y < best[2]) (best[2] = a.y), (extreme[2] = key);
    if (a.y > best[3]) (best[3] = a.y), (extreme[3] = key);
  };
  if (keys) for (const k of keys) see(k);
  else graph.forEachNode((k) => {
    if (!sigma.getNodeDisplayData(k)?.hidden) see(k);
  });
  if (n === 0) return null;
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (const key of extreme) {
    const d = key === null ? undefined : sigma.getNodeDisplayData(key);
    if (!d) continue;
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  }
  if (!Number.isFinite(minX)) return null;
  const x = (minX + maxX) / 2;
  const y = (minY + maxY) / 2;
  // how many pixels the box spans at ratio 1 centred on it; pixels scale with 1 / ratio
  const probe = { x, y, ratio: 1, angle: 0 };
  const a = sigma.framedGraphToViewport({ x: minX, y: minY }, { cameraState: probe });
  const b = sigma.framedGraphToViewport({ x: maxX, y: maxY }, { cameraState: probe });
  const { width, height } = sigma.getDimensions();
  const spanX = Math.abs(b.x - a.x);
  const spanY = Math.abs(b.y - a.y);
  const fit = Math.max(spanX / (width * (1 - 2 * MARGIN)), spanY / (height * (1 - 2 * MARGIN)));
  const ratio = n === 1 || fit === 0 ? Math.min(sigma.getCamera().ratio, 0.3) : Math.min(Math.max(fit, 0.005), 2);
  return { x, y, ratio, angle: 0 };
}

/** Fit the camera to what is shown (or to `keys`). Resolves when the move ends. */
export async function fitCamera(sigma: AnySigma, keys?: Iterable<string>, animate = true): Promise<void> {
  const state = fitState(sigma, keys);
  if (!state) return;
  if (animate) await sigma.getCamera().animate(state, { duration: DURATION });
  else sigma.getCamera().setState(state);
}

export function zoom(sigma: AnySigma, factor: number): Promise<void> {
  const camera = sigma.getCamera();
  return camera.animate({ ratio: camera.getBoundedRatio(camera.ratio / factor) }, { duration: 250 });
}

/** Centre the camera on a node, zoomed so that its visible neighbours stay in view. */
export function focusCamera(sigma: AnySigma, key: string): Promise<void> {
  const d = sigma.getNodeDisplayData(key);
  if (!d) return Promise.resolve();
  let reach = 0;
  sigma.getGraph().forEachNeighbor(key, (n) => {
    const nd = sigma.getNodeDisplayData(n);
    if (nd && !nd.hidden) reach = Math.max(reach, Math.abs(nd.x - d.x), Math.abs(nd.y - d.y));
  });
  const ratio = reach > 0 ? Math.min(Math.max(reach * 2.4, 0.02), 1.2) : Math.min(sigma.getCamera().ratio, 0.3);
  return sigma.getCamera().animate({ x: d.x, y: d.y, ratio }, { duration: 600 });
}
