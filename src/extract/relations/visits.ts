// VISITED: inspections, visits and their companions. A visit goes where the verb says
// (`到X调研`, `来到A、B和C`, `在X，韩正了解…`), by everyone named before the verb in its
// sentence (the visitor and those who 陪同 him), and by those the text lists as having
// gone with them (`陪同考察的还有A、B`, `何立峰参加上述活动`).
import { allMatches, normName, type Sentence } from '../text';
import { ORG_SUFFIX_RE, VISIT_PLACE_HEADS, PROVINCES, PROVINCE_NAMES, paperProvince, paperCity, VISIT_MANNER, REMOTE_MANNER, PROVINCE_CHARS, PROVINCE_CHARS_OWN, TITLE_HEAD_END, MEET_VERB_ALT, COUNTRY_NAMES, VISIT_COMPANY_TRADES } from '../lexicon';
import { type PersonMention, Builder } from '../builder';
import type { Entity } from '../../model';
import { within, lastBefore, clauseStartAt, andInPlaceWord } from '../spans';
import type { RuleId } from '../rules';
import { ORG_BAD_END } from '../bodies';
import { placeWordAt, isCommonWord, isCommonNoun } from '../jieba';
import { mapArray } from '../../arrays';

const PLACE_HEAD = new RegExp(`(?:${[...VISIT_PLACE_HEADS].sort((a, b) => b.length - a.length).join('|')})$`);

/** A company's name of two or more characters, then its trade (`精艺铜业`; not `新材料` or `生物` alone). */
const COMPANY_BY_TRADE = new RegExp(`^[\\u4e00-\\u9fff]{2,8}(?:${VISIT_COMPANY_TRADES.join('|')})$`);

/** A kind of firm, no firm's name (`困难中小企业`, `部分规上工业`, `专精特新`, `外资民营`). */
const FIRM_KIND = /^(?:部分|困难|中小|小微|规上|规模以上|民营|外资|国有|龙头|骨干|重点|专精特新|优质|中小微)|企业$/;

/** How a list of industries qualifies them (`现代物流`, `智能家居`, `绿色化工`, `光伏新能源`): no company's name. */
const INDUSTRY_MODIFIER = /^(?:现代|智能|绿色|精细|特色|高端|传统|先进|新兴|光伏|生物|数字|智慧|新型)/;

/** A visit target: a body, or a place named as one (`株洲`, `长沙市开福区`, `新海港`, `茶馆剧场`). */
export function visitTarget(item: string): 'Organization' | 'Location' | null {
  const t = normName(item);
  if (t.length < 2 || t.length > 28 || /^(?:有关|相关|省直|各|该|本|这|那|一些|多个|部分|所在|旁边|附近|对面)|(?:^|的)一[个家处座所]/.test(t) || GENERIC_PLACE.test(t.replace(/^(?:贫困|困难|偏远|边远|受灾)/, ''))) return null;
  // a meeting's venue is where its people are met, no place of a visit (`来到…预备会议现场，看望了出席…的委员`)
  if (/(?:会场|会议现场)$/.test(t)) return null;
  // a kind of site that is one word of the dictionary (`农贸市场`, `实验室`; not a body, `地质部`), or a
  // hall named by what is done there (`交易大厅`; not `人民大会堂东大厅`), names none
  // (nor a section of a show: `与会国家综合展示区`, `北京展区`)
  // (a kind of two characters, whatever it ends with: `古镇`, `山村`)
  if ((isCommonNoun(t) && (t.length <= 2 || !/[省市县区州旗盟镇乡村部局委署]$/.test(t))) || /^.{0,2}大厅$|展示?区$/.test(t)) return null;
  // (nor a room described by whose it was: `郭永怀生前工作过的办公室`)
  const described = t.lastIndexOf('的');
  if (described > 0 && isCommonNoun(t.slice(described + 1))) return null;
  if (ORG_SUFFIX_RE.test(t) && !ORG_BAD_END.test(t) && t.length >= 3) return 'Organization';
  // a level's congress by its short name (`自治区人大`, `临江县人大`), and a body's offices (`省政协机关`)
  if (/(?:^[\u4e00-\u9fff]{0,8}[省市县区州旗盟]|自治区)人大$/.test(t) || (t.length >= 5 && t.endsWith('机关') && visitTarget(t.slice(0, -2)) === 'Organization')) return 'Organization';
  // an army's unit or its organs (`东部战区机关`, `驻云南部队`, `某海军舰队`): the body a leader 视察s
  if (ARMY_UNIT.test(t) && t.length >= 4) return 'Organization';
  // a company by its name and trade, no legal suffix (`精艺铜业`, `恒通热力`)
  // (not an industry a list names, `现代物流`, `精细化工`, nor a county's, `临江县矿业`)
  if (COMPANY_BY_TRADE.test(t) && !isCommonNoun(t) && !INDUSTRY_MODIFIER.test(t) && !/[省市县区镇乡]$/.test(t.slice(0, -2))) return 'Organization';
  if (ADDRESS.test(t) && !t.includes('的')) return 'Location';
  if (PLACE_HEAD.test(t) && t.length >= 3) return 'Location';
  // (an exhibition, `…探月工程二十年成果展览`, is what one sees there, not where one goes: the visit is to its hall or none)
  return null;
}

/** An army's unit or its organs, as the military news names what a leader inspects (and a unit it leaves unnamed: `中部战区陆军某师`). */
const ARMY_UNIT = /^(?:驻[\u4e00-\u9fff]{2,8}部队|[\u4e00-\u9fff]{2,10}(?:战区|军区|舰队|军分区|警备区|总队|支队|兵军|陆战队)(?:机关)?|[\d\u4e00-\u9fff]{1,6}集团军(?:机关)?|[\u4e00-\u9fff]{2,12}某(?:师|旅|团|营|部|基地|舰|中队|大队|支队))$/;

/**
 * A place by its unit (`长沙市开福区`, `锡林浩特市`), or an address of units down to a township or
 * village (`福贡县匹河怒族乡托坪村`, `贡山独龙族怒族自治县独龙江乡`): each unit's name is short.
 */
// (a name may hold Latin letters: `南昌市国际SOS儿童村`)
const ADDRESS = /^(?:[\u4e00-\u9fff][\u4e00-\u9fff\d]{0,9}?(?:省|市|县|区|州|旗|镇|乡)){0,3}[\u4e00-\u9fff][\u4e00-\u9fff\dA-Za-z]{0,7}(?:省|市|县|区|州|(?<![东同联])盟|旗|镇|乡|村|街道|社区|园区|新区|开发区)$/;

/**
 * What may stand in a clause before a visit verb whose visitor is the person named before
 * (`随后来到…`, `当天下午，他首先来到…`, `总书记还考察了…`): times, adverbs, 他/她, 到/在 and the
 * verb's own words. Anything else is the clause's own subject (`记者来到…`, `官兵们前往…`).
 */
const OWN_SUBJECT_FREE = /(?:他|她|总书记|随后|之后|其后|接着|跟着|然后|随即|接连|再次|分别|曾|[多几十一二三四五六七八九]+次|来(?=$)|先后|首先|还|又|也|再|一同|专程|冒雨|当天|当日|近日|今天|昨天|[上下]午|晚上|早上|中午|\d{1,2}[日时]|[一二三四五六七八九十]+日|在[^，。；]*|到|赴|来到|走进|前往|走访了?|考察了?|参观了?|视察了?|看望了?|慰问了?|先后|实地|深入|详细|认真|仔细|一一|逐一)/g;

/** The kind of site that closes a list of them (`…药业等企业`, `…等单位`). */
const KIND_CLOSES_LIST = /等(?:企业|单位|园区|厂家)$/;
/** What opens a visit's topics after its places (`就`, `围绕`, `针对`, `聚焦`). */
const TOPIC_OPENS = /就|围绕|针对|聚焦/;
/** A guest who came, met in the place named (`在福州与来闽调研的…`, `同前来考察的…`). */
const GUEST_CAME = /[与同](?:来|前来)/;
/** A visit's time that dates what was said then (`考察时的重要讲话`, `调研期间的指示`). */
const DATES_A_SPEECH = /^(?:调研|考察|视察|检查)?(?:时|期间)(?:所作|发表)?的(?:重要)?(?:讲话|指示|批示|嘱托|要求)/;
/** The one named right before `at`, his post after his name, a time or nothing between (`习近平总书记近日|在…`). */
function speakerRightBefore(s: Sentence, ps: PersonMention[], at: number): PersonMention[] {
  const last = ps.filter((p) => p.end <= at).at(-1);
  return last && /^(?:[\u4e00-\u9fff]{0,4}(?:总书记|主席|总理|委员长|同志))?(?:近日|日前|此前|前不久|最近)?$/.test(s.text.slice(last.end - s.start, at - s.start)) ? [last] : [];
}
/** One whose instruction or letter the visit carries out (`贯彻落实习近平总书记重要指示…，孙春兰…在武汉市现场指导`): no visitor. */
// (also on a subject: `为深入贯彻习近平总书记关于疫情防控工作的重要指示精神，孙春兰来到…`)
const INSTRUCTION_OF = /^[^，。；]{0,6}?(?:重要指示|指示|批示|重要讲话|讲话精神|贺信|贺电)|^[^，。；]{0,6}?关于[^，。；]{1,40}?的(?:重要)?(?:指示|批示|讲话|论述)/;
/** The one who entrusts the visitor (`受习近平总书记委托，王沪宁走访了…`): no visitor. */
const ENTRUSTS = /^[^，。；]{0,8}委托/;

/** A visit told as a time clause at the head of a sentence (`在A、B调研时，`, `在X考察期间，`). */
const FRONT_TIME = /^[^，。；：]{3,80}?(?:时|期间)，/;
/** What follows such a clause when it names no subject of its own (`他强调`, `要求…`). */
const NO_SUBJECT_AFTER = /^(?:他|她|(?:还|又|也|再次|特别|专门)?(?:要求|强调|指出|表示|希望|勉励|叮嘱|说))/;

/** Some sites of a place, named by their kind (`到牡丹区沙土镇部分村庄、企业`, `到哈市部分企业`): the visit went to the place. */
const SOME_OF_PLACE = /(?<=[\u4e00-\u9fff]{1,10}[省市县区镇乡])(?:部分|一些|多个|有关|相关|多家)[\u4e00-\u9fff]{1,6}$/;
/** Places too general to be a visit's target (`全国各地`, `地方`, `乡村`). */
// (and places counted, not named: `十余个地市`, `3个县`)
const GENERIC_PLACE = /^(?:[\d一二三四五六七八九十百几多两]+余?个)|^(?:一次|一些|多次|每次|有一次)|^(?:全国各地|中国各地|世界各地|各地|国内|国外|内地|外地|境内|境外|省内|市内|区内|县内|辖区|城区|景区|园区|厂区|矿区|片区|地方|乡村|农村|城乡|古镇|古城|古村|山村|渔村|基层|一线|山区|地区|灾区|校园|现场|当地|第一站|首站|最后一站|高铁站|火车站|车站|机场|码头|港口)$|^[^、]{0,2}(?:州县|县市|市县|地市|县区|区县|市州|乡镇|村镇)$|[^、]{2,8}一线$/;

/** A province's short name at the start of a place (`浙江宁波`). */
const PROVINCE_SHORT = new RegExp(`^(?:${PROVINCES.map(([, short]) => short).join('|')})`);

/**
 * A site named by its kind alone (`公司办公室`, `企业车间`), or a room or unit of the place just
 * visited named by whose it is (`村图书馆`, `社区卫生服务中心`, `学院大厅`), a hall of a ceremony by its use (`二层迎宾厅`),
 * or a garrison by where it is stationed alone (`慰问渔民和驻岛部队`): no named place.
 */
const GENERIC_SITE = /^(?:公司|企业|工厂|城乡社区|社会组织|学校|中小学|医院|单位|机关|车间|办公室|会场|现场|当地|村里|家中|高铁站|车站|机场|社区|农村|村庄|乡镇|园区|博物馆|高校|大学|中学|小学|幼儿园|养老院|敬老院|部队|超市|商场|市场|展区|展馆|展厅)$|^(?:待改造的)?(?:县|乡|镇|村)?(?:福利院|卫生院|卫生室|(?:长途)?汽车站|客运站|棚户区|安置区|安置点)$|^(?:公司|企业|工厂|学校|单位|机关|车间|社区|学院|村(?![^村]{0,3}村$))|^(?:[一二三四五六七八九十\d]+[层楼])?(?:迎宾|宴会|会见|会谈|签字|贵宾|休息)大?[厅室]$|^驻[\u4e00-\u9fff]?(?:部队|官兵)$/;

/**
 * A site named by the place or unit it is in and what it is there (`城关镇机关`, `临江县委主题教育办`,
 * `长江国家文化公园临江城区段`): a place's name, then at least two characters that are no
 * area of it (`贵州农村`, `临江城区`) and no place of their own (`湖南长沙`).
 */
function siteInPlace(t: string): boolean {
  if (!/^[\u4e00-\u9fff]{4,20}$/.test(t)) return false;
  const at = placeNameAt(t);
  const rest = t.slice(at);
  return at >= 2 && rest.length >= 2 && !GENERIC_PLACE.test(rest) && !AREA.test(rest) && placeWordAt(rest, 0) < rest.length && !PROVINCE_SHORT.test(t.slice(0, at));
}
/** The length of the place's name a text opens with (`城关镇…`, `上海…`, `临江县…`; 0: none). */
const placeNameAt = (t: string): number => Math.max(placeWordAt(t, 0), /^[\u4e00-\u9fff]{2,4}?[省市县区镇乡](?![长委]?[省市县区镇乡村])/.exec(t)?.[0].length ?? 0);

/** Rooms of a house or an office (`…办公区、会议室和藏书室` of a former residence): never a body of their own. */
const HOUSE_ROOM = '会议室|藏书室|阅览室|书房|卧室|会客室|会客厅|接待室|办公区';
/** A room or hall of a site (`…会展中心展览厅`, `…计量中心实验室`, `总装车间`). */
const ROOM = new RegExp(`(?:展览厅|展厅|大厅|实验室|控制室|机房|车间|生产线|${HOUSE_ROOM})$`);
/** A room that is never a body of its own (`总装车间`, `…控制大厅`, `会议室`; not `…创新实验室`). */
const WORK_ROOM = new RegExp(`(?:展览厅|展厅|大厅|控制室|机房|车间|生产线|${HOUSE_ROOM})$`);
/**
 * A room of a site named with it: the site when a place names it (`临江国家会展中心展览厅` →
 * `临江国家会展中心`), nothing when it is a unit of the body just visited (`检验计量中心实验室`);
 * the item as it is when no site is before the room (`临江重离子加速器国家实验室`).
 */
function roomSite(item: string): string | null {
  const room = ROOM.exec(item);
  const site = room ? item.slice(0, room.index) : '';
  if (!room || site.length < 3 || !visitTarget(site)) return item;
  // (a lab named by a place is one of its own: `深海技术科学临江实验室`)
  return placeNameAt(site) < 2 ? null : WORK_ROOM.test(item) ? site : item;
}

/** A site's hall or room put first (`在…研发总院大厅，`): the site, where it is a target by its name; else the item. */
function siteOfHall(item: string): string {
  const room = WORK_ROOM.test(item) ? ROOM.exec(item) : null;
  const site = room ? item.slice(0, room.index) : '';
  return site.length >= 3 && visitTarget(site) ? site : item;
}

/** A site the article's visits went to whose name ends with `short` and is longer (`香港科学园` for 科学园). */
function visitedEndingWith(b: Builder, short: string): string | undefined {
  for (const r of b.relations) {
    if (r.type !== 'VISITED') continue;
    const name = b.entities.find((e) => e.id === r.to)?.name;
    if (name && name.length > short.length && name.endsWith(short)) return name;
  }
  return undefined;
}

