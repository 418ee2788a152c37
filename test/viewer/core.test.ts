// The viewer's pure core, in node: search (Chinese substring and bigram match), the panel's
// details, the reducers' hiding/dimming, the fallback layout and the URL hash.
import fs from 'node:fs';
import path from 'node:path';
import { fallbackLayout, importGraph, GraphDataError, edgeSpan } from '../../viewer/src/data';
import { details, type MeetingDetails, type PersonDetails } from '../../viewer/src/details';
import { buildSearchIndex, search, fold } from '../../viewer/src/search';
import type { NodeType } from '../../src/model';
import { defaultHashState, formatHash, parseHash } from '../../viewer/src/url';
import { createVisibility } from '../../viewer/src/visibility';
import { placeLabels } from '../../viewer/src/labels';
import { citationText, formatHeading } from '../../viewer/src/articles';
import { csvField, edgesCsv, nodesCsv, visibleGexf } from '../../viewer/src/exporting';
import { communityNames, createReducers, DIM_NODE, initialState, legendRows, shortLabel } from '../../viewer/src/view';
import { FIXTURE_DIR } from './helpers';

const raw = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, 'graph.json'), 'utf8'));
const { graph } = importGraph(raw);
const keyOf = (type: string, name: string) => graph.findNode((_k, a) => a.type === type && a.name === name)!;

