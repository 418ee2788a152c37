// The viewer at archive scale, measured in Chromium: the synthetic graph of 100,000 nodes
// (synthetic.ts) and, when KG_SCALE_GRAPH names a `kg build` folder, that graph (README: a
// year of 新闻联播). For each: the first frame and the ready time after navigation, the labels
// of the first view and their overlap, and the wall time of a search round-trip (type → hits
// → click → panel), of a selection from the panel and of a type filter (click → status line
// counts the new view), of a pinyin search (the person's full pinyin → the hit), and of the
// co-attendance projection there and back (its build and layout time in the page). Heavy (a 100,000-node graph.json is ~70 MB): it runs when KG_SCALE=1,
// and says so in one line otherwise. Figures go to test-artifacts/viewer-scale-*.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/serve/server';
import { pinyinSyllables } from '../../viewer/src/pinyin';
import { ensureViewerBuilt, launchChromium, writeArtifact } from './helpers';
import { labelOverlap } from './label-overlap';
import { syntheticGraph } from './synthetic';

jest.setTimeout(900_000);

const RUN = process.env.KG_SCALE === '1';
const describeScale = RUN ? describe : describe.skip;
if (!RUN) console.log('[scale] KG_SCALE=1 not set: the 100,000-node viewer measurements skip (test/viewer/scale.e2e.test.ts)');

/** Within a second, as issue 16 asks of search, selection and filters. */
const INTERACTIVE_MS = 1000;

let browser: Browser;
beforeAll(async () => {
  if (!RUN) return;
  ensureViewerBuilt();
  browser = await launchChromium();
});
afterAll(() => browser?.close());

interface Figures {
  graph: string;
  nodes: number;
  edges: number;
  graphJsonBytes: number;
  firstFrameMs: number;
  readyMs: number;
  shown: { nodes: number; edges: number };
  labels: { drawn: number; overlapping: number; cut: number };
  searchRoundTripMs: number;
  searchHitsMs: number;
  selectFromPanelMs: number;
  filterMs: number;
  /** the page's own time for each answer, and until it was drawn (window.__kgAnswerMs); the rest is the harness waiting for frames */
  inPage: Record<string, number>;
  /** the filter's state change: reducers' pass, sigma's refresh, the rest (ms), items redrawn */
  filterState: Record<string, number>;
  /** pinyin search: the query, type → the person's hit (wall), the page's own answer, ms the page spent making pinyin and whether it had finished before the query */
  pinyin: { query: string; hitsMs: number; inPageMs: number; madeMs: number; readyBefore: boolean };
  /** who sat with whom: click → status line (wall), the page's answer and until drawn, the core's build and layout, its size; and back to the graph */
  projection: {
    wallMs: number;
    inPageMs: number;
    drawnMs: number;
    buildMs: number;
    layoutMs: number;
    iterations: number;
    people: number;
    pairs: number;
    droppedPairs: number;
    /** back to the graph (the same button): wall, the page's answer, until drawn */
    backWallMs: number;
    backInPageMs: number;
    backDrawnMs: number;
  };
  loadAverage: number[];
}

