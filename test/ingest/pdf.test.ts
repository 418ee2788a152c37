// E-paper PDF input. The layout is pure and tested here on items placed by hand; reading
// real PDFs runs the real CLI (bin/kg.js → dist/, so `npx tsc -p tsconfig.json` first): pdf.js
// is an ES module, which jest's module system does not load, and the CLI is what a user runs.
//   - the two real 人民日报 pages of ../shared against the site's text of each article
//     (bench/pdf-pages.ts): every article found as one, ≥ 0.95 of its sentences in order in
//     it, none in another;
//   - an encrypted, an image-only and a truncated PDF among good inputs: one line each naming
//     the file (and page), the good ones extracted, exit code 1;
//   - `kg build` on a PDF, and `--workers 2` giving the output of one thread.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { closeUp, layoutPage, type PdfItem } from '../../src/ingest/pdf-layout';
import { pageFromFileName } from '../../src/segment/pdf-articles';
import { loadGold, norm, scoreArticles } from '../../bench/pdf-pages';
import { kg, readJsonl, requireBuild, stderrLines } from './cli-helpers';
import { ROOT, seedNames, seedText, tmpDir } from './helpers';
import { encryptedPdf, imageOnlyPdf, newspaperPdf, truncated } from './pdf-helpers';

const EPAPER = path.join(ROOT, '..', 'shared', 'corpora', 'epaper');
const PAGES = ['rmrb-2018-01-02-07', 'rmrb-2018-01-12-07'];
const haveShared = PAGES.every((p) => fs.existsSync(path.join(EPAPER, 'pdf', `${p}.pdf`))) && fs.existsSync(path.join(EPAPER, 'pdf-articles'));
// eslint-disable-next-line no-console
if (!haveShared) console.warn(`SKIPPED the real e-paper pages: ../shared/corpora/epaper is not beside the project (${EPAPER})`);
const describeShared = haveShared ? describe : describe.skip;

