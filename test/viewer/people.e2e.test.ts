// Issue 16, the rest of it, end to end in Chromium on the graph `kg build seeds` writes:
// "who sat with whom" — the co-attendance projection one click (or the P key) away, in the
// share URL, with its pairs as the pure core counts them from graph.json, line width by
// meetings together, a laid-out view (co-attendees sit nearer each other than people at
// large), a person's panel naming each co-attendee's meetings, and the full graph back as it
// was; pinyin search (shenxiaoming, shen xiaoming, sxm find 沈晓明, Chinese as before); and
// labels that sit on no other node's disc (test/viewer/label-overlap.ts's onDiscs).
//
// Screenshots go to test-artifacts/ (and to $KG_SCREENS when set): projection-1440.png,
// projection-1024.png, pinyin-search-1440.png, pinyin-search-1024.png.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { GraphEdgeAttributes, GraphNodeAttributes } from '../../src/model';
import { startServer, type RunningServer } from '../../src/serve/server';
import { importGraph } from '../../viewer/src/data';
import { coAttendance, pairsOf } from '../../viewer/src/projection';
import { buildSeeds, ensureViewerBuilt, launchChromium, openViewerPage, screen, settle } from './helpers';
import { labelOverlap } from './label-overlap';

jest.setTimeout(180_000);

interface Built {
  nodes: { key: string; attributes: GraphNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: GraphEdgeAttributes }[];
}

let out: string;
let built: Built;
let server: RunningServer;
let browser: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  ensureViewerBuilt();
  out = await buildSeeds('kg-people-');
  built = JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8'));
  server = await startServer({ dir: out, port: 0 });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

function open(url: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  return openViewerPage(browser, url, pageErrors, { viewport });
}

interface Drawn {
  nodes: { key: string; type: string; x: number; y: number }[];
  edges: { key: string; source: string; target: string; size: number; weight?: number }[];
  width: number;
  height: number;
}

/** What sigma draws now: its graph's visible nodes (viewport positions) and edges (with their drawn size). */
function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const sigma = (globalThis as any).__kgSigma;
    const graph = sigma.getGraph();
    const nodes: Drawn['nodes'] = [];
    graph.forEachNode((key: string, a: { type: string }) => {
      const d = sigma.getNodeDisplayData(key);
      if (d && !d.hidden) nodes.push({ key, type: a.type, ...sigma.framedGraphToViewport(d) });
    });
    const edges: Drawn['edges'] = [];
    graph.forEachEdge((key: string, a: { weight?: number }, source: string, target: string) => {
      const d = sigma.getEdgeDisplayData(key);
      if (d && !d.hidden && !sigma.getNodeDisplayData(source).hidden && !sigma.getNodeDisplayData(target).hidden) edges.push({ key, source, target, size: d.size, weight: a.weight });
    });
    return { nodes, edges, ...sigma.getDimensions() };
  });
}

async function status(page: Page): Promise<{ nodes: number; edges: number; text: string }> {
  return {
    nodes: Number(await page.getAttribute('#status', 'data-nodes')),
    edges: Number(await page.getAttribute('#status', 'data-edges')),
    text: (await page.textContent('#status')) ?? '',
  };
}

const keyOf = (name: string) => built.nodes.find((n) => n.attributes.type === 'Person' && n.attributes.name === name)!.key;

/** The projection as the pure core computes it in node from the same graph.json. */
function expected() {
  const { graph: full } = importGraph(structuredClone(built));
  const { graph: proj, stats } = coAttendance(full);
  return { full, proj, stats };
}

