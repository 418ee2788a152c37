// Encodings (issue 17, item 7): Big5 and Big5-HKSCS pages (Hong Kong and Taiwan papers) are
// read; Japanese (Shift_JIS, EUC-JP) and Korean (EUC-KR) pages, which GBK reads without an
// error as Chinese nonsense, are refused with one line naming what they are; a FIFO in a
// folder is skipped with a line saying so. The real CLI over files it writes.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import iconv from 'iconv-lite';
import { kg, readJsonl, requireBuild, stderrLines } from '../ingest/cli-helpers';
import { tmpDir } from '../ingest/helpers';

// a page of a Hong Kong paper in traditional characters; 啲 and 嘅 are Cantonese, in Big5-HKSCS only
const TRAD =
  '香港特區政府新聞公報\n' +
  '行政長官主持會議　研究部署經濟工作\n' +
  '本報訊（記者陳大文）行政長官李家超昨日主持召開行政會議，研究部署下一階段經濟發展工作。政務司司長陳國基、財政司司長陳茂波出席會議。\n' +
  '會議指出，要進一步鞏固香港國際金融中心地位，推動創新科技發展，改善市民生活。\n';
const HKSCS = TRAD + '有市民話：「呢啲措施對我哋嘅生活好有幫助。」\n';
const JA =
  '政府は二十六日、新たな経済対策を閣議決定した。物価高に対応するため、低所得世帯への給付金を支給するほか、' +
  '電気・ガス料金の負担軽減策を来年三月まで延長する。首相は記者団に対し「国民の暮らしを守るために全力を尽くす」と述べた。\n';
const KO =
  '정부는 26일 국무회의를 열고 새로운 경제 대책을 의결했다. 물가 상승에 대응하기 위해 저소득 가구에 지원금을 지급하고, ' +
  '전기·가스 요금 부담 완화 조치를 내년 3월까지 연장한다. 총리는 기자들에게 "국민의 삶을 지키기 위해 최선을 다하겠다"고 말했다.\n';

let root: string;
beforeAll(() => {
  requireBuild();
  root = tmpDir('encodings');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function extractOne(name: string, bytes: Buffer) {
  const dir = fs.mkdtempSync(path.join(root, 'one-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const out = path.join(dir, 'out.jsonl');
  const run = kg(['extract', file, '-o', out], 60_000);
  return { run, file, records: fs.existsSync(out) ? readJsonl(out) : [] };
}

describe('traditional-character pages', () => {
  it('reads a Big5 page', () => {
    expect(iconv.decode(iconv.encode(TRAD, 'big5'), 'big5')).toBe(TRAD); // every character is in Big5
    const { run, records } = extractOne('big5.txt', iconv.encode(TRAD, 'big5'));
    expect(stderrLines(run).filter((l) => l.startsWith('kg: '))).toEqual([]);
    expect(run.status).toBe(0);
    expect(records.map((r) => r.text).join('\n')).toContain('行政長官李家超昨日主持召開行政會議');
  });

  it('reads a Big5-HKSCS page, Cantonese characters included', () => {
    const bytes = iconv.encode(HKSCS, 'big5hkscs');
    expect(iconv.decode(bytes, 'big5hkscs')).toBe(HKSCS);
    const { run, records } = extractOne('hkscs.txt', bytes);
    expect(run.status).toBe(0);
    expect(records.map((r) => r.text).join('\n')).toContain('呢啲措施對我哋嘅生活');
  });
});

describe('pages in other languages', () => {
  it.each([
    ['Shift_JIS', JA, 'shift_jis', 'Japanese text (Shift_JIS)'],
    ['EUC-JP', JA, 'euc-jp', 'Japanese text (EUC-JP)'],
    ['EUC-KR', KO, 'euc-kr', 'Korean text (EUC-KR/CP949)'],
  ])('%s: refused with one line naming what it is', (_label, text, encoding, said) => {
    const { run, file, records } = extractOne('page.txt', iconv.encode(text.repeat(3), encoding));
    expect(run.status).toBe(1);
    const lines = stderrLines(run).filter((l) => l.startsWith('kg: '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toContain(said);
    expect(records).toEqual([]);
  });

  it('Latin-1: refused, saying it looks like a single-byte code page', () => {
    const { run } = extractOne('fr.txt', Buffer.from('Le ministre a visité la société à Paris. '.repeat(20), 'latin1'));
    expect(run.status).toBe(1);
    expect(stderrLines(run).filter((l) => l.startsWith('kg: '))[0]).toMatch(/single-byte code page/);
  });
});

describe('a FIFO in a folder', () => {
  it('is skipped with a line naming it; the pages beside it are read', () => {
    const dir = path.join(root, 'fifo');
    fs.mkdirSync(dir);
    const fifo = path.join(dir, 'pipe.txt');
    const mk = spawnSync('mkfifo', [fifo]);
    if (mk.status !== 0) throw new Error(`mkfifo failed: ${mk.stderr}`);
    fs.writeFileSync(path.join(dir, 'page.txt'), TRAD);
    const run = kg(['extract', dir, '-o', path.join(root, 'fifo.jsonl')], 60_000);
    expect(run.status).toBe(1);
    const lines = stderrLines(run).filter((l) => l.startsWith('kg: '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(fifo);
    expect(lines[0]).toMatch(/named pipe \(FIFO\)/);
    expect(readJsonl(path.join(root, 'fifo.jsonl')).length).toBeGreaterThan(0);
  });
});
