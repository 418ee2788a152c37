// npm run train:names [-- --corpus PATH --out PATH --epochs N --min-weight W]
//
// Trains the person-name tagger on People's Daily, January 1998, days 1–20 ONLY (days 21–31
// are the held-out test; this script refuses any later day) and writes
// src/extract/names/model.json. Deterministic: the same corpus gives the same file.
//
// The span scores are calibrated first: a model trained on days 1–15 tags days 16–20, and a
// logistic curve is fitted to whether its spans were right; the final model (days 1–20)
// keeps that curve.

import fs from 'node:fs';
import path from 'node:path';
import { decodeModel } from '../src/extract/names/model-format';
import { LAST_TRAINING_DAY, articlesOfDays, checkTrainingDays, parseDayRange, parsePfr, type PfrArticle } from '../src/extract/names/pfr-corpus';
import { NameTagger } from '../src/extract/names/tagger';
import { trainNameModel, type TrainOptions } from '../src/extract/names/train';
import { fitCalibration } from '../src/extract/names/evaluate';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const corpus = path.resolve(arg('--corpus') ?? '../shared/corpora/pfr199801/199801.txt');
  const out = path.resolve(arg('--out') ?? 'src/extract/names/model.json');
  const days = parseDayRange(arg('--days') ?? `1-${LAST_TRAINING_DAY}`);
  try {
    checkTrainingDays(days);
  } catch (err) {
    console.error(`train-names: ${(err as Error).message}`);
    process.exit(2);
  }
  const options: Partial<TrainOptions> = { log: (l) => console.log('  ' + l) };
  if (arg('--epochs')) options.epochs = Number(arg('--epochs'));
  if (arg('--min-weight')) options.minWeight = Number(arg('--min-weight'));
  if (arg('--min-count')) options.minCount = Number(arg('--min-count'));
  if (!fs.existsSync(corpus)) {
    console.error(`train-names: ${corpus}: no such file (give --corpus PATH to 199801.txt)`);
    process.exit(2);
  }
  const all = parsePfr(fs.readFileSync(corpus, 'utf8'));
  const train = articlesOfDays(all, days);

  // calibration: train on the first three quarters of the days, score spans on the rest
  const split = days.from + Math.floor(((days.to - days.from + 1) * 3) / 4) - 1;
  let calibration = { a: 1, b: 0 };
  if (split >= days.from && split < days.to) {
    console.log(`calibrating: training on days ${days.from}-${split}, scoring days ${split + 1}-${days.to}`);
    const first = trainNameModel(articlesOfDays(train, { from: days.from, to: split }), options);
    calibration = calibrate(first.model, articlesOfDays(train, { from: split + 1, to: days.to }));
    console.log(`  calibration a=${calibration.a} b=${calibration.b}`);
  }
  console.log(`training on days ${days.from}-${days.to}: ${train.length} articles`);
  const t0 = Date.now();
  const { model, kept, seen } = trainNameModel(train, options);
  model.calibration = calibration;
  model.trainedOn = { corpus: 'pfr199801/199801.txt', days: `${days.from}-${days.to}`, articles: train.length, ...model.trainedOn };
  const json = JSON.stringify(model) + '\n';
  fs.writeFileSync(out, json);
  console.log(`${kept} of ${seen} features kept; ${(json.length / 1e6).toFixed(2)} MB written to ${out} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

function calibrate(model: Parameters<typeof decodeModel>[0], articles: PfrArticle[]): { a: number; b: number } {
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
