// The co-attendance projection's pure core (viewer/src/projection.ts) on the viewer's fixture
// graph (a build of the seed pages): every pair's weight is recounted here from the ATTENDED
// and MET edges, the caps say what they cut, and the layout keeps finite positions in bounded
// time.
import fs from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import type { GraphEdgeAttributes, GraphNodeAttributes } from '../../src/model';
import { importGraph, type KgGraph } from '../../viewer/src/data';
import { coAttendance, layoutProjection, pairsOf } from '../../viewer/src/projection';
import { pairEdgeSize } from '../../viewer/src/projection-view';
import { pairsCsv, pairsGexf, peopleCsv } from '../../viewer/src/exporting';
import { FIXTURE_DIR } from './helpers';

const { graph } = importGraph(JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, 'graph.json'), 'utf8')));
const keyOf = (type: string, name: string) => graph.findNode((_k, a) => a.type === type && a.name === name)!;

/** Meetings each person attended, read the slow way. */
function attendedBy(g: KgGraph): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  g.forEachEdge((_e, a, s, t, sa, ta) => {
    if (a.type !== 'ATTENDED' || sa.type !== 'Person' || ta.type !== 'Meeting') return;
    if (!out.has(s)) out.set(s, new Set());
    out.get(s)!.add(t);
  });
  return out;
}

describe('coAttendance on the seeds', () => {
  const { graph: proj, stats } = coAttendance(graph);
  const attended = attendedBy(graph);

  it('holds people only, each with a pair, and a pair per two people who shared a meeting or met', () => {
    expect(proj.order).toBeGreaterThanOrEqual(4);
    proj.forEachNode((_k, a) => expect(a.type).toBe('Person'));
    proj.forEachNode((k) => expect(proj.degree(k)).toBeGreaterThan(0));
    expect(stats).toMatchObject({ people: proj.order, pairs: proj.size, cappedMeetings: 0, droppedPairs: 0 });
  });

  it('weighs a pair by the meetings both attended plus the times they met (recounted from the edges)', () => {
    let checked = 0;
    proj.forEachEdge((_e, a, s, t) => {
      const both = [...(attended.get(s) ?? [])].filter((m) => attended.get(t)?.has(m));
      let met = 0;
      graph.forEachEdge(s, (_x, ea, es, et) => {
        if (ea.type === 'MET' && ((es === s && et === t) || (es === t && et === s))) met++;
      });
      expect(new Set(a.meetings)).toEqual(new Set(both));
      expect(a.met).toBe(met);
      expect(a.weight).toBe(both.length + met);
      checked++;
    });
    expect(checked).toBe(proj.size);
    // and no two people who shared a meeting are missing
    const people = [...attended.keys()];
    for (const p of people)
      for (const q of people)
        if (p < q && [...attended.get(p)!].some((m) => attended.get(q)!.has(m))) expect(proj.hasEdge(p, q)).toBe(true);
  });

  it("lists 沈晓明's co-attendees heaviest first, with the meetings by name", () => {
    const shen = keyOf('Person', '沈晓明');
    const rows = pairsOf(proj, shen);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].weight).toBeGreaterThanOrEqual(rows[i].weight);
    // 毛伟明 sat with him at both meetings of the fixture's pages
    expect(rows[0]).toMatchObject({ otherLabel: '毛伟明', weight: 2, met: 0 });
    expect(rows[0].meetings.map((m) => graph.getNodeAttribute(m, 'name'))).toEqual(['全省招商引资工作座谈会', '2025年省委外事工作委员会全体会议']);
  });

  it('a date range keeps only the meetings of those days', () => {
    const day = graph.getNodeAttribute(proj.edges().map((e) => proj.getEdgeAttribute(e, 'meetings')[0]).find(Boolean)!, 'date') as string;
    const { graph: oneDay } = coAttendance(graph, { dateFrom: day, dateTo: day });
    expect(oneDay.size).toBeGreaterThan(0);
    expect(oneDay.size).toBeLessThan(proj.size);
    oneDay.forEachEdge((_e, a) => a.meetings.forEach((m) => expect(graph.getNodeAttribute(m, 'date')).toBe(day)));
  });

  it('lays out in bounded time with finite positions, heavier pairs drawn thicker', () => {
    const iterations = layoutProjection(proj, { budgetMs: 2000 });
    expect(iterations).toBeGreaterThan(0);
    proj.forEachNode((_k, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
    expect(pairEdgeSize(5)).toBeGreaterThan(pairEdgeSize(1));
    // a budget of 0 ms runs nothing
    expect(layoutProjection(coAttendance(graph).graph, { budgetMs: 0 })).toBe(0);
  });
});

