// First-order Viterbi over the four BIE tags, with the transitions a name allows
// (features.ts ALLOWED). Emissions are laid out emit[i * 4 + tag].

import { ALLOWED, END_OK, START_OK, TAG_COUNT } from './features';

const NEG = -1e30;

/** Best tag sequence into `tags`; `alpha` (n * 4) receives the forward max-scores. */
export function viterbi(
  emit: Float64Array,
  n: number,
  trans: Float64Array,
  start: Float64Array,
  tags: Uint8Array,
  alpha: Float64Array,
  back: Uint8Array,
): void {
  if (n === 0) return;
  for (let t = 0; t < TAG_COUNT; t++) alpha[t] = START_OK[t] ? start[t]! + emit[t]! : NEG;
  for (let i = 1; i < n; i++) {
    const pi = (i - 1) * TAG_COUNT;
    const ci = i * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) {
      let best = NEG;
      let arg = 0;
      for (let p = 0; p < TAG_COUNT; p++) {
        if (!ALLOWED[p * TAG_COUNT + t]) continue;
        const s = alpha[pi + p]! + trans[p * TAG_COUNT + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      alpha[ci + t] = best + emit[ci + t]!;
      back[ci + t] = arg;
    }
  }
  const li = (n - 1) * TAG_COUNT;
  let best = NEG;
  let arg = 0;
  for (let t = 0; t < TAG_COUNT; t++) {
    if (!END_OK[t]) continue;
    if (alpha[li + t]! > best) {
      best = alpha[li + t]!;
      arg = t;
    }
  }
  tags[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) {
    arg = back[i * TAG_COUNT + arg]!;
    tags[i - 1] = arg;
  }
}

/** Backward max-scores: beta[i * 4 + t] = best score of positions i+1… given tag t at i. */
export function backwardMax(emit: Float64Array, n: number, trans: Float64Array, beta: Float64Array): void {
  if (n === 0) return;
  const li = (n - 1) * TAG_COUNT;
  for (let t = 0; t < TAG_COUNT; t++) beta[li + t] = END_OK[t] ? 0 : NEG;
  for (let i = n - 2; i >= 0; i--) {
    const ci = i * TAG_COUNT;
    const ni = (i + 1) * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) {
      let best = NEG;
      for (let q = 0; q < TAG_COUNT; q++) {
        if (!ALLOWED[t * TAG_COUNT + q]) continue;
        const s = trans[t * TAG_COUNT + q]! + emit[ni + q]! + beta[ni + q]!;
        if (s > best) best = s;
      }
      beta[ci + t] = best;
    }
  }
}
