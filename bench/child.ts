// One `kg` command run in this (child) process, for `npm run bench`: the same code as
// bin/kg.js, then its wall time, CPU time and peak resident memory (maxRSS covers every
// thread of the process, worker threads included) written as JSON to the file named first.
// On Linux it also samples the CPU time of every thread (/proc/self/task, every 100 ms; a
// thread's last sample before it ends counts), from which the bench estimates the speed-up
// on idle cores.
//   node dist/bench/child.js RESULT.json extract DIR -o OUT.jsonl --workers 2
import fs from 'node:fs';
import { run } from '../src/cli/main';

export interface ThreadCpu {
  tid: number;
  /** the main thread (tid = pid) */
  main: boolean;
  cpuMs: number;
}

const threads = new Map<number, ThreadCpu>();
const ticksMs = 10; // USER_HZ is 100 on Linux

function sampleThreads(): void {
  let tids: string[];
  try {
    tids = fs.readdirSync('/proc/self/task');
  } catch {
    return; // not Linux: no per-thread figures
  }
  for (const t of tids) {
    try {
      const stat = fs.readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cpuMs = (Number(fields[11]) + Number(fields[12])) * ticksMs;
      const tid = Number(t);
      const prev = threads.get(tid);
      if (!prev || cpuMs >= prev.cpuMs) threads.set(tid, { tid, main: tid === process.pid, cpuMs });
    } catch {
      // the thread ended between the listing and the read
    }
  }
}

const [resultFile, ...args] = process.argv.slice(2);
const timer = setInterval(sampleThreads, 100);
const t0 = performance.now();
run(args).then((code) => {
  const wallMs = performance.now() - t0;
  sampleThreads();
  clearInterval(timer);
  const u = process.resourceUsage();
  const cpuMs = (u.userCPUTime + u.systemCPUTime) / 1000;
  const perThread = [...threads.values()].filter((t) => t.cpuMs > 0).sort((a, b) => b.cpuMs - a.cpuMs);
  fs.writeFileSync(resultFile, JSON.stringify({ code, wallMs, cpuMs, maxRssKiB: u.maxRSS, threads: perThread }) + '\n');
  process.exitCode = code;
});
