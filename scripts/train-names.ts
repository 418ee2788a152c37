// npm run train:names [-- --corpus PATH --ner PATH --out PATH --epochs N --min-weight W
//                        --solo-rate R --substitute-rate R --ner-repeat K --ner-half 0|1 --no-ner --no-doctrine
//                        --seed S --distant N --distant-dir DIR]
//
// Trains the person-name tagger and writes src/extract/names/model.json. Deterministic: the
// same corpora give the same file. Training data:
//   - People's Daily, January 1998 (PFR), days 1–20 ONLY: days 21–31 are the held-out test,
//     and this script refuses any later day. Names inside doctrine words (邓小平理论) are
//     marked first (markDoctrineNames);
//   - the People's Daily NER corpus's dev split (example.dev), each sentence an article of its
//     own, repeated --ner-repeat times; its test split (example.test) is refused.
// --distant N adds N sentences of 新闻联播 (--distant-dir, default ../shared/corpora/xwlb;
// never xwlb-dev's records) with the names the cue rules find there (src/extract/names/distant.ts);
// off by default: it did not raise the dev figure beyond the spread of seeds (docs/names.md).
// --ner-half H keeps only the dev sentences whose index is ≡ H (mod 2): the other half is then
// held out for `npm run eval:ner -- --file …/example.dev --half 1-H --model PATH`.
//
// The span scores are calibrated first: a model trained on days 1–15 and three quarters of
// the dev sentences tags days 16–20 and the last quarter, and a logistic curve is fitted to
// whether its spans were right; the final model keeps that curve.

import fs from 'node:fs';
import path from 'node:path';
import { decodeModel } from '../src/extract/names/model-format';
import { LAST_TRAINING_DAY, articlesOfDays, checkTrainingDays, markDoctrineNames, parseDayRange, parsePfr } from '../src/extract/names/pfr-corpus';
import { checkNerTrainingFile, nerTrainArticles, parseNer } from '../src/extract/names/ner-corpus';
import { NameTagger } from '../src/extract/names/tagger';
import { trainNameModel, type TrainArticle, type TrainOptions } from '../src/extract/names/train';
import { fitCalibration } from '../src/extract/names/evaluate';
import { agreeingLines, cuedLine } from '../src/extract/names/distant';
import { htmlToText } from '../src/ingest/html';
import { nameShape, sentences } from '../src/extract/text';
import { titledPersons } from '../src/extract/persons';
import { SURNAMES_1 } from '../src/extract/lexicon';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const flag = (name: string): boolean => process.argv.includes(name);

