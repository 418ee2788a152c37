// Issue 17, item 9: a page file above the documented size (MAX_INPUT_BYTES, 64 MiB: a page is
// read whole and peaks at about 17× its size) is refused with one line naming it, before it is
// read; the other inputs are still extracted and the exit code is 1.
import fs from 'node:fs';
import path from 'node:path';
import { MAX_INPUT_BYTES } from '../../src/ingest/files';
import { kg, requireBuild, stderrLines } from '../ingest/cli-helpers';
import { tmpDir } from '../ingest/helpers';

const dir = tmpDir('large-page');
beforeAll(requireBuild);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('refuses a page file above 64 MiB in one line and extracts the rest', () => {
  expect(MAX_INPUT_BYTES).toBe(64 * 1024 * 1024);
  const big = path.join(dir, 'big.txt');
  fs.writeFileSync(big, '市委书记张建国主持会议。\n');
  fs.truncateSync(big, MAX_INPUT_BYTES + 1); // sparse: the size is what is refused, not the bytes
  const small = path.join(dir, 'small.txt');
  fs.writeFileSync(small, '全市民政工作会议召开\n本报讯 全市民政工作会议今天召开。市委书记张建国主持会议。\n');
  const out = path.join(dir, 'out.jsonl');
  const run = kg(['extract', big, small, '-o', out], 60000);
  expect(run.status).toBe(1);
  const lines = stderrLines(run).filter((l) => l.includes('big.txt'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/larger than the 64.0 MiB one input may have; split it into pages/);
  expect(fs.readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(1);
});
