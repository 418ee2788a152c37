// The statistical name model's spans that the rule-based extractor takes as persons.
// A span with a context cue (a post before or after, a list, a `·`) is taken at a lower
// score than a bare one: the cue is evidence the rules read the same way.
import { findPersonNames } from './names';
import { nameShape } from './text';
import { crossesWords } from './jieba';

export const MODEL_MIN_SCORE = 0.5;
export const MODEL_MIN_SCORE_CUED = 0.3;

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
      (s.cue === 'foreign' || nameShape(s.name) || s.score >= 0.8) &&
      !crossesWords(text, s.start, s.end),
  );
}