function main(): void {
  const corpus = path.resolve(arg('--corpus') ?? '../shared/corpora/pfr199801/199801.txt');
  const nerFile = flag('--no-ner') ? null : path.resolve(arg('--ner') ?? '../shared/corpora/people-daily-ner/example.dev');
  const out = path.resolve(arg('--out') ?? 'src/extract/names/model.json');
  const days = parseDayRange(arg('--days') ?? `1-${LAST_TRAINING_DAY}`);
  try {
    checkTrainingDays(days);
    if (nerFile) checkNerTrainingFile(nerFile);
  } catch (err) {
    console.error(`train-names: ${(err as Error).message}`);
    process.exit(2);
  }
  const options: Partial<TrainOptions> = { log: (l) => console.log('  ' + l) };
  if (arg('--epochs')) options.epochs = Number(arg('--epochs'));
  if (arg('--min-weight')) options.minWeight = Number(arg('--min-weight'));
  if (arg('--min-count')) options.minCount = Number(arg('--min-count'));
  if (arg('--seed')) options.seed = Number(arg('--seed'));
  options.soloRate = Number(arg('--solo-rate') ?? DEFAULT_SOLO_RATE);
  options.substituteRate = Number(arg('--substitute-rate') ?? DEFAULT_SUBSTITUTE_RATE);
  options.substituteForeign = flag('--substitute-foreign');
  const repeat = Number(arg('--ner-repeat') ?? DEFAULT_NER_REPEAT);
  const distant = Number(arg('--distant') ?? DEFAULT_DISTANT);
  const distantDir = path.resolve(arg('--distant-dir') ?? '../shared/corpora/xwlb');
  for (const f of [corpus, nerFile]) {
    if (f && !fs.existsSync(f)) {
      console.error(`train-names: ${f}: no such file (give --corpus PATH to 199801.txt, --ner PATH to example.dev, or --no-ner)`);
      process.exit(2);
    }
  }
  let pfr = articlesOfDays(parsePfr(fs.readFileSync(corpus, 'utf8')), days);
  if (!flag('--no-doctrine')) pfr = markDoctrineNames(pfr);
  let ner: TrainArticle[] = [];
  if (nerFile) {
    const half = arg('--ner-half');
    ner = nerTrainArticles(parseNer(fs.readFileSync(nerFile, 'utf8'), nerFile)).filter((_, k) => half === undefined || k % 2 === Number(half));
  }
  // the NER sentences interleaved with the articles (folds of the jackknife take every 4th)
  let extra: TrainArticle[] = [];
  if (distant > 0) {
    const t = Date.now();
    const cued = cuedLines(distantDir);
    console.log(`distant supervision: ${cued.length} sentences with a cue-found name in ${distantDir} (${((Date.now() - t) / 1000).toFixed(1)} s); training the model that checks them`);
    const check = new NameTagger(decodeModel(trainNameModel([...pfr, ...ner], { ...options, log: undefined }).model));
    const kept = agreeingLines(cued, distant, (text) => check.tag(text), DISTANT_SEED);
    extra = kept.lines;
    console.log(`  ${extra.length} of ${kept.seen} sentences kept (the checking model reads no name there that no cue found)`);
  }
  const withNer = (arts: TrainArticle[], sentences: TrainArticle[]): TrainArticle[] => [...arts, ...Array.from({ length: repeat }, () => sentences).flat(), ...extra];

  // calibration: train on the first three quarters of the days (and of the sentences), score the rest
  const split = days.from + Math.floor(((days.to - days.from + 1) * 3) / 4) - 1;
  let calibration = { a: 1, b: 0 };
  if (split >= days.from && split < days.to && !flag('--no-calibrate')) {
    console.log(`calibrating: training on days ${days.from}-${split}, scoring days ${split + 1}-${days.to}`);
    const first = trainNameModel(
      withNer(
        articlesOfDays(pfr, { from: days.from, to: split }),
        ner.filter((_, k) => k % 4 !== 3),
      ),
      options,
    );
    calibration = calibrate(first.model, [...articlesOfDays(pfr, { from: split + 1, to: days.to }), ...ner.filter((_, k) => k % 4 === 3)]);
    console.log(`  calibration a=${calibration.a} b=${calibration.b}`);
  }
  console.log(`training on days ${days.from}-${days.to}: ${pfr.length} articles, and ${ner.length} NER sentences × ${repeat}`);
  const t0 = Date.now();
  const { model, kept, seen } = trainNameModel(withNer(pfr, ner), options);
  model.calibration = calibration;
  model.trainedOn = {
    corpus: 'pfr199801/199801.txt',
    days: `${days.from}-${days.to}`,
    articles: pfr.length,
    doctrineNames: !flag('--no-doctrine'),
    ner: nerFile ? path.basename(nerFile) : null,
    nerSentences: ner.length,
    nerRepeat: repeat,
    ...model.trainedOn,
  };
  const json = JSON.stringify(model) + '\n';
  fs.writeFileSync(out, json);
  console.log(`${kept} of ${seen} features kept; ${(json.length / 1e6).toFixed(2)} MB written to ${out} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const DEFAULT_SOLO_RATE = 0.3;
const DEFAULT_SUBSTITUTE_RATE = 0.5;
const DEFAULT_NER_REPEAT = 1;
const DEFAULT_DISTANT = 0;
const DISTANT_SEED = 4242;

/**
 * The sentences of the 新闻联播 records of `dir` (xwlb-YYYY.jsonl) with the names the cue
 * rules find in them (titledPersons: a post before or after, a group word, a list), leaving out
 * the records of xwlb-dev.jsonl (the xwlb-dev gold is made from them). A name counts when it
 * is two to four Chinese characters of a name's shape (a common surname first), or a
 * transliteration (no common surname first; at most four characters before a dot).
 */
function cuedLines(dir: string): TrainArticle[] {
  const dev = new Set<string>();
  const devFile = path.join(dir, 'xwlb-dev.jsonl');
  if (fs.existsSync(devFile)) for (const l of fs.readFileSync(devFile, 'utf8').split('\n')) if (l.trim()) dev.add((JSON.parse(l) as { id: string }).id);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^xwlb-\d{4}\.jsonl$/.test(f)).sort() : [];
  if (!files.length) {
    console.error(`train-names: ${dir}: no xwlb-YYYY.jsonl files (give --distant-dir DIR, or --distant 0)`);
    process.exit(2);
  }
  const out: TrainArticle[] = [];
  for (const f of files) {
    for (const l of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      if (!l.trim()) continue;
      const r = JSON.parse(l) as { id: string; content?: string };
      if (dev.has(r.id) || !r.content) continue;
      for (const s of sentences(htmlToText(r.content))) {
        const found = titledPersons(s.text, 0)
          .filter((p) => (/^[\u4e00-\u9fff]{2,4}$/.test(p.name) && nameShape(p.name)) || (/^[\u4e00-\u9fff]{1,4}(?:·[\u4e00-\u9fff]{1,6})*$/.test(p.name) && p.name.length >= 2 && !SURNAMES_1.has(p.name[0]!)))
          .map((p) => ({ name: p.name, start: p.start, end: p.end, foreign: !nameShape(p.name) || p.name.includes('·') || p.name.length >= 4 }));
        const line = cuedLine(s.text, found);
        if (line) out.push(line);
      }
    }
  }
  return out;
}

function calibrate(model: Parameters<typeof decodeModel>[0], articles: TrainArticle[]): { a: number; b: number } {
  const tagger = new NameTagger(decodeModel(model));
  const margins: number[] = [];
  const correct: boolean[] = [];
  for (const a of articles) {
    const gold = new Set(a.names.map((n) => `${n.start}:${n.end}`));
    for (const s of tagger.tag(a.text)) {
      margins.push(s.margin);
      correct.push(gold.has(`${s.start}:${s.end}`));
    }
  }
  return fitCalibration(margins, correct);
}

main();
