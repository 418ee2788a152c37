// The viewer's entry: fetch graph.json, draw it with sigma, wire search, filters, colour mode,
// the side panel, the reader, the camera buttons, exports and the URL hash. The page says it is
// ready (window.__kgReady, and data-kg-ready on <html>) once the first frame is drawn and the
// camera fits what the filters show; timings are in window.__kgTiming.
import Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { GraphEdgeAttributes, GraphNodeAttributes, NodeType } from '../../src/model';
import { createArticleStore } from './articles';
import { fitCamera, focusCamera, zoom } from './camera';
import { dateExtent, importGraph, NODE_TYPES } from './data';
import { details } from './details';
import { download, edgesCsv, nodesCsv, pairsCsv, pairsGexf, peopleCsv, pngOfView, visibleGexf } from './exporting';
import { createLabelLayer } from './labels';
import { renderDetails } from './panel';
import { coAttendance, layoutProjection, pairsOf, type ProjectionGraph, type ProjectionStats } from './projection';
import { createProjectionReducers } from './projection-view';
import { renderPairs } from './projection-panel';
import { createReader } from './reader';
import { buildSearchIndex, indexPinyin, search, type SearchHit } from './search';
import { formatHash, parseHash, type HashState } from './url';
import { communityNames, createReducers, DEFAULT_HIDDEN_TYPES, initialState, legendRows, TYPE_COLORS, type ColorBy, type ViewState } from './view';
import { TYPE_WORD, TYPE_WORDS } from './words';
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
    /** the labels the last frame drew, and their boxes (viewport pixels) */
    __kgLabels?: () => string[];
    __kgLabelBoxes?: () => { key: string; x0: number; x1: number; y0: number; y1: number }[];
    /** what the filters show now */
    __kgShown?: () => { nodes: number; edges: number };
    /**
     * ms the page spent answering the last search, selection and filter change (`select`…),
     * and until sigma had drawn the answer (`selectDrawn`…)
     */
    __kgAnswerMs?: Record<string, number>;
    /** the last state change: ms in the reducers' pass, sigma's refresh and the rest; items redrawn (-1: all) */
    __kgStateMs?: Record<string, number>;
    /** the co-attendance projection on screen (null: the graph): its counts and its build and layout time */
    /** the search's pinyin: entries done, of how many, ms spent making it */
    __kgPinyin?: () => { done: number; of: number; ms: number; loadMs: number | null };
    __kgProjection?: () => (ProjectionStats & { buildMs: number; layoutMs: number; iterations: number }) | null;
  }
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * Run an answer to the user and note how long it took (window.__kgAnswerMs[name]), and how
 * long until sigma's next frame had drawn it ([name + 'Drawn']).
 */
function timed<A extends unknown[], R>(name: 'search' | 'select' | 'filter' | 'people', fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    const t0 = performance.now();
    const note = (key: string) => (window.__kgAnswerMs = { ...window.__kgAnswerMs, [key]: Math.round(performance.now() - t0) });
    try {
      return fn(...args);
    } finally {
      note(name);
      window.__kgSigma?.once('afterRender', () => note(`${name}Drawn`));
    }
  };
}

/** Nodes and edges above which a click must not redraw the whole graph (a full refresh takes seconds there). */
const LARGE_GRAPH = 50_000;