/** Parts of a place that are no site (`农村`, `城区`, `一带`). */
const AREA = /^(?:农村|城区|市区|郊区|山区|牧区|库区|灾区|地区|一带|境内|沿线|全境|各地|基层|城乡|乡村|街头|街道)$|(?:经济带|经济圈|经济区|城市群|流域|沿岸|两岸|沿线)$/;
/** What a host does at a place of his own (`在中南海紫光阁，李鹏会见…`): no visit. */
const HOST_ACT = new RegExp(`${MEET_VERB_ALT}|宴请|举行|出席|主持|签署|致辞|颁奖|颁发|讲话|演讲|召开|欢迎|答记者问`);

/** What closes a list of the places a tour went to (`等处`, `等地`, `等11个项目现场`, `等5个村`). */
const PLACES_CLOSE = '等(?:[处地]|[\\d一二三四五六七八九十两]+[个处家](?:项目|企业|单位|村|社区|点位|基地|园区)(?:建设)?(?:现场)?)';
/** A list of places after a verb of going or seeing (`来到A、B和C`, `考察了…`, `前往看望…`). */
// (not the group named by its task: `率…走访慰问组来到…`, `考察团`, `考察小组`)
// (and 看望慰问/走访慰问 as one verb: `看望慰问…分院全体医护人员`)
// (and 查看了/察看了, 调研了 of a tour with their 了: `先后查看了A、B等7个项目`, `调研了A、B等处`)
// (and 深入 after 先后/分别, the list its places: `先后深入A、B，实地调研`; not 深入学习; and 深入 before a list
// closed by 等处/等地 and the visit's verb: `并深入长电科技、聚成金刚石…等处进行实地考察`)
const LIST_VERBS = `(?:看望|走访)慰问了?(?!小?[组团品金信款物])|深入到?(?=[^，。；]{2,200}?${PLACES_CLOSE}(?:，|(?:进行|开展)?(?:实地)?(?:考察|调研|视察|走访|检查|察看)))|深入到?(?=[^，。；]{2,120}?，(?:全面|实地|详细|深入|仔细|现场)?(?:了解|察看|查看|听取))|来到|赶到|走进|实地[察查]看了?|(?:先后|分别)深入(?:到)?|深入到|(?:先后|还|又)[查察]看了|调研了(?![组团解])|实地调研(?![组团，。；])|走访(?:察看|查看)了?|走访了?(?!(?:慰问|看望)?小?[组团])|拜访了?(?![组团])|回访|考察了?(?!小?[组团]|分[组团])|前往(?:看望|慰问)?|参观考察了?(?!小?[组团])|参观了?(?![团])|(?:参谒|瞻仰|拜谒)了?(?![团])|视察了?(?!小?[组团]|分[组团]|[室工员])|看望了?(?!(?:慰问)?小?[组团])|慰问了?(?![组团品金信款物])|访问了?(?=“?[^，。；]{2,30}?(?:中心|学校|大学|学院|医院|研究所|研究院|博物馆|公司|工厂|基地|社区)(?:[，。；]|$))`;
// (`考察时…`, `考察的第一站`: no list follows, and the scan goes on to the verb after it: `在山东考察时来到朱村`)
/** A list item told by where it stands (`位于A和B的媒体工作区`): group 1 the places, group 2 what stands there. */
// (where what stands there is a kind of facility, FACILITY_KIND: not a body or a place named after it, which is the
// target, `位于临江区的临江科技公司`, `位于绍兴的浙东运河文化园`)
const LOCATED_AT = /^位于([^，。；、的]{2,30}?)的([\u4e00-\u9fff]{2,12})(?=[、，。；]|$)/;
/** A kind of facility, no name of its own (`植树点`, `媒体工作区`, `演播室`). */
const FACILITY_KIND = /^[\u4e00-\u9fff]{0,6}(?:点|工作区|室|厅|现场)$/;
const LIST_VERB = new RegExp(`(?:先后|还|又|首先|随后|一同|分别)?(?:${LIST_VERBS})(?!时|的|期间|过程|工作|结束)([^，。；：！？]{2,120})`, 'g');
/**
 * …and after 到 of a tour (`先后到长沙橘子洲、岳阳东风湖，查看…`, `还到…`, `先后来A村、B村`), and at the head of a clause
 * of an itinerary (`…；到海口江东新区，听取…`): its visitor is the one of the clause before.
 */
const LIST_TO_OPENERS = '(?:先后|还|又|分别|纷纷|也)+(?:驱车|乘车|步行|乘船)?下?';
const LIST_TO = `(?:${LIST_TO_OPENERS}到|下到|(?:^|(?<=；))到|(?:先后|分别)来(?![到自华京访过]))(?![了访])`;
/** Words that make an item some of a kind, no named one (`一些中小学`, `有关企业`, `藏传佛教有关寺庙`). */
const SOME = /^(?:一些|部分|多家|几家|各|该|这|那|其他|其它)|有关|相关/;
/** The end of a kind of site or of people, no body's own name (`种粮大户`, `田间地头`, `重点工程`, `易地搬迁点`, `防汛一线`). */
const KIND_OF_SITE_END = /(?:大户|地头|工程|工地|现场|搬迁点|安置点|一线|车间|基地|园区|片区)$/;
/** A post taken where one came, after the place (`…，先后担任县长`, `…，当了一名开发办副主任`): a posting, no visit. */
const POSTED_AFTER = /^，(?:先后|曾|又|便|就|后)?(?:担任|出任|任职|挂职|当了?一名|任(?![务何意期命用]))/;
/** A posting or a stay at a place, no visit (`赴临江县挂职`, `赴京学习`). */
const POSTED_AT = /(?:挂职|任职|工作|学习|读书|就读|培训|出差|任教|定居)$/;
/** What makes a site one of a kind before its kind's word (`困难企业`, `所属企业`, `有关单位`). */
const SITE_KIND_FIRST = /^(?:困难|贫困|特困|亏损|部分|一些|几家|所属|有关|相关)/;
/** `…等企业`: the kind of body a list's items are (also two kinds and the visit's verb: `等企业和机构`, `等企业调研`). */
const BODY_KINDS = '企业|公司|单位|高校|院校|学校|医院|科研院所|院所|机构';
// (the kind qualified, `等工业企业`, or counted, `华峰铝业、中通快递两家知名企业` — not a count of what a place holds, `…县市的17所学校`;
// two verbs after it and their topic, `等工业企业走访调研重点项目建设…情况`)
const BODIES_KIND = new RegExp(`(?:等|(?<![的\\d])[两三四五六七八九十\\d]+[家所个])[\\u4e00-\\u9fff]{0,4}?(?:${BODY_KINDS})(?:[和及](?:${BODY_KINDS}))?(?:(?:进行|开展)了?)?(?:实地)?(?:(?:调研|考察|视察|走访|参观){1,2}[^、]{0,40})?$`);
/** The count before a kind of body that closes a list (`两家企业`, `3所学校`): group 1 the count. */
const COUNTED_KIND = new RegExp(`(?<![的\\d])([两二三四五六七八九十\\d]+)[家所个][\\u4e00-\\u9fff]{0,4}?(?:${BODY_KINDS})`);
/** A small count in digits or Chinese numerals (`3`, `两`, `十`): its value, NaN beyond ten. */
const countOf = (n: string): number => (/^\d+$/.test(n) ? Number(n) : '一两三四五六七八九十'.indexOf(n) + 1 || (n === '二' ? 2 : NaN));
/** The last character of a site's kind (`…填埋场`, `…加油站`, `…污水处理厂`). */
const SITE_END = /[场站厂点所馆园库池房]$/;
/** The stage of works at a site that a list names it by (`三期项目`, `二期`, `改造提升项目`): the site is what was visited. */
const WORKS_STAGE = /(?:[一二三四五六七八九十\d]+期)?(?:(?:改造提升|改造|提升|扩建|新建|建设)+)?项目$|[一二三四五六七八九十\d]+期(?:工程)?$/;
/**
 * The cities of a list of counties named after their city (`六安市霍邱县、叶集区`, `A市B县、C区`): a city before more
 * than one of its counties is itself a place of the visit.
 */
function citiesOfCounties(items: string[]): string[] {
  const out: string[] = [];
  for (const [k, item] of items.entries()) {
    const c = /^([\u4e00-\u9fff]{2,4}?[市州盟])[\u4e00-\u9fff]{2,6}[县区旗]$/.exec(item);
    if (c && /^[\u4e00-\u9fff]{2,6}[县区旗]$/.test(items[k + 1] ?? '') && !/[市州盟]/.test(items[k + 1]!)) out.push(c[1]!);
  }
  return out;
}
/** A kind of site said in two common words, no name in it (`垃圾填埋场`: 垃圾 + 填埋场). */
function kindOfSiteInWords(item: string): boolean {
  return placeWordAt(item, 0) === 0 && SITE_END.test(item) && [2, 3].some((k) => item.length - k >= 2 && isCommonNoun(item.slice(0, item.length - k)) && isCommonNoun(item.slice(-k)));
}
/** The adverbs of a tour before its verb (`先后来到`, `随后深入`). */
const TOUR_ADVERBS = '(?:先后|还|又|首先|随后|一同|分别|再次|专程|连夜|冒雨|立即|随即)*';
/** A list's verb of going (`来到`, `先后到`, `前往`), not of seeing (`参观`, `看望`). */
const GONE_TO = new RegExp(`^${TOUR_ADVERBS}(?:来到|到|走进|前往|深入)`);
/** 深入 with its adverbs, opening a list. */
const DEEP_INTO = new RegExp(`^${TOUR_ADVERBS}深入`);
/**
 * An item of a list of sites that is a topic or a kind of works, no site (`安全生产`, `民生工程`): it opens with a common
 * word and no place, and ends with no site's head, or is a kind of works in four characters.
 */
function topicAmongSites(item: string): boolean {
  // (a place's bare name, `茂名`, `石家庄`, is none, whatever the dictionary calls it)
  if (item.length < 4 || placeNameAt(item) >= 2 || !isCommonWord(item.slice(0, 2))) return false;
  const head = visitTarget(item) !== null || /(?:项目|工程|基地|园|道|路|桥|湖|河|场|站|厂|厂房|馆|中心|村|镇)$/.test(item);
  return !head || (item.length <= 4 && KIND_OF_SITE_END.test(item));
}
/** What the visitor does where an itinerary's list took him, after its comma (`…项目现场，听取有关工作汇报`): the list is of places. */
const ACTIVITY_AFTER = /^，(?:[^，。；]{0,4}?)(?:全面|实地|详细|深入|仔细|现场)?(?:了解|察看|查看|听取|看望慰问|检查|调研|考察)/;
/** A list closed by the visit's verb (`到A、B、C进行了调研`): its items are the places of the visit, named or not. */
const CLOSED_BY_VISIT = /(?:进行|开展)了?(?:实地)?(?:调研|考察|视察)$/;
/** A list that ends with the kind of its places (`平昌、苍溪和内江、乐山等县市`): each is a place by its bare name. */
const PLACES_KIND = /等(?:县市|市县|地市|市州|州县|县区|区县|城市|县|市|地|乡镇)$/;
/** A list that ends with the sites it names (`标准化厂房、庆云医药…等项目现场`, `等3个项目建设现场`): each a site by its bare name. */
const SITES_CLOSE = /等(?:[\d一二三四五六七八九十两]+个)?(?:重点)?项目(?:建设)?现场$/;
/** A list closed by 等处/等地 and the visit's verb (`长电科技、聚成金刚石…等处进行实地考察`): each item is a place of it. */
const CLOSED_BY_PLACES = new RegExp(`${PLACES_CLOSE}(?:进行|开展)?(?:实地)?(?:参观)?(?:考察|调研|视察|走访|检查|察看)`);
/** What describes a place before its bare name in such a list (`川北革命老区平昌`). */
const PLACE_DESCRIBED = /^.*(?:老区|山区|库区|牧区|边区|的)(?=[\u4e00-\u9fff]{2})/;

const CLAUSE_BREAK = /[，。；：]/;

/** The clause that ends at `end` of `text`, back to its break. */
const clauseBefore = (text: string, end: number, brk: RegExp): string => text.slice(clauseStartAt(text, end, brk), end);

/** 到 right after the visitor's name (`汪洋到A乡、B乡和C县D乡，了解…`). */
// (an adverb of the trip between: `袁桐利再次到井陉县`, `…专程到`, `…连夜到`; the offices one leads there: `…带领相关部门到A、B，`)
const NAME_TO = /(?:(?:带领|率领|带)(?:市|县|区|省)?(?:相关|有关)部门(?:负责人|负责同志|主要负责人)?)?(?:再次|专程|连夜|冒雨|立即|随即)?到(?![了达位底期会场任访])([^，。；：！？]{2,120})/y;
const LIST_TO_ALL = new RegExp(`${LIST_TO}([^，。；：！？]{2,120})`, 'g');
/**
 * 到 at the head of a clause after a comma with what the visitor does there in it (`…，深入…考察施工情况，
 * 到临江砂石加工场了解…`) or in the clause after it (`…，到A集团、B公司、C公司，了解企业运营…`):
 * another stop of the visitor named before it in the sentence.
 */
const CLAUSE_TO = /(?<=，)(?:随后|然后|接着|又|还|再)?到(?![了达位底期会场任访])(?=[^，。；]{2,40}?(?:了解|察看|查看|考察|调研|看望|慰问|走访|参观)|[^，。；：！？]{2,120}，(?:实地|详细|深入)?(?:了解|察看|查看|考察|调研|看望|慰问|走访|参观|听取))([^，。；：！？]{2,120})/g;
/**
 * The verbs a visit to a place ends with (`到X调研`, `在A、B考察`; `赴X对接…协作工作` only after 赴, 到 or 前往).
 * (对接 stands before the look back at its 赴: a look-behind put first was tried at every position of every
 * sentence, 24 characters back, and made HAS_TO_PLACE_VERB twenty times slower — the same matches either way.)
 */
const TO_PLACE_VERBS = '调查研究|现场办公|对接(?<=(?:赴|到|前往)[^，。；]{2,24}对接)(?![会洽])|调研|考察|视察|检查(?![站组院室卡])|督查(?![组室])|督导(?![组室])|宣讲|走访|拜访|看望|慰问|现场指导|察看了|观摩(?![团会])';
/**
 * 到/在/赴/莅临 X (or a list A、B) and the verb, or 对 X 进行考察 (a target by its name); 深入 only before a list of places, with no 在/到 of its
 * own after it (`深入学习贯彻…在广东考察时`).
 */
// (after 深入 the verb may open the next clause: `深入祁县、平遥和介休，实地调研…`; the topic may stand between, `赴X，就…进行考察`,
// `深入A、B，重点就…进行专题调研`,
// `在A、B围绕…开展调研`, `赴X开展…立法调研`, `赴X开展结对共促发展对接活动`; and 宣讲 after the comma: `到遵义市、毕节市，宣讲…`; a list closed by 等地 and 深入
// after the comma: `赴乌鲁木齐、喀什等地，深入农村、社区…`)
const TO_PLACE = new RegExp(`(?:到|在(?!建(?:项目|工程|工地|重点|重大)|结束|完成)|赴|前往|莅临|对(?=[^，。；]{2,40}?(?:进行|开展)了?(?:现场|实地)?(?:检查)?(?:考察|调研|视察))|深入(?=[^，。；在到]{2,80}?，?(?:重点就[^，。；]{2,40}?进行)?(?:实地|专题|亲切)?(?:调研|考察|视察|检查|督查|督导|走访|看望|慰问)))((?:[\\u4e00-\\u9fff（）()]{2,24}?、){0,5}[\\u4e00-\\u9fff（）()]{2,24}?)(?:，(?=实地|专题|调研|考察|视察|督查|督导|宣讲|深入|亲切看望|亲切慰问))?(?:，?(?:重点)?(?:就|围绕|针对|聚焦)[^，。；]{2,40}?)?(?:(?:进行|开展)了?(?:[^，。；]{2,30}?(?=立法调研|专题调研|调研|考察|督查|督导|视察|观摩|慰问|走访|看望|对接|执法检查))?)?(?:实地|专题|工作|立法|执法|亲切)?(?:${TO_PLACE_VERBS}|(?<=等地，)深入(?!学习|贯彻|推进|开展|实施|落实))`, 'g');

