// `kg start` (npm start) checks the viewer's port before anything else: with the port taken it
// fails within seconds, naming `npm start -- --port N`, before building or touching Neo4j.
// The real CLI (from src/, through test/neo4j/kg-ts.js) against a port this test holds.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { check } from '../../src/cli/commands/start';
import { mavenDownloaded } from '../../src/store/neo4j';
import { freePort, runKg } from '../neo4j/helpers';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-start-port-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function hold(port: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(port, '127.0.0.1', () => resolve(s));
  });
}

describe('kg start: the viewer port', () => {
  it('taken: fails before building, with the hint npm start -- --port N (and kg start --port N)', async () => {
    const port = await freePort();
    const holder = await hold(port);
    try {
      const out = path.join(work, 'out');
      // a Neo4j address where nothing answers: had kg start gone on, it would try to start one
      const env = { NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` };
      const t0 = Date.now();
      const r = await runKg(['start', '--port', String(port), '-o', out], env);
      const seconds = (Date.now() - t0) / 1000;
      expect(r.code).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`port ${port} on 127.0.0.1 is in use`);
      expect(lines[0]).toMatch(/npm start -- --port \d+/);
      expect(lines[0]).toMatch(/kg start --port \d+/);
      // the port it suggests is free
      const suggested = Number(/npm start -- --port (\d+)/.exec(lines[0])![1]);
      expect(suggested).not.toBe(port);
      await (await hold(suggested)).close();
      // nothing built, nothing said about Neo4j
      expect(fs.existsSync(out)).toBe(false);
      expect(r.stdout).toBe('');
      // the CLI's start-up from src/ included (TypeScript compiled on the fly); no build, no Neo4j
      expect(seconds).toBeLessThan(30);
    } finally {
      holder.close();
    }
  });

  it('check: 8080 by default, --port 0 for any free port, a bad port is a usage error', () => {
    expect(check({}).port).toBe(8080);
    expect(check({ port: 0 }).port).toBe(0);
    expect(() => check({ port: 70000 })).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});

describe('kg start: progress of the first fetch of Neo4j', () => {
  it("reads the bytes of Maven's `Downloaded from` lines, and nothing else", () => {
    const base = '[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/neo4j/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.jar';
    expect(mavenDownloaded(`${base} (12 MB at 3.1 MB/s)`)).toBe(12_000_000);
    expect(mavenDownloaded(`${base} (5.3 kB at 21 kB/s)`)).toBe(5300);
    expect(mavenDownloaded(`${base} (812 B at 4.0 kB/s)`)).toBe(812);
    expect(mavenDownloaded('[INFO] Downloading from central: https://repo.maven.apache.org/maven2/x/y.jar')).toBeNull();
    expect(mavenDownloaded('[INFO] BUILD SUCCESS')).toBeNull();
  });
});
