// Bylines and datelines as the provincial papers write them, beyond 湖南日报's
// `湖南日报3月26日讯(全媒体记者 X 通讯员 Y)` and `■湖南日报全媒体记者 X`: reporters named
// without brackets after the dateline, roles with a rank (首席记者, 见习记者), other marks
// (● ◎ □), a paper's app (南方+记者), `文/X 图/Y`, and a bracket of roles closing the text.
// A reporter is never a person of the article, and never presides over its meeting.
import { segmentPage } from '../../src/segment/segment';
import { cleanPage } from '../../src/ingest/clean';
import { extractPage } from '../../src/pipeline';
import { parseReporters } from '../../src/segment/reporters';
import { creditedReporters } from '../../src/extract/extract';

const HEAD = '省委常委会召开会议\n';
const LEDE = '3月4日，省委书记林某主持召开省委常委会会议。';
const seg = (page: string) => segmentPage(cleanPage(page), { year: 2024 });
const reportersOf = (page: string) => seg(page).map((a) => a.reporters.map((r) => `${r.name}/${r.role}`));

describe('bylines of other papers', () => {
  it('reads a feature\'s credits by role closing it, each role\'s outlet before its names (`文字：…客户端 X；摄影：新华社记者 Y Z`)', () => {
    const credits = '文字：临江日报客户端 张晓明；摄影：新华社记者 李建华 王卫东';
    expect(reportersOf(`${HEAD}${LEDE}\n${credits}`)).toEqual([['张晓明/记者', '李建华/摄影', '王卫东/摄影']]);
    expect(reportersOf(`${HEAD}${LEDE}${credits}`)).toEqual([['张晓明/记者', '李建华/摄影', '王卫东/摄影']]);
    expect(seg(`${HEAD}${LEDE}${credits}`)[0]!.text).toBe(LEDE);
    // (role words read as a byline reads them; 图片 as 摄影)
    expect(reportersOf(`${HEAD}${LEDE}文字：本报记者 张晓明 通讯员 李建华；图片：本报记者 王卫东`)).toEqual([['张晓明/记者', '李建华/通讯员', '王卫东/摄影']]);
  });
  it('reads reporters named without brackets after the dateline, up to the lede', () => {
    const [a] = seg(`${HEAD}本报杭州3月4日讯 记者 张晓明 通讯员 李建华 ${LEDE}`);
    expect([a.reporters.map((r) => `${r.name}/${r.role}`), a.text, a.date]).toEqual([['张晓明/记者', '李建华/通讯员'], LEDE, '2024-03-04']);
    expect(reportersOf(`${HEAD}本报讯 记者张晓明 ${LEDE}`)).toEqual([['张晓明/记者']]);
    expect(reportersOf(`${HEAD}本报讯 记者 张晓明 见习记者 李建华\n${LEDE}`)).toEqual([['张晓明/记者', '李建华/记者']]);
  });
  it('reads a credit in the text whose last name runs into the date, the space between them cleaned away (`记者 X Y9月30日，…`)', () => {
    const credited = creditedReporters(cleanPage('本报讯 记者 张晓明 李建华 9月30日，我县举行烈士纪念日公祭仪式。'));
    expect(credited.map((r) => `${r.name}/${r.role}`)).toEqual(['张晓明/记者', '李建华/记者']);
    // (not a date after 记者 alone, nor one after the place he learnt it from: `记者3日从…获悉`)
    expect(creditedReporters(cleanPage('据记者3日从市委获悉，临江将举行大会。'))).toEqual([]);
    // (nor a reporter the text names, a date after him: no byline before his role word)
    expect(creditedReporters(cleanPage('美国调查记者约翰·史密斯2月8日发表文章，披露了管道爆炸的内幕。'))).toEqual([]);
  });
  it('reads no reporter where the lede goes on after 记者 (记者从…获悉, 记者近日…)', () => {
    expect(reportersOf(`${HEAD}本报讯 记者近日走访了省内多家企业，发现订单明显回升。`)).toEqual([[]]);
    expect(reportersOf(`${HEAD}本报讯 记者从省财政厅获悉，全省财政收入稳步增长。`)).toEqual([[]]);
  });
  it('reads a byline line with a rank, another mark or an app before 记者', () => {
    expect(reportersOf(`${HEAD}本报首席记者 张晓明 见习记者 李建华\n${LEDE}`)).toEqual([['张晓明/记者', '李建华/记者']]);
    expect(reportersOf(`${HEAD}●本报记者 张晓明\n${LEDE}`)).toEqual([['张晓明/记者']]);
    expect(reportersOf(`${HEAD}◎记者 张晓明 通讯员 李建华\n${LEDE}`)).toEqual([['张晓明/记者', '李建华/通讯员']]);
    expect(reportersOf(`${HEAD}本报特派记者 张晓明\n${LEDE}`)).toEqual([['张晓明/记者']]);
    expect(reportersOf(`${HEAD}南方+记者 张晓明\n${LEDE}`)).toEqual([['张晓明/记者']]);
  });
  it('reads a photo\'s credit in brackets on a line of its own as the photo\'s, and the report after it keeps the headline', () => {
    const arts = segmentPage(cleanPage('临江举行新年音乐会\n王明 刘海与首都群众一起辞旧迎新（附图片１张）\n王明、刘海等与首都群众一起欣赏了节目。这是王明等同演出人员合影。\n（新华社记者张晓明摄）\n本报北京１２月３１日讯记者李建华报道：新年音乐会今晚在人民大会堂举行。王明出席。\n'), { year: 1998 });
    expect(arts.map((a) => [a.kind, a.reporters.map((r) => `${r.name}/${r.role}`)])).toEqual([['photo', ['张晓明/摄影']], ['news', ['李建华/记者']]]);
    expect(arts[1]!.title).toBe('临江举行新年音乐会');
  });
  it('reads 文/ and 图/ credits closing an article', () => {
    expect(reportersOf(`${HEAD}本报讯 ${LEDE}\n文/张晓明 图/李建华`)).toEqual([['张晓明/记者', '李建华/摄影']]);
  });
  it('reads a dateline\'s bracket of 文/ and 图/ credits, the mark before its outlet and role word or after the names (`文/本报记者 A B 图/本报记者 C`, `记者 A B/文 C/图`)', () => {
    expect(reportersOf(`${HEAD}临江日报讯(文/本报记者 张晓明 李建华 图/本报记者 王卫东)${LEDE}`)).toEqual([['张晓明/记者', '李建华/记者', '王卫东/摄影']]);
    // (a record's text, one article, is not segmented: the extractor reads its credits)
    const credited = (t: string) => creditedReporters(cleanPage(t)).map((r) => `${r.name}/${r.role}`);
    expect(credited(`临江日报讯(文/本报记者 张晓明 李建华 图/本报记者 王卫东)${LEDE}`)).toEqual(['张晓明/记者', '李建华/记者', '王卫东/摄影']);
    expect(credited(`本报讯 (记者 张晓明 李建华/文 王卫东/图)${LEDE}`)).toEqual(['张晓明/记者', '李建华/记者', '王卫东/摄影']);
    // (both marks first in a bracket closing the text, the names after them: `(文/图 A B)`)
    expect(credited(`${LEDE}(文/图 张晓明 李建华)`)).toEqual(['张晓明/记者', '李建华/记者']);
  });
  it('reads a bracket of roles and names closing the text, and cuts it from the text', () => {
    const [a] = seg(`${HEAD}${LEDE}省长王某出席。（记者 张晓明 通讯员 李建华）`);
    expect([a.reporters.map((r) => `${r.name}/${r.role}`), a.text]).toEqual([['张晓明/记者', '李建华/通讯员'], `${LEDE}省长王某出席。`]);
  });
  it('keeps the reporters of a byline standing above a dateline without brackets', () => {
    expect(reportersOf(`${HEAD}本报记者 张晓明\n本报讯 ${LEDE}`)).toEqual([['张晓明/记者']]);
  });
  it('reads no 报道 as a name', () => {
    expect(parseReporters('大众日报记者 张晓明 李建华 报道').map((r) => r.name)).toEqual(['张晓明', '李建华']);
  });
  it('leaves the reporters out of the persons and the attendance', () => {
    for (const page of [`${HEAD}本报杭州3月4日讯 记者 张晓明 通讯员 李建华 ${LEDE}`, `${HEAD}本报首席记者 张晓明 见习记者 李建华\n${LEDE}`, `${HEAD}◎记者 张晓明 通讯员 李建华\n${LEDE}`]) {
      const [rec] = extractPage(page, 'p.txt', { year: 2024 });
      expect(rec!.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['林某']);
    }
  });
});