/** Below this width the filters fold away while a node's panel is open. */
const NARROW = 1200;

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

  // above this many edges, unselected edges are drawn as 1px lines; above this many nodes and
  // edges, a selection only marks its neighbourhood (see view.ts)
  const reducers = createReducers(graph, { thinEdges: graph.size > 5000, large: graph.order + graph.size > LARGE_GRAPH });
  const fromHash = parseHash(location.hash);
  let state: ViewState = {
    ...initialState(),
    colorBy: fromHash.colorBy,
    hiddenTypes: fromHash.hiddenTypes,
    dateFrom: fromHash.dateFrom,
    dateTo: fromHash.dateTo,
    expanded: new Set([...fromHash.expanded].filter((k) => graph.hasNode(k))),
  };
  reducers.update(state);

  const labels = createLabelLayer();
  /** what both views (the graph, who sat with whom) draw with, but for their reducers and labels */
  const common = {
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: '500',
    // generous candidates: labels.ts keeps those that do not overprint each other
    labelDensity: 1.5,
    labelGridCellSize: 60,
    labelRenderedSizeThreshold: 0,
    hideEdgesOnMove: true,
    hideLabelsOnMove: true,
    zIndex: true,
    defaultEdgeType: 'line',
    // drawn in this order after sigma's own (arrow, line): the selection's edges come last
    edgeProgramClasses: { thin: EdgeLineProgram, selected: EdgeRectangleProgram },
  } as const;
  const sigma: KgSigma = new Sigma(graph, $('graph'), {
    ...common,
    defaultDrawNodeLabel: labels.drawLabel,
    // the graph holds domain attributes (its `type` is Person, Meeting…, not a sigma program):
    // the reducers return the whole display object
    nodeReducer: reducers.nodeReducer,
    edgeReducer: reducers.edgeReducer,
  });
  labels.attach(sigma);
  // the constructor has issued the first frame's drawing; wait until the GPU has done it
  finishDrawing(sigma);
  const firstFrame = performance.now();
  window.__kgSigma = sigma;
  window.__kgLabelFont = LABEL_FONT;
  window.__kgLabels = () => activeLabels().placed().map((p) => p.key);
  window.__kgLabelBoxes = () => activeLabels().placed().map((p) => ({ key: p.key, ...p.box }));
  window.__kgShown = () =>
    people ? { nodes: people.proj.order, edges: people.proj.size } : { nodes: reducers.getVisible().nodes.size, edges: reducers.getVisible().edges.size };

  // ---- the co-attendance projection (people only; projection.ts) ----------------------------
  interface PeopleView {
    proj: ProjectionGraph;
    stats: ProjectionStats;
    reducers: ReturnType<typeof createProjectionReducers>;
    /** the date range it was built for */
    dates: string;
    buildMs: number;
    layoutMs: number;
    iterations: number;
  }
  /** on screen now, or null: the graph */
  let people: PeopleView | null = null;
  /** the last one built, which peopleSigma draws (kept for going back and forth) */
  let lastPeople: PeopleView | null = null;
  /**
   * The projection has its own sigma, in a layer over the graph's, made on first use: going
   * back to the graph only hides it, so the graph's sigma never re-indexes its 300,000 items
   * (20 s at 100,000 nodes in software WebGL when one sigma swapped graphs).
   */
  let peopleSigma: KgSigma | null = null;
  const peopleLabels = createLabelLayer();
  const peopleBox = Object.assign(document.createElement('div'), { id: 'people-graph', hidden: true });
  $('graph').prepend(peopleBox);
  /** the sigma on screen */
  const active = (): KgSigma => (people && peopleSigma) || sigma;
  const activeLabels = () => (people && peopleSigma ? peopleLabels : labels);
  const peopleState = () => ({ selected: state.selected, focused: state.focused, colorBy: state.colorBy });
  const buildPeople = (): PeopleView => {
    const dates = JSON.stringify([state.dateFrom, state.dateTo]);
    if (lastPeople?.dates === dates) return lastPeople;
    const t0 = performance.now();
    const { graph: proj, stats } = coAttendance(graph, { dateFrom: state.dateFrom, dateTo: state.dateTo });
    const t1 = performance.now();
    const iterations = layoutProjection(proj, { budgetMs: 1000 });
    const t2 = performance.now();
    lastPeople = {
      proj,
      stats,
      reducers: createProjectionReducers(proj, { large: proj.order + proj.size > LARGE_GRAPH }),
      dates,
      buildMs: Math.round(t1 - t0),
      layoutMs: Math.round(t2 - t1),
      iterations,
    };
    return lastPeople;
  };
  window.__kgProjection = () =>
    people ? { ...people.stats, buildMs: people.buildMs, layoutMs: people.layoutMs, iterations: people.iterations } : null;
  /** Show the projection (or the graph again); the camera fits what is shown. */
  const showPeople = (on: boolean) => {
    if (on === (people !== null) && !(on && people && people.dates !== JSON.stringify([state.dateFrom, state.dateTo]))) return;
    // the camera fits a view that is new; one shown before keeps the camera it was left with
    let refit = true;
    if (on) {
      const view = buildPeople();
      refit = !peopleSigma || peopleSigma.getGraph() !== (view.proj as never);
      people = view;
      view.reducers.update(peopleState());
      peopleBox.hidden = false;
      if (!peopleSigma) {
        const made = new Sigma(view.proj as never, peopleBox, {
          ...common,
          allowInvalidContainer: true,
          defaultDrawNodeLabel: peopleLabels.drawLabel,
          nodeReducer: (k, a) => lastPeople!.reducers.nodeReducer(k, a as never) as never,
          edgeReducer: (k, a) => lastPeople!.reducers.edgeReducer(k, a as never) as never,
        }) as unknown as KgSigma;
        peopleSigma = made;
        peopleLabels.attach(made);
        bindClicks(made);
      } else if (peopleSigma.getGraph() !== (view.proj as never)) {
        peopleSigma.setGraph(view.proj as never);
      } else {
        // it was hidden: the panel may have opened meanwhile, the selection changed (drawn on
        // the next frame, so that the answer's timing sees it drawn)
        peopleSigma.resize();
        peopleSigma.refresh({ schedule: true });
      }
    } else {
      people = null;
      peopleBox.hidden = true;
      // the selection may have changed meanwhile: redraw what that changed
      const { partial, refiltered } = reducers.update(state);
      refit = refiltered;
      sigma.resize();
      if (partial) sigma.refresh({ partialGraph: partial, skipIndexation: true, schedule: true });
      else sigma.refresh({ schedule: true });
    }
    window.__kgSigma = active();
    document.documentElement.dataset.view = on ? 'people' : 'graph';
    $('preset-people').setAttribute('aria-pressed', String(on));
    controls.classList.toggle('people', on);
    drawCounts();
    if (refit) void fitCamera(active(), shownNodes());
    writeUrl();
  };
  /** the nodes on screen: the projection's people, or what the filters show */
  const shownNodes = (): Iterable<string> => (people ? people.proj.nodes() : reducers.getVisible().nodes);

  const viewOf = (): Partial<HashState> => ({
    colorBy: state.colorBy,
    hiddenTypes: state.hiddenTypes,
    dateFrom: state.dateFrom,
    dateTo: state.dateTo,
    expanded: state.expanded,
    people: people !== null,
  });
  const writeUrl = () => {
    const hash = formatHash({ ...viewOf(), node: state.selected });
    if (hash !== location.hash && !(hash === '' && location.hash === '')) history.replaceState(null, '', hash || location.pathname + location.search);
  };

  /** Apply a change; when it changed what the filters show, the camera fits the new view. */
  const setState = (patch: Partial<ViewState>, opts: { refit?: boolean } = {}) => {
    const t0 = performance.now();
    state = { ...state, ...patch };
    if (people) {
      // the projection: a new date range builds it anew; a selection redraws what it changed
      if (people.dates !== JSON.stringify([state.dateFrom, state.dateTo])) {
        showPeople(true);
      } else {
        const partial = people.reducers.update(peopleState());
        if (partial) active().refresh({ partialGraph: partial, skipIndexation: true, schedule: true });
        else active().refresh();
      }
      writeUrl();
      return;
    }
    const { refiltered, partial } = reducers.update(state);
    const t1 = performance.now();
    // a partial refresh is drawn on the next frame, so the panel and the status line show at
    // once; a full one (small graphs) at once, as its display data are only normalised then
    if (partial) sigma.refresh({ partialGraph: partial, skipIndexation: true, schedule: true });
    else sigma.refresh();
    const t2 = performance.now();
    if (refiltered) {
      drawCounts();
      if (opts.refit !== false) void fitCamera(sigma, reducers.getVisible().nodes);
    }
    writeUrl();
    // where a state change spends its time: the reducers' pass, sigma's refresh, the rest
    window.__kgStateMs = { update: Math.round(t1 - t0), refresh: Math.round(t2 - t1), rest: Math.round(performance.now() - t2), changed: partial ? partial.nodes.length + partial.edges.length : -1 };
  };

  // ---- selection, panel, reader ---------------------------------------------------------
  const panel = $('panel');
  const panelBody = $('panel-body');
  const controls = $('controls');
  const articles = createArticleStore();
  const reader = createReader($<HTMLDialogElement>('reader'), articles, graph);
  const names = communityNames(graph, reducers.degrees);
  const hiddenNeighbours = (key: string) => {
    const shown = reducers.getVisible().nodes;
    let n = 0;
    graph.forEachNeighbor(key, (m) => {
      if (!shown.has(m)) n++;
    });
    return n;
  };
  const toggleExpand = (key: string) => {
    const expanded = new Set(state.expanded);
    if (expanded.has(key)) expanded.delete(key);
    else expanded.add(key);
    setState({ expanded }, { refit: false });
    select(key, { animate: false });
    void focusCamera(active(), key);
  };
  const drawPanel = (key: string) => {
    const body = renderDetails(details(graph, key), {
      graph,
      view: viewOf(),
      articles,
      communityName: (c) => names.get(c),
      onCite: (ev) => void reader.open(ev),
      // in the projection the graph's neighbours are not on screen: nothing to expand
      expand: people ? { hidden: 0, expanded: false, toggle: () => undefined } : { hidden: hiddenNeighbours(key), expanded: state.expanded.has(key), toggle: () => toggleExpand(key) },
    });
    // in the projection a person's panel starts with who they sat with, and in which meetings
    if (people && people.proj.hasNode(key)) (body.querySelector('.actions') ?? body.querySelector('h2'))?.after(renderPairs(pairsOf(people.proj, key), graph, viewOf()));
    panelBody.replaceChildren(body);
  };
  const select = timed('select', (key: string | null, opts: { animate?: boolean } = {}) => {
    if (key !== null && !graph.hasNode(key)) key = null;
    // a meeting, a post … is not in the projection: show it in the graph
    if (key !== null && people && !people.proj.hasNode(key)) showPeople(false);
    // the search hit keeps its forced label only while it is the selection
    setState({ selected: key, focused: key !== null && state.focused === key ? key : null });
    if (key) {
      drawPanel(key);
      panel.hidden = false;
      if (window.innerWidth < NARROW) setControls(false);
      if (opts.animate !== false) void focusCamera(active(), key);
    } else {
      panelBody.replaceChildren();
      panel.hidden = true;
    }
    document.documentElement.dataset.selected = key ?? '';
  });
  function bindClicks(s: KgSigma): void {
    s.on('clickNode', ({ node }) => select(node));
    s.on('clickStage', () => select(null));
    s.on('enterNode', () => ($('graph').style.cursor = 'pointer'));
    s.on('leaveNode', () => ($('graph').style.cursor = ''));
  }
  bindClicks(sigma);
  $('panel-close').addEventListener('click', () => select(null));
  window.addEventListener('hashchange', () => {
    const h = parseHash(location.hash);
    if (h.colorBy !== state.colorBy) setColorBy(h.colorBy);
    setState({ hiddenTypes: h.hiddenTypes, dateFrom: h.dateFrom, dateTo: h.dateTo, expanded: h.expanded });
    syncFilterInputs();
    if (h.people !== (people !== null)) showPeople(h.people);
    if (h.node !== state.selected) select(h.node);
  });

  // ---- the side bar folds away -----------------------------------------------------------
  const toggle = $('toggle-controls');
  const setControls = (open: boolean) => {
    controls.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    // the container changed size: sigma resizes on its next frame (a refresh would leave
    // display data un-normalised until then, and a camera move read from it would go astray)
    active().scheduleRender();
  };
  toggle.addEventListener('click', () => setControls(controls.hidden));

  // ---- search -------------------------------------------------------------------------
  const index = buildSearchIndex(graph);
  let pinyinLoadMs: number | null = null;
  window.__kgPinyin = () => ({ done: index.pinyinDone, of: index.entries.length, ms: Math.round(index.pinyinMs), loadMs: pinyinLoadMs });
  /**
   * After the first frame: load pinyin-pro (its own chunk, ≈ 320 KB), then make the labels'
   * pinyin in idle time (a pinyin query before then finishes it at once).
   */
  const makePinyin = async () => {
    const t0 = performance.now();
    const { pinyinSyllables } = await import('./pinyin');
    pinyinLoadMs = Math.round(performance.now() - t0);
    index.toPinyin = pinyinSyllables;
    // a pinyin query typed while it loaded gets its answer now
    if (input.value.trim()) showHits();
    const step = (deadline?: IdleDeadline) => {
      const t0 = performance.now();
      const done = indexPinyin(index, () => (deadline ? deadline.timeRemaining() < 2 : performance.now() - t0 > 12));
      if (!done) later(step);
    };
    const later = (fn: (d?: IdleDeadline) => void) =>
      typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 16);
    later(step);
  };
  const input = $<HTMLInputElement>('search');
  const results = $('search-results');
  let hits: SearchHit[] = [];
  const choose = (key: string) => {
    state = { ...state, focused: key };
    select(key);
    results.replaceChildren();
    results.hidden = true;
  };
  const showHits = timed('search', () => {
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
        b.append(dot, hit.label, Object.assign(document.createElement('small'), { textContent: ` ${TYPE_WORD[hit.type] ?? hit.type}` }));
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
  });
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
  const totals = new Map<NodeType, number>();
  graph.forEachNode((_k, a) => totals.set(a.type, (totals.get(a.type) ?? 0) + 1));
  const boxes = new Map<NodeType, HTMLInputElement>();
  const shownCounts = new Map<NodeType, HTMLElement>();
  for (const t of NODE_TYPES) {
    const label = document.createElement('label');
    label.dataset.type = t;
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', checked: !state.hiddenTypes.has(t), value: t });
    box.addEventListener(
      'change',
      timed('filter', () => {
        // a type filter is about the graph: it leaves the projection
        if (people) showPeople(false);
        const hidden = new Set(state.hiddenTypes);
        if (box.checked) hidden.delete(t);
        else hidden.add(t);
        setState({ hiddenTypes: hidden });
      }),
    );
    const dot = Object.assign(document.createElement('span'), { className: 'dot' });
    dot.style.background = TYPE_COLORS[t];
    const count = Object.assign(document.createElement('small'), { className: 'count' });
    shownCounts.set(t, count);
    boxes.set(t, box);
    label.append(box, dot, `${TYPE_WORDS[t]} `, count);
    typeBox.append(label);
  }
  const setTypes = (hidden: Iterable<NodeType>) => {
    setState({ hiddenTypes: new Set(hidden) });
    syncFilterInputs();
  };
  $('preset-overview').addEventListener('click', () => {
    showPeople(false);
    setTypes(DEFAULT_HIDDEN_TYPES);
  });
  $('preset-all').addEventListener('click', () => {
    showPeople(false);
    setTypes([]);
  });
  const togglePeople = timed('people', () => {
    showPeople(people === null);
    if (state.selected) {
      if (people && !people.proj.hasNode(state.selected)) select(null);
      else select(state.selected);
    }
  });
  $('preset-people').addEventListener('click', togglePeople);
  // P: the projection and back, when no text field has the keys
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement | null;
    if (e.key !== 'p' && e.key !== 'P') return;
    if (e.ctrlKey || e.metaKey || e.altKey || (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA'))) return;
    togglePeople();
  });

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
  const onDates = () => {
    const dateFrom = from.value || null;
    const dateTo = to.value || null;
    if (dateFrom !== state.dateFrom || dateTo !== state.dateTo) setState({ dateFrom, dateTo });
  };
  for (const el of [from, to]) for (const ev of ['input', 'change']) el.addEventListener(ev, onDates);
  function syncFilterInputs(): void {
    for (const [t, box] of boxes) box.checked = !state.hiddenTypes.has(t);
    from.value = state.dateFrom ?? '';
    to.value = state.dateTo ?? '';
  }
  syncFilterInputs();

  /** The status line and the type filters count what is shown, not what the file holds. */
  function drawCounts(): void {
    if (people) {
      const s = people.stats;
      const caps = [
        s.cappedMeetings ? `${s.cappedMeetings} meetings of more than ${s.maxAttendees} attendees count their first ${s.maxAttendees} in protocol order` : '',
        s.droppedPairs ? `the ${s.maxPairs.toLocaleString()} strongest of ${(s.pairs + s.droppedPairs).toLocaleString()} pairs` : '',
      ].filter(Boolean);
      status.textContent =
        `who sat with whom: ${s.people.toLocaleString()} people, ${s.pairs.toLocaleString()} pairs from ${s.meetings.toLocaleString()} meetings` +
        ` (built in ${people.buildMs} ms, ` +
        (people.iterations ? `laid out in ${people.layoutMs} ms)` : `placed as in the graph: too many people to lay out anew)`) +
        (caps.length ? ` · ${caps.join('; ')}` : '');
      status.title = 'line width: meetings attended together (and times met)';
      status.dataset.nodes = String(s.people);
      status.dataset.edges = String(s.pairs);
      return;
    }
    const v = reducers.getVisible();
    status.title = '';
    status.textContent =
      `showing ${v.nodes.size.toLocaleString()} of ${graph.order.toLocaleString()} nodes, ` +
      `${v.edges.size.toLocaleString()} of ${graph.size.toLocaleString()} edges` +
      (laidOut ? ` (${laidOut} placed on a circle: no layout)` : '');
    status.dataset.nodes = String(v.nodes.size);
    status.dataset.edges = String(v.edges.size);
    for (const [t, el] of shownCounts) el.textContent = `${v.byType.get(t) ?? 0}/${totals.get(t) ?? 0}`;
  }

  // ---- colour mode and legend -------------------------------------------------------------
  const colorSelect = $<HTMLSelectElement>('color-by');
  const legend = $('legend');
  const drawLegend = () =>
    legend.replaceChildren(
      ...legendRows(graph, state.colorBy, 12, names).map((r) => {
        const li = document.createElement('li');
        const dot = Object.assign(document.createElement('span'), { className: 'dot' });
        dot.style.background = r.color;
        const label = state.colorBy === 'type' ? (TYPE_WORDS[r.label as NodeType] ?? r.label) : r.label;
        li.append(dot, `${label} `, Object.assign(document.createElement('small'), { textContent: String(r.count) }));
        return li;
      }),
    );
  const setColorBy = (c: ColorBy) => {
    colorSelect.value = c;
    setState({ colorBy: c });
    drawLegend();
    if (state.selected) drawPanel(state.selected);
  };
  colorSelect.value = state.colorBy;
  colorSelect.addEventListener('change', () => setColorBy(colorSelect.value === 'community' ? 'community' : 'type'));
  drawLegend();

  // ---- camera buttons ---------------------------------------------------------------------
  $('zoom-in').addEventListener('click', () => void zoom(active(), 1.5));
  $('zoom-out').addEventListener('click', () => void zoom(active(), 1 / 1.5));
  $('zoom-fit').addEventListener('click', () => void fitCamera(active(), shownNodes()));
  $('zoom-reset').addEventListener('click', () => void active().getCamera().animatedReset({ duration: 400 }));

  // ---- exports of the view ----------------------------------------------------------------
  const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  $('export-png').addEventListener('click', () => {
    void pngOfView(active()).then((blob) => download(blob, `news-kg-view-${stamp()}.png`));
  });
  $('export-gexf').addEventListener('click', () => {
    if (people && peopleSigma) {
      const ps = peopleSigma;
      const gexf = pairsGexf(people.proj, (k) => ps.getNodeDisplayData(k));
      download(new Blob([gexf], { type: 'application/gexf+xml' }), `news-kg-who-sat-with-whom-${stamp()}.gexf`);
      return;
    }
    const gexf = visibleGexf(graph, reducers.getVisible(), (k) => sigma.getNodeDisplayData(k));
    download(new Blob([gexf], { type: 'application/gexf+xml' }), `news-kg-view-${stamp()}.gexf`);
  });
  $('export-csv').addEventListener('click', () => {
    // (one stamp for the pair of files: taken twice, they could fall on two seconds and not sort as a pair)
    const at = stamp();
    if (people) {
      download(new Blob([peopleCsv(people.proj)], { type: 'text/csv' }), `news-kg-who-sat-with-whom-${at}-people.csv`);
      download(new Blob([pairsCsv(people.proj)], { type: 'text/csv' }), `news-kg-who-sat-with-whom-${at}-pairs.csv`);
      return;
    }
    const v = reducers.getVisible();
    download(new Blob([nodesCsv(graph, v)], { type: 'text/csv' }), `news-kg-view-${at}-nodes.csv`);
    download(new Blob([edgesCsv(graph, v)], { type: 'text/csv' }), `news-kg-view-${at}-edges.csv`);
  });

  drawCounts();
  document.documentElement.dataset.view = 'graph';
  if (fromHash.people) showPeople(true);
  const initial = fromHash.node;
  if (initial) select(initial, { animate: false });
  else writeUrl();
  // the first view: what the filters show, fitted
  await fitCamera(active(), shownNodes(), false);

  requestAnimationFrame(() => {
    const timing: KgTiming = { fetched, parsed, firstFrame, ready: performance.now(), nodes: graph.order, edges: graph.size };
    window.__kgTiming = timing;
    window.__kgReady = true;
    document.documentElement.dataset.kgReady = 'true';
    void makePinyin();
    if (initial && graph.hasNode(initial)) void focusCamera(active(), initial);
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
