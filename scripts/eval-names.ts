// npm run eval:names -- --days 1-20 [--out DIR] [--corpus PATH] [--min-score S]
//                      [--train-days 1-15 [--save-model PATH]] [--verbose] [--jieba]
// npm run eval:names -- --seeds [--verbose]
//
// Runs findPersonNames on every article of the given days of People's Daily, January 1998,
// and scores the names as ../shared/eval/pfr.mjs does. With --out it writes DIR/output.jsonl
// (one `{ source, entities: [{ type: 'Person', name }], reporters: [] }` line per article) and
// DIR/gold-persons.json, so that `node ../shared/eval/pfr.mjs score DIR/output.jsonl
// DIR/gold-persons.json` gives the same figures. Also prints the tagging speed, and with
// --jieba that of nodejieba's tag() on the same text.
//
// --train-days trains a fresh model on those days (1–20 only) instead of using the committed
// one: `--train-days 1-15 --days 16-20` is the held-out check used for tuning.
// Days 21–31 are the test set: scored only with the committed model, and never listed
// name by name (--verbose is refused there).

import fs from 'node:fs';
import path from 'node:path';
import { createNameFinder, findPersonNames, type NameSpan } from '../src/extract/names';
import { scoreNames } from '../src/extract/names/evaluate';
import { LAST_TRAINING_DAY, articlesOfDays, checkTrainingDays, parseDayRange, parsePfr } from '../src/extract/names/pfr-corpus';
import { trainNameModel } from '../src/extract/names/train';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string): boolean => process.argv.includes(name);

function fail(msg: string): never {
  console.error(`eval-names: ${msg}`);
  process.exit(2);
}

/**
 * --seeds: the five modern pages of ../shared/seeds against ../shared/gold/seeds, page by
 * page (gold: every article's persons and reporters; found: findPersonNames on the page).
 */
function seeds(): void {
  const dir = path.resolve(arg('--seeds-dir') ?? '../shared/seeds');
  const goldDir = path.resolve(arg('--gold-dir') ?? '../shared/gold/seeds');
  const gold = new Map<string, string[]>();
  const predicted = new Map<string, string[]>();
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const g = JSON.parse(fs.readFileSync(path.join(goldDir, f.replace(/\.txt$/, '.json')), 'utf8')) as {
      articles: { persons?: string[]; reporters?: (string | { name: string })[] }[];
    };
    const names = new Set<string>();
    for (const a of g.articles) {
      for (const p of a.persons ?? []) names.add(p);
      for (const r of a.reporters ?? []) names.add(typeof r === 'string' ? r : r.name);
    }
    gold.set(f, [...names]);
    predicted.set(f, findPersonNames(fs.readFileSync(path.join(dir, f), 'utf8')).map((x) => x.name));
    if (flag('--verbose')) {
      const p = new Set(predicted.get(f));
      console.log(`${f}\tmissed: ${[...names].filter((n) => !p.has(n)).join(' ')}\textra: ${[...p].filter((n) => !names.has(n)).join(' ')}`);
    }
  }
  const s = scoreNames(gold, predicted);
  console.log(`persons, seed pages, ${s.articles} pages: P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn})`);
}

