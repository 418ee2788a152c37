// The hand-made fixtures of test/fixtures/resolve/: golden views of the resolved graph
// (a change of output shows as a diff of <fixture>.expected.json; UPDATE_GOLDEN=1 rewrites
// them), and the facts each fixture is there to show.
import fs from 'node:fs';
import path from 'node:path';
import { buildGraph, type CorpusGraph } from '../../src/resolve/graph';
import { resolveCorpus } from '../../src/resolve/resolve';
import { FIXTURES, readFixture } from './helpers';

const FILES = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.jsonl')).sort();

/** A reviewable view: every node with name/aliases, every non-MENTIONS edge with its evidence articles. */
function goldenView(name: string) {
  const { nodes, edges, dropped } = resolveCorpus(readFixture(name));
  return {
    nodes: nodes
      .filter((n) => n.attributes.type !== 'Article')
      .map((n) => [n.key, n.attributes.name, ...(n.attributes.aliases ?? []).map((a) => `~${a}`), ...(n.attributes.homonym ? ['homonym'] : [])].join(' | ')),
    edges: edges
      .filter((e) => e.attributes.type !== 'MENTIONS')
      .map((e) => {
        const a = e.attributes;
        const extra = [a.role, a.order !== undefined ? `#${a.order}` : undefined, `${a.first}..${a.last}`].filter(Boolean).join(' ');
        return `${e.key} [${extra}] ${a.evidence.map((v) => v.article + (v.order ? `#${v.order}` : '')).join(', ')}`;
      }),
    dropped,
  };
}

