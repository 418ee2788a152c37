// Places the statistical name model reads as names where they recur in an article: the
// transliterated Slavic towns of a war report (lexicon FOREIGN_PLACE_ENDINGS, names-bridge.ts)
// and a country right before the post of the name after it (persons.ts). Seen in 新闻联播
// 2018–2024 before: 顿涅茨克 with 250 mentions as a person, 库皮扬斯克 165, 乌克兰 160.
import { extractPage } from '../../src/pipeline';
import { armyOf, placeByUse } from '../../src/extract/names-bridge';
import { extractArticle } from '../../src/extract/extract';
import type { SegmentedArticle } from '../../src/segment/segment';

const persons = (text: string): string[] =>
  extractPage(text, 'x.txt', { year: 2024 })
    .flatMap((r) => r.entities.filter((e) => e.type === 'Person').map((e) => e.name))
    .sort();

describe('places are not persons', () => {
  it.each([
    ['俄军战报\n\n俄罗斯国防部8日称，俄军在库皮扬斯克、克拉马托尔斯克等方向击退乌军进攻。俄军还在库皮扬斯克方向摧毁乌军装备。乌方称，库皮扬斯克附近战斗激烈。', []],
    ['俄军推进\n\n俄军在顿涅茨克、卢甘斯克、阿夫杰耶夫卡方向推进。顿涅茨克地区战斗持续，阿夫杰耶夫卡附近交火。', []],
    ['李强会见瑙鲁总统\n\n国务院总理李强在京会见来华进行国事访问的瑙鲁总统阿迪昂。', ['李强', '阿迪昂']],
    // 张 after a numeral is a measure word; a transliterated city read short of its 市 is the city
    ['临江名片\n\n市长刘海说，要擦亮两张靓丽名片。代表团访问了克赖斯特彻奇市。', ['刘海']],
    // a name the model reads in the last part of a foreign one is that name whole; not a dynasty before a dot
    ['授予称号\n\n党中央决定，追授张小娟、加思来提·麻合苏提同志“全国优秀共产党员”称号。', ['加思来提·麻合苏提', '张小娟']],
    // a province's name is no one's, where the model reads one in a list of them
    ['赵乐际在甘肃调研\n\n中共中央政治局常委、中央纪委书记赵乐际18日至21日到甘肃调研。调研期间，赵乐际主持召开广西、四川、贵州、云南、甘肃、宁夏、新疆七省区纪委书记座谈会。', ['赵乐际']],
    // the city a summit or a forum is named by (the model reads 撒马尔罕峰, 凯克峰 there)
    ['会见\n\n国家主席习近平会见来宾。各方期待撒马尔罕峰会取得成功。今年比什凯克峰会是新起点。', ['习近平']],
    // an item of a list of places is a place; a side that takes a stand and a unit left unnamed are no one
    ['亚信峰会\n\n国家主席习近平出席峰会。阿富汗、阿塞拜疆、孟加拉国、柬埔寨、伊朗、哈萨克斯坦、卡塔尔、俄罗斯等成员国领导人出席。', ['习近平']],
    ['会见\n\n国家主席习近平会见来宾。韩方愿同中方一道，致力于发展两国关系。', ['习近平']],
    // (and one the verb after it runs into, `韩方钦|佩`; not a name of that shape, `韩方明`)
    ['会见\n\n王岐山表示，韩方钦佩中国发展成就。全国政协委员韩方明出席。', ['王岐山', '韩方明']],
    // a list of rivers, lakes or villages closed by their kind (`沙柳河、泉吉河等河道`)
    ['生态\n\n在青海湖周边的沙柳河、泉吉河等河道里，湟鱼洄游。', []],
    // a place that frames a sentence, and a city after its province gone to (`在西双版纳和玉溪，…`, `在宁夏吴忠的红寺堡`)
    ['调研\n\n在西双版纳和玉溪，王沪宁到临江大学调研。在宁夏吴忠的红寺堡，移民们过上了好日子。', ['王沪宁']],
    // a form of address is no name (`应亲王殿下邀请`: the model reads 王殿下)
    ['会谈\n\n习近平表示，很高兴应亲王殿下邀请，对临山进行国事访问。', []],
    // a village or a town of a list of them after its county or town (`…王鲁镇大李庄村、张黄镇袁洼村`), not a name ending so (`关牧村、姜昆`)
    ['察看灾情\n\n省委书记刘海来到鱼台县王鲁镇大李庄村、张黄镇袁洼村，察看灾情。', ['刘海']],
    ['签署命令\n\n中央军委主席习近平签署命令，授予南部战区陆军某扫雷排爆大队一级上士杜富国荣誉称号。', ['习近平']],
    // the sites of a flood-control inspection, named by a village or a temple (`罗汉寺闸`, `蒋湖巴家潭堤段`), are no one's names
    ['检查防汛\n\n市长王明检查防汛工作。王明实地察看了张港吴山寺险工、蒋湖巴家潭堤段、陈家台闸、罗汉寺闸等工程。', ['王明']],
    // a county's media brand in the dateline (`云上黄梅报道（全媒体记者：…）`) is no one
    ['督导项目\n\n云上黄梅报道（全媒体记者：张志林）2月12日，县委副书记、县长王明到临江新区教育城督导重点项目建设工作。', ['王明']],
    ['督导项目\n\n云上黄梅讯（全媒体记者：张志林）2月12日，县委副书记、县长王明到临江新区教育城督导重点项目建设工作。', ['王明']],
    // (but a name before a sluice's gate or on a dyke is a name: `察看闸门`, `在大堤上`)
    ['防汛\n\n张卫东察看闸门运行情况。村民李春生在大堤上值守了三天。张志勇承包的泵站，运行良好。', ['张卫东', '张志勇', '李春生']],
    // a street before a unit is a place: the model reads the street's name as one
    ['李希在四川调研\n\n李希还到成都市公安局情报指挥中心、黄瓦街派出所，强调要坚持和发展新时代“枫桥经验”。', ['李希']],
    // phrases of a 、-list whose items the model mostly reads as no name are no names (a verb and its object, an idiom)
    ['代表工作\n\n要加强和改进代表工作，使代表工作更好接地气、察民情、聚民智、惠民生。', []],
    // (a slogan of three between two of its shape, though a surname opens it and the model reads it high: `稳增长、惠民生、防风险`)
    ['常委会\n\n会议要求，要统筹抓好稳增长、惠民生、防风险各项工作。', []],
    // (nor a railway named by its two cities' short names, read into 高铁: `王万高铁`)
    ['高铁\n\n王万高铁是我国八纵八横高铁网的重要组成部分。', []],
    // (nor a web outlet joined to its channel by a dot, opening a credit)
    ['座谈会\n\n荆楚网·闪电新闻11月23日讯 今天上午，临江民营企业座谈会召开。省委书记王明主持会议。', ['王明']],
    ['植树\n\n国家主席张建国和临山国总统阿迪昂一道为树苗培土、浇水。橡树象征着两国友谊枝繁叶茂、生生不息。', ['张建国', '阿迪昂']],
    // a word for a leader's leadership after his post is no name
    ['会见\n\n阿卡拉表示，在张建国主席英明和坚强领导下，中国取得巨大成就。在张建国主席坚强领导下，两国关系发展顺利。', ['张建国', '阿卡拉']],
    // the last item of a run of names after one read, before the list's verb
    ['汪洋在新疆调研\n\n中共中央政治局常委、全国政协主席汪洋在新疆调研。陈全国、尤权陪同调研。', ['尤权', '汪洋', '陈全国']],
    // a village named by a family is a place
    ['调研\n\n全国政协主席张建国再次来到积石山县刘集乡肖家村、柳沟乡阳山村，看望慰问贫困户。张建国瞻仰王家坪革命旧址。', ['张建国']],
    // one left unnamed or called by a surname alone (`易某`, `小王`, `老黄`) is no full name; a sect (`什叶派民兵`) and an
    // institution's name (`孔子学院`) are no one's; towns of a list (`…镇、…镇5个镇`) and a paper named by its city are places
    ['座谈\n\n小王和老黄说，易某已经离开临江。', []],
    ['声明\n\n伊拉克什叶派民兵武装发表声明。他参观了孔子学院创新成果展。', []],
    ['巡察\n\n市委巡察组对王庄镇、李集镇、张楼镇、赵屯镇、刘店镇5个镇开展巡察。', []],
    // a company named by a founder's or a brand's name is no one's (`金仁宝集团董事长`)
    ['会见\n\n市长王明会见了林仁宝集团董事长刘海一行。', ['刘海', '王明']],
    // a word right after a leader's post and before his act is no name (`…总书记郑重宣布`); a span that runs into the next
    // post's head is none (`、陆军参谋长阿尼尔` → 陆军参)
    ['宣布\n\n王明总书记郑重宣布，全面建成小康社会。', ['王明']],
    ['会见\n\n王明会见临山国参联会主席阿卡拉、陆军参谋长阿尼尔等。', ['王明', '阿卡拉', '阿尼尔']],
    // (not a name whose last character and the word after it spell a post: `王文科|长期` is no 科长)
    ['扎根\n\n王文科长期扎根基层，带领村民致富。', ['王文科']],
    // a foreign name's parts joined by a hyphen are one name
    ['致电\n\n国家副主席王岐山致电莎拉·齐默尔曼·杜特尔特-卡彪，祝贺她当选菲律宾副总统。', ['王岐山', '莎拉·齐默尔曼·杜特尔特-卡彪']],
  ])('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it('a three-character name ending so is still a person (图斯克)', () => {
    expect(persons('会见\n\n国家主席习近平会见波兰总理图斯克。图斯克表示，波方愿同中方加强合作。')).toEqual(['习近平', '图斯克']);
  });
});