function main(): void {
  if (flag('--seeds')) return seeds();
  const corpus = path.resolve(arg('--corpus') ?? '../shared/corpora/pfr199801/199801.txt');
  if (!fs.existsSync(corpus)) fail(`${corpus}: no such file (give --corpus PATH to 199801.txt)`);
  const days = parseDayRange(arg('--days') ?? `1-${LAST_TRAINING_DAY}`);
  const touchesTest = days.to > LAST_TRAINING_DAY;
  const minScore = Number(arg('--min-score') ?? 0);
  const all = parsePfr(fs.readFileSync(corpus, 'utf8'));
  const articles = articlesOfDays(all, days);

  let find: (text: string) => NameSpan[] = (t) => findPersonNames(t, { minScore });
  const trainDays = arg('--train-days');
  if (trainDays) {
    const td = parseDayRange(trainDays);
    try {
      checkTrainingDays(td);
      checkTrainingDays(days);
    } catch (err) {
      fail(`with --train-days, ${(err as Error).message}`);
    }
    const t0 = Date.now();
    const { model, kept } = trainNameModel(articlesOfDays(all, td), {
      ...(arg('--epochs') ? { epochs: Number(arg('--epochs')) } : {}),
      ...(arg('--min-weight') ? { minWeight: Number(arg('--min-weight')) } : {}),
      ...(arg('--min-count') ? { minCount: Number(arg('--min-count')) } : {}),
      ...(arg('--space-rate') ? { spaceRate: Number(arg('--space-rate')) } : {}),
    });
    console.log(`trained on days ${td.from}-${td.to}: ${kept} features, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const save = arg('--save-model');
    if (save) fs.writeFileSync(save, JSON.stringify(model));
    const finder = createNameFinder(model);
    find = (t) => finder(t, { minScore });
  }
  if (touchesTest && flag('--verbose')) fail('--verbose lists names; it is refused on the test days (21-31)');

  const gold = new Map<string, string[]>();
  const predicted = new Map<string, string[]>();
  const lines: string[] = [];
  let chars = 0;
  let bytes = 0;
  find('预热'); // model load is not tagging time
  const t0 = process.hrtime.bigint();
  const found = articles.map((a) => find(a.text));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  articles.forEach((a, k) => {
    const source = `pfr-${a.id}.txt`;
    chars += a.text.length;
    bytes += Buffer.byteLength(a.text);
    gold.set(source, [...new Set(a.names.map((n) => n.name))]);
    const names = [...new Set(found[k]!.map((s) => s.name))];
    predicted.set(source, names);
    lines.push(JSON.stringify({ source, entities: names.map((name) => ({ type: 'Person', name })), reporters: [] }));
  });
  const s = scoreNames(gold, predicted);
  console.log(
    `persons, days ${days.from}-${days.to}, ${s.articles} articles: P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn})`,
  );
  console.log(`speed: ${(bytes / 1e6 / seconds).toFixed(2)} MB/s wall clock (${chars} characters, ${(bytes / 1e6).toFixed(2)} MB UTF-8, ${seconds.toFixed(2)} s)`);
  if (flag('--jieba')) {
    // Throughput in CPU time, best of three passes each, alternating: on a shared machine
    // wall-clock time mostly measures the neighbours.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jieba = require('nodejieba') as { tag(s: string): unknown[] };
    jieba.tag('预热');
    const cpu = (): number => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1e6;
    };
    let ours = Infinity;
    let theirs = Infinity;
    for (let rep = 0; rep < 3; rep++) {
      let t = cpu();
      for (const a of articles) find(a.text);
      ours = Math.min(ours, cpu() - t);
      t = cpu();
      for (const a of articles) jieba.tag(a.text);
      theirs = Math.min(theirs, cpu() - t);
    }
    console.log(
      `CPU time, best of 3: findPersonNames ${(bytes / 1e6 / ours).toFixed(2)} MB/s, nodejieba.tag ${(bytes / 1e6 / theirs).toFixed(2)} MB/s: ${(theirs / ours).toFixed(2)}× as fast`,
    );
  }
  if (flag('--verbose')) {
    for (const [id, names] of gold) {
      const p = new Set(predicted.get(id));
      const g = new Set(names);
      const miss = names.filter((n) => !p.has(n));
      const extra = [...p].filter((n) => !g.has(n));
      if (miss.length || extra.length) console.log(`${id}\tmissed: ${miss.join(' ')}\textra: ${extra.join(' ')}`);
    }
  }
  const out = arg('--out');
  if (out) {
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'output.jsonl'), lines.join('\n') + '\n');
    fs.writeFileSync(path.join(out, 'gold-persons.json'), JSON.stringify(Object.fromEntries(gold)));
    console.log(`wrote ${path.join(out, 'output.jsonl')} and gold-persons.json`);
  }
}

main();
