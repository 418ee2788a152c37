// node dist/scripts/extract-speed.js DIR [--model OLD.json] [--repeat 3]
//
// Articles per second of extractPage (what `kg extract` runs on each file, one thread, no
// output written) over the .txt files of DIR — e.g. the PFR days 21–31 export — with the
// committed name model, and with the model of --model in its place, in turns in one process
// (the fastest of --repeat runs each: the one the machine's other tenants disturbed least).
import fs from 'node:fs';
import path from 'node:path';
import { extractPage } from '../src/pipeline';
import { loadNameModel, useNameModel } from '../src/extract/names';
import committed from '../src/extract/names/model.json';
import type { NameModelJson } from '../src/extract/names/model-format';

const argv = process.argv.slice(2);
const opt = (n: string): string | undefined => (argv.includes(n) ? argv[argv.indexOf(n) + 1] : undefined);
const dir = argv[0];
if (!dir || !fs.existsSync(dir)) {
  console.error('usage: extract-speed DIR [--model OLD.json] [--repeat 3]');
  process.exit(2);
}
const pages = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
const models: [string, NameModelJson][] = [['committed', committed as unknown as NameModelJson]];
const other = opt('--model');
if (other) models.push([other, JSON.parse(fs.readFileSync(other, 'utf8')) as NameModelJson]);
const repeat = Number(opt('--repeat') ?? 3);
loadNameModel();
const best = new Map<string, { s: number; articles: number }>();
for (let r = 0; r < repeat; r++) {
  for (const [name, m] of models) {
    useNameModel(m);
    const t0 = process.cpuUsage();
    let articles = 0;
    for (const p of pages) articles += extractPage(p.text, p.f).length;
    const u = process.cpuUsage(t0);
    const s = (u.user + u.system) / 1e6;
    if (!best.has(name) || s < best.get(name)!.s) best.set(name, { s, articles });
  }
}
const mb = pages.reduce((n, p) => n + Buffer.byteLength(p.text), 0) / 1e6;
for (const [name, { s, articles }] of best) {
  console.log(`${name}: ${pages.length} files, ${articles} articles, ${mb.toFixed(2)} MB in ${s.toFixed(2)} s CPU (best of ${repeat}): ${(articles / s).toFixed(0)} articles/s, ${(mb / s).toFixed(2)} MB/s`);
}
