// node dist/bench/pdf-pages.js [../shared/corpora/epaper]   (build first: npx tsc -p tsconfig.json)
//
// How well the e-paper PDF reader recovers the articles of real pages, against what the
// paper's site published for each article (`pdf-articles/*.json`: title, author, sentences in
// order), beside what poppler's `pdftotext -layout` and plain `pdftotext` give for the same
// page. Per page and reader:
//   - articles found: gold articles whose headline is the title of exactly one output article
//     (the title alone, or kicker and title together, spaces aside);
//   - sentences in order: of each gold article's sentences, how many are found, in order,
//     inside that one article's text (greedy: each is looked for after the previous one found);
//     for pdftotext, which has no articles, inside the page's whole text;
//   - leaked: sentences of a gold article found inside another output article (must be 0);
//     a sentence the site published in two articles of the page (both quote one report) is
//     not counted.
// Text is compared after NFKC (full-width and half-width forms alike) with all whitespace
// removed, so a line break inside a sentence does not count against a reader.
// Reads ../shared at run time; nothing of it is kept in the repository.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface GoldArticle {
  /** the page's file name without .pdf (`rmrb-2018-01-02-07`) */
  page: string;
  file: string;
  title: string;
  author: string;
  sentences: string[];
}

export interface ReadArticle {
  title: string;
  subtitle: string | null;
  text: string;
}

export interface ArticleScore {
  title: string;
  /** output articles whose title matches (1: found as one article) */
  matches: number;
  sentences: number;
  inOrder: number;
  leaked: number;
}

export interface PageScore {
  page: string;
  reader: string;
  /** null for a reader that gives no articles (pdftotext) */
  found: number | null;
  articles: ArticleScore[];
  sentences: number;
  inOrder: number;
  /** the lowest per-article share of sentences in order */
  lowest: number;
  leaked: number | null;
}

export function norm(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

/** The gold articles of every page: `pdf-articles/<page>-NN.json`. */
export function loadGold(dir: string): GoldArticle[] {
  const out: GoldArticle[] = [];
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const j = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    const sentences: string[] = [];
    for (const c of j.contents ?? [])
      for (const ch of c.chapter ?? [])
        for (const sec of ch.section ?? [])
          for (const s of sec.sentences ?? []) {
            const text = s['sentence:'] ?? s.sentence; // the crawler spelled the key with a colon
            if (typeof text === 'string' && text.trim()) sentences.push(text.trim());
          }
    out.push({
      page: f.replace(/-\d+\.json$/, ''),
      file: f,
      title: j.title,
      author: (j.author ?? []).map((a: { name: string }) => a.name).join('、'),
      sentences,
    });
  }
  return out;
}

/** Whether an output article carries the gold headline (`kicker  headline` in the gold: either the headline alone or both). */
export function titleMatches(gold: string, a: ReadArticle): boolean {
  const parts = gold.split(/\s{2,}/).map(norm).filter(Boolean);
  const whole = norm(gold);
  const t = norm(a.title);
  const s = a.subtitle ? norm(a.subtitle) : '';
  return t === whole || t === parts[parts.length - 1] || s + t === whole || t + s === whole;
}

/** How many of `sentences` are found in `text` in order (greedy), both normalized. */
export function inOrder(sentences: string[], text: string): number {
  const t = norm(text);
  let at = 0;
  let n = 0;
  for (const s of sentences) {
    const i = t.indexOf(norm(s), at);
    if (i < 0) continue;
    n++;
    at = i + norm(s).length;
  }
  return n;
}

/** The measure for a reader that gives articles. */
export function scoreArticles(page: string, reader: string, gold: GoldArticle[], read: ReadArticle[]): PageScore {
  const articles = gold.map((g) => {
    const hits = read.filter((a) => titleMatches(g.title, a));
    const own = hits.length === 1 ? hits[0] : null;
    const others = read.filter((a) => a !== own).map((a) => norm(a.text));
    // a sentence that the site also published in another article of the page (both quote the
    // same report) belongs to both
    const shared = new Set(gold.filter((o) => o !== g).flatMap((o) => o.sentences.map(norm)));
    return {
      title: g.title,
      matches: hits.length,
      sentences: g.sentences.length,
      inOrder: own ? inOrder(g.sentences, own.text) : 0,
      leaked: g.sentences.filter((s) => !shared.has(norm(s)) && others.some((o) => o.includes(norm(s)))).length,
    };
  });
  return summary(page, reader, articles, articles.filter((a) => a.matches === 1).length, articles.reduce((n, a) => n + a.leaked, 0));
}

