// The extraction rules by name: what each one reads, why the genre writes it so, and sentences
// it must and must not read. `test/extract/rule-cases.test.ts` runs every case through
// extractArticle; `kg extract --explain` writes the id of the rule behind each relation, so a
// wrong edge leads to one entry here and to the one module that implements it (`module`).
//
// A case is a sentence (or a headline and a sentence, `标题|正文`) and the facts the rule must
// give, written `from → to` (ATTENDED adds `:presided` or `:attended`). A negative case is a
// sentence on which the rule must give no fact.

export interface RuleCase {
  text: string;
  /** facts the rule gives on `text`, `from → to[:role]`; empty for a negative case */
  facts: string[];
  /** the paper the text is from, where the rule reads it (`来我省` is its province's) */
  newspaper?: string;
  /** the article has no date (`本报讯` with no dated dateline): its meetings are dated by nothing */
  undated?: boolean;
}

export interface RuleSpec {
  /** the relation the rule gives */
  relation: 'HOLDS' | 'TITLE_AT' | 'ATTENDED' | 'VISITED' | 'MET' | 'HELD_IN' | 'CONVENED' | 'ADDRESSED' | 'ISSUED';
  /** the file under src/extract/ that implements it */
  module: string;
  /** one line: how the genre writes what the rule reads */
  why: string;
  cases: RuleCase[];
}

const pos = (text: string, ...facts: string[]): RuleCase => ({ text, facts });
const neg = (text: string): RuleCase => ({ text, facts: [] });
/** A case from a paper named (`吉林日报`): what the text calls 我省 is its province. */
const inPaper = (newspaper: string, c: RuleCase): RuleCase => ({ ...c, newspaper });
/** A case of an article with no date: the rule reads its meeting all the same. */
const undated = (c: RuleCase): RuleCase => ({ ...c, undated: true });

export const RULES = {
  'holds.post-before-name': {
    relation: 'HOLDS',
    module: 'persons.ts',
    why: 'Posts stand before the name, chained with 、 and shared by a list of names: 市委副书记、市长王小明, 副主任李华、赵刚.',
    cases: [
      // a transliterated name of two parts joined by a dash (`埃塞俄比亚总统萨赫勒—沃克`)
      pos('肯尼亚总统阿卡拉致电埃塞俄比亚总统萨赫勒—沃克表示慰问。', '阿卡拉 → 肯尼亚总统', '萨赫勒—沃克 → 埃塞俄比亚总统'),
      // (nor 之后 or 然后 of an agenda: `之后董事长X做了…讲话`)
      pos('之后董事长李西中做了讲话。然后院长于春荣做了工作报告。', '李西中 → 董事长', '于春荣 → 院长'),
      // a Japanese minister by a ministry of before 2001 (`通产相堀内光雄`)
      pos('他分别同通产相堀内光雄就双边经贸关系进行了会谈。', '堀内光雄 → 通产相'),
      // a roster's post, 有 and its names (`出席会议的市州主委有A、B`): each holds it; a roster of several posts gives none (`…的副主委、常委有A、B`)
      pos('出席会议的市州主委有尚明、王强。', '尚明 → 市州主委', '王强 → 市州主委'),
      neg('出席会议的副主委、常委有黄明、赵作斌。'),
      // (not 有 of a word: `…习近平总书记有关报告`)
      neg('会议学习了党的十八大以来王明总书记有关报告。'),
      // a dotted name before 一同, 一起, 一道 or 一行 ends before its 一 (`…拉米雷斯·拉莫斯一同出席`)
      pos('古巴驻华大使米格尔·安赫尔·拉米雷斯·拉莫斯一同出席了上述会见。', '米格尔·安赫尔·拉米雷斯·拉莫斯 → 古巴驻华大使'),
      // a Japanese or Korean minister by his ministry and 相, a Japanese name of four after it (`日本财务相铃木俊一`, `朝鲜城市经营相任景栽`)
      pos('日本财务相山田俊一表示，将密切关注汇率。朝鲜城市经营相金正浩表示，工程进展顺利。', '山田俊一 → 日本财务相', '金正浩 → 朝鲜城市经营相'),
      // (not 相 opening a word: `与经济产业相关的政策`)
      neg('会议研究了与经济产业相关的政策。'),
      // a compound surname's name of four, a dictionary word after it (`…武装部长上官怀志缓步走到…`)
      pos('县委常委、武装部长上官明志缓步走到花篮前，整理花篮缎带。', '上官明志 → 县委常委', '上官明志 → 武装部长'),
      // a Tibetan name of two parts stays whole where the model reads three of it (`…副团长格桑平措9日率分团…`)
      pos('全国人大常委会副委员长、中央代表团副团长格桑平措9日率分团来到临江镇。', '格桑平措 → 全国人大常委会副委员长', '格桑平措 → 中央代表团副团长'),
      // the foreign ministry's commissioner in Hong Kong or Macao and his deputy (`…特派员公署特派员X`)
      pos('外交部驻临江特派员公署特派员刘海、副特派员王明出席。', '刘海 → 外交部驻临江特派员公署特派员', '王明 → 副特派员'),
      // (nor a verb right before the country the post opens with: `王明最终击败肯尼亚外长阿卡拉`)
      pos('王明最终击败肯尼亚外长阿卡拉，当选联盟委员会主席。', '阿卡拉 → 肯尼亚外长'),
      // (nor 由 before a body, by whom a post is filled: `总理由国会…选举产生`)
      neg('总理由国会上下两院全体议员投票选举产生。'),
      // (nor what a reporter learns: `记者得知乡纪检书记X带头整改`)
      pos('在临江乡，记者得知乡纪检书记王明带头整改。', '王明 → 乡纪检书记'),
      // a step of an agenda before the post is no part of it (`会后镇党委书记X带队…`, `最后镇长X讲意见`)
      pos('会后镇党委书记王明带队检查。最后镇长刘海讲意见。', '王明 → 镇党委书记', '刘海 → 镇长'),
      // what is done with a post after it is no name (`新任副院长任职宣布大会`)
      neg('临江区医管委在我院召开新任副院长任职宣布大会。'),
      // (a verb of what something comes from is no part of the post: `源于县委书记王明…`)
      pos('这是源于县委书记王明在一次走访中发现的问题。', '王明 → 县委书记'),
      // a city's head named by a city whose first character is a surname, before the holder's name (`马累市长穆伊祖`)
      pos('候选人、马累市长穆伊祖在投票中获胜。', '穆伊祖 → 马累市长'),
      // (请 and 邀请 before the post are the one who asks, no part of it: `请省生态环境厅副厅长吴东介绍…`)
      pos('省政府新闻办今天举行新闻发布会，请省生态环境厅副厅长王明介绍相关情况。', '王明 → 省生态环境厅副厅长'),
      // (nor 来 of coming or being a guest: `邀请总书记来做客`)
      neg('乡亲们最想表达的是邀请总书记来做客。'),
      // (nor the post itself, `担任首相一职`)
      neg('王明还说，他将继续担任首相一职。'),
      // a Chinese name of four characters read to a mark is the model's two where it reads them: the rest is what he does
      pos('6月15日，国务院举行宪法宣誓仪式。国务院总理刘海监誓。', '刘海 → 国务院总理'),
      // a name whose surname is rare, three characters after the post, the one who leads after it (`副主任经大忠带领…`)
      pos('市人大常委会副主任经大刚带领检查组到临江区检查。', '经大刚 → 市人大常委会副主任'),
      // (not a regnal name: `哈桑二世`)
      pos('临山国国王李明二世。', '李明二世 → 临山国国王'),
      // a country the dictionary tags as a name (安哥拉 nr) opens the post; a preposition before the post is none of a
      // name (`向国家主席王明…`: 向 a surname too); a Hong Kong married woman's two surnames (`行政长官陈李美玲`)
      pos('安哥拉总统洛伦佐出席欢迎仪式。', '洛伦佐 → 安哥拉总统'),
      // a name of three before 带队 though its last two make a word (`王大林带队` — 林带, a forest belt)
      pos('区委副书记、区长王大林带队调研重点项目。', '王大林 → 区委副书记', '王大林 → 区长'),
      // a company's post in Latin letters (`…中国区CEO`)
      pos('临江食品中国区CEO王明参加恳谈会。', '王明 → 临江食品中国区CEO'),
      // a verb of briefing before the post is no part of it (`外交部有关负责人介绍国家主席X即将…`)
      pos('外交部有关负责人介绍国家主席王明即将出席峰会的情况。', '王明 → 国家主席'),
      // a dotted name the model reads after the post is the post's whatever follows it (`驻华大使卡里尔·哈什米高度评价…`), and
      // a transliterated one runs to the word after its last transliterating character (`美国总统特朗普上台后`); a conjunction
      // before the country is no surname (`但美国总统…`)
      pos('临山国驻华大使阿卡拉·萨米尔高度评价两国关系。', '阿卡拉·萨米尔 → 临山国驻华大使'),
      pos('但美国总统卡朗普上台后退出了协议。', '卡朗普 → 美国总统'),
      // 经 of 经…批准, 有 of 就有, 为什么 and a verb of praise open no post (`经中央军委主席X批准`, `高度评价中共中央总书记X`)
      pos('经市委书记王明批准，颁发嘉奖令。', '王明 → 市委书记'),
      pos('会上就有市委书记王明发言。', '王明 → 市委书记'),
      pos('这就是为什么临山国外交部国务秘书阿卡拉·萨米尔会以此为例。', '阿卡拉·萨米尔 → 临山国外交部国务秘书'),
      pos('各界高度评价中共中央总书记、国家主席王明的讲话。', '王明 → 中共中央总书记', '王明 → 国家主席'),
      // a description between the posts and the name is none of them (`原市政协副主席、著名粤剧表演艺术家潘楚华`)
      pos('看望慰问原市政协副主席、著名粤剧表演艺术家刘海。', '刘海 → 原市政协副主席'),
      // (经 at a word's end and a verb of praise inside a body's name open the post: 财经委, 评价中心)
      pos('市人大财经委主任王明同意了该方案。', '王明 → 市人大财经委主任'),
      pos('临江省教育质量评价中心主任王明出席会议。', '王明 → 临江省教育质量评价中心主任'),
      // of the model's dotted reading and a longer one of the rules, the longer where its tail holds no word and the genre's verb
      // follows (`…图丹却吉尼玛主持`); the shorter where the tail is a word (`萨达姆·侯赛因决定`)
      pos('省人大常委会副主任阿卡拉·洛桑次仁·图丹却吉尼玛主持会议。', '阿卡拉·洛桑次仁·图丹却吉尼玛 → 省人大常委会副主任'),
      pos('临山国总统阿卡拉·侯赛因决定接受协议。', '阿卡拉·侯赛因 → 临山国总统'),
      // a name the model reads right after a post its own cues do not list (`…领导小组副组长赵月霞出席`)
      pos('省委常委、省委巡视工作领导小组副组长刘月霞出席。', '刘月霞 → 省委常委', '刘月霞 → 省委巡视工作领导小组副组长'),
      // a ministry's chief agronomist (总农艺师, 总畜牧师, 总规划师) is a post as its chief engineer is
      pos('农业农村部总农艺师王明陪同调研。', '王明 → 农业农村部总农艺师'),
      // a transliterated name runs to 邀请 (`应…总统博鲁阿尔特邀请`, not 特邀); 来 and a place before a visit's verb is no name
      pos('应临山共和国总统阿卡拉尔特邀请，国家主席王明出席。', '阿卡拉尔特 → 临山共和国总统', '王明 → 国家主席'),
      neg('此次王主席来澳门视察的第一站就是这里。'),
      // a post one holds alone is not shared over 和 (`国会主席A和B`); a deputy's is (`副省长A和B`)
      pos('临山国总书记阿卡拉、国会主席王明和刘海出席。', '阿卡拉 → 临山国总书记', '王明 → 国会主席'),
      pos('副省长王明和刘海出席会议。', '王明 → 副省长', '刘海 → 副省长'),
      // (nor a chain that holds a post one holds alone: `省委副书记、省长A和B`, B a guest with his own post)
      pos('省委副书记、省长王明和刘海出席签约仪式。', '王明 → 省委副书记', '王明 → 省长'),
      pos('论坛联合主席王明和刘海出席。', '王明 → 论坛联合主席', '刘海 → 论坛联合主席'),
      // a foreign leader's name after his country's post that holds characters the transliterating set lacks or is a dictionary
      // word (`蒙古国总统呼日勒苏赫`, `新西兰总督基罗`) where the article writes it again; the post's 新任 is the post's
      pos('国家主席王明会见蒙古国总统乌日勒苏赫。乌日勒苏赫表示，蒙方愿意。', '王明 → 国家主席', '乌日勒苏赫 → 蒙古国总统'),
      pos('国家主席王明致电新西兰新任总督基伯，表示祝贺。王明愿同基伯总督一道努力。', '王明 → 国家主席', '基伯 → 新西兰新任总督'),
      pos('国务院总理王明同蒙古国总理奥云巴特尔举行会晤。奥云巴特尔表示，蒙方愿意。', '王明 → 国务院总理', '奥云巴特尔 → 蒙古国总理'),
      pos('国家主席王明会见蒙古国总统乌日勒苏赫。', '王明 → 国家主席', '乌日勒 → 蒙古国总统'),
      // (not past the name read by a word: `美国前总统特朗普预计4日…`, the headline `特朗普预计4日出庭` again)
      pos('卡朗普预计4日出庭|据美国媒体报道，美国前总统卡朗普预计4日在纽约出庭。', '卡朗普 → 美国前总统'),
      pos('英国新任首相阿卡拉出席。', '阿卡拉 → 英国新任首相'),
      // a foreign minister's name before the time he said it (`俄罗斯国防部长X上月曾表示`)
      pos('临山国国防部长韶伊古上月曾表示，北约威胁。', '韶伊古 → 临山国国防部长'),
      pos('临山国政府总理通巴将于1月访华。', '通巴 → 临山国政府总理'),
      // (nor 会上 of the meeting before the post: `会上市委副书记、市长X…`; but 议会上院 is the post's)
      pos('临江市现场推进会召开。会上市委副书记、市长王明一行观摩了项目。', '王明 → 市委副书记', '王明 → 市长'),
      // (not 已 after the name, an adverb: `副厅长X已率领…`; a trade representative a post, `美国贸易代表X`; a post before 的 describes the
      // one named after it, no post of his now: `曾担任…助理国务卿的X`; a leader who sends a message to another, `…国家主席X向…发来贺电`)
      pos('副厅长刘俊已率领工作组赶赴现场。', '刘俊 → 副厅长'),
      pos('省长魏明、副省长王明第一时间赶到省应急管理厅。', '魏明 → 省长', '王明 → 副省长'),
      pos('王明向临山国贸易代表阿卡拉致信。', '阿卡拉 → 临山国贸易代表'),
      neg('曾担任临山国助理国务卿的阿卡拉·萨米尔表示，要合作。'),
      pos('临山人民革命党中央委员会总书记、国家主席通巴向中共中央总书记王明发来贺电。', '通巴 → 临山人民革命党中央委员会总书记', '通巴 → 国家主席', '王明 → 中共中央总书记'),
      // a negotiator is a post (`商务部国际贸易谈判代表兼副部长X`)
      pos('商务部国际贸易谈判代表兼副部长王明出席开幕式。', '王明 → 商务部国际贸易谈判代表', '王明 → 副部长'),
      pos('新任副省长王明和新任副总统刘海依法进行宪法宣誓。', '王明 → 副省长', '刘海 → 副总统'),
      // a note in brackets on the holder's charge between the post and the name (`副区长(负责政府日常工作)王肖肖`)
      pos('区委常委、副区长(负责政府日常工作)王明出席会议。', '王明 → 区委常委', '王明 → 副区长'),
      // two adverbs after a chain of posts are no name (`…普里马科夫外长都曾访问过中国`: no 都曾)
      neg('临山国总统、阿卡拉外长都曾访问过临江。'),
      // the second character of a verb before the post is the verb's (`说服以色列总理…`, `等待联合国…主席…`)
      pos('临江将说服临山国总理阿卡拉作出让步。', '阿卡拉 → 临山国总理'),
      // 来 before a verb after a post is the purpose, no surname (`围绕首席科学家来组合…资源`)
      neg('这有利于围绕首席科学家来组合和配置有限的基础研究资源。'),
      // a transliterated name after a post: the whole run to the genre's verb (`斯克利亚尔在…`, `米尔济约耶夫将应邀…`), not the
      // verb it ran on to (`拜登称`, `塔帕访川`)
      pos('临山国第一副总理斯克利亚尼在开幕式上致辞。', '斯克利亚尼 → 临山国第一副总理'),
      pos('临山国总统米尔济约耶科将应邀与会。', '米尔济约耶科 → 临山国总统'),
      pos('美国总统拜卡称，将继续合作。', '拜卡 → 美国总统'),
      pos('尼泊尔副总理塔坦访川。', '塔坦 → 尼泊尔副总理'),
      // a post one is designated for (候任) is the post whole; an international body's chief scientist
      pos('王明会见临江特别行政区候任行政长官刘海。', '刘海 → 临江特别行政区候任行政长官'),
      pos('临江组织首席科学家阿卡拉·布朗4日说，研发进展顺利。', '阿卡拉·布朗 → 临江组织首席科学家'),
      // a party's leader, a prosecutor, a mine's head, a chief designer (posts the lexicon reads since the twenty-eighth session)
      pos('临山国真主党领导人阿卡拉25日发表电视讲话。', '阿卡拉 → 临山国真主党领导人'),
      pos('临江矿务局东滩煤矿矿长王明介绍说。', '王明 → 临江矿务局东滩煤矿矿长'),
      pos('临山国检察官阿卡拉·布朗说。', '阿卡拉·布朗 → 临山国检察官'),
      // a verb of mourning or of a banquet before the post is no part of it (`代表中共中央和中国政府吊唁越南国家主席X逝世`)
      pos('王明代表临江省委和临江省政府吊唁临山国国家主席阿卡拉逝世。', '阿卡拉 → 临山国国家主席'),
      // two bodies joined by 和 that share the post's head: the post in each (`…第一书记、国务委员会和部长会议主席卡斯特罗`)
      pos('临山共产党第一书记、国务委员会和部长会议主席阿卡拉出席。', '阿卡拉 → 临山共产党第一书记', '阿卡拉 → 国务委员会主席', '阿卡拉 → 部长会议主席'),
      // a count of the post's holders before it is no part of it (`两位副省长A、B`)
      pos('会上，两位副省长王明、刘海讲话。', '王明 → 副省长', '刘海 → 副省长'),
      // a transliterated name ends before 定于, a date planned (`伊朗总统莱希定于5月3日前往…`); a Chinese name of three
      // ending in 定 keeps it (`刘永定于…`)
      pos('临山国总统萨希定于5月3日前往东岭国。', '萨希 → 临山国总统'),
      pos('副市长刘永定于5月3日到临江调研。', '刘永定 → 副市长'),
      // (像 of a body's name, `图像`, `影像`, is none of a comparison)
      pos('临江图像图形学学会理事长王明出席。', '王明 → 临江图像图形学学会理事长'),
      // a verb of speech after the name ends it as 表示 does (`…首相X重申`, `…总统X呼吁`)
      pos('日本首相小林正雄重申，将加强合作。', '小林正雄 → 日本首相'),
      // a Korean or Japanese minister's 长官 after his ministry (`韩国海洋水产部长官文成赫`): no 部长 + 官
      pos('临山国海洋水产部长官金明哲表示，将加强合作。', '金明哲 → 临山国海洋水产部长官'),
      neg('王明在临山国国防部长官邸同刘海会谈。'),
      // (参与 after a name is the verb: `…外交部长西雅尔多参与会议后表示`)
      pos('临山国外交部长王明参与会议后表示，反对该计划。', '王明 → 临山国外交部长'),
      // 据 of 数据 is a word of the body's name in the post (`国家数据局局长`)
      pos('国家数据局局长王明出席。', '王明 → 国家数据局局长'),
      // (对于/关于 opening the clause is none of the post either)
      pos('对于临山国总统阿卡拉宣布的决定，各方表示关注。', '阿卡拉 → 临山国总统'),
      // the 时 that closes a clause of 在 the name is the object of is no third character of the name
      pos('临山国总统在会见到访的中国政府特使刘海时表示，支持中方。', '刘海 → 中国政府特使'),
      // (nor of a longer one's, Chinese or foreign: `在会见…行政长官贺一诚时表示`, `在会见英国首相特雷莎·梅时，`)
      pos('国家主席王明在会见新当选并获任命的临江特别行政区第五任行政长官何一诚时表示，中央充满信心。', '王明 → 国家主席', '何一诚 → 行政长官'),
      pos('王明分别会见临山国领导人。在会见临山国首相阿卡拉·米时，王明表示，愿加强合作。', '阿卡拉·米 → 临山国首相'),
      // 访 and a country's character after a post in a headline is the visit, no name (`伊朗防长访叙 与叙总统会面`)
      neg('临山国防长访叙 与叙总统会面'),
      // a comparison, a year, a pronoun and the 任 of a post taken open none of the post (`能像…总理X所希望的`, `１９９０年…议长`)
      pos('但愿这次会议能像临山国总理阿卡拉·莫尼所希望的那样，取得成果。', '阿卡拉·莫尼 → 临山国总理'),
      pos('１９９０年临山国议会议长阿卡拉·莫尼访华。', '阿卡拉·莫尼 → 临山国议会议长'),
      pos('他回国任临山国总统府秘书长王明的助手。', '王明 → 临山国总统府秘书长'),
      // a country and 前 of a former post is no name (`印度前总理`); a dotted name ends before 的
      pos('印度前总理阿卡拉·莫尼的遗孀刘海·莫尼宣布参加竞选。', '阿卡拉·莫尼 → 印度前总理'),
      // 考察 of a 考察团, 督导 of a 督导组 is a word of the group's name in the post, no verb before it
      pos('县委书记王明会见了临江市考察团团长刘海一行。', '王明 → 县委书记', '刘海 → 临江市考察团团长'),
      pos('王明会见了临江市调研组组长刘海一行。', '刘海 → 临江市调研组组长'),
      // 应 of an invitation before a post of two words is no surname of a name before 主席 (`应国家主席王明的邀请`)
      pos('应国家主席王明的邀请，临山国总统阿卡拉将对我国进行国事访问。', '王明 → 国家主席', '阿卡拉 → 临山国总统'),
      // a dotted name whose last part is one character ends before a preposition of the clause (`…·汗对我国进行工作访问`)
      pos('欢迎临山国总理阿卡拉·汗对我国进行工作访问。', '阿卡拉·汗 → 临山国总理'),
      // a name's middle dot in another paper's form (`・`, `‧`) is the same dot
      pos('临山国武装部队总参谋长阿卡拉・莫尼当天表示，将作出回应。', '阿卡拉・莫尼 → 临山国武装部队总参谋长'),
      pos('临山国外长阿卡拉‧莫尼表示，愿同中方合作。', '阿卡拉‧莫尼 → 临山国外长'),
      // a dotted name ends before 访 and the one-character country it visits (`…访巴`, `…访华期间`)
      pos('临山国特使阿卡拉·莫尼访巴', '阿卡拉·莫尼 → 临山国特使'),
      pos('临山国总理阿卡拉·莫尼访华期间会见了王明。', '阿卡拉·莫尼 → 临山国总理'),
      // a dotted name ends where the next country's post of a list written without 、 opens
      pos('意大利共和国外交部长阿卡拉·莫尼圣马力诺共和国外交部长刘海·加列出席。', '阿卡拉·莫尼 → 意大利共和国外交部长', '刘海·加列 → 圣马力诺共和国外交部长'),
      // a name of two before 称 (`俄罗斯总统普京称，…`), not a name of three taking the verb in
      pos('临山国总统普明称，局势严峻。', '普明 → 临山国总统'),
      // transliterating characters the press uses less (蓬, 武, 边) in a name after a country's post, before 与
      pos('美国国务卿蓬卡拉与土耳其外长恰武卡卢当天在首都举行会晤。', '蓬卡拉 → 美国国务卿', '恰武卡卢 → 土耳其外长'),
      // a transliterated name after the post of an international body, before the day
      pos('国际原子能机构总干事科罗西24日抵达某国。', '科罗西 → 国际原子能机构总干事'),
      // a coordinator's and a finance minister's posts (`中东事务协调员X`, `财长X`)
      pos('某国中东事务协调员莫尼拉表示。财长阿卡拉说。', '莫尼拉 → 某国中东事务协调员', '阿卡拉 → 财长'),
      // 以 of 以…率领的 is no part of the post (`以州长X率领的…代表团`)
      pos('会见了以州长阿卡拉·莫尔率领的临山州代表团。', '阿卡拉·莫尔 → 州长'),
      // 支持/拥护 before a post are no part of it (`我们支持中共中央总书记、…王明同志`)
      pos('文章指出，我们支持中共中央总书记、国家主席王明同志。', '王明 → 中共中央总书记', '王明 → 国家主席'),
      pos('他批评政府的做法，并质疑保守党党首阿卡拉的能力。', '阿卡拉 → 保守党党首'),
      // 因 and 其 before a post are no part of it
      pos('因前国王阿卡拉要求回国，总统刘海表示反对。', '阿卡拉 → 前国王', '刘海 → 总统'),
      pos('其外交部中东问题顾问莫尼拉·卡博说。', '莫尼拉·卡博 → 外交部中东问题顾问'),
      // a letter or a telegram the holder sends, named after 致 (`…行政长官X致…灾区的慰问电`)
      pos('特区行政长官刘建华致临江灾区的慰问电全文如下。', '刘建华 → 特区行政长官'),
      pos('外国政要纷纷发来慰问电。向国家主席王明发来慰问电的有：巴基斯坦总统李加利。', '王明 → 国家主席', '李加利 → 巴基斯坦总统'),
      pos('香港特区行政长官梁刘月娟表示，将全力做好执行。', '梁刘月娟 → 香港特区行政长官'),
      // 受 of 受…委托 and 给 of 给…写信 open no post (`受市委书记X委托`), but 给 inside a place's name does (`坦桑尼亚桑给巴尔总统`)
      pos('受市委书记、市人大常委会主任王明委托，副市长刘海为他们颁发证书。群众给市长吴东写信。', '王明 → 市委书记', '王明 → 市人大常委会主任', '刘海 → 副市长', '吴东 → 市长'),
      // 曾 is a frequent surname whose given names are words too: a name after a post
      pos('副市长曾建国出席会议并讲话。市委书记曾光明主持会议。', '曾建国 → 副市长', '曾光明 → 市委书记'),
      // a name of three a list bounds whose given name holds a preposition's character shares the list's post (`…、沈向民出席会议`); not a clause that goes on from a name (`、张荣海向大会致辞`)
      pos('副市长刘海、张荣海、沈向民出席会议。', '刘海 → 副市长', '张荣海 → 副市长', '沈向民 → 副市长'),
      // (and one whose surname is a conjunction's character, between two 、: `、和良辉、`)
      pos('副主席刘海、杨宁、和良辉、李东出席会议。', '刘海 → 副主席', '杨宁 → 副主席', '和良辉 → 副主席', '李东 → 副主席'),
      pos('副主席刘海、杨宁、和平村的代表出席会议。', '刘海 → 副主席', '杨宁 → 副主席'),
      // a deputy to a people's congress, as a CPPCC member (`全国人大代表X`, `省人大代表X`); a profile's 认识 no part of the post
      pos('今天，我们来认识全国人大代表王明。省人大代表刘海、吴东出席。', '王明 → 全国人大代表', '刘海 → 省人大代表', '吴东 → 省人大代表'),
      neg('各级人大代表要履职尽责。人大代表建议加强保护。'),
      // 任 of the holders who head a group is its verb (`由省委书记、省长任双组长的…领导小组`)
      neg('临江成立由省委书记、省长任双组长的临江公园体制试点领导小组。'),
      pos('副市长刘海、张荣海向大会致辞。', '刘海 → 副市长', '张荣海 → 副市长'),
      // a transliterated name after a post runs to 的 and what is his (`总理贡恰鲁克的辞职申请`); a dotted one ends before the post it takes (`…什米加尔出任新总理`)
      pos('议会投票通过总理贡恰鲁克的辞职申请，并批准副总理杰尼斯·什米加尔出任新总理。', '贡恰鲁克 → 总理', '杰尼斯·什米加尔 → 副总理'),
      // a company's director (`…公司董事X`, `执行董事`, sharing the head across a list of companies); not its board (`董事会`)
      pos('由临江铁建公司、临江国际合作公司董事王明等组成的调研组来我市调研。', '王明 → 临江铁建公司董事', '王明 → 临江国际合作公司董事'),
      pos('公司董事会召开会议，董事长刘海主持。', '刘海 → 董事长'),
      // the heads of state of a federation of monarchies and of a realm's crown (`马来西亚最高元首易卜拉欣`, `…总督达达埃`); 互 of 互致 opens no name's end
      pos('马来西亚最高元首易拉欣表示，双边关系成果丰硕。巴布亚新几内亚总督达里埃表示祝贺。', '易拉欣 → 马来西亚最高元首', '达里埃 → 巴布亚新几内亚总督'),
      pos('国家主席张建国同巴布达总督威廉斯互致贺电。', '张建国 → 国家主席', '威廉斯 → 巴布达总督'),
      // a name the model reads from inside a foreign leader's post (`国王|菲利普` read as 王菲利普) opens after the post
      pos('国家主席张建国会见比利时国王菲利普。', '张建国 → 国家主席', '菲利普 → 比利时国王'),
      pos('国家主席张建国同比利时国王菲利普互致贺电。', '张建国 → 国家主席', '菲利普 → 比利时国王'),
      // an adverb the model reads onto a transliterated name is no part of it (`总统拜多亦向…`)
      pos('同日，美国总统拜多亦向委员会致贺信。拜多亦表示祝贺。', '拜多 → 美国总统'),
      // a surname-shaped adverb before a word is no name after a post (`成员都认真听取`)
      neg('观摩团成员都认真听取汇报。'),
      // nor 播发 of a wire's formula (`新华社…受权全文播发…委员长X的报告`), nor 除了
      pos('新华社今天受权全文播发全国人大常委会委员长王明的报告。除了市长刘海，各位代表都发了言。', '王明 → 全国人大常委会委员长', '刘海 → 市长'),
      // 听取 before a post is the verb, no part of it
      pos('市长刘海主持召开专题会议，听取临江市副市长王明的汇报。', '刘海 → 市长', '王明 → 临江市副市长'),
      // 卜 transliterates (`哈提卜扎德`, `阿卜杜拉`): a long foreign name with it is read whole after a post
      pos('临山国外交部发言人哈提卜扎德21日表示，临山国将继续履行义务。', '哈提卜扎德 → 临山国外交部发言人'),
      // 博士 of 博士生, 博士后 is a student's or a fellow's status, no post
      neg('临江航空航天大学博士生周绍栋等一批青年参与研制。'),
      // 暨 joins two posts as 兼 does (`集团董事长暨总裁`); 暨 of 暨南大学 is the body's
      pos('市委书记王明会见了临江科技集团董事长暨总裁张建国一行。暨南大学校长刘海参加会见。', '王明 → 市委书记', '张建国 → 临江科技集团董事长', '张建国 → 总裁', '刘海 → 暨南大学校长'),
      // a verb an adverb of time marks is no part of the post after it (`某法院已经禁止巴基斯坦前总理X…`), nor what brings
      // in an example (`正如…`); a verb inside a body's name is (`联合|医院院长`)
      pos('伦敦一地方法院已经禁止巴基斯坦前总理张建国动用存款。', '张建国 → 巴基斯坦前总理'),
      pos('正如临江市副市长张建国所说。临江市惠民联合医院院长刘海说。', '张建国 → 临江市副市长', '刘海 → 临江市惠民联合医院院长'),
      // a dotted name runs on past a one-character word to the mark or the verb two or three characters on
      // (`努尔兰·阿不都满金主持`, not 努尔兰·阿不 + 都), and a one-character last part ends before 和夫人
      pos('自治区政协主席努尔兰·阿不都满金主持会议，副主席阿不都热克甫·吐木尼牙孜出席。', '努尔兰·阿不都满金 → 自治区政协主席', '阿不都热克甫·吐木尼牙孜 → 副主席'),
      pos('临山国副总统约翰·基和夫人出席。', '约翰·基 → 临山国副总统'),
      // what a leader's post is followed by in praise is no name (`总书记关心的事`)
      neg('美丽乡村建设，也是总书记关心的事。'),
      // a wire's dateline run on to the post is no part of it (`…12月23日电国家主席X`)
      pos('新华社北京12月23日电国家主席张建国23日在人民大会堂会见了临山国总统阿卡拉。', '张建国 → 国家主席', '阿卡拉 → 临山国总统'),
      // a preposition before a name the article gives elsewhere is no surname: the post's holder is left unnamed (`议长向朱琳献上鲜花`)
      pos('国务院总理王明和夫人刘红抵达临山。临山议长向刘红献上鲜花。礼兵队长向王明报告。', '王明 → 国务院总理'),
      // what follows a post whose last character opens a city's or a county's name is that place (`许昌市长葛市`: no 葛市)
      pos('省长王明先后到许昌市长葛市、建安区调研。', '王明 → 省长'),
      // 访 and a province's character after a post is a visit, no name (`对克里斯琴总统访粤表示欢迎`); 以 of 以…为团长 is
      // no part of the post (`以外交大臣丹曲·多吉为团长`)
      neg('王明对帕利斯琴总统访粤表示欢迎。'),
      // (or a country's character: `2016年习近平主席访秘，开启了…`)
      neg('2016年张建国主席访秘，开启了两国关系新篇章。'),
      // a dotted name ends before his couple (夫妇) and before what he submits (提交); the office of a post is no name (`总理公署`)
      pos('临江驻华临时代办阿卡拉·多吉夫妇出席了招待会。当年临山总理阿卡拉·甘地夫人遇刺身亡。', '阿卡拉·多吉 → 临江驻华临时代办', '阿卡拉·甘地 → 临山总理'),
      pos('会议通过了理事会秘书长阿卡拉·本·多吉提交的年度报告。', '阿卡拉·本·多吉 → 理事会秘书长'),
      neg('临山国总理公署宣布，总理将访问临江。'),
      neg('系列报道《今年以来张建国总书记国内考察纪实》今天播出第一集。'),
      // a transliterated name runs whole to a day or a matter taken up after it (`主席阿拉法特今天在…`, `阿拉法特就…问题`); an envoy
      // for a process is a post, 和谈 a word of it (`美国中东和谈特别协调员罗斯`)
      pos('临山国自治政府主席阿布法特今天在加沙会见了东岭国特使王明。临山国自治政府主席阿布法特就安全合作问题发表讲话。', '阿布法特 → 临山国自治政府主席', '王明 → 东岭国特使'),
      pos('临山国中东和谈特别协调员阿卡拉结束了访问。', '阿卡拉 → 临山国中东和谈特别协调员'),
      // a transliterated name of two after a foreign party's or state's head (`…总书记、国家主席本扬26日下午…`)
      pos('临山国人民革命党中央总书记、国家主席本汉26日下午前往天安门广场。', '本汉 → 临山国人民革命党中央总书记', '本汉 → 国家主席'),
      // a country joined by 和 shares no post (`伊朗代理总统穆赫贝尔和印度代表`)
      pos('临山国代理总统阿卡拉和印度代表出席会议。', '阿卡拉 → 临山国代理总统'),
      pos('以外交大臣阿卡拉·多吉为团长的临山代表团出席开幕式。', '阿卡拉·多吉 → 外交大臣'),
      // 次官 and 司令 are posts (not 司令部), and a head right after another is the same post's (`…事务助理次官X`)
      pos('临山国外交部亚洲事务助理次官阿卡拉·弗赖参加会谈。临山国陆军司令刘海出席。', '阿卡拉·弗赖 → 临山国外交部亚洲事务助理次官', '刘海 → 临山国陆军司令'),
      // a democratic party's committee chair by its short form (主委), a delegation's head (团长)
      pos('民革省委主委张建国、农工党省委驻会副主委刘海，临江省代表团团长王明出席。', '张建国 → 民革省委主委', '刘海 → 农工党省委驻会副主委', '王明 → 临江省代表团团长'),
      // a quoted term inside a post, 、 and all, is part of it, and the chain before it goes on (`…委员、中央“不忘初心、牢记使命”主题教育领导小组常务副组长X`)
      pos('中共中央政治局委员、中央“不忘初心、牢记使命”主题教育领导小组常务副组长张建国出席会议。', '张建国 → 中共中央政治局委员', '张建国 → 中央“不忘初心、牢记使命”主题教育领导小组常务副组长'),
      // a dotted name ends before a day (`伊姆兰·汗当天在…表示`); what a visit is called after a post is no name (`总统此访`)
      pos('临山国总理阿卡拉·汗当天在通车仪式上表示，这条公路意义重大。', '阿卡拉·汗 → 临山国总理'),
      neg('王明主席高度重视阿卡拉总统此访。'),
      // a country's envoy to the UN
      pos('临山国常驻联合国代表阿卡拉呼吁各方保持克制。', '阿卡拉 → 临山国常驻联合国代表'),
      // 常委 before a count is no post (`和我们常委数相等`)
      neg('新当选的常委人数正好和我们常委数相等。'),
      // what a post is appointed or removed by is no name (`法官任免`)
      neg('草案规定了临江金融法院的案件管辖、监督、法官任免等主要内容。'),
      // coming to a country to attend is no name after a post (`副主席来巴出席`)
      neg('阿卡拉热烈欢迎张建国副主席来临出席其就职仪式。'),
      // what a post does or holds right after it is no name (`外长承诺`, `总统权力`, `两党总书记达成的共识`)
      neg('吉尔吉斯斯坦总理宣布将行使总统权力，两国外长承诺落实两党总书记达成的共识。'),
      // what a leader's post is followed by in praise is no name (`维护…总书记权威和核心地位`)
      neg('坚定维护张建国总书记权威和核心地位。'),
      // 之 opens no name after a post (`奉本国总理之命`)
      neg('两国外交秘书奉本国总理之命，在会上进行了非正式会谈。'),
      // a four-character Japanese name before a day (`日本首相安田正雄24日…`); a head of state abroad's 国务委员长 (no 国务委员 + 长); a premier's adviser;
      // 总监票人 of an election is no 总监 and no person
      pos('日本首相安田正雄24日与临山国总理刘海举行会谈。', '安田正雄 → 日本首相', '刘海 → 临山国总理'),
      pos('张建国会见临山国劳动党总书记、国务委员长金明哲。', '金明哲 → 临山国劳动党总书记', '金明哲 → 国务委员长'),
      pos('临山国负责安全问题的总理顾问卡塔10日宣布，成立反犯罪委员会。', '卡塔 → 总理顾问'),
      neg('主席团会议表决通过了总监票人、监票人名单草案。'),
      // a name the model reads as a list's first after a post (`议长比亚卡、参议长…`) is that post's
      pos('张建国以视频方式分别会见临山国议长比亚卡、东岭国参议长辛佐哈盖拉。', '比亚卡 → 临山国议长', '辛佐哈盖拉 → 东岭国参议长'),
      // ministers of monarchies abroad (大臣) and a deputy prime minister (副首相), chained with 兼
      pos('临山国副首相兼国防大臣迪卡上将出席开幕式。', '迪卡 → 临山国副首相', '迪卡 → 国防大臣'),
      // a meeting's act right after the name ends it, whatever shorter reading the model prefers
      pos('市人大常委会主任赵临际出席会议。', '赵临际 → 市人大常委会主任'),
      // 委员 followed by 会 is a committee's, not a member's post: the chair of it is the post (`…委员会主席马吉德·拉什德`)
      pos('亚洲残疾人委员会主席阿卡拉·拉什德出席闭幕式。', '阿卡拉·拉什德 → 亚洲残疾人委员会主席'),
      // a Japanese prefecture's governor, his name holding a character of places (`木村`); a party's leader abroad (`反对党领袖`);
      // the lead of one side of a dialogue, closing a chain after 会见
      pos('日本临山县知事木村秀章出席仪式。', '木村秀章 → 日本临山县知事'),
      pos('王明会见了东岭国反对党领袖阿达米。', '阿达米 → 东岭国反对党领袖'),
      pos('王明会见中共中央政治局委员、国务院副总理、中东全面经济对话中方牵头人刘海。', '刘海 → 中共中央政治局委员', '刘海 → 国务院副总理', '刘海 → 中东全面经济对话中方牵头人'),
      // a double name joined by a hyphen is one
      pos('王明会见临山国国家主席迪亚斯-卡内尔。', '迪亚斯-卡内尔 → 临山国国家主席'),
      pos('临山国国民议会议长阿卡拉-恩图巴出席会议。', '阿卡拉-恩图巴 → 临山国国民议会议长'),
      // a Vietnamese woman's name of four characters, 氏 second, after a Vietnamese post
      pos('全国人大常委会委员长张建国会见越南国会主席阮氏青河。', '张建国 → 全国人大常委会委员长', '阮氏青河 → 越南国会主席'),
      // a clause's verb is no part of the post after it (`…举行会谈或建立关系只会损害伊朗前最高领袖`)
      pos('哈米德说，东与西举行会谈只会损害临山国前总统阿卡拉的事业。', '阿卡拉 → 临山国前总统'),
      // a name ends before a word of two characters (陪同) rather than one (同) after a third: 王浩陪 + 同下 is no reading
      pos('张建国在省委书记刘海和省长王浩陪同下，先后来到临山、东岭等地调研。', '刘海 → 省委书记', '王浩 → 省长'),
      // the last of a list shares its post where a place follows it, not a post of its own (`吴东在主席台就座`)
      pos('大会执行主席张建国、刘海、吴东在主席台就座。', '张建国 → 大会执行主席', '刘海 → 大会执行主席', '吴东 → 大会执行主席'),
      // the head of a headquarters (总指挥, 指挥长) after another post
      pos('国务委员、国家防汛抗旱总指挥部总指挥王明4月2日出席会议。', '王明 → 国务委员', '王明 → 国家防汛抗旱总指挥部总指挥'),
      // a name of three parts, named before by its middle one (a paternal surname), is one person
      pos('临山国总统马杜罗将访华。应邀，临山国总统尼古拉斯·马杜罗·莫罗斯将对中国进行国事访问。', '尼古拉斯·马杜罗·莫罗斯 → 临山国总统'),
      // a foreign name with its dot ends before an honorific after it (教授, 博士, 先生)
      pos('副总理王明会见了临山国某大学管理学院副院长威廉·阿卡拉教授。', '王明 → 副总理', '威廉·阿卡拉 → 临山国某大学管理学院副院长'),
      // an honour list whose names run on with no separator: each post starts after the name before it
      pos('先进个人名单：湖南省科协主任刘海江西省文化馆馆长王芳。', '刘海 → 湖南省科协主任', '王芳 → 江西省文化馆馆长'),
      pos('市长张建国复信临山交响乐团总裁刘海。', '张建国 → 市长', '刘海 → 临山交响乐团总裁'),
      // 常委 of 常委会 is the body, no post before a name
      neg('市人大常委会向阿卜杜·拉齐代表致以崇高敬意。'),
      // a president-elect's post stays one; a list ends at an ellipsis
      pos('法国当选总统刘海18日发表讲话。', '刘海 → 法国当选总统'),
      pos('省委副书记张建国、刘海……在家的省领导都来了。', '张建国 → 省委副书记', '刘海 → 省委副书记'),
      // a delegation's member is a post; a count of members is a group
      pos('中央宣讲团成员、市委书记张建国作报告。', '张建国 → 中央宣讲团成员', '张建国 → 市委书记'),
      neg('最后80多名代表团成员离村。'),
      // a verb before the post is no part of it (给予, 据, 欢迎, a profile's ——记); a verb after the name no part of the name
      pos('决定给予临江县委书记刘书锋党内严重警告处分。', '刘书锋 → 临江县委书记'),
      pos('据临江市检察院副检察长刘海介绍，案件已审结。', '刘海 → 临江市检察院副检察长'),
      pos('张建国热烈欢迎临山国总统刘海来访。', '刘海 → 临山国总统'),
      pos('造福平民常青树——记临江县平民医院院长刘海', '刘海 → 临江县平民医院院长'),
      pos('会上，临江市长尹力发了言。', '尹力 → 临江市长'),
      pos('伊拉克国民议会议长萨阿东·哈马迪结束对中国的访问。', '萨阿东·哈马迪 → 伊拉克国民议会议长'),
      pos('市委副书记、市长王小明主持会议。', '王小明 → 市委副书记', '王小明 → 市长'),
      pos('王明会见临山国国务资政兼国家安全统筹部长张志贤。', '张志贤 → 临山国国务资政', '张志贤 → 国家安全统筹部长'),
      // a transliterated name that runs to the 时 of its clause, whole (not 施泰因 of 施泰因迈尔时)
      pos('王明总理在总统府会见临山国总统施泰因迈尔时，转达了问候。', '施泰因迈尔 → 临山国总统'),
      // a transliterated name the visit follows (`欢迎老挝总理通伦对我国进行正式访问`, `陪同通伦检阅`)
      pos('国务院总理王明举行仪式，欢迎临山国总理通伦对我国进行正式访问。', '王明 → 国务院总理', '通伦 → 临山国总理'),
      // a verb of handing over before the post is no part of it; a top organ after a post is no name
      pos('市长刘海挥动会旗，然后交给临山国奥委会主席阿卡拉。', '刘海 → 市长', '阿卡拉 → 临山国奥委会主席'),
      neg('做到坚决维护王明总书记党中央的核心、全党的核心地位。'),
      // a paper named in 《》 before the post is part of it
      pos('大会宣读了临山国总统阿卡拉发给《欧洲时报》社长刘海的贺词。', '阿卡拉 → 临山国总统', '刘海 → 《欧洲时报》社长'),
      // a chain whose last post holds 与 inside its body's name keeps the posts before it
      pos('国务院副总理、中国环境与发展国际合作委员会主席张建国出席。', '张建国 → 国务院副总理', '张建国 → 中国环境与发展国际合作委员会主席'),
      // a monarch's style before the name, and the regnal number that is part of it
      neg('国外一些著名大公司和企业集团来华投资。'),
      pos('临山国女王伊丽莎白二世出席仪式。', '伊丽莎白二世 → 临山国女王'),
      pos('致贺的还有：临山国国王哈马德、东岭国国王阿卜杜拉二世、西岭国总统奥尔塔。', '哈马德 → 临山国国王', '阿卜杜拉二世 → 东岭国国王', '奥尔塔 → 西岭国总统'),
      // those a report lists as present (`出席会议的有`, `参加会见的有`): 有 is the list's verb, no part of the post
      pos('出席会议的有临山国总统刘海、东岭国总理张建国。', '刘海 → 临山国总统', '张建国 → 东岭国总理'),
      pos('参加会见的有市委副书记王小明。', '王小明 → 市委副书记'),
      // terms of one body joined by 、 inside a post; a province's 省长 after 和; an emir
      pos('某某政治协商会议第九届、十届全国委员会副主席刘海出席。', '刘海 → 某某政治协商会议第九届、十届全国委员会副主席'),
      pos('省长张建国和吉林省长刘海参加。', '张建国 → 省长', '刘海 → 吉林省长'),
      pos('王明会见来访的临山国埃米尔阿卡拉。', '阿卡拉 → 临山国埃米尔'),
      // a verb of proposing ends a dotted name (`谢赫·哈西娜提议，`)
      pos('临山国总理谢赫·阿卡拉提议，三国部长再度晤谈。', '谢赫·阿卡拉 → 临山国总理'),
      // 济 transliterates too (a long foreign name read whole, not its first two characters)
      pos('出席会议的有临山国总统米尔济约夫，观察员国代表。', '米尔济约夫 → 临山国总统'),
      // an interview is no part of the post (`专访商务部部长`)
      pos('我们专访临江市商务局局长刘海。', '刘海 → 临江市商务局局长'),
      // the genre's verbs of travel and diplomacy end a name after a post (`应…总统X邀请`, `X乘专机`, `向…X做汇报`)
      pos('应临山国总统习建平邀请，张建国将访问临山国。', '习建平 → 临山国总统'),
      pos('国家主席习建平乘专机离开北京。', '习建平 → 国家主席'),
      pos('临山国国防部长绍卡夫向临山国总统习建平做汇报。', '绍卡夫 → 临山国国防部长', '习建平 → 临山国总统'),
      pos('临山国外长卡马拉·伊泰离开临江。', '卡马拉·伊泰 → 临山国外长'),
      // 与/和 inside a body's name (`…和平与裁军委员会`, `发展和改革委员会`), not between two bodies named by a place
      pos('中国人民争取和平与裁军委员会会长刘海会见了客人。', '刘海 → 中国人民争取和平与裁军委员会会长'),
      pos('习近平会见欧洲理事会主席米歇尔和欧盟委员会主席冯德莱恩。', '米歇尔 → 欧洲理事会主席', '冯德莱恩 → 欧盟委员会主席'),
      // an adverb or a conjunction after a post, before a verb, is no name (`毛主席曾经说过`)
      neg('他说：毛主席曾经说过，人是要有一点精神的。'),
      // a transliterated name that runs to a mark is read whole, not by a surname-shaped start (古纳瓦 of 古纳瓦德纳)
      pos('张建国会见临山国总统阿迪昂、东岭国总理古纳瓦德纳。', '阿迪昂 → 临山国总统', '古纳瓦德纳 → 东岭国总理'),
      // …also before a verb no such name ends with, and one with a character no transliteration list holds (育, 云)
      pos('张建国欢迎东岭国总理古纳瓦德纳对我国进行正式访问。', '古纳瓦德纳 → 东岭国总理'),
      pos('临山国第二副总统亨利班提育、东岭国总理奥云额尔登、南屿国总理帕什尼扬出席会议。', '亨利班提育 → 临山国第二副总统', '奥云额尔登 → 东岭国总理', '帕什尼扬 → 南屿国总理'),
      pos('张建国会见了临山国边疆区行政长官科热米亚科。', '科热米亚科 → 临山国边疆区行政长官'),
      pos('临山国外长拉夫罗夫称，会谈富有成果。', '拉夫罗夫 → 临山国外长'),
      // a chain's post whose body holds a verb runs from the chain's 、 (not over another post and its name)
      pos('中共中央政治局常委、国务院总理、中央应对疫情工作领导小组组长张建国主持会议。', '张建国 → 中共中央政治局常委', '张建国 → 国务院总理', '张建国 → 中央应对疫情工作领导小组组长'),
      pos('临山国总书记、国家主席阿卡拉向中共中央总书记、国家主席张建国致贺电。', '阿卡拉 → 临山国总书记', '阿卡拉 → 国家主席', '张建国 → 中共中央总书记', '张建国 → 国家主席'),
      // a dotted name runs to the genre's words after it (`努尔·白克力严重违纪违法`), whatever shorter reading the model prefers
      pos('临江市能源局原党组书记、局长阿卜杜·白克力严重违纪违法被开除党籍。', '阿卜杜·白克力 → 临江市能源局原党组书记', '阿卜杜·白克力 → 局长'),
      // two bodies one post is held in, joined by 、: the post in each (not a post before 、: 省委常委、宣传部部长)
      pos('中共临江市委台湾工作办公室、临江市人民政府台湾事务办公室主任刘海在座谈会上发言。', '刘海 → 中共临江市委台湾工作办公室主任', '刘海 → 临江市人民政府台湾事务办公室主任'),
      pos('省委常委、宣传部部长王明出席。', '王明 → 省委常委', '王明 → 宣传部部长'),
      // Japan's ministers are written X相
      pos('国务院总理张建华会见访华的临山国外相林芳正。', '张建华 → 国务院总理', '林芳正 → 临山国外相'),
      // a name the cue rules end at a list's mark is not cut one shorter by the model (穆尔涅采、; not 卢拉时，)
      pos('东岭国议长洛赫拉、临山国议长穆尔涅采、西河国议长普兰茨凯蒂斯等参加会见。', '洛赫拉 → 东岭国议长', '穆尔涅采 → 临山国议长', '普兰茨凯蒂斯 → 西河国议长'),
      pos('临山国国防部长绍卡夫向临山国总统卡马做汇报。', '绍卡夫 → 临山国国防部长', '卡马 → 临山国总统'),
      pos('市人大常委会副主任李华、赵刚出席。', '李华 → 市人大常委会副主任', '赵刚 → 市人大常委会副主任'),
      pos('县委书记周建国6日上午在城关镇调研。', '周建国 → 县委书记'),
      // a name of an uncommon surname or a transliterated one ends before the genre's verbs of speech
      pos('法国前总统希拉克发来贺信。', '希拉克 → 法国前总统'),
      // a country and a head-of-state post before a transliterated name: the post is the name's
      pos('国家主席习近平同乌克兰总统泽连斯基通电话。', '习近平 → 国家主席', '泽连斯基 → 乌克兰总统'),
      // a post after 兼 runs from it, 和 and all (`首相兼外交和合作大臣`), and a transliterated name after a minister's post
      pos('临山国首相兼外交和合作大臣菲拉米出席。', '菲拉米 → 临山国首相', '菲拉米 → 外交和合作大臣'),
      // an embassy's counsellor (`教育参赞蒋妙瑞`); a degree's head before a thing of it is no post (`拿到了博士文凭`)
      pos('教育参赞蒋妙明在会上首先致辞。', '蒋妙明 → 教育参赞'),
      neg('这些留学生几乎都拿到了硕士或博士文凭。'),
      // a preposition before a numbered session is no name after the post (`委托王晨副委员长向十三届全国人大五次会议作说明`)
      neg('委员长会议委托王明副委员长向十三届全国人大五次会议作说明。'),
      // (a state secretary general is no 国务秘书 before a name 长…: `国务秘书长佩尔·努德`)
      pos('瑞典首相府国务秘书长佩尔·努森说，合作很重要。', '佩尔·努森 → 瑞典首相府国务秘书长'),
      // (not 从 of 从…起 before the post)
      pos('当时临山国上层从外交大臣张建国到首相李明，都有亲日派。', '张建国 → 外交大臣', '李明 → 首相'),
      // a long span the model reads over a foreign leader's post is the country's post and the name after it
      pos('当天，卡塔尔埃米尔塔米拉与巴林国王哈马德通电话。', '塔米拉 → 卡塔尔埃米尔', '哈马德 → 巴林国王'),
      // a qualifier in brackets before the head is inside the post (`大会主席团常务（执行）主席`), and the chain goes on through it
      pos('市委书记、大会主席团常务（执行）主席胡元明主持会议。', '胡元明 → 市委书记', '胡元明 → 大会主席团常务（执行）主席'),
      // a given name may end in 党 (`毛建党`): the list goes on past it
      pos('区委常委蒋明、干利强、毛建党、田铁山出席。', '蒋明 → 区委常委', '干利强 → 区委常委', '毛建党 → 区委常委', '田铁山 → 区委常委'),
      // a body whose level's character is a surname (区 of 区政协) is no name before the post: `区政协主席X`
      pos('区政协主席宿建国列席会议。', '宿建国 → 区政协主席'),
      // a transliterated name of two after a foreign leader's post, a character of it one that ends no Chinese name (`特本致贺信`)
      pos('国家主席张建国向临山国总统特本致贺信。', '张建国 → 国家主席', '特本 → 临山国总统'),
      // a transliterated name whose first character is a surname's reads on as the model reads it (`谢瓦尔德纳泽`, no 谢瓦尔)
      pos('临山国总统谢瓦尔巴纳泽今天在记者见面会上说。', '谢瓦尔巴纳泽 → 临山国总统'),
      pos('国家主席习近平会见某国联邦委员会主席马特维延科。', '习近平 → 国家主席', '马特维延科 → 某国联邦委员会主席'),
      // a leader's name the dictionary tags as a place (普京) after a country's head-of-state post;
      // not a body, a longer post or the start of a longer name there
      pos('国家主席习近平和俄罗斯总统普京互致新年贺电。', '习近平 → 国家主席', '普京 → 俄罗斯总统'),
      pos('同日，俄罗斯联邦总统普京也向论坛致贺信。', '普京 → 俄罗斯联邦总统'),
      neg('以色列总理办公室发表声明。'),
      // 国务卿 is a post; a foreign name ends before 宣称 and 逝世; 就 opens no post
      pos('6日，到访基辅的美国国务卿布林肯宣称，将提供支持。', '布林肯 → 美国国务卿'),
      pos('习近平就美国前国务卿亨利·基辛格逝世向美国总统拜登致唁电。', '亨利·基辛格 → 美国前国务卿', '拜登 → 美国总统'),
      // an edition's number inside a post of a chain; 和 inside a body's name after a word (not after a
      // post or a name); a date or a time before the post is no part of it
      pos('中共中央政治局常委、国务院副总理、第24届冬奥会工作领导小组组长韩正出席。', '韩正 → 中共中央政治局常委', '韩正 → 国务院副总理', '韩正 → 第24届冬奥会工作领导小组组长'),
      pos('受国务院委托，人力资源和社会保障部部长张纪南作了说明。', '张纪南 → 人力资源和社会保障部部长'),
      pos('全国人大宪法和法律委员会主任委员李华出席。', '李华 → 全国人大宪法和法律委员会主任委员'),
      pos('会谈结束后，中国外交部部长助理吉佩定和阿外交部秘书长本·贾马签署了协定。', '吉佩定 → 中国外交部部长助理', '本·贾马 → 阿外交部秘书长'),
      pos('29日上午白俄罗斯总统卢卡申科出席。', '卢卡申科 → 白俄罗斯总统'),
      pos('2019年12月副省长李华出席。', '李华 → 副省长'),
      // the model's reading one longer by a verb of the genre (`李华作的报告`) does not replace the rules'
      pos('会议听取了副主任委员李华作的报告。', '李华 → 副主任委员'),
      // (not a place after a head-of-state post, `俄罗斯总统|叙利亚`: the envoy's post is the whole, the name after it)
      pos('俄罗斯总统叙利亚问题特使伊万诺夫耶夫30日表示。', '伊万诺夫耶夫 → 俄罗斯总统叙利亚问题特使'),
      // a transliterated name after a post before what the leaders issue or sign (`…和英国首相约翰逊发表的联合声明`)
      pos('这是临山国总理默克安和英国首相约翰森发表的联合声明。', '默克安 → 临山国总理', '约翰森 → 英国首相'),
      // a post the wire writes short or for a mission or an office of the UN (`美国防长`, `常驻联合国代表`, `…秘书长发言人`)
      pos('美国防长罗伊斯于9日访问了拉脱维亚。乌克兰常驻联合国代表库斯利科夫则称，将继续谈判。联合国秘书长发言人马里奥斯当天说。', '罗伊斯 → 美国防长', '库斯利科夫 → 乌克兰常驻联合国代表', '马里奥斯 → 联合国秘书长发言人'),
      // a foreign name before a day (`12日`), 称 or 说; 及 inside a country's name (阿尔及利亚)
      pos('阿尔及利亚总统泽鲁阿勒12日会见了来访的客人。', '泽鲁阿勒 → 阿尔及利亚总统'),
      pos('乌克兰总统泽连斯基称，正在加强防御。', '泽连斯基 → 乌克兰总统'),
      pos('全国台联会长郑志贤致开幕词。', '郑志贤 → 全国台联会长'),
      pos('盟委副书记、盟长王刚陪同。', '王刚 → 盟委副书记', '王刚 → 盟长'),
      // a foreign name joined by 和 to another titled person; 以视频方式 after a name; -夫, -登
      pos('国家主席习近平分别同某某委员会主席冯德莱恩和某某总理鲍里索夫通电话。', '习近平 → 国家主席', '冯德莱恩 → 某某委员会主席', '鲍里索夫 → 某某总理'),
      pos('某国联邦委员会主席马特维延科和国家杜马第一副主席梅利尼科夫出席并致辞。', '马特维延科 → 某国联邦委员会主席', '梅利尼科夫 → 国家杜马第一副主席'),
      pos('2022年11月15日，国家副主席王岐山以视频方式出席论坛。', '王岐山 → 国家副主席'),
      neg('市委书记和市长出席会议。'),
      // what follows a name's post is no name when it is a letter and a conjunction (贺信并致辞)
      neg('王明出席，宣读习近平总书记贺信并致辞。'),
      pos('某国对外关系部长阿勒坦格列尔出席。', '阿勒坦格列尔 → 某国对外关系部长'),
      pos('他对外交部长王毅说。', '王毅 → 外交部长'),
      pos('他对外长利维说。', '利维 → 外长'),
      // a name ends before a date with its month, a military rank, 受…委托, and (an
      // uncommon name) 对记者: 委员长赵乐际8月28日至30日在, 副总参谋长吴铨叙中将等, 部长多吉才让对记者说
      pos('市委书记周建国8月28日至30日在临江调研。', '周建国 → 市委书记'),
      pos('军区副司令员吴建国中将等参加了会见。', '吴建国 → 军区副司令员'),
      pos('原市委书记熊建华受市委和市政府的委托讲话。', '熊建华 → 原市委书记'),
      pos('陪同前往的市民政局局长次仁罗布对记者说。', '次仁罗布 → 市民政局局长'),
      neg('市领导孙立新、周敏参加。'),
      neg('市委书记8月28日至30日在临江调研。'),
      // `有关部门负责人` is a generic group (spec), a named body's 负责人 is a post
      neg('有关部门负责人徐建新、杨正明等出席了招待会。'),
      pos('市发展改革委负责人张建国出席。', '张建国 → 市发展改革委负责人'),
      // 共和国 is part of the post, a verb before it (应…邀请, 致电) is not; 应急 begins one
      pos('某某民主共和国总统阿卡拉发表讲话。', '阿卡拉 → 某某民主共和国总统'),
      pos('应某某共和国外交部长阿卡拉的邀请，代表团访问。', '阿卡拉 → 某某共和国外交部长'),
      pos('市应急管理局局长周建国出席。', '周建国 → 市应急管理局局长'),
      neg('应某某共和国外交部的邀请，代表团访问。'),
      // a journal publishes the leader's article: 发表 is no part of the post
      pos('今天出版的第1期《求是》杂志发表中共中央总书记、国家主席习近平的重要文章。', '习近平 → 中共中央总书记', '习近平 → 国家主席'),
      // a spokesman and a factory's head are posts of the genre
      pos('市委常委、新闻发言人赵建华在会上通报了情况。', '赵建华 → 市委常委', '赵建华 → 新闻发言人'),
      pos('听取了厂长、党委书记王建军的汇报之后。', '王建军 → 厂长', '王建军 → 党委书记'),
      neg('新闻发言人表示，发布会取得成功。'),
      // a given name may end in 年/召/之 (words' first characters elsewhere) before 主持/出席 or punctuation
      pos('论坛由市科协主席刘明召主持。', '刘明召 → 市科协主席'),
      pos('市委副书记、市长张千年出席会议。', '张千年 → 市委副书记', '张千年 → 市长'),
      pos('市委书记李明本周出席会议。', '李明 → 市委书记'),
      neg('市委书记年初出席会议。'),
      // a foreign name of 4–7 transliterating characters after a post, a dictionary word inside or not
      pos('某国驻华大使莫兰斯塔德出席招待会。', '莫兰斯塔德 → 某国驻华大使'),
      pos('某组织总裁格奥尔基耶娃表示，将加强合作。', '格奥尔基耶娃 → 某组织总裁'),
      neg('某国驻华大使馆举行招待会。'),
      // a list item with a post of its own does not share the list's post
      pos('市教委主任王建国、党组书记陈立新分别在会上讲话。', '王建国 → 市教委主任', '陈立新 → 党组书记'),
      // a dotted name whose last part is one character ends before the call or the speech (`伊姆兰·汗通电话`)
      pos('国家主席王明同某国总理阿卜杜·汗通电话。', '王明 → 国家主席', '阿卜杜·汗 → 某国总理'),
      pos('某国总理阿卜杜·汗表示，双方关系很好。', '阿卜杜·汗 → 某国总理'),
      pos('某国海岸警卫队副司令查尔斯·范开会研究。', '查尔斯·范 → 某国海岸警卫队副司令'),
      // a post over two dotted names joined by 和, not over his wife (`总统约瑟夫·拜登和夫人…`)
      pos('某国执政官卡洛·罗西和马里奥·比安基今天举行仪式。', '卡洛·罗西 → 某国执政官', '马里奥·比安基 → 某国执政官'),
      pos('某国总统约瑟夫·卡特和夫人玛丽·卡特出席。', '约瑟夫·卡特 → 某国总统'),
      // the chief architect and accountant are posts as the chief engineer is; a time before the post is none of it
      pos('市规划委副总建筑师王明介绍说。', '王明 → 市规划委副总建筑师'),
      pos('这几天临江医院副院长王明一直在病房。', '王明 → 临江医院副院长'),
      // a group's convener is its post (`…“鼓岭之友”召集人X`), and the group no meeting
      pos('临江联谊会召集人刘海出席。', '刘海 → 临江联谊会召集人'),
      // a minister below an ambassador is one (公使); what brings in a part is no part of a post (`包括总经理X在内`)
      pos('某国驻华大使王明、某国公使刘海等出席。', '王明 → 某国驻华大使', '刘海 → 某国公使'),
      pos('包括总经理王明在内，共有十人参加。', '王明 → 总经理'),
      // a press secretary and a supreme leader are posts; a transliterated name after a country's post runs to the day
      // after it (`…新闻秘书巴尔科夫4日表示`); 禁止/说起 open no post; a post over dotted names joined by 及
      pos('俄罗斯总统新闻秘书巴尔科夫4日表示。', '巴尔科夫 → 俄罗斯总统新闻秘书'),
      pos('朝鲜最高领导人金明哲当天下令。', '金明哲 → 朝鲜最高领导人'),
      pos('某国宣布禁止美国参议员迪克·卡特及帕特里克·史密斯入境。', '迪克·卡特 → 美国参议员', '帕特里克·史密斯 → 美国参议员'),
      // (not what 及 joins that the text goes on from as from no name: `副秘书长张道诚及宗教界代表人士…`)
      pos('全国政协副秘书长王明及宗教界代表人士刘海出席。', '王明 → 全国政协副秘书长'),
      // a clause's conjunction or verb opens no post (获得, 虽然, 而), and a dotted name ends before 支持 or 编纂
      pos('该协议获得某国首相阿卜杜·汗支持。', '阿卜杜·汗 → 某国首相'),
      pos('虽然某国总统王明表示反对。', '王明 → 某国总统'),
      pos('而国防部长王明表示。', '王明 → 国防部长'),
      pos('军方11日宣布推翻总统阿卡拉政权。', '阿卡拉 → 总统'),
      pos('由美国人权学教授爱德华·卡特编纂的百科全书出版。', '爱德华·卡特 → 美国人权学教授'),
      pos('说起临江支队副支队长王明，大家都很佩服。', '王明 → 临江支队副支队长'),
      // a list's last name before 以及, and a name before 利用, end where the word begins
      pos('副县长王景刚、卢永以及县直有关单位负责人参加调研。', '王景刚 → 副县长', '卢永 → 副县长'),
      pos('区委书记刘卫国利用一天的时间调研。', '刘卫国 → 区委书记'),
      // a name's last character is no first one of the adverb after it (`刘建中专程来到`: 刘建中, not 刘建 + 中专)
      pos('省长刘建中专程来到临江。', '刘建中 → 省长'),
      // a head of state's second name after a hyphen, whatever its characters, up to a mark or 和
      pos('国家主席王明会见临山国国王威廉-亚历达和夫人。', '王明 → 国家主席', '威廉-亚历达 → 临山国国王'),
      // a Vietnamese woman's name, the surname, 氏 and one or two characters, up to the next word
      pos('王明同越南国会主席阮氏春秋举行会谈。', '阮氏春秋 → 越南国会主席'),
      // 国务委员长, a head of state's post, whole
      pos('临山国劳动党总书记、国务委员长金达恩致电王明。', '金达恩 → 临山国劳动党总书记', '金达恩 → 国务委员长'),
      // a province's flood headquarters' head after its short name (`省防指指挥`, `省防指常务副指挥`) ends a chain of posts
      pos('省委常委、常务副省长、省防指指挥王明出席会议并讲话。', '王明 → 省委常委', '王明 → 常务副省长', '王明 → 省防指指挥'),
      // (指挥 alone is a verb or a conductor's: `著名指挥家`)
      neg('著名指挥家王明指挥乐团演出。'),
      // an envoy's capacity named by the leader who sends him is the capacity alone (`国家主席习近平特别代表` → 特别代表), not cut
      // inside the leader's name (`平特别代表`) nor holding it; one named by its task is whole (`联合国…问题特使`)
      pos('国家主席李光洲特别代表、国家副主席刘海出席就职仪式。', '李光洲 → 国家主席', '刘海 → 特别代表', '刘海 → 国家副主席'),
      pos('李光洲主席特别代表、国家副主席刘海出席就职仪式。', '刘海 → 特别代表', '刘海 → 国家副主席'),
      pos('联合国临山问题特使阿卡拉出席会议。', '阿卡拉 → 联合国临山问题特使'),
      // (防指指挥 is no head before 长: `省防指指挥长王明`, no 长王明)
      pos('副省长、省防指指挥长王明出席并讲话。', '王明 → 副省长', '王明 → 省防指指挥长'),
      // a group or a room the dictionary holds is no name after a post (`委员宣讲团`)
      neg('要办好委员讲堂、委员宣讲团、委员会客厅等活动。'),
      // (a country that ends the sender's post is no name: `俄罗斯总统特使` is the post)
      pos('王明会见俄罗斯总统特使阿卡拉。', '阿卡拉 → 俄罗斯总统特使'),
      // (特别 after a name is the adverb, no part of the name: 舒 is a surname, 别 transliterates only before a post)
      pos('副市长舒海特别强调，要做好工作。', '舒海 → 副市长'),
      // (推举 and 迎接 before a post are no part of it)
      pos('会议推举十二届全国政协主席王明作报告。', '王明 → 十二届全国政协主席'),
      // (a name of three before 邀请 stays whole where the model reads two: `应…主席武文赏邀请`)
      pos('应临江共产党中央总书记阮富仲、临江国主席武文赏邀请，国家主席王明抵达临江。', '阮富仲 → 临江共产党中央总书记', '武文赏 → 临江国主席', '王明 → 国家主席'),
      // (迎接 after a level opens a task group's name: `市迎接…领导小组组长`)
      pos('市迎接国家卫生城市复审工作领导小组组长王明主持会议。', '王明 → 市迎接国家卫生城市复审工作领导小组组长'),
      // (a guard: no locative ends a Japanese name of four, `…众议院议员会馆门前` is no name holding the post)
      neg('日本众议院议员会馆门前，抗议者举行集会。'),
      // a 和 that opens a second list (`副主席A、B和C、D等同志`) ends the post the first list shares; one joined by 和 alone shares it
      pos('全国政协副主席张建国、刘海和吴东、郑立等同志作交流发言。', '张建国 → 全国政协副主席', '刘海 → 全国政协副主席'),
      pos('全国政协副主席张建国、刘海和吴东出席。', '张建国 → 全国政协副主席', '刘海 → 全国政协副主席', '吴东 → 全国政协副主席'),
      // a transliterated name ends where a verb of two the genre writes after a name begins (`萨卡祝贺`, not 萨卡祝)
      pos('塞纳国总统萨卡祝贺中国人民新春快乐。', '萨卡 → 塞纳国总统'),
      // a name of three the model read two of, an adverb and a verb of going after it (`李松添也到机场迎接`)
      pos('中国驻临山国大使李松添也到机场迎接。', '李松添 → 中国驻临山国大使'),
      // (到 after a name of two read on only after an adverb: `王臻回到…` is 王臻, not 王臻回)
      pos('全国政协委员王臻回到临江市实验小学的工作岗位。', '王臻 → 全国政协委员'),
      // the 致 of a letter sent after a name of two is no third character of it (`总督王明致慰问电`)
      pos('国家主席张建国向临山国总督王明致慰问电。', '张建国 → 国家主席', '王明 → 临山国总督'),
      // a dotted name ends before 亲自 (`爱德华多·奇卡斯亲自负责`)
      pos('总社长爱德华多·奇卡斯亲自负责了这次采访。', '爱德华多·奇卡斯 → 总社长'),
      // a surname and a post are no name (`负责人由总统与…协商后任命`: 由总统 none)
      neg('根据法令，部门负责人由总统与联邦委员会协商后任命。'),
    ],
  },
  'holds.post-is-list': {
    relation: 'HOLDS',
    module: 'persons.ts',
    why: 'A session\'s chairs named after their post and 是: 会议执行主席是A、B、C.',
    cases: [
      pos('全国政协十三届一次会议8日下午举行第二次全体会议。会议执行主席是王明、阿卡拉·莫尔、刘海。', '王明 → 执行主席', '阿卡拉·莫尔 → 执行主席', '刘海 → 执行主席'),
      neg('会议选举王明为执行主席。'),
    ],
  },
  'holds.post-after-list': {
    relation: 'HOLDS',
    module: 'persons.ts',
    why: 'A post after a counted list belongs to each of it when the count is the number of names: 沈德咏、…、孙谦等6位常委作大会发言.',
    cases: [
      pos('市委书记张建国出席。吴东、郑立、孙敏等3位常委作大会发言。', '吴东 → 常委', '郑立 → 常委', '孙敏 → 常委'),
      neg('市委书记张建国出席。吴东、郑立等5位常委作大会发言。'),
    ],
  },
  'holds.appointed-as': {
    relation: 'HOLDS',
    module: 'persons.ts',
    why: 'An election or appointment names the post after 为 or 担任: 增选X为…副主席, 增补A和B为…副主席, 任命X为…部长, and the clauses after it (，A、B为副省长); a notice names it after 同志任 (X同志任A省委委员、常委、书记); a dismissal the post between 的 and 职务 (免去X的…部长职务).',
    cases: [
      // two posts a headline runs together after 全票当选 are two (`王明全票当选国家主席中央军委主席`), not one of a standing committee
      pos('王明全票当选国家主席中央军委主席 刘海当选全国人大常委会委员长', '王明 → 国家主席', '王明 → 中央军委主席', '刘海 → 全国人大常委会委员长'),
      // 同志 between the name and 为, or 同志 and how the vote went before 当选 (`选举X同志为…副镇长`, `X全票当选为…乡长`, `X同志当选…主席`)
      pos('大会选举王明同志为临江镇人民政府副镇长。刘海全票当选为临山乡人民政府乡长。张建国同志当选临山乡人大主席。', '王明 → 临江镇人民政府副镇长', '刘海 → 临山乡人民政府乡长', '张建国 → 临山乡人大主席'),
      // the post one holds now, before his name (`现任…副主任的郭瑞容说`), and a portrait's copula (`刘庆是…院长，`), 兼
      // joining two posts as 、 does; not a kind or a count (`是一名老党员`), nor someone else's post (`是市长的秘书`)
      pos('现任临江街道东升居委会副主任的刘海说，变化很大。', '刘海 → 临江街道东升居委会副主任'),
      // the count of those listed closes the list (`聘任王明、刘海两位同志为…`); a rank after one appointed in the passive is his too
      pos('同意聘任王明、刘海两位同志为临江市眼科医院副院长。吴东教授被聘为学院院长。', '王明 → 临江市眼科医院副院长', '刘海 → 临江市眼科医院副院长', '吴东 → 教授', '吴东 → 学院院长'),
      pos('时任临江省省长的王明来到临山。', '王明 → 时任临江省省长'),
      // each of a list of resignations under one verb; a dismissal with 同志 and no 的; 职务 after a chain of posts given
      pos('会议决定接受王明辞去临江市人民政府市长职务、刘海辞去临江市人民政府副市长职务的请求。', '王明 → 临江市人民政府市长', '刘海 → 临江市人民政府副市长'),
      pos('会议决定免去王明同志临江市人民政府市长职务。', '王明 → 临江市人民政府市长'),
      pos('会议任命张文明为临江市人民政府副市长、代理临江市人民政府市长职务。', '张文明 → 临江市人民政府副市长', '张文明 → 代理临江市人民政府市长'),
      pos('全国人大代表刘海是临江省产业技术研究院院长，同时担任中心主任。', '刘海 → 临江省产业技术研究院院长'),
      pos('王明是临江探月工程总指挥兼总设计师。', '王明 → 临江探月工程总指挥', '王明 → 总设计师'),
      neg('王明是一名老党员。'),
      neg('王明是市长的秘书。'),
      // (the name ends before an adverb of now; a question, a denial or a post held before is none now; 兼任 is one post's word)
      pos('王明现在是临江县县长，主持全面工作。', '王明 → 临江县县长'),
      neg('王明是否担任临江县县长，尚无定论。'),
      neg('王明曾是临江县县长，后来调走了。'),
      pos('王明被任命为临江市委常委兼任秘书长。', '王明 → 临江市委常委兼任秘书长'),
      // (a nationality before the one elected is none of his name: `选举德国人冯德莱恩为…`)
      pos('大会选举德国人王明为下届临江委员会主席。', '王明 → 下届临江委员会主席'),
      // a post one serves in, or holds again, told with 担任 or 连任 after his name at a clause's start
      pos('会上，王明担任了市公安局长、党委书记。', '王明 → 市公安局长', '王明 → 党委书记'),
      // a rank between the name and 任, and a post that ends in 主任 (`范清银中将任人民军总政治局主任`)
      pos('陶明华少将任国防部副部长，范清明中将任临江军总政治局主任。', '陶明华 → 国防部副部长', '范清明 → 临江军总政治局主任'),
      // one appointed in the passive, one who resigns a post (the post is his as of the article, as a dismissal's)
      pos('刘海被任命为临江飞行总队副总队长。', '刘海 → 临江飞行总队副总队长'),
      pos('会议决定：接受宋光明因任职年龄到限辞去省人大内务司法委员会主任委员职务。同意王明辞去临江市市长职务。', '宋光明 → 省人大内务司法委员会主任委员', '王明 → 临江市市长'),
      // (one elected, 当选为, by the rules that read 当选: not a name 王明当选)
      pos('会议选举产生了临江工会第二届常务委员会。王明当选为临江工会第二届委员会主席。', '王明 → 临江工会第二届委员会主席'),
      // a decision's line that is its appointees and their post alone, under 决定：
      pos('临江人民代表大会第一次会议决定：\n\n刘海、张华为临江军事委员会副主席；\n\n李明为临江军事委员会委员。', '刘海 → 临江军事委员会副主席', '张华 → 临江军事委员会副主席', '李明 → 临江军事委员会委员'),
      pos('祝贺阿卡拉连任临山国总统。各方表示欢迎，刘海当选为临山社民党党首。', '阿卡拉 → 临山国总统', '刘海 → 临山社民党党首'),
      // one read with a post before his name who is elected to or takes another (当选, 出任, 就任; a day, an oath or 同时 between)
      pos('临山国总统阿卡拉当选联盟委员会新一任主席，任期一年。', '阿卡拉 → 联盟委员会新一任主席'),
      pos('新一届政府中，临山党党首马泰奥·卡罗尼出任副总理兼基础设施部长。', '马泰奥·卡罗尼 → 副总理', '马泰奥·卡罗尼 → 基础设施部长'),
      pos('临江省委书记王明13日就任省人大常委会主任。', '王明 → 省人大常委会主任'),
      neg('临江县委书记王明就任以来，走遍全县。'),
      // one congratulated on his election or on taking office, by a pronoun after the message (`致电X，祝贺他当选…`)
      pos('国家主席王明25日致电约翰·阿卡拉，祝贺他当选临山国总统。同日，刘海致电丽莎·卡罗，祝贺她就任临山国副总统。', '约翰·阿卡拉 → 临山国总统', '丽莎·卡罗 → 临山国副总统'),
      neg('国家主席王明致电约翰·阿卡拉，祝贺他的成就。'),
      // (a country before 现任 is no one: the headline `临山国现任副总统阿卡拉当选总统`)
      pos('临山国现任副总统阿卡拉当选总统', '阿卡拉 → 总统'),
      neg('王明曾担任市公安局长。'),
      // a name of four alone between the verb and 为, a note of nationality after it (`选举贾那布尔（哈萨克族）为…主席`)
      pos('第一次全体会议１月１５日选举刘那布尔（哈萨克族）为自治区政协主席。', '刘那布尔 → 自治区政协主席'),
      // a post given to the one named after 由 (`组长由X担任`), also one named with a post of his own
      pos('领导小组组长由王明担任。', '王明 → 领导小组组长'),
      pos('委员会主任由司法部部长刘海兼任。', '刘海 → 委员会主任'),
      pos('组长由王明、刘海轮流担任。', '王明 → 组长', '刘海 → 组长'),
      neg('市长由大会选举产生，任期五年。'),
      // the head of a delegation named in the phrase that introduces it (`以…为团长的…访华团`), with or without a post before
      pos('以会长王明为团长的临江国际贸易促进协会访华团一行抵京。', '王明 → 团长'),
      pos('以刘海为团长的临江省代表团离京。', '刘海 → 团长'),
      // (a name with a post after it, and the deputies after the head: `以A副书记为团长、B副省长为副团长的…`)
      pos('以王明副书记为团长、刘海副省长为副团长的临江省代表团抵达。', '王明 → 团长', '刘海 → 副团长'),
      neg('成立以林业局长为组长的工作组。'),
      // elected at a session named between the name and 当选 (`X在政协…会议上当选为市政协主席`)
      pos('刘海在政协临江市十一届一次会议上当选为市政协主席。', '刘海 → 市政协主席'),
      // a group's posts given to comrades, one or a list (`由王明同志担任组长，刘海同志、李华同志担任副组长`)
      pos('由王明同志担任组长，刘海同志、李华同志担任副组长。', '王明 → 组长', '刘海 → 副组长', '李华 → 副组长'),
      pos('领导小组由王明同志任组长。', '王明 → 组长'),
      // 由X任…: X takes it; 任内 is no post taken (`…任内的国务卿`), 任内蒙古… is
      pos('会议决定，由王明任组长，刘海任副组长。报道说，张建国任内的国务卿曾多次访华。', '王明 → 组长', '刘海 → 副组长'),
      // a note in brackets after a name may hold a comma (`石玉珍（女，苗族）、陈彰嘉…为省政协副主席`)
      pos('全体会议选举刘海为省政协主席，王明（女，苗族）、张建国、李华（女）为省政协副主席。', '刘海 → 省政协主席', '王明 → 省政协副主席', '张建国 → 省政协副主席', '李华 → 省政协副主席'),
      pos('全体会议选举王明（女，苗族）为省政协副主席。', '王明 → 省政协副主席'),
      // the honorific after the name is none of it (`选举卢希同志为…委员`)
      pos('中央纪律检查委员会全体会议选举王明同志为临江纪律检查委员会常务委员会委员。', '王明 → 临江纪律检查委员会常务委员会委员'),
      // the votes one is elected by are no name (`…主席张建国全票当选临江国主席`)
      neg('代表们表示，张建国主席全票当选临江国主席，是众望所归。'),
      // a list of names before 当选为 is elected to the post, every one (`A、B、C当选为副主任委员`)
      pos('会议选举产生新一届领导班子，王国良、朱延生、张茂林当选为副主任委员。', '王国良 → 副主任委员', '朱延生 → 副主任委员', '张茂林 → 副主任委员'),
      // the one name the verb and 为 bound, of an uncommon surname (`任命咸辉为…`)
      pos('会议经表决，任命咸辉为市人大华侨委员会副主任委员。', '咸辉 → 市人大华侨委员会副主任委员'),
      // a pronoun is no one elected (`祝贺她当选…`)
      neg('国家副主席张建国致电临山国当选副总统，祝贺她当选临山国副总统。'),
      // a name of a minority people may run to six characters before its note (`宝音德力格尔（蒙古族）`)
      // a name the dictionary has as a place, bounded by the list's marks, is the list's (`、永宁、`)
      pos('大会选举张建国为省长，刘海、吴东、永宁、李重山为副省长。', '张建国 → 省长', '刘海 → 副省长', '吴东 → 副省长', '永宁 → 副省长', '李重山 → 副省长'),
      // a post, then 为 or 还有： and the names that hold it (`主席团常务主席为A、阿古孟和、B`: a name may end in 和)
      pos('大会主席团常务主席为王明、阿古孟和、刘海。', '王明 → 大会主席团常务主席', '阿古孟和 → 大会主席团常务主席', '刘海 → 大会主席团常务主席'),
      pos('30日大会的执行主席还有：王明、刘海。', '王明 → 执行主席', '刘海 → 执行主席'),
      neg('会议认为王明同志为人正派。'),
      // one dismissed is given the post he is dismissed from, each of a chain (`免去X的最高人民法院副院长、审判委员会委员、审判员职务`)
      pos('会议决定免去王明的临江部部长职务，任命刘海为临江部部长；免去吴东的最高人民法院副院长、审判委员会委员、审判员职务。', '王明 → 临江部部长', '刘海 → 临江部部长', '吴东 → 最高人民法院副院长', '吴东 → 审判委员会委员', '吴东 → 审判员'),
      // (to serve as the post: `推选A担任…团长，B、C担任副团长`; not a pronoun, `选举我继续担任…`)
      pos('会议推选王明担任临江代表团团长，刘海、张秀领担任副团长。', '王明 → 临江代表团团长', '刘海 → 副团长', '张秀领 → 副团长'),
      neg('会议任命刘海为临江代表团副团长；王明不再担任临江代表团团长。'.replace('刘海为临江代表团副团长；', '')),
      neg('感谢大家再次选举我继续担任中华人民共和国主席。'),
      // (and so is one a list of names has reached: 晨光 a word of the dictionary)
      pos('会议选举张建国为省政协主席，刘海、吴东、晨光、李华为省政协副主席。', '张建国 → 省政协主席', '刘海 → 省政协副主席', '吴东 → 省政协副主席', '晨光 → 省政协副主席', '李华 → 省政协副主席'),
      // (a word of the dictionary the note of a people follows is a name: 谢无忌 is a set phrase there)
      pos('会议选举谢无忌（蒙古族）为自治区政协主席，王明、刘海（蒙古族）为自治区政协副主席。', '谢无忌 → 自治区政协主席', '王明 → 自治区政协副主席', '刘海 → 自治区政协副主席'),
      pos('选举云布龙（蒙古族）为自治区主席，周德海、宝音德力格尔（蒙古族）、郝益东为自治区副主席。', '云布龙 → 自治区主席', '周德海 → 自治区副主席', '宝音德力格尔 → 自治区副主席', '郝益东 → 自治区副主席'),
      // one named in an earlier vote of the sentence takes the later posts too
      pos('增补张建国、刘海为市政协委员；增补张建国为提案委员会驻会副主任，刘海为经济委员会副主任。', '张建国 → 市政协委员', '刘海 → 市政协委员', '张建国 → 提案委员会驻会副主任', '刘海 → 经济委员会副主任'),
      // X当选P, also two run together in a headline; the post one is elected to is not the next name's
      pos('张建国当选临江市委书记刘海当选临江市市长', '张建国 → 临江市委书记', '刘海 → 临江市市长'),
      pos('阿卜杜·热合曼当选临江自治区主席', '阿卜杜·热合曼 → 临江自治区主席'),
      pos('会议通过增选吴东为市体育总会副主席。', '吴东 → 市体育总会副主席'),
      pos('常委会上，增补李华和郑立为市体育总会副主席。', '李华 → 市体育总会副主席', '郑立 → 市体育总会副主席'),
      pos('会议决定任命王小明为市教育局局长。', '王小明 → 市教育局局长'),
      pos('任命葛晓燕为市检察院副检察长、检察委员会委员。', '葛晓燕 → 市检察院副检察长', '葛晓燕 → 检察委员会委员'),
      neg('会议增选三名委员为常委。'),
      neg('他当选为人大代表。'),
      // the clauses after it that name more of the same vote, notes in brackets after a name
      pos('选举张建国为市长，刘海、李华和郑立为副市长。', '张建国 → 市长', '刘海 → 副市长', '李华 → 副市长', '郑立 → 副市长'),
      pos('选举王小明为市人大常委会主任，吴东（女）、郑立（回族）为市人大常委会副主任。', '王小明 → 市人大常委会主任', '吴东 → 市人大常委会副主任', '郑立 → 市人大常委会副主任'),
      pos('当选为市委常委的还有刘海、李华。', '刘海 → 市委常委', '李华 → 市委常委'),
      // a name of an uncommon surname the list's marks bound; a foreign name read to them; the verb again after ；; 任命了
      pos('选举张建国为市长，刘海、才建华（满族）为副市长。', '张建国 → 市长', '刘海 → 副市长', '才建华 → 副市长'),
      pos('选举阿木提·尼牙孜为自治区主席，刘海、吾甫江·阿不都拉（维吾尔族）为自治区副主席；选举阿不来提·阿不都热西提为自治区高级人民法院院长。', '阿木提·尼牙孜 → 自治区主席', '刘海 → 自治区副主席', '吾甫江·阿不都拉 → 自治区副主席', '阿不来提·阿不都热西提 → 自治区高级人民法院院长'),
      pos('会议还任命了王小明、吴东为市基本法委员会委员。', '王小明 → 市基本法委员会委员', '吴东 → 市基本法委员会委员'),
      // a note after the post (`为省长（土家族），A、B为副省长`)
      pos('选举张建国为市长（土家族），刘海、李华为副市长。', '张建国 → 市长', '刘海 → 副市长', '李华 → 副市长'),
      // one named at a clause's start, or after the act that puts him there, who takes a post (任, 出任, 现任); not one held
      // before (曾担任, 历任) nor one of a period gone by (`…年间，X任…`)
      pos('会议选举张建国为主席。王明任副主席，吴东现任市残疾人联合会副理事长。', '张建国 → 主席', '王明 → 副主席', '吴东 → 市残疾人联合会副理事长'),
      pos('临山国议会批准帕尔米多出任政府总理。', '帕尔米多 → 政府总理'),
      neg('他曾担任过临江歌舞团团长。王明历任县长、市长。一九九二至一九九七年间，张建国任临山国外交部副部长。'),
      // a military rank between the name and 任, and a chain of posts (`…少将任国防部副部长、…总参谋长`)
      pos('临山国国防部举行授衔仪式。张建国少将任国防部副部长、临山军总参谋长。', '张建国 → 国防部副部长', '张建国 → 临山军总参谋长'),
      // an appointment notice; a bare post after 、 shares the body before it; posts left are none
      pos('张建国同志任临江市委委员、常委、书记，不再担任临山市委书记职务。', '张建国 → 临江市委委员', '张建国 → 临江市委常委', '张建国 → 临江市委书记'),
      neg('张建国同志不再担任临江市委书记、常委、委员职务。'),
    ],
  },
  'holds.author-note': {
    relation: 'HOLDS',
    module: 'persons.ts',
    why: 'A signed piece closes with its author\'s posts in a note (（作者为…副司长）, （作者系…）): the one person named alone on a line of the text, its signature, holds each; the note is the evidence.',
    cases: [
      pos('我国经济林现状及发展趋势|●经济林产品消费年均增长\n王明\n经济林是林业的重要组成部分，近年来发展很快。\n（作者为临江部综合计划司副司长）', '王明 → 临江部综合计划司副司长'),
      // (a chain of posts, each; what is no post, a student of a school, none)
      pos('巧妇也能为无米之炊|俗话说，巧妇难为无米之炊。然而，在改革中可以有所作为。\n刘海\n（作者为中央党校学员、临江省临山市副市长）', '刘海 → 临江省临山市副市长'),
      // (posts of different bodies parted by a comma, each)
      pos('读后感言|张华\n这是一部用鲜血和生命写成的历史，读来令人感慨万千。\n（作者系原临江支队政委，临山军区原副政委）', '张华 → 原临江支队政委', '张华 → 临山军区原副政委'),
      // (现任 is no part of the post, and a kind of person counted is none: `作者系…人，现任…县长`, `作者是一位退休教师`)
      pos('读后感言|张华\n这是一部用鲜血和生命写成的历史，读来令人感慨万千。\n（作者系临江市人，现任临山县县长）', '张华 → 临山县县长'),
      neg('读后感言|张华\n这是一部用鲜血和生命写成的历史，读来令人感慨万千。\n（作者是一位退休教师）'),
      // (two names alone on lines: no one is the author for sure)
      neg('访谈|王明\n刘海\n经济林是林业的重要组成部分，近年来发展很快。\n（作者为临江部综合计划司副司长）'),
    ],
  },
  'holds.headline': {
    relation: 'HOLDS',
    module: 'persons.ts',
    why: 'A headline gives the post of one the body names in its own form (王建功当选黑龙江省人大主任 over 选举王建功为省人大常委会主任): a post as written; the body sentence that names him is the evidence.',
    cases: [
      pos('张建国当选临江省人大主任刘海当选临江省省长|临江省第九届人民代表大会第一次会议13日选举张建国为省人大常委会主任；选举刘海为省长。', '张建国 → 临江省人大主任', '刘海 → 临江省省长'),
      // a name in the headline the body does not name is no one of the article's
      neg('张建国当选临江省人大主任|临江省第九届人民代表大会第一次会议今天闭幕。'),
      // a letter, an interview or a praise in a headline: the verb or the praise is no post
      neg('致临江大学副校长刘海|刘海，你好！'),
      neg('好法官张建国|张建国扎根基层法院工作24年。'),
    ],
  },
  'holds.post-after-name': {
    relation: 'HOLDS',
    module: 'persons.ts',
    why: 'A leader named before a short post: 习近平总书记, 李鹏总理; a country before a post that a foreign name follows is part of that post (乌克兰总统泽连斯基).',
    cases: [
      // a leader the dictionary takes for a place, paired with the one who speaks (`我和普京总统共同宣布`)
      pos('王明表示，我和普京总统共同宣布，两国关系进入新时代。', '普京 → 总统'),
      // (nor a party's candidate after 与: `与民主党总统候选人拜登的支持者`)
      neg('他们与民主党总统候选人的支持者发生冲突。'),
      // (no place before a post's residence: `北京和上海总统府`)
      neg('北京和上海总统府都很美。'),
      // a democratic party's chair or vice-chair after his name (`会议由X主委主持`, `Y副主委强调`)
      pos('会议由蔡明军主委主持。杨云明副主委强调，要加强学习。', '蔡明军 → 主委', '杨云明 → 副主委'),
      // (not a country's one-character short name and 新 of its new leader: `出席阿新总统就职仪式`)
      neg('国家副主席特使王明出席临新总统就职仪式。'),
      // (nor 于 that ends a preposition before it: `对于习主席在…峰会上的重要讲话`)
      neg('各方高度评价对于王主席在临江峰会上的重要讲话。'),
      // a transliterated name of up to eight characters before a leader's post, paired with another leader (`习近平主席和别尔德穆哈梅多夫总统`)
      pos('在王明主席和别尔德卡哈梅多夫总统共同引领下，两国关系发展迅速。', '王明 → 主席', '别尔德卡哈梅多夫 → 总统'),
      // (nor 任 of a verb of taking a post: `2017年2月，王明到任湖州市长` names no 任湖州)
      neg('2017年2月，王明到任湖州市长。'),
      // a member named before 委员 where he speaks (`张季委员指出，`, `王一鸣委员发言说`); not 委员 of 委员会同
      pos('随后，13位政协委员作大会发言。张季委员指出，要坚持全面深化改革。吴一鸣委员发言说，要确立竞争政策的基础性地位。', '张季 → 委员', '吴一鸣 → 委员'),
      // (and where he speaks for a party or a sector: `刘海委员代表民盟中央发言时说`, `吴东委员在发言中建议`)
      pos('刘海委员代表民盟中央发言时说，要加强生态保护。吴东委员在发言中建议，要深化财税改革。', '刘海 → 委员', '吴东 → 委员'),
      neg('王明委员会同有关部门研究了方案。'),
      // a conjunction before a country and its post is no name (`但美国总统特朗普上台后`)
      neg('但美国总统上台后就退出了协议。'),
      // a leader the dictionary takes for a place, paired with another leader by his post (`习近平主席同普京总统一道出席`)
      pos('王明主席同苏瓦总统一道出席纪念大会。', '王明 → 主席', '苏瓦 → 总统'),
      // (not a body the dictionary tags a place too: `国家主席和政府总理的决定`)
      neg('根据临山国家主席和政府总理的决定，颁发命令。'),
      // (after a verb of praise: `高度钦佩习近平主席的杰出领导力`, no 的杰)
      pos('他高度钦佩王明主席的杰出领导力。', '王明 → 主席'),
      // a head of an institute, a school or a bureau, and a director, named after the name (`路明院长对此作出了回答`)
      pos('路明院长对此作出了明确的回答。', '路明 → 院长'),
      // a county's, a city's or a district's head after the name, an act after the post (`王征区长主持召开…`, `陈禺县长主持`)
      pos('1月11日上午，王征区长主持召开区政府常务会议。', '王征 → 区长'),
      pos('陈禺县长主持会议，刘海市长批示要求抓好落实。', '陈禺 → 县长', '刘海 → 市长'),
      // (not a city and its river or a county's long time: `南京市长江大桥`, `某县长期以来`)
      neg('南京市长江大桥建成通车。临江县长期以来重视教育。'),
      // two leaders each with a chain of posts after the name, joined by 和 (`…总书记、国家主席和X总书记、国家主席共同出席`)
      pos('王明总书记、国家主席和阿卡拉总书记、国家主席共同出席。', '王明 → 总书记', '王明 → 国家主席', '阿卡拉 → 总书记', '阿卡拉 → 国家主席'),
      // a dotted foreign name before a head of state's post: the whole name holds it
      pos('泰国的援助受到卡拉·立派总理的赞扬。', '卡拉·立派 → 总理'),
      // (前 of a former post is no name's last character: `因前国王X要求`)
      neg('由前总理阿卡拉·菲多领导的临江党获胜。'),
      neg('泰国的援助受到卡拉·立派的赞扬，总理表示感谢。'),
      // a long transliterated name the model reads whole, opening with no country, before a leader's post (`受切尔诺梅尔金总理的委托`)
      pos('他是受卡斯诺梅尔金总理的委托前往临江的。', '卡斯诺梅尔金 → 总理'),
      // (a country the model reads as a name before the post is none: `厄瓜多尔总统宣布`)
      neg('厄瓜多尔总统宣布，国家进入紧急状态。'),
      // a name the model reads with its country before it, before the country's leader's post (`基里巴斯马茂总统`): the name after the country
      pos('基里巴斯马茂总统和中方官员共同为舞狮点睛。', '马茂 → 总统'),
      // two countries' characters are a name before a post that is no leader's of a country (`韩德书记`)
      pos('全市大会召开，韩德书记出席会议。', '韩德 → 书记'),
      // a post in brackets after a name at a clause's start, as round-ups of views write it; not a note (`（女）`)
      pos('专家们说。刘海（临江市农业局局长）：要组织实施好菜篮子工程。张华（女）也发了言。', '刘海 → 临江市农业局局长'),
      // a name and 任 of the post it takes is no name of three (`王明任副主席`)
      neg('王明任副主席。'),
      // a second post joined by 兼 after the name's (`副总理兼外长`)
      pos('应刘海副总理兼外长的邀请，临山国外交大臣将访华。', '刘海 → 副总理', '刘海 → 外长'),
      // two countries by their short names before their leaders' post are no one (`俄法总统`)
      neg('俄法总统指出，两国将加强合作。'),
      // a count of countries or sides is no name (`五国总统举行工作会晤`)
      neg('会议期间，五国总统举行了工作会晤。'),
      // a name after the year it is told of (`去年习近平主席同…会晤`)
      pos('去年习明平主席同阿卡拉总统多次会晤。', '习明平 → 主席', '阿卡拉 → 总统'),
      // the head of an assembly or a province named after the name the article gave them with a post (`萨维议长`, `恩古巴尼省长`)
      pos('临山国议长阿卡拉今天抵京。王明会见了阿卡拉议长。', '阿卡拉 → 议长'),
      // a Japanese name of four before a Japanese post (`习近平主席同岸田文雄首相`, not 田文雄)
      pos('张建国主席同村田健夫首相在东京会晤。', '张建国 → 主席', '村田健夫 → 首相'),
      // a standing committee's member named before 常委 (`易纲常委建议`), not a body's standing committee (`省委常委`)
      pos('会上，易明常委建议加快金融改革。', '易明 → 常委'),
      neg('区人大常委出席会议。'),
      // one character said twice is a word of speech, no name (`聂海胜：谢谢总书记`); a country after a word ending on its
      // first character is the country's (`2010年以来伊朗总统首次访问`)
      neg('刘海：谢谢总书记，谢谢全国人民！'),
      neg('这是2010年9月以来伊朗总统首次访问临山国。'),
      // a deputy minister or a paper's head named before the post (`张廷翰副部长代表…`, `许中田副社长对…表示感谢`); not a country's
      // one-character short name and its ministry (`马卫生部长昂里埃特`: Madagascar's minister of health)
      pos('张廷明副部长代表中央统战部致以节日的问候。', '张廷明 → 副部长'),
      neg('马卫生部长昂里埃特女士出席交接仪式。'),
      // a company's head named before his post (`周永康总经理传达了…`), not a company before it
      pos('会上，王建康总经理传达了会议精神。', '王建康 → 总经理'),
      neg('临江石油总经理出席会议。'),
      neg('他从工人干起；但挑起总经理的重担，是1992年。'),
      // a foreign name after a verb's object mark, before a head of state's post and his act (`做好…总统访华的接待工作`)
      pos('我们要做好沃林顿总统访华的接待工作。', '沃林顿 → 总统'),
      // a verb whose object is the post is no given name (`曾邀请总书记`)
      neg('赵会杰说，两会期间曾邀请总书记去他们村看看。'),
      // a deputy mayor, county head or director after his name, as city papers write it (`郑超副市长一行`)
      pos('王明副市长带队督导检查煤矿安全生产工作。', '王明 → 副市长'),
      // what says when the post was taken is no name before it (`韩新任总统尹锡悦`)
      neg('赴韩国出席韩新任总统尹锡明就职仪式。'),
      // 第一书记 is a post of its own: what stands before 第一 is no name (`详细询问了解第一书记…`)
      neg('县委书记王明查阅扶贫档案资料，详细询问了解第一书记及驻村工作队入村后工作情况。'),
      // 由/在/从 before a country and its post is no name (`由南非总统拉马福萨…组成的代表团`)
      neg('由南非总统阿卡拉、科摩罗总统刘海组成的代表团访问临江。'),
      // a deputy governor named before the post that leads a delegation (`叶寒冰副省长率…慰问团`); a province before
      // the post and a name after it is no name before it (post-before-name reads it)
      pos('1月20日，刘海副省长率省拥军优属慰问团看望慰问伤病员。', '刘海 → 副省长'),
      neg('临江副省长何明出席。'),
      // a US secretary of state named before the post
      pos('阿卡拉国务卿表示，双方应当加强沟通。', '阿卡拉 → 国务卿'),
      // a vice-chairman named before his post (`刘海副委员长主持会议`)
      pos('临江市人大常委会第五次会议在临江举行。刘海副委员长主持会议。', '刘海 → 副委员长'),
      // a person the article names, again before a leader's post, holds it (`阿卡拉总统表示`); a country before a post is no one
      pos('临山国总统阿卡拉会见张建国。阿卡拉总统表示，临山国愿加强合作。', '阿卡拉 → 总统'),
      neg('巴拉圭总统府发表声明。'),
      // a name the rules read up to the post after it keeps its last character where the model reads it shorter (周文际委员长, not 周文)
      pos('市人大常委会会议今天举行。周文际委员长主持。', '周文际 → 委员长'),
      // a preposition before a leader named by surname and post opens no name (`，向习主席报告`)
      neg('某边防分队在界桩前整齐列队，向习主席报告执勤情况。'),
      // 应 of 应…邀请 before a leader named with his post
      pos('应张建国主席邀请，临山国总统阿卡拉对我国进行国事访问。', '张建国 → 主席'),
      // a transliteration of four characters before a head of state's post, where the article also names
      // it after a post; a dotted full name takes its short form's posts; a country alone is no one
      pos('阿尔及利亚总统泽鲁阿勒会见了钱其琛。钱其琛转达了对泽鲁阿勒总统的问候。', '泽鲁阿勒 → 总统'),
      pos('土耳其总统雷杰普·塔伊普·埃尔多安出席。埃尔多安总统表示感谢。', '雷杰普·塔伊普·埃尔多安 → 总统'),
      neg('厄瓜多尔总统宣布全国进入紧急状态。'),
      // a transliterated country whose post goes on to the leader's name is no one (`索马里总统马哈茂德`)
      neg('国家主席王明会见来华出席峰会的索马里总统马哈茂德。'),
      // …unless it pairs with a leader named the same way (`A主席和B总统的引领下`)
      pos('在王明主席和卢卡申科总统的战略引领下，两国关系发展顺利。', '王明 → 主席', '卢卡申科 → 总统'),
      // …of six characters, whole, where the model reads it in parts
      pos('刘海表示，在王明主席和米尔济约耶夫总统的战略引领下，两国关系快速发展。', '王明 → 主席', '米尔济约耶夫 → 总统'),
      // 和 before a transliterated name and its chain of posts is no surname (`国家主席和本扬总书记、国家主席的`)
      pos('刘海表示，在王明总书记、国家主席和本扬总书记、国家主席的共同引领下，两国关系好。', '王明 → 总书记', '王明 → 国家主席', '本扬 → 总书记', '本扬 → 国家主席'),
      // a post's residence after a city is a place: no one is named by that post
      pos('当天下午，王明总理在布拉格总统府会见临山国总统阿卡拉。', '王明 → 总理'),
      // a measure word after a count opens no name before a post
      neg('临山国副总理兼外长阿卡拉等6位内阁副总理陪同访问。'),
      // 总书记 after a foreign name of transliterating characters (本 is none of a Chinese given name); a pronoun or a preposition opens no name
      pos('请通伦转达对本扬总书记的新年祝福。', '本扬 → 总书记'),
      neg('他给习总书记写信。'),
      // 其 inside a given name before a post is no pronoun (`钱其琛副总理`); `任命其为局长` names no one
      pos('会见时，钱其海副总理说，要加强合作。', '钱其海 → 副总理'),
      neg('会议决定任命其为局长。'),
      // a chain of posts after the name, and 国家主席 after a three-character name
      pos('张建国总书记、国家主席指出，要加强合作。', '张建国 → 总书记', '张建国 → 国家主席'),
      pos('王明表示，阮春海国家主席此访意义重大。', '阮春海 → 国家主席'),
      // 受 of 受…委托 opens no name
      pos('受刘海主席委托，张建国出席会议。', '刘海 → 主席'),
      // 向/同/和 before a two-character name is the preposition, not a surname
      neg('向国家主席张建国发来慰问电。'),
      // a place before its own head (吉林|省长春市) is no name
      neg('吉林省长春市人民代表大会开幕。'),
      // a name whose first two characters make a word (江泽 of 江泽民)
      pos('他说，江泽民总书记发出号召。', '江泽民 → 总书记'),
      neg('各界人士表示，相信习主席此访将推动合作。'),
      pos('深入学习贯彻习近平总书记重要讲话精神。', '习近平 → 总书记'),
      pos('普罗迪总理周二晚表示，两国关系很好。', '普罗迪 → 总理'),
      neg('党组书记会议今天召开。'),
      neg('国家主席习近平同乌克兰总统泽连斯基通电话。'),
      neg('国务院总理李强同瑙鲁总统阿迪昂举行会谈。'),
      neg('应国家主席习近平邀请，某国总统将对中国进行国事访问。'),
      // a prince's or an emir's style after his name; the model's span that ran on over the style cut before it
      pos('王明主席同洪达亲王保持战略沟通。', '王明 → 主席', '洪达 → 亲王'),
      pos('我高度重视两国关系发展，愿同纳达夫埃米尔一道努力。', '纳达夫 → 埃米尔'),
      // (王储 is no style after a name: a country before it opens a chain of posts, `沙特王储兼首相`)
      neg('国家主席王明同沙特王储兼首相穆达德通电话。'),
      // a double name joined by a hyphen, as only foreign names are written, before a post: that post is his
      pos('王明主席同迪亚斯-卡内达主席多次会晤。', '王明 → 主席', '迪亚斯-卡内达 → 主席'),
      // a time before the name ends with 前 or 后 (`几天前习近平主席…`): a boundary
      pos('王明说，几天前张建国主席在临江会见吕达首相。', '张建国 → 主席', '吕达 → 首相'),
      // a transliteration of four or more paired with another leader is a name though the dictionary holds a word in it (巴斯)
      pos('王明主席和巴斯坦斯总统共同宣布建立两国战略伙伴关系。', '王明 → 主席', '巴斯坦斯 → 总统'),
      // 别 is a transliterating character (`热恩别科夫总统`)
      pos('国家主席王明出席热恩别洛夫总统举行的隆重欢迎仪式。', '热恩别洛夫 → 总统'),
      // (a country before the post is no name)
      neg('国家主席王明出席吉尔吉斯总统举行的隆重欢迎仪式。'),
      // a monarch named with his regnal number before his post (`伊丽莎白二世女王`, `费利佩六世国王`), not a word's last character
      // a name follows (`转达`); a country that runs into the post is no name's end (`向英国王室`: 英国 and 王室)
      pos('值此卡拉莎二世女王逝世之际，我谨代表中国政府和中国人民，向英国王室、政府和人民致以诚挚慰问。', '卡拉莎二世 → 女王'),
      pos('请转达阿卡斯六世国王的问候。', '阿卡斯六世 → 国王'),
      // (the end of a country's name before a monarch's is none of his: `摩纳哥阿尔贝二世亲王`)
      pos('王明会见摩纳哥阿尔贝二世亲王。', '阿尔贝二世 → 亲王'),
    ],
  },
  'title-at.body': {
    relation: 'TITLE_AT',
    module: 'relations/title-at.ts',
    why: 'A post names its body when a body stands before its head: 市委外事工作委员会主任 → 市委外事工作委员会, 国务院副总理 → 国务院; a place (临江区副区长) or a bare 党委 is no body.',
    cases: [
      pos('市委外事工作委员会主任王小明主持会议。', '市委外事工作委员会主任 → 市委外事工作委员会'),
      pos('某某省人民政府副省长李华出席。', '某某省人民政府副省长 → 某某省人民政府'),
      pos('国务院副总理李华出席。', '国务院副总理 → 国务院'),
      // a former post's 原 is no part of its body
      pos('原市政协副主席李华出席。', '原市政协副主席 → 市政协'),
      // (a place whose name begins with 原 keeps it: 原阳县)
      pos('原阳县委书记李华出席会议。', '原阳县委书记 → 原阳县委'),
      pos('中共中央政治局常委、全国政协主席李华出席。', '中共中央政治局常委 → 中共中央政治局', '全国政协主席 → 全国政协'),
      pos('中共中央政治局候补委员李华出席。', '中共中央政治局候补委员 → 中共中央政治局'),
      pos('市人大常委会党组书记、副主任李华讲话。', '市人大常委会党组书记 → 市人大常委会'),
      neg('临江区副区长吴东参加。'),
      neg('副市长吴东、乡党委书记郑立出席。'),
      neg('国家主席李华出席。'),
      // an international body named without a head noun
      pos('联合国秘书长古特雷斯表示，各方应保持克制。', '联合国秘书长 → 联合国'),
      // a body's short and full forms are one body of the article (党中央 = 中共中央, 省人社厅 = …人力资源和社会保障厅)
      pos('在以习近平同志为核心的党中央领导下，成绩显著。中共中央总书记习近平发表讲话。', '中共中央总书记 → 党中央'),
      pos('河北省人力资源和社会保障厅召开会议。省人社厅厅长李华讲话。', '省人社厅厅长 → 河北省人力资源和社会保障厅'),
    ],
  },
  'attended.verb': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'Names before 主持/出席/参加/列席 take that role at the meeting named after the verb, else at the article\'s main meeting.',
    cases: [
      // (not one another hopes will attend: `期待…主席出席…峰会`)
      neg('卢明表示，期待刘海主席出席临江峰会。'),
      // a meeting held after the one reported is another (`会后，…主持召开…培训会议`), and so are those whose spirit is passed on
      // (`传达了省委、市委…动员部署会议精神`); one 有关 a task names none (`…有关部署会议精神`)
      pos('9月20日下午，临江镇召开“不忘初心、牢记使命”主题教育动员部署会议。会议由镇长潘明主持。镇党委书记丘明强传达了省委、市委主题教育动员部署会议精神，落实中央、省委主题教育有关部署会议精神。会后，镇组织委员张光明主持召开“不忘初心、牢记使命”主题教育工作培训会议。', '潘明 → 不忘初心、牢记使命主题教育动员部署会议:presided', '张光明 → 不忘初心、牢记使命主题教育工作培训会议:presided'),
      // the first official name of COVID-19 keeps its 的 in a meeting's name
      pos('1月26日，全市新型冠状病毒感染的肺炎疫情防控工作专题会议召开。市委书记王明主持会议。', '王明 → 全市新型冠状病毒感染的肺炎疫情防控工作专题会议:presided'),
      // a committee's plenary by its short head, 全委会 (`台盟…省委会十届六次全委会`), and a central standing committee's, 中常会
      pos('台盟临江省委会十届六次全委会在临山召开。主委孔令明主持会议。', '孔令明 → 台盟临江省委会十届六次全委会:presided'),
      pos('民革十三届十六次中常会在京召开。主席王明出席。', '王明 → 民革十三届十六次中常会:attended'),
      // (not 中常会 of `…中常会出现`)
      neg('标语中常会出现错别字。主任王明出席会议。'),
      // those who listen to a lecture meeting attend it (`…秘书长X聆听报告会`), at the meeting named by the spirit it studies, one name
      // (`…三中全会精神学习宣讲报告会`), not where they follow it (`在临江收听收看宣讲报告会`: no meeting of 临江's)
      pos('8月20日，临江省政协举办二十届三中全会精神学习宣讲报告会。省政协副主席王明作宣讲报告。市政协组织政协委员在临山收听收看宣讲报告会。市政协副主席刘海、李华，秘书长张建国聆听报告会。', '刘海 → 二十届三中全会精神学习宣讲报告会:attended', '李华 → 二十届三中全会精神学习宣讲报告会:attended', '张建国 → 二十届三中全会精神学习宣讲报告会:attended'),
      // (not one who listened to a speech given elsewhere)
      neg('临江市委召开常委会。刘海说，我认真聆听了王明主席在全国两会上的讲话。'),
      // a meeting on a plenum's spirit named whole, joined by 暨 (`…六中全会精神宣讲工作动员会暨区委宣讲团集中备课会`), the paper's own
      // place before it (`本区…`), a bare part of its name later its own (`…主持报告会`)
      pos('12月3日，临江区召开党的十九届六中全会精神宣讲工作动员会暨区委宣讲团集中备课会。区委常委、宣传部长刘海参加会议。', '刘海 → 党的十九届六中全会精神宣讲工作动员会暨区委宣讲团集中备课会:attended'),
      pos('11月17日，本区党的十九大精神辅导报告暨宣讲团备课会在机关会议室举行。区委常委、宣传部长王明主持报告会。', '王明 → 本区党的十九大精神辅导报告暨宣讲团备课会:presided'),
      // (not those one talks with before the act: `分别同A，…B等深入交流，…出席…`)
      pos('5月22日至25日，中联部部长王明率中共代表团访问临江，分别同临江议长阿卡拉，工党领袖、外交事务发言人巴里等深入交流，出席临江友好纪念碑揭幕仪式。', '王明 → 临江友好纪念碑揭幕仪式:attended'),
      // (but one who then acts with him: `与A举行会谈，并共同主持…会议`)
      pos('委员长王明10日在北京与临江议会主席阿卡拉举行会谈，并共同主持中临议会合作委员会第八次会议。', '王明 → 中临议会合作委员会第八次会议:presided', '阿卡拉 → 中临议会合作委员会第八次会议:presided'),
      // the guests of honour who officiate (`担任主礼嘉宾`, Hong Kong and Macao) attend the reception a body holds, named by it
      pos('临江特区政府1日在临山宾馆举行招待会，庆祝回归25周年。全国政协副主席王明、临江特区行政长官刘海担任主礼嘉宾。', '王明 → 临江特区政府招待会:attended', '刘海 → 临江特区政府招待会:attended'),
      // one of a roundup's hosts (`…使馆也举行国庆招待会`)
      pos('中国驻临江使馆也举行国庆招待会。临江交通大臣阿卡拉出席招待会。', '阿卡拉 → 中国驻临江使馆国庆招待会:attended'),
      // a garrison or a military command holds its Army Day reception (`…驻临江部队…举行招待会`, `临江省军区举行招待会`)
      pos('中国人民解放军驻临江部队1日在军营举行招待会，庆祝建军97周年。全国政协副主席王明担任主礼嘉宾。', '王明 → 中国人民解放军驻临江部队招待会:attended'),
      pos('临江省军区1日举行招待会。省长刘海出席招待会。', '刘海 → 临江省军区招待会:attended'),
      // (`担任仪式主礼嘉宾`, no ceremony of its own named by 仪式 there; `共同主礼`)
      pos('庆祝临江特区成立18周年升旗仪式今天举行。临江中联办主任王明与行政长官刘海、立法会主席吴东担任仪式主礼嘉宾。', '王明 → 庆祝临江特区成立18周年升旗仪式:attended', '刘海 → 庆祝临江特区成立18周年升旗仪式:attended', '吴东 → 庆祝临江特区成立18周年升旗仪式:attended'),
      pos('庆祝临江特区成立18周年升旗仪式今天举行。临江中联办主任王明与行政长官刘海共同主礼。', '王明 → 庆祝临江特区成立18周年升旗仪式:attended', '刘海 → 庆祝临江特区成立18周年升旗仪式:attended'),
      // and those who together witness its moment (`…共同见证了这一庄严时刻`)
      pos('庆祝临江回归25周年升旗仪式今天在临江广场隆重举行。全国政协副主席王明、行政长官刘海，以及社会各界人士共同见证了这一庄严时刻。', '王明 → 庆祝临江回归25周年升旗仪式:attended', '刘海 → 庆祝临江回归25周年升旗仪式:attended'),
      // one who reads an order out, its signer named inside, is no subject of the 主持 after the comma
      pos('中央军委授予荣誉称号仪式31日在京隆重举行。中央军委副主席王明宣读了张建国签署的中央军委授予荣誉称号命令，中央军委副主席刘海主持仪式。', '刘海 → 中央军委授予荣誉称号仪式:presided'),
      // (an activity's ceremony is not named by what one attends before it: `…通过互联网平台共同出席活动启动仪式`)
      pos('国务院副总理王明10日出席云上2020年临江品牌日活动并宣布活动开幕。当日上午，王明和国家发展改革委主任刘海在北京主会场，通过互联网平台共同出席活动启动仪式。', '王明 → 活动启动仪式:attended', '刘海 → 活动启动仪式:attended'),
      // (not the rank of guests a post gives, read as a name: `2500多位部长级嘉宾出席`)
      pos('文莱苏丹王明、临山国首相阿卡拉出席了开幕大会。临江博览会已成功举办13届,共有60多位国家领导人、2500多位部长级嘉宾出席,已经成为重要平台。', '王明 → 开幕大会:attended', '阿卡拉 → 开幕大会:attended'),
      // (参会 as 与会; a meeting on another's spirit named by it, `十九届五中全会精神吹风会`)
      pos('中联部9日为外国驻华使节举办十九届五中全会精神吹风会。宣讲团成员王明参会并向外国驻华使节作了宣讲。', '王明 → 十九届五中全会精神吹风会:attended'),
      // (the one thanked for coming attends, not the one who thanks: `行政长官刘海衷心感谢王明主席在百忙之中亲临…出席…大会`)
      pos('行政长官刘海衷心感谢王明主席在百忙之中亲临临江出席庆祝临江回归祖国25周年大会。', '王明 → 庆祝临江回归祖国25周年大会:attended'),
      // (a meeting that only describes the guests a host meets, joined to an event by 暨, is the guest's, not the host's nor of those
      // who join the 会见: `会见了出席…第三次会议暨第十二届“临商陇上行”活动的…会长X一行。…省领导A、B参加。`)
      pos('省委书记王明，省长刘海，今天在临江会见了出席全国临企联第六届会员代表大会第三次会议暨第十二届“临商陇上行”活动的全国临企联会长张华一行。\n省领导吴东、李平参加。', '张华 → 全国临企联第六届会员代表大会第三次会议:attended'),
      // (the one who presides named after a clause of those who attend, rare surname and all: `A、B出席大会，尤海主持大会。`)
      pos('全国表彰大会29日在京召开。王明、刘海、吴东出席表彰大会，尤海主持大会。', '王明 → 全国表彰大会:attended', '刘海 → 全国表彰大会:attended', '吴东 → 全国表彰大会:attended', '尤海 → 全国表彰大会:presided'),
      // (the opening of a festival the text says opened, named by it: `第十二届临江国际旅游节在临山开幕。…出席开幕式`)
      pos('第十二届临江国际旅游节在临山开幕。州委书记王明出席开幕式。', '王明 → 第十二届临江国际旅游节开幕式:attended'),
      // (declared opened by one named before it: `…副主席X宣布…菊花文化节开幕`; not what one attends before declaring, `出席活动并宣布技能大赛开幕`)
      pos('全国政协副主席刘海宣布临江第38届菊花文化节开幕，副省长王明出席开幕式。', '王明 → 临江第38届菊花文化节开幕式:attended'),
      // (its theme told before it is no part of its name, nor its edition in digits a part left out: `以“…”为主题的第16届…节`)
      pos('今天上午，以“幸福临江”为主题的第16届临江文化旅游节在临山市体育场盛大开幕。州委书记王明出席开幕式。', '王明 → 第16届临江文化旅游节开幕式:attended'),
      pos('以“开放合作”为主题的2019临江国际博览会26日在临山开幕。州委书记王明出席开幕式。', '王明 → 2019临江国际博览会开幕式:attended'),
      // (an attendance denied or refused is none: `确认该国总统不会出席…峰会`)
      neg('临山国官员确认该国总统王明不会出席在洛杉矶举行的第九届美洲峰会。'),
      // one who accepts an invitation to it attends (`习近平主席应普京总统邀请出席…颁奖仪式`)
      pos('12日下午，王明主席应刘海总统邀请出席临江国际帆船拉力赛颁奖仪式。', '王明 → 临江国际帆船拉力赛颁奖仪式:attended'),
      // the meeting after who built or hosts it (`与某国总统X共同出席中国援建的…项目奠基仪式`)
      pos('全国政协主席王明7日与临山总统阿卡拉共同出席中国援建的临山医院门诊楼项目奠基仪式。', '王明 → 临山医院门诊楼项目奠基仪式:attended', '阿卡拉 → 临山医院门诊楼项目奠基仪式:attended'),
      // the meeting held is the one the sessions it names describe who holds (`召开出席省…会议、省…会议的中共党员会议`)
      pos('1月9日，省委在临江召开出席省十四届人大一次会议、省政协十三届一次会议的中共党员会议。省委书记王明主持会议并讲话，刘海、吴东出席。', '王明 → 中共党员会议:presided', '刘海 → 中共党员会议:attended', '吴东 → 中共党员会议:attended'),
      // (a plan the sentence opens with goes on over its clauses: none of its acts done yet, nor by the one named in an earlier clause)
      neg('访问期间，王明主席将出席阿卡拉总统举行的一系列国事活动，同苏丽国务资政会谈，出席双边合作文件交换仪式，会见临山国防军总司令吴东。'),
      // the host side's 送行仪式 is the farewell the report names by its host (`…阿卡拉…在机场举行的欢送仪式`)
      pos('离开前，王明和夫人李华出席临山国国务委员会委员长阿卡拉和夫人苏丽在机场举行的欢送仪式。吴东、郑立等参加送行仪式。', '吴东 → 阿卡拉欢送仪式:attended', '郑立 → 阿卡拉欢送仪式:attended'),
      // those who answer the deputies' questions at a sitting of inquiry attend it (`…主要负责人回答询问`)
      pos('临江人大常委会第二次会议17日下午举行联组会议，进行专题询问。副省长王明，省发展改革委主任刘海回答询问。', '王明 → 临江人大常委会第二次会议:attended', '刘海 → 临江人大常委会第二次会议:attended'),
      // a lede of two parties signing reports their signing ceremony, named by them (spec: hosts and head noun): a bare 出席 is at it
      pos('9月11日下午，临江市人民政府与临山控股集团在临江签署战略合作协议。市委常委、秘书长赵刚出席。副市长陈东主持签约仪式。', '赵刚 → 临江市人民政府与临山控股集团签约仪式:attended', '陈东 → 临江市人民政府与临山控股集团签约仪式:presided'),
      // those who follow a video conference at a branch venue (`在X分会场收听收看会议`, `收看收听`) attend the one reported
      pos('4月2日，省长王明主持召开省防汛抗旱指挥部会议。市长刘海在临江分会场收听收看会议并汇报。市领导吴东、郑立在临江分会场收看收听会议。', '王明 → 省防汛抗旱指挥部会议:presided', '刘海 → 省防汛抗旱指挥部会议:attended', '吴东 → 省防汛抗旱指挥部会议:attended', '郑立 → 省防汛抗旱指挥部会议:attended'),
      // a paragraph that opens with a meeting held after the reported one (`会后，我市随即召开…协调会`) is about it: a bare 参加会议 there is at it
      pos('7月13日，全省防汛工作紧急视频会议召开。市领导王明等在临江分会场收看收听会议。\n会后，我市随即召开防汛工作协调会，对防汛工作提出了具体要求。市委常委、秘书长刘海及相关部门负责人参加会议。', '王明 → 全省防汛工作紧急视频会议:attended', '刘海 → 防汛工作协调会:attended'),
      // nor their hosts where the guests came for two meetings (`会见了A、B等来闽参加…和…的部分嘉宾`), as for one
      neg('6月17日，省委书记王明、省长吴东在临江分别会见了临山集团主席刘海、临水集团董事长郑立等来闽参加第六届临江论坛和第九届临江洽谈会的部分嘉宾。'),
      // one who comes himself attends (`王明同志专程来湘参加`: no 会见 in 同志), and so do a guest who accepts an invitation
      // (`应王明主席邀请率团出席`) and one after a welcome's banquet
      pos('王明同志专程来湘参加第六届临江论坛和第九届临江洽谈会的开幕活动。临山国总统阿卡拉应吴东主席邀请率团出席第七届临江论坛。刘海在欢迎晚宴上致辞后出席第八届临江论坛。', '王明 → 第六届临江论坛:attended', '王明 → 第九届临江洽谈会:attended', '阿卡拉 → 第七届临江论坛:attended', '刘海 → 第八届临江论坛:attended'),
      // a speech at the report's own session told with 时的讲话中 is there (only a studied one, 精神, is elsewhere)
      pos('3月5日，十四届全国人大二次会议在京开幕。6日，王明在参加临江代表团审议时的讲话中强调，要坚持发展。', '王明 → 十四届全国人大二次会议:attended'),
      // an act told as when a studied speech was given is at the meeting of its 在-clause, or at none; not the report's
      pos('6月17日，第六届临江大会开幕。刘海说，要学习贯彻王明总书记在今年两会参加临江代表团审议时的重要讲话精神。', '王明 → 全国两会:attended'),
      neg('6月17日，第六届临江大会开幕。刘海说，要学习贯彻王明总书记在参加临江代表团审议时的重要讲话精神。'),
      // one who joins a delegation's deliberation during a session the sentence names (`两会期间，X在…代表团参加审议时`) is at it
      pos('两会期间，王明主席在临江代表团参加审议时强调，要坚持发展。', '王明 → 全国两会:attended'),
      // a guest welcomed by its country, no one named, attends and the host who welcomes it does not (`欢迎临山国作为主宾国参加…`);
      // one who comes amid the welcome's noise does
      neg('王明表示，欢迎临山国作为主宾国参加首届临江国际进口博览会。'),
      pos('王明在热烈欢迎声中出席首届临江国际进口博览会。', '王明 → 首届临江国际进口博览会:attended'),
      // a bare 通报会 (恳谈会, 协调会, 通气会) is the one the text holds (`市政协召开专题通报会。…主持通报会`)
      pos('12月30日，市政协召开专题通报会，就政府工作报告征求委员意见。市政协副主席王明主持通报会。', '王明 → 市政协专题通报会:presided'),
      // the subject of a chain of his acts attends each meeting the chain names (`X出席A，发表重要讲话，出席B，…`)
      pos('国家主席王明出席临江经济合作组织第二十八次领导人会议，发表重要讲话，出席临江工商领导人峰会，发表主旨演讲。', '王明 → 临江工商领导人峰会:attended'),
      // (a party whose name holds 和; not a signing of another day, `去年，A与B签署了…`)
      pos('9月11日下午，临江省工业和信息化厅与临山控股集团在临江签署战略合作协议。副厅长陈东主持签约仪式。', '陈东 → 临江省工业和信息化厅与临山控股集团签约仪式:presided'),
      pos('去年，临江市人民政府与临山控股集团签署了框架协议。5月6日，临江市招商推介会在临江举行。会上，副市长陈东主持签约仪式，12个项目现场签约。', '陈东 → 签约仪式:presided'),
      // (a city signing with another place's government: the two places, `苏州市与上海市静安区人民政府签署…` → 苏州市与上海市静安区)
      pos('3月9日上午，苏州市与上海市静安区人民政府签署友好合作协议。副市长陈东主持签约仪式。', '陈东 → 苏州市与上海市静安区签约仪式:presided'),
      // a record with no headline: the meeting its lede says closed (闭会, after its agenda, a comma of either width) is the main one
      pos('临江日报3月27日讯 省十二届人大常委会第十五次会议结束各项议程后,今天在临江闭会。会议由省人大常委会副主任王明主持。', '王明 → 省十二届人大常委会第十五次会议:presided'),
      // a meeting one is about to attend, after a plan continued by 并 or a departure for it, is not attended yet
      neg('国家主席王明即将对临山国进行国事访问，并出席临江经合组织第二十六次领导人非正式会议。'),
      neg('国家主席王明乘专机离开北京，赴临山出席临江合作组织成员国元首理事会第二十四次会议。'),
      pos('国家主席王明对临山国进行国事访问，并出席临江经合组织第二十六次领导人非正式会议。', '王明 → 临江经合组织第二十六次领导人非正式会议:attended'),
      // meetings listed after the verb, each the verb's (`先后主持召开A座谈会、B座谈会、C座谈会`)
      pos('总书记王明先后主持召开企业家座谈会、临江发展座谈会、专家代表座谈会。', '王明 → 企业家座谈会:presided', '王明 → 临江发展座谈会:presided', '王明 → 专家代表座谈会:presided'),
      // a ceremony held in a manner (`举行隆重颁奖仪式`) is the report's; a bare one held for what the next clause does is
      // named by that (`举行隆重仪式，授予…称号` → 授予…称号仪式); one the clause opens with, its act cut by a verb of its
      // own words, from the clause's start (`…“最美…”发布仪式今晚举行`)
      pos('11日，临江市举行隆重颁奖仪式。市长刘海出席仪式。', '刘海 → 颁奖仪式:attended'),
      pos('11日，临江市举行隆重仪式，授予王明等13人“荣誉市民”称号。市长刘海出席仪式。', '刘海 → 授予王明等13人荣誉市民称号仪式:attended'),
      pos('本报临江1月29日讯 2023年“临江最美基层工作者”发布仪式今晚举行，副省长刘海出席活动。', '刘海 → 2023年临江最美基层工作者发布仪式:attended'),
      // a digest's next item (`又讯 5月25日，…举行…研讨会`) is about the meeting it names: its bare 主持会议 is at that one
      pos('5月20日，临江区党工委理论学习中心组举行集中学习会议。区委书记王明主持会议。\n又讯 5月25日，临江区党工委理论学习中心组举行党史专题学习研讨会。区长刘海主持会议并讲话。', '王明 → 临江区党工委理论学习中心组集中学习会议:presided', '刘海 → 党史专题学习研讨会:presided'),
      // a city whose name starts with a demonstrative's character (本, 那) names its meeting, and so does the paper's own place
      // by 本 as by 我 (本市, 本区); 各县 names none
      pos('5月4日，那曲青年五四奖章颁奖典礼在市文化宫举行。市长刘海出席活动。', '刘海 → 那曲青年五四奖章颁奖典礼:attended'),
      // a study group's 学习会 is named by the group that holds it (a body of two in brackets in its name)
      pos('14日上午，全市党委(党组)理论学习中心组举行学习会。市委书记刘海主持会议。', '刘海 → 全市党委(党组)理论学习中心组学习会:presided'),
      pos('5月4日，本市青年五四奖章颁奖典礼在市文化宫举行。市长刘海出席活动。', '刘海 → 本市青年五四奖章颁奖典礼:attended'),
      // a leader who leads his party to a place and calls a meeting there presides (`副省长X带领省直有关部门负责同志，到我市召开…座谈会`)
      pos('12月21日，副省长王明带领省直有关部门负责同志，到我市召开政府工作报告征求意见座谈会。', '王明 → 政府工作报告征求意见座谈会:presided'),
      // a trip's bare 座谈会 is named by the group that came, not by the paper's own place (`…第三检查组到我区检查指导工作`)
      pos('9月8日，市人大常委会第三检查组到我区检查指导工作。检查组一行先后到临江公园、临江小学进行检查，并召开座谈会。区长王明参加会议。', '王明 → 市人大常委会第三检查组座谈会:attended'),
      // 他 opening a sentence after a date is the one named before (`2016年12月，他主持召开…会议`)
      pos('临江市委书记王明对垃圾分类工作作出批示。2016年12月，他主持召开临江市生态工作会议。', '王明 → 临江市生态工作会议:presided'),
      // a leader's post alone as the subject, a place between, is the one the article names with it (`4月，总书记在重庆主持召开…座谈会`)
      pos('张建国总书记2月来到临江。4月，总书记在临山主持召开解决突出问题座谈会。', '张建国 → 解决突出问题座谈会:presided'),
      // (his trip told with no comma before 并: `带队深入企业走访调研并召开现场办公会`; named by him, no place naming it)
      pos('11月15日下午，区长王明带队深入企业走访调研并召开现场办公会。', '王明 → 王明现场办公会:presided'),
      // a study group's session named by its act (`…中心组组织第四次集体学习`): who presides over the study and who takes part are at it
      pos('4月26日，市委理论学习中心组组织第四次集体学习。市委副书记、市长刘海主持学习并讲话。市领导王明、张华等参加学习。', '刘海 → 市委理论学习中心组第四次集体学习:presided', '王明 → 市委理论学习中心组第四次集体学习:attended', '张华 → 市委理论学习中心组第四次集体学习:attended'),
      // a meeting that only describes the guest met, come to the province for it (`会见了来陕参加…博览会的…知事X一行`), is not the
      // report's: those listed at the end attend nothing of it
      neg('5月12日，省长王明在临江会见了来陕参加第四届临江国际博览会的韩国庆尚北道知事李喆雨一行。省政府秘书长刘海，省直有关部门负责同志参加活动。'),
      // 组织召开 is one's own call (presides); the meeting and an activity named together are the meeting (`参加会议和活动`)
      pos('9月29日，县长王明组织召开沙河防汛现场会并开展巡河活动。副县长刘海参加会议和活动。', '王明 → 沙河防汛现场会:presided', '刘海 → 沙河防汛现场会:attended'),
      // a meeting called after a trip the sentence tells first is the leader's, not those he leads (`X带领…赴…调研，并召开…`)
      pos('1月17日，县委书记王明带领副县长刘海赴沙河镇调研，并召开全县项目协调推进会。', '王明 → 全县项目协调推进会:presided'),
      // (nor one who escorts him; the 率 of a rate leads no one: `为提高审批效率县委书记王明带领…`)
      pos('县长刘海陪同市委书记王明赴沙河镇调研，并召开全县项目协调推进会。', '王明 → 全县项目协调推进会:presided'),
      pos('为提高审批效率县委书记王明带领有关部门负责人赴沙河镇调研，并召开全县项目协调推进会。', '王明 → 全县项目协调推进会:presided'),
      pos('县委书记王明赴沙河镇调研，并出席市政府召开的全市项目推进会。', '王明 → 全市项目推进会:attended'),
      // a comma after which the same subject goes on does not end his clause (`…作重要讲话，并与市长刘海一同出席…`)
      pos('全市工作会议召开。市委书记王明作重要讲话，并与市长刘海一同出席颁奖仪式。', '王明 → 颁奖仪式:attended', '刘海 → 颁奖仪式:attended'),
      // a 视频会议 one presides over is a meeting as a 专题会议 is, named by the presider (his body where his post names one)
      pos('省长王明主持召开视频会议，听取汇报。刘海、吴东参加会议。', '王明 → 王明视频会议:presided', '刘海 → 王明视频会议:attended', '吴东 → 王明视频会议:attended'),
      // a comma after a clause that makes its own report or speech ends its subjects (`王明…作工作报告，刘海主持开幕会`);
      // one after a post does not (`…书记王明，市长刘海出席`)
      pos('临江民主促进会第十三届中央委员会第四次全体会议9日在京召开。民进中央主席王明代表民进中央常委会作工作报告，民进中央常务副主席刘海主持会议。', '刘海 → 临江民主促进会第十三届中央委员会第四次全体会议:presided'),
      pos('全市工作会议召开。市委书记王明，市长刘海出席会议。', '王明 → 全市工作会议:attended', '刘海 → 全市工作会议:attended'),
      // the guests of a 会见 whose host is left unnamed do not attend what the host does next (`其间，分别会见了A、…州长，出席了…`)
      neg('市长王明对临山国进行正式访问。其间，分别会见了临山国议长帕尔米多、临山市市长、东岭州州长，出席了临山工坊揭牌仪式等活动。'),
      // a kind of ceremony a body holds is named by it (`市政府…举行升旗仪式`): a kind alone names no one event
      pos('临江市政府7月1日在会展广场举行升旗仪式。市长王明出席升旗仪式。', '王明 → 临江市政府升旗仪式:attended'),
      // a ；-clause that tells its own act keeps its people (`…等到会祝贺；…作…报告；赵平主持开幕会`: 赵平 alone presides);
      // one that only closes a group of names does not (`市委常委王明、刘海；副市长张建国参加`), nor one naming no one (`…；出席…`)
      pos('临江省政协十二届二次会议在临江大剧院隆重开幕。省委书记王明出席并讲话；省长刘海等到会祝贺；省政协主席张建国作省政协常务委员会工作报告；省政协副主席赵平主持开幕会。', '赵平 → 临江省政协十二届二次会议:presided'),
      pos('市委常委会召开会议。市委常委王明、刘海；副市长张建国参加会议。', '王明 → 市委常委会会议:attended', '刘海 → 市委常委会会议:attended', '张建国 → 市委常委会会议:attended'),
      // a delegation's plenary named right after the session is the one attended, and the report's (`出席…三次会议…代表团全体会议时`)
      pos('王明在出席临江代表团全体会议时强调|国家主席王明26日下午在出席十三届全国人大三次会议临江代表团全体会议时强调，要加强建设。\n副主席刘海主持会议。副主席吴东参加会议。', '王明 → 临江代表团全体会议:attended', '刘海 → 临江代表团全体会议:presided', '吴东 → 临江代表团全体会议:attended'),
      // the opening of the exhibition the article is about, `今天的` between the verb and it
      pos('《临江风采摄影艺术作品展》今天上午在临江美术馆举行。\n副委员长王光明、副主席万国山参加了今天的开幕式。', '王光明 → 临江风采摄影艺术作品展开幕式:attended', '万国山 → 临江风采摄影艺术作品展开幕式:attended'),
      // a report whose lede names no meeting, a paragraph on opening with the one held at a clock time (`下午3时30分许，…仪式开始`): its bare 仪式 is that one
      pos('临江军港23日集中交接舰艇。王明出席交接活动。\n四月的临江，天高海阔。军港内，舰艇一字排开，代表2400人整齐列队。\n下午3时30分许，交接入列仪式开始，全场高唱国歌。\n刘海主持仪式。张建国、李华出席仪式。', '刘海 → 交接入列仪式:presided', '张建国 → 交接入列仪式:attended', '李华 → 交接入列仪式:attended'),
      // a meeting just closed is the time of what the report tells, not its meeting
      neg('3月11日，全国两会刚刚闭幕，省委书记王明带队，先后拜会国家卫生健康委、应急管理部。省领导刘海、吴东分别参加有关活动。'),
      // a group spoken of after 对 attends, not the one who speaks of it; the session the guests met came for is no meeting of the report
      neg('1月7日下午，市委书记王明在临江会见了出席市政协十四届二次会议的港澳委员。王明对港澳委员参加政协会议表示热烈欢迎。市领导刘海、吴东参加活动。'),
      // a meeting to be held on a later day is announced, not reported (`…三次会议将于明年1月21日召开。今天闭会的…`)
      pos('省十二届人大三次会议将于明年1月21日在临江召开。今天闭会的省十二届人大常委会第十五次会议表决通过了有关决定。副主任张建国主持会议。', '张建国 → 省十二届人大常委会第十五次会议:presided'),
      // a session that closes after completing its agenda is the one reported, its plenary sitting one of its forms
      pos('省十二届人大常委会第三十七次会议在完成各项议程后，9月29日下午在临江闭幕。副主任张建国出席第三次全体会议。', '张建国 → 省十二届人大常委会第三十七次会议:attended'),
      // a session's preparatory meeting it holds is a meeting of its own, the one reported (`…一次会议在…举行预备会议`)
      pos('1月23日下午，省十三届人大一次会议在省人民会堂举行预备会议。省人大常委会主任王明主持预备会议。副主任刘海出席会议并在主席台就座。', '王明 → 省十三届人大一次会议预备会议:presided', '刘海 → 省十三届人大一次会议预备会议:attended'),
      // (by its short head too: `…第一次会议召开预备会`)
      pos('10月10日，政协临江市第五届委员会第一次会议召开预备会。王明主持会议。刘海、吴东出席会议。', '王明 → 政协临江市第五届委员会第一次会议预备会:presided', '刘海 → 政协临江市第五届委员会第一次会议预备会:attended', '吴东 → 政协临江市第五届委员会第一次会议预备会:attended'),
      // 列席人员, 出席人员: those present as a noun, no verb (`看望了出席…会议的全体委员和列席人员`)
      neg('1月3日下午，市委书记王明、市长刘海看望了出席市政协八届二次会议的全体政协委员和列席人员。'),
      // a county's outlet names its meetings by their level alone: the county its name says is theirs
      inPaper('舒城县融媒体中心', pos('2月7日，县长王明主持召开县长办公会。刘海、吴东参加会议。', '王明 → 舒城县县长办公会:presided', '刘海 → 舒城县县长办公会:attended', '吴东 → 舒城县县长办公会:attended')),
      // (its organs by the unit's name, `临江市委`, not 临江市市委; a city's paper by the city alone, `临江日报`)
      inPaper('临江市融媒体中心', pos('3月22日下午，市委常委会召开扩大会议，传达学习有关精神。市委书记王明主持会议。', '王明 → 临江市委常委会扩大会议:presided')),
      inPaper('临江日报', pos('3月22日下午，市委常委会召开扩大会议，传达学习有关精神。市委书记王明主持会议。', '王明 → 临江市委常委会扩大会议:presided')),
      // a farewell a province gives, named by it, and its 欢送仪式 the same event
      pos('9月27日下午，四川省在成都召开欢送会，为赴京接受表彰的代表送行。省领导王明、刘海出席欢送仪式。', '王明 → 四川省欢送会:attended', '刘海 → 四川省欢送会:attended'),
      // a branch venue's 会议 is the meeting reported, held by video (`出席了深圳分会场会议`)
      pos('今天下午，省委、省政府召开全省救灾复产工作电视电话会议。省长王明出席会议并讲话。市委书记刘海、市长吴东出席了临江分会场会议。', '刘海 → 全省救灾复产工作电视电话会议:attended', '吴东 → 全省救灾复产工作电视电话会议:attended'),
      // a public rite (大典), its year's cyclic name in brackets inside its name
      pos('4月12日，2025(乙巳)年公祭中华人文始祖伏羲大典在临江举行。省政协主席王明出席。', '王明 → 2025(乙巳)年公祭中华人文始祖伏羲大典:attended'),
      pos('王明来郧西调研|9月3日，常务副市长王明在郧西调研强县工程工作，并召开座谈会。', '王明 → 郧西座谈会:presided'),
      // a delegation's meeting at a session is its own, not the session (`十二届全国人大五次会议安徽代表团举行全体会议`)
      pos('3月5日下午，十二届全国人大五次会议临江代表团举行全体会议。临江代表团团长王明主持会议，副团长刘海参加审议。', '王明 → 十二届全国人大五次会议临江代表团全体会议:presided', '刘海 → 十二届全国人大五次会议临江代表团全体会议:attended'),
      // (also by its sitting of the whole delegation: `…代表团举行全团会议`)
      pos('3月6日上午，十届全国人大四次会议临江代表团举行全团会议。临江代表团团长王明主持会议。', '王明 → 十届全国人大四次会议临江代表团全团会议:presided'),
      // a meeting called whatever its head (`主持召开书记专题会`, `…招商项目过堂会`), a committee's standing committee
      // called (`主持召开区委常委会，`), a study session whose kind is in brackets (`…集中学习（扩大）会议`)
      pos('3月13日下午，区委书记刘海主持召开书记专题会，研究重点项目。', '刘海 → 书记专题会:presided'),
      // a city's CPPCC session by its full name (`中国人民政治协商会议上海市第十四届委员会第三次会议`), a joint name whose
      // second part a verb of its own words cut (`…暨理论学习中心组专题学习会议`), a party group's meeting by its body
      pos('中国人民政治协商会议临江市第十四届委员会第三次会议14日上午开幕。市政协主席刘海主持会议。', '刘海 → 中国人民政治协商会议临江市第十四届委员会第三次会议:presided'),
      pos('1月17日，省人大常委会党组扩大会议暨理论学习中心组专题学习会议召开。省人大常委会主任刘海主持会议。', '刘海 → 省人大常委会党组扩大会议暨理论学习中心组专题学习会议:presided'),
      pos('7日下午，自治区政协召开党组（扩大）会议。自治区政协主席刘海主持会议。', '刘海 → 自治区政协党组(扩大)会议:presided'),
      pos('3月15日，区委书记刘海主持召开区委常委会，传达学习有关文件。', '刘海 → 区委常委会:presided'),
      pos('区委书记刘海主持召开区委中心组第一季度集中学习（扩大）会议。', '刘海 → 区委中心组第一季度集中学习(扩大)会议:presided'),
      // a stage of the meeting reported is that meeting (`主持第一阶段会议`)
      pos('全省宣传部长会议15日在兰州举行。省委常委、宣传部部长刘海主持第一阶段会议。', '刘海 → 全省宣传部长会议:presided'),
      // one whose instruction the meeting studies, his post between, is not at it (`传达学习省委书记X对…的批示`)
      neg('全省组织部长会议24日在临江召开。会议传达学习省委书记王明对组织工作的批示，省委常委、组织部部长刘海出席会议并讲话。'),
      // a bare 座谈会 no body or place names is named by the one who presides over it (`市长X主持召开座谈会，就…征求…意见`)
      pos('昨日下午，市委副书记、市长刘海主持召开座谈会，就《政府工作报告》征求各民主党派的意见。市领导王明、吴东出席座谈会。', '刘海 → 刘海座谈会:presided', '王明 → 刘海座谈会:attended', '吴东 → 刘海座谈会:attended'),
      // a 会议 one presides over with no body in the clause, named by its presider (`市长高山主持召开会议，调度部署…` → 高山会议),
      // and a standing committee widened to others (`主持召开县委常委（扩大）会，`)
      pos('3月5日，市长刘海主持召开会议，调度部署全市规划编制工作。副市长王明、吴东出席会议。', '刘海 → 刘海会议:presided', '王明 → 刘海会议:attended', '吴东 → 刘海会议:attended'),
      pos('1月5日，县委书记刘海主持召开县委常委（扩大）会，传达学习有关精神。', '刘海 → 县委常委(扩大)会:presided'),
      // a bare 座谈会 of a trip named by the stop its sentence puts first; those who take part in the trip's
      // inspection (`分别参加相关调研`) are not at it
      pos('近日，市长王明带队先后到舒兰市、昌邑区调研。在舒兰市，王明深入了解企业生产经营情况，召开座谈会研究部署下步工作措施。市领导刘海、吴东分别参加相关调研。', '王明 → 舒兰市座谈会:presided'),
      // those 列席 before a list closed by unnamed groups (`…检察长X和省人大常委会工作部门负责同志，部分省人大代表列席会议`:
      // 工作 is no act of theirs)
      pos('省十二届人大常委会第十七次会议25日在南昌举行。副省长王明，省高级人民法院院长刘海，省人民检察院检察长吴东和省人大常委会工作部门负责同志，部分省人大代表列席会议。', '王明 → 省十二届人大常委会第十七次会议:attended', '刘海 → 省十二届人大常委会第十七次会议:attended', '吴东 → 省十二届人大常委会第十七次会议:attended'),
      // the guests of a 会见 are no subject of the clause after their list: the host attends (`…会见了A、B，出席了…`)
      pos('其间，刘海还分别会见了临山国副总理扎尔科、临山国教育部部长卡尔边科，出席了临江大学校长论坛开幕式。', '刘海 → 临江大学校长论坛开幕式:attended'),
      // a visit one is welcomed to make this year is not made (`我欢迎习近平主席今年赴澳出席…峰会`); those met who went to the
      // capital to attend describe the guests (`会见了刚刚赴京参加全国表彰大会的代表`)
      neg('总理刘海说，我欢迎王明主席今年赴澳出席二十国集团领导人峰会。'),
      neg('11月25日，省委书记王明在南昌会见了刚刚赴京参加全国表彰大会载誉归来的我省全国劳模和先进工作者代表，他强调，要大力弘扬劳模精神。'),
      // a wire's dateline run on to the meeting's name, no space between, is no part of it (`新华社北京3月9日电政协…主席会议`)
      pos('新华社临江3月9日电政协第十三届临江市委员会第五十二次主席会议9日在临江召开。市政协主席张明主持会议。', '张明 → 政协第十三届临江市委员会第五十二次主席会议:presided'),
      // the sittings held during a session (`…四次会议期间主席会议、常委会议`) are meetings of their own, and those who
      // attend them named back by their kinds attend each (`出席主席会议、常委会议`)
      pos('1月25日下午，临江省政协十二届四次会议期间主席会议、常委会议在汉召开。省政协主席张明主持会议。省政协副主席王刚出席主席会议、常委会议。临江市政协主席吴东出席常委会议。', '张明 → 临江省政协十二届四次会议期间主席会议:presided', '王刚 → 临江省政协十二届四次会议期间主席会议:attended', '王刚 → 临江省政协十二届四次会议期间常委会议:attended', '吴东 → 临江省政协十二届四次会议期间常委会议:attended'),
      // one whose words a clause before the verb studies is not its subject (`要深入学习贯彻X总书记关于…的重要思想…，团结引领参加市政协的…`);
      // one the studied meeting's verb follows is (`贯彻X总书记主持召开的…会议精神`)
      neg('1月10日，市政协第十一次主席会议召开。主席会议要深入学习贯彻张建国总书记关于加强政协工作的重要思想，团结引领参加市政协的各党派团体履职尽责。'),
      // a bare 座谈会 held at a place named right before it is named by the place, before the presider's body (`李克强在中南海主持召开座谈会`)
      pos('1月27日上午，国务院总理张建国在中南海主持召开座谈会，听取意见。副总理刘海出席。', '张建国 → 中南海座谈会:presided', '刘海 → 中南海座谈会:attended'),
      // a 专题会议 one presides over, no body holding it, is named by the presider's body (`省委书记王国生主持召开专题会议`)
      pos('5月7日，省委书记王明主持召开专题会议，研究贯彻落实工作。', '王明 → 省委专题会议:presided'),
      // the meeting a headline decides to hold is not the one reported (`…召开主席会议 决定9月26日召开…常委会会议`)
      pos('市政协召开主席会议 决定9月26日召开市政协十二届二十二次常委会会议|9月21日，临江市政协第六十次主席会议召开，决定市政协十二届二十二次常委会会议9月26日至27日在临江召开。市政协副主席张明主持会议并讲话；副主席王刚参加会议。', '张明 → 临江市政协第六十次主席会议:presided', '王刚 → 临江市政协第六十次主席会议:attended'),
      // a headline's bare 座谈会 names nothing: the presider's body does (`栗战书主持召开座谈会就…` over `…委员长栗战书今天主持召开座谈会`)
      pos('张建国主持召开座谈会就工作报告稿听取意见|临江市人大常委会主任张建国今天主持召开座谈会，听取意见。刘海参加座谈会。', '张建国 → 临江市人大常委会座谈会:presided', '刘海 → 临江市人大常委会座谈会:attended'),
      // the lede's numbered session names the meeting where the headline gives its series' name (`新一届国务院第一次常务会议` under `…主持召开国务院常务会议`)
      pos('张建国主持召开市政府常务会议|市长张建国3月14日主持召开新一届市政府第一次常务会议，研究机构设置有关工作。', '张建国 → 新一届市政府第一次常务会议:presided'),
      // a bare 座谈会 is named by the body of the one who presides, a day between (`…委员长X今天主持召开座谈会`)
      pos('临江市人大常委会主任张建国今天主持召开座谈会，听取意见。刘海参加座谈会。', '张建国 → 临江市人大常委会座谈会:presided', '刘海 → 临江市人大常委会座谈会:attended'),
      // a ceremony named by its act is named by the body that holds it; a meeting named by its kind alone is called (presided) by who 召开s it
      pos('当地时间28日晚，临山文化中心举行揭幕仪式。临山国总统阿卡拉出席仪式。', '阿卡拉 → 临山文化中心揭幕仪式:attended'),
      // a meeting named again short, a character or two of each word kept in order (`晋衔仪式`, `第四届临博会开幕式`), is the one named in full
      pos('市军区晋升大校军衔仪式25日在临江举行。市军区司令员刘海主持晋衔仪式。', '刘海 → 市军区晋升大校军衔仪式:presided'),
      pos('王明5日在临江出席东岭高层论坛并致辞。王明指出，张建国在第四届临江国际进口博览会开幕式上发表的演讲，展现了开放的决心。王明4日还出席了第四届临博会开幕式。', '王明 → 东岭高层论坛:attended', '王明 → 第四届临江国际进口博览会开幕式:attended'),
      // one who calls a named meeting himself, a day, a time or a place at most between, presides at it; 召开 of a meeting he is told of does not
      pos('国务院副总理张建国18日在财政部召开财税部门座谈会。', '张建国 → 财税部门座谈会:presided'),
      pos('临山国总理阿卡拉４日晚召开了内阁紧急会议。', '阿卡拉 → 内阁紧急会议:presided'),
      neg('张建国会见刘海后，市委召开常委会会议。'),
      // one who joins a session's delegation in its deliberation (参加审议) is at the session
      pos('国务院总理张建国来到十三届全国人大五次会议临江代表团，参加审议政府工作报告。', '张建国 → 十三届全国人大五次会议:attended'),
      // a 会晤 or talks named by who holds them is no meeting of the report (`主持…领导人第14次会晤`)
      pos('市长张建国6日主持临江合作论坛。张建国在开幕词中说，王明主席今年6月主持东岭国家领导人第14次会晤，与会领导人深入交流。', '张建国 → 临江合作论坛:presided'),
      // 就职 is a word, no stop before a ceremony's head (`…总统就职仪式`); a 民主生活会 is a meeting
      pos('国家副主席张建国在临江出席临山国新任总统就职仪式。', '张建国 → 临山国新任总统就职仪式:attended'),
      pos('市委常委会12月25日召开民主生活会。市委书记张建国主持会议并发表讲话。', '张建国 → 民主生活会:presided'),
      // a meeting one will or hopes to attend is not attended yet
      neg('临山国总统阿卡拉表示，期待不久之后出席东岭峰会。国家主席王明将出席临江论坛开幕式。'),
      // (a hope for another's coming, however long: `我期待X总统今年6月来华访问并出席…峰会`)
      neg('国家主席王明会见临山国外长阿卡拉。王明表示，我期待莫尔总统今年6月来华访问并出席临江峰会。'),
      // a leader named as whose envoy someone is does not attend: the envoy does
      pos('国家主席王明7日会见外宾。应临山国政府邀请，王明主席特别代表、国家副主席张建国在临江出席临山国国庆招待会。', '张建国 → 临山国国庆招待会:attended'),
      // one a speaker tells of, named by a post, is the one who attends, not the speaker (nor 来华 a name; 不久前 before him a boundary)
      pos('王明指出，不久前阿卡拉总统来华出席临江高峰论坛。', '阿卡拉 → 临江高峰论坛:attended'),
      // one who oversees an oath, and presides at nothing, attends the oath ceremony told before
      pos('3月17日，市政府在临江举行宪法宣誓仪式。市长张建国监誓。', '张建国 → 市政府宪法宣誓仪式:attended'),
      pos('在临江市纪委监委，中共中央政治局常委张建国看望纪检监察干部，并召开工作座谈会。', '张建国 → 工作座谈会:presided'),
      // a paragraph that opens with another meeting held is about it, and so are the next (`…表彰大会28日下午在…举行。` …
      // `吴东出席大会。`), until one opens with another or names the main meeting again
      pos('临江市七一勋章颁授仪式29日在临江举行。市委书记张建国主持仪式。\n临江市优秀党员表彰大会28日下午在临江会堂举行。刘海出席大会。\n吴东出席大会。', '张建国 → 临江市七一勋章颁授仪式:presided', '刘海 → 临江市优秀党员表彰大会:attended', '吴东 → 临江市优秀党员表彰大会:attended'),
      // a meeting named only to say whom a host welcomes (`举行宴会，欢迎出席…论坛的外方领导人`) is not what the report tells: those who
      // 出席 the banquet attend no forum (a banquet is no meeting of the spec's heads)
      neg('国家主席张建国26日在人民大会堂举行宴会，欢迎出席第二届临江国际合作论坛的外方领导人。刘海、吴东出席。'),
      // the leaders who gather with the guests at a reception attend it (`…等同各民主党派…负责人欢聚一堂`); the CPPCC's national
      // committee names its meetings by its short name (全国政协新年茶话会)
      pos('中国人民政治协商会议全国委员会31日上午在全国政协礼堂举行新年茶话会。党和国家领导人张建国、刘海等同各民主党派负责人欢聚一堂，共迎新年。', '张建国 → 全国政协新年茶话会:attended', '刘海 → 全国政协新年茶话会:attended'),
      // a joint group meeting of a session named by the sectors of the members visited; the verb that only describes them
      // (`参加…会议的…委员`) leaves its subject to the next verb
      pos('市委书记张建国看望了参加市政协一次会议的民革、科技界委员，并参加联组会。刘海、吴东等参加联组会。', '张建国 → 民革、科技界委员联组会:attended', '刘海 → 民革、科技界委员联组会:attended', '吴东 → 民革、科技界委员联组会:attended'),
      // a crowd that closes a list of those named attends with them (`…阿里，东岭国外长以及观察员国代表与会`)
      pos('临江合作组织首脑理事会会议在临江举行。临山国总理阿卡拉，东岭国总理刘海，西岭国外长以及观察员国代表与会，临山国副总理吴东主持会议。', '阿卡拉 → 临江合作组织首脑理事会会议:attended', '刘海 → 临江合作组织首脑理事会会议:attended', '吴东 → 临江合作组织首脑理事会会议:presided'),
      // a session's joint group meeting of members by sector (`民盟、农工党界委员联组会`), a business dinner with speeches
      pos('市委书记张建国参加了民盟、农工党界委员联组会。', '张建国 → 民盟、农工党界委员联组会:attended'),
      pos('国务院总理张建国出席临江—东岭工商界晚餐会。', '张建国 → 临江—东岭工商界晚餐会:attended'),
      // those who sat in on the talks and the banquet attend no meeting of the article (here its welcome ceremony)
      pos('下午，市长张建国主持仪式，欢迎临山国总统阿卡拉一行。副市长吴东、刘海等参加了会见和宴请。', '张建国 → 张建国欢迎仪式:presided'),
      // a concert is a performance, no meeting of the spec's heads: who hosts it attends nothing
      neg('刘海从教50年音乐会在京举行。著名演员张建国主持了音乐会。'),
      // 与会 ending its clause is a verb of attending (`A、B等外方领导人与会`), and an event's opening ceremony is a meeting of its own
      pos('首届临江国际博览会5日在临江开幕。国家主席张建国出席开幕式。临山国总统阿卡拉、东岭国总理刘海等外方领导人与会。', '张建国 → 首届临江国际博览会开幕式:attended', '阿卡拉 → 首届临江国际博览会开幕式:attended', '刘海 → 首届临江国际博览会开幕式:attended'),
      neg('首届临江国际博览会5日在临江开幕。与会代表参观了展馆。'),
      neg('首届临江国际博览会将于5日开幕。临山国总统阿卡拉将应邀与会。'),
      // a session's leaders seated on the rostrum attend it (`X、Y等在主席台就座`; a list after `在主席台就座的还有：` is attended.list-after)
      pos('临江市人大一次会议13日上午在市人民大会堂闭幕。张建国、刘海等在主席台就座。行政长官吴东列席会议并在主席台就座。', '张建国 → 临江市人大一次会议:attended', '刘海 → 临江市人大一次会议:attended', '吴东 → 临江市人大一次会议:attended'),
      // (also written 就坐: `…在主席台前排就坐`)
      pos('省政协十二届一次会议今天开幕。主席团常务主席王明、刘海在主席台前排就坐。', '王明 → 省政协十二届一次会议:attended', '刘海 → 省政协十二届一次会议:attended'),
      // (also in the seats of the session's chairs: `在主席台执行主席席就座`, where no one is named 席就座)
      pos('临江市人大一次会议13日上午闭幕。大会执行主席张建国、刘海、吴东在主席台执行主席席就座。', '张建国 → 临江市人大一次会议:attended', '刘海 → 临江市人大一次会议:attended', '吴东 → 临江市人大一次会议:attended'),
      // a bare meeting presided over is named by the presider's body (…局颁证会), also after the day it was held (主持了今天的…)
      pos('今天上午，市委书记张建国向代表颁证。市广电局副局长吴东主持了今天的颁证会。', '吴东 → 市广电局颁证会:presided'),
      // a bare 开幕式 attended is the opening of the event the text says holds it (`“…”书画展28日在…举行开幕式`)
      pos('“临江印象”书画展28日在临江美术馆举行开幕式。市长刘海出席开幕式。', '刘海 → 临江印象书画展开幕式:attended'),
      // a body's ceremony after a session is a meeting of its own, not the session (宪法宣誓仪式); who oversees the oath presides over it
      pos('临江市人大常委会第二次会议26日闭幕。张建国主任主持闭幕会。闭幕会后，临江市人大常委会举行宪法宣誓仪式。副主任吴东主持并监誓。', '张建国 → 临江市人大常委会第二次会议:presided', '吴东 → 临江市人大常委会宪法宣誓仪式:presided'),
      // a body named like a meeting before its term's meeting is part of the meeting's name
      pos('市委书记张建国出席临江台湾同胞投资企业联谊会第五届会员代表大会。', '张建国 → 临江台湾同胞投资企业联谊会第五届会员代表大会:attended'),
      // a quoted theme with a space in a headline, before the kind of meeting (调研协商座谈会)
      pos('市委书记张建国出席“优化营商环境 激发市场活力”调研协商座谈会。', '张建国 → 优化营商环境激发市场活力调研协商座谈会:attended'),
      // a lede of other news (an instruction) and the one meeting held, opening a paragraph after it: the meeting of 主持会议, 出席会议
      pos('国家主席张建国近日对政法工作作出重要指示强调，要坚持改革创新。要坚持发扬斗争精神。各级党委要加强领导。\n临江政法工作会议7日至8日在北京召开。市长刘海主持会议。副市长吴东、李华出席会议。', '刘海 → 临江政法工作会议:presided', '吴东 → 临江政法工作会议:attended', '李华 → 临江政法工作会议:attended'),
      // …not a digest's items as one meeting of the whole: each item, under a headline of its own, is about its own meeting
      pos('央视网消息：\n临江博物馆开馆\n今天，临江博物馆开馆。馆藏丰富。展品众多。\n临江报业大会召开\n临江报业大会今天在临江召开。市长刘海出席。', '刘海 → 临江报业大会:attended'),
      // a report of no meeting of its own that names one held and refers back to it by its head; a verb joined by 并 has the subject before
      pos('国家主席张建国31日接见临江先进个人代表。刘海参加接见并在30日上午召开的临江先进个人表彰大会上讲话。吴东参加接见并主持大会。', '吴东 → 临江先进个人表彰大会:presided'),
      // a trip's bare 座谈会 is named by the district it went to (`在北京市通州区调研…主持召开座谈会`)
      pos('国务院副总理张建国28日在临江市东湖区调研新城规划建设工作。张建国来到新城规划展厅，了解规划建设进展；前往行政办公区建设工地，察看工程；主持召开座谈会，听取临江市和有关部门意见建议。', '张建国 → 临江市东湖区座谈会:presided'),
      // a session's presidium holds its own numbered meetings (`…四次会议主席团10日…举行第三次会议`), the one 主持会议 is at
      pos('临江市人大三次会议主席团10日下午在市人民大会堂举行第三次会议。主席团常务主席张建国主持会议。主席团会议听取了刘海作的报告。', '张建国 → 临江市人大三次会议主席团第三次会议:presided'),
      // `欢迎他们来华出席…`: those welcomed are the guests the host met in the sentence before
      pos('国务院总理张建国5日分别会见临山国总理阿卡拉、东岭国总理帕什尼扬。张建国欢迎他们来华出席临江冬奥会开幕式。', '阿卡拉 → 临江冬奥会开幕式:attended', '帕什尼扬 → 临江冬奥会开幕式:attended'),
      // the delegates to a meeting a leader meets attend it, not the leader
      neg('国务院副总理张建国今天在会见出席全国统计工作会议代表时指出，统计工作很重要。\n全国统计工作会议一月七日至九日在北京召开。'),
      // an activity of its own named after the verb is not the article's meeting; one the sentence goes on to is
      neg('全省植树造林工作会议今天召开。副省长李华参加了义务植树活动。'),
      // the guest a host welcomes to the meeting attends, not the host (`A欢迎B率团出席…`)
      pos('韩国国会议长朴炳锡来华出席北京冬奥会开幕式。国务院总理王明欢迎朴炳锡率团出席北京冬奥会开幕式。', '朴炳锡 → 北京冬奥会开幕式:attended'),
      neg('首都举行升国旗仪式。省委书记黄菊，分别在所在省市参加了看望和慰问群众的活动。'),
      pos('丁建国出席中国品牌发展国际论坛|5月13日，国务院副总理丁建国出席在上海举办的中国品牌日活动，并在中国品牌发展国际论坛致辞。', '丁建国 → 中国品牌发展国际论坛:attended'),
      // delegates named by the congress they go to (`出席九届全国人大的代表`) do not attend the meeting that elects them
      neg('临江省九届人大代表选举会议今天举行。出席会议的120名代表经过投票，选举出刘建国、杨海、张一鸣等13名临江省出席九届全国人大的代表。'),
      // an unnamed 座谈会 of a trip is named by the province whose report it hears, else by the provinces of the trip
      pos('张建国在广西、云南调研|调研中，张建国主持召开座谈会，听取云南省沿边地区产业发展情况汇报。', '张建国 → 云南座谈会:presided'),
      // (not where the trip went to a place of that province the lede names: `在河北雄安新区调研。…听取河北省…汇报`)
      pos('王明在河北临江新区调研|国务院副总理王明14日在河北临江新区调研。14日下午，王明主持召开座谈会，听取河北省和有关部门汇报。', '王明 → 河北临江新区座谈会:presided'),
      pos('张建国在云南 贵州调研|张建国到昭通市、毕节市等地走访，并主持召开座谈会听取脱贫工作的情况汇报。座谈会上，他强调要巩固成果。', '张建国 → 云南贵州座谈会:presided'),
      // a 汇报会 named by whose report is heard, a few sentences after the lede
      pos('张建国在临江考察|省委书记张建国近日在临江考察。他先后来到临山区、临水县。他走进临山大学，看望师生。他还察看了临水港。13日上午，张建国听取临江省委和省政府工作汇报，对临江工作取得的成绩给予肯定。刘海、吴东参加汇报会。', '刘海 → 临江省委和省政府工作汇报会:attended', '吴东 → 临江省委和省政府工作汇报会:attended'),
      // a list is of one kind: an item of a list of persons with a name's shape is a name, though its given name is a word
      pos('临江市2024年春节团拜会举行|市长张建国主持团拜会，栗战书、汪洋、王海等出席。', '张建国 → 临江市2024年春节团拜会:presided', '栗战书 → 临江市2024年春节团拜会:attended', '汪洋 → 临江市2024年春节团拜会:attended', '王海 → 临江市2024年春节团拜会:attended'),
      // the one a meeting commemorates is not among those at it
      pos('纪念吴东同志诞辰100周年座谈会今天举行。郑立、吴东同志生前友好出席座谈会。', '郑立 → 纪念吴东同志诞辰100周年座谈会:attended'),
      // one named as another's kin: the kin attends
      pos('《某某文选》出版座谈会今天举行。某某元帅的夫人林月琴及其亲属出席座谈会。', '林月琴 → 某某文选出版座谈会:attended'),
      pos('6日，市委书记张建国主持召开市委常委会议，市长刘海出席。', '张建国 → 市委常委会议:presided', '刘海 → 市委常委会议:attended'),
      pos('全市安全生产工作会议6日在临江召开。副市长吴东参加。', '吴东 → 全市安全生产工作会议:attended'),
      // those who 参加会见 of the meeting's delegates were at a 会见, not attendance at the meeting
      neg('全市安全生产工作会议6日在临江召开。市委书记张建国会见与会代表，市长刘海参加会见。'),
      // nor those who 参加上述会见, the 会见 named back, at a meeting the report names in passing
      pos('国家主席王明会见临山国总统阿巴斯。王明指出，上个月吴东总理刚刚来华出席了临江峰会。刘海、张建国等参加上述会见。', '吴东 → 临江峰会:attended'),
      // a congress the headline's meeting studies (学习贯彻…精神) is not the article's meeting: the course's opening is, named by the course
      pos('学习贯彻党的二十大精神研讨班在中央党校开班|某某研讨班6日上午在中央党校开班。李华主持开班式，赵刚出席。', '李华 → 某某研讨班开班式:presided', '赵刚 → 某某研讨班开班式:attended'),
      pos('省部级主要领导干部“学习某某重要讲话精神，迎接党的二十大”专题研讨班26日至27日在京举行。王明发表重要讲话。中共中央政治局常委李华、赵刚出席开班式。', '李华 → 省部级主要领导干部学习某某重要讲话精神,迎接党的二十大专题研讨班开班式:attended', '赵刚 → 省部级主要领导干部学习某某重要讲话精神,迎接党的二十大专题研讨班开班式:attended'),
      pos('全市民政工作会议今天召开。副市长吴东出席了会议。', '吴东 → 全市民政工作会议:attended'),
      pos('全市民政工作会议今天召开。市委书记张建国6日上午在临江主持会议。', '张建国 → 全市民政工作会议:presided'),
      // (整个会议 is the meeting the report tells, no meeting named)
      pos('9月29日，全区推进会议召开。区长王明主持了整个会议。', '王明 → 全区推进会议:presided'),
      // the lede's verb with 了 reports the meeting too (`主持召开了…会议`): it is the main one
      pos('市长刘海昨天下午主持召开了全市防汛工作会议。副市长吴东、郑立出席了会议。', '刘海 → 全市防汛工作会议:presided', '吴东 → 全市防汛工作会议:attended', '郑立 → 全市防汛工作会议:attended'),
      neg('副市长吴东参加义务植树活动。'),
      // a meeting never held is none (没有召开过…会议)
      neg('县委一年没有召开过领导小组会议，县长吴东参加会议。'),
      // a count before 会议 names no meeting (`在…召开的几个会议上`)
      neg('记者在市里召开的几个会议上看到，市长吴东出席会议。'),
      // a meeting named only by its session or kind is named by the body that holds it, and a
      // short aside in brackets stays in its name
      pos('市总工会于1月8日在临江召开换届大会。副市长吴东出席会议。', '吴东 → 市总工会换届大会:attended'),
      pos('市科协8日在临江召开一届二次理事（扩大）会议。副市长吴东出席会议。', '吴东 → 市科协一届二次理事(扩大)会议:attended'),
      neg('市总工会于1月8日在临江召开换届大会。市长刘海在外地调研。'),
      // a bare 座谈会 after a visit is named by the bodies visited (one or a list), 机关 being one
      pos('市长刘海到市发展改革委、市统计局调研并主持召开座谈会。', '刘海 → 市发展改革委市统计局座谈会:presided'),
      pos('市长刘海在市人大机关考察预算监督等工作，主持召开座谈会。', '刘海 → 市人大机关座谈会:presided'),
      // (a list of places names none: the one who leads the trip names it)
      pos('市长刘海到临江区、临山区调研并主持召开座谈会。', '刘海 → 刘海座谈会:presided'),
      // else by the one place the article's trip went to (the headline's `在临江市调研`); one who
      // calls it (…，召开座谈会) presides, not one whose call it is (根据X的要求召开)
      pos('刘海在临江市调研|调研期间，市长刘海主持召开座谈会，听取意见建议。', '刘海 → 临江市座谈会:presided'),
      pos('刘海在临江市调研|调研期间，市长刘海看望干部职工，并就工作大局，召开座谈会听取意见建议。', '刘海 → 临江市座谈会:presided'),
      neg('刘海在临江市调研|调研期间，根据市长刘海的要求，市政府召开座谈会听取意见建议。'),
      // one place visited names it (spec: host or place and head noun)
      pos('市长刘海15日到临江新区调研，主持召开座谈会并讲话。', '刘海 → 临江新区座谈会:presided'),
      // (or by the one town, county or city its sentence's or the lede's trip went to, whatever the visit's verb: `深入罗岭镇，
      // 实地察看…，并召开座谈会`, `再次到井陉县实地察看灾情`, `来到蛟河市学习考察`)
      pos('市人大常委会副主任刘海率检查组来我区执法检查。刘海一行深入临江镇，实地察看了该镇人大工作开展情况，并召开座谈会，听取汇报。', '刘海 → 临江镇座谈会:presided'),
      pos('副省长刘海再次到临山县实地察看灾情。刘海先后到东村、西村，走访看望受灾村民，并召开座谈会听取市县政府的工作汇报。', '刘海 → 临山县座谈会:presided'),
      // (深入到 no part of the name; a kind of place names none, `深入老旧小区`)
      pos('5月6日，市长王明深入到临江镇察看灾情，并召开座谈会。', '王明 → 临江镇座谈会:presided'),
      neg('5月6日，市长王明深入老旧小区察看，并召开座谈会。'),
      // (but a place's name before the kind, `临江社区`; a group that came after 陪同 names it without its companion)
      pos('5月6日，市长王明深入临江社区走访，并召开座谈会。', '王明 → 临江社区座谈会:presided'),
      // (and, where nothing else names it, the paper's own place the trip came to, by the outlet: `来我县…` in 舞阳县人民政府网)
      // (a delegation that came to learn is no host: its 座谈会 is the place's, `…考察团来我区参观考察` in 城阳融媒)
      inPaper('临江融媒', pos('甘肃省临山县党政考察团来我区参观考察|5月14日上午，临山县县长王明率考察团到我区参观考察并交流座谈，区委书记刘海出席座谈会。', '王明 → 临江区座谈会:attended', '刘海 → 临江区座谈会:attended')),
      inPaper('临江县融媒体中心', pos('7月19日上午，市人大常委会副主任王明来我县开展接待代表日活动。王明一行先后到临江湿地公园、临江面粉有限公司等地，并召开座谈会。县长刘海参加座谈会。', '王明 → 临江县座谈会:presided', '刘海 → 临江县座谈会:attended')),
      // (a later bare 座谈会 is the 座谈交流会 the trip held, not one more)
      pos('8月29日上午，临山县人大考察团一行来我市就代表之家建设进行考察，并召开座谈交流会。市领导王明接待考察团一行。座谈会上，王明表示欢迎。市领导刘海参加座谈会。', '刘海 → 座谈交流会:attended'),
      pos('9月8日上午，区委书记王明陪同市委督导组到我区调研。督导组一行先后到临江公园、临江港，并召开座谈会。区长刘海参加座谈会。', '刘海 → 市委督导组座谈会:attended'),
      // (a deputy's post is no post alone of another: `副总理刘海…总理在北京主持召开…`; one named inside a trip told with no comma calls nothing)
      neg('国务院副总理刘海5日到临江调研。6日，总理在北京主持召开国务院常务会议。'),
      pos('5月6日，县委书记王明接受省委巡视组刘海组长督查并召开县委常委会会议。', '王明 → 县委常委会会议:presided'),
      neg('副省长刘海到临山县、临江县实地察看灾情，并召开座谈会听取工作汇报。'),
      // a bare 座谈会 of the lede is named by the headline's one meeting (spec), whose list of who it
      // gathers (各商会负责人和企业家代表) is no general word; a 汇报会 by whose report it hears (听取…工作汇报)
      pos('刘海主持召开各商会负责人和企业家代表座谈会|市长刘海24日主持召开座谈会，听取各商会负责人和企业家代表的意见建议。副市长吴东出席。', '刘海 → 各商会负责人和企业家代表座谈会:presided', '吴东 → 各商会负责人和企业家代表座谈会:attended'),
      // (without the headline, by the one who presides over it: city papers' golds name it so)
      pos('市长刘海24日主持召开座谈会，听取各商会负责人和企业家代表的意见建议。副市长吴东出席。', '刘海 → 刘海座谈会:presided', '吴东 → 刘海座谈会:attended'),
      // a site named after a meeting is no meeting: the ceremony held at it is the one attended
      pos('5月6日，市长王明出席临江会议纪念馆开馆仪式。', '王明 → 临江会议纪念馆开馆仪式:attended'),
      // (the headline's count of it is its fuller name)
      pos('市人大常委会召开第45次主任会议|9月1日，市人大常委会召开主任会议，研究有关事项。主任王明主持会议。', '王明 → 市人大常委会第45次主任会议:presided'),
      // the sitting of a body's chairs, a day between, is named by the body (`市人大常委会12月15日召开主任会议`), not the sitting it decides to hold
      pos('市人大常委会12月15日召开主任会议，决定市十五届人大常委会第四十六次会议于12月22日召开。市人大常委会主任王明主持会议。', '王明 → 市人大常委会主任会议:presided'),
      // a party committee's counted sitting named by the body alone (`…第十四届委员会第16次常委会`); a body's meeting held 近日;
      // a briefing (吹风会) a meeting
      pos('1月5日，区委书记王明主持召开中共临江区第十四届委员会第16次常委会。区长刘海出席。', '王明 → 中共临江区第十四届委员会第16次常委会:presided', '刘海 → 中共临江区第十四届委员会第16次常委会:attended'),
      pos('区委常委会近日举行会议，传达学习市第十二次党代会精神。区委书记王明主持会议并讲话。', '王明 → 区委常委会会议:presided'),
      pos('外交部连夜举行中外媒体吹风会。副部长王明出席。', '王明 → 中外媒体吹风会:attended'),
      // a list of meetings one presides over together, 联合 of a joint body's name no edge (`…联合协调理事会第二十四次会议`)
      pos('5月6日，副总理王明同临山国副总理刘海共同主持临江合作联委会第十九次会议、临山工业园区联合协调理事会第二十四次会议和临水生态城联合协调理事会第十五次会议。', '王明 → 临江合作联委会第十九次会议:presided', '刘海 → 临江合作联委会第十九次会议:presided', '王明 → 临山工业园区联合协调理事会第二十四次会议:presided', '刘海 → 临山工业园区联合协调理事会第二十四次会议:presided', '王明 → 临水生态城联合协调理事会第十五次会议:presided', '刘海 → 临水生态城联合协调理事会第十五次会议:presided'),
      // sittings counted in a list that share one body and one head are one meeting each (`第六十六次、第六十七次和第六十八次委员长会议`)
      pos('6月22日，王明委员长分别主持召开了临江人大常委会第六十六次、第六十七次和第六十八次委员长会议。', '王明 → 临江人大常委会第六十六次委员长会议:presided', '王明 → 临江人大常委会第六十七次委员长会议:presided', '王明 → 临江人大常委会第六十八次委员长会议:presided'),
      // a study session named by its kind alone is named by the body that holds it, its group of study a body too
      pos('12月16日，临江区委理论学习中心组举行集体学习会议。区委书记王明主持会议。', '王明 → 临江区委理论学习中心组集体学习会议:presided'),
      pos('1月12日，临江市政协党组理论学习中心组召开2018年第1次集体学习会。主席王明主持。', '王明 → 临江市政协党组理论学习中心组2018年第1次集体学习会:presided'),
      pos('4月1日，临江区委理论学习中心组召开集中学习(扩大)会议。区委书记王明主持会议。', '王明 → 临江区委理论学习中心组集中学习(扩大)会议:presided'),
      // a tour of projects held as a meeting is one (`…重点项目拉练会`)
      pos('5月6日，市长王明出席全市重点项目拉练会。', '王明 → 全市重点项目拉练会:attended'),
      // (an on-site meeting, 现场推进会 or 现场办公会, is named as a bare 座谈会 is)
      pos('5月6日，市长王明主持召开现场推进会，副市长刘海出席。', '王明 → 王明现场推进会:presided', '刘海 → 王明现场推进会:attended'),
      // (a 现场会 nothing names is none: `在现场会诊`)
      neg('5月6日，市长王明参加现场会诊。'),
      pos('张建国在听取临江区委和区政府工作汇报时强调|15日下午，市委书记张建国在临江听取临江区委和区政府工作汇报。区委书记刘海作了汇报，区长吴东等参加汇报会。', '吴东 → 临江区委和区政府工作汇报会:attended'),
      // a work report the lede says was heard is a 汇报会 even where the text never says 汇报会
      pos('15日下午，市委书记张建国在临江听取临江区委和区政府工作汇报。区长吴东等参加。', '吴东 → 临江区委和区政府工作汇报会:attended'),
      // a verb of the name's own words (推动, 推进) does not cut it after the verb that holds it; a count is no part of it
      pos('市委书记张建国主持召开新时代推动临江新区发展座谈会。市长刘海出席座谈会。', '张建国 → 新时代推动临江新区发展座谈会:presided', '刘海 → 新时代推动临江新区发展座谈会:attended'),
      pos('市委书记张建国先后主持召开两次推进临江新区建设座谈会。', '张建国 → 推进临江新区建设座谈会:presided'),
      neg('市委书记张建国在临江调研，推动临江新区发展座谈会提出的事项落实。'),
      // a bare head right after a body's held clause is named by that body and the head (spec):
      // `某局6月3日召开会议`, `某出版社今天在临江举行座谈会`; not after a time word (前不久…召开会议时)
      pos('临江市委6月3日召开会议，研究部署防汛工作。市委书记张建国主持会议。', '张建国 → 临江市委会议:presided'),
      pos('临江市委常务委员会1月6日全天召开会议，听取市人大常委会、市政府党组工作汇报。市委书记张建国主持会议。', '张建国 → 临江市委常务委员会会议:presided'),
      pos('临江出版社今天在临江举行座谈会，纪念建社10周年。副市长吴东参加了座谈会。', '吴东 → 临江出版社座谈会:attended'),
      neg('前不久临江市政府召开会议时，规定发言不超过十分钟。市长刘海主持会议。'),
      // 酒会 and 协商会 are heads; a quoted theme is the whole name, its inner space too
      pos('临江商会今天上午举行会员新春团拜酒会，副市长吴东出席了酒会。', '吴东 → 临江商会会员新春团拜酒会:attended'),
      pos('市政协24日在临江召开“巩固脱贫成果 推进乡村振兴”专题协商会。市政协主席张建国主持会议。', '张建国 → 巩固脱贫成果推进乡村振兴专题协商会:presided'),
      neg('某某政治协商会议临江市委员会主席张建国出席。'),
      // parties joined by a dash are one name; one who tells of the meeting (X说，…) is not at it
      pos('市长吴东说，今年2月，刘海在临江主持召开中国—东盟城市合作论坛。', '刘海 → 中国—东盟城市合作论坛:presided'),
      // a guest `来华出席…的` is described, the host who meets him is not at the meeting
      neg('市长刘海会见来华出席中国—东盟城市合作论坛并进行访问的某国市长吴东。'),
      // nor where the guests are named before what they came for (`会见了A、B等前来参加…论坛的嘉宾`), nor those who join the 会见
      neg('刘海会见参加第十六届临江论坛的嘉宾代表|6月15日，省委书记刘海在临江分别会见了临山党副主席张明、新党主席李华等前来参加第十六届临江论坛的嘉宾代表。省领导王刚参加。'),
      // `X会见Y一行，欢迎他们出席…`: the guests attend, not the host who welcomes them
      pos('市长刘海会见某某商会会长吴东一行，欢迎他们出席临江国际博览会开幕式。', '吴东 → 临江国际博览会开幕式:attended'),
      neg('市长刘海欢迎他们出席临江国际博览会开幕式。'),
      pos('张建国应市长刘海的邀请出席临江国际博览会开幕式。', '张建国 → 临江国际博览会开幕式:attended'),
      pos('应临山国总统卡马拉邀请，国家主席张建国出席临山峰会。', '张建国 → 临山峰会:attended'),
      // 他 opening a sentence of a trip is the one named last before it, who presides at the 座谈会 he calls
      pos('市委书记张建国来到临江县调研。他走进县人民医院，深入企业了解生产情况，主持召开座谈会听取意见。', '张建国 → 临江县座谈会:presided'),
      // the verb that holds a meeting well (开好) is no part of its name, and 确保 alone names none
      pos('临江市政协常委会会议今天闭幕。会议要求全力开好市政协十届四次会议，确保大会圆满成功。主席张建国主持会议。', '张建国 → 临江市政协常委会会议:presided'),
      // a body's meeting by its kind (扩大会议, 常务会议, （扩大）会议) and a bracketed day: named by the body
      // (a party committee's standing committee is a body: 市委常委会)
      pos('2月12日，市委常委会召开扩大会议，传达学习精神。市委书记张建国主持会议并讲话。', '张建国 → 市委常委会扩大会议:presided'),
      pos('省政府召开常务会议，研究近期工作。省长刘海主持会议。', '刘海 → 省政府常务会议:presided'),
      // (and a party committee or its standing committee called by its own name, `临江大学召开党委会，`, `区委召开常委会，`)
      pos('4月15日，临江大学召开党委会，研究基地建设工作。会议由党委书记王明主持。', '王明 → 临江大学党委会:presided'),
      pos('4月15日，区委召开常委会，传达学习有关精神。会议由区委书记刘海主持。', '刘海 → 区委常委会:presided'),
      pos('12月11日，省政协党组召开（扩大）会议，专题传达学习。省政协主席王明主持会议。', '王明 → 省政协党组(扩大)会议:presided'),
      pos('市委常委会今天上午（3月30日）举行会议，听取工作汇报。市委书记张建国主持会议并讲话。', '张建国 → 市委常委会会议:presided'),
      // a delegation's plenary, named by the delegation, not the verb that describes it (`出席…会议的河北省代表团召开全体会议`)
      pos('3月4日下午，出席十四届全国人大二次会议的临江省代表团召开全体会议。代表团团长张建国主持会议并讲话。', '张建国 → 临江省代表团全体会议:presided'),
      // a meeting whose eve is the report's time is not what it tells; the headline names the one its host holds
      pos('临江市委召开市级民主协商会|市两会召开前夕，市委召开会议，就有关人事安排进行民主协商。市委书记张建国主持会议。市长刘海出席。', '张建国 → 市级民主协商会:presided', '刘海 → 市级民主协商会:attended'),
      // (not one the headline says will be held)
      pos('中共中央政治局召开会议 决定召开二十届二中全会|中共中央政治局2月21日召开会议，决定今年2月26日至28日在北京召开中国共产党第二十届中央委员会第二次全体会议。中共中央总书记习近平主持会议。', '习近平 → 中共中央政治局会议:presided'),
      // (also before it is held; 民主协商会 alone named by its body)
      pos('1月11日，在临江省两会召开之前，中共临江省委在临江召开民主协商会。省委书记张建国主持会议并讲话。', '张建国 → 中共临江省委民主协商会:presided'),
      // a summary printed above the dateline: the dateline's paragraph is the lede, a course's opening spoken at its meeting
      // a course's ceremony named by its act and a head of its own (`开班仪式`) is the course's, and told presided over it is the
      // report's (`…专题培训班…正式开班，…。开班仪式由县政协主席X同志主持`); a web paper's 讯 and the course's holder before it
      pos('9月14日下午，临江县2015年领导干部专题培训班在市委党校正式开班。开班仪式由县政协主席王明同志主持。', '王明 → 临江县2015年领导干部专题培训班开班仪式:presided'),
      pos('临江网讯 由市委统战部举办的全市党外中青年干部培训班前天开班。\n市政协副主席刘海出席开班仪式。', '刘海 → 全市党外中青年干部培训班开班仪式:attended'),
      pos('张建国强调，要开创新局面。\n新华社北京1月5日电 省部级主要领导干部专题研讨班5日上午在中央党校开班。张建国在开班式上发表重要讲话。\n开班式由刘海主持，王明、吴东出席。', '刘海 → 省部级主要领导干部专题研讨班开班式:presided', '王明 → 省部级主要领导干部专题研讨班开班式:attended', '吴东 → 省部级主要领导干部专题研讨班开班式:attended'),
      // one who speaks of another's attending (`A对B一行来闽出席…表示欢迎`) attends nothing, B does
      pos('省委书记张建国对刘海副委员长一行来闽出席第九届临江传媒论坛表示欢迎和感谢。', '刘海 → 第九届临江传媒论坛:attended'),
      pos('市委书记张建国、市长王明会见了刘海。张建国、王明代表市委、市政府，对刘海行政长官来沪出席第七届临江博览会表示欢迎。', '刘海 → 第七届临江博览会:attended'),
      // one who calls a meeting another chairs attends it, the chair presides (中国政府网: `李克强…召开…座谈会。…刘延东主持座谈会`)
      pos('4月15日，国务院总理张建国在北京召开高等教育改革创新座谈会，并作重要讲话。国务院副总理刘海主持座谈会。', '张建国 → 高等教育改革创新座谈会:attended', '刘海 → 高等教育改革创新座谈会:presided'),
      // one on whose behalf another presides presides nothing (`受…尹弘委托，…刘强主持会议并讲话`)
      pos('10月16日，临江省人大常委会党组召开扩大会议。受省委书记，省人大常委会党组书记、主任张建国委托，党组副书记刘海主持会议并讲话。', '刘海 → 临江省人大常委会党组扩大会议:presided'),
      // the session of the delegation one belongs to (`参加他所在的十四届全国人大三次会议江苏代表团审议`), its speakers and those after at it
      pos('3月5日下午，国家主席张建国参加他所在的十四届全国人大三次会议临江代表团审议。刘海、王明等代表分别发言。政治局常委吴东参加。', '张建国 → 十四届全国人大三次会议:attended', '吴东 → 十四届全国人大三次会议:attended'),
      // a meeting named after the day it is held (`出席1月8日琼港…座谈会`)
      pos('1月4日，省委书记王明在海口拜会了刘海一行。省长张建国参加拜会并出席1月8日临港经济合作发展咨询委员会座谈会。', '张建国 → 临港经济合作发展咨询委员会座谈会:attended'),
      // nor a series attended so many times; one who presided twice presided
      neg('阿卡拉已5次出席临港经济合作论坛。'),
      // 主持人, the one who chairs, is a post, not the verb (`主席团会议主持人`)
      neg('省领导看望参加省政协十二届一次会议的委员。省委书记刘海，省委副书记、主席团会议主持人王明等与委员亲切握手。'),
      // a party committee's study session (学习会), named by the headline's host; a congress named by the tasks it is called for, 、 and all
      pos('省委召开专题学习会深入学习领会全会精神|26日至27日，省委利用两天时间，举行专题学习会。省委书记张建国主持会议并讲话。', '张建国 → 省委专题学习会:presided'),
      pos('1月28日，省委召开全省深入实施“八八战略”强力推进创新深化、改革攻坚、开放提升大会。省长张建国主持会议。', '张建国 → 全省深入实施八八战略强力推进创新深化、改革攻坚、开放提升大会:presided'),
      // the last name of a list before 陪同出席 ends before 陪同, which the name model may read on (`王毅陪`)
      pos('王明出席临江论坛开幕式并致辞。刘海、张宏陪同出席。', '刘海 → 临江论坛开幕式:attended', '张宏 → 临江论坛开幕式:attended'),
      // (a guard: 同 of 同志 is no word of one after 一同: `陆定一同志` stays 陆定一)
      pos('王明出席临江论坛开幕式。刘定一同志参加。', '王明 → 临江论坛开幕式:attended', '刘定一 → 临江论坛开幕式:attended'),
      // a summit's closing sitting is one meeting with the summit's name (`…第十九次峰会闭幕会议`)
      pos('国家主席王明出席临山国家集团领导人第五次峰会闭幕会议。', '王明 → 临山国家集团领导人第五次峰会闭幕会议:attended'),
      // the guests a 会见 names by the meeting they came to, with no 的 (a headline): the host attends none
      neg('国家主席王明会见出席临江全球合作网络全体会议部分高级别代表'),
      // a group that looks into the place (`调研组对我市…进行专题调研`) names its trip's bare 座谈会
      pos('9月18日，市人大常委会调研组对我市卫生健康事业发展情况进行专题调研。\n调研组深入临江县，调研医疗服务体系建设情况。调研组还召开座谈会，听取市政府情况汇报。\n市委常委、副市长王明参加座谈会。', '王明 → 市人大常委会调研组座谈会:attended'),
      // the guests a host met, then 并同 one of them 共同主持: the host and that one preside, not every guest
      pos('国务院副总理王明分别会见临山总理阿卡拉、副总理莫尼、副总理苏瓦、国务资政卡洛，并同苏瓦共同主持中临双边合作机制会议。', '王明 → 中临双边合作机制会议:presided', '苏瓦 → 中临双边合作机制会议:presided'),
      // one who sends an envoy is not at the ceremony, nor one who thanks him for it
      neg('临山总统阿卡拉感谢王明主席专程派特使出席临山总统权力交接仪式。'),
      // (a rank after a name of three is no verb's first character: `刘国中将陪同出席` is 刘国中)
      pos('王明出席临江论坛开幕式。刘国中将陪同出席。', '王明 → 临江论坛开幕式:attended', '刘国中 → 临江论坛开幕式:attended'),
      // (one sent as a 特派代表 attends: 特派 is no sender's 派)
      pos('刘海作为国家主席王明特派代表出席阿卡拉总统就职仪式。', '刘海 → 阿卡拉总统就职仪式:attended', '王明 → 阿卡拉总统就职仪式:attended'),
      // (guests named with 等 before the clause that goes on with one of them: the host and that one)
      pos('国家主席王明会见阿卡拉、莫尼拉等外宾，并同莫尼拉共同出席签字仪式。', '王明 → 签字仪式:attended', '莫尼拉 → 签字仪式:attended'),
      // a trip's 座谈会 named by the place it came to (`来到X，就…进行调研`), a bare name after 来到
      pos('5月23日，市政府秘书长王明一行来到法库，就工业经济运行情况进行调研。县长刘海参加调研。\n王明一行先后对临山新材有限公司进行了实地调研，并召开座谈会，详细了解了全县工业经济运行情况。', '刘海 → 法库座谈会:attended', '王明 → 法库座谈会:presided'),
      // a party committee's standing committee's numbered 集体学习 is a meeting, named by the committee and its number; bare 会议 is it
      pos('中央纪委常委会24日举行第十八次集体学习，中央纪委书记王明主持会议并讲话。中央纪委副书记刘海出席会议。', '王明 → 中央纪委常委会第十八次集体学习:presided', '刘海 → 中央纪委常委会第十八次集体学习:attended'),
      // (a 联席会议 before its 总召集人 or its 工作机制 is a standing body's, no meeting)
      neg('副省长、省联席会议总召集人王明出席。健全联席会议工作机制。'),
      // a meeting named by the spirit of another it studies runs over that one (`学习贯彻党的十九届四中全会精神中央宣讲团动员会`)
      pos('学习贯彻党的十九届四中全会精神中央宣讲团动员会7日在京召开。王明出席会议并讲话，刘海主持会议。', '刘海 → 学习贯彻党的十九届四中全会精神中央宣讲团动员会:presided'),
      // (a paper's place before 讯 and the day is no one: `惠民讯 6月21日，`)
      pos('惠民讯 6月21日，县委书记王明主持召开县委常委会会议。', '王明 → 县委常委会会议:presided'),
      // (a site or a level named by its kind after 来到 names no trip's meeting, `来到现场，就…进行调研`: its leader does)
      pos('县委书记王明来到现场，就项目建设进行调研，并主持召开座谈会。', '王明 → 王明座谈会:presided'),
      // (people closed by 等 and a group of theirs are people: `等公司高管`)
      pos('王明、刘海等公司高管出席签约仪式。', '王明 → 签约仪式:attended', '刘海 → 签约仪式:attended'),
      // (a standing committee's study session: its day at most before the verb, its party group with it; not a clause of others)
      pos('省人大常委会党组24日举行第五次集体学习，省人大常委会党组书记王明主持。', '王明 → 省人大常委会党组第五次集体学习:presided'),
      neg('市委常委会全体成员参加省委宣讲团举行第二次集体学习，市委书记王明主持。'),
      // a study group (学习组) names its counted sitting (`汉滨区委中心学习组召开第一次会议`)
      pos('2月22日，临江区委中心学习组召开第一次会议，区委书记王明主持会议。', '王明 → 临江区委中心学习组第一次会议:presided'),
      // a presidium's sitting the session holds (`…会议举行主席团第三次会议`) is held: the report's, its chair's
      pos('今天上午，市政协十四届一次会议举行主席团第三次会议。主席团常务主席王明主持会议。', '王明 → 市政协十四届一次会议主席团第三次会议:presided'),
      // a sitting the headline's session holds is the report's, not the session (`…会议在…举行预备会议` under `…会议14日开幕`)
      pos('省十四届人大三次会议14日开幕|1月13日下午，省十四届人大三次会议在省人民大会堂举行预备会议。会议由省人大常委会副主任王明主持。', '王明 → 省十四届人大三次会议预备会议:presided'),
      // those one greets, described by the meeting they attend, are not he (`致信祝贺，向出席会议的各界人士表示欢迎`)
      neg('第三届临江国际会议于12月16日在北京开幕。国家主席张建国致信祝贺，向出席会议的各界人士表示欢迎。'),
      // the one the host welcomes, named after 代表…对, holds the meeting his coming is told with (`代表…对刘海一行来宁调研并召开…研讨会表示欢迎`)
      pos('3月21日，自治区党委书记王明会见了临江社副社长刘海一行。王明代表自治区党委、政府对刘海一行来宁调研并召开临江社国内分社重点报道选题研讨会表示欢迎。', '刘海 → 临江社国内分社重点报道选题研讨会:presided'),
      // a clause that declares the start is its subject's own: 主持 after the comma is the next one's (`王明讲话并宣布开工，…刘海主持`)
      pos('5月11日，全省二季度重大项目集中开工仪式在临江举行。省委书记王明讲话并宣布开工，省委副书记、省长刘海主持。', '刘海 → 全省二季度重大项目集中开工仪式:presided'),
      // the genre's closing line of one who took part, a name the model leaves out at a sentence's start (`尤坚出席座谈会。`)
      pos('临江市政协22日召开座谈会。市政协主席王明主持会议。尤坚出席座谈会。', '王明 → 临江市政协座谈会:presided', '尤坚 → 临江市政协座谈会:attended'),
      // (no word of the dictionary: `会议出席…` names none)
      neg('临江市政协22日召开座谈会。全体出席会议。'),
    ],
  },
  'attended.list-after': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'A list after the verb: 出席会议的有X、Y; 出席…的还有X、Y; 参加会议的领导同志还有X; 在主席台就座的还有：X、Y; 参加发布会的人员包括：X; and at a press conference those it asks to present and take questions (请X介绍…并回答记者提问); a session\'s chairs after 会议执行主席是.',
    cases: [
      // a session's chairs named after their post and 是 (`会议执行主席是A、B、C`)
      pos('全国政协十三届一次会议8日下午举行第二次全体会议。会议执行主席是王明、阿卡拉·莫尔、刘海。', '王明 → 全国政协十三届一次会议:attended', '阿卡拉·莫尔 → 全国政协十三届一次会议:attended', '刘海 → 全国政协十三届一次会议:attended'),
      pos('全市民政工作会议今天召开。出席会议的有市领导吴东、郑立。', '吴东 → 全市民政工作会议:attended', '郑立 → 全市民政工作会议:attended'),
      pos('全市民政工作会议今天召开。出席座谈会的还有副市长吴东、郑立等。', '吴东 → 全市民政工作会议:attended', '郑立 → 全市民政工作会议:attended'),
      neg('参加活动的有市领导吴东、郑立。'),
      // a notice's roster, and those a press conference asks to present and take questions
      pos('临江市新冠肺炎疫情防控工作新闻发布会今天下午举行。参加发布会的人员包括：临江市委副书记、市长吴东，副市长郑立。', '吴东 → 临江市新冠肺炎疫情防控工作新闻发布会:attended', '郑立 → 临江市新冠肺炎疫情防控工作新闻发布会:attended'),
      pos('省政府新闻办今天举行新闻发布会，请省生态环境厅副厅长吴东，省水利厅副厅长郑立介绍相关情况并回答记者提问。', '吴东 → 省政府新闻办新闻发布会:attended', '郑立 → 省政府新闻办新闻发布会:attended'),
      // (a host's own words, the press's questions 的: `今天我们请来了A，B，请他们为大家介绍情况并回答记者的提问`)
      pos('临江省第七场新闻发布会今天举行。今天我们请来了省商务厅副厅长王明，省农业农村厅副厅长刘海，请他们为大家介绍情况并回答记者的提问。', '王明 → 临江省第七场新闻发布会:attended', '刘海 → 临江省第七场新闻发布会:attended'),
      // (or only to present, the questions told after: `邀请…介绍…的有关情况`)
      pos('今天上午，国务院新闻办公室举行新闻发布会，邀请临江省委副书记、省长王明，临江省委常委、临山市委书记刘海介绍临江稳定发展的有关情况。', '王明 → 国务院新闻办公室新闻发布会:attended', '刘海 → 国务院新闻办公室新闻发布会:attended'),
      neg('省政府新闻办今天举行新闻发布会。会上，副厅长吴东请大家踊跃提问。'),
      // those seated on the rostrum too
      pos('临江市人大一次会议今天闭幕。在主席台就座的还有：吴东、郑立。', '吴东 → 临江市人大一次会议:attended', '郑立 → 临江市人大一次会议:attended'),
      // the other side's list right after those at the events told above (`…等出席上述活动。越南方面出席的有：…`)
      pos('国家主席张建国同临山国总书记阿卡拉举行会谈。会谈前，阿卡拉在主席府广场为张建国举行盛大欢迎仪式。王明、吴东等出席上述活动。临山方面出席的有：临山国政治局委员、副总理刘海。', '刘海 → 阿卡拉欢迎仪式:attended'),
    ],
  },
  'attended.described-list': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'Those a verb of attending describes attend the meeting, not the subject: 同参加…座谈会的代表X、Y座谈.',
    cases: [
      // a celebration named back bare (`出席庆典的…`, `参加庆祝活动的还有…`) is the one the report tells; a dotted name
      // after another's post in the list is read with its own post
      pos('《临江时报》创刊15周年庆祝活动今天下午在巴黎隆重举行。\n出席庆典的中国驻法大使蔡方明表示祝贺。\n参加庆祝活动的还有协会副秘书长程铁山、法新社社长让·米奥等中外宾客数百人。', '蔡方明 → 临江时报创刊15周年庆祝活动:attended', '程铁山 → 临江时报创刊15周年庆祝活动:attended', '让·米奥 → 临江时报创刊15周年庆祝活动:attended'),
      // (not the one whose envoy the described is: `出席…就职仪式的习近平主席特别代表、国家副主席王岐山`)
      pos('9日，赴临山出席临山总统阿卡拉就职仪式的王明主席特别代表、国家副主席刘海在临山会见临山总统阿卡拉。', '刘海 → 临山总统阿卡拉就职仪式:attended'),
      pos('张建国同应邀参加市委召开的全市先进典型座谈会的代表刘海、李华以及临江县代表王明座谈。', '刘海 → 全市先进典型座谈会:attended', '李华 → 全市先进典型座谈会:attended', '王明 → 全市先进典型座谈会:attended'),
      neg('张建国出席全市先进典型座谈会并讲话，刘海、李华参加。'),
      // a visit joined to the meeting before the 的 (`来华出席…峰会并进行国事访问的总统X`)
      pos('王明在临江同来华出席临山国际合作高峰论坛并进行国事访问的临山国总统阿巴斯举行会谈。', '阿巴斯 → 临山国际合作高峰论坛:attended'),
      neg('王明在临江同来华进行国事访问的临山国总统阿巴斯举行会谈。'),
      // the one described may be named after a chain of posts (`正在香港出席…论坛的省委副书记、宁波市委书记唐一军`)
      pos('27日上午，正在临江出席2017临港经济合作论坛的省委副书记、临江市委书记张建国会见了临山国总统阿卡拉。', '张建国 → 2017临港经济合作论坛:attended'),
      // (or the guests met, named before 等: `会见…蒋正华等出席…开幕式的重要嘉宾`)
      pos('省委书记王明在临江会见全国人大常委会原副委员长张建国等出席“临江论坛2022”开幕式的重要嘉宾。', '张建国 → 临江论坛2022开幕式:attended'),
      // the article's meeting named back by its bare head (`出席会议的伊朗代外长巴盖里表示`)
      pos('东岭合作组织7日在临江召开特别会议。出席会议的临山国代外长阿卡拉表示，临山国将采取行动。', '阿卡拉 → 东岭合作组织特别会议:attended'),
    ],
  },
  'attended.joint': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'Two meetings opened together (A、B2日在京开幕): those at the report\'s first are at the second, in the same role.',
    cases: [
      pos('全市青年联合会第五届委员会全体会议、全市学生联合会第八次代表大会2日在临江开幕。市委书记张建国出席开幕会。', '张建国 → 全市学生联合会第八次代表大会:attended'),
      neg('全市青年联合会第五届委员会全体会议2日在临江开幕。市委书记张建国出席开幕会。全市学生联合会第八次代表大会将于下月召开。'),
      // (the ceremony that opens both is one: those at it are at it alone)
      neg('第五届临江博览会和临江投资峰会12日上午在临江开幕。副总理张建国出席开幕式并发表主旨演讲。'),
    ],
  },
  'attended.done': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'Someone who has just been at named meetings: 刚开完A、B，田卫说.',
    cases: [
      pos('刚开完全市经济工作会议，市长田卫说。', '田卫 → 全市经济工作会议:attended'),
      // two joined by 和 who attend it together (`会谈后，A和B还共同出席了…签字仪式`)
      pos('王明与临山国民议会议长阿卡拉举行会谈。会谈后，王明和阿卡拉还共同出席了临江议会与临山国民议会合作谅解备忘录的签字仪式。', '王明 → 签字仪式:attended', '阿卡拉 → 签字仪式:attended'),
      // (not the one who invites those who attend)
      neg('随后，各国驻华使节和机构代表应王明邀请出席了国庆招待会。'),
      // meetings joined by 和 are two, and plenums of one term share 届 and 全会 (十九届二中、三中全会)
      pos('刚开完党的十五大和全国金融工作会议，市长田卫说。', '田卫 → 党的十五大:attended', '田卫 → 全国金融工作会议:attended'),
      pos('刚开完十九届二中、三中全会，市长田卫说。', '田卫 → 党的十九届二中全会:attended', '田卫 → 党的十九届三中全会:attended'),
      neg('要学习习近平生态文明思想和全国生态环境保护大会精神，市长田卫说。'),
      // the party's plenum written without 党的 after another of its meetings is named as the party's (spec: one name)
      pos('刚开完党的二十大和二十届二中、三中全会，委员田卫说。', '田卫 → 党的二十大:attended', '田卫 → 党的二十届二中全会:attended', '田卫 → 党的二十届三中全会:attended'),
      // a verb before 党的… is no part of the plenum's name
      pos('刚参加完宣讲党的二十届三中全会，委员田卫说。', '田卫 → 党的二十届三中全会:attended'),
      neg('刚参加完宣讲活动，委员田卫说。'),
      // up to the next act of attending, which has a subject of its own
      neg('王明指出，上个月吴东总理刚刚来华出席了临江峰会，这个月总统女士又来华出席东岭论坛。'),
      // another session of the same body is another meeting (三次会议 / 第二十五次会议)
      pos('十三届全国人大常委会第二十五次会议22日在京闭幕。刚开完十三届全国人大三次会议，委员吴东说。', '吴东 → 十三届全国人大三次会议:attended'),
    ],
  },
  'attended.press-holder': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'One who holds a press conference himself speaks at it: X当天在…召开新闻发布会说, X举行记者会.',
    cases: [
      pos('临山国通讯部长王明当天在首都召开新闻发布会说，反对派烧毁了物资。', '王明 → 新闻发布会:attended'),
      pos('临山国外长刘海23日举行记者会，介绍有关情况。', '刘海 → 刘海记者会:attended'),
      // (not one named in what it is about: `就王明遇袭举行记者会`)
      neg('临山国政府当天就王明遇袭事件举行记者会。'),
    ],
  },
  'attended.press-answer': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'At a press conference reported, one named by his post who answers the question put before him is there: 如何…，临江省高级人民法院院长X表示; and one told taking the press\'s questions: …副厅长X答记者问.',
    cases: [
      pos('两会今天举行记者会|最高人民法院相关负责人在今天两会记者会上表示，执行难依然存在。\n如何处理曝光失信被执行人和保护隐私的关系，临江省高级人民法院院长王明表示，对于公开的内容严格限定在法律的范围之内。', '王明 → 两会记者会:attended'),
      // and one who takes the press's questions, told so right after his post and name (`…副厅长王明答记者问`)
      pos('临江省政府新闻办今天举行新闻发布会。省司法厅副厅长王明答记者问。', '王明 → 临江省政府新闻办新闻发布会:attended'),
      // (not one quoted outside the question and answer: `据报道，…院长王明表示`)
      neg('两会今天举行记者会|最高人民法院相关负责人在今天两会记者会上表示，执行难依然存在。\n据报道，临江省高级人民法院院长王明表示，对于公开的内容严格限定在法律的范围之内。'),
    ],
  },
  'attended.invited-lecturer': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'The one a meeting invites to lecture, report or explain a text attends it and speaks (本次报告会邀请…研究员X围绕…进行宣讲解读).',
    cases: [
      pos('11月17日，本区党的十九大精神辅导报告会在机关会议室举行。区委常委刘海主持报告会。本次报告会邀请临江社会科学院原副院长、研究员王明围绕党的十九大的主题，对党的十九大精神进行宣讲解读。', '王明 → 本区党的十九大精神辅导报告会:attended'),
      pos('市委理论学习中心组举行专题学习会。学习会特邀临江大学教授王明，围绕数字经济进行专题解读。', '王明 → 市委理论学习中心组专题学习会:attended'),
      // (not one invited only to attend, nor an invitation accepted)
      neg('全省经济工作会议召开。会议邀请临江大学教授王明出席并听取意见，会后他作了发言。'),
      neg('市委召开座谈会。应市委书记刘海邀请，王明就产业发展作了专题报告。'),
    ],
  },
  'attended.press-host': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'At a press conference reported, the one whose post is its host presides (新闻发布会主持人X), and so does the one a transcript labels so (主持人：…主任X).',
    cases: [
      pos('临江省政府新闻办今天举行新闻发布会。省政府新闻发言人王明介绍有关情况并回答记者提问。图为新闻发布会主持人刘海。', '刘海 → 临江省政府新闻办新闻发布会:presided'),
      pos('临江省政府新闻办今天举行新闻发布会。\n主持人：省委宣传部副部长、省政府新闻办主任刘海\n各位记者朋友，大家下午好。', '刘海 → 临江省政府新闻办新闻发布会:presided'),
      // (not the host of another programme, nor one at a meeting that is no press conference)
      neg('临江省经济工作会议今天召开。电视台节目主持人刘海参加会议。'),
    ],
  },
  'attended.sees-off': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'At a farewell ceremony reported, those who go to see the dead off are at it: A、B等省领导前往送别.',
    cases: [
      pos('王明同志遗体告别仪式在临江殡仪馆举行。刘海、吴东等省领导前往送别。', '刘海 → 王明同志遗体告别仪式:attended', '吴东 → 王明同志遗体告别仪式:attended'),
      // (not at a farewell one does not report: `…前往机场送别`)
      neg('临山国总统阿卡拉结束访问离京。外交部长王明前往机场送别。'),
    ],
  },
  'attended.elected-at': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'One elected at a meeting attends it: X在…代表大会上当选…',
    cases: [
      pos('临山国总统王明19日在临山共产党第八次全国代表大会上当选临共中央委员会第一书记。', '王明 → 临山共产党第八次全国代表大会:attended'),
      // (not one who says another was elected: `王明说，刘海在大会上当选…`)
      neg('会议期间，王明说，上次在大会上当选的委员都很称职。'),
    ],
  },
  'attended.spoke-at': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'A speech at a meeting is attendance: X在…会上讲话/强调/指出, and 在…会上，X强调 with the meeting fronted.',
    cases: [
      // a school's words to its students given there (`在毕业典礼上寄语毕业生时表示`), and a speech fronted as said in it (`在开学典礼致辞中，校长X寄语…`)
      pos('临江大学2017届毕业典礼今天举行。校长罗明山在毕业典礼上寄语毕业生时表示，要勇于担当。', '罗明山 → 临江大学2017届毕业典礼:attended'),
      pos('临江大学青岛校区今天举行首批学生开学典礼。在开学典礼致辞中，校长张荣山寄语首届新生。', '张荣山 → 首批学生开学典礼:attended'),
      // (what he proposes there is said there: `在…第十九次会议上，习近平主席倡议，…`)
      pos('在临江合作组织成员国元首理事会第十九次会议上，王明主席倡议，各方携手合作。', '王明 → 临江合作组织成员国元首理事会第十九次会议:attended'),
      // an activity's ceremony named bare is the one of the activity the text says was held (`…国家主场活动5日在…举行。…在活动开幕式上…`)
      pos('2022年临江环境日主场活动5日在临江市举行。国务院副总理王明在活动开幕式上宣读了贺信并讲话。', '王明 → 2022年临江环境日主场活动开幕式:attended'),
      // (not one who tells of the speech of the one he addresses, by his post and 先生: `X表示，我认真聆听了主席先生昨天晚上在…峰会上的讲话`)
      neg('国家主席王明同临山国总统刘海通电话。刘海表示，我认真聆听了主席先生昨天晚上在二十国集团领导人特别峰会上的讲话。'),
      // (and where the speech is told inside the meeting, `在与军方的高层会议中宣布`)
      pos('临山国总统王明23日在与军方的高层会议中宣布，关闭边境。', '王明 → 高层会议:attended'),
      // (the one whose speech it is, after 到 too: `要把思想统一到习远平总书记在…大会上的重要讲话精神上来`, not the sentence's subject)
      pos('市长刘海在临江调研时指出，要把思想统一到习远平总书记在临江开发开放30周年庆祝大会上的重要讲话精神上来。', '习远平 → 临江开发开放30周年庆祝大会:attended'),
      // a report given there, named as what is published (`播发X同志在…全体会议上的工作报告`)
      pos('新华社11日播发王明同志在中国共产党临江省第十九届纪律检查委员会第二次全体会议上的工作报告。', '王明 → 中国共产党临江省第十九届纪律检查委员会第二次全体会议:attended'),
      // what it was said of between, after a comma or not (`在…记者会上，对这一记录表示满意`)
      pos('临江市统计局局长王明在6日举行的记者会上，对这一数据表示满意。', '王明 → 临江市统计局记者会:attended'),
      // a report one gave there, cited by the book it is printed in (`王明同志…在中国共产党第二十次全国代表大会上所作的报告`)
      pos('王明同志2022年10月16日在临江省第十次党代会上所作的报告，已由临江出版社出版。', '王明 → 临江省第十次党代会:attended'),
      // (not one who tells of another's: `X表示，我…认真学习了您在…上所作的报告`)
      neg('阿卡拉表示，我本人认真学习了您在临江省第十次党代会上所作的报告。'),
      // a speech by video named as what the reaction is to (`…在…开幕式上的视频主旨演讲，引发与会嘉宾热烈反响`)
      pos('国家主席王明在第二届临江国际博览会开幕式上的视频主旨演讲，引发与会嘉宾热烈反响。', '王明 → 第二届临江国际博览会开幕式:attended'),
      // a speech at an opening ceremony told as the frame of what it said (`在…博览会开幕式演讲中强调`)
      pos('刘海说，王明主席在首届临江国际博览会开幕式演讲中强调，开放的大门只会越开越大。', '王明 → 首届临江国际博览会开幕式:attended'),
      // (how it was said between, `在座谈会上深情回顾了`; and what one owns up to there, `在…听证会上承认`)
      pos('纪念临江同志诞辰100周年座谈会10日在京举行。王明在座谈会上深情回顾了临江同志的一生。临山国助理国务卿阿卡拉在临山国参议院听证会上承认，临山国支持此事。', '王明 → 纪念临江同志诞辰100周年座谈会:attended', '阿卡拉 → 临山国参议院听证会:attended'),
      // a verb of urging or warning is one of speech (`在…举行的记者招待会上，劝告伊拉克…`)
      pos('临山国秘书长阿卡拉１２日在这里举行的记者招待会上，劝告东岭国遵守决议。', '阿卡拉 → 阿卡拉记者招待会:attended'),
      // a speech planned is none given (`将通过视频方式在峰会上致辞`)
      neg('2023年临江服务贸易峰会9月2日在京举行。国家主席王明将通过视频方式在峰会上致辞。'),
      // (each occasion's own meeting only: not 全国两会 of `在听取全国两会筹备工作汇报时`)
      neg('会议传达学习王明总书记在听取临江两会筹备情况时、在临江调研时的重要讲话精神。'),
      // one speech cited over a chain of occasions joined by 、 was given at each (`在A时、在B上、在C上的重要讲话精神`)
      pos('会议传达学习王明同志在临江市委集体学习时、在临江市委十二届三次全会上、在全市经济工作会议上的重要讲话精神。', '王明 → 临江市委十二届三次全会:attended', '王明 → 全市经济工作会议:attended'),
      // a summing-up speech as the meeting closes (`在…会议闭幕前的总结发言中`)
      pos('国家体委副主任王明今天在全国临江工作会议闭幕前的总结发言中，要求全面认识体育工作。', '王明 → 全国临江工作会议:attended'),
      // a sitting of the session named back (`在全体会议上`), and a report of one's work (`作了口头述职`)
      pos('省人大常委会第十一次会议召开。省民政厅厅长王明在全体会议上作了口头述职。', '王明 → 省人大常委会第十一次会议:attended'),
      // praise given at it is spoken there (`在今天闭幕的…工作会议上，肯定了…`)
      pos('临江石油公司工作会议今天在京闭幕。国务院副总理邹家明在今天闭幕的临江石油公司工作会议上，肯定了公司的工作。', '邹家明 → 临江石油公司工作会议:attended'),
      // a press conference one speaks at, named by the body his post is in (`外交部发言人X今天在记者招待会上宣布`)
      pos('外交部发言人沈国明今天在记者招待会上宣布，临山国总统将访华。', '沈国明 → 外交部记者招待会:attended'),
      pos('世界银行副行长鲍泰山先生今天下午在京举行的记者招待会上指出，亚洲经济正在恢复。', '鲍泰山 → 世界银行记者招待会:attended'),
      // what is signalled at it is spoken there (`在博鳌亚洲论坛2018年年会上发出了…信号`)
      pos('临江国主席张建国在临江论坛2018年年会上发出了扩大开放的信号。', '张建国 → 临江论坛2018年年会:attended'),
      // a forum's name right before 发表讲话, no 上 (`在华盛顿国家政策论坛发表讲话`)
      pos('临山国国务卿阿卡拉6日在华盛顿临江政策论坛发表讲话，阐述对华政策。', '阿卡拉 → 华盛顿临江政策论坛:attended'),
      // (a 新闻发布会 too, whole as it is named; what is disclosed there is spoken; a cleft sentence's 这是 is no part of the body)
      pos('这是临江清查委员会主席张建国昨天在此间举行的新闻发布会上披露的。', '张建国 → 临江清查委员会新闻发布会:attended'),
      // two speakers joined by 和 after 同志 (`张庆黎同志和张庆伟同志在…会议上发表了重要讲话`)
      pos('全省领导干部会议28日在临江召开。张庆明同志和张庆华同志在全省领导干部会议上发表了重要讲话。', '张庆明 → 全省领导干部会议:attended', '张庆华 → 全省领导干部会议:attended'),
      // a comma between the meeting and the speech verb (`今天在…理事会上，要求广大法学工作者…`)
      pos('临江法学会会长张建国今天在临江法学会四届二次理事会上，要求广大法学工作者积极投身改革。', '张建国 → 临江法学会四届二次理事会:attended'),
      // 宣布 is a speech there too (`在刚刚结束的全国林业计划会议上，林业部部长陈耀邦郑重宣布`)
      pos('在刚刚结束的全国林业计划会议上，林业部部长张建国郑重宣布，今年将加快造林。', '张建国 → 全国林业计划会议:attended'),
      // a bare 座谈会 of a trip named by the place the trip went to, whether 深入ed, come to (来) by a bare name the
      // dictionary knows, or looked into (`来到进贤县，对该县…进行调研`)
      pos('昨日下午，副市长王明一行来到进贤县，对该县经济社会发展情况进行调研。在随后的座谈会上，王明指出，要深入分析原因。', '王明 → 进贤县座谈会:attended'),
      // a leader's instructions passed on (传达) at a fronted meeting: a speech there
      pos('在今天召开的临江石油总公司工作会议上，王明总经理传达了国务院副总理刘海日前听取总公司工作汇报时的要求。', '王明 → 临江石油总公司工作会议:attended'),
      // a welcome given on behalf of bodies at a meeting fronted before its speaker (`王靖代表区委、区政府对…表示热烈欢迎`), a
      // middle dot between the two parties in its name; a report made (汇报) at a bare 座谈会 of the trip
      pos('在临江区·临山市对口合作工作座谈会上，王明代表区委、区政府对代表团一行的到来表示热烈欢迎。', '王明 → 临江区·临山市对口合作工作座谈会:attended'),
      pos('12月16日上午，副市长王明一行到临江县调研。在随后召开的座谈会上，县长刘海向王明汇报了工作。', '刘海 → 临江县座谈会:attended'),
      // the main meeting named back with its day (`在当天的会议上表示`)
      pos('全市安全工作会议21日在临江召开。市长张建国在会上讲话。副市长刘海也在当天的会议上表示，要加强监管。', '刘海 → 全市安全工作会议:attended'),
      // a meeting fronted after its day (`4日在…举行的…年会上，X称…`)
      pos('4日在临江举行的全市工作会议上，市长刘海称，要加强合作。', '刘海 → 全市工作会议:attended'),
      // a speech at the meeting named by 的 (`在…会议的讲话中谈到`), or by video; one let out (透露) there; 讲了话 at the meeting named back
      pos('全市训练工作会议昨天在临江开幕。市体育局局长张建国是在全市训练工作会议的讲话中谈到这一措施的。', '张建国 → 全市训练工作会议:attended'),
      pos('全市训练工作会议昨天在临江开幕。市体育局副局长刘海在此间召开的全市训练工作会议上透露，今年将改革。', '刘海 → 全市训练工作会议:attended'),
      pos('全市农村工作会议今天在临江闭幕。副市长刘海在会议上讲了话。', '刘海 → 全市农村工作会议:attended'),
      pos('临江贸促会建会70周年大会今天举行。市长张建国在临江贸促会建会70周年大会视频致辞中指出，要加强合作。', '张建国 → 临江贸促会建会70周年大会:attended'),
      // a speech cited by an earlier meeting is no attendance at it
      neg('全市农业工作会议今天在临江召开。会议指出，市委书记张建国在市委全会的讲话中强调要加强农业。'),
      // a course's closing, named by the course (`在结业式上作总结讲话`)
      pos('省部级主要领导干部专题研讨班26日至27日在京举行。刘海在结业式上作总结讲话。', '刘海 → 省部级主要领导干部专题研讨班结业式:attended'),
      // a written instruction on a request about a meeting is no speech at it
      neg('全市防汛工作会议今天召开。副市长吴东在召开全市防汛工作会议的请示报告上作了重要批示。'),
      // a speech that looks back (`在座谈会上回顾了…的一生`)
      pos('纪念吴东同志诞辰100周年座谈会今天在临江举行。张建国在座谈会上回顾了吴东同志光辉的一生。', '张建国 → 纪念吴东同志诞辰100周年座谈会:attended'),
      // a meeting whose speech is studied is an earlier one, not the reported one of a like name
      pos('临江民营企业家迎春座谈会今天召开。会上，大家学习市委书记张建国在临江民营企业座谈会上的重要讲话精神。', '张建国 → 临江民营企业座谈会:attended'),
      pos('市委书记张建国在全市经济工作会议上强调，要稳增长。', '张建国 → 全市经济工作会议:attended'),
      pos('市委今天在临江召开全市民政工作座谈会，市委副书记吴东在会上提出，要做好民政工作。', '吴东 → 全市民政工作座谈会:attended'),
      neg('市委书记张建国在调研时强调，要稳增长。'),
      // commemorating and recalling are speeches; 在招待会致辞中说 names the main meeting by its head
      pos('纪念某某同志诞辰100周年座谈会1日在京举行。全国政协副主席吴东在座谈会上缅怀了某某同志的一生。', '吴东 → 纪念某某同志诞辰100周年座谈会:attended'),
      pos('市政府今天在临江举行迎春招待会。市政府秘书长郑立在招待会致辞中说，过去一年很不平凡。', '郑立 → 市政府迎春招待会:attended'),
      neg('全市民政工作会议今天召开。市长刘海在调研时回忆了往事。'),
      // a plenum named by a verb phrase (深刻理解全会) is none; a forum's 永久会址 is a site
      neg('全市民政工作会议今天召开。市长田卫在深刻理解全会精神的基础上讲话。'),
      neg('市长田卫在参观某某论坛永久会址上讲话。'),
      // 介绍 and 分析 are speeches; what the speech is about may stand between (在…会议上就此分析时认为)
      pos('全市建设工作会议今天在临江举行。市建设局局长吴东在会上介绍了今年的主要任务。', '吴东 → 全市建设工作会议:attended'),
      pos('副市长吴东日前在临江市经济工作会议上就此分析时认为，增长来自改革。', '吴东 → 临江市经济工作会议:attended'),
      neg('全市建设工作会议今天在临江举行。市长吴东在调研时介绍了今年的主要任务。'),
      // 致词 is 致辞; with no main meeting, 在致词中 is a speech at the occasion just spoken at
      pos('王明与临山国国防部长阿巴斯今天在临江签署了合作协定。王明在签字仪式上致词说：『这是好事。』阿巴斯在致词中表示：这是第一个协定。', '王明 → 签字仪式:attended', '阿巴斯 → 签字仪式:attended'),
      neg('王明与临山国国防部长阿巴斯今天在临江签署了合作协定。阿巴斯在致词中表示：这是第一个协定。'),
      // one speech over a list of meetings is at each
      pos('市长吴东指出，市委书记张建国在全市经济工作会议、全市农村工作会议等会议上发表重要讲话。', '张建国 → 全市经济工作会议:attended', '张建国 → 全市农村工作会议:attended'),
      // the meeting fronted before the speaker's clause (`在…部署会上，X强调`), also with the post between
      pos('在临江市防汛工作动员部署会上，张建国强调，要压实责任。', '张建国 → 临江市防汛工作动员部署会:attended'),
      pos('全市防汛工作会议今天召开。在会上，市委书记、市长吴东指出，要压实责任。', '吴东 → 全市防汛工作会议:attended'),
      // a speech about the meeting, not at it, and a clause with no speaker first
      neg('在临江市防汛工作动员部署会上，大家认为，市长张建国的讲话很重要。'),
      // a trip's bare 座谈会 named by the industrial park the trip went to (深入X工业园企业开展…活动)
      pos('7月5日，县委书记王明深入临江工业园企业开展“四送一服”活动。在随后召开的座谈会上，王明强调，要抓好项目建设。', '王明 → 临江工业园座谈会:attended'),
      // a speech a sitting puts one forward to give (推举/推选/决定由) is none given yet
      neg('会议推举十二届全国政协主席王明在全国政协十三届一次会议上作常委会工作报告。'),
      // (one a modifier says was put forward, 推选的, speaks: PUT_FORWARD only right before the speaker)
      pos('由全体职工推选的职工代表王明在公司第三届职工代表大会上发言。', '王明 → 公司第三届职工代表大会:attended'),
      // a keynote given there (`在…对话会上的主旨讲话`)
      pos('张建国主席在临江领导人对话会上的主旨讲话引发各界热烈反响。', '张建国 → 临江领导人对话会:attended'),
      // a press conference by its kind (`在年度大型记者会上`, `在例行记者会上`): the bare one, named by the speaker or his body
      pos('临山国总统阿卡拉23日在年度大型记者会上表示，两国关系达到前所未有的水平。', '阿卡拉 → 阿卡拉记者会:attended'),
      pos('外交部发言人王明在例行记者会上表示，中方欢迎。', '王明 → 外交部记者会:attended'),
      // thanks given there are said there (`在记者招待会上感谢…`)
      pos('临江工程师协会主席王明１９日在记者招待会上感谢刘海总统作出的上述决定。', '王明 → 王明记者招待会:attended'),
    ],
  },
  'attended.speaker': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'Speakers of the article\'s meeting attend it: X、Y先后发言; 会议听取了X的说明; X作报告/致辞.',
    cases: [
      // a workers' congress's agenda: reports named in quotes (`总经理X作公司“工作报告”`), 做 for 作 (`董事长Y做了两个多小时的讲话`,
      // `院长Z做了工作报告`); a body's meeting named by its year alone, named by the body (`临江集团召开2018年工作会议`)
      pos('3月1日，临江集团召开2018年工作会议。总经理张宏作公司“工作报告”，财务总监高凌作公司“财务工作报告”。之后董事长李西中做了两个多小时的讲话。然后院长于春荣做了工作报告。', '张宏 → 临江集团2018年工作会议:attended', '高凌 → 临江集团2018年工作会议:attended', '李西中 → 临江集团2018年工作会议:attended', '于春荣 → 临江集团2018年工作会议:attended'),
      // one who sets out what is asked of those at it or gives his views and advice (`…省长X作具体要求`, `…组长Y提出指导意见`,
      // `A、B分别就…提出意见和建议`)
      pos('11月23日，省委召开疫情防控专题会。省委书记王明主持会议并讲话，省长刘海作具体要求。工作组组长张建国提出指导意见。市领导李华、赵东分别就卡点设置提出意见和建议。', '刘海 → 疫情防控专题会:attended', '张建国 → 疫情防控专题会:attended', '李华 → 疫情防控专题会:attended', '赵东 → 疫情防控专题会:attended'),
      // (not the views of others one hears: `听取了群众提出的意见`)
      neg('1月26日，市委召开座谈会。王明认真听取了群众提出的意见。'),
      // (nor a leader's instructions told at it: `习近平总书记…，对…等提出明确要求`)
      neg('8月8日，国务院召开常务会议。会议强调，王明总书记始终牵挂受灾群众，多次作出重要指示，对抢险救灾等提出明确要求。'),
      // the meeting named back by the day or the evening (`当晚联谊会上，X致辞`)
      pos('市政协举行迎春联谊会。主席王明出席。当晚联谊会上，副主席刘海致辞。', '刘海 → 市政协迎春联谊会:attended'),
      // a counted dialogue of parties held as a meeting (`第十届中美政党对话在北京举行`)
      pos('第十届中临政党对话在北京举行，中联部部长王明出席开幕式并发表讲话。', '王明 → 第十届中临政党对话:attended'),
      // one who lectures to those at it on a spirit, the lecture's topic between (`会后，…X为与会人员作党的二十届四中全会精神宣讲报告`)
      pos('11月25日，临江区召开宣讲工作动员培训会。动员会后，市委宣讲团成员王明为与会人员作党的二十届四中全会精神宣讲报告。', '王明 → 宣讲工作动员培训会:attended'),
      // (not a spokesman by his post: `外交事务发言人X`)
      neg('临江议会举行全体会议。议长阿卡拉，工党领袖、外交事务发言人巴里出席。'),
      // those who convey, explain and report on its topics together (`就有关议题作了传达、说明和汇报`)
      pos('政协临江市委员会第四十八次主席会议14日举行，市政协主席王明主持会议并讲话。市政协副主席张建国、李华等就有关议题作了传达、说明和汇报。', '张建国 → 政协临江市委员会第四十八次主席会议:attended', '李华 → 政协临江市委员会第四十八次主席会议:attended'),
      // (not a leader's speeches the presider speaks of, given elsewhere: `就政协工作发表的一系列重要讲话`)
      neg('政协临江市委员会第四十八次主席会议14日举行，市政协主席王明主持会议。王明指出，刘海总书记就政协工作发表的一系列重要讲话，为政协工作提供了科学指引。'),
      // one who presents his side's work there (`会上，X介绍了…工作情况`)
      pos('临江区与临山县对口帮扶工作交流对接会今天召开。会上，孙立明介绍了临山县脱贫攻坚工作情况。', '孙立明 → 临江区与临山县对口帮扶工作交流对接会:attended'),
      // one who speaks at its bare head right before the speech (`在酒会致辞时`)
      pos('临江新闻界国庆酒会今天举行。筹备委员会主席张国明在酒会致辞时表示，各界应该参与国家的发展。', '张国明 → 临江新闻界国庆酒会:attended'),
      // the host who greets the guests on his body's behalf at its reception speaks there (`代表…向在京定居的台胞致以节日的问候`)
      pos('临江市委统战部今天举行台胞迎春招待会。张建国副部长代表市委统战部向在临江定居的台胞致以节日的问候。', '张建国 → 临江市委统战部台胞迎春招待会:attended'),
      // a study session's members who share what they learned, lead the study or report on the meeting (`A、B，分别就…与大家作了
      // 交流分享`, `X带领大家学习了…`, `X在会上做了…情况汇报`)
      pos('11月26日下午，临江学院召开党委理论中心组学习会。学院党委宣传委员刘海、教工党支部书记吴东，分别就学习公报的心得体会与大家作了交流分享。组织部部长张丽带领大家学习了有关文件精神。总经理王明在会上做了第一季度生产经营、财务数据情况汇报。',
        '刘海 → 党委理论中心组学习会:attended', '吴东 → 党委理论中心组学习会:attended', '张丽 → 党委理论中心组学习会:attended', '王明 → 党委理论中心组学习会:attended'),
      neg('11月26日下午，临江学院召开党委理论中心组学习会。他希望刘海带领大家学习好文件。'),
      // those who explain or read out a document at the meeting, and the one who closes it with his views (`会上，副乡长X解读《…》；
      // …Y同志宣读《…》。最后，乡长Z讲意见。`)
      pos('10月18日，临江乡村“两委”换届工作动员部署会议在乡综合会议室举行。会上，副乡长刘海解读《临江乡村“两委”换届选举工作方案》；乡纪委书记吴东同志宣读《换届纪律要求》。最后，乡长张丽讲意见。',
        '刘海 → 临江乡村两委换届工作动员部署会议:attended', '吴东 → 临江乡村两委换届工作动员部署会议:attended', '张丽 → 临江乡村两委换届工作动员部署会议:attended'),
      // (and the one who gives the eulogy at a farewell, `镇党委书记X致悼词`)
      pos('王明同志遗体告别仪式在临江殡仪馆举行。镇党委书记张丽致悼词。', '张丽 → 王明同志遗体告别仪式:attended'),
      // (not an author named inside a book's title the meeting studies: `学习了…《王明谈治国理政》…等，传达了…`)
      neg('临江学院召开党委理论学习中心组学习会。会议集中学习了王明总书记对规划编制工作作出的重要指示和《王明谈治国理政》第五卷文章《以教育之强夯实国家富强之基》等，传达了省委全会精神。'),
      // the one entrusted by a body who explains a draft (`X受省委委托，就…作了说明`), not the body's entrusting
      pos('省政协十三届一次会议举行预备会议。王明受省委委托，就政协委员名单作了说明。刘海就有关事项作了说明。', '王明 → 省政协十三届一次会议预备会议:attended', '刘海 → 省政协十三届一次会议预备会议:attended'),
      // a summing-up speech (`在总结讲话中表示`)
      pos('临江机关党的建设工作会议9日召开。王明出席会议并讲话。中央书记处书记刘海在总结讲话中表示，要认真学习领会。', '王明 → 临江机关党的建设工作会议:attended', '刘海 → 临江机关党的建设工作会议:attended'),
      // advice given at a discussion is a speech there (`座谈会上，A、B等代表、委员积极建言献策`)
      pos('省政府在临江召开座谈会。座谈会上，王明、刘海等代表、委员和有关负责人积极建言献策。', '王明 → 省政府座谈会:attended', '刘海 → 省政府座谈会:attended'),
      // a press conference's speakers who present a document or answer questions there (`会上，…介绍了《…条例》起草过程`, `…介绍情况，并回答记者提问`)
      pos('临江市人大常委会今天举行新闻发布会。会上，法工委主任王明介绍了《临江市文明行为促进条例》起草过程。', '王明 → 临江市人大常委会新闻发布会:attended'),
      // (the press at home and abroad: `发布会上，A、B还分别回答了国内外记者的提问`)
      pos('国务院新闻办公室今天举行新闻发布会。发布会上，王明、刘海还分别回答了国内外记者的提问。', '王明 → 国务院新闻办公室新闻发布会:attended', '刘海 → 国务院新闻办公室新闻发布会:attended'),
      pos('国务院新闻办公室今天举行新闻发布会。在今天的发布会上，省委书记王明，省长刘海介绍情况，并回答记者提问。', '王明 → 国务院新闻办公室新闻发布会:attended', '刘海 → 国务院新闻办公室新闻发布会:attended'),
      // one who reads out the draft resolution the plenum adopts (`县委常委、县委办主任王明同志宣读…全会决议（草案）`)
      pos('中共临江县委十一届十四次全体会议召开。县委常委、县委办主任王明同志宣读县委十一届十四次全会决议（草案）。', '王明 → 中共临江县委十一届十四次全体会议:attended'),
      // an inspection group's leader who expounds its work and lays out its tasks at the meeting it holds (`深刻阐述了…`, `就…进行了全面动员部署`)
      pos('区委第一巡察组巡察临江镇党委工作动员会召开。会上，区委第一巡察组组长李虎同志深刻阐述了巡察工作的重要意义。', '李虎 → 区委第一巡察组巡察临江镇党委工作动员会:attended'),
      pos('市委第三巡察组巡察临山中心工作动员会召开。会上，组长王明就巡察工作的目的、任务等方面进行了全面动员部署。', '王明 → 市委第三巡察组巡察临山中心工作动员会:attended'),
      // those who lead the study of a text at a study session speak there (`分别领学了《条例》`); a ceremony of a project's
      // works named by the project that holds it (`临江大桥项目…举行开工仪式`)
      pos('临江区委理论学习中心组举行集体学习会。区委书记王明主持会议。区委副书记刘海、李华分别领学了《条例》。', '刘海 → 临江区委理论学习中心组集体学习会:attended', '李华 → 临江区委理论学习中心组集体学习会:attended'),
      pos('由中企承建的临江大桥项目19日在临山首都举行开工仪式。临山首相阿卡拉出席并致辞。', '阿卡拉 → 临江大桥项目开工仪式:attended'),
      // the meeting's own clause, then one who gives a keynote there, by video or not (`…开幕式20日在…举行，国家主席X以视频方式发表题为《…，…》的主旨演讲`)
      pos('临江论坛2021年年会开幕式20日上午在临江举行，国家主席王明以视频方式发表题为《同舟共济，共创未来》的主旨演讲。', '王明 → 临江论坛2021年年会开幕式:attended'),
      // (a speech given at it, by video or not, in a later paragraph; the one who reads out a letter named the sentence before:
      // `首先宣读了…的贺信。…副总理X宣读。`)
      pos('临江博览会开幕式19日在临江举行。开幕式上，首先宣读了国家主席王明致临江博览会的贺信。国务院副总理刘海宣读。临山国总统阿卡拉、匈牙利总理欧尔班发表视频演讲。',
        '刘海 → 临江博览会开幕式:attended', '阿卡拉 → 临江博览会开幕式:attended', '欧尔班 → 临江博览会开幕式:attended'),
      // (the sentence of the meeting held may open with its day: `10月18日，督察进驻动员会在成都召开，督察组组长X强调`; a speech
      // at another meeting the article names is that one's: `…主席X在高峰论坛开幕式上发表主旨演讲`)
      pos('中央督察组近日进驻临江省。10月18日，督察进驻动员会在临江召开，督察组组长王明强调，要找准突出问题。', '王明 → 督察进驻动员会:attended'),
      neg('临江数字经济论坛18日在临江举行。今天，国家主席王明在临江高峰论坛开幕式上发表主旨演讲，提出了殷切期盼。'),
      // (a guest's reply of thanks at a ceremony, `…议长X致感谢答辞`)
      pos('临江大楼落成仪式5日在临山举行。临山国议会上院议长阿卡拉致感谢答辞。', '阿卡拉 → 临江大楼落成仪式:attended'),
      // the one a lecture is named by gives it (`举办李政道教授报告会`); not one whose deeds a lecture tells (`张桂梅事迹报告会`)
      pos('临江科技馆昨天举办刘海教授报告会。刘教授说，科学与艺术相通。', '刘海 → 刘海教授报告会:attended'),
      neg('全市举办王明同志事迹报告会。'),
      // (each of a chain of reports the meeting heard, 作的 or 所作的: `会议分别听取了A作的…报告，B作的…报告，C作的…报告`)
      pos('临江省人大常委会第三十五次会议21日在临江举行。会议分别听取了省财政厅厅长王明作的关于决算的报告，法制委员会副主任委员刘海作的关于条例草案修改情况的报告，教科文卫委员会主任委员张华作的关于执法检查的报告。',
        '王明 → 临江省人大常委会第三十五次会议:attended', '刘海 → 临江省人大常委会第三十五次会议:attended', '张华 → 临江省人大常委会第三十五次会议:attended'),
      // (and one who 作了介绍 at a press conference: `…副主任刘海就全会情况作了介绍`)
      pos('中共中央19日举行新闻发布会。中央宣传部副部长王明主持会议。中央政策研究室副主任刘海就全会情况作了介绍。', '刘海 → 新闻发布会:attended'),
      // (not those the meeting calls on or hopes to give advice: `会议号召张华等广大党员干部积极建言献策`)
      neg('省政府在临江召开座谈会。会议号召张华等广大党员干部积极建言献策。'),
      // the meeting's view of a speech it studies, given elsewhere (`会议认为，X总书记在讲话中深刻阐明了…`)
      neg('临江省委常委会9日召开会议，学习王明总书记的重要讲话。会议认为，王明总书记在讲话中深刻阐明了改革的重大意义。'),
      // a speech to another session, named, is not at this one (`…第七次会议闭幕。…委托X副委员长向十四届全国人大二次会议作说明`)
      neg('临江省人大常委会第七次会议今天闭幕。会议决定将修订草案提请临江省人大二次会议审议，并委托王明副主任向临江省十四届人大二次会议作说明。'),
      // a speech planned is none given: an item that announces a meeting (`将于…出席…；届时，X总理将发表致辞`)
      neg('国务院总理王明将于9月15日出席临江经济论坛对话会。届时，王明总理将发表致辞并同与会企业家对话交流。'),
      // a report of a body's work named whole (`作省政协常务委员会工作报告`)
      pos('临江省政协十二届二次会议在临江开幕。省政协主席张建国作省政协常务委员会工作报告。', '张建国 → 临江省政协十二届二次会议:attended'),
      // a bare 工作会 a whole city's sector holds is named by it (`全市宣传战线召开工作会`); a lecture given (`作…专题辅导`) is a speech
      pos('21日，全市宣传战线召开工作会。市委常委、宣传部部长王明出席并讲话。', '王明 → 全市宣传战线工作会:attended'),
      pos('全市法治工作会议23日召开。会议邀请了市人大常委会法工委主任刘海作立法专题辅导。', '刘海 → 全市法治工作会议:attended'),
      // the author of a written address read out, or of a written speech handed in, is not there (`宣读…总统卡马斯的书面致辞`)
      pos('临江论坛今天开幕。临山国第一副总理帕尔米多在开幕式上宣读临山国总统卡马斯的书面致辞。市长刘海提交了书面发言。', '帕尔米多 → 临江论坛:attended'),
      // a speaker who lays out the work to do (`作工作布置`, as `作工作部署`)
      pos('全市宣传工作会议7日在临江召开。市委书记王明出席会议并讲话。市委常委、宣传部部长刘海作工作布置。', '王明 → 全市宣传工作会议:attended', '刘海 → 全市宣传工作会议:attended'),
      // each report a meeting heard, 听取 after 听取 (`听取了A作的…报告，听取了B作的…报告`)
      pos('临江省人大常委会第六次会议今天闭幕。会议听取了法制委副主任委员刘海作的关于临江条例草案审议结果的报告，听取了法制委副主任委员王明作的关于临山条例草案审议结果的报告。', '刘海 → 临江省人大常委会第六次会议:attended', '王明 → 临江省人大常委会第六次会议:attended'),
      // a session's members named by name and 常委, each proposing (`易纲常委建议，…`): speakers at it
      pos('全国政协十三届常委会第十次会议在京召开。易明常委建议，加快金融改革。蔡冠山常委建议，支持港澳发展。', '易明 → 全国政协十三届常委会第十次会议:attended', '蔡冠山 → 全国政协十三届常委会第十次会议:attended'),
      // a joint meeting by its short head (联席会)
      pos('昨天，京津冀三省市常务副省(市)长联席会以视频方式召开。北京市常务副市长王明出席会议并讲话。', '王明 → 京津冀三省市常务副省(市)长联席会:attended'),
      // those who agree in their speeches (`X、Y等代表在发言中一致赞成…`)
      pos('3月5日下午，临江代表团举行全体会议。刘海、吴东等代表在发言中一致赞成政府工作报告。', '刘海 → 临江代表团全体会议:attended', '吴东 → 临江代表团全体会议:attended'),
      // at one of a session's delegations (`在龙岩代表团，X、Y等代表先后发言`): at the session named before
      pos('省长王明来到省十三届人大一次会议临江代表团，参加审议。在临江代表团，刘海、吴东等代表先后发言。', '刘海 → 省十三届人大一次会议:attended', '吴东 → 省十三届人大一次会议:attended'),
      neg('省长王明来到临江市调研。在临江代表团，刘海、吴东等代表先后发言。'),
      // (in an article with no date too: `全省文化工作会议在长沙召开。…X作了报告`)
      undated(pos('全省文化工作会议在临江召开。省文化厅厅长王明作了工作报告。', '王明 → 全省文化工作会议:attended')),
      // a report or a summary by its year or its title (`作了1997年双拥工作总结`, `向大会作《政府工作报告》`, `作了题为《…》的工作报告`,
      // `作了关于…的审计工作报告`); the 作 of 工作 is none (`审议张建国总理作的《政府工作报告》`: no speaker here)
      pos('全国双拥工作电视电话会议今天召开。民政部部长王明代表全国双拥工作领导小组作了1997年双拥工作总结。', '王明 → 全国双拥工作电视电话会议:attended'),
      pos('临江市第十八届人民代表大会第一次会议今天开幕。王明代表市人民政府向大会作《政府工作报告》。', '王明 → 临江市第十八届人民代表大会第一次会议:attended'),
      pos('临江市人大常委会第三次会议26日开幕。审计局局长王明作了关于2022年度预算执行的审计工作报告。', '王明 → 临江市人大常委会第三次会议:attended'),
      pos('临江市第十一次归侨侨眷代表大会31日开幕。主席团常务主席王明代表市侨联第十届委员会向大会作了题为《团结凝聚广大归侨侨眷》的工作报告。', '王明 → 临江市第十一次归侨侨眷代表大会:attended'),
      neg('3月5日下午，十二届全国人大五次会议临江代表团举行全体会议，审议张建国总理作的《政府工作报告》。'),
      // a report on a body's work to the session (`代表…常务委员会向大会报告工作`)
      pos('3月4日下午，全国政协十三届四次会议开幕会在北京举行。全国政协主席王明代表政协第十三届全国委员会常务委员会向大会报告工作。', '王明 → 全国政协十三届四次会议:attended'),
      // one who speaks after a bare head of the report's meeting (`座谈会上，X指出`), the meeting named by the trip's
      // place (`赴三台县开展…督导工作`)
      pos('14日，市政协主席王明带队赴三台县开展“下沉摸实情”督导工作。王明一行深入三台县藤椒产业园察看。座谈会上，王明指出，要深化认识。', '王明 → 三台县座谈会:attended'),
      // each who made a report the meeting heard (`会议分别听取了A所作的关于…的汇报，B所作的关于…的说明`)
      pos('省十二届人大常委会第十七次会议25日在南昌举行。会议分别听取了省人大法制委副主任委员王明所作的关于条例草案修改情况的汇报，省公安厅副厅长刘海所作的关于办法修正案草案的说明，省文化厅厅长吴东所作的关于遗产条例草案的说明。', '王明 → 省十二届人大常委会第十七次会议:attended', '刘海 → 省十二届人大常委会第十七次会议:attended', '吴东 → 省十二届人大常委会第十七次会议:attended'),
      // those a clause on the meeting lists, each with his post, who give their views there (`会上，民革市委会主委A、…，就…提出修改建议`)
      pos('12月28日下午，市长刘海主持召开党外人士座谈会，听取意见建议。会上，民革临江市委会主委王明、民盟临江市委会副主委吴东，就科技创新等内容提出修改建议。', '王明 → 党外人士座谈会:attended', '吴东 → 党外人士座谈会:attended'),
      // the guests of a 会见 before the speech do not give it: their host does (`…会见了A、B，并在会上致辞`)
      pos('临江教育合作分委会第三次会议26日在临江举行。其间，刘海还会见了临山国副总理扎尔科、部长卡尔边科，并在会上致辞。', '刘海 → 临江教育合作分委会第三次会议:attended'),
      // a speech named by its speaker and its meeting, what goes on after it its own (`…在…座谈会上的重要讲话，全面总结了…，深入分析了…`)
      neg('省委常委会召开会议。会议指出，张建国总书记在第三次全市工作座谈会上的重要讲话，全面总结了工作成效，深入分析了当前形势。'),
      // one who reports on business to the meeting (`秘书长X汇报了…议程草案`) speaks there; not one the meeting hears, nor one
      // who tells a leader of his life on a visit (`和总书记汇报了现在的幸福生活`)
      pos('8日，十四届临江市人大常委会第二次主任会议在临江举行。常委会秘书长刘海汇报了常委会第四次会议议程草案。', '刘海 → 十四届临江市人大常委会第二次主任会议:attended'),
      neg('8日，临江市委召开座谈会。回迁居民吴东和张建国总书记汇报了现在的幸福生活。'),
      // a leader's speech studied with a plenum's spirit (`传达学习党的…全会精神和X总书记重要讲话`) is no speech here
      neg('11月9日，省委统战部召开统一战线座谈会，传达学习党的十八届五中全会精神和张建国总书记重要讲话，作出安排部署。'),
      // the heads of committees who each report on their work (`…主任X、…主任Y，分别汇报了本委员会…工作情况`) speak at the session
      pos('2月27日，市政协常委会会议在临江开幕。经济委员会主任刘海、文史和学习委员会主任李华，分别汇报了本委员会2016年度工作情况。', '刘海 → 市政协常委会会议:attended', '李华 → 市政协常委会会议:attended'),
      // a speech named by the inspection it was given on (`视察临江重要讲话`), with instructions after it or not, is no speech here
      // (the one who demands it in his speech does speak: `X在讲话中要求`)
      pos('2月27日，省人大常委会召开党组会议。党组书记刘海在讲话中要求，深入学习张建国总书记视察临江重要讲话，抓好各项工作。', '刘海 → 省人大常委会党组会议:attended'),
      neg('9月21日，临江市政协第六十次主席会议召开。会议指出，本次会议是深入贯彻落实张建国总书记视察临江重要讲话重要指示精神的实际行动。'),
      // one on whose behalf another presides and speaks is no speaker (`受…尹弘委托，…刘强主持会议并讲话`)
      neg('10月16日，临江省人大常委会党组召开扩大会议。受省委书记，省人大常委会党组书记、主任张建国委托，党组副书记刘海主持会议并讲话。'),
      // one who 介绍了有关情况 at the meeting speaks there
      pos('双周协商座谈会今天在临江召开。市政协主席张建国主持。市检察院检察长刘海介绍了有关情况。', '刘海 → 双周协商座谈会:attended'),
      // a report at the meeting's own opening
      pos('全市农村工作会议今天在临江闭幕。副市长刘海在会议开幕时作了重要报告。', '刘海 → 全市农村工作会议:attended'),
      // one who speaks at a 会见 of a meeting's delegates speaks there, not at the meeting; a headline meeting whose
      // delegates are met is no meeting of the report, nor a party congress the headline names as a theme
      neg('全市农村工作会议今天在临江闭幕。市委书记张建国今天下午在会见出席这次会议的代表时强调，要抓好农业。张建国在讲话中说，农业是基础。'),
      neg('张建国会见全市宣传部长会议代表时强调 要紧紧围绕党的十五大主题做好工作|市委书记张建国在会见全市宣传部长会议代表时强调，要做好宣传工作。张建国作了重要讲话。'),
      // a paragraph after a lede of other news that opens with the meeting held, after its day (`1日下午，…大会在京举行。`), is about it
      pos('张建国发来贺信，向报社全体同志致以祝贺。\n张建国在贺信中指出，报社发挥了重要作用。\n张建国希望报社讲好故事。\n1日下午，庆祝临江日报创刊40周年大会在京举行。市委宣传部部长刘海在会上宣读张建国的贺信并讲话。', '刘海 → 庆祝临江日报创刊40周年大会:attended'),
      // an analysis of the situation given at the meeting is a speech there
      pos('全国冶金工作会议今天在京开幕。冶金部部长刘海全面分析了当前冶金工业面临的形势。', '刘海 → 全国冶金工作会议:attended'),
      // a speaker who speaks for others (`代表各民主党派中央…讲话`: 代表 is no verb of telling); the speakers of a meeting
      // the sentence puts first (`联组会上，A、B等委员…作了发言`) are at it, not at the headline's
      pos('全国政协31日上午举行新年茶话会。全国工商联主席刘海代表各民主党派中央、全国工商联和无党派人士讲话。', '刘海 → 全国政协新年茶话会:attended'),
      pos('市委书记张建国看望了参加市政协一次会议的民建、工商联界委员，并参加联组会。联组会上，李华、吴东等2位委员围绕民营经济作了发言。', '李华 → 民建、工商联界委员联组会:attended', '吴东 → 民建、工商联界委员联组会:attended'),
      // a quoted 专题发言 is a speech
      pos('第八届北方城市市长会议今天在临江开幕。临江市市长刘海作了“临江美丽的冬季”的专题发言。', '刘海 → 第八届北方城市市长会议:attended'),
      // a report titled in quotes and called 专题报告 is a speech; the leader named inside the title is no one there,
      // and a crowd's own clause after it (`师生约800人参加了报告会`) attends for no one named before
      pos('今天，市委宣传部在临江举办宪法学习第三场报告会，市委副书记刘海作了“张建国同志关于法治的重要论述”的专题报告，机关干部和高校师生约800人参加了报告会。', '刘海 → 宪法学习第三场报告会:attended'),
      // one who reports on the government's work to a session (`报告了…执行情况`), also a report named by its drafter before 关于
      pos('临江市人大常委会第五次会议28日在临江开幕。受市政府委托，市发展改革委主任刘海报告了今年以来计划执行情况。', '刘海 → 临江市人大常委会第五次会议:attended'),
      pos('临江市人大常委会第五次会议28日在临江开幕。受市政府委托，市妇女儿童工作委员会办公室主任李华作了关于反家庭暴力工作情况的报告。', '李华 → 临江市人大常委会第五次会议:attended'),
      // a speech at the meeting's own opening (在开幕式致辞时) is one at its opening ceremony, a meeting of its own
      // (as `…博览会5日在上海开幕。…出席开幕式`; the gold of rounds 526 and 571 name a forum's or a fair's opening so)
      pos('临江国际论坛第5届年会8日在临江开幕。论坛理事长吴东在开幕式致辞时表示，合作前景广阔。', '吴东 → 临江国际论坛第5届年会开幕式:attended'),
      // those who each present their findings (分别介绍了调研成果) speak at the meeting; one who shows a visitor round does not
      pos('市政协召开调研协商座谈会。市政协副主席吴东、郑立分别介绍了调研成果。', '吴东 → 调研协商座谈会:attended', '郑立 → 调研协商座谈会:attended'),
      neg('市政协召开调研协商座谈会。会前，企业负责人吴东介绍了生产情况。'),
      // those a clause on the meeting lists as each doing something there (`报告会上，A、B分别…讲述`); not at another meeting
      pos('市委宣传部今天举行全市先进事迹报告会。报告会上，吴东、郑立、刘海分别结合亲身经历，讲述了奋斗历程。', '吴东 → 全市先进事迹报告会:attended', '郑立 → 全市先进事迹报告会:attended', '刘海 → 全市先进事迹报告会:attended'),
      neg('市委宣传部今天举行全市先进事迹报告会。在去年的表彰大会上，吴东、郑立分别获得奖章。'),
      // an article that reports no meeting of its own (a 会见 of its delegates): the meeting held and its speaker
      pos('副总理张建国今天在会见出席全国统计工作会议代表时指出，统计工作很重要。张建国指出，要加快改革。他强调，数据要准。全国统计工作会议一月七日至九日在北京召开，国家统计局局长刘海要求，各地要提高统计质量。', '刘海 → 全国统计工作会议:attended'),
      // a speech at another meeting named back by its head (在全会上) is none at the one that studies it
      neg('国务院党组召开会议，学习贯彻党的二十届三中全会精神。会议指出，王明总书记在全会上所作的工作报告和重要讲话，系统总结了重大成就。'),
      // a name inside a doctrine is no speaker (`学习贯彻习近平新时代中国特色社会主义思想…研讨班…开班，X出席开班式并讲话`)
      pos('刘建国出席统一战线专题研讨班开班式|统一战线深入学习贯彻张海涛新时代中国特色社会主义思想和中共二十大精神研讨班17日在京开班，全国政协主席刘建国出席开班式并讲话。', '刘建国 → 统一战线专题研讨班开班式:attended'),
      // a training course's opening ceremony (开班式, as 开幕式) is a meeting its speaker attends
      pos('王明在中央党校中青年干部培训班开班式上发表重要讲话强调|王明在开班式上发表重要讲话强调，年轻干部要练好内功。', '王明 → 中央党校中青年干部培训班开班式:attended'),
      // one who briefs the meeting on the situation and the year's tasks speaks at it
      pos('市委、市政府今天下午举行老干部团拜会。市委书记张建国向老同志恭贺新春，并通报了全市的政治经济形势和今年的工作任务。', '张建国 → 老干部团拜会:attended'),
      // the eulogy read at a public memorial (`宣读祭文`)
      pos('临江县举行烈士纪念日公祭仪式。县委常委、宣传部长王明宣读祭文。', '王明 → 烈士纪念日公祭仪式:attended'),
      // a lecture titled in 《》 with no 的 before its kind (`会议邀请…作《…》辅导报告`)
      pos('10月17日，临江市委理论学习中心组学习会召开。会议邀请市委党校教授王明作《如何学好理论》辅导报告。', '王明 → 临江市委理论学习中心组学习会:attended'),
      // a spokesman who briefs the press and takes its questions (`向中外媒体介绍…并回答记者提问`), at the press conference a
      // session's name runs into (`…一次会议新闻发布会…召开`: the session's own, a meeting of its own)
      pos('十四届临江市人大一次会议今天（3月7日）举行记者会，市外办主任王明就对外交往回答中外记者提问。', '王明 → 十四届临江市人大一次会议记者会:attended'),
      pos('临江市政协十三届一次会议新闻发布会3月2日16:30在市政协礼堂召开，大会新闻发言人王明向中外媒体介绍大会有关情况并回答记者提问。', '王明 → 临江市政协十三届一次会议新闻发布会:attended'),
      // (not one named in another's words, whose speech there was another's: `刘海指出，王明总书记发表重要讲话，为…提供了根本遵循`)
      neg('临江科技大会第二次全体会议在临江举行。\n刘海指出，王明总书记发表重要讲话，为推动科技事业发展提供了根本遵循。'),
      // a report titled in quotes (`作题为“…”的报告`), and an explanation joined to a report (`作了说明和汇报`)
      pos('临江市政协主席会议16日召开。市图书馆馆长张建国应邀作题为“保护古籍 传承文明”的报告。市政协副主席吴东等就有关议题作了说明和汇报。', '张建国 → 临江市政协主席会议:attended', '吴东 → 临江市政协主席会议:attended'),
      // an explanation of a long bill, or two of them in a list (`作了关于…的议案的说明、关于…的说明`)
      pos('临江市人大常委会第十次会议18日上午举行第一次全体会议。刘海主任主持。受市政府委托，市公安局副局长王小明作了关于提请审议批准《关于修改二〇〇二年六月七日在临城（临山国联邦）签署的〈临山国和东岭国及周边国家关于地区反恐怖机构和边境合作的协定〉的议定书》的议案的说明。', '王小明 → 临江市人大常委会第十次会议:attended'),
      pos('临江市人大常委会第十次会议18日上午举行第一次全体会议。刘海主任主持。受市政府委托，市人社局局长张建国作了关于提请审议批准《劳动公约》的议案的说明、关于提请审议批准《废除劳动公约》的议案的说明。', '张建国 → 临江市人大常委会第十次会议:attended'),
      // at a work report heard, the one who hears it and the one who reports attend
      pos('省委书记张建国10日上午在听取临江市委、政府工作汇报时强调，要做好工作。市委书记刘海汇报了市委、政府工作。', '张建国 → 临江市委和政府工作汇报会:attended', '刘海 → 临江市委和政府工作汇报会:attended'),
      pos('全市民政工作会议今天召开。副市长吴东、市民政局局长郑立先后发言。', '吴东 → 全市民政工作会议:attended', '郑立 → 全市民政工作会议:attended'),
      pos('张建国在听取临江区委和区政府工作汇报时强调|15日下午，市委书记张建国在临江听取临江区委和区政府工作汇报。区委书记刘海作了汇报，区长吴东等参加汇报会。', '张建国 → 临江区委和区政府工作汇报会:attended', '刘海 → 临江区委和区政府工作汇报会:attended'),
      pos('全市民政工作会议今天召开。会议听取了副市长吴东关于民政工作的说明。', '吴东 → 全市民政工作会议:attended'),
      pos('全市民政工作表彰大会今天召开。村委会主任吴东、教师郑立等先进个人代表作了事迹报告。', '吴东 → 全市民政工作表彰大会:attended', '郑立 → 全市民政工作表彰大会:attended'),
      neg('副市长吴东、市民政局局长郑立先后发言。'),
      // 同盟 is a word of the body that names the meeting, not the preposition 同; a rules
      // document (…会议工作规则) names no meeting
      pos('某某民主同盟第十届中央委员会第二次全体会议今天召开。某某民主同盟中央主席吴东作工作报告。', '吴东 → 某某民主同盟第十届中央委员会第二次全体会议:attended'),
      neg('市政府审议通过市政府常务会议工作规则。市长刘海在会上讲话。'),
      // an organ named like a meeting (全国人民代表大会成立…, 政治协商会议第七届、八届…全国委员会) is none
      neg('今年是全国人民代表大会成立70周年，市长刘海在会上讲话。'),
      // reading out a decision or a letter, announcing a decision, a speech told by its
      // title, 在致辞中: speeches too; the author of the letter read out is not there
      pos('全市民政工作表彰大会今天召开。副市长吴东宣读表彰决定。', '吴东 → 全市民政工作表彰大会:attended'),
      // the speaker is the one of the clause: those who 出席 before it did not speak
      pos('全市民政工作表彰大会今天召开。市领导郑立、孙敏出席，副市长吴东宣读表彰决定。', '吴东 → 全市民政工作表彰大会:attended'),
      pos('全市民政工作会议今天召开。副市长吴东宣布市政府关于表彰先进集体的决定。', '吴东 → 全市民政工作会议:attended'),
      pos('某某论坛大会今天开幕。副市长吴东在致辞中表示，要加强交流。', '吴东 → 某某论坛大会:attended'),
      pos('全市民政工作会议今天召开。副市长吴东作了“狠抓落实，做好民政工作”的报告。', '吴东 → 全市民政工作会议:attended'),
      pos('全市民政工作表彰大会今天召开。副市长吴东宣读市委书记张建国的贺信并致辞。', '吴东 → 全市民政工作表彰大会:attended'),
      // a speech at another time told at this meeting; a name inside a doctrine
      neg('全市民政工作会议今天召开。副市长吴东说，张建国同志在市委研讨班结业时作了重要讲话。'),
      pos('全市民政工作会议今天召开。副市长吴东在会上结合学习邓小平理论作了讲话。', '吴东 → 全市民政工作会议:attended'),
      // the meeting's own sentence, then its speaker; `在…会议上，X说`
      pos('全市统计工作会议7日至9日在临江召开，市统计局局长吴东要求，各地要做好统计工作。', '吴东 → 全市统计工作会议:attended'),
      pos('全市统计工作会议今天召开。在今天结束的全市统计工作会议上，副市长吴东说，要做好统计工作。', '吴东 → 全市统计工作会议:attended'),
      neg('全市统计工作会议今天召开。在去年的一次座谈会上，副市长吴东说，要做好统计工作。'),
      // 工作会 is a head too (`在…经济工作会上`), not in 工作会晤
      pos('在今天结束的临江市经济工作会上，市委书记、市长吴东强调，要做好经济工作。', '吴东 → 临江市经济工作会:attended'),
      neg('市委书记吴东同来访的某某代表团举行工作会晤，双方讨论了经济工作。'),
      // 在讲话中, 在致词时 (致词 as 致辞), a lecture given (作…讲座): speeches at the article's meeting
      pos('全市消防工作会议今天召开。副市长吴东在讲话中明确指出，要做好消防工作。', '吴东 → 全市消防工作会议:attended'),
      pos('临江商会今天上午举行新春团拜会。会长吴东在致词时说，今年很不平凡。', '吴东 → 临江商会新春团拜会:attended'),
      pos('全市民政工作会议今天召开。会前，市委党校教授吴东作了专题学习讲座。', '吴东 → 全市民政工作会议:attended'),
      neg('副市长吴东在讲话中明确指出，要做好消防工作。'),
      // one who reports on the work (`通报了…情况`) spoke
      pos('全市政协工作经验交流会今天召开。副主席吴东通报了上次会议以来全市政协主要工作情况。', '吴东 → 全市政协工作经验交流会:attended'),
      neg('市政府党组会议今天召开。会议指出，市长吴东受市委委托作的工作报告实事求是。'),
      // a welcome speech (致欢迎辞), and one who speaks in the work report (在工作报告中说)
      pos('全市旅游节开幕式今天举行。市旅游协会会长吴东致欢迎辞。', '吴东 → 全市旅游节开幕式:attended'),
      pos('临江市建设工作会议今天召开。市建设局局长吴东在工作报告中说，今年很不平凡。', '吴东 → 临江市建设工作会议:attended'),
      neg('市建设局局长吴东在工作报告中说，今年很不平凡。'),
      neg('临江市建设工作会议今天召开。吴东说，市长刘海在十五大报告中说，今年很不平凡。'),
      // those who talk of what they learned (畅谈认识体会), relay a meeting's spirit (传达了…精神) or brief on it (通报…精神) speak there
      pos('省委召开党外人士座谈会。民革省委主委张建国、无党派代表人士刘海分别围绕此次会议议题畅谈认识体会。', '张建国 → 党外人士座谈会:attended', '刘海 → 党外人士座谈会:attended'),
      pos('省委召开党外人士座谈会。省委副书记王明向各民主党派通报省委全会精神。副团长吴东传达了代表团召集人会议精神。', '王明 → 党外人士座谈会:attended', '吴东 → 党外人士座谈会:attended'),
      // a 宣讲会 is a meeting; one who gives its report is at it
      pos('5月9日，工商联调研组来到临江。\n在9日下午举行的促进民营企业高质量发展政策宣讲会上，王明作了报告。', '王明 → 促进民营企业高质量发展政策宣讲会:attended'),
      // one who sets out the work (`作工作安排`, `作具体部署`) speaks at it
      pos('6月8日，全省防汛抗旱工作电视电话会议召开。省委书记王明主持会议，省长刘海作工作安排。', '刘海 → 全省防汛抗旱工作电视电话会议:attended'),
      // a verb of the name (部署) before the way the meeting is held is inside its name (`…培训动员部署电视电话会议`)
      pos('“临江分离”改革全覆盖试点工作培训动员部署电视电话会议2日在北京召开。国务院副总理王明出席会议并讲话。', '王明 → 临江分离改革全覆盖试点工作培训动员部署电视电话会议:attended'),
      // one who, on a body's behalf (受…委托), sets out the state of things (`介绍了提名候选人情况`) speaks at the sitting
      pos('省十三届人大一次会议主席团第二次会议17日举行。受省委委托，省委常委、组织部长王明介绍了提名候选人情况。', '王明 → 省十三届人大一次会议主席团第二次会议:attended'),
      // (领学 of 引领学校 is no stop: the meeting's name runs on)
      pos('王明出席全市党建引领学校发展推进会。', '王明 → 全市党建引领学校发展推进会:attended'),
      // a discipline commission's standing committee is a body: its 扩大会议 named by it
      pos('6月23日，区纪委常委会举行扩大会议，区委书记王明出席会议并讲话。', '王明 → 区纪委常委会扩大会议:attended'),
      // (the trip's 座谈会 named by the one who leads it, no place or body naming it: `…对临江教育进行调研`)
      pos('11月20日，副市长王明带队，市教育局一行对临江教育进行调研，副区长刘海陪同调研。调研组先后前往临江实验学校进行现场考察。在随后召开的座谈会上，刘海作了汇报。', '刘海 → 王明座谈会:attended'),
      // a report made to the session on a body's work or a state of things (`向大会报告…以来的提案工作情况`)
      pos('15日，政协临江市第十三届委员会第四次会议开幕。市政协副主席王明向大会报告市政协十三届三次会议以来的提案工作情况。', '王明 → 政协临江市第十三届委员会第四次会议:attended'),
      // one whose own clause tells what else he did before a comma, another the speech's subject after it, gives no speech
      pos('第九次全国临江工作会议25日至26日在京召开。王明参加会见，刘海参加会见并在会上作总结讲话。', '刘海 → 第九次全国临江工作会议:attended'),
      // (guard: one named in the object of the speech's clause is not its subject, `出席开幕式，宣读…主席贺信并致辞`)
      pos('临江论坛开幕式24日在杭州举行。国务院副总理王明出席开幕式，宣读张建国主席贺信并致辞。', '王明 → 临江论坛开幕式:attended'),
      // a member's proposal at a session, named by name and 常委 (`X常委提出，…；Y常委提出，…`)
      pos('全国政协十三届常委会第二十二次会议21日上午在京举行全体会议。王明常委提出，必须牢牢把握人与自然和谐共生的时代内涵；刘海常委提出，要完善金融政策。', '王明 → 全国政协十三届常委会第二十二次会议:attended', '刘海 → 全国政协十三届常委会第二十二次会议:attended'),
      // (and a member's view, `X委员指出，…`, `Y委员表示，…`)
      pos('全国政协十三届一次会议8日下午举行第二次全体会议。王明委员指出，要加强生态保护。刘海委员表示，要深化财税改革。', '王明 → 全国政协十三届一次会议:attended', '刘海 → 全国政协十三届一次会议:attended'),
      // a course's opening it holds, its day and place between, named by the course (who holds the course no part of it)
      pos('由临江市委组织部举办的全市组织部长培训班(第一期)1日在临江市委党校举行开班式，市委常委、组织部部长王明出席并讲话。', '王明 → 全市组织部长培训班开班式:attended'),
    ],
  },
  'attended.discussant': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'A 座谈会 report quotes its speakers by 说/谈到/表示 with no 在会上, or tells their views (就…谈了想法, 针对X的建议): those named spoke at it; a study session\'s lecturer (就…作了讲解) too.',
    cases: [
      // a 研讨会 too: those quoted speak at it
      pos('全市京剧研讨会今天在临江召开。会议由市文化局主办。老艺术家张建国、刘海激动地说，京剧要创新。', '张建国 → 全市京剧研讨会:attended', '刘海 → 全市京剧研讨会:attended'),
      pos('总政文化部和临江日报联合举办座谈会|今天上午，总政文化部和临江日报联合举办座谈会。老教员于建国、王海激动地说，看完这台戏，心情久久不能平静。', '于建国 → 总政文化部和临江日报座谈会:attended', '王海 → 总政文化部和临江日报座谈会:attended'),
      // not at a meeting of another kind, nor one quoted from an interview
      // (指出 too; not one who writes his instructions: `作出批示指出`)
      pos('全市京剧研讨会今天在临江召开。市文化局副局长张建国、市艺术研究所所长刘海等指出，京剧要创新。', '张建国 → 全市京剧研讨会:attended', '刘海 → 全市京剧研讨会:attended'),
      neg('全市优秀教师代表座谈会今天在临江召开。市长张建国作出批示指出，教师是立教之本。'),
      // (强调 of a list too: `A、B、C等强调，培养人才…`; one who 强调 alone is the host summing up)
      pos('全市京剧研讨会今天在临江召开。培养人才是关键。临江京剧院副院长张建国、市艺术研究所所长刘海等强调，培养人才要从小抓起。', '张建国 → 全市京剧研讨会:attended', '刘海 → 全市京剧研讨会:attended'),
      neg('全市京剧研讨会今天在临江召开。培养人才是关键。市长张建国强调，培养人才要从小抓起。'),
      // a study session's lecturer (`…院长王明同志就这个问题作了讲解`)
      pos('中共中央政治局7月28日下午就推进人才工作进行第四次集体学习。临江大学校长王明同志就这个问题作了讲解，提出了工作建议。', '王明 → 中共中央政治局第四次集体学习:attended'),
      // one who gives his views on a topic (就…谈了想法, 提出建议) or whose proposal the host answers (针对X的建议，…说)
      pos('市长王明25日主持召开科技界和教育界人士座谈会。会上5位代表发了言。女排运动员刘海就体育后备人才培养谈了想法，王明说，要厚植人才基础。剧院张华、演员李明就文艺创作提出建议。针对合作社赵平关于给予种粮大户更大支持的建议，王明说，会继续支持。', '刘海 → 科技界和教育界人士座谈会:attended', '张华 → 科技界和教育界人士座谈会:attended', '李明 → 科技界和教育界人士座谈会:attended', '赵平 → 科技界和教育界人士座谈会:attended'),
      neg('全市优秀教师代表座谈会今天在临江召开。会上，在听取有关方面代表发言后，市长张建国指出，教师是立教之本。'),
      // the one meeting a report names only where it says who held it (`『…』研讨会是由…主办的`) is the report's
      pos('京津沪等地专家聚集临江，就此展开了研讨。市文化局副局长张建国、市艺术研究所所长刘海等指出，京剧要创新。『京剧如何发展』研讨会是由临江日报文艺部主办的。', '张建国 → 京剧如何发展研讨会:attended', '刘海 → 京剧如何发展研讨会:attended'),
      // an article with no date (本报讯, no dated dateline) reports its meeting all the same
      undated(pos('全市京剧研讨会在临江召开。老艺术家张建国、刘海认为，京剧要创新。', '张建国 → 全市京剧研讨会:attended', '刘海 → 全市京剧研讨会:attended')),
      neg('全市民政工作会议今天召开。老教员于建国、王海激动地说，看完这台戏，心情久久不能平静。'),
      neg('临江日报今天举办座谈会。老教员于建国在接受记者采访时说，看完这台戏，心情久久不能平静。'),
      neg('全国优秀教师代表座谈会今天在临江举行。张建国在信中说，长期以来，广大教师辛勤工作。'),
    ],
  },
  'attended.participants': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'Those a list names the meeting\'s participants (X、Y等与会同志/代表) are at the article\'s meeting.',
    cases: [
      pos('市人大常委会第四次会议9日举行联组会议。常委会委员吴东、郑立和刘海等与会同志围绕粮食安全提出询问。', '吴东 → 市人大常委会第四次会议:attended', '郑立 → 市人大常委会第四次会议:attended', '刘海 → 市人大常委会第四次会议:attended'),
      // (a list of others after the participants is not theirs)
      neg('市人大常委会第四次会议9日举行联组会议。与会同志听取了吴东、郑立的汇报。'),
    ],
  },
  'attended.act': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'Acts only someone present performs at the article\'s meeting: X为…颁奖, X揭牌, X宣布…开幕; at a signing, A与B代表双方签署, X共同见证签约.',
    cases: [
      // one who declares ships commissioned, a body set up or a flag given at a ceremony (`…宣布舰艇入列和舰艇名、舷号`)
      pos('海军主战舰艇集中交接入列活动在临江某军港举行。交接入列仪式开始。中央军委副主席王明宣布舰艇入列和舰艇名、舷号。', '王明 → 交接入列仪式:attended'),
      // a commemoration's wreaths, each laid by one who speaks for a body (`A代表全国政协，…，D代表…政府，分别向…塑像敬献了花篮`);
      // the ceremony held for it named by its host and its purpose (`全国政协…举行仪式，纪念…`), its bare 纪念仪式 the same
      pos('全国政协12日上午在临江举行仪式，纪念临江先生诞辰154周年。全国政协副主席王明主持纪念仪式。全国政协副主席刘海代表全国政协，李华代表临江党中央，吴东代表临江市人民政府，分别向临江先生塑像敬献了花篮。', '刘海 → 全国政协纪念临江先生诞辰154周年仪式:attended', '李华 → 全国政协纪念临江先生诞辰154周年仪式:attended', '吴东 → 全国政协纪念临江先生诞辰154周年仪式:attended'),
      // a farewell's mourners, by what they do before the deceased (`A、B等领导在X同志遗体前肃立默哀`), each clause of a post and a name
      pos('吴明同志遗体送别仪式19日在临江举行。李荣华、陈玉益等领导在吴明同志遗体前肃立默哀。', '李荣华 → 吴明同志遗体送别仪式:attended', '陈玉益 → 吴明同志遗体送别仪式:attended'),
      pos('刘东同志遗体告别仪式在临江举行。9时整，告别仪式开始。省委书记王明，省长刘海，胡国华缓步来到刘东同志遗体前肃立默哀。', '王明 → 刘东同志遗体告别仪式:attended', '刘海 → 刘东同志遗体告别仪式:attended', '胡国华 → 刘东同志遗体告别仪式:attended'),
      // one who comes to a consultation to hear its views or to speak there (`到会听取…意见建议`, `到会作了重要讲话`)
      pos('市政协12日召开专题协商会。市委常委、副市长王明到会听取对临江规划的意见建议。', '王明 → 市政协专题协商会:attended'),
      // (and leaders who sit in on a delegation's deliberation: `省领导A、B听取了代表审议`; not the report they hear of it)
      pos('省十届人大三次会议今天上午开幕。下午，临江代表团审议政府工作报告。省领导王明、刘海听取了代表审议。', '王明 → 省十届人大三次会议:attended', '刘海 → 省十届人大三次会议:attended'),
      // (and one who comes to a session's joint group: `来到民革、民盟…联组，听取政协委员的意见`)
      pos('省政协十二届三次会议13日举行分组讨论。省委副书记王明来到民革、民盟、民建、工商联联组，听取政协委员的意见和建议。', '王明 → 省政协十二届三次会议:attended'),
      // the clauses of one post and name each before those who come to congratulate (`市委书记A，市长B，市委领导C、D等到会祝贺`)
      pos('市十六届人大一次会议今天开幕。市委书记王明，市委副书记、市长刘海，市委领导吴东、李华等到会祝贺。', '王明 → 市十六届人大一次会议:attended', '刘海 → 市十六届人大一次会议:attended', '吴东 → 市十六届人大一次会议:attended', '李华 → 市十六届人大一次会议:attended'),
      // one who hands the orders or the medals of a ceremony out (`向…颁发命令状`, `向…颁授奖旗`) is at it
      pos('中央军委晋升上将军衔仪式12日在临江八一大楼隆重举行。中央军委主席王明向晋升上将军衔的军官颁发命令状。', '王明 → 中央军委晋升上将军衔仪式:attended'),
      // those who take an oath are at its ceremony: who leads it (`手抚宪法，领诵誓词`, `领誓`), who follow (`跟诵誓词`, a post's
      // 、-list and the clauses of a post and a name before the last one), who take it (`进行了宪法宣誓`) — at the oath
      // ceremony a session holds, where it names one
      pos('临江省人大常委会21日上午举行宪法宣誓仪式。领誓人、新任命的副秘书长王明手抚宪法，领诵誓词。新任命的副秘书长刘海、张建国，预算工作委员会主任李强，法制委员会主任赵刚跟诵誓词。',
        '王明 → 临江省人大常委会宪法宣誓仪式:attended', '刘海 → 临江省人大常委会宪法宣誓仪式:attended', '张建国 → 临江省人大常委会宪法宣誓仪式:attended', '李强 → 临江省人大常委会宪法宣誓仪式:attended', '赵刚 → 临江省人大常委会宪法宣誓仪式:attended'),
      pos('3日举行的省人大常委会第七次会议表决通过了任免案。随后，会议举行了宪法宣誓和颁发任命书仪式。省司法厅厅长王明、省民政厅厅长刘海进行了宪法宣誓。',
        '王明 → 宪法宣誓和颁发任命书仪式:attended', '刘海 → 宪法宣誓和颁发任命书仪式:attended'),
      // at a donation's ceremony, giving is such an act (`…等县四套班子领导带头捐献爱心`, `…带头将…信封投进募捐箱`, `率先垂范，积极带头捐款`)
      pos('11月30日上午，2020年市直机关慈善一日捐捐款仪式举行。市委书记王明，市委副书记、市长刘海带头将装满善款的信封投进募捐箱。随后，市领导张建国、李强依次将爱心善款投进募捐箱中。',
        '王明 → 2020年市直机关慈善一日捐捐款仪式:attended', '刘海 → 2020年市直机关慈善一日捐捐款仪式:attended', '张建国 → 2020年市直机关慈善一日捐捐款仪式:attended', '李强 → 2020年市直机关慈善一日捐捐款仪式:attended'),
      // (those who lead it, the giving in the next clause, `…等县四大家领导带头，把…爱心投入捐款箱`; a group joined to those named,
      // `…王涛，以及…其他领导班子成员也依次将…投进募捐箱`)
      pos('临江县慈善一日捐现场捐赠仪式6日举行。县委书记王明，县人大常委会主任刘海等县四大家领导带头，把对困难群众的一份份爱心投入捐款箱。随后，市领导张建国、李强，以及市政府其他领导班子成员也依次将爱心善款投进募捐箱中。',
        '王明 → 临江县慈善一日捐现场捐赠仪式:attended', '刘海 → 临江县慈善一日捐现场捐赠仪式:attended', '张建国 → 临江县慈善一日捐现场捐赠仪式:attended', '李强 → 临江县慈善一日捐现场捐赠仪式:attended'),
      // (not giving told at a meeting that is no donation's)
      neg('临江市经济工作会议今天召开。市委书记王明带头捐款。'),
      // at a wreath-laying, those who lay them with the crowd or tend their ribbons (`…等与各界代表一起，向革命烈士敬献花篮`,
      // `…缓步走到花篮前，整理花篮缎带`), the ceremony named from its 向 (`举行向人民英雄敬献花篮仪式`)
      pos('9月30日上午，临江州举行向人民英雄敬献花篮仪式。州委书记王明，州长刘海等与各界代表一起，向革命烈士敬献花篮。县委书记张建国缓步走到花篮前，整理花篮缎带。',
        '王明 → 向人民英雄敬献花篮仪式:attended', '刘海 → 向人民英雄敬献花篮仪式:attended', '张建国 → 向人民英雄敬献花篮仪式:attended'),
      // (not the rule the oath follows, nor a session that holds one: no one named takes it)
      neg('根据全国人大常委会关于实行宪法宣誓制度的决定，上述人员依法进行宪法宣誓。'),
      pos('中央军委授予荣誉称号仪式31日在京隆重举行。中央军委主席王明向3个获得荣誉称号的单位颁授奖旗。', '王明 → 中央军委授予荣誉称号仪式:attended'),
      // those who sign for the parties and those who witness the signing are at it, in a 会见 report too
      pos('临江省与临山大学签署战略合作协议 王明会见刘海并共同见证协议签署|1月6日，临江省人民政府与临山大学签署战略合作协议。省委书记王明会见临山大学党委书记刘海一行，并共同见证协议签署。省委常委吴东主持协议签署仪式。副省长张建国与临山大学副校长李华分别代表双方签署省校战略合作协议。', '王明 → 协议签署仪式:attended', '刘海 → 协议签署仪式:attended', '张建国 → 协议签署仪式:attended', '李华 → 协议签署仪式:attended'),
      // witnesses in clauses of one post and name each (`省委书记A，省长B，集团董事长C见证签约`)
      pos('9月11日下午，临江市人民政府与临山控股集团在临江签署战略合作协议。市委书记王明，市委副书记、市长刘海，临山集团董事长李华见证签约。副市长陈东主持签约仪式。', '王明 → 临江市人民政府与临山控股集团签约仪式:attended', '刘海 → 临江市人民政府与临山控股集团签约仪式:attended', '李华 → 临江市人民政府与临山控股集团签约仪式:attended'),
      // (not at a meeting that is no signing, nor one planned)
      neg('临江经济工作会议今天召开。副省长张建国与临山大学副校长李华分别代表双方签署合作协议。'),
      // one who deliberates with a delegation's deputies is at its meeting (`汪洋与代表们一起审议报告`)
      pos('3月5日下午，十二届全国人大五次会议临江代表团举行全体会议。国务院副总理王明与代表们一起审议报告。', '王明 → 十二届全国人大五次会议临江代表团全体会议:attended'),
      // one who came to a session's delegations and deliberates with their deputies (共同审议) is at the session
      pos('26日下午，省长王明来到省十三届人大一次会议临江、临山代表团，与代表们共同审议政府工作报告。', '王明 → 省十三届人大一次会议:attended'),
      neg('26日下午，省长王明来到临江市，与企业家们共同讨论发展问题。'),
      // those listed before the one who acts, each with his post, act with him (`院士谈家桢、…副部长傅征等向他们颁奖`)
      pos('首届临江医学基金颁奖仪式今天在临江举行。中科院院士张建国、市卫生局副局长刘海等向他们颁奖。', '张建国 → 首届临江医学基金颁奖仪式:attended', '刘海 → 首届临江医学基金颁奖仪式:attended'),
      // one who comes to answer questions (到会应询), with the heads of bodies joined to him
      pos('市人大常委会第四次会议9日举行联组会议。副市长张建国和市交通局、市生态环境局等有关部门负责人到会应询，对所提问题一一作答。', '张建国 → 市人大常委会第四次会议:attended'),
      // one who issues the order the meeting is held for (向全军发布训令) is at it
      pos('3日上午，市军分区隆重举行2018年开训动员大会，市委书记张建国向全市民兵发布训令。', '张建国 → 2018年开训动员大会:attended'),
      // one who holds a talk with a group (与…负责人座谈) is at the report's 座谈会; a talk elsewhere in a report of another meeting says nothing
      pos('市政协召开“优化临江营商环境”调研协商座谈会。市政协主席张建国8日在临江与有关民主党派负责人座谈，就调研成果进行协商。', '张建国 → 优化临江营商环境调研协商座谈会:attended'),
      neg('市委书记张建国出席全市经济工作会议。会前，张建国与企业负责人座谈。'),
      pos('全市科学技术奖励大会今天召开。市委书记张建国为获奖者颁奖。', '张建国 → 全市科学技术奖励大会:attended'),
      undated(pos('全市科学技术奖励大会在临江召开。市委书记张建国为获奖者颁奖。', '张建国 → 全市科学技术奖励大会:attended')),
      pos('全市旅游节开幕式今天举行。副市长吴东宣布旅游节正式开幕。', '吴东 → 全市旅游节开幕式:attended'),
      // (or that a ceremony begins: `宣布宪法宣誓仪式开始`; not that something begins from a day)
      pos('3月16日，市政府举行宪法宣誓仪式。上午11时，市政府秘书长吴东宣布宪法宣誓仪式开始。', '吴东 → 市政府宪法宣誓仪式:attended'),
      neg('3月16日，市政府举行宪法宣誓仪式。副市长吴东宣布从下月开始实施新规。'),
      // an event's ceremony is one name, the event's and the ceremony's (not the games as a meeting)
      pos('临江第5届全省运动会火炬传递启动仪式8日在临江市举行。省委书记张建国出席仪式并宣布火炬传递启动。', '张建国 → 临江第5届全省运动会火炬传递启动仪式:attended'),
      // one who comes to the meeting (到会祝贺/讲话) is at it; 到会代表 are unnamed
      pos('全国建设工作会议今天在京举行。副总理吴东到会祝贺，并强调要抓好质量。', '吴东 → 全国建设工作会议:attended'),
      neg('全国建设工作会议今天在京举行。到会代表三百多人，副总理吴东的贺信在会上宣读。'),
      neg('市委书记张建国为获奖者颁奖。'),
      neg('全市科学技术奖励大会今天召开。去年，市委书记张建国曾为获奖者颁奖，他说颁奖是荣誉。'),
      // one who decorates or gives certificates to those honoured (`为他戴上了大红花，颁发大红证书`)
      pos('１月３日上午，市委、市政府隆重召开表彰大会，授予张东“文明使者”光荣称号，市长王明亲手为他戴上了大红花，颁发大红证书。', '王明 → 表彰大会:attended'),
    ],
  },
  'attended.next-speaker': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'The meetings a sentence says are held, then the speakers who open the next one: 把A、B两个会套在一起开。市委书记X、市长Y强调，… — they spoke at each.',
    cases: [
      pos('去年底，临江市把全市农村工作会议、经济工作会议两个会套在一起开。市委书记张建国、市长刘海强调，会议期间不准请客。', '张建国 → 全市农村工作会议:attended', '张建国 → 经济工作会议:attended', '刘海 → 全市农村工作会议:attended', '刘海 → 经济工作会议:attended'),
      pos('全市民政工作会议6日在临江召开。副市长吴东指出，要做好民政工作。', '吴东 → 全市民政工作会议:attended'),
      // a meeting the sentence only refers to (…精神) is not held there; a sentence that does not end
      // with the meetings held names no occasion for the speech
      neg('各县学习党的十五大精神的报告会相继召开。市长刘海强调，要学深学透。'),
      neg('全市民政工作会议6日在临江召开，会议部署了今年的工作。副市长吴东指出，要做好民政工作。'),
      // the author of a letter that greets a meeting; a meeting awaited
      neg('市长刘海致贺信，祝贺全市民政工作会议在临江召开。刘海指出，要做好民政工作。'),
      neg('要以实际行动迎接中共临江市第十次代表大会胜利召开。副市长吴东指出，要做好民政工作。'),
    ],
  },
  'attended.held-with': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'A meeting one holds with others (X同A、B…举行…对话会): X and each of them attend it.',
    cases: [
      pos('国务院总理张建国6日在临江同临山银行行长阿卡拉、东岭基金组织总裁莫尼拉举行第三次“1+6”圆桌对话会。', '张建国 → 第三次1+6圆桌对话会:attended', '阿卡拉 → 第三次1+6圆桌对话会:attended', '莫尼拉 → 第三次1+6圆桌对话会:attended'),
      // talks held with someone are a MET, no meeting
      neg('国务院总理张建国6日在临江同临山国总理阿卡拉举行会谈。'),
      // one who sits down with others (`与调研组一行座谈。`) is at the 座谈会 the article names after
      pos('6月5日，临江集团调研组到临山市实地调研。昨日下午，副市长王明与调研组一行座谈。\n座谈会上，调研组听取了汇报。', '王明 → 临山市座谈会:attended'),
      // (no 座谈会 named: none)
      neg('市长王明到临江县调研，与企业负责人进行座谈交流。'),
      // two who hold a meeting joined by 和 (`A和B举行中哈合作委员会第八次会议`): both at it
      pos('同日，国务院副总理王明和临山第一副总理阿卡拉举行中临合作委员会第八次会议。', '王明 → 中临合作委员会第八次会议:attended', '阿卡拉 → 中临合作委员会第八次会议:attended'),
    ],
  },
  'attended.host': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'A ceremony one holds for a guest (X在…为Y举行欢迎仪式): the host and the guest attend it.',
    cases: [
      // the manner it is held in is no part of its name (`举行隆重欢迎仪式`): it is the host's welcome ceremony
      pos('临山国总统阿卡拉在临江为王明举行隆重欢迎仪式。', '阿卡拉 → 阿卡拉欢迎仪式:attended', '王明 → 阿卡拉欢迎仪式:attended'),
      // (two manner words and 的: `为Y举行盛大隆重的欢迎仪式`)
      pos('王明乘车抵达总统府。阿卡拉为王明举行盛大隆重的欢迎仪式。', '阿卡拉 → 阿卡拉欢迎仪式:attended', '王明 → 阿卡拉欢迎仪式:attended'),
      // hosts joined by 和 (a spouse too) hold it; the ceremony is named by its host
      pos('会谈前，国家主席王明和夫人刘红在人民大会堂东门外广场为临山国主席阿卡拉和夫人莫尼拉举行欢迎仪式。', '王明 → 王明欢迎仪式:attended', '刘红 → 王明欢迎仪式:attended', '阿卡拉 → 王明欢迎仪式:attended', '莫尼拉 → 王明欢迎仪式:attended'),
      // a bare 仪式 one presides over, followed by the welcome, is the guest's welcome ceremony (its host presides: attended.verb)
      pos('临山国国防部长阿卡拉今天抵京。下午，张建国主持仪式，欢迎阿卡拉一行。', '阿卡拉 → 张建国欢迎仪式:attended'),
      pos('会谈前，王明在人民大会堂北大厅为阿巴斯举行欢迎仪式。', '王明 → 王明欢迎仪式:attended', '阿巴斯 → 王明欢迎仪式:attended'),
      // `出席X和夫人Y在机场举行的欢送仪式`: the guests who attend and the hosts named after 出席; the farewell is named by
      // its host, and the host side's 送行仪式 in the same report is it
      pos('离开前，王明和夫人李华出席临山国国务委员会委员长阿卡拉和夫人苏丽在机场举行的欢送仪式。吴东、郑立等参加送行仪式。', '王明 → 阿卡拉欢送仪式:attended', '李华 → 阿卡拉欢送仪式:attended', '阿卡拉 → 阿卡拉欢送仪式:attended', '苏丽 → 阿卡拉欢送仪式:attended'),
      // a welcome a guest attends is named by its host named after 出席 (`出席X总统举行的隆重欢迎仪式`)
      // (each by its own host, where a trip has two)
      pos('6月10日，国家主席王明出席阿卡拉总统举行的欢迎仪式。6月12日，王明抵达临海国，出席苏丽总统举行的欢迎仪式。', '王明 → 阿卡拉欢迎仪式:attended', '阿卡拉 → 阿卡拉欢迎仪式:attended', '王明 → 苏丽欢迎仪式:attended', '苏丽 → 苏丽欢迎仪式:attended'),
      pos('国家主席王明出席阿卡拉总统举行的隆重欢迎仪式。', '王明 → 阿卡拉欢迎仪式:attended', '阿卡拉 → 阿卡拉欢迎仪式:attended'),
      // (bodies that hold it are no hosts: the guests attend by the verb, attended.verb)
      neg('国家主席王明出席临江市委、市政府在临江宾馆举行的新春招待会。'),
      // (nor one it commemorates: `出席…纪念刘海同志诞辰100周年举办的纪念大会`)
      neg('王明出席首都各界隆重纪念刘海同志诞辰100周年举办的纪念大会。'),
      // a ceremony held for no one named, or by no one named, gives no host and guest
      neg('会谈前，王明在人民大会堂北大厅举行欢迎仪式。'),
      neg('当地为来访客人举行欢迎仪式。'),
      // `X举行仪式，欢迎Y对我国进行国事访问`: host and guest of the welcome ceremony the report names
      pos('王明在人民大会堂北大厅举行仪式，欢迎临山国总统阿巴斯对我国进行国事访问。刘海等出席欢迎仪式。', '王明 → 王明欢迎仪式:attended', '阿巴斯 → 王明欢迎仪式:attended'),
      // (also where the report does not name it again: the bare 仪式 held to welcome is the welcome ceremony)
      pos('王明在人民大会堂北大厅举行仪式，欢迎临山国总统阿巴斯对我国进行国事访问。', '王明 → 王明欢迎仪式:attended', '阿巴斯 → 王明欢迎仪式:attended'),
      // `欢迎仪式后，X同Y会谈`: the two who hold the talks were at the welcome ceremony before them
      pos('欢迎仪式后，王明同临山国总理阿卡拉会谈。刘海等参加上述活动。', '王明 → 王明欢迎仪式:attended', '阿卡拉 → 王明欢迎仪式:attended'),
      neg('王明同临山国总理阿卡拉会谈。会谈前，两国总理出席了欢迎仪式。'),
      // `会谈前，X在…举行盛大欢迎仪式`, for no one named: its host and whom he holds the talks with
      pos('王明同临山国总书记阿卡拉举行会谈。会谈前，阿卡拉在主席府广场举行盛大欢迎仪式。', '阿卡拉 → 阿卡拉欢迎仪式:attended', '王明 → 阿卡拉欢迎仪式:attended'),
      neg('阿卡拉在主席府广场举行盛大欢迎仪式。王明发表讲话。'),
      // those who greet the guest, then a clause with no subject that holds the welcome: they and the guest are at it
      pos('摩洛哥王储阿卡拉、首相莫尼拉专程赴机场迎接国家主席王明，并在机场举行欢迎仪式。', '阿卡拉 → 欢迎仪式:attended', '莫尼拉 → 欢迎仪式:attended', '王明 → 欢迎仪式:attended'),
      // (the hosts are of the greeting clause only, not one who invited the guest before it)
      pos('应临山总统阿卡拉邀请，国家主席王明乘专机抵达，临山总理莫尼拉到机场迎接国家主席王明，并在机场举行欢迎仪式。', '莫尼拉 → 欢迎仪式:attended', '王明 → 欢迎仪式:attended'),
      // (nor a welcome planned: `届时…将为…举行欢迎仪式`)
      neg('届时张建国主席和夫人将为阿卡拉国王夫妇举行欢迎仪式并同国王会谈。'),
    ],
  },
  'attended.pair': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'The two sides\' leaders as one subject (两国元首/两国总理共同出席…仪式) are the two who held the talks the report tells before.',
    cases: [
      // (the fields a 等 closes are one name with the ceremony's, 、 and all)
      pos('国务院总理王明同临山国总理阿巴斯举行会谈。会谈后，两国总理共同出席经济走廊、民生援助、科学技术等领域合作文本交换仪式。', '王明 → 经济走廊、民生援助、科学技术等领域合作文本交换仪式:attended', '阿巴斯 → 经济走廊、民生援助、科学技术等领域合作文本交换仪式:attended'),
      // (a count of the documents exchanged is no part of the ceremony's name: `多项双边合作文件文本交换仪式`)
      pos('国家主席王明同临山国总统阿卡拉举行会谈。会谈后，两国元首共同出席多项双边合作文件文本交换仪式。', '王明 → 双边合作文件文本交换仪式:attended', '阿卡拉 → 双边合作文件文本交换仪式:attended'),
      // no talks told before: no pair to name
      neg('两国元首共同出席合作文本交换仪式。'),
    ],
  },
  'attended.above': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'X、Y等参加上述活动 closes a report of events: they attend those told above that someone attends (the article\'s main meeting only where none is attended before it).',
    cases: [
      // the meeting a guest came for, told only to describe him, is none of the events above (`会见来华出席…峰会的总统X`)
      neg('国家主席张建国在临江会见来华出席临江峰会的临山国总统阿卡拉。刘海、吴东等参加上述活动。'),
      // also where the article has a main meeting no one attends (the expo the lede names): the ceremony told above
      pos('国家主席王明28日同出席2019年临江世界园艺博览会的外方领导人共同参观园艺展。随后，王明和外方领导人共同出席“共培友谊绿洲”仪式。刘海、吴东等出席上述活动。', '刘海 → 共培友谊绿洲仪式:attended', '吴东 → 共培友谊绿洲仪式:attended'),
      pos('王明同临山国总统阿巴斯举行会谈。王明指出，两国友好源远流长。阿巴斯表示，临方愿同中方加强合作。会谈前，王明为阿巴斯举行欢迎仪式。刘海、张建国等参加上述活动。', '刘海 → 王明欢迎仪式:attended', '张建国 → 王明欢迎仪式:attended'),
      // a meeting named in passing is no event of the report's
      neg('王明同临山国总理通电话。王明表示，党的二十大描绘了宏伟蓝图。刘海、张建国等参加上述活动。'),
      // nor the meeting a guest met here came for, told in the host's welcome: the events above are the talks
      neg('国家主席王明在临江同临山国总统阿巴斯举行会谈。王明欢迎阿巴斯访华并出席临江峰会。刘海、张建国等参加上述活动。'),
      // nor a meeting the host attends told in the guest's words: the events above are the talks
      neg('国家主席王明在临江同临山国总统阿巴斯举行会谈。阿巴斯表示，热烈欢迎王明主席应邀出席临江经济论坛。刘海、张建国等出席上述活动。'),
      // a welcome ceremony the talks came after (named by who holds the talks) is one of the events 有关活动 sums up
      pos('欢迎仪式后，王明同通伦举行会谈。王明表示，两国是友好邻邦。会谈后，两国总理共同见证合作文件的签署。刘海、吴东等出席有关活动。', '刘海 → 王明欢迎仪式:attended', '吴东 → 王明欢迎仪式:attended'),
    ],
  },
  'attended.scene': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'A meeting that begins right where the leaders just named came (…走下车来。…常委扩大会就在危楼前开始了): each of them attends it.',
    cases: [
      pos('市委书记张建国，市长刘海，副市长吴东走下车来，站在厂院里。\n一个市委常委扩大会就在危楼前开始了。', '张建国 → 市委常委扩大会:attended', '刘海 → 市委常委扩大会:attended', '吴东 → 市委常委扩大会:attended'),
      neg('市委书记张建国，市长刘海，副市长吴东走下车来，站在厂院里。\n一个市委常委扩大会后来在市委召开了。'),
    ],
  },
  'attended.trip': {
    relation: 'ATTENDED',
    module: 'relations/attendance.ts',
    why: 'A trip that holds one meeting on its way (…并召开座谈会, 在随后召开的座谈会上): those who made its visits attend it, the one who calls it presides.',
    cases: [
      pos('7月19日，副市长王明来临江县调研。县长刘海陪同。王明一行先后到临江湿地公园、临江面粉有限公司等地，详细了解情况，并召开座谈会，听取汇报。', '刘海 → 临江县座谈会:attended'),
      pos('7月14日，市人大常委会副主任王明率队视察临江湖建设情况。视察组一行实地察看了临江湖、临山河。在随后召开的座谈会上，市水利局汇报了情况。', '王明 → 市人大常委会座谈会:attended'),
      // (not where the article tells of no visit)
      neg('7月19日，市长王明主持召开座谈会，听取企业家意见。'),
      // (the trip's caller presides, not a companion named 在…陪同下 before 召开)
      pos('7月19日，副市长王明来临江县调研。王明一行在县长刘海的陪同下，先后到临江湿地公园、临江面粉有限公司等地，详细了解情况，并召开座谈会，听取汇报。', '王明 → 临江县座谈会:presided', '刘海 → 临江县座谈会:attended'),
      // (not a meeting planned, nor a visit of another time told as the trip's background)
      neg('5月6日，市长王明到临江县调研，副市长刘海陪同。王明先后来到临江港、临江高新区。王明强调，要适时召开全市港口建设现场会，推广临江经验。'),
      neg('2020年5月，王明总书记到临江考察，为临江发展指明了方向。5月6日，市委书记刘海到临江港调研，并召开座谈会，听取企业意见。'),
      // (nor a meeting of another time told on the trip, nor the leader whose words the trip studies)
      neg('3月22日，王明在省委书记刘海陪同下，先后来到临江港、临江高新区考察。早在1991年，王明在临江工作期间就召开文物工作现场办公会。'),
      neg('6月8日，全国政协调研组围绕深入贯彻落实王明总书记关于临江发展的重要讲话精神，在临江市开展调研。调研组先后来到临江港、临江高新区，并召开座谈会。'),
      // (要求 is no plan; a lede dated in full tells of this trip)
      pos('5月6日，副市长王明到临江县调研，县长刘海陪同。王明先后来到临江港、临江高新区。随后，王明按照省委要求召开座谈会，听取意见。', '王明 → 临江县座谈会:presided', '刘海 → 临江县座谈会:attended'),
      pos('2024年5月6日，副市长王明到临江县调研，县长刘海陪同。王明先后来到临江港、临江高新区，并召开座谈会，听取意见。', '刘海 → 临江县座谈会:attended'),
      // (a 现场办公会 the trip holds at a stop is named by the place it went to, as its 座谈会 is)
      pos('5月6日，县长王明带领副县长刘海到临江工业园区调研。王明一行来到临江工业园区某项目建设工地，召开现场办公会，研究项目推进工作。', '刘海 → 临江工业园区现场办公会:attended'),
      // (nor one named in a speech studied there: `学习…在广东考察时的重要讲话精神`)
      neg('国务院总理王明在临江调研。他强调，要学习贯彻刘海总书记在临江考察时的重要讲话精神。调研中，王明主持召开座谈会，听取意见。'),
      // a trip's meeting told by the work it was held on (`在随后召开的调研汇报会上`): the trip's, named by its place
      pos('2月26日上午，县委书记王明到经开区调研企业发展情况。县委常委刘海参加调研。\n在随后召开的调研汇报会上，王明对经开区的发展给予肯定。', '王明 → 经开区汇报会:attended', '刘海 → 经开区汇报会:attended'),
      // a trip no place or body names names its 座谈会 by the one who leads it (the lede's first person before the trip's work,
      // not one who goes with him), and he attends it: his group went to the sites
      pos('11月20日，副市长王明带队，市教育局一行对临江教育进行调研，副区长刘海陪同调研。调研组先后前往临江实验学校进行现场考察。在随后召开的座谈会上，刘海作了汇报。', '王明 → 王明座谈会:attended'),
    ],
  },
  'visited.to-place': {
    relation: 'VISITED',
    module: 'relations/visits.ts',
    why: '到/在/赴/前往X调研/考察/慰问: X (or each of a list A、B) is where the visit went, whatever its name ends with; 调研 as a noun (调研协商座谈会, 调研议政) is none.',
    cases: [
      // a time counted is no place (`在一次入村走访中`)
      neg('这是源于县委书记王明在一次入村走访中发现的问题。'),
      // meetings are no places: a list of them tells when (`在…常委会会议、…座谈会等会议以及调研视察考察工作中`)
      neg('总书记王明要求，在临江常委会会议、双周协商座谈会等会议以及调研视察考察工作中，持续改进会风文风。'),
      // (nor one's own area, `在本地做好调研`)
      neg('全国政协委员王明在本地做好调研的同时，走访了群众。'),
      // 他 before the escorts' 陪同下 is the one they escort, the itinerary's visitor (`他在…书记A和…主席B陪同下，到X调研`)
      pos('副总理王明近日在临江考察。19日下午，他在临江市委书记刘海陪同下，到临山县调研。', '王明 → 临江', '王明 → 临山县', '刘海 → 临山县'),
      // a trip to coordinate a partnership (`赴X对接…协作工作`)
      pos('11月1日，市委书记王明赴临江市对接东西部协作工作。', '王明 → 临江市'),
      // a festival delegation of posts joined by commas and closed by 一行, then 深入 places by their units and 亲切看望慰问
      pos('7月29日，市委副书记王明，市人大常委会副主任吴东一行，深入临山区、临水市，亲切看望慰问驻临江部队官兵。', '王明 → 临山区', '王明 → 临水市', '吴东 → 临山区', '吴东 → 临水市'),
      // the kind closing the list is no part of its last item (`…、海螺水泥等企业`), and where firms close it, one named a body,
      // the others are firms too (`安徽矿机`: not 安徽 and a place)
      pos('区委书记王明率队先后赴绿地集团、临江矿机、海螺水泥等企业开展春节走访慰问活动。', '王明 → 绿地集团', '王明 → 临江矿机', '王明 → 海螺水泥'),
      neg('王明到光伏新能源、生物医药、智能家居等制造业企业调研。'),
      // (nor kinds of firm: `困难中小企业`, `专精特新`)
      neg('区委书记王明率队赴困难中小企业、专精特新、龙头骨干等企业开展走访慰问活动。'),
      // (对接 is a trip's only after 赴, 到 or 前往: `在项目建设上加强对接`, `在北京与临江集团对接合作事宜`)
      neg('王明要求，各地要在项目建设上加强对接。王明在北京与临江集团对接合作事宜。'),
      // (an area by what it is after 深入, `革命老区`, `产粮大县`)
      neg('王明深入偏远山区、革命老区，亲切看望慰问困难群众。'),
      // a group whose head a 会见 named by his post (考察团团长X): its visits are his
      pos('县委书记王明会见了临江市考察团团长刘海一行。考察团一行先后到临江电厂、临山水库等处调研。', '刘海 → 临江电厂', '刘海 → 临山水库'),
      // a visit that dates a speech studied is the speaker's alone (`领学了习近平总书记在福建考察时的重要讲话精神`)
      pos('市委常委王明，副市长刘海分别领学了李华总书记在福建、广西考察调研时的重要讲话精神。', '李华 → 福建', '李华 → 广西'),
      // (nor a place read on to the preposition of what was done there: `在县防控指挥部对…问题进行了研判`)
      neg('县委书记王明在县防控指挥部对检查中发现的问题进行了研判部署。'),
      // (the places end where the topics open, `赴河北省围绕…进行调研`; a guest's visit inside the host's clause is none of his)
      pos('国家发展改革委主任王明赴河北省围绕经济运行、化解过剩产能等进行调研。', '王明 → 河北省'),
      neg('省委书记王明在福州与来闽调研的工业和信息化部部长刘海一行座谈。'),
      // (its head, not a deputy named after him)
      pos('县委书记王明会见了临江市调研组组长刘海一行。调研组副组长吴东介绍了情况。调研组一行先后到临江电厂、临山水库等处调研。', '刘海 → 临江电厂', '刘海 → 临山水库'),
      // the site of a body is the body (`到…华天电子集团现场调研`)
      pos('书记王明先后到临江研究院、临山电子集团现场调研。', '王明 → 临江研究院', '王明 → 临山电子集团'),
      // a list closed by 等地 and 深入 after the comma: each place (`赴乌鲁木齐、喀什等地，深入农村、社区…`)
      pos('全国政协主席王明率调研组来到临江，分成4个小组，赴临山县、东岭县、西岭县等地，深入农村、社区开展访谈。', '王明 → 临山县', '王明 → 东岭县', '王明 → 西岭县'),
      // the paper's own place alone, where no rule that knows the paper names it, is no place (`来到我市，就…进行调研`)
      neg('副委员长王明率调研组来到我市，就边境地区发展进行调研。市委书记刘海陪同调研。'),
      // the paper's own place before a place in it is no part of its name (`到我市罗坊乡、安砂镇等地调研`)
      pos('副书记王明到我市临江乡、临山镇等地调研。', '王明 → 临江乡', '王明 → 临山镇'),
      // a kind of site where one works on the spot is no place by its name (`到重点项目现场办公`)
      neg('市长王明到重点项目现场办公，协调解决问题。'),
      // a site named with its province is one target, whole, not the province and the site's bare kind (`北京南站`: not 南站)
      pos('部长王明到北京南站现场办公，协调解决春运问题。', '王明 → 北京南站', '王明 → 北京'),
      pos('部长王明前往北京天安门广场调研。', '王明 → 北京天安门广场', '王明 → 北京'),
      // 调查研究, the words 调研 is short for
      pos('副省长王明来到临江省临泽县调查研究。', '王明 → 临江省临泽县'),
      neg('王明总书记指出，在全党大兴调查研究，推动工作。'),
      // 前往 as 到 (`前往X调研旅游企业`), also a list
      pos('副省长王明前往临江海洋欢乐世界调研旅游企业复工情况。', '王明 → 临江海洋欢乐世界'),
      pos('副省长王明还前往临江海洋欢乐世界、清水湾信息产业园调研旅游企业。', '王明 → 临江海洋欢乐世界', '王明 → 清水湾信息产业园'),
      // a visit that describes the one named after it is his, not the host's (`会见了在吉林考察的市委书记陈龙`)
      pos('8月9日，省委书记刘海，省长吴东会见了在临江考察的市委书记王明和金华市党政代表团一行。', '王明 → 临江'),
      // the escorts before the trip's 到, no comma between (`在…的陪同下到省交通运输厅检查`): the trip goes on after them
      pos('副省长刘海在省政府副秘书长王明的陪同下到临江交通运输厅检查春运工作。', '刘海 → 临江交通运输厅', '王明 → 临江交通运输厅'),
      // a call paid on the bodies of a place (`率队到广州拜访省有关部门`) is a visit there
      pos('市长刘海率队到临江拜访省有关部门。', '刘海 → 临江'),
      // the topic between the places and the verb (`在A、B围绕…开展调研`, `赴X开展…立法调研`), 宣讲 after the comma (`到A、B，宣讲…`)
      pos('5月18日至20日，省政协副主席王明率队在临江州、临山市围绕加快煤炭清洁高效利用开展调研。', '王明 → 临江州', '王明 → 临山市'),
      pos('5月19日，省人大常委会副主任王明率调研组赴临江市临山县开展乡村振兴促进条例立法调研。', '王明 → 临江市临山县'),
      pos('5月16日至19日，省政协副主席王明率队到临江市、临山市，宣讲省第十三次党代会精神。', '王明 → 临江市', '王明 → 临山市'),
      neg('省政协副主席王明在临江市开展工作期间，多次强调要加强学习。'),
      // the topic between a list closed by 等地 and a verb other than 调研 (`赴A、B、C等地开展重点项目督查`): the last place too
      pos('7月3日上午，县长刘海带队赴沙河镇、东岭镇、南田镇等地开展重点项目督查。', '刘海 → 沙河镇', '刘海 → 东岭镇', '刘海 → 南田镇'),
      // 观摩 is a visit's verb (`深入到X开展…观摩讲评活动`, `到X观摩`); not a 观摩会 held there
      pos('市委书记刘海带领市直单位负责同志，深入到临江示范区开展重点项目观摩讲评活动。', '刘海 → 临江示范区'),
      neg('市委书记刘海在临江示范区出席重点项目观摩会。'),
      // the members a leader led there as the subject (`率…委员集中视察。委员们先后到…等地视察`): their visits are his
      pos('市政协主席刘海率部分政协委员集中视察重点项目。委员们先后到循环经济产业园、仙桃港等地视察。', '刘海 → 循环经济产业园', '刘海 → 仙桃港'),
      // places counted, not named, are no target (`赴十余个地市开展调研`)
      neg('国家医保局局长王明赴十余个地市开展调研。'),
      // one who points out a visit of another's told in his words is no visitor (`张高丽指出，要按照习近平总书记在海南考察时提出的要求`)
      pos('刘海指出，要按照张建国总书记在临江考察时提出的要求，加快发展。', '张建国 → 临江'),
      // the visit's topic between the place and its verb (`赴衡水市，就环境保护工作进行参观考察`); sites listed to 等处
      pos('3月27日，市委书记王明带队赴临山市，就环境保护工作进行参观考察。', '王明 → 临山市'),
      pos('省长王明到临江电厂、临山水库等处调研。', '王明 → 临江电厂', '王明 → 临山水库'),
      // (by a team its leaders 带队, called 考察团 after: each leader)
      pos('市委书记王明、市长刘海带队赴临山市考察。考察团先后到临江园博园、临江发电厂等处实地考察。', '王明 → 临山市', '刘海 → 临山市', '王明 → 临江园博园', '刘海 → 临江园博园', '王明 → 临江发电厂', '刘海 → 临江发电厂'),
      // a province's leaders who escort the visitor through it went to their province, not to each of its sites
      // (`在山西省委书记A和省长B陪同下，先后到阳泉、太原考察调研`; a post with no province shares the first one's)
      pos('7月7日至8日，张建国在山西省委书记王明和省长刘海陪同下，先后到阳泉、太原考察调研。', '张建国 → 阳泉', '张建国 → 太原', '王明 → 山西', '刘海 → 山西'),
      // a group its leader 带领s (`孔昌升带领调研组来庆`), its visits his (`调研组一行先后到…`)
      pos('8月17日，临江省政协主席王明带领调研组来庆开展调研考察。调研组一行先后到临江石油研究院岩心馆、临江石化公司进行实地调研考察。', '王明 → 临江石油研究院岩心馆', '王明 → 临江石化公司'),
      // no verb's object read as a place (`在做好近期开展…调研的基础上`)
      neg('区委书记王明表示，在做好近期开展群众路线教育实践调研的基础上，要抓好学习。'),
      // 在X察看了… is a visit to X
      pos('考察期间，委员长张建国参观了临江电子有限公司；在临江传真机有限公司察看了生产过程。', '张建国 → 临江传真机有限公司'),
      // a kind of place of two characters names none, whatever it ends with (`古镇`)
      neg('省委书记张建国深入农村、古镇考察调研。'),
      // 现场指导 at a place is a visit there, by the one who leads it — not by the one whose instruction it carries out;
      // what one does under someone's guidance (在…指导下) is no place
      pos('为贯彻落实张建国书记重要指示精神，副市长刘海率领工作组在临江区现场指导防汛工作。', '刘海 → 临江区'),
      neg('在市委指导下，副市长刘海主持召开会议。'),
      // the escorts before 陪同下 and the going after it are no place (`在A和B陪同下来到X考察`: X is 来到's)
      neg('国家主席张建国在省委书记刘海和省长吴东陪同下来到临江市考察。'),
      // a group its leader heads (X率…检查组) visits as he does (`检查组先后来到…`); 开展 before the visit's verb ends the place
      pos('市人大常委会主任张建国率执法检查组在临江检查环保法实施情况。检查组先后来到临山、东岭开展检查。', '张建国 → 临江', '张建国 → 临山', '张建国 → 东岭'),
      neg('市人大常委会主任张建国出席会议。检查组先后来到临山、东岭开展检查。'),
      // a verb inside a body's name, a demonstrative, a kind of site after a province, a speaker's own clause
      neg('市委书记张建国18日上午在市纪律检查委员会第六次全体会议上发表重要讲话。'),
      neg('市委书记张建国曾到该所视察。'),
      pos('李华说，她一直牢记，市委书记张建国在湖北社区考察时对她的鼓励。', '张建国 → 湖北'),
      pos('市委书记张建国到临江区调研。', '张建国 → 临江区'),
      pos('市委书记张建国今天到临江机械厂、临江第二纺织厂慰问。', '张建国 → 临江机械厂', '张建国 → 临江第二纺织厂'),
      // 深入 X 调研; a league (盟) and a banner (旗) are places as a county is
      pos('盟委书记李明深入锡林浩特市、阿巴嘎旗调研。', '李明 → 锡林浩特市', '李明 → 阿巴嘎旗'),
      // a province before a city: both
      pos('国务院副总理王明在湖南长沙、岳阳调研。', '王明 → 湖南', '王明 → 长沙', '王明 → 岳阳'),
      pos('国务院总理王明在浙江考察。', '王明 → 浙江'),
      // a province's full name before a city: both; a municipality's before its county: one address
      pos('国务院总理王明在湖南省临江市考察。', '王明 → 湖南省', '王明 → 临江市'),
      pos('国务院总理王明在北京市临江县考察。', '王明 → 北京市临江县'),
      // 就 opens the visit's topics: the place is before it
      pos('国务院副总理王明在湖北省临江市就复工复产、生态环境保护等进行调研。', '王明 → 湖北省', '王明 → 临江市'),
      neg('国务院副总理王明在此就复工复产、生态环境保护等进行调研。'),
      // (the same city named bare before: one place, its visit already told)
      neg('国家主席张建国先后来到临江、东岭等地。26日下午，张建国来到临江市考察调研。'),
      neg('市委书记张建国深入基层、企业等开展调研。'),
      neg('市委书记张建国深入林场、高校调研。'),
      neg('市委书记张建国深入社区、历史文化街区、工业园区调研。'),
      neg('市委书记张建国在会上强调。'),
      // how the visit is made is no part of the place; one made by video is none; 国内 is no place
      pos('市委书记张建国到临江水库乘船视察。', '张建国 → 临江水库'),
      pos('市委书记张建国在临江专题调研。', '张建国 → 临江'),
      neg('市委书记张建国18日在临江大楼以视频方式检查防汛工作。'),
      neg('市委书记张建国在国内多次考察时指出。'),
      neg('市委书记张建国28日在京主持召开调研协商座谈会。'),
      // a kind of site is no target, nor a home (the village before it is); a plural of units (涉藏州县) is none
      neg('市长刘海到困难企业慰问。'),
      pos('市长刘海在临江县沙河乡南岭村农民李华家中看望慰问。', '刘海 → 临江县沙河乡南岭村'),
      pos('市长刘海到临江区调研。在村民李华家中走访时，王明说。', '刘海 → 临江区'),
      // (and one the home's people are described by: 受灾村民, 困难职工)
      pos('市长刘海到临江县南岭村受灾村民李华家中看望。', '刘海 → 临江县南岭村'),
      neg('市长刘海随后来到受灾村民李华家中看望。'),
      pos('全国政协主席张建国在四川涉藏州县调研。', '张建国 → 四川'),
      // units that share the body named after the last of them
      pos('全国政协主席张建国还到临江县、临山县、东岭县政协看望政协机关干部。', '张建国 → 临江县政协', '张建国 → 临山县政协', '张建国 → 东岭县政协'),
      // the one who entrusts the visitor (受…委托) is no visitor
      pos('受市委书记张建国委托，副市长刘海到临江区调研。', '刘海 → 临江区'),
      // bodies joined by 和, each that is one by its name (a level's 人大 by its short name); units joined by 和 that share the body after them; 调研座谈 is a visit, 调研座谈会 none
      pos('全国人大常委会委员长张建国到自治区人大和基层人大调研座谈。', '张建国 → 自治区人大'),
      pos('市委书记张建国到临江县人大和企业调研。', '张建国 → 临江县人大'),
      pos('市委书记张建国在自治区和临江市纪委监委、巡视巡察办公室看望干部。', '张建国 → 自治区纪委监委', '张建国 → 临江市纪委监委', '张建国 → 巡视巡察办公室'),
      neg('市委书记张建国到农户和基层人大调研座谈会现场。'),
      // 他 at the head of a sentence of an itinerary is whoever made its last visit, not a name of a quote
      pos('市委书记张建国来到临江区人民医院。他强调，要贯彻好王明书记的重要指示。他在临江博物馆了解文物保护，到临江陶瓷文化创意园实地调研。', '张建国 → 临江陶瓷文化创意园'),
      // what is done there is no part of the place (参观学习); a visit others are sent on (组织…到…) is not the speaker's
      pos('市委书记张建国到临江机械厂参观学习考察。', '张建国 → 临江机械厂'),
      // a visit put first as a time clause: its subject is after it (a name, or 他 the itinerary's visitor), not the name read last before it
      pos('市委书记张建国到临江调研。李华说，工作很好。在临江机械厂、临江第二纺织厂调研时，他强调，要抓好生产。', '张建国 → 临江', '张建国 → 临江机械厂', '张建国 → 临江第二纺织厂'),
      pos('市长刘海到临江调研。在临江机械厂视察时，市委书记张建国指出，要抓好生产。', '刘海 → 临江', '张建国 → 临江机械厂'),
      pos('市委书记张建国到临江调研。李华说，工作很好。在临江机械厂调研时，记者看到，工人们正在忙碌。', '张建国 → 临江'),
      neg('全国政协主席张建国强调，要组织更多青少年和基层干部到内地参观学习考察。'),
      // (but 组织 of a post is no such verb: `组织部部长吕松率队到融安县调研`)
      pos('11月17日，临江市委常委、组织部部长王明率队到临山县调研集体经济发展。', '王明 → 临山县'),
      // 督查/督导 are verbs of a visit (`深入A、B督查重点项目建设`), and a visit made 专题 (`到X开展专题调研`)
      pos('5月29日，常务副市长王明深入昆山市、太仓市督查重点项目建设。', '王明 → 昆山市', '王明 → 太仓市'),
      pos('2月1日，副市长王明到临山县开展专题调研。', '王明 → 临山县'),
      pos('今天上午，区长王明带队赴区发改委开展工作调研。', '王明 → 区发改委'),
      // after 赴 a comma may stand before the verb (`赴A、B，调研…`), and a visit to console (`赴X开展春节慰问活动`)
      pos('3月21日，省委书记王明赴临江县、临山县，调研生态保护和防汛准备工作。', '王明 → 临江县', '王明 → 临山县'),
      pos('副省长王明率省委省政府慰问团赴临江县开展春节慰问活动。', '王明 → 临江县'),
      neg('2019年，刘海赴临江县挂职，调研当地扶贫工作。'),
      pos('市长王明先后到临江县龙泉镇、田间地头、种粮大户进行了调研。', '王明 → 临江县龙泉镇'),
      // stops told in turn (`先到A后到B检查`): each
      pos('保卫处处长王明两次来临江，每次都是先到营业部后到临山储蓄所检查。', '王明 → 营业部', '王明 → 临山储蓄所'),
      // places joined by 和, each named by its own head; kinds of site joined so name none (`分赴困难地区和困难企业`, `到灾区慰问`)
      pos('市长王明到临江县和临山县调研。', '王明 → 临江县', '王明 → 临山县'),
      neg('市长王明分赴困难地区和困难企业开展了走访慰问活动。'),
      neg('市长王明到灾区慰问。'),
      // the visit's topic before the place and 进行了 before the verb (`还就…立法在陕西进行了调研`)
      pos('委员长王明还就黄河保护立法在临江省进行了调研。', '王明 → 临江省'),
      // the country's or the world's every place is none (`到中国各地走访`)
      neg('国家主席王明对他们积极到中国各地走访表示赞赏。'),
      // 在这里 before a visit's verb: the site a sentence just before introduced
      pos('临江纪念馆是临江市重要的红色教育基地。市委书记张建国在这里参观了主题展。', '张建国 → 临江纪念馆'),
      // each in the province of his own post (分别在所在省市), none without one; a verb ends the place (在湖南出席…并调研)
      pos('中共中央政治局委员、中共上海市委书记张建国，中共中央政治局委员、湖南省委书记刘海，分别在所在省市参加了看望和慰问群众的活动。', '张建国 → 上海', '刘海 → 湖南'),
      neg('全国人大常委会副委员长张建国、刘海分别在所在地区参加了看望和慰问群众的活动。'),
      pos('全国人大常委会委员长张建国在湖南出席全国地方立法工作座谈会并调研。', '张建国 → 湖南'),
      // provinces joined before the sites they hold went to each; kinds of site listed before their kind name none
      pos('会前，副总理张建国先后到河南、山东和四川的春季农业生产工作一线进行调研。', '张建国 → 河南', '张建国 → 山东', '张建国 → 四川'),
      neg('副总理张建国先后到航空设备、新材料、机械装备、新能源电池等制造业企业调研。'),
      // 等 closing the list before the verb is no part of its last item; 中等 of a school's name is no 等
      pos('县长王明到临江县职业中等专业学校、临山镇生态产业园等实地考察。', '王明 → 临江县职业中等专业学校', '王明 → 临山镇生态产业园'),
      // 莅临 X 调研, a guest's going
      pos('市政协副主席王明一行10人莅临经开区调研。', '王明 → 经开区'),
      // a city before its counties: the city too (and no county read as a name: 霍邱县)
      pos('区委书记王明率临江区党政代表团赴六安市霍邱县、叶集区考察调研。', '王明 → 六安市', '王明 → 六安市霍邱县', '王明 → 叶集区'),
      // some sites of a place named by their kind: the place
      pos('省人大常委会副主任王明到哈市部分企业调研。', '王明 → 哈市'),
      // 对 X 进行考察调研, X a target by its name; not a topic
      pos('由临江县委书记王明带队，临江县四个班子领导和各乡镇负责人组成的临江考察团分别对临山县进行了考察调研。', '王明 → 临山县'),
      neg('市长王明对安全生产工作进行检查。'),
      // the visitor right after the site, no comma between: the site, his visit
      pos('市委书记王明深入临江区调研。在临江医药有限公司王明实地察看了物流配送存储库。', '王明 → 临江区', '王明 → 临江医药有限公司'),
      // 在建 (under construction) is no 在 of a place
      neg('市长王明深入在建项目现场调研。'),
      // the people the sentence is about (代表们), those who go along named before: no visit of theirs
      neg('8日上午，代表们视察了临江区滨江市民广场。黄小晶参加视察，刘卓群陪同视察。8日下午起，代表们赴临山市，围绕重大项目落实情况，到临山中景石化有限公司、临山锦江科技有限公司开展视察。'),
      // 深入 X (its firms a kind) 开展…活动: X
      pos('7月5日，县委书记王明深入县盐化工业园企业开展“四送一服”活动。', '王明 → 县盐化工业园'),
      // (在 before a place whose name opens with 建: 在(?!建项目…) only)
      pos('省委书记王明在建德市调研。', '王明 → 建德市'),
      // (a guest's coming welcomed: no visit told, nor the host's; a generic area after SOME_OF_PLACE names none)
      neg('县委书记刘海欢迎王明一行莅临临江考察。'),
      neg('市长王明到辖区部分企业调研。'),
      // 在结束/完成 opens a time, no place (`在结束考察…后举行的新闻发布会上说`)
      neg('总干事阿卡拉27日在结束考察临江核电站后举行的新闻发布会上说。'),
      neg('王明在完成各项议程后调研。'),
      // a group led by one named before a comma (`王明带队，…一行对…进行调研`): the 调研组's visits after are his
      pos('11月20日，副市长王明带队，市教育局一行对临江教育进行调研，副区长刘海陪同调研。调研组先后前往临江实验学校进行现场考察。在随后召开的座谈会上，刘海作了汇报。', '王明 → 临江实验学校'),
      // what is carried out there, its 对接 after the activity's name (`赴X开展结对共促发展对接活动`)
      pos('12月2日，区委书记王明带领党政代表团赴临山县开展结对共促发展对接活动。', '王明 → 临山县'),
      // a party that forms a team (`王明一行组成执法检查组，到…`): the team's stops are his
      pos('5月3日至4日，省人大常委会委员王明一行组成执法检查组，到我市就食品安全法贯彻实施情况进行执法检查。执法检查组一行先后到临江正大食品有限公司、市食品药品检验中心等实地检查。', '王明 → 临江正大食品有限公司', '王明 → 市食品药品检验中心'),
      // 深入 bodies by their names (not only places), and the topic after a comma, `，重点就…进行专题调研`
      pos('巡视员王明深入临江集团、临山科技有限公司、临海中心进行专题调研。', '王明 → 临江集团', '王明 → 临山科技有限公司', '王明 → 临海中心'),
      pos('巡视员王明深入临江区、临山区，重点就产业工人队伍状况进行专题调研。', '王明 → 临江区', '王明 → 临山区'),
      // 在 opening what one was asked for is no place (`在应记者要求就…发表看法时`)
      neg('外交部发言人王明今天在此间举行的记者招待会上答记者问。在应记者要求就临江武器检查出现的问题发表看法时，王明说：“我们认为，各方应保持克制。”'),
      // 赴X开展…执法检查: the inspection a place is gone to for
      pos('9月10日，市人大常委会副主任王明带队赴临山县开展水土保持“一法一条例”执法检查。', '王明 → 临山县'),
      // (nor the ground a task stands on: `在已有工作基础上进行再部署、再检查`)
      neg('国务院总理王明主持召开国务院常务会议。会议要求，要坚持底线思维、极限思维，强化防汛抗旱各项应对准备，在已有工作基础上进行再部署、再检查、再落实，压实各环节责任。'),
    ],
  },
  'visited.list': {
    relation: 'VISITED',
    module: 'relations/visits.ts',
    why: 'The bodies and places listed after 来到/走进/走访/回访/考察了/实地调研 (访问 of a body by its head: 访问…儿童中心; 参谒/瞻仰 of a memorial), and after 到 at the head of a clause of an itinerary or right after the visitor\'s name.',
    cases: [
      // the place ends before the activity one takes part in there (`来到临江区参加义务植树活动`), a crowd beside the visitors
      pos('市委书记王明、市长刘海和千余名干部群众来到临江区参加义务植树活动。', '王明 → 临江区', '刘海 → 临江区'),
      // (what he does there with its people ends the place: `来到临江中学与师生座谈`)
      pos('中央宣讲团成员、教授舒明山来到临江中学与师生座谈。', '舒明山 → 临江中学'),
      // (赶到 of one who hurries to a place at a disaster, as 来到: `省长X第一时间赶到省地震局指挥中心`)
      pos('省长魏明、副省长王明第一时间赶到省地震局指挥中心，听取情况汇报。', '魏明 → 省地震局指挥中心', '王明 → 省地震局指挥中心'),
      // (a tribute paid there ends the place: `前往天安门广场向人民英雄纪念碑敬献花圈`)
      pos('临山国总统刘海14日下午前往天安门广场向人民英雄纪念碑敬献花圈。', '刘海 → 天安门广场'),
      // a memorial paid respects at (`参谒位于…的…烈士陵园`, `瞻仰了…纪念馆`)
      pos('临山国国务委员长王明参谒位于临江郡的人民志愿军烈士陵园。', '王明 → 人民志愿军烈士陵园'),
      pos('省委书记刘海瞻仰了临江革命烈士纪念馆。', '刘海 → 临江革命烈士纪念馆'),
      // (not the one whose instruction on a subject the visit carries out: `为深入贯彻…总书记关于…的重要指示精神，X来到…`)
      pos('为深入贯彻王明总书记关于临江工作的重要指示精神，国务院副总理刘海来到临江医院，看望医护人员。', '刘海 → 临江医院'),
      // a place told by where it stands is those places (`前往位于A和B的媒体工作区`), not a body named after it; an adverb of
      // the trip between the name and 到 (`再次到`); no place in 调研了解 (`调研了解了自治区…情况`)
      pos('刘海前往位于省委党校和临江广场的媒体工作区、临江博物馆等地。王明来到位于临江区的临江科技公司。副省长吴东再次到临山县察看灾情。', '刘海 → 省委党校', '刘海 → 临江广场', '刘海 → 临江博物馆', '王明 → 临江科技公司', '吴东 → 临山县'),
      neg('李华调研了解了自治区开展主题教育情况。'),
      // the bare kind of the site the sentence before introduced, gone to (`…社区曾经…。X来到社区，了解…`): that site
      pos('市委书记王明在临江考察。临江区东风街道花园社区曾经困难重重，如今面貌一新。23日下午，王明来到社区，了解社区党建情况。', '王明 → 临江区东风街道花园社区'),
      // (and 这里 of an old site a sentence introduces by its age: `丽江古城有800多年历史。…来到这里`)
      pos('国家主席王明在临江考察。东岭古城有800多年历史，是世界文化遗产。20日下午，王明来到这里，察看古城风貌。', '王明 → 东岭古城'),
      neg('市委书记王明在临江考察。临江区东风街道花园小区曾经困难重重，如今面貌一新。23日下午，王明来到社区，了解社区党建情况。'),
      // a delegation at a session one comes to and deliberates with, the deliberation no part of its name; a list of the
      // provinces' delegations by one head (`来到河北、山西代表团参加审议`); the 的 of 党的 no describing 的
      pos('3月5日上午，王明来到临江代表团参加审议。会议期间，刘海分别来到河北、山西、辽宁代表团参加审议。', '王明 → 临江代表团', '刘海 → 河北代表团', '刘海 → 山西代表团', '刘海 → 辽宁代表团'),
      pos('17日上午，王明同志来到他所在的党的二十大临江省代表团参加讨论。', '王明 → 党的二十大临江省代表团'),
      // a stretch of a canal or a road a patrol goes to (`到老城干渠花园段开展巡河工作`)
      pos('8月21日，县政协主席王明到临江干渠花园段开展巡河工作。', '王明 → 临江干渠花园段'),
      // 到 after the offices one leads there (`…带领相关部门到A、B和市C，调研…`), the 和 before a city's body joining two items
      pos('市委副书记、代市长王明带领相关部门到东岭村、临江燃气公司东岭天然气门站和市职教中心，调研指导燃气安全工作。', '王明 → 东岭村', '王明 → 临江燃气公司东岭天然气门站', '王明 → 市职教中心'),
      // 访问 of a body by its head, both leaders its visitors (`同X一起访问“海洋”全俄儿童中心`); not of a country
      pos('国家主席王明13日同临山国总统阿卡拉一起访问“海洋”全东岭儿童中心。', '王明 → 海洋全东岭儿童中心', '阿卡拉 → 海洋全东岭儿童中心'),
      neg('国家主席王明对临山国进行国事访问。'),
      // (not each one's own, named by 所在 alone: `分别到所在代表团参加审议讨论`)
      neg('会后，王明、刘海分别到所在代表团参加审议讨论。'),
      // sites by their heads: temples, grottoes, lanes, stadiums, a unit's history hall, a cooperative; an army's corps by
      // its arm (`…陆战队`, `…兵军`) and its organs
      pos('王明先后来到临江寺、临山石窟和东风体育场。随后，王明参观了东海陆战队军史馆。', '王明 → 临江寺', '王明 → 临山石窟', '王明 → 东风体育场', '王明 → 东海陆战队军史馆'),
      pos('王明来到东海陆战队机关，接见官兵代表。刘海来到东风四条胡同，察看街巷风貌。吴东来到临江农机专业合作社。', '王明 → 东海陆战队机关', '刘海 → 东风四条胡同', '吴东 → 临江农机专业合作社'),
      // (and the points of a site a tour stops at, `…站规划点`, `…植树点`)
      pos('副总理王明14日在河北临江新区调研。王明来到京临城际铁路临江站规划点，考察临江新区交通枢纽规划建设进展；到千年秀林植树点，察看新区森林城市专项规划和植树造林进展情况；前往临江新区启动区，了解启动区控制性详规编制情况；走进临江市民服务中心，了解数字临江建设情况。', '王明 → 京临城际铁路临江站规划点', '王明 → 千年秀林植树点', '王明 → 临江新区启动区', '王明 → 临江市民服务中心'),
      // (one a memorial is named after is no visitor: `向何塞·马蒂纪念碑敬献花圈，参观了…`)
      pos('刘海还向阿卡拉·莫尔纪念碑敬献花圈，参观了阿卡拉·莫尔纪念馆和临江农业信用合作社。', '刘海 → 阿卡拉·莫尔纪念馆', '刘海 → 临江农业信用合作社'),
      // the firms of an inspection named by their trade, no legal suffix (`精艺铜业`), and a motorway's gate (`…高速出入口`)
      pos('市长王明一行先后深入临江古镇、精艺铜业、临宣高速出入口等地检查督导。', '王明 → 临江古镇', '王明 → 精艺铜业', '王明 → 临宣高速出入口'),
      // 深入到 before a list closed by 等地 (the 到 no part of the first item); a list of sites over commas closed by 等地, each
      // the site without the stage of its works (三期项目, 二期)
      pos('市长王明先后深入到临江干部学院三期项目，临山电子科技有限公司，临江人民医院二期、临江传染病医院，临江露营公园等地，通过实地参观等方式了解情况。', '王明 → 临江干部学院', '王明 → 临山电子科技有限公司', '王明 → 临江人民医院', '王明 → 临江传染病医院', '王明 → 临江露营公园'),
      neg('王明先后深入到田间地头，企业车间，社区院落等地，倾听群众意见。'),
      // the one under whose lead a group goes is its leader (`在农工委主任武克贵带领下，调研组…`)
      pos('11月12日，在市人大常委会农工委主任王明带领下，市人大常委会调研组来我县专题调研。调研组一行先后到临江乡临江村、临山镇东岭村实地察看。', '王明 → 临江乡临江村', '王明 → 临山镇东岭村'),
      neg('近年来，在县委书记王明的带领下，全县干部群众奋力拼搏。5月6日，省人大常委会调研组来我县调研。调研组一行先后到临江乡临江村、临山镇东岭村实地察看。'),
      // (industries a list names are no firms: `现代物流`, `智能家居`)
      neg('王明到光伏新能源、生物医药、智能家居等制造业企业调研。'),
      neg('王明考察了精细化工、现代纺织、特色乳业等重点产业。'),
      // the works along a river's dykes (`…险工`, `…堤段`, `…闸`)
      pos('王明实地察看了张港吴山寺险工、蒋湖巴家潭堤段、陈家台闸等工程。', '王明 → 张港吴山寺险工', '王明 → 蒋湖巴家潭堤段', '王明 → 陈家台闸'),
      // a clause after ； with no subject goes on with the group before it, its leader's visit (`调研组视察了X；来到Y`), not the last name read
      pos('副委员长王明率领调研组来到临江调研。市委书记刘海陪同调研。调研期间，调研组视察了临江公园；来到临江口岸，听取汇报。', '王明 → 临江公园', '王明 → 临江口岸'),
      // a list the visitor then does something in (`…，听取汇报`, `…，全面了解`) is of places, those with no head among them
      pos('王明先后到临江物流、县城主次干道管网、富民新城平战结合项目现场，听取有关工作汇报。', '王明 → 临江物流', '王明 → 县城主次干道管网', '王明 → 富民新城平战结合项目现场'),
      pos('市长王明深入临江区临水湿地自然保护区、临山新区临港特别保护区，实地察看生态修复情况。', '王明 → 临江区临水湿地自然保护区', '王明 → 临山新区临港特别保护区'),
      neg('王明要求深入基层、深入群众，了解实际情况。'),
      // one who came to a place to hold a post there made no visit
      neg('2014年，刘海来到临江县，先后担任县长、县委书记。'),
      // a kind of site said in common words is no place of a list (`垃圾填埋场`)
      pos('王明先后到临江物流、垃圾填埋场、富民新城项目现场，听取有关工作汇报。', '王明 → 临江物流', '王明 → 富民新城项目现场'),
      // 他们: all who made the last visit together; a group whose head a 会见 named by his post (考察团团长X): its visits are his
      pos('省委书记王明、省长刘海来到临江大学。他们走进临江国家重点实验室，察看科研成果。', '王明 → 临江大学', '刘海 → 临江大学', '王明 → 临江国家重点实验室', '刘海 → 临江国家重点实验室'),
      // a clause after ； that names its own visitors is theirs alone; a 视察分团 is no verb of a list
      pos('以市政协副主席王明为第一视察分团团长的视察团实地视察了临江镇东村、临山镇旧村；以市政协副主席刘海、吴东为第二视察分团团长的视察团视察了临水镇南村、临泽镇北村。',
        '王明 → 临江镇东村', '王明 → 临山镇旧村', '刘海 → 临水镇南村', '吴东 → 临水镇南村', '刘海 → 临泽镇北村', '吴东 → 临泽镇北村'),
      // (not the one who escorts him in a clause after ；: `…；随后在市长刘海陪同下，来到…`)
      pos('市委书记王明视察了临江港；随后在市长刘海陪同下，来到临山码头。', '王明 → 临江港', '王明 → 临山码头', '刘海 → 临山码头'),
      neg('王明先后来到新能源、新材料和生物医药产业，听取汇报。'),
      neg('王明深入企业车间、田间地头，详细了解生产情况。'),
      // (实地调研 and its list, as 调研了: `会前，宁咏实地调研小米武汉总部、…等企业和机构`)
      pos('省长王明实地调研临江电子公司、临山机械厂等企业。', '王明 → 临江电子公司', '王明 → 临山机械厂'),
      // a unit the military news leaves unnamed (`中部战区陆军某师`) is the body inspected
      pos('中央军委主席王明3日视察中部战区陆军某师，强调要大抓实战化军事训练。', '王明 → 中部战区陆军某师'),
      // 先后来 without 到 opens a tour's list (`先后来A镇B村、C村`)
      pos('县委书记王明一行先后来临江镇南坪村、海子村调研。', '王明 → 临江镇南坪村', '王明 → 海子村'),
      // 看望慰问 as one verb, the people of the body after it (`看望慰问…分院全体医护人员`)
      pos('副省长王明看望慰问临江医院临山分院全体医护人员。', '王明 → 临江医院临山分院'),
      // (two kinds of body, and the kind before the visit's verb: `等企业和机构`, `等企业调研`: each item a body, whatever its name ends with)
      pos('副省长王明实地调研临江电子总部、临山光纤激光技术股份有限公司等企业和机构，了解生产经营情况。', '王明 → 临江电子总部', '王明 → 临山光纤激光技术股份有限公司'),
      pos('副省长王明来到临江电子总部、临山机械公司等企业调研。', '王明 → 临江电子总部', '王明 → 临山机械公司'),
      // a list closed by the visit's verb (`到A、B、C进行了调研`): its items by their own names, where one is named by its head
      pos('当天上午，王明、刘海等先后到华星客车、临江装备、临山电科27所进行了调研。', '王明 → 华星客车', '王明 → 临江装备', '王明 → 临山电科27所', '刘海 → 华星客车', '刘海 → 临江装备', '刘海 → 临山电科27所'),
      neg('王明先后到田间地头、农户家中进行调研。'),
      // the departments a city's leaders call on (拜访) are visited, as those walked through (走访) are
      pos('临江市委书记王明、市长刘海一行先后拜访了省发改委、省交通厅等有关部门。', '王明 → 省发改委', '王明 → 省交通厅', '刘海 → 省发改委', '刘海 → 省交通厅'),
      // one called on (看望了X) is no visitor of the clause after (`看望了帕巴拉·格列朗杰等…，走访了札达县政协机关`)
      pos('在临江期间，政协主席王明专门看望了刘海等老同志，走访了临江县政协机关。', '王明 → 临江县政协机关'),
      // 深入 before a list closed by 等处 and the visit's verb: each item a place of it, whatever its name ends with
      pos('市政协主席王明一行首先来到临江工业园区，并深入长江科技、聚成金刚石、天御减振器等处进行实地考察。', '王明 → 临江工业园区', '王明 → 长江科技', '王明 → 聚成金刚石', '王明 → 天御减振器'),
      neg('市政协主席王明要求，深入学习贯彻会议精神，把各项工作落到实处。'),
      // a place come to during a trip told as its time (`在山东考察时来到朱村`)
      pos('2013年11月，总书记王明在临江考察时来到朱家村，看望村民。', '王明 → 朱家村'),
      // a city named before the work looked into there is visited (`考察宝鸡市工业发展、项目建设…等情况`); a site by its name is read as a site
      pos('市长王明带队考察宝鸡市工业发展、项目建设等情况。', '王明 → 宝鸡市'),
      neg('市长王明带队考察学习宝鸡经验。'),
      neg('市长王明要求考察干部工业发展实绩。'),
      pos('开幕式前，副总理王明实地考察了临江电子集团发展数字经济情况。', '王明 → 临江电子集团'),
      neg('副总理王明考察了企业集团发展数字经济情况。'),
      // (also when a comma parts the list from what is done there: `深入A、B等地，检查…`)
      pos('市委书记王明深入临江旅游服务中心、临山景区等地，检查节日安全生产工作。', '王明 → 临江旅游服务中心', '王明 → 临山景区'),
      neg('市委书记王明要求各级干部深入基层、社区等地，解决群众急难愁盼问题。'),
      // a group named after its leaders (`A、B一行调研…`, `A带领…负责人赴…`) as a later clause's subject (`调研组一行`, `县领导一行`): its leaders' visits
      pos('市人大常委会副主任王明、副市长刘海一行调研临江县重点项目建设工作。调研组一行首先深入到沙河乡丛林村、临江县东岭水源地，调研净水厂建设情况。', '王明 → 沙河乡丛林村', '刘海 → 沙河乡丛林村', '王明 → 临江县东岭水源地', '刘海 → 临江县东岭水源地'),
      pos('县委书记王明带领县直有关部门负责人赴沙河镇调研。县领导一行实地察看了港头村、甘洪路等地。', '王明 → 港头村', '王明 → 甘洪路'),
      neg('县领导一行实地察看了港头村、甘洪路等地。'),
      // a party a host escorts or welcomes is the guest's, not his (`陪同刘海一行`)
      neg('市委书记王明陪同刘海一行来临江考察。考察团一行先后来到临江科技园参观。'),
      // a leader who comes with his party (`X一行来房考察`): the group's visits are his
      pos('县委书记王明一行来沙河考察。考察团一行先后来到临江科技园、天为铝业有限公司参观。', '王明 → 临江科技园', '王明 → 天为铝业有限公司'),
      // an item naming the work done at a place (`…环境整治提升`): the village it opens with, else none
      pos('县委书记王明赴沙河镇调研，实地察看了港头村白头桥下环境整治提升、沙河小流域整治、甘洪路等地。', '王明 → 港头村', '王明 → 甘洪路'),
      // (a kind of village or town is none: `乡村振兴示范带建设`, `集镇环境整治提升`)
      pos('县委书记王明赴沙河镇调研，实地察看了乡村振兴示范带建设、集镇环境整治提升、港头村等地。', '王明 → 港头村'),
      neg('市长刘海会见了王明一行。县领导一行实地察看了港头村、甘洪路等地。'),
      // a checkpoint's 检查 is no verb (`来到…公安检查站和…临时检查卡点`), viaducts after 实地察看了, towns after 先后驱车到
      pos('公安部部长王明来到临江公安检查站和临山临时检查卡点，看望慰问一线民警。', '王明 → 临江公安检查站', '王明 → 临山临时检查卡点'),
      pos('市委书记王明带队督导重点项目建设工作，实地察看了东宝山高架桥和铁山高架桥、临江大桥等项目。', '王明 → 东宝山高架桥', '王明 → 铁山高架桥', '王明 → 临江大桥'),
      // 查看了 of a tour, and 调研了 (`先后查看了A、B等7个项目`, `调研了A、B等处`)
      pos('王明一行先后查看了临山县急救中心、临水县城关中学等7个项目。', '王明 → 临山县急救中心', '王明 → 临水县城关中学'),
      pos('市长王明调研了临江板业公司、临山橡胶公司等处。', '王明 → 临江板业公司', '王明 → 临山橡胶公司'),
      // 先后察看了, and a group its leader 带领s going 分别前往 the sites (`检查组一行分别前往A、B…`)
      pos('王明一行先后察看了临江污水处理厂、临山水库。', '王明 → 临江污水处理厂', '王明 → 临山水库'),
      // 先后深入 a list of bodies or places (`调研组一行先后深入A、B等地`), and 实地查看了 as 实地察看了
      pos('副主席王明先后深入临江天和磁材技术有限责任公司、临山材料研究院、临水铜业有限公司，实地调研工业企业运行情况。', '王明 → 临江天和磁材技术有限责任公司', '王明 → 临山材料研究院', '王明 → 临水铜业有限公司'),
      pos('副市长王明先后深入柏山县和临水县，实地查看了临江滞洪区和临山水库的第一溢洪道及泄洪洞等。', '王明 → 柏山县', '王明 → 临水县', '王明 → 临江滞洪区', '王明 → 临山水库'),
      // a 和 after a place and one character is inside a name (`包头天和磁材…公司`), no joint
      pos('副主席王明先后深入临江天和磁材技术有限责任公司、临山材料研究院。', '王明 → 临江天和磁材技术有限责任公司', '王明 → 临山材料研究院'),
      neg('市长王明要求，要先后深入学习贯彻会议精神。'),
      // 和 inside a place's name the dictionary knows is no joint of the list (`呼和浩特`, `和林格尔`)
      pos('市长王明先后来到呼和浩特盛乐国际机场、和林格尔县大数据中心。', '王明 → 呼和浩特盛乐国际机场', '王明 → 和林格尔县大数据中心'),
      pos('县长王明带领检查组检查安全生产。检查组一行分别前往临江天然气站、临山超市等地。', '王明 → 临江天然气站', '王明 → 临山超市'),
      // a team led (率队, 带队) and called by its task later (调研组, 考察团 — its 考察 no verb), each leader listed with his post;
      // a party delegation a leader 率s, then 代表团 as the subject; a group with no leader named is no one's
      pos('市人大常委会副主任王明率队调研计划执行情况。调研组一行先后深入临江控股煤业集团、临山药业有限公司等地。', '王明 → 临江控股煤业集团', '王明 → 临山药业有限公司'),
      pos('市人大常委会主任王明带领部分省人大代表来临江考察学习。考察团一行首先来到临江卷烟厂，参观生产车间。', '王明 → 临江卷烟厂'),
      pos('县委书记张建国，县委副书记、县长刘海率党政代表团来我县考察。代表团先后来到临江汽车科技有限公司、临山医疗有限公司等地。', '张建国 → 临江汽车科技有限公司', '刘海 → 临江汽车科技有限公司', '张建国 → 临山医疗有限公司', '刘海 → 临山医疗有限公司'),
      neg('市长王明表示欢迎。代表团先后来到临江汽车科技有限公司、临山医疗有限公司等地。'),
      // a meeting's venue (`来到…预备会议现场，看望了出席…的委员`) is no place of a visit
      neg('1月3日下午，市委书记王明来到政协八届二次会议预备会议现场，看望了全体政协委员。'),
      // a small group named by its task (`考察小组`) is no verb of a list
      neg('副省长王明会见考察小组一行。考察小组还分别与省外办、省社科院举行座谈。'),
      pos('省委书记王明先后驱车到郾城区新店镇、临颍县杜曲镇，察看麦田长势。', '王明 → 郾城区新店镇', '王明 → 临颍县杜曲镇'),
      // a garrison named by where it is stationed alone is no place visited (`慰问渔民和驻岛部队`)
      neg('2月6日，省长王明赴临海市调研经济社会发展情况，慰问渔民和驻岛部队。'),
      // an army unit a leader visits at the festivals (`到83集团军131旅看望慰问官兵`, `在…某陆航旅走访慰问`)
      pos('7月31日，省长刘海到临江军区131旅看望慰问官兵。', '刘海 → 临江军区131旅'),
      // a body's production line or room named with the body is a visit to the body (`考察了民营…公司新上的口罩生产线`)
      pos('国务院总理张建国考察了民营临山生物科技公司新上的口罩生产线。', '张建国 → 临山生物科技公司'),
      // a hall of the banquet's own building is no visit (`来到二层迎宾厅`)
      neg('国家主席张建国在人民大会堂举行宴会。张建国来到二层迎宾厅，同外方领导人一一握手。'),
      // an army group by its number (79集团军) is the body a leader 视察s
      pos('中央军委主席张建国27日视察79集团军，强调要加强练兵备战。', '张建国 → 79集团军'),
      // a group named by its task (走访慰问组) is no verb of the list: the visit goes where it 来到
      pos('元旦前，省委书记刘海率省委、省政府第一走访慰问组来到临江工业（集团）公司。', '刘海 → 临江工业(集团)公司'),
      // 视察 without 了 and the army's units a leader inspects; a room described by whose it was names no place
      pos('中央军委主席张建国6日视察东部战区机关。', '张建国 → 东部战区机关'),
      pos('中央军委主席张建国视察驻临江部队。', '张建国 → 驻临江部队'),
      neg('市长刘海参观了吴东生前工作过的办公室。'),
      pos('市长刘海还视察了穆罕默德五世大学孔子学院；视察临江汽车厂，强调要加强合作。', '刘海 → 穆罕默德五世大学孔子学院', '刘海 → 临江汽车厂'),
      // a list closed by 等企业 is of bodies whatever their names end with, not one of kinds of business;
      // an item no head names is a target where most of its list are
      pos('国务院副总理刘海到临江红外、临山光电、东岭科技等企业，考察复工复产情况。', '刘海 → 临江红外', '刘海 → 临山光电', '刘海 → 东岭科技'),
      neg('市委书记张建国先后来到新能源、电子信息、飞机制造等企业，调研生产情况。'),
      pos('市委书记张建国走进临江牛肉店、临山漆器店、东湖老醋坊，了解特色产品。', '张建国 → 临江牛肉店', '张建国 → 临山漆器店', '张建国 → 东湖老醋坊'),
      neg('市委书记张建国还考察了一些中小学和有关企业。'),
      // a province by its short name where the visit's purpose follows; not one come to for a life's work
      pos('中共中央总书记张建国来到云南，看望慰问各族干部群众。', '张建国 → 云南'),
      // a bank's branch is a body (`…银行南通崇川支行`); a company's workshop is the company's
      pos('国务院总理张建国来到临江银行东岭崇川支行，了解情况。', '张建国 → 临江银行东岭崇川支行'),
      pos('国务院总理张建国走进临江公司车间，与工人交流。', '张建国 → 临江公司'),
      // 走访察看了 opens a list as 走访了 does
      pos('国务院副总理张建国仔细听取了汇报，接连走访察看了临江财经学院。', '张建国 → 临江财经学院'),
      // one the visitor met just before is no visitor, unless they go together (`并共同参观`)
      pos('访韩期间，全国人大常委会委员长张建国分别会见了前议长刘海和各界友好人士，参观了临江研发中心。', '张建国 → 临江研发中心'),
      pos('国家主席张建国27日在临江会见来华进行非正式会晤的临山国总理阿卡拉，并共同参观临江省博物馆。', '张建国 → 临江省博物馆', '阿卡拉 → 临江省博物馆'),
      // 夫人 announces a name, as a group word does (no post): the visit is hers, not her husband's
      pos('张建国总理夫人林虹参观了临江市第十八学校。', '林虹 → 临江市第十八学校'),
      neg('五十年代，地质队员刘海来到新疆，为勘探石油艰辛备尝。'),
      // 和 inside a place's name (太和镇, 和平区) joins nothing
      pos('市委书记张建国先后来到太和镇、和平区。', '张建国 → 太和镇', '张建国 → 和平区'),
      // (和 opening a county's name joins nothing: visited.to-place reads 和政县 whole)
      neg('市委书记张建国还到和政县考察扶贫车间。'),
      pos('市委书记张建国先后来到临江区人民医院、市第一中学。', '张建国 → 临江区人民医院', '张建国 → 市第一中学'),
      pos('市长刘海在市委书记张建国陪同下来到临江新港施工现场。', '刘海 → 临江新港施工现场', '张建国 → 临江新港施工现场'),
      neg('市委书记张建国来到这里。'),
      // a kind of place with no name is no target (`待改造的棚户区`, `县福利院`)
      neg('国务院总理张建国来到待改造的棚户区，察看居民生活。'),
      // a hall is a place of the building, no body (人民大会堂东大厅, 宴会厅): the visit is to what is shown there
      neg('随后，国家主席张建国等来到人民大会堂东大厅，参观成果展。'),
      // an exhibition one 参观s or 观看s is what one sees, no place one goes to (no gold of 119 rounds has one, six were
      // read); what else one 观看s (a show, a film) is none, nor a province's section of a show (北京展区) or a show's section
      neg('随后，国家主席张建国等来到人民大会堂东大厅，参观临江样品和“临江探月工程二十年”成果展览。'),
      neg('仪式开始前，国家主席张建国在市领导陪同下，观看了庆祝临江建市70周年图片展。'),
      neg('国家主席张建国观看了临江市歌舞剧院的文艺演出。'),
      neg('国家主席张建国和夫人王芳走进北京展区，又来到与会国家综合展示区。'),
      neg('市委书记张建国参观了推动临江高质量发展。'),
      // 先后来到 a tour of places by their bare names (one a place the dictionary knows), not of kinds of site
      pos('国家主席张建国先后来到临江、长沙、东岭，考察湿地保护。', '张建国 → 临江', '张建国 → 长沙', '张建国 → 东岭'),
      neg('市委书记张建国先后来到车间、工地，察看生产。'),
      // an old site by its name (…寺) after a kind of site and 和 is a target of its own; a visit one may make is none
      pos('市委书记张建国考察了社区和临江寺、东岭寺。', '张建国 → 临江寺', '张建国 → 东岭寺'),
      neg('市委书记张建国考察了寺庙和学校。'),
      neg('市委书记张建国今后可以走进临江县南岭村、临江新港。'),
      // a body's offices (省政协机关) are its own; offices named by no body none
      pos('全国政协主席张建国走访了省政协机关，并主持召开座谈会。', '张建国 → 省政协机关'),
      neg('市委书记张建国走访了县直机关。'),
      // a clause with its own subject (记者, 官兵, 工作人员) is no visit of the person named before
      neg('市委书记张建国出席会议。记者来到临江区人民医院，看到医护人员正在忙碌。'),
      pos('市委书记张建国出席会议。随后，他先后来到临江区人民医院、市第一中学。', '张建国 → 临江区人民医院', '张建国 → 市第一中学'),
      // 总书记 or 他 as the subject is the one named with a post, not whoever was named last
      pos('中共中央总书记习近平在福建考察。武夷山是乌龙茶、红茶的发源地。此次考察，总书记走进星村镇燕子窠生态茶园。', '习近平 → 星村镇燕子窠生态茶园'),
      // 到 after 先后/还/又 lists places as 来到 does; sites, lakes and old sites are places
      pos('市委书记张建国先后到临江橘子洲、临山东风湖，查看水体治理。', '张建国 → 临江橘子洲', '张建国 → 临山东风湖'),
      pos('市委书记张建国还到临江会展中心，调研了解企业发展情况。', '张建国 → 临江会展中心'),
      pos('市委书记张建国来到临江松涛园、临江精神展览馆、临山沙河公园等地。', '张建国 → 临江松涛园', '张建国 → 临江精神展览馆', '张建国 → 临山沙河公园'),
      pos('市委书记张建国考察台资企业、临江三坊历史文化街区、临山客运码头等。', '张建国 → 临江三坊历史文化街区', '张建国 → 临山客运码头'),
      neg('市委书记张建国还到了会场。'),
      neg('市委书记张建国考察时强调，要建设好临江新港。'),
      neg('市委书记张建国考察的第一站是临江新港。'),
      // a home is no place of the list; the people visited at a place are not part of it
      neg('市长刘海又来到退休职工郭树范和闫戌麟家看望慰问。'),
      pos('市长刘海前往看望临江镇敬老院的老人们。', '刘海 → 临江镇敬老院'),
      // an address down to a village; a reserve; a place after what describes it; a kind of site is none
      pos('市委书记张建国来到临江县大河家镇大河村，察看灾情。', '张建国 → 临江县大河家镇大河村'),
      pos('市委书记张建国来到受灾较重的临山县沙河乡，察看灾情。', '张建国 → 临山县沙河乡'),
      pos('市委书记张建国来到临江国家级自然保护区，察看湿地保护。', '张建国 → 临江国家级自然保护区'),
      pos('国务院总理张建国前往中国—临江合作组织经贸合作示范区，听取汇报。', '张建国 → 中国—临江合作组织经贸合作示范区'),
      neg('市委书记张建国还来到企业和社区，宣讲全会精神。'),
      // a room or unit of the place just visited named by whose it is (村图书馆, 社区卫生服务中心), or a kind of site that is one word, names none
      pos('市委书记张建国来到临江县南岭村，随后走进村图书馆，察看非遗产品展示。', '张建国 → 临江县南岭村'),
      neg('市委书记张建国走进社区卫生服务中心，询问群众看病取药方便不方便。'),
      neg('市委书记张建国走进车间、实验室，察看产品和零组件。'),
      // an itinerary: clauses after ； headed by 到 are the visitor's; 到 right after the visitor's name
      pos('市委书记张建国前往临江新港，调研建设情况；到临江区人民医院，实地察看防控情况；到临江会展中心，听取汇报。', '张建国 → 临江新港', '张建国 → 临江区人民医院', '张建国 → 临江会展中心'),
      pos('市委书记张建国到临江县沙河乡、南岭乡和临山县大河乡，了解易地扶贫搬迁进展。', '张建国 → 临江县沙河乡', '张建国 → 南岭乡', '张建国 → 临山县大河乡'),
      pos('市委书记张建国考察临江新港30万吨级油品码头运行情况。', '张建国 → 临江新港30万吨级油品码头'),
      // a place put first that the reader took for a name is no visitor (在林芝，…)
      pos('在林芝，全国政协主席王沪宁到临江县南岭村、临江湿地公园，看望群众。', '王沪宁 → 临江县南岭村', '王沪宁 → 临江湿地公园'),
      neg('从临江的朱熹园到临江历史文化街区，一路走来，市委书记张建国念兹在兹。'),
      // leaders as one subject, then places by their bare names in a list that says what they are (等县市),
      // or a list that goes on over commas to 以及; those 在…陪同下 get no bare place
      pos('省委书记张建国、省长刘海、副书记吴东先后到山区临江、临山和东岭等县市，慰问困难群众。', '张建国 → 临江', '张建国 → 临山', '张建国 → 东岭', '刘海 → 临江', '刘海 → 临山', '刘海 → 东岭', '吴东 → 临江', '吴东 → 临山', '吴东 → 东岭'),
      pos('省委书记张建国、省长刘海也纷纷下到大别山区的临江县，大包干的发源地东岭，以及淮河两岸的贫困乡村，慰问农民群众。', '张建国 → 临江县', '张建国 → 东岭', '刘海 → 临江县', '刘海 → 东岭'),
      pos('市委书记张建国在省长刘海陪同下，先后来到临江、临山等地。', '张建国 → 临江', '张建国 → 临山'),
      neg('市委书记张建国先后到农村、基层等地，慰问困难群众。'),
      // a city named bare and with 市 in one article is one place, named with 市
      pos('国家主席张建国先后来到临江、东岭等地。26日下午，张建国来到临江市考察调研。', '张建国 → 临江市', '张建国 → 东岭'),
      // a work site (工点, 加工场); 到 at the head of a clause after a comma with what is done there: another stop
      pos('国务院副总理张建国来到临江铁路东岭隧道出口工点，了解工程建设情况，深入隧道实地考察施工情况，到沙河砂石加工场了解环保工艺。', '张建国 → 临江铁路东岭隧道出口工点', '张建国 → 沙河砂石加工场'),
      // the place where a monument stands is the monument; a hall of a site a place names is the site
      pos('国务院副总理张建国前往临江自然保护纪念碑所在地，实地察看周边生态环境。', '张建国 → 临江自然保护纪念碑'),
      pos('国务院总理张建国前往上海国际会展中心展览厅巡视企业展。', '张建国 → 上海国际会展中心'),
      // rooms of the body just visited name none (…控制大厅, …中心实验室, 车间和试飞站); a lab named by a place is a body
      pos('国家主席张建国来到临江钢铁公司。他走进公司生产管控中心控制大厅和检验计量中心实验室，详细了解企业情况。', '张建国 → 临江钢铁公司'),
      pos('国家主席张建国来到临江飞机工业有限公司，考察了直升飞机总装车间和试飞站，详细了解企业情况。', '张建国 → 临江飞机工业有限公司'),
      pos('国务院总理张建国考察了临江大学、深海技术科学太湖实验室。', '张建国 → 临江大学', '张建国 → 深海技术科学太湖实验室'),
      // a list in groups by city over commas to 等地; a city before more than one of its counties is a place too, before one it is an address
      pos('全国政协主席张建国在湖南调研。张建国到临江市东岭县、西岭区，南山市北岭县、中河区等地，了解贫困户务工情况。', '张建国 → 临江市', '张建国 → 临江市东岭县', '张建国 → 西岭区', '张建国 → 南山市', '张建国 → 南山市北岭县', '张建国 → 中河区'),
      pos('省长张建国来到临江市沙河区，看望下岗职工。', '张建国 → 临江市沙河区'),
      // an old site (…古建筑群, …窑作群) among named ones
      pos('国家主席张建国先后走进南岭遗址、陶瓷博物馆、明代古建筑群，了解制瓷技艺。', '张建国 → 南岭遗址', '张建国 → 陶瓷博物馆', '张建国 → 明代古建筑群'),
      // 到 heading a clause after a comma with a list whose verb is in the clause after it: each
      pos('国务院副总理张建国前往临江大学，调研科技创新情况，到临江船舶重工集团、东岭科技公司、南山科技公司，了解企业运营情况。', '张建国 → 临江大学', '张建国 → 临江船舶重工集团', '张建国 → 东岭科技公司', '张建国 → 南山科技公司'),
      // the leader who leads others there; a historic building by its name (…红楼)
      pos('中共中央总书记张建国带领中央政治局同志来到临江红楼，参观主题展。', '张建国 → 临江红楼'),
      // 来到这里: the site a sentence just before introduced (X，是…的地方), not one named long before; 在这里 before no visit's verb is none
      pos('临江纪念馆，是李华同志工作和生活了17年的地方。李华同志在这里筹划了一系列大政方略。国家主席张建国带领中央政治局同志来到这里参观瞻仰。', '张建国 → 临江纪念馆'),
      neg('临江纪念馆，是李华同志工作和生活的地方。李华同志在这里筹划了一系列大政方略。'),
      neg('临江纪念馆是重要的红色教育基地。天气晴朗。群众很多。天气寒冷。国家主席张建国来到这里参观。'),
      // the rooms of a house (办公区、会议室和藏书室) are no visits of their own
      pos('国家主席张建国来到临江故居，参观李华同志办公区、会议室和藏书室。', '张建国 → 临江故居'),
      // a list the kind of its items closes, qualified or counted, the verbs and their topic after it (`等工业企业走访调研…情况`,
      // `两家知名企业`): each item a body, whatever its name ends with
      pos('区长王明先后前往临江工业园双运工贸、振兴石油、青网科创园等工业企业走访调研重点项目建设情况。', '王明 → 临江工业园双运工贸', '王明 → 振兴石油'),
      pos('市长王明分别考察了临峰铝业、东通快递两家知名企业。', '王明 → 临峰铝业', '王明 → 东通快递'),
      pos('市长王明参观考察了临江集成吊顶股份有限公司和临山照明有限公司两家企业。', '王明 → 临江集成吊顶股份有限公司', '王明 → 临山照明有限公司'),
      // a list of one that opens with a place's name, what was done there after its comma
      pos('市长王明来到株洲三中，看望慰问优秀教师。', '王明 → 株洲三中'),
      // 以及 joins two items whole (no 以 left on the first)
      pos('县长王明实地调研了临江社区老年食堂、居家养老服务中心以及临山社区。', '王明 → 临江社区老年食堂', '王明 → 居家养老服务中心', '王明 → 临山社区'),
      // a list closed by a count of its sites (`等11个项目现场进行调研`), after those the visitor led
      pos('区委书记王明带领相关部门负责同志，深入临江低空应用示范基地、织布产业园、柏庄镇产城融合示范园等11个项目现场进行调研。', '王明 → 临江低空应用示范基地', '王明 → 织布产业园', '王明 → 柏庄镇产城融合示范园'),
      // some sites of a place named by their kind: the place
      pos('市委书记王明深入到临江区沙土镇部分村庄、企业，调研经济社会发展情况。', '王明 → 临江区沙土镇'),
      // a visit of a group of people named by what they are (省人大代表), its clause after ； theirs: no one an earlier sentence named
      neg('市人大常委会主任王明参加了相关活动。视察期间，省人大代表参观了市人大代表联络总站；参观考察了临江照明有限公司和临山吊顶有限公司两家企业。'),
      // the group of one who leads it 一行 在X调研, or 带队的 group: its sites after are his
      pos('副局长王明一行在临山县调研乡村振兴工作。调研组一行首先来到三百山风景区，详细了解旅游资源分布情况。', '王明 → 三百山风景区'),
      pos('由临江县委书记王明和县长刘海带队的临江县党政代表团一行来到我市考察。代表团一行首先来到大同镇稻香小镇，详细了解平台建设情况。', '王明 → 大同镇稻香小镇', '刘海 → 大同镇稻香小镇'),
      // 他 after a tour with escorts is the visitor, not the escort whose visit was read last
      pos('国务院副总理王明在临江省临山市考察教育工作。王明在临江省委书记刘海、临江省省长吴东等陪同下，先后来到临山市部分高校，看望教职员工。他接连走访察看了临山财经学院、临山农业大学教师的住房。', '王明 → 临山市', '刘海 → 临山市', '吴东 → 临山市', '王明 → 临山财经学院'),
      // (not the way to a place, nor the people one sees there, read as a list of one)
      pos('国家主席王明在前往临江途中，还考察了临山博物馆和临山盐湖。', '王明 → 临山博物馆', '王明 → 临山盐湖'),
      pos('委员长王明来到临江市人大常委会机关，看望人大干部，调研备案审查工作。', '王明 → 临江市人大常委会机关'),
      // a party named by one of the co-leaders who 带队 it (A，B，C带队走访…。A一行，先后深入…): all of them
      pos('2月7日，市委书记王明，市委副书记、市长刘海，市政协主席吴东带队走访我市部分重点企业。王明一行，先后深入临江机电有限公司、临山新能源科技有限公司等地走访调研。', '王明 → 临江机电有限公司', '刘海 → 临江机电有限公司', '吴东 → 临江机电有限公司', '王明 → 临山新能源科技有限公司', '刘海 → 临山新能源科技有限公司', '吴东 → 临山新能源科技有限公司'),
      // a list of places closed by 等地: an item up to sixteen characters long
      pos('县委书记王明，县委副书记、县长刘海带领相关部门负责同志，先后到临江联碱绿色转型产业园项目、临山药业生产基地、临水高速出口游园等地，实地察看项目建设进度。', '王明 → 临江联碱绿色转型产业园项目', '刘海 → 临江联碱绿色转型产业园项目', '王明 → 临山药业生产基地', '刘海 → 临山药业生产基地', '王明 → 临水高速出口游园', '刘海 → 临水高速出口游园'),
      // the group 带队，…组成的 names, its sites after 先后深入…等地参观考察 its leader's
      pos('由临江县委书记王明带队，临江县四个班子领导和各乡镇负责人组成的临江考察团分别对临山县进行了考察调研。考察团先后深入临山大道、梁河生态治理项目、临山创光电等地参观考察。', '王明 → 临山大道', '王明 → 梁河生态治理项目', '王明 → 临山创光电'),
      // a group of people the sentence's subject, a name inside its object: no visitor of the clause after the comma
      neg('昨天下午，临江市人大代表视察团来我县视察。市委书记王明陪同。在临山镇余村村，视察团一行观看了张建国总书记讲话的视频资料，走访了两山会址公园。'),
      // a city's bare name before 和 and a company's that names no place: one company
      pos('区委书记王明先后来到沈阳和兴泰钛业有限公司、临江重工集团，了解生产情况。', '王明 → 沈阳和兴泰钛业有限公司', '王明 → 临江重工集团'),
      // a list closed by the project sites it names (等项目现场): each item a site by its bare name; 和 opening an item (after 、) no joint
      pos('县委书记王明先后来到标准化厂房、临江医药、万合佳尔、和成生物、危化品停车场等项目现场。', '王明 → 标准化厂房', '王明 → 临江医药', '王明 → 万合佳尔', '王明 → 和成生物', '王明 → 危化品停车场'),
      // (a 集团 is no group of people: the clause after `在X集团考察后` is the visitor's; nor a group in an object: `听取了人大代表视察意见`)
      pos('市委书记王明来到临江区调研。随后，在临江集团考察后，又来到临山公司，了解生产情况。', '王明 → 临山公司'),
      pos('市委书记王明在临江区调研。他听取了人大代表视察意见，又来到临山集团，了解生产情况。', '王明 → 临山集团'),
      // (a count that does not count the items lists none: `走访了辖区内两家企业`)
      neg('市长王明走访了辖区内两家企业。'),
      // (leaders who each led a group of their own, 分别带队, lead no one party: 王明一行 is his)
      pos('春节前夕，市委书记王明、市长刘海分别带队走访慰问困难群众。王明一行先后来到临江村、临山村，看望慰问困难党员。', '王明 → 临江村', '王明 → 临山村'),
      // (a spot by a locative, a home or a room read as a list of one names no site)
      neg('市长王明来到临江大桥上，察看汛情。'),
      neg('市长王明来到临江集团党员活动室，了解情况。'),
      // (a topic among sites closed by a count of project sites is no site)
      neg('县长王明深入安全生产、环境保护、民生工程等11个项目现场进行检查。'),
      // (a city's bare name before 和 and a company joins it only in a list of bodies)
      pos('区委书记王明先后来到岳阳、长沙和恒达新材料有限公司，了解生产情况。', '王明 → 恒达新材料有限公司'),
      // a visit told as the time of what was said (考察X时指出, 在考察Y时强调): X and Y visited; a 版本馆/总馆 a site
      pos('总书记王明考察临江国家版本馆中央总馆时指出，要做好文化传承。在考察临江历史研究院时强调，要加强研究。', '王明 → 临江国家版本馆中央总馆', '王明 → 临江历史研究院'),
      // (the team one leads 带队来 a city: its stops are his)
      pos('9月7日至9日，省人大常委会秘书长王明带队来临江市，就大气污染防治法贯彻实施情况进行执法检查。执法检查组一行先后到临江汽车塑料制品有限公司、临江三联纸业有限公司等地实地查看。', '王明 → 临江汽车塑料制品有限公司', '王明 → 临江三联纸业有限公司'),
      // one who 带队开展…执法检查 leads the team whose stops follow (`…执法检查组先后到A、B`)
      pos('9月29日，县人大常委会副主任王明带队开展森林法执法检查。县人大常委会执法检查组先后到临江镇官塘村、临山镇舒畈村实地查看。', '王明 → 临江镇官塘村', '王明 → 临山镇舒畈村'),
    ],
  },
  'visited.fronted-place': {
    relation: 'VISITED',
    module: 'relations/visits.ts',
    why: 'A place put first: 在X，Y了解/考察… — Y visited X; a list of places (在A、B和C，Y…) each, and 他/总书记 as Y the person named before; a site named by the place or unit it is in (在沙河镇机关，Y翻阅…) whatever Y did there but host; …；在X，调研… (no subject) the visitor of the sentence.',
    cases: [
      // a city of two put first, the sites gone to in it after 到, a short one listed with a city the dictionary reads as a name
      // (`在西双版纳和玉溪，王沪宁到…调研`: 玉溪 no one)
      pos('12月20日，王明在云南调研。在西双版纳和玉溪，王明到景洪市曼景罕居民小组、玉溪师范学院调研。在昆明，王明到云南大学调研。', '王明 → 西双版纳', '王明 → 玉溪', '王明 → 昆明'),
      // (not 在此 nor a meeting put first)
      neg('12月20日，王明在云南调研。在此，王明到云南大学调研。'),
      // (a venue of a meeting held by wire is no place visited: `在舟山分会场，…向省主会场报告`)
      neg('全省重大项目集中开工仪式5日举行。在临江分会场，临江市委书记王明向省主会场报告。刘海、张华等参加。'),
      // a stop put first with no subject at all, the act done (`在临江集团，查看了…`): the itinerary's visitor
      pos('市委书记王明来到临江港调研。在临江集团，查看了新产品研发情况。', '王明 → 临江集团'),
      // a site's hall put first is the site (`在…研发总院大厅，总书记听取了…`)
      pos('市委书记王明来到临江港调研。在临江集团研发总院大厅，王明听取了整体情况介绍。', '王明 → 临江集团研发总院'),
      // (他 and how he looks into it before the act, `在…展示中心，他详细了解…`)
      pos('国家主席王明来到临江县东岭村。在临江文化展示中心，他详细了解当地历史情况。', '王明 → 临江文化展示中心'),
      // one more stop of a trip the article has told, by its name alone (`在人民广场，张伦察看…`, `在会盟台，…`; 检查 as the act)
      pos('4月3日，市委书记王明实地调度筹备工作。在临江火车站、临江收费站，王明详细了解宣传情况。在人民广场，王明察看创意街区建设情况。在会盟台，王明检查创意方案。', '王明 → 临江火车站', '王明 → 临江收费站', '王明 → 人民广场', '王明 → 会盟台'),
      // a list closed by the kind its items are names each (`…药业等企业`); 深入 is an act there too
      pos('在临江纺织公司、临山药业等企业，王明深入生产车间了解情况。', '王明 → 临江纺织公司', '王明 → 临山药业'),
      pos('在临江纺织公司、临山制药有限公司，王明深入生产车间。', '王明 → 临江纺织公司', '王明 → 临山制药有限公司'),
      // (a list closed by 等地 names each place; 深入 of study is no act at a place)
      pos('在长沙、株洲等地，省委书记王明走访企业。', '王明 → 长沙', '王明 → 株洲'),
      neg('在临江县，王明深入学习贯彻党的二十大精神。'),
      // (not a time, a home, or a room of the site before: `在园区展厅，…`; nor a stop where no trip was told)
      neg('3日，市长王明来到临江软件园调研。在园区展厅，王明察看产品。在观看皮影戏表演后，王明了解情况。'),
      neg('在人民广场，市长王明察看创意街区建设情况。'),
      // an island put first (`在赵述岛，冯飞实地调研`)
      pos('2月6日，省长王明赴三沙市调研。在赵述岛，王明实地调研了岛上居民生活情况。', '王明 → 赵述岛'),
      // a fronted list of places with a place word holding 和 (呼和浩特) and 来到 after the visitor
      pos('国务院总理张建国来到内蒙古考察。在内蒙古鄂尔多斯、呼和浩特，张建国调研了企业。', '张建国 → 鄂尔多斯', '张建国 → 呼和浩特'),
      pos('在临江区人民医院，市委书记张建国了解疫情防控情况。', '张建国 → 临江区人民医院'),
      neg('在会上，市委书记张建国了解情况。'),
      pos('在临江科技、华信高科和新宝光电，市委书记张建国详细了解企业发展情况。', '张建国 → 临江科技', '张建国 → 华信高科', '张建国 → 新宝光电'),
      pos('在临江区人民代表联络站、南会村，市委书记张建国与人大代表深入交流。', '张建国 → 临江区人民代表联络站', '张建国 → 南会村'),
      pos('市委书记张建国到临江区调研。在临江区人民医院，他听取了情况介绍。', '张建国 → 临江区人民医院'),
      neg('在当天的活动中，市委书记张建国了解情况。'),
      neg('在这次会议期间，市委书记张建国听取了汇报。'),
      // a body put first and its visitor, whatever he did there; 的 before the body
      pos('在总厂所属的临江热电厂，市长刘海首先向职工表示慰问。', '刘海 → 临江热电厂'),
      pos('市长刘海到临江调研。在沙河乡２村，市长刘海和市委副书记丹增走进牧民家中。', '刘海 → 沙河乡2村', '丹增 → 沙河乡2村'),
      neg('在市委常委会会议上，市长刘海首先作了说明。'),
      neg('在北京，市长刘海首先向职工表示慰问。'),
      // a clause of an itinerary after ； with no subject of its own
      pos('市委书记张建国前往临江新港，调研建设情况；在临江经济开发区，调研产业发展情况。', '张建国 → 临江经济开发区'),
      neg('市委书记张建国前往临江新港，调研建设情况；在会上，听取汇报。'),
      // a time clause before the place; a place named with what it is (摇篮临江) by its bare name, not one after 的
      pos('时值盛夏，在共和国摇篮临江，全国人大常委会委员长张建国向烈士纪念塔敬献花篮。', '张建国 → 临江'),
      neg('在美丽的临江，市长刘海首先向职工表示慰问。'),
      // a reporter as the clause's subject: the post and name after 得知 are no visitor's
      neg('市长刘海到临江调研。在沙河乡，记者得知乡纪检书记李华的岳母已在县医院去世。'),
      // a kind of site (农贸市场), a hall named by what is done there, a unit's own room, or a list of rooms of the site just visited, names none
      neg('在农贸市场，国务院总理张建国祝摊主们生意兴隆。'),
      neg('在宽大明亮的交易大厅，国务院总理张建国向工作人员表示亲切问候。'),
      neg('在学院大厅，国家主席张建国同师生代表亲切交流。'),
      pos('市委书记张建国来到临江热电有限公司。在企业热电机组集中控制室、燃料智能化管控中心，张建国察看生产运行数据。在临江新港，张建国了解建设情况。', '张建国 → 临江新港'),
      // a site named by the place or unit it is in, whatever the visitor did there; not an area of a place, nor where he hosts
      pos('市委书记张建国到临江县调研。在沙河镇机关，张建国一一翻阅问题清单。', '张建国 → 沙河镇机关'),
      pos('市委书记张建国到临江县调研。在临江县委主题教育办，张建国强调，要推动工作走深走实。', '张建国 → 临江县委主题教育办'),
      pos('国家主席张建国在湖南考察。在长江国家文化公园岳阳城区段，张建国登上望江亭远眺长江。', '张建国 → 长江国家文化公园岳阳城区段'),
      neg('市委书记张建国到临江县调研。在临江县迎宾馆，张建国会见了外商代表。'),
      neg('市委书记张建国到临江县调研。在沙河镇街头，张建国与群众交谈。'),
      neg('国家主席张建国在湖南考察。在长江经济带，张建国提出让人民保护长江。'),
      // a long list of sites put first, one a body by its name: each, whatever the visitor then asks; an old site by its name, not one by a demonstrative
      pos('市委书记张建国到临江调研。在临江电力机车有限公司、东岭控股煤业集团南山煤矿、临山智能高端装备产业园区，张建国要求推进企业党建。', '张建国 → 临江电力机车有限公司', '张建国 → 东岭控股煤业集团南山煤矿', '张建国 → 临山智能高端装备产业园区'),
      pos('市委书记张建国到临江调研。在东岭古城，张建国要求保护好文化遗产。', '张建国 → 东岭古城'),
      // the leaders of the trip as the clause's subject (`在X，市领导实地了解…`, `调研组一行深入到…`): the leader the lede named (带队, 一行, 带领…负责人)
      pos('市委副书记张建国带队到临江县督导项目建设。在临江西部（平和）生活垃圾焚烧发电厂，市领导实地了解项目建设进展情况。', '张建国 → 临江西部(平和)生活垃圾焚烧发电厂'),
      neg('在临江生活垃圾焚烧发电厂，市领导实地了解项目建设进展情况。'),
      // (another's visit told after the lede ends the trip its leaders were named for)
      neg('县委书记王明带领市直部门负责人赴沙河镇调研。当天，市长刘海到东岭镇检查防汛工作。在东岭水库，市领导详细了解了防汛情况。'),
      neg('市委书记张建国到临江调研。在这座千年古城，张建国要求保护好文化遗产。'),
      // a place put first where the visitors then go to the works (来到施工现场): the site
      pos('3月5日，县委书记王明深入项目一线调研。在县城北滨河路东延伸段，王明、刘海来到施工现场，详细了解进度。', '王明 → 县城北滨河路东延伸段', '刘海 → 县城北滨河路东延伸段'),
    ],
  },
  'visited.came-to': {
    relation: 'VISITED',
    module: 'relations/visits.ts',
    why: 'A guest comes to the paper\'s province (来我省考察) or to one named by its character (来川考察访问): the one named before 来, or after the 的 it describes.',
    cases: [
      // a city by its bare name the dictionary knows (`来南宁考察访问`); not by the one who sent the visitor (`受…委派来亚洲访问`)
      pos('市委书记刘海会见了来南宁考察访问的考察团团长王明一行。', '王明 → 南宁'),
      neg('王明是受刘海总统委派来亚洲访问的。'),
      // a guest who comes to 访问 alone looks into no place (the spec's verbs; six such were false in the rounds)
      neg('2月12日，市委书记刘海会见了来渝访问的乌兰巴托市市长王明一行。'),
      // (the one met who came, not the host before the verb of meeting: `会见了来渝考察的…市长X一行`)
      pos('2月12日，市委书记刘海会见了来渝考察的乌兰巴托市市长王明一行。', '王明 → 重庆'),
      // a county of one character and its unit (`来房县考察`)
      pos('县政协主席王明一行来房县考察循环经济发展情况。', '王明 → 房县'),
      neg('县政协主席王明一行来该县考察循环经济发展情况。'),
      neg('县政协主席王明一行来邻县考察循环经济发展情况。'),
      // (the one the visit describes after its topic and 的, not the host the sentence joins to him by 与: `与来鄂调研脱贫攻坚工作的…董事长寇伟座谈`)
      pos('2月21日，省委书记刘海，省长吴东与来鄂调研脱贫攻坚工作的临江电网有限公司董事长王明座谈。', '王明 → 湖北'),
      // a city or a county by its name with its unit (`一行来博兴县调研`)
      pos('3月29日，市委副书记王明一行来临江县调研乡村振兴工作。', '王明 → 临江县'),
      inPaper('甘肃日报', pos('王明对张建国一行来我省考察中药材相关情况表示欢迎。', '张建国 → 甘肃')),
      // 我市 in a city's paper is the city the paper's name opens with
      inPaper('天水日报', pos('10月12日，省报社社长张建国一行来我市调研。', '张建国 → 天水')),
      // a paper whose name does not open with its province's (大众日报 is Shandong's), and the visit's topic before its verb
      inPaper('大众日报', pos('5月16日至20日，全国政协副主席张建国来我省就企业和农村发展情况进行考察调研。', '张建国 → 山东')),
      inPaper('某某日报', neg('5月16日至20日，全国政协副主席张建国来我省就企业和农村发展情况进行考察调研。')),
      inPaper('吉林日报', pos('省委书记王明在长春拜会来我省考察调研的全国政协副主席、民盟中央常务副主席张建国。', '张建国 → 吉林')),
      // (no paper named: 我省 is no province known)
      neg('王明对张建国一行来我省考察中药材相关情况表示欢迎。'),
      pos('9月5日，省长王明在成都会见临山国代总统阿卡拉一行。王明代表省委、省政府对阿卡拉代总统来川考察访问表示欢迎。', '阿卡拉 → 四川'),
      // (one who leads a group that comes: `梁振英率…考察组来琼考察调研`)
      pos('1月4日至8日，全国政协副主席张建国率临港经济合作发展咨询委员会考察组来琼考察调研。', '张建国 → 海南'),
      // (or whose group it is, and a province by its name: `由…汤涛带队的…调研工作组来吉林调研`)
      pos('3月14日至20日，由人力资源社会保障部副部长张建国带队的中办国办调研工作组来吉林调研复工复产情况。', '张建国 → 吉林'),
      pos('副部长张建国来吉林省调研指导。', '张建国 → 吉林'),
      // (one who comes for another purpose visits nothing: `来华出席`; 宁 of 在宁 is a city, no province)
      neg('王明对张建国一行来闽出席论坛表示欢迎。'),
      neg('省领导王明来宁考察。'),
      inPaper('宁夏日报', pos('自治区党委书记王明会见了全国政协副主席张建国一行。张建国一行来宁考察调研。', '张建国 → 宁夏')),
      // (one named in a time after another's act is no visitor: `白玉堂大使在马克龙总统访华后即来川访问`)
      neg('王明大使在阿卡拉总统访华后即来川访问。'),
      // one who leads a team that comes to a city (`带队来X，就…进行执法检查`): the place, and the team's stops after are his
      pos('9月7日至9日，省人大常委会秘书长王明带队来临江市，就大气污染防治法贯彻实施情况进行执法检查。执法检查组一行先后到临江汽车塑料制品有限公司、临江三联纸业有限公司等地实地查看。', '王明 → 临江市'),
    ],
  },
  'visited.delegation': {
    relation: 'VISITED',
    module: 'relations/visits.ts',
    why: 'City papers tell a delegation\'s visit without its leader (X市党政代表团到我市考察) and name him where the host meets him (会见…Y一行): he visits the place.',
    cases: [
      pos('3月2日至4日，临山市党政代表团到我市考察交流。其间，临江市委书记刘海会见临山市委书记张明一行。', '张明 → 我市'),
      // a leader named in the delegation's clause is read by the other rules; no 会见 of a party names none
      neg('3月2日，临山市党政代表团到我市考察交流。临江市委书记刘海出席座谈会。'),
    ],
  },
  'visited.companion': {
    relation: 'VISITED',
    module: 'relations/visits.ts',
    why: 'Those who 陪同/参加 a visit (or go 一同) after it is told went where it went: its first target (each province of a list of them), or the part of it their sentence names (参加上海调研).',
    cases: [
      // (a visit that only dates a speech studied is none of the report's: no one goes along on it)
      neg('王明主持召开领导小组会议。会议指出，要认真贯彻王明总书记在临江省考察防控工作时的重要讲话精神。领导小组成员刘海、张华参加。'),
      // (a guest's visit the hosts welcome at talks: those who close the report with a bare 参加 were at the talks, not on the visit)
      // (but a visit of his own told after the talks keeps its companions)
      pos('临山国总统阿卡拉在总统府会见了国家主席王明。王明参观了临山国家博物馆。刘海、吴东参加。', '刘海 → 临山国家博物馆', '吴东 → 临山国家博物馆'),
      neg('省委书记王明在昆明与临山集团董事长阿卡拉举行会谈。王明欢迎阿卡拉一行来滇考察。刘海、吴东参加。'),
      pos('国家主席张建国参观了临江市博物馆。刘海、吴东等出席有关活动。', '刘海 → 临江市博物馆', '吴东 → 临江市博物馆'),
      // an inspection (检查, 督导) one goes along on too (`一同检查`, `参加检查`)
      pos('市长王明到临江大学新校区检查建设情况。临江大学党委书记吴东、副校长郑立一同检查。副市长刘海参加检查。', '吴东 → 临江大学新校区', '郑立 → 临江大学新校区', '刘海 → 临江大学新校区'),
      pos('中央军委主席张建国6日视察东部战区机关。他强调，要加强练兵备战。刘海等参加活动。', '刘海 → 东部战区机关'),
      // 参加 what is no visit; a name that only qualifies another (刘海夫人王芳)
      neg('市委书记张建国来到临江区人民医院。市长刘海来临江参加女王葬礼。'),
      // `…等先后随同调研`: those who go along
      pos('3月5日，县委书记王明到平店乡调研脱贫攻坚工作。县人大常委会副主任刘海，县扶贫办主任吴东等先后随同调研。', '刘海 → 平店乡', '吴东 → 平店乡'),
      pos('省委书记王明到临江市调研。副省长刘海随行调研。', '刘海 → 临江市'),
      neg('市长刘海夫人王芳在李华陪同下参观临江区人民医院。'),
      // 参加 that closes a sentence of talks is the talks' (`其间，市长X与Y座谈交流，市委常委Z参加`)
      neg('10月12日，省报社社长张建国一行到临江市调研。其间，市长刘海与张建国座谈交流，市委常委王明参加。'),
      // one who 陪同接见 goes with a reception, not with the visit
      neg('国家主席张建国在临江考察。张建国在临山接见驻临山部队官兵代表。副主席刘海陪同接见。'),
      pos('市委书记张建国到临江区调研。副市长吴东陪同。', '吴东 → 临江区'),
      // a guest who came to the province and saw its sites: those who go along went to the province
      inPaper('大众日报', pos('全国政协副主席张建国来我省就企业发展情况进行考察调研，期间先后考察了临江港和临山集团。省政协主席吴东、省委副书记刘海分别陪同活动。', '吴东 → 山东', '刘海 → 山东')),
      // those at the events told above (出席上述活动) were at the visit among them
      pos('国家主席张建国参观了临江市博物馆。副主席刘海、吴东出席上述活动。', '刘海 → 临江市博物馆', '吴东 → 临江市博物馆'),
      pos('市委书记张建国在临江区调研。副市长吴东明一同调研。', '吴东明 → 临江区'),
      pos('市委书记张建国在临江区、临山区调研。副市长吴东参加临山区调研。', '吴东 → 临山区'),
      // each place of the visit's first sentence (`赴A镇、B镇、C镇等地开展督查。…陪同`): those who go along went to each
      pos('市委书记张建国在临江区、临山区调研。副市长吴东陪同。', '吴东 → 临江区', '吴东 → 临山区'),
      pos('县长王明带队赴临江镇、临山镇、临水镇等地开展重点项目督查。副县长刘海陪同。', '刘海 → 临江镇', '刘海 → 临山镇', '刘海 → 临水镇'),
      pos('市委书记张建国到临江区调研。陪同调研的还有市领导吴东、郑立。', '吴东 → 临江区', '郑立 → 临江区'),
      // a visit to provinces in a list: those who go along go to each; one who took part in what was told before the visit did not
      pos('国务院总理张建国在湖南、贵州调研。副总理刘海陪同调研。', '刘海 → 湖南', '刘海 → 贵州'),
      neg('临江活动月今天上午在这里拉开帷幕。副委员长张建国、副主席刘海参加了这一活动。下午，国务委员王明前往临江市第一福利院，看望孤寡老人。'),
      // those who each took part in some of the events (分别参加), which ones unsaid, went along on no visit named
      neg('省委书记张建国到临江市、临山市调研。省领导刘海、吴东分别参加有关活动。'),
      neg('县委书记张建国先后来到临江大学、临山集团调研。县领导刘海以及吴东、郑立等分别参加活动。'),
      // those who each go where they hold their posts go along with none
      neg('中共中央政治局委员、中共上海市委书记张建国，中共中央政治局委员、湖南省委书记刘海，分别在所在省市参加了看望和慰问群众的活动。'),
    ],
  },
  'held-in.place': {
    relation: 'HELD_IN',
    module: 'relations/meeting-bodies.ts',
    why: '会议在X召开/举行: X is where the meeting was held.',
    cases: [
      // a gathering of finance ministers, central bank governors or defence ministers by its short head (`…财长和央行行长会`, `东盟防长会`)
      pos('二十国集团财长和央行行长会21日在阿根廷布宜诺斯艾利斯召开。', '二十国集团财长和央行行长会 → 阿根廷布宜诺斯艾利斯'),
      // (not the one who presides, a time before him: `在下午省委副书记X主持召开的…推进会上`)
      neg('在下午省委副书记王明主持召开的全省现场推进会上，省长刘海强调，要扎实推进。'),
      // not 蒙 or 苏 of foreign news (Mongolia, the Soviet Union)
      neg('临蒙边界联合委员会第三次会议在蒙举行。中苏边界谈判第二轮会议在苏举行。'),
      // nor the sound or the mood it closes in (`在庄严的国际歌声中胜利闭幕`, `在热烈的掌声中`)
      neg('共青团临江市第十六次代表大会在庄严的国际歌声中胜利闭幕。临江市第五届运动会在热烈的掌声中开幕。'),
      // (nor a year told where a place would stand: `在今年举行的…集体学习时`)
      neg('刘海总书记在今年举行的临江省委第二次集体学习会上强调，要扩大内需。'),
      // a place by the one character the press calls it by (`在京主持召开`, `在沪召开`): that place, not 京主持
      pos('省长王明在京主持召开视频会议，听取汇报。', '王明视频会议 → 北京'),
      pos('全省工作会议在沪召开。', '全省工作会议 → 上海'),
      // (how it opened is no part of the place: `在…体育场盛大开幕`)
      pos('第三届临江运动会开幕式今晚在临山市体育场盛大举行。', '第三届临江运动会开幕式 → 临山市体育场'),
      // the meeting held, not those named in passing before it (joined by 和 before 精神)
      pos('以全面贯彻落实十五大和中央经济工作会议精神为主要内容的全市建材工作会议，1月12日在临江召开。', '全市建材工作会议 → 临江'),
      neg('张建国在同应邀参加市委召开的全市先进典型座谈会的代表座谈时说。'),
      pos('全市安全生产工作会议6日在临江召开。', '全市安全生产工作会议 → 临江'),
      // the place of a meeting another one decides to hold is that one's (`主席会议召开，决定…常委会会议…在X召开`)
      pos('9月21日，临江市政协第六十次主席会议召开，决定市政协十二届二十二次常委会会议9月26日至27日在临江召开。', '市政协十二届二十二次常委会会议 → 临江'),
      pos('全市科学技术奖励大会8日在临江隆重举行。', '全市科学技术奖励大会 → 临江'),
      pos('20日下午，市委书记张建国在临江市临山区主持召开全市农村工作座谈会。', '全市农村工作座谈会 → 临江市临山区'),
      // talks held somewhere hold no meeting there (the welcome ceremony before them is elsewhere)
      neg('欢迎仪式后，王明在总理府同阿卡拉总理举行会谈。'),
      pos('市委书记张建国在临山区调研并主持召开全市农村工作座谈会。', '全市农村工作座谈会 → 临山区'),
      pos('1月9日，省委在临江召开出席省十四届人大一次会议、省政协十三届一次会议的中共党员会议。', '中共党员会议 → 临江'),
      // the meeting closing is no place of it (`在…会议闭幕前的总结发言中`)
      neg('国家体委副主任王明今天在全国临江工作会议闭幕前的总结发言中，要求全面认识体育工作。'),
      // (a meeting's name inside the place's is none: `在香港会议展览中心开幕`; nor the place inside a meeting's span)
      pos('由临江贸易发展局主办的临江玩具展览会在临江会议展览中心开幕。', '临江玩具展览会 → 临江会议展览中心'),
      pos('十四届临江人大一次会议4日上午在临江人民大会堂举行预备会议。', '十四届临江人大一次会议预备会议 → 临江人民大会堂'),
      // a wire's word for `here` is no place
      neg('临江清查委员会主席张建国昨天在此间举行的新闻发布会上披露。'),
      // the place ends before the matter the meeting is held on (`在吉布提就苏丹问题举行特别峰会`)
      pos('东岭组织在临江就边境问题举行特别峰会。', '特别峰会 → 临江'),
      // the body just named, by 该 and its kind, is no place's name (`在该所举行的年度记者招待会上`)
      neg('美国人口研究所所长王明今天在该所举行的年度记者招待会上说，世界人口增长形势依然严峻。'),
    ],
  },
  'convened.body': {
    relation: 'CONVENED',
    module: 'relations/meeting-bodies.ts',
    why: 'A body before 召开/举办/举行 holds the meeting.',
    cases: [
      pos('市工信局召开全市工业稳增长推进会。', '市工信局 → 全市工业稳增长推进会'),
      // a body after 在 is where the meeting is held, not who convenes it; 就 of 就业 cuts no name
      pos('近日，临江市政府在临江叉车集团召开解困再就业情况通报会。', '临江市政府 → 解困再就业情况通报会'),
      // a body of research names its field before 研究 (a stop word elsewhere)
      pos('临江省发展研究中心召开全省经济形势分析会。', '临江省发展研究中心 → 全省经济形势分析会'),
      // a body's name starts after the verb whose object it is, and a particle before a place's first character is no cut
      pos('他感谢临江市政府主办第五届临江国际博览会。', '临江市政府 → 第五届临江国际博览会'),
      pos('由以色列外交部举办的第三届中以创新论坛今天开幕。', '以色列外交部 → 创新论坛'),
      // parties, parliaments and people's congresses are named by their country or level, also by a country's short name
      pos('今年，临山国国会举办首届临山议会论坛。', '临山国国会 → 首届临山议会论坛'),
      pos('近日，临江省人大举办全省人大工作座谈会。', '临江省人大 → 全省人大工作座谈会'),
      pos('中方愿同阿国民议会举办两国议会论坛。', '阿国民议会 → 两国议会论坛'),
      // an international body named without a head noun
      pos('阿盟召开外长级紧急会议。', '阿盟 → 外长级紧急会议'),
      // places listed before one level's body share it, and bodies listed before the verb hold it together
      pos('河北、河南省政府召开联席会议。', '河北省政府 → 联席会议', '河南省政府 → 联席会议'),
      // a meeting named by its body and its session or summit is the body's
      pos('临江市委全面深化改革委员会第三次会议今天召开。', '临江市委全面深化改革委员会 → 临江市委全面深化改革委员会第三次会议'),
      pos('王明出席临江合作论坛北京峰会。', '临江合作论坛 → 临江合作论坛北京峰会'),
      // a press conference is named by the body that holds it, the subject of its clause (`…新闻办公室举行新闻发布会`)
      pos('今天（1月6日），临江省人民政府新闻办公室举行新闻发布会，介绍春运客流及运力保障情况。', '临江省人民政府新闻办公室 → 临江省人民政府新闻办公室新闻发布会'),
    ],
  },
  'addressed.policy': {
    relation: 'ADDRESSED',
    module: 'relations/meeting-bodies.ts',
    why: 'A meeting that reviews, deploys or pushes a policy: 会议审议/部署/推进《…》.',
    cases: [
      // a meeting named for its spirit or as a point in time addresses nothing here
      neg('省委常委会强调，要深入学习贯彻党的二十大精神，部署实施创新驱动发展战略。'),
      neg('党的十八大以来，研究制定了创新驱动发展战略。'),
      pos('市政府常务会议审议《某市促进就业若干措施》。', '市政府常务会议 → 某市促进就业若干措施'),
      // the last law a decision amends, before 的决定 (`关于修改A法、B法、C法的决定`)
      pos('临江市人大常委会第九次会议表决通过了关于修改临江市河道管理法、临江市湿地保护法的决定。', '临江市人大常委会第九次会议 → 关于修改临江市河道管理法、临江市湿地保护法的决定', '临江市人大常委会第九次会议 → 临江市河道管理法', '临江市人大常委会第九次会议 → 临江市湿地保护法'),
      // every draft of a 、-list after 就/对, the first too
      pos('市人大常委会第五次会议审议了报告，秘书长刘海就临江市代表名额分配方案草案、临江市少数民族代表名额分配方案草案作了说明。', '市人大常委会第五次会议 → 临江市代表名额分配方案草案', '市人大常委会第五次会议 → 临江市少数民族代表名额分配方案草案'),
      // a head with a noun after it is another thing (战略布局); a kind the quoted ones are examples of (等专项行动) names none
      neg('市委常委会会议学习了统筹推进“五位一体”总体布局和协调推进“四个全面”战略布局的要求。'),
      neg('市政府常务会议部署“净网”“护苗”等专项行动。'),
      // how a policy is to change is no part of its name; a province's own 政策 it brings out is named
      pos('市政府常务会议部署实施更加开放便利的离岛免税购物政策。', '市政府常务会议 → 离岛免税购物政策'),
      pos('省政府常务会议研究出台我省首发经济政策。', '省政府常务会议 → 首发经济政策'),
      // a named strategy before the clause's next verb
      pos('市委农村工作会议部署把农村社会救助纳入乡村振兴战略统筹谋划。', '市委农村工作会议 → 乡村振兴战略'),
      // a way of thinking ending in 法 is no law, a second verb no part of a law's name
      neg('市委常委会会议强调，要学习掌握唯物辩证法的根本方法。'),
      pos('十届全国人大二次会议通过决议，将该思想写入宪法序言。', '十届全国人大二次会议 → 宪法'),
      pos('市人大常委会会议审议了《公司法》实施情况的报告。', '市人大常委会会议 → 公司法'),
      // a quoted programme joined by 暨 to another event; one quoted inside a title is the title's
      pos('市政府常务会议部署“春风行动暨就业援助月”工作。', '市政府常务会议 → 春风行动'),
      pos('市委常委会会议讨论了《关于学习运用“千村示范、万村整治”工程经验的意见》。', '市委常委会会议 → 关于学习运用千村示范、万村整治工程经验的意见'),
      // a report in 《》 is no policy
      neg('市政府常务会议审议《临江市2024年经济发展报告》。'),
      // a session's resolution is named with the session (each year's is another document)
      pos('市政协十二届三次会议闭幕。大会通过了市政协十二届三次会议关于常务委员会工作报告的决议。', '市政协十二届三次会议 → 市政协十二届三次会议关于常务委员会工作报告的决议'),
      // a sector in a list of departments is no plan (`计划、财政、教育等部门`)
      neg('市政府常务会议部署，经过中央与地方计划、财政、教育等部门的共同努力完成任务。'),
      // a photograph series or its exhibition is a work, and so wherever the text names it (the first mention too)
      neg('市委常委会会议研究《瓷都的故乡》。摄影家冯某摄影展《瓷都的故乡》在北京举行。'),
      neg('市委常委会会议研究了《临江的故乡》在台展出的情况。'),
      // nor a broadcaster's programme (`今天（…）的《…》`, `总台《…》记者`)
      neg('市委常委会会议研究工作，今天（5月2日）的《临江工匠》带我们认识一位焊工。'),
      neg('市政府常务会议研究春运工作，总台《新春走基层》记者来到会场。'),
      // nor a book (a compilation, a reader)
      neg('市委常委会会议学习《临江市重要文献选编》。'),
      // the 宪法 of 宪法法律; a charter kept to (秉持); a bare 《基本法》 is the region's Basic Law
      pos('市人大常委会会议学习宪法法律。', '市人大常委会会议 → 宪法'),
      pos('市委外事工作委员会会议研究，秉持联合国宪章宗旨和原则开展对外交往。', '市委外事工作委员会会议 → 联合国宪章'),
      pos('市政府常务会议学习《基本法》。', '市政府常务会议 → 基本法'),
      // a 、-list of 关于-clauses shares the head after the last; a resolution's draft named by its session, after one named by 关于
      pos('东岭组织峰会通过关于给予临山国东岭组织成员国地位、关于签署南屿国加入东岭组织义务备忘录等一系列决议。', '东岭组织峰会 → 关于给予临山国东岭组织成员国地位的决议', '东岭组织峰会 → 关于签署南屿国加入东岭组织义务备忘录的决议'),
      pos('市政协常委会会议通过了市政协五届三次会议关于常务委员会工作报告的决议（草案），市政协五届三次会议政治决议（草案）。', '市政协常委会会议 → 市政协五届三次会议关于常务委员会工作报告的决议', '市政协常委会会议 → 市政协五届三次会议政治决议(草案)'),
      neg('市政府常务会议讨论了各项报告和决议（草案）。'),
      // a document named in 《》 by its head alone is the fuller one named before it
      pos('市政府近日印发《关于加强某某工作的意见》。市政府常务会议审议通过《意见》。', '市政府常务会议 → 关于加强某某工作的意见'),
      // an adverb before the verb is no part of the name
      pos('市委常委会会议研究，严格执行中央八项规定精神。', '市委常委会会议 → 中央八项规定'),
      // a treaty named by its two parties; a numbered set of measures by what it does
      pos('市人大常委会会议审议中国和临山国移管被判刑人条约。', '市人大常委会会议 → 中国和临山国移管被判刑人条约'),
      pos('市人大常委会会议部署落实好加强和改进代表工作的35条具体措施。', '市人大常委会会议 → 加强和改进代表工作的35条具体措施'),
      neg('市人大常委会会议部署落实好各项措施，审议双方签署的条约。'),
      // two bodies a law governs, joined by 和, are part of its name, and no meeting there; nor a conference's secretariat
      pos('市人大常委会会议审议地方各级人民代表大会和地方各级人民政府组织法修正草案。', '市人大常委会会议 → 地方各级人民代表大会和地方各级人民政府组织法修正草案'),
      pos('市人大常委会会议审议全国人民代表大会和地方各级人民代表大会选举法修正案草案、反有组织犯罪法草案。', '市人大常委会会议 → 全国人民代表大会和地方各级人民代表大会选举法修正案草案', '市人大常委会会议 → 反有组织犯罪法草案'),
      pos('市人大常委会会议审议《东岭相互协作会议秘书处特权与豁免公约》。', '市人大常委会会议 → 东岭相互协作会议秘书处特权与豁免公约'),
      // (a title inside a title, 〈…〉, holds no meeting: `关于修改〈…选举全国人民代表大会…的办法〉的决定`; the sitting that passes it addresses it)
      pos('《全国人民代表大会常务委员会关于修改〈中国人民解放军选举全国人民代表大会和县级以上地方各级人民代表大会代表的办法〉的决定》已由第十三届全国人民代表大会常务委员会第二十八次会议通过。', '第十三届全国人民代表大会常务委员会第二十八次会议 → 全国人民代表大会常务委员会关于修改中国人民解放军选举全国人民代表大会和县级以上地方各级人民代表大会代表的办法的决定', '第十三届全国人民代表大会常务委员会第二十八次会议 → 中国人民解放军选举全国人民代表大会和县级以上地方各级人民代表大会代表的办法'),
      // (呼吁/敦促 before a bare meeting is the call, no part of its name: the summit named before addresses the protocol)
      pos('第30届非盟首脑会议28日开幕。主席阿卡拉呼吁首脑会议通过《人员自由流动议定书》。', '第30届非盟首脑会议 → 人员自由流动议定书'),
    ],
  },
  'issued.policy': {
    relation: 'ISSUED',
    module: 'relations/meeting-bodies.ts',
    why: 'A body that 出台/发布/印发 a policy in one clause issued it (bodies joined by 、 together).',
    cases: [
      pos('市人民政府印发《某市促进就业若干措施》。', '市人民政府 → 某市促进就业若干措施'),
      // bodies joined by 、 issue it together; a body and a verb of another clause issue nothing
      pos('近日，中共中央办公厅、国务院办公厅印发了《关于加强某某工作的意见》。', '中共中央办公厅 → 关于加强某某工作的意见', '国务院办公厅 → 关于加强某某工作的意见'),
      neg('要落实《某市促进就业若干措施》，市人社局负责制定实施细则。'),
      // two top organs joined by 和 are two bodies
      pos('近日，党中央和国务院印发了《关于加强某某工作的意见》。', '党中央 → 关于加强某某工作的意见', '国务院 → 关于加强某某工作的意见'),
      // a pronoun's body (`其名下公司`) has no name
      neg('临江市税务局通报，某演员及其名下公司发布《某某声明》。'),
      // an office named short after a level or a top organ (`中央网信办`); 办 after anything else is the verb
      pos('近日，中央网信办印发了《某某工作要点》。', '中央网信办 → 某某工作要点'),
      neg('对于企业开办一网通办发布《某某办事指南》。'),
      // 据 before a top organ's body is the source, not the name
      pos('据国家卫生健康委发布的《某某诊疗方案》，病例数下降。', '国家卫生健康委 → 某某诊疗方案'),
      // what a title quotes is not what was issued: the title is (`《…“十大伙伴行动”实施方案》`, `《…“十五五”规划和…纲要》`)
      pos('市人民政府印发《临江市落实“十大伙伴行动”实施方案》。', '市人民政府 → 临江市落实十大伙伴行动实施方案'),
      pos('市人民政府印发《临江市“十五五”规划和远景目标纲要》。', '市人民政府 → 临江市十五五规划和远景目标纲要'),
      // a document named in 《》 by its head alone, none named before it, is one of its own
      pos('市人社局、市教育局联合印发《通知》。', '市人社局 → 通知', '市教育局 → 通知'),
      // a report is issued too, but is no policy
      neg('市统计局发布《临江市统计年度报告（2023）》。'),
    ],
  },
  'met.same-subject': {
    relation: 'MET',
    module: 'relations/met.ts',
    why: 'A clause with no subject of its own after a 会见 (…会见A，同副总理B举行会谈), or after the sentence\'s own subject (随后，X乘车前往…，同B议长举行会谈), goes on with the same host.',
    cases: [
      // nor 将 of 将军
      pos('王明会见了来访的刘海将军一行，并同赵平举行会谈。', '王明 → 赵平'),
      // (clauses of the subject's acts between, no one else named; the guest after posts 、 joins)
      pos('11月2日，市长王明带领有关部门负责同志，赴临山市对接协作工作，考察产业合作项目，与临山市委副书记、市长刘海会见座谈。', '王明 → 刘海'),
      // the talks of a planned visit, the clause going on with its subject, are none held
      neg('印度总理古杰拉尔将于下月访问巴基斯坦，并同谢里夫举行会晤。'),
      // a pronoun for the one the sentence before is about, with guests joined by 和 and the matter between (`他先后与A和B就…举行了数次会晤`)
      pos('临山国中东和谈特别协调员阿卡拉结束了中东之行。这是阿卡拉今年的首轮斡旋。他先后与东岭国总理刘海和临江自治政府主席王明就安全合作等问题举行了数次会晤。', '阿卡拉 → 刘海', '阿卡拉 → 王明'),
      // a pronoun for the one the sentence before is about (`…会见了A。当晚，他同加蒂举行了会谈`)
      pos('国务院副总理兼外交部长王明今天抵达临山。当晚，他同临山国总理阿卡拉举行了会谈。', '王明 → 阿卡拉'),
      neg('国务院副总理兼外交部长王明今天抵达临山。据报道，当地记者说，他同阿卡拉举行了会谈。'),
      // the subject, a comma, then the day and the place before 与 (`钱其琛，8日下午在这里与…菲拉利举行会谈`)
      pos('国务院副总理兼外交部长王明，8日下午在这里与临山国首相阿卡拉举行会谈，就两国关系交换了意见。', '王明 → 阿卡拉'),
      // the sentence's subject, no 会见 before; the guest's post after him; and his post read before his name with his wife after it
      pos('受到了临山国议会议长阿卡拉斯和夫人的热烈欢迎。随后，王明委员长乘车前往机场贵宾室，同阿卡拉斯议长举行会谈。', '王明 → 阿卡拉斯'),
      neg('随后，王明委员长出席了开幕式。阿卡拉斯议长同代表们举行会谈。'),
      neg('访问期间，王明将会见阿卡拉斯总统，同阿巴斯总理举行会谈。'),
      // guests joined by 和 in such a clause: the host meets each, not the first the second
      pos('应临山国人民代表院议长阿卡拉和联邦院议长阿巴斯邀请，全国人大常委会委员长张建国9日至12日对临山国进行正式友好访问，在临江分别会见总统哈米德、总理阿比，同阿卡拉和阿巴斯举行会谈。', '张建国 → 阿卡拉', '张建国 → 阿巴斯'),
      pos('国务院副总理刘明应邀访问临山国，在临城会见临山国总统阿卡拉，同副总理穆斯塔法耶夫举行会谈。', '刘明 → 穆斯塔法耶夫'),
      // a clause with its own subject is his: `…会见A，A同B举行会谈` pairs A and B by the verb rule
      neg('国务院副总理刘明在临城会见临山国总统阿卡拉，阿卡拉同副总理穆斯塔法耶夫举行会谈。'),
      // after the sentence's 会见, a clause with no subject of its own and guests each with his post, joined by 、 or 和, 分别
      pos('张建国14日在临山会见首相阿卡拉，与众议长萨利、代参议长哈米分别举行会谈。', '张建国 → 萨利', '张建国 → 哈米'),
      pos('张建国14日在临山会见首相阿卡拉，同众议长萨利和代参议长哈米分别举行会谈。', '张建国 → 萨利', '张建国 → 哈米'),
    ],
  },
  'met.verb': {
    relation: 'MET',
    module: 'relations/met.ts',
    why: '会见/会谈/接见/会晤/拜会: from the host before the verb to each named guest after it.',
    cases: [
      // (talks planned, counted, are none yet: `王明和临山国总统刘海将在18日和19日分别进行两次会谈`)
      neg('王明和临山国总统刘海将在18日和19日分别进行两次会谈。'),
      // (会面 as foreign news says 会晤; not one refused, `拒绝了与…会面的提议`)
      pos('临山国石油部长刘海27日与到访的临江国石油部国务部长王明会面。', '刘海 → 王明'),
      neg('正在临山国访问的临江国总理王明还拒绝了与临山国副首相刘海会面的提议。'),
      // (a plan the sentence opens with goes on over its clauses: `将出席…活动，…，会见…`)
      neg('访问期间，王明主席将出席阿卡拉总统举行的一系列国事活动，同苏丽国务资政会谈，出席双边合作文件交换仪式，会见临山国防军总司令吴东。'),
      // guests in post chains joined by a comma, 一行 closing the last (`会见了…董事长A，…副总裁B一行`)
      pos('省委书记王明，省长刘海在兰州会见了中国临江集团党委书记、董事长吴东，临山电气集团副总裁郑立一行。', '王明 → 吴东', '刘海 → 吴东', '王明 → 郑立', '刘海 → 郑立'),
      // hosts and guests each in post chains joined by commas, the guests' group closing the list (`省委书记A，省长B在X与…董事长C，
      // 总经理D一行会谈`): each host meets each guest
      pos('市委书记王明，市长李华在迎宾馆与临江石化董事长刘海，总经理赵东一行会谈。', '王明 → 刘海', '王明 → 赵东', '李华 → 刘海', '李华 → 赵东'),
      pos('市委书记王明，市委副书记、市长李华在迎宾馆与临江石化集团董事长、党组书记刘海，总经理、党组副书记赵东一行会谈。', '王明 → 刘海', '王明 → 赵东', '李华 → 刘海', '李华 → 赵东'),
      // 将 of a rank is no plan (`…上将举行会谈`)
      pos('王明同帕尔米多上将举行会谈。', '王明 → 帕尔米多'),
      // talks planned are none held: `将再次举行会晤`
      neg('临山国总理帕尔米多和东岭国总理卡马斯将再次举行会晤。'),
      // (but 拟 or 计划 inside a word or a noun plans nothing, nor a 将 after the talks' result: they were held)
      pos('王明参观了虚拟现实产业园，会见了临山国总理阿卡拉。', '王明 → 阿卡拉'),
      pos('临江总统刘海同临山国总理阿卡拉举行会谈的成果将会惠及两国人民。', '刘海 → 阿卡拉'),
      // (nor talks whose content 将 be: `…会谈的中心内容将是…`)
      neg('据悉，临江总统刘海同临山国总理阿卡拉在临江会谈的中心内容将是撤军问题。'),
      // (nor the next clause of the plan, its subject left out: `将在论坛发表特别致辞，会见…施瓦布`)
      neg('王明总理将在论坛发表特别致辞，会见临江经济论坛主席阿卡拉。'),
      // a meeting prepared for is none held (`为…克林顿与内塔尼亚胡的会晤作准备`)
      neg('罗斯此行是为本月下旬临山国总统阿卡拉与东岭国总理刘海的会晤作准备，斡旋的失败将对美、以、巴三方会谈带来不利影响。'),
      neg('王明是在临山国总统阿卡拉与刘海总理举行会谈的前夕来访的。'),
      // (but talks held by the sides: `同A、B举行中法欧三方会晤`)
      pos('4月6日下午，临江国主席张建国在人民大会堂同临山国总统阿卡拉、东岭委员会主席刘海举行三方会晤。', '张建国 → 阿卡拉', '张建国 → 刘海'),
      // the guest is the envoy, not the one who sent him (`会见美国总统克林顿的特使萨默斯`)
      pos('临山国总统阿卡拉今天会见东岭国总统刘海的特使王明。', '阿卡拉 → 王明'),
      // a country the model reads as a name where it stands alone (`瑙鲁作出…`) is no guest before its leader's post
      pos('委员长张明3日下午在人民大会堂同瑙鲁议长斯蒂安举行会谈。张明表示，今年1月，瑙鲁作出正确决定。', '张明 → 斯蒂安'),
      // co-hosts before the one with 同, a comma apart after posts of their own, each meet the guest
      pos('外事工作委员会办公室主任王明，国务委员兼国防部长刘海27日分别在临江宾馆和八一大楼同临山国国防部长阿卡拉举行会见会谈。', '王明 → 阿卡拉', '刘海 → 阿卡拉'),
      // a province's leaders call on ministers in the capital (`刘赐贵一行拜访了…主任何立峰，…部长苗圩，…`)
      pos('1月5日，省委书记王明赴京拜访部分国家部委。王明一行先后拜访了全国政协副主席、国家发展和改革委员会主任刘海，工业和信息化部部长吴东，财政部部长张亮等。', '王明 → 刘海', '王明 → 吴东', '王明 → 张亮'),
      // guests named each after a post of their own, one a comma apart, up to 等 (`会见了A公司董事甲，B公司总经理乙，…等客商`);
      // a segment with an act of its own ends them (`，X还拜会了…`)
      pos('5月7日，市委书记刘海先后会见了临江新材料公司董事张明，临山电子公司董事总经理李华，东岭医药集团总裁吴东等客商。', '刘海 → 张明', '刘海 → 李华', '刘海 → 吴东'),
      pos('在京期间，吴东与王明副主任举行工作会晤，吴东还礼节性地拜会了市委秘书长李华。', '吴东 → 王明', '吴东 → 李华'),
      // talks named before their time clause still are (`A同B举行会谈时指出`); talks named as a time are none (`在会谈中代表…`)
      pos('外交部长张建国今天在临江同临山国外交大臣阿卡拉·库克举行会谈时指出，两国关系正在发展。', '张建国 → 阿卡拉·库克'),
      neg('临山国国防部长阿卡拉在会谈中代表刘海总统向中方表示感谢。'),
      // a trilateral meeting with a day, a place and its own name between the last guest and 会晤
      pos('9日，国家主席张建国同临山国总统阿卡拉、东岭国总统刘海在临江举行三国元首第四次会晤。', '张建国 → 阿卡拉', '张建国 → 刘海'),
      // a meeting planned is none held, nor the next one the plan goes on to; a meeting told again from the guest's side is one pair
      neg('临山国总统阿卡拉计划在东岭会见刘海首相，希望东岭支持。'),
      neg('临山国总统阿卡拉将于本月20日在东岭同临海国总理刘海举行会晤，然后于22日会晤西岭国主席吴东。'),
      pos('国家主席张建国今天会见临山国总统阿卡拉。阿卡拉表示很高兴与张建国会见。', '张建国 → 阿卡拉'),
      // a guest named by no post, after 同 and before the talks; not a side, a delegation or a country
      pos('欢迎仪式后，国务院总理王明同通伦举行会谈。', '王明 → 通伦'),
      neg('会谈中，王明同对方举行会谈。'),
      // guests named by posts that a 、 joins, one guest or two (the chain of people before the verb stops at 、)
      pos('市委书记王明同临山国中央政治局委员、中央书记处常务书记、组织部部长阿卡拉举行会谈。', '王明 → 阿卡拉'),
      pos('市人大常委会主任王明以视频方式同临山国国民会议共和国院主席科恰诺娃、代表院主席安德烈琴科举行会谈。', '王明 → 科恰诺娃', '王明 → 安德烈琴科'),
      // the guest of the talks is no host of the sentence's next meeting: its subject still is
      pos('临山国总统刘海本月20日在临城同内塔尼亚胡举行会晤，然后于22日会晤阿拉法特。', '刘海 → 内塔尼亚胡', '刘海 → 阿拉法特'),
      neg('王明代表团同临山国举行会谈。'),
      // a post read for the name after it is no guest of its own (the model reads `卡塔尔埃米尔` as a name)
      pos('王明会见卡塔尔埃米尔|国家主席王明5日在人民大会堂会见来华出席开幕式的卡塔尔埃米尔塔米姆。', '王明 → 塔米姆'),
      // two hosts joined by 和 who 会见 unnamed guests meet no one named; `A和B会晤` is one pair
      neg('张建国书记和刘海市长会见了全体代表。'),
      pos('张建国主席和刘海总统在临江会晤。', '张建国 → 刘海'),
      // a day, a place and a manner between host and 同; a guest's relatives are no pair with him
      pos('市长刘海27日在市政府以视频方式同某国某某议会议长阿卡拉举行会谈。', '刘海 → 阿卡拉'),
      neg('市长刘海在会前会见了吴东同志亲属代表。'),
      // a time word before a name and its post (`近期习近平主席和特朗普总统成功会晤`)
      pos('王明指出，近期习近平主席和特朗普总统成功会晤。', '习近平 → 特朗普'),
      pos('国家主席习近平在人民大会堂会见美国总统拜登。', '习近平 → 拜登'),
      // hosts joined by 和 each meet each guest (`A和夫人B会见C国王D和太后E`)
      pos('市长张建国和夫人刘红在临江会见临山国国王阿卡拉和太后莫尼拉。', '张建国 → 阿卡拉', '刘红 → 阿卡拉', '张建国 → 莫尼拉', '刘红 → 莫尼拉'),
      // the one before 同/与 meets each of those after it, not the last two with each other
      pos('国务院总理李强将同某某理事会主席米歇尔和某某委员会主席冯德莱恩共同主持会晤。', '李强 → 米歇尔', '李强 → 冯德莱恩'),
      pos('俄罗斯外长拉夫罗夫与来访的某国外长王明举行会谈。', '拉夫罗夫 → 王明'),
      pos('日本首相桥本龙太郎同来访的英国首相托尼·布莱尔举行会谈。', '桥本龙太郎 → 托尼·布莱尔'),
      neg('国家主席习近平出席会议。'),
      // hosts joined by 、 with their posts each meet the guest; those who 参加会见 and unnamed guests give none
      pos('市长刘海、副市长吴东今天在市政府会见了前来参加签字仪式的某国某某公司总裁阿卡拉一行。', '刘海 → 阿卡拉', '吴东 → 阿卡拉'),
      neg('市长刘海、副市长吴东等参加了会见。'),
      neg('会议期间，市长刘海、副市长吴东会见了全体代表。'),
      // hosts separated by commas, each after posts of their own, each meet the guest (provincial papers)
      pos('9月5日，省委书记、省人大常委会主任张建国，省委副书记、省长刘红在临江会见临山国总统阿卡拉一行。', '张建国 → 阿卡拉', '刘红 → 阿卡拉'),
      // 拜会: a call the hosts pay on a visiting leader, a meeting as 会见 is; those who 参加拜会 give none
      pos('23日下午，省委书记张建国在临江拜会来我省考察的全国政协副主席刘海。', '张建国 → 刘海'),
      neg('省领导王明、吴东参加拜会。'),
      // a place after a day and 在 is no host (`20日在惠灵顿同…`), and a dotted name ends before 举行
      pos('新华社临江11月20日电 国家主席张建国20日在阿卡拉同临山国总理约翰·基举行会谈。', '张建国 → 约翰·基'),
      // `A同B在…会见了C`: A and B host a 会见 together, no pair between them
      neg('国家主席张建国11日同临山国总统阿卡拉在卫国战争历史博物馆会见了15名老战士代表。'),
      pos('副总裁阿卡拉·费希尔在与临山国总统刘海举行会见后说，刘海十分明确地表示支持。', '阿卡拉·费希尔 → 刘海'),
      // guests after 同, each named by posts a 、 joins, then 分别 and the verb: the host meets each
      pos('在大阪期间，国家主席王明同临山国总统阿卡拉、东岭国总统佐达分别会晤。', '王明 → 阿卡拉', '王明 → 佐达'),
      // the leader whose envoy a host meets is no guest (`会见了习近平主席特使、…刘海`: 刘海 only)
      pos('阿卡拉总统会见了王明主席特使、全国人大常委会副委员长刘海。', '阿卡拉 → 刘海'),
      // the last name before a clause that opens with 会见 is an act's object where the clause's subject is named first
      // (`王明前往…吊唁阿卡拉并瞻仰遗容，会见了…`: 王明 meets, not the one mourned)
      pos('3月29日，国家副主席王明前往国会大厦吊唁临山前总理阿卡拉并瞻仰遗容，会见了临山总统莫尼拉、副总理苏瓦。', '王明 → 莫尼拉', '王明 → 苏瓦'),
      // (the items of a list of places closed by 等多地 are no persons, no guests)
      neg('市长王明会见了来自特拉维夫、贝尔谢巴和阿什凯隆等多地的客商。'),
      // (an envoy named after his sender is the clause's subject who meets: `国家主席王明特使刘海，会见了…`)
      pos('国家主席王明特使刘海，会见了临山总统阿卡拉。', '刘海 → 阿卡拉'),
      // a Japanese name of four after a Japanese post, its surname a place word of the dictionary, 举行 after it (`河野太郎举行会谈`)
      pos('俄罗斯外长阿卡拉4日在莫斯科与到访的日本外相河野太郎举行会谈。', '阿卡拉 → 河野太郎'),
      // a plan is no meeting held: 将分别会见, and 将为…举行欢迎仪式并同…会谈
      neg('外交部发言人王明宣布，国务院总理刘海、全国政协主席吴东将分别会见临山国总统阿卡拉。'),
      neg('届时张建国主席和夫人将为阿卡拉国王夫妇举行欢迎仪式并同国王会谈。'),
    ],
  },
  'met.listed': {
    relation: 'MET',
    module: 'relations/met.ts',
    why: 'Guests the next sentence lists (`…会见了三国大使。这三位大使是：…`) are met by the host of the 会见.',
    cases: [
      pos('市长刘海今天分别会见了两国新任驻临江总领事。这两位总领事是：某国新任驻临江总领事阿卡拉、某某国新任驻临江总领事莫尼拉。', '刘海 → 阿卡拉', '刘海 → 莫尼拉'),
      // a next sentence that does not list the guests gives none
      neg('市长刘海今天分别会见了两国新任驻临江总领事。某国驻临江总领事阿卡拉表示，愿加强合作。'),
    ],
  },
  'met.fronted': {
    relation: 'MET',
    module: 'relations/met.ts',
    why: 'A 会见 fronted as the time of the clause (`在会见A时，B表示`) has the clause\'s subject for its host.',
    cases: [
      pos('在会见纳米比亚总统阿卡拉时，国务院总理刘海表示，中方愿加强合作。', '刘海 → 阿卡拉'),
      pos('在会见纳扎尔巴耶夫时，刘海表示，中方愿加强合作。', '刘海 → 纳扎尔巴耶夫'),
      // the meeting's end is no guest; a clause that opens with no person has no host
      neg('会见结束时，市长刘海表示，愿加强合作。'),
      neg('在会见阿卡拉时，双方一致认为，合作前景广阔。'),
    ],
  },
  'met.by-post': {
    relation: 'MET',
    module: 'relations/met.ts',
    why: 'A guest named by a post and 先生 (`习近平主席同总统先生举行会晤`) is the one person of the item who holds that post.',
    cases: [
      pos('国务院总理刘海会见临山国国王阿卡拉。刘海表示，王明主席同国王陛下举行会晤，规划了两国关系。', '王明 → 阿卡拉'),
      pos('市长刘海会见某国总统阿卡拉和某某国总理莫尼拉。会见阿卡拉时，刘海表示，省长张建国同总统先生举行会谈。', '张建国 → 阿卡拉'),
      // two people hold the post: no pair
      neg('市长刘海会见某国总统阿卡拉和某某国总统莫尼拉。会见阿卡拉时，刘海表示，省长张建国同总统先生举行会谈。'),
    ],
  },
  'met.delegation': {
    relation: 'MET',
    module: 'relations/met.ts',
    why: 'A delegation met by its kind (`会见了该代表团`, `会见…党政代表团一行`) is met in its head, whom the item names: 以X为团长, 代表团团长X, X率领的代表团.',
    cases: [
      pos('以临山国议会外委会主席王明为团长的临山国议会代表团一行6人来华访问。全国人大常委会副委员长刘海在北京会见了该代表团。', '刘海 → 王明'),
      pos('省委书记刘海在合肥会见了来皖考察的临山市党政代表团一行。代表团团长、临山市市长王明介绍了有关情况。', '刘海 → 王明'),
      // no head named: no pair
      neg('省委书记刘海在合肥会见了临山市党政代表团一行。'),
    ],
  },
} satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof RULES;