describe('golden files of the resolve fixtures', () => {
  it.each(FILES)('%s', (name) => {
    const file = path.join(FIXTURES, name.replace(/\.jsonl$/, '.expected.json'));
    const actual = goldenView(name);
    if (process.env.UPDATE_GOLDEN || !fs.existsSync(file)) fs.writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
    expect(actual).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
  });

  it('every fixture is well formed: evidence is the text at its offsets', () => {
    for (const name of FILES)
      for (const rec of readFixture(name))
        for (const r of rec.relations) expect(rec.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
  });
});

const graphOf = (name: string): CorpusGraph => buildGraph(readFixture(name), { layout: false }).graph;
const nodesOf = (g: CorpusGraph, type: string) => g.filterNodes((_, a) => a.type === type);
const articlesBehind = (g: CorpusGraph, node: string, type = 'MENTIONS') =>
  [...new Set(g.inEdges(node).filter((e) => g.getEdgeAttribute(e, 'type') === type).flatMap((e) => g.getEdgeAttribute(e, 'evidence').map((v) => v.article)))].sort();

describe('same meeting from two newspapers (same-meeting.jsonl)', () => {
  const g = graphOf('same-meeting.jsonl');
  const onDay = nodesOf(g, 'Meeting').filter((m) => g.getNodeAttribute(m, 'date') === '2025-03-26');

  it('is one node per meeting, whatever variant of the name each paper writes', () => {
    expect(onDay).toHaveLength(3);
    const names = onDay.map((m) => [g.getNodeAttribute(m, 'name'), ...(g.getNodeAttribute(m, 'aliases') ?? [])].join('|'));
    expect(names.find((n) => n.includes('2025年省委外事工作委员会全体会议'))).toContain('省委外事工作委员会全体会议');
    expect(names.find((n) => n.includes('智赋万企'))).toMatch(/全省智赋万企行动推进大会.*\|智赋万企行动推进大会|智赋万企行动推进大会.*全省/);
    expect(names.find((n) => n.includes('座谈会'))).toMatch(/地质/);
  });

  it('has both articles as evidence, for its mentions and for each attendance', () => {
    for (const m of onDay) {
      expect(articlesBehind(g, m)).toEqual(['fx-hn-0326#1', 'fx-sx-0326#1']);
      expect(articlesBehind(g, m, 'ATTENDED')).toEqual(['fx-hn-0326#1', 'fx-sx-0326#1']);
    }
  });

  it('keeps a meeting of the same name on another day apart', () => {
    const later = nodesOf(g, 'Meeting').filter((m) => g.getNodeAttribute(m, 'date') === '2025-04-10');
    expect(later).toHaveLength(1);
    expect(articlesBehind(g, later[0])).toEqual(['fx-hn-0410#1']);
  });

  it('makes one node per person, the reporter included', () => {
    const people = nodesOf(g, 'Person').map((p) => g.getNodeAttribute(p, 'name')).sort();
    expect(people).toEqual(['刘晓燕', '吴海燕', '周立新']);
    expect(g.hasEdge('REPORTED:Person:刘晓燕->Article:fx-hn-0326#1')).toBe(true);
  });

  it('dates each post: first and last seen', () => {
    const holds = g.outEdges('Person:周立新').filter((e) => g.getEdgeAttribute(e, 'type') === 'HOLDS');
    const secretary = holds.find((e) => g.getNodeAttribute(g.target(e), 'name') === '湖南省委书记')!;
    expect(g.getEdgeAttribute(secretary, 'first')).toBe('2025-03-26');
    expect(g.getEdgeAttribute(secretary, 'last')).toBe('2025-04-10');
  });
});

describe('abbreviation and full name (abbreviation.jsonl)', () => {
  const g = graphOf('abbreviation.jsonl');
  it('省人社厅 = 湖南省人力资源和社会保障厅 = 省人力资源和社会保障厅, the forms kept as aliases', () => {
    const hits = nodesOf(g, 'Organization').filter((o) => {
      const a = g.getNodeAttributes(o);
      return [a.name, ...(a.aliases ?? [])].includes('湖南省人力资源和社会保障厅');
    });
    expect(hits).toHaveLength(1);
    const a = g.getNodeAttributes(hits[0]);
    expect([a.name, ...(a.aliases ?? [])]).toEqual(expect.arrayContaining(['省人社厅', '省人力资源和社会保障厅', '湖南省人力资源和社会保障厅']));
    expect(articlesBehind(g, hits[0])).toEqual(['fx-abbr-hn#1', 'fx-abbr-hn#2', 'fx-abbr-sx#1']);
  });
  it('省委组织部 = 中共湖南省委组织部', () => {
    const hits = nodesOf(g, 'Organization').filter((o) => g.getNodeAttribute(o, 'name').includes('组织部'));
    expect(hits).toHaveLength(1);
  });
  it('the same abbreviation in another province’s paper is another body', () => {
    const hubei = nodesOf(g, 'Organization').filter((o) => articlesBehind(g, o).includes('fx-abbr-hb#1'));
    expect(hubei).toHaveLength(1);
    expect(g.getNodeAttribute(hubei[0], 'name')).toBe('湖北省人社厅');
  });
  it('“智赋万企”行动 = 智赋万企', () => {
    const p = nodesOf(g, 'Policy').filter((x) => g.getNodeAttribute(x, 'name').includes('智赋万企'));
    expect(p).toHaveLength(1);
    expect(articlesBehind(g, p[0])).toEqual(['fx-abbr-hn#1', 'fx-abbr-hn#2']);
  });
});

describe('homonyms (homonyms.jsonl)', () => {
  const g = graphOf('homonyms.jsonl');
  it('one name with posts of two provinces in the same weeks is two people, both flagged', () => {
    const wang = nodesOf(g, 'Person').filter((p) => g.getNodeAttribute(p, 'name') === '王建');
    expect(wang).toHaveLength(2);
    for (const w of wang) expect(g.getNodeAttribute(w, 'homonym')).toBe(true);
    const titles = wang.map((w) => g.outNeighbors(w).map((t) => g.getNodeAttribute(t, 'name')).join()).sort();
    expect(titles).toEqual(['湖北省副省长', '湖南省副省长']);
  });
  it('a mention without a post goes with the newspaper’s province', () => {
    const hn = nodesOf(g, 'Person').find((p) => g.getNodeAttribute(p, 'name') === '王建' && g.outNeighbors(p).some((t) => g.getNodeAttribute(t, 'name') === '湖南省副省长'))!;
    expect(articlesBehind(g, hn)).toEqual(['fx-hom-hn#1', 'fx-hom-hn#2']);
  });
  it('one name in two provinces years apart is one official, with a title timeline', () => {
    const li = nodesOf(g, 'Person').filter((p) => g.getNodeAttribute(p, 'name') === '李平');
    expect(li).toHaveLength(1);
    expect(g.getNodeAttribute(li[0], 'homonym')).toBeUndefined();
    const timeline = g
      .outEdges(li[0])
      .map((e) => [g.getEdgeAttribute(e, 'first'), g.getNodeAttribute(g.target(e), 'name')])
      .sort();
    expect(timeline).toEqual([
      ['2023-05-01', '湖南省长'],
      ['2025-02-01', '湖北省委书记'],
    ]);
  });
});

describe('protocol order (protocol-order.jsonl)', () => {
  const g = graphOf('protocol-order.jsonl');
  const orderIn = (person: string, article: string) =>
    g
      .outEdges(`Person:${person}`)
      .flatMap((e) => g.getEdgeAttribute(e, 'evidence'))
      .find((v) => v.article === article)?.order;
  it('keeps the extractor’s position of each attendee', () => {
    expect([orderIn('周立新', 'fx-ord#1'), orderIn('吴海燕', 'fx-ord#1'), orderIn('郑光明', 'fx-ord#1')]).toEqual([1, 2, 3]);
  });
  it('falls back to the order of appearance in the text when the extractor gives none', () => {
    // entities listed 郑光明, 吴海燕, 周立新; the text names 周立新, 吴海燕, 郑光明
    expect([orderIn('周立新', 'fx-ord#3'), orderIn('吴海燕', 'fx-ord#3'), orderIn('郑光明', 'fx-ord#3')]).toEqual([1, 2, 3]);
  });
  it('gives Person nodes a co-attendance community', () => {
    for (const p of nodesOf(g, 'Person')) expect(Number.isInteger(g.getNodeAttribute(p, 'community'))).toBe(true);
  });
});
