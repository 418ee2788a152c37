// npm run eval:ner [-- --file PATH] [--out DIR] [--model-only] [--every N] [--half H] [--model PATH] [--json] [--verbose] [--kinds]
//
// Person names without a cue: the People's Daily NER test set
// (../shared/corpora/people-daily-ner/example.test, BIO tags, one character a line), each
// sentence extracted ON ITS OWN through the real pipeline — extractPage(), what `kg extract`
// runs on every input file (clean → segment → extract). The Person entities of a sentence's
// articles are scored against its PER spans as ../shared/eval/pfr.mjs scores articles: per
// sentence the set of distinct names (NFKC, no white space), precision / recall / F1 over
// all sentences. Reporters count as persons, as in pfr.mjs.
//
// --out DIR also writes every sentence as DIR/ner-NNNNN.txt (NNNNN: its 1-based number in the
// file) and DIR/gold-persons.json, so that the same figures come from the CLI:
//   kg extract DIR -o out.jsonl && node ../shared/eval/pfr.mjs score out.jsonl DIR/gold-persons.json
// --model-only scores findPersonNames() alone (the name model, without segmenter and rules).
// --every N takes every Nth sentence (the jest test's subset); --half H the sentences whose
// index is ≡ H (mod 2) (the dev half a `train:names -- --ner-half 1-H` model did not see).
// --model PATH runs another model file in the committed one's place. --verbose lists misses and
// extras, refused on the test file: it is scored, never read name by name. --kinds counts the
// misses and extras by kind (length, surname, dot) without naming any: allowed on the test file.

import fs from 'node:fs';
import path from 'node:path';
import { extractPage } from '../src/pipeline';
import { findPersonNames, useNameModel } from '../src/extract/names';
import { normalizeName, scoreNames } from '../src/extract/names/evaluate';
import { parseNer } from '../src/extract/names/ner-corpus';
import { KgError } from '../src/errors';
import { SURNAMES } from '../src/extract/names/features';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string): boolean => process.argv.includes(name);

