// ATTENDED: who presided over, attended or spoke at which meeting.
import type { Entity, AttendanceRole, Relation } from '../../model';
import { allMatches, escapeRegExp, type Sentence } from '../text';
import { clauseStartAt, clauseSubject, lastBefore, namesListedFrom, planGoesOn, sentenceAt, within, DAY_TOLD } from '../spans';
import { type PersonMention, Builder } from '../builder';
import { FAREWELL, ATTENDS_HELD_BY, AFTER_HOSTS, type MeetingMention } from '../meetings';
import type { RuleId } from '../rules';
import { HELD, HELD_MANNER, SPEECH_AT_VERBS, TITLE_HEAD_RE, TITLE_HEAD_END, MEET_VERB_ALT, DELEGATION_SITTINGS, TRIP_MEETING_HEADS, SESSION_CHAIRS_ARE, PRESS_KIND, PRESS_OR_BRIEFING_HEAD, TALK_VERBS } from '../lexicon';
import { mapArray } from '../../arrays';
// ------------------------------------------------------------------ relations

// (与会 as a verb, ending its clause: `…等外方领导人与会。`; not 与会代表, 与会同志, nor one planned or refused: 将应邀与会, 拒绝与会)
// (and those who gather with the guests at a reception: `习近平、李克强…等同各民主党派…负责人…欢聚一堂`)
// (not the noun of those present: `看望了…委员和列席人员`, `参加人员`)
// (and those who answer the deputies' questions at a sitting of inquiry: `国务委员王勇…等负责人回答询问`, `到会应询`)
// (each look-behind after the words it looks back from: one put first is tried at every position of the sentence, which
// made this scan 4x slower on PFR's sentences, same matches)
// (参会 only where the one named goes on to act there, `王昌林参会并…作了宣讲`: a crowd that 参会 online, or a delegate sent, is no one named)
// (and those who officiate at a ceremony or a reception as its guests of honour, in Hong Kong and Macao: `…担任主礼嘉宾`,
// `担任仪式主礼嘉宾`, `共同主礼`; and those who together witness its moment: `…共同见证了这一庄严时刻`)
// (and those who listen to a lecture or a report meeting, `…秘书长X聆听报告会`: not one who heard a speech given elsewhere)
export const ATTEND_VERB = /主持召开|担任(?:仪式)?主礼(?:嘉宾|人)|共同主礼|共同见证了?这一(?:庄严|历史性|重要)?时刻|主持(?!人)|(?:收听收看|收看收听)(?<=分会场(?:收听收看|收看收听))|聆听(?=了?(?:[^，。；]{0,30}?(?:报告会|宣讲会|讲座|党课|宣讲报告|辅导报告)))|出席并讲话|出席并致辞|出席并作|出席(?!人员)|参加(?!人员)|列席(?!人员)|召开|与会(?<!(?:将|拟|应邀|确认|拒绝)与会)(?=[，。；]|并|$)|参会(?=并)|欢聚一堂|(?:到会)?回答询问|到会应询/g;
/** …and a session's leaders seated on the rostrum attend it (`X、Y等在主席台就座`, also written 就坐): read where 主席台 stands (a scan from every 在 cost the rest). */
const ATTEND_VERB_ROSTRUM = new RegExp(`${ATTEND_VERB.source}|在主席台(?:前排|执行主席席|主席团席)?就[座坐]`, 'g');
/** A bare head referring back: `在大会上`, `主持大会`, `出席座谈会`. */
const BACK_REFERENCE = /(?:在|主持|出席|参加)(大会|座谈会)(?:上|[，。；并]|$)/;

/** The meeting held and named before the sentence whose head a bare reference in it repeats (BACK_REFERENCE). */
/** A sentence at one of a session's delegations (`在龙岩代表团，X、Y等代表先后发言`). */
const AT_DELEGATION = /^在[\u4e00-\u9fff、]{2,16}?代表团[，：]/;
/** A session of a congress or a CPPCC committee (`省十三届人大一次会议`, `全国政协十四届二次会议`). */
const SESSION_NAME = /(?:人大|人民代表大会|政协|委员会)[^，。；]{0,12}?[一二三四五六七八九十\d]+次(?:全体)?会议$/;

/** In a report of visits to a session's delegations, a sentence at one of them: the session named before it. */
function delegationSession(s: Sentence, ents: Map<string, Entity>): Entity | null {
  if (!AT_DELEGATION.test(s.text)) return null;
  let found: Entity | null = null;
  for (const [k, e] of ents) if (Number(k) < s.start && SESSION_NAME.test(e.name)) found = e;
  return found;
}

function referredBack(s: Sentence, ents: Map<string, Entity>): Entity | null {
  if (ents.size === 0 || (!s.text.includes('大会') && !s.text.includes('座谈会'))) return null;
  const ref = BACK_REFERENCE.exec(s.text);
  if (!ref) return null;
  let found: Entity | null = null;
  let at = -1;
  for (const [k, e] of ents) {
    const start = Number(k);
    if (start < s.start && start > at && e.date && e.name.endsWith(ref[1]!) && e.name.length > ref[1]!.length) {
      found = e;
      at = start;
    }
  }
  return found;
}

/** The two sides' leaders as one subject, right before the verb: `两国总理共同出席`, `两国元首还一同出席`. */
const PAIR_SUBJECT = /(?:两国|双方)(?:元首|总理|总统|领导人|首脑)(?:还|并|又|随后)?(?:共同|一同|一起)?$/;
/** What follows the verb of an act told as when a studied speech was given (`参加福建代表团审议时的重要讲话精神`). */
const SPEECH_GIVEN_WHEN = /^[^，。；]{0,24}?时(?:的|发表的)(?:重要)?(?:讲话|指示)精神/;
/** Guests named right after the meeting they came to (`…全体会议部分高级别代表`, `…论坛中外嘉宾`). */
const GUESTS_NAMED_AFTER = /^(?:部分|全体|各国|中外|外方|外国)?[\u4e00-\u9fff]{0,6}?(?:代表|嘉宾|外宾|人士|领导人|贵宾)(?:[，。；、]|$|时|并|一行)/;
/** A guest's coming a host welcomes, before the verb of a meeting he holds (`对周树春一行来宁调研并`). */
const GUEST_WELCOMED_BEFORE = /对[^，。；]{1,30}?(?:一行)?(?:来|到|莅临|赴)[^，。；]{0,20}?并?$/;
/** The welcome or thanks that closes such a clause (`…研讨会表示欢迎`). */
const WELCOMED_AFTER = /^[^，。；]{0,60}?表示(?:热烈|诚挚|衷心)?(?:欢迎|感谢)/;
/** A guest met who came to attend (`会见来华出席…的X`, `同来华出席…的X会谈`): the clause describes him. */
// (also with the guests named between, `会见了A、B等来闽参加…的嘉宾`; 同 only as the short form, not 同志, 共同, 一同)
const GUEST_CAME = /(?:会见|会谈|会晤|接见)[^，。；]{0,60}?(?:来[\u4e00-\u9fff]|前来|抵京|访华|赴京)$|(?<![共一协陪])同(?!志|夫人)[^，。；]{0,12}?(?:来华|来京|前来|抵京|访华|赴京)$/;
/** `欢迎他们出席`, `邀请其出席`: those welcomed or invited are the ones who attend. */
const WELCOMED = /(?<!的)(?:欢迎|邀请)(?:他们|他|她|其|您|你们)?(?:来华|来京|前来)?$/;
/** `欢迎B率团出席`, `邀请B出席`: a named guest between the welcome and the verb. */
const WELCOMED_NAMED = /(?<!的)(?:欢迎|邀请)[^，。；欢邀]{2,24}$/;
/** 他/她 opening a sentence (after a time word or a date, `2016年12月，他主持召开…`): the subject of its clauses. */
const HE_OPENS = /^(?:随后|之后|当天|[上下]午|晚上|(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?<=[年月日]))?，?[他她](?![们人])/;
/** A leader's post alone opening a clause before 主持/出席, a day, a time or a place between (`4月，总书记在重庆主持召开`). */
const POST_SUBJECT = /(?:^|[，：])(总书记|总理|委员长)(?:(?:\d{1,2}月)?\d{1,2}日)?(?:[上下]午|晚上)?(?:在[^，。；、]{1,12})?$/;
/** `应X的邀请来华出席`, `应X邀请`, `应X之邀`: X invites, the subject attends. */
const INVITER = /^[^，。；应]{0,6}?(?:的邀请|邀请|之邀|委托)/;
/** One who tells of a meeting, not at it: `X说，…主持召开`, `X表示，…出席`. */
const TELLS = /^[^，。；]{0,4}?(?:说|表示|指出|强调|介绍)[，：:]/;
/** …of another's act, whom he addresses or speaks of right before it (`表示，我…学习了您|在…上所作的报告`, `说，我聆听了主席先生昨天晚上|在…峰会上的讲话`). */
const TELLS_OF_ANOTHER = /^[^，。；]{0,4}?(?:说|表示|指出|强调|介绍)[，：:][^。；]*?(?:您|你|他|她|先生|女士|阁下)们?(?:今天|昨天|前天|当天|日前|此前|[上下]午|晚上|早上)*$/;
/** Between a name and its verb of attending: a plan or a hope, not the act (`将出席`, `期待不久之后出席`, `期待普京总统今年6月来华访问并出席`). */
// (and a trip planned in the clause before: `…后还将赴某国，代表…出席`)
// (or a plan whose clause goes on to it by 并: `即将对X进行国事访问，并出席…`; or a departure for it: `离开北京，赴X出席…`)
const PLANNED = /(?:将|即将|拟|准备|计划|打算)(?:于[^，。；]{1,12}?|在[^，。；]{1,12}?)?$|(?<![上中少大])(?:即将|将)(?![军领士])[^。；]{1,40}?并$|离开[^，。；]{1,10}，(?:赴|前往)[^，。；]{1,12}$|将(?:赴|前往)[^，。；]{1,12}，[^，。；]{0,16}$|(?:期待|希望)[^，。；]{0,24}$|^[^，。；]{0,4}?(?:今年|明年|下月|年内)(?:\d{1,2}月(?:[上中下]旬)?)?(?:赴|来)[^，。；]{1,6}$/;
/** A hope or a wish right before the names of those who attend, a post between (`期待|习近平主席出席`, `希望中国国家主席|…`). */
const HOPED_FOR = /(?:期待|希望|盼望|期盼|期望)[^，。；]{0,12}$/;
/** What may stand between one who calls a meeting and 召开: a day, a time of day, a place (`18日在财政部`, `４日晚`). */
// (and 组织 of one who calls it himself: `县长X组织召开…现场会`)
const CALLER_GAP = /^(?:[\d０-９一二三四五六七八九十]{1,3}日)?(?:[上下中]午|晚间?|早上?|夜)?(?:在[^，。；、\s]{1,15})?(?:组织)?$/;
/** Between a person and 召开, his trip told first (`带领…赴荆溪镇调研，并`, `带队深入企业走访调研并`): the meeting he calls after it is his. */
// (or the place he came to lead his party to, `副省长X带领省直有关部门负责同志，到我市召开…座谈会`)
const TRIP_THEN_CALLS = /^[^。；]{0,40}?(?:调研|考察|视察|督导|督查)(?:[^，。；]{0,20}?[，,]|(?:工作)?)(?:并|随后|还)$|^(?:带领|率领?)[^。；]{2,30}?[，,]?(?:到|来|赴)[^，。；]{1,10}$/;
/** A leader before the one named (`X带领A、B…`, `X率…`): those he leads call nothing. */
// (read in the 40 characters before the name; not the 率 of a rate: 效率, 利率)
const LEADS_BEFORE = /(?:带领|率领|(?<![效利比频汇概税功速])率)[^，。；]*$/;
/** Between a person and 召开, words that make the meeting someone else's act (`根据X的指示召开`, `受X委托召开`, `X谴责…召开`). */
const NOT_HIS_CALL = /的|委托|指示|要求|同意|倡议|关怀|批准|提议|号召|部署|决定|建议|说|表示|指出|谴责|报道|称/;

/** The verbs of a speech at a meeting (`在会上讲话/强调/…`, `在会上缅怀…`, `在会上回忆…`). */
const SPEECH_VERB = `(?:${SPEECH_AT_VERBS.join('|')})`;
/** How a speech at a meeting ends: `上(的)(重要)讲话/强调/…` (`上的主旨讲话`), or `在招待会致辞中说`. */
// (what the speech is about may stand between: `在…会议上就此分析时认为`)
// (and a comma right before the verb: `任建新今天在…理事会上，要求广大法学工作者…`)
// (and how it was said: `在座谈会上深情回顾了…`)
// (or what it was said of, after a comma or not: `在…记者会上，对这一记录表示满意`)
const ON = `(?:[，,](?=${SPEECH_VERB}|[就对]))?(?:[就对][^，。；在]{1,10}?)?(?:深情|动情|郑重|再次|充分)?`;
/** A speech framed by the meeting it was given at (`在…开幕式演讲中`, `在…会议闭幕前的总结发言中`). */
const SPEECH_WITHIN = `(?:会议?|[式坛]|峰会)(?:(?:闭幕|开幕|结束)[前时]?的|上的?|的)?(?:视频|总结)?(?:致[辞词]|讲话|演讲|发言)中`;
// (or a forum's or an assembly's name right before 发表讲话/演讲, no 上: `在华盛顿国家政策论坛发表讲话`; and a speech at an
// opening ceremony or a forum told as the frame of what it said: `在…开幕式演讲中强调`, and one as it closes:
// `在…会议闭幕前的总结发言中`)
const SPOKE_AT = new RegExp(`(?:上|(?<=会议)中)${ON}所?的?(?:视频)?(?:重要|主旨)?${SPEECH_VERB}|${SPEECH_WITHIN}|(?:论坛|年会|峰会|研讨会)发表(?:了)?(?:重要|主旨)?(?:讲话|演讲)`);
/** What denies or refuses an attendance right before its verb (`不会|出席`, `拒绝|出席`, `未能|出席`). */
const NOT_ATTENDING = /(?:不会|不再|不能|不|没有|没|未能|未|拒绝|无法|不打算|缺席)$/;
/** A farewell ceremony by its head (`…同志遗体告别仪式`, `…追悼会`). */
const FAREWELL_CEREMONY = /(?:告别仪式|送别仪式|追悼会|追思会|悼念活动)$/;
/** Those who go to see the dead off, at the report's farewell (`A、B等省领导前往送别`, `…到场送别`). */
const SEES_OFF = /(?:前往|到场|专程前往|专程赶来|赶来|前来)送别/g;

/** `A、B等省领导前往送别` in a report of a farewell ceremony: those named in the clause before the verb are at it. */
function seeOff(b: Builder, s: Sentence, ps: PersonMention[], main: Entity): void {
  for (const m of allMatches(SEES_OFF, s.text)) {
    const at = s.start + m.index!;
    const from = s.start + clauseStartAt(s.text, m.index!, /[。；，]/);
    const who = ps.filter((p) => p.start >= from && p.end <= at);
    attend(b, who, main, s, 'attended.sees-off', 'attended', false);
  }
}

/** A host's act right before the verb that describes his guests (`会见了|出席…的…一行`, `欢迎来华|参加…的…`). */
const GUESTS_CAME_FOR = /(?:会见|会晤|宴请|欢迎)了?(?:前来|来华|来京|专程来[\u4e00-\u9fff]{1,2}|来[\u4e00-\u9fff]{1,2})?$/;
/** A press conference by its head (the article's meeting one answers at). */
const PRESS_CONFERENCE = new RegExp(`${PRESS_OR_BRIEFING_HEAD}$`);
/** A question put to a press conference's speakers, then the answerer's post after the comma (`如何处理…的关系，江西省高级人民法院院长|`). */
const QUESTION_THEN_POST = /(?:如何|怎样|怎么|什么|哪些|是否|多少|吗|？|\?)[^，。；？?]{0,30}[，,][^，。；、]{2,30}$/;
/** What an answerer does right after his name (`…院长葛晓燕表示，`). */
const ANSWERS = /^(?:表示|说|介绍|指出|回答|透露|强调|回应)/;

/**
 * `如何…，江西省高级人民法院院长葛晓燕表示，…` in a report of a press conference: one named by his post who answers the
 * question put before him is at it.
 */
function pressAnswers(b: Builder, s: Sentence, ps: PersonMention[], main: Entity): void {
  for (const p of ps) {
    if (p.start < s.start || p.titles.length === 0) continue;
    // (and one who takes the press's questions, told so right after his name: `…副厅长潘东答记者问`)
    const takesQuestions = TAKES_QUESTIONS.test(s.text.slice(p.end - s.start));
    if (!takesQuestions && (!ANSWERS.test(s.text.slice(p.end - s.start)) || !QUESTION_THEN_POST.test(s.text.slice(0, p.start - s.start)))) continue;
    attend(b, [p], main, s, 'attended.press-answer', 'attended', true);
  }
}
/** Taking the press's questions, right after the name (`答记者问`, `回答了记者的提问`). */
const TAKES_QUESTIONS = /^(?:答记者问|(?:回答|解答)了?(?:中外|国内外)?记者(?:的)?提问)/;

/**
 * At a press conference reported, the one whose post is its host presides (`图为新闻发布会主持人张敬安`), and so does the
 * one a transcript labels so (`主持人：省政府新闻办主任X`).
 */
function pressHost(b: Builder, s: Sentence, ps: PersonMention[], main: Entity): void {
  for (const p of ps) {
    if (p.start < s.start || p.end > s.end) continue;
    const labelled = PRESS_HOST_LABEL.test(s.text.slice(0, (p.titles[0]?.start ?? p.start) - s.start));
    if (labelled || p.titles.some((t) => PRESS_HOST_POST.test(t.name))) attend(b, [p], main, s, 'attended.press-host', 'presided', false);
  }
}
/** A press conference's host by his post (`新闻发布会主持人`). */
const PRESS_HOST_POST = new RegExp(`${PRESS_OR_BRIEFING_HEAD}主持人$`);
/** A transcript's label of its host at a line's start, right before his post and name (`主持人：`). */
const PRESS_HOST_LABEL = /^主持人[：:]\s*$/;

