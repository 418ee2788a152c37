// A page that opens no article (no dateline, byline or sentence with a full stop) is still
// one article: a lone sentence or headline keeps its people.
import { segmentPage } from '../../src/segment/segment';
import { cleanPage } from '../../src/ingest/clean';
import { extractPage } from '../../src/pipeline';

describe('a page with no article anchor', () => {
  it('is one article whose body is its text', () => {
    const arts = segmentPage(cleanPage('他们来到刘延宇办公室一看，傻眼了……\n'), { year: null });
    expect(arts.map((a) => [a.kind, a.title, a.text])).toEqual([['other', '', '他们来到刘延宇办公室一看，傻眼了……']]);
  });
  it('keeps several headline lines in one article (joined as the PDF lines of a paragraph)', () => {
    const arts = segmentPage(cleanPage('民革中央常委会会议召开\n\n面向下岗职工，\n\n社区服务走出新天地\n'), { year: null });
    expect(arts.map((a) => [a.title, a.text])).toEqual([['', '民革中央常委会会议召开面向下岗职工，社区服务走出新天地']]);
  });
  it('gives its persons to extraction', () => {
    const [rec] = extractPage('国务院副总理李岚清和夫人来到展厅：\n', 'lone.txt');
    expect(rec!.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toContain('李岚清');
  });
  it('reads the reporter a dateline names before where he learned it (`讯记者X从…获悉`), and leaves him out of the persons', () => {
    const [rec] = extractPage('我国将实行持证上岗制度\n本报北京１２月３１日讯记者陈陆军从广播电影电视部获悉：自１９９８年１月１日起，我国将实行持证上岗制度。\n', 'pfr-19980101-02-006.txt', { year: 1998 });
    expect(rec!.reporters).toEqual([{ name: '陈陆军', role: '记者' }]);
    expect(rec!.entities.filter((e) => e.type === 'Person').map((e) => e.name)).not.toContain('陈陆军');
  });
  it('reads two reporters so named (`讯记者A、B从…了解到`)', () => {
    const [rec] = extractPage('档案成为信息资源\n本报北京一月十九日讯记者张建国、李明从此间召开的全国档案局长会议上了解到，档案工作卓有成效。\n', 'pfr-19980120-05-005.txt', { year: 1998 });
    expect(rec!.reporters).toEqual([{ name: '张建国', role: '记者' }, { name: '李明', role: '记者' }]);
    expect(rec!.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual([]);
  });
  it('leaves an empty page empty', () => {
    expect(segmentPage(cleanPage('\n\n'), { year: null })).toEqual([]);
  });
});

describe('a compiled report of several wire items (据新华社…电)', () => {
  const page = '针对美国人员过多\n临江指责核查小组失衡\n据新华社临江１月１１日电临江１１日指责核查小组的组成“不平衡”。\n小组由９名美国人组成。\n据新华社临山１月１１日电（记者王明、刘海）临山民间代表团１１日致信阿盟秘书长。\n阿盟发言人当天对记者发表谈话。\n';
  it('is one article under its headlines: the next 据…电 block right after a body goes on with it, its reporters with it', () => {
    const arts = segmentPage(cleanPage(page), { year: 1998 });
    expect(arts.map((a) => [a.title, a.subtitle])).toEqual([['针对美国人员过多', '临江指责核查小组失衡']]);
    expect(arts[0]!.text).toContain('临山民间代表团');
    expect(arts[0]!.reporters.map((r) => r.name)).toEqual(['王明', '刘海']);
  });
  it('is two articles where a headline stands between the items', () => {
    const arts = segmentPage(cleanPage(page.replace('据新华社临山', '临山代表团致信阿盟\n据新华社临山')), { year: 1998 });
    expect(arts.length).toBe(2);
  });
});
