// Resolution on the seeds' real names, independent of the extractor: the hand-made gold of
// ../shared/gold/seeds is turned into ArticleRecords (what a perfect extractor would give),
// with the second newspaper's articles written in the gold's alternative forms (省委外事工作
// 委员会全体会议 for 2025年…, 智赋万企行动推进大会 for 全省…, 湖南省地质院座谈会 for 省地质院…),
// and then resolved into one graph.
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleRecord, Entity, Relation } from '../../src/model';
import { buildGraph } from '../../src/resolve/graph';
import { rankOfficials } from '../../src/resolve/rank';
import { lookup } from '../../src/resolve/lookup';
import { describeWithShared, shared } from '../shared';

const GOLD = shared('gold', 'seeds');

interface GoldArticle {
  kind: ArticleRecord['kind'];
  title: string;
  lede: string;
  newspaper: string | null;
  date: string | null;
  reporters: string[];
  persons: string[];
  titles: [string, string][];
  organizations: string[][];
  meetings: { id: string; name: string; aliases: string[]; date: string | null; location: string | null }[];
  attendance: [string, string, 'presided' | 'attended'][];
  policies: string[][];
}

function goldRecords(): ArticleRecord[] {
  return fs
    .readdirSync(GOLD)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(GOLD, f), 'utf8')) as { file: string; articles: GoldArticle[] };
      const base = gold.file.replace(/\.txt$/, '');
      return gold.articles.map((a, k): ArticleRecord => {
        // the other newspaper writes the other forms
        const alt = a.newspaper === '三湘都市报';
        const pick = (forms: string[]) => (alt && forms.length > 1 ? forms[forms.length - 1] : forms[0]);
        const entities: Entity[] = [];
        const relations: Relation[] = [];
        const text = a.lede || a.title;
        const ev = { text: '', start: 0, end: 0 };
        const id = (type: string, name: string) => {
          let e = entities.find((x) => x.type === type && x.name === name);
          if (!e) entities.push((e = { id: `e${entities.length + 1}`, type: type as Entity['type'], name }));
          return e;
        };
        for (const p of a.persons) id('Person', p);
        for (const [p, t] of a.titles) relations.push({ type: 'HOLDS', from: id('Person', p).id, to: id('Title', t).id, evidence: ev });
        for (const o of a.organizations) id('Organization', pick(o));
        for (const p of a.policies) id('Policy', pick(p));
        const meetingIds = new Map<string, string>();
        for (const m of a.meetings) {
          const e = id('Meeting', alt && m.aliases.length ? m.aliases[0] : m.name);
          e.date = m.date;
          e.location = m.location;
          meetingIds.set(m.id, e.id);
        }
        a.attendance.forEach(([p, m, role], i) =>
          relations.push({ type: 'ATTENDED', from: id('Person', p).id, to: meetingIds.get(m)!, role, order: i + 1, evidence: ev }),
        );
        return {
          id: `${base}#${k + 1}`,
          source: gold.file,
          kind: a.kind,
          newspaper: a.newspaper,
          date: a.date,
          title: a.title,
          subtitle: null,
          reporters: a.reporters.map((name) => ({ name, role: '记者' })),
          text,
          entities,
          relations,
        };
      });
    });
}

let records: ArticleRecord[];
let graph: ReturnType<typeof buildGraph>['graph'];

describeWithShared('resolution of the seeds’ gold facts', ['gold/seeds'], () => {
  beforeAll(() => {
    records = goldRecords();
    graph = buildGraph(records, { layout: false }).graph;
  });

  it('writes the shared meetings differently in the two newspapers (the test is not trivial)', () => {
    const names = (src: string) => records.filter((r) => r.source.startsWith(src)).flatMap((r) => r.entities.filter((e) => e.type === 'Meeting').map((e) => e.name));
    expect(names('000')).toContain('2025年省委外事工作委员会全体会议');
    expect(names('002')).toContain('省委外事工作委员会全体会议');
    expect(names('002')).toContain('湖南省地质院座谈会');
  });

  it.each([/省委外事工作委员会全体会议/, /智赋万企.*推进大会/, /地质院座谈会/])('one node for the meeting %s that seeds 000 and 002 share', (re) => {
    const hits = graph.filterNodes((_, a) => a.type === 'Meeting' && a.date === '2025-03-26' && [a.name, ...(a.aliases ?? [])].some((n) => re.test(n)));
    expect(hits).toHaveLength(1);
    const sources = new Set<string>();
    graph.forEachInEdge(hits[0], (_, a) => a.evidence.forEach((e) => sources.add(e.article.split('#')[0])));
    expect([...sources].sort()).toEqual(['000_1e7db5bd96cc0b6e', '002_30a12b78ac807949']);
  });

  it('one node per person', () => {
    const names = graph.filterNodes((_, a) => a.type === 'Person').map((k) => graph.getNodeAttribute(k, 'name'));
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThan(30);
  });

  it('one node for an organization in the forms of both papers (省地质院 / 湖南省地质院)', () => {
    const hits = graph.filterNodes((_, a) => a.type === 'Organization' && [a.name, ...(a.aliases ?? [])].includes('省地质院'));
    expect(hits).toHaveLength(1);
    const a = graph.getNodeAttributes(hits[0]);
    expect([a.name, ...(a.aliases ?? [])]).toContain('湖南省地质院');
  });

  it('ranks 沈晓明 before 毛伟明 before 毛万春', () => {
    const order = rankOfficials(graph).people.map((p) => p.name);
    expect(order.indexOf('沈晓明')).toBe(0);
    expect(order.indexOf('毛伟明')).toBe(1);
    expect(order.indexOf('毛万春')).toBeGreaterThan(1);
  });

  it('looks up the meetings 沈晓明 presided over', () => {
    const r = lookup(graph, '沈晓明').reports[0];
    if (r.kind !== 'Person') throw new Error('expected a person');
    const presided = r.meetings.filter((m) => m.role === 'presided').map((m) => m.name);
    expect(presided).toHaveLength(2);
    expect(presided.join()).toMatch(/省委外事工作委员会全体会议.*座谈会|座谈会.*省委外事工作委员会全体会议/);
  });
});