/** 深入 a place (its firms or its front line a kind, no part of it) to carry out an activity there (`深入X企业开展“四送一服”活动`). */
const DEEP_TO_ACTIVITY = /深入到?([\u4e00-\u9fff]{2,20}?)(?:企业|一线|基层|村组|农户)?开展(?=[^，。；]{2,40}?(?:活动|调研|督查|督导|慰问|走访|检查))/;
/** TO_PLACE at one position (a span the escorts' 陪同下 stands in is read again after it). */
const TO_PLACE_AT = new RegExp(TO_PLACE.source, 'y');
/** A meeting among the places listed (`政协常委会会议`, `远程协商会等会议以及`): when the act was, not where. */
const MEETING_LISTED = /(?:会议|座谈会|协商会|研讨会|全会)(?:等|$)/;
/**
 * TO_PLACE's matches; one whose span runs over the escorts (`在…张凯明的陪同下到省交通运输厅检查`, no comma) is read again
 * from after 陪同下, where the trip's own 到 stands.
 */
function toPlaces(text: string): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  for (const m of allMatches(TO_PLACE, text)) {
    const escorted = m[1]!.indexOf('陪同下');
    if (escorted < 0) {
      out.push(m);
      continue;
    }
    TO_PLACE_AT.lastIndex = m.index! + m[0].indexOf(m[1]!) + escorted + 3;
    const again = TO_PLACE_AT.exec(text);
    if (again) out.push(again);
  }
  return out;
}
/** How the visit is made, at the end of a place before its verb (`丹江口水库乘船`). */
const MANNER_END = new RegExp(`(?:${VISIT_MANNER.join('|')})+$`);
/** Whether a sentence has the verbs of these scans at all (cheaper than a scan for them, run on every sentence). */
const HAS_LIST_VERB = new RegExp(LIST_VERBS);
/**
 * Whether LIST_TO matches, read back from its 到 or 来, found first, not tried from every character (≈ 4× faster on the
 * 9,000 sentences a pass of January 1998 tests): the same alternatives, each as a look-behind from its last character.
 */
const HAS_LIST_TO = new RegExp(`(?:到(?<=(?:${LIST_TO_OPENERS}|下|^|；)到)|来(?<=(?:先后|分别)来)(?![到自华京访过]))(?![了访])`);
const HAS_TO_PLACE_VERB = new RegExp(TO_PLACE_VERBS);
/** What a span put first with 在 is when it is no place (`在会上`, `在此期间`, `在调研时`; a venue of a meeting held by wire, `在舟山分会场`). */
const NOT_PUT_PLACE = /会上|期间|活动|时$|中$|上$|下$|会场$/;
/**
 * A stop of a trip by its name alone, put first (`人民广场`, `会盟台`): CJK characters, no 的, no people, no act;
 * not a time (`观看…表演后`), a home (`老工人X家`) or a room or a floor of the site before (`园区展厅`, `荣誉室`, `纪念堂内`, `博物馆二层`).
 */
const TRIP_STOP = /^(?!.*(?:的|们|工作|情况|过程|方面|基础|问题|期间))(?!.*(?:后|前|时|家|家中|厅|室|内|层|大堂|车间|楼)$)[\u4e00-\u9fff·]{3,14}$/;
/** The places of a span put first (`在总厂所属的石景山热电厂`: the noun after 的; `A、B和C`: each). */
const putPlaces = (span: string): string[] => {
  const items = span.replace(/^.*的/, '').split(PUT_AND);
  // (a place word with 和 inside is one item: `鄂尔多斯、呼和浩特`)
  for (let k = items.length - 2; k >= 0; k--) {
    const joined = `${items[k]}和${items[k + 1]}`;
    if (span.includes(joined) && placeWordAt(joined, 0) === joined.length) items.splice(k, 2, joined);
  }
  return items;
};
/** What joins the items of a list of places: 、 and 和 — not the 和 of a name (`太和镇`, `和平区`, `和政县`, `漳州西部（平和）…`, `太和市场`; but a city's body after it, `…门站和市职教中心`) — and after a verb 及. */
// (nor a 和 that opens an item, right after 、: `澳润新材料、和成生物`)
const AND = '(?<!、)和(?![镇乡村县区街路园平）]|市场|市(?![\u4e00-\u9fff]{2})|[\u4e00-\u9fff][县市旗])';
const PUT_AND = new RegExp(`、|${AND}`);
const AND_RE = new RegExp(AND);
// (以及 whole: `…服务中心以及迎恩社区` leaves no 以 on the item before)
const LIST_AND = new RegExp(`以及|、|及|${AND}`);

/**
 * The items of a list split at 、/及/和, where a 和 inside a place's name the dictionary knows is
 * no joint (`呼和浩特盛乐国际机场`, `和林格尔县`): those pieces are one item again. So is a 和
 * after a place and one character (`包头天和磁材技术有限责任公司`): no site is named so short.
 */
function splitList(list: string, by: RegExp): string[] {
  const items = list.split(by);
  if (items.length < 2 || !list.includes('和')) return items;
  for (let k = 0; k + 1 < items.length; k++) {
    const joined = `${items[k]}和${items[k + 1]}`;
    if (!list.includes(joined)) continue;
    // (a city's bare name joins the company after it only in a list of bodies: `A有限公司、沈阳和世泰钛业有限公司`)
    const amongBodies = items.every((i, j) => j === k || j === k + 1 || ORG_SUFFIX_RE.test(i));
    if (andInPlaceWord(joined, items[k]!.length) || shortBeforeAnd(items[k]!, items[k + 1]!, amongBodies)) items.splice(k--, 2, joined);
  }
  return items;
}

/**
 * A piece before 和 too short to name a site of its own, before a company's name (`包头天|和磁材技术有限责任公司`):
 * three characters, no place (`柏乡县`) nor a word (`渔民`, `寺庙`).
 */
const shortBeforeAnd = (piece: string, next: string, amongBodies: boolean): boolean =>
  /(?:公司|集团)$/.test(next) &&
  ((piece.length === 3 && !/[省市县区州旗盟镇乡村]$/.test(piece) && visitTarget(piece) === null && !isCommonWord(piece)) ||
    // (or, in a list of bodies, a city's bare name before a company's that names no place of its own: `沈阳|和世泰钛业有限公司`;
    // not `岳阳、长沙和恒达新材料有限公司`)
    (amongBodies && piece.length >= 2 && placeWordAt(piece, 0) === piece.length && !/[省市县区州旗盟镇乡村]$/.test(piece) && placeNameAt(next) < 2 && !isCommonWord(next.slice(0, 2))));

/**
 * An item no head names that may still name a site (`东湖老醋坊`): three to twelve characters
 * opening with a place's name, no word of the dictionary, no kind of body or people (`台资企业`,
 * `旧城改造`, `一些中小学`).
 */
function mayNameSite(item: string): boolean {
  return namesNoKind(item) && (!isCommonWord(item) || COUNTRY_NAMES.has(item)) && (placeWordAt(item, 0) >= 2 || OLD_SITE.test(item));
}
/** Whether a list's item may be a body by its own name, with no head noun (`宇通客车`, `中铁装备`): no word of the dictionary, no kind. */
function mayNameBody(item: string): boolean {
  return namesNoKind(item) && !/(?:项目|工程|情况|工作|家中?|家里)$/.test(item) && !KIND_OF_SITE_END.test(item) && !isCommonWord(item) && !GENERIC_SITE.test(item) && !GENERIC_PLACE.test(item);
}
/** What mayNameSite and mayNameBody ask of an item first: CJK characters only, no 的, no kind of body or of people, nothing some of a kind. */
function namesNoKind(item: string): boolean {
  return /^[\u4e00-\u9fff]{3,12}$/.test(item) && !/的|(?:企业|单位|机构|设施|农户|群众)$/.test(item) && !SOME.test(item) && !isCommonNoun(item);
}
/** What an old site is named with (`明清窑作群`, `临江古建筑群`, `东岭书院`, `琵琶亭`). */
const OLD_SITE = /(?:(?:建筑|窑作|窑址|遗址|古墓|墓葬)群|古城|古镇|古村|书院|[亭阁寺庙祠塔])$/;

/** The home of one of the people visited (`村民石拔三家中`, `受灾村民师红兵家中`): what is before it is the place. */
const HOME_OF = /(?:受灾|贫困|困难|特困|退休)?(?:村民|农民|牧民|职工|居民|群众|贫困户|困难户|特困户|低保户|老党员|老人)[\u4e00-\u9fff]{0,4}(?:家中|家里)$/;

/** The people visited at a place, after it (`敬老院的老人们`, `…的困难职工`): the place is before them. */
const VISITED_PEOPLE = /(?:的|全体)(?:老人|职工|困难职工|群众|困难群众|干部|官兵|师生|学生|员工|居民|村民|贫困户|孤寡老人|患者|医护人员|医务人员|伤病员|指战员|教职工|干部职工)们?.*$/;

/** A body's line, workshop or room (`…公司新上的口罩生产线`, `罗莱公司车间`): group 1 the body. */
const BODY_OF_ROOM = /^([\u4e00-\u9fff]{2,24}?(?:公司|集团|工厂|厂|企业|基地|医院))(?:(?:新上|新建|新投产|正在建设)?的[\u4e00-\u9fff]{0,10})?(?:生产线|车间|厂房|展厅|实验室|工地|项目)$/;

/**
 * The words that end a list item of places: what the visitor then does there (and a tribute he pays there: `向人民英雄纪念碑敬献花圈`;
 * and a talk he holds there with its people: `来到南开中学与师生座谈`).
 */
const ITEM_END = /(?:向[^，。；]{1,20}?(?:敬献|献花|致敬|默哀|鞠躬)|[与同和](?:师生|干部|群众|职工|员工|村民|学生|党员|居民|官兵|代表|专家)[^，。；]{0,6}?(?:座谈|交流|互动|谈心)|(?:运行|建设|生产|经营|运营|发展)情况|参加(?:审议|讨论)|参加[^，。；]{0,12}?(?:活动|劳动)|调研|考察|察看|看望|慰问|详细|实地|了解|听取|查看|参观|观看|巡视(?![办组员室])|视察(?![组团室])|走访|(?<![中高初])等|一线|进行|开展|时(?=[，。]|$|指出|强调|表示|说|要求|希望|叮嘱)|，).*$/;

/**
 * A place after the words that describe it (`受灾较重的…龙王庙村`, `井冈山革命老区的神山村`,
 * `“枫桥经验”发源地诸暨市枫桥镇`, `共和国摇篮瑞金`): the place, when it is one by its name.
 */
function described(item: string): string {
  // (after 的 a target by its name; after a describing noun a place word too: `摇篮瑞金`; not the 的 of 党的, `他所在的党的二十大…代表团`)
  const m = /^.*((?<!党)的|发源地|所在地|诞生地|摇篮|故乡)(.{2,})$/.exec(item);
  if (!m || /^[\d几多]/.test(m[2])) return item;
  // (a kind of site after 的 names none of its own: the site before it, where one is named, `…农业园区的大棚` → …农业园区)
  const kind = GENERIC_SITE.test(m[2]);
  if (!kind && (visitTarget(m[2]) || (m[1] !== '的' && placeWordAt(m[2], 0) === m[2].length))) return m[2];
  // (a part of a site after 的 that is none by its name is the site's: `临城水库的第一溢洪道` → 临城水库; not the
  // people met there, `批发市场的商户`, one picked out, `杭州的这家企业`, nor a site where something is, `设在…区的`)
  const whole = m[1] === '的' ? item.slice(0, item.length - m[2].length - 1) : '';
  const site = whole !== '' && !/[的在于]|首个|首家/.test(whole) && (ORG_SUFFIX_RE.test(whole) || (PLACE_HEAD.test(whole) && !ADDRESS.test(whole)));
  return site && !/^(?:这|那|该|此|一|各|多|部分)/.test(m[2]) && !PEOPLE_THERE.test(m[2]) && visitTarget(whole) ? whole : item;
}
/** The people of a place (`…的商户和群众`, `…的老人们`): no part of it. */
const PEOPLE_THERE = /们|者|户|群众|员工|职工|干部|老人|朋友|师生|学生|居民|村民|官兵|人员|旅客|家属|代表/;

/**
 * Units that share the body named after the last of them (`甘孜县、阿坝县、红原县政协`): each unit's
 * body; other lists as they are.
 */
function shareHead(items: string[]): string[] {
  // (and the provinces' delegations at a session, `来到内蒙古、甘肃、河南代表团参加审议`: each province's)
  const delegation = /^(?:[\u4e00-\u9fff]{2,7})(代表团)$/.exec(items.at(-1) ?? '');
  if (delegation && items.length >= 2) return items.map((i, k) => (k < items.length - 1 && PROVINCE_NAMES.includes(i) ? i + delegation[1] : i));
  const head = /^[\u4e00-\u9fff]{1,10}[省市县区州旗](政协|人大常委会|人大|党委|政府|法院|检察院|纪委监委)$/.exec(items.at(-1) ?? '');
  if (!head || items.length < 2 || !items.slice(0, -1).every((i) => /^[\u4e00-\u9fff]{1,10}[省市县区州旗]$/.test(i))) return items;
  return [...items.slice(0, -1).map((i) => i + head[1]), items.at(-1)!];
}

/** Is `list[k]` a name that only qualifies the next one (`习近平主席夫人彭丽媛`)? */
function qualifiesNext(s: Sentence, list: PersonMention[], k: number): boolean {
  // (not a spouse joined by 和: `习近平和夫人彭丽媛` are two visitors)
  return k + 1 < list.length && /^(?![和与及]|同(?!志))[^，。；、]{0,4}夫人$/.test(s.text.slice(list[k].end - s.start, list[k + 1].start - s.start));
}

/** What follows a place the reader took for a name (`甘孜藏族自治州`, `甘孜县`). */
// (and a name a body or a site is named after: `视察了穆罕默德五世大学孔子学院；视察…工厂` is no visit of his)
const PLACE_AFTER = /^(?:(?:[\u4e00-\u9fff]{1,3}族){1,3}自治[州县区旗]|[省市县州区盟旗](?![长委])|大学|学院|中学|小学|纪念馆|纪念碑|纪念堂|故居|陵墓?|墓|广场|大街|大道|[路桥港])/;

/** Is the name one of those who escort the visitor (`在省委书记A和省长B陪同下`)? */
function escorts(s: Sentence, p: PersonMention): boolean {
  return /在[^。；在]*$/.test(s.text.slice(0, p.start - s.start)) && /^[^。；在]*?陪同下/.test(s.text.slice(p.end - s.start));
}

/** Is the name inside a place the sentence puts first (`在巴彦淖尔，他到…`: a place the reader took for a name)? */
function inPutPlace(s: Sentence, p: PersonMention): boolean {
  const at = p.start - s.start;
  let end = at;
  while (end < s.text.length && !CLAUSE_BREAK.test(s.text[end])) end++;
  const clause = clauseBefore(s.text, at, CLAUSE_BREAK) + s.text.slice(at, end);
  return /^(?:随后|之后)?在/.test(clause) && !/陪同|带领|率领|下$|时$|期间|中$|上$/.test(clause);
}

/** A speaker's clause of their own before the visit told (`杜诚诚说，她一直牢记…总书记在湖北社区考察时`). */
const SPEAKS_FIRST = /^[^，。；]{0,8}(?:说|表示|指出|强调|认为|回忆|介绍|告诉|感慨|坦言|谈到|记得|牢记)[^。；]*[，：:]/;

