// Golden files: every seed page's extraction is pinned by a committed expected output
// (test/fixtures/golden/<seed>.jsonl). A change of output shows as a diff in review;
// regenerate on purpose with `UPDATE_GOLDEN=1 npx jest test/extract/golden`.
import fs from 'node:fs';
import path from 'node:path';
import { extractPage } from '../../src/pipeline';
import { decode } from '../../src/ingest/decode';

const SEEDS = path.join(__dirname, '../../seeds');
const GOLDEN = path.join(__dirname, '../fixtures/golden');
const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

describe('golden extraction of the seed pages', () => {
  it('has the five seed pages', () => {
    expect(seeds).toHaveLength(5);
  });

  it.each(seeds)('%s', (seed) => {
    const text = decode(fs.readFileSync(path.join(SEEDS, seed)), seed);
    const actual = extractPage(text, seed).map((r) => JSON.stringify(r)).join('\n') + '\n';
    const file = path.join(GOLDEN, seed.replace(/\.txt$/, '.jsonl'));
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, actual);
    expect(actual).toBe(fs.readFileSync(file, 'utf8'));
  });

  it.each(seeds)('%s: every evidence slices back to its text and every relation names its entities', (seed) => {
    const text = decode(fs.readFileSync(path.join(SEEDS, seed)), seed);
    for (const rec of extractPage(text, seed)) {
      const ids = new Set(rec.entities.map((e) => e.id));
      for (const r of rec.relations) {
        expect(rec.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
        expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
      }
    }
  });
});