describe("a country's army is no person", () => {
  it('a bare 乌军 where the text names 乌 as a side (乌称, 乌方, 乌总统) is the army', () => {
    expect(armyOf('俄称打击乌无人机基地 乌称打击俄集结点 乌军对俄军人员展开打击', { name: '乌军' })).toBe(true);
    expect(armyOf('美方表示，美军将撤出', { name: '美军' })).toBe(true);
  });
  it('…or a country whose name begins with it, also in a list (a headline\'s space: `打击乌军 乌称…`), and 乌军坦克 read on', () => {
    expect(armyOf('乌克兰方面称，乌军撤出', { name: '乌军' })).toBe(true);
    expect(armyOf('打击乌军 乌称局势得到控制', { name: '乌军', cue: 'list' })).toBe(true);
    expect(armyOf('摧毁数十辆乌军坦克、装甲车。乌克兰方面称', { name: '乌军坦克' })).toBe(true);
    expect(armyOf('马军、刘海等参加了开幕式。来自马来西亚的客商也出席了活动。', { name: '马军', cue: 'list' })).toBe(false);
  });
  it('a person named so stays one: a post, or no side or country of that name in the text', () => {
    expect(armyOf('演员韩军出席首映式', { name: '韩军' })).toBe(false);
    expect(armyOf('演员韩军出席首映式', { name: '韩军', cue: 'title-before' })).toBe(false);
    expect(armyOf('演员刘海、韩军出席首映式', { name: '韩军', cue: 'list' })).toBe(false);
    expect(armyOf('韩方表示欢迎，韩军说', { name: '韩军说' })).toBe(false);
  });
});