/** A press conference held (a quick test before HOLDS_PRESS is tried after each name). */
const PRESS_HELD_WORD = new RegExp(`(?:举行|召开)了?[\\u4e00-\\u9fff]{0,6}?${PRESS_OR_BRIEFING_HEAD}`);
/** What follows the one who holds a press conference: a day, a time, a place, 举行/召开 and the conference (`当天在首都召开新闻发布会`). */
const HOLDS_PRESS = new RegExp(`^(?:今天|昨天|当天|当日|[\\d０-９]{1,2}日)?(?:[上下]午|晚上?)?(?:在[^，。；在]{1,16}?)?(?:举行|召开)了?(?:${PRESS_KIND}|紧急)*${PRESS_OR_BRIEFING_HEAD}`);
/** `在…代表大会上当选`: a meeting one is elected at, 上 and 当选 (`再次当选`, `被选举为` not: no one elected so is told attending). */
const ELECTED_AT = /在[^，。；在]{2,40}?(?:会议|大会|全会)上(?:再次|连续|全票|高票|顺利)?当选/g;
/** `在A时、在B上、在C上的重要讲话`: a chain of occasions, joined by 、, of one speech cited. */
const SPEECH_OCCASIONS = /在[^，。；在、]{2,60}?[上时](?:、在[^，。；在、]{2,60}?[上时])+的(?:重要)?(?:讲话|致辞|演讲)/g;
/** `在…会上，X强调`: a meeting fronted at a clause's start (`在会上，` names the main one back). */
// (and its speech fronted so: `在开学典礼致辞中，校长X寄语…`)
const FRONTED_AT = /(?<=^(?:\d{1,2}日)?|[，；：])在(?:([^，。；在]{2,40}?)|(会))(上|致[辞词]中)，/g;
/** The speaker's clause after a fronted meeting: the name, at most a post or a time after it, then the speech. */
// (and a welcome on behalf of bodies: `王靖代表区委、区政府对…的到来表示热烈欢迎`)
const FRONTED_SPEECH = new RegExp(`^(?:同志|[^，。；：、]{0,6}?|代表[^，。；：]{2,24}?(?:对|向)[^，。；：]{1,40}?)${SPEECH_VERB}`);
const SPOKE_AT_SPAN = new RegExp(`在([^，。；在]{0,40}?)(?:(?:会上|会议上|大会上|全会上|论坛上|仪式上|典礼上|上|(?<=会议)中)${ON}所?(?:的)?(?:视频)?(?:重要|主旨)?${SPEECH_VERB}|${SPEECH_WITHIN}|(?<=论坛|年会|峰会|研讨会)发表(?:了)?(?:重要|主旨)?(?:讲话|演讲))`, "g");

/**
 * An activity named after a verb of attending (`参加了看望和慰问群众的活动`): no meeting's head, one of
 * its own; not the article's own events named back (`参加上述活动`, `出席相关活动`).
 */
// (not the meeting and an activity named together: `参加会议和活动`)
const NAMED_ACTIVITY = /^了?(?![^，。；、]{0,2}(?:上述|有关|相关|以上|这些|此次|这次|本次|系列|各项))(?!会议?[和及、])[^，。；、]{2,20}?(?:活动|劳动)(?=[，。；]|$)/;

/** A sentence that opens with a meeting it is at (`联组会上，`). */
const FRONTED_MEETING = /^[^，。；]{2,40}?会上，/;

/** A crowd counted or named by its kind as a clause's subject (`师生约800人`, `各界群众`). */
const CROWD_SUBJECT = /(?:[\d一二两三四五六七八九十百千万]+(?:多|余)?(?:人|名)|师生|群众|官兵|职工|干部|代表们?|学生|市民|村民|居民)(?:等)?$/;

/**
 * Is the clause before a verb at `at` (sentence-absolute) a crowd of its own, after a clause that has
 * its own act (`袁曙宏作了…的专题报告，…师生约800人参加了报告会`)? Then those named before it do not do what it does.
 */
function crowdClause(s: Sentence, named: PersonMention[], at: number): boolean {
  const from = clauseStartAt(s.text, at - s.start, /[，；。]/);
  if (!CROWD_SUBJECT.test(s.text.slice(from, at - s.start))) return false;
  const last = named.filter((p) => p.end - s.start <= from).at(-1);
  return !!last && !named.some((p) => p.start - s.start >= from) && OWN_ACT.test(s.text.slice(last.end - s.start, from));
}
/** An act of its own in the clause of a name (`作了…报告`, `出席并讲话`; not the 作 of 工作: `…工作部门负责同志`). */
const OWN_ACT = /(?<![工合协创写操])作了?|出席|主持|讲话|致辞|发言|表示|宣读|介绍|指出|强调/;

/** Is the position inside a pair of quotation marks of the text? */
function inQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}

/** What is done to a leader's words named after it: studied, conveyed, carried out, with another spirit studied before (`传达学习党的…全会精神和习近平总书记重要讲话`, `深入学习贯彻X总书记关于…`), his post, a level's, between (`传达学习省委书记X对…的批示`; not a body's name: `文史和学习委员会主任X`). */
const STUDIED_NAME = new RegExp(`(?:学习|贯彻|落实|传达|领会|践行|宣讲)(?:贯彻|领会|落实|宣传|学习)?(?:好|了)?(?:[^，。；]{0,20}?精神[和、])?(?:(?:省委|市委|县委|区委|州委|自治区党委|中央|国家)[\\u4e00-\\u9fff、]{0,12}?(?:${TITLE_HEAD_RE.source}))?$`);
/** Are the words of the person at `p` what the sentence studies (STUDIED_NAME before him)? */
const studiedName = (s: Sentence, p: PersonMention): boolean => STUDIED_NAME.test(s.text.slice(Math.max(0, p.start - s.start - 32), p.start - s.start));

/** Sittings named by their kinds alone after a verb of attending, a 、-list (`主席会议、常委会议`). */
const SITTINGS_NAMED = /^了?((?:[\u4e00-\u9fff]{1,3}会议[、和])*[\u4e00-\u9fff]{1,3}会议)(?![\u4e00-\u9fff])/;

/** A sentence told in a speaker's words (`普京表示，…`): what it says was done is his account, no event of the report. */
const SPEAKER_WORDS = /^[^，。；]{2,20}?(?:表示|说|指出|强调|认为)[，：:]/;
/**
 * Does the text between two verbs of attending go on with the first one's subject: its object, then clauses that open with
 * an act of his (`亚太经合组织…会议，发表重要讲话，|出席`)?
 */
function actsGoOn(between: string): boolean {
  const clauses = between.split('，');
  return clauses.length >= 2 && clauses.length <= 4 && clauses.at(-1) === '' && !/[。；]/.test(between) && clauses.slice(1, -1).every((c) => HIS_ACT_OPENS.test(c));
}
/** What a clause of a leader's acts opens with, its subject left out (`发表重要讲话`, `并致辞`). */
const HIS_ACT_OPENS = /^(?:并|随后|还|又|同时)?(?:发表|作了?|致辞|讲话|会见|考察|参观)/;
/** The events a report has told, named back after a verb of attending (`参加上述活动`). */
const ABOVE_EVENTS = /^了?(?:(?:上述|以上)(?:各项)?|有关)活动/;

