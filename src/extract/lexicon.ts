// The genre's vocabulary: what a post, a body, a meeting and a policy end with, and the
// words that stand at their edges. General lexicon of Chinese official language, not a
// list of any page's people, meetings or policies.
import countriesZh from 'i18n-iso-countries/langs/zh.json';

/** The middle dot that joins a transliterated name's parts, in each form papers print it (`·` `•` `・` `‧`). */
export const NAME_DOTS = '·•・‧';

/** Ministers named by their ministry and 相, as Japan's and Korea's cabinets are (`财务相`, `经济产业相`, `外务相`). */
export const MINISTER_XIANG_HEADS = ['财务相', '经济产业相', '国土交通相', '厚生劳动相', '文部科学相', '农林水产相', '法务相', '总务相', '环境相', '经济再生相', '数字相', '复兴相', '外务相', '城市经营相',
  // (and the ministries of before 2001: `大藏相`, `通产相`)
  // (not those a phrase runs into, `…建设相结合`, `劳动相适应`)
  '大藏相', '通产相', '厚生相', '文部相', '邮政相'];
/** Second characters of the words 相 opens (`相关`, `相当`, `相互`): after one of them no minister's head ends (`经济产业相关的…`). */
const XIANG_WORD_SECONDS = '关当同应互信比似对继结辅处识邻符连近差配称向';

/** Heads of posts, longest first so that 副主任委员 wins over 主任. */
export const TITLE_HEADS = [
  '常务副主席', '常务副省长', '常务副市长', '常务副县长', '常务副区长', '常务副主任',
  '副总书记', '总书记', '副书记', '书记', '副省长', '省长', '副市长', '市长', '副县长', '县长', '副区长', '区长',
  '副乡长', '乡长', '副镇长', '镇长', '副州长', '州长', '副盟长', '盟长', '副旗长', '旗长', '副主席', '主席', '副主任委员', '主任委员', '副主任', '主任',
  '副秘书长', '秘书长', '副部长', '部长', '副厅长', '厅长', '副局长', '局长', '副处长', '处长', '副科长', '科长',
  '副司长', '司长', '副署长', '署长', '副院长', '院长', '副校长', '校长', '副所长', '所长', '副总理', '总理',
  '国务委员长', '国务委员', '副委员长', '委员长', '常委', '委员', '党组书记', '党组副书记', '党组成员', '副董事长', '董事长',
  // a company's director and supervisor (`…公司董事X`; not its board, 董事会, 监事会)
  '董事', '监事',
  '副总经理', '总经理', '总裁', '副总裁', '理事长', '副理事长', '副会长', '会长', '检察长', '副检察长', '庭长',
  '副组长', '组长', '政委', '司令员', '大使', '公使', '总领事', '参赞', '最高领导人', '新闻秘书', '总统', '副总统', '首相', '国王', '埃米尔', '执政官', '召集人', '外长', '外交部长', '外相', '防卫相',
  // a Japanese or Korean cabinet minister by his ministry and 相 (`日本财务相铃木俊一`, `朝鲜城市经营相任景栽`)
  ...MINISTER_XIANG_HEADS,
  '负责人', '主任科员', '总编辑', '社长', '行长', '副行长', '站长', '馆长', '主编', '总工程师', '总经济师', '总建筑师', '总会计师', '总农艺师', '总畜牧师', '总规划师', '总审计师', '总督学',
  '队长', '顾问', '村主任', '支书', '巡视员', '监察专员', '专员', '审计长', '法官', '院士', '教授', '博士', '研究员',
  // posts of foreign and international office (a Korean or Japanese minister's 长官, `韩国统一部长官X`; the foreign ministry's
  // commissioner in Hong Kong or Macao, `外交部驻香港特派员公署特派员X`), of the army, and of the professions the national news names
  '行政长官', '总干事', '干事长', '特使', '副特派员', '特派员', '次官', '长官', '司令', '议长', '副议长', '议员', '临时代办', '代办', '总参谋长', '副总参谋长', '参谋长', '总司令',
  // (a defence minister by the short form wire copy uses, `美国防长奥斯汀`; a mission's head at the UN, `乌克兰常驻联合国代表X`;
  // the UN's rapporteurs and coordinators, `…特别报告员阿涅丝·卡拉马德`)
  '防长', '常驻联合国代表', '副常驻代表', '常驻代表', '特别报告员', '特别协调员', '协调员', '财长', '党首', '指挥官',
  // (a court's and a procuratorate's posts a congress appoints and removes: `…副院长、审判委员会委员、审判员`)
  '审判员', '检察员',
  '护士长', '主任护师', '教师', '演员', '经理', '总监', '首席执行官', 'CEO', '助理',
  // a democratic party's committee chair by the short form its provincial papers use (`民革省委主委谷振春`, `…驻会副主委刘长青`),
  // and a delegation's head at a congress (`河北省代表团团长、省委书记…倪岳峰`)
  '副主委', '主委', '副团长', '团长',
  // a body's spokesman is a post of the genre (`中央纪委常委、新闻发言人赵洪祝`), and a factory's head (`厂长、党委书记王沛津`)
  '新闻发言人', '发言人', '副厂长', '厂长',
  // a delegation's or a group's members (`中央宣讲团成员、中共中央政治局委员…黄坤明`)
  '团成员', '小组成员',
  // a royal house's styles before a name (`柬埔寨国王西哈莫尼和太后莫尼列`, `英国女王伊丽莎白二世`; not 大公, a big company's start)
  // (and the heads of state of a federation of monarchies and of a realm's crown: `马来西亚最高元首易卜拉欣`, `巴布亚新几内亚总督达达埃`)
  // (and a prince's style, before or after his name: `摩纳哥阿尔贝二世亲王`, `洪森亲王`)
  '太后', '王储', '女王', '最高元首', '总督', '亲王',
  // ministers of monarchies and parliaments abroad (`副首相兼国防大臣迪班`, `英国外交大臣`), a deputy prime minister
  // (and a state secretary, a junior minister abroad: `摩洛哥外交与合作国务秘书菲赫里`, `法国主管旅游的国务秘书`)
  '大臣', '副首相', '国务秘书',
  // the foreign minister of a republic that calls him so (`美国国务卿奥尔布赖特`)
  '国务卿', '副国务卿',
  // a senior minister where the government calls him so (`新加坡国务资政兼国家安全统筹部长张志贤`)
  '资政',
  // the head of a headquarters for floods, drought or an emergency (`国家防汛抗旱总指挥部总指挥王勇`, `…指挥部指挥长`)
  '总指挥', '副总指挥', '指挥长', '副指挥长',
  // (and of a province's, after the headquarters' short name: `省防指指挥樊金龙`, `省防指常务副指挥赵世勇`; 指挥 alone is a
  // verb or a conductor, `组织指挥`, `著名指挥家`, and 指挥部指挥 is mostly 指挥部指挥长)
  '防指常务副指挥', '防指副指挥', '防指指挥',
  // a Japanese prefecture's governor (`日本爱知县知事`), the leader of a party or a state abroad (`反对党领袖`, `最高领袖`), the lead of one side of a
  // dialogue (`中美全面经济对话中方牵头人`)
  '知事', '副知事', '党领袖', '最高领袖', '牵头人',
  // a country's envoy to the UN or another body (`中国常驻联合国代表`, `常驻世贸组织代表`), and its negotiator (`商务部国际贸易谈判代表`, `美国贸易代表`)
  '常驻联合国代表', '常驻代表', '谈判代表', '贸易代表',
  // a deputy to a people's congress (`全国人大代表郭雷`, `省人大代表X`), as a CPPCC member is one (`全国政协委员X`)
  '人大代表',
  // the one who chairs a session's presidium meetings (`全国政协十三届一次会议主席团会议主持人汪洋`), a programme's host
  '主持人',
  // an envoy for a process or a region (`美国中东和谈特别协调员`, `联合国中东和平进程特别协调员`)
  '特别协调员',
  // a party's leader and a bloc's representative abroad (`黎巴嫩真主党领导人纳斯鲁拉`, `欧盟外交与安全政策高级代表博雷利`),
  // a prosecutor, a head of a unit, a consul, an emirate's ruler (`瑞典检察官X`, `…协调中心主管X`, `商务领事X`, `…酋长国酋长X`)
  // (a party's, a faction's or a movement's leader, not the generic 国家领导人 or 党和国家领导人, a group: spec)
  '党领导人', '运动领导人', '组织领导人', '高级代表', '特别代表', '检察官', '主管', '领事', '酋长',
  // the professions and the army's and the mines' posts the national and local news name (`核潜艇总设计师黄旭华`, `副研究馆员朱月宁`,
  // `主教练X`, `机长X`, `矿长X`, `一连连长X`, `营教导员X`)
  '总设计师', '研究馆员', '主教练', '机长', '矿长', '连长', '营长', '教导员', '指导员',
  // (an international body's or a firm's chief scientist or economist: `世卫组织首席科学家X`, `美林证券首席经济学家X`)
  '首席科学家', '首席经济学家',
];
/** A leader's post that ends right before the name of the other leader of a pair (`习近平主席和卢卡申科总统`, `国家主席和本扬总书记`). */
export const LEADER_POSTS = ['总书记', '书记', '主席', '总统', '总理', '首相', '国王', '委员长', '议长'];
export const LEADER_POST_END = new RegExp(`(?:${LEADER_POSTS.join('|')})$`);
/** Games and fairs: events whose ceremonies are named by them (`…亚洲运动会火炬传递启动仪式`), not meetings of their own sessions. */
export const EVENT_HEADS = ['运动会', '奥运会', '亚运会', '冬奥会', '残奥会', '博览会', '交易会', '展览会', '洽谈会'];
/** The opening and the closing of a training course (`…研讨班开班式`), as 开幕式/闭幕式 are of a meeting. */
export const COURSE_CEREMONIES = ['开班式', '结业式'];
/** The sittings a delegation holds of its own (`…代表团全体会议`, `…代表团举行全团会议`): the delegation's, not the session's meeting. */
export const DELEGATION_SITTINGS = ['全体会议', '小组会议', '分组会议', '全团会议', '全体代表会议'];
/** Characters after a head that make it part of a longer word: 国务委员长 (a head of state abroad) is no 国务委员 + 长, 总监票人 (of an election) no 总监 + 票人, 亚残奥委员会 no 委员 + 会, 常委数 (a count) no 常委 + 数, 部长官 (a Korean minister, `韩国统一部长官X`) no 部长 + 官, 部长官邸 (a residence) no 长官. */
export const HEAD_NOT_BEFORE: Readonly<Record<string, string>> = {
  ...Object.fromEntries(MINISTER_XIANG_HEADS.map((h) => [h, XIANG_WORD_SECONDS])),
  国务委员: '长', 国务秘书: '长', 总监: '票', 司令: '部员', 委员: '会', 常委: '数', 博士: '生后', 董事: '会长', 监事: '会长', 总督: '学导察办', 主席: '台', 营长: '期久远江城', 连长: '期久远江城', 机长: '期久', 主管: '部单机理', 部长: '官', 长官: '邸', 防指指挥: '长', 防指副指挥: '长', 防指常务副指挥: '长' };
