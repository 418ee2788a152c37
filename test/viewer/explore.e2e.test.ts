// Issue 16's viewer, end to end in Chromium on the graph `kg build seeds` writes: the first view
// is who met whom (no articles, no posts), its labels do not overprint each other; a filter
// refits the camera and the status line counts what is shown; filters, dates and expanded
// nodes travel in the URL; a citation opens its article with the sentence marked (also when
// graph.json carries only offsets, the contract of issue 15); expand shows a node's hidden
// neighbours; the view exports as PNG, GEXF and CSV; at 1024×700 the graph keeps most of the
// width with the panel open; an article's panel shows its text.
//
// Screenshots go to test-artifacts/ (and to $KG_SCREENS when set).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { GraphEdgeAttributes, GraphNodeAttributes } from '../../src/model';
import { startServer, type RunningServer } from '../../src/serve/server';
import { buildSeeds, ensureViewerBuilt, launchChromium, openViewerPage, screen, settle, writeArtifact } from './helpers';
import { labelOverlap } from './label-overlap';

jest.setTimeout(180_000);

interface Built {
  nodes: { key: string; attributes: GraphNodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: GraphEdgeAttributes }[];
}

/** Share of labels allowed to touch another label on the seeds' first view (was 0.125 at 1440, 0.5 at 1024). */
const MAX_OVERLAP = 0.02;

let out: string;
let bare: string;
let built: Built;
let server: RunningServer;
let bareServer: RunningServer;
let browser: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  ensureViewerBuilt();
  out = await buildSeeds('kg-explore-');
  built = JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8'));
  // the same build with evidence reduced to {article, start, end}: the sentence comes from the article
  bare = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-explore-bare-'));
  const stripped = structuredClone(built);
  for (const e of stripped.edges)
    e.attributes.evidence = e.attributes.evidence.map(({ article, start, end, role, order }) => ({ article, start, end, role, order })) as never;
  fs.writeFileSync(path.join(bare, 'graph.json'), JSON.stringify(stripped));
  fs.copyFileSync(path.join(out, 'articles.jsonl'), path.join(bare, 'articles.jsonl'));
  server = await startServer({ dir: out, port: 0 });
  bareServer = await startServer({ dir: bare, port: 0 });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await bareServer?.close();
  for (const d of [out, bare]) if (d) fs.rmSync(d, { recursive: true, force: true });
});

function open(url: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  return openViewerPage(browser, url, pageErrors, { viewport });
}

