// The viewer's server, over real sockets: serves the viewer, the files kg build writes and
// one article at a time (GET /api/article), nothing else; answers traversal attempts with 404
// (never file contents), binds loopback by default, refuses writes.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError, UsageError } from '../../src/errors';
import { check } from '../../src/cli/commands/serve';
import { requestSegments, startServer, type RunningServer } from '../../src/serve/server';
import { indexArticles, lineId } from '../../src/serve/articles';
import { indexArticleLines, readTextsAt } from '../../src/export/articles';
import { ensureViewerBuilt, FIXTURE_DIR, rawRequest, ROOT } from './helpers';

const SECRET = 'TOP-SECRET-' + crypto.randomBytes(6).toString('hex');

// base/secret.txt lies beside the two served folders: base/data (graph.json) and base/viewer
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-serve-'));
const dataDir = path.join(base, 'data');
const viewerDir = path.join(base, 'viewer');
let server: RunningServer;
let port: number;

beforeAll(async () => {
  fs.mkdirSync(dataDir);
  fs.mkdirSync(path.join(viewerDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(base, 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(dataDir, 'secret.txt'), SECRET); // in the data folder but not graph.json
  fs.copyFileSync(path.join(FIXTURE_DIR, 'graph.json'), path.join(dataDir, 'graph.json'));
  fs.writeFileSync(path.join(viewerDir, 'index.html'), '<!doctype html><title>viewer</title>');
  fs.writeFileSync(path.join(viewerDir, 'assets', 'app.js'), 'console.log(1)');
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(viewerDir, 'assets', 'link.txt'));
  fs.symlinkSync(base, path.join(viewerDir, 'up'));
  server = await startServer({ dir: dataDir, port: 0, viewerDir });
  port = server.address.port;
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(base, { recursive: true, force: true });
});

describe('what it serves', () => {
  it('serves the viewer at / and the graph at /graph.json', async () => {
    const index = await rawRequest(port, 'GET', '/');
    expect(index.status).toBe(200);
    expect(index.headers).toMatch(/content-type: text\/html/i);
    expect(index.body).toContain('<title>viewer</title>');

    const asset = await rawRequest(port, 'GET', '/assets/app.js?v=1');
    expect(asset.status).toBe(200);
    expect(asset.headers).toMatch(/content-type: text\/javascript/i);

    const graph = await rawRequest(port, 'GET', '/graph.json');
    expect(graph.status).toBe(200);
    expect(JSON.parse(graph.body)).toEqual(JSON.parse(fs.readFileSync(path.join(dataDir, 'graph.json'), 'utf8')));
  });

  it('answers HEAD with headers and no body', async () => {
    const r = await rawRequest(port, 'HEAD', '/graph.json');
    expect(r.status).toBe(200);
    expect(r.headers).toMatch(new RegExp(`content-length: ${fs.statSync(path.join(dataDir, 'graph.json')).size}`, 'i'));
    expect(r.body).toBe('');
  });

  it('serves nothing else from the data folder', async () => {
    const r = await rawRequest(port, 'GET', '/secret.txt');
    expect(r.status).toBe(404);
    expect(r.body).not.toContain(SECRET);
  });
});

describe("the build's own files", () => {
  it('serves graph.gexf, the CSV files, articles.jsonl and import.args with their content types; nothing else, no symlink out', async () => {
    const files: [string, RegExp][] = [
      ['graph.gexf', /content-type: application\/gexf\+xml/i],
      ['nodes_Person.csv', /content-type: text\/csv/i],
      ['rels_MENTIONS_Person.csv', /content-type: text\/csv/i],
      ['articles.jsonl', /content-type: application\/x-ndjson/i],
      ['import.args', /content-type: text\/plain/i],
    ];
    for (const [name] of files) if (!fs.existsSync(path.join(dataDir, name))) fs.writeFileSync(path.join(dataDir, name), `${name} ${SECRET.length}\n`);
    for (const [name, type] of files) {
      const r = await rawRequest(port, 'GET', `/${name}`);
      expect([name, r.status]).toEqual([name, 200]);
      expect(r.headers).toMatch(type);
      expect(r.body).toBe(fs.readFileSync(path.join(dataDir, name), 'utf8'));
    }
    // a CSV file kg build never writes, one in a sub-folder, one that is a link out: 404
    fs.writeFileSync(path.join(dataDir, 'mine.csv'), SECRET);
    fs.mkdirSync(path.join(dataDir, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'sub', 'graph.gexf'), SECRET);
    fs.symlinkSync(path.join(base, 'secret.txt'), path.join(dataDir, 'rels_LINK.csv'));
    for (const target of ['/mine.csv', '/sub/graph.gexf', '/rels_LINK.csv', '/..%2fsecret.txt', '/nodes_%2e%2e.csv/../secret.txt']) {
      const r = await rawRequest(port, 'GET', target);
      expect([target, r.status]).toEqual([target, 404]);
      expect(r.body).not.toContain(SECRET);
    }
  });
});

describe('GET /api/article', () => {
  const records = [
    { id: 'a/01#1', source: '01.txt', newspaper: '湖南日报', date: '2025-03-26', title: '沈晓明主持召开会议', subtitle: null, page: '01', text: '𠀀26日，沈晓明主持召开会议。\n毛伟明出席。', entities: [] },
    // an id with a quote and a backslash; a line that does not start with the id
    { id: 'b "x\\y"#2', source: 'b.json', newspaper: null, date: null, title: 'T', subtitle: 'S', text: '正文' },
  ];
  const write = (rs: object[], extra = '') => fs.writeFileSync(path.join(dataDir, 'articles.jsonl'), rs.map((r) => JSON.stringify(r)).join('\n') + '\n' + extra);
  const get = async (id: string) => {
    const r = await rawRequest(port, 'GET', `/api/article?id=${encodeURIComponent(id)}`);
    return { ...r, json: r.status === 200 ? JSON.parse(r.body) : null };
  };

  it('answers an article as JSON: heading and text, the text as written (offsets index it)', async () => {
    const { text: _t, ...second } = records[1];
    write([records[0]], JSON.stringify({ title: 'T', ...second, text: '正文' }) + '\n');
    const a = await get(records[0].id);
    expect(a.status).toBe(200);
    expect(a.headers).toMatch(/content-type: application\/json/i);
    expect(a.headers).toMatch(/content-security-policy/i);
    expect(a.json).toEqual({ id: 'a/01#1', title: '沈晓明主持召开会议', subtitle: null, newspaper: '湖南日报', date: '2025-03-26', page: '01', source: '01.txt', text: records[0].text });
    const start = a.json.text.indexOf('沈');
    expect(a.json.text.slice(start, start + 3)).toBe('沈晓明'); // UTF-16 offsets, astral character before
    const b = await get(records[1].id);
    expect(b.json).toMatchObject({ id: records[1].id, subtitle: 'S', text: '正文', page: null });
  });

  it('says what is wrong: no id 400, an unknown id 404, no articles.jsonl 404', async () => {
    write(records);
    expect((await rawRequest(port, 'GET', '/api/article')).status).toBe(400);
    expect((await rawRequest(port, 'GET', `/api/article?id=${'x'.repeat(5000)}`)).status).toBe(400);
    const unknown = await get('nope#1');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain('no article "nope#1"');
    fs.renameSync(path.join(dataDir, 'articles.jsonl'), path.join(dataDir, 'articles.off'));
    try {
      const none = await get(records[0].id);
      expect(none.status).toBe(404);
      expect(none.body).toContain('no articles.jsonl');
    } finally {
      fs.renameSync(path.join(dataDir, 'articles.off'), path.join(dataDir, 'articles.jsonl'));
    }
  });

  it('reads a rebuilt file anew; a file of many chunks, with a line longer than a chunk, is indexed right', async () => {
    write(records);
    expect((await get(records[0].id)).json.title).toBe('沈晓明主持召开会议');
    const many = Array.from({ length: 3000 }, (_, i) => ({ id: `p/${i}#1`, title: `第${i}篇`, text: `第${i}篇的正文。`.repeat(i % 7 === 0 ? 60 : 3) }));
    const long = { id: 'long#1', title: '长文', text: '长'.repeat(700_000) }; // 2.1 MB of UTF-8 on one line
    write([...many.slice(0, 1500), long, ...many.slice(1500)]);
    for (const i of [0, 1, 1499, 1500, 2999]) expect((await get(`p/${i}#1`)).json).toMatchObject({ title: `第${i}篇`, text: many[i].text });
    expect((await get('long#1')).json.text).toHaveLength(700_000);
    const idx = await indexArticles(path.join(dataDir, 'articles.jsonl'));
    expect(idx.count).toBe(3001);
  });

  it('an id on two lines: kg serve shows the later one, the line kg load stores (one line reader)', async () => {
    write([...records, { id: 'dup#1', title: '先', text: '先写的正文。' }, { id: 'dup#1', title: '后', text: '后写的正文。' }]);
    expect((await get('dup#1')).json).toMatchObject({ title: '后', text: '后写的正文。' });
    const file = path.join(dataDir, 'articles.jsonl');
    expect(readTextsAt(file, indexArticleLines(file), ['dup#1']).get('dup#1')).toBe('后写的正文。');
    expect((await indexArticles(file)).count).toBe(records.length + 1);
  });

  it('reads the id from the start of a line without parsing it, else parses the line', () => {
    expect(lineId(Buffer.from('{"id":"a \\"b\\" \\\\ c#1","text":"…"}'))).toBe('a "b" \\ c#1');
    expect(lineId(Buffer.from('{"title":"t","id":"z#2"}'))).toBe('z#2');
    expect(lineId(Buffer.from('{"title":"t"}'))).toBeNull();
    expect(lineId(Buffer.from('not json'))).toBeNull();
  });
});

describe('path traversal', () => {
  const attempts = [
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/assets/../index.html', // even one that would stay inside: `..` is never followed
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/.%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/%252e%252e/secret.txt', // double-encoded: decodes once to a literal name, which does not exist
    `/${encodeURIComponent(path.join(base, 'secret.txt'))}`,
    `/${path.join(base, 'secret.txt')}`,
    `//${path.join(base, 'secret.txt')}`,
    '/etc/passwd',
    `http://127.0.0.1${path.join(base, 'secret.txt')}`,
    'http://127.0.0.1/../secret.txt',
    '/graph.json%00',
    '/graph.json%00.html',
    '/%00',
    '/%e0%a4%a', // malformed escape
    '/assets/link.txt', // symlink inside the viewer that points out
    '/up/secret.txt', // symlinked folder that points out
    '/./index.html',
  ];

  it.each(attempts)('%s → 404 without file contents', async (target) => {
    const r = await rawRequest(port, 'GET', target);
    // node's HTTP parser itself answers 400 to a few targets before we see them; never 200
    expect([404, 400]).toContain(r.status);
    if (r.status === 400) expect(target).toMatch(/\\|%00|http:/);
    expect(r.body).not.toContain(SECRET);
    expect(r.body).not.toMatch(/root:.*:0:0:/);
  });

  it('is refused by the pure path check, before any file is looked at', () => {
    for (const t of attempts.filter((a) => /\.\.|%2e|%2f|%5c|%00|\\|^http|\/\.\//i.test(a)))
      expect(requestSegments(t)).toBeNull();
    expect(requestSegments('/assets/app.js?x=/../y')).toEqual(['assets', 'app.js']);
    expect(requestSegments('/%E6%B2%88.json')).toEqual(['沈.json']);
  });
});

describe('read-only', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('%s → 405, graph.json unchanged', async (method) => {
    const before = fs.readFileSync(path.join(dataDir, 'graph.json'));
    for (const target of ['/', '/graph.json', '/new-file.json']) {
      const r = await rawRequest(port, method, target);
      expect(r.status).toBe(405);
      expect(r.headers).toMatch(/^allow: GET, HEAD$/im);
    }
    expect(fs.readFileSync(path.join(dataDir, 'graph.json')).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'new-file.json'))).toBe(false);
    expect(fs.existsSync(path.join(viewerDir, 'new-file.json'))).toBe(false);
  });
});