describe('a bare name the text uses as a place elsewhere is a place', () => {
  it('哈尔科夫 beside 哈尔科夫州 / 哈尔科夫方向, 乌克兰 beside 乌克兰东部', () => {
    expect(placeByUse('俄军在哈尔科夫方向推进。哈尔科夫遭到袭击。', { name: '哈尔科夫' })).toBe(true);
    expect(placeByUse('哈尔科夫州州长表示。', { name: '哈尔科夫' })).toBe(true);
    expect(placeByUse('乌克兰东部局势紧张。', { name: '乌克兰' })).toBe(true);
    expect(placeByUse('来到黄瓦街派出所。', { name: '黄瓦' })).toBe(true);
  });
  it('a person stays one: no such use, or a cue', () => {
    expect(placeByUse('拉夫罗夫表示，拉夫罗夫说。', { name: '拉夫罗夫' })).toBe(false);
    expect(placeByUse('王明街头采访群众。', { name: '王明' })).toBe(false);
    expect(placeByUse('哈尔科夫州', { name: '哈尔科夫', cue: 'title-before' })).toBe(false);
  });
});

describe('places a leader is at, and places a list calls so', () => {
  it('a port where a leader meets someone is no person (在莫尔斯比港会见), the guest after the post is', () => {
    expect(persons('会见\n\n国家主席张建国18日在莫尔斯比港会见韩国总统文在寅。')).toEqual(['张建国', '文在寅']);
  });
  it('a 、-list the text closes with 等地区 is of places (哈尔科夫、尼古拉耶夫)', () => {
    expect(persons('战况\n\n俄军还在哈尔科夫、尼古拉耶夫等地区打击了弹药库。')).toEqual([]);
  });
  it('…and 等多地, a name-shaped item among items that are no names (哈尔科夫、第聂伯罗、苏梅); names before 等地方干部 stay persons', () => {
    expect(persons('战况\n\n俄军对哈尔科夫、第聂伯罗、苏梅等多地的能源设施发动空袭。')).toEqual([]);
    expect(persons('会议\n\n副市长王明、刘海等地方干部出席。').sort()).toEqual(['刘海', '王明']);
    expect(persons('会见\n\n王明会见了阿卡拉、马丁、约翰逊等多国驻华使节。')).toContain('马丁');
  });
  it('a list of names closed by 等人 is still of persons', () => {
    expect(persons('会见\n\n外交部长阿卡拉、国防部长尼古拉耶夫等人出席。')).toContain('尼古拉耶夫');
  });
});