/** The measure for a reader that gives only the page's text: each article's sentences in order in it. */
export function scorePageText(page: string, reader: string, gold: GoldArticle[], text: string): PageScore {
  const articles = gold.map((g) => ({ title: g.title, matches: 0, sentences: g.sentences.length, inOrder: inOrder(g.sentences, text), leaked: 0 }));
  return summary(page, reader, articles, null, null);
}

function summary(page: string, reader: string, articles: ArticleScore[], found: number | null, leaked: number | null): PageScore {
  return {
    page,
    reader,
    found,
    articles,
    sentences: articles.reduce((n, a) => n + a.sentences, 0),
    inOrder: articles.reduce((n, a) => n + a.inOrder, 0),
    lowest: Math.min(...articles.map((a) => (a.sentences ? a.inOrder / a.sentences : 1))),
    leaked,
  };
}

export function formatTable(scores: PageScore[], goldCount: (page: string) => number): string {
  const rows = [
    '| page | reader | articles found as one | sentences in order | lowest article | leaked into another |',
    '|---|---|---|---|---|---|',
  ];
  for (const s of scores)
    rows.push(
      `| ${s.page} | ${s.reader} | ${s.found === null ? '–' : `${s.found}/${goldCount(s.page)}`} | ` +
        `${s.inOrder}/${s.sentences} (${(s.inOrder / s.sentences).toFixed(3)}) | ${s.lowest.toFixed(3)} | ${s.leaked ?? '–'} |`,
    );
  return rows.join('\n');
}

/** poppler's pdftotext on the page, or null when it is not installed. */
function pdftotext(file: string, layout: boolean): string | null {
  try {
    return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

async function main(): Promise<void> {
  // the compiled kg, loaded here so that importing this module (jest) does not load pdf.js
  const { readPdfPages } = await import('../src/ingest/pdf');
  const { layoutPage } = await import('../src/ingest/pdf-layout');
  const { extractPdfPages } = await import('../src/pipeline');
  const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', '..', 'shared', 'corpora', 'epaper'));
  if (!fs.existsSync(path.join(root, 'pdf-articles'))) {
    console.error(`pdf-pages: no ${path.join(root, 'pdf-articles')}; name the epaper corpus folder`);
    process.exit(2);
  }
  const gold = loadGold(path.join(root, 'pdf-articles'));
  const scores: PageScore[] = [];
  let missingPoppler = false;
  for (const page of [...new Set(gold.map((g) => g.page))]) {
    const file = path.join(root, 'pdf', `${page}.pdf`);
    const mine = gold.filter((g) => g.page === page);
    const t0 = Date.now();
    const records = extractPdfPages((await readPdfPages(fs.readFileSync(file), file)).map(layoutPage), path.basename(file));
    const ms = Date.now() - t0;
    scores.push(scoreArticles(page, `kg (pdf.js layout, ${(ms / 1000).toFixed(1)} s)`, mine, records));
    for (const layout of [true, false]) {
      const text = pdftotext(file, layout);
      if (text === null) missingPoppler = true;
      else scores.push(scorePageText(page, layout ? 'pdftotext -layout' : 'pdftotext', mine, text));
    }
  }
  const count = (p: string) => gold.filter((g) => g.page === p).length;
  console.log(formatTable(scores, count));
  console.log('\nper article (kg):');
  for (const s of scores.filter((s) => s.reader.startsWith('kg')))
    for (const a of s.articles)
      console.log(`  ${s.page}  ${a.title}: ${a.matches === 1 ? 'found' : `${a.matches} title matches`}, ${a.inOrder}/${a.sentences} in order, ${a.leaked} leaked`);
  if (missingPoppler) console.log('\n(pdftotext not installed: apt-get install poppler-utils for the comparison rows)');
}

if (require.main === module)
  main().catch((err) => {
    console.error(`pdf-pages: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
