// Named bodies (src/extract/bodies.ts): what a body's name does not start with. The genre
// lists what was built or brought in (`共培育三一18号工厂`, `新设…联络办公室`), counts bodies
// (`15个新型数据中心`), points back at one (`共建该实验室`), and a column break can leave the
// tail of a word at a paragraph's start (`集` | `控中心`, `促` | `成上海…协会`).
import { findOrganizations } from '../../src/extract/bodies';

const names = (text: string) => findOrganizations(text).map((o) => o.name);

describe('findOrganizations: an embassy or a consulate is named by whose it is and where, or by its country', () => {
  it('reads 中国驻X大使馆 and 美国驻俄大使馆 from after the verb before them, and no embassy named by neither', () => {
    expect(names('俄罗斯外交部7日照会美国驻俄大使馆。')).toEqual(['俄罗斯外交部', '美国驻俄大使馆']);
    expect(names('伊朗沙特数日内互开大使馆。')).toEqual([]);
    expect(names('中国驻加拿大大使馆举行春节招待会。')).toEqual(['中国驻加拿大大使馆']);
  });
});
describe('findOrganizations: a name does not start with a verb, a count, a pointer or a cut word', () => {
  it.each([
    ['“赋”的范围更加广泛，共培育临江8号工厂、某某长沙工厂和某某叶片工厂。', ['临江8号工厂', '某某长沙工厂', '某某叶片工厂']],
    ['聚焦织密企业服务网，新设某某商务理事会湖南联络办公室。', ['某某商务理事会湖南联络办公室']],
    ['今年将重点建设好国家工业互联网大数据中心临江分中心。', ['国家工业互联网大数据中心临江分中心']],
    ['合作\n成上海交大一某某协会在长沙设立分中心。', ['上海交大一某某协会']],
    ['副主任王小明代表某某省双拥工作领导小组对今年工作作出部署。', ['某某省双拥工作领导小组']],
    ['团中央、中国某某协会命名某某纪念馆为教育基地。', ['团中央', '某某纪念馆']],
    ['他是新中国成立后我们总政治部的第一任主任。', ['总政治部']],
    // 据 of the source a report is told by, not 数据 of a body's name
    ['据总后勤部有关部门领导介绍，条例共十章。', ['总后勤部']],
    ['据临江市大数据局介绍，项目已完工。', ['临江市大数据局']],
    ['早在担任华北电管局领导时，他就多次来到这里。', ['华北电管局']],
    ['审议全国人大常委会代表资格审查委员会的报告。', ['全国人大常委会代表资格审查委员会']],
    // a short aside in brackets is part of the name (not a photo's `（左）`); a deadline and 报 before a top organ are not
    ['在临江飞机工业（集团）有限责任公司、临江大道地下综合管廊，市长刘海要求。', ['临江飞机工业（集团）有限责任公司']],
    ['刘海来到临江工业（集团）公司。', ['临江工业（集团）公司']],
    ['整改结果于今年10月底前报国务院，并在报告后公开。', ['国务院']],
    ['委员长会议建议十三届全国人大常委会第三十二次会议在北京举行。', ['十三届全国人大常委会']],
    // places listed before a special region's government share it
    ['坚定支持香港、澳门特别行政区政府和行政长官依法施政。', ['香港特别行政区政府', '澳门特别行政区政府']],
    // organizers in a row (政协办公厅 holds no 协办); the people's organizations named short
    ['由全国政协办公厅主办、中央档案馆协办、中国政协文史馆承办的陈列展开展。', ['全国政协办公厅', '中央档案馆', '中国政协文史馆']],
    ['国家发展改革委、水利部、共青团中央有关负责人作了发言。各民主党派中央、全国工商联负责人参加。', ['国家发展改革委', '水利部', '共青团中央', '全国工商联']],
    // a verb (or an adverb) whose object the body is stands before it, also inside the span a left edge reaches
    // (`讨论省政府工作报告`, `副省长刘海宣读省政府…决定`, `大家一致赞成市委提出的`)
    ['代表们在讨论省政府工作报告时说。', ['省政府']],
    ['副省长刘海宣读省政府2023年度表彰决定。', ['省政府']],
    ['大家一致赞成市委提出的建议。', ['市委']],
    // whoever acts for a body stands before it (`王明代表省委、省政府…`)
    ['王明代表省委、省政府对客人表示欢迎。', ['省委', '省政府']],
    ['阿卡拉感谢市委、市政府的支持。', ['市委', '市政府']],
    // two bodies joined by 和 where the first has a 与 of its own; a kind after 等 is none
    ['张建国先后到网络通信与安全临江实验室和临江云体验中心考察。', ['网络通信与安全临江实验室', '临江云体验中心']],
    ['集中财力支持临江大学等高校和之临实验室等平台。', ['临江大学', '之临实验室']],
    // a verb inside a body's name is no verb before it (`…飞行控制中心`, `…提案委员会`), nor a place the dictionary tags otherwise
    ['12月4日，北京航天飞行控制中心通过地面测控站发出返回指令。', ['北京航天飞行控制中心']],
    ['会议听取了全国政协提案委员会、经济委员会的报告。', ['全国政协提案委员会', '经济委员会']],
    ['由大连市委宣传部主办，大连市文化局承办。', ['大连市委宣传部', '大连市文化局']],
    ['沙特支持也门政府的立场。', ['也门政府']],
    // no cut inside a place's name the dictionary knows, nor before a country's government's bare head
    ['呼和浩特市邮电局表示将开通新业务。', ['呼和浩特市邮电局']],
    ['利比亚民族团结政府表示欢迎。', ['利比亚民族团结政府']],
    ['某国民众起诉政府的案件将开庭。', []],
    // a function word (如果, 当前) before a body, a one-character act or a pronoun (`作全国政协常委会工作报告`, `你和特区政府`),
    // a verb before a body named by its number or a country (`担任77国集团主席`), and the term before a government (`新一届`)
    ['当前美国政府的立场没有改变。', ['美国政府']],
    ['王明将作全国政协常委会工作报告。', ['全国政协常委会']],
    ['中央政府对你和特区政府的工作是充分肯定的。', ['中央政府', '特区政府']],
    ['你就任以来，带领新一届特区政府积极回应社会关切。', ['特区政府']],
    ['在某国接替另一国担任77国集团1998年度主席的交接仪式上。', ['77国集团']],
    ['中方愿加强与77国集团的合作。', ['77国集团']],
    ['第二十四条政府应当依法行政。', []],
    // a stalemate is no bureau, a clause with its subject no body, a verb before a bare head none
    ['谈判再次陷入僵局。', []],
    ['孩子们珍惜福利院的生活。', []],
    // (a company named by a verb and its head is one: `联想集团`)
    ['联想集团表示将扩大投资。', ['联想集团']],
    ['穆迪下调某国10家中小型银行的评级。', []],
    ['灾区各级党委和政府组织群众自救。', []],
    // 所 before the verb it makes a noun of is no institute
    ['感谢他为推动两国、两军关系发展所作出的努力。', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it.each([
    '副区长谢小华表示，共建该实验室，旨在凸显航空科学。',
    '重点推进100个标志性项目、15个新型数据中心、全球新一代互联网节点。',
    '全市三家医院参加。',
    '察看实验室、科普馆和展厅。',
    '围绕全党工作大局和机关中心工作，从严治党。',
    '坚持围绕经济建设中心，为改革开放服务。',
    '为自由贸易港建设开好局、起好步。',
    '一行先后来到某某集团电力集\n控中心。',
    // a level cut from 同级, a verb before 各, halls and verbs ending in a suffix's character
    '各级人大在同级党委领导下开展工作。',
    '促进各专门委员会和友好小组对口交流。',
    '会上，市长（左）局长（右）交谈。',
    '两国元首共同见证签署合作文件。',
    '随后来到人民大会堂东大厅。',
    '随后来到乐团排练厅。',
    // a body word after a verb that names no body (`赞成政府工作报告`, `要强化党委和政府领导责任`)
    '他表示赞成政府工作报告。',
    '要强化党委和政府领导责任。',
    // 所 as a particle
    '这是党和国家根本利益所在，也是施政所向。',
    '努力做增进中国与所在国友谊的使者。',
  ])('none in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
