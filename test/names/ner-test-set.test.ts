// Persons without a cue: the People's Daily NER test set, each sentence extracted on its own
// through the whole pipeline (extractPage, what `kg extract` runs on each input file), scored
// against its PER spans as scripts/eval-ner.ts scores them (per sentence the set of names).
// The test set is scored here and in `npm run eval:ner`; nothing is trained or tuned on it.
import fs from 'node:fs';
import path from 'node:path';
import { extractPage } from '../../src/pipeline';
import { scoreNames } from '../../src/extract/names/evaluate';
import { checkNerTrainingFile, parseNer } from '../../src/extract/names/ner-corpus';
import { InputError } from '../../src/errors';

const TEST_SET = path.resolve(__dirname, '../../../shared/corpora/people-daily-ner/example.test');

describe('parseNer', () => {
  it('reads BIO lines into sentences with PER spans and place words', () => {
    const [s] = parseNer(['国 B-ORG', '务 I-ORG', '院 I-ORG', '总 O', '理 O', '李 B-PER', '鹏 I-PER', '在 O', '京 B-LOC', '', ''].join('\n'), 'x');
    expect(s).toEqual({ line: 1, text: '国务院总理李鹏在京', persons: [{ start: 5, end: 7, name: '李鹏' }], placeWords: ['国务院'] });
  });
  it('names the file and line of a malformed line', () => {
    expect(() => parseNer('李 B-PER\n鹏 X-PER\n', 'bad.bio')).toThrow(InputError);
    expect(() => parseNer('李 B-PER\n鹏 X-PER\n', 'bad.bio')).toThrow(/bad\.bio: line 2/);
  });
  it('refuses the test split as training data', () => {
    expect(() => checkNerTrainingFile('/x/example.test')).toThrow(RangeError);
    expect(() => checkNerTrainingFile('/x/example.dev')).not.toThrow();
  });
});

if (!fs.existsSync(TEST_SET)) {
  it.skip('NER test set: ../shared/corpora/people-daily-ner/example.test not beside the repository, skipped', () => undefined);
} else {
  describe("People's Daily NER test set, one input per sentence", () => {
    it('finds PER with F1 ≥ 0.825, as THULAC (0.825) and ahead of Baidu LAC (0.816); measured 0.826 — the issue\'s target 0.90 is not reached yet', () => {
      const sentences = parseNer(fs.readFileSync(TEST_SET, 'utf8'), TEST_SET);
      expect(sentences).toHaveLength(4636);
      const gold = new Map<string, string[]>();
      const found = new Map<string, string[]>();
      let noArticle = 0;
      sentences.forEach((s, k) => {
        const id = `ner-${k + 1}.txt`;
        gold.set(id, s.persons.map((p) => p.name));
        const records = extractPage(s.text + '\n', id);
        if (records.length === 0) noArticle++;
        found.set(id, records.flatMap((r) => [...r.entities.filter((e) => e.type === 'Person').map((e) => e.name), ...r.reporters.map((x) => x.name)]));
      });
      const sc = scoreNames(gold, found);
      expect(noArticle).toBeLessThanOrEqual(3);
      expect(sc.f1).toBeGreaterThanOrEqual(F1_FLOOR);
    });
  });
}
/** the floor now held (measured 0.826: P 0.900 R 0.762, 2026-12-02; 0.827 when the model landed); the target is 0.90 */
const F1_FLOOR = 0.825;