export const TITLE_HEAD_RE = new RegExp(`(?:${[...TITLE_HEADS].sort((a, b) => b.length - a.length).map((h) => (HEAD_NOT_BEFORE[h] ? `${h}(?![${HEAD_NOT_BEFORE[h]}])` : h)).join('|')})`);
/** A span that ends in a post's head (`…副主席`). */
export const TITLE_HEAD_END = new RegExp(`(?:${TITLE_HEAD_RE.source})$`);
/** A post's head starting at the text's start (`参谋长…`). */
export const TITLE_HEAD_AT = new RegExp(`^(?:${TITLE_HEAD_RE.source})`);

/** Titles that follow a name (`习近平总书记`, `李鹏总理`). */
export const POSTNOMINAL = ['总书记', '国家主席', '国家副主席', '主席', '总理', '副总理', '委员长', '副委员长', '副主席', '书记', '副书记', '省长', '副省长', '市长', '副市长', '县长', '副县长', '区长', '副区长', '副主任', '部长', '同志', '院士', '教授', '总统', '副总统', '首相', '国务卿', '国王', '女王', '亲王', '埃米尔', '行政长官', '总经理', '董事长', '副部长', '副社长', '社长', '常委', '院长', '校长', '局长', '主委', '副主委',
  // a member of a CPPCC or a body named after his name where he speaks (`张季委员指出`, `王一鸣委员发言说`): CITY_POST_AFTER_NAME-like guard in persons.ts
  '委员'];

/**
 * Words that name a group or a kin, not a post: `省领导汪一光、张迎春出席`, `总理夫人程虹` give no title (spec).
 * They still announce a list of names.
 */
export const GROUP_CUES = ['还有：', '省领导', '市领导', '县领导', '区领导', '州领导', '领导同志', '中央领导', '党和国家领导人', '嘉宾', '老同志', '夫人'];

/**
 * Words before names that look like posts but name a group (`有关部门负责人徐光春、杨正泉`,
 * `中央有关部门负责人张全景`): the names are persons without a title (spec: generic groups).
 */
export const GENERIC_POST = /^[\u4e00-\u9fff]{0,6}?(?:有关|相关)[\u4e00-\u9fff]{0,4}?负责人$/;

/** Surnames: the common single-character ones and the compound ones. */
export const SURNAMES_1 = new Set(
  ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '傅铁阎常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由虢习谯' +
    '').split(''),
);
export const SURNAMES_2 = new Set(['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕', '令狐', '端木', '西门', '南宫', '独孤', '申屠', '达瓦', '阿不', '买买']);

/**
 * The common elements of Tibetan personal names as the press transliterates them: a name of four characters
 * is two of them (`白玛旺堆`, `扎西达娃`, `洛桑江村`, `多吉次珠`), the way a Chinese name is a surname and a given
 * name. General knowledge, as the surnames are: no one's name is listed, only its parts.
 */
export const TIBETAN_NAME_PARTS = new Set([
  '扎西', '次仁', '达娃', '尼玛', '格桑', '多吉', '顿珠', '平措', '旺堆', '白玛', '卓嘎', '央金', '拉巴', '边巴', '次旦', '普布',
  '巴桑', '米玛', '洛桑', '江村', '索朗', '强巴', '罗布', '旦增', '丹增', '群培', '土登', '阿旺', '益西', '坚参', '赤林', '仁青',
  '曲珍', '德吉', '卓玛', '拉姆', '桑珠', '贡嘎', '嘎玛', '公保', '才让', '才旦', '多杰', '斯朗', '琼达', '次珠', '向巴', '克珠',
  '加措', '嘉措', '坚赞', '白珍', '玉珍', '朗杰', '贡布', '扎巴', '旺姆', '德庆', '曲扎', '次央', '边珍', '普琼', '索南', '热旦',
  '巴珠', '欧珠', '洛布', '嘎松', '丹珠', '晋美', '赤列', '次顿', '白央', '多布',
  // (as Qinghai, Gansu and Sichuan write them: `尕玛朋措`, `完玛才让`)
  '尕玛', '朋措', '彭措', '尕藏', '更登', '桑杰', '久美', '完玛', '万玛', '拉毛', '吉毛', '东主', '仁增', '才仁', '旦正', '罗藏', '昂旺',
]);

/** Characters that do not stand inside a Chinese given name (function words, verbs of the genre). */
export const NOT_IN_NAME = new Set(
  // (and 丨, a separator of web copy's credits: `记者丨周琳`)
  '的了在是与及等为对把被将从向到说出席参加持召开指调表示要求议省市县区乡镇村委厅局部院所党府届年月日号期之于这那其各该本此们并他她它您丨'.split(''),
);

/**
 * Characters of NOT_IN_NAME that still end given names (张万年, 周光召, 李长之, 毛建党): a post before
 * and 主持/出席/参加 or punctuation after let them (persons.ts cuedName).
 */
export const NAME_FINAL_AFTER_POST = new Set('年召之本期党'.split(''));

/**
 * The characters the press transliterates foreign names with (新华社译名用字). A run of four
 * to seven of them after a post is a foreign name (`美国驻华大使布兰斯塔德出席`), though a
 * dictionary word (布兰) stands inside it.
 */
export const TRANSLIT_CHARS =
  '培珀济阿埃艾爱安昂奥巴拜班邦包保鲍贝本比彼毕宾波伯勃博布查达戴丹道德邓迪蒂丁东杜敦多厄恩尔法凡范菲费芬丰佛弗福富盖甘冈高戈哥格贡古瓜圭哈罕海汉豪赫亨洪胡华怀霍基吉加贾杰捷金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉丽连列烈林琳隆卢鲁路伦罗洛马玛迈麦曼芒梅门蒙米敏明莫默姆穆纳娜奈南内尼妮涅纽努诺欧帕潘佩彭皮普奇齐恰乔切钦琴琼丘萨塞赛桑瑟森沙莎申舍什施史斯松苏索塔泰坦汤唐特提图托瓦旺威韦维温沃乌伍西希锡夏辛休雅亚扬耶伊因英尤于约扎泽札詹朱兹卓佐娃科兹延夫登额冯茨采热卜哇蓬边武易契歇朔';
/** A session's chairs named after their post and 是 (`会议执行主席是A、B、C`; not one elected to it, `选举X为执行主席`): the post in group 1. */
export const SESSION_CHAIRS_ARE = /(?<=会议|大会)(执行主席)(?:是|分别是)/g;
/** The end of a leader's posts a 和 may join to the next leader's (`…国家主席和通坎总书记`): that 和 opens no name. */
export const LEADER_POSTS_BEFORE_AND = /(?:主席|总书记|总统|总理|首相|国王|书记|议长)$/;
/** The post of a country's leader or body after the country's name (`瑙鲁议长`, `阿尔及利亚总统`, `智利众议长`). */
export const FOREIGN_POST_HEAD = /^(?:总统|副总统|总理|副总理|首相|议长|众议长|参议长|外长|外交部长|国王|女王|王储|国防部长|总督|大使|驻华大使)$/;
/** A foreign leader's post, ending right before the name it is followed by (`阿尔及利亚总统|特本`, `老挝…国家主席|本扬`). */
export const FOREIGN_LEADER_POST_END = /(?:总统|总理|首相|国王|议长|国家主席|总书记|总督|最高元首)$/;
/** The common Vietnamese surnames, as the Chinese press writes them (`阮氏金银`, `武氏映春`, `范明政`). */
export const VIETNAMESE_SURNAMES = '阮陈黎范黄潘武吴杜邓裴丁胡何';
/** A monarch's style the model may read as the end of a transliterated name (`愿同纳瓦夫埃米尔一道`: 纳瓦夫, then the post). */
export const ROYAL_STYLE_END = /(?:埃米尔|亲王)$/;
/** A foreign leader's post inside a span the name model reads whole (`卡塔尔埃米尔塔米姆`): the name follows it. */
export const LEADER_POST_INSIDE = /(?:总统|总理|首相|国王|埃米尔|议长|外长|大臣)(?=[\u4e00-\u9fff]{2})/;
/** The posts of a body's head, after the body's name (`…研究中心主任王学贤`): whose gathering it is. */
export const BODY_HEAD_POSTS = ['主任', '主席', '会长', '理事长', '董事长', '总经理', '社长', '院长', '校长', '局长', '部长', '大使'];
/** The posts of one who speaks for a body at its press conference (`外交部发言人`, `世界银行副行长`): the conference is the body's. */
export const PRESS_SPEAKER_POSTS = ['发言人', '行长', '部长', '外长', '主任', '局长', '主席'];
/** What makes 着 after a name a word of its own (着力, 着手, 着眼, 着重 …), not the aspect of a verb the name's last character would be (`李延拉着`). */
export const ASPECT_WORD_AFTER = /[力手眼重实想急陆装迷落]/;
/** Characters of monarchs' names the transliterating set lacks (`伊丽莎白`, `威廉`, `亚历山大`, `腓力`). */
export const REGNAL_NAME_CHARS = '白廉历山腓力';
/** A monarch's regnal number (`二世`), not a century or the world (`二世纪`, `世界`). */
export const REGNAL_NUMBER = '[一二三四五六七八九十]{1,3}世(?![纪界代])';
/** A monarch's regnal number after his name, with the name's last characters the set lacks (`伊丽莎|白二世`, `查尔斯|三世`). */
export const REGNAL_TAIL = new RegExp(`^[${REGNAL_NAME_CHARS}]{0,2}${REGNAL_NUMBER}`);
/** The transliterating characters as a set, for a lookup a character. */
export const TRANSLIT_SET: ReadonlySet<string> = new Set(TRANSLIT_CHARS);
/**
 * Characters of transliterated names that are words' or surnames' too often to be read as such anywhere (特别, 赛季; 舒, 季, 滕
 * surnames): counted only in a name right before a leader's post (`热恩别科夫总统`).
 */
