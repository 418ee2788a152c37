// The training side of the name tagger: reading PFR-format lines, the guard on the test days,
// and a whole (small) training run: deterministic, and its model finds what it was taught.
import { createNameFinder } from '../../src/extract/names';
import { checkTrainingDays, markDoctrineNames, parseDayRange, parsePfr } from '../../src/extract/names/pfr-corpus';
import { nameMaker, substituteNames, trainNameModel, type TrainArticle } from '../../src/extract/names/train';
import { nerTrainArticles, parseNer } from '../../src/extract/names/ner-corpus';
import { mulberry32 } from '../../src/prng';

// hand-written lines in the corpus format (ids, word/tag, names as surname/nr + given/nr)
const PFR = [
  '19980105-01-001-001/m  国务院/nt  副总理/n  钱/nr  其琛/nr  会见/v  了/u  [美国/ns  国务院/n]nt  代表/n  。/w  ',
  '19980105-01-001-002/m  本报/r  记者/n  陈/nr  辉/nr  李/nr  清华/nr  ',
  '19980105-01-002-001/m  江/nr  主席/n  和/c  罗宾·库克/nr  在/p  北京/ns  会谈/v  。/w  ',
  '19980122-04-001-001/m  王/nr  小明/nr  说/v  。/w  ',
].join('\r\n');

describe('parsePfr', () => {
  const arts = parsePfr(PFR);

  it('rebuilds articles as pfr.mjs exports them, with name offsets', () => {
    expect(arts.map((a) => a.id)).toEqual(['19980105-01-001', '19980105-01-002', '19980122-04-001']);
    const a = arts[0]!;
    expect(a.text).toBe('国务院副总理钱其琛会见了美国国务院代表。\n本报记者陈辉 李清华\n');
    expect(a.names.map((n) => [n.name, a.text.slice(n.start, n.end), n.foreign])).toEqual([
      ['钱其琛', '钱其琛', false],
      ['陈辉', '陈辉', false],
      ['李清华', '李清华', false],
    ]);
    expect(a.placeWords).toEqual(['国务院', '美国']);
  });

  it('leaves out a bare surname (江主席) and marks one-word names as transliterated', () => {
    const b = arts[1]!;
    expect(b.names.map((n) => [n.name, n.foreign])).toEqual([['罗宾·库克', true]]);
    expect(arts[2]!.day).toBe(22);
  });
});

describe('day ranges', () => {
  it('parses and checks them', () => {
    expect(parseDayRange('1-20')).toEqual({ from: 1, to: 20 });
    expect(parseDayRange('7')).toEqual({ from: 7, to: 7 });
    expect(() => parseDayRange('20-1')).toThrow(RangeError);
    expect(() => parseDayRange('x')).toThrow(RangeError);
  });

  it('refuses to train or tune on the test days 21-31', () => {
    expect(() => checkTrainingDays({ from: 1, to: 20 })).not.toThrow();
    expect(() => checkTrainingDays({ from: 1, to: 21 })).toThrow(/test days/);
    expect(() => checkTrainingDays({ from: 21, to: 31 })).toThrow(RangeError);
  });
});

describe('trainNameModel', () => {
  // a tiny made-up corpus: posts before names, names before verbs; every surname and given
  // name but one combination (王海燕, kept for the test)
  const people = ['张', '王', '李', '刘'].flatMap((s) => ['建国', '红梅', '海燕', '立新'].map((g) => s + g)).filter((p) => p !== '王海燕');
  const frames = ['副省长{}出席会议。', '省委书记{}主持召开座谈会。', '{}指出，要抓好农业生产。', '市长{}来到工厂调研。'];
  const articles: TrainArticle[] = [];
  people.forEach((p, k) => {
    let text = '';
    const names: TrainArticle['names'] = [];
    for (let f = 0; f < frames.length; f++) {
      const frame = frames[(f + k) % frames.length]!;
      const at = frame.indexOf('{}');
      names.push({ start: text.length + at, end: text.length + at + p.length });
      text += frame.replace('{}', p) + '\n';
    }
    text += '全省上下高度重视发展。\n';
    articles.push({ text, names, placeWords: ['全省'] });
  });

  it('is deterministic and reads a name it never saw from its surname, given name and context', () => {
    const a = trainNameModel(articles, { epochs: 6, minWeight: 0 });
    const b = trainNameModel(articles, { epochs: 6, minWeight: 0 });
    expect(JSON.stringify(a.model)).toBe(JSON.stringify(b.model));
    expect(a.kept).toBeGreaterThan(0);
    const find = createNameFinder(a.model);
    expect(find('副省长王海燕出席会议。').map((s) => s.name)).toEqual(['王海燕']);
    expect(find('全省上下高度重视发展。')).toEqual([]);
  });

  it('checks its options', () => {
    expect(() => trainNameModel(articles, { epochs: 0 })).toThrow(RangeError);
    expect(() => trainNameModel(articles, { spaceRate: 1 })).toThrow(RangeError);
  });
});

describe('training data beyond PFR as tagged', () => {
  it('marks the names inside doctrine words (邓小平理论, 马克思列宁主义) that PFR leaves in one word', () => {
    const arts = parsePfr(
      [
        '19980105-01-003-001/m  邓/nr  小平/nr  、/w  马克思/nr  和/c  列宁/nr  。/w  ',
        '19980105-01-004-001/m  学习/v  邓小平理论/n  和/c  马克思列宁主义/n  ，/w  思想/n  。/w  ',
      ].join('\n'),
    );
    const [, b] = markDoctrineNames(arts);
    expect(b!.names.map((n) => [n.name, b!.text.slice(n.start, n.end), n.foreign])).toEqual([
      ['邓小平', '邓小平', false],
      ['马克思', '马克思', true],
      ['列宁', '列宁', true],
    ]);
    expect(markDoctrineNames(arts)[0]).toBe(arts[0]);
  });

  it('substitutes made-up Chinese names, keeping the offsets right and transliterated names as they are', () => {
    const line = { text: '钱其琛会见罗宾·库克和李清华。\n', names: [{ start: 0, end: 3 }, { start: 5, end: 10, foreign: true }, { start: 11, end: 14 }] };
    const make = nameMaker([{ text: '王小明说\n', names: [{ start: 0, end: 3 }] }], mulberry32(1));
    const sub = substituteNames(line, make, false);
    expect(sub.names.map((n) => sub.text.slice(n.start, n.end))).toEqual([expect.stringMatching(/^王[小明]{2}$/), '罗宾·库克', expect.stringMatching(/^王[小明]{2}$/)]);
    expect(sub.text).toMatch(/^王..会见罗宾·库克和王..。\n$/);
  });

  it('reads NER sentences as articles: one-character names left out, long names marked transliterated', () => {
    const [s] = parseNer(['胡 B-PER', '老 O', '和 O', '阿 B-PER', '维 I-PER', '兰 I-PER', '热 I-PER', '、 O', '李 B-PER', '鹏 I-PER'].join('\n'), 'x');
    expect(nerTrainArticles([s!])).toEqual([
      { text: '胡老和阿维兰热、李鹏\n', names: [{ start: 3, end: 7, foreign: true }, { start: 8, end: 10, foreign: false }], placeWords: [] },
    ]);
  });
});