describe('search', () => {
  const index = buildSearchIndex(graph);

  it('finds a Chinese name inside longer text (no whitespace tokenizer)', () => {
    const shen = keyOf('Person', '沈晓明');
    expect(search(index, '沈晓明')[0].key).toBe(shen);
    // a substring of article titles and of the name itself
    const hits = search(index, '晓明').map((h) => h.key);
    expect(hits).toContain(shen);
    expect(hits.some((k) => graph.getNodeAttribute(k, 'type') === 'Article')).toBe(true);
  });

  it('ranks exact before prefix before substring', () => {
    const hits = search(index, '省委书记');
    expect(hits[0].label).toBe('省委书记');
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });

  it('matches aliases and full-width forms', () => {
    const org = keyOf('Organization', '省委外事工作委员会');
    expect(search(index, '省委外事委').map((h) => h.key)).toContain(org);
    expect(fold('２０２５年 “智赋万企”')).toBe('2025年智赋万企');
    expect(search(index, '２０２５年省委外事')[0].key).toBe(keyOf('Meeting', '2025年省委外事工作委员会全体会议'));
  });

  it('falls back to bigram overlap for a near miss, and finds nothing for noise', () => {
    // not a substring of anything: words dropped from the middle
    const q = '省委外事工作全体会议';
    expect(graph.someNode((_k, a) => a.name.includes(q))).toBe(false);
    const hit = search(index, q)[0];
    expect(hit.key).toBe(keyOf('Meeting', '2025年省委外事工作委员会全体会议'));
    expect(hit.score).toBeLessThan(1);
    expect(search(index, '量子计算机')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
  });
});

describe('details', () => {
  it('a person: meetings by date with roles, posts with first/last, co-attendees by shared meetings', () => {
    const shen = keyOf('Person', '沈晓明');
    const d = details(graph, shen) as PersonDetails;
    expect(d.kind).toBe('person');
    const dates = d.meetings.map((m) => m.date);
    expect(dates).toEqual([...dates].sort());
    expect(d.meetings.filter((m) => m.role === 'presided').length).toBe(
      graph.filterOutEdges(shen, (_e, a) => a.type === 'ATTENDED' && a.role === 'presided').length,
    );
    for (const m of d.meetings) expect(m.evidence.length).toBeGreaterThan(0);
    expect(d.posts.every((p) => p.first && p.last && p.first <= p.last)).toBe(true);
    const counts = d.coAttendees.map((c) => c.meetings.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(d.coAttendees.map((c) => c.key)).not.toContain(shen);
    // nothing is lost: every edge is in a section
    const listed = d.meetings.length + d.posts.length + d.other.length + d.mentionedIn.length;
    expect(listed).toBe(graph.degree(shen));
    expect(d.mentionedIn.length).toBe(graph.inEdges(shen).filter((e) => graph.getEdgeAttribute(e, 'type') === 'MENTIONS').length);
    expect(d.other.some((r) => r.type === 'MENTIONS')).toBe(false);
  });

  it('a meeting: attendees in protocol order, policies, articles from mentions and evidence', () => {
    const m = keyOf('Meeting', '2025年省委外事工作委员会全体会议');
    const d = details(graph, m) as MeetingDetails;
    expect(d.attendees.map((a) => a.order)).toEqual([...d.attendees.map((a) => a.order)].sort((a, b) => a! - b!));
    expect(d.attendees[0].role).toBe('presided');
    const articles = new Set<string>();
    graph.forEachEdge(m, (_e, a) => a.evidence.forEach((e) => articles.add(e.article)));
    expect(new Set(d.articles.map((a) => a.article))).toEqual(articles);
    expect(d.articles.every((a) => a.key === null || graph.hasNode(a.key))).toBe(true);
  });
});

describe('reducers', () => {
  it('hide types and dates; dim all but the selection and its neighbours', () => {
    const r = createReducers(graph);
    const shen = keyOf('Person', '沈晓明');
    const show = (k: string) => r.nodeReducer(k, graph.getNodeAttributes(k));
    r.update({ ...initialState(), hiddenTypes: new Set(['Person']) });
    expect(show(shen).hidden).toBe(true);
    r.update({ ...initialState(), dateFrom: '2025-03-01' });
    expect(show(keyOf('Meeting', '全省招商引资工作座谈会')).hidden).toBe(true);
    expect(show(keyOf('Meeting', '省地质院座谈会')).hidden).toBe(false);
    expect(show(shen).hidden).toBe(false); // undated, but at a meeting of the range

    r.update({ ...initialState(), hiddenTypes: new Set(), selected: shen });
    const near = new Set(graph.neighbors(shen));
    graph.forEachNode((k) => {
      const d = show(k);
      if (k === shen) expect(d).toMatchObject({ highlighted: true, forceLabel: true });
      else if (near.has(k)) expect(d.color).not.toBe(DIM_NODE);
      else expect(d).toMatchObject({ color: DIM_NODE, label: null });
    });
    graph.forEachEdge((e, a, s, t) => {
      const d = r.edgeReducer(e, a);
      expect(d.size > 1).toBe(s === shen || t === shen);
    });
    // the graph itself is untouched by display
    expect(graph.getNodeAttributes(shen)).toEqual(raw.nodes.find((n: { key: string }) => n.key === shen).attributes);
  });

  it('an edge is dated by first/last, else by its evidence', () => {
    expect(edgeSpan({ type: 'HOLDS', first: '2025-01-02', last: '2025-03-04', evidence: [] })).toEqual(['2025-01-02', '2025-03-04']);
    const ev = (date: string | null) => ({ article: 'a#1', text: 't', start: 0, end: 1, date, newspaper: null, title: 't' });
    expect(edgeSpan({ type: 'ATTENDED', evidence: [ev('2025-03-26'), ev(null), ev('2025-02-05')] })).toEqual(['2025-02-05', '2025-03-26']);
    expect(edgeSpan({ type: 'MENTIONS', evidence: [] })).toBeNull();
  });

  it('legend: types, or communities largest first', () => {
    expect(legendRows(graph, 'type').map((r) => r.label)).toEqual(['Person', 'Meeting', 'Organization', 'Policy', 'Title', 'Location', 'Article']);
    const rows = legendRows(graph, 'community');
    expect(rows.reduce((s, r) => s + r.count, 0)).toBe(graph.order);
    // a community is named by its most central members, never by its number
    expect(rows.some((r) => /^community \d/.test(r.label))).toBe(false);
    const shenCommunity = graph.getNodeAttribute(keyOf('Person', '沈晓明'), 'community')!;
    expect(communityNames(graph).get(shenCommunity)).toContain('沈晓明');
    expect(shortLabel('沈晓明')).toBe('沈晓明');
    expect(Array.from(shortLabel('沈晓明主持召开2025年省委外事工作委员会全体会议'))).toHaveLength(14);
  });
});

describe('data', () => {
  it('places nodes without positions on a circle around the others', () => {
    const copy = structuredClone(raw);
    delete copy.nodes[0].attributes.x;
    copy.nodes[1].attributes.y = null;
    const { graph: g, laidOut } = importGraph(copy);
    expect(laidOut).toBe(2);
    g.forEachNode((_k, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
    const bare = importGraph({ nodes: [{ key: 'a', attributes: { type: 'Person', name: 'a' } }, { key: 'b', attributes: { type: 'Person', name: 'b' } }], edges: [] });
    expect(bare.laidOut).toBe(2);
    expect(fallbackLayout(bare.graph)).toBe(0);
  });

  it('rejects what is not a serialized graph', () => {
    expect(() => importGraph({ hello: 1 })).toThrow(GraphDataError);
  });
});

describe('url', () => {
  it('round-trips the selection, colour mode, types, dates and expanded nodes', () => {
    const node = 'Meeting:2025-03-26:2025年省委外事工作委员会全体会议';
    const full = { node, colorBy: 'community' as const, hiddenTypes: new Set(['Article' as const]), dateFrom: '2025-03-01', dateTo: '2025-03-26', expanded: new Set([node, 'Person:沈晓明']), people: false };
    expect(parseHash(formatHash(full))).toEqual(full);
    // the co-attendance projection travels as view=people
    expect(formatHash({ ...full, people: true })).toMatch(/^#view=people&/);
    expect(parseHash(formatHash({ ...full, people: true }))).toEqual({ ...full, people: true });
    expect(parseHash('')).toEqual(defaultHashState());
    expect(formatHash(defaultHashState())).toBe('');
    // hide nothing is not the default
    expect(parseHash(formatHash({ ...defaultHashState(), hiddenTypes: new Set() })).hiddenTypes).toEqual(new Set());
    // a hand-edited link still opens: unknown types and bad dates are dropped
    expect(parseHash('#hide=Article,Bogus&from=yesterday')).toMatchObject({ hiddenTypes: new Set(['Article']), dateFrom: null });
  });
});

describe('visibility', () => {
  const { visible } = createVisibility(graph);
  const none = { hiddenTypes: new Set<NodeType>(), dateFrom: null, dateTo: null, expanded: new Set<string>() };

  it("a one-day filter leaves that day's meetings and the nodes with an edge that day, no undated stragglers", () => {
    const day = graph.getNodeAttribute(keyOf('Meeting', '2025年省委外事工作委员会全体会议'), 'date')!;
    const v = visible({ ...none, dateFrom: day, dateTo: day });
    expect(v.nodes.size).toBeGreaterThan(3);
    for (const k of v.nodes) {
      const a = graph.getNodeAttributes(k);
      if (a.date) expect(a.date).toBe(day);
      expect(graph.edges(k).some((e) => v.edges.has(e))).toBe(true);
    }
    const all = visible(none);
    expect(v.nodes.size).toBeLessThan(all.nodes.size);
    expect([...v.byType.values()].reduce((s, n) => s + n, 0)).toBe(v.nodes.size);
  });

  it('hidden types hide their nodes and the nodes left without an edge; expanding a node shows its neighbours', () => {
    const v = visible({ ...none, hiddenTypes: new Set<NodeType>(['Article', 'Title']) });
    expect(v.byType.get('Article') ?? 0).toBe(0);
    for (const e of v.edges) expect(v.nodes.has(graph.source(e)) && v.nodes.has(graph.target(e))).toBe(true);
    for (const k of v.nodes) expect(graph.degree(k) === 0 || graph.edges(k).some((e) => v.edges.has(e))).toBe(true);
    const shen = keyOf('Person', '沈晓明');
    const hiddenNear = graph.neighbors(shen).filter((n) => !v.nodes.has(n));
    expect(hiddenNear.length).toBeGreaterThan(0);
    const x = visible({ ...none, hiddenTypes: new Set<NodeType>(['Article', 'Title']), expanded: new Set([shen]) });
    for (const n of graph.neighbors(shen)) expect(x.nodes.has(n)).toBe(true);
  });
});

describe('labels', () => {
  it('places labels by priority, never two boxes on each other, never past the edge', () => {
    const c = (key: string, x: number, y: number, size: number, rank = 0) => ({ key, label: key, x, y, size, width: 60, rank });
    const placed = placeLabels([c('small', 100, 100, 4), c('big', 102, 101, 12), c('sel', 300, 100, 3, 3), c('edge', 790, 300, 5), c('far', 400, 400, 5)], 800, 600, 13);
    const keys = placed.map((p) => p.key);
    expect(keys[0]).toBe('sel');
    expect(keys).toContain('big');
    // 'small' cannot sit right (big's box) but fits on the left
    expect(keys).toContain('small');
    const edge = placed.find((p) => p.key === 'edge')!;
    expect(edge.box.x1).toBeLessThanOrEqual(800); // drawn left of its node, not cut
    for (const a of placed)
      for (const b of placed) if (a !== b) expect(a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1 && a.box.y0 < b.box.y1 && b.box.y0 < a.box.y1).toBe(false);
    expect(placeLabels(Array.from({ length: 10 }, (_, i) => c(`n${i}`, 100, 100, 3)), 800, 600, 13).length).toBe(2); // one right, one left
  });

  it("a label covers no other node's disc: it goes left, or is left out", () => {
    // a node right of 'a' would sit under a's label on the right; a disc left of it too
    const a = { key: 'a', label: 'a', x: 100, y: 100, size: 5, width: 40, rank: 0 };
    const right = { key: 'r', x: 125, y: 98, r: 6 };
    const left = { key: 'l', x: 75, y: 100, r: 6 };
    const own = { key: 'a', x: 100, y: 100, r: 5 };
    expect(placeLabels([a], 800, 600, 13)[0].box.x0).toBeGreaterThan(100);
    expect(placeLabels([a], 800, 600, 13, 250, [own, right])[0].box.x1).toBeLessThan(100);
    expect(placeLabels([a], 800, 600, 13, 250, [own, right, left])).toEqual([]);
    // the selection and its neighbours are labelled all the same, over the disc if they must
    expect(placeLabels([{ ...a, rank: 2 }], 800, 600, 13, 250, [own, right, left])).toHaveLength(1);
    // its own disc and a disc it only grazes (within half a pixel) do not count
    expect(placeLabels([a], 800, 600, 13, 250, [own, { key: 'g', x: 153.2, y: 100, r: 5.4 }])[0].box.x0).toBeGreaterThan(100);
  });
});

describe('citations', () => {
  it('a sentence is the evidence text, else the article text sliced at its UTF-16 offsets', () => {
    const article = { id: 'a#1', title: 't', subtitle: null, newspaper: null, date: null, page: '01', source: null, text: '𠀀前言。沈晓明主持会议。后记。' };
    const start = article.text.indexOf('沈');
    const ev = { article: 'a#1', start, end: start + '沈晓明主持会议。'.length };
    expect(citationText(ev, article)).toBe('沈晓明主持会议。');
    expect(citationText({ ...ev, text: '给定' })).toBe('给定');
    expect(citationText(ev)).toBeNull();
    expect(citationText({ ...ev, end: 999 }, article)).toBeNull();
    expect(formatHeading({ title: '标题', newspaper: '湖南日报', date: '2025-03-26', page: '01' })).toBe('《标题》 湖南日报 2025-03-26 第1版');
  });
});

describe('exports of the view', () => {
  it('CSV of the visible nodes and edges, quoted where needed; GEXF of the same', () => {
    const v = createVisibility(graph).visible({ hiddenTypes: new Set<NodeType>(['Article']), dateFrom: null, dateTo: null, expanded: new Set() });
    const nodes = nodesCsv(graph, v).trimEnd().split('\r\n');
    expect(nodes[0]).toBe('key,type,name,date,community,x,y');
    expect(nodes).toHaveLength(v.nodes.size + 1);
    const edges = edgesCsv(graph, v).trimEnd().split('\r\n');
    expect(edges).toHaveLength(v.edges.size + 1);
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    // a cell a spreadsheet would run is kept as text; numbers stay numbers
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('=1+1,2')).toBe(`"'=1+1,2"`);
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField(-33.5)).toBe('-33.5');
    expect(csvField('沈晓明')).toBe('沈晓明');
    const gexf = visibleGexf(graph, v, () => ({ size: 3, color: '#000000' }));
    expect(gexf).toContain('<gexf');
    expect((gexf.match(/<node /g) ?? []).length).toBe(v.nodes.size);
    expect((gexf.match(/<edge /g) ?? []).length).toBe(v.edges.size);
  });
});
