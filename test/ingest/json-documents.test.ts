// A `.json` file beside the pages that is not article records (a manifest, a tool's gold file,
// written over several lines or as one object without an article) is skipped with a note, not
// read as bad records: `pfr.mjs export` puts gold-persons.json beside its pages, the bench a
// manifest.json beside its corpus.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractFile } from '../../src/parallel';
import { planUnits } from '../../src/ingest/records';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-jsondoc-'));

describe('JSON documents that are not records', () => {
  it('a pretty-printed object, large enough to be cut into parts, is one unit and skipped with a note', async () => {
    const file = path.join(dir, 'manifest.json');
    fs.writeFileSync(file, JSON.stringify({ dir: '/x', files: Array.from({ length: 4000 }, (_, i) => ({ name: `f${i}.txt`, title: '标题', content: '正文' })) }, null, 1));
    expect(planUnits([file])).toEqual([{ file }]);
    const r = await extractFile({ file, index: 0 }, null, 'records');
    expect(r.ok && [r.records?.length, r.problems ?? [], r.notes?.length]).toEqual([0, [], 1]);
  });
  it('a one-line object without an article (gold-persons.json) is skipped with a note', async () => {
    const file = path.join(dir, 'gold-persons.json');
    fs.writeFileSync(file, JSON.stringify({ 'a.txt': ['王某'] }));
    const r = await extractFile({ file, index: 0 }, null, 'records');
    expect(r.ok && [r.records?.length, r.problems ?? [], r.notes?.length]).toEqual([0, [], 1]);
  });
  it('JSON Lines named .json are still records', async () => {
    const file = path.join(dir, 'items.json');
    fs.writeFileSync(file, `${JSON.stringify({ id: '1', title: '标题', date: '2024-05-06', content: '市委书记张建国出席会议。' })}\n`);
    const r = await extractFile({ file, index: 0 }, null, 'records');
    expect(r.ok && r.records?.length).toBe(1);
  });
});
