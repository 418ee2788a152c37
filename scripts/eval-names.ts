// npm run eval:names -- --days 1-20 [--out DIR] [--corpus PATH] [--min-score S]
//                      [--train-days 1-15 [--save-model PATH]] [--verbose] [--jieba]
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
import { articlesOfDays, parseDayRange, parsePfr } from '../src/extract/names/pfr-corpus';
import { trainNameModel } from '../src/extract/names/train';

const LAST_TRAINING_DAY = 20;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string): boolean => process.argv.includes(name);

function fail(msg: string): never {
  console.error(`eval-names: ${msg}`);
  process.exit(2);
}

function main(): void {
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
    if (td.to > LAST_TRAINING_DAY || touchesTest) fail(`--train-days and --days must both lie in days 1-${LAST_TRAINING_DAY}`);
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
  console.log(`speed: ${(bytes / 1e6 / seconds).toFixed(2)} MB/s (${chars} characters, ${(bytes / 1e6).toFixed(2)} MB UTF-8, ${seconds.toFixed(2)} s)`);
  if (flag('--jieba')) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jieba = require('nodejieba') as { tag(s: string): unknown[] };
    jieba.tag('预热');
    const t1 = process.hrtime.bigint();
    for (const a of articles) jieba.tag(a.text);
    const js = Number(process.hrtime.bigint() - t1) / 1e9;
    console.log(`nodejieba.tag: ${(bytes / 1e6 / js).toFixed(2)} MB/s; findPersonNames is ${(js / seconds).toFixed(2)}× as fast`);
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
