// The blind rounds of 新闻联播 records kept in eval/rounds/ (gold by hand, the records named by id and read from
// ../shared/corpora/xwlb): each round's core F1 through the real CLI and the shared scorer must stay at its floor,
// the figure at the commit round.json names less 0.02. A rule that lifts the dev sets and drops a round shows here.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ROOT, SHARED, describeWithShared } from '../shared';

const KG = path.join(ROOT, 'bin/kg.js');
const ROUNDS = path.join(ROOT, 'eval/rounds');
const XWLB = path.join(SHARED, 'corpora/xwlb');

interface Round {
  round: number;
  floor: number;
}

/** Every 新闻联播 record of ../shared by its id, as its line. */
function recordsById(): Map<string, string> {
  const byId = new Map<string, string>();
  for (const f of fs.readdirSync(XWLB).filter((n) => /^xwlb-\d{4}\.jsonl$/.test(n))) {
    for (const line of fs.readFileSync(path.join(XWLB, f), 'utf8').split('\n')) {
      const id = /^\{"id":"([^"]+)"/.exec(line)?.[1];
      if (id) byId.set(id, line);
    }
  }
  return byId;
}

describeWithShared('blind rounds of 新闻联播 kept in eval/rounds', ['eval/score.mjs', 'corpora/xwlb/xwlb-2018.jsonl'], () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-rounds-'));
  const rounds = fs.readdirSync(ROUNDS).filter((d) => /^\d+$/.test(d)).sort();
  let byId: Map<string, string> | null = null;

  it('holds rounds, each with its gold, its records\' ids and its floor', () => {
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) for (const f of ['gold.json', 'ids.txt', 'round.json']) expect(fs.existsSync(path.join(ROUNDS, r, f))).toBe(true);
  });

  it.each(rounds)('round %s: core F1 at its floor or above', (r) => {
    byId ??= recordsById();
    const dir = path.join(tmp, r);
    fs.mkdirSync(dir, { recursive: true });
    const ids = fs.readFileSync(path.join(ROUNDS, r, 'ids.txt'), 'utf8').split('\n').filter(Boolean);
    const lines = ids.map((id) => byId!.get(id));
    expect(lines.every((l) => l !== undefined)).toBe(true);
    // (the gold names its file records.jsonl, the scorer groups the output by the base name of each record's source)
    fs.writeFileSync(path.join(dir, 'records.jsonl'), `${lines.join('\n')}\n`);
    fs.copyFileSync(path.join(ROUNDS, r, 'gold.json'), path.join(dir, 'gold.json'));
    const out = path.join(tmp, `out-${r}.jsonl`);
    execFileSync('node', [KG, 'extract', path.join(dir, 'records.jsonl'), '-o', out], { stdio: 'pipe' });
    const s = JSON.parse(execFileSync('node', [path.join(SHARED, 'eval/score.mjs'), out, dir, '--json']).toString()) as { coreF1: number };
    const { floor } = JSON.parse(fs.readFileSync(path.join(ROUNDS, r, 'round.json'), 'utf8')) as Round;
    expect(Number(s.coreF1.toFixed(3))).toBeGreaterThanOrEqual(floor);
  }, 120000);
});
