// Person names in running Chinese news text — the statistical part of person extraction.
//
// Takes an article's text, gives the spans the character tagger (tagger.ts, trained by
// `npm run train:names` on People's Daily days 1–20 of January 1998) reads as person names:
// Chinese names (surname of one or two characters + given name), foreign names with their
// `·`, Japanese-style names. Offsets are UTF-16 code units into the text given.
// Pure: the committed model.json is read once, on the first call.

import modelJson from './model.json';
import { type NameModelJson, decodeModel } from './model-format';
import { NameTagger } from './tagger';

export interface NameSpan {
  start: number;
  end: number;
  /** text.slice(start, end) */
  name: string;
  /** 0–1: how sure the model is (calibrated margin over "no name here") */
  score: number;
  /**
   * what in the context supports it, when something does: `title-before` (副省长曹志强),
   * `title-after` (江泽民主席), `list` (next to 、 or a byline space), `foreign` (has ·)
   */
  cue?: NameCue;
}

export type NameCue = 'title-before' | 'title-after' | 'list' | 'foreign';

export interface FindNamesOptions {
  /** spans scoring below this are left out (0 keeps every span the tagger reads as a name) */
  minScore: number;
}

export const DEFAULT_FIND_NAMES_OPTIONS: FindNamesOptions = { minScore: 0 };

export function resolveFindNamesOptions(o: Partial<FindNamesOptions> = {}): FindNamesOptions {
  const r = { ...DEFAULT_FIND_NAMES_OPTIONS, ...o };
  if (!(r.minScore >= 0 && r.minScore <= 1)) throw new RangeError(`minScore: expected 0–1, got ${r.minScore}`);
  return r;
}

/** A name finder over a given model (training and evaluation use fresh models this way). */
export function createNameFinder(model: NameModelJson): (text: string, options?: Partial<FindNamesOptions>) => NameSpan[] {
  const decoded = decodeModel(model);
  const tagger = new NameTagger(decoded);
  const { a, b } = decoded.calibration;
  return (text, options = {}) => {
    const opt = resolveFindNamesOptions(options);
    const out: NameSpan[] = [];
    for (const s of tagger.tag(text)) {
      const name = text.slice(s.start, s.end);
      // a name never spans a line break: that is two names, or a headline running into a line
      if (name.includes('\n') || name.includes('\r')) continue;
      const score = 1 / (1 + Math.exp(-(a * s.margin + b)));
      if (score < opt.minScore) continue;
      const span: NameSpan = { start: s.start, end: s.end, name, score: Math.round(score * 1000) / 1000 };
      const cue = cueOf(text, s.start, s.end, name);
      if (cue) span.cue = cue;
      out.push(span);
    }
    return out;
  };
}


let defaultFinder: ReturnType<typeof createNameFinder> | null = null;

/** Loads the committed model now rather than on the first call of findPersonNames. */
export function loadNameModel(): ReturnType<typeof createNameFinder> {
  defaultFinder ??= createNameFinder(modelJson as unknown as NameModelJson);
  return defaultFinder;
}

/** Puts another model in the committed one's place (evaluating a fresh model through the whole pipeline). */
export function useNameModel(model: NameModelJson): void {
  defaultFinder = createNameFinder(model);
}

/** Person-name spans of `text` by the committed model (loaded on the first call). */
export function findPersonNames(text: string, options: Partial<FindNamesOptions> = {}): NameSpan[] {
  return loadNameModel()(text, options);
}

// Title heads that stand right before or after a name in news text (副省长曹志强, 江泽民主席).
// A genre fact, not learned: the tagger learns the same context from characters; the cue only
// tells the caller which spans have this support.
const TITLE_HEAD = /(?:书记|主席|总理|总统|首相|大臣|国务秘书|部长|省长|市长|县长|区长|州长|镇长|乡长|主任|委员|局长|厅长|司令员|政委|院长|校长|大使|会长|理事长|董事长|总经理|经理|秘书长|处长|科长|检察长|庭长|所长|社长|主编|总编辑|教授|研究员|记者|通讯员|评论员|代表|议员|外长|国务卿|总干事|主持人|演员|队长|教练|厂长|总裁|行长|署长|参赞|领事|同志|先生|女士|发言人|防长|特使|报告员|协调员|指挥官|司令|议长|国王|总督|常驻代表)$/;
const TITLE_AFTER = /^(?:总书记|书记|主席|总理|总统|首相|部长|省长|市长|县长|主任|委员长|局长|厅长|院长|校长|大使|会长|董事长|秘书长|同志|先生|女士|教授|副)/;

function cueOf(text: string, start: number, end: number, name: string): NameCue | undefined {
  if (/[·•・‧]/.test(name)) return 'foreign';
  const before = text.slice(Math.max(0, start - 8), start).trimEnd(); // 记者 刘燕娟
  if (TITLE_HEAD.test(before)) return 'title-before';
  if (TITLE_AFTER.test(text.slice(end, end + 4))) return 'title-after';
  const prev = start > 0 ? text[start - 1] : '';
  const next = end < text.length ? text[end] : '';
  if (prev === '、' || next === '、' || prev === ' ' || next === ' ' || prev === '　' || next === '　') return 'list';
  return undefined;
}