export function attendance(
  b: Builder,
  s: Sentence,
  ps: PersonMention[],
  meetings: MeetingMention[],
  ents: Map<string, Entity>,
  main: Entity | null,
  all: PersonMention[] = ps,
): void {
  // a report with no meeting of its own that names one held and then refers back to it by its head
  // (`…在30日上午召开的…表彰大会上讲话。…分别在大会上作了发言。…主持大会。`): that meeting, for this sentence
  if (!main) main = referredBack(s, ents) ?? delegationSession(s, ents);
  listAfter(b, s, ps, meetings, ents, main);
  describedList(b, s, ps, meetings, ents, main);
  // (a meeting of the article put first, `联组会上，A、B等6位委员…作了发言`: the speakers are at it)
  // (the test of 会上， first: the expression tries every length of its opening at each sentence)
  const fronted = s.text.includes('会上，') && FRONTED_MEETING.test(s.text) ? meetings.find((x) => x.start === s.start && s.text.startsWith('上，', x.end - s.start)) : undefined;
  speakers(b, s, ps, main, fronted && ents.get(`${fronted.start}`));
  if (main && PRESS_CONFERENCE.test(main.name)) {
    pressAnswers(b, s, ps, main);
    pressHost(b, s, ps, main);
  }
  if (main && FAREWELL_CEREMONY.test(main.name) && s.text.includes('送别')) seeOff(b, s, ps, main);
  if (!main) heldThenSpeaker(b, s, ps, meetings, ents);
  namedLecturer(b, s, ps, meetings, ents);
  if (main && (s.text.includes('邀') || s.text.includes('请来'))) invitedLecturer(b, s, ps, main);
  presentActs(b, s, ps, main, meetings, ents);
  signers(b, s, ps, main);
  hostAndGuest(b, s, ps, meetings, ents, main);
  let from = s.start;
  let lastWho: PersonMention[] = [];
  for (const v of allMatches(s.text.includes('主席台') ? ATTEND_VERB_ROSTRUM : ATTEND_VERB, s.text)) {
    const at = s.start + v.index!;
    // (an attendance denied or refused is none: `确认该国总统不会出席…峰会`, `拒绝出席`, `未能出席`)
    if (NOT_ATTENDING.test(s.text.slice(Math.max(0, v.index! - 4), v.index!))) continue;
    // (nor one that describes the guests a host meets or welcomes, `会见了出席…会议的…会长X一行`: the host is at no meeting, the guest
    // named after its 的 is)
    if (GUESTS_CAME_FOR.test(s.text.slice(Math.max(0, v.index! - 8), v.index!))) {
      const held = meetings.find((x) => x.start === at + v[0].length || x.start === at + v[0].length + 1);
      const of = held ? s.text.indexOf('的', held.end - s.start) : -1;
      const guest = of >= 0 && !/[，。；]/.test(s.text.slice(held!.end - s.start, of)) ? ps.find((p) => p.start > s.start + of && !/[，。；]/.test(s.text.slice(of, p.start - s.start))) : undefined;
      const target = held && ents.get(`${held.start}`);
      if (guest && target) attend(b, [guest], target, s, 'attended.verb', 'attended', false);
      continue;
    }
    // (not one named as another's kin: `罗荣桓元帅的夫人林月琴…出席`)
    // (nor one who tells of another's act: `X说，今年2月，Y主持召开…峰会`; `X表示，我来华出席…` is his own)
    // (the other may be named by a post alone: `习近平指出，不久前武契奇总统来华出席…`, `这次总理女士来华出席…`)
    const told = (p: PersonMention) => TELLS.test(s.text.slice(p.end - s.start, at - s.start)) && (ps.some((q) => q.start > p.end && q.end <= at) || OTHER_SUBJECT.test(s.text.slice(p.end - s.start, at - s.start)));
    // (nor one named inside a doctrine: `学习贯彻习近平新时代中国特色社会主义思想…研讨班…开班，X出席`)
    // (nor one named inside a quoted title: `作了“习近平总书记关于宪法的重要论述…”的专题报告`)
    // (nor one whose words are studied, a clause before the verb: `主席会议要深入学习贯彻习近平总书记关于…的重要思想…，团结引领参加市政协的…`;
    // but `贯彻习近平总书记主持召开的…会议精神` is his act)
    const studied = (p: PersonMention) => /，/.test(s.text.slice(p.end - s.start, at - s.start)) && studiedName(s, p);
    const ownFrom = ownClauseFrom(s, ps, from, at);
    let who = ps.filter((p) => p.start >= ownFrom && p.end <= at && !KIN_OF.test(s.text.slice(p.end - s.start)) && !INVITER.test(s.text.slice(p.end - s.start)) && !NAMED_IN.test(s.text.slice(p.end - s.start)) && !told(p) && !inQuotes(s.text, p.start - s.start) && !studied(p));
    // a clause of its own whose subject is a crowd (`…，在京党政机关干部和首都高校师生约800人参加了报告会`): no one named before it
    // (not a crowd that closes a list of those named: `…阿里波夫，印度、巴基斯坦外长以及观察员国代表与会`)
    if (crowdClause(s, who, at)) who = [];
    // `X会见Y一行，欢迎他们出席…`: the guests welcomed attend, not the host who welcomes them
    // (not an invitation one accepts, `王明应刘海邀请出席…`: the one invited is the clause's subject)
    if (WELCOMED.test(s.text.slice(0, at - s.start)) && !/应[^，。；应]{1,16}邀请$/.test(s.text.slice(0, at - s.start))) {
      const met = allMatches(/会见|会晤|会谈|接见/g, s.text.slice(0, at - s.start)).pop();
      // (`…分别会见A、B。李克强欢迎他们来华出席…`: those welcomed are the guests the host met before)
      const host = !met && who[0] && /(?:他们|他|她|其|您|你们)(?:来华|来京|前来)?$/.test(s.text.slice(0, at - s.start)) ? b.find('Person', who[0].name) : null;
      const guests = host ? b.relations.filter((r) => r.type === 'MET' && r.from === host.id && r.evidence.start < s.start).map((r) => b.entities.find((e) => e.id === r.to)!.name) : [];
      who = met ? who.filter((p) => p.start >= s.start + met.index!) : mapArray(guests, (name) => ({ ...who[0]!, name }));
    } else {
      // `A欢迎B率团出席…`: the one welcomed or invited attends, not the host
      const welcome = WELCOMED_NAMED.exec(s.text.slice(0, at - s.start));
      // (also a guest named by its country, no one named after the welcome, `X表示，欢迎俄罗斯作为主宾国参加…`: where the
      // welcome opens its clause — not an invitation one accepts, `应王明主席邀请率团出席` — and is no welcome's noise or
      // feast, `在热烈的欢迎声中出席`, `在欢迎晚宴上致辞后出席`)
      const guestAfter = (p: PersonMention) => p.start >= s.start + welcome!.index + 2;
      if (welcome && (who.some(guestAfter) || (/(?:^|[，：])(?:热烈|诚挚)?$/.test(s.text.slice(0, welcome.index)) && !/^(?:欢迎|邀请)(?:声|仪式|宴|会|词|辞|式|人群)/.test(welcome[0])))) who = who.filter(guestAfter);
    }
    // `X会见了A、B，出席了…`: those met are no subject of the clause after them; the one who met them is
    who = notMetGuests(s, who, at);
    // `A对B一行来闽出席…表示欢迎`: the one A speaks of attends, not A
    const about = who.findIndex((p, k) => k < who.length - 1 && ABOUT_AFTER.test(s.text.slice(p.end - s.start, who[k + 1]!.start - s.start)));
    if (about >= 0) who = who.slice(about + 1);
    // (a group named after 对 attends, not the one who speaks of it: `王文涛对港澳委员和特邀顾问参加政协会议表示欢迎`)
    const toVerb = who.length ? s.text.slice(who[who.length - 1]!.end - s.start, at - s.start) : '';
    if (toVerb.slice(0, 3).includes('对') && ABOUT_GROUP.test(toVerb)) who = [];
    // `会谈后，两国总理共同出席…交换仪式`: the two who held the talks the report tells before
    let rule: RuleId = 'attended.verb';
    if (who.length === 0 && PAIR_SUBJECT.test(s.text.slice(Math.max(0, at - s.start - 12), at - s.start))) {
      const talks = b.relations.find((r) => r.type === 'MET' && r.evidence.start < s.start);
      if (talks) {
        who = [b.entities.find((e) => e.id === talks.from)!, b.entities.find((e) => e.id === talks.to)!].map((e) => ({ type: 'Person' as const, name: e.name, start: at, end: at, titles: [] }));
        rule = 'attended.pair';
      }
    }
    // `X…，召开座谈会`: one who calls a bare 座谈会 of his trip (named by its place) presides at it;
    // not one whose call it is (根据X的要求召开), and 召开 of any other meeting says nothing of who
    // was there (`在今天召开的…会议上`, `胜利召开党的二十大`)
    // `他走进…，深入…，主持召开座谈会…`: 他 opening the sentence is the one named last before it
    if (who.length === 0 && from === s.start && /^主持/.test(v[0]) && HE_OPENS.test(s.text)) {
      const last = lastBefore(all, s.start);
      if (last && last.titles.length + all.filter((p) => p.name === last.name && p.titles.length > 0).length > 0) who = [last];
    }
    // `总书记在重庆主持召开…座谈会`: a leader's post alone as the clause's subject, a day, a time or a place between, is the one
    // the article names with that post (one person only)
    if (who.length === 0 && /^主持|^出席/.test(v[0])) {
      const post = POST_SUBJECT.exec(s.text.slice(Math.max(ownFrom, from) - s.start, at - s.start));
      const holders = post ? [...new Set(all.filter((p) => p.start < at && p.titles.some((t) => t.name.endsWith(post[1]!) && !t.name.endsWith(`副${post[1]!}`))).map((p) => p.name))] : [];
      if (holders.length === 1) who = [all.filter((p) => p.start < at && p.name === holders[0]).at(-1)!];
    }
    if (v[0] === '召开') {
      // (or one named by its kind alone: `看望纪检监察干部，并召开工作座谈会`)
      const bare = meetings.find((m) => m.start === at + 2 && (m.bare || /^工作(?:座谈会|会议)$/.test(m.name)) && !m.ref);
      // (and one who calls a named meeting himself, a day, a time or a place at most between:
      // `韩正18日在财政部召开财税部门座谈会`, `普罗迪４日晚召开了…紧急会议`)
      const gap = who.length > 0 ? s.text.slice(who[who.length - 1].end - s.start, at - s.start) : '';
      const namedHere = meetings.some((m) => m.start === at + 2 || (m.start === at + 3 && s.text[at + 2 - s.start] === '了'));
      const called = who.length > 0 && CALLER_GAP.test(gap) && namedHere;
      // (or one whose trip the sentence tells first, the meeting called after it: `X带领…赴荆溪镇调研，并召开…例会`:
      // X, not those he leads)
      const afterTrip = !called && !bare && namedHere && TRIP_THEN_CALLS.exec(gap);
      // (not those he leads, nor one who escorts him: `县长B陪同市委书记A赴…调研，并召开…`)
      if (afterTrip) who = who.filter((p) => !LEADS_BEFORE.test(s.text.slice(Math.max(0, p.start - s.start - 40), p.start - s.start)) && !s.text.startsWith('陪同', p.end - s.start));
      // (a trip told with no comma before 并 is its subject's alone, not one named inside it: `王明接受省委巡视组刘海组长督查并召开…`)
      if (afterTrip && !/[，,]/.test(afterTrip[0])) who = who.slice(0, 1);
      if ((!bare && !called && !afterTrip) || who.length === 0 || NOT_HIS_CALL.test(gap)) continue;
    }
    // `X参加接见并主持大会`: a verb joined by 并 to the one before has its subject
    if (who.length === 0 && lastWho.length && /^[^，。；]{0,8}并$/.test(s.text.slice(from - s.start, at - s.start))) who = lastWho;
    // (and one after clauses of his acts with no subject of their own: `X出席A，发表重要讲话，出席B，发表…`)
    if (who.length === 0 && lastWho.length && actsGoOn(s.text.slice(from - s.start, at - s.start))) who = lastWho;
    const fromBefore = from;
    from = at + v[0].length;
    if (who.length === 0) continue;
    // a guest's coming and the meeting he holds, told as what the host welcomes, are the guest's (`X对Y一行来宁调研并召开…研讨会表示欢迎`)
    if (GUEST_WELCOMED_BEFORE.test(s.text.slice(who[who.length - 1].end - s.start, at - s.start)) && WELCOMED_AFTER.test(s.text.slice(at - s.start + v[0].length))) continue;
    // those one greets or thanks, described by the meeting they attend, are not he (`致信祝贺，向出席会议的各界人士表示欢迎`)
    if (/(?:向|对|欢迎|感谢|问候)$/.test(s.text.slice(Math.max(0, at - s.start - 2), at - s.start)) && /^[^，。；]{0,30}?的/.test(s.text.slice(at - s.start + v[0].length))) continue;
    // one who sends an envoy to it is not at it, nor one who thanks him (`感谢习近平主席专程派特使出席…仪式`)
    if (/(?<![特委选])派(?:了)?(?:[^，。；]{0,12}?(?:特使|特别代表|代表团|代表))(?:专程)?$/.test(s.text.slice(who[who.length - 1].end - s.start, at - s.start))) continue;
    // a meeting one will or hopes to attend is not attended yet (`将出席…峰会`, `期待不久之后出席…`)
    if (PLANNED.test(s.text.slice(who[who.length - 1].end - s.start, at - s.start))) continue;
    // (and one another hopes will attend, the hope before his name: `卢拉表示，期待习近平主席出席…峰会`)
    if (HOPED_FOR.test(s.text.slice(Math.max(0, who[0].start - s.start - 16), who[0].start - s.start))) continue;
    // (nor one more clause of a plan the sentence opens with: `将出席…活动，同…会谈，出席…仪式`)
    if (planGoesOn(s.text, who[who.length - 1].end - s.start, at - s.start)) continue;
    // nor a series one has attended so many times (`已5次参加了甬港经济合作论坛`)
    // (one who presided twice presided: `先后两次主持召开…会议`)
    if (/^(?:出席|参加)/.test(v[0]) && TIMES_BEFORE.test(s.text.slice(Math.max(0, at - s.start - 6), at - s.start))) continue;
    lastWho = who;
    const role: AttendanceRole = /^(?:主持|召开)/.test(v[0]) ? 'presided' : 'attended';
    // the meeting named right after the verb, else the article's main meeting
    // (also after the day it was held: `主持了今天的颁证会`)
    // (and after the day it is held, `出席1月8日琼港…座谈会`, or the delegation one belongs to: `参加他所在的…江苏代表团审议`)
    // (or after the 会见 it followed: `参加了会见和签字仪式`; or after who built or hosts it: `共同出席中国援建的…奠基仪式`)
    let named = meetings.find((m) => m.start >= from && m.start < s.end && (m.start - from <= 2 || /^了?(?:今天|昨天|当天|这次|本次|他所在的|她所在的)的?$|^(?:\d{1,2}月)?\d{1,2}日(?:[上下]午|晚)?(?:举行|召开)?的?$|^了?(?:会见|会谈|接见)[和及]$|^了?[^，。；的]{1,10}?(?:援建|承建|捐建|投资|主办|承办)的$/.test(s.text.slice(from - s.start, m.start - s.start))));
    // `出席十三届全国人大三次会议解放军和武警部队代表团全体会议`: a delegation's meeting named right after the session is
    // the one attended
    if (named && DELEGATION_MEETING_AFTER.test(s.text.slice(named.end - s.start))) named = meetings.find((m) => m.start === named!.end) ?? named;
    // `同参加…会议的代表们座谈`, `出席会议的有`: the verb modifies a noun, it does not say who attended
    // (its subjects are still the next verb's: `X看望了参加…会议的…委员，并参加联组会`)
    if (named ? s.text[named.end - s.start] === '的' : /^[^，。；]{0,12}?的/.test(s.text.slice(from - s.start)) && LIST_AFTER.test(s.text.slice(at - s.start))) {
      from = fromBefore;
      continue;
    }
    // `…等13名台湾省出席九届全国人大的代表`: delegates to a congress, named by the verb, not attending here
    // (and `会见出席全国统计工作会议代表时`: a meeting's delegates without 的)
    if (!named && /^(?:[^，。；]{2,16}?的(?:代表|委员|人选)|[^，。；]{2,20}?会议?(?:代表|委员|嘉宾))/.test(s.text.slice(from - s.start))) continue;
    // (and a headline's `会见出席…全体会议部分高级别代表`: the guests named by the meeting they came to, right after a 会见, no 的)
    if (named && /(?:会见|会晤|接见|看望)了?$/.test(s.text.slice(Math.max(0, at - s.start - 3), at - s.start)) && GUESTS_NAMED_AFTER.test(s.text.slice(named.end - s.start))) continue;
    // `同应邀参加中宣部召开的…座谈会的代表X、Y座谈`: the verb describes those named after the meeting
    if (!named && describedMeeting(s, meetings, from)) continue;
    // `会见来华出席…峰会并进行国事访问的总统`: the guest the clause describes attends (described-list), not the host
    // (nor the guests named between the 会见 and their coming, `会见了A、B等来闽参加…和…的部分嘉宾`, as with one meeting)
    if (GUEST_CAME.test(s.text.slice(0, at - s.start)) && /^[^，。；]{0,30}?的/.test(s.text.slice(from - s.start))) continue;
    let target = named ? ents.get(`${named.start}`) ?? null : null;
    if (!target && /^(?:调研|活动|考察)/.test(s.text.slice(from - s.start)) && !main) continue;
    // (nor an inspection of a trip whose 座谈会 is the report's meeting: `市领导A、B分别参加相关调研`)
    if (!target && /^(?:相关|有关)(?:调研|考察|视察|督导)/.test(s.text.slice(from - s.start))) continue;
    // `参加了看望和慰问群众的活动`, `参加义务植树活动`: an activity of its own named after the verb, not the article's meeting
    // (unless the sentence goes on to a meeting: `出席…品牌日活动，并在…论坛致辞`)
    if (!target && NAMED_ACTIVITY.test(s.text.slice(from - s.start)) && !meetings.some((m) => m.start >= from && m.start < s.end)) continue;
    // 参加会见, 出席会谈, 参加了会见和宴请: a 会见 gives MET to its host and guests, a banquet nothing; no attendance at the article's meeting
    // (`参加接见并主持大会`: the 接见 is the act, the 大会 another verb's)
    // (also named back: `参加上述会见`)
    if (!target && MET_NOT_ATTENDED.test(s.text.slice(from - s.start))) continue;
    // (and a 会晤 or talks named by who holds them: `主持金砖国家领导人第14次会晤`, no meeting of the report)
    if (!target && /^了?[^，。；、]{2,24}?(?:会晤|会谈)(?=[，。；、并]|$)/.test(s.text.slice(from - s.start))) continue;
    // `王毅、秦刚等参加上述活动` where the article has no main meeting: the events told above, those
    // someone attends already (a welcome ceremony), not a meeting named in passing (党的二十大)
    // (also where it has one, when what was told above is attended: `…共同出席“共培友谊绿洲”仪式。…等出席上述活动`
    // in a report of a tour of the expo its lede names)
    if (!target && ABOVE_EVENTS.test(s.text.slice(from - s.start))) {
      // (not the meeting a guest came for, told only to describe him: `会见来华出席中国－中亚峰会的…总统X`)
      // (nor one a guest met here came for: `欢迎鲁哈尼访华并出席…峰会。…丁薛祥等参加上述活动` are the talks')
      const guests = new Set(b.relations.filter((r) => r.type === 'MET').map((r) => r.to));
      // (nor one told in a speaker's words: `普京表示，…热烈欢迎习近平主席应邀出席东方经济论坛`; not the report's own
      // meeting named before the speech, `王明在…座谈会上强调，…`)
      const inWords = (r: Relation): boolean => {
        const said = SPEAKER_WORDS.exec(r.evidence.text);
        const e = said && b.entities.find((x) => x.id === r.to);
        const at = e ? [e.name, ...(e.aliases ?? [])].map((n) => r.evidence.text.indexOf(n)).filter((k) => k >= 0) : [];
        return at.length > 0 && Math.min(...at) >= said![0].length;
      };
      const held = new Set(b.relations.filter((r) => r.type === 'ATTENDED' && r.evidence.start < s.start && r.rule !== 'attended.described-list' && !guests.has(r.from) && !inWords(r)).map((r) => r.to));
      // (a welcome ceremony the talks came after is one of the events, whoever the report says attends it)
      for (const e of b.entities) if (e.type === 'Meeting' && /.欢迎仪式$/.test(e.name)) held.add(e.id);
      if (held.size || !main || guests.size) {
        for (const e of b.entities.filter((x) => held.has(x.id)))
          attend(b, who, e, s, 'attended.above', 'attended', false);
        continue;
      }
    }
    // `…举行宪法宣誓仪式。X主持并监誓`: who oversees the oath presides over the oath ceremony told before, not the session
    // `来到…十三届全国人大五次会议广西代表团，参加审议`: one who joins a delegation's deliberation is at its session
    // (or the session the sentence says it was during: `两会期间，X在甘肃代表团参加审议时`, `在参加…代表团审议时`)
    if (!target && /^(?:[^，。；]{2,16}?代表团的?)?审议/.test(s.text.slice(from - s.start))) {
      const session = meetings.find((m) => m.end <= at && /^[\u4e00-\u9fff]{2,12}?代表团/.test(s.text.slice(m.end - s.start)))
        ?? meetings.filter((m) => m.end <= at && s.text.startsWith('期间', m.end - s.start)).at(-1);
      if (session) target = ents.get(`${session.start}`) ?? null;
    }
    if (!target && /^并?监誓/.test(s.text.slice(from - s.start))) target = [...ents].filter(([k, e]) => Number(k) < s.start && e.name.endsWith('宣誓仪式')).map(([, e]) => e).at(-1) ?? null;
    // `出席主席会议、常委会议`: the sittings held during the session (`…四次会议期间主席会议`), each named back by its kind
    if (!target) {
      const kinds = SITTINGS_NAMED.exec(s.text.slice(from - s.start))?.[1].split(/[、和]/) ?? [];
      const sittings = [...new Set(ents.values())].filter((e) => e.type === 'Meeting' && e.name.includes('期间') && kinds.some((k) => e.name.endsWith(`期间${k}`)));
      if (sittings.length) {
        for (const e of sittings) attend(b, who, e, s, rule, role, false);
        continue;
      }
    }
    // `学习…习近平总书记在今年两会参加福建代表团审议时的重要讲话精神`: an act told as when a studied speech was given is at
    // the meeting named in its 在-clause, never the report's own
    if (!target && SPEECH_GIVEN_WHEN.test(s.text.slice(from - s.start))) {
      const clause = s.start + s.text.lastIndexOf('在', at - s.start);
      const there = meetings.filter((m) => m.start > clause && m.end <= at).at(-1);
      target = there ? ents.get(`${there.start}`) ?? null : null;
      if (!target) continue;
    }
    target ??= main;
    if (!target) continue;
    const spoke = /讲话|致辞|作/.test(v[0]);
    attend(b, who, target, s, rule, role, spoke);
    // the meetings listed right after the one named, each the verb's too (`先后主持召开A座谈会、B座谈会、C座谈会`)
    for (let prev = named; prev && /^[、和及]$/.test(s.text[prev.end - s.start] ?? ''); ) {
      const next = meetings.find((m) => m.start === prev!.end + 1);
      const e = next && ents.get(`${next.start}`);
      if (e) attend(b, who, e, s, rule, role, spoke);
      prev = next;
    }
  }
  // (every rule below reads the one who attends among the sentence's persons: a sentence that names none, four in five,
  // is passed by without their scans)
  if (ps.length === 0) return;
  // `国务院举行宪法宣誓仪式。国务院总理X监誓`: one who oversees the oath, and presides at nothing, attends the oath ceremony told before
  if (s.text.includes('监誓')) for (const v of allMatches(/(?<!主持并|主持)监誓/g, s.text)) {
    const at = s.start + v.index!;
    const who = ps.filter((p) => p.start >= s.start + clauseStartAt(s.text, v.index!, /[。；，]/) && p.end <= at).slice(-1);
    const oath = [...ents].filter(([k, e]) => Number(k) < at && e.name.endsWith('宣誓仪式')).map(([, e]) => e).at(-1);
    if (oath && who.length && at - who[0].end <= 2) attend(b, who, oath, s, 'attended.verb', 'attended', false);
  }
  // 在…会上强调/讲话: attended and spoke
  // 刚开完A、B、C，…田卫说: the person who has just been at the meetings
  const done = /开完|参加完|出席完|参加了|出席了/.exec(s.text);
  // (not a series attended so many times: `已5次参加了甬港经济合作论坛`)
  if (done && !TIMES_BEFORE.test(s.text.slice(Math.max(0, done.index - 6), done.index))) {
    const at = s.start + done.index + done[0].length;
    // (up to the next act of attending, which has a subject of its own: `李显龙刚刚来华出席了A，这个月总统女士又来华出席B`)
    const next = s.text.slice(at - s.start).search(/出席|参加|列席/);
    const ms = meetings.filter((m) => m.start >= at && m.end <= (next < 0 ? s.end : at + next));
    const after = ms.length ? ps.filter((p) => p.start >= ms[ms.length - 1].end) : [];
    // (not the one who invites: `使节们应李克强邀请出席了国庆招待会`)
    const named = ps.filter((p) => p.end <= at - done[0].length && !inQuotes(s.text, p.start - s.start) && !INVITER.test(s.text.slice(p.end - s.start)));
    const before = crowdClause(s, named, at - done[0].length) ? [] : notMetGuests(s, named, at - done[0].length);
    // (two joined by 和 who attend it together are both its subject: `张三和李四还共同出席了…签字仪式`)
    const last = before.at(-1);
    const pair = before.length >= 2 && last && /^[和与同]$/.test(s.text.slice(before.at(-2)!.end - s.start, last.start - s.start)) && /^(?:还|也|又|并|随后)?(?:共同|一同|一起)(?:出席|参加)了$/.test(s.text.slice(last.end - s.start, at - s.start));
    const who = pair ? before.slice(-2) : before.length ? before.slice(-1) : after.slice(0, 1);
    for (const m of ms) {
      const e = ents.get(`${m.start}`);
      for (const w of who) {
        const pe = b.find('Person', w.name);
        if (e && pe) b.relate('ATTENDED', pe, e, s, 'attended.done', { role: 'attended', spoke: false });
      }
    }
  }
  // (the span after 在 crosses no clause and no other 在: `在京召开…座谈会，X在会上提出`)
  // (its end is looked for first: the lazy span is tried at every 在 of every sentence otherwise)
  if (SPOKE_AT.test(s.text)) for (const m of allMatches(SPOKE_AT_SPAN, s.text)) {
    const at = s.start + m.index!;
    const who = ps.filter((p) => p.end <= at && p.start >= s.start).slice(-1);
    if (who.length === 0) continue;
    // the list the last speaker closes: `常委张三、委员李四等在会上发言`
    // (and one joined by 和 after 同志: `张庆黎同志和张庆伟同志在…会议上发表了重要讲话`)
    for (let k = ps.indexOf(who[0]) - 1; k >= 0 && ps[k].start >= s.start && /^(?:、|(?:同志)?和)[^，。；、和]{0,12}$/.test(s.text.slice(ps[k].end - s.start, who[0].start - s.start)); k--) who.unshift(ps[k]);
    // (not one who tells of another's speech: `X表示，我…学习了您在中共二十大上所作的报告`)
    if (TELLS_OF_ANOTHER.test(s.text.slice(who.at(-1)!.end - s.start, at - s.start))) continue;
    // a written instruction on a request is no speech there (`在召开…会议的请示报告上作了重要批示`)
    if (/^了?(?:重要)?(?:批示|指示)/.test(s.text.slice(m.index! + m[0].length)) || /(?:请示|报告|来信|文件)上/.test(m[0])) continue;
    // a speech planned is none given (`习近平将通过视频方式在峰会上致辞`)
    if (PLANNED_SPEECH.test(s.text.slice(who.at(-1)!.end - s.start, m.index! + m[0].length + 4))) continue;
    // (nor one a sitting decides who will give: `会议推举十二届全国政协主席X在…会议上作常委会工作报告`)
    if (PUT_FORWARD.test(s.text.slice(clauseStartAt(s.text, who[0].start - s.start, /[。；，]/), who[0].start - s.start))) continue;
    const inner = meetings.find((x) => x.start >= at && x.end <= at + m[0].length);
    // `在A、B、C等会议上发表重要讲话`: one speech over a list of meetings is at each
    const listed = inner ? [inner] : [];
    for (const x of meetings) {
      const prev = listed.at(-1);
      if (prev && x.start > prev.end && x.end <= at + m[0].length && /^(?:、|和|及|以及)$/.test(s.text.slice(prev.end - s.start, x.start - s.start))) listed.push(x);
    }
    // `在会上`, or the bare head noun the main meeting's name ends with (`在招待会致辞中说`)
    const bare = /^在([\u4e00-\u9fff]{0,2}会)/.exec(m[0]);
    // (`在会议上讲了话`, `在大会上`, `在当天的会议上`, a sitting of it, `在全体会议上`: the main meeting named back by its head)
    const target = inner ? ents.get(`${inner.start}`) ?? null : /^在(?:(?:当天|今天|昨天|这次|本次)的?)?(?:会|会议|大会|全体会议|第[一二三四五六七八九十]+次全体会议|开幕会|闭幕会)上/.test(m[0]) || (bare && main?.name.endsWith(bare[1])) ? main : null;
    if (!target) continue;
    // (a speech cited by its meeting, `在一中全会的讲话中`, is an earlier one unless that meeting is the report's own)
    if (/的(?:视频|总结)?(?:致[辞词]|讲话|发言)中$/.test(m[0]) && target !== main) continue;
    const targets = [target, ...mapArray(listed.slice(1), (x) => ents.get(`${x.start}`)).filter((e): e is Entity => !!e)];
    for (const t of targets) attend(b, who, t, s, 'attended.spoke-at', 'attended', true);
  }
  // `X在…代表大会上当选…`: one elected at a meeting attends it (no speech told)
  if (s.text.includes('当选')) for (const m of allMatches(ELECTED_AT, s.text)) {
    const at = s.start + m.index!;
    const who = ps.filter((p) => p.end <= at && p.start >= s.start).at(-1);
    const inner = meetings.find((x) => x.start >= at && x.end <= at + m[0].length);
    const target = inner && ents.get(`${inner.start}`);
    if (!who || !target || !/^[^，。；]{0,12}$/.test(s.text.slice(who.end - s.start, m.index!))) continue;
    attend(b, [who], target, s, 'attended.elected-at', 'attended', false);
  }
  // `X当天在首都召开新闻发布会说`: one who holds a press conference himself speaks at it
  if (PRESS_HELD_WORD.test(s.text)) for (const p of ps) {
    if (p.start < s.start || p.end > s.end) continue;
    const held = HOLDS_PRESS.exec(s.text.slice(p.end - s.start, p.end - s.start + 40));
    if (!held) continue;
    const at = p.end + held[0].length;
    const inner = meetings.find((x) => x.end === at && x.start >= p.end);
    const target = inner && ents.get(`${inner.start}`);
    if (target) attend(b, [p], target, s, 'attended.press-holder', 'attended', true);
  }
  // `学习习近平总书记在A时、在B上、在C上的重要讲话精神`: one speech cited over a chain of occasions was given at each
  if (s.text.includes('、在')) for (const m of allMatches(SPEECH_OCCASIONS, s.text)) {
    const at = s.start + m.index!;
    const who = ps.filter((p) => p.end <= at && p.start >= s.start).at(-1);
    if (!who || !/^(?:同志|总书记|主席|总理|委员长)?$/.test(s.text.slice(who.end - s.start, m.index!))) continue;
    // (each occasion's own meeting, the one its 上 or 时 closes: not 全国两会 of `在听取全国两会筹备工作汇报时`)
    const targets = meetings.filter((x) => x.start >= at && x.end <= at + m[0].length && /[上时]/.test(s.text[x.end - s.start] ?? '')).map((x) => ents.get(`${x.start}`)).filter((e): e is Entity => !!e);
    for (const t of targets) attend(b, [who], t, s, 'attended.spoke-at', 'attended', true);
  }
  // `在武汉市…部署会上，孙春兰强调`: the meeting fronted before the clause of its speaker, who opens
  // that clause (after a post at most) and speaks in it
  if (s.text.includes('上，') || s.text.includes('中，')) for (const m of allMatches(FRONTED_AT, s.text)) {
    const open = s.start + m.index! + m[0].length;
    const onAt = s.start + m.index! + m[0].length - m[3]!.length - 1;
    const who = clauseSubject(s, ps, open);
    if (!who || !FRONTED_SPEECH.test(s.text.slice(who.end - s.start))) continue;
    const inner = meetings.find((x) => x.start >= s.start + m.index! && x.end === onAt);
    const target = inner ? ents.get(`${inner.start}`) ?? null : m[2] === '会' ? main : null;
    if (target) attend(b, [who], target, s, 'attended.spoke-at', 'attended', true);
  }
  // `X在签字仪式上致词说…。Y在致词中表示`: with no main meeting, 在致词中 is a speech at the occasion just spoken at
  if (!main && s.text.includes('在致')) for (const m of allMatches(/在致[辞词][中时]/g, s.text)) {
    const at = s.start + m.index!;
    const clauseStart = s.start + clauseStartAt(s.text, m.index!, /[。；，：』”]/);
    const who = ps.filter((p) => p.start >= clauseStart && p.end <= at).at(-1);
    const last = b.relations.filter((r) => r.type === 'ATTENDED' && r.spoke && r.evidence.start < s.start).at(-1);
    const target = last && b.entities.find((e) => e.id === last.to);
    if (!who || !target || at - who.end > 4) continue;
    attend(b, [who], target, s, 'attended.spoke-at', 'attended', true);
  }
}

