import { buildGraph } from '../../src/resolve/graph';
import { rankOfficials, attendanceLists } from '../../src/resolve/rank';
import { lookup } from '../../src/resolve/lookup';
import { formatRanking } from '../../src/cli/commands/rank';
import { citeFrom, formatLookup } from '../../src/cli/commands/lookup';
import type { ArticleRecord } from '../../src/model';
import { readFixture } from './helpers';

describe('kg rank: protocol order aggregated over meetings', () => {
  const { graph } = buildGraph(readFixture('protocol-order.jsonl'), { layout: false });
  const r = rankOfficials(graph);

  it('orders by majority of pairwise precedences, one list disagreeing', () => {
    expect(r.people.map((p) => p.name)).toEqual(['周立新', '吴海燕', '郑光明', '孙志强']);
    expect(r.lists).toBe(4);
  });

  it('gives each consecutive step the observations behind it', () => {
    expect(r.steps.map((s) => [s.agree, s.observations])).toEqual([
      [2, 2], // 周立新 > 吴海燕: lists 1 and 3
      [3, 4], // 吴海燕 > 郑光明: lists 1, 2, 3; list 4 says otherwise
      [1, 1], // 郑光明 > 孙志强: list 2
    ]);
    const text = formatRanking(r).join('\n');
    expect(text).toContain('吴海燕 > 郑光明: 3 of 4 observations');
  });

  it('breaks a cycle by wins inside it, deterministically', () => {
    // A>B, B>C, C>A once each: a cycle; D after all of them twice
    const lists = [['甲', '乙', '丁'], ['乙', '丙', '丁'], ['丙', '甲', '丁']];
    const recs: ArticleRecord[] = lists.map((people, i) => {
      const text = people.join('、') + '出席。';
      return {
        id: `cyc#${i + 1}`, source: 'cyc.txt', kind: 'news', newspaper: '湖南日报', date: `2025-02-0${i + 1}`,
        title: 't', subtitle: null, reporters: [], text,
        entities: [{ id: 'm', type: 'Meeting', name: `第${i + 1}次会议`, date: `2025-02-0${i + 1}` }, ...people.map((p, j) => ({ id: `p${j}`, type: 'Person' as const, name: p }))],
        relations: people.map((_, j) => ({ type: 'ATTENDED' as const, from: `p${j}`, to: 'm', order: j + 1, evidence: { text, start: 0, end: text.length } })),
      };
    });
    const a = rankOfficials(buildGraph(recs, { layout: false }).graph);
    const b = rankOfficials(buildGraph([...recs].reverse(), { layout: false }).graph);
    expect(a.people.map((p) => p.name)).toEqual(b.people.map((p) => p.name));
    expect(a.people[3].name).toBe('丁');
    expect(attendanceLists(buildGraph(recs, { layout: false }).graph)).toHaveLength(3);
  });
});

describe('kg lookup: answers from the graph, with evidence', () => {
  const { graph } = buildGraph(readFixture('same-meeting.jsonl'), { layout: false });

  it('a person: posts over time, meetings with role and date, co-attendees', () => {
    const res = lookup(graph, '周立新');
    expect(res.reports).toHaveLength(1);
    const r = res.reports[0];
    if (r.kind !== 'Person') throw new Error('expected a person');
    expect(r.posts.map((p) => p.name)).toEqual(expect.arrayContaining(['湖南省委书记', '湖南省委外事工作委员会主任']));
    expect(r.meetings.map((m) => [m.date, m.role])).toEqual([
      ['2025-03-26', 'presided'],
      ['2025-03-26', 'presided'],
      ['2025-04-10', 'presided'],
    ]);
    expect(r.coAttendees.map((c) => [c.name, c.meetings.length])).toEqual([['吴海燕', 1]]);
    const texts = new Map(readFixture('same-meeting.jsonl').map((r) => [r.id, r.text]));
    const text = formatLookup('周立新', res, 3, citeFrom(graph, texts)).join('\n');
    // every fact line is followed by its sentence and article
    expect(text).toMatch(/presided {2}2025年省委外事工作委员会全体会议[^\n]*\n\s+「26日,省委书记、省委外事工作委员会主任周立新主持召开2025年省委外事工作委员会全体会议。」 — fx-hn-0326#1 湖南日报 2025-03-26/);
  });

  it('a meeting: attendees in protocol order with roles, policies, reporting articles', () => {
    const res = lookup(graph, '全省智赋万企行动推进大会');
    const r = res.reports[0];
    if (r.kind !== 'Meeting') throw new Error('expected a meeting');
    expect(r.attendees.map((a) => [a.name, a.role, a.order])).toEqual([['吴海燕', 'attended', 1]]);
    expect(r.policies.map((p) => p.name)).toEqual(['智赋万企行动']);
    expect(r.articles.map((a) => a.id)).toEqual(['fx-hn-0326#1', 'fx-sx-0326#1']);
    const m2 = lookup(graph, '2025年省委外事工作委员会全体会议').reports[0];
    if (m2.kind !== 'Meeting') throw new Error('expected a meeting');
    expect(m2.attendees.map((a) => `${a.order}.${a.name}:${a.role}`)).toEqual(['1.周立新:presided', '2.吴海燕:attended']);
  });

  it('finds a node by an alias, and suggests names when nothing matches', () => {
    expect(lookup(graph, '省委外事工作委员会全体会议').reports.length).toBeGreaterThan(0);
    const none = lookup(graph, '周立');
    expect(none.reports).toHaveLength(0);
    expect(none.suggestions.map((s) => s.name)).toContain('周立新');
  });
});

describe('protocol order across the sentences of one article', () => {
  it('numbers attendees through the article when the extractor counts per sentence', () => {
    const text = '省委书记甲一主持会议。省长乙二出席。省领导丙三、丁四出席。';
    const sent = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const rec: ArticleRecord = {
      id: 'ps#1', source: 'ps.txt', kind: 'news', newspaper: '湖南日报', date: '2025-05-01', title: 't', subtitle: null, reporters: [], text,
      entities: [{ id: 'm', type: 'Meeting', name: '省委常委会议', date: '2025-05-01' }, ...['甲一', '乙二', '丙三', '丁四'].map((n, i) => ({ id: `p${i}`, type: 'Person' as const, name: n }))],
      relations: [
        { type: 'ATTENDED', from: 'p0', to: 'm', role: 'presided', order: 1, evidence: sent('省委书记甲一主持会议。') },
        { type: 'ATTENDED', from: 'p1', to: 'm', role: 'attended', order: 1, evidence: sent('省长乙二出席。') },
        { type: 'ATTENDED', from: 'p3', to: 'm', role: 'attended', order: 2, evidence: sent('省领导丙三、丁四出席。') },
        { type: 'ATTENDED', from: 'p2', to: 'm', role: 'attended', order: 1, evidence: sent('省领导丙三、丁四出席。') },
      ],
    };
    const lists = attendanceLists(buildGraph([rec], { layout: false }).graph);
    expect(lists.map((l) => l.people)).toEqual([['Person:甲一', 'Person:乙二', 'Person:丙三', 'Person:丁四']]);
  });
});
