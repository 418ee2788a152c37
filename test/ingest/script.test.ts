// Pages in traditional script (src/ingest/script.ts): read in a simplified copy, character for
// character, and given back in the page's own characters — names, texts and evidence as printed.
import { isTraditional, simplifiedReading } from '../../src/ingest/script';
import { extractGivenArticle, extractPage } from '../../src/pipeline';
import type { ArticleRecord } from '../../src/model';
import { resolveCorpus } from '../../src/resolve/resolve';

// one report, as a simplified paper prints it and as a BIG5 gateway serves it (OpenCC cn → tw)
const SIMPLIFIED =
  '临江日报10月14日讯（记者 刘明 王华）：今天晚上，临江省委书记张建国，临江省政协主席李后明在临江会见了全国政协副主席、民革中央常务副主席王志强一行。\n' +
  '张建国对王志强一行来临江考察表示欢迎。他说，近年来，临江坚持以习近平新时代中国特色社会主义思想为指导，会见后，双方在皇后大道参观了临江发展成就展。\n' +
  '省领导赵海参加会见。';
const TRADITIONAL =
  '臨江日報10月14日訊（記者 劉明 王華）：今天晚上，臨江省委書記張建國，臨江省政協主席李後明在臨江會見了全國政協副主席、民革中央常務副主席王志強一行。\n' +
  '張建國對王志強一行來臨江考察表示歡迎。他說，近年來，臨江堅持以習近平新時代中國特色社會主義思想為指導，會見後，雙方在皇后大道參觀了臨江發展成就展。\n' +
  '省領導趙海參加會見。';

/** A record's facts, one a line, names as given. */
function facts(r: ArticleRecord): string[] {
  const name = new Map(r.entities.map((e) => [e.id, `${e.type}:${e.name}`]));
  return [
    ...r.entities.map((e) => `E ${e.type}:${e.name}`),
    ...r.relations.map((x) => `${x.type} ${name.get(x.from)} → ${name.get(x.to)} ${x.role ?? ''} @${x.evidence.start}-${x.evidence.end}`),
    ...r.reporters.map((x) => `R ${x.name}`),
  ].sort();
}

describe('traditional script', () => {
  it('tells a page in traditional script from one in simplified, whose names may hold a traditional character (乾, 昇)', () => {
    expect(isTraditional(TRADITIONAL)).toBe(true);
    expect(isTraditional(SIMPLIFIED)).toBe(false);
    expect(isTraditional('乾隆皇帝的行宫旧址和李昇故居，今天对游客开放。')).toBe(false);
    // (a few traditional characters are no page in traditional script)
    expect(isTraditional('臺灣同胞')).toBe(false);
  });

  it('reads a simplified copy of the same length and gives spans back as the page prints them', () => {
    const reading = simplifiedReading([TRADITIONAL])!;
    expect(reading.texts[0]).toHaveLength(TRADITIONAL.length);
    expect(reading.texts[0]).toContain('临江省委书记张建国');
    expect(reading.texts[0]).toContain('会见了全国政协副主席');
    // 後 and 后 are one simplified character: a span is given back as the page has it there
    const at = reading.texts[0]!.indexOf('李后明');
    expect(reading.restore('李后明')).toBe('李後明');
    expect(reading.restore(reading.texts[0]!.slice(at, at + 3))).toBe(TRADITIONAL.slice(at, at + 3));
    expect(reading.restore('皇后大道')).toBe('皇后大道');
    expect(reading.restore(reading.texts[0]!)).toBe(TRADITIONAL);
    // a line joined from the page's broken lines is given back piece by piece as printed (皇后 stays 皇后 beside 會見後)
    const broken = simplifiedReading([TRADITIONAL.replace('雙方在皇后大道參觀了', '雙方在皇后大道參觀了\n')])!;
    expect(broken.restore(broken.texts[0]!.replace('参观了\n', '参观了'))).toBe(TRADITIONAL);
    expect(simplifiedReading([SIMPLIFIED])).toBeNull();
  });

  it('extracts from a page in traditional script what it extracts from the same page in simplified, in the page\'s characters', () => {
    const [simplified] = extractPage(SIMPLIFIED, 'page.txt');
    const [traditional] = extractPage(TRADITIONAL, 'page.txt');
    const reading = simplifiedReading([TRADITIONAL])!;
    // the same facts at the same offsets: the traditional record's names read in simplified are the simplified record's
    const asSimplified = (s: string) => simplifiedReading([s + TRADITIONAL])?.texts[0]!.slice(0, s.length) ?? s;
    expect(facts(traditional!).map(asSimplified).sort()).toEqual(facts(simplified!));
    expect(facts(simplified!).some((f) => f.startsWith('MET Person:张建国 → Person:王志强'))).toBe(true);
    // as the page prints them
    expect(traditional!.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['張建國', '李後明', '王志強', '趙海', '臨江省委書記']));
    expect(traditional!.reporters.map((r) => r.name)).toEqual(['劉明', '王華']);
    expect(traditional!.title).toBe(reading.restore(simplified!.title));
    expect(TRADITIONAL).toContain(traditional!.text.split('\n')[0]!);
    for (const x of traditional!.relations) expect(x.evidence.text).toBe(traditional!.text.slice(x.evidence.start, x.evidence.end));
  });

  it('reads a record in traditional script, its title too', () => {
    const given = (text: string, title: string) =>
      extractGivenArticle({ id: 'r1', source: 'records.jsonl', newspaper: '临江日报', published: '2019-10-14', title, text, anchorDate: true });
    const simplified = given(SIMPLIFIED.split('\n').slice(1).join('\n'), '张建国会见王志强');
    const traditional = given(TRADITIONAL.split('\n').slice(1).join('\n'), '張建國會見王志強');
    expect(traditional.title).toBe('張建國會見王志強');
    expect(traditional.entities.length).toBe(simplified.entities.length);
    expect(traditional.relations.map((r) => r.type)).toEqual(simplified.relations.map((r) => r.type));
    expect(traditional.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['張建國', '王志強']));
  });

  it('resolves the people of a page in traditional script with those of simplified pages, the page\'s text as printed', () => {
    const [simplified] = extractPage(SIMPLIFIED, 'a.txt');
    const [traditional] = extractPage(TRADITIONAL, 'b.txt');
    const { nodes } = resolveCorpus([simplified!, traditional!]);
    const people = nodes.filter((n) => n.attributes.type === 'Person').map((n) => n.attributes.name).sort();
    expect(people).toEqual(['刘明', '王华', '张建国', '李后明', '王志强', '赵海'].sort());
    // (a record decided traditional by its title with its body, as extraction decides it)
    const record = extractGivenArticle({ id: 'r2', source: 'records.jsonl', newspaper: null, published: '2019-10-14', title: '吉林省委書記巴音朝魯會見韓國客人', text: '省委書記巴音朝魯會見客人。' });
    const one = resolveCorpus([record, extractGivenArticle({ id: 'r3', source: 'records.jsonl', newspaper: null, published: '2019-10-15', title: '', text: '省委书记巴音朝鲁出席会议。' })]);
    expect(one.nodes.filter((n) => n.attributes.type === 'Person').map((n) => n.attributes.name)).toEqual(['巴音朝鲁']);
    // (the Article keeps the title as printed)
    expect(nodes.filter((n) => n.attributes.type === 'Article').map((n) => n.attributes.title)).toContain(traditional!.title);
  });
});