/**
 * A clause of an itinerary after ； with no subject of its own, a place put first and what was
 * done there (`…；在洋浦经济开发区，调研…`, `；沿着山路步行数小时在…普拉底乡贫困村，走访贫困户`).
 */
const CHAIN_AT = /；[^，。；]{0,12}?在([^，。；]{3,60})，(?:实地|深入|详细|仔细)?(?=了解|考察|察看|听取|看望|调研|参观|查看|观看|交流|座谈|走访|慰问)/g;

/** A site a visit may refer back to (`来到这里`): its name and kind, and the sentence that named it. */
interface Site { name: string; kind: 'Organization' | 'Location'; at: number }
/** Per article (its builder): the sentences read so far and the site they last visited or introduced. */
const SITES = new WeakMap<Builder, { n: number; site: Site | null; leaders: PersonMention[] }>();
/** A leader at the head of a group (`栗战书率全国人大常委会执法检查组在黑龙江检查…`, `孔昌升带领调研组来庆`,
 * `李悦率领…省政协委员赴松原市开展异地视察活动`: a group of members named by what they are): the group's visits are his. */
// (or a team, `率队调研…`, `带队赴衡水市`: what it is called later, 调研组, 考察团, is the group)
// (those led named by their place in the hierarchy, `带领县直有关部门负责人赴…`, `带领市四大班子领导…，深入到…`; or the
// leaders named before 一行 going somewhere, `A、B一行调研…`: the 调研组 and 县领导一行 after are theirs)
// (or a team named after a comma, `副市长王明带队，市教育局、市财政局一行对…进行调研`: the 调研组 after is his; and a party that
// forms one, `王明一行组成执法检查组，到…`)
const LEADS_GROUP = /(?:率(?:领)?|带领)(?:[^，。；]{0,30}?(?:组|团)|[^，。；]{2,30}?(?:委员|代表|专家)(?=[^，。；]{0,20}?(?:视察|调研|考察))|[^，。；]{2,40}?(?:负责人|负责同志|领导|干部)(?=，?[^，。；]{0,20}?(?:视察|调研|考察|督查|督导|观摩|赴|到|深入|前往)))|(?:率|带)队(?=[^，。；]{0,6}?(?:调研|考察|视察|检查|督查|督导|走访|赴|到|前往|深入|来(?!自))|开展[^，。；]{0,16}?(?:检查|调研|视察|督查))|(?:率|带)队的(?=[^，。；]{2,24}?(?:组|团))|(?:率|带)队，(?=[^。；]{2,60}?组成的[^，。；]{0,12}?(?:组|团)|[^，。；]{2,60}?一行[^，。；]{0,40}?(?:调研|考察|视察|检查|督查|督导))|一行(?=(?:组成[^，。；]{0,12}?(?:组|团))?，?(?:先后|分别|专程)?(?:调研|考察|视察|督查|督导|赴|到|深入|前往|来[^，。；]{1,8}?(?:考察|调研|视察|参观|学习)|在[^，。；]{1,12}?(?:调研|考察|视察|督查|督导|检查)))/;
/** Under whose lead a group goes on a trip, the trip's verb in the clause (`…工作委员会在农工委主任武克贵带领下，专题调研…`, `在X带领下，市人大常委会调研组来我县调研`; not a narrative's `在X的带领下，全县干部群众奋力拼搏`). */
const LED_UNDER = /在[^，。；在]{2,30}?带领下(?=，?[^，。；]{0,24}?(?:调研|考察|视察|检查|督导|来到|来我|赴|深入))/;
/** The post of a group's head (`考察团团长`, `调研组组长`; not a deputy's, who does not lead it). */
const GROUP_HEAD = /(?:检查|指导|调研|考察|工作|督查|督导|视察)组组长$|(?:考察|调研|视察|代表|观摩)团团长$/;
/** A group as a clause's subject (`检查组先后来到…`, `中央指导组来到…`). */
// (and the members a leader led there, `市政协主席X率…政协委员集中视察…。委员们先后到…`)
const GROUP_NOUN = /(?:检查组|指导组|调研组|考察组|工作组|督查组|督导组|视察组|慰问组|考察团|调研团|视察团|代表团|观摩团|慰问团|(?<![^，。；：\s\d日午])[省市县区]领导|(?<![^，。；：\s\d日午])(?:委员|代表)们)(?:一行)?/;
const GROUP_SUBJECT = new RegExp(`^[\\u4e00-\\u9fff]{0,12}${GROUP_NOUN.source}$`);
/** A clause that opens with a group as its subject (`调研组视察了…`). */
const GROUP_OPENS = new RegExp(`^${GROUP_NOUN.source}`);
/** A clause's subject when a group is it (`考察团一行首先` → 考察团一行): the words around it that name no subject gone, not those inside it (考察). */
function groupSubject(clause: string): boolean {
  const g = GROUP_NOUN.exec(clause);
  return g !== null && GROUP_SUBJECT.test(clause.slice(0, g.index).replace(OWN_SUBJECT_FREE, '') + g[0] + clause.slice(g.index + g[0].length).replace(OWN_SUBJECT_FREE, ''));
}
/** People named by what they are, the subject of a visit's verb (`省人大代表参观了…`, `与会人员实地查看了…`). */
// (or a group by its task, `视察团一行观看了…`; opening its clause, a qualifier before it at most: not an object, `听取了人大代表视察意见`)
const PEOPLE_SUBJECT = /(?:^|[，；：])(?:[^，。；：同与和听看他她]{0,10}?)(?:代表|委员|人员|干部|群众|学员|专家|记者|官兵|企业家|(?:调研|考察|视察|督导|检查|观摩|工作|慰问|指导|督查|代表)[组团])们?(?:一行)?[^，。；他她]{0,6}?(?:参观|考察|视察|调研|来到|走进|前往|察看|查看|走访|深入|观看|赴|到)/;
/** A sentence that introduces a site as its subject (`丰泽园毛泽东同志故居，是毛泽东同志…的地方`, `…社区曾经困难重重`, `…位于…`, `丽江古城有800多年历史`). */
const INTRODUCES = /^([\u4e00-\u9fff]{3,28}?)，?(?:是|曾经|曾是|位于|地处|始建于|成立于|创建于|有(?=[\d一二三四五六七八九十百千]+(?:多|余)?年))/;
/** A visit each makes where he holds his post (`分别在所在省市参加了看望和慰问群众的活动`). */
const OWN_PROVINCE = /在(?:各自)?所在(?:的)?(?:省区市|省市|省区|省份|省|地区)(?=[^，。；]{0,12}?(?:看望|慰问|调研|考察|视察|走访))/;
/** 这里 as where a visit went: after a verb of going (`来到这里参观`), or 在这里 before a visit's verb. */
const HERE = /(?:来到|走进)这里|在这里(?:考察|参观|调研|视察|察看|看望|慰问)/;
/**
 * The bare kind of the site just introduced, gone to (`长山花园社区曾经…。习近平来到社区，了解…`, `…干部学院…。习近平走进学院`):
 * that site, where its name ends with the kind (村里 of a 村).
 */
const BACK_TO_SITE = /(?:来到|走进)(社区|村里|学院|学校|医院|园区|基地|工厂|企业|公司)(?=[，。；]|$)/;

export function visits(b: Builder, s: Sentence, ps: PersonMention[], all: PersonMention[], date: string | null): void {
  let st = SITES.get(b);
  if (!st) SITES.set(b, (st = { n: 0, site: null, leaders: [] }));
  st.n++;
  const count = b.relations.length;
  // 这里 is the site a sentence just before visited or introduced (two back at most: `X，是…的地方。…在这里筹划了…。Y来到这里`)
  // (the leaders are among the sentence's persons: none to look for in a sentence that names none)
  const led = ps.length > 0 && (s.text.includes('率') || s.text.includes('带') || s.text.includes('一行')) ? LEADS_GROUP.exec(s.text) : null;
  // (一行 right after its last leader's name: `…副市长B一行调研`, not a guest's `会见了A一行`, `陪同A一行`, `欢迎A一行`)
  const party = led !== null && led[0] === '一行';
  // (leaders who each led a group of their own, `A、B分别带队…`, lead no one party)
  const apart = led !== null && /分别$/.test(s.text.slice(0, led.index));
  const leaders = led && !(party && (!ps.some((p) => p.end === s.start + led.index) || GUEST_BEFORE.test(s.text.slice(0, led.index)))) ? groupLeaders(s, ps, s.start + led.index) : [];
  // (or the one under whose lead the group goes: `在农工委主任武克贵带领下，调研组先后考察了…`)
  const under = leaders.length === 0 && s.text.includes('带领下') ? LED_UNDER.exec(s.text) : null;
  const underLeaders = under ? ps.filter((p) => p.start >= s.start + under.index && p.end <= s.start + under.index + under[0].length) : [];
  // (a party named by one of the co-leaders named before, `A，B，C带队走访…。A一行，先后深入…`: the same party, all of them)
  if (leaders.length) st.leaders = apart ? [] : party && leaders.length === 1 && st.leaders.some((l) => l.name === leaders[0]!.name) ? st.leaders : leaders;
  else if (underLeaders.length) st.leaders = underLeaders;
  // (the head of a group named by his post, `会见了…考察团团长刘海一行`: the group's visits after are his; the test of 长
  // first, as every such post ends with it and most sentences hold none)
  else if (s.text.includes('长')) {
    const heads = ps.filter((p) => p.titles.some((t) => GROUP_HEAD.test(t.name)));
    if (heads.length) st.leaders = heads;
  }
  sentenceVisits(b, s, ps, all, date, st.site && st.n - st.site.at <= 2 ? st.site : null, st.leaders);
  // (a visit another makes ends the trip the group's leaders were named for: `…市长刘海到东岭镇检查…。在东岭水库，市领导…`)
  if (!leaders.length && st.leaders.length) {
    const names = new Set(mapArray(st.leaders, (p) => p.name));
    const other = b.relations.slice(count).some((r) => r.type === 'VISITED' && !names.has(b.entities.find((e) => e.id === r.from)?.name ?? ''));
    if (other) st.leaders = [];
  }
  escortsToProvince(b, s, ps, count, date);
  const last = b.relations.slice(count).filter((r) => r.type === 'VISITED').at(-1);
  const target = last && b.entities.find((e) => e.id === last.to);
  // (only where the sentence holds the 是 every match ends with: the anchored scan backtracks over its opening run)
  const intro = /[是曾位地建于有]/.test(s.text) ? INTRODUCES.exec(s.text) : null;
  // (an old site by its name too: `丽江古城有800多年历史`)
  const kind = intro ? visitTarget(intro[1]) ?? (OLD_SITE.test(intro[1]) && intro[1].length >= 4 ? 'Location' : null) : null;
  if (target) st.site = { name: target.name, kind: target.type === 'Organization' ? 'Organization' : 'Location', at: st.n };
  else if (intro && kind) st.site = { name: intro[1], kind, at: st.n };
}

/**
 * A province's leaders who escort a visitor through it (`在山西省委书记A和省长B陪同下，先后到阳泉、太原考察`)
 * went to their province, not to each of its sites: the visits the sentence gave them become one to
 * the province their post names (as the golds of rounds 56 and 72 have it).
 */
function escortsToProvince(b: Builder, s: Sentence, ps: PersonMention[], count: number, date: string | null): void {
  if (!s.text.includes('陪同下')) return;
  for (const p of ps) {
    const province = escortProvince(s, p, ps);
    const pe = province ? b.find('Person', p.name) : undefined;
    if (!province || !pe) continue;
    const fresh = b.relations.slice(count).filter((r) => r.type === 'VISITED' && r.from === pe.id);
    if (fresh.length === 0) continue;
    const rule = fresh[0]!.rule as RuleId;
    b.unrelate((r) => fresh.includes(r));
    b.relate('VISITED', pe, b.entity('Location', province), s, rule, { date });
  }
}

/**
 * The province of an escort (`在山西省委书记A和省长B陪同下`): the one his post names, or, for a post of a
 * province named by none (省长), the one the first escort's names.
 */
function escortProvince(s: Sentence, p: PersonMention, ps: PersonMention[]): string | null {
  if (!escorts(s, p)) return null;
  const of = (post: string) => PROVINCES.find(([full, short]) => post.startsWith(full) || post.startsWith(short))?.[1] ?? null;
  const own = of(p.titles[0]?.name ?? '');
  if (own) return own;
  if (!/^省/.test(p.titles[0]?.name ?? '')) return null;
  const first = ps.find((q) => q.start >= s.start && q.end <= s.end && escorts(s, q));
  return first ? of(first.titles[0]?.name ?? '') : null;
}

/** A host's act right before a party named by its leader (`陪同A一行`, `欢迎A一行`, `会见了A一行`): the party is a guest's, not the host's. */
const GUEST_BEFORE = new RegExp(`(?:${MEET_VERB_ALT}|看望|慰问|陪同|欢迎|迎接|感谢|宴请|接待)了?[^，。；]{0,14}$`);

/** A 会见 (or a 看望, a 慰问) right before a name in its clause: the name is the one met or called on, not a visitor. */
const MET_BEFORE = /(?:会见|会晤|接见|看望|慰问|拜会|问候)了?[^，。；]{0,14}$/;

/**
 * Who lead the group at `at` (its 率/带领/带队): the person named with a post right before it, and those
 * listed before him with their posts (`市委书记A、市长B带队`, `…书记A，县委副书记、县长B率…代表团`).
 */
function groupLeaders(s: Sentence, ps: PersonMention[], at: number): PersonMention[] {
  const before = ps.filter((p) => p.end <= at && p.titles.length > 0);
  const last = before.at(-1);
  // (a party is its leader's, the one named right before 一行: not the last one with a post before him)
  if (!last || (s.text.startsWith('一行', at - s.start) && last.end !== at)) return [];
  const out = [last];
  for (let k = before.length - 2; k >= 0; k--) {
    const gap = s.text.slice(before[k]!.end - s.start, out[0]!.start - s.start);
    // (only a joint and the next one's posts between: `、`, `，县委副书记、县长`)
    if (gap.length > 24 || !/^[、，和及与]/.test(gap) || (gap.length > 1 && !out[0]!.titles.some((t) => t.start >= before[k]!.end))) break;
    out.unshift(before[k]!);
  }
  return out;
}

/**
 * A city named bare and with 市 in one article (`来到临汾、晋中等地` … `来到临汾市考察调研`) is one
 * place: the node takes the 市 form, the bare one as its alias.
 */
function visitedCity(b: Builder, t: string): Entity {
  const bare = t.endsWith('市') && t.length >= 3 ? t.slice(0, -1) : t;
  const e = b.find('Location', bare) ?? b.find('Location', `${bare}市`) ?? b.entity('Location', t);
  if (e.name !== t && e.name === bare) {
    e.name = `${bare}市`;
    e.aliases = [bare];
  }
  return e;
}

/** The paper's own place alone (`我市`, `本县`). */
const OWN_PLACE_ALONE = /^(?:我|本)[省市县区州]$/;
/** 我市, 本县 … before a township, village or street named inside it (`我市罗坊乡`, `本县城关镇`; not a kind, `我市各乡镇`, `我市经济开发区`). */
const OWN_PLACE_BEFORE = /^(?:我|本)[省市县区州](?=(?!各|部分|有关|重点)[\u4e00-\u9fff]{2,}(?:乡|镇|村|街道|社区)$)/;

/**
 * Each of `who` visited `target` (none where its kind is unknown), told in `s`. Not a closure of
 * sentenceVisits: a call of one made afresh for every sentence cost it its optimized code ("wrong call target").
 */
