import {
  canonicalMeeting,
  canonicalOrganization,
  canonicalPolicy,
  canonicalLocation,
  cleanName,
  expandedName,
  policyReductions,
  organizationReductions,
  provinceOf,
  regionOf,
} from '../../src/resolve/normalize';

const hunan = regionOf('湖南日报');
const sanxiang = regionOf('三湘都市报');
const hubei = regionOf('湖北日报');
const national = regionOf('人民日报');

describe('regionOf: a newspaper → its province', () => {
  it.each([
    ['湖南日报', '湖南'],
    ['三湘都市报', '湖南'],
    ['湖北日报', '湖北'],
    ['楚天都市报', '湖北'],
    ['南方日报', '广东'],
    ['人民日报', null],
  ])('%s → %s', (paper, province) => expect(regionOf(paper).province).toBe(province));
});

describe('canonicalOrganization: abbreviation and full name meet', () => {
  it.each([
    ['省人社厅', hunan, '湖南省人力资源和社会保障厅', hunan],
    ['省人社厅', sanxiang, '省人力资源和社会保障厅', hunan],
    ['省委', hunan, '中共湖南省委', national],
    ['省委', sanxiang, '中国共产党湖南省委员会', national],
    ['党中央', hunan, '中国共产党中央委员会', national],
    ['国务院', hunan, '中华人民共和国国务院', national],
    ['省政协', hunan, '政协湖南省委员会', national],
    ['省政府', hunan, '湖南省人民政府', national],
    ['省委外事委', hunan, '中共湖南省委外事工作委员会', national],
    ['省人大教科文卫委', sanxiang, '湖南省人大教育科学文化卫生委员会', national],
    ['省人大常委会', hunan, '湖南省人民代表大会常务委员会', national],
    ['省发改委', hunan, '湖南省发展和改革委员会', national],
  ])('%s = %s', (a, ra, b, rb) => expect(canonicalOrganization(a, ra)).toBe(canonicalOrganization(b, rb)));

  it.each([
    ['省人社厅', hunan, '省人社厅', hubei],
    ['省委', hunan, '中共湖北省委', national],
    ['省人社厅', hunan, '省人社厅', national],
  ])('%s (%o) ≠ %s (%o): another province, or none known', (a, ra, b, rb) =>
    expect(canonicalOrganization(a, ra)).not.toBe(canonicalOrganization(b, rb)),
  );

  it('keeps 省级 and 全省 as they are (not organ names)', () => {
    expect(canonicalPolicy('省级优势产业外贸提质增效行动', hunan)).toBe('省级优势产业外贸提质增效行动');
    expect(canonicalOrganization('全省各级工会', hunan)).toBe('全省各级工会');
  });
});

describe('expandedName: a relative title written out with the province', () => {
  it.each([
    ['省委书记', '湖南省委书记'],
    ['省长', '湖南省长'],
    ['副省长', '湖南省副省长'],
    ['总书记', '总书记'],
  ])('%s → %s', (t, e) => expect(expandedName(t, hunan)).toBe(e));
  it('a municipality paper expands 市', () => expect(expandedName('市委书记', regionOf('北京日报'))).toBe('北京市委书记'));
});

describe('provinceOf: which province a title refers to', () => {
  it.each([
    ['省委书记', hunan, '湖南'],
    ['副省长', hubei, '湖北'],
    ['湖北省委书记', hunan, '湖北'],
    ['中共湖北省委副书记', national, '湖北'],
    ['总书记', hunan, null],
    ['党委书记', hunan, null],
    ['省委书记', national, null],
  ])('%s in %o → %s', (t, r, p) => expect(provinceOf(t, r)).toBe(p));
});

describe('meetings, policies, locations', () => {
  it('a meeting name without its year or province-internal scope', () => {
    expect(canonicalMeeting('2025年省委外事工作委员会全体会议', hunan)).toBe(canonicalMeeting('省委外事工作委员会全体会议', sanxiang));
    expect(canonicalMeeting('全省“智赋万企”行动推进大会', hunan)).toBe(canonicalMeeting('智赋万企行动推进大会', sanxiang));
    expect(canonicalMeeting('省地质院座谈会', hunan)).toBe(canonicalMeeting('湖南省地质院座谈会', sanxiang));
    expect(canonicalMeeting('全国人大常委会第十五次会议', hunan)).not.toBe(canonicalMeeting('省人大常委会第十五次会议', hunan));
  });
  it('quotes, 《》, spaces and full-width forms are not part of a name', () => {
    expect(cleanName('《湖南省提振消费专项行动方案》')).toBe('湖南省提振消费专项行动方案');
    expect(cleanName('“智赋万企” 行动')).toBe('智赋万企行动');
    expect(cleanName('条例（草案）')).toBe('条例(草案)');
  });
  it("a name's middle dot, in whichever form a paper prints it, is `·`: one person in every paper", () => {
    for (const dot of ['•', '・', '‧', '∙']) expect(cleanName(`阿卡拉${dot}莫尼`)).toBe('阿卡拉·莫尼');
    expect(cleanName('一•二九运动')).toBe('一·二九运动');
    expect(cleanName('• 要点')).toBe('•要点');
  });
  it('a policy is also cited without its head noun, province or (草案)', () => {
    expect(policyReductions('智赋万企行动')).toContain('智赋万企');
    expect(policyReductions('湖南省提振消费专项行动方案')).toContain('提振消费专项行动方案');
    expect(policyReductions('湖南省细胞和基因产业促进条例(草案)')).toEqual(
      expect.arrayContaining(['湖南省细胞和基因产业促进条例', '细胞和基因产业促进条例']),
    );
  });
  it('a company is also cited without 集团/有限公司', () => {
    expect(organizationReductions('湖南钢铁集团有限公司')).toEqual(expect.arrayContaining(['湖南钢铁集团', '湖南钢铁']));
    expect(organizationReductions('省地质院')).toEqual([]);
  });
  it('长沙市 = 长沙, 湖南省 = 湖南', () => {
    expect(canonicalLocation('长沙市')).toBe('长沙');
    expect(canonicalLocation('湖南省')).toBe('湖南');
  });
});
