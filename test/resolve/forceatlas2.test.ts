// The layout's ForceAtlas2 (src/resolve/forceatlas2.ts: the package's iteration, its Barnes–Hut
// regions in one buffer for the whole run) gives the package's own positions, bit for bit.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { forceAtlas2Positions } from '../../src/resolve/forceatlas2';
import { hashPosition } from '../../src/resolve/graph';
import { mulberry32 } from '../../src/prng';

/** A graph of `n` nodes at their hashed positions, a few edges each, some nodes on one point. */
function randomGraph(n: number, seed: number): Graph {
  const g = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  const rnd = mulberry32(seed);
  for (let i = 0; i < n; i++) {
    const [x, y] = i % 97 === 0 ? [0, 0] : hashPosition(`n${i}`);
    g.addNode(`n${i}`, { x, y });
  }
  for (let i = 0; i < n * 2; i++) {
    const [s, t] = [`n${Math.floor(rnd() * n)}`, `n${Math.floor(rnd() * n)}`];
    if (s !== t && !g.hasEdge(s, t)) g.addEdge(s, t);
  }
  return g;
}

describe('forceAtlas2Positions', () => {
  it.each([
    ['Barnes–Hut, the regions buffer grown during the run', 600, true, 15],
    ['without Barnes–Hut', 300, false, 10],
    ['one node', 1, true, 3],
  ])('gives the positions of graphology-layout-forceatlas2 (%s)', (_, n, barnesHutOptimize, iterations) => {
    const g = randomGraph(n, n);
    const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize };
    expect(forceAtlas2Positions(g, iterations, settings)).toEqual(forceAtlas2(g, { iterations, settings }));
  });

  it('refuses settings and iteration counts the package refuses', () => {
    const g = randomGraph(10, 1);
    expect(() => forceAtlas2Positions(g, 0, {})).toThrow(RangeError);
    expect(() => forceAtlas2Positions(g, 1, { linLogMode: 'yes' })).toThrow(/linLogMode/);
  });
});