function addVisit(b: Builder, s: Sentence, date: string | null, who: PersonMention[], target: string, kind: 'Organization' | 'Location' | null, rule: RuleId): void {
  // (a visit no one is named making leaves no place behind: `各地…分赴困难地区和困难企业`; a body is one by its name)
  if (!kind || (who.length === 0 && kind === 'Location')) return;
  // (the paper's own place before a place in it is no part of its name: `到我市罗坊乡、安砂镇等地调研` → 罗坊乡)
  let t = kind === 'Location' ? normName(target).replace(OWN_PLACE_BEFORE, '') : normName(target);
  // (the site of a body is the body: `到…华天电子集团现场调研` → 华天电子集团)
  const site = /^(.{4,})现场$/.exec(t);
  if (site && visitTarget(site[1]!) === 'Organization') {
    t = site[1]!;
    kind = 'Organization';
  }
  // (the paper's own place by 我市 alone, where no rule that knows the paper named it, names no place: `来到我市，就…调研`)
  if (OWN_PLACE_ALONE.test(t)) return;
  const te = kind === 'Organization' ? b.entity('Organization', t, { aliases: [] }) : visitedCity(b, t);
  for (const p of who) {
    const pe = b.find('Person', p.name);
    if (pe) b.relate('VISITED', pe, te, s, rule, { date });
  }
}

/** The work a visit looks into, named after a place (`宝鸡市|工业发展`, `临江县|项目建设`). */
const TOPIC_AFTER_PLACE = /^(?:工业|农业|经济|产业|城市|乡村|社会|文化|旅游|生态|项目|园区|重点|教育|科技|民生|基层|交通)[\u4e00-\u9fff]{0,8}(?:发展|建设|改革|治理|工作|情况|保护|振兴|转型|升级)/;
/**
 * A city, county or district by its place name and level, opening an object of 考察/调研 that is the work looked
 * into there (`宝鸡市工业发展`), or null: no site, no kind of place, no body (`宝鸡市博物馆` is read as a site).
 */
function placeBeforeTopic(object: string): string | null {
  const body = BODY_BEFORE_TOPIC.exec(object)?.[1];
  if (body && !GENERIC_SITE.test(body) && !SOME.test(body)) return body;
  const place = /^([\u4e00-\u9fff]{2,4}?[省市县区州])/.exec(object)?.[1];
  if (!place || placeWordAt(place, 0) < 2 || !TOPIC_AFTER_PLACE.test(object.slice(place.length))) return null;
  return place;
}
/** A company, group or school before how it does its work (`新华三集团|发展数字经济情况`). */
const BODY_BEFORE_TOPIC = /^([\u4e00-\u9fff]{2,12}?(?:集团|公司|大学|学院|医院|研究院))(?=(?:发展|建设|推进|开展|落实|生产|经营|运营|推动)[\u4e00-\u9fff]{0,12}(?:情况|工作)$)/;

