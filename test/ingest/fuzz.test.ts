// Fuzz of the extractor: extractPage (clean → segment → extract) over mutated seed pages.
// Pages are cut at random points, lines shuffled, dropped or repeated, pages spliced, and
// random characters inserted (controls, lone surrogates, emoji, BOMs, CRs, datelines,
// brackets). A seeded PRNG makes every case reproducible: the failure message names the
// case number and gives a shrunken input that still fails.
//
//   KG_FUZZ_CASES=3000 KG_FUZZ_MS=600000 KG_FUZZ_SEED=42 npx jest test/ingest/fuzz.test.ts
//
// By default 300 cases within 25 s of wall-clock time, whichever comes first (the log says
// how many ran); the cases are the same sequence either way.
//
// Properties: never throws; every record survives JSON.stringify → JSON.parse unchanged;
// every relation's evidence is `text.slice(start, end)` of its record; every relation's
// from/to is an entity id of the same record; entity ids are unique; record ids count up.
// Inputs that once failed live in test/fixtures/ingest/fuzz/ and are checked first.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { extractPage } from '../../src/pipeline';
import { decode } from '../../src/ingest/decode';
import { InputError } from '../../src/errors';
import { ENTITY_TYPES, RELATION_TYPES, type ArticleRecord } from '../../src/model';
import { prng, ROOT, seedNames, seedText } from './helpers';

const CASES = Number(process.env.KG_FUZZ_CASES ?? 300);
const SEED = Number(process.env.KG_FUZZ_SEED ?? 20250326);
/** wall-clock budget: the machine is shared, so stop early rather than run long */
const BUDGET_MS = Number(process.env.KG_FUZZ_MS ?? 25_000);
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'ingest', 'fuzz');

/** What is wrong with the extractor's answer for `input`, or null when nothing is. */
function violation(input: string, source = 'fuzz.txt', given?: ArticleRecord[]): string | null {
  let records: ArticleRecord[];
  try {
    records = given ?? extractPage(input, source);
  } catch (err) {
    return `threw ${(err as Error).name}: ${(err as Error).message.split('\n')[0]}`;
  }
  if (!Array.isArray(records)) return 'did not return an array';
  const base = source.replace(/\.[^.]*$/, '');
  for (const [i, rec] of records.entries()) {
    const where = `record ${i + 1}`;
    if (rec.id !== `${base}#${i + 1}`) return `${where}: id ${rec.id}, expected ${base}#${i + 1}`;
    let json: string;
    try {
      json = JSON.stringify(rec);
    } catch (err) {
      return `${where}: JSON.stringify threw ${(err as Error).message}`;
    }
    if (JSON.stringify(JSON.parse(json)) !== json) return `${where}: does not survive a JSON round trip`;
    if (typeof rec.text !== 'string') return `${where}: text is ${typeof rec.text}`;
    const ids = new Set<string>();
    for (const e of rec.entities) {
      if (ids.has(e.id)) return `${where}: entity id ${e.id} twice`;
      ids.add(e.id);
      if (!(ENTITY_TYPES as readonly string[]).includes(e.type)) return `${where}: entity type ${e.type}`;
      if (typeof e.name !== 'string' || !e.name) return `${where}: entity ${e.id} has no name`;
    }
    for (const [k, r] of rec.relations.entries()) {
      const rel = `${where} relation ${k + 1} (${r.type} ${r.from}→${r.to})`;
      if (!(RELATION_TYPES as readonly string[]).includes(r.type)) return `${rel}: unknown type`;
      if (!ids.has(r.from) || !ids.has(r.to)) return `${rel}: from/to is not an entity of the record`;
      const ev = r.evidence;
      if (!ev || !Number.isInteger(ev.start) || !Number.isInteger(ev.end)) return `${rel}: evidence offsets missing`;
      if (ev.start < 0 || ev.end < ev.start || ev.end > rec.text.length)
        return `${rel}: evidence [${ev.start}, ${ev.end}) outside the text (${rec.text.length})`;
      if (rec.text.slice(ev.start, ev.end) !== ev.text)
        return `${rel}: text.slice(${ev.start}, ${ev.end}) is ${JSON.stringify(rec.text.slice(ev.start, ev.end))}, evidence.text is ${JSON.stringify(ev.text)}`;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// mutations

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)];

/** Characters that have broken text pipelines before: controls, halves of pairs, marks. */
const NASTY = [
  '\u0000', '\u0007', '\u000b', '\u000c', '\r', '\r\n', '\n\n\n', '\t', '\u001b',
  '\ud800', '\udfff', '\ud83d\ude00', '\ufeff', '\ufffd', '\u200b', '\u3000', '\u00a0', '\u2028',
  '。', '，', '、', '“', '”', '（', '）', '(', ')', '《', '》', '：', '■', '▶', '——', '…',
  '讯', '电', '日', '月', '年', '记者', '通讯员', '本报讯', '湖南日报3月26日讯(全媒体记者 刘燕娟)',
  '新华社北京3月26日电', '省委书记', '主持召开', '出席', '会议', '2025年', '26日,', '第', '版',
  '\u0301', '𠀀', 'A', '0', ' ',
];

function randomText(r: Rand, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const k = int(r, 4);
    if (k === 0) s += pick(r, NASTY);
    else if (k === 1) s += String.fromCharCode(0x4e00 + int(r, 0x5200)); // any CJK ideograph
    else if (k === 2) s += String.fromCharCode(int(r, 0x80)); // any ASCII, controls included
    else s += String.fromCharCode(int(r, 0x10000)); // any code unit, lone surrogates included
  }
  return s;
}

