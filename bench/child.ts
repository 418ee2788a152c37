// One `kg` command run in this (child) process, for `npm run bench`: the same code as
// bin/kg.js, then its wall time, CPU time and peak resident memory (maxRSS covers every
// thread of the process, worker threads included) written as JSON to the file named first.
//   node dist/bench/child.js RESULT.json extract DIR -o OUT.jsonl --workers 2
import fs from 'node:fs';
import { run } from '../src/cli/main';

const [resultFile, ...args] = process.argv.slice(2);
const t0 = performance.now();
run(args).then((code) => {
  const wallMs = performance.now() - t0;
  const u = process.resourceUsage();
  const cpuMs = (u.userCPUTime + u.systemCPUTime) / 1000;
  fs.writeFileSync(resultFile, JSON.stringify({ code, wallMs, cpuMs, maxRssKiB: u.maxRSS }) + '\n');
  process.exitCode = code;
});
