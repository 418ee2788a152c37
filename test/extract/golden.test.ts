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

  // the same extraction as one fact per line with the rule that made it: a change of rules
  // shows in review as the facts it adds or drops
  it.each(seeds)('%s: facts with their rules', (seed) => {
    const text = decode(fs.readFileSync(path.join(SEEDS, seed)), seed);
    const lines: string[] = [];
    for (const rec of extractPage(text, seed, { explain: true })) {
      const name = new Map(rec.entities.map((e) => [e.id, `${e.type}:${e.name}`]));
      lines.push(`# ${rec.id} ${rec.date ?? '-'} ${rec.title}`);
      for (const r of rec.relations) {
        const role = r.role ? ` (${r.role}${r.spoke ? ', spoke' : ''})` : '';
        lines.push(`${r.type} ${name.get(r.from)} → ${name.get(r.to)}${role} [${r.rule}]`);
      }
    }
    const actual = lines.join('\n') + '\n';
    const file = path.join(GOLDEN, seed.replace(/\.txt$/, '.facts.txt'));
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
