// No body text is lost on the way from page to articles: for every fixture
// test/fixtures/ingest/kept/<name>.txt, each sentence listed in <name>.kept.txt must appear
// in the text of some article extractPage returns. The fixtures are minimal pages that once
// lost text (see docs/ingest.md, "Text that must not be lost").
import fs from 'node:fs';
import path from 'node:path';
import { extractPage } from '../../src/pipeline';
import { ROOT } from './helpers';

const DIR = path.join(ROOT, 'test', 'fixtures', 'ingest', 'kept');
const names = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.txt') && !f.endsWith('.kept.txt'))
  .map((f) => f.slice(0, -'.txt'.length))
  .sort();

describe('extractPage keeps the body text of a page', () => {
  it('has fixtures', () => expect(names.length).toBeGreaterThan(0));

  it.each(names)('%s', (name) => {
    const page = fs.readFileSync(path.join(DIR, `${name}.txt`), 'utf8');
    const kept = fs.readFileSync(path.join(DIR, `${name}.kept.txt`), 'utf8').split('\n').filter(Boolean);
    const texts = extractPage(page, `${name}.txt`).map((r) => r.text).join('\n');
    const lost = kept.filter((sentence) => !texts.includes(sentence));
    expect(lost).toEqual([]);
  });
});