describe('who sat with whom: the co-attendance projection', () => {
  it.each([
    [1440, 900],
    [1024, 700],
  ])('at %i×%i: one click shows people only, joined as the core counts, laid out, and back to the graph as it was', async (width, height) => {
    const page = await open(server.url, { width, height });
    try {
      const s0 = await status(page);
      const d0 = await drawn(page);
      const { proj, stats } = expected();

      await page.click('#preset-people');
      await settle(page);
      expect(await page.getAttribute('html', 'data-view')).toBe('people');
      expect(await page.getAttribute('#preset-people', 'aria-pressed')).toBe('true');
      expect(new URL(page.url()).hash).toContain('view=people');

      const d = await drawn(page);
      // people only, every one with a pair; the pairs the core counts from graph.json
      expect(d.nodes.every((n) => n.type === 'Person')).toBe(true);
      expect(new Set(d.nodes.map((n) => n.key))).toEqual(new Set(proj.nodes()));
      expect(d.edges).toHaveLength(proj.size);
      expect(stats.pairs).toBeGreaterThan(50);
      for (const e of d.edges) expect(e.weight).toBe(proj.getEdgeAttribute(proj.edge(e.source, e.target)!, 'weight'));
      const s = await status(page);
      expect(s).toMatchObject({ nodes: stats.people, edges: stats.pairs });
      expect(s.text).toContain(`${stats.people} people, ${stats.pairs} pairs from ${stats.meetings} meetings`);
      const measured = await page.evaluate(() => (globalThis as any).__kgProjection());
      expect(measured).toMatchObject({ people: stats.people, pairs: stats.pairs });
      // eslint-disable-next-line no-console
      console.log(`projection of the seeds at ${width}×${height}: ${stats.people} people, ${stats.pairs} pairs; built in ${measured.buildMs} ms, laid out in ${measured.layoutMs} ms (${measured.iterations} iterations)`);

      // line width says how many meetings: a heavier pair is drawn thicker
      const heaviest = d.edges.reduce((a, b) => (b.weight! > a.weight! ? b : a));
      const lightest = d.edges.reduce((a, b) => (b.weight! < a.weight! ? b : a));
      expect(heaviest.weight!).toBeGreaterThan(lightest.weight!);
      expect(heaviest.size).toBeGreaterThan(lightest.size);

      // laid out: all in the canvas, and co-attendees nearer each other than two people at large
      for (const n of d.nodes) expect(n.x >= 0 && n.x <= d.width && n.y >= 0 && n.y <= d.height).toBe(true);
      const at = new Map(d.nodes.map((n) => [n.key, n]));
      const dist = (a: string, b: string) => Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
      const meanPair = d.edges.reduce((sum, e) => sum + dist(e.source, e.target), 0) / d.edges.length;
      let all = 0;
      let n = 0;
      for (const a of d.nodes) for (const b of d.nodes) if (a.key < b.key) (all += dist(a.key, b.key)), n++;
      expect(meanPair).toBeLessThan(0.75 * (all / n));
      await screen(page, `projection-${width}.png`);

      // CSV of what is shown: the projection's people and pairs
      const downloads: import('playwright-core').Download[] = [];
      const two = new Promise<void>((resolve) =>
        page.on('download', (dl) => {
          downloads.push(dl);
          if (downloads.length === 2) resolve();
        }),
      );
      await page.click('#export-csv');
      await two;
      const files = await Promise.all(downloads.map(async (dl) => ({ name: dl.suggestedFilename(), text: fs.readFileSync((await dl.path())!, 'utf8') })));
      const peopleFile = files.find((f) => f.name.endsWith('-people.csv'))!;
      const pairsFile = files.find((f) => f.name.endsWith('-pairs.csv'))!;
      expect(peopleFile.name).toContain('who-sat-with-whom');
      expect(peopleFile.text.trimEnd().split('\r\n')).toHaveLength(stats.people + 1);
      expect(pairsFile.text.trimEnd().split('\r\n')).toHaveLength(stats.pairs + 1);

      // the graph again, as it was: the same nodes, edges and counts
      await page.click('#preset-overview');
      await settle(page);
      expect(await page.getAttribute('html', 'data-view')).toBe('graph');
      expect(new URL(page.url()).hash).not.toContain('view=people');
      const back = await drawn(page);
      expect(new Set(back.nodes.map((x) => x.key))).toEqual(new Set(d0.nodes.map((x) => x.key)));
      expect(back.edges.length).toBe(d0.edges.length);
      expect(await status(page)).toEqual(s0);

      // the P key goes there and back, and not while typing in the search box
      await page.keyboard.press('p');
      await settle(page);
      expect(await page.getAttribute('html', 'data-view')).toBe('people');
      await page.focus('#search');
      await page.keyboard.press('p');
      expect(await page.getAttribute('html', 'data-view')).toBe('people');
      await page.fill('#search', '');
      await page.locator('#search').blur();
      // the page notes when the graph is drawn again (window.__kgAnswerMs.peopleDrawn)
      await page.evaluate(() => ((globalThis as any).__kgAnswerMs = {}));
      await page.keyboard.press('p');
      await page.waitForFunction(() => (globalThis as any).__kgAnswerMs.peopleDrawn !== undefined, null, { timeout: 60_000 });
      await settle(page);
      expect(await page.getAttribute('html', 'data-view')).toBe('graph');
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("a person's panel says with whom they sat, in how many meetings and which; the URL opens the same view", async () => {
    const page = await open(server.url);
    try {
      await page.click('#preset-people');
      await settle(page);
      const { full: graph, proj, stats } = expected();
      const shen = keyOf('沈晓明');
      const rows = pairsOf(proj, shen);
      expect(rows.length).toBeGreaterThan(3);
      await page.fill('#search', '沈晓明');
      const hit = page.locator(`#search-results button[data-node="${shen}"]`);
      await hit.waitFor();
      await hit.click();
      await page.locator(`#panel .details[data-node="${shen}"] [data-section="pairs"]`).waitFor();
      await settle(page);
      const items = page.locator('#panel [data-section="pairs"] li.pair');
      expect(await items.count()).toBe(rows.length);
      const first = rows[0];
      const firstText = (await items.first().textContent()) ?? '';
      expect(firstText).toContain(`met/attended with ${first.otherLabel}: ${first.meetings.length} meeting${first.meetings.length === 1 ? '' : 's'}`);
      for (const m of first.meetings.slice(0, 8)) expect(firstText).toContain(graph.getNodeAttribute(m, 'name'));
      expect(await items.first().getAttribute('data-weight')).toBe(String(first.weight));
      // the selection's pairs are the dark ones
      const d = await drawn(page);
      expect(d.nodes.length).toBe(stats.people);
      await screen(page, 'projection-selected-1440.png');

      // a shared link opens the projection with the person selected
      const url = page.url();
      expect(url).toContain('view=people');
      const again = await open(url);
      try {
        expect(await again.getAttribute('html', 'data-view')).toBe('people');
        await again.locator(`#panel .details[data-node="${shen}"] [data-section="pairs"]`).waitFor();
        expect((await status(again)).nodes).toBe(stats.people);
      } finally {
        await again.close();
      }

      // a meeting named in the panel is not in the projection: it opens in the graph
      await items.first().locator('.pair-meetings a').first().click();
      await page.locator(`#panel .details[data-node="${first.meetings[0]}"]`).waitFor();
      await settle(page);
      expect(await page.getAttribute('html', 'data-view')).toBe('graph');
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('pinyin search', () => {
  it.each([
    [1440, 900],
    [1024, 700],
  ])('at %i×%i: shenxiaoming, shen xiaoming and sxm find 沈晓明 first; 沈晓明 still does', async (width, height) => {
    const page = await open(server.url, { width, height });
    try {
      const shen = keyOf('沈晓明');
      const ms: Record<string, number> = {};
      for (const q of ['shenxiaoming', 'shen xiaoming', 'sxm', '沈晓明']) {
        const t0 = Date.now();
        await page.fill('#search', q);
        await page.waitForFunction(
          (k) => (document.querySelector('#search-results button.hit') as HTMLElement | null)?.dataset.node === k,
          shen,
          { timeout: 60_000 },
        );
        ms[q] = Date.now() - t0;
        const inPage = await page.evaluate(() => (globalThis as any).__kgAnswerMs.search);
        ms[`${q} (in page)`] = inPage;
      }
      // eslint-disable-next-line no-console
      console.log(`pinyin search on the seeds at ${width}×${height}, type → first hit (ms): ${JSON.stringify(ms)}; pinyin made: ${JSON.stringify(await page.evaluate(() => (globalThis as any).__kgPinyin()))}`);
      // the initials list the others they fit after him; the screenshot shows that list
      await page.fill('#search', 'sxm');
      await page.locator(`#search-results button[data-node="${shen}"]`).waitFor();
      await screen(page, `pinyin-search-${width}.png`);
      await page.press('#search', 'Enter');
      await page.locator(`#panel .details[data-node="${shen}"]`).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("labels sit on no other node's disc", () => {
  it.each([
    ['graph', 1440, 900],
    ['graph', 1024, 700],
    ['people', 1440, 900],
    ['people', 1024, 700],
  ])('%s view at %i×%i', async (view, width, height) => {
    const page = await open(server.url + (view === 'people' ? '#view=people' : ''), { width, height });
    try {
      expect(await page.getAttribute('html', 'data-view')).toBe(view);
      const o = await labelOverlap(page);
      // eslint-disable-next-line no-console
      console.log(`labels on other nodes' discs, seeds, ${view} view at ${width}×${height}: ${o.onDiscs} of ${o.labels}; overlapping each other ${o.overlapping}, cut ${o.cut}`);
      expect(o.labels).toBeGreaterThanOrEqual(15);
      expect(o.onDiscs).toBe(0);
      expect(o.overlapping).toBe(0);
      expect(o.cut).toBe(0);
    } finally {
      await page.close();
    }
  });
});
