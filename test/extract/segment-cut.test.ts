// A column cut short before the attendance line: `…更好服务党和国家对外` | `省领导X、Y出席。`.
// The attendance line is a paragraph of its own in this genre, so the two are not spliced
// into one sentence (the evidence of the attendance stays its own sentence), and the cut
// text stays running text, not a headline.
import { segmentPage } from '../../src/segment/segment';
import { cleanPage } from '../../src/ingest/clean';
import { extractPage } from '../../src/pipeline';

const PAGE = [
  '临江日报3月26日讯(记者 王小华)26日,市委书记张建国主持召开市委外事工作委员会全体会议。',
  '',
  '会议强调,要发挥临江优势主动作为,更好服务对外开放',
  '',
  '市领导吴东、郑立出席。',
  '',
].join('\n');

describe('a column cut before the attendance line', () => {
  it('does not splice the cut sentence and the attendance line', () => {
    const [a] = segmentPage(cleanPage(PAGE), { year: 2025 });
    expect(a!.text.split('\n')).toEqual([
      '26日，市委书记张建国主持召开市委外事工作委员会全体会议。',
      '会议强调，要发挥临江优势主动作为，更好服务对外开放',
      '市领导吴东、郑立出席。',
    ]);
    expect(a!.subtitle).toBeNull();
  });
  it('gives the attendance its own sentence as evidence', () => {
    const [rec] = extractPage(PAGE, 'cut.txt', { explain: true });
    const names = new Map(rec!.entities.map((e) => [e.id, e.name]));
    const wu = rec!.relations.find((r) => r.type === 'ATTENDED' && names.get(r.from) === '吴东');
    expect(wu?.evidence.text).toBe('市领导吴东、郑立出席。');
  });
  it('still joins a sentence broken inside a word across lines', () => {
    const [a] = segmentPage(cleanPage('临江日报3月26日讯(记者 王小华)市长刘海先后来到临江能源集团电力集\n\n控中心和某某公司,了解生产情况。\n'), { year: 2025 });
    expect(a!.text).toBe('市长刘海先后来到临江能源集团电力集控中心和某某公司，了解生产情况。');
  });
});

describe('a headline broken after its verb', () => {
  it('goes on in the next line of the block: 奋力打造 | 临江重要先进制造业高地', () => {
    const page = '奋力打造\n临江重要先进制造业高地\n\n临江工业开新局展新貌\n\n临江日报记者 王小华\n\n工业经济是“压舱石”。临江推进新型工业化，打造先进制造业高地，工业开新局展新貌。\n';
    const arts = segmentPage(cleanPage(page), { year: 2025 });
    const heads = arts.flatMap((a) => [a.title, ...(a.subtitle ? [a.subtitle] : [])]);
    expect(heads).toContain('奋力打造临江重要先进制造业高地');
    expect(heads).not.toContain('奋力打造');
  });
});