/** One a meeting invites and what he is invited to give: a lecture, a report, a reading of a text (`本次报告会邀请…研究员X围绕…进行宣讲解读`). */
const INVITED = /(?:特邀|邀请了?|请来)(?![^，。；]{0,2}(?:出席|参加))/g;
const LECTURE_GIVEN = /^[^。；]{0,200}?(?:作|做|进行)了?[^。；]{0,40}?(?:宣讲|报告|讲座|辅导|授课|党课|解读|讲解)/;

/**
 * The one a meeting of the article invites to lecture attends it and speaks (`本次报告会邀请上海社会科学院原副院长、研究员黄仁伟
 * 围绕…对…精神进行宣讲解读`): the names after 邀请 in its clause, the lecture told after them in the sentence.
 */
function invitedLecturer(b: Builder, s: Sentence, ps: PersonMention[], main: Entity): void {
  for (const v of allMatches(INVITED, s.text)) {
    // (not an invitation one accepts, `应王明邀请`)
    if (/应[^，。；]{1,20}$/.test(s.text.slice(0, v.index!))) continue;
    const from = s.start + v.index! + v[0].length;
    const who = ps.filter((p) => p.start >= from && !/[，。；：]/.test(s.text.slice(from - s.start, p.start - s.start)));
    if (who.length && LECTURE_GIVEN.test(s.text.slice(who.at(-1)!.end - s.start))) attend(b, who, main, s, 'attended.invited-lecturer', 'attended', true);
  }
}

/** What follows the name of the one who gives a lecture named by him: his style or not, the lecture's head (`李政道|教授报告会`, `王明|院士学术讲座`). */
const LECTURE_BY = /^(?:教授|院士|先生|博士|研究员|老师|同志)?(?:学术|专题)?(?:报告会|讲座|演讲会)$/;
/** `中国科技馆举办李政道教授报告会`: the one a lecture is named by gives it, a speaker at it. */
function namedLecturer(b: Builder, s: Sentence, ps: PersonMention[], meetings: MeetingMention[], ents: Map<string, Entity>): void {
  for (const m of meetings) {
    if (m.start < s.start || m.start >= s.end || m.bare) continue;
    const p = ps.find((x) => x.start === m.start);
    const target = p && LECTURE_BY.test(m.name.slice(p.name.length)) ? ents.get(`${m.start}`) : undefined;
    if (p && target) attend(b, [p], target, s, 'attended.speaker', 'attended', true);
  }
}

/**
 * `全国统计工作会议一月七日至九日在北京召开，国家统计局局长刘洪要求…` in an article that reports no
 * meeting of its own (a leader's 会见 of its delegates): the sentence opens with a meeting held, the
 * next clause's speaker attends it.
 */
function heldThenSpeaker(b: Builder, s: Sentence, ps: PersonMention[], meetings: MeetingMention[], ents: Map<string, Entity>): void {
  // (the speaker is one of the sentence's persons)
  if (ps.length === 0) return;
  const m = meetings.find((x) => x.start >= s.start && x.start < s.end && OPENING_BEFORE_MEETING.test(s.text.slice(0, x.start - s.start)));
  const held = m && /^[^，。；]{0,20}?(?:召开|举行|开幕|闭幕)，/.exec(s.text.slice(m.end - s.start));
  const target = held ? ents.get(`${m.start}`) : undefined;
  if (!held || !target) return;
  const open = m.end + held[0].length;
  const close = s.text.slice(open - s.start).search(/[，。；]/);
  const speaker = ps.filter((p) => p.start >= open && (close < 0 || p.end <= open + close)).at(-1);
  if (speaker && SAYS.test(s.text.slice(speaker.end - s.start))) attend(b, [speaker], target, s, 'attended.speaker', 'attended', true);
}

/**
 * `出席会议的有X、Y`, `出席…的还有X、Y`, `参加会见的有`: the names after the verb phrase
 * attend the meeting it names (the article's main one when that is a form of it).
 */
// (and the roster of a notice: `参加发布会的人员包括：`)
const LIST_AFTER = /^(?:出席|参加|列席|在主席台(?:前排|执行主席席|主席团席)?就[座坐])(?:[^，。；：]{0,30}?)的(?:[^，。；：的]{0,8}?)(?:还有|有|包括)[：:]?/;
/** At a press conference, those it asks to present and take questions: `请…罗宏，…项磊介绍相关情况并回答记者提问` (group 1 the names). */
// (or only to present, the questions they answer told after: `邀请…雪克来提·扎克尔，…徐海荣介绍新疆…的有关情况`)
/** A press conference, a briefing or a meeting with the press (`…见面会`, `…通气会`), whose speakers PRESS_SPEAKERS reads. */
const PRESS_OR_BRIEFING = new RegExp(`(?:${PRESS_OR_BRIEFING_HEAD}|见面会|通气会)$`);
const PRESS_SPEAKERS = /(?:邀请|请)([^。；]{2,160}?)(?:出席|到会)?(?:介绍|发布|通报|解读)(?:[^。；]{0,40}?(?:并|，|,)(?:回答|答)(?:中外|国内外)?记者(?:的)?(?:提问|问)|[^，。；]{0,30}?(?:有关|相关)情况)/g;

function listAfter(b: Builder, s: Sentence, ps: PersonMention[], meetings: MeetingMention[], ents: Map<string, Entity>, main: Entity | null): void {
  // (everyone listed below is one of the sentence's persons: a sentence that names none is not scanned)
  if (ps.length === 0) return;
  if (main && PRESS_OR_BRIEFING.test(main.name) && (s.text.includes('记者') || s.text.includes('情况'))) for (const m of allMatches(PRESS_SPEAKERS, s.text)) {
    const from = s.start + m.index! + m[0].indexOf(m[1]!);
    const to = from + m[1]!.length;
    for (const p of ps) {
      const pe = p.start >= from && p.end <= to ? b.find('Person', p.name) : undefined;
      if (pe) b.relate('ATTENDED', pe, main, s, 'attended.list-after', { role: 'attended', spoke: true });
    }
  }
  // a session's chairs named after their post and 是 (`会议执行主席是A、B、C`): at the sitting the report tells
  if (main && s.text.includes('主席')) for (const m of allMatches(SESSION_CHAIRS_ARE, s.text)) {
    for (const p of namesListedFrom(ps, s.start + m.index! + m[0].length, s.text, s.start)) {
      const pe = b.find('Person', p.name);
      if (pe) b.relate('ATTENDED', pe, main, s, 'attended.list-after', { role: 'attended', spoke: false });
    }
  }
  for (const m of allMatches(s.text.includes('主席台') ? /(?:出席|参加|列席|在主席台)/g : /(?:出席|参加|列席)/g, s.text)) {
    const cue = LIST_AFTER.exec(s.text.slice(m.index!));
    if (!cue) continue;
    const at = s.start + m.index!;
    const end = at + cue[0].length;
    // 参加会见的有 (a 会见 is not a meeting), 参加活动的有: not attendance
    if (/会见|会谈|活动|考察|调研|慰问/.test(cue[0])) continue;
    const inner = meetings.find((x) => x.start >= at && x.end <= end);
    // (the other side's list right after those at the events told above: `…等出席上述活动。越南方面出席的有：…`)
    const above = /方面$/.test(s.text.slice(0, m.index!)) ? [...b.relations].reverse().find((r) => r.type === 'ATTENDED' && r.rule === 'attended.above' && r.evidence.end <= s.start && s.start - r.evidence.end <= 2) : undefined;
    const target = (inner && ents.get(`${inner.start}`)) || main || (above && b.entities.find((e) => e.id === above.to)) || null;
    if (!target) continue;
    for (const p of ps) {
      if (p.start < end) continue;
      const pe = b.find('Person', p.name);
      if (pe) b.relate('ATTENDED', pe, target, s, 'attended.list-after', { role: 'attended', spoke: false });
    }
  }
}

/**
 * The meeting a verb of attending describes a noun by (`参加中宣部召开的全国先进典型座谈会的军队代表`):
 * a meeting in the verb's clause with 的 right after it and no other meeting after that.
 */
function describedMeeting(s: Sentence, meetings: MeetingMention[], from: number): { m: MeetingMention; end: number } | undefined {
  const m = meetings.find((x) => x.start >= from && x.start - from <= 30 && x.end < s.end && !/[，。；：]/.test(s.text.slice(from - s.start, x.start - s.start)));
  const tail = m && DESCRIBED_TAIL.exec(s.text.slice(m.end - s.start));
  if (!m || !tail || meetings.some((x) => x.start >= m.end && x.start - m.end <= 2)) return undefined;
  return { m, end: m.end + tail[0].length - 1 };
}

/** 参加会见, 出席会谈, 参加了会见和宴请, 参加上述会见: a meeting between people or a banquet, not the article's meeting. */
const MET_NOT_ATTENDED = new RegExp(`^了?(?:上述|以上)?(?:${MEET_VERB_ALT}|宴请|宴会)(?:[和、及](?:${MEET_VERB_ALT}|宴请|宴会))*(?:[，。；并]|$)`);

/** Between a speaker and the one he speaks of or thanks: 对 or 感谢 and the other's post at most (`尤权对王晨副委员长一行来闽出席…`, `X衷心感谢王明主席…出席…`). */
const ABOUT_AFTER = /^(?:同志)?(?:代表[^，。；]{2,12}?[，,]?)?(?:对|(?:衷心|诚挚|真诚|特别)?感谢)[^，。；]{0,12}$/;
/** …and a group he speaks of, up to the verb of attending (`对港澳委员和特邀顾问`). */
const ABOUT_GROUP = /^(?:同志)?对[^，。；]{2,30}?(?:来[^，。；]{1,4})?$/;
/** A count of the times one has attended a series (`已5次参加`, `曾三次出席`). */
const TIMES_BEFORE = /(?:多|[\d一二三四五六七八九十几两]+)次$/;

/** What closes a meeting describing a noun: 的, or a visit joined to it (`出席…峰会并进行国事访问的总统`). */
const DESCRIBED_TAIL = /^(?:并(?:对[^，。；的]{1,8})?(?:进行)?(?:国事|正式|工作)?访(?:问|华))?的/;

/** The article's meeting named back by a bare head after a verb of attending, describing who attended (`出席会议的`). */
const BARE_DESCRIBED = /^了?(?:会议|大会|全会|座谈会|开幕式|闭幕式)的/;

/** What may stand between two names of a described list: a note, a mark or 以及, and a post. */
const DESCRIBED_GAP = /^(?:[（(][^（）()]{1,10}[）)])?(?:[、和及]|以及)(?:[^，。；：、在向对于从把被将说]{0,16})$/;

/**
 * `参加…座谈会的军队代表X、Y…以及…代表Z`: those named after the meeting a verb of attending
 * describes them by attend it (the group word before them: 代表, 同志, 嘉宾).
 */
function describedList(b: Builder, s: Sentence, ps: PersonMention[], meetings: MeetingMention[], ents: Map<string, Entity>, main: Entity | null): void {
  // (every one listed below is one of the sentence's persons)
  if (ps.length === 0) return;
  for (const v of allMatches(/(?:出席|参加|列席)(?!会见|会谈)/g, s.text)) {
    const from = s.start + v.index! + v[0].length;
    // (the article's meeting named back by its bare head: `出席会议的伊朗代外长巴盖里表示`)
    const bare = main ? BARE_DESCRIBED.exec(s.text.slice(from - s.start)) : null;
    const d = bare ? { end: from + bare[0].length - 1 } : describedMeeting(s, meetings, from);
    const target = bare ? main : d && 'm' in d ? ents.get(`${d.m.start}`) : undefined;
    if (!d || !target) continue;
    // the first name within a group word of the meeting's 的 (`的军队代表徐洪刚`), then the list
    // (a group word or a post, no verb: not `参加纪念仪式的各界人士在…塑像前`)
    // (or a chain of posts: `正在香港出席…论坛的省委副书记、宁波市委书记唐一军`)
    // (not one whose envoy or kin the described is: `出席…就职仪式的习近平主席特别代表、国家副主席王岐山`)
    const first = ps.find((p) => {
      if (KIN_OF.test(s.text.slice(p.end - s.start))) return false;
      const gap = s.text.slice(d.end - s.start, p.start - s.start);
      return p.start > d.end && ((gap.length <= 9 && !/[，。；：、在向对于从把被将前]/.test(gap)) || (gap.length <= 24 && !/[，。；：在向对于从把被将前]/.test(gap) && TITLE_HEAD_END.test(gap)));
    });
    if (!first) {
      // (or the guests met named before it, `会见…蒋正华等出席“图们江论坛2022”开幕式的重要嘉宾`)
      const met = s.text.slice(0, v.index!).search(/(?:会见|接见|会晤|拜会)(?!.*(?:会见|接见|会晤|拜会))/);
      const guests = met >= 0 && /等$/.test(s.text.slice(0, v.index!)) ? ps.filter((p) => p.start >= s.start + met && p.end <= s.start + v.index!) : [];
      if (guests.length) attend(b, guests, target, s, 'attended.described-list', 'attended', false);
      continue;
    }
    let last = first;
    const list = [first];
    for (const p of ps) {
      if (p.start <= last.start) continue;
      if (!DESCRIBED_GAP.test(s.text.slice(last.end - s.start, p.start - s.start))) break;
      list.push(p);
      last = p;
    }
    attend(b, list, target, s, 'attended.described-list', 'attended', false);
  }
}

/**
 * Speakers of the article's own meeting attend it: `X、Y先后发言`, `X在会上讲话`,
 * `X作了重要讲话`, `X作报告`, `X致辞`, `会议听取了X…的说明`, `X汇报了…`, `X、Y等…积极建言献策`. Only where the article
 * reports a meeting (a speech elsewhere is not attendance). The 作 of 工作 is none (`审议…作的《政府工作报告》`, `工作部署`).
 */