function main(): void {
  const file = path.resolve(arg('--file') ?? '../shared/corpora/people-daily-ner/example.test');
  const every = Number(arg('--every') ?? 1);
  const isTest = path.basename(file) === 'example.test';
  if (flag('--verbose') && isTest) fail('--verbose lists names; the test set is scored only (use --file …/example.dev)');
  if (!fs.existsSync(file)) fail(`${file}: no such file (give --file PATH)`);
  let sentences;
  try {
    sentences = parseNer(fs.readFileSync(file, 'utf8'), file);
  } catch (err) {
    fail(err instanceof KgError ? err.message : String(err));
  }
  const half = arg('--half');
  const numbered = sentences
    .map((s, k) => ({ ...s, id: `ner-${String(k + 1).padStart(5, '0')}.txt` }))
    .filter((_, k) => k % every === 0 && (half === undefined || k % 2 === Number(half)));
  const model = arg('--model');
  if (model) useNameModel(JSON.parse(fs.readFileSync(model, 'utf8')));
  const out = arg('--out');
  if (out) {
    fs.mkdirSync(out, { recursive: true });
    const goldJson: Record<string, string[]> = {};
    for (const s of numbered) {
      fs.writeFileSync(path.join(out, s.id), s.text + '\n');
      goldJson[s.id] = [...new Set(s.persons.map((p) => p.name))];
    }
    fs.writeFileSync(path.join(out, 'gold-persons.json'), JSON.stringify(goldJson));
  }
  const gold = new Map<string, string[]>();
  const found = new Map<string, string[]>();
  let noArticle = 0;
  const t0 = process.hrtime.bigint();
  for (const s of numbered) {
    gold.set(s.id, s.persons.map((p) => p.name));
    if (flag('--model-only')) {
      found.set(s.id, findPersonNames(s.text + '\n').map((x) => x.name));
      continue;
    }
    const records = extractPage(s.text + '\n', s.id);
    if (records.length === 0) noArticle++;
    const names: string[] = [];
    for (const r of records) {
      for (const e of r.entities) if (e.type === 'Person') names.push(e.name);
      for (const rep of r.reporters) names.push(rep.name);
    }
    found.set(s.id, names);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const sc = scoreNames(gold, found);
  const summary = {
    file: path.basename(file),
    sentences: numbered.length,
    noArticle: flag('--model-only') ? null : noArticle,
    precision: +sc.precision.toFixed(3),
    recall: +sc.recall.toFixed(3),
    f1: +sc.f1.toFixed(3),
    tp: sc.tp,
    fp: sc.fp,
    fn: sc.fn,
    seconds: +seconds.toFixed(1),
  };
  if (flag('--verbose')) {
    for (const s of numbered) {
      const g = new Set(gold.get(s.id));
      const p = new Set(found.get(s.id));
      const miss = [...g].filter((n) => !p.has(n));
      const extra = [...p].filter((n) => !g.has(n));
      if (miss.length || extra.length) console.log(`${s.id}\tmissed: ${miss.join(' ')}\textra: ${extra.join(' ')}\t${s.text}`);
    }
  }
  if (flag('--kinds')) printKinds(gold, found);
  if (flag('--json')) console.log(JSON.stringify(summary));
  else {
    const what = flag('--model-only') ? 'name model alone' : 'extractPage, one input per sentence';
    console.log(`PER over ${summary.sentences} sentences of ${summary.file} (${what}): P ${summary.precision}  R ${summary.recall}  F1 ${summary.f1}  (tp ${sc.tp} fp ${sc.fp} fn ${sc.fn})`);
    if (summary.noArticle !== null) console.log(`inputs that gave no article: ${summary.noArticle}`);
    console.log(`${seconds.toFixed(1)} s`);
  }
}

/**
 * --kinds: the misses and extras counted by kind (never listed: allowed on the test file) —
 * one character; with a dot; two or three characters from a common surname; other Chinese of
 * two or three; four or more (mostly transliterated) — and whether a found name overlaps.
 */
function printKinds(gold: Map<string, string[]>, found: Map<string, string[]>): void {
  const kind = (n: string): string =>
    n.length === 1 ? '1 char' : /[·•・．.—-]/.test(n) ? 'dotted' : n.length >= 4 ? '4+ chars' : SURNAMES.has(n.charCodeAt(0)) ? `${n.length} chars, common surname` : `${n.length} chars, other first char`;
  const overlaps = (a: string, b: string): boolean => a.includes(b) || b.includes(a) || [...a].some((_, i) => i + 2 <= a.length && b.includes(a.slice(i, i + 2)));
  const miss = new Map<string, [number, number]>();
  const extra = new Map<string, [number, number]>();
  const add = (m: Map<string, [number, number]>, k: string, ov: boolean): void => {
    const v = m.get(k) ?? [0, 0];
    v[ov ? 1 : 0]++;
    m.set(k, v);
  };
  for (const [id, names] of gold) {
    const g = new Set(names.map(normalizeName));
    const p = new Set((found.get(id) ?? []).map(normalizeName));
    for (const n of g) if (!p.has(n)) add(miss, kind(n), [...p].some((x) => overlaps(n, x)));
    for (const n of p) if (!g.has(n)) add(extra, kind(n), [...g].some((x) => overlaps(n, x)));
  }
  for (const [what, m] of [['missed', miss], ['extra', extra]] as const) {
    for (const [k, [alone, ov]] of [...m].sort((a, b) => b[1][0] + b[1][1] - a[1][0] - a[1][1])) console.log(`${what}\t${k}\t${alone + ov}\t(overlapping the other side: ${ov})`);
  }
}

function fail(msg: string): never {
  console.error(`eval-ner: ${msg}`);
  process.exit(2);
}

main();
