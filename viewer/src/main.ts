// The viewer's entry: fetch graph.json, draw it with sigma, wire search, filters, colour mode,
// the side panel and the URL hash. The page says it is ready (window.__kgReady, and
// data-kg-ready on <html>) after the first frame is drawn; timings are in window.__kgTiming.
import Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { GraphEdgeAttributes, GraphNodeAttributes, NodeType } from '../../src/model';
import { dateExtent, importGraph, NODE_TYPES } from './data';
import { details } from './details';
import { renderDetails } from './panel';
import { buildSearchIndex, search, type SearchHit } from './search';
import { formatHash, parseHash } from './url';
import { createReducers, initialState, legendRows, TYPE_COLORS, type ColorBy, type ViewState } from './view';
import './style.css';

/** CJK first: Debian's fonts-noto-cjk, then what macOS and Windows ship. */
export const LABEL_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export interface KgTiming {
  /** ms since navigation start */
  fetched: number;
  parsed: number;
  firstFrame: number;
  ready: number;
  nodes: number;
  edges: number;
}

type KgSigma = Sigma<GraphNodeAttributes, GraphEdgeAttributes>;

declare global {
  interface Window {
    __kgReady?: boolean;
    __kgError?: string;
    __kgTiming?: KgTiming;
    __kgSigma?: KgSigma;
    __kgLabelFont?: string;
  }
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * The graph file `?graph=` names: a file name served beside this page (graph.json by default).
 * A URL of another site, a path or a data: URL is refused: a crafted link must not show a
 * graph of fake evidence under this address (the server's Content-Security-Policy says so too).
 */
export function graphFile(search: string): string {
  const given = new URLSearchParams(search).get('graph');
  if (given === null) return 'graph.json';
  if (/^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/.test(given)) return given;
  throw new Error(`?graph= takes the name of a graph file this server serves, such as graph.json, not ${JSON.stringify(given.slice(0, 80))}`);
}

async function main(): Promise<void> {
  const graphUrl = graphFile(location.search);
  const status = $('status');
  status.textContent = `loading ${graphUrl} …`;
  const res = await fetch(graphUrl);
  if (!res.ok) throw new Error(`${graphUrl}: HTTP ${res.status}`);
  const data: unknown = await res.json();
  const fetched = performance.now();
  const { graph, laidOut } = importGraph(data);
  const parsed = performance.now();

  // above this many edges, unselected edges are drawn as 1px lines (see view.ts)
  const reducers = createReducers(graph, { thinEdges: graph.size > 5000 });
  let state: ViewState = { ...initialState(), colorBy: parseHash(location.hash).colorBy };
  reducers.update(state);

  const sigma: KgSigma = new Sigma(graph, $('graph'), {
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: '500',
    labelDensity: 0.6,
    labelRenderedSizeThreshold: 7,
    hideEdgesOnMove: true,
    hideLabelsOnMove: true,
    zIndex: true,
    defaultEdgeType: 'line',
    // drawn in this order after sigma's own (arrow, line): the selection's edges come last
    edgeProgramClasses: { thin: EdgeLineProgram, selected: EdgeRectangleProgram },
    // the graph holds domain attributes (its `type` is Person, Meeting…, not a sigma program):
    // the reducers return the whole display object
    nodeReducer: reducers.nodeReducer,
    edgeReducer: reducers.edgeReducer,
  });
  // the constructor has issued the first frame's drawing; wait until the GPU has done it
  finishDrawing(sigma);
  const firstFrame = performance.now();
  window.__kgSigma = sigma;
  window.__kgLabelFont = LABEL_FONT;

  const setState = (patch: Partial<ViewState>) => {
    state = { ...state, ...patch };
    reducers.update(state);
    sigma.refresh({ skipIndexation: true });
  };

  // ---- selection, panel and URL -----------------------------------------------------
  const panel = $('panel');
  const panelBody = $('panel-body');
  const select = (key: string | null, opts: { animate?: boolean } = {}) => {
    if (key !== null && !graph.hasNode(key)) key = null;
    // the search hit keeps its forced label only while it is the selection
    setState({ selected: key, focused: key !== null && state.focused === key ? key : null });
    panelBody.replaceChildren();
    if (key) {
      panelBody.append(renderDetails(details(graph, key), state.colorBy));
      panel.hidden = false;
      if (opts.animate !== false) focusCamera(sigma, key);
    } else panel.hidden = true;
    document.documentElement.dataset.selected = key ?? '';
    const hash = formatHash({ node: key, colorBy: state.colorBy });
    if (hash !== location.hash && !(hash === '' && location.hash === '')) history.replaceState(null, '', hash || location.pathname + location.search);
  };
  sigma.on('clickNode', ({ node }) => select(node));
  sigma.on('clickStage', () => select(null));
  sigma.on('enterNode', () => ($('graph').style.cursor = 'pointer'));
  sigma.on('leaveNode', () => ($('graph').style.cursor = ''));
  $('panel-close').addEventListener('click', () => select(null));
  window.addEventListener('hashchange', () => {
    const h = parseHash(location.hash);
    if (h.colorBy !== state.colorBy) setColorBy(h.colorBy);
    if (h.node !== state.selected) select(h.node);
  });

  // ---- search -------------------------------------------------------------------------
  const index = buildSearchIndex(graph);
  const input = $<HTMLInputElement>('search');
  const results = $('search-results');
  let hits: SearchHit[] = [];
  const choose = (key: string) => {
    state = { ...state, focused: key };
    select(key);
    results.replaceChildren();
    results.hidden = true;
  };
  const showHits = () => {
    hits = search(index, input.value, 20);
    results.replaceChildren(
      ...hits.map((hit) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'hit';
        b.dataset.node = hit.key;
        const dot = document.createElement('span');
        dot.className = 'dot';
        dot.style.background = TYPE_COLORS[hit.type];
        b.append(dot, hit.label, Object.assign(document.createElement('small'), { textContent: ` ${hit.type}` }));
        b.addEventListener('click', () => choose(hit.key));
        const li = document.createElement('li');
        li.append(b);
        return li;
      }),
    );
    if (input.value.trim() && hits.length === 0) {
      const li = document.createElement('li');
      li.className = 'no-hit';
      li.textContent = 'no match';
      results.append(li);
    }
    results.hidden = !input.value.trim();
  };
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(showHits, graph.order > 5000 ? 150 : 30);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      window.clearTimeout(timer);
      showHits();
      if (hits[0]) choose(hits[0].key);
    } else if (e.key === 'Escape') {
      results.hidden = true;
    }
  });

  // ---- filters --------------------------------------------------------------------------
  const typeBox = $('type-filters');
  const counts = new Map<NodeType, number>();
  graph.forEachNode((_k, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
  for (const t of NODE_TYPES) {
    const label = document.createElement('label');
    label.dataset.type = t;
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', checked: true, value: t });
    box.addEventListener('change', () => {
      const hidden = new Set(state.hiddenTypes);
      if (box.checked) hidden.delete(t);
      else hidden.add(t);
      setState({ hiddenTypes: hidden });
    });
    const dot = Object.assign(document.createElement('span'), { className: 'dot' });
    dot.style.background = TYPE_COLORS[t];
    label.append(box, dot, `${t} `, Object.assign(document.createElement('small'), { textContent: String(counts.get(t) ?? 0) }));
    typeBox.append(label);
  }
  const extent = dateExtent(graph);
  const from = $<HTMLInputElement>('date-from');
  const to = $<HTMLInputElement>('date-to');
  if (extent) {
    for (const el of [from, to]) {
      el.min = extent[0];
      el.max = extent[1];
    }
    $('date-extent').textContent = `${extent[0]} – ${extent[1]}`;
  }
  const onDates = () => setState({ dateFrom: from.value || null, dateTo: to.value || null });
  for (const el of [from, to]) for (const ev of ['input', 'change']) el.addEventListener(ev, onDates);

  // ---- colour mode and legend -------------------------------------------------------------
  const colorSelect = $<HTMLSelectElement>('color-by');
  const legend = $('legend');
  const drawLegend = () =>
    legend.replaceChildren(
      ...legendRows(graph, state.colorBy).map((r) => {
        const li = document.createElement('li');
        const dot = Object.assign(document.createElement('span'), { className: 'dot' });
        dot.style.background = r.color;
        li.append(dot, `${r.label} `, Object.assign(document.createElement('small'), { textContent: String(r.count) }));
        return li;
      }),
    );
  const setColorBy = (c: ColorBy) => {
    colorSelect.value = c;
    setState({ colorBy: c });
    drawLegend();
    if (state.selected) select(state.selected, { animate: false });
    else history.replaceState(null, '', formatHash({ node: null, colorBy: c }) || location.pathname + location.search);
  };
  colorSelect.value = state.colorBy;
  colorSelect.addEventListener('change', () => setColorBy(colorSelect.value === 'community' ? 'community' : 'type'));
  drawLegend();

  status.textContent =
    `${graph.order.toLocaleString()} nodes, ${graph.size.toLocaleString()} edges` + (laidOut ? ` (${laidOut} placed on a circle: no layout)` : '');

  const initial = parseHash(location.hash).node;
  if (initial) select(initial, { animate: false });

  requestAnimationFrame(() => {
    const timing: KgTiming = { fetched, parsed, firstFrame, ready: performance.now(), nodes: graph.order, edges: graph.size };
    window.__kgTiming = timing;
    window.__kgReady = true;
    document.documentElement.dataset.kgReady = 'true';
    if (initial && graph.hasNode(initial)) focusCamera(sigma, initial);
  });
}

/** Block until the WebGL layers have executed every queued command (reading one pixel does). */
function finishDrawing(sigma: KgSigma): void {
  const pixel = new Uint8Array(4);
  const canvases = sigma.getCanvases();
  for (const layer of ['edges', 'nodes']) {
    // sigma made these WebGL contexts; getContext hands back the same one
    const gl = canvases[layer]?.getContext('webgl2') ?? canvases[layer]?.getContext('webgl');
    if (gl) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  }
}

/**
 * Centre the camera on a node, zoomed so that its neighbours stay in view (display
 * coordinates are normalised: the whole graph spans about 1 at ratio 1).
 */
function focusCamera(sigma: KgSigma, key: string): void {
  const d = sigma.getNodeDisplayData(key);
  if (!d) return;
  let reach = 0;
  sigma.getGraph().forEachNeighbor(key, (n) => {
    const nd = sigma.getNodeDisplayData(n);
    if (nd && !nd.hidden) reach = Math.max(reach, Math.abs(nd.x - d.x), Math.abs(nd.y - d.y));
  });
  const ratio = reach > 0 ? Math.min(Math.max(reach * 2.4, 0.02), 1.2) : Math.min(sigma.getCamera().ratio, 0.3);
  void sigma.getCamera().animate({ x: d.x, y: d.y, ratio }, { duration: 600 });
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  window.__kgError = message;
  document.documentElement.dataset.kgError = message;
  const status = document.getElementById('status');
  if (status) {
    status.textContent = `could not load the graph: ${message}`;
    status.classList.add('error');
  }
  console.error(err);
});