// (and a member's proposal at a session, named by name and 常委/委员: `易纲常委建议…`, `曹卫星常委提出，…`)
// (each look-behind stands after the word it looks back from: put first, one was tried at every position of every sentence —
// four times the time of the scan, the same matches; and an alternative that opens with any look-around, a look-ahead for its
// word too, keeps the engine from passing over the characters no alternative starts with: a sentence that holds none took
// ≈ 8 times as long)
// (and one who lectures, `为与会人员作…宣讲报告`; who sets out what is asked, `作具体要求`, or gives views, `提出指导意见`,
// `分别就…提出意见和建议` — not a leader's instructions told, `对…提出明确要求`; a report named in quotes, `作公司“工作报告”`;
// 做 for 作, `做了两个多小时的讲话`)
const SPEECH = /(?:(?:先后|分别|相继)介绍了?(?=[^，。；]{0,16}?(?:成果|情况|经验|做法|进展))|(?:先后|分别|相继)?汇报了(?<!(?:听取了?[^，。；]{0,20}|[给向和跟同][^，。；]{0,8})汇报了)(?=[^，。；]{2})|(?:先后|分别|相继)汇报(?=[^，。；]{0,24}?(?:情况|工作|成果|进展))|介绍了(?=(?:有关|相关)情况)|介绍了(?<=(?:会上|会议上)[，,][^，。；]{0,20}?介绍了)(?=[^，。；]{2,40}?(?:情况|做法|经验|成效|进展))|介绍了(?<=委托[^。；]{0,40}?介绍了)(?=[^，。；]{2,24}?情况)|作(?<![工合协创写操]作)了?[^，。；作]{2,30}?(?:宣讲报告|辅导报告|专题辅导|宣讲|辅导|党课)(?=[。；，]|$)|作(?<![工合协创写操]作)了?(?:具体|明确|进一步)?要求|作(?<![工合协创写操]作)了?[\u4e00-\u9fff]{0,4}[“"][^”"]{2,30}(?:报告|说明)[”"]|做(?<![叫看当称]做)了?[^，。；做]{0,12}?(?:工作报告|讲话|报告|发言|说明)(?=[。；，]|$)|提出了?(?:具体|指导|工作)?(?:意见|要求)(?:和建议)?(?=[。；，]|$)(?<!(?:^|[，。；])对[^，。；]{0,80}提出了?(?:具体|指导|工作)?(?:意见|要求)(?:和建议)?)|(?:先后|分别|相继)?(?:发言(?![人稿权])|发了言|讲话|作(?<![工合协创写操]作)了?(?:\d{4}年度?)?[\u4e00-\u9fff]{0,4}?(?:讲话|报告|说明|汇报|发言|总结|讲座|辅导|授课|述职|介绍|分享)|作了?(?:传达|说明|汇报)(?:[、和](?:传达|说明|汇报))+|作(?<![工合协创写操]作)了?(?:[^，。；作]{2,40}?)?关于[^，。；]{2,140}?的[\u4e00-\u9fff]{0,6}?(?:报告|说明|汇报)|报告了(?=[^，。；]{2,60}?(?:情况|工作|计划|结果))|向(?:大会|会议|全会)报告(?=[^，。；]{0,40}?(?:工作|情况))|作(?<![工合协创写操]作)了?(?:题为)?[“『《][^”』》]{2,80}[”』》](?:的(?:专题|主题|辅导|工作)?|(?:专题|主题|辅导))(?:报告|讲话|发言)|作(?<![工合协创写操]作)了?《[^《》]{2,40}?(?:报告|讲话|说明)》|致辞|致词|致悼词|致以[^，。；]{0,12}?(?:问候|祝贺|祝福|慰问|敬意|谢意)(?<=代表[^，。；]{2,24}?向[^，。；]{1,40}?致以[^，。；]{0,12}?)|致(?:欢迎|答谢|开幕|闭幕|贺|祝酒)[辞词]|致(?:感谢)?答[辞词]|发表了?(?:视频)?(?:主旨|主题)?演讲|宣读(?=[。；]|$)|作(?<![工合协创写操]作)了?(?:工作|具体|全面)?(?:部署|布置|安排)|进行了?(?:全面|具体|专门|动员)?(?:部署|安排|动员部署|安排部署|安排和部署)(?<=就[^，。；]{2,40}?进行[^，。；]{0,8})|(?:深刻|深入|全面|详细)阐述了(?<=(?:会上|会议上)[^。；]{0,60}?阐述了)|回答(?:了)?(?:中外|国内外|境内外)?记者(?:的)?提问(?<=(?:会上|发布会上|记者会上|举行记者会[，,])[^。；]{0,80}?回答(?:了)?(?:中外|国内外|境内外)?记者(?:的)?提问)|介绍[^，。；]{0,40}?并回答了?(?:中外)?记者(?:的)?提问|介绍了?《[^《》]{2,40}》(?<=(?:会上|发布会上|记者会上)[^。；]{0,30}?介绍了?《[^《》]{2,40}》)|作(?<![工合协创写操]作)了?[\u4e00-\u9fff]{2,20}?工作报告|宣读[^，。；]{0,40}?(?:决定|决议|倡议书|贺信|贺电|命令|通报|名单|嘉奖令|祭文|悼词)|宣布[^，。；]{0,40}?决定|通报了?[^，。；]{2,60}(?:情况|形势|任务|精神)|传达了[^，。；]{2,60}?精神|(?:先后|分别|相继)?(?:领学|领读)了?|(?:解读|宣读)了?《|讲(?:了)?意见|带领(?:大家|与会人员|与会同志)(?:集中)?学习了|做(?<=(?:在会上|会上)[^，。；]{0,4}做)了?[^。；]{2,60}?汇报|畅谈|(?:积极|纷纷|踊跃|先后)?建言献策(?<=等[^，。；]{0,30}?(?:积极|纷纷|踊跃|先后)?建言献策)(?<!(?:号召|希望|欢迎|邀请|鼓励|请|期待|感谢)[^，。；]{0,40}?(?:积极|纷纷|踊跃|先后)?建言献策)|(?:全面)?分析了[^，。；]{2,40}?(?:形势|情况)|在(?:总结)?(?:致[辞词]|讲话)[中时]|在发言中|在(?:工作)?报告中(?=说|表示|指出|强调)|(?:建议|提出|指出|表示|认为|强调|说)(?<=[\u4e00-\u9fff]{2}(?:常委|委员)(?:建议|提出|指出|表示|认为|强调|说))(?=[，,：:])))/g;
/** A name that is part of a doctrine or a book (`邓小平理论`, `罗荣桓军事文选`), not a person acting. */
// (also one of its named parts: `习近平新时代中国特色社会主义思想`, `习近平外交思想`)
const NAMED_IN = /^(?:同志)?(?:新时代中国特色社会主义|外交|经济|法治|生态文明|强军|文化)?(?:理论|思想|主义|文选|军事文选|选集|文集|著作)/;
/** A post or a courtesy title in what someone tells, before the act: the act is that one's (`…，不久前武契奇总统来华出席`). */
const OTHER_SUBJECT = new RegExp(`[，：:][^。；]*?(?:${TITLE_HEAD_RE.source}|女士|先生)[^，。；]{0,6}$`);
/** Does the person at `p` stand inside a title in 《》 (`学习了《王明谈治国理政》第五卷`): an author named, no one acting. */
function inBookTitle(s: Sentence, p: PersonMention): boolean {
  const before = s.text.slice(0, p.start - s.start);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}
/** A name that describes someone's kin or envoy (`罗荣桓元帅的夫人林月琴`, `习近平主席特别代表…王岐山`): the kin or the envoy acts, not he. */
const KIN_OF = /^[^，。；、]{0,6}?的(?:夫人|妻子|丈夫|亲属|家属|子女|遗孀|女儿|儿子|后代|亲人)|^[^，。；、的]{0,4}?(?:特别代表|特使)/;
/** A verb of meeting someone (MEET_VERBS; its objects follow it). */
const MEET_VERB_RE = new RegExp(`(?:${MEET_VERB_ALT})了?`, 'g');
/** MEET_VERB_RE without its 了 and its global flag: whether a sentence has a verb of meeting at all. */
const MEET_VERB_ANY = new RegExp(MEET_VERB_ALT);
/**
 * What joins a clause to the list of guests before it, its subject being the host's (`…卡尔边科，出席了`, `…，并致辞`;
 * the list may go on with guests named by their posts alone: `…伊斯莫伊洛夫、塔什干市市长、撒马尔罕州州长，出席了`).
 */
const HOST_GOES_ON = /^(?:、[^，。；：]{2,40}?)?(?:等[^，。；：、]{0,8})?(?:[，,](?:还|并|又|也|随后|之后|并且)?|并)$/;
/** The clause going on after the guests to the one it is done with (`，并同`, `等外宾，并同`). */
const CO_HOST_AFTER = /^(?:、[^，。；：]{2,40}?)?(?:等[^，。；：、]{0,8})?[，,](?:还|并|又|也)?(?:同|与|和)$/;

/**
 * The subjects of an act at `at`, without the guests of a 会见 before it in the sentence where the act
 * goes on from their list (`陈宝生还分别会见了…扎尔科、…卡尔边科，出席了…开幕式并致辞`: 陈宝生 attends).
 */
export function notMetGuests(s: Sentence, all: readonly PersonMention[], at: number): PersonMention[] {
  const who = notTalkedWith(s, all, at);
  if (who.length === 0 || !MEET_VERB_ANY.test(s.text)) return [...who];
  // (one of them the host does it with, named after 同 as the clause goes on: `分别会见A、B、C，并同B共同主持…` is the host's and B's)
  if (who.length >= 2) {
    const co = who[who.length - 1]!;
    const guest = who[who.length - 2]!;
    const between = s.text.slice(guest.end - s.start, co.start - s.start);
    if (/^(?:共同|一道|一起)?$/.test(s.text.slice(co.end - s.start, at - s.start)) && CO_HOST_AFTER.test(between)) {
      // (the clause goes on right after the comma that closes the guests)
      const hosts = notMetGuests(s, who.slice(0, -1), guest.end + between.search(/[，,]/) + 1);
      if (hosts.length < who.length - 1) return [...hosts, co];
    }
  }
  const last = who[who.length - 1]!;
  if (!HOST_GOES_ON.test(s.text.slice(last.end - s.start, at - s.start))) return [...who];
  const met = allMatches(MEET_VERB_RE, s.text.slice(0, last.start - s.start)).pop();
  if (!met) return [...who];
  const metAt = s.start + met.index!;
  const hosts = who.filter((p) => p.end <= metAt);
  // (a host left unnamed, `其间，分别会见了A、B，出席了…`: the guests are not the ones who attend)
  return hosts.length || MET_CLAUSE_OPENS.test(s.text.slice(0, metAt - s.start)) ? hosts : [...who];
}

/** Those one talks with, after 同/与 and before the verb of talking (`分别同新西兰议长A，…B等深入交流`; not 与会). */
const TALKED_WITH = new RegExp(`(?:同|与(?!会))[^。；]{2,300}?(?:${TALK_VERBS.join('|')})`, 'g');

/**
 * `X分别同A，…B等深入交流，…出席…`: those one talks with are no subject of an act after them; the one who talks is
 * (and where he is left unnamed, `其间，同A、B交流，出席…`, no one named is).
 */
function notTalkedWith(s: Sentence, who: readonly PersonMention[], at: number): PersonMention[] {
  if (who.length === 0 || !(s.text.includes('同') || s.text.includes('与'))) return [...who];
  let out = [...who];
  for (const t of allMatches(TALKED_WITH, s.text.slice(0, at - s.start))) {
    const from = s.start + t.index!;
    const to = from + t[0].length;
    const inside = out.filter((p) => p.start > from && p.end <= to);
    // (one who then acts together with the one who talked with him does it too: `与A举行会谈，并共同主持…`)
    if (inside.length === 0 || /共同|一道|一起|一同/.test(s.text.slice(to - s.start, at - s.start))) continue;
    const before = out.filter((p) => p.end <= from);
    out = before.length || MET_CLAUSE_OPENS.test(s.text.slice(0, from - s.start)) ? out.filter((p) => !inside.includes(p)) : out;
  }
  return out;
}

/** What stands before a 会见 whose host is left unnamed: a time or nothing (`其间，分别`, `访问期间，还`). */
const MET_CLAUSE_OPENS = /^(?:[^，。；：]{0,8}?(?:期间|其间|此间|随后|当天|访问期间)[，,]?)?(?:还|并|又|先后|分别|也)*$/;

/** Is `p` a guest of a 会见 whose host is named before it in the sentence (the verb and its list, no clause between)? */
function metGuest(s: Sentence, p: PersonMention, ps: readonly PersonMention[]): boolean {
  const before = s.text.slice(0, p.start - s.start);
  const met = allMatches(MEET_VERB_RE, before).pop();
  if (!met || /[，。；：]/.test(before.slice(met.index!))) return false;
  return ps.some((q) => q.end <= s.start + met.index! && q.start >= s.start);
}

/** A session's delegation's own meeting, named right after the session (`…三次会议解放军和武警部队代表团全体会议`). */
const DELEGATION_MEETING_AFTER = new RegExp(`^[\\u4e00-\\u9fff]{1,12}代表团(?:${DELEGATION_SITTINGS.join('|')})`);

/** What opens a clause whose subject is the one before it (`，并与…`, `，随后…`). */
const GOES_ON_AFTER_COMMA = /^(?:并|还|又|同|与|随后|然后|再)/;
/** What a clause's subject does before a comma, so that the clause is his own: a report or a speech made, a start declared (`讲话并宣布开工，`). */
const CLAUSE_ACT = /(?:作|作了|发表)[^，。；]{0,40}?(?:报告|讲话|说明|发言|致辞)$|(?:致辞|讲话|发言|作总结)$|宣布[^，。；]{0,16}?(?:开工|开幕|闭幕|启动|开始|开通)$/;
/** An order or a decision read out to the comma, whoever signed it named inside (`A宣读了B签署的授予荣誉称号命令，C主持仪式`): a clause of its own. */
const READ_OUT_CLAUSE = /宣读了?[^，。；]{2,60}?(?:命令|决定|通知|贺信|贺电|名单|决议|通报)$/;
/**
 * Where the subjects of a verb at `at` may start: after the last ； before it whose clause tells something of its
 * own after its last name (`A出席并讲话；B等到会祝贺；C作…报告；D主持开幕会`: D alone presides), not after one
 * that closes a group of names (`省委常委A、B；副省长C参加`); where the verb's own clause names no one, from `from`.
 */
function ownClauseFrom(s: Sentence, ps: PersonMention[], from: number, at: number): number {
  let start = from;
  for (const mark of s.text.slice(from - s.start, at - s.start).matchAll(/[；，]/g)) {
    const k = mark.index! + (from - s.start);
    const last = ps.filter((p) => p.start >= start && p.end <= s.start + k).pop();
    const tail = last ? s.text.slice(last.end - s.start, k) : '';
    // (after a comma, only a clause that does something of its own: `万鄂湘…作工作报告，郑建邦主持开幕会`; not a post
    // after a name, `习近平总书记，李强总理出席`, nor a list's note)
    // (a comma after which the same subject goes on is none: `王明作重要讲话，并与市长刘海一同出席…`)
    // (and an order read out, its signer named inside: `A宣读了B签署的…命令，C主持仪式`)
    const own = s.text[k] === '；' ? !/^(?:等|同志|等同志)?$/.test(tail) : (CLAUSE_ACT.test(tail) || (last !== undefined && READ_OUT_CLAUSE.test(s.text.slice(start - s.start, k)))) && !GOES_ON_AFTER_COMMA.test(s.text.slice(k + 1, k + 3));
    if (last && own) start = s.start + k + 1;
  }
  // (a clause that names no one goes on with the subject before: `赵乐际考察了…；出席…座谈会`)
  return ps.some((p) => p.start >= start && p.end <= at) ? start : from;
}

/** SPEECH without its global flag: whether a sentence has one at all (a scan of each sentence for it costs more than the test). */
const SPEECH_ANY = new RegExp(SPEECH.source);
/**
 * A word every alternative of SPEECH holds (演讲, 介绍, 汇报, 带领, 解读, 讲意见, 发言 or 发了言, 讲话, 作, 报告, 致, 宣读, 宣布,
 * 通报, 传达, 领学, 领读, 畅谈, 建言献策, 分析了, 建议, 提出): a sentence with none has no speech. Tested first: SPEECH
 * tries its lookbehinds (up to 40 characters back) at every position, ≈ 3 µs a sentence,
 * and five sentences in six hold none of these (PFR January 1998).
 */
const SPEECH_WORD = /演讲|提出|介绍|汇报|带领|解读|讲了?意见|发言|发了言|讲话|作|报告|致|宣读|宣布|通报|传达|领学|领读|畅谈|建言献策|分析了|建议|(?:常委|委员)(?:提出|指出|表示|认为|强调|说)|进行了?(?:全面|具体|专门|动员)?(?:部署|安排)|阐述了|回答了?(?:中外|国内外|境内外)?记者|介绍了?《/;
/** The author of a letter, an instruction or a written address read out (`宣读习近平总书记贺信`, `宣读…总统托卡耶夫的书面致辞`) is not at the meeting. */
const AUTHOR_OF = /^[^，。；]{0,6}?(?:贺信|贺电|贺词|重要指示|指示|批示|来信|书面致辞|书面讲话|书面发言)/;
/** The day a sentence opens with, before what it reports: `10月18日，`, `18日上午，`. */
const DAY_OPENING = `${DAY_TOLD}，`;
/** What a sentence may open with before the meeting it reports held: a few words, after the day (DAY_OPENING) or not. */
const OPENING_BEFORE_MEETING = new RegExp(`^(?:${DAY_OPENING})?[^，。；]{0,12}$`);
/** What a speaker says, right after the name: `…会议在北京召开，局长刘洪要求…`, `在…会议上，X说`. */
const SAYS = /^(?:[^，。；]{0,4}?)(?:说|指出|强调|表示|要求)|^(?:以视频方式|通过视频(?:方式)?)?(?:发表|作)了?(?:题为(?:《[^《》]{1,60}》|“[^“”]{1,60}”|[^，。；]{1,60}?)的)?(?:视频)?(?:主旨演讲|主旨讲话|重要讲话|讲话|致辞|演讲)/;
/** What those listed on a meeting give there: their views on something (`，就…内容提出修改建议`, `围绕…发表意见`). */
const VIEWS_GIVEN = /^[，,]?(?:围绕|就)[^。；]{2,80}?(?:提出|发表|谈了?|作了?|交流了?)[^。；，]{0,12}?(?:建议|意见|看法|发言|体会)/;
/** A sentence opened by the meeting it is at: `会上，`, `报告会上，`, `在座谈会上，` (the head noun named as group 1). */
const ON_MEETING = /^(?:在)?(?:会上|([^，。；]{0,40}?(?:会|式|典礼|仪式|论坛))上)，/;
/** A sentence opened by a bare head of the kind the report's meeting is (`座谈会上，`): group 1 the head. */
const BARE_ON = /^(?:在)?(座谈会|汇报会|推进会|调度会|会议)上，/;

/** What one says at a discussion, after the names and a manner (`激动地说`, `观看…后谈到`). */
const DISCUSSANT_SAYS = /(?:说|谈到|表示|认为|指出|强调)[，：:]/g;
/** Those named in the clause before `at` (an offset in the sentence), the last of them right before it but for what `gap` allows. */
function subjectsRightBefore(s: Sentence, ps: PersonMention[], at: number, gap: RegExp): PersonMention[] {
  const clauseStart = s.start + clauseStartAt(s.text, at, /[。；，：]/);
  const who = ps.filter((p) => p.start >= clauseStart && p.end <= s.start + at);
  return who.length && gap.test(s.text.slice(who.at(-1)!.end - s.start, at)) ? who : [];
}
/** A lecture on a study session's topic, right after the lecturer (`就这个问题作了讲解`, `就…进行讲解`). */
const LECTURED_ON = /就[^，。；]{2,40}?(?:作了|进行了?|做了)讲解/g;
/** Views offered on a topic, right after who offers them (`就体育后备人才培养谈了想法`, `就文艺创作提出建议`). */
const VIEWS_OFFERED = /就[^，。；]{2,30}?(?:谈了|提出了?|发表了?)(?:想法|看法|建议|意见)/g;
/** Speakers the host answers, named inside (`听了A、B发言`, `针对D关于…的建议`), up to the clause's comma. */
const ANSWERED_SPEAKERS = /(?:听了|听取了)[^，。；]{2,40}?(?:的)?发言(?=，)|针对[^，。；]{2,60}?的(?:建议|意见|提问)(?=，)/g;
/** The cheap test before both scans. */
const VIEWS_CUE = /谈了|提出|发表了|发言，|建议，|意见，|提问，/;

/**
 * The meeting's own view, right before a name: what the leader said in a speech the meeting studies (`会议认为，习近平总书记在讲话中
 * 深刻阐明了…`), not a speech given at it.
 */
const MEETINGS_VIEW_BEFORE = /(?:会议|会上|与会同志|与会人员)(?:一致)?(?:认为|指出|强调)[，：:]?[^，。；]{0,12}$/;
/** A clause of one's own before the speech's, its verb of taking part (`参加会见，`, `出席，`): what one named there did. */
const OWN_ACT_BEFORE_COMMA = /^[^，。；]{0,12}?(?:参加|出席|陪同|主持|列席)[^，。；]{0,8}，/;
function speakers(b: Builder, s: Sentence, ps: PersonMention[], reported: Entity | null, fronted?: Entity): void {
  // (every speaker below is one of the sentence's persons, and nothing else is written: a sentence that names
  // none, four in five, is passed by without its scans)
  if (ps.length === 0 || (!fronted && !reported)) return;
  const main = (fronted ?? reported)!;
  if (SPEECH_WORD.test(s.text) && SPEECH_ANY.test(s.text)) for (const v of allMatches(SPEECH, s.text)) {
    const at = s.start + v.index!;
    // the speakers stand in the clause before the verb (`X、Y先后发言`, `X在会上讲话`)
    // (speakers listed with their posts run across commas: `副委员长X，副主席Y先后发言`; one who
    // reads or announces is the one of the clause: `X、Y出席，Z宣读…` makes Z the speaker, not X and Y)
    const one = /^(?:宣读|宣布|在(?:致[辞词]|讲话|(?:工作)?报告)[中时])/.test(v[0]);
    const clauseStart = s.start + clauseStartAt(s.text, v.index!, one ? /[。；，]/ : /[。；]/);
    // (not a name inside a doctrine, a book or a kin's description: `学习邓小平理论`, `…元帅的夫人`)
    // (nor one on whose behalf another speaks: `受…尹弘委托，…刘强主持会议并讲话`; but the one entrusted: `X受省委委托，就…作了说明`)
    // (nor the guests of a 会见 named before the speech: `X会见了A、B，出席了…开幕式并致辞`)
    // (nor one whose own clause before a comma tells what else he did, another named as the speech's subject after it:
    // `丁薛祥参加会见，肖捷…在会上作总结讲话`; not `王明出席会议，并作重要讲话`)
    // (the other the clause's subject: right after the comma or his posts, not one named in its object, `…出席开幕式，宣读习近平
    // 主席贺信并致辞`)
    const ownAct = (p: PersonMention) => {
      const own = OWN_ACT_BEFORE_COMMA.exec(s.text.slice(p.end - s.start, v.index!));
      const from = p.end + (own?.[0].length ?? 0);
      return own !== null && ps.some((q) => q.start >= from && q.end <= at && (q.start === from || q.titles.some((t) => s.text.slice(from - s.start, q.start - s.start).endsWith(t.name))));
    };
    const who = ps.filter((p) => p.start >= clauseStart && p.end <= at && !NAMED_IN.test(s.text.slice(p.end - s.start)) && !inBookTitle(s, p) && !KIN_OF.test(s.text.slice(p.end - s.start)) && !(INVITER.test(s.text.slice(p.end - s.start)) && s.text[p.end - s.start] !== '受') && !studiedName(s, p) && !metGuest(s, p, ps) && !ownAct(p) && !ps.some((q) => q.end <= p.start && q.start >= clauseStart && QUOTE_OPENS.test(s.text.slice(q.end - s.start, p.start - s.start))) && !MEETINGS_VIEW_BEFORE.test(s.text.slice(Math.max(0, p.start - s.start - 24), p.start - s.start))).slice(one ? -1 : 0);
    if (who.length === 0) continue;
    // `X说，…讲话`, `X指出…`: a quoted speech names someone else's
    const between = s.text.slice(who[who.length - 1].end - s.start, v.index!);
    // (and one whose words open right after him, the speech in them another's: `丁薛祥指出，习近平总书记发表重要讲话，…`)
    if ((/说|指出|强调|表示|认为/.test(between) && between.length > 20) || QUOTE_OPENS.test(between)) continue;
    // a speech to another session, named (`委托李鸿忠副委员长向十四届全国人大二次会议作说明`, at the standing committee's sitting): not at this one
    const toOther = /向([^，。；]{4,30}?(?:会议|大会))/.exec(between);
    if (toOther && /[届次]/.test(toOther[1]!) && ![main.name, ...(main.aliases ?? [])].some((n) => n.includes(toOther[1]!) || toOther[1]!.includes(n))) continue;
    // a speech planned is none given (`届时，李克强总理将发表致辞`; not 上将, 将军)
    if (PLANNED_SPEECH.test(s.text.slice(clauseStart - s.start, v.index! + v[0].length))) continue;
    // `习近平总书记在…座谈会上的重要讲话，全面总结了…，深入分析了…`: the speech is what goes on, named by its speaker
    if (/的(?:重要)?(?:讲话|报告|致辞)[，、]/.test(between)) continue;
    // `X在…研讨班结业时作了重要讲话`: a speech at another time, told by the speaker of this meeting
    // (not the meeting's own opening or close: `在会议开幕时作了…报告`)
    const elsewhen = (p: PersonMention) => /在[^，。；]{2,40}?时/.test(s.text.slice(p.end - s.start, v.index!)) && !/在(?:会议|大会|会)?(?:开幕|闭幕)时/.test(s.text.slice(p.end - s.start, v.index!));
    // `重要讲话精神`, `总书记的讲话`, `就政协工作发表的一系列重要讲话`: a speech referred to, not given here
    // (but a second explanation given in a list: `作了关于…的说明、关于…的说明`)
    const after = s.text.slice(v.index! + v[0].length, v.index! + v[0].length + 3);
    // (`X受…委托作的工作报告`: a report named, not given here)
    // (but two of them joined: `作了说明和汇报`)
    // (also with the instructions after it: `重要讲话重要指示精神`; but what one says in one's speech is said: `在讲话中要求`)
    if ((!/^在/.test(v[0]) && /^(?:精神|的|中|和(?!汇报|说明|报告|讲话|发言)|、(?!关于)|要求|稿|内容|指示|重要指示|重要批示)/.test(after)) || /的(?:一系列|系列|多次)?(?:重要)?$/.test(s.text.slice(0, v.index!)) || /^作的/.test(v[0])) continue;
    // `学习…总书记视察临江重要讲话`: a speech named by the inspection it was given on, not one given here
    if (/(?:视察|考察|调研)[^，。；]{1,12}?(?:时的)?(?:重要)?$/.test(between)) continue;
    // `在…研讨班结业时作了讲话`: a speech at another occasion
    // (but one at the meeting's own opening: `在开幕式致辞时`)
    // (nor at the meeting's opening or close: `在会议开幕时作了…报告`)
    // (those greeted on one's behalf are no occasion: `代表…向在京定居的台胞致以节日的问候`)
    const occasion = v[0].startsWith('致以') ? between.slice(0, between.lastIndexOf('向')) : between;
    // (or a bare head of the meeting's own right before the speech: `在酒会致辞时`, `在开幕式致辞时`)
    if (/在/.test(occasion) && !/在(?:会上|会议上|[^，。]{0,16}?(?:会|式|典礼|仪式|论坛)上|[^，。]{0,12}?(?:主会场|分会场)|[\u4e00-\u9fff]{0,2}(?:会|式|典礼|仪式)$|(?:会议|大会|会)?(?:开幕|闭幕)(?:式)?(?:时|上))/.test(occasion)) continue;
    // `习近平总书记在全会上所作的…重要讲话` in a report of a meeting that studies it: a plenum named back is
    // another meeting unless the report's is one (a forum's 开幕式上 is the forum's: not read so)
    if (between.includes('在全会上') && !main.name.endsWith('全会')) continue;
    // (nor one at another meeting the article names, `习近平主席在高峰论坛开幕式上发表主旨演讲` in a report of a forum of it)
    const on = between.includes('上') ? /在([^，。；]{2,24}?)上/.exec(between) : null;
    if (on && b.entities.some((e) => e.type === 'Meeting' && e !== main && on[1]!.endsWith(e.name))) continue;
    for (const p of who) {
      if (AUTHOR_OF.test(s.text.slice(p.end - s.start)) || elsewhen(p)) continue;
      const pe = b.find('Person', p.name);
      if (pe) b.relate('ATTENDED', pe, main, s, 'attended.speaker', { role: 'attended', spoke: true });
    }
  }
  // the meeting's own sentence and then its speaker (`全国统计工作会议…在北京召开，国家统计局局长刘洪要求`),
  // or the meeting put first (`在今天结束的全国政策咨询工作会议上，…李铁映说`)
  // (only where the sentence names the meeting: most do not, and the patterns are the meeting's own)
  const names = [main.name, ...(main.aliases ?? [])];
  const named = names.some((n) => s.text.includes(n));
  // (or by its head alone where the report's meeting has it: `座谈会上，张锦明指出` at 三台县座谈会)
  const byHead = BARE_ON.exec(s.text);
  // (after the day it opens with: `10月18日，督察进驻动员会在成都召开，…组长X强调`)
  const held = (!named ? null : new RegExp(`^(?:${DAY_OPENING})?[^，。；]*?(?:${mapArray(names, escapeRegExp).join('|')})[^，。；]{0,20}?(?:召开|举行|开幕|闭幕)，`).exec(s.text)
    ?? new RegExp(`^在[^，。；]{0,20}?(?:${mapArray(names, escapeRegExp).join('|')})上，`).exec(s.text)) ?? (byHead && main.name.endsWith(byHead[1]!) ? byHead : null);
  if (held) {
    const clauseEnd = s.text.slice(held[0].length).search(/[，。；]/);
    const clause = held[0].length + (clauseEnd < 0 ? s.text.length : clauseEnd);
    const speaker = ps.filter((p) => p.start >= s.start + held[0].length && p.end <= s.start + clause).at(-1);
    if (speaker && SAYS.test(s.text.slice(speaker.end - s.start))) {
      attend(b, [speaker], main, s, 'attended.speaker', 'attended', true);
    }
  }
  // `报告会上，A、B、C分别结合…讲述`: those the clause on the meeting lists as each doing something there
  const onAt = s.text.indexOf('上，');
  const onIt = onAt >= 1 && onAt <= 44 ? ON_MEETING.exec(s.text) : null;
  const place = onIt?.[1] ?? '';
  if (onIt && (place === '' || names.some((n) => n.endsWith(place)))) {
    const from = s.start + onIt[0].length;
    const each = /^[^，。；]{2,80}?(?:分别|先后|相继)/.exec(s.text.slice(onIt[0].length));
    const who = each ? ps.filter((p) => p.start >= from && p.end <= from + each[0].length) : [];
    const listed = who.length >= 2 && who.every((p, k) => (k === 0 ? p.start - from <= 20 : /^[、和]$/.test(s.text.slice(who[k - 1].end - s.start, p.start - s.start))));
    // (the list runs to the adverb; an item the names model did not read may close it: `、马龙分别`)
    if (listed && /^(?:、[\u4e00-\u9fff]{2,3})?$/.test(s.text.slice(who.at(-1)!.end - s.start, onIt[0].length + each![0].length - 2))) attend(b, who, main, s, 'attended.speaker', 'attended', true);
    // `会上，民革市委会主委A、民盟市委会副主委B…，就…提出修改建议`: those the clause lists, each with his post, who give
    // their views on something there
    else if (!each) {
      const list: PersonMention[] = [];
      for (const p of ps) {
        if (p.start < from) continue;
        const gap = s.text.slice((list.at(-1)?.end ?? from) - s.start, p.start - s.start);
        if (list.length ? !/^、[^，。；、]{0,24}$/.test(gap) : gap.length > 24 || /[，。；、]/.test(gap)) break;
        list.push(p);
      }
      const last = list.at(-1);
      if (list.length >= 2 && last && VIEWS_GIVEN.test(s.text.slice(last.end - s.start))) attend(b, list, main, s, 'attended.speaker', 'attended', true);
    }
  }
  // at a work report heard (a 汇报会), the one who hears it and the one who reports attend:
  // `汪洋10日上午在听取…工作汇报时强调`, `鹿心社汇报了自治区党委、政府工作`
  if (/汇报会$/.test(main.name)) for (const v of allMatches(/听取(?:了)?(?=[^，。；]{2,30}?工作汇报)|汇报了(?=[^，。；]{0,30}?工作)/g, s.text)) {
    const at = s.start + v.index!;
    const clauseStart = s.start + clauseStartAt(s.text, v.index!, /[。；，]/);
    const who = ps.filter((p) => p.start >= clauseStart && p.end <= at).slice(-1);
    if (who.length === 0 || /向|给|对/.test(s.text.slice(who[0].end - s.start, v.index!))) continue;
    attend(b, [who[0]], main, s, 'attended.speaker', 'attended', v[0] === '汇报了');
  }
  // at a 座谈会 or a 研讨会 everyone quoted speaks at it: `老教员A、B、C激动地说`, `学员D、E观看…后谈到`
  if (/(?:座谈会?|研讨会)$/.test(main.name)) for (const v of allMatches(DISCUSSANT_SAYS, s.text)) {
    const at = s.start + v.index!;
    const clauseStart = s.start + clauseStartAt(s.text, v.index!, /[。；，：]/);
    const who = ps.filter((p) => p.start >= clauseStart && p.end <= at);
    const last = who.at(-1);
    if (!last || /采访|记者|电话|信|批示|指示|此前|曾/.test(s.text.slice(last.end - s.start, v.index! + v[0].length))) continue;
    if (!/^[^，。；“”]{0,16}?$/.test(s.text.slice(last.end - s.start, v.index!))) continue;
    // (指出 and 强调 are the discussants' of a list, `A、B、C等指出`; one who says so alone is the leader who sums up, at his own meeting)
    if (/^(?:指出|强调)/.test(v[0]) && who.length < 2 && !s.text.slice(last.end - s.start, v.index!).startsWith('等')) continue;
    attend(b, who, main, s, 'attended.discussant', 'attended', true);
  }
  // (and at a 座谈会 one who gives his views on a topic, `女排运动员A就…谈了想法`, `B、演员C就…提出建议`, or whose speech or
  // proposal the host answers, `听了A、B发言，…说`, `针对D的建议，…说`)
  if (/座谈会?$/.test(main.name) && VIEWS_CUE.test(s.text)) {
    for (const v of allMatches(VIEWS_OFFERED, s.text)) {
      const who = subjectsRightBefore(s, ps, v.index!, /^等?$/);
      if (who.length) attend(b, who, main, s, 'attended.discussant', 'attended', true);
    }
    for (const v of allMatches(ANSWERED_SPEAKERS, s.text)) {
      const from = s.start + v.index!;
      const who = ps.filter((p) => p.start >= from && p.end <= from + v[0].length);
      if (who.length) attend(b, who, main, s, 'attended.discussant', 'attended', true);
    }
  }
  // at a study session the one who lectures on its topic speaks at it (`…院长沈志华同志就…作了讲解`)
  if (/(?:集体学习|学习会|专题讲座)$/.test(main.name) && s.text.includes('讲解')) for (const v of allMatches(LECTURED_ON, s.text)) {
    const who = subjectsRightBefore(s, ps, v.index!, /^(?:同志)?$/);
    if (who.length) attend(b, who, main, s, 'attended.discussant', 'attended', true);
  }
  // `会议分别听取了A所作的关于…的汇报，B所作的关于…的报告，…`: each who made a report the meeting heard (作的 too: `…副主任委员X作的…报告`)
  const heardAt = s.text.includes('作的') ? s.text.indexOf('听取') : -1;
  if (heardAt >= 0) {
    const reporters = ps.filter((p) => /^所?作的/.test(s.text.slice(p.end - s.start, p.end - s.start + 3)) && p.start - s.start > heardAt);
    for (const p of reporters) {
      const pe = b.find('Person', p.name);
      if (pe) b.relate('ATTENDED', pe, main, s, 'attended.speaker', { role: 'attended', spoke: true });
    }
  }
  // 会议听取了X关于…的说明 / 报告 / 汇报 (each 听取 of the sentence: `听取了A作的…报告，听取了B作的…报告`)
  if (s.text.includes('听取')) for (const heard of allMatches(HEARD_REPORT, s.text)) {
    const from = s.start + heard.index! + 2;
    const to = s.start + heard.index! + heard[0].length;
    for (const p of ps) {
      if (p.start < from || p.end > to) continue;
      const pe = b.find('Person', p.name);
      if (pe) b.relate('ATTENDED', pe, main, s, 'attended.speaker', { role: 'attended', spoke: true });
    }
  }
}

/** A verb of saying and the mark that opens the words said (`指出，`, `说：`). */
const QUOTE_OPENS = /(?:说|指出|强调|表示|认为)[，,：:]/;

/** A plan in a speaker's clause before the speech: `届时，…将发表致辞`, `拟作报告` (not 上将, 将军, 将领). */
// (将 of a plan, not 将 as 把: `就…、将铸牢…意识融入…等问题发言`)
const PLANNED_SPEECH = /(?<![上中少大])将(?![军领士])(?=[^，。；]{0,20}?(?:发表|致辞|致词|讲话|作|出席|在[^，。；]{1,20}?上))|拟(?=[\u4e00-\u9fff]{0,3}(?:作|发表|致))|^届时/;

/** 听取了X关于…的说明 / 报告 / 汇报: the one whose report a meeting heard. */
const HEARD_REPORT = /听取(?:了)?([^。；]{2,120}?)(?:的|所作的)?(?:说明|报告|汇报|发言)/g;

/**
 * Acts only someone present performs, at the article's own meeting: `X为获奖者颁奖`,
 * `X为…揭牌`, `X向…颁发奖章`, `X手抚宪法，领诵誓词`, `A、B跟诵誓词`, `X向…颁发命令状`, `X向…颁授奖旗`, `X为他们戴上了大红花，颁发…证书`, `X宣布…开幕`, `X宣布宣誓仪式开始`, `X到会祝贺`, `X听取了代表审议`,
 * `X来到民革、民盟…联组，听取…` (a session's joint group sits at the session; not the words inside a
 * name: `颁奖大会`, `揭牌仪式`).
 * The actor is the last person of the clause before the act (before its 为/向),
 * with nothing but a post, time or place between (a quoted or past act is someone's words).
 */
// (and a farewell's mourners, by what they do before the deceased: `A、B等领导在X同志遗体前肃立默哀`, `…缓步来到X同志遗体前`)
const PRESENT_ACT = /(?:[为向][^，。；]{1,60}?)?(?:颁奖|颁发奖|(?:颁发|颁授)[^，。；]{0,8}?(?:证书|奖杯|奖牌|奖状|聘书|命令状|奖章|勋章|奖旗)|戴上了?[^，。；]{0,4}?(?:大红花|红花|奖章|勋章|奖牌)|授旗|授牌|揭牌|揭幕|剪彩|宣布[^，。；]{0,24}?(?:开幕|闭幕|启动|开通|开工|入列|成立|授旗|命名)|宣布[^，。；]{0,20}?(?:仪式|典礼|大会|会议)开始|发布(?:训令|动员令)|(?:领诵|跟诵|领读|宣读)誓词|领誓|手抚宪法|(?<!举行了?|组织)(?:进行了?)?(?:宪法)?宣誓(?!制度))(?!仪式|大会|典礼|晚会|会|式|词)|到会(?=祝贺|讲话|致辞|致贺|指导|看望|应询|听取|作|就|并)|听取了?(?:代表|委员)们?的?(?:审议|讨论|发言)(?![^，。；]{0,12}?(?:报告|情况))|来到[^，。；]{1,40}?(?:联组|界别小组|讨论组)(?=[，,]|参加|听取|与|同)|(?:缓步)?(?:来到|在)[^，。；]{1,30}?(?:遗体|遗像|骨灰)前(?=[^，。；]{0,4}?(?:肃立|默哀|鞠躬|献花|告别))|向[^，。；]{1,30}?(?:遗体|遗像)(?=[^，。；]{0,4}?(?:鞠躬|告别|献花))|向[^，。；]{1,30}?(?:塑像|雕像|铜像|纪念碑|陵墓|墓|烈士|英雄|先烈)敬献了?(?:花篮|花圈)|整理[^，。；]{0,4}?(?:花篮|花圈)?缎带/g;

/** A ceremony of giving (`慈善一日捐启动仪式`, `…捐赠仪式`, `捐款仪式`). */
const DONATION_CEREMONY = /捐/;
/** Giving at it: `带头捐款`, `捐献爱心`, `将…投进募捐箱`, `率先垂范，积极带头捐款` (its actor in the clause before). */
const DONATION_ACT = /(?:带头|率先|踊跃|纷纷|慷慨)?(?:捐款|捐献|捐赠|解囊)(?=[，。；、]|$|爱心|善款)|捐献爱心|(?:带头|依次|率先)?(?:将|把)[^，。；]{0,14}?(?:投进|投入|放进|放入)了?(?:募捐箱|捐款箱|捐赠箱)|率先垂范(?=[，,][^，。；]{0,6}?(?:带头)?捐)/g;

/** Heads of bodies joined after a name (`和交通运输部、…等有关部门负责人和最高人民法院…负责同志`). */
const HEADS_OF_BODIES = /^和[^，。；]{2,120}(?:负责人|负责同志|主要领导)$/;

/** The meeting's participants named as such after a list (`…等与会同志`, `等与会代表`). */
const PARTICIPANTS = /等(?:与会|参会)(?:同志|人员|代表|委员|专家|嘉宾|领导)/;

/** A delegation right after a session's name (`…一次会议龙岩、莆田代表团`). */
const DELEGATION_AFTER = /^[\u4e00-\u9fff、]{2,16}?代表团/;

/** Deliberating together with a delegation's deputies or members (`与代表们一起审议报告`). */
const DELIBERATES_WITH = /[与同和跟](?:[^，。；]{0,8}?)?(?:代表|委员)们?(?:一起|一道|共同)(?:审议|讨论)/;

/** A talk held with a group (`与有关民主党派中央负责人座谈`, not a 座谈会 named). */
const TALKS_WITH_GROUP = /[与同][^，。；]{1,30}?座谈(?!会)/;

/**
 * The one named in the clause before `at` (an index of the sentence's text: its first or its last name) who does
 * the act there, with at most a post, a time or a place between — not one who only says it, did it once or will.
 */
function actorBefore(s: Sentence, ps: PersonMention[], at: number, pick: 'first' | 'last'): PersonMention | undefined {
  const inClause = ps.filter((p) => p.start >= s.start + clauseStartAt(s.text, at, /[，。；]/) && p.end <= s.start + at);
  const who = pick === 'first' ? inClause[0] : inClause.at(-1);
  const between = who ? s.text.slice(who.end - s.start, at) : '';
  return who && between.length <= 16 && !/说|表示|曾|将|要/.test(between) ? who : undefined;
}

/** `X来到…代表团，与…`: one who came (来到, 到, 参加) in the clause before the one at `at`, which starts there. */
function cameBefore(s: Sentence, ps: PersonMention[], at: number): PersonMention | undefined {
  if (clauseStartAt(s.text, at, /[，。；]/) !== at) return undefined;
  const who = ps.filter((p) => p.end <= s.start + at).at(-1);
  const between = who ? s.text.slice(who.end - s.start, at) : '';
  return who && /^(?:来到|到|参加)[^，。；]{2,40}，$/.test(between) ? who : undefined;
}

function presentActs(b: Builder, s: Sentence, ps: PersonMention[], main: Entity | null, meetings: MeetingMention[], ents: Map<string, Entity>): void {
  // (every one who acts below is one of the sentence's persons)
  if (ps.length === 0) return;
  // `汪洋与代表们一起审议报告`: one who deliberates with a delegation's deputies is at its meeting — the session
  // whose delegation the sentence names (`来到省十三届人大一次会议龙岩、莆田代表团，与代表们共同审议`), or the report's
  const together = (s.text.includes('代表') || s.text.includes('委员')) && /一起|一道|共同/.test(s.text) ? DELIBERATES_WITH.exec(s.text) : null;
  // (a clause with no subject of its own after the one where he came: `X来到…代表团，与代表们共同审议`)
  const deliberator = together ? actorBefore(s, ps, together.index, 'last') ?? cameBefore(s, ps, together.index) : undefined;
  if (deliberator && together) {
    const session = meetings.find((m) => m.end <= s.start + together.index && DELEGATION_AFTER.test(s.text.slice(m.end - s.start)));
    const at = (session && ents.get(`${session.start}`)) ?? main;
    if (at) attend(b, [deliberator], at, s, 'attended.act', 'attended', false);
  }
  if (!main) return;
  // `常委会委员A、B、C和D等与会同志围绕…提出询问`: those the text calls the meeting's participants are at it
  const among = s.text.includes('与会') ? PARTICIPANTS.exec(s.text) : null;
  if (among) {
    const clauseStart = s.start + clauseStartAt(s.text, among.index, /[，。；：]/);
    const who = ps.filter((p) => p.start >= clauseStart && p.end <= s.start + among.index);
    if (who.length) attend(b, who, main, s, 'attended.participants', 'attended', false);
  }
  // `X在京与有关民主党派中央负责人座谈`: the one who holds the talk is at the report's 座谈会
  const talk = main.name.endsWith('座谈会') && s.text.includes('座谈') ? TALKS_WITH_GROUP.exec(s.text) : null;
  const talker = talk ? actorBefore(s, ps, talk.index, 'first') : undefined;
  if (talker) attend(b, [talker], main, s, 'attended.act', 'attended', false);
  // (at a donation's ceremony, giving is such an act: `…等县四套班子领导带头捐献爱心`, `…带头将…信封投进募捐箱`)
  const acts = DONATION_CEREMONY.test(main.name) ? [...allMatches(PRESENT_ACT, s.text), ...allMatches(DONATION_ACT, s.text)].sort((x, y) => x.index! - y.index!) : allMatches(PRESENT_ACT, s.text);
  for (const v of acts) {
    let at = s.start + v.index!;
    let clauseStart = s.start + clauseStartAt(s.text, v.index!, /[，。；]/);
    // (a clause of its own after the one who came to do it together or up to it: `…陈真永等与各界代表一起，向革命烈士敬献花篮`,
    // `…缓步走到花篮前，整理花篮缎带`)
    if (s.text[clauseStart - s.start - 1] === '，' && !ps.some((p) => p.start >= clauseStart && p.end <= at)) {
      const before = s.start + clauseStartAt(s.text, clauseStart - s.start - 1, /[，。；]/);
      // (or a group of others joined to those named before, whose act it is too: `…王涛，以及…其他领导班子成员也依次将…投进募捐箱`)
      if (CAME_TO_ACT.test(s.text.slice(before - s.start, clauseStart - s.start - 1)) || JOINED_GROUP.test(s.text.slice(clauseStart - s.start, v.index!))) {
        at = clauseStart - 1;
        clauseStart = before;
      }
    }
    // `A代表全国政协，…，D代表北京市人民政府，分别向…塑像敬献了花篮`: each who speaks for a body in the clauses before 分别
    if (s.text.slice(0, v.index!).endsWith('分别')) {
      const each = ps.filter((p) => p.end <= at && s.text.startsWith('代表', p.end - s.start));
      if (each.length > 1) {
        attend(b, each, main, s, 'attended.act', 'attended', false);
        continue;
      }
    }
    const who = ps.filter((p) => p.start >= clauseStart && p.end <= at).slice(-1);
    if (who.length === 0) continue;
    const between = s.text.slice(who[0].end - s.start, v.index!);
    // (those of bodies joined to him: `王勇和…等有关部门负责人…负责同志到会应询`)
    if ((between.length > 16 && !HEADS_OF_BODIES.test(between)) || /曾|说|表示|认为|将|要/.test(between)) continue;
    // (and those listed before him, each with a post the 、 may carry: `院士谈家桢、…副部长傅征等向他们颁奖`)
    const listed = [who[0]];
    for (let k = ps.indexOf(who[0]) - 1; k >= 0 && ps[k].start >= clauseStart && /^、[^，。；、与和同跟]{0,20}$/.test(s.text.slice(ps[k].end - s.start, listed[0].start - s.start)); k--) listed.unshift(ps[k]);
    // (one who takes the oath is at the article's oath ceremony, where a session holds one: `会议举行了宪法宣誓和颁发任命书仪式`)
    const ceremony = OATH_ACT.test(v[0]) ? b.entities.find((e) => e.type === 'Meeting' && e.name.includes('宣誓')) ?? main : main;
    attend(b, withPostClausesBefore(s, ps, listed), ceremony, s, 'attended.act', 'attended', false);
  }
}

/** A clause that comes to an act together, leads it or comes up to its object, the act in the next clause (`…等与各界代表一起`, `…等领导带头`, `缓步走到花篮前`). */
const CAME_TO_ACT = /(?:一起|一道|一同|带头|(?:走到|来到)[^，。；]{1,12}?前)$/;
/** A clause that opens by joining a group to those named before it, its act theirs too (`以及…其他领导班子成员也依次…`). */
const JOINED_GROUP = /^(?:以及|及)[^，。；]{2,40}?(?:成员|领导|同志|代表|负责人)/;

/** The acts of an oath (PRESENT_ACT's). */
const OATH_ACT = /誓|宪法/;

/**
 * `listed` and the clauses before it of one post and name each, whose act is the same (`市委书记A，市委副书记、市长B，…，
 * 市委领导C、D等到会祝贺`, `省委书记A，省长B，C缓步来到…遗体前`, `省委书记A，省长B，集团董事长C见证签约`).
 */
function withPostClausesBefore(s: Sentence, ps: PersonMention[], listed: PersonMention[]): PersonMention[] {
  const out = listed.slice();
  const postClause = (gap: string) => gap === '，' || (/^，[^，。；]{2,24}$/.test(gap) && (TITLE_HEAD_END.test(gap.slice(1)) || /领导$/.test(gap)));
  // (a clause of a post and a 、-list of names counts as one: `新任命的副秘书长A、B，主任C，D跟诵誓词`; what the post's
  // holders are before it is no other clause, `新任命的`)
  const postFirst = (p: PersonMention) => p.titles.length > 0 && NEWLY_BEFORE_POST.test(s.text.slice(clauseStartAt(s.text, p.start - s.start, /[，。；]/), p.titles[0]!.start - s.start));
  for (let k = ps.indexOf(out[0]!) - 1; k >= 0 && ps[k]!.titles.length > 0 && postClause(s.text.slice(ps[k]!.end - s.start, out[0]!.start - s.start)); k--) {
    let first = k;
    while (first > 0 && s.text.slice(ps[first - 1]!.end - s.start, ps[first]!.start - s.start) === '、') first--;
    if (!postFirst(ps[first]!)) break;
    out.unshift(...ps.slice(first, k + 1));
    k = first;
  }
  return out;
}

/** What the holders of a post are, before it in their clause (`新任命的全国人大常委会副秘书长…`). */
const NEWLY_BEFORE_POST = /^(?:新任命的|新当选的|新任)?$/;

/**
 * At a signing, those who sign for the parties and those who witness it are there: `A与B分别代表双方签署…协议`,
 * `X会见…Y一行，并共同见证协议签署` (together: everyone the sentence names before; alone: the clause's, else its
 * subject). The signing is the report's meeting, or the one signing ceremony the article names (a 会见 report's).
 */
function signers(b: Builder, s: Sentence, ps: PersonMention[], main: Entity | null): void {
  if (!/签|见证/.test(s.text)) return;
  const signings = b.entities.filter((e) => e.type === 'Meeting' && SIGNING_MEETING.test(e.name));
  const signing = main && SIGNING_MEETING.test(main.name) ? main : signings.length === 1 ? signings[0]! : null;
  if (signing) for (const v of allMatches(SIGNED, s.text)) {
    const clauseStart = s.start + clauseStartAt(s.text, v.index!, /[，。；]/);
    const before = ps.filter((p) => p.end <= s.start + v.index! && !/^[^，。；]{0,6}(?:陪同|见证下)/.test(s.text.slice(p.end - s.start)));
    const inClause = before.filter((p) => p.start >= clauseStart);
    // (and the clauses before it of one post and name each: `省委书记A，省长B，集团董事长C见证签约`)
    const who = inClause.length ? withPostClausesBefore(s, ps, inClause) : v[1] ? before : before.slice(0, 1);
    if (who.length && !PLANNED_SIGNING.test(s.text.slice(who.at(-1)!.end - s.start, v.index!))) attend(b, who, signing, s, 'attended.act', 'attended', false);
  }
}

/** A plan between a signer and the signing (`将…签署`, `拟…签约`, `届时`; not 上将): what PLANNED_SPEECH reads, and any 将 or 拟. */
const PLANNED_SIGNING = /(?<![上中少大])将(?![军领士])|拟|^届时/;

/** A signing ceremony (`协议签署仪式`, `项目签约仪式`, `集中签约活动`): its signers and witnesses are there. */
const SIGNING_MEETING = /(?:签署|签约|签字)(?:仪式|活动)$|签约(?:大会|会)$/;
/** Signing for a party (`分别代表双方签署`), witnessing (`共同见证协议签署`, group 1 the togetherness). */
const SIGNED = /代表[^，。；]{1,30}?(?:签署|签约|签订|签字)(?!仪式)|(共同|一同|一起)?见证(?:了)?[^，。；]{0,30}?(?:签署|签约|签订|签字)/g;

/** Each of `who` the article has as a Person attends `target`, by `rule`. */
function attend(b: Builder, who: readonly { name: string }[], target: Entity, s: Sentence, rule: RuleId, role: AttendanceRole, spoke: boolean): void {
  for (const p of who) {
    const pe = b.find('Person', p.name);
    if (pe) b.relate('ATTENDED', pe, target, s, rule, { role, spoke });
  }
}

/** `X在…为Y举行欢迎仪式`: a ceremony held for a guest (为, then the guest, then the holding verb). */
const HELD_FOR = new RegExp(`为([^，。；为]{2,16}?)(?:${HELD})`, 'g');

/** Names joined by 和, 与, 及 or 、 (a spouse too: `和夫人`), the last of `ps` and those before it. */
function joinedBefore(s: Sentence, ps: PersonMention[]): PersonMention[] {
  const out = ps.slice(-1);
  for (let k = ps.length - 2; k >= 0 && JOINED.test(s.text.slice(ps[k].end - s.start, out[0].start - s.start)); k--) out.unshift(ps[k]);
  return out;
}

/** Names joined by 和, 与, 及 or 、, the first of `ps` and those after it. */
function joinedAfter(s: Sentence, ps: PersonMention[]): PersonMention[] {
  const out = ps.slice(0, 1);
  for (let k = 1; k < ps.length && JOINED.test(s.text.slice(out.at(-1)!.end - s.start, ps[k].start - s.start)); k++) out.push(ps[k]);
  return out;
}

/** What joins two names of one party (a spouse too: `和夫人`). */
const JOINED = /^(?:和|与|及|、)(?:夫人)?$/;

/** The manner between the holding verb and the ceremony (`举行盛大隆重的欢迎仪式`). */
const MANNER_GAP = new RegExp(`^了?${HELD_MANNER}$`);

/** `习近平在人民大会堂为阿巴斯举行欢迎仪式`: the host who holds a ceremony for a guest and the guest attend it. */
/** The one who holds a meeting with others (the clause's last name before the 同/与 at `at`) and those named up to `end`, at it. */
function heldWith(b: Builder, s: Sentence, ps: PersonMention[], v: RegExpMatchArray, at: number, end: number, target: Entity, othersNeeded: boolean): void {
  const clauseStart = s.start + clauseStartAt(s.text, v.index!, /[，。；]/);
  const host = ps.filter((p) => p.start >= clauseStart && p.end <= at).slice(-1);
  const others = ps.filter((p) => p.start > at && p.end <= end);
  // (not one planned: `将为…举行欢迎仪式`)
  if (PLANNED_SIGNING.test(s.text.slice(clauseStart - s.start, v.index!))) return;
  if (host.length && (others.length || !othersNeeded)) attend(b, [...host, ...others], target, s, 'attended.held-with', 'attended', false);
}

function hostAndGuest(b: Builder, s: Sentence, ps: PersonMention[], meetings: MeetingMention[], ents: Map<string, Entity>, main: Entity | null): void {
  // (every host and guest below is one of the sentence's persons, and nothing else is written: a sentence that names
  // none is passed by without its scans)
  if (ps.length === 0) return;
  for (const v of allMatches(HELD_FOR, s.text)) {
    const at = s.start + v.index!;
    const end = at + v[0].length;
    const m = meetings.find((x) => x.start >= end && x.end <= s.end && (x.start - end <= 4 || MANNER_GAP.test(s.text.slice(end - s.start, x.start - s.start))));
    const target = m ? ents.get(`${m.start}`) : undefined;
    if (!target) continue;
    const clauseStart = s.start + clauseStartAt(s.text, v.index!, /[，。；]/);
    const before = ps.filter((p) => p.start >= clauseStart && p.end <= at);
    // (hosts joined by 和, a spouse too: `习近平和夫人彭丽媛…为…举行欢迎仪式`)
    const host = joinedBefore(s, before);
    const guests = ps.filter((p) => p.start > at && p.end <= end);
    if (host.length === 0 || guests.length === 0) continue;
    // (not one planned: `届时习近平主席和夫人将为…举行欢迎仪式`)
    if (PLANNED_SIGNING.test(s.text.slice(clauseStart - s.start, v.index!))) continue;
    attend(b, [...host, ...guests], target, s, 'attended.host', 'attended', false);
  }
  // `习近平和夫人彭丽媛出席金正恩和夫人李雪主在机场举行的欢送仪式`: the guests who attend a gathering and its hosts
  if (s.text.includes('举行的') || s.text.includes('举办的')) for (const v of allMatches(ATTENDS_HELD_BY, s.text)) {
    const end = s.start + v.index! + v[0].length;
    const m = meetings.find((x) => x.start === end);
    const target = m ? ents.get(`${m.start}`) : undefined;
    if (!target) continue;
    const at = s.start + v.index!;
    const hostsFrom = at + v[0].indexOf(v[1]);
    const hosts = joinedAfter(s, ps.filter((p) => p.start >= hostsFrom && p.end <= hostsFrom + v[1].length));
    // (bodies that hold it name no host: the guests attend by the verb alone, attended.verb; nor one it commemorates,
    // `纪念刘海同志诞辰100周年举办的`)
    if (hosts.length === 0 || !AFTER_HOSTS.test(s.text.slice(hosts.at(-1)!.end - s.start, end - s.start))) continue;
    const clauseStart = s.start + clauseStartAt(s.text, v.index!, /[，。；]/);
    const before = ps.filter((p) => p.start >= clauseStart && p.end <= at);
    // (a clause with no subject of its own goes on with the sentence's: `王明抵达临海国，出席苏丽总统举行的欢迎仪式`)
    const guests = before.length ? joinedBefore(s, before) : ps.filter((p) => p.start >= s.start && p.end <= at).slice(0, 1);
    attend(b, [...guests, ...hosts], target, s, 'attended.host', 'attended', false);
  }
  // `X在…同A、B…举行第三次“1+6”圆桌对话会`: a meeting one holds with others, each of them at it
  if (s.text.includes('举行')) for (const v of allMatches(HELD_WITH, s.text)) {
    const at = s.start + v.index!;
    const end = at + v[0].length;
    const m = meetings.find((x) => x.start >= end && x.start - end <= 2 && x.end <= s.end && !x.bare);
    const target = m ? ents.get(`${m.start}`) : undefined;
    if (!target) continue;
    heldWith(b, s, ps, v, at, end, target, true);
  }
  // `副市长X与调研组一行座谈。座谈会上，…`: one who sits down with others (座谈 as the clause's verb) is at the 座谈会 the
  // article is about (a trip's, named by its place), and so are those named with him
  if (s.text.includes('座谈')) for (const v of allMatches(SAT_DOWN_WITH, s.text)) {
    const at = s.start + v.index!;
    const end = at + v[0].length;
    // (the 座谈会 of the sentence after the verb, else the article's own where it is one, else the one it names after)
    const m = meetings.find((x) => x.start >= end && ents.get(`${x.start}`)?.name.endsWith('座谈会'));
    const later = [...new Set([...ents].filter(([start, e]) => +start >= end && e.type === 'Meeting' && e.name.endsWith('座谈会')).map(([, e]) => e))];
    const target = m ? ents.get(`${m.start}`) : main?.name.endsWith('座谈会') ? main : later.length === 1 ? later[0] : undefined;
    if (!target) continue;
    heldWith(b, s, ps, v, at, end, target, false);
  }
  // `会谈前，X在…举行盛大欢迎仪式`, for no one named: its host, and whom he holds the talks with (MET above)
  const heldAlone = s.text.includes('欢迎仪式') && !s.text.includes('为') ? HELD_WELCOME.exec(s.text) : null;
  const ceremonyHeld = heldAlone && meetings.find((x) => x.start >= s.start + heldAlone.index + 2 && x.start <= s.start + heldAlone.index + heldAlone[0].length);
  const heldTarget = ceremonyHeld ? ents.get(`${ceremonyHeld.start}`) : undefined;
  if (heldAlone && heldTarget) {
    const clauseStart = s.start + clauseStartAt(s.text, heldAlone.index, /[，。；]/);
    const host = ps.filter((p) => p.start >= clauseStart && p.end <= s.start + heldAlone.index).slice(-1);
    const hostEntity = host.length ? b.find('Person', host[0].name) : undefined;
    const partners = hostEntity ? b.relations.filter((r) => r.type === 'MET' && (r.from === hostEntity.id || r.to === hostEntity.id)).map((r) => (r.from === hostEntity.id ? r.to : r.from)) : [];
    if (hostEntity && partners.length) {
      attend(b, host, heldTarget, s, 'attended.host', 'attended', false);
      for (const id of new Set(partners)) {
        const guest = b.entities.find((e) => e.id === id);
        if (guest) attend(b, [guest], heldTarget, s, 'attended.host', 'attended', false);
      }
    }
    // (a clause of its own with no subject, after those who greet the guest: `A、B专程赴机场迎接G，并在机场举行欢迎仪式`: A, B and G)
    const greeted = host.length === 0 ? GREETED_THEN_HELD.exec(s.text.slice(0, heldAlone.index)) : null;
    if (greeted) {
      const greetAt = s.start + greeted.index;
      const hosts = ps.filter((p) => p.end <= greetAt && p.start >= s.start + clauseStartAt(s.text, greeted.index, /[，。；]/));
      const guests = ps.filter((p) => p.start > greetAt && p.end <= s.start + heldAlone.index);
      if (hosts.length && guests.length) attend(b, [...hosts, ...guests], heldTarget, s, 'attended.host', 'attended', false);
    }
  }
  // `欢迎仪式后，X同Y会谈`: the two who hold the talks were at the welcome ceremony before them
  const after = s.text.includes('欢迎仪式后') ? TALKS_AFTER_WELCOME.exec(s.text) : null;
  const welcomed = after && b.entities.find((e) => e.type === 'Meeting' && /.欢迎仪式$/.test(e.name));
  if (after && welcomed) {
    const hostEnd = s.start + after.index + after[0].length - after[2].length - 1;
    const host = ps.filter((p) => p.start >= s.start + after.index && p.end <= hostEnd).slice(-1);
    const guests = ps.filter((p) => p.start > hostEnd && p.end <= s.start + after.index + after[0].length);
    if (host.length && guests.length) attend(b, [...host, ...guests], welcomed, s, 'attended.host', 'attended', false);
  }
  // `X在…举行仪式，欢迎Y对我国进行国事访问`: the welcome ceremony the report names (出席欢迎仪式)
  const welcome = s.text.includes('仪式，欢迎') ? HELD_TO_WELCOME.exec(s.text) : null;
  const ceremony = welcome && b.entities.find((e) => e.type === 'Meeting' && /欢迎仪式$/.test(e.name));
  if (welcome && ceremony) {
    const at = s.start + welcome.index;
    const clauseStart = s.start + clauseStartAt(s.text, welcome.index, /[，。；]/);
    const host = ps.filter((p) => p.start >= clauseStart && p.end <= at).slice(-1);
    const guests = ps.filter((p) => p.start >= at + welcome[0].length - welcome[1].length && p.end <= at + welcome[0].length);
    if (host.length && guests.length) attend(b, [...host, ...guests], ceremony, s, 'attended.host', 'attended', false);
  }
}

/** A decision that puts one forward for a speech to come, right before him (`会议推举…`, `建议由…`, `决定由…`). */
const PUT_FORWARD = /(?:推举|推选|(?:建议|决定|确定|同意)由)[^，。；的]{0,20}$/;
/** 迎接 the guest, then a clause that holds the ceremony with no subject of its own (`迎接习近平，并在机场举行`). */
const GREETED_THEN_HELD = /迎接[^，。；]{2,20}[，,](?:并|随后)?[^，。；]{0,12}$/;
/** `X在…举行盛大欢迎仪式`: the holding verb (and its manner) up to the ceremony, its start the host's clause's end. */
const HELD_WELCOME = new RegExp(`${HELD}(?:${HELD_MANNER})?(?=欢迎仪式)`);

/** `欢迎仪式后，X同Y举行会谈`: the talks' host, then his guest, after the ceremony. */
const TALKS_AFTER_WELCOME = /欢迎仪式后，([^，。；]{2,24}?)[同与]([^，。；]{2,30}?(?:举行|进行)?(?:会谈|会晤))/;

/** 与/同 others, then 座谈 as the clause's verb (`与调研组一行座谈。`, `同企业负责人进行座谈交流，`). */
const SAT_DOWN_WITH = /(?:与|同)(?![志时])[^，。；]{1,30}?(?:进行)?座谈(?:交流)?(?=[，。；]|$)/g;
/** `同A、B…举行`, `A和B举行…会议`: those one holds a meeting with, up to the holding verb. */
const HELD_WITH = /[同与和]([^，。；同与和]{2,200}?)(?:共同)?举行了?/g;

/** `举行仪式，欢迎Y对我国进行国事访问`: the guest welcomed, up to his visit. */
const HELD_TO_WELCOME = /(?:举行|主持了?)(?:欢迎)?仪式，欢迎([^，。；]{2,40}?)(?=对|访华|来华|[，。；])/;

/** A sentence that ends saying its meetings are held (`…四个会套在一起开。`, `…会议在京召开。`). */
const HELD_AT_END = /(?:召开|举行|举办|开幕|闭幕|(?<![展放公召离])开)了?[。！]?$/;
/** `就在危楼前开始了`: a meeting that begins right at the scene just told. */
const BEGINS_THERE = /就在[^，。；]{1,30}?(?:开始|召开|举行)/;
/** A sentence whose held meetings are greeted, awaited or written to, not where the next speaker is. */
const NOT_HERE = /迎接|喜迎|祝贺|庆祝|预祝|期待|筹备|贺信|贺电|贺词|致信|致电|来信/;
/** What follows a meeting the sentence only refers to (`十五大精神`, `…会议以来`). */
const REFERRED_AFTER = /^(?:精神|以来|的精神|部署|决策|报告)/;

/**
 * Attendance told as a scene across sentences, where no verb ties a person to a meeting:
 * - the meetings a sentence says are held, and the speakers who open the next sentence
 *   (`…把A、B、C四个会套在一起开。省委书记X、省长Y强调，大会期间…`): they spoke at each;
 * - a meeting that begins right where the leaders just named came (`省委书记X，省长Y…走下车来。
 *   …一个特殊的常委扩大会就在危楼前开始了`): each of them attends it.
 */
/** A speech given at a 会见 of a meeting's delegates (`在会见出席这次会议的代表时强调`): its host, the clause's last name before it. */
const DELEGATES_MET = /在(?:会见|接见)(?:出席|参加)?[^，。；]{0,30}?(?:会议?|的)(?:全体|与会|部分)?代表时/g;

/**
 * One who speaks at a 会见 of a meeting's delegates speaks there, not at the meeting (pfr-dev: `江泽民…在会见
 * 出席…会议的代表时强调`, then `江泽民在讲话中说`): his speech is no attendance at it. Those the report
 * says attend (出席, 主持) keep theirs, and one who only meets the delegates after his speech at the
 * meeting (`…发表重要讲话。…会见了出席…的全体代表`) keeps his.
 */
export function delegatesHosts(b: Builder, text: string, sents: Sentence[], named: PersonMention[]): void {
  // (the scan only where its last words stand: it tries its 会见 and up to 30 characters at every 在)
  if (!text.includes('代表时')) return;
  const hosts = new Set<string>();
  for (const m of allMatches(DELEGATES_MET, text)) {
    const s = sentenceAt(sents, m.index!);
    if (!s) continue;
    const clauseStart = s.start + clauseStartAt(s.text, m.index! - s.start, /[。；]/);
    const who = named.filter((p) => p.start >= clauseStart && p.end <= m.index!).at(-1);
    if (who) hosts.add(who.name);
  }
  if (hosts.size === 0) return;
  const ids = new Set(b.entities.filter((e) => e.type === 'Person' && hosts.has(e.name)).map((e) => e.id));
  b.unrelate((r) => r.type === 'ATTENDED' && r.rule === 'attended.speaker' && ids.has(r.from));
}

export function sceneAttendance(b: Builder, text: string, sents: Sentence[], named: PersonMention[], meetings: MeetingMention[], ents: Map<string, Entity>): void {
  // (named is sorted by start: a binary search, not a filter of every name for every sentence)
  const personsIn = (from: number, to: number) => within(named, from, to);
  const meetingsIn = (from: number, to: number) =>
    meetings.filter((m) => m.start >= from && m.end <= to && ents.has(`${m.start}`) && !REFERRED_AFTER.test(text.slice(m.end, m.end + 3)));
  for (let i = 1; i < sents.length; i++) {
    const s = sents[i];
    const prev = sents[i - 1];
    // the speakers: names (with their posts) from the sentence's start to a verb of saying
    const clauseEnd = s.start + (s.text.search(/[，。；：]/) + 1 || s.text.length + 1) - 1;
    const who = personsIn(s.start, clauseEnd);
    if (who.length && HELD_AT_END.test(prev.text) && who[0].start - s.start <= 24 && SAYS.test(text.slice(who[who.length - 1].end, clauseEnd))) {
      const lastClause = prev.start + Math.max(prev.text.lastIndexOf('，'), prev.text.lastIndexOf('：')) + 1;
      // (not a meeting greeted or awaited: `致贺信，祝贺…会议在吉达召开。习近平指出`, `迎接党的二十大胜利召开`)
      const ms = NOT_HERE.test(prev.text) ? [] : meetingsIn(lastClause, prev.end);
      for (const m of ms) attend(b, who, ents.get(`${m.start}`)!, s, 'attended.next-speaker', 'attended', true);
    }
    // the scene: the sentences before the meeting's own in its paragraph, else the paragraph before
    const ms = meetingsIn(s.start, s.end);
    if (!ms.length || !BEGINS_THERE.test(s.text) || personsIn(s.start, s.end).length) continue;
    const paraStart = text.lastIndexOf('\n', s.start - 1) + 1;
    const from = paraStart < s.start ? paraStart : text.lastIndexOf('\n', paraStart - 2) + 1;
    const there = [...new Map(personsIn(from, s.start).map((p) => [p.name, p])).values()];
    if (there.length < 2) continue;
    attend(b, there, ents.get(`${ms[0].start}`)!, s, 'attended.scene', 'attended', false);
  }
}

/**
 * One who calls a meeting (`李克强在北京召开高等教育改革创新座谈会`) where another chairs it (`刘延东主持座谈会`)
 * attends it: the chair presides (中国政府网 writes 召开 for the premier and 主持 for a vice-premier; 主持召开
 * is the chair's own).
 */
/** What follows the second of two meetings named together: their one holding verb (`…2日上午在京开幕`). */
const HELD_TOGETHER = /^[^，。；]{0,24}?(?:召开|举行|开幕|闭幕)/;

/**
 * `A、B2日上午在京开幕`: two meetings held together, the report's first: those the report has at
 * it are at the other too, in the same role.
 */
export function jointMeetings(b: Builder, text: string, meetings: MeetingMention[], ents: Map<string, Entity>, main: Entity | null): void {
  if (!main) return;
  for (const m of meetings) {
    if (ents.get(`${m.start}`) !== main) continue;
    const joint = /[、和]/.test(text[m.end] ?? '') ? meetings.find((x) => x.start === m.end + 1) : undefined;
    const other = joint && ents.get(`${joint.start}`);
    if (!joint || !other || other === main || !HELD_TOGETHER.test(text.slice(joint.end, joint.end + 30))) continue;
    // (not one at the ceremony that opens both: `A和B12日开幕。韩正出席开幕式` — one ceremony)
    for (const r of b.relations.filter((x) => x.type === 'ATTENDED' && x.to === main.id && !/开幕式|闭幕式/.test(x.evidence.text))) {
      const who = b.entities.find((e) => e.id === r.from);
      if (who) b.relate('ATTENDED', who, other, r.evidence, 'attended.joint', { role: r.role, spoke: r.spoke });
    }
    return;
  }
}

/**
 * A trip's one meeting held on the way (`…先后到A、B等地，…并召开座谈会`, `在随后召开的座谈会上，…`, `座谈会上，…`): those
 * who made the trip's visits attend it — its leader and those who went with him; the one who calls it, named
 * last before 召开 in its sentence (no 主持 there, no companion 在…陪同下), presides. Only where the article holds one
 * such meeting and tells of visits; not a meeting planned, held by a body or at another time, nor a visit of another time.
 */
export function tripAttendance(b: Builder, text: string, sents: Sentence[], meetings: MeetingMention[], ents: Map<string, Entity>): void {
  // (not one planned, nor one a body holds, nor one of another time: `要适时召开…现场会`, `市委召开…推进会`, `去年，…召开`)
  // (nor one its sentence tells of another time: `早在1991年，习近平在福州工作期间就召开…现场办公会`)
  const held = meetings.filter((m) => !m.ref && TRIP_MEETING_HEAD.test(m.name) && (TRIP_MEETING_CALLED.test(text.slice(Math.max(0, m.start - 24), m.start)) || (text.startsWith('上', m.end) && /(?:^|[。\n，])$/.test(text.slice(Math.max(0, m.start - 1), m.start)))) && !NOT_THE_TRIPS.test(text.slice(clauseStartAt(text, m.start, /[，。；\n]/), m.start)) && !PAST_VISIT.test(text.slice(clauseStartAt(text, m.start, /[。；\n]/), m.start)));
  const meeting = new Set(mapArray(held, (m) => ents.get(`${m.start}`)).filter((e): e is Entity => e !== undefined));
  if (meeting.size !== 1) return;
  const [e] = meeting as Set<Entity>;
  const first = held.find((m) => ents.get(`${m.start}`) === e)!;
  const s = sentenceAt(sents, first.start);
  if (!s) return;
  // (visits told up to the meeting's sentence, not one told as when a studied speech was given: `学习…在广东考察时的重要讲话精神`)
  // (nor one of another time, told as the trip's background: `2020年5月，王明到临江考察，…`)
  // (nor one named only as the leader whose words the trip studies: `调研组围绕深入贯彻落实习近平总书记…精神…在北京市开展调研`)
  const persons = new Map(b.entities.filter((x) => x.type === 'Person').map((x) => [x.id, x]));
  const name = (r: Relation) => persons.get(r.from)?.name ?? '';
  const visits = b.relations.filter((r) => r.type === 'VISITED' && r.evidence.start <= s.start && !SPEECH_OF_VISIT.test(r.evidence.text) && !PAST_VISIT.test(r.evidence.text) && !new RegExp(`${escapeRegExp(name(r))}(?:同志|总书记|主席)?[^，。；]{0,30}?(?:精神|重要论述|重要讲话|重要指示|思想)`).test(r.evidence.text));
  if (visits.length === 0) return;
  const visitors = [...new Set(visits.map((r) => r.from))].map((id) => persons.get(id)).filter((p): p is Entity => p !== undefined);
  // (the caller: the visitor named last before 召开 in the meeting's sentence, `焦红艳一行…并召开座谈会`)
  // (not a companion named 在…陪同下 before it: `王明一行在县长刘海的陪同下，…并召开座谈会`)
  const before = s.text.slice(0, first.start - s.start).replace(/在[^，。；]{0,30}?陪同下/g, '');
  const caller = /召开(?:了)?[^，。；]{0,20}$/.test(before) && !/主持/.test(before) ? visitors.filter((p) => before.includes(p.name)).sort((x, y) => before.lastIndexOf(y.name) - before.lastIndexOf(x.name))[0] : undefined;
  for (const p of visitors) b.relate('ATTENDED', p, e, s, 'attended.trip', { role: p === caller ? 'presided' : 'attended' });
}
/** What makes a meeting none held on the trip: a plan (`要适时召开`; not 要求), a body the clause's subject that holds it (`市委召开`; not `在县委召开`), another time (`去年，`). */
const NOT_THE_TRIPS = /(?<![主重需])要(?!求)|将|拟|适时|尽快|定期|即将|去年|此前|曾(?:经|于|在)|^[^在]{0,12}?(?:党委|党组|[省市县区镇]委|政府|办公室)(?:主持)?召开/;
/** A visit or a meeting told as the trip's background, of another time (`2020年5月，王明到临江考察`, `早在1991年，…召开…`; not a lede dated in full, `2024年5月6日，…`). */
const PAST_VISIT = /^(?:早在|\d{4}年(?!\d{1,2}月\d{1,2}日)|去年|前年|此前|当年)/;
/** A visit told as when a speech or an instruction was given (`…在广东考察时的重要讲话精神`). */
const SPEECH_OF_VISIT = /(?:时|期间)(?:所作|发表)?的(?:重要)?(?:讲话|指示)/;
/** The heads of a meeting a trip holds on its way (lexicon: TRIP_MEETING_HEADS). */
const TRIP_MEETING_HEAD = new RegExp(`(?:${TRIP_MEETING_HEADS.join('|')})$`);
/** What calls it in its sentence: 召开 and the words of its name (`召开了有…参加的座谈会`), or 在随后召开的. */
const TRIP_MEETING_CALLED = /(?:(?:并|随后|还|后|[，。\n])(?:主持)?召开(?:了)?[^，。；]{0,16}|在随后召开的|召开了?)$/;

export function callerAttends(b: Builder): void {
  const presided = b.relations.filter((r) => r.type === 'ATTENDED' && r.role === 'presided' && r.rule === 'attended.verb');
  for (const r of presided) {
    const name = b.entities.find((e) => e.id === r.from)?.name;
    if (!name) continue;
    const called = new RegExp(`${escapeRegExp(name)}[^，。；]{0,24}?(?<!主持)召开`).test(r.evidence.text) && !r.evidence.text.includes(`${name}主持`);
    const chair = called && presided.find((x) => x !== r && x.to === r.to && x.from !== r.from && /主持/.test(x.evidence.text));
    if (chair) r.role = 'attended';
  }
}

/**
 * The merge's last word on attendance: a meeting the text announces for a later day than the article's
 * (`习近平将于7月27日…出席…开幕式`, then `来华出席开幕式并访问的外国领导人有：…`) has not been held yet, so no
 * one has attended it — whatever rule read the act. Nor has the deceased attended his own farewell
 * (`…参加罗志军同志遗体送别仪式`: his name is in the ceremony's).
 */
export function attendableOnly(relations: Relation[], announced: ReadonlySet<Entity>, entities: readonly Entity[] = []): Relation[] {
  const ids = new Set([...announced].map((e) => e.id));
  const name = new Map(entities.map((e) => [e.id, e.name]));
  // (a farewell is named from the deceased on: meetings.ts)
  const ownFarewell = (r: Relation) => FAREWELL.test(name.get(r.to) ?? '') && (name.get(r.to) ?? '').startsWith(`${name.get(r.from)}同志`);
  return relations.filter((r) => r.type !== 'ATTENDED' || (!ids.has(r.to) && !ownFarewell(r)));
}
