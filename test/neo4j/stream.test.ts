// The streamed plan of kg load (src/store/neo4j/stream.ts) against the plan held whole
// (planLoad + attachArticleTexts): the same rows, texts and build id, in batches of the given
// size, from graph.json as kg build writes it (a node or edge a line) and as a person might
// (one pretty-printed document). No server needed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../src/errors';
import { writeJsonLines } from '../../src/export/jsonl-graph';
import { readArticleTexts } from '../../src/export/articles';
import { attachArticleTexts, buildId, openLoadStream, planLoad, type LoadPlan } from '../../src/store/neo4j';
import { ImportColumns, importCsvPieces } from '../../src/store/neo4j/csv';
import { FIXTURES } from './helpers';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-stream-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A fixture corpus copied with its graph.json in kg build's line layout. */
function lineLayout(name: string): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  const graph = JSON.parse(fs.readFileSync(path.join(FIXTURES, name, 'graph.json'), 'utf8'));
  writeJsonLines(path.join(dir, 'graph.json'), graph);
  fs.copyFileSync(path.join(FIXTURES, name, 'articles.jsonl'), path.join(dir, 'articles.jsonl'));
  return dir;
}

async function wholePlan(dir: string): Promise<LoadPlan> {
  const bytes = fs.readFileSync(path.join(dir, 'graph.json'));
  const plan = planLoad(JSON.parse(bytes.toString('utf8')), path.join(dir, 'graph.json'), buildId(bytes));
  await attachArticleTexts(plan, readArticleTexts(path.join(dir, 'articles.jsonl')));
  return plan;
}

const byKey = (rows: { key: string }[]) => JSON.stringify([...rows].sort((a, b) => (a.key < b.key ? -1 : 1)));

describe.each([
  ['kg build layout', () => lineLayout('corpus-b')],
  ['one pretty-printed document', () => path.join(FIXTURES, 'corpus-b')],
])('openLoadStream on graph.json in %s', (_, dirOf) => {
  it.each([1, 3, 10_000])('yields the rows of planLoad (texts attached) in batches of at most %i, nodes first', async (size) => {
    const dir = dirOf();
    const plan = await wholePlan(dir);
    const stream = openLoadStream(dir, size);
    expect(stream.build).toBe(buildId(fs.readFileSync(path.join(dir, 'graph.json'))));
    expect([stream.nodeCount, stream.relationshipCount]).toEqual([plan.nodeCount, plan.relationshipCount]);
    const batches = [...stream.batches()];
    expect(batches).toHaveLength(stream.batchCount);
    expect(batches.every((b) => b.rows.length >= 1 && b.rows.length <= size)).toBe(true);
    const firstRel = batches.findIndex((b) => b.kind === 'rel');
    expect(batches.slice(firstRel).every((b) => b.kind === 'rel')).toBe(true);
    for (const g of plan.nodes) expect(byKey(batches.filter((b) => b.what === `:${g.label}`).flatMap((b) => b.rows))).toBe(byKey(g.rows));
    for (const g of plan.relationships)
      expect(byKey(batches.filter((b) => b.what === `(:${g.from})-[:${g.type}]->(:${g.to})`).flatMap((b) => b.rows))).toBe(byKey(g.rows));
    expect(plan.nodes.find((g) => g.label === 'Article')!.rows.every((r) => typeof r.props.text === 'string')).toBe(true);
  });
});

describe('openLoadStream refuses before any batch', () => {
  it('an edge to a node that is not there, named, whatever its place in the file', () => {
    const dir = lineLayout('corpus-a');
    const file = path.join(dir, 'graph.json');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const last = lines.findIndex((l) => l.startsWith(']}')) - 1;
    lines[last] = lines[last].replace(/"target":"[^"]*"/, '"target":"Person:nobody"');
    fs.writeFileSync(file, lines.join('\n'));
    expect(() => openLoadStream(dir, 5)).toThrow(InputError);
    expect(() => openLoadStream(dir, 5)).toThrow(/target "Person:nobody" is not a node/);
  });

  it('a graph.json cut short', () => {
    const dir = lineLayout('corpus-a');
    const file = path.join(dir, 'graph.json');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.slice(0, text.lastIndexOf('\n]')));
    expect(() => openLoadStream(dir, 5)).toThrow(/cut short/);
  });
});

describe("kg import's files from the stream (ImportColumns)", () => {
  it.each([1, 4, 10_000])(
    'are the files importCsvPieces writes for the plan held whole, in batches of %i, with no plan held',
    async (size) => {
      for (const name of ['corpus-a', 'corpus-b', 'hostile']) {
        const dir = lineLayout(name);
        const plan = await wholePlan(dir);
        const whole = new Map<string, string>();
        for (const { file, text } of importCsvPieces(plan, path.join(dir, 'graph.json'))) whole.set(file, (whole.get(file) ?? '') + text);

        const columns = new ImportColumns(path.join(dir, 'graph.json'));
        const stream = openLoadStream(dir, size, columns);
        columns.articleText();
        const out = path.join(tmp, `${name}-csv-${size}`);
        fs.mkdirSync(out);
        const args = columns.write(stream.batches(), out);

        const files = fs.readdirSync(out).sort();
        expect(files).toEqual([...whole.keys()].sort());
        for (const f of files.filter((f) => f !== 'import.args')) expect([f, fs.readFileSync(path.join(out, f), 'utf8')]).toEqual([f, whole.get(f)]);
        // the same arguments; the files named in another order
        expect([...args].sort()).toEqual(whole.get('import.args')!.split('\n').filter(Boolean).sort());
      }
    },
  );
});
