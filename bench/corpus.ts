// The benchmark corpus: real newspaper text, as many articles as asked for.
//
// Source text: the 3,148 People's Daily articles of January 1998 (the PFR corpus, exported one
// article a file by ../shared/eval/pfr.mjs) and the seed pages of seeds/ (湖南日报 pages of
// several articles each). When more articles are asked for than these hold, they are repeated,
// each repetition in its own folder (r01/, r02/ …) with every year in the text shifted by the
// repetition's number (1998年 → 1999年, ２０２５年 → ２０２６年), so that dated facts (a meeting on
// a day) are new facts to the resolver rather than the same ones again.
//
// Written under bench/work/corpus-<articles>/ (git-ignored) with a manifest; a second run with
// the same sources reuses it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { extractPage } from '../src/pipeline';

export interface CorpusOptions {
  /** source articles wanted (the corpus has at least this many) */
  articles: number;
  /** where the corpus folders go */
  workDir: string;
  /** the PFR corpus file (199801.txt); null or missing: seeds only */
  pfr: string | null;
  /** the folder of seed pages */
  seeds: string;
}

export interface Corpus {
  dir: string;
  /** input files */
  files: number;
  /** source articles: one per PFR file, and the articles the extractor finds on a seed page */
  articles: number;
  /** UTF-8 bytes of all files */
  bytes: number;
  /** repetitions of the source text (1 = no repetition) */
  copies: number;
  /** where the text came from, for the report */
  sources: string[];
}

interface SourceText {
  name: string;
  text: string;
  articles: number;
}

// hidden: a folder walk (kg extract, listInputs) leaves it out of the corpus
const MANIFEST = '.manifest.json';

/** Builds (or reuses) the corpus of `o.articles` articles. */
export function buildBenchCorpus(o: CorpusOptions): Corpus {
  const dir = path.join(o.workDir, `corpus-${o.articles}`);
  const sources = sourceTexts(o);
  const key = JSON.stringify({ articles: o.articles, sources: sources.list.map((s) => [s.name, s.text.length]) });
  const manifestFile = path.join(dir, MANIFEST);
  if (fs.existsSync(manifestFile)) {
    const m = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Corpus & { key: string };
    if (m.key === key) return { dir, files: m.files, articles: m.articles, bytes: m.bytes, copies: m.copies, sources: sources.described };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  let files = 0;
  let articles = 0;
  let bytes = 0;
  let copy = 0;
  for (; articles < o.articles; copy++) {
    const sub = path.join(dir, `r${String(copy).padStart(2, '0')}`);
    fs.mkdirSync(sub, { recursive: true });
    for (const s of sources.list) {
      if (articles >= o.articles) break;
      const text = shiftYears(s.text, copy);
      const name = copy === 0 ? s.name : s.name.replace(/\.txt$/, `-r${copy}.txt`);
      fs.writeFileSync(path.join(sub, name), text);
      files++;
      articles += s.articles;
      bytes += Buffer.byteLength(text);
    }
  }
  const corpus: Corpus = { dir, files, articles, bytes, copies: copy, sources: sources.described };
  fs.writeFileSync(manifestFile, JSON.stringify({ ...corpus, key }, null, 1) + '\n');
  return corpus;
}

/** Every year (ASCII or full-width digits, before 年) moved `by` years on. */
export function shiftYears(text: string, by: number): string {
  if (by === 0) return text;
  return text
    .replace(/(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?=年)/g, (y) => String(Number(y) + by))
    .replace(/(?<![０-９])([１２][０-９]{3})(?=年)/g, (y) => toFullWidth(String(Number(toAscii(y)) + by)));
}

function toAscii(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function toFullWidth(s: string): string {
  return s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** The seed pages, then the PFR articles (exported once into workDir/pfr/). */
function sourceTexts(o: CorpusOptions): { list: SourceText[]; described: string[] } {
  const list: SourceText[] = [];
  const described: string[] = [];
  const seedFiles = fs.readdirSync(o.seeds).filter((f) => f.endsWith('.txt')).sort();
  let seedArticles = 0;
  for (const f of seedFiles) {
    const text = fs.readFileSync(path.join(o.seeds, f), 'utf8');
    const articles = Math.max(1, extractPage(text, f).length);
    seedArticles += articles;
    list.push({ name: f, text, articles });
  }
  described.push(`${seedFiles.length} seed pages of ${path.relative(process.cwd(), o.seeds) || '.'}/ (${seedArticles} articles)`);
  if (o.pfr && fs.existsSync(o.pfr)) {
    const pfrDir = exportPfr(o.pfr, path.join(o.workDir, 'pfr'));
    const names = fs.readdirSync(pfrDir).filter((f) => f.endsWith('.txt')).sort();
    for (const f of names) list.push({ name: f, text: fs.readFileSync(path.join(pfrDir, f), 'utf8'), articles: 1 });
    described.push(`${names.length} People's Daily articles of January 1998 (${path.relative(process.cwd(), o.pfr)}, exported by pfr.mjs)`);
  } else {
    described.push(`no PFR corpus (${o.pfr ?? 'not given'}): seed pages only`);
  }
  return { list, described };
}

/** `node ../shared/eval/pfr.mjs export CORPUS DIR`, once. */
function exportPfr(corpus: string, dir: string): string {
  const script = path.join(path.dirname(corpus), '..', '..', 'eval', 'pfr.mjs');
  if (fs.existsSync(path.join(dir, 'gold-persons.json'))) return dir;
  if (!fs.existsSync(script)) throw new Error(`cannot export ${corpus}: ${script} is missing`);
  const r = spawnSync(process.execPath, [script, 'export', corpus, dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pfr.mjs export failed: ${r.stderr.trim().split('\n')[0]}`);
  return dir;
}
