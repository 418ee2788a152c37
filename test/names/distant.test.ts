// Distant supervision (src/extract/names/distant.ts): training lines from sentences whose names
// a cue found, kept only where a checking model reads no other name.
import { agreeingLines, cuedLine, type CuedName } from '../../src/extract/names/distant';
import type { TrainArticle } from '../../src/extract/names/train';
import { titledPersons } from '../../src/extract/persons';

const cued = (s: string): CuedName[] => titledPersons(s, 0).map((p) => ({ name: p.name, start: p.start, end: p.end, foreign: false }));

describe('cuedLine', () => {
  it('marks the names the cue rules find, with their offsets in the sentence', () => {
    const s = '副省长曹志强，省政府秘书长瞿海参加。';
    const line = cuedLine(s, cued(s))!;
    expect(line.text).toBe(s + '\n');
    expect(line.names.map((n) => line.text.slice(n.start, n.end))).toEqual(['曹志强', '瞿海']);
  });

  it('gives no line for a sentence without a cue-found name, one too long, or a name that is not where it says', () => {
    expect(cuedLine('会议强调，要加强生态环境保护。', cued('会议强调，要加强生态环境保护。'))).toBeNull();
    const long = '副省长曹志强参加。' + '会议指出要加强保护'.repeat(30);
    expect(cuedLine(long, cued(long))).toBeNull();
    expect(cuedLine('副省长曹志强参加。', [{ name: '瞿海', start: 3, end: 5 }])).toBeNull();
  });
});

describe('agreeingLines', () => {
  const lines: TrainArticle[] = [
    { text: '副省长曹志强参加。\n', names: [{ start: 3, end: 6 }] },
    { text: '省长许达哲和王小明参加。\n', names: [{ start: 2, end: 5 }] },
    { text: '记者刘燕娟报道。\n', names: [{ start: 2, end: 5 }] },
  ];
  // a checking "model" that reads 王小明 in the second line: a name no cue found there
  const tag = (text: string) => {
    const k = text.indexOf('王小明');
    const spans = lines.find((l) => l.text === text)!.names.map((n) => ({ ...n, margin: 1 }));
    return k >= 0 ? [...spans, { start: k, end: k + 3, margin: 1 }] : spans;
  };

  it('drops a line where the checking model reads a name no cue found', () => {
    const { lines: kept, seen } = agreeingLines(lines, 10, tag, 1);
    expect(seen).toBe(3);
    expect(kept.map((l) => l.text).sort()).toEqual(['副省长曹志强参加。\n', '记者刘燕娟报道。\n']);
  });

  it('stops at the count asked for, and draws the same lines for the same seed', () => {
    const a = agreeingLines(lines, 1, tag, 7);
    expect(a.lines).toHaveLength(1);
    expect(agreeingLines(lines, 1, tag, 7).lines).toEqual(a.lines);
  });
});
