// The extractor on the development sets of ../shared/gold through the real CLI and the shared
// scorer, failing below the figures issue 13 asks of every set: persons ≥ 0.95, titles ≥ 0.90,
// attendance ≥ 0.90 with role accuracy ≥ 0.95, meetings ≥ 0.85, visits ≥ 0.80, met ≥ 0.85;
// and the seeds' core F1 ≥ 0.97. People's Daily 1998 (pfr-dev) is exported from the PFR corpus
// as its README says; 新闻联播 (xwlb-dev) is read from its record file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ROOT, SHARED, describeWithShared } from '../shared';

const KG = path.join(ROOT, 'bin/kg.js');

interface Scores {
  [metric: string]: { f1: number; roleAccuracy?: number } | number | unknown;
}

function score(out: string, gold: string): Record<string, { f1: number; roleAccuracy?: number }> & { coreF1: number } {
  return JSON.parse(execFileSync('node', [path.join(SHARED, 'eval/score.mjs'), out, path.join(SHARED, 'gold', gold), '--json']).toString()) as Scores as never;
}

function expectIssueTargets(s: ReturnType<typeof score>): void {
  const f1 = (m: string) => [m, Number(s[m].f1.toFixed(3))];
  expect(f1('persons')[1]).toBeGreaterThanOrEqual(0.95);
  expect(f1('titles')[1]).toBeGreaterThanOrEqual(0.9);
  expect(f1('attendance')[1]).toBeGreaterThanOrEqual(0.9);
  expect(s.attendance.roleAccuracy).toBeGreaterThanOrEqual(0.95);
  expect(f1('meetings')[1]).toBeGreaterThanOrEqual(0.85);
  expect(f1('visits')[1]).toBeGreaterThanOrEqual(0.8);
  expect(f1('met')[1]).toBeGreaterThanOrEqual(0.85);
}

describeWithShared('extraction on the development sets', ['eval/score.mjs', 'gold', 'corpora/pfr199801/199801.txt', 'corpora/xwlb/xwlb-dev.jsonl'], () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-dev-'));

  it('seeds: core F1 ≥ 0.97', () => {
    const out = path.join(tmp, 'seeds.jsonl');
    execFileSync('node', [KG, 'extract', path.join(ROOT, 'seeds'), '-o', out], { stdio: 'pipe' });
    expect(score(out, 'seeds').coreF1).toBeGreaterThanOrEqual(0.97);
  }, 120000);

  it("pfr-dev (People's Daily, January 1998): the issue's targets", () => {
    const all = path.join(tmp, 'pfr-all');
    const dev = path.join(tmp, 'pfr-dev');
    execFileSync('node', [path.join(SHARED, 'eval/pfr.mjs'), 'export', path.join(SHARED, 'corpora/pfr199801/199801.txt'), all, '--days', '1-20'], { stdio: 'pipe' });
    fs.mkdirSync(dev);
    for (const f of fs.readFileSync(path.join(SHARED, 'gold/pfr-dev/articles.txt'), 'utf8').split('\n').filter(Boolean)) fs.copyFileSync(path.join(all, f), path.join(dev, f));
    const out = path.join(tmp, 'pfr.jsonl');
    execFileSync('node', [KG, 'extract', dev, '--year', '1998', '-o', out], { stdio: 'pipe' });
    const s = score(out, 'pfr-dev');
    expectIssueTargets(s);
    // the core (persons, titles, attendance, meetings, policies) of today, 0.881, less a margin
    expect(s.coreF1).toBeGreaterThanOrEqual(0.87);
  }, 180000);

  it('xwlb-dev (新闻联播 records, 2019–2023): the issue\'s targets', () => {
    const out = path.join(tmp, 'xwlb.jsonl');
    execFileSync('node', [KG, 'extract', path.join(SHARED, 'corpora/xwlb/xwlb-dev.jsonl'), '-o', out], { stdio: 'pipe' });
    const s = score(out, 'xwlb-dev');
    expectIssueTargets(s);
    // the core of today, 0.956, less a margin
    expect(s.coreF1).toBeGreaterThanOrEqual(0.94);
  }, 120000);
});