function sentenceVisits(b: Builder, s: Sentence, ps: PersonMention[], all: PersonMention[], date: string | null, here: Site | null, leaders: PersonMention[]): void {
  /** Those who made the last visit told before `at`, together (one sentence), each as the article names him with a post. */
  const lastVisitors = (at: number): PersonMention[] => {
    const visited = b.relations.filter((r) => r.type === 'VISITED');
    const last = visited.at(-1);
    if (!last) return [];
    const together = visited.filter((r) => r.evidence?.start === last.evidence?.start);
    const names = new Set(mapArray(together, (r) => b.entities.find((e) => e.id === r.from)?.name ?? ''));
    const out: PersonMention[] = [];
    for (const name of names) {
      // (one the article names with a post: not a place read as a name)
      if (!all.some((p) => p.name === name && p.titles.length > 0)) continue;
      const mention = all.filter((p) => p.end <= at && p.name === name).at(-1);
      if (mention) out.push(mention);
    }
    return out;
  };
  /**
   * Whom 他 stands for in an itinerary: whoever made its last visit (`栗战书来到…。他在景德镇…`, not 习近平总书记 of a quote), a
   * person the article names with a post (not a place read as a name), and not one who escorted him there
   * (`在…李长春、…马忠臣等陪同下，先后来到…。他…走访察看了…` is 李岚清's).
   */
  const lastVisitor = (at: number): PersonMention | undefined => {
    let visitor: string | undefined;
    for (let k = b.relations.length - 1; k >= 0 && visitor === undefined; k--) {
      const r = b.relations[k]!;
      const name = r.type === 'VISITED' ? b.entities.find((e) => e.id === r.from)?.name : undefined;
      const ev = r.evidence;
      if (name !== undefined && !(ev && all.some((p) => p.name === name && p.start >= ev.start && p.end <= ev.end && escorts({ text: ev.text, start: ev.start, end: ev.end }, p)))) visitor = name;
    }
    return visitor && all.some((p) => p.name === visitor && p.titles.length > 0) ? all.filter((p) => p.end <= at && p.name === visitor).at(-1) : undefined;
  };
  /** Who made the visit told at `at`: everyone named before it in the sentence, else the last person named. */
  const visitors = (at: number): PersonMention[] => {
    // not a name that only qualifies another (`习近平主席夫人彭丽媛`), nor one who speaks first
    // (nor a name read in a place put first: `在西双版纳和玉溪，王沪宁到…`)
    let before = ps.filter((p, k) => p.end <= at && !(ps[k + 1]?.end <= at && qualifiesNext(s, ps, k)) && !SPEAKS_FIRST.test(s.text.slice(p.end - s.start, at - s.start)) && !inPutPlace(s, p) && !PLACE_AFTER.test(s.text.slice(p.end - s.start)) && !ENTRUSTS.test(s.text.slice(p.end - s.start, at - s.start)) && !INSTRUCTION_OF.test(s.text.slice(p.end - s.start)));
    // (a clause after ； that names its own visitors is theirs alone: `A视察了X、Y；以B为团长的视察团视察了Z`; one that names
    // none goes on with the visitors before it: `…；到海口江东新区，听取…`)
    const semicolon = s.text.lastIndexOf('；', at - s.start - 1);
    const ownClause = semicolon < 0 ? [] : before.filter((p) => p.start - s.start > semicolon && !escorts(s, p));
    if (ownClause.length) before = ownClause;
    // (nor one the visitor met just before: `栗战书分别会见了前议长朴炳锡…，参观了LG研发中心`; but
    // one who goes with him, `会见…莫迪，并共同参观…`)
    const together = /(?:共同|一同|一起|一道)$/.test(s.text.slice(Math.max(0, at - s.start - 4), at - s.start));
    const host = together ? before : before.filter((p) => !(before[0] !== p && MET_BEFORE.test(s.text.slice(0, p.start - s.start))));
    // (one of a group's co-leaders and 一行: the group, all its leaders, `林青一行，先后深入…`)
    if (host.length === 1 && leaders.length > 1 && s.text.startsWith('一行', host[0]!.end - s.start) && leaders.some((l) => l.name === host[0]!.name)) return leaders;
    // (a clause with no subject in a sentence whose subject is a group of people, no one named before it, goes on with them:
    // `省人大代表参观了…；参观考察了…两家企业`, `代表们赴福清市…，到A、B开展视察`, `视察团一行观看了习总书记…讲话的视频资料，走访了…`
    // — its leaders' visit, else no one's: not a name in its object, nor whoever an earlier sentence named)
    const own = clauseBefore(s.text, at - s.start, /[，。；：]/);
    if (own.replace(OWN_SUBJECT_FREE, '') === '') {
      const group = PEOPLE_SUBJECT.exec(s.text.slice(0, at - s.start - own.length));
      // (no name before the verb: not a post, `委员长张建国参观了…`)
      if (group && !ps.some((p) => p.start < s.start + group.index + group[0].length)) return leaders;
    }
    // (those named are his escorts, 他 the one they escort: `他在…书记A和…主席B陪同下，到银川市调研`)
    if (host.length && host.every((p) => escorts(s, p)) && /(?:^|[，：])[^，：]{0,12}?[他她]在[^，。；在]*$/.test(s.text.slice(0, host[0]!.start - s.start))) {
      const escorted = lastVisitor(at);
      if (escorted) return [escorted, ...host];
    }
    if (host.length) return host;
    // the clause names its own subject (`记者走进乡村`, `官兵们前往…`, `工作人员来到…`): not the
    // person named last before it
    const clause = clauseBefore(s.text, at - s.start, /[，。；：]/);
    // (a group the article named led by someone, `检查组先后来到…`: its leader's visit)
    const subject = clause.replace(OWN_SUBJECT_FREE, '');
    // (他们 in an itinerary: all who made its last visit together, `王明、刘海来到…。他们走进…`)
    if (subject === '们' && /[他她]们/.test(clause)) return lastVisitors(at);
    if (subject.length > 0) return groupSubject(clause) ? leaders : [];
    // (a clause after ； with no subject goes on with a group that was the subject before it: `调研组视察了X；来到Y，…`)
    if (semicolon >= 0 && leaders.length && GROUP_OPENS.test(s.text.slice(0, semicolon).split(/[，：]/).at(-1)!)) return leaders;
    // a post as the subject (`此次考察，总书记走进…`) is the one the article named with it, not
    // whoever was named last (`武夷山是乌龙茶、红茶的发源地`);
    // (他 too is the visitor the article named with a post, not a name read in passing)
    // (a clause with no subject after 他's own, `他在…了解…，到陶溪川…调研`, is his too)
    const lead = s.text.slice(0, at - s.start).split(/[，：]/)[0];
    // a visit put first as a time clause with its subject after it (`在A、B调研时，他强调…`,
    // `在X视察时，张建国指出…`): the name after it, or 他/她 (or none: `…看望干部时，要求…`) the
    // visitor of the itinerary — not whoever was named last before it
    const timeClause = /^(?:随后|之后|其间)?，?$/.test(clause) ? FRONT_TIME.exec(s.text.slice(at - s.start)) : null;
    if (timeClause) {
      const after = at + timeClause[0].length;
      const subject = ps.find((p) => p.start === after || p.titles[0]?.start === after);
      if (subject) return [subject];
    }
    const pronoun = /他|她/.test(clause) || /^(?:随后|之后|接着|然后|当天|[上下]午|\d{1,2}日)*(?:他|她)/.test(lead) || (timeClause !== null && NO_SUBJECT_AFTER.test(s.text.slice(at - s.start + timeClause[0].length)));
    // (他 in an itinerary is whoever made its last visit: `栗战书来到…。他在景德镇…`, not 习近平总书记 of a quote)
    if (pronoun) {
      const named = lastVisitor(at);
      if (named) return [named];
    }
    const afterTime = timeClause ? s.text.slice(at - s.start + timeClause[0].length) : '';
    const post = clause.includes('总书记') || afterTime.startsWith('总书记') ? '总书记' : pronoun ? '' : null;
    if (post !== null) {
      const titled = new Set(all.filter((p) => p.end <= at && p.titles.some((t) => t.name.endsWith(post))).map((p) => p.name));
      const holder = all.filter((p) => p.end <= at && titled.has(p.name)).at(-1);
      if (holder) return [holder];
    }
    // (a time clause followed by a subject of its own that is no name: `…调研时，记者看到…`)
    if (timeClause && !pronoun) return [];
    const last = lastBefore(all, at);
    return last ? [last] : [];
  };
  /**
   * A province before a place (`在浙江宁波考察`, `在湖南长沙、岳阳调研`, `来到北京石景山发电总厂`): the
   * visit went to both, the place first (what companions share); a generic rest (`贵州农村`) is
   * the province alone; a body named with its province (`湖南省地质院`) stays whole.
   */
  const provinceAndPlace = (who: PersonMention[], place: string, rule: RuleId, brands = false): boolean => {
    // a province's full name before a city is two units (`河南省郑州市`, `内蒙古自治区乌兰察布市`): both;
    // a municipality's before its county is an address, one target (`北京市延庆县`)
    const full = PROVINCES.find(([f]) => !f.endsWith('市') && place.startsWith(f));
    if (full && /^[\u4e00-\u9fff]{2,8}(?:市|州|盟|地区)$/.test(place.slice(full[0].length))) {
      addVisit(b, s, date, who, place.slice(full[0].length), 'Location', rule);
      addVisit(b, s, date, who, full[0], 'Location', rule);
      return true;
    }
    const province = PROVINCE_SHORT.exec(place);
    const rest = province ? place.slice(province[0].length) : '';
    if (!province || rest.length < 2 || /^(?:省|市|自治区|壮族|回族|维吾尔)/.test(rest) || ORG_SUFFIX_RE.test(rest)) return false;
    // (a province's section of a show, `走进北京展区`, is no visit to the province)
    if (/^(?:展区|展馆|展厅|展台)$/.test(rest)) return true;
    // a city or county (`宁波`, `巴彦淖尔市`) on its own; a site named with its province (`北京石景山发电总厂`, `北京西站`) whole,
    // not cut into the province and a site's bare kind (西站); the province visited besides (as pfr-dev's gold has it)
    const unit = /(?:市|县|区|州|盟|旗|镇|乡|村)$/.test(rest);
    const city = unit || (placeWordAt(rest, 0) === rest.length && !PLACE_HEAD.test(rest));
    if (!GENERIC_PLACE.test(rest) && !GENERIC_SITE.test(rest)) addVisit(b, s, date, who, city ? rest : place, visitTarget(city ? rest : place) ?? 'Location', rule);
    // (not where the province opens the names of the list's sites, as firms are named: `广东鸿图科技园、广东嘉利车灯有限公司…`)
    if (!brands) addVisit(b, s, date, who, province[0], 'Location', rule);
    return true;
  };
  // 分别在所在省市…看望: each visitor in the province of his own post (`中共上海市委书记黄菊` → 上海), else none
  // (the test of 所在 first: the expression tries its 在 at every 在 of every sentence)
  const own = s.text.includes('所在') ? OWN_PROVINCE.exec(s.text) : null;
  if (own) for (const p of visitors(s.start + own.index)) {
    const province = mapArray(p.titles, (t) => PROVINCES.find(([full, short]) => t.name.replace(/^中共/, '').startsWith(full) || new RegExp(`^${short}(?:省|市|自治区)?(?:委|人民政府|政府|人大|政协)`).test(t.name.replace(/^中共/, '')))).find(Boolean);
    if (province) addVisit(b, s, date, [p], province[1], 'Location', 'visited.to-place');
  }
  // 来到这里 / 在这里考察: the site just visited or introduced
  const h = here ? HERE.exec(s.text) : null;
  if (h && here) addVisit(b, s, date, visitors(s.start + h.index), here.name, here.kind, h[0].startsWith('在') ? 'visited.to-place' : 'visited.list');
  const back = here && !h ? BACK_TO_SITE.exec(s.text) : null;
  if (back && here!.name.endsWith(back[1]!.replace(/里$/, '')) && here!.name.length > back[1]!.length + 1) addVisit(b, s, date, visitors(s.start + back.index), here!.name, here!.kind, 'visited.list');
  // 到X调研 / 在X宣讲调研: X is where the visit went, whatever its name ends with
  // (and a list before the verb: `到北京重型汽车厂、北京第二印染厂慰问`, `在浙江、上海调研`)
  // (each scan only where its verb stands: most sentences tell of no visit)
  if (HAS_TO_PLACE_VERB.test(s.text)) for (const m of toPlaces(s.text)) {
    // 调研 as a noun (`调研协商座谈会`, `调研议政`, `调研成果`) tells of no visit
    // (nor a verb inside a body's name: `在…中央纪律检查委员会第六次全体会议上`, `考察团`)
    if (/^(?:协商|议政|成果|报告|课题|座谈会|委员会|组|团)/.test(s.text.slice(m.index! + m[0].length))) continue;
    // (a comma before the verb only after 深入: `到X，调研…` is read by the itinerary's rules; and before
    // the visit's topic, `赴衡水市，就环境保护工作进行参观考察`)
    // (and after 赴, which no itinerary's rule reads, where each item is a place by itself: `赴A、B，调研…`; not `赴临江县挂职，`)
    if (m[0].includes('，') && !m[0].startsWith('深入') && !(m[0].startsWith('赴') && m[1].split('、').every((i) => (visitTarget(i) !== null || placeWordAt(i, 0) >= 2) && !POSTED_AT.test(i))) && !/，(?:就|围绕|针对|聚焦|宣讲)/.test(m[0])) continue;
    // (先后深入/分别深入 opens a list: read as one, `先后深入A、B，实地调研`)
    if (m[0].startsWith('深入') && /(?:先后|分别)$/.test(s.text.slice(0, m.index!))) continue;
    // a visit a body plans (`民政部将组织人员赴…走访慰问`) is not one made
    const clause = clauseBefore(s.text, m.index!, /[，。；]/);
    // (a guest's coming one welcomes or thanks: `刘海欢迎王明一行莅临临江考察` is no visit told, nor the host's)
    if (m[0].startsWith('莅临') && /欢迎|感谢|感激/.test(clause)) continue;
    if (/将|拟|计划|准备/.test(clause)) continue;
    // nor one others are sent on (`组织更多青少年和基层干部到内地参观学习考察`)
    // (组织 of a post is no such verb: `组织部部长吕松率队到融安县调研`)
    if (/(?:组织(?!部)|安排|选派|(?<!运)动员|鼓励|引导|邀请)[^，。；]{2,}$/.test(clause)) continue;
    // (就 opens the visit's topics, the place is before it: `在湖北省武汉市就复工复产、…等进行调研`)
    // (bodies joined by 和, `到自治区人大和基层人大调研座谈`: each that is one by its name)
    // (and units that share the body named after the last, `到自治区和临江市纪委监委看望干部`: each unit's)
    // (provinces before the sites they hold: `到河南、山东和四川的春季农业生产工作一线进行调研` went to the three)
    // (and 围绕, 针对, 聚焦 open them too: `赴河北省围绕经济运行、化解过剩产能…进行调研` went to 河北省)
    // (a guest's visit told inside the host's clause is none of the host's: `在福州与来闽调研的…部长座谈`)
    if (GUEST_CAME.test(m[1])) continue;
    // (the visitor right after the place, no comma between: `在华润佳木斯医药有限公司徐建国实地察看了…` — the site, and his visit)
    const placeAt = s.start + m.index! + m[0].indexOf(m[1]);
    const after = ps.find((p) => p.start > placeAt + 2 && p.end === placeAt + m[1].length && m[0].startsWith('在'));
    if (after) {
      const site = s.text.slice(placeAt - s.start, after.start - s.start);
      const kind = visitTarget(site);
      if (kind !== null && !site.includes('、')) addVisit(b, s, date, [after], site, kind, 'visited.to-place');
      continue;
    }
    const places = m[1].split(TOPIC_OPENS)[0]!;
    const ofProvinces = PROVINCES_OF_SITE.exec(places);
    // (and stops told in turn, `先到营业部后到各部室检查`: each)
    const listed = (ofProvinces ? ofProvinces[1].replace(/[和及]/g, '、') : places).replace(/(?:然?后|再|又)到/g, '、');
    // (kinds of site listed before the kind they are, `到航空设备、新材料…等制造业企业调研`, name none: only named ones go)
    const kinds = KINDS_LISTED.test(listed);
    // (the kind closing the list is no part of its last item: `赴绿地集团、…、海螺水泥等企业` → 海螺水泥; and where firms close it and
    // one item at least is a body by its name, the others of four to eight characters are firms too: `安徽矿机`)
    // (after 来到, the list is visited.list's: `来到A、B等企业调研`)
    const closing = kinds && !(m[0].startsWith('到') && s.text[m.index! - 1] === '来') ? KIND_CLOSING.exec(listed) : null;
    const parts = (closing ? listed.slice(0, closing.index) : listed).split('、');
    const firmsClose = !!closing && /企业|公司/.test(closing[0]) && parts.some((i) => visitTarget(i) === 'Organization');
    // (not a kind of firm, `困难中小企业`, `专精特新`, `龙头骨干`)
    const firms = new Set(firmsClose ? parts.filter((i) => visitTarget(i) === null && /^[\u4e00-\u9fff]{4,8}$/.test(i) && !isCommonNoun(i) && !INDUSTRY_MODIFIER.test(i) && !FIRM_KIND.test(i)) : []);
    const items = parts.filter((item) => !kinds || visitTarget(item) !== null || firms.has(item)).flatMap((item) => {
      const joined = splitList(item, AND_RE);
      if (joined.length < 2) return [item];
      const shared = shareHead(joined);
      if (shared !== joined) return shared;
      // (and places each named by its own head: `到临江县和临山县调研`)
      if (joined.every((i) => visitTarget(i) === 'Location' && ADDRESS.test(i))) return joined;
      return (!visitTarget(item) || joined.every((i) => visitTarget(i) === 'Organization')) && joined.some((i) => visitTarget(i) === 'Organization') ? joined.filter((i) => visitTarget(i)) : [item];
    });
    const listStart = s.start + m.index! + m[0].indexOf(m[1]);
    // a list of people (`到困难职工A、B、C家中看望`, `在A、B等陪同下考察`) or of acts
    // (`到特困企业听情况介绍、参观生产车间、走访`) is no list of places
    if (items.length > 1 && (ps.some((p) => p.start < listStart + m[1].length && p.end > listStart && !PLACE_AFTER.test(s.text.slice(p.end - s.start))) || /家中?$|陪同|参观|走访|听|看望|了解/.test(m[1]))) continue;
    // (nor, with one item, the escorts and the going: `在省委书记A和省长B陪同下来到X考察` — X is read as 来到's)
    if (/陪同下/.test(m[1])) continue;
    // (a visit that describes the one named after it is his: `会见了在吉林考察的市委书记陈龙`)
    // (a visit that dates a speech is the speaker's alone, named right before it: `领学了习近平总书记在福建考察时的重要讲话精神`)
    const who = visitorDescribed(s, ps, s.start + m.index! + m[0].length) ?? (DATES_A_SPEECH.test(s.text.slice(m.index! + m[0].length)) ? speakerRightBefore(s, ps, s.start + m.index!) : visitors(s.start + m.index!));
    // (a city before its counties, `赴六安市霍邱县、叶集区`: the city too)
    if (items.length > 1 && items.every((i) => ADDRESS.test(i))) for (const city of citiesOfCounties(items)) addVisit(b, s, date, who, city, 'Location', 'visited.to-place');
    for (const item of shareHead(items)) {
      // (a home is no target, the village of it is: `在…前营村农民班承开家中`, `在村民石拔三家中走访`)
      if (REMOTE_MANNER.test(item)) continue;
      // (a verb ends the place: `在山东出席…座谈会并调研` → 山东)
      const place = item.replace(/(?:参加|出席).*$/, '').replace(/并$/, '').replace(SOME_OF_PLACE, '').replace(MANNER_END, '').replace(/(?:参观|学习|交流|观摩|培训)+$/, '').replace(/(?<![中高初])等[地处]?$/, '').replace(/^赴/, '').replace(HOME_OF, '');
      // (nor a place read on to the preposition of what was done there: `在县防控指挥部对…问题进行了研判` → no 指挥部对)
      if (/家中$|家里$/.test(place) || /[对就向把将]$/.test(place)) continue;
      // (a meeting is no place: `在政协常委会会议、双周协商座谈会等会议以及调研视察考察工作中` tells when, not where;
      // the places listed with one are still visited, `在中央第七次西藏工作座谈会、赴西藏考察时的重要讲话`)
      if (MEETING_LISTED.test(place)) continue;
      // a kind of site (`到困难企业慰问`, `到社区调研`, `下到所属企业`) names no place, nor kinds joined (`分赴困难地区和困难企业`)
      const ofKind = (k: string) => {
        const kind = k.replace(SITE_KIND_FIRST, '');
        return GENERIC_SITE.test(kind) || GENERIC_PLACE.test(kind) || /^(?:田间地头|种粮大户|重点工程|重点项目|建设项目|易地搬迁点)$/.test(k);
      };
      if (ofKind(place) || splitList(place, AND_RE).every(ofKind)) continue;
      // a verb of the meeting inside is no place (`在京主持召开调研…`)
      // (nor a span with a verb in it: `在所在省市参加了看望…`, `在哈尔滨会见来我省考察的…`)
      // (nor a whole party's or country's scope: `在全党大兴调查研究`)
      // (nor the visit itself put as a time: `在调研督导中，…`)
      if (/^(?:会上|一线|基层|现场|企业|这里|当地|长期|全省|各地|深入|此|此前|期间)$|^(?:这|那|该|所在|本地)|^全(?:党|国|省|市|县|区|军|社会|系统|行业)|^(?:调研|考察|视察|检查|督导|督查|走访|慰问|看望|调查)/.test(place) || GENERIC_PLACE.test(place) || place.length < 2 || VERB_IN_PLACE.test(place)) continue;
      // (after 对 only a target by its name: `对泌阳县进行了考察调研`, not `对安全生产工作进行检查`)
      if (m[0].startsWith('对') && visitTarget(place) === null) continue;
      // (after 深入 only a place named by a place word: `深入基层、社区、工业园区调研` goes nowhere named)
      const deep = m[0].startsWith('深入');
      // (or a county's or a city's name by its unit, `深入临山区、临水市`)
      // (not an area by what it is, `革命老区`, `产粮大县`)
      // (or a body by its name, `深入临江集团、临山科技有限公司进行专题调研`)
      if (deep && (/等$|开展/.test(place) || GENERIC_SITE.test(place) || (placeWordAt(place, 0) < 2 && visitTarget(place) !== 'Organization' && !(/^[\u4e00-\u9fff]{2,4}[省市县区]$/.test(place) && !isCommonNoun(place) && !isCommonWord(place) && !isCommonWord(place.slice(0, 2)))))) continue;
      // a province before a city (`在浙江宁波考察`, `在湖南长沙、岳阳调研`): the visit went to both
      if (!firms.has(place) && provinceAndPlace(who, place, 'visited.to-place')) continue;
      addVisit(b, s, date, who, place, firms.has(place) ? 'Organization' : deep ? visitTarget(place) : visitTarget(place) ?? 'Location', 'visited.to-place');
    }
  }
  // 深入 X 开展…活动: X is where the visit went (`深入县盐化工业园企业开展“四送一服”活动`: the park, its firms a kind)
  const deepTo = s.text.includes('深入') && s.text.includes('开展') ? DEEP_TO_ACTIVITY.exec(s.text) : null;
  if (deepTo) {
    const place = deepTo[1]!;
    const kind = visitTarget(place);
    if ((kind !== null || placeWordAt(place, 0) === place.length) && !GENERIC_PLACE.test(place) && !GENERIC_SITE.test(place)) addVisit(b, s, date, visitors(s.start + deepTo.index), place, kind ?? 'Location', 'visited.to-place');
  }
  // 来到/走进/前往/参观 A、B和C: the bodies and places of the list
  const lists = HAS_LIST_VERB.test(s.text) ? allMatches(LIST_VERB, s.text) : [];
  if ((s.text.includes('到') || s.text.includes('来')) && HAS_LIST_TO.test(s.text)) lists.push(...allMatches(LIST_TO_ALL, s.text));
  // (a match is kept only after a person of the sentence: a sentence that names none is not scanned)
  if (ps.length > 0 && (s.text.includes('，到') || /，(?:随后|然后|接着|又|还|再)到/.test(s.text))) for (const m of allMatches(CLAUSE_TO, s.text)) if (ps.some((p) => p.end <= s.start + m.index!)) lists.push(m);
  for (const p of ps) {
    NAME_TO.lastIndex = p.end - s.start;
    const m = NAME_TO.exec(s.text);
    if (!m) continue;
    // (the name is its clause's subject, maybe after its post: not `从九曲溪畔的朱熹园到…`)
    const pre = clauseBefore(s.text, p.start - s.start, /[，：；]/);
    if (pre.replace(OWN_SUBJECT_FREE, '') !== '' && !(p.titles.some((t) => t.end === p.start) && !/[的从由向对和与]/.test(pre))) continue;
    lists.push(m);
  }
  lists.sort((a, b) => a.index! - b.index!);
  for (const m of lists) {
    const at = s.start + m.index!;
    const who = visitors(at);
    // `考察时…`, `考察的第一站`: no list follows
    if (/^(?:时|的|期间|过程|工作|结束)/.test(m[1])) continue;
    // one who came to a place to hold a post there made no visit (`刘海来到临江县，先后担任县长、县委书记`)
    if (POSTED_AFTER.test(s.text.slice(m.index! + m[0].length))) continue;
    // a visit one may make (`人们可以走进喀什古城`, `也可以前往…`) is none made
    // (nor one planned in its clause: `周非将于本周末随同巴特勒前往伊拉克`)
    if (/(?:可以|能够|将|拟|计划|准备)$/.test(s.text.slice(0, m.index!)) || /(?<![上中少大])将(?![军领士])|拟|计划|准备/.test(clauseBefore(s.text, m.index!, /[，。；]/))) continue;
    // a city or county named before the work looked into there (`考察宝鸡市工业发展、项目建设…等情况`): the city is visited
    // (and a body before how it does its work: `考察了新华三集团发展数字经济情况`)
    const topicAt = /考察|调研|视察/.test(m[0]) ? placeBeforeTopic(m[1]) : null;
    if (topicAt) addVisit(b, s, date, who, topicAt, visitTarget(topicAt) ?? 'Location', 'visited.list');
    // `先后来到A、B、C，`: a tour of places by their bare names, when one of them is a place the
    // dictionary knows and none is a word of another kind (`先后来到林芝、日喀则、拉萨`)
    const bare = /^(?:先后)(?:来到|到|前往)/.test(m[0]) ? /^([\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){1,5})(?=[，。；]|$)/.exec(m[1]) : null;
    const tour = bare !== null && bare[1].split('、').some((i) => placeWordAt(i, 0) === i.length) && bare[1].split('、').every((i) => !isCommonNoun(i) && !GENERIC_PLACE.test(i) && !GENERIC_SITE.test(i) && !/[家们]$/.test(i));
    // (and a list closed by the sites it names, `来到A、B、C等项目现场`)
    const kindGiven = PLACES_KIND.test(m[1]) || tour || SITES_CLOSE.test(m[1]) || (DEEP_INTO.test(m[0]) && CLOSED_BY_PLACES.test(m[1]));
    // `来到A、B、C等企业`: the list says its items are bodies, whatever their names end with
    // (a place told by where it stands is those places: `前往位于省委党校和海南广场的媒体工作区` → 省委党校, 海南广场)
    const items = mapArray(splitList(m[1].replace(PLACES_KIND, '').replace(BODIES_KIND, '').replace(LOCATED_AT, (all, at: string, what: string) => (FACILITY_KIND.test(what) && placeWordAt(what, 0) < 2 ? at : all)), LIST_AND), (i) => i.replace(ITEM_END, '').replace(SOME_OF_PLACE, ''));
    // (not a list of kinds of business: `来到新材料、新能源、电子信息等企业`)
    // (a count of them, `A、B两家企业`, only where it counts the items: `走访了辖区内两家企业` lists none)
    const counted = COUNTED_KIND.exec(m[1]);
    const bodiesGiven = BODIES_KIND.test(m[1]) && items.filter((i) => isCommonNoun(i)).length * 2 < items.length && (!counted || countOf(counted[1]!) === items.length);
    // items no head names a target are added after the list, when others of it are targets and
    // they begin with a place's name (`东湖老醋坊` beside two 店)
    const unnamed: string[] = [];
    let named = 0;
    const closed = CLOSED_BY_VISIT.test(m[1]) || ACTIVITY_AFTER.test(s.text.slice(m.index! + m[0].length));
    // a list that goes on over commas to 以及 (`下到大别山区的岳西县，大包干的发源地滁州，以及淮河两岸的贫困乡村`)
    const more = /^((?:，[^，。；]{2,20}?)+)，以及([^，。；]{2,30})/.exec(s.text.slice(m.index! + m[0].length));
    if (more) items.push(...more[1].split('，').filter(Boolean), more[2]);
    // a list in groups by city over commas, closed by 等地 or 等处 (`到A市B县、C区，D市E县、F区等地`): each
    // group's places; a city before more than one of its counties is itself a place of the visit
    const groups = /^((?:，[^，。；]{2,40}?)+?)等(?:地|处|县市|市县|县区|区县)/.exec(s.text.slice(m.index! + m[0].length));
    const unitList = (list: string[]) => list.length > 0 && list.every((i) => ADDRESS.test(i) && i.length >= 3 && !GENERIC_PLACE.test(i) && !isCommonNoun(i));
    // (and a list of sites over commas closed by 等地 or 等处, `深入到A学院三期项目，B公司，C医院二期、D医院等地`: each piece a
    // target by its head once the stage of its works is left out, the site itself)
    const sites = (list: string[]) => list.map((i) => i.replace(WORKS_STAGE, ''));
    const siteList = (list: string[]) => list.length > 0 && list.every((i) => (visitTarget(i) !== null || (SITE_END.test(i) && /^[\u4e00-\u9fff]{3,20}$/.test(i) && !SOME.test(i))) && !GENERIC_SITE.test(i) && !isCommonNoun(i));
    const pieces = groups ? groups[1].split(/[，、]/).filter(Boolean) : [];
    if (groups && !more && unitList(items) && unitList(pieces)) items.push(...pieces);
    else if (groups && !more && /^等[地处]/.test(s.text.slice(m.index! + m[0].length + groups[1].length)) && siteList(sites(items)) && siteList(sites(pieces))) items.splice(0, items.length, ...sites(items), ...sites(pieces));
    if (unitList(items)) for (const city of citiesOfCounties(items)) addVisit(b, s, date, who, city, 'Location', 'visited.list');
    // (sites two or more of which open with one province's name, as firms are named there: the province is no place of the visit)
    const brandedByProvince = PROVINCES.some(([, short]) => items.filter((i) => i.startsWith(short) && !/^(?:省|市|自治区)/.test(i.slice(short.length))).length >= 2);
    // (not a room named with its body: `…公司新上的口罩生产线`)
    const rooms = items.some((i) => WORK_ROOM.test(i.replace(ITEM_END, '').replace(BODY_OF_ROOM, '$1')) && placeNameAt(i) < 2);
    for (let item of shareHead(items)) {
      // (not an industry the list names, `光伏新能源、生物医药…等制造业企业`)
      if (bodiesGiven && /^[\u4e00-\u9fff]{2,16}$/.test(item) && !GENERIC_SITE.test(item) && !SOME.test(item) && !INDUSTRY_MODIFIER.test(item)) {
        addVisit(b, s, date, who, item, visitTarget(item) ?? 'Organization', 'visited.list');
        continue;
      }
      // (an item naming the work done at a place, `港头村白头桥下环境整治提升`, `荆溪小流域整治`: the village or town it opens with, else none)
      if (kindGiven && /^[\u4e00-\u9fff]{2,16}$/.test(item) && WORK_AT_PLACE.test(item)) {
        // (a village or town by its name, not a kind of place: `乡村振兴示范带建设`, `集镇环境整治`, `新农村建设`)
        const at = /^[\u4e00-\u9fff]{1,6}?[村镇乡](?![村镇乡])/.exec(item);
        if (at && at[0].length >= 3 && !KIND_OF_VILLAGE.test(at[0]) && !isCommonWord(at[0]) && !isCommonNoun(at[0])) addVisit(b, s, date, who.filter((p) => !escorts(s, p)), at[0], 'Location', 'visited.list');
        continue;
      }
      if (kindGiven && /^[\u4e00-\u9fff]{2,16}$/.test(item)) {
        const place = item.replace(PLACE_DESCRIBED, '');
        // (not a topic or a kind among them, `深入安全生产、环境保护…等11个项目现场`, `重点项目`)
        if (SITE_KIND_FIRST.test(place) || /^(?:全[省市县区])?重点/.test(place) || topicAmongSites(place)) continue;
        // (by the visitor: those 在…陪同下 get the visit's main target only)
        if (!GENERIC_PLACE.test(place) && !GENERIC_SITE.test(place)) addVisit(b, s, date, who.filter((p) => !escorts(s, p)), place, visitTarget(place) ?? 'Location', 'visited.list');
        continue;
      }
      // `位于香港西九文化区的戏曲中心`, `困难企业———山西第五建筑公司`, `康庄镇敬老院的老人们`
      // (a single dash is part of a name when the whole is one: `中国—上海合作组织…示范区`)
      // (a line or a room of a body is the body: `民营纳通生物科技公司新上的口罩生产线`)
      const plain = item.replace(ITEM_END, '').replace(/^位于[^的]{1,20}的/, '').replace(/^.*[—-]{2,}/, '').replace(/^(?:了|一家|另一家)/, '').replace(VISITED_PEOPLE, '').replace(BODY_OF_ROOM, '$1').replace(/^(?:民营|国有|外资|合资)(?=[\u4e00-\u9fff]{4})/, '');
      // (the place where a site stands is the site: `…纪念碑所在地`; a room of a site, the site or none)
      const site = roomSite(described(plain).replace(/(?<=.{3}(?:碑|塔|址|馆|园|亭|像))所在地$/, ''));
      if (site === null) continue;
      // (a list of the rooms of the body just visited, `总装车间和试飞站`: none that no place names)
      if (rooms && placeNameAt(site) < 2) continue;
      item = site;
      if (!visitTarget(item)) item = item.replace(/^.*[—-]/, '');
      // a home (`退休职工郭树范和闫戌麟家`) is no body or place of the visit
      const itemAt = s.text.indexOf(item, m.index!) + s.start;
      if (item.endsWith('家') && ps.some((p) => p.start >= itemAt && p.end <= itemAt + item.length)) continue;
      // a kind of site (`来到企业和社区`) names no place
      if (GENERIC_SITE.test(item)) continue;
      if (visitTarget(item) && provinceAndPlace(who, item, 'visited.list', brandedByProvince)) {
        named++;
        continue;
      }
      // (a place named with what it is, `大包干的发源地滁州`, is one by its bare name)
      // (and an old site or a place the dictionary knows by its whole name, `大昭寺`, `布达拉宫`: one by itself)
      const itemAt0 = s.text.indexOf(item, m.index!) + s.start;
      const byName = item === plain && mayNameSite(item) && (OLD_SITE.test(item) || placeWordAt(item, 0) === item.length) && !ps.some((p) => p.start < itemAt0 + item.length && p.end > itemAt0);
      // (a province by its short name is a place where the visit's purpose follows: `来到云南，看望慰问…`;
      // not one come to for a life's work, `杨拯陆来到新疆，为勘探石油…`)
      const province = PROVINCE_NAMES.includes(item) && /^，(?:[^，。；]{0,4}?)(?:看望|慰问|考察|调研|视察)/.test(s.text.slice(itemAt0 - s.start + item.length));
      const kind = visitTarget(item) ?? ((item !== plain && !plain.endsWith(`的${item}`) && placeWordAt(item, 0) === item.length) || byName || province ? 'Location' : null);
      if (kind) named++;
      else if (item === plain && (mayNameSite(item) || (closed && mayNameBody(item))) && !kindOfSiteInWords(item) && !ps.some((p) => p.start < itemAt + item.length && p.end > itemAt)) unnamed.push(item);
      addVisit(b, s, date, who, item, kind, 'visited.list');
    }
    // (only where most of the list are targets: a list of topics with one site in it is no list of sites)
    // (or where the list is closed by the visit's verb: `到宇通客车、中铁装备进行了调研`)
    // (or a list of one that opens with a place's name, gone to, what was done there after its comma: `到玉溪一中，看望慰问…`;
    // not the way to a place, `在前往陕西途中，总书记还考察了…`, nor people or a show one sees, `看望人大干部，调研…`, nor a spot
    // by a locative, a home or a room, `来到临江大桥上`, `…老党员家`, `…党员活动室`)
    const oneSite = closed && items.length === 1 && unnamed.length === 1 && GONE_TO.test(m[0]) && mayNameSite(unnamed[0]!) && !/(?:途中|路上|沿途|期间|之际|时|[上里内前边]|家|室|厅)$/.test(unnamed[0]!) && !PEOPLE_THERE.test(unnamed[0]!);
    if (named > unnamed.length || (closed && named > 0) || oneSite) for (const item of unnamed) addVisit(b, s, date, who, item, 'Organization', 'visited.list');
  }
  // 在海南生态软件园，韩正了解…: the place first, then the visitor and what he did there; a
  // list of places (在蓝思科技、华曙高科和新金宝光电，韩正…) each; 他/总书记 the person named before
  // (no subject at all, the itinerary's: `在临江集团，查看了新产品研发情况`)
  // (a city of two put first too, and the sites gone to in it after 到: `在昆明，王沪宁到云南大学调研`)
  const fronted = /^(?:随后，|之后，)?在([^，。；]{2,60})，([^，。；]{0,16}?)(了解|考察|察看|听取|看望|调研|参观|查看|观看|交流|座谈|来到|走进|检查|到(?=[^，。；]{2,60}?(?:调研|考察|视察|看望|慰问))|深入(?!学习|贯彻|推进|开展|实施|落实|研究|思考))/.exec(s.text);
  if (fronted && !NOT_PUT_PLACE.test(fronted[1])) {
    const verbAt = s.start + fronted.index + fronted[0].length - fronted[3].length;
    let who = ps.filter((p) => p.start >= verbAt - fronted[2].length && p.end <= verbAt);
    if (!who.length && /^(?:他|她|总书记)/.test(fronted[2])) who = visitors(verbAt);
    // (those who made the last visit together, else whom the trip's sentence before names: `王明、刘海走访慰问企业。在A，查看了…`)
    else if (!who.length && fronted[2] === '' && /了$/.test(s.text.slice(verbAt - s.start, verbAt - s.start + fronted[3].length + 1))) {
      const last = lastVisitors(verbAt);
      who = last.length ? last : visitors(verbAt);
    }
    // (the trip's leaders as the subject, `在X，市领导详细了解…`: those the lede named leading it)
    else if (!who.length && groupSubject(fronted[2].replace(/(?:详细|认真|仔细|深入|实地|一一)+$/, ''))) who = leaders;
    // (a list closed by the kind of site its items are, `…药业等企业`, names each, not the kind)
    // (a hall of a site by its name is the site: `在一汽集团研发总院大厅，总书记听取了…`; named short, the site visited under
    // its full name: `来到香港科学园考察。…在科学园展厅，…` → 香港科学园)
    const items = mapArray(putPlaces(fronted[1].replace(KIND_CLOSES_LIST, '')), (i) => {
      const site = siteOfHall(i);
      return site === i ? i : visitedEndingWith(b, site) ?? site;
    });
    // (one on a trip the article has told already: a site put first is one more stop of it, whatever its name ends with,
    // `在人民广场，张伦察看…`, `在会盟台，…`)
    const onTrip = items.length === 1 && who.length > 0 && who.every((p) => { const pe = b.find('Person', p.name); return !!pe && b.relations.some((r) => r.type === 'VISITED' && r.from === pe.id); });
    // (or one where the visitors then go to the works, `在县城北滨河路东延伸段，A、B来到施工现场`: the site the place put first is)
    const toWorksThere = items.length === 1 && /^(?:来到|走进)了?(?:施工|项目|建设)*(?:现场|工地)/.test(s.text.slice(verbAt - s.start));
    // (a list of the rooms of the site just visited, `在企业热电机组生产集中控制室、燃料智能化管控中心…`, names none of them)
    for (const place of items.some((i) => GENERIC_SITE.test(i)) ? [] : items) {
      if (!who.length) continue;
      // a province before a city (`在宁夏银川，李强来到…`, `在内蒙古鄂尔多斯、呼和浩特，…`): both
      if (provinceAndPlace(who, place, 'visited.fronted-place')) continue;
      // a named place the sentence puts first is a target even without a suffix (蓝思科技), when a list shows it is one of several;
      // a city by its bare name is a place (呼和浩特)
      // (and a short one listed with such a city, the dictionary reading it otherwise: `在西双版纳和玉溪，…`)
      const withCity = place.length <= 3 && items.some((i) => i !== place && placeWordAt(i, 0) === i.length) && !ps.some((p) => p.name === place);
      const kind = visitTarget(place) ?? (placeWordAt(place, 0) === place.length || withCity ? 'Location' : items.length > 1 && place.length >= 4 && !/[的们]/.test(place) ? 'Organization' : (onTrip || toWorksThere) && TRIP_STOP.test(place) && !SOME.test(place) && !GENERIC_SITE.test(place) && !GENERIC_PLACE.test(place) ? 'Location' : null);
      addVisit(b, s, date, who, place, kind, 'visited.fronted-place');
    }
  } else {
    // 在总厂所属的石景山热电厂，李鹏首先向…: a body by its name put first, then its visitor (post and
    // name) and whatever he did there
    // (the visitor is one the article names with a post: not a name read in passing)
    const put = /^(?:(?:随后|之后|时值[^，。；]{1,4}|当天[上下]午|\d{1,2}日[上下]午)，)?在([^，。；]{3,30}|(?:[^，。；、]{3,30}、){1,4}[^，。；、]{3,30})，/.exec(s.text);
    const first = put ? ps.find((p) => p.start === s.start + put[0].length || (p.start > s.start + put[0].length && p.titles.length > 0 && p.titles[0].start === s.start + put[0].length)) : undefined;
    // (not where the reporter is the clause's subject: `在海流河乡，记者得知乡纪检书记李启旺的岳母…`)
    if (put && first && !s.text.startsWith('记者', put[0].length) && all.some((q) => q.name === first.name && q.titles.length > 0) && !NOT_PUT_PLACE.test(put[1]) && !/后$|前$|听取|参加|出席|召开|举行|主持|发言|讲话|调研|考察/.test(put[1])) {
      // (and those joined to him by 和 with their posts: `张志刚和西藏自治区区委副书记丹增一起走进…`)
      const who = [first];
      for (let k = ps.indexOf(first) + 1; k < ps.length && /^[和、][^，。；、和]{0,16}$/.test(s.text.slice(who.at(-1)!.end - s.start, ps[k].start - s.start)); k++) who.push(ps[k]);
      // (a place named with what it is, `共和国摇篮瑞金`, is one by its bare name; a site named by
      // the place it is in, `城关镇机关`, one where the visitor does no act of a host: `在中南海紫光阁，李鹏会见…`)
      const hosts = HOST_ACT.test(s.text.slice(first.end - s.start));
      // (a list of sites, one of them a body by its name: the others of four characters or more are
      // bodies too, `在临江机车有限公司、东岭煤业集团南山煤矿，`; an old site by its name, `在平遥古城，`, a place)
      // (a list closed by 等地 or the kind of its sites names each: `在长沙、株洲等地，`)
      const span = put[1].replace(KIND_CLOSES_LIST, '').replace(/等[地处]$/, '');
      const places = mapArray(putPlaces(span), described);
      const listed = places.length > 1 && places.some((p) => visitTarget(p) === 'Organization') && !hosts;
      for (const place of places) {
        const kind = visitTarget(place) ?? (place !== span && (span.endsWith(place) || places.length > 1) && !span.endsWith(`的${place}`) && placeWordAt(place, 0) === place.length ? 'Location' : !hosts && (siteInPlace(place) || (OLD_SITE.test(place) && mayNameSite(place))) ? 'Location' : listed && place.length >= 4 && !/[的们]/.test(place) && !isCommonNoun(place) && !SOME.test(place) ? 'Organization' : null);
        if (kind && !GENERIC_SITE.test(place)) addVisit(b, s, date, who, place, kind, 'visited.fronted-place');
      }
    }
  }
  // …；在洋浦经济开发区，调研…: a clause of an itinerary with no subject of its own, at a place by its name
  if (s.text.includes('；')) for (const m of allMatches(CHAIN_AT, s.text)) {
    if (NOT_PUT_PLACE.test(m[1])) continue;
    const who = visitors(s.start + m.index!);
    // (`普拉底乡贫困村`: the township; its poor villages are no named place)
    for (const place of putPlaces(m[1]).map((p) => p.replace(/(?<=[乡镇])贫困村$/, ''))) {
      if (!GENERIC_SITE.test(place)) addVisit(b, s, date, who, place, visitTarget(place), 'visited.fronted-place');
    }
  }
}