describe('binding', () => {
  it('binds 127.0.0.1 by default: another loopback address is refused', async () => {
    expect(server.address.address).toBe('127.0.0.1');
    expect(server.url).toBe(`http://127.0.0.1:${port}/`);
    // all of 127.0.0.0/8 reaches this machine, but only a socket bound to it answers there
    await expect(rawRequest(port, 'GET', '/', '127.0.0.2')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('binds where --host says: 0.0.0.0 answers on 127.0.0.2 too', async () => {
    const wide = await startServer({ dir: dataDir, port: 0, viewerDir, host: '0.0.0.0' });
    try {
      expect(wide.address.address).toBe('0.0.0.0');
      const r = await rawRequest(wide.address.port, 'GET', '/graph.json', '127.0.0.2');
      expect(r.status).toBe(200);
    } finally {
      await wide.close();
    }
  });

  it('kg serve options: loopback unless --host; --host alone means every interface', () => {
    expect(check({ dir: 'out', port: 8080 }).host).toBe('127.0.0.1');
    expect(check({ dir: 'out', port: 8080, host: '' }).host).toBe('0.0.0.0');
    expect(check({ dir: 'out', port: 8080, host: '::1' }).host).toBe('::1');
    expect(() => check({ dir: 'out', port: 70000 })).toThrow(UsageError);
    expect(() => check({ dir: 'out', port: 1.5 })).toThrow(UsageError);
  });
});

describe('errors', () => {
  it('names the missing graph.json', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-serve-empty-'));
    try {
      await expect(startServer({ dir: empty, port: 0, viewerDir })).rejects.toBeInstanceOf(InputError);
      await expect(startServer({ dir: empty, port: 0, viewerDir })).rejects.toMatchObject({ code: 'MISSING' });
    } finally {
      fs.rmSync(empty, { recursive: true });
    }
  });

  it('says when the port is taken', async () => {
    await expect(startServer({ dir: dataDir, port, viewerDir })).rejects.toBeInstanceOf(UsageError);
  });

  it('says when the viewer is not built', async () => {
    await expect(startServer({ dir: dataDir, port: 0, viewerDir: path.join(base, 'nope') })).rejects.toMatchObject({
      code: 'MISSING',
    });
  });
});

describe('kg serve (the CLI)', () => {
  const cli = path.join(ROOT, 'dist', 'src', 'cli', 'commands', 'serve.js');
  const stale = () =>
    !fs.existsSync(cli) ||
    ['src/cli/commands/serve.ts', 'src/serve/server.ts'].some((f) => fs.statSync(path.join(ROOT, f)).mtimeMs > fs.statSync(cli).mtimeMs);

  it('prints the URL, serves the graph, stops on SIGTERM', async () => {
    if (stale()) {
      // compile (others' files may not type-check while they work; tsc emits all the same)
      await new Promise((res) => spawn('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'ignore' }).on('exit', res));
    }
    expect(stale()).toBe(false);
    ensureViewerBuilt(); // kg serve serves the package's own viewer/dist
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'kg.js'), 'serve', dataDir, '--port', '0'], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const exited = new Promise<number | null>((res) => child.on('exit', res));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (c) => {
          stdout += c;
          const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout);
          if (m) resolve(m[0]);
        });
        child.on('exit', () => reject(new Error(`kg serve exited: ${stderr}`)));
      });
      const r = await rawRequest(Number(new URL(url).port), 'GET', '/graph.json');
      if (r.status !== 200) throw new Error(`status ${r.status}: ${stderr}`);
      expect(JSON.parse(r.body).nodes.length).toBeGreaterThan(0);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 120_000);
});