export const TRANSLIT_BEFORE_POST = new RegExp(`^[${TRANSLIT_CHARS}别季舒滕]+$`);
/** A word all of transliterating characters (`泽连斯基`, `布林肯`). */
export const TRANSLIT_WHOLE = new RegExp(`^[${TRANSLIT_CHARS}]+$`);

/**
 * Endings the press gives transliterated Slavic place names (-sk, -ovka, -pol, -grad, -stok):
 * a run of four or more characters ending so is a town, not a person (库皮扬斯克, 阿夫杰耶夫卡,
 * 马里乌波尔, 伏尔加格勒, 符拉迪沃斯托克); three characters can be a surname (图斯克).
 */
export const FOREIGN_PLACE_ENDINGS = ['斯克', '茨克', '夫卡', '波尔', '格勒', '斯托克'];
export const FOREIGN_PLACE_RE = new RegExp(`^[^${NAME_DOTS}]{2,}(?:${FOREIGN_PLACE_ENDINGS.join('|')})$`);

/**
 * A verb that follows foreign and cued names (`同…托尼·布莱尔举行会谈`, `与…王明举行会谈`) but is
 * kept out of AFTER_NAME: there a surname-shaped noun before it would read as a name (官邸举行).
 */
export const HELD_AFTER_NAME = /^举行/;

/** Adverbs that stand between a name and its verb (`拜登亦向…`, `普京也表示`); none ends a transliterated name. */
export const ADVERBS_AFTER_NAME = '亦也还均则都又曾已将正再';