/** What sigma draws: visible nodes with their viewport position, and the visible edge count. */
function drawn(page: Page): Promise<{ nodes: { key: string; type: string; x: number; y: number }[]; edges: number; width: number; height: number }> {
  return page.evaluate(() => {
    const sigma = (globalThis as any).__kgSigma;
    const graph = sigma.getGraph();
    const nodes: { key: string; type: string; x: number; y: number }[] = [];
    graph.forEachNode((key: string, a: { type: string }) => {
      const d = sigma.getNodeDisplayData(key);
      if (d && !d.hidden) nodes.push({ key, type: a.type, ...sigma.framedGraphToViewport(d) });
    });
    let edges = 0;
    graph.forEachEdge((key: string) => {
      const d = sigma.getEdgeDisplayData(key);
      if (d && !d.hidden && !sigma.getNodeDisplayData(graph.source(key)).hidden && !sigma.getNodeDisplayData(graph.target(key)).hidden) edges++;
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

const shen = () => built.nodes.find((n) => n.attributes.type === 'Person' && n.attributes.name === '沈晓明')!.key;

async function searchAndClick(page: Page, query: string, key: string): Promise<void> {
  await page.fill('#search', query);
  const hit = page.locator(`#search-results button[data-node="${key}"]`);
  await hit.waitFor();
  await hit.click();
  await page.locator(`#panel .details[data-node="${key}"]`).waitFor();
  await settle(page);
}

describe('the first view: who met whom', () => {
  it.each([
    [1440, 900],
    [1024, 700],
  ])('at %i×%i: no articles or posts, counts of what is shown, labels that do not overprint or run off the edge', async (width, height) => {
    const page = await open(server.url, { width, height });
    try {
      const d = await drawn(page);
      expect(d.nodes.some((n) => n.type === 'Article' || n.type === 'Title')).toBe(false);
      expect(d.nodes.filter((n) => n.type === 'Person').length).toBeGreaterThan(20);
      const s = await status(page);
      expect(s).toMatchObject({ nodes: d.nodes.length, edges: d.edges });
      expect(s.text).toContain(`showing ${d.nodes.length} of ${built.nodes.length} nodes`);
      // every node shown is in the canvas (the camera fits what is shown)
      for (const n of d.nodes) expect(n.x >= 0 && n.x <= d.width && n.y >= 0 && n.y <= d.height).toBe(true);
      const overlap = await labelOverlap(page);
      // eslint-disable-next-line no-console
      console.log(`label overlap, seeds' first view at ${width}×${height}: ${overlap.overlapping}/${overlap.labels} (${(overlap.share * 100).toFixed(1)}%), ${overlap.cut} cut at the edge`);
      expect(overlap.labels).toBeGreaterThanOrEqual(15);
      expect(overlap.share).toBeLessThanOrEqual(MAX_OVERLAP);
      expect(overlap.cut).toBe(0);
      await screen(page, `seeds-${width}x${height}-overview.png`);
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('filters', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(server.url);
  });
  afterAll(() => page?.close());

  it('a filter refits the camera to what it leaves, and the status line counts it', async () => {
    const s0 = await status(page);
    // the reader has panned and zoomed away; a filter brings what it leaves back into view
    await page.evaluate(() => (globalThis as any).__kgSigma.getCamera().setState({ x: 0.1, y: 0.1, ratio: 4, angle: 0 }));
    const before = await page.evaluate(() => (globalThis as any).__kgSigma.getCamera().getState());
    await page.uncheck('#type-filters label[data-type="Organization"] input');
    await settle(page);
    const after = await page.evaluate(() => (globalThis as any).__kgSigma.getCamera().getState());
    expect(after).not.toEqual(before);
    const d = await drawn(page);
    expect(d.nodes.some((n) => n.type === 'Organization')).toBe(false);
    const s1 = await status(page);
    expect(s1).toMatchObject({ nodes: d.nodes.length, edges: d.edges });
    expect(s1.nodes).toBeLessThan(s0.nodes);
    // fitted: inside the canvas and filling most of one of its sides
    const xs = d.nodes.map((n) => n.x);
    const ys = d.nodes.map((n) => n.y);
    for (const n of d.nodes) expect(n.x >= 0 && n.x <= d.width && n.y >= 0 && n.y <= d.height).toBe(true);
    expect(Math.max((Math.max(...xs) - Math.min(...xs)) / d.width, (Math.max(...ys) - Math.min(...ys)) / d.height)).toBeGreaterThan(0.6);
    await page.click('#preset-overview');
    await settle(page);
    expect((await status(page)).nodes).toBe(s0.nodes);
  });

  it('a one-day date filter leaves that day: its meetings and the people with an edge that day, no undated stragglers', async () => {
    const meeting = built.edges.find((e) => e.attributes.type === 'ATTENDED' && e.source === shen() && e.attributes.role === 'presided')!.target;
    const day = built.nodes.find((n) => n.key === meeting)!.attributes.date!;
    await page.fill('#date-from', day);
    await page.fill('#date-to', day);
    await settle(page);
    const d = await drawn(page);
    const shown = new Set(d.nodes.map((n) => n.key));
    expect(shown.has(meeting)).toBe(true);
    expect(shown.has(shen())).toBe(true);
    for (const n of built.nodes) {
      if (!shown.has(n.key)) continue;
      if (n.attributes.date) expect(n.attributes.date).toBe(day);
      // every node shown has an edge shown
      const edges = built.edges.filter((e) => (e.source === n.key && shown.has(e.target)) || (e.target === n.key && shown.has(e.source)));
      expect([n.key, edges.length > 0]).toEqual([n.key, true]);
    }
    expect((await status(page)).nodes).toBe(d.nodes.length);
  });

  it('types, dates and expanded nodes are in the share URL, and a shared URL opens that view', async () => {
    await page.check('#type-filters label[data-type="Title"] input');
    await settle(page);
    const hash = await page.evaluate(() => location.hash);
    const p = new URLSearchParams(hash.slice(1));
    expect(p.get('hide')).toBe('Article');
    expect(p.get('from')).toBe(await page.inputValue('#date-from'));
    expect(p.get('to')).toBe(await page.inputValue('#date-to'));
    const s = await status(page);
    const shared = await open(`${server.url}${hash}`);
    try {
      expect(await status(shared)).toEqual(s);
      expect(await shared.isChecked('#type-filters label[data-type="Title"] input')).toBe(true);
      expect(await shared.isChecked('#type-filters label[data-type="Article"] input')).toBe(false);
      expect(await shared.inputValue('#date-from')).toBe(p.get('from'));
    } finally {
      await shared.close();
    }
    await page.fill('#date-from', '');
    await page.fill('#date-to', '');
    await page.click('#preset-overview');
    await settle(page);
    expect(await page.evaluate(() => location.hash)).toBe('');
  });

  it('zoom in, out, fit and reset', async () => {
    const ratio = () => page.evaluate(() => (globalThis as any).__kgSigma.getCamera().ratio as number);
    const r0 = await ratio();
    await page.click('#zoom-in');
    await settle(page);
    expect(await ratio()).toBeLessThan(r0);
    await page.click('#zoom-out');
    await page.click('#zoom-out');
    await settle(page);
    expect(await ratio()).toBeGreaterThan(r0);
    await page.click('#zoom-fit');
    await settle(page);
    expect(await ratio()).toBeCloseTo(r0, 5);
    await page.click('#zoom-reset');
    await settle(page);
    expect(await ratio()).toBe(1);
  });
});

describe('evidence you can follow', () => {
  it.each([
    ['graph.json as kg build writes it', () => server],
    ['graph.json with offsets only (issue 15)', () => bareServer],
  ])('%s: a citation opens the article with newspaper, date and the sentence marked', async (_name, srv) => {
    const page = await open(srv().url);
    try {
      await searchAndClick(page, '沈晓明', shen());
      const edge = built.edges.find((e) => e.attributes.type === 'ATTENDED' && e.source === shen() && e.attributes.role === 'presided')!;
      // kg build writes offsets only (issue 15): the sentence, title, paper and date are the article's
      const at = edge.attributes.evidence[0];
      const article = fs
        .readFileSync(path.join(out, 'articles.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
        .find((a) => a.id === at.article);
      const ev = { ...at, text: article.text.slice(at.start, at.end), title: article.title, newspaper: article.newspaper, date: article.date };
      const row = page.locator(`#panel [data-section="meetings"] li[data-node="${edge.target}"]`);
      const cite = row.locator(`ul.evidence > li[data-article="${ev.article}"][data-start="${ev.start}"]`);
      // the sentence as printed, from graph.json or cut from the article
      await page.waitForFunction((el) => !el!.querySelector('q')!.textContent!.startsWith('…'), await cite.elementHandle());
      expect(await cite.locator('q').textContent()).toBe(ev.text);
      // human-readable: 《title》 newspaper date, no raw article id
      const ref = (await cite.locator('.cite-open').textContent())!;
      expect(ref).toContain(`《${ev.title}》`);
      expect(ref).toContain(ev.newspaper!);
      expect(ref).not.toContain(ev.article);
      await cite.locator('.cite-open').click();
      await page.waitForFunction(() => document.querySelector('#reader')?.getAttribute('data-state') === 'ready');
      expect(await page.isVisible('#reader')).toBe(true);
      expect(await page.textContent('#reader .reader-title')).toBe(ev.title);
      const meta = (await page.textContent('#reader .reader-meta'))!;
      expect(meta).toContain(ev.newspaper!);
      expect(meta).toContain(ev.date!);
      expect(await page.textContent('#reader mark')).toBe(ev.text);
      expect(await page.textContent('#reader .article-text')).toBe(article.text);
      // the mark is scrolled into view
      const box = await page.locator('#reader mark').boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(900);
      if (srv() === server) await screen(page, 'seeds-1440x900-citation.png');
      await page.click('#reader .reader-close');
      expect(await page.isVisible('#reader')).toBe(false);
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("an article's panel shows its heading and text, and what it names as links, not MENTIONS rows", async () => {
    const article = built.nodes.find((n) => n.attributes.type === 'Article' && built.edges.filter((e) => e.source === n.key && e.attributes.type === 'MENTIONS').length > 20)!;
    const page = await open(`${server.url}#node=${encodeURIComponent(article.key)}`);
    try {
      await page.locator('#panel [data-section="text"] .article-text').waitFor();
      expect(await page.textContent('#panel .node-label')).toBe(article.attributes.title);
      expect(await page.textContent('#panel .article-heading')).toContain(article.attributes.date!);
      const text = (await page.textContent('#panel [data-section="text"] .article-text'))!;
      expect(text.length).toBeGreaterThan(200);
      const panel = (await page.textContent('#panel'))!;
      expect(panel).not.toContain('MENTIONS');
      const named = await page.locator('#panel [data-section="named"] a[data-node]').count();
      expect(named).toBe(built.edges.filter((e) => e.source === article.key && e.attributes.type === 'MENTIONS').length);
    } finally {
      await page.close();
    }
  });

  it('a sentence shared by a meeting\'s attendees is shown once for the run; relations read as words, not types', async () => {
    const meeting = built.edges
      .filter((e) => e.attributes.type === 'ATTENDED')
      .map((e) => e.target)
      .sort((a, b) => built.edges.filter((e) => e.target === b && e.attributes.type === 'ATTENDED').length - built.edges.filter((e) => e.target === a && e.attributes.type === 'ATTENDED').length)[0];
    const page = await open(`${server.url}#node=${encodeURIComponent(meeting)}`);
    try {
      await page.locator(`#panel .details[data-node="${meeting}"]`).waitFor();
      const rows = await page.locator('#panel [data-section="attendees"] li[data-node]').count();
      const sentences = await page.locator('#panel [data-section="attendees"] ul.evidence q').count();
      expect(rows).toBeGreaterThan(5);
      expect(sentences).toBeLessThan(rows);
      const panel = (await page.textContent('#panel'))!;
      for (const raw of ['ATTENDED', 'MENTIONS', 'VISITED', 'community ']) expect(panel).not.toContain(raw);
    } finally {
      await page.close();
    }
  });
});

describe('exploration and export', () => {
  it("expand shows the selected node's hidden neighbours, collapse hides them again; in the URL", async () => {
    const page = await open(server.url);
    try {
      await searchAndClick(page, '沈晓明', shen());
      const neighbours = new Set(built.edges.flatMap((e) => (e.source === shen() ? [e.target] : e.target === shen() ? [e.source] : [])));
      const hiddenBefore = (await drawn(page)).nodes.filter((n) => neighbours.has(n.key)).length;
      expect(hiddenBefore).toBeLessThan(neighbours.size);
      const button = page.locator('#expand');
      expect(await button.textContent()).toContain(`show ${neighbours.size - hiddenBefore} hidden neighbour`);
      await button.click();
      await settle(page);
      const shown = new Set((await drawn(page)).nodes.map((n) => n.key));
      for (const n of neighbours) expect(shown.has(n)).toBe(true);
      expect(new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).getAll('expand')).toEqual([shen()]);
      await screen(page, 'seeds-1440x900-expanded.png');
      await page.locator('#expand').click();
      await settle(page);
      expect((await drawn(page)).nodes.filter((n) => neighbours.has(n.key)).length).toBe(hiddenBefore);
    } finally {
      await page.close();
    }
  });

  it('PNG, GEXF and CSV of the current view are downloaded with what is shown', async () => {
    const page = await open(server.url);
    try {
      const s = await status(page);
      /** Click an export button and read the n files it downloads, by name. */
      const take = async (button: string, n = 1) => {
        const got: { name: string; data: Buffer }[] = [];
        const done = new Promise<void>((resolve) => {
          const onDownload = async (d: import('playwright-core').Download) => {
            got.push({ name: d.suggestedFilename(), data: fs.readFileSync((await d.path())!) });
            if (got.length === n) {
              page.off('download', onDownload);
              resolve();
            }
          };
          page.on('download', onDownload);
        });
        await page.click(button);
        await done;
        return got.sort((a, b) => (a.name < b.name ? -1 : 1));
      };
      const [png] = await take('#export-png');
      expect(png.name).toMatch(/\.png$/);
      expect(png.data.subarray(1, 4).toString()).toBe('PNG');
      const dims = { width: png.data.readUInt32BE(16), height: png.data.readUInt32BE(20) };
      const canvas = await page.evaluate(() => {
        const c = (globalThis as any).__kgSigma.getCanvases().nodes as HTMLCanvasElement;
        return { width: c.width, height: c.height };
      });
      expect(dims).toEqual(canvas);
      expect(png.data.length).toBeGreaterThan(20_000);
      writeArtifact('export-view.png', png.data);

      const [gexf] = await take('#export-gexf');
      expect(gexf.name).toMatch(/\.gexf$/);
      const xml = gexf.data.toString('utf8');
      expect(xml).toContain('<gexf');
      expect((xml.match(/<node /g) ?? []).length).toBe(s.nodes);
      expect((xml.match(/<edge /g) ?? []).length).toBe(s.edges);
      expect(xml).toContain('沈晓明');

      const [edges, nodes] = await take('#export-csv', 2);
      expect(nodes.name).toMatch(/-nodes\.csv$/);
      expect(edges.name).toMatch(/-edges\.csv$/);
      // (one export, one stamp: the pair sorts together whatever second each file is written in)
      expect(nodes.name.replace(/-nodes\.csv$/, '')).toBe(edges.name.replace(/-edges\.csv$/, ''));
      expect(nodes.data.toString('utf8').trimEnd().split('\r\n')).toHaveLength(s.nodes + 1);
      expect(edges.data.toString('utf8').trimEnd().split('\r\n')).toHaveLength(s.edges + 1);
      expect(nodes.data.toString('utf8').split('\r\n')[0]).toBe('key,type,name,date,community,x,y');
    } finally {
      await page.close();
    }
  });
});

describe('at 1024×700', () => {
  it('the graph keeps most of the width with the panel open; the filters fold away and come back', async () => {
    const page = await open(server.url, { width: 1024, height: 700 });
    try {
      await searchAndClick(page, '沈晓明', shen());
      expect(await page.isVisible('#panel')).toBe(true);
      const graphBox = (await page.locator('#graph').boundingBox())!;
      const panelBox = (await page.locator('#panel').boundingBox())!;
      // eslint-disable-next-line no-console
      console.log(`1024×700 with the panel open: graph ${Math.round(graphBox.width)} px (${Math.round((graphBox.width / 1024) * 100)}%), panel ${Math.round(panelBox.width)} px`);
      expect(graphBox.width / 1024).toBeGreaterThanOrEqual(0.6);
      expect(panelBox.width).toBeGreaterThanOrEqual(270);
      // the selection is in view, its label not cut
      const me = (await drawn(page)).nodes.find((n) => n.key === shen())!;
      expect(me.x).toBeGreaterThan(0);
      expect(me.x).toBeLessThan(graphBox.width);
      expect((await labelOverlap(page)).cut).toBe(0);
      await screen(page, 'seeds-1024x700-selected.png');
      await page.click('#toggle-controls');
      expect(await page.isVisible('#controls')).toBe(true);
      await page.click('#toggle-controls');
      expect(await page.isVisible('#controls')).toBe(false);

      const edge = built.edges.find((e) => e.attributes.type === 'ATTENDED' && e.source === shen())!;
      await page.locator(`#panel [data-section="meetings"] li[data-node="${edge.target}"] .cite-open`).first().click();
      await page.waitForFunction(() => document.querySelector('#reader')?.getAttribute('data-state') === 'ready');
      const reader = (await page.locator('#reader').boundingBox())!;
      expect(reader.x).toBeGreaterThanOrEqual(0);
      expect(reader.x + reader.width).toBeLessThanOrEqual(1024);
      await screen(page, 'seeds-1024x700-citation.png');
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a person selected at 1440×900', async () => {
    const page = await open(server.url);
    try {
      await searchAndClick(page, '沈晓明', shen());
      expect((await labelOverlap(page)).share).toBeLessThanOrEqual(MAX_OVERLAP);
      await screen(page, 'seeds-1440x900-selected.png');
    } finally {
      await page.close();
    }
  });
});