/** A visit named as the time of a speech (`在湖北省考察疫情防控工作时的重要讲话`). */
const SPEECH_OF_A_VISIT = /在[^，。；]{1,30}?(?:调研|考察|视察|检查)[^，。；]{0,20}?(?:时|期间)(?:所作|发表)?的(?:重要)?(?:讲话|指示|批示|嘱托|要求)/;
/** The verbs of one who goes along on a visit (`参加`, `陪同`, `随行调研`, `一同考察`, `一同检查`, `出席上述活动`). */
const GOES_ALONG = /参加|陪同|(?:随同|随行)(?=调研|考察|视察|检查|督导|督查)|一同(?=调研|考察|视察|检查|督导|督查)|出席(?=上述活动|以上活动|有关活动)/g;
const GOES_ALONG_TEST = new RegExp(GOES_ALONG.source);
/**
 * People who 参加/陪同 a visit (`省领导吴桂英…参加`, `陪同考察的还有A、B`) visited where
 * the visit went (its first target).
 */
export function companions(b: Builder, sents: Sentence[], persons: PersonMention[]): void {
  const visited = b.relations.filter((r) => r.type === 'VISITED');
  if (!visited.length) return;
  const first = visited[0];
  // (a visit that only dates a speech studied, `贯彻习近平总书记在湖北省考察…时的重要讲话精神`, is none of the report's: no one goes along)
  if (first.evidence && SPEECH_OF_A_VISIT.test(first.evidence.text)) return;
  // (a guest who came to the province, `来我省就…考察调研，期间先后考察了A、B…`: those who go along went to the
  // province, not to its first site)
  const cameTo = visited.find((r) => r.rule === 'visited.came-to' && r.from === first.from && r.evidence?.start === first.evidence?.start);
  const firstTarget = b.entities.find((e) => e.id === (cameTo ?? first).to)!;
  const targets = mapArray(visited, (r) => b.entities.find((e) => e.id === r.to)!);
  // a visit to several places in its first sentence, each a province or a place by its unit (`在广西、云南调研`,
  // `赴A镇、B镇、C镇等地开展督查`): those who go along go to each (not to each body of a list, `来到省纪委监委、省委组织部…`:
  // the golds give them its first)
  const stops = [...new Set(mapArray(visited.filter((r) => r.from === first.from && r.evidence?.start === first.evidence?.start && r.rule === first.rule), (r) => b.entities.find((e) => e.id === r.to)!))];
  const places = stops.every((e) => e.type === 'Location' && (PROVINCE_NAMES.includes(e.name) || ADDRESS.test(e.name)));
  // (the visit of a guest the article's hosts meet, `欢迎谢吉人一行来滇考察`: a bare 参加 closing the report is at the talks)
  // (told as his coming, visited.came-to: not a visit of his own told after the talks, `…会见了王明。王明参观了…`)
  const guestsVisit = first.rule === 'visited.came-to' && b.relations.some((r) => r.type === 'MET' && r.to === first.from);
  for (const s of sents) {
    // (one who took part in what was before the visit is told, `…参加了这一活动`, is no companion of it)
    if (first.evidence && s.end <= first.evidence.start) continue;
    // `陈吉宁参加上海调研`: the part of the visit the sentence names, else its first target
    const named = targets.find((t) => s.text.includes(`${t.name}调研`) || s.text.includes(`${t.name}考察`));
    const target = named ?? firstTarget;
    // (`石泰峰一同调研`, `A，B等先后随同调研`, `副省长王铁随行调研`: one who goes along)
    // (`X出席上述活动`: one who was at the events told above, the visit among them)
    // (those who each go where they hold their posts go along with none: `分别在所在省市参加了看望…`)
    if (!GOES_ALONG_TEST.test(s.text) || OWN_PROVINCE.test(s.text)) continue;
    // (each clause of its own: `A陪同考察，B参加考察` — those named since the last such verb)
    let from = s.start;
    for (const v of allMatches(GOES_ALONG, s.text)) {
      const at = s.start + v.index!;
      const listed = /^(?:参加|陪同)[^。；：]{0,30}?的[^。；：的]{0,20}?(?:还有|有)[：:]?/.exec(s.text.slice(v.index));
      const who = listed ? within(persons, at + listed[0].length, s.end) : within(persons, from, at);
      from = at + v[0].length;
      // 参加会见, 参加会议: another event's people; 参加 what is no visit (`来英国参加女王葬礼`)
      const after = s.text.slice(v.index);
      if (!listed && /^(?:参加|陪同)(?:会见|会谈|接见|会议|座谈|活动结束)/.test(after) && !/上述活动|调研|考察|视察/.test(s.text)) continue;
      // (nor 参加 that closes a sentence of talks: `其间，市长X与Y座谈交流，市委常委Z参加`)
      if (!listed && v[0] === '参加' && /座谈|会见|会谈|会晤/.test(s.text.slice(0, v.index)) && !/调研|考察|视察|上述活动/.test(s.text)) continue;
      // (nor those who each took part in some of the events, which ones unsaid: `省领导A、B分别参加有关活动`)
      if (!listed && v[0] === '参加' && s.text.slice(0, v.index).endsWith('分别')) continue;
      // (a bare 参加 closing a report of talks with a guest whose coming is the visit: at the talks)
      if (!listed && v[0] === '参加' && guestsVisit && /^参加(?:$|[。；])/.test(after)) continue;
      if (!listed && v[0] === '参加' && !/^参加(?:$|[。；，、]|了?(?:上述|以上|有关|相关|这一|这次|此次)?(?:活动|调研|考察|视察|慰问|看望|走访|(?:检查|督导|督查)(?![组团站]))|[^。；，]{0,12}(?:调研|考察|视察|慰问))/.test(after)) continue;
      for (const p of who) {
        // (not a name that only qualifies another: `国家主席习近平夫人彭丽媛在…陪同下参观`)
        if (qualifiesNext(s, persons, persons.indexOf(p))) continue;
        const pe = b.find('Person', p.name);
        if (!pe || pe.id === first.from) continue;
        // (a province's leader escorting through it went to the province: escortsToProvince)
        const province = escortProvince(s, p, persons);
        if (province) {
          b.relate('VISITED', pe, b.entity('Location', province), s, 'visited.companion', { date: first.date ?? null });
          continue;
        }
        for (const t of !named && !cameTo && places && stops.length > 1 && stops.includes(firstTarget) ? stops : [target]) b.relate('VISITED', pe, t, s, 'visited.companion', { date: first.date ?? null });
      }
    }
  }
}