async function measure(name: string, dir: string, query: string, target: string): Promise<Figures> {
  const server: RunningServer = await startServer({ dir, port: 0 });
  const page: Page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(server.url);
    await page.waitForFunction(() => (globalThis as any).__kgReady === true || (globalThis as any).__kgError, null, { timeout: 600_000 });
    expect(await page.evaluate(() => (globalThis as any).__kgError ?? null)).toBeNull();
    const timing = await page.evaluate(() => (globalThis as any).__kgTiming);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const overlap = await labelOverlap(page);
    const shown = await page.evaluate(() => (globalThis as any).__kgShown());
    writeArtifact(`viewer-scale-${name}-overview.png`, await page.screenshot());

    // search round-trip: type, the hit appears, click it, the panel shows it
    const t0 = Date.now();
    await page.fill('#search', query);
    const hit = page.locator(`#search-results button[data-node="${target}"]`);
    await hit.waitFor();
    const searchHitsMs = Date.now() - t0;
    await hit.click();
    await page.locator(`#panel .details[data-node="${target}"]`).waitFor();
    const searchRoundTripMs = Date.now() - t0;
    await page.waitForFunction(() => !(globalThis as any).__kgSigma.getCamera().isAnimated(), null, { timeout: 300_000 });
    const inSearch = await page.evaluate(() => (globalThis as any).__kgAnswerMs);
    writeArtifact(`viewer-scale-${name}-selected.png`, await page.screenshot());

    const idle = () => page.waitForFunction(() => !(globalThis as any).__kgSigma.getCamera().isAnimated(), null, { timeout: 300_000 });
    // selection from the panel: the first linked node
    await idle();
    const next = await page.locator('#panel .details a[data-node]').first().getAttribute('data-node');
    const t1 = Date.now();
    await page.locator('#panel .details a[data-node]').first().click({ timeout: 300_000 });
    await page.locator(`#panel .details[data-node="${next}"]`).waitFor();
    const selectFromPanelMs = Date.now() - t1;
    await idle();

    // a type filter: the status line counts the new view
    const before = await page.getAttribute('#status', 'data-nodes');
    const t2 = Date.now();
    await page.click('#type-filters label[data-type="Organization"] input', { timeout: 300_000 });
    await page.waitForFunction((b) => document.querySelector('#status')!.getAttribute('data-nodes') !== b, before, { timeout: 300_000 });
    const filterMs = Date.now() - t2;
    await idle();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const inFilter = await page.evaluate(() => (globalThis as any).__kgAnswerMs);
    const filterState = await page.evaluate(() => (globalThis as any).__kgStateMs);

    // pinyin search: the person's full pinyin finds them
    const pinyinQuery = pinyinSyllables(query, true).join('');
    const madeBefore = await page.evaluate(() => (globalThis as any).__kgPinyin());
    const t3 = Date.now();
    await page.fill('#search', pinyinQuery);
    await page.locator(`#search-results button[data-node="${target}"]`).waitFor({ timeout: 300_000 });
    const pinyinHitsMs = Date.now() - t3;
    const pinyinInPage = await page.evaluate(() => (globalThis as any).__kgAnswerMs.search);
    const madeAfter = await page.evaluate(() => (globalThis as any).__kgPinyin());
    writeArtifact(`viewer-scale-${name}-pinyin.png`, await page.screenshot());
    await page.fill('#search', '');

    // who sat with whom, and back
    const t4 = Date.now();
    await page.click('#preset-people', { timeout: 300_000 });
    await page.waitForFunction(() => document.documentElement.dataset.view === 'people', null, { timeout: 300_000 });
    await page.waitForFunction(() => !!(globalThis as any).__kgAnswerMs.peopleDrawn, null, { timeout: 300_000 });
    const projectionWallMs = Date.now() - t4;
    const inPeople = await page.evaluate(() => (globalThis as any).__kgAnswerMs);
    const projection = await page.evaluate(() => (globalThis as any).__kgProjection());
    await idle();
    writeArtifact(`viewer-scale-${name}-projection.png`, await page.screenshot());
    await page.evaluate(() => ((globalThis as any).__kgAnswerMs = {}));
    const t5 = Date.now();
    await page.click('#preset-people', { timeout: 300_000 });
    await page.waitForFunction(() => document.documentElement.dataset.view === 'graph', null, { timeout: 300_000 });
    await page.waitForFunction(() => !!(globalThis as any).__kgAnswerMs.peopleDrawn, null, { timeout: 300_000 });
    const backWallMs = Date.now() - t5;
    const inBack = await page.evaluate(() => (globalThis as any).__kgAnswerMs);
    expect(errors).toEqual([]);
    return {
      graph: name,
      nodes: timing.nodes,
      edges: timing.edges,
      graphJsonBytes: fs.statSync(path.join(dir, 'graph.json')).size,
      firstFrameMs: Math.round(timing.firstFrame),
      readyMs: Math.round(timing.ready),
      shown,
      labels: { drawn: overlap.labels, overlapping: overlap.overlapping, cut: overlap.cut },
      searchRoundTripMs,
      searchHitsMs,
      selectFromPanelMs,
      filterMs,
      inPage: { search: inSearch.search, select: inSearch.select, selectDrawn: inSearch.selectDrawn, filter: inFilter.filter, filterDrawn: inFilter.filterDrawn },
      filterState,
      pinyin: { query: pinyinQuery, hitsMs: pinyinHitsMs, inPageMs: pinyinInPage, madeMs: madeAfter.ms, readyBefore: madeBefore.done === madeBefore.of },
      projection: {
        wallMs: projectionWallMs,
        inPageMs: inPeople.people,
        drawnMs: inPeople.peopleDrawn,
        buildMs: projection.buildMs,
        layoutMs: projection.layoutMs,
        iterations: projection.iterations,
        people: projection.people,
        pairs: projection.pairs,
        droppedPairs: projection.droppedPairs,
        backWallMs,
        backInPageMs: inBack.people,
        backDrawnMs: inBack.peopleDrawn,
      },
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
    };
  } finally {
    await page.close();
    await server.close();
  }
}

