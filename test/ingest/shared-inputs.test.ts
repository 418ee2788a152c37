// The real inputs of ../shared/corpora, read at test time: the 新闻联播 records (xwlb-dev.jsonl)
// against their gold, and the saved e-paper pages (six article views, four page indexes).
// Without ../shared beside the project, each block is skipped under a name that says so.
import fs from 'node:fs';
import path from 'node:path';
import { readEpaperPage } from '../../src/ingest/html';
import { extractFiles } from '../../src/parallel';
import { ROOT, tmpDir } from './helpers';
import { kg, readJsonl, requireBuild, stderrLines } from './cli-helpers';

const SHARED = path.join(ROOT, '..', 'shared');
const XWLB_DEV = path.join(SHARED, 'corpora/xwlb/xwlb-dev.jsonl');
const XWLB_GOLD = path.join(SHARED, 'gold/xwlb-dev/xwlb-dev.json');
const HTML = path.join(SHARED, 'corpora/epaper/html');

const hasXwlb = fs.existsSync(XWLB_DEV) && fs.existsSync(XWLB_GOLD);
const hasHtml = fs.existsSync(HTML);

(hasXwlb ? describe : describe.skip)(
  hasXwlb ? '新闻联播 records, xwlb-dev.jsonl' : '新闻联播 records: skipped, ../shared/corpora/xwlb is not beside the project',
  () => {
    interface GoldArticle {
      id: string;
      title: string;
      date: string;
      newspaper: string;
      lede: string;
    }
    // (jest runs a skipped block's body to collect its tests: nothing is read unless the files are there)
    const gold = hasXwlb ? (JSON.parse(fs.readFileSync(XWLB_GOLD, 'utf8')) as { articles: GoldArticle[] }).articles : [];

    it('gives 20 articles with the records titles, the gold dates, 央视网, text starting with the lede', async () => {
      const results = [];
      for await (const r of extractFiles([XWLB_DEV], { form: 'records' })) results.push(r);
      expect(results).toHaveLength(1);
      const r = results[0];
      expect(r.ok && r.problems).toBeUndefined();
      const articles = r.ok ? r.records! : [];
      expect(articles).toHaveLength(20);
      let datesRight = 0;
      for (const [i, a] of articles.entries()) {
        const g = gold[i];
        expect(a.source).toBe('xwlb-dev.jsonl');
        expect(a.id).toBe(`xwlb-dev#${g.id}`);
        expect(a.title).toBe(g.title);
        expect(a.newspaper).toBe(g.newspaper);
        expect(a.text.startsWith(g.lede.slice(0, 12))).toBe(true);
        if (a.date === g.date) datesRight++;
      }
      expect(datesRight).toBeGreaterThanOrEqual(18); // measured 20/20
    });

    it('kg extract with 1 and 2 workers writes the same bytes', () => {
      requireBuild();
      const dir = tmpDir('xwlb');
      const one = kg(['extract', XWLB_DEV, '-o', path.join(dir, '1.jsonl'), '--workers', '1'], 120_000);
      const two = kg(['extract', XWLB_DEV, '-o', path.join(dir, '2.jsonl'), '--workers', '2'], 120_000);
      expect([one.status, two.status]).toEqual([0, 0]);
      expect(stderrLines(one)).toEqual(['kg extract: 20 articles from 1 files']);
      expect(fs.readFileSync(path.join(dir, '2.jsonl')).equals(fs.readFileSync(path.join(dir, '1.jsonl')))).toBe(true);
      expect(readJsonl(path.join(dir, '1.jsonl'))).toHaveLength(20);
    });
  },
);

(hasHtml ? describe : describe.skip)(
  hasHtml ? 'e-paper HTML pages of ../shared/corpora/epaper/html' : 'e-paper HTML pages: skipped, ../shared/corpora/epaper is not beside the project',
  () => {
    const file = (suffix: string) => path.join(HTML, fs.readdirSync(HTML).find((f) => f.endsWith(suffix))!);
    const read = (suffix: string) => readEpaperPage(fs.readFileSync(file(suffix), 'utf8'), file(suffix));

    it.each([
      ['learn_crawler__rmrb1.html', '人民日报', '2018-11-20', '07', '以科学思想方法推动改革开放再出发（人民要论）', '内容提要：'],
      ['learn_crawler__rmrb3.html', '人民日报', '2018-11-20', '07', '改革开放推动马克思主义大发展（新知新觉）', '习近平同志强调'],
      ['learn_re__test1.html', '人民日报', '2018-11-20', '07', '领会马克思主义的整体性（大家手笔）', '马克思主义作为科学的理论体系'],
      ['crawler__bjrb__temp.html', '北京日报', '2019-01-07', '13', '2018年理论视野中的热点问题', '致 读 者'],
      ['crawler__bjrb__temp1.html', '北京日报', '2019-01-07', '14', '2018年理论学术研究观点要览(上)', '马克思主义哲学篇'],
      ['crawler__jjrb__temp1.html', '经济日报', '2019-02-20', '12', '深化对竞争政策基础性地位的认识', '编 者 的 话'],
    ])('%s is an article view: %s %s page %s, 「%s」', (suffix, newspaper, date, page, title, start) => {
      const p = read(suffix);
      expect(p.kind).toBe('article');
      if (p.kind !== 'article') return;
      expect(p.article).toMatchObject({ newspaper, date, page, title });
      expect(p.article.text.replace(/\u00a0/g, ' ').startsWith(start)).toBe(true);
      expect(p.article.text.split('\n').length).toBeGreaterThan(3); // paragraphs kept as lines
      expect(p.article.text).not.toMatch(/<|&nbsp;|返回目录|版权/);
    });

    it.each([
      ['crawler__test.html', '人民日报 2019-04-22 01版:要闻'],
      ['crawler__gmrb__temp.html', '光明日报 2018-01-04 第06版:学习贯彻习近平新时代中国特色社会主义思想特刊·第四十七期'],
      ['crawler__jjrb__temp.html', '经济日报 2012-01-06 第11版'],
      ['New-RMRB-URL-20241225.html', '人民日报 2024-12-25 第01版：要闻'],
    ])('%s is a page index (版面): %s', (suffix, what) => {
      const p = read(suffix);
      expect(p.kind).toBe('index');
      if (p.kind !== 'index') return;
      expect([p.index.newspaper, p.index.date, p.index.label].join(' ')).toBe(what);
    });

    it('kg extract on the folder: six articles with newspaper, date and page; one line per page index; exit code 0', () => {
      requireBuild();
      const dir = tmpDir('epaper');
      const run = kg(['extract', HTML, '-o', path.join(dir, 'o.jsonl')], 120_000);
      expect(run.status).toBe(0);
      const lines = stderrLines(run);
      expect(lines.filter((l) => /: a page index \(版面\) of .*: headlines only, no article body; skipped$/.test(l))).toHaveLength(4);
      expect(lines[lines.length - 1]).toBe('kg extract: 6 articles from 10 files');
      const out = readJsonl(path.join(dir, 'o.jsonl'));
      expect(out.map((a) => [a.newspaper, a.date, a.page])).toEqual([
        ['北京日报', '2019-01-07', '13'],
        ['北京日报', '2019-01-07', '14'],
        ['经济日报', '2019-02-20', '12'],
        ['人民日报', '2018-11-20', '07'],
        ['人民日报', '2018-11-20', '07'],
        ['人民日报', '2018-11-20', '07'],
      ]);
      for (const a of out) expect(a.id).toBe(`${a.source.replace(/\.html$/, '')}#1`);
    });
  },
);