/** A delegation that comes to a place to look at it, no one named before it in its clause (`台州市党政代表团到我市考察交流`). */
const DELEGATION_CAME = /(?:^|[，。；：、\s]|[日天]|[上下]午)[^，。；：]{0,16}?(?:代表团|考察团|调研组|考察组)(?:一行)?(?:到|来|赴)(我市|我省|我区|[\u4e00-\u9fff]{2,6}?[省市区县])(?:考察|调研|访问|交流|学习)/;

/**
 * A delegation's visit told without its leader's name, the leader named where the host meets him
 * (`台州市党政代表团到我市考察交流。其间，佛山市委书记唐屹峰会见台州市委书记沈铭权一行`): the one met with his
 * party (一行) visits the place.
 */
export function delegationVisits(b: Builder, sents: Sentence[], persons: PersonMention[], date: string | null): void {
  for (const s of sents) {
    // (the cheap test first: most sentences name no group)
    if (!s.text.includes('团') && !s.text.includes('组')) continue;
    const m = DELEGATION_CAME.exec(s.text);
    if (!m) continue;
    const at = s.start + m.index + m[0].length;
    // (a leader named in the clause is the visitor the other rules read)
    if (within(persons, s.start + m.index, at).length) continue;
    const guests = b.relations.filter((r) => r.type === 'MET' && /一行/.test(r.evidence?.text ?? '')).map((r) => b.entities.find((e) => e.id === r.to)!);
    const leader = guests.find((g) => sents.some((x) => x.text.includes(`${g.name}一行`)));
    if (!leader) continue;
    b.relate('VISITED', leader, b.entity('Location', m[1]!), s, 'visited.delegation', { date });
    return;
  }
}

/** A verb inside what was read as a place (`在京主持召开…`, `在哈尔滨会见来我省考察的…`), or opening it (`在做好近期开展…调研的基础上`, `在应记者要求…时`), or the ground it stands on (`在已有工作基础上进行再部署、再检查`). */
const VERB_IN_PLACE = new RegExp(`[的们了]|期间|主持|召开|举行|蹲点|开展|${MEET_VERB_ALT}|^(?:做好|抓好|搞好|推进|加强|落实|贯彻|加快|深化)|^应(?![城县])|基础上$`);

/** Work done at a place, named as an item of a tour (`…环境整治提升`, `…小流域整治`). */
const WORK_AT_PLACE = /(?:整治|提升|改造|治理|修复|建设)$/;
/** Kinds of villages and towns, no one's name (`美丽乡村`, `新农村`, `城乡`, `村镇`, `集镇`). */
const KIND_OF_VILLAGE = /(?:乡村|农村|城乡|村镇|乡镇|集镇|城镇|小镇|特色镇|重点镇)$/;

/** Provinces joined by 、 and 和 before the sites they hold (`河南、山东和四川的…一线`): group 1 the provinces. */
const PROVINCES_OF_SITE = new RegExp(`^((?:${PROVINCE_NAMES.join('|')})(?:[、和及](?:${PROVINCE_NAMES.join('|')}))+)的[^、]{2,20}$`);
/** The kind of the items, closing a list's last item (`海螺水泥|等企业`, `…等制造业企业`, `…等单位`). */
const KIND_CLOSING = /等[\u4e00-\u9fff]{0,6}(?:企业|单位|场所|项目|园区|基地|地方)$/;
/** A list whose last item names what kind the items are. */
const KINDS_LISTED = new RegExp(`、[^、]*${KIND_CLOSING.source}`);

/** A visit to the paper's own province or to one by its character: `来我省考察`, `来川考察访问`, `来我省就…进行考察调研`. */
// (and to a city or a county by its name with its unit, `刘忠远一行来博兴县调研`, `来房县考察`: that place)
// (a guest's 来X访问 alone is no visit of the spec's: its verbs are those of looking into a place)
const CAME_TO = new RegExp(`(?<![未以带原本从后将])来(我省|我市|我区|本省|本市|${PROVINCE_NAMES.join('|')}|[${Object.keys(PROVINCE_CHARS).join('')}${Object.keys(PROVINCE_CHARS_OWN).join('')}]|(?![到自往])[\\u4e00-\\u9fff]{2,8}?(?:市|县|区|旗)|(?![到自往本该此全各我这那邻贵外每])[\\u4e00-\\u9fff]县|(?![到自往])[\\u4e00-\\u9fff]{2,3}?(?<![市县区旗]))(?:，?就[^，。；]{2,40}?(?:进行|开展)(?:执法|专题|实地)?)?(?:考察|调研|视察|检查|指导|督导|督查)`, 'g');
/**
 * The one a visit describes, named after it (`在吉林考察的市委书记陈龙`, `来我省考察调研的全国政协副主席…陈晓光`,
 * `来鄂调研脱贫攻坚工作的…董事长寇伟`): after the visit's verb at `end`, its object, 的, then a post and the name.
 */
function visitorDescribed(s: Sentence, ps: PersonMention[], end: number): PersonMention[] | undefined {
  // (not a time the visit gives, `在吉林考察时的重要讲话…和省委书记刘海`: its 时 or 期间 before 的, nor a name after another's)
  const of = /^[^，。；的时]{0,24}?的/.exec(s.text.slice(end - s.start));
  if (!of || /期间的$/.test(of[0])) return undefined;
  const after = ps.find((p) => p.start >= end + of[0].length);
  const gap = after ? s.text.slice(end + of[0].length - s.start, after.start - s.start) : '';
  return after && (gap.length <= 2 || (gap.length <= 30 && !/[，。；：和与及]/.test(gap) && TITLE_HEAD_END.test(gap))) ? [after] : undefined;
}

/** A host's act between a name and 来: the one who came is the guest, after it. */
// (or the one who sent him: `萨默斯是受克林顿总统委派来亚洲访问的`)
const HOSTS_GUEST = new RegExp(`${MEET_VERB_ALT}|宴请|欢迎|看望|慰问|委派|派遣|委托`);
/** Between a visitor and 来: a post, 一行 (`李全教一行来我省`, `敏昂莱代总统来川`); no time after another's act (`在马克龙总统访华后即来川`). */
const VISITOR_GAP = /^(?:同志|先生|女士)?(?:[^，。；、的在对向后时与同跟]{0,8}?(?:一行)?|率[^，。；]{2,24}?(?:组|团)|(?:带队|率领|带领)的[^，。；]{2,24}?(?:组|团))$/;

/**
 * A guest's visit to the province the paper is of (`对李全教一行来我省考察…表示欢迎`, `拜会来我省考察调研的
 * 全国政协副主席…陈晓光`) or named by its character (`敏昂莱代总统来川考察访问`): the visitor is the one
 * named right before 来, else the one the visit describes after 的.
 */
export function cameToProvince(b: Builder, s: Sentence, ps: PersonMention[], newspaper: string | null, date: string | null): void {
  // (the visitor is one of the sentence's persons)
  if (ps.length === 0 || !s.text.includes('来')) return;
  for (const m of allMatches(CAME_TO, s.text)) {
    const at = s.start + m.index!;
    const own = /^[我本][省市区]$/.test(m[1]!);
    // (宁, 青, … only in their own province's paper)
    const ownChar = PROVINCE_CHARS_OWN[m[1]!];
    if (ownChar && paperProvince(newspaper) !== ownChar) continue;
    // (a province by its full name goes by its short one: `来吉林省调研` → 吉林)
    // (我市 in a city's paper is that city: `王光庆一行来我市调研` in 天水日报)
    const city = own && /市$/.test(m[1]!) ? paperCity(newspaper, (n) => placeWordAt(n, 0) === n.length) : null;
    const province = own ? city ?? paperProvince(newspaper) : ownChar ?? PROVINCE_CHARS[m[1]!] ?? PROVINCES.find(([full]) => full === m[1])?.[1] ?? m[1];
    if (!province) continue;
    // (a city by its bare name only where the dictionary knows it as a place: `来南宁考察访问`, not `来此考察`)
    if (province === m[1] && !/[市县区旗]$/.test(province) && !PROVINCE_NAMES.includes(province) && placeWordAt(province, 0) !== province.length) continue;
    // (nor 来 that opens a place's name: `来宾市`)
    if (province === m[1] && placeWordAt(s.text, m.index!) > 1) continue;
    const before = ps.filter((p) => p.end <= at).at(-1);
    // (not the host of the one who came: `胡衡华会见了来渝访问的…苏米亚巴扎尔`)
    const gap = before ? s.text.slice(before.end - s.start, at - s.start) : '';
    let visitor = before && VISITOR_GAP.test(gap) && !HOSTS_GUEST.test(gap) ? before : undefined;
    // (`来我省考察调研的全国政协副主席、民盟中央常务副主席陈晓光`, `与来鄂调研脱贫攻坚工作的…董事长寇伟座谈`)
    if (!visitor) visitor = visitorDescribed(s, ps, at + m[0].length)?.[0];
    const pe = visitor && b.find('Person', visitor.name);
    if (pe) b.relate('VISITED', pe, b.entity('Location', province), s, 'visited.came-to', { date });
  }
}