describe('exports of who sat with whom', () => {
  it('CSV of its people and pairs, GEXF with weights', () => {
    const { graph: proj } = coAttendance(graph);
    const people = peopleCsv(proj).trimEnd().split('\r\n');
    expect(people[0]).toBe('key,name,community,strength,x,y');
    expect(people).toHaveLength(proj.order + 1);
    const pairs = pairsCsv(proj).trimEnd().split('\r\n');
    expect(pairs[0]).toBe('source,target,weight,meetings,met,meeting_keys');
    expect(pairs).toHaveLength(proj.size + 1);
    const weights = pairs.slice(1).map((l) => Number(l.split(',')[2]));
    expect(weights.reduce((a, b) => a + b, 0)).toBe(proj.reduceEdges((s, _e, a) => s + a.weight, 0));
    const gexf = pairsGexf(proj, () => ({ size: 4, color: '#d1495b' }));
    expect(gexf).toContain('defaultedgetype="undirected"');
    expect((gexf.match(/<edge /g) ?? []).length).toBe(proj.size);
  });
});

describe('coAttendance caps', () => {
  /** one meeting of n attendees in protocol order 1…n, and a second of the first two */
  function bigMeeting(n: number): KgGraph {
    const g: KgGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
    const node = (key: string, a: Partial<GraphNodeAttributes>) => g.addNode(key, { x: 0, y: 0, ...a } as GraphNodeAttributes);
    node('Meeting:big', { type: 'Meeting', name: '大会', date: '2025-01-01' });
    node('Meeting:small', { type: 'Meeting', name: '小会', date: '2025-01-02' });
    for (let i = 1; i <= n; i++) {
      node(`Person:p${i}`, { type: 'Person', name: `p${i}` });
      g.addEdge(`Person:p${i}`, 'Meeting:big', { type: 'ATTENDED', order: i, evidence: [] } as GraphEdgeAttributes);
    }
    g.addEdge('Person:p1', 'Meeting:small', { type: 'ATTENDED', order: 1, evidence: [] } as GraphEdgeAttributes);
    g.addEdge('Person:p2', 'Meeting:small', { type: 'ATTENDED', order: 2, evidence: [] } as GraphEdgeAttributes);
    return g;
  }

  it('a meeting above maxAttendees counts its first ones in protocol order', () => {
    const { graph: p, stats } = coAttendance(bigMeeting(50), { maxAttendees: 10 });
    expect(stats.cappedMeetings).toBe(1);
    expect(p.order).toBe(10);
    expect(p.size).toBe(45);
    expect(p.hasNode('Person:p10')).toBe(true);
    expect(p.hasNode('Person:p11')).toBe(false);
  });

  it('maxPairs keeps the heaviest pairs and says how many it left out', () => {
    const { graph: p, stats } = coAttendance(bigMeeting(6), { maxPairs: 1 });
    expect(p.size).toBe(1);
    expect(p.getEdgeAttribute(p.edges()[0], 'weight')).toBe(2);
    expect(p.hasEdge('Person:p1', 'Person:p2')).toBe(true);
    expect(stats.droppedPairs).toBe(15 - 1);
  });
});