let root: string;
beforeAll(() => {
  root = tmpDir('pdf');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------
// layout, on items placed by hand (PDF units, y up)

/** A line of body text as a run of items, the way pdf.js gives justified copy. */
function line(str: string, x: number, y: number, size = 8): PdfItem {
  return { str, x, y, width: [...str].length * size, height: size, size, font: 'body', vertical: false };
}

describe('layoutPage', () => {
  // two articles: A under a headline across two columns; B under a headline over the first
  // column only, its text running on into the second column under A's author note (an L)
  const items: PdfItem[] = [
    { ...line('2018年1月2日 星期二', 300, 780, 11), font: 'head' },
    { ...line('7 理论', 450, 780, 30), font: 'head' },
    { ...line('甲文标题', 20, 700, 30), font: 'title' },
    { ...line('张三', 60, 672, 10), font: 'by' },
    line('第一段开头，', 36, 650),
    line('接着写下去。', 20, 638),
    line('第二段开头，', 36, 626),
    line('第一栏到底', 20, 614),
    { ...line('乙文标题', 20, 560, 20), font: 'title' },
    line('乙文正文。', 36, 530),
    line('乙文第二句，', 20, 518),
    line('第二栏从顶上接着写。', 120, 650),
    line('（作者为某大学教授）', 120, 638),
    line('乙文最后一句。', 120, 518),
  ];
  const page = layoutPage({ number: 1, width: 220, height: 800, items });

  it('reads the page header: date and page', () => {
    expect(page.header).toEqual({ date: '2018-01-02', page: '7 理论', newspaper: null });
  });

  it('gives one article per headline, column by column, paragraphs at indents', () => {
    expect(page.articles.map((a) => a.title)).toEqual(['甲文标题', '乙文标题']);
    const [a, b] = page.articles;
    expect(a.byline).toBe('张三');
    expect(a.paragraphs).toEqual(['第一段开头，接着写下去。', '第二段开头，第一栏到底第二栏从顶上接着写。']);
    expect(a.note).toBe('（作者为某大学教授）');
    // what stands under A's author note in A's second column is B's text running on
    expect(b.paragraphs).toEqual(['乙文正文。乙文第二句，乙文最后一句。']);
    expect(page.rest).toBe('');
  });

  it('takes a line of subhead size set across two columns for a headline, one inside a column for a subhead', () => {
    const body = (x: number, y: number) => line('正文一行写满了字。', x, y);
    const small = layoutPage({
      number: 1,
      width: 300,
      height: 800,
      items: [
        { ...line('跨两栏的小号标题文章写在这里', 20, 700, 12), font: 'title' }, // 1.5× the body, 156 wide: two columns
        body(20, 680),
        body(20, 668),
        { ...line('栏内小标题', 20, 650, 12), font: 'sub' },
        body(20, 632),
        body(110, 680),
        body(110, 668),
      ],
    });
    expect(small.articles.map((a) => a.title)).toEqual(['跨两栏的小号标题文章写在这里']);
    expect(small.articles[0].paragraphs).toEqual(['正文一行写满了字。正文一行写满了字。', '栏内小标题', '正文一行写满了字。正文一行写满了字。正文一行写满了字。']);
  });

  it('closes up letter-spaced CJK and keeps a space between ASCII words', () => {
    expect(closeUp('中 指 出 ：')).toBe('中指出：');
    expect(closeUp('GDP 增长 6.9% ， New York')).toBe('GDP增长6.9%，New York');
  });

  it('takes newspaper, date and page from a file name only in the digital edition pattern', () => {
    expect(pageFromFileName('rmrb-2018-01-02-07.pdf')).toEqual({ newspaper: '人民日报', date: '2018-01-02', page: '7' });
    expect(pageFromFileName('rmrb2018011207.pdf')).toEqual({ newspaper: '人民日报', date: '2018-01-12', page: '7' });
    expect(pageFromFileName('scan-2018-01-02-07.pdf')).toBeNull();
    expect(pageFromFileName('rmrb-2018-01-02-07.txt')).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------
// the real pages, through the CLI

describeShared('the two real 人民日报 PDF pages (../shared/corpora/epaper)', () => {
  const gold = haveShared ? loadGold(path.join(EPAPER, 'pdf-articles')) : [];
  let out: string;
  let run: ReturnType<typeof kg>;
  beforeAll(() => {
    requireBuild();
    out = path.join(root, 'pages.jsonl');
    run = kg(['extract', ...PAGES.map((p) => path.join(EPAPER, 'pdf', `${p}.pdf`)), '-o', out], 120_000);
    // eslint-disable-next-line no-console
    console.log(`kg extract, two PDF pages: ${run.ms} ms`);
  });

  it('extracts both with exit code 0', () => {
    expect(stderrLines(run)).toEqual([`kg extract: ${gold.length} articles from 2 files`]);
    expect(run.status).toBe(0);
  });

  it.each(PAGES)('%s: every article found as one, ≥ 0.95 of its sentences in order in it, none in another', (page) => {
    const records = readJsonl(out).filter((r) => r.source === `${page}.pdf`);
    const mine = gold.filter((g) => g.page === page);
    const score = scoreArticles(page, 'kg', mine, records);
    expect(score.found).toBe(mine.length);
    expect(records).toHaveLength(mine.length);
    // the articles below 0.95, by title (none)
    expect(score.articles.filter((a) => a.inOrder / a.sentences < 0.95).map((a) => `${a.title}: ${a.inOrder}/${a.sentences}`)).toEqual([]);
    expect(score.leaked).toBe(0);
  });

  it('gives each article the page header date and page, the newspaper from the file name, and its author', () => {
    const records = readJsonl(out);
    for (const r of records) {
      const date = /rmrb-(\d{4}-\d{2}-\d{2})/.exec(r.source)![1];
      expect(r).toMatchObject({ newspaper: '人民日报', date, published: date, page: '7 理论', kind: 'commentary' });
      const g = gold.find((g) => g.page === r.source.replace(/\.pdf$/, '') && norm(g.title).endsWith(norm(r.title)))!;
      expect(r.reporters.map((x) => x.name)).toEqual([norm(g.author)]);
    }
  });
});

// ---------------------------------------------------------------------------------------
// bad PDFs among good inputs

describe('kg extract over good inputs and bad PDFs', () => {
  let dir: string;
  let run: ReturnType<typeof kg>;
  let out: string;
  beforeAll(() => {
    requireBuild();
    dir = path.join(root, 'mixed');
    fs.mkdirSync(dir);
    const put = (name: string, bytes: Buffer | string) => fs.writeFileSync(path.join(dir, name), bytes);
    put('01-page.txt', seedText(seedNames()[0]));
    put('02-paper.pdf', newspaperPdf());
    put('03-paper-saved-as.txt', newspaperPdf()); // chosen by content, not by name
    put('04-locked.pdf', encryptedPdf());
    put('05-scan.pdf', imageOnlyPdf());
    // a download cut short: half of a real page when ../shared is there, else of the small one
    put('06-cut.pdf', truncated(haveShared ? fs.readFileSync(path.join(EPAPER, 'pdf', `${PAGES[0]}.pdf`)) : newspaperPdf()));
    out = path.join(root, 'mixed.jsonl');
    run = kg(['extract', dir, '-o', out], 120_000);
  });

  it('extracts the good files, PDFs among them, and exits 1', () => {
    expect(run.status).toBe(1);
    const records = readJsonl(out);
    expect([...new Set(records.map((r) => r.source))]).toEqual(['01-page.txt', '02-paper.pdf', '03-paper-saved-as.txt']);
    const paper = records.filter((r) => r.source === '02-paper.pdf');
    expect(paper.map((r) => [r.title, r.text])).toEqual([
      ['Council passes budget', 'The council met on Monday in the city hall and passed the budget for next year.\nIt also named a new head of the water board, who takes office in March. The vote was unanimous.\nWork on the new bridge starts in the spring.'],
    ]);
  });

  it('says one line per bad PDF naming the file (and the page)', () => {
    const lines = stderrLines(run).filter((l) => !l.startsWith('kg extract:'));
    const expected: [string, RegExp][] = [
      ['04-locked.pdf', /encrypted/],
      ['05-scan.pdf', /page 1 of 1 has no text layer/],
      ['06-cut.pdf', /cut short/],
    ];
    expect(lines).toHaveLength(expected.length);
    for (const [[file, problem], l] of expected.map((e, i) => [e, lines[i]] as const)) {
      expect(l.startsWith(`kg: ${path.join(dir, file)}: `)).toBe(true);
      expect(l).toMatch(problem);
    }
    expect(stderrLines(run).pop()).toMatch(/3 skipped/);
  });

  it('throws InputErrors with the codes ENCRYPTED, NO_TEXT, DAMAGED', () => {
    // the compiled module in a plain node process (pdf.js is an ES module)
    const script = `
      const fs = require('fs');
      const { readPdfPages } = require(${JSON.stringify(path.join(ROOT, 'dist', 'src', 'ingest', 'pdf.js'))});
      (async () => {
        const codes = [];
        for (const f of process.argv.slice(1)) {
          try { await readPdfPages(fs.readFileSync(f), f); codes.push('ok'); }
          catch (e) { codes.push(e.constructor.name + ' ' + e.code); }
        }
        console.log(JSON.stringify(codes));
      })();`;
    const files = ['02-paper.pdf', '04-locked.pdf', '05-scan.pdf', '06-cut.pdf'].map((f) => path.join(dir, f));
    const codes = JSON.parse(execFileSync(process.execPath, ['-e', script, ...files], { encoding: 'utf8' }));
    expect(codes).toEqual(['ok', 'InputError ENCRYPTED', 'InputError NO_TEXT', 'InputError DAMAGED']);
  });
});

describe('kg build and --workers on PDFs', () => {
  let dir: string;
  beforeAll(() => {
    requireBuild();
    dir = path.join(root, 'build-in');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'paper.pdf'), newspaperPdf());
    fs.writeFileSync(path.join(dir, 'page.txt'), seedText(seedNames()[1]));
  });

  it('kg build reads the PDFs into the graph', () => {
    const out = path.join(root, 'build-out');
    const inputs = [dir, ...(haveShared ? [path.join(EPAPER, 'pdf', `${PAGES[1]}.pdf`)] : [])];
    const run = kg(['build', ...inputs, '-o', out, '--iterations', '10'], 180_000);
    expect(run.status).toBe(0);
    const articles = readJsonl(path.join(out, 'articles.jsonl'));
    expect(articles.map((a) => a.title)).toContain('Council passes budget');
    if (haveShared) expect(articles.map((a) => a.title)).toContain('实施健康中国战略');
    const graph = JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8'));
    const titles = graph.nodes.filter((n: { attributes: { type: string } }) => n.attributes.type === 'Article').map((n: { attributes: { name: string } }) => n.attributes.name);
    expect(titles).toContain('Council passes budget');
  });

  it('--workers 2 gives the output of one thread, byte for byte', () => {
    const one = path.join(root, 'w1.jsonl');
    const two = path.join(root, 'w2.jsonl');
    expect(kg(['extract', dir, '-o', one], 120_000).status).toBe(0);
    expect(kg(['extract', dir, '--workers', '2', '-o', two], 120_000).status).toBe(0);
    expect(readJsonl(two).map((r) => r.source)).toContain('paper.pdf');
    expect(fs.readFileSync(two).equals(fs.readFileSync(one))).toBe(true);
  });
});
