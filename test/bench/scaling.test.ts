// fitScaling (bench/run.ts): the lines through the bench's sizes, and the speed-up per article
// read from their slopes — none when a line does not rise (short runs on a loaded machine).
import { fitScaling, type ExtractRun } from '../../bench/run';

function run(workers: number, articlesIn: number, wallMs: number): ExtractRun {
  return { corpus: 'main', articlesIn, workers, wallMs, wallsMs: [wallMs], cpuMs: wallMs, maxRssMiB: 100, idleMs: null, mainCpuMs: null, workerCpuMs: [], articles: articlesIn, output: '' };
}

describe('fitScaling', () => {
  it('fits start-up and time per 1000 articles for 1 and N workers, and their ratio', () => {
    // 1 worker: 1 s + 600 ms per 1000; 2 workers: 2 s + 300 ms per 1000
    const runs = [1000, 4000, 8000].flatMap((n) => [run(1, n, 1000 + 0.6 * n), run(2, n, 2000 + 0.3 * n)]);
    const s = fitScaling(runs, 2)!;
    expect(s.sizes).toEqual([1000, 4000, 8000]);
    expect(s.single.fixedMs).toBeCloseTo(1000, 6);
    expect(s.single.msPer1000).toBeCloseTo(600, 6);
    expect(s.parallel.fixedMs).toBeCloseTo(2000, 6);
    expect(s.parallel.msPer1000).toBeCloseTo(300, 6);
    expect(s.marginalSpeedup).toBeCloseTo(2, 9);
  });

  it('reads no speed-up when a line falls with size (noise larger than the sizes\' difference)', () => {
    const runs = [run(1, 200, 900), run(1, 800, 950), run(1, 1600, 1100), run(2, 200, 1500), run(2, 800, 1400), run(2, 1600, 1350)];
    const s = fitScaling(runs, 2)!;
    expect(s.single.msPer1000).toBeGreaterThan(0);
    expect(s.parallel.msPer1000).toBeLessThan(0);
    expect(s.marginalSpeedup).toBeNull();
  });

  it('needs two sizes for each worker count', () => {
    expect(fitScaling([run(1, 200, 900), run(2, 200, 700), run(2, 800, 900)], 2)).toBeNull();
  });
});
