// The viewer's pure core, in node: search (Chinese substring and bigram match), the panel's
// details, the reducers' hiding/dimming, the fallback layout and the URL hash.
import fs from 'node:fs';
import path from 'node:path';
import { fallbackLayout, importGraph, GraphDataError, edgeSpan } from '../../viewer/src/data';
import { details, type MeetingDetails, type PersonDetails } from '../../viewer/src/details';
import { buildSearchIndex, search, fold } from '../../viewer/src/search';
import { formatHash, parseHash } from '../../viewer/src/url';
import { createReducers, DIM_NODE, initialState, legendRows, shortLabel } from '../../viewer/src/view';
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
    expect(show(shen).hidden).toBe(false); // undated: not filtered by date

    r.update({ ...initialState(), selected: shen });
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
  it('round-trips the selected node and colour mode', () => {
    const node = 'Meeting:2025-03-26:2025年省委外事工作委员会全体会议';
    expect(parseHash(formatHash({ node, colorBy: 'community' }))).toEqual({ node, colorBy: 'community' });
    expect(parseHash('')).toEqual({ node: null, colorBy: 'type' });
    expect(formatHash({ node: null, colorBy: 'type' })).toBe('');
  });
});