describe("a person's plan is no policy", () => {
  const policies = (text: string): string[] => extractPage(text, 'p.txt').flatMap((r) => r.entities.filter((e) => e.type === 'Policy').map((e) => e.name));
  it('计划 right after a person read is what he intends (阿卡拉计划在东岭会见…)', () => {
    expect(policies('会见\n\n临山国总统阿卡拉表示，阿卡拉计划在东岭会见刘海首相。')).toEqual([]);
  });
  it('a programme named by its aim stays one', () => {
    expect(policies('会议\n\n会议审议通过了乡村振兴计划。')).toEqual(['乡村振兴计划']);
  });
});

describe('sides and villages are no persons', () => {
  it("a side named by its country where the text names China's side so (中方愿同孟方…)", () => {
    expect(persons('会谈\n\n中方愿同孟方开展治国理政经验交流。')).toEqual([]);
  });
  it("the start of a village's name in a list of villages (燕窝村、杨公塘村)", () => {
    expect(persons('看望\n\n市委书记张建国来到临江镇燕窝村、杨公塘村，察看灾情。')).toEqual(['张建国']);
  });
});

describe('a trip\'s subject named alone', () => {
  it('opens its clause before 乘车前往 or 在…考察 (a wire flash names the leader bare); a city of a list of stops is no one', () => {
    expect(persons('习远平在临江考察\n\n9月27日上午，习远平乘车前往临江石化公司，开始在临江考察。此前，他先后考察了临江省农垦管理局、齐齐哈尔市和吉林省松原市。')).toEqual(['习远平']);
    // (groups, bodies and counties that open a clause before 在…调研 are no one)
    expect(persons('调研\n\n暑假期间，师生在临江开展社会实践调研。8月5日，区人大在临江视察重点项目建设。今年以来，于都在全县开展大调研活动。')).toEqual([]);
  });
});

describe('a Tibetan name of two parts with no dot', () => {
  it('is read whole after a post, in the parts Qinghai and Gansu write (`州长完玛朋措率…`)', () => {
    expect(persons('考察\n\n州委副书记、州长完玛朋措率党政代表团来我市考察。')).toEqual(['完玛朋措']);
  });
});

describe('one a festival visit calls on at home', () => {
  it('is named between what he is and 家 (`在困难职工史建军家`), and no preposition opens a trip\'s subject (`向远在万里之外的…考察队员`)', () => {
    expect(persons('看望劳模\n\n在省部级劳模惠国新家，张剑与这位老兵两手紧紧相握。在困难职工史建军家，张剑详细了解了他的身体情况。')).toEqual(['史建军', '张剑', '惠国新']);
    // (not one called by a form of address)
    expect(persons('看望\n\n在低保户张大爷家中，王明详细询问生活情况。')).toEqual(['王明']);
    expect(persons('拜年\n\n国家科委主任王明今天通过越洋电话，向远在万里之外的南极考察队员拜年。')).toEqual(['王明']);
    // (nor are the old comrades visited: `在杭老同志`, `市领导向老同志介绍`, `老同志满意`)
    expect(persons('走访老同志\n\n77名在杭老同志参加。市领导向老同志介绍了全市经济社会发展情况。老同志满意是我们的追求。')).toEqual([]);
  });
});

describe('a transliterated name right after a verb of the genre', () => {
  it('starts with its first transliterating character (致电易卜拉欣·X: 易 is one; was 卜拉欣·X)', () => {
    expect(persons('贺电\n\n国家主席王明致电易卜拉欣·阿卡拉，祝贺他当选临山国总统。')).toEqual(['易卜拉欣·阿卡拉', '王明']);
  });
});

describe('a name a verb of the genre follows ends there', () => {
  it('常委张建国看望… is 张建国 whatever shorter reading the model prefers (赵乐际看望 was 赵乐)', () => {
    expect(persons('看望\n\n中共中央政治局常委赵乐际看望纪检监察干部。')).toEqual(['赵乐际']);
  });
});

describe('one dismissed is a person of the article', () => {
  it('免去X的…职务, a rare surname too (雒)', () => {
    expect(persons('任免\n\n会议决定，免去张建国的工业和信息化部部长职务；免去雒树刚的文化和旅游部部长职务。')).toEqual(['张建国', '雒树刚']);
  });
});

describe('a headline\'s names run together', () => {
  it('are the two the body names, the space between them lost (`李希马兴瑞会见林郑月娥`)', () => {
    const article: SegmentedArticle = { kind: 'news', newspaper: null, date: '2024-05-06', published: null, title: '李红马兴华会见阿卡拉', subtitle: null, reporters: [], text: '1月15日，省委书记李红、省长马兴华在临江会见临山国总统阿卡拉。' };
    expect(extractArticle(article).entities.filter((e) => e.type === 'Person').map((e) => e.name).sort()).toEqual(['李红', '阿卡拉', '马兴华']);
  });
});
