// mapArray: Array.prototype.map's result, but packed whether or not V8 has optimized the
// caller (the inlined map of optimized code gives a holey array: the code reading it was
// deoptimized and compiled again in every worker thread while it warmed up).
import { execFileSync } from 'node:child_process';
import { mapArray } from '../../src/arrays';

describe('mapArray', () => {
  it('gives what Array.prototype.map gives, with the index', () => {
    const a = ['省委', '省政府', '', '长沙'];
    expect(mapArray(a, (s, i) => `${i}:${s}`)).toEqual(a.map((s, i) => `${i}:${s}`));
    expect(mapArray([], (x: number) => x + 1)).toEqual([]);
  });

  it('gives a packed array in interpreted and in optimized code', () => {
    // V8's own view of the arrays, in a child process with its natives enabled; the compiled
    // helper is inlined as source so that the test does not depend on dist/
    const script = `
      ${mapArray.toString()}
      const caller = (lines) => mapArray(lines, (l) => l.length > 2 ? 'text' : 'byline');
      const lines = ['湖南日报', '记者', '省委常委会召开会议'];
      %PrepareFunctionForOptimization(caller);
      %PrepareFunctionForOptimization(mapArray);
      const kinds = [%HasHoleyElements(caller(lines))];
      for (let i = 0; i < 100; i++) caller(lines);
      %OptimizeFunctionOnNextCall(caller);
      kinds.push(%HasHoleyElements(caller(lines)));
      const optimized = (%GetOptimizationStatus(caller) & 16) !== 0; // V8: 16 = optimized
      console.log(JSON.stringify({ kinds, optimized }));
    `;
    const out = JSON.parse(execFileSync(process.execPath, ['--allow-natives-syntax', '-e', script], { encoding: 'utf8' }));
    expect(out).toEqual({ kinds: [false, false], optimized: true });
  });
});