function report(f: Figures): void {
  writeArtifact(`viewer-scale-${f.graph}.json`, JSON.stringify({ ...f, chromium: browser.version() }, null, 2) + '\n');
  console.log(
    `viewer at scale, ${f.graph} (${f.nodes.toLocaleString()} nodes, ${f.edges.toLocaleString()} edges, graph.json ${(f.graphJsonBytes / 1e6).toFixed(1)} MB): ` +
      `first frame ${f.firstFrameMs} ms, ready ${f.readyMs} ms after navigation; shown ${f.shown.nodes.toLocaleString()} nodes; ` +
      `${f.labels.drawn} labels, ${f.labels.overlapping} overlapping; search → hits ${f.searchHitsMs} ms, → panel ${f.searchRoundTripMs} ms; ` +
      `select from the panel ${f.selectFromPanelMs} ms; type filter ${f.filterMs} ms; in the page: search ${f.inPage.search} ms, select ${f.inPage.select} ms ` +
      `(drawn ${f.inPage.selectDrawn} ms), filter ${f.inPage.filter} ms (drawn ${f.inPage.filterDrawn} ms; ${JSON.stringify(f.filterState)}); ` +
      `pinyin search ${JSON.stringify(f.pinyin)}; who sat with whom ${JSON.stringify(f.projection)}; load average ${f.loadAverage.join(' ')}`,
  );
}

/**
 * The page's own answer (search, selection, filter: computing and drawing) within a second.
 * The wall times around them add the harness's waits for frames, which on a shared machine
 * with software WebGL grow with the load; they are reported, not asserted.
 */
function expectAnswersWithinASecond(f: Figures): void {
  expect(f.inPage.search).toBeLessThan(INTERACTIVE_MS);
  expect(f.inPage.select).toBeLessThan(INTERACTIVE_MS);
  expect(f.inPage.filter).toBeLessThan(INTERACTIVE_MS);
  expect(f.pinyin.inPageMs).toBeLessThan(INTERACTIVE_MS);
}

describeScale('archive scale', () => {
  it('the synthetic 100,000-node graph opens to a readable overview; search, selection and filters answer within a second', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-viewer-100k-'));
    try {
      const data = syntheticGraph(100_000, 200_000);
      fs.writeFileSync(path.join(dir, 'graph.json'), JSON.stringify(data));
      const person = data.nodes.find((n) => n.attributes.type === 'Person' && n.key.endsWith('77'))!;
      const f = await measure('synthetic-100k', dir, person.attributes.name, person.key);
      report(f);
      expect(f.labels.drawn).toBeGreaterThan(20);
      expect(f.labels.overlapping).toBe(0);
      expectAnswersWithinASecond(f);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  const built = process.env.KG_SCALE_GRAPH;
  (built ? it : it.skip)(`the graph of ${built ?? 'KG_SCALE_GRAPH'} (e.g. a year of 新闻联播)`, async () => {
    const graph = JSON.parse(fs.readFileSync(path.join(built!, 'graph.json'), 'utf8'));
    // the person in most facts: a name every reader of the year knows
    const degree = new Map<string, number>();
    for (const e of graph.edges) if (e.attributes.type !== 'MENTIONS') for (const k of [e.source, e.target]) degree.set(k, (degree.get(k) ?? 0) + 1);
    const person = graph.nodes.filter((n: any) => n.attributes.type === 'Person').sort((a: any, b: any) => (degree.get(b.key) ?? 0) - (degree.get(a.key) ?? 0))[0];
    const f = await measure(path.basename(built!), built!, person.attributes.name, person.key);
    report(f);
    expect(f.labels.overlapping).toBe(0);
    expectAnswersWithinASecond(f);
  });
});
