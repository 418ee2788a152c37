// Distant supervision: training lines from unlabeled text, with the names a cue found there.
//
// The hand-tagged training text (People's Daily, January 1998) names the same few thousand
// people again and again. Unlabeled modern text of the genre (新闻联播 2018–2024) names many
// more, and the rule-based extractor reads a good part of them by their cues (`副省长曹志强`,
// `、瞿海`, `李强总理`). A sentence with such names marked is a training line — but a name no
// cue announced would be trained as no name; so a sentence is kept only where a model trained
// without these lines reads no name the cues did not find. Names are used in training only:
// the model keeps weights, no name.

import type { TrainArticle, TrainName } from './train';
import type { RawSpan } from './tagger';
import { mulberry32 } from '../../prng';

/** a name a cue found in a sentence: offsets into the sentence, and whether it is transliterated */
export type CuedName = TrainName & { name: string };

/** A training line of one sentence (≤ maxChars) and the names found in it, or null when none is kept. */
export function cuedLine(sentence: string, found: CuedName[], maxChars = 200): TrainArticle | null {
  const names = found.filter((n) => sentence.slice(n.start, n.end) === n.name);
  if (!names.length || sentence.length > maxChars || sentence.includes('\n')) return null;
  return { text: sentence + '\n', names: names.map(({ start, end, foreign }) => ({ start, end, foreign })) };
}

/**
 * Up to `count` of `lines`, drawn at random (seeded), where every span `tag` reads overlaps a
 * cue-found name; `seen` is how many were looked at to find them.
 */
export function agreeingLines(lines: TrainArticle[], count: number, tag: (text: string) => RawSpan[], seed: number): { lines: TrainArticle[]; seen: number } {
  const random = mulberry32(seed);
  const order = lines.map((_, k) => k);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const out: TrainArticle[] = [];
  let seen = 0;
  for (const k of order) {
    if (out.length >= count) break;
    seen++;
    const a = lines[k]!;
    if (tag(a.text).every((s) => a.names.some((n) => n.start < s.end && s.start < n.end))) out.push(a);
  }
  return { lines: out, seen };
}
