// The statistical name model's spans that the rule-based extractor takes as persons.
// A span with a context cue (a post before or after, a list, a `·`) is taken at a lower
// score than a bare one: the cue is evidence the rules read the same way.
import { findPersonNames } from './names';
import { crossesWords } from './jieba';

/** Calibrated on PFR days 16–20 with a model trained on days 1–15: ≥ 0.75 reads ≈ 0.76 precision and up. */
export const MODEL_MIN_SCORE = 0.75;
export const MODEL_MIN_SCORE_CUED = 0;

let broken: Error | null = null;

export function modelNames(text: string): { name: string; start: number; end: number }[] {
  if (broken) return [];
  let spans;
  try {
    spans = findPersonNames(text);
  } catch (err) {
    // a model that does not load must not stop extraction: the rules still find persons
    broken = err as Error;
    return [];
  }
  return spans.filter(
    (s) =>
      s.name.length >= 2 &&
      (s.cue ? s.score >= MODEL_MIN_SCORE_CUED : s.score >= MODEL_MIN_SCORE) &&
      !crossesWords(text, s.start, s.end),
  );
}