const MUTATIONS: Record<string, (r: Rand, page: string, pages: string[]) => string> = {
  cutEnd: (r, p) => p.slice(0, int(r, p.length + 1)),
  cutStart: (r, p) => p.slice(int(r, p.length + 1)),
  cutMiddle: (r, p) => {
    const a = int(r, p.length + 1);
    const b = a + int(r, p.length - a + 1);
    return p.slice(0, a) + p.slice(b);
  },
  shuffleLines: (r, p) => {
    const lines = p.split('\n');
    for (let i = lines.length - 1; i > 0; i--) {
      const j = int(r, i + 1);
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    return lines.join('\n');
  },
  dropLines: (r, p) => p.split('\n').filter(() => r() > 0.3).join('\n'),
  repeatLines: (r, p) => p.split('\n').flatMap((l) => (r() < 0.1 ? [l, l, l] : [l])).join('\n'),
  splice: (r, p, pages) => {
    const q = pick(r, pages);
    return p.slice(0, int(r, p.length + 1)) + q.slice(int(r, q.length + 1));
  },
  insertChars: (r, p) => {
    let s = p;
    for (let n = 1 + int(r, 20); n > 0; n--) {
      const at = int(r, s.length + 1);
      s = s.slice(0, at) + randomText(r, 1 + int(r, 8)) + s.slice(at);
    }
    return s;
  },
  joinLines: (r, p) => p.replace(/\n/g, () => (r() < 0.5 ? '' : '\n')),
  breakLines: (r, p) => [...p].map((c) => (r() < 0.02 ? c + '\n' : c)).join(''),
  crlf: (_r, p) => p.replace(/\n/g, '\r\n'),
  noise: (r) => randomText(r, int(r, 400)),
};

function mutate(r: Rand, pages: string[]): { input: string; steps: string[] } {
  let input = pick(r, pages);
  const steps: string[] = [];
  for (let n = 1 + int(r, 3); n > 0; n--) {
    const name = pick(r, Object.keys(MUTATIONS));
    input = MUTATIONS[name](r, input, pages);
    steps.push(name);
  }
  return { input, steps };
}

/** Shrink a failing input (lines, then characters) while `fails` still holds; bounded. */
function shrink(input: string, fails: (s: string) => boolean, budget = 1500): string {
  let cur = input;
  for (const sep of ['\n', '']) {
    let parts = sep ? cur.split('\n') : [...cur];
    for (let chunk = Math.max(1, parts.length >> 1); chunk >= 1 && budget > 0; chunk >>= 1) {
      for (let i = 0; i < parts.length && budget > 0; ) {
        const trial = [...parts.slice(0, i), ...parts.slice(i + chunk)];
        budget--;
        if (trial.length && fails(trial.join(sep))) parts = trial;
        else i += chunk;
      }
    }
    cur = parts.join(sep);
  }
  return cur;
}

const kindOf = (v: string) => v.replace(/record \d+.*?: /, '').split(' ')[0];

// ---------------------------------------------------------------------------------------

describe('fuzz: extractPage over mutated seed pages', () => {
  const pages = seedNames().map(seedText);

  const fixtures = fs.existsSync(FIXTURES) ? fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort() : [];
  if (fixtures.length)
    it.each(fixtures)('past failure %s', (f) => {
      expect(violation(fs.readFileSync(path.join(FIXTURES, f), 'utf8'))).toBeNull();
    });

  it('the checker catches broken records (so the properties can fail)', () => {
    const page = pages.find((p) => extractPage(p, 'fuzz.txt').some((r) => r.relations.length > 0))!;
    const broken = (edit: (r: ArticleRecord) => void) => {
      const recs = extractPage(page, 'fuzz.txt');
      edit(recs.find((r) => r.relations.length > 0)!);
      return violation(page, 'fuzz.txt', recs);
    };
    expect(broken(() => undefined)).toBeNull();
    expect(broken((r) => (r.relations[0].evidence.start += 1))).toMatch(/text\.slice/);
    expect(broken((r) => (r.relations[0].to = 'e999'))).toMatch(/not an entity/);
    expect(broken((r) => (r.entities[1].id = r.entities[0].id))).toMatch(/twice|not an entity/);
    expect(broken((r) => (r.id = 'x#7'))).toMatch(/id x#7/);
  });

  it('the shrinker keeps what makes an input fail and drops the rest', () => {
    const page = pages[0];
    const fails = (t: string) => t.includes('沈晓明') && t.includes('\ud800');
    const input = page.slice(0, 2000) + '\ud800' + page.slice(2000);
    const small = shrink(input, fails);
    expect(fails(small)).toBe(true);
    expect(small).toHaveLength(4); // 沈晓明 and the lone surrogate, in either order, nothing else
  });

  it('the unmutated seed pages satisfy every property', () => {
    for (const p of pages) expect(violation(p)).toBeNull();
  });

  it(`up to ${CASES} mutated pages (seed ${SEED}) satisfy every property`, () => {
    const r = prng(SEED);
    const t0 = Date.now();
    let records = 0;
    let c = 0;
    for (; c < CASES && Date.now() - t0 < BUDGET_MS; c++) {
      const { input, steps } = mutate(r, pages);
      let v: string | null;
      try {
        const recs = extractPage(input, 'fuzz.txt');
        records += recs.length;
        v = violation(input, 'fuzz.txt', recs);
      } catch (err) {
        v = `threw ${(err as Error).name}: ${(err as Error).message.split('\n')[0]}`;
      }
      if (v) {
        const kind = kindOf(v);
        const small = shrink(input, (t) => {
          const w = violation(t);
          return w !== null && kindOf(w) === kind;
        });
        throw new Error(
          `case ${c} (seed ${SEED}; ${steps.join(' + ')}): ${v}\n` +
            `shrunk input (${small.length} chars), which gives: ${violation(small)}\n${JSON.stringify(small)}`,
        );
      }
    }
    console.log(`fuzz: ${c} cases, ${records} records, ${Date.now() - t0} ms`);
    expect(c).toBeGreaterThan(0);
  });
});

describe('fuzz: decode over mutated bytes of encoded seed pages', () => {
  const encodings = ['utf8', 'gb18030', 'utf16le', 'utf16be'] as const;
  const CODES = ['EMPTY', 'BINARY', 'UNDECODABLE'];

  it('returns clean text or throws an InputError naming the file, for 500 cases', () => {
    const r = prng(SEED + 1);
    const pages = seedNames().map(seedText);
    const outcomes: Record<string, number> = {};
    for (let c = 0; c < 500; c++) {
      let bytes = iconv.encode(pick(r, pages), pick(r, encodings), { addBOM: r() < 0.5 });
      const op = int(r, 4);
      if (op === 0) bytes = bytes.subarray(0, int(r, bytes.length + 1));
      else if (op === 1) bytes = bytes.subarray(int(r, bytes.length + 1));
      else {
        bytes = Buffer.from(bytes);
        for (let n = 1 + int(r, op === 2 ? 3 : 200); n > 0; n--) bytes[int(r, bytes.length)] = int(r, 256);
      }
      let outcome: string;
      try {
        const text = decode(bytes, `case-${c}.txt`);
        expect(text).not.toMatch(/\r/);
        expect(text.charCodeAt(0)).not.toBe(0xfeff);
        outcome = 'text';
      } catch (err) {
        if (!(err instanceof InputError)) throw new Error(`case ${c}: decode threw ${String(err)}`);
        expect(CODES).toContain(err.code);
        expect(err.message.startsWith(`case-${c}.txt: `)).toBe(true);
        outcome = err.code;
      }
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
    console.log(`decode fuzz outcomes: ${JSON.stringify(outcomes)}`);
    expect(outcomes.text).toBeGreaterThan(0);
    expect(outcomes.UNDECODABLE).toBeGreaterThan(0);
  });
});
