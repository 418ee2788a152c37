// kg rank and kg lookup as a user runs them, over a folder built from the fixtures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildGraph } from '../../src/resolve/graph';
import { writeGraphFiles } from '../../src/export/build';
import { check as checkBuild } from '../../src/cli/commands/build';
import { UsageError } from '../../src/errors';
import { readFixture } from './helpers';
import { kg } from './cli-helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cli-'));
const records = [...readFixture('same-meeting.jsonl'), ...readFixture('protocol-order.jsonl')];
writeGraphFiles(buildGraph(records).graph, dir, new Map(records.map((r) => [r.id, r.text])));
// the texts the evidence offsets point into, as kg build writes them
fs.writeFileSync(path.join(dir, 'articles.jsonl'), records.map((r) => JSON.stringify(r) + '\n').join(''));

describe('kg rank', () => {
  it('prints the ranking with the observations of each step', async () => {
    const r = await kg(['rank', dir]);
    expect(r.code).toBe(0);
    const names = [...r.stdout.matchAll(/^\s+\d+\. (\S+)/gm)].map((m) => m[1]);
    expect(names.indexOf('周立新')).toBeLessThan(names.indexOf('吴海燕'));
    expect(names.indexOf('吴海燕')).toBeLessThan(names.indexOf('郑光明'));
    expect(r.stdout).toMatch(/周立新 > 吴海燕: \d+ of \d+ observations put 周立新 first/);
  });
  it('--json gives the ranking as data', async () => {
    const r = await kg(['rank', dir, '--json']);
    expect(JSON.parse(r.stdout).steps[0]).toEqual(expect.objectContaining({ agree: expect.any(Number), observations: expect.any(Number) }));
  });
  it('a folder without graph.json is one clear line and a non-zero exit', async () => {
    const r = await kg(['rank', fs.mkdtempSync(path.join(os.tmpdir(), 'kg-empty-'))]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/graph\.json/);
  });
});

describe('kg lookup', () => {
  it('a person: the meetings presided, each with its sentence and article', async () => {
    const r = await kg(['lookup', '周立新', dir]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const presided = lines.flatMap((l, i) => (/presided/.test(l) ? [i] : []));
    expect(presided.length).toBeGreaterThanOrEqual(3);
    for (const i of presided) expect(lines[i + 1]).toMatch(/「.*周立新.*」 — fx-/);
    expect(r.stdout).toMatch(/Posts:/);
    expect(r.stdout).toMatch(/Co-attendees:\n\s+吴海燕/);
  });
  it('a meeting: attendees in protocol order and the articles that report it', async () => {
    const r = await kg(['lookup', '2025年省委外事工作委员会全体会议', dir]);
    expect(r.stdout).toMatch(/Attendees in protocol order:\n\s+1\. 周立新 {2}presided\n[^\n]*「[^\n]*\n[^\n]*\n\s+2\. 吴海燕/);
    expect(r.stdout).toMatch(/Reported by:\n\s+fx-hn-0326#1[^\n]*\n\s+fx-sx-0326#1/);
  });
  it('an unknown name exits non-zero with suggestions', async () => {
    const r = await kg(['lookup', '吴海', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/吴海燕 — Person/);
  });
  it('an unknown name with a slip in it: close names of the graph, the person meant first', async () => {
    const r = await kg(['lookup', '周力新', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^nothing named 周力新 in the graph\nclose names in the graph:\n {2}周立新 — Person/);
  });
});

describe('kg build: options', () => {
  it('rejects a bad --year as usage', () => {
    expect(() => checkBuild({ inputs: ['x'], out: 'o', year: 25 })).toThrow(UsageError);
    expect(() => checkBuild({ inputs: [], out: 'o' })).toThrow(UsageError);
    expect(checkBuild({ inputs: ['x'], out: 'o', year: 2025 }).year).toBe(2025);
  });
});
