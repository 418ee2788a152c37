// findPersonNames on hand-written sentences of the patterns party newspapers use, and on
// the People's Daily training days when ../shared is beside the repo.
import fs from 'node:fs';
import path from 'node:path';
import { findPersonNames, resolveFindNamesOptions } from '../../src/extract/names';
import { scoreNames } from '../../src/extract/names/evaluate';
import { articlesOfDays, parsePfr } from '../../src/extract/names/pfr-corpus';
import { describeWithShared, REPO_SEEDS, shared } from '../shared';

const names = (text: string): string[] => findPersonNames(text).map((s) => s.name);

describe('findPersonNames on typical sentences', () => {
  it.each([
    ['省委书记、省委外事工作委员会主任沈晓明主持召开2025年省委外事工作委员会全体会议', ['沈晓明']],
    ['副省长曹志强，省政府秘书长瞿海参加。', ['曹志强', '瞿海']],
    ['省人大常委会副主任张剑飞、陈飞、胡旭晨出席。', ['张剑飞', '陈飞', '胡旭晨']],
    ['省委副书记、省长、省委外事工作委员会副主任毛伟明出席。', ['毛伟明']],
    ['省领导汪一光、张迎春出席。', ['汪一光', '张迎春']],
    ['湖南日报3月26日讯(全媒体记者 刘燕娟)26日，', ['刘燕娟']],
    ['中共中央总书记、国家主席江泽民发表1998年新年讲话', ['江泽民']],
    ['江泽民主席会见了日本首相桥本龙太郎。', ['江泽民', '桥本龙太郎']],
    ['英国外交大臣罗宾·库克今天抵达北京。', ['罗宾·库克']],
    ['省委常委、长沙市委书记吴桂英，省委常委、常务副省长李殿勋出席', ['吴桂英', '李殿勋']],
    ['（新华社记者兰红光摄）', ['兰红光']],
    ['本报记者 陈辉 李清华', ['陈辉', '李清华']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    '王府井大街上人来人往，高度重视和平发展，张家界旅游。',
    '全省上下将全力推动高质量发展，向全国人民拜年。',
    '黄河流域生态保护和高质量发展',
    '深入学习贯彻习近平外交思想，坚决做到“两个维护”。',
  ])('no person in %s', (text) => {
    expect(names(text).filter((n) => n !== '习近平')).toEqual([]);
  });

  it('finds a name before a verb and inside running text', () => {
    expect(names('１２月３１日，钱其琛副总理会见了来访的客人。')).toEqual(['钱其琛']);
  });

  it('gives offsets into the text as given, with scores and cues', () => {
    const text = '１２月３１日，国家主席江泽民发表讲话。副省长曹志强、罗宾·库克出席。';
    const spans = findPersonNames(text);
    for (const s of spans) {
      expect(text.slice(s.start, s.end)).toBe(s.name);
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    expect(spans.map((s) => [s.name, s.cue])).toEqual([
      ['江泽民', 'title-before'],
      ['曹志强', 'title-before'],
      ['罗宾·库克', 'foreign'],
    ]);
  });

  it('leaves out spans below minScore and checks the option', () => {
    const text = '副省长曹志强，省政府秘书长瞿海参加。';
    const all = findPersonNames(text);
    const strict = findPersonNames(text, { minScore: 0.99999 });
    expect(strict.length).toBeLessThan(all.length);
    expect(() => resolveFindNamesOptions({ minScore: 2 })).toThrow(RangeError);
  });

  it('reads no name across an ellipsis of middle dots (two dots in a row are no name\'s)', () => {
    expect(findPersonNames('回顾了首届临江国际进口博览会······一场场重大主场外交活动。').filter((n) => n.name.includes('·'))).toEqual([]);
    // (every dot the tagger's mask counts as one, as maskEmissions does: `•••`, `∙∙∙`)
    expect(findPersonNames('临江国际进口博览会•••一场场重大外交活动。临江博览会∙∙∙一场场活动。').filter((n) => /[•∙]/.test(n.name))).toEqual([]);
    expect(findPersonNames('英国外交大臣罗宾·库克表示。').map((n) => n.name)).toEqual(['罗宾·库克']);
  });
  it('handles empty text and text without Chinese', () => {
    expect(findPersonNames('')).toEqual([]);
    expect(findPersonNames('GDP 5.2% 2025')).toEqual([]);
  });
});

const CORPUS = shared('corpora/pfr199801/199801.txt');

describeWithShared("People's Daily, January 1998, days 1-20 (the training days)", ['corpora/pfr199801/199801.txt'], () => {
  it('scores person F1 ≥ 0.95 (measured 0.972; a regression guard, not a test of generalization)', () => {
    const articles = articlesOfDays(parsePfr(fs.readFileSync(CORPUS, 'utf8')), { from: 1, to: 20 });
    const gold = new Map<string, string[]>();
    const found = new Map<string, string[]>();
    for (const a of articles) {
      gold.set(a.id, a.names.map((n) => n.name));
      found.set(a.id, names(a.text));
    }
    const s = scoreNames(gold, found);
    expect(s.articles).toBe(2012);
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
  });
});

const SEEDS = REPO_SEEDS;
const SEED_GOLD = shared('gold/seeds');

describeWithShared('the five modern seed pages (never trained on)', ['gold/seeds'], () => {
  it('finds their persons and reporters with page-level F1 ≥ 0.90 (measured 0.936)', () => {
    const gold = new Map<string, string[]>();
    const found = new Map<string, string[]>();
    for (const f of fs.readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) {
      const g = JSON.parse(fs.readFileSync(path.join(SEED_GOLD, f.replace(/\.txt$/, '.json')), 'utf8')) as {
        articles: { persons?: string[]; reporters?: (string | { name: string })[] }[];
      };
      gold.set(
        f,
        g.articles.flatMap((a) => [...(a.persons ?? []), ...(a.reporters ?? []).map((r) => (typeof r === 'string' ? r : r.name))]),
      );
      found.set(f, names(fs.readFileSync(path.join(SEEDS, f), 'utf8')));
    }
    const s = scoreNames(gold, found);
    expect(s.articles).toBe(5);
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
  });
});