/** Where a name ends: what may follow a person's name in this genre. */
export const AFTER_NAME =
  // a time or a place may stand between the name and its verb: `习近平30日上午在上海主持`
  // (and 来 before where one comes to visit: `刘海来吉林调研`, `…来我省考察`; 访 before the one-character country visited: `…访巴`, `…访华期间`)
  /^(?:[、，,。；：:！？\s（(）)”"…]|(?:\d{1,2}月)?\d{1,2}日|(?:[一二三四五六七八九十]{1,2}月)?[一二三四五六七八九十]{1,3}日|上将|中将|少将|教授|博士|院士|先生|女士|受(?=[^，。；]{0,24}(?:委托|邀请|之邀))|以(?=视频|书面|线上|远程)|上午|下午|晚上|昨天|前天|今晨|近期|前不久|本月|本周|上月|上周|今年|去年|今晚|昨晚|当晚|当地时间|于(?=\d|[一二三四五六七八九十今昨近本上下])|关于|摄|报道|主持|出席|参加|列席|在|到|来到|走进|深入|先后|率|带领|带队|一行|等|和|与|及|同|向|对|为|说|指出|强调|表示|要求|介绍|讲话|讲(?=意见|党课|评|了[话意])|重申|呼吁|声称|宣称|警告|承认|否认|敦促|谴责|访(?=[\u4e00-\u9fff](?:$|[^\u4e00-\u9fff]|期间|时|后|前|并))|当选|讲了话|发了?言|结束(?=对|在|访问)|致辞|互(?=致|通|赠|换)|致(?=词|函|悼词|(?:欢迎|答谢|开幕|闭幕|贺)[辞词]|[^，。；]{0,24}?(?:慰问电|贺电|唁电|贺信|慰问信|感谢信|公开信|贺词))|发表|宣布|作|代表|前往|赴|来(?=[\u4e00-\u9fff]{1,3}(?:考察|调研|视察|访问))|会见|会谈|接见|拜会|看望|慰问(?![电信金品款])|调研|考察|视察|察看|了解|听取|希望|祝愿|祝贺|认为|提出|提交|递交|提议|建议(?![书稿])|应邀|宣读|充分|代表|也|亦|还|则|就|是|的|又|同志|总书记|主席|总理|书记|省长|市长|部长|深有感触|日前|近日|今天|当天|此前|随后|专门|专程|以及|利用|编纂|主编|撰写|编写|亲自|亲切|深情|动情|分别|共同|一同|陪同|参观|主讲|通报|回答|答|称|告诉|感慨|坦言|透露|补充|说道|笑着|所|自|已|曾|正|将|都|从|邀请|之邀|乘(?=专机|飞机|机|车|船)|抵达|离开|汇报|签署|致信|致电|复信|发来|访问|入境|出境|离境|通电话|做|逝世|去世|就座|就坐|严重违纪|严重违法|涉嫌|因(?:涉嫌|病|故|犯)|接受|担任)/;

/**
 * Verbs that stand right before a post and are not part of it (`致电中华人民共和国国务院总理李鹏`,
 * `《求是》杂志发表中共中央总书记…习近平的重要文章`, `会议通过原…局党委委员X…的处分`); 应 (`应…外交部长…邀请`) is read apart, as
 * 应急 begins posts.
 */
export const POST_LEFT_VERBS = ['致电', '致函', '邀请', '特邀', '请', '源于', '得益于', '归功于', '听取', '播发', '除了', '电贺', '发表', '刊发', '刊登', '播出', '通过', '委托', '给予', '授予', '免去', '撤销', '开除', '交给', '递给', '送给', '转交', '移交', '然后', '维护', '包括', '正如', '禁止', '说起', '提起', '获得', '虽然', '如果', '因为', '但是', '推翻', '罢免', '弹劾', '逮捕', '支持', '拥护', '爱戴', '信赖', '质疑', '指责', '批评', '抨击', '称赞', '赞扬', '高度评价', '积极评价', '钦佩', '敬佩', '赞赏', '赞誉', '充分肯定', '高度肯定',
  // one who briefs on a leader's plans (`外交部有关负责人介绍国家主席X即将…`)
  '介绍',
  // a decision that puts one forward (`会议推举十二届全国政协主席X在…上作报告`, `推选…为`)
  '推举', '推选',
  // a profile's opening that brings one in (`我们来认识全国人大代表X`, `走近…代表X`)
  '认识', '走近',
  // what a reporter learns, before the post of whom he learns it (`记者得知乡纪检书记X…`)
  '得知', '了解到',
  // a step of an agenda before the post (`会后镇党委书记X带队…`, `最后镇长X讲意见`)
  // (not 会前, which a body's 会 and a former post's 前 make: `美国联邦储备委员会前副主席`)
  '会后', '最后', '随后', '首先', '其次', '接着', '之后', '然后',
  // (and 会上 of the meeting, `会上市委副书记、市长X…`: not a parliament's upper house, `议会上院议长`: POST_LEFT_VERB_NOT_AFTER)
  '会上',
  // one greeted (`专程赴机场迎接国家主席X`; not a level's task group, `市迎接国家卫生城市复审工作领导小组`: POST_LEFT_VERB_NOT_AFTER)
  '迎接'];
/** The levels a verb of POST_LEFT_VERBS does not follow where it opens a body's name (`市迎接…领导小组组长`). */
export const POST_LEFT_VERB_NOT_AFTER: Readonly<Record<string, RegExp>> = { 迎接: /[省市县区]$/, 会上: /[议国]$/ };

/**
 * Verbs of a speech given at a meeting (`在会上强调`, `在座谈会上缅怀…`, `在会上回忆…`): the
 * speaker attends it. Commemorations and recollections are speeches in this genre, and so are a school's words to its
 * students (`在毕业典礼上寄语毕业生`).
 */
export const SPEECH_AT_VERBS = ['讲话', '讲了话', '寄语', '强调', '指出', '表示', '说', '称', '透露', '披露', '谈到', '演讲', '发出', '发表', '作', '致辞', '要求', '提出', '倡议', '宣布', '发言', '部署', '肯定', '缅怀', '回忆', '追忆', '回顾', '通报', '汇报', '传达', '宣读', '介绍', '分析', '致词', '致欢迎辞', '致欢迎词', '致答谢辞', '致答谢词', '呼吁', '敦促', '劝告', '警告', '重申', '阐述', '阐明', '表明', '号召', '回答', '承认', '感谢',
  // a report given there (`播发X在…全体会议上的工作报告`)
  '工作报告', '报告'];

/** The verbs of a meeting between people (extraction.md's MET); 拜会, a call the hosts pay on a visiting leader, and 拜访, a province's leaders' call on ministers (provincial papers). */
// (and 会面, as foreign news says 会晤: `伊朗石油部长A与到访的…部长B会面`)
export const MEET_VERBS = ['会见', '会谈', '接见', '会晤', '拜会', '拜访', '会面'];
/** Verbs of talking with someone named after 同/与 (`同A、B等深入交流`, `与C会谈`): those named are the ones talked with. */
export const TALK_VERBS = ['交流', '会谈', '座谈', '交谈', '会晤', '对话', '磋商', '商谈', '深谈'];
/** MEET_VERBS as an alternation; 会面 of 会面临 (will face) is none. */
export const MEET_VERB_ALT = MEET_VERBS.map((w) => (w === '会面' ? '会面(?!临)' : w)).join('|');

/**
 * Bodies named like a meeting by its head 大会: a parliamentary assembly of several countries (`亚洲议会大会`,
 * `独联体跨国议会大会`) and a national one or a party named so (`非洲人国民大会`). Organization suffixes; no meeting.
 */
export const BODY_ASSEMBLY_SUFFIXES = ['议会大会', '国民大会', '国民代表大会'];

/** Organization suffixes (a named body ends with one of them). */
export const ORG_SUFFIXES = [
  '人民代表大会常务委员会', '人大常委会机关', '人大常委会', '政协', '委员会', '人民政府', '政府', '办公厅', '办公室', '纪委监委', '纪委', '监委', '党委', '党组',
  '省委', '市委', '县委', '区委', '州委', '工委', '厅', '局', '总署', '署', '部', '院', '研究所', '调查所', '所', '中心', '分中心', '集团', '有限公司',
  '股份公司', '公司', '银行', '大学', '学院', '学校', '小学', '中学', '医院', '协会', '学会', '联合会', '商会', '促进会', '基金会', '联络办公室',
  '博物馆', '图书馆', '纪念馆', '档案馆', '文史馆', '实验室', '电视台', '广播电台', '报社', '出版社', '法院', '检察院', '工厂', '代表团', '科协', '妇联', '总工会',
  '团委', '领导小组', '街道办事处', '办事处', '管理局', '监督室', '委', '集团公司', '基地', '研究院', '设计院', '贸促会', '支行', '分行',
  // parties, parliaments and people's congresses named as actors (`中国共产党的领导`, `越南国会和祖国阵线`, `中国全国人大愿同…`)
  '共产党', '国会', '议会', '人大', ...BODY_ASSEMBLY_SUFFIXES,
  // a party committee's or a CPPCC's standing committee, the body a province's meetings are held by
  // (`省委常委会召开会议`, `全国政协十四届常委会`; not `两次常委会`, `讨论常委会`)
  '省委常委会', '市委常委会', '县委常委会', '区委常委会', '州委常委会', '党委常委会', '工委常委会', '政治局常委会', '政协常委会', '届常委会',
  // (and a discipline commission's: `区纪委常委会举行扩大会议`, `中央纪委常委会`)
  '纪委常委会',
  // an office named short (`中央网信办`, `国务院台办`, `省委外办`)
  '办',
  // a country's embassy or consulate abroad, the host of its receptions (`中国驻加拿大大使馆举行春节招待会`)
  '使馆', '领事馆',
];
/** Characters before a suffix that make it no body's: a hall is a place, not a department (人民大会堂东大厅, 宴会厅, 展厅, 排练厅); 签署, 部署 are verbs; a 会商会 is a meeting, no 商会. */
export const SUFFIX_NOT_AFTER: Readonly<Record<string, string>> = { 厅: '大展宴餐客会练', 署: '签部', 商会: '会', 所: '失挥厕住' };
const SUFFIXES_LONGEST_FIRST = [...ORG_SUFFIXES].sort((a, b) => b.length - a.length);
export const ORG_SUFFIX_RE = new RegExp(`(?:${SUFFIXES_LONGEST_FIRST.map((s) => (SUFFIX_NOT_AFTER[s] ? `(?<![${SUFFIX_NOT_AFTER[s]}])${s}` : s)).join('|')})$`);
/** The suffixes as a scan of a whole text, without SUFFIX_NOT_AFTER's guards (a lookbehind in it slowed the scan): the scan's reader applies them. */
export const ORG_SUFFIX_PLAIN = `(?:${SUFFIXES_LONGEST_FIRST.join('|')})`;

/** Top organs that stand on their own (`党中央、国务院决策部署和省委、省政府工作要求`). */
export const STANDALONE_ORGS = ['党中央', '中共中央', '国务院', '全国人大常委会', '全国政协', '中央军委', '中央纪委', '国家监委', '省委', '省政府', '省人大常委会', '省政协', '市委', '市政府', '县委', '县政府', '区委', '区政府', '省纪委监委',
  // the people's organizations named short, without a body's head noun (`共青团中央有关负责人`, `全国工商联负责人`)
  '共青团中央', '团中央', '全国工商联', '全国侨联', '全国台联', '全国青联', '全国学联'];

/** Meeting head nouns (spec), longest first. */
export const MEETING_HEADS = [
  '常委会议', '常务会议', '全体会议', '工作会议',
  // a body's meeting widened to others (`市委常委会召开扩大会议`), not 扩 + 大会
  '扩大会议',
  // `在…经济工作会上`: 工作会 as a head where a verb or a clause follows it (not 工作会晤/会谈/会同)
  '工作会(?=上|[，。、；）]|召开|举行|结束|闭幕|开幕|期间)', '座谈会', '推进会', '部署会', '调度会', '报告会', '交流会', '观摩会', '茶话会', '团拜会',
  '联谊会', '招聘会', '颁奖会', '颁证会', '动员会', '视频会(?![议晤谈见])', '外长会(?![议晤谈见及面商]|同(?!意))', '财长会(?![议晤谈见])', '行长会(?![议晤谈见])', '防长会(?![议晤谈见])', '研讨会', '发布会', '推介会', '对接会', '洽谈会', '见面会', '培训会', '表彰会', '现场会', '拉练会(?!师)', '吹风会',
  // a party committee's counted sitting named by the body (`中共临河区第十四届委员会第16次常委会`)
  '(?<=次)常委会(?![议委主副秘党机])',
  '分析会', '汇报会', '宣讲会', '通报会', '讲评会', '总结会', '启动会', '签约会', '恳谈会', '听证会', '协调会', '务虚会', '述职会', '展览会', '运动会',
  '世博会', '进博会', '广交会',
  // a fair by its short name (`第十二届中博会`, `东博会`, `文博会`)
  '博会', '交易会', '展销会', '展示会', '招待会', '办公会(?!议)', '人代会',
  // `专题协商会` (not 政治协商会议, a body's name), `团拜酒会`
  '协商会(?!议)', '酒会', '对话会',
  // a consultation held as a meeting (`防汛会商会`; not a 商会, a chamber of commerce)
  '(?<!协)会商会',
  // a session's joint group meeting (`参加了民盟、农工党界委员联组会`) and a meal held as a gathering with speeches (`出席…工商界晚餐会并致辞`)
  '联组会(?!议)', '生活会', '晚餐会',
  // a joint meeting of several governments or bodies by its short head (`京津冀三省市常务副省(市)长联席会`)
  '联席会(?!议)',
  // a party committee's study session (`省委举行专题学习会`) and a level's party congress (`省第八次党代会`)
  '学习会', '党代会(?!报告)',
  // a committee's plenary by its short head (`台盟…省委会十届六次全委会`) and the central standing committee's (`民革十三届十六次中常会`)
  '全委会(?!议)', '中常会(?<=次中常会)',
  // a lecture team's preparation meeting (`…宣讲动员会暨区委宣讲团集中备课会`)
  '备课会',
  // a counted dialogue between parties or states held as a meeting (`第十届中美政党对话在北京举行`; not 对话会, its own head)
  '对话(?<=第[一二三四五六七八九十\\d]+届[^，。；、]{1,12}对话)(?![会框机])',
  // a press conference named by what holds it (`在今天两会记者会上表示`; bare, `举行记者会`, it is named by its speaker: meetings.ts)
  '记者会',
  // a meeting that conveys another's spirit (`在2025年夏季党组扩大会议精神传达会上的讲话`)
  '传达会(?!议)',
  // a session's preparatory sitting by its short head (`…第一次会议召开预备会`)
  '预备会(?!议)', '午餐会', '早餐会', '纪念会', '庆祝会', '报告会', '欢迎会', '欢送会', '全会', '大会(?!主席团)(?!议)(?!派(?!出|遣))', '会议(?![员楼室厅题]|中心|立法院|参议院)', '仪式(?!主礼)', '典礼', '开幕式', '闭幕式', '开班式', '结业式', '首映式', '首发式', '博览会', '论坛', '峰会(?!见)', '年会(?!见)', '例会',
  // a standing committee is a body, its session a meeting where the text is at it (`在…六届二次常委会上`)
  '常委会(?=上)',
  // …and a council's numbered session (`在中国法学会四届二次理事会上`), not the council itself
  '理事会(?<=次(?:常务)?理事会)(?=上|[，。、；]|召开|举行|闭幕|开幕)',
  // an anniversary's celebration held (`《欧洲时报》创刊15周年庆祝活动今天在巴黎隆重举行`): named by its anniversary only (findMeetings)
  '庆祝活动', '纪念活动',
  // …and its ceremony (`建校100周年庆典`; `出席庆典的…` is the celebration the report tells)
  '庆典',
  // a rite held as a public ceremony (`公祭中华人文始祖伏羲大典`, `…祭孔大典`)
  // (not 重大典型, a model worker; nor a compendium, `永乐大典`)
  '大典(?<!重大典|永乐大典)(?![型范籍])',
];
/** Heads a meeting is named by alone in its report (`主持召开座谈会`): named by its host, place or presider (meetings.ts). */
export const BARE_HEADS = ['座谈会', '欢送会', '推进会', '调度会', '报告会', '交流会', '观摩会', '茶话会', '团拜会', '联谊会', '招聘会', '颁奖会', '颁证会', '动员会', '研讨会', '现场会', '汇报会', '联组会', '学习会', '协商会', '通报会', '恳谈会', '协调会', '通气会'];
/** Heads a meeting is named by only with the body that holds it (`外交部1日在京举行招待会` → 外交部招待会); alone, no meeting (`出席了在人民大会堂举行的招待会`). */
export const HOSTED_ONLY_HEADS = ['招待会'];
/** Heads of a meeting held on site, bare with 现场 before them (`召开现场办公会`, `召开现场推进会`). */
export const ON_SITE_HEADS = ['办公会', '推进会'];
/** The bare heads of a meeting a trip holds, named like its 座谈会 by the place or body it went to (spec: place and head noun). */
export const TRIP_BARE_HEADS = ['座谈会', '现场会', '办公会', ...ON_SITE_HEADS.map((h) => `现场${h}`)];
/** The heads of a meeting a trip holds on its way (a 座谈会, a 推进会 at the site, a 现场办公会): relations/attendance.ts gives it the trip's people. */
export const TRIP_MEETING_HEADS = ['座谈会', '汇报会', '现场会', '调度会', '交流会', ...ON_SITE_HEADS];
/**
 * Heads read only where a meeting is called: what they end with stands for other things too
 * (a body, 机会), so each says what must stand before it. Scanned with MEETING_HEADS; each opens
 * with a lookahead for its own characters, so that the scan tries the costlier lookbehind only there.
 */
/**
 * A party committee's standing committee (or its party group, its office) holding a numbered 集体学习, its day and part of the
 * day at most between (`中央纪委常委会24日举行第十八次集体学习`; not `市委常委会全体成员参加省委宣讲团举行…`).
 */
export const STANDING_STUDY_HELD = '常委会(?:党组|机关)?(?:\\d{1,2}日)?(?:[上下]午|晚上?)?(?:进行|举行|开展)了?';
export const CALLED_MEETING_HEADS = [
  // a party committee's standing committee called as a meeting (`区委书记X主持召开区委常委会，传达…`): the object of
  // 召开 or 出席, where the clause ends (not `省委常委会召开会议`, a body, nor `…常委会会议`)
  '(?=常委会(?:[，。；、,]|并|时))(?<=(?:召开|主持|出席|参加|列席)了?[\u4e00-\u9fff]{0,12})常委会',
  // (and a party committee or a party group called as a meeting by its own name: `我院召开党委会，研究…`)
  '(?=党(?:委|组)会(?:[，。；、,]|并|时))(?<=(?:召开|主持|出席|参加|列席)了?[\u4e00-\u9fff]{0,12})党(?:委|组)会',
  // (and widened to others, its kind in brackets: `主持召开县委常委（扩大）会，`)
  '(?=常委[（(]扩大[）)]会(?:[，。；、,]|并|时))(?<=(?:召开|主持|出席|参加|列席)了?[\u4e00-\u9fff]{0,12})常委[（(]扩大[）)]会',
  // any meeting called, whatever its head (`主持召开书记专题会`, `主持召开…招商项目过堂会，听取…`): a phrase after 召开
  // ending in 会 where the clause ends, four characters at least (not `召开公开会`, a kind); not a body (委员会, 协会,
  // 联合会), nor 机会, 社会, 体会, nor meetings counted (`召开过三次…会`)
  '(?=会[，。；])(?<=召开了?(?=[^过一二三四五六七八九十两几多数每各])[\u4e00-\u9fff]{3,20})(?<!委员|联合|促进|基金|理事|董事|[机社都协学商工体领理约将不才只能宴])会',
  // a study group's session named by its act (`市委理论学习中心组组织第四次集体学习，`, `…中心组2024年第三次专题学习`): the group's
  // numbered 集体学习/专题学习 (not 学习会, a head of its own, nor 学习班)
  // (and the Politburo's, its topic between: `中共中央政治局5月31日下午就…进行第三十次集体学习`)
  // (and a party committee's standing committee's: `中央纪委常委会24日举行第十八次集体学习`)
  `(?=集体学习(?![会班]))(?<=(?:中心组[^，。；]{0,14}|政治局(?:(?!委员|常委)[^，。；]{0,60}?(?:进行|举行|开展))?|${STANDING_STUDY_HELD})第[一二三四五六七八九十\\d]{1,3}次)集体学习`,
  '(?=专题学习(?![会班]))(?<=中心组[^，。；]{0,14}第[一二三四五六七八九十\\d]{1,3}次)专题学习',
];
/** the words CALLED_MEETING_HEADS start their match with (a scan's first characters) */
export const CALLED_MEETING_HEAD_WORDS = ['常委会', '党委会', '党组会', '会', '集体学习', '专题学习'];
/** A head ending in 会 is none where 议 follows: `…集中学习会议` is a 会议 (not 学习会 and 议), `大会议室` no meeting. */
// (nor a 会 that opens the verb 会见/会晤: `总领事川上文博会见时在座` holds no 文博会)
const notBeforeYi = (h: string): string => (/会$/.test(h) ? `${h}(?![议见晤])` : h);
export const MEETING_HEAD_RE = new RegExp(`(?:${[...MEETING_HEADS.map(notBeforeYi), ...CALLED_MEETING_HEADS].join('|')})`, 'g');
/**
 * Heads resolve reads as one though extraction finds their last part (`…行动推进大会` ends in 大会
 * for the scan, and its head is 推进大会 when resolve drops a host's words before the head).
 */
export const MEETING_COMPOUND_HEADS = ['推进大会', '视频会议'];
/** Every meeting head, longest first: what resolve/ reads a meeting name's head with. */
export const MEETING_HEADS_LONGEST_FIRST = [...new Set([...MEETING_COMPOUND_HEADS, ...MEETING_HEADS].map((h) => h.replace(/\(\?[=!][^)]*\)/g, '')))].sort((a, b) => b.length - a.length);

/** Verbs that say a meeting is held (`…会议在长沙召开`, `召开…会议`, `省工信厅举办…会`). */
export const HELD_VERBS = ['召开', '举行', '举办'];
/** Verbs that say a meeting opens or closes: held too, for its place and date. */
export const OPENING_VERBS = ['开幕', '闭幕'];
/** `(?:召开|举行|举办)` and with the opening verbs: the one spelling of these verbs in patterns. */
export const HELD = `(?:${HELD_VERBS.join('|')})`;
export const HELD_OR_OPENED = `(?:${[...HELD_VERBS, ...OPENING_VERBS].join('|')})`;
/** How a meeting is held, no part of its name (`举行隆重欢迎仪式`, `举行盛大隆重的欢迎仪式`): one or two of these, then 的 or not. */
export const HELD_MANNER_WORDS = ['隆重', '盛大', '简短', '简朴', '庄重', '庄严', '热烈'];
export const HELD_MANNER = `(?:${HELD_MANNER_WORDS.join('|')}){1,2}的?`;

/** Words a wire writes for the place it reports from or the one just named (`在此间举行`, `在当地召开`): no place's name. */
export const DEICTIC_PLACES = ['此间', '当地', '这里', '那里', '此地', '该地', '本地', '该市', '该县', '该省', '该所', '该院', '该校', '该厂', '该馆', '该中心', '该公司'];
/** The genre's verbs of studying a session's spirit, as the dictionary may not tag them (`学深学透`, `弄通`, `贯彻`): no part of the session's name. */
export const SESSION_STUDY_VERBS = ['学透', '吃透', '悟透', '弄通', '做实', '学深', '落实', '贯彻', '领会', '宣讲', '传达'];
/**
 * What a meeting that studies a spirit is named by (`…委员读书群学习宣传贯彻党的二十大精神交流会`, `全省深入贯彻落实…重要讲话精神
 * 阶段总结部署会`): the verbs of study, which stand inside its name, and the studied things its head follows.
 */
export const STUDYING_MEETING_VERBS = ['学习', '宣传', '贯彻', '落实', '深入', '传达'];
export const STUDIED_THINGS = ['精神', '思想', '理论', '论述', '讲话'];
/** A meeting's name, or what stands before its head, that ends with what it studies and a short head (`…精神阶段总结部署会`). */
export const STUDIED_BEFORE_HEAD = new RegExp(`(?:${STUDIED_THINGS.join('|')})[\\u4e00-\\u9fff]{0,10}$`);
/** The genre's adverbs before those verbs (`大力发扬`, `切实贯彻`), as the dictionary may tag them otherwise. */
export const SESSION_ACT_ADVERBS = ['大力', '全力', '着力', '切实', '认真', '努力', '扎实', '深入', '积极', '坚决', '全面', '不断', '持续'];
/** Verbs a meeting is named by (`庆祝…大会`, `纪念…座谈会`), never stripped from its name. */
/**
 * The acts a ceremony is held for (`签约仪式`, `开工仪式`, `揭牌仪式`): a kind that names no one event by itself — named by
 * the body holding it, or by what it is held for.
 */
export const CEREMONY_ACTS = ['签约', '签字', '开工', '竣工', '奠基', '颁奖', '颁证', '揭牌', '揭幕', '授牌', '开业', '启动', '授旗', '授衔', '入职', '升旗', '剪彩', '投产', '开馆', '开园'];
export const MEETING_NAMING_VERBS = ['庆祝', '纪念', '欢迎', '欢送', '表彰', '学习', '推进', '动员', '部署', '总结', '迎接', '交流', '研讨', '座谈', '培训', '发布', '签约', '启动', '开工', '揭牌', '颁奖', '誓师', '促进', '推动', '加快', '深化', '建设', '实施', '发展', '服务', '保护', '巡视', '巡察'];

/** Policy heads (spec). */
export const POLICY_HEADS = ['行动', '工程', '战略', '规划', '计划', '政策', '方案', '条例', '措施', '意见', '规定', '办法', '纲要', '细则'];
/** Generic heads a policy is also cited without (`“智赋万企”行动` → 智赋万企): resolve merges the short form into the long one. */
export const POLICY_SHORT_FORM_HEADS = ['行动', '政策', '规划', '战略', '工程', '计划'];
/** Documents whose draft the text names (`…名额分配方案草案`, `…守则修订草案`). */
export const DRAFTED_HEADS = ['方案', '守则', '规则', '办法', '条例', '规定', '纲要', '计划', '规划'];

/**
 * What a meeting adopts is named by its document's head (`审议通过了…2022年度工作要点和立法、
 * 监督、代表工作计划`, `原则通过…工作规则（修订案）`): heads a document takes that the spec's
 * policy heads lack (要点, 程序, 规则, 通则, 守则, 章程), read only after a verb of adoption.
 */
export const ADOPTED_HEADS = ['工作要点', '要点', '计划', '规划', '工作程序', '议事程序', '规则', '通则', '守则', '章程', '办法', '条例', '方案', '规定', '纲要', '细则'];
/** Verbs of adoption before a list of documents. */
export const ADOPTING_VERBS = ['审议并原则通过', '审议并通过', '审议通过', '原则通过', '表决通过', '审议批准'];
/**
 * Verbs of keeping to a policy: a 政策 named by what it is about follows them (`奉行一个中国政策`,
 * `执行党的知识分子政策`, `实施好积极的财政政策`); a bare or generic one (`执行国家政策`) is none.
 */
export const POLICY_KEEPING_VERBS = ['奉行', '坚持', '执行', '实施', '实行', '推行', '落实', '落细', '贯彻', '遵循', '恪守', '了解', '强化', '用好', '尊重', '赞赏'];
/**
 * What a generic 政策 is named by: the kind of support it gives or the body that makes it
 * (`税费优惠政策`, `生育支持政策`, `党中央对外方针政策`, `各项惠民政策`), not a policy's name.
 */
export const GENERIC_POLICY_WORDS = ['优惠', '支持', '补贴', '激励', '救助', '扶持', '减免', '帮扶', '惠民', '方针', '路线', '各项', '什么', '有关', '相关', '这些', '等'];
/** Documents between states kept to or cited (`恪守中美三个联合公报`, `在联合国宪章…基础上`): named by who made them. */
export const CHARTER_HEADS = ['宪章', '联合公报', '章程'];

/** Words that close a name span on its left (verbs and prepositions before an object). */
export const LEFT_STOPS = [
  '主持召开', '召开过', '举办过', '举行过', '召开', '祝愿', '预祝', '祝贺', '见证', '确保', '批准', '开完', '整治', '违反', '无视', '漠视', '希望', '察看', '距离', '整合', '联合', '引导', '激励', '紧盯', '健全', '参观', '考察了', '走访了', '主持', '出席', '参加', '列席', '举行', '举办', '传达', '学习', '贯彻', '落实', '审议', '部署', '研究', '推进', '深入',
  '实施', '出台', '发布', '印发', '制定', '开展', '启动', '推动', '持续', '围绕', '聚焦', '按照', '根据', '通过', '关于', '来到', '走进', '对标', '商定',
  '走访', '考察', '调研', '看望', '慰问', '前往', '到', '在', '从', '由', '于', '向', '对', '与', '同', '将', '把', '是', '为', '以', '和', '及',
  '获悉', '透露', '表示', '强调', '指出', '要求', '提出', '宣布', '明确', '坚持', '加强', '加快', '做好', '抓好', '打好', '用好', '发挥', '介绍',
  // one who leads the study of a meeting's spirit (`区长X领学中纪委十九届二次全会精神`)
  '领学',
  // one who follows a lecture or a meeting held elsewhere (`…秘书长X聆听报告会`, `在桂林收听收看宣讲报告会`)
  '聆听', '收听收看', '收看收听',
  '记者', '今天', '今年', '日前', '近日', '近期', '最近', '前不久', '目前', '这几天', '这些天', '连日来', '近年来', '当天', '上午', '下午', '晚上', '同时', '其中', '以及', '以来', '还', '并', '即', '等', '就', '受', '提请', '提交', '交付',
  // a belief or a wish about one (`表示相信中国共产党第二十次全国代表大会的胜利召开…`, `期待…峰会取得成功`)
  '相信', '期待', '期盼', '预期',
  // what the law gives a body (`宪法和法律赋予人民代表大会的职责`)
  '赋予',
  // a decision or a proposal to hold one (`主席会议召开，决定自治区政协…常委会会议9月26日…召开`, `建议全国政协…会议…召开`)
  // (or agreeing to what it will do: `审议并同意十二届全国人大三次会议议程`, not 同 alone, which left 意)
  '决定', '建议', '同意',
  // (what brings in an example or a part: `正如广电部的有关通知指出的`, `包括总经理X在内`)
  '正如', '包括',
  // the source a report is told by (`据总后勤部有关部门领导介绍`)
  '据',
  // what is kept to or done at one (`严格遵守大会纪律`, `圆满完成大会的各项任务`)
  '遵守', '圆满完成',
  // a leader's acts before a meeting's name or a post (`王沪宁会见两岸企业家峰会台湾嘉宾`, `致电第36届非洲联盟峰会`, `在哈拜会全国政协副主席`)
  '会见', '会见了', '拜会', '致电', '致信', '祝贺',
  // what is done to a meeting by others (`支持古巴…成功主办77国集团和中国峰会`, `继续抗议七国集团峰会`)
  // (and a report on one, `阿东汇报了共青团第十九次全国代表大会…的召开情况`)
  '主办', '抗议', '承办', '协办', '申办', '通报了', '汇报了',
  // (and one reported on, arranged for or let be something: `彭佳学通报市第十四次党代会筹备工作情况`,
  // `要妥善安排党代会期间各项工作`; 让 is read with the name: `真正让党代会…`)
  '通报', '妥善安排',
  // (and one to be held or prepared well: `共同举办好论坛北京峰会`, `筹备好全国政协十三届三次会议`, `办好东亚领导人系列会议`)
  '举办好', '召开好', '筹备好', '办好', '开好', '参加完', '出席完',
  // (and a law whose enforcement is carried out or checked well: `开展好大气污染防治法执法检查`)
  '开展好', '贯彻好', '落实好', '实施好', '执行好',
  // (and what is grasped: `要把握中国人民政治协商会议的性质`)
  '把握',
  // a launch or a welcome before a meeting's name (`…平台推出…网络招聘会`, `迎接党的二十大`)
  '推出', '迎接', '参与',
  // what is learned of one (`详细了解省第八次党代会报道情况`; not 了解 alone: 为了|解决, 了|解放军)
  '详细了解', '深入了解', '具体了解',
  // what a policy is made stronger by or fits (`加固中央八项规定的堤坝`, `符合…国家发展战略的项目`)
  '加固', '符合',
  // hearing or interviewing before a meeting's or body's name (`会议听取了全国政协…会议情况的汇报`, `专访商务部部长`)
  '听取', '专访',
  // watching, sitting in on, showing at or sharing a meeting (`外国驻华使节旁听了大会`, `观看…升国旗仪式`, `机器人亮相…博览会`)
  '旁听', '观看', '亮相', '迎来', '设置', '分享',
  // hoping a meeting will do something (`期待会议为亚洲…作出贡献`)
  '期待',
  // using, heeding or carrying out what a meeting gave (`积极利用…博览会`, `高度重视这次会议`, `落实好…峰会成果`)
  '利用', '重视', '落实好', '贯彻好', '执行好',
  // measuring against what a meeting or a body set (`要对照中央经济工作会议精神`, `依照省委部署`): not 对 alone, which left 照
  '对照', '依照', '遵照', '参照', '比照',
  // a stance taken on a draft (`坚决拥护宪法修正案草案`, `完全赞成和拥护…草案`)
  '拥护', '赞成',
];

/**
 * Left stops of a meeting's name alone: a verb's 了 before its object (`会议回顾总结了分委会第二次会议以来…`;
 * but 了解, a verb of its own: STOP_HOLDERS). A body's name is not cut there: what 了 leaves of a span
 * is seldom a body (`…欠了医院`, `摧毁了俄军指挥所`).
 */
// (and what is done to a meeting before its name, in a decision's or a thanks' clause: `关于调整…第二次会议时间的决定`,
// `为筹办第九届世界华文传媒论坛所做的…工作`; not 调整 or 筹办 of a meeting's own name, `…结构调整工作推进会`, `…筹办工作领导小组会议`)
export const MEETING_LEFT_STOPS = ['了', '关于调整', '为筹办',
  // 所谓 of scare quotes (`举办所谓民主峰会`: a meeting held all the same; a so-called plan is no policy, bodies.ts)
  '所谓',
  // a broadcast of one (`总台直播…会议`, `受权播发…会议通过的…`: before a numbered session only, spans.ts — not
  // `直播电商大会`), and what is carried out (`持续进行防汛调度…`) (meeting names only: a body's name may hold them,
  // `…奥林匹克转播服务公司`, `跨境直播中心`)
  '直播', '转播', '播发', '进行',
  // a verb of making or a conjunction before one (`使各项会议活动程序更加规范`, `而国民代表大会则位于东部`; not 使命,
  // 大使馆, 而立: STOP_HOLDERS)
  '使', '而',
  // a call on one to act (`呼吁首脑会议通过…议定书`, `敦促…`)
  '呼吁', '敦促',
  // a trip to one (`带领执法检查组成员赴第三十届…种业大会现场`)
  '赴',
  // a study of one's spirit (`学习研讨…2025年夏季扩大会议精神`; a 研讨会's own 研讨 right before its head: spans.ts IN_MEETING_NAME)
  '研讨',
  // a report made to one (`向大会报告省政协十二届一次会议以来的工作`; not 报告 alone: `政府工作报告征求意见座谈会`)
  '向大会报告', '向会议报告', '向全会报告',
  // what governs one from outside its name: a time it is the frame of (`随着2017年首届…论坛的举办`, `新形势下广交会要…`), one set
  // up (`创设专家协商会`)
  '随着', '形势下', '创设',
  // an act or a meeting, either (`参加视察或座谈会`): the meeting is the one after 或
  '或'];

/** A signed piece's closing note on its author's posts (`（作者为国家审计署办公厅主任）`, `（作者系…）`): group 1 the posts. */
export const AUTHOR_NOTE_SOURCE = '[（(]作者(?:为|系|是)([^（）()]{2,80})[）)]';

/** Verbs whose object is a person (`曾邀请总书记`, `陪同主席`): two characters before a post that are one of them are no given name. */
export const PERSON_OBJECT_VERBS = ['邀请', '陪同', '看望', '会见', '接见', '会晤', '拜会', '拜见', '感谢', '祝贺', '欢迎', '慰问', '问候', '关心', '关怀', '牵挂', '惦记'];

/** What a leader's post is followed by in praise, or what a post does, holds or where it comes: never a name after the post (`牢记总书记嘱托`, `外长承诺`, `总统权力`, `副主席来华出席`). */
export const POST_FOLLOWERS = ['权威', '核心', '地位', '嘱托', '号召', '关怀', '关心', '关注', '牵挂', '惦记', '重要', '承诺', '呼吁', '重申', '决定', '同意', '拒绝', '达成', '行使', '权力', '职权', '职务', '一职', '职位', '任免', '任命', '来华', '来京', '此访', '此次', '这次', '来访', '访华',
  // what is done with a post (`新任副院长任职宣布大会`, `…书记履职`)
  '任职', '就职', '履职', '到任', '离任', '述职',
  // what a leader sends (`宣读习近平主席贺信`, `…总书记批示`)
  '贺信', '贺电', '贺词', '指示', '批示', '来信', '复信', '回信'];

/**
 * Words that hold a left stop inside them and are no stop: 同志 and 同盟 (纪念华国锋同志诞辰…座谈会,
 * 中国民主同盟), 应对 (中央应对疫情工作领导小组), 共同体 (构建…命运共同体行动计划), 协同 (京津冀协同发展战略), 自由 (贸易自由化便利化…行动), 可持续 (可持续发展战略), 对接 (对接各自发展战略), 对台/对外/对口 (2022年对台工作会议,
 * 中央对外联络部, 对口支援工作会议), 以色列 (以色列大使馆), 政协办公 (全国政协办公厅, not 协办), 以上/以下 (中层以上管理人员大会). A name's left edge is not cut there.
 */
export const STOP_HOLDERS = [
  // (学习 of a campaign's name: `党史学习教育动员部署会`, `党纪学习教育`)
  '学习教育', '使命', '大使', '使馆', '特使', '使者', '使节', '公使', '使团', '行使', '使用', '而立', '和平', '和谐', '和睦', '了解', '在线', '以上', '以下', '同志', '同盟', '共同体', '协同', '自由', '可持续', '对接', '对台', '对外', '对口', '以色列', '和谈', '就业', '应对', '政协办公', '同胞', '联合国', '对话', '联合会', '将军', '同学', '就职', '数据', '巴以',
  // (领学 in 引领学校, 带领学生, 率领学员)
  '引领学', '带领学', '率领学',
  // (进行 in 推进行政, 促进行业, 先进行业, 改进行风, …; 播发 in 传播发展, 广播发展)
  '推进行', '促进行', '先进行', '改进行', '增进行', '引进行', '传播发', '广播发',
  // (联合 of a joint body's name: `苏州工业园区联合协调理事会`)
  '联合协调'];

/**
 * What a visit goes to when it is not a body (`新海港`, `施工现场`, `香港科学园`, `茶馆剧场`):
 * the heads of sites, facilities and public places the genre names after 来到/走进/前往.
 */
export const VISIT_PLACE_HEADS = [
  '施工现场', '现场', '工地', '港', '码头', '机场', '口岸', '园', '基地', '中心', '厂', '站', '店', '商场', '市场',
  '广场', '剧场', '剧院', '大厦', '景区', '故居', '纪念碑', '纪念馆', '港区', '枢纽', '农场', '林场', '电站', '水库', '大桥', '隧道', '小区',
  // halls, old sites, historic quarters, lakes and islets (`…精神展览馆`, `…总部旧址`, `…历史文化街区`, `东风湖`, `橘子洲`)
  '展览馆', '博物馆', '陈列馆', '美术馆', '科技馆', '图书馆', '文化馆', '档案馆', '艺术馆', '版本馆', '总馆', '旧址', '遗址', '街区', '湖', '洲',
  // zones, reserves and wetlands, new towns, a forum's seat and a memorial tower
  // (`…医疗旅游先行区`, `…国家级自然保护区`, `…草原湿地`, `…产业新城`, `南昌航空城`, `…永久会址`, `红军烈士纪念塔`)
  '先行区', '示范区', '保护区', '湿地', '新城', '航空城', '科技城', '会址', '纪念塔',
  // a source of drinking water a trip inspects (`…青衣江亭子山水源地`)
  '水源地',
  // a work site of a building project (`…隧道出口工点`, `…砂石加工场`)
  '工点', '加工场',
  // a historic building by its name (`北大红楼`, `…黄鹤楼`)
  '楼',
  // army units and posts a leader visits at the festivals (`到83集团军131旅一营看望慰问官兵`, `…某陆航旅`, `…边防哨所`)
  '旅', '连', '部队', '支队', '大队', '中队', '哨所',
  // a checkpoint, a viaduct and an island (`北京白鹿临时检查卡点`, `东宝山高架桥`, `在赵述岛，…实地调研`)
  '卡点', '高架桥', '岛',
  // the points of a flood-control inspection along a river's dykes and a motorway's gate (`岳口护岸险工`, `蒋场李家嘴险段`,
  // `巴家潭堤段`, `罗汉寺闸`, `芜宣高速出入口`)
  '险工', '险段', '堤段', '闸', '出入口',
  // temples, grottoes, old lanes and villas, stadiums, a unit's or a school's history hall, a country's mission, a cooperative
  // (`扎什伦布寺`, `云冈石窟`, `草厂四条胡同`, `承德避暑山庄`, `五一体育场`, `空降兵军军史馆`, `英国驻华使馆`, `…农机农民专业合作社`;
  // not a guesthouse, where one meets rather than visits, `在…迎宾馆，X会见了…`)
  '寺', '石窟', '胡同', '山庄', '体育场', '体育馆', '史馆', '使馆', '合作社',
  // a park of firms or farms by its name, however long (`三家村鱼菜综合种养智慧农业园区`)
  '园区',
  // the points of a site a tour stops at (`京雄城际铁路雄安站规划点`, `千年秀林植树点`, `…疫苗接种点`)
  '规划点', '植树点', '示范点', '接种点', '检测点', '监测点', '教学点', '网点',
  // a stretch of a river, a canal or a road a patrol walks (`老城干渠花园段`, `…国道城南路段`)
  '河段', '渠段', '江段', '路段', '园段',
];

/**
 * The works a flood-control inspection walks along (`岳口护岸险工`, `罗汉寺闸`, `彭市熊家月护岸工程`): what follows a span
 * within its list item before one of these makes the span part of a site's name, no person's (names-bridge).
 */
export const FLOOD_WORKS = ['险工', '险段', '堤段', '护岸', '护坡', '大堤', '泵站', '涵闸', '水闸', '闸'];

/**
 * Those a festival visit calls on at home, named before the name (`在省部级劳模惠国新家`, `在困难职工史建军家`, `困难群众高家富家中`):
 * the name between the kind and 家 is a person (persons.ts).
 */
export const VISITED_AT_HOME = ['劳模', '劳动模范', '困难职工', '困难群众', '困难党员', '老党员', '老干部', '老战士', '老红军', '老模范', '退役军人', '军属', '烈属', '贫困户', '困难户', '低保户', '好人'];

/**
 * The trades a company is named by without a legal suffix, as inspection reports list the firms visited (`精艺铜业`,
 * `恒通热力`, `临江药业`): an item of a visit's list ending in one is a body, unless an industry's qualifier opens it
 * (visits.ts INDUSTRY_MODIFIER). Not the trades lists of industries name (汽车, 物流, 家居, 能源, 食品, 电子, 纺织…).
 */
export const VISIT_COMPANY_TRADES = ['铜业', '钢铁', '化工', '药业', '制药', '热力', '电器', '乳业', '酒业', '建材', '股份', '重工', '光电', '新材料', '环保', '矿业', '水泥', '造纸', '鞋业', '米业'];

/**
 * How a visit is made, between the place and its verb (`到丹江口水库乘船视察`, `在嘉兴专题调研`,
 * `在国内多次考察`, `到…冒雨走访`): no part of the place's name.
 */
export const VISIT_MANNER = ['进行', '实地', '深入', '冒雨', '冒雪', '顶风', '专程', '专题', '多次', '再次', '乘船', '乘车', '步行'];

/** A visit's verb done from afar (`在北京八一大楼以视频方式检查…`): no visit to where the visitor sits. */
export const REMOTE_MANNER = /(?:以|通过)视频(?:连线)?(?:方式)?$|视频连线$/;

/**
 * Words that may stand between a body and its post without being either (`中共中央政治局候补委员`,
 * `农工党中央名誉主席`): a post is named `body + modifier + head`.
 */
export const POST_MODIFIERS = ['候补', '名誉', '常务', '第一', '专职', '驻会', '执行'];

/**
 * Verbs (with the adverbs before them) that take a body as their object in the genre's lists
 * of achievements: `共培育三一18号工厂`, `新设…联络办公室`, `重点建设好…分中心`. A body's name
 * does not begin with one; `findOrganizations` cuts it off.
 */
export const ORG_LEADING_VERBS = [
  '培育', '建设', '建成', '共建', '新设', '设立', '组建', '成立', '打造', '引进', '引育', '培养', '新建', '筹建',
  '创建', '认定', '获批', '落户', '依托', '支持', '携手', '联合', '带动', '促成', '挂牌', '促进',
  // what is done to a body or a post's new holder (`影响以色列政府`, `搞好薄弱学校`, `新任冶金部…`)
  '影响', '搞好', '新任', '开设', '下辖', '所辖',
];
/** Adverbs that stand before a body that is a verb's object or a clause's subject (`随后国家发展改革委…`, `一致赞成市委…`). */
export const ORG_ACT_ADVERBS = ['随后', '完全', '一致', '不断', '充分', '自觉', '切实', '高度', '进一步', '同时', '然后'];
/** Adverbs that stand before those verbs (`共培育`, `重点建设好`, `先后引进`). */
export const ORG_LEADING_ADVERBS = ['共同', '共', '新', '重点', '先后', '累计', '已', '还', '再', '相继', '率先', '全力'];

/**
 * The democratic parties' short names, and 社 that 九三学社 writes itself with: before a congress's
 * number they make it theirs (`民进十三大`, `认真落实社十二大`), not the Communist Party's.
 */
export const DEMOCRATIC_PARTY_SHORT = ['民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟', '社'];

/** China's provincial-level units: full name and the short name the press uses. */
/**
 * Provinces by the one character the press calls them by after 来 (`来川考察访问`, `来闽出席`): general
 * knowledge, as the surnames are. Left out where the character names a city as well (宁 Nanjing, 青
 * Qingdao) or is a word of its own after 来 (新, 黑, 吉, 华): those only in their own province's paper
 * (PROVINCE_CHARS_OWN).
 */
export const PROVINCE_CHARS: Readonly<Record<string, string>> = {
  京: '北京', 津: '天津', 冀: '河北', 晋: '山西', 蒙: '内蒙古', 辽: '辽宁', 沪: '上海', 苏: '江苏', 浙: '浙江', 皖: '安徽', 闽: '福建',
  赣: '江西', 鲁: '山东', 豫: '河南', 鄂: '湖北', 湘: '湖南', 粤: '广东', 桂: '广西', 琼: '海南', 渝: '重庆', 川: '四川', 蜀: '四川',
  黔: '贵州', 滇: '云南', 藏: '西藏', 陕: '陕西', 甘: '甘肃', 陇: '甘肃',
};

/**
 * Countries by the one character the press calls them by when it names two together (`中美`, `俄法总统`, `中俄元首`; not
 * those that open transliterated names as often: 比, 奥, 阿, 新 …):
 * general knowledge, as the surnames are.
 */
export const COUNTRY_CHARS = '中美俄英法德日韩朝越老柬泰缅印巴伊以埃意澳';
/** One-character short forms of countries and unions that name the other party of an agreement with China (`中阿…协定`, `中欧…协定`, `中新…协定`). */
export const PARTY_CHARS = COUNTRY_CHARS + '阿非拉欧亚葡西荷比瑞挪丹芬波捷匈罗保希土哈吉塔乌蒙尼孟斯新马菲文智秘墨古委厄哥加肯坦赞津刚苏约叙黎沙科卡冰爱塞克';

/**
 * The world's countries and territories by their Chinese short names (`基里巴斯`, `乌克兰`, `巴布亚新几内亚`): ISO 3166's,
 * as i18n-iso-countries names them in Chinese — general knowledge, as the provinces are. Names of Chinese characters
 * alone (not `科科斯（基林）群岛`).
 */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(
  Object.values(countriesZh.countries as Record<string, string | string[]>)
    .flat()
    .filter((n) => /^[\u4e00-\u9fff]{2,12}$/.test(n)),
);

/** COUNTRY_NAMES by their first UTF-16 unit, the longest first (all of 2 to 12 characters, as the filter above keeps them). */
const COUNTRIES_BY_FIRST = ((): Map<number, string[]> => {
  const byFirst = new Map<number, string[]>();
  for (const name of [...COUNTRY_NAMES].sort((a, b) => b.length - a.length)) {
    const list = byFirst.get(name.charCodeAt(0));
    if (list) list.push(name);
    else byFirst.set(name.charCodeAt(0), [name]);
  }
  return byFirst;
})();

/** The length of the longest country name (COUNTRY_NAMES) that `s` starts with at `i` (0: none). */
export function countryAt(s: string, i: number): number {
  // (only the names that start with the unit at i: a slice of the text and a look-up in the set for each length from 12
  // down to 2 was ten string copies at every position tried, 300,000 a pass over January 1998)
  for (const name of COUNTRIES_BY_FIRST.get(s.charCodeAt(i)) ?? []) if (s.startsWith(name, i)) return name.length;
  return 0;
}

/** Characters that name a province after 来 only in that province's own paper (`宁夏日报`: 来宁考察; elsewhere 宁 is Nanjing). */
export const PROVINCE_CHARS_OWN: Readonly<Record<string, string>> = { 宁: '宁夏', 青: '青海', 新: '新疆', 黑: '黑龙江', 吉: '吉林' };

export const PROVINCES: ReadonlyArray<readonly [full: string, short: string]> = [
  ['北京市', '北京'], ['天津市', '天津'], ['河北省', '河北'], ['山西省', '山西'],
  ['内蒙古自治区', '内蒙古'], ['辽宁省', '辽宁'], ['吉林省', '吉林'], ['黑龙江省', '黑龙江'],
  ['上海市', '上海'], ['江苏省', '江苏'], ['浙江省', '浙江'], ['安徽省', '安徽'],
  ['福建省', '福建'], ['江西省', '江西'], ['山东省', '山东'], ['河南省', '河南'],
  ['湖北省', '湖北'], ['湖南省', '湖南'], ['广东省', '广东'], ['广西壮族自治区', '广西'],
  ['海南省', '海南'], ['重庆市', '重庆'], ['四川省', '四川'], ['贵州省', '贵州'],
  ['云南省', '云南'], ['西藏自治区', '西藏'], ['陕西省', '陕西'], ['甘肃省', '甘肃'],
  ['青海省', '青海'], ['宁夏回族自治区', '宁夏'], ['新疆维吾尔自治区', '新疆'],
];

/**
 * Provincial papers whose names do not open with their province's (`大众日报` is Shandong's): what
 * 我省 means in them. The party papers and the large city and evening papers of each province.
 */
export const PAPER_PROVINCES: ReadonlyArray<readonly [paper: string, province: string]> = [
  ['大众日报', '山东'], ['齐鲁晚报', '山东'], ['新华日报', '江苏'], ['扬子晚报', '江苏'], ['现代快报', '江苏'],
  ['南方日报', '广东'], ['南方都市报', '广东'], ['羊城晚报', '广东'], ['深圳特区报', '广东'], ['深圳商报', '广东'],
  ['解放日报', '上海'], ['文汇报', '上海'], ['新民晚报', '上海'], ['钱江晚报', '浙江'], ['楚天都市报', '湖北'],
  ['长江日报', '湖北'], ['大河报', '河南'], ['华商报', '陕西'], ['华西都市报', '四川'], ['燕赵都市报', '河北'],
  ['海峡都市报', '福建'], ['东南快报', '福建'], ['南国早报', '广西'], ['春城晚报', '云南'], ['半岛晨报', '辽宁'],
  ['辽沈晚报', '辽宁'], ['新文化报', '吉林'], ['生活报', '黑龙江'], ['三湘都市报', '湖南'], ['潇湘晨报', '湖南'],
  ['今晚报', '天津'], ['北方新报', '内蒙古'], ['西海都市报', '青海'],
];

/** The province a paper is of: the one its name opens with, else PAPER_PROVINCES; null for a national or unknown one. */
export function paperProvince(newspaper: string | null): string | null {
  if (!newspaper) return null;
  return PROVINCES.find(([, short]) => newspaper.startsWith(short))?.[1] ?? PAPER_PROVINCES.find(([paper]) => newspaper.startsWith(paper))?.[1] ?? null;
}

/** What a paper's or a station's name ends with after its place (`天水日报`, `临江广播电视台`). */
export const PAPER_SUFFIXES = ['日报', '晚报', '都市报', '新闻网', '融媒体', '广播电视台', '电视台'];
const PAPER_NAME = new RegExp(`^([\\u4e00-\\u9fff]{2,4}?)市?(?:${PAPER_SUFFIXES.join('|')})`);

/**
 * The city a city's paper is of, by the place its name opens with (`天水日报` → 天水, `包头日报` → 包头), for the 我市 of
 * its reports; null for a province's paper or a name the dictionary does not know as a city (the caller tells: `isPlace`).
 */
export function paperCity(newspaper: string | null, isPlace: (name: string) => boolean): string | null {
  const m = newspaper ? PAPER_NAME.exec(newspaper) : null;
  // (a city, named with 市 a place the dictionary knows: 天水市, not 长江市; no province's paper, 长江日报)
  if (!m || PROVINCE_NAMES.includes(m[1]!) || paperProvince(newspaper) !== null) return null;
  return isPlace(`${m[1]!}市`) ? m[1]! : null;
}

/** An outlet named by the county, district or city it is of (`舞阳县人民政府网`, `城阳融媒`, `北京市密云区融媒体中心`, `建德新闻网`). */
const OUTLET_PLACE = /^(?:[\u4e00-\u9fff]{2,3}[省市](?=[\u4e00-\u9fff]{2,4}[县区旗市]))?([\u4e00-\u9fff]{2,4}?)([县区旗市])?(人民政府|政府|融媒体中心|融媒|新闻网|日报|广播电视台|电视台)/;

/**
 * The paper's own place a report calls 我县/我区/我市 (`来我县调研` in `舞阳县人民政府网`): the place the outlet is named by,
 * with the unit the report gives it; null where the outlet names none, another unit than the report's, or a name that is
 * no place (a paper's or a station's without its unit, `人民日报`, only where the dictionary knows the place: the caller
 * tells, `isPlace`).
 */
export function outletPlace(newspaper: string | null, unit: string, isPlace: (name: string) => boolean): string | null {
  const m = newspaper ? OUTLET_PLACE.exec(newspaper) : null;
  if (!m || (m[2] !== undefined && m[2] !== unit) || PROVINCE_NAMES.includes(m[1]!)) return null;
  const local = m[2] !== undefined || /^(?:人民政府|政府|融媒体中心|融媒)$/.test(m[3]!);
  return local || isPlace(m[1]!) || isPlace(m[1]! + unit) ? m[1]! + unit : null;
}

/** The provinces by their full and short names (no person is named so), longest first. */
export const PROVINCE_NAMES: ReadonlyArray<string> = PROVINCES.flatMap(([full, short]) => [full, short]).sort((a, b) => b.length - a.length);


/**
 * Verbs whose object is a body (`感谢韩国政府`, `听取…省级党委和政府…汇报`, `人民支持阿政府`,
 * `非盟加入二十国集团`, `包括政府、企业`): what stands before them is the clause, not the name.
 */
export const ORG_OBJECT_VERBS = ['感谢', '支持', '包括', '听取', '邀请', '规定', '欢迎', '祝贺', '委托', '加入', '批准', '来自', '建议'];
/**
 * Words that open a clause or point back (`但实际上顺风车公司`, `其名下公司`, `它之所以`), or set up bodies on
 * both sides (`互设文化中心`): a span that begins with one is no body's name.
 */
export const ORG_NOT_OPENING = ['其', '它', '但', '实际上', '而且', '尤其', '特别是', '或者', '互设', '互建'];

/**
 * The few standing international bodies the genre names without a head noun (`联合国`, `安理会`,
 * `欧盟`, `阿盟`): general knowledge like the surnames, not a list of an article's bodies. Short on
 * purpose: a body with a head noun (…委员会, …理事会, …组织) is found by its head.
 */
// (bodies named like meetings first: `支持联合国贸易和发展会议发挥作用` is the body, no meeting)
export const INTERNATIONAL_ORGS = ['联合国贸易和发展会议', '亚洲相互协作与信任措施会议', '联合国安理会', '联合国', '安理会', '欧盟', '东盟', '非盟', '阿盟', '阿拉伯联盟', '世贸组织', '世界贸易组织', '世卫组织', '世界卫生组织', '上合组织', '上海合作组织', '北约'];

/** An exhibition, a contest, a festival or a show in 《》 (`《世界华人书画展》`): an event, no document; its 开幕式 is named by it. */
export const EVENT_TITLE = /(?:(?<![发进开拓扩伸施])展|展览|展览会|大赛|艺术节|文化节|电影节|音乐节|晚会|音乐会|演唱会|运动会)$/;

/** What kind of press conference it is, no part of its bare name (`在年度大型记者会上`, `在例行记者会上`): meetings.ts names it by its speaker, relations/attendance.ts reads its holder. */
export const PRESS_KIND = '(?:年度|例行|大型|首场|线上|视频|专题)';

/**
 * What a meeting on another's spirit does with it, between 精神 and its head (`…六中全会精神宣讲工作动员会`,
 * `…十九大精神辅导报告暨宣讲团备课会`): the meeting is one, named by the other (meetings.ts).
 */
export const SPIRIT_MEETING_ACTS = ['宣讲', '传达', '吹风', '学习', '交流', '报告', '辅导', '研讨', '座谈', '动员', '培训', '部署', '工作', '专题', '集中', '备课', '推进', '解读'];

/** A press conference's head nouns: meetings.ts names a bare one by its speaker or holder (not a briefing's, 吹风会, named by what it briefs on). */
export const PRESS_HEADS = ['记者招待会', '新闻发布会', '发布会', '记者会'];
export const PRESS_HEAD = `(?:${PRESS_HEADS.join('|')})`;
/** …and with a briefing's (`中外媒体吹风会`): relations/attendance.ts reads the speakers and the host of either. */
export const PRESS_OR_BRIEFING_HEAD = `(?:${[...PRESS_HEADS, '吹风会'].join('|')})`;
