// First-order Viterbi over the four BIE tags, with the transitions a name allows
// (features.ts ALLOWED: O and B follow O or E; I and E follow B or I; a text starts with O or
// B and ends with O or E). Emissions are laid out emit[i * 4 + tag]. Written out for those
// transitions rather than as loops over ALLOWED: this runs on every character of every
// article. On equal scores the lower tag wins, as a loop over the tags in order would have it.

import { ALLOWED, END_OK, START_OK, TAG_COUNT, T_B, T_E, T_I, T_O } from './features';

const NEG = -1e30;

// the transitions spelled out below are those ALLOWED permits, and only those
{
  const spelled = new Set([T_O * 4 + T_O, T_E * 4 + T_O, T_O * 4 + T_B, T_E * 4 + T_B, T_B * 4 + T_I, T_I * 4 + T_I, T_B * 4 + T_E, T_I * 4 + T_E]);
  for (let k = 0; k < 16; k++) if (Boolean(ALLOWED[k]) !== spelled.has(k)) throw new Error('viterbi.ts: ALLOWED changed; update the transitions spelled out here');
  if (START_OK.join() !== '1,1,0,0' || END_OK.join() !== '1,0,0,1' || TAG_COUNT !== 4) throw new Error('viterbi.ts: START_OK/END_OK changed');
}

/** The weights of the eight allowed transitions, named prev-next (tEB: from E to B). */
function allowedTransitions(trans: Float64Array) {
  const t = (p: number, q: number): number => trans[p * 4 + q]!;
  return {
    tOO: t(T_O, T_O),
    tEO: t(T_E, T_O),
    tOB: t(T_O, T_B),
    tEB: t(T_E, T_B),
    tBI: t(T_B, T_I),
    tII: t(T_I, T_I),
    tBE: t(T_B, T_E),
    tIE: t(T_I, T_E),
  };
}

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
  const { tOO, tEO, tOB, tEB, tBI, tII, tBE, tIE } = allowedTransitions(trans);
  let o = start[T_O]! + emit[T_O]!;
  let b = start[T_B]! + emit[T_B]!;
  let m = NEG;
  let e = NEG;
  alpha[T_O] = o;
  alpha[T_B] = b;
  alpha[T_I] = m;
  alpha[T_E] = e;
  for (let i = 1; i < n; i++) {
    const k = i * 4;
    // O and B: from O or E
    const oo = o + tOO;
    const eo = e + tEO;
    const ob = o + tOB;
    const eb = e + tEB;
    // I and E: from B or I
    const bi = b + tBI;
    const ii = m + tII;
    const be = b + tBE;
    const ie = m + tIE;
    o = (eo > oo ? eo : oo) + emit[k + T_O]!;
    b = (eb > ob ? eb : ob) + emit[k + T_B]!;
    m = (ii > bi ? ii : bi) + emit[k + T_I]!;
    e = (ie > be ? ie : be) + emit[k + T_E]!;
    back[k + T_O] = eo > oo ? T_E : T_O;
    back[k + T_B] = eb > ob ? T_E : T_O;
    back[k + T_I] = ii > bi ? T_I : T_B;
    back[k + T_E] = ie > be ? T_I : T_B;
    alpha[k + T_O] = o;
    alpha[k + T_B] = b;
    alpha[k + T_I] = m;
    alpha[k + T_E] = e;
  }
  let arg = e > o ? T_E : T_O;
  tags[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) {
    arg = back[i * 4 + arg]!;
    tags[i - 1] = arg;
  }
}

/** Backward max-scores: beta[i * 4 + t] = best score of positions i+1… given tag t at i. */
export function backwardMax(emit: Float64Array, n: number, trans: Float64Array, beta: Float64Array): void {
  if (n === 0) return;
  const { tOO, tEO, tOB, tEB, tBI, tII, tBE, tIE } = allowedTransitions(trans);
  const li = (n - 1) * 4;
  beta[li + T_O] = 0;
  beta[li + T_B] = NEG;
  beta[li + T_I] = NEG;
  beta[li + T_E] = 0;
  for (let i = n - 2; i >= 0; i--) {
    const k = i * 4;
    const nk = k + 4;
    // the next position's score under each tag, before the transition into it
    const no = emit[nk + T_O]! + beta[nk + T_O]!;
    const nb = emit[nk + T_B]! + beta[nk + T_B]!;
    const ni = emit[nk + T_I]! + beta[nk + T_I]!;
    const ne = emit[nk + T_E]! + beta[nk + T_E]!;
    beta[k + T_O] = Math.max(tOO + no, tOB + nb);
    beta[k + T_E] = Math.max(tEO + no, tEB + nb);
    beta[k + T_B] = Math.max(tBI + ni, tBE + ne);
    beta[k + T_I] = Math.max(tII + ni, tIE + ne);
  }
}
