// Scoring of found person names against gold, article by article, as
// ../shared/eval/pfr.mjs scores them: per article the set of distinct names (NFKC, no white
// space), precision / recall / F1 over all articles. Pure.

export interface NameScore {
  articles: number;
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export const normalizeName = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

export function scoreNames(gold: Map<string, string[]>, predicted: Map<string, string[]>): NameScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [id, names] of gold) {
    const g = new Set(names.map(normalizeName));
    const p = new Set((predicted.get(id) ?? []).map(normalizeName));
    for (const n of p) if (g.has(n)) tp++;
    else fp++;
    for (const n of g) if (!p.has(n)) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { articles: gold.size, precision, recall, f1, tp, fp, fn };
}

/**
 * Fits score = 1 / (1 + exp(-(a * margin + b))) to whether each span was right (logistic
 * regression on one variable, Newton's method).
 */
export function fitCalibration(margins: number[], correct: boolean[]): { a: number; b: number } {
  // margins are standardized first: in raw perceptron units the logistic saturates and
  // Newton's steps blow up
  let scale = 0;
  for (const m of margins) scale += Math.abs(m);
  scale = scale / Math.max(1, margins.length) || 1;
  let a = 0;
  let b = 0;
  for (let it = 0; it < 100; it++) {
    let ga = -1e-3 * a;
    let gb = 0;
    let haa = 1e-3;
    let hab = 0;
    let hbb = 1e-6;
    for (let i = 0; i < margins.length; i++) {
      const x = margins[i]! / scale;
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      const d = (correct[i] ? 1 : 0) - p;
      ga += d * x;
      gb += d;
      const w = p * (1 - p);
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    let da = (hbb * ga - hab * gb) / det;
    let db = (haa * gb - hab * ga) / det;
    const step = Math.max(Math.abs(da), Math.abs(db));
    if (step > 5) {
      da *= 5 / step;
      db *= 5 / step;
    }
    a += da;
    b += db;
    if (step < 1e-9) break;
  }
  return { a: Math.round((a / scale) * 1e6) / 1e6, b: Math.round(b * 1e6) / 1e6 };
}
