// Meetings: names read back from a head noun, numbered congresses, bare head nouns named by
// their host, and which meeting an article is about.
import type { Entity } from '../model';
import type { SegmentedArticle } from '../segment/segment';
import { allMatches, normName, escapeRegExp, WordScan, type Sentence } from './text';
import { HELD, HELD_OR_OPENED, HELD_MANNER, MEETING_HEADS, MEETING_HEAD_RE, ORG_SUFFIX_RE, STANDALONE_ORGS, LEFT_STOPS, TITLE_HEAD_END, DEMOCRATIC_PARTY_SHORT, PROVINCES, PROVINCE_NAMES, EVENT_TITLE, EVENT_HEADS, COURSE_CEREMONIES, INTERNATIONAL_ORGS, TITLE_HEAD_RE, BARE_HEADS, HOSTED_ONLY_HEADS, outletPlace, CALLED_MEETING_HEAD_WORDS, SESSION_STUDY_VERBS, SESSION_ACT_ADVERBS, MEETING_NAMING_VERBS, BODY_HEAD_POSTS, PRESS_SPEAKER_POSTS, BODY_ASSEMBLY_SUFFIXES, STUDIED_BEFORE_HEAD, STUDYING_MEETING_VERBS, DELEGATION_SITTINGS, CEREMONY_ACTS, ON_SITE_HEADS, TRIP_BARE_HEADS, TRIP_MEETING_HEADS, STANDING_STUDY_HELD, PRESS_KIND, PRESS_HEAD, SPIRIT_MEETING_ACTS } from './lexicon';
import { mapArray, ScratchMarks } from '../arrays';
import { Builder } from './builder';
import { placeWordAt, placeWordEndingAt, isVerb, isFunctionWord, isCommonWord, isCityStem } from './jieba';
import { leftEdge, DATE_PREFIX, sentenceAt, explicitDate, IN_MEETING_NAME, clauseStartAt, describesNextMeeting } from './spans';
import { DATED_DATELINE, cnNumber } from '../segment/dates';

/** What the modal verb 会 brings about, after it (`…会导致`, `…会使`): a 会 before it heads no meeting. */
const MODAL_HUI_AFTER = /^(?:导致|使得?|造成|带来|影响|引起|引发|变得|成为)/;
/** The holding verb and its manner right before a welcome ceremony (`为Y举行盛大隆重的欢迎仪式`): the one held. */
const HELD_WELCOME_BEFORE = new RegExp(`(?:举行|主持)了?(?:${HELD_MANNER})?$`);
/** The manner a meeting is held in, before its name (`举行隆重欢迎仪式`): no part of it. */
const MANNER_BEFORE_NAME = new RegExp(`^${HELD_MANNER}(?=[\\u4e00-\\u9fff]{2})`);
/** A count of sittings before a meeting's name (`两次临江论坛`), not a session's number (`三次会议`, `一次全体会议`). */
const COUNT_BEFORE_NAME = /^(?:[\d０-９]+|[两二三四五六七八九十]+)次(?![会大全常])(?=[\u4e00-\u9fff“"]{2})/;
/** The verb of holding with 过 before such a count (`召开过`, `举办过`). */
const HELD_BEFORE_COUNT = /(?:召开|举办|举行)过$/;
/** Verbs that say a meeting takes place: the reported meeting is their subject or object. */
// (after the clause of what it completed first: `…第三十七次会议在完成各项议程后，29日下午在长春闭幕`)
const HELD_AFTER = new RegExp(`^(?:在?(?:完成|圆满完成|顺利完成|结束)了?[^，。；,]{0,10}?议程后[，,])?[^，。；]{0,24}?(?:${HELD_OR_OPENED}|闭会(?!期间)|开始|隆重|在[^，。；]{1,16}?(?:${HELD_OR_OPENED}|闭会(?!期间)))`);
// (`在今天结束的…会上`: the meeting that ended or opened is the one reported too; one adjourned, `…今天在兰州闭会`,
// not the time between its sittings, `在…闭会期间`)
// (the manner it was held in between, `举行隆重颁奖仪式`)
const HELD_BEFORE = new RegExp(`(?:${HELD}|主持召开|主持|出席|参加)[了的]?$|(?:${HELD})了?${HELD_MANNER}$|(?:结束|闭幕|闭会|开幕)的$|参加[他她]所在的$`);
const HELD_HERE = new RegExp(`${HELD_OR_OPENED}|主持`);

/**
 * The meetings of the text and of the headline as entities; which one the article reports
 * (its main meeting). One meeting, one entity: the main meeting's other forms in the
 * article — the headline's short name, `本次会议`, `开幕会`, a bare head noun that ends its
 * name — are its aliases, and their mentions point at it. `announced`: the meetings the text
 * announces for a later day than the article's, none attended yet.
 */
export function addMeetings(b: Builder, article: SegmentedArticle, sents: Sentence[], persons: readonly { name: string; start: number; end: number }[] = []): { meetings: MeetingMention[]; meetingEntity: Map<string, Entity>; main: Entity | null; announced: ReadonlySet<Entity> } {
  const text = article.text;
  const titleText = `${article.title} ${article.subtitle ?? ''}`;
  // (a head noun that ends a person's name is none: `会议由开封高中校长宋全会主持`)
  const meetings = findMeetings(text).filter((m) => !persons.some((p) => p.end === m.end && p.start > m.end - 4 && p.start < m.end - 1));
  // a county's or a city's own outlet names its meetings by their level alone (`县长办公会`, `县政府常务会议`):
  // the unit the outlet names is theirs (舒城县县长办公会), so that two counties' meetings are two
  // (a city's paper by the city alone too, `济南日报`: where the dictionary knows it a place; a province's is none)
  const unit = outletUnit(article.newspaper) ?? outletPlace(article.newspaper, '市', (n) => placeWordAt(n, 0) === n.length);
  // (its organs by the unit's name and theirs, `新郑市委`, `舒城县政府`; its head's post with the unit whole, `舒城县县长办公会`)
  const own = (n: string) => (unit && LEVEL_ONLY.test(n) && n.startsWith(unit.slice(-1)) ? (ORGAN_OF_LEVEL.test(n) ? unit.slice(0, -1) : unit) + n : n);
  // (not one the headline's meeting studies: 学习贯彻党的二十大精神研讨班, 传达…全会精神)
  const titleMeetings = mapArray(
    // (nor a bare 开幕式 it names nothing by: `罗干出席开幕式`)
    // (nor one that only describes the guests welcomed: `习近平和彭丽媛欢迎出席第二届…高峰论坛的外方领导人`)
    // (nor one whose delegates are met: `江泽民会见全国宣传部长会议代表时强调`)
    // (nor one it decides to hold: `…召开主席会议 决定9月26日召开…常委会会议`)
    findMeetings(titleText).filter((m) => !studied(titleText, m) && !SCHEDULED_BEFORE.test(titleText.slice(Math.max(0, m.start - 20), m.start)) && !(m.bare && (OPENING_OR_CLOSING.test(m.name) || COURSE_CEREMONY.test(m.name))) && !guestsCameFor(titleText, m) && !delegatesMet(titleText, m)),
    (m) => own(m.name),
  ).filter((n) => !REFERENCE.test(n));
  const meetingEntity = new Map<string, Entity>();
  const names = new Map<MeetingMention, string>();
  for (const m of meetings) {
    if (m.ref) continue;
    if (m.bare) {
      const host = hostOf(text, sents, m.start);
      // else the headline's one meeting of that head names it (spec: `主持召开座谈会` under a headline
      // `…主持召开某某座谈会`)
      const titled = titleMeetings.length === 1 && titleMeetings[0]!.endsWith(m.name) ? titleMeetings[0]! : null;
      // (a course's opening by the course the text names whole, not by the headline's shorter form of it:
      // `学习贯彻党的二十大精神研讨班开班式` over `新进中央委员会的…学习贯彻…和党的二十大精神研讨班7日…开班`)
      const course = titled !== null && COURSE_CEREMONY.test(m.name) ? courseName(text) : null;
      if (host) names.set(m, host + m.name);
      else if (course && formOf(titled!, course + m.name)) names.set(m, course + m.name);
      // (not where the headline's is as bare: `栗战书主持召开座谈会就…`)
      else if (titled !== null && titled !== m.name) names.set(m, titled);
      else {
        // else the one place the article's trip went to (`李希在天津调研` → 天津座谈会; spec: place and head noun)
        // (the province whose report it hears: `主持召开座谈会，听取云南省…汇报`; the provinces of a trip to several)
        // (a later bare mention is the one named before it: `座谈会上，…`)
        const before = [...names].reverse().find(([x]) => x.bare && x.name === m.name)?.[1];
        // (a bare celebration is the one the article named: `…创刊15周年庆祝活动…举行` … `出席庆典的`)
        const celebration = CELEBRATION.test(m.name) ? [...names].find(([x, n]) => !x.bare && !x.ref && x.start < m.start && CELEBRATION_NAMED.test(n))?.[1] : undefined;
        if (PRESS.test(m.name)) {
          // (a press conference by the body of the one who speaks at it: `外交部发言人沈国放今天在记者招待会上宣布` → 外交部记者招待会)
          // (else by the one who speaks at it, no body named with him: `内塔尼亚胡在…举行的记者招待会上表示` → 内塔尼亚胡记者招待会;
          // another's is another conference, `外长利维在…举行的记者招待会上宣布`; else the one named before)
          const body = pressBody(text, m.start);
          const speaker = body ? null : pressSpeaker(text, m.start, persons);
          if (body) names.set(m, body + m.name);
          else if (speaker) names.set(m, speaker + m.name);
          else if (before) names.set(m, before);
        } else if (before) names.set(m, before);
        else if (celebration) names.set(m, celebration);
        else if (OPENING_OR_CLOSING.test(m.name) && (meetings.every((x) => x.bare || x.ref) || openedEvent(text))) {
          // `…出席了开幕式` of an exhibition or a festival the article is about (`《世界华人书画展》`, `观看世界华人书画展`)
          const event = /《([^《》]{2,30})》/.exec(text)?.[1];
          // (or that holds its opening in the text, whatever else it names: `“追寻美好生活”中国脱贫成就展28日在纽约…举行开幕式`)
          const shown = event && EVENT_TITLE.test(event) ? event : SHOWN_EVENT.exec(titleText.trim())?.[1] ?? openedEvent(text);
          if (shown) names.set(m, shown + m.name);
        } else if (m.name === '启动仪式') {
          // `…活动20日在哈尔滨启动。省领导…出席启动仪式`: named by what the headline or the text says was launched
          const launched = launchedEvent(titleText) ?? launchedEvent(text);
          if (launched) names.set(m, launched + m.name);
        } else if (COURSE_CEREMONY.test(m.name)) {
          // `出席开班式` of the course the article is about (`…专题研讨班26日至27日在京举行`): named by it
          const course = courseName(text) ?? courseName(titleText);
          if (course) names.set(m, course + m.name);
        } else if (m.name === '联组会') {
          // `看望了参加…会议的民革、科技界、环境资源界委员，并参加联组会`: named by the sectors of the members it joins
          const sectors = allMatches(SECTOR_MEMBERS, text.slice(0, m.start)).at(-1)?.[1];
          if (sectors) names.set(m, `${sectors}委员${m.name}`);
        } else {
          // `广播电影电视部副部长田聪明主持了今天的颁证会`: named by the body of the one who presided over it
          // (unless the text named one of that head before: `…召开高等教育改革创新座谈会。…刘延东主持座谈会`)
          // (not one only spoken of, whose speech or spirit the text studies: `学懂弄通…在第三次中央新疆工作座谈会上的重要讲话精神`,
          // then `并召开座谈会听取…汇报` on a trip is a meeting of its own)
          // (a 座谈会 after a 座谈交流会 named before is that one: `…并召开座谈交流会。…座谈会上，…`)
          // (and one part of a joint name, by 暨: `…辅导报告暨宣讲团备课会在…举行。…主持报告会`)
          const earlier = [...names].find(([x, n]) => !x.bare && !x.ref && x.start < m.start && (n.endsWith(m.name) || n.includes(`${m.name.replace(/会$/, '')}暨`) || (m.name === '座谈会' && /座谈[\u4e00-\u9fff]{1,3}会$/.test(n))) && !SPOKEN_OF_AFTER.test(text.slice(x.end, x.end + 12)));
          // (else the place it was held at, named right before it: `李克强在中南海主持召开座谈会` → 中南海座谈会;
          // spec: place and head noun, as xwlb-dev's 生态环境部座谈会)
          const placed = earlier || !TRIP_BARE.test(m.name) ? null : heldAtPlace(text, m.start);
          const presider = earlier || placed ? null : presiderBody(text, m.name);
          if (earlier) names.set(m, earlier[1]);
          else if (placed) names.set(m, placed + m.name);
          else if (presider) names.set(m, presider + m.name);
          else if (TRIP_BARE.test(m.name)) {
            // (a 现场办公会 a trip holds at its stop as its 座谈会: `到临江工业园区调研…，召开现场办公会` → 临江工业园区现场办公会)
            // (or the body the trip went to, in its sentence or the lede: `赴中国南海研究院调研并召开座谈会` → 中国南海研究院座谈会)
            // (the body of its own sentence before the trip's place: `还到自治区纪委监委机关看望干部，并主持召开座谈会`)
            const sentence = sentenceAt(sents, m.start);
            const own = sentence?.text ?? '';
            // (else the one town, county or city the trip went to, in its sentence before it or in the lede, whatever the
            // visit's verb: `深入罗岭镇，实地察看…，并召开座谈会`, `再次到井陉县实地察看灾情`)
            const ownBefore = sentence ? text.slice(sentence.start, m.start) : '';
            const lede = sents[0]?.text ?? '';
            // (else the body whose member leads the trip the lede tells: `镇江市人大常委会…副主任胡宗元率队视察…`)
            // (or the group that came, named in the headline or the lede: `市人大常委会第三检查组到我区检查指导工作`)
            // (or, last, the paper's own place the trip came to, by the outlet's name: `来我县调研` in 舞阳县人民政府网 → 舞阳县)
            const cameHome = CAME_TO_OWN.exec(titleText) ?? CAME_TO_OWN.exec(lede);
            // (the province heard is the trip's unless the trip went to a place of it the headline or the lede names:
            // `在河北雄安新区调研。…主持召开座谈会，听取河北省…汇报` → 河北雄安新区座谈会)
            const heard = heardProvince(own);
            const within = heard ? tripPlace(titleText) ?? tripPlace(lede) : null;
            const trip = (within && within.startsWith(heard!) && within.length > heard!.length + 1 ? within : heard) ?? tripBody(own) ?? tripStop(ownBefore) ?? tripPlace(titleText) ?? tripPlace(lede) ?? tripProvinces(titleText) ?? tripProvinces(lede) ?? tripBody(lede) ?? tripStop(lede) ?? LED_BY_BODY.exec(lede)?.[1] ?? GROUP_CAME.exec(titleText)?.[1] ?? GROUP_CAME.exec(lede)?.[1] ?? (cameHome ? outletPlace(article.newspaper, cameHome[1]!, (n) => placeWordAt(n, 0) === n.length) : null);
            if (trip) names.set(m, trip + m.name);
          }
          // else the one who presides over it, where neither a body nor a place is named (`市长徐衣显主持召开座谈会，
          // 就…征求…意见` → 徐衣显座谈会, as city papers' golds name it: spec, host and head noun)
          if (!names.has(m)) {
            const presider = presiderNamed(text, m.start, persons);
            if (presider) names.set(m, presider + m.name);
          }
          // (else, on a trip the lede tells and no place or body names, by the one who leads it: `副市长方国强带队，…对钟楼
          // 教育…进行调研` … `在随后召开的座谈会上` → 方国强座谈会; spec: host and head noun)
          if (!names.has(m) && TRIP_BARE.test(m.name)) {
            const leader = tripLeader(text, sents[0], persons);
            if (leader) names.set(m, leader + m.name);
          }
        }
      }
      // (a headline's bare form, where nothing else named it)
      if (!names.has(m) && titled !== null) names.set(m, titled);
      // (an on-site meeting nothing names keeps its kind: `召开现场办公会`)
      if (!names.has(m) && m.name.startsWith('现场') && ON_SITE_HEAD.test(m.name.slice(2))) names.set(m, m.name);
    } else {
      // (a 新闻发布会 is named so whole, but by the body of the one who speaks at it as a bare 记者招待会 is)
      // (and one named by its kind alone: `国际奥委会19日召开线上新闻发布会`)
      // (and one a session's name runs into, that session's: `全国政协十三届一次会议新闻发布会3月2日…召开`)
      const session = PRESS_OF_KIND.test(m.name) ? meetings.find((x) => x.end === m.start && !x.bare && !x.ref) : undefined;
      const body = session ? names.get(session) ?? session.name : PRESS_OF_KIND.test(m.name) ? pressBody(text, m.start) : null;
      // (an activity's ceremony by the activity the text says was held: `…国家主场活动5日在沈阳市举行。…在活动开幕式上…`)
      const activity = ACTIVITY_CEREMONY.test(m.name) ? heldActivity(text) : undefined;
      // (a course's ceremony named by its act alone, by the course the text names: `…专题培训班…正式开班。开班仪式由…主持`)
      // (not one the text names in full: `中共中央党校冬季毕业典礼…。…毕业典礼`)
      const course = COURSE_CEREMONY_NAMED.test(m.name) && !meetings.some((x) => !x.bare && !x.ref && x.name.length > m.name.length && x.name.endsWith(m.name)) ? courseName(text) ?? courseName(titleText) : null;
      names.set(m, body ? body + m.name : activity ? activity + m.name.slice(2) : course ? course + m.name : m.name);
    }
  }
  // a farewell is named from the deceased on (`省政协原副主席、…原主委吴葵光同志遗体送别仪式` → 吴葵光同志遗体送别仪式):
  // his former posts before it describe him, not the ceremony
  for (const [m, n] of names) {
    if (!FAREWELL.test(n)) continue;
    // (the whole name of him, after his posts or a break: not 明华 of 王明华同志)
    const deceased = mapArray(persons, (p) => n.indexOf(`${p.name}同志`)).filter((k) => k > 0 && (TITLE_HEAD_END.test(n.slice(0, k)) || /[、，：]$/.test(n.slice(0, k)))).sort((a, b) => a - b)[0];
    if (deceased !== undefined) names.set(m, n.slice(deceased));
  }
  // `习近平和夫人彭丽媛在…为苏林和夫人吴芳璃举行欢迎仪式`: a welcome ceremony has no name but its host's
  // (spec: host and head noun; xwlb-dev: 王岐山欢迎仪式), and the article's other mentions of it are it
  // (the host of the one held: `为Y举行欢迎仪式`, not one attended or after which they talk: `欢迎仪式后，李强同…`)
  const welcomes = meetings.filter((m) => names.get(m) === '欢迎仪式');
  const held = welcomes.find((m) => HELD_WELCOME_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)));
  // (one named only as what the talks came after, `欢迎仪式后，X同Y举行会谈`: its host holds the talks)
  const before = held ? null : welcomes.find((m) => /^[后前]，/.test(text.slice(m.end, m.end + 2)));
  // (or one a guest attends, its host named after 出席: `出席热恩别科夫总统举行的隆重欢迎仪式`)
  // (each one a guest attends is named by its own host: `出席阿卡拉总统举行的欢迎仪式。…出席苏丽总统举行的欢迎仪式`)
  const attendedHosts = new Map(mapArray(welcomes, (m) => [m, hostOfAttended(text, m.start, persons)] as const).filter(([, h]) => h));
  const welcomeHost = held ? hostBefore(text, held.start, persons) : attendedHosts.size ? null : before ? talksHost(text, before.end + 2, persons) : null;
  if (welcomeHost) for (const m of welcomes) names.set(m, `${welcomeHost}欢迎仪式`);
  else if (attendedHosts.size) {
    // (the others, `欢迎仪式后，…`, are the first one attended)
    const first = [...attendedHosts.values()][0]!;
    for (const m of welcomes) names.set(m, `${attendedHosts.get(m) ?? first}欢迎仪式`);
  }
  // `习近平出席金正恩和夫人李雪主在机场举行的欢送仪式`: a farewell held by one named after the guest's 出席 is named by
  // that host, and the article's 送行仪式 (the host side's word for it) is the same one
  const farewells = meetings.filter((m) => FAREWELL_HEADS.includes(names.get(m)!));
  const farewellHost = mapArray(farewells, (m) => hostOfAttended(text, m.start, persons)).find((h) => h);
  if (farewellHost) for (const m of farewells) names.set(m, `${farewellHost}欢送仪式`);
  // `安徽省人民政府与浙江吉利控股集团在合肥签署战略合作协议。…主持签约仪式`: a signing ceremony named by the two parties that
  // sign before it (spec: a meeting with no name of its own by its hosts and head noun)
  for (const [m, n] of names) {
    // (the signing told in the ceremony's sentence, the one before it, the lede or the headline: not one of another day)
    const own = SIGNING_CEREMONY.test(n) ? sents.findIndex((x) => x.start <= m.start && m.start < x.end) : -1;
    const told = own < 0 ? '' : [sents[own - 1]?.text ?? '', sents[own]!.text.slice(0, m.start - sents[own]!.start), sents[0]!.text, titleText].join('\n');
    const parties = own < 0 ? null : signingParties(told);
    if (parties) names.set(m, parties + n);
  }
  for (const [m, n] of names) names.set(m, own(n));
  // `四川省在成都召开欢送会…。省领导…出席欢送仪式`: a farewell named by its host, and the bare 欢送仪式 or 欢送会 of
  // the same article is it
  const farewell = [...names.values()].find((n) => n.endsWith('欢送会') && n !== '欢送会');
  if (farewell) for (const m of meetings) if (names.get(m) === '欢送仪式' || names.get(m) === '欢送会') names.set(m, farewell);
  let reported = reportedMeeting(meetings, names, sents, titleMeetings, text, titleText);
  // `听取海南省委和省政府工作汇报。…参加汇报会`: the 汇报会 is named by whose report it hears
  // (or a lede that says the leader heard the work report: `在听取…党委、政府工作汇报时强调`)
  if (!reported && (/汇报会/.test(text) || HEARD_REPORT.test(sents[0]?.text ?? ''))) {
    const heard = HEARD_REPORT.exec(`${titleText}。${text}`);
    // (`听取广西壮族自治区党委、政府工作汇报` is named as the genre joins the two: 党委和政府)
    if (heard) reported = { name: `${heard[1].replace('、', '和')}工作汇报会`, mention: null, fromTitle: null };
  }
  let main: Entity | null = null;
  if (reported) {
    main = b.entity('Meeting', reported.name, { date: null, location: null, aliases: [] });
    if (article.date) {
      const s = reported.mention ? sentenceAt(sents, reported.mention.start) : undefined;
      main.date = (s && explicitDate(s.text, article.date)) ?? article.date;
    }
  }
  const alias = (n: string) => {
    if (main && n !== main.name && !main.aliases!.includes(n)) main.aliases!.push(n);
  };
  for (const m of meetings) {
    const name = names.get(m);
    // (a meeting whose speech is studied is an earlier one, whatever its name shares with this one:
    // `学习习近平总书记在民营企业座谈会上的重要讲话精神` in a report of the 民营企业家迎春座谈会)
    // (nor is one whose spirit is passed on, another level's, `传达了省委、市委、县委主题教育动员部署会议精神`, nor one held after it,
    // `会后，…主持召开…培训会议`)
    const notMain = !m.ref && !m.bare && name !== undefined && name !== main?.name && m !== reported?.mention;
    const earlier = notMain && (SPEECH_STUDIED.test(text.slice(m.end, m.end + 12)) || text.startsWith('精神', m.end) || HELD_AFTER_IT.test(text.slice(Math.max(0, m.start - 40), m.start)));
    // (a meeting of 有关 names none: `落实中央、省委…有关部署会议精神`)
    if (name && !m.ref && SOME_MEETING.test(name)) continue;
    if (main && !earlier && (m.ref || m === reported!.mention || formOf(name ?? m.name, main.name))) {
      if (name) alias(name);
      meetingEntity.set(`${m.start}`, main);
      continue;
    }
    if (!name) continue;
    // a shorter form of a meeting the article named before (`中非合作论坛北京峰会` … `北京峰会`) is that meeting
    // (not one held here again: `拉萨隆重举行升国旗仪式` after the capital's is another)
    const again = !m.bare && !HELD_JUST_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start));
    // (a standing committee's counted sitting is one: `常委会第三十四次会议` of `十三届全国人大常委会第三十四次会议`)
    const shortForm = again && name.length >= 4 && !/^(?:第|全体|常委(?!会第)|常务)/.test(name);
    const fuller = (n: string) => n.length > name.length && n.endsWith(name) && fullerForm(n.slice(0, -name.length));
    // (or one the headline or a later sentence names in full: `…媒体直播了本次峰会开幕式` before `在中非合作论坛北京峰会开幕式上`,
    // under a headline that names it so)
    const later = shortForm ? [...titleMeetings, ...names.values()].find((n) => n !== main?.name && fuller(n)) : undefined;
    const longer =
      (shortForm && b.entities.find((x) => x.type === 'Meeting' && x !== main && fuller(x.name))) ||
      b.entities.find((x) => x.type === 'Meeting' && x !== main && (congressOf(name, x.name) || (again && abbreviates(name, x.name)))) ||
      (later ? b.entity('Meeting', later, { date: null, location: null }) : undefined);
    // (and one session of a people's congress or a CPPCC named in two ways, or short: `政协第十四届全国委员会常务委员会第一次会议` …
    // `全国政协十四届常委会第一次会议`, `常委会第十六次会议`; not two bodies' sittings of one count, `二十届中央财经委员会第一次会议`)
    const other = longer || b.entities.find((x) => x.type === 'Meeting' && x !== main && x.name !== name && congressKind(x.name) !== null && (congressKind(name) ?? congressKind(x.name)) === congressKind(x.name) && NUMBERED_SESSION.test(name) && NUMBERED_SESSION.test(x.name) && sameMeeting(name, x.name));
    if (other) {
      if (!other.aliases?.includes(name)) (other.aliases ??= []).push(name);
      meetingEntity.set(`${m.start}`, other);
      continue;
    }
    const s = sentenceAt(sents, m.start);
    const held = s ? HELD_HERE.test(s.text) : false;
    const e = b.entity('Meeting', name, { date: null, location: null });
    if (held && article.date && !e.date) e.date = explicitDate(s!.text, article.date) ?? article.date;
    meetingEntity.set(`${m.start}`, e);
  }
  // a meeting named (not named back) after a plan with a later day than the article's (`将于5月9日出席…`) is not held
  // yet, and is dated so, whichever mention made it the report's (`…开幕式。来华出席开幕式的外国领导人有：…`: the 9th,
  // not the day of the announcement); the day is the one of the mention's own clause where it has one (`…将于3月5日
  // 开幕，发言人王明4日上午主持召开新闻发布会`: the 4th), else the plan's; a meeting also told as held is none announced
  const announced = new Map<Entity, string>();
  const told = new Set<Entity>();
  if (article.date) for (const m of meetings) {
    const e = meetingEntity.get(`${m.start}`);
    const s = e && !m.ref && !m.bare ? sentenceAt(sents, m.start) : undefined;
    if (!s) continue;
    const before = s.text.slice(0, m.start - s.start);
    const plan = allMatches(PLAN_DAY, before).at(-1);
    const own = before.slice(clauseStartAt(before, before.length, /[，；]/));
    // (the plan's day may stand before it: `5月18日至19日，习近平主席将在陕西西安主持召开…峰会`)
    const day = !plan ? null : OWN_DAY.test(own) ? explicitDate(own, article.date) : explicitDate(before.slice(plan.index!), article.date) ?? explicitDate(before, article.date);
    if (day && day > article.date) announced.set(e!, day);
    // (told as held: its own clause holds it, with no plan in the sentence before it or in the clause: not `…峰会即将在西安举行`)
    else if (!plan) {
      const clause = own + s.text.slice(m.start - s.start).split(/[，。；]/)[0];
      if (HELD_HERE.test(clause) && !/(?<![上中少大])将|拟于|定于/.test(clause)) told.add(e!);
    }
  }
  for (const e of told) announced.delete(e);
  for (const [e, day] of announced) if (e.date === article.date) e.date = day;
  // a headline's meeting is the main one when it names it (a headline may glue a kicker on)
  for (const n of titleMeetings) {
    // (the headline's count of the text's sitting is its fuller name: `市人大常委会召开第45次主任会议` over `…召开主任会议`)
    if (main && n !== main.name && n.replace(SITTING_COUNT, '') === main.name) b.rename(main, n);
    else if (main && (formOf(n, main.name) || reported?.fromTitle === n)) alias(n);
    else if (!b.entities.some((e) => e.type === 'Meeting' && sameMeeting(n, e.name))) b.entity('Meeting', n, { date: article.date, location: null });
  }
  return { meetings, meetingEntity, main, announced: new Set(announced.keys()) };
}

/**
 * A meeting named as what is studied or relayed (`学习贯彻党的二十大精神`, `传达十四届六中全会精神`):
 * the occasion of another meeting, not the one reported (a speech `在…团拜会上的讲话` was given there).
 */
function studied(text: string, m: MeetingMention): boolean {
  return STUDIED_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start)) || STUDIED_AFTER.test(text.slice(m.end, m.end + 8));
}
/** A meeting held after the one reported, in the clause before its name (`会后，镇组织委员X主持召开`). */
const HELD_AFTER_IT = /(?:^|[。；，])会后[，,]?[^。；，]{0,30}(?:召开|举行)了?[“”"]?$/;
/** A meeting named as one of those 有关 a task (`…有关部署会议`, `有关会议`): none. */
const SOME_MEETING = /有关[\u4e00-\u9fff]{0,4}会议$/;
/** A speech given at a meeting, whose 精神 is studied: `在…座谈会上的重要讲话精神`. */
const SPEECH_STUDIED = /^上(?:的|发表的)(?:重要)?讲话(?:精神|要求)/;
const STUDIED_BEFORE = /(?:学习|贯彻|传达|落实|宣讲|领会|学习贯彻|迎接|纪念)$/;
const STUDIED_AFTER = /^(?:(?:重要)?讲话)?(?:精神|决策部署)/;

/** A farewell or a memorial named by the deceased comrade (`X同志遗体告别仪式`, `X同志追悼会`). */
export const FAREWELL = /同志(?:遗体|骨灰|追悼)/;
/** Words that name back the meeting the text is about (`这次会议`). */
const DEMONSTRATIVE = '本次|这次|此次|本届|该次|这届|这[两三四五六七八九十几]次';
const DEMONSTRATIVE_RE = new RegExp(DEMONSTRATIVE);
/** Heads of a congress named by the tasks it is called for (`…创新深化、改革攻坚、开放提升大会`). */
const TASKED_HEAD = /^(?:大会|会议|推进会|动员会|座谈会)$/;
/** The tasks after the verb that calls the congress, joined by 、 (the first may be long and quote a term). */
const TASKS_BEFORE = /(?:举行|召开|举办)([^，。；：、\s]{2,30}(?:、[^，。；：、\s]{2,12})*、)$/;
/** A phrase that ends with a meeting's head: a meeting of its own. */
const MEETING_HEAD_END = new RegExp(`(?:${MEETING_HEADS.join('|')})$`);

/** `本次会议`, `这次常委会会议`, `会议`: the article's own meeting, named again (and a stage of it: `主持第一阶段会议`). */
// (and the day's or evening's, `当晚联谊会`, `当天的座谈会`)
const REFERENCE = new RegExp(`^(?:${DEMONSTRATIVE}|今天的|上午的|下午的|当[晚天日]的?|第[一二三四五六七八九十]阶段(?=(?:会议|大会)$))`);
/** A verb, an adverb or a modal before it at most, then a bare head (`完成大会`, `紧紧围绕大会`, `要认真完成大会`). */
const VERB_BEFORE_BARE = /^(?:要|应|须|确保|紧紧|认真|全面|切实|坚决|顺利)*([\u4e00-\u9fff]{2})(大会|会议|全会)$/;
/** An adverb or a modal right before such a name (`确保|完成大会`, `共同|完成大会各项工作任务`). */
const MODAL_BEFORE = /(?:要|应|须|确保|紧紧|认真|全面|切实|坚决|努力|圆满|顺利|共同|一道|一起)$/;
/** Sessions of a meeting that stand for it in its report (`主持开幕会`). */
const SESSION = /^(?:第[一二三四五六七八九十]+次)?(?:开幕会|开幕式|闭幕会|闭幕式|全体会议|分组会议|联组会议|开幕大会|闭幕大会|预备会议?|首场|会议|大会)$/;

/** A holding verb right before a meeting's name (`隆重举行升国旗仪式`): the meeting is held there, not named back. */
const HELD_JUST_BEFORE = new RegExp(`${HELD}了?$`);

/**
 * What a fuller form of a meeting puts before the short one: an edition, a year, a place or a
 * host (`第20届中国—`, `2023年`, `中华人民共和国第十四届`, `中共临时`), not a clause read into a span
 * (`符合`, `领会`, `十五大和`).
 */
function fullerForm(prefix: string): boolean {
  return (/^(?:第|首届|\d|[一二三四五六七八九十]+届|中共|党的)/.test(prefix) || placeWordAt(prefix, 0) >= 2) && !/[和与及、的]$/.test(prefix);
}

/** The first theme of a meeting named by two, from its scope (`全国加强…服务`、`提高…工作会议`). */
const SCOPED_THEME = /(?:全国|全省|全市|全区|全县|全州|全军|全党)[^，。；：、\n]{2,20}$/;
/** A building and a bare 仪式 (`八一大楼仪式`): the ceremony's scene, no name. */
const SCENE_OF_CEREMONY = /^[\u4e00-\u9fff]{2,8}(?:大楼|大厦|广场|礼堂|会堂|宾馆|饭店|体育场|体育馆|军营)仪式$/;
/** A meeting's head inside a span: then it is a meeting of its own, not a theme. */
const MEETING_HEAD_IN = new RegExp(MEETING_HEAD_RE.source);

/** A bare opening or closing ceremony (`出席了开幕式`): named by the event the article is about, or by nothing. */
const OPENING_OR_CLOSING = /^(?:开幕式|闭幕式)$/;
/** The opening and closing of a training course. */
const COURSE_CEREMONY = new RegExp(`^(?:${COURSE_CEREMONIES.join('|')})$`);
/** A course's ceremony named by its act and a head of its own (`开班仪式`, `结业典礼`). */
const COURSE_CEREMONY_NAMED = /^(?:开班|结业)(?:仪式|典礼)$/;
/** Either end of a meeting or a course: the two ends of one event are two meetings. */
const EVENT_END = new RegExp(`(?:开幕式|闭幕式|${COURSE_CEREMONIES.join('|')})$`);

/**
 * The training course the text names first, as the subject its clause opens with
 * (`新进中央委员会的委员、候补委员和省部级主要领导干部学习贯彻…精神研讨班7日上午在中央党校开班`,
 * `省部级主要领导干部“学习…，迎接党的二十大”专题研讨班26日至27日在京举行`), up to its head.
 */
function courseName(text: string): string | null {
  const m = COURSE_IN.exec(text);
  // (from after the 在 of a clause that opens with its speaker: `习近平总书记在学习贯彻…研讨班开班式上`)
  // (and after a dateline the text opens with: `新华社北京1月5日电 新进中央委员会的…研讨班`)
  // (and after who holds it, `由中央统战部举办的全国统战部长…培训班(第一期)`, a web paper's 讯 before it: `金山网讯 由…举办的…`)
  const name = m ? normName(m[1].replace(DATELINE_OPENING, '').replace(/^[^\s，。；“”]{1,8}讯\s*/, '').replace(/^[^“”]*在/, '').replace(/^(?:于|参加|出席)/, '').replace(/^由[^，。；“”]{2,30}?(?:举办|主办|承办)的/, '')) : '';
  return name.length > 3 && !/举办|举行|召开|参加|出席|期间/.test(name) ? name : null;
}
/** Heads a body's own meeting goes by, named by that body when bare (`市委常委会召开扩大会议`, `…代表团召开全体会议`). */
const BODY_KINDS = new Set(['会议', '常务会议', '扩大会议', '全体会议', '工作会议', '工作会', '常委会', '党委会', '党组会']);
/** A text or a paragraph that opens with a dated dateline (`新华社北京1月5日电 `), the space after it too. */
const DATELINE_OPENING = new RegExp(`^${DATED_DATELINE}\\s*`);
/**
 * What a headline or a text says was launched (`我省第二十八次全国助残日活动启动`, `…活动20日在哈尔滨启动`): its name, without
 * the paper's own place word (我省, 全省) before it.
 */
function launchedEvent(text: string): string | undefined {
  const m = LAUNCHED.exec(text);
  const name = m?.[1]!.replace(/[“”]/g, '').replace(/^(?:我省|我市|我区|我县|全省|全市|全区|全县)/, '');
  return name && name.length >= 4 && /(?:活动|行动|工程|计划|月|周|年|节|赛)$/.test(name) ? name : undefined;
}
const LAUNCHED = /(?:^|[。；，\n\s])((?:“[^“”]{1,30}”)?[^，。；“”\n\s]{2,30}?)(?:\d{1,2}日)?(?:[上下]午|晚)?(?:在[^，。；]{2,30}?)?(?:正式)?启动(?![仪式会])/;

/** A clause's opening words up to a course's head (a quoted theme's comma inside it). */
const COURSE_IN = /(?:^|[。；：\n]|，(?![^“”]*”))((?:“[^“”]{1,60}”|[^，。；：“”\n]){2,90}?(?:研讨班|培训班|进修班|轮训班))/;

/** What may open a paragraph before the meeting it is about: its day (`1日下午，`). */
// (and the clock time: `下午3时30分许，交接入列仪式开始`)
export const OPENING_TIME = /^(?:(?:\d{1,2}日|[今昨]天|当天)?(?:[上下]午|晚上?|早上)?(?:\d{1,2}时(?:\d{1,2}分)?许?)?，)?$/;

/** An event that holds its opening or closing (`“追寻美好生活”中国脱贫成就展28日在纽约联合国总部举行开幕式`): group 1 its name. */
const OPENING_HELD = /(?:^|[。；，\n])((?:“[^“”]{1,30}”)?[^，。；“”\n\d]{2,24}?)(?:\d{1,2}日)?(?:[上下]午|晚)?(?:在[^，。；]{2,30}?)?(?:举行|举办)(?:开幕式|闭幕式)/;

/** A ceremony of an activity named bare (`活动开幕式`, `活动启动仪式`). */
const ACTIVITY_CEREMONY = /^活动(?:开幕式|闭幕式|启动仪式|开幕仪式)$/;
/** An activity the text says was held, opened or launched (`2022年六五环境日国家主场活动5日在辽宁省沈阳市举行`): group 1 its name. */
const ACTIVITY_HELD = /(?:^|[。；，：\n])((?:“[^“”]{1,30}”)?[^，。；：“”（）()\n]{2,30}?活动)(?:\d{1,2}日)?(?:[上下]午|晚)?(?:在[^，。；]{2,30}?)?(?:举行|举办|开幕|启动)(?![仪式会])/;
/** The activity the text says was held (quotes dropped), its 活动 last: not one attended before its ceremony (`共同出席活动启动仪式`). */
function heldActivity(text: string): string | undefined {
  const name = text.includes('活动') ? ACTIVITY_HELD.exec(text)?.[1]?.replace(/[“”]/g, '') : undefined;
  return name && name.length >= 6 && !/出席|参加|主持/.test(name) ? name : undefined;
}
/**
 * An event the text says opened (`首届中国国际进口博览会5日在上海开幕`): group 1 its name; its theme told before it is not
 * (`以“开放合作”为主题的2019中国西部国际博览会26日在成都开幕`), nor a clause's comma typed in ASCII; digits stand in it only
 * as its edition or its year (`第16届…`, `2019…`), so a dateline or a day before it is no part of it.
 */
const OPENED = /(?:^|[。；，,\n])\s*(?:以[^，。；\n]{1,40}?为主题的)?((?:“[^“”]{1,30}”)?(?:[^，。；“”\n\d]|第\d{1,3}[届次]|\d{4}年?){2,30}?)(?:\d{1,2}日)?(?:[上下]午|晚)?(?:在[^，。；]{2,30}?)?(?:隆重|正式)?开幕(?![式会])/;
/** What opens with a ceremony of its own (`…博览会开幕式`, `…年会开幕式`), besides exhibitions and festivals. */
const FAIR_OR_FORUM = /(?:博览会|交易会|洽谈会|论坛|年会)$/;

/** The exhibition, festival or fair the text says holds its opening or closing, or opened, by its name (quotes dropped). */
function openedEvent(text: string): string | undefined {
  const held = text.includes('举') ? OPENING_HELD.exec(text)?.[1]?.replace(/[“”]/g, '') : undefined;
  if (held && EVENT_TITLE.test(held)) return held;
  // (what one declares opened is named after his 宣布: `全国政协副主席何维宣布中国开封第38届菊花文化节开幕`; not what he attends
  // before it, `副市长X出席活动并宣布技能大赛开幕`)
  const opened = text.includes('开幕') ? OPENED.exec(text)?.[1]?.replace(/[“”]/g, '').replace(/^[^，。；]*宣布/, '') : undefined;
  // (and any festival the text says opened, `第十二届中国长江三峡国际旅游节在宜昌开幕`, `…菊花文化节`)
  return opened && !/出席|参加|主持/.test(opened) && (EVENT_TITLE.test(opened) || FAIR_OR_FORUM.test(opened) || FESTIVAL_OPENED.test(opened)) ? opened : undefined;
}
/** A festival by its name (`…国际旅游节`, `…民俗文化旅游节`, `中国开封第38届菊花文化节`): four characters at least, 节 of a holiday not (春节, 中秋节). */
const FESTIVAL_OPENED = /^[\u4e00-\u9fff\d]{3,28}(?<![春秋午宵庆旦])节$/;

/** An exhibition or a festival a headline ends with (`乔石等观看世界华人书画展`). */
const SHOWN_EVENT = /(?:观看|参观|出席|举办|举行|开幕)了?([\u4e00-\u9fff]{2,16}?(?:书画展|画展|影展|展览会?|艺术节|文化节|电影节|博览会|交易会|运动会))$/;

/** Those a meeting gathers named by whose they are (`已故知名人士的夫人…茶话会`): the 的 is theirs, no description's. */
const GATHERED_KIN = /^(?:夫人|遗孀|家属|亲属|遗属|子女|后代|后人)/;

/** What a topic's 的 leads to (`…民族工作的重要思想研讨会`): the 的 is the topic's, not a description's. */
const DOCTRINE_AFTER = /^(?:重要)?(?:思想|论述|讲话|指示|精神|理论)/;

/**
 * A clause that describes the meeting before its name is no part of it (`不久前结束的中央经济工作会议`,
 * `哥伦比亚政府发起的…国际会议`, `委员长会议建议的常委会第七次会议`): the name starts after the last 的
 * of what stands before the head — not 党的 (中直机关党的工作会议), not one inside 《》 or quotes, not
 * those it gathers (`…承包商参加的工作会议`, `已故知名人士的夫人春节茶话会`), not a body's (`省委政法委员会的…工作会议`), not a topic's (`关于…的重要思想研讨会`,
 * `…工作的重要论述研讨会`), not the 的 of the first official name of COVID-19 (`新型冠状病毒感染的肺炎疫情防控…会议`), and not where
 * less than two characters would be left.
 */
function describedBefore(raw: string, headLength: number): string {
  const prefix = raw.slice(0, raw.length - headLength);
  let quote = 0;
  let cut = -1;
  for (let k = 0; k < prefix.length; k++) {
    const c = prefix[k];
    if (c === '《' || c === '“') quote++;
    else if ((c === '》' || c === '”') && quote > 0) quote--;
    else if (c === '的' && quote === 0 && prefix[k - 1] !== '党' && !prefix.startsWith('感染的肺炎', k - 2) && !/(?:参加|出席)$/.test(prefix.slice(0, k)) && !GATHERED_KIN.test(prefix.slice(k + 1)) && !prefix.slice(0, k).includes('关于') && !DOCTRINE_AFTER.test(prefix.slice(k + 1)) && !ORG_SUFFIX_RE.test(prefix.slice(0, k))) cut = k;
  }
  return cut >= 0 && prefix.length - cut - 1 >= 2 ? raw.slice(cut + 1) : raw;
}

/** The heads of a forum a forum holds on a topic (`…高级别论坛`, `…分论坛`). */
const SUB_FORUM_HEADS = '(?:高级别论坛|分论坛|主宾国论坛|专题论坛|平行论坛)';
const SUB_FORUM = new RegExp(`${SUB_FORUM_HEADS}$`);
/** Such a head after its topic, from a text's start, and what stands between the parent forum and it (group 1). */
const SUB_FORUM_AFTER = new RegExp(`^([^，。；、：\\s“”]{2,16}?)${SUB_FORUM_HEADS}`);
/** What makes the parent hold the sub-forum by a verb, a place or a time between them (`博鳌亚洲论坛举办科技分论坛`). */
const HELD_BETWEEN_FORUMS = /举行|举办|召开|主办|承办|在|于|期间|上|和|与|及/;
/** Is `n` another form of the meeting named `main` (a part of its name, or a session of it)? */
/** The level a meeting's name opens with (`全国`, `全省`, `全市` …). */
const LEVEL_OPENING = /^全(?:国|省|市|县|区|州|盟|旗|军)/;
export function formOf(n: string, main: string): boolean {
  if (n === main || SESSION.test(n)) return true;
  // (a session's press conference is a meeting of its own: `十四届全国人大二次会议记者会` / `十四届全国人大二次会议`)
  if (PRESS_END.test(n) !== PRESS_END.test(main)) return false;
  // (a forum's opening is not the forum it holds on a topic: `…高峰论坛开幕式` / `…高峰论坛绿色发展高级别论坛`)
  if (/(?:开幕式|闭幕式)$/.test(n) && SUB_FORUM.test(main)) return false;
  // (the people's congress's session and the CPPCC's of one term are two: `第十四届全国人民代表大会第一次会议和政协第十四届…第一次会议`)
  if (congressKind(n) !== congressKind(main) && congressKind(n) !== null && congressKind(main) !== null) return false;
  // (nor a level's meeting and the one above it of the same name, whose spirit it passes on: `全国…工作会议` in a report of the
  // `全省…工作会议`)
  const level = LEVEL_OPENING.exec(n)?.[0];
  const mainLevel = LEVEL_OPENING.exec(main)?.[0];
  if (level && mainLevel && level !== mainLevel) return false;
  if (main.endsWith(n) || n.endsWith(main)) return true;
  if (sameMeeting(n, main)) return true;
  // `学习贯彻党的二十大精神研讨班` of `…学习贯彻习近平…思想和党的二十大精神研讨班`: what is studied named short after the same verbs
  const study = STUDY_OPENING.exec(n);
  if (study && main.includes(study[0]) && main.endsWith(n.slice(study[0].length))) return true;
  // `庆祝大会` of `庆祝改革开放40周年大会`: the full name's first word and its head
  const head = headOf(n);
  if (head && n.length <= 6 && n.length - head.length >= 2 && head === headOf(main) && main.startsWith(n.slice(0, n.length - head.length))) return true;
  if (congressOf(n, main)) return true;
  // `论坛开幕式` of `…论坛2022年年会开幕式`: the opening or closing of a forum or a fair named by its kind alone
  const opening = /^(论坛|年会|博览会|峰会|交易会|洽谈会)(开幕式|闭幕式)$/.exec(n);
  if (opening && main.endsWith(opening[2]!) && main.includes(opening[1]!)) return true;
  // `庆祝大会暨就职典礼` of `庆祝…20周年大会暨…第五届政府就职典礼`: a joint meeting's short form, each part a form of the full one's
  if (n.includes('暨') && main.includes('暨')) {
    const parts = n.split('暨');
    const full = main.split('暨');
    if (parts.length === full.length && parts.every((p, k) => p !== n && formOf(p, full[k]!))) return true;
  }
  // `主席团会议` of `…主席团第三次会议`: the presidium's meeting named without its session
  if (/主席团会议$/.test(n) && main.includes(`${n.slice(0, -2)}第`) && /次会议$/.test(main)) return true;
  // `第二十三次常委会议` / `常务委员会第二十三次会议`: the same ordinal and the same kind
  // (not the presidium's and its standing chairmen's: `大会主席团第四次会议` / `…主席团常务主席第四次会议`)
  if (/常务主席/.test(n) !== /常务主席/.test(main)) return false;
  if (/次/.test(n) && /次/.test(main) && chairsSitting(n) !== chairsSitting(main)) return false;
  const ord = /第[一二三四五六七八九十百\d]+(?:次|届)/.exec(n);
  return !!ord && main.includes(ord[0]) && headOf(n) !== null && headOf(n) === headOf(main);
}

/**
 * The chairs whose counted sitting a name is, '' for a body's own (`…第一次主任会议` / `…第一次会议`: two meetings of one
 * count; `第二十三次常委会议` / `常务委员会第二十三次会议` one).
 */
function chairsSitting(n: string): string {
  return /次(主任|主席|委员长)(?:[（(]?扩大[）)]?)?会议/.exec(n)?.[1] ?? '';
}

/** A sitting's count in a name (`第45次`, `第一百一十四次`). */
const SITTING_COUNT = /第[一二三四五六七八九十百零〇\d]+次/;

/** A sitting's count as a number, in digits or in Chinese numerals (`12`, `十二`, `一百一十四`); undefined for none. */
function sittingCount(c: string | undefined): number | undefined {
  if (c === undefined) return undefined;
  if (/^\d+$/.test(c)) return Number(c);
  const hundred = c.indexOf('百');
  if (hundred < 0) return cnNumber(c) ?? undefined;
  const rest = c.slice(hundred + 1).replace(/^[零〇]/, '');
  return (cnNumber(c.slice(0, hundred)) ?? 1) * 100 + (rest ? cnNumber(rest) ?? 0 : 0);
}

/** The verbs of study a meeting's name opens with (`深入学习贯彻…`). */
const STUDY_OPENING = new RegExp(`^(?:${STUDYING_MEETING_VERBS.join('|')})+`);

/** Whose session a name is: a people's congress's or a CPPCC committee's (null: neither). */
function congressKind(n: string): 'npc' | 'cppcc' | null {
  return /政协|政治协商会议/.test(n) ? 'cppcc' : /人民代表大会|人大/.test(n) ? 'npc' : null;
}

/** `党的八大` of `中国共产党第八次全国代表大会`: a party congress by its number. */
function congressOf(n: string, full: string): boolean {
  const congress = /^(?:党的|中共)([一二三四五六七八九十]{1,3})大$/.exec(n);
  return !!congress && new RegExp(`^(?:中国共产党|中共|党的)第${congress[1]}次全国代表大会`).test(full);
}

function headOf(n: string): string | null {
  if (/全会$/.test(n)) return '全会';
  if (/(?:会议|常委会|常委会议)$/.test(n)) return '会议';
  const m = /(大会|座谈会|论坛|典礼|仪式|开幕式|茶话会|团拜会|联谊会|招待会|[\u4e00-\u9fff]会)$/.exec(n);
  return m ? m[1] : null;
}

interface Reported {
  name: string;
  mention: MeetingMention | null;
  /** the headline's name, when the body's meeting was matched to it */
  fromTitle: string | null;
}

/**
 * The meeting the article reports: the first one of the lede said to take place
 * (`…会议今天在京举行`, `召开…会议`, `主持…会议`); else the headline's, in the body's
 * fuller form when the body names it; else the first dated one of the lede.
 */
/** After an inner meeting: the speech given there, or its spirit, and the head of the meeting that studies it (`上的重要讲话精神交流会`, `…工作会议精神经验交流会`). */
const NESTED_AFTER = /^(?:上的[^，。；“”]{0,16}?(?:讲话|致辞|报告|贺信)(?:精神)?|精神)[^，。；“”、]{0,6}?(?:交流会|座谈会|研讨会|报告会|学习会|推进会|会议|研讨班|培训班)/;

/** A list of fields closed by 等 inside a name (`…科学技术等领域合作文本交换仪式`). */
const FIELDS_CLOSED = /^[^，。；、]{2,12}?等(?:领域|方面|行业|部门)/;

/** A line of its own that no sentence's end closes: a headline inside the text. */
const HEADLINE_LINE = /(?<=\n)[^\n。！？；：]{4,40}(?=\n)/g;

/** The eve or the moment of a meeting, a time that another report is told at (`…召开前夕`, `…开幕之际`, `…召开在即`). */
const ON_THE_EVE = /^(?:即将)?(?:召开|举行|开幕)?(?:前夕|之际|在即|之前|以前|前[，,])/;
/** A group spoken of after 对, then its attending (`对港澳委员和特邀顾问参加`), before a meeting. */
const GROUP_SPOKEN_OF = /对[^，。；]{2,30}?(?:来[^，。；]{1,4})?(?:出席|参加)了?$/;
/** What describes a body before it, by the session it attends (`出席十四届全国人大二次会议的河北省代表团`). */
const DESCRIBED_BODY = /^(?:出席|参加|列席)[^，。；]*的(?=[\u4e00-\u9fff]{2})/;
/** Who held a meeting, right after its name (`…研讨会是由人民日报文艺部、大连市委宣传部主办`). */
const HOSTED_BY = /^(?:是)?由[^，。；]{2,40}?(?:联合|共同)?(?:主办|举办|承办|召集)/;
/** A meeting to be held on a later day (`…三次会议将于2015年1月21日在杭州召开`): announced, not reported. */
const TO_BE_HELD = /^(?:将于|将在|定于|拟于|拟定于|计划于|预定于)/;
/** A session named by its level, body or number (`市委十四届五次全会`, `省第十三次党代会`, `全国宣传部长会议`, `世界互联网大会`). */
const NAMED_SESSION = /^(?:(?:全国|全省|全市|全县|省|市|县|区|州|自治区|中央|中共|党的|世界|国际|第|[一二三四五六七八九十]+届)[^，。；]{0,24}?(?:全会|党代会|代表大会|会议|大会)|[一二三四五六七八九十]{1,2}中全会)$/;
const STUDY_VERBS = new RegExp(`^(?:${SESSION_STUDY_VERBS.join('|')})$`);
const GENRE_ADVERBS = new RegExp(`^(?:${SESSION_ACT_ADVERBS.join('|')})$`);
const NAMING_VERBS = new RegExp(`^(?:${MEETING_NAMING_VERBS.join('|')})`);

/**
 * Where a session named by its level, body or number (NAMED_SESSION) begins in `name` after verbs done with it, their
 * adverbs and a 好/透 after a verb (`学深学透`): 0 when there is none, or when a verb a meeting is named by opens the name.
 */
function actedBefore(name: string): number {
  if (NAMING_VERBS.test(name)) return 0;
  // (everything before the session is verbs and their adverbs: not a body's name whose word is a verb, 经合组织, 维吾尔自治区)
  let k = /^[要并还也将再又来]/.test(name) ? 1 : 0;
  let verbs = 0;
  while (k + 4 <= name.length) {
    // (not where the last verb runs on into the session's first word: `决定自治区政协…` is 自治区's)
    if (verbs > 0 && NAMED_SESSION.test(name.slice(k)) && !/精神|研讨|座谈/.test(name.slice(k)) && placeWordAt(name, k - 2) <= 2 && !isCommonWord(name.slice(k - 2, k + 1))) return k;
    const w = name.slice(k, k + 2);
    if (isVerb(w) || STUDY_VERBS.test(w)) verbs++;
    else if (!isFunctionWord(w) && !GENRE_ADVERBS.test(w)) return 0;
    k += 2;
    if (/[好透]/.test(name[k] ?? '') && verbs > 0) k++;
  }
  return 0;
}

/** A level's numbered session at the end of a name (`省政协十二届一次会议`, `市十四届人大三次会议`). */
const LEVEL_SESSION_TAIL = /(?:全国|省|市|县|区|州|自治区)(?:人大|政协|党代会)?[一二三四五六七八九十]{1,3}届(?:人大|政协)?[一二三四五六七八九十]{1,3}次(?:全体)?会议$/;
/** Does a verb stand in `s`: one of the dictionary's, or of what is done with a session (通报, 办理, 筹备 … the dictionary files otherwise)? */
function hasVerb(s: string): boolean {
  if (SESSION_DEALT_WITH.test(s)) return true;
  for (let k = 0; k + 2 <= s.length; k++) if (isVerb(s.slice(k, k + 2))) return true;
  return false;
}
const SESSION_DEALT_WITH = /通报|办理|筹备|召开|举行|出席|参加|列席|审议|传达|学习|贯彻|落实|执行/;

/** A meeting just closed, as a time clause (`全国两会刚刚闭幕，`). */
const JUST_CLOSED = /^(?:刚刚|刚|才)(?:闭幕|结束|落幕)，/;
/** A clause that tells what will be done (`…将在人民大会堂举行`, `将出席`), before a meeting it names. */
const FUTURE_CLAUSE = /将(?:于|在|出席|参加|举行|召开|主持)|定于|拟于/;
/** A plan and its day before a meeting's mention (`将于7月27日…出席`, `定于…召开`; not 中将出席, a general's rank). */
const PLAN_DAY = /(?<![上中少大])将(?:于|在|出席|参加|举行|召开|主持|赴)|定于|拟于/g;
/** A day told in a mention's own clause (`王明4日上午主持召开新闻发布会`): the meeting's, whatever a plan before it says. */
const OWN_DAY = /(?:\d{1,2}|[一二三四五六七八九十]{1,3})日|今天|昨天|当天|今日/;

/** What follows a meeting only spoken of: the speech given or the spirit set there (`…座谈会上的重要讲话`, `…会议精神`). */
// (a noun of 的, not the verb of one who spoke there: `在…座谈会上讲话`)
const SPOKEN_OF_AFTER = /^(?:上的|的)(?:重要)?(?:讲话|精神|部署|指示)|^精神/;

/** A delegation to a session holding its own meeting, right after the session's name. */
// (or whose meeting is named right after it: `出席十三届全国人大三次会议解放军和武警部队代表团全体会议时`)
const DELEGATION_HOLDS = new RegExp(`^[\\u4e00-\\u9fff]{1,12}代表团(?:(?:\\d{1,2}日)?(?:[上下]午|晚)?(?:在[^，。；]{1,12})?(?:举行|召开)|${DELEGATION_SITTINGS.join('|')})`);

/** The holding verb, then those who attend another meeting, before the one held (`召开出席…会议、…会议的`). */
const HELD_OVER_MODIFIER = /(?:召开|举行)了?(?:出席|参加|列席)[^，。；]{2,80}的$/;

function reportedMeeting(meetings: MeetingMention[], names: Map<MeetingMention, string>, sents: Sentence[], titleMeetings: string[], text: string, titleText = ''): Reported | null {
  // (a paper may print a summary or a letter above the dateline: the lede is the dateline's paragraph,
  // `习近平强调，…。\n新华社北京1月5日电 新进中央委员会的…研讨班5日上午在中央党校开班。…`)
  const dateline = sents.findIndex((x, k) => k > 0 && k <= 12 && text[x.start - 1] === '\n' && DATELINE_OPENING.test(x.text));
  const lede = sents.slice(Math.max(0, dateline), Math.max(0, dateline) + 3);
  const inLede = (m: MeetingMention) => lede.some((s) => s.start <= m.start && m.start < s.end);
  const titleFor = (name: string) => titleMeetings.find((n) => formOf(n, name)) ?? null;
  // (a meeting announced for a later day is the report's only where the lede holds no other: first without them)
  for (const announced of [false, true]) for (const m of meetings) {
    const name = names.get(m);
    // a party congress or plenum in the lede is what the meeting studies, not the meeting
    if (!name || !inLede(m) || /^(?:党的|中共|中国共产党)?[一二三四五六七八九十]+大$|[中次]全会$/.test(name)) continue;
    // (nor one that only describes the guests welcomed: `举行宴会，欢迎出席…高峰论坛的外方领导人`)
    if (guestsCameFor(text, m)) continue;
    if (delegatesMet(text, m)) continue;
    // (nor one a group spoken of attends: `王文涛对港澳委员和特邀顾问参加政协会议表示热烈欢迎`)
    const clauseBefore = text.slice(clauseStartAt(text, m.start, /[，。；\n]/), m.start);
    if (GROUP_SPOKEN_OF.test(clauseBefore)) continue;
    const s = sentenceAt(sents, m.start)!;
    const after = s.text.slice(m.end - s.start);
    const before = s.text.slice(Math.max(0, m.start - s.start - 6), m.start - s.start);
    // (one whose eve is the time of the report is not what it tells: `市两会召开前夕，市委召开会议…`;
    // nor one a verb describes a body by that holds a meeting of its own in the sentence:
    // `出席十四届全国人大二次会议的河北省代表团召开全体会议`)
    // (and one just closed, told as the time of what the report tells: `全国两会刚刚闭幕，王建军…带队，先后拜会…`)
    if (ON_THE_EVE.test(after) || JUST_CLOSED.test(after)) continue;
    // (`…三次会议将于明年1月21日召开`, `…将在人民大会堂举行第二次全体会议`, `习近平将出席…开幕式`)
    if (!announced && (TO_BE_HELD.test(after) || FUTURE_CLAUSE.test(clauseBefore))) continue;
    // (nor the session during which the sittings told are held: `…四次会议期间主席会议、常委会议…召开`)
    if (after.startsWith('期间')) continue;
    // (nor the session a delegation's meeting is held at: `十二届全国人大五次会议安徽代表团举行全体会议`)
    if (DELEGATION_HOLDS.test(after)) continue;
    // (nor the session whose press conference the sentence tells, named by it: `全国政协十三届一次会议新闻发布会…召开`,
    // `十四届全国人大一次会议今天（3月7日）举行记者会`)
    if (meetings.some((x) => x.start >= m.end && x.start < s.end && PRESS_END.test(names.get(x) ?? x.name) && SESSION_HOLDS_PRESS.test(text.slice(m.end, x.start)))) continue;
    if (after.startsWith('的') && /(?:出席|参加|列席)$/.test(before) && meetings.some((x) => x.start > m.end && x.start < s.end && /(?:召开|举行)了?$/.test(text.slice(Math.max(0, x.start - 3), x.start)))) continue;
    // (nor those that describe who holds the meeting named after them in the clause: `召开出席省十四届人大一次会议、省政协
    // 十三届一次会议的中共党员会议`)
    if (after.includes('的') && meetings.some((x) => x.start > m.end && x.start < s.end && describesNextMeeting(text, m.start, m.end, x.start))) continue;
    // (a bare opening spoken at in the lede is the report's: `…研讨班5日上午在中央党校开班。习近平在开班式上发表重要讲话`)
    const spokenAt = m.bare && /^(?:开班式|开幕式)$/.test(m.name) && /在$/.test(before) && /^上(?:发表|作|讲话|致辞)/.test(after);
    // (a sitting the session holds, its holding verb inside the mention: `…一次会议在省人民会堂举行预备会议`)
    // (or held with who holds it between: `召开出席…会议的中共党员会议`)
    const heldOverModifier = HELD_OVER_MODIFIER.test(s.text.slice(Math.max(0, m.start - s.start - 90), m.start - s.start));
    // (or told presided over, which only one held is: `开班仪式由县政协主席X同志主持`)
    if (HELD_AFTER.test(after) || HELD_BEFORE.test(before) || spokenAt || m.heldBySession || m.heldWithin || heldOverModifier || PRESIDED_BY_AFTER.test(after)) {
      // `首届…博览会5日在上海开幕。习近平出席开幕式`: what the report tells is the opening ceremony attended
      const ceremony = [...names].find(([x, n]) => x.bare && n === `${name}开幕式`);
      if (ceremony) return { name: ceremony[1], mention: ceremony[0], fromTitle: titleFor(ceremony[1]) };
      const t = titleFor(name);
      // the headline's form is the main name when it is the fuller one, or where the lede names the
      // meeting by its host alone (`市委召开会议` under `北京市委召开市级民主协商会`)
      const byHost = !m.bare && name !== normName(text.slice(m.start, m.end));
      // (the headline's meeting held by its host, not one it names otherwise — `…召开会议 传达…二中全会精神`,
      // `…召开会议 决定召开二十届二中全会` — nor a congress or a plenum)
      const heldIn = (n: string) => !/会议$|[中次]全会$|大$/.test(n) && new RegExp(`(?<!决定|将|拟|计划|定于)(?:召开|举行)${escapeRegExp(n)}`).test(titleText);
      const headlineNames = (n: string) => byHost && heldIn(n) && !name.endsWith(n);
      if (t) return { name: (t.endsWith(name) && t.length > name.length) || headlineNames(t) ? t : name, mention: m, fromTitle: t };
      // a headline meeting of the same kind is the one the lede reports: the headline's form
      // names it (`全国政协举行新年茶话会` / `…委员会…举行一九九八年新年茶话会`)
      const same = titleMeetings.filter((n) => headOf(n) !== null && headOf(n) === headOf(name));
      // (but the lede's own when it numbers the session and the headline does not: `新一届国务院第一次常务会议` under
      // `李强主持召开国务院常务会议`, a series' name)
      const numbered = (n: string) => /第[一二三四五六七八九十百\d]+次|[一二三四五六七八九十\d]届|新一届/.test(n);
      // (nor where the lede's is a sitting the headline's session holds: `省十四届人大三次会议在…举行预备会议` under
      // `省十四届人大三次会议14日开幕`)
      const sitting = m.heldBySession && same.length === 1 && name.startsWith(same[0]) && name.length > same[0].length;
      if (same.length === 1 && titleMeetings.length === 1) return { name: (numbered(name) && !numbered(same[0])) || sitting ? name : same[0], mention: m, fromTitle: same[0] };
      return { name: titleMeetings.length === 1 && headlineNames(titleMeetings[0]!) ? titleMeetings[0]! : name, mention: m, fromTitle: titleMeetings.length === 1 ? titleMeetings[0] : null };
    }
  }
  // (a party congress or plenum the headline names is what the news serves, not the meeting it tells,
  // where the lede holds none: `江泽民会见…代表时强调 要紧紧围绕党的十五大主题…`)
  const titled = titleMeetings.filter((n) => !/^(?:党的|中共|中国共产党)?(?:[一二三四五六七八九十]+大|(?:[一二三四五六七八九十]+届)?[一二三四五六七八九十]中全会)$/.test(n));
  for (const n of titled) {
    const m = meetings.find((x) => names.has(x) && formOf(n, names.get(x)!));
    if (m) return { name: names.get(m)!.length >= n.length ? names.get(m)! : n, mention: m, fromTitle: n };
  }
  if (titled.length) return { name: titled[0], mention: null, fromTitle: titled[0] };
  // the one meeting an article names, named only where it says who held it (`『京剧如何迈向二十一世纪』研讨会是由
  // 人民日报文艺部、大连市委宣传部主办`, at the report's end): the report's
  const named = meetings.filter((m) => !m.bare && !m.ref && names.has(m) && !/^(?:党的|中共|中国共产党)?[一二三四五六七八九十]+大$|[中次]全会$/.test(names.get(m)!));
  const hosted = named.find((m) => HOSTED_BY.test(text.slice(m.end, m.end + 40)));
  if (hosted && named.every((m) => sameMeeting(names.get(m)!, names.get(hosted)!))) return { name: names.get(hosted)!, mention: hosted, fromTitle: null };
  // a lede that tells two parties signing (`安徽省人民政府与…集团在合肥签署战略合作协议`) reports their signing ceremony
  const parties = lede[0] ? signingParties(lede[0].text) : null;
  const signing = parties ? meetings.find((m) => names.get(m) !== undefined && names.get(m)!.startsWith(parties) && SIGNING_CEREMONY.test(names.get(m)!.slice(parties.length))) : undefined;
  if (signing) return { name: names.get(signing)!, mention: signing, fromTitle: null };
  // a lede of other news (an instruction, a letter) and a paragraph on after it that opens with
  // the meeting held (`中央政法工作会议7日至8日在北京召开。…主持会议…出席会议`): that meeting, where it
  // is the only one (several are a digest's items: `国内联播快讯`)
  const opening = meetings.filter((m) => {
    const name = names.get(m);
    const s = sentenceAt(sents, m.start);
    // (after the day at most: `1日下午，庆祝…大会在京举行`)
    if (!name || !s || !OPENING_TIME.test(text.slice(s.start, m.start)) || (s.start > 0 && text[s.start - 1] !== '\n') || /^(?:党的|中共|中国共产党)?[一二三四五六七八九十]+大$|[中次]全会$/.test(name)) return false;
    const after = s.text.slice(m.end - s.start);
    return HELD_AFTER.test(after) && !/^的|^[^，。；]{0,24}?将/.test(after);
  });
  // (a digest's items stand under headlines of their own: lines with no sentence's end)
  if (opening.length !== 1 || !/[。！]$/.test(sentenceAt(sents, opening[0]!.start)!.text) || (text.match(HEADLINE_LINE) ?? []).length >= 2) return null;
  const only = names.get(opening[0]!)!;
  // (nor where another meeting is held in the text: items of a digest need not open their paragraphs)
  const otherHeld = meetings.some((m) => {
    const name = names.get(m);
    const s = sentenceAt(sents, m.start);
    return name && s && !m.bare && !sameMeeting(name, only) && (HELD_AFTER.test(s.text.slice(m.end - s.start)) || HELD_BEFORE.test(s.text.slice(Math.max(0, m.start - s.start - 6), m.start - s.start)));
  });
  if (!otherHeld) return { name: only, mention: opening[0]!, fromTitle: null };
  return null;
}

export function bigramSet(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** A ceremony and a numbered session, for sameMeeting. */
const CEREMONY = /(?:仪式|典礼)$/;
/** What stands between a session and the presidium's sitting it holds: a day, a place, 举行/召开. */
const SITTING_HELD_BETWEEN = /^[^，。；、]{0,20}?(?:举行|召开)了?$/;
const NUMBERED_SESSION = /次(?:会议|全体会议|全会|大会)$/;

/** Two names of one meeting: one ends the other, or they share most of their bigrams. */
export function sameMeeting(a: string, b: string): boolean {
  if (a === b || a.endsWith(b) || b.endsWith(a)) return true;
  // `…四次会议期间主席会议` / `…四次会议` / `…期间常委会议`: a sitting held during a session is another meeting
  const during = (n: string) => (n.includes('期间') ? n.slice(n.indexOf('期间')) : '');
  if (during(a) !== during(b)) return false;
  // `十二届全国人大五次会议安徽代表团全体会议` / `十二届全国人大五次会议`: a delegation's meeting at a session is another
  // (and its preparatory meeting: `省十三届人大一次会议预备会议`)
  const delegation = (n: string) => /代表团(?:全体|小组)?会议$|.预备会议?$/.test(n);
  if (delegation(a) !== delegation(b)) return false;
  // `首届中国国际进口博览会开幕式` / `首届中国国际进口博览会`: an event's opening ceremony is a meeting of its own
  if ((a.length > b.length ? a : b).replace(/(?:开幕式|闭幕式)$/, '') === (a.length > b.length ? b : a)) return false;
  // `十三届全国人大三次会议` / `十三届全国人大常委会第二十五次会议`: other sessions of one body
  // (also a body's counted sittings of one kind: `第六十六次委员长会议` / `第六十七次委员长会议`, `第七十八次主任会议`)
  // (a count however written: `第12次常务会议` / `第十二次常务会议` one)
  const session = (n: string) => sittingCount(/([一二三四五六七八九十百零〇\d]+)次(?:全体会议|全会|大会|[\u4e00-\u9fff]{0,4}?会议)/.exec(n)?.[1]);
  const [sessionA, sessionB] = [session(a), session(b)];
  const bothSessions = sessionA !== undefined && sessionB !== undefined;
  if (bothSessions && sessionA !== sessionB) return false;
  // (and two counted sittings of anything, whatever stands between the count and the head: `第十二次和第十三次中日韩领导人会议`)
  const counted = (n: string) => sittingCount(/第([一二三四五六七八九十百零〇\d]+)次/.exec(n)?.[1]);
  const [countA, countB] = [counted(a), counted(b)];
  const bothCounts = countA !== undefined && countB !== undefined;
  if (bothCounts && countA !== countB) return false;
  if ((bothSessions || bothCounts) && chairsSitting(a) !== chairsSitting(b)) return false;
  // `党的十九届二中全会` / `党的十九届六中全会` / `党的二十届六中全会`: other plenums, other terms
  const plenum = (n: string) => /([一二三四五六七八九十]+)中全会|第([一二三四五六七八九十]+)次全体会议/.exec(n)?.slice(1).find(Boolean);
  if (plenum(a) && plenum(b) && plenum(a) !== plenum(b)) return false;
  const term = (n: string) => /([一二三四五六七八九十]+)届/.exec(n)?.[1];
  if (term(a) && term(b) && term(a) !== term(b)) return false;
  // `第二届世界互联网大会` / `2023年世界互联网大会`: other editions of one series
  const edition = (n: string) => /第[一二三四五六七八九十百\d]+届|\d{4}年/.exec(n)?.[0];
  if (edition(a) && edition(b) && edition(a) !== edition(b)) return false;
  // `…研讨班开班式` / `…研讨班结业式`, `…开幕式` / `…闭幕式`: the two ends of one event
  const end = (n: string) => EVENT_END.exec(n)?.[0];
  if (end(a) && end(b) && end(a) !== end(b)) return false;
  // `十四届全国人大常委会第二次会议` / `十四届全国人大常委会宪法宣誓仪式`: a body's ceremony is no session of it
  if (CEREMONY.test(a) !== CEREMONY.test(b) && (NUMBERED_SESSION.test(a) || NUMBERED_SESSION.test(b))) return false;
  if (abbreviates(a, b) || abbreviates(b, a)) return true;
  // (two sessions told apart by their parts are two: `十三届全国人大三次会议` / `十三届全国人大常委会第三次会议`, `湖北省政协…` / `甘肃省政协…`)
  const sessions = [sessionParts(a), sessionParts(b)];
  if (sessions[0] && sessions[1]) return sameSession(sessions[0], sessions[1]);
  const A = bigramSet(a);
  const B = new Set(bigramSet(b));
  const common = A.filter((g) => B.has(g)).length;
  return (2 * common) / (A.length + B.size) >= 0.6;
}

/**
 * A session of a people's congress, a CPPCC or a party congress by what identifies it, in whatever form the text
 * gives it (`全国政协十三届二次会议` / `中国人民政治协商会议第十三届全国委员会第二次会议`, `省政协十二届四次会议` /
 * `政协甘肃省第十二届委员会第四次会议`, `省第十四次党代会` / `中国共产党青海省第十四次代表大会`): the body, its level
 * (national, a province's, a city's … or not told), its standing committee or not, the term and the session's number. Null for anything else, and for a
 * meeting held at or during a session (`…三次会议主席团第二次会议`, `…第二次全体会议`).
 */
interface SessionParts {
  key: string;
  level: string;
  term: string;
  place: string;
}
function sessionParts(n: string): SessionParts | null {
  const session = SESSION_END.exec(n);
  if (!session) return null;
  const body = /政协|政治协商会议/.test(n) ? '政协' : /人大|人民代表大会/.test(n) ? '人大' : /党代会|共产党.{0,8}代表大会/.test(n) ? '党' : null;
  if (!body) return null;
  // (national, a province's, a city's, a county's …, or not told: `政协十三届三次会议` in a national report)
  const level = /全国/.test(n) ? 'national' : (/自治区|[省市县区州]/.exec(n)?.[0] ?? '');
  const standing = /常委|常务委员会/.test(n);
  const term = /([一二三四五六七八九十]+)届/.exec(n)?.[1] ?? '';
  // (a place named in the name: two places named differently are two bodies)
  const place = /([\u4e00-\u9fff]{2,6}?(?:省|自治区|市|州|县|区))(?:第|[一二三四五六七八九十]+届|政协|人大|人民代表大会|委员会)/.exec(n.replace(/^(?:中国共产党|中国人民政治协商会议|政协)/, ''))?.[1] ?? '';
  return { key: `${body}|${standing}|${session[1]}`, level, term, place };
}
/** A session's number and its head at the end of a name (`第二次会议`, `四次会议`, `第十四次代表大会`, `第十四次党代会`). */
const SESSION_END = /([一二三四五六七八九十百]+)次(?:会议|代表大会|党代会)$/;

/** Two sessions' parts of one session: the same, a level, a term or a place left out by one of them. */
function sameSession(x: SessionParts, y: SessionParts): boolean {
  const agree = (a: string, b: string) => !a || !b || a === b;
  return x.key === y.key && agree(x.level, y.level) && agree(x.term, y.term) && agree(x.place, y.place);
}

/**
 * A short form made of the long name's characters in order, in pieces, ending in its head
 * (`第四届进博会开幕式` of `第四届中国国际进口博览会开幕式`, `晋衔仪式` of `中央军委晋升上将军衔仪式`,
 * `中俄友协理事会年会` of `中国俄罗斯友好协会理事会年会`, `九届全会一次会议` of
 * `政协第九届全国委员会第一次会议`): the press shortens a name so. Two pieces, the first of more than
 * one character, name a meeting of their own (`中央政治局会议` is no `中共中央政治局常委会会议`,
 * `中非合作论坛` no `中非农业合作论坛`, `联合国大会` no `联合国工业发展组织第二十届大会`), and a name
 * the long one holds whole is named there, not shortened (`在延安文艺座谈会上的讲话…座谈会`).
 */
export function abbreviates(short: string, long: string): boolean {
  if (short.length < 4 || short.length >= long.length || short.slice(-2) !== long.slice(-2) || long.includes(short)) return false;
  // (every number is kept: `十四届全国人大二次会议` is no `十四届全国人大常委会第二十次委员长会议`)
  const numbers = (n: string) => n.replace(/[^一二三四五六七八九十百〇零\d]/g, '');
  if (numbers(short) !== numbers(long)) return false;
  // (an edition both begin with is no piece: `第四届`)
  const edition = /^(?:第[一二三四五六七八九十百\d]+届|\d{4}年)/.exec(short)?.[0] ?? '';
  if (edition && !long.startsWith(edition)) return false;
  // the pieces, read from the head back (each character at its last place before the one after it)
  const runs: number[] = [];
  let k = long.length;
  for (let i = short.length - 1; i >= edition.length; i--) {
    const at = long.lastIndexOf(short[i]!, k - 1);
    if (at < edition.length) return false;
    if (at === k - 1 && runs.length > 0) runs[runs.length - 1]!++;
    else runs.push(1);
    k = at;
  }
  return runs.length > 2 || (runs.length === 2 && runs[1] === 1);
}

// ------------------------------------------------------------------ meetings

export interface MeetingMention {
  name: string;
  start: number;
  end: number;
  /** a bare head noun (座谈会): named by its host */
  bare: boolean;
  /** `本次会议`, `这次常委会会议`: the article's own meeting named again */
  ref?: boolean;
  /** where the term of a pair of plenums begins (`二十届二中、三中全会`) */
  termStart?: number;
  /** a sitting the session named before it holds, the holding verb inside the mention (`…一次会议在…举行预备会议`) */
  heldBySession?: boolean;
  /** held, the verb inside the mention (`…中心组组织第四次集体学习`: named without it) */
  heldWithin?: boolean;
}

// (a count names no meeting: `在…召开的几个会议上`, `三个会议`)
export const GENERIC_MEETING = /^(?:本次|此次|这次|此场|本场|该场|整个|整场|上述|下一次|下次|上一次|上次|该|各类|有关|重大|重要|相关|一系列|各种|各项|多场|一次|两次|系列|专题|每次|会上|大|各|本|此|这|该次|今年|去年|明年|全体|各级|有关方面|电视电话|视频|网络|第[一二三四五六七八九十]+次全体|委员长|主任|大会|会议|全会|省长|市长|书记|主席|确保|代表|(?:[几数多两二三四五六七八九十]|十几|几十)[个场项])$/;
/** A verb or a quantity before 会议 makes it talk about meetings in general (`精简会议`, `全区性会议`). */
// (not 本 of the paper's own place, as 我 is: `本区党的十九大精神辅导报告会在…举行`)
export const GENERIC_MEETING_PREFIX = /(?:精简|实行|严格|参加|出席|召开|开完|开好|不开|相当|性|对|各类|减少|压缩|控制|合并|少开|开短|(?<!党)的|审批|(?:严格|加强|规范)管理|保障|(?<![中平温柔缓祥共])和|与|给|向)$|^(?:该|各|这|那|本(?![省市区县州镇乡旗])|其|一次|一场|一个|所有|历届|历次|每届|每次|多次|几次)/;
export const NUMBERED_CONGRESS = /(?:党的|中国共产党第?|中共|中国妇女|全国|省|市|县)?(?:第?[一二三四五六七八九十]{1,3}(?:次全国代表)?大(?!会)|[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,2}中全会)/g;
/** What every NUMBERED_CONGRESS match holds: tested before its scan, which its optional lead makes slow over a whole text. */
const NUMBERED_CORE = /[一二三四五六七八九十](?:次全国代表)?大(?!会)|[一二三四五六七八九十]中全会/;

/**
 * A meeting whose delegates are met (`会见全国宣传部长会议代表`, `会见了出席…会议的全体代表`): the
 * 会见 is the news, not the meeting (pfr-dev: the host of such a 会见 does not attend it).
 */
const delegatesMet = (text: string, m: { start: number; end: number }): boolean =>
  /(?:会见|接见)了?(?:出席|参加)?$/.test(text.slice(Math.max(0, m.start - 6), m.start)) && /^的?(?:全体|与会|部分)?代表/.test(text.slice(m.end, m.end + 5));
/** A meeting named only to say whom a host welcomes or meets (`欢迎出席…的外方领导人`, `会见来华出席…的`); not the session whose members one visits (`看望出席…会议的委员`: he is at it). */
// (or to the province or city named by its character or name: `会见了来陕参加…博览会的…知事`)
const GUESTS_OF = /(?:欢迎|会见了?|宴请)(?:来华|来[\u4e00-\u9fff]{1,3}?)?(?:出席|参加)$/;
/** …and the guests named between the host's act and the meeting they came for (`会见了…等前来参加…论坛的台湾嘉宾`). */
const GUESTS_NAMED_OF = /(?:欢迎|会见了?|会晤了?|宴请)[^，。；]{0,60}?(?:前来|来华|来京|专程|来[\u4e00-\u9fff]{1,3}?)(?:出席|参加)$/;

/** Does the meeting `m` only describe the guests a host welcomes or meets (`会见参加…论坛的台湾嘉宾`)? */
function guestsCameFor(text: string, m: MeetingMention): boolean {
  // (the meeting and the event it is joined to by 暨, then 的: `会见了出席…第三次会议暨第十二届“台商陇上行”活动的…会长X一行`)
  return (text[m.end] === '的' || (text[m.end] === '暨' && /^暨[^，。；的]{1,30}的/.test(text.slice(m.end, m.end + 34)))) && (GUESTS_OF.test(text.slice(Math.max(0, m.start - 10), m.start)) || GUESTS_NAMED_OF.test(text.slice(Math.max(0, m.start - 80), m.start)));
}

/** The sectors of a session's members (`…的民革、科技界、环境资源界委员`): group 1 the list. */
const SECTOR_MEMBERS = /(?<=的|看望了?|看望参加[^，。；]{2,30}?的)((?:[\u4e00-\u9fff]{2,8}、)*[\u4e00-\u9fff]{1,8}界)(?:政协)?委员/g;

/** A people's congress named as the body (`全国人民代表大会`, `湖南省人民代表大会`). */
const PEOPLES_CONGRESS = /^(?:全国|[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|自治州|县|区))?人民代表大会$/;

/** Who a meeting gathers, named in a list inside its name (`党外专家、学者及无党派知名人士迎春联谊会`). */
const GATHERED = /(?:专家|学者|人士|代表|干部|企业家|职工|青年|妇女|老同志|知识分子|侨胞|台胞|委员|军人|官兵|华人|华侨|劳模|模范)$/;
/** The heads of each of the groups a meeting gathers (`各代表团召集人…会议`, `各代表团团长会议`). */
const GATHERED_HEADS = /^各[\u4e00-\u9fff]{2,8}?(?:召集人|团长|负责人|负责同志)(?:和|$)/;

const LEFT_STOP_WORDS = new Set(LEFT_STOPS);
/** A held or attending verb and the words of a name after it, up to where a verb inside the name cut it. */
const OPENED_BY = new RegExp(`(?:主持召开|${HELD}|出席|参加)([\\u4e00-\\u9fff]{2,12})$`);

const PROVINCE_ALT = PROVINCE_NAMES.join('|');
/** A province's name at the start of a span, and a 、-list of them at the end of one. */
const PROVINCE_AT = new RegExp(`^(?:${PROVINCE_ALT})`);
const PROVINCE_LIST_END = new RegExp(`(?:(?:${PROVINCE_ALT})、)+$`);

/** Heads of a ceremony that an event's name may run into (`亚洲运动会火炬传递启动仪式`, `…博览会开幕式`). */
const CEREMONY_OF_EVENT = /^(?:仪式|典礼|开幕式|闭幕式)$/;
const EVENT_HEAD = new RegExp(`(?:${EVENT_HEADS.join('|')})$`);

/**
 * A law right after a body, or after it and another joined by 和: the law the bodies are named in
 * (`大会选举法`, `大会和地方各级人民政府组织法修正草案`; not a way of doing, 依法).
 */
const LAW_NAMED_BY = /^(?:和(?:(?![的了，。；、])[\u4e00-\u9fff]){2,24}?|(?:(?![的了，。；、])[\u4e00-\u9fff]){1,6}?)(?<![依立执司违守合非方办做说看想修])法(?:修订草案|修正草案|修正案草案|修正案|草案|(?=[，。、；和及与的》]|$))/;

/**
 * A level's word and 、 before a meeting named by another level (`中央、省委统战工作会议`): group 1 the level; a level's one
 * character (省, 市) where the name opens with one and its number (`省、市第十四次党代会`).
 */
const LEVEL_SHARED = /(中央|全国|省委|市委|州委|县委|区委|全省|全市|[省市县区])、$/;
/** The level a meeting's name opens with (one character only before its number: `市第十四次党代会`). */
const LEVEL_OPENS = /^(?:中央|全国|省委|市委|州委|县委|区委|全省|全市|全县|全区|[省市县区](?=第[一二三四五六七八九十]))/;

/** A session during which other sittings are held (`…十二届四次会议`, `…全会`, `…代表大会`). */
const SESSION_HELD_DURING = /(?:次会议|次全体会议|全会|大会|党代会)$/;

/** Is the head at `at` inside a short quote that names a way of holding a meeting (`“现场会议+视频会议”的方式`)? */
function quotedManner(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at);
  if (open < 0 || text.lastIndexOf('”', at) > open) return false;
  const close = text.indexOf('”', at);
  return close > 0 && close - open <= 20 && /^”(?:的)?(?:方式|形式|模式)/.test(text.slice(close, close + 4));
}

/** MEETING_HEAD_RE as a scan from the characters a head starts with (findMeetings alone uses it). */
/** International bodies whose names end in a meeting's head (lexicon INTERNATIONAL_ORGS). */
const BODIES_LIKE_MEETINGS = INTERNATIONAL_ORGS.filter((o) => /(?:会议|大会)$/.test(o));
const MEETING_HEAD_SCAN = new WordScan([...MEETING_HEADS, ...CALLED_MEETING_HEAD_WORDS], MEETING_HEAD_RE.source);

const MEETING_COVERED = new ScratchMarks();

/** A volume of a work opening a meeting's name (`第二卷出版座谈会`), and one before a 、 (`第一卷`). */
const VOLUME = /^第[一二三四五六七八九十\d]{1,3}[卷册部辑集]/;
const VOLUME_BEFORE = /第[一二三四五六七八九十\d]{1,3}[卷册部辑集]$/;

/**
 * Before the Politburo's 集体学习: the body, then its day and topic with the verb that holds it, or nothing, then its number
 * (`中共中央政治局5月31日下午就…进行第三十次`, `…政治局第十次`; not a member's post, `中共中央政治局委员、市委书记…`).
 */
const POLITBURO_SESSION = /((?:中共中央|(?:[一二三四五六七八九十]{1,3}届)?中央)?政治局)(?:(?!委员|常委)[^，。；]{0,60}?(?:进行|举行|开展))?(第[一二三四五六七八九十\d]{1,3}次)$/;
/** Before a study group's 集体学习/专题学习: the group, a verb of holding it, its year and number (`理论学习中心组组织2024年第四次`). */
const STUDY_GROUP_SESSION = /(理论学习中心组)(?:组织|开展|进行|举行|召开)?((?:\d{4}年度?)?第[一二三四五六七八九十\d]{1,3}次)$/;
/** Before a standing committee's 集体学习 (lexicon: STANDING_STUDY_HELD), then its number (`常委会24日举行第十八次`). */
const STANDING_STUDY_SESSION = new RegExp(`${STANDING_STUDY_HELD}(第[一二三四五六七八九十\\d]{1,3}次)$`);
/** The standing committee's party group or office that holds it (`常委会党组…`), read off the match's start. */
const STANDING_STUDY_GROUP = /^常委会(?:党组|机关)?/;

export function findMeetings(text: string): MeetingMention[] {
  const out: MeetingMention[] = [];
  const covered = MEETING_COVERED.zeroed(text.length + 1);
  const re = MEETING_HEAD_SCAN;
  re.lastIndex = 0;
  /** where a count of meetings read as none ends (`6场专题论坛`) */
  let countedEnd = 0;
  /** where the name of a meeting that holds another's speech in its name starts (NESTED_AFTER), else -1 */
  let nestedFrom = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    // a press conference bare or by its kind alone (`举行记者会`, `在例行记者会上`) is named by its speaker or body below (PRESS_AT)
    if (m[0] === '记者会' && PRESS_BARE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // `采取“现场会议+视频会议”的方式`: the way a meeting is held, quoted, names no meeting
    if (quotedManner(text, m.index)) continue;
    // a title inside a title, `《…关于修改〈…选举全国人民代表大会…的办法〉的决定》`: a law's or a rule's words, no meeting
    const near = text.slice(Math.max(0, m.index - 60), m.index);
    if (near.lastIndexOf('〈') > near.lastIndexOf('〉')) continue;
    // 人民大会堂, 会议室, 会议中心: a building, not a meeting
    // 中国人民政治协商会议(第七届、八届、九届)全国委员会, 全国人民代表大会成立70周年, 人民代表大会制度, 参谋长联席会议主席, …会议工作程序/工作规则:
    // part of a body's, a post's, an institution's or a document's name
    // 议会议长, 国会议长: the speaker of a parliament, not a meeting
    if (/[议国]/.test(text[m.index - 1] ?? '') && m[0] === '会议' && text[end] === '长') continue;
    // 大会议程: a congress's agenda, its 议 the agenda's (`酝酿大会议程(草案)`), no 会议
    if (m[0] === '会议' && text[end] === '程') continue;
    // `中国人民政治协商会议上海市第十四届委员会第三次会议`: a province's or a city's committee of the CPPCC by its
    // full name, the meeting its session (as `…第十四届全国委员会第二次会议` is the national one's)
    // (with its term or without: `中国人民政治协商会议云南省委员会专门委员会通则`)
    if (m[0] === '会议' && text.endsWith('政治协商', m.index) && /^[\u4e00-\u9fff]{2,12}?(?:第[一二三四五六七八九十\d]+届)?委员会/.test(text.slice(end, end + 24))) continue;
    // `出席了深圳分会场会议`: a branch venue of the meeting reported (a 电视电话会议's), not a meeting of its own
    // (also watched there: `市长X在镇江分会场收听收看会议`)
    if (m[0] === '会议' && (text.endsWith('分会场', m.index) || /(?:分会场|主会场)(?:收听收看|收看收听|收看|收听|视频参加|参加|出席)$/.test(text.slice(Math.max(0, m.index - 10), m.index)))) continue;
    // an international body named like a meeting (`联合国贸易和发展会议`) is the body, and so are a parliamentary
    // assembly (`亚洲议会大会`, `独联体跨国议会大会`; not its session, `…议会大会第十届全会`) and a national one or a
    // party named so (`非洲人国民大会`)
    if (BODIES_LIKE_MEETINGS.some((o) => o.endsWith(m![0]) && text.startsWith(o, end - o.length))) continue;
    if (m[0] === '大会' && BODY_ASSEMBLY_SUFFIXES.some((x) => text.startsWith(x, end - x.length))) continue;
    // 国民会议 is a country's legislature (白俄罗斯国民会议), not a meeting
    // (and 联邦会议, Russia's parliament: `中国全国政协愿与俄罗斯联邦会议保持友好交流`)
    if (m[0] === '会议' && (text.endsWith('国民', m.index) || text.endsWith('联邦', m.index))) continue;
    // (and 博览会展馆, a hall of the fair; 广大会员国, members; 全国大会党, a party; 伊斯兰会议组织, a body; 会议总结, a speech; …全国人民代表大会常务委员会, a body; 会议任务, its work;
    // `俄联邦安全会议秘书`, a council whose secretary is named)
    if (/^(?:[堂室厅馆场址员·党]|展[馆区台]|组织|总结|(?:永久|原)?会址|中心|章程|及其(?:常委会|常务委员会)|(?:第?[一二三四五六七八九十\d]+届[、和]?)*全国委员会|成立|委员会|常务委员会|任务|制度|代表|纪要|记录|主席(?!团)|副主席|秘书|主持人|成员|理事长|(?:会议)?(?:工作程序|议事规则|工作规则)|事规则|平台|机制|框架|建设(?!性)|(?:荣誉|名誉)?顾问|会长|(?:总|副)?召集人|理事|全体成员|工作机制|(?:全体)?组成人员)/.test(text.slice(end))) continue;
    // a country's people's congress by its name, not a session of it, is the body (`中华人民共和国全国人民代表大会公告`,
    // `中国全国人民代表大会通过的这项决定`; not `…全国人民代表大会第一次会议`)
    if (m[0] === '大会' && /国全国人民代表$/.test(text.slice(Math.max(0, m.index - 7), m.index)) && !/^第?[一二三四五六七八九十\d]+次/.test(text.slice(end, end + 6))) continue;
    // `进行防汛调度会商`: a consultation (会商), not a meeting of that head
    // (not a fair's trade after it: `博览会商务对接活动`, `…商品展区`, `…商户`)
    if (text[end - 1] === '会' && m[0] !== '会议' && text[end] === '商' && /^(?:[，。；、]|$|研判|分析|部署)/.test(text.slice(end + 1, end + 3))) continue;
    // a 会 that is the modal verb after a negated verb, before what it brings about, is no meeting's head (`务实不务虚会导致工作落空`;
    // not `…进口博览会带来新机遇`, `…全国代表大会成为…`)
    if (text[end - 1] === '会' && m[0] !== '会议' && text[m.index - 1] === '不' && MODAL_HUI_AFTER.test(text.slice(end, end + 4))) continue;
    // `中华全国台湾同胞联谊会、中国残疾人联合会向大会致贺词`: a 联谊会 in a list of bodies, or one that acts, is a body
    if (m[0] === '联谊会' && /^(?:向|、[^，。；、]{2,20}?(?:联合会|协会|学会|联谊会)(?=[、，。；和向]))/.test(text.slice(end, end + 24))) continue;
    // `…市委书记向省纪委全会述责述廉会议`: the plenum reported to is inside the name of the meeting where the reports are given
    if (/^述(?:职|责|廉)/.test(text.slice(end, end + 2)) && /向[^，。；]{1,12}$/.test(text.slice(Math.max(0, m.index - 13), m.index))) continue;
    // `准确把握中国人民政治协商会议这个政治组织`: what the text says it is (an organization, a form, a system) is no meeting
    // (also one described at length: `政协全体会议这一最高层次的协商议政形式`)
    if (/^(?:这个|这一|这种)[^，。；]{0,16}?(?:组织|机构|团体|制度|形式)/.test(text.slice(end, end + 24))) continue;
    // a site named after a meeting is a place, no meeting (`参观遵义会议会址和遵义会议陈列馆`, `…会议旧址`)
    if (MEETING_SITE_AFTER.test(text.slice(end, end + 3))) continue;
    // `围绕会议主题建言`: the theme of the meeting the report is about, no meeting named (`…大会主题为` is that 大会's)
    if (m[0] === '会议' && text.startsWith('主题', end)) continue;
    // `庆祝活动` is a meeting only as an anniversary's (`创刊15周年庆祝活动`), not `各地开展的庆祝活动`;
    // a bare one attended, or a bare 庆典, is the celebration the report tells (`参加庆祝活动的还有…`, `出席庆典的…`)
    if ((/活动$/.test(m[0]) || m[0] === '庆典') && !/(?:周年|诞辰)$/.test(text.slice(Math.max(0, m.index - 4), m.index))) {
      if (/(?:出席|参加)了?$/.test(text.slice(Math.max(0, m.index - 3), m.index))) out.push({ name: m[0], start: m.index, end, bare: true });
      continue;
    }
    // `…联谊会第五届会员代表大会`: a body named like a meeting before its term's meeting is part of that one's name
    // (and a forum before its first annual session: `当代企业改革论坛首届年会`)
    if (/^(?:第?[一二三四五六七八九十\d]+|首)届[^，。；、]{0,16}?(?:代表大会|大会|会议|年会)/.test(text.slice(end, end + 24))) continue;
    // `…选举会议主席团第二次会议`: the body's name holds a meeting's; the meeting is the presidium's
    // (also with a day and a place between: `…四次会议主席团10日下午在人民大会堂举行第三次会议`)
    if (/^主席团(?:常务主席)?(?:[^，。；]{0,20}?(?:举行|召开))?(?:第[一二三四五六七八九十\d]+次)?会议/.test(text.slice(end))) continue;
    // `地方各级人民代表大会和地方各级人民政府组织法`, `…人民代表大会选举法`: the bodies a law governs are part of its name
    if (m[0] === '大会' && LAW_NAMED_BY.test(text.slice(end, end + 32))) continue;
    // a declaration by the bare head of the meeting that adopts it, or quoted (`将发表峰会宣言`, `会议通过的“友好大会宣言”`): the
    // document, no meeting of its own; a forum as an institution that grows or is built (`长期支持论坛发展`, `论坛秘书处`)
    // (a summit named whole before its declaration is named: `二十国集团领导人新德里峰会宣言`)
    if ((text.startsWith('宣言', end) && (/(?:发表|通过|签署|发布)$/.test(text.slice(Math.max(0, m.index - 2), m.index)) || (text.startsWith('宣言”', end) && /“[^“”]{0,12}$/.test(text.slice(Math.max(0, m.index - 13), m.index))))) || (m[0] === '论坛' && /^(?:发展|建设|秘书处|理事会)/.test(text.slice(end, end + 3)))) continue;
    // a letter to the meeting by its bare head (`宣读了习近平总书记致论坛的贺信`): the report's meeting named back, no other
    if (text[m.index - 1] === '致' && /^的?(?:贺信|贺词|贺电|信)/.test(text.slice(end, end + 3))) continue;
    // a forum before a forum it holds on a topic is part of that one's name, no verb or place between (`…高峰论坛绿色发展高级别论坛`,
    // `…发展论坛冰岛主宾国论坛`; not `博鳌亚洲论坛举办科技分论坛`)
    const subForum = /论坛$/.test(m[0]) ? SUB_FORUM_AFTER.exec(text.slice(end, end + 24)) : null;
    if (subForum && !HELD_BETWEEN_FORUMS.test(subForum[1]!)) continue;
    // an assembly before the special or high-level sitting it holds on a topic is part of that one's name
    // (`联合国大会反腐败问题特别会议`, `联合国大会纪念…高级别会议`)
    if (m[0] === '大会' && /^[^，。；、：\s“”]{2,30}?(?:特别会议|高级别会议|特别峰会)/.test(text.slice(end, end + 40))) continue;
    // `作大会发言`: a kind of speech, not a meeting
    if (m[0] === '大会' && text.startsWith('发言', end)) continue;
    // `学习习近平总书记在庆祝…大会上的重要讲话精神交流会`: a meeting whose speech another meets to study is part of that
    // one's name; the outer name runs from before the 在 of the inner
    if (NESTED_AFTER.test(text.slice(end, end + 40))) {
      const innerStart = leftEdge(text, m.index, 40, true, true);
      if (text[innerStart - 1] === '在') nestedFrom = leftEdge(text, innerStart - 1, 30, true, true);
      continue;
    }
    const prevEnd = Math.max(out.length ? out[out.length - 1].end : 0, countedEnd);
    // `…政协十二届四次会议期间主席会议、常委会议`: the sittings held during a session are named by it, each of a 、-list
    const last = out.at(-1);
    if (last && !last.bare && last.end === prevEnd && !covered[m.index]) {
      const sitting = text.slice(prevEnd, end);
      const during = /^期间[\u4e00-\u9fff]{0,4}$/.test(sitting) && SESSION_HELD_DURING.test(last.name) ? last.name : /^、[\u4e00-\u9fff]{0,4}$/.test(sitting) && last.name.includes('期间') ? last.name.slice(0, last.name.indexOf('期间')) : null;
      if (during !== null) {
        out.push({ name: `${during}期间${sitting.replace(/^(?:期间|、)/, '')}`, start: prevEnd + (sitting[0] === '、' ? 1 : 0), end, bare: false });
        covered.fill(1, prevEnd, end);
        continue;
      }
      // `市七届人大五次会议举行各代表团召集人和临时党委（扩大）会议`: a sitting the session holds, named by who it
      // gathers, is named by the session (as one held during it is); not its own numbered sittings (`举行第二次全体会议`)
      // (and its preparatory meeting, `省十三届人大一次会议在省人民会堂举行预备会议`, `…代表大会今天下午(6月24日)举行预备会议`)
      // (or a meeting of its committee or presidium, `…代表大会召开代表资格审查委员会会议`)
      const held = /^(?:举行|召开)了?(各[^，。；]{2,40}|[^，。；各]{2,20}?(?:委员会|主席团)(?:第[一二三四五六七八九十]+次)?(?:全体)?会议)$/.exec(sitting) ?? /^(?:\d{1,2}日|今天|昨天|今日|当天|当日)?(?:[上下]午|晚)?(?:[（(][^（）()]{1,10}[）)])?(?:在[^，。；]{1,16}?)?(?:举行|召开)了?(预备会议?)$/.exec(sitting);
      if (held && SESSION_HELD_DURING.test(last.name) && (held[1]!.startsWith('预备会') || !SESSION.test(held[1]!))) {
        out.pop();
        out.push({ name: normName(last.name + held[1]!), start: last.start, end, bare: false, heldBySession: true });
        covered.fill(1, last.start, end);
        continue;
      }
      // a meeting that conveys another's spirit is named by it (`2025年夏季党组扩大会议精神传达会`), one name
      // (and one held before another to prepare it: `…专题民主生活会会前集中学习会`)
      // (and one that briefs others on it, or studies it: `十九届五中全会精神吹风会`, `…全会精神宣讲会`)
      if (SPIRIT_MEETING.test(sitting) || /^会前[\u4e00-\u9fff]{2,10}$/.test(sitting)) {
        out.pop();
        out.push({ name: normName(last.name + sitting), start: last.start, end, bare: false });
        covered.fill(1, last.start, end);
        continue;
      }
      // (or named right after it: `自治区政协十二届一次会议预备会议在…召开`, one name)
      if (/^预备会议?$/.test(sitting) && SESSION_HELD_DURING.test(last.name)) {
        out.pop();
        out.push({ name: normName(last.name + sitting), start: last.start, end, bare: false });
        covered.fill(1, last.start, end);
        continue;
      }
    }
    // a study group's session named by its act (`市委理论学习中心组组织第四次集体学习`): the group and its number,
    // the verb between left out (市委理论学习中心组第四次集体学习)
    if (m[0].endsWith('学习')) {
      const g = STUDY_GROUP_SESSION.exec(text.slice(Math.max(prevEnd, m.index - 40), m.index));
      const groupAt = g ? m.index - g[0].length : -1;
      const from = g ? Math.max(prevEnd, leftEdge(text, groupAt, 20, true, true)) : -1;
      // (one joined by 暨 to a meeting named before it, `…专题研讨班暨市委理论学习中心组…集体学习`, is read with that one;
      // the groups of every county or unit are none, `通报各县区理论学习中心组开展第一次集体学习情况`)
      if (g && from < groupAt && !/暨|各/.test(text.slice(from, groupAt))) {
        out.push({ name: normName(text.slice(from, groupAt) + g[1] + g[2] + m[0]), start: from, end, bare: false, heldWithin: true });
        covered.fill(1, from, end);
      }
      // (the Politburo's, its day and topic between: `中共中央政治局5月31日下午就…进行第三十次集体学习` → 中共中央政治局第三十次集体学习)
      const p = g ? null : POLITBURO_SESSION.exec(text.slice(Math.max(prevEnd, m.index - 80), m.index));
      if (p) {
        const from = m.index - p[0].length;
        out.push({ name: normName(p[1]! + p[2]! + m[0]), start: from, end, bare: false, heldWithin: true });
        covered.fill(1, from, end);
      }
      // (a party committee's standing committee's, its day between: `中央纪委常委会24日举行第十八次集体学习` → 中央纪委常委会第十八次集体学习)
      const c = g || p ? null : STANDING_STUDY_SESSION.exec(text.slice(Math.max(prevEnd, m.index - 40), m.index));
      // (the committee's party group or office with it: `省人大常委会党组24日举行…` → 省人大常委会党组第…次集体学习)
      const committeeAt = c ? m.index - c[0].length : -1;
      const bodyEnd = c ? committeeAt + STANDING_STUDY_GROUP.exec(c[0])![0].length : -1;
      const bodyFrom = c ? Math.max(prevEnd, leftEdge(text, committeeAt, 16, true, true)) : -1;
      if (c && bodyFrom < committeeAt) {
        out.push({ name: normName(text.slice(bodyFrom, bodyEnd) + c[1]! + m[0]), start: bodyFrom, end, bare: false, heldWithin: true });
        covered.fill(1, bodyFrom, end);
      }
      continue;
    }
    const edge = nestedFrom >= 0 && nestedFrom >= prevEnd ? nestedFrom : leftEdge(text, m.index, 40, true, true);
    nestedFrom = -1;
    // a meeting named inside a 《》 title of this one does not cut its name
    const enclosing = out.length && edge < out[out.length - 1].start && /《[^》]*$/.test(text.slice(edge, out[out.length - 1].start));
    // (a meeting named by the spirit of another it studies runs over that one: `学习贯彻党的十九届四中全会精神中央宣讲团动员会`)
    const studied = !enclosing && out.length > 0 && edge < prevEnd && text.startsWith('精神', prevEnd) && /^(?:深入)?(?:学习|宣传|宣讲|贯彻|落实){1,4}$/.test(text.slice(edge, out[out.length - 1].start));
    let start = enclosing || studied ? edge : Math.max(edge, prevEnd);
    // a study group's meeting is named by the group whole (`市委理论学习中心组…集体学习会`: its 学习 is no verb before the name)
    if (text.startsWith('中心组', start) && text.endsWith('理论学习', start)) start = Math.max(prevEnd, leftEdge(text, start - 4, 20, true, true));
    // a ceremony the clause opens with, held in the same clause, is named from the clause's start whatever verb of
    // its own words cut it (`2023年“齐鲁最美…工作者”发布仪式今晚举行`, `…“荆楚楷模”年度人物发布仪式在武汉举行`)
    // (and any meeting so held whose own words a verb of its theme cut: `…部门党组（党委）落实机关党建主体责任座谈交流会8月18日在京召开`,
    // `大理市庆祝…建军97周年慰问驻军部队座谈会举行`)
    const cutBy = text.slice(Math.max(0, start - 2), start);
    if ((CEREMONY_HEAD.test(m[0]) ? CEREMONY_CUT.test(cutBy) : THEME_CUT.test(cutBy)) && start > prevEnd && HELD_RIGHT_AFTER.test(text.slice(end, end + 30))) {
      // (a headline's space or a bracketed tag before it is a clause's start too: `[视频]…座谈交流会`)
      const clause = Math.max(prevEnd, ...['，', '。', '；', '：', '\n', '！', '？', ' ', '\u3000', ']', '】'].map((c) => text.lastIndexOf(c, start - 1) + 1));
      if (start - clause <= 40 && !/[，。；]/.test(text.slice(clause, start))) start = clause;
    }
    // a quoted theme may hold a space (`召开“巩固…成果 全面实施…战略”专题协商会`): the quote is all of the name
    // (a stop word, the space or the comma of a two-part theme inside the quote cut it:
    // `召开“统筹城乡融合发展，全面推进乡村振兴”专题协商会`)
    const close = text.lastIndexOf('”', m.index);
    if (close >= start && m.index - close <= 6) {
      const open = text.lastIndexOf('“', close);
      if (open >= prevEnd && open < start && close - open <= 40 && !/[“。；]/.test(text.slice(open + 1, close))) start = open;
    }
    // `十二集大型电视专题艺术片《百年恩来》首映式`: a work's premiere or launch is named by the work's title alone
    if (/^首[映发]式$/.test(m[0]) && text[m.index - 1] === '》') {
      const open = text.lastIndexOf('《', m.index - 1);
      if (open > start && m.index - open <= 40) start = open;
    }
    // `中国—中东欧国家领导人峰会`, `中国—东盟博览会`: the parties joined by a dash are one name
    if (/[—–]/.test(text[start - 1] ?? '') && /[\u4e00-\u9fff]/.test(text[start - 2] ?? '')) {
      const left = leftEdge(text, start - 1, 8, true, true);
      if (left >= prevEnd && start - 1 - left >= 1 && start - 1 - left <= 6) start = left;
    }
    // `《…选读》第一卷、第二卷出版座谈会`: the volumes of a work joined by 、 are one name, the work's title with them
    if (text[start - 1] === '、' && VOLUME.test(text.slice(start, end))) {
      for (let at = start; text[at - 1] === '、'; ) {
        const part = VOLUME_BEFORE.exec(text.slice(Math.max(prevEnd, at - 12), at - 1));
        if (!part) break;
        start = at = at - 1 - part[0].length;
      }
      if (text[start - 1] === '》') {
        const open = text.lastIndexOf('《', start - 1);
        if (open >= prevEnd && start - open <= 40) start = open;
      }
    }
    // `中巴经济走廊、民生援助、科学技术等领域合作文本交换仪式`: the fields a 等 closes are one name, 、 and all
    if (text[start - 1] === '、' && FIELDS_CLOSED.test(text.slice(start, end))) {
      for (let at = start; text[at - 1] === '、'; ) {
        const left = leftEdge(text, at - 1, 12, false, true);
        if (left < prevEnd || left >= at - 1 || at - 1 - left > 10) break;
        start = at = left;
      }
    }
    // `政府首脑（总理）理事会第二十二次会议`: a short gloss in brackets inside the name is part of it
    // (not a byline's bracket: `…电（记者…）`)
    if (/[）)]/.test(text[start - 1] ?? '')) {
      const open = Math.max(text.lastIndexOf('（', start - 1), text.lastIndexOf('(', start - 1));
      const gloss = text.slice(open + 1, start - 1);
      if (open > prevEnd && gloss.length >= 1 && gloss.length <= 6 && /^[\u4e00-\u9fff、]+$/.test(gloss) && !/记者|通讯员|摄|报道/.test(gloss) && /[\u4e00-\u9fff]/.test(text[open - 1] ?? '') && !/[电讯]$/.test(text.slice(0, open))) {
        const left = leftEdge(text, open, 40, true, true);
        if (left >= prevEnd && left < open) start = left;
      }
    }
    // `县十七届人民政府第171、172次常务会议`: two sittings held as one, their numbers joined by 、, are one name
    const pair = text[start - 1] === '、' && /^(?:\d+|[一二三四五六七八九十百]+)次/.test(text.slice(start, end)) ? /第(?:\d+|[一二三四五六七八九十百]+)$/.exec(text.slice(Math.max(prevEnd, start - 8), start - 1)) : null;
    if (pair) {
      const at = start - 1 - pair[0].length;
      const left = leftEdge(text, at, 40, true, true);
      start = left >= prevEnd && left <= at ? left : at;
    }
    // `纪念民族区域自治法颁布实施40周年座谈会`: an anniversary's meeting is named from 纪念/庆祝,
    // whatever verb of the law or the event stands inside (实施, 颁布)
    if (/^(?:\d+|[一二三四五六七八九十百]+)周年/.test(text.slice(start, end))) {
      const opened = /(?:纪念|庆祝)[^，。；：“”]{2,30}$/.exec(text.slice(Math.max(prevEnd, start - 32), start));
      if (opened) start -= opened[0].length;
    }
    // `广西、四川、…、新疆七省区纪委书记座谈会`: a list of provinces opens the name
    if (text[start - 1] === '、' && PROVINCE_AT.test(text.slice(start, start + 3))) {
      const list = PROVINCE_LIST_END.exec(text.slice(Math.max(prevEnd, start - 60), start));
      if (list) start -= list[0].length;
    } else if (text[start - 1] === '、' && placeWordAt(text, start) >= 2 && /^[^，。；]{0,12}?[两三四五六七八九十]+(?:国|方|省区?|市)/.test(text.slice(start, end))) {
      // `孟加拉国、巴基斯坦和印度三国经济贸易最高会议`: a list of countries the name counts opens it
      for (let k = start - 1, len; text[k] === '、' && (len = placeWordEndingAt(text, k, prevEnd)); k = start - 1) start = k - len;
    } else if (text[start - 1] === '、') {
      // `全国加强计划生育技术服务、提高出生人口素质工作会议`: two themes after the meeting's scope, joined by 、
      const theme = SCOPED_THEME.exec(text.slice(Math.max(prevEnd, start - 25), start - 1));
      const at = theme ? start - 1 - theme[0].length : -1;
      // (at a clause's start or after the verb that holds it: `召开全国农业、农村工作会议`; not before
      // a bare head after it: `全国政协副主席、大会主席团常务主席`)
      if (theme && (at === 0 || /[，。；：\n]/.test(text[at - 1]!) || /(?:召开|举行|举办)了?$/.test(text.slice(Math.max(0, at - 3), at))) && !MEETING_HEAD_IN.test(theme[0]) && start <= m.index - 2) start = at;
      else {
        // `…中央指导组、巡回督导组工作座谈会`: two groups of one kind the meeting gathers, joined by 、 (the same
        // group word ends each): the name runs on over the first
        const group = /^[\u4e00-\u9fff]{1,10}?(组|团|队)/.exec(text.slice(start, m.index));
        if (group && text[start - 2] === group[1] && !/^(?:工作|领导)?小?组$/.test(group[0])) {
          const left = leftEdge(text, start - 1, 40, true, true);
          if (left >= prevEnd && left < start - 2) start = left;
        }
      }
    }
    // `主持召开新时代推动中部地区崛起座谈会`: a verb of the name's own words (推动, 推进) cut it, but the
    // verb that holds or attends the meeting opens it in the same clause
    const opened = OPENED_BY.exec(text.slice(Math.max(prevEnd, start - 14), start));
    // (a count before it is no part of it: `主持召开三次推动共建“一带一路”工作座谈会`)
    if (opened && [...IN_MEETING_NAME].some((w) => opened[1].endsWith(w))) start -= opened[1].replace(/^[一二三四五六七八九十两]+次/, '').length;
    // `博鳌亚洲论坛2023年年会开幕式`: heads run on in one name (a session of a forum's year)
    // (or a forum's summit in a city: `中非合作论坛北京峰会`)
    const between = text.slice(prevEnd, m.index);
    // (or a forum's own gathering named after it: `世界经济论坛全球企业家视频特别对话会`)
    // (or a ceremony of an event named before it, with no word between that stops a name: `…运动会火炬传递启动仪式`;
    // or its summit or forum: `2022年中国国际服务贸易交易会全球服务贸易峰会`)
    // (or the meeting of every delegation's conveners or heads at a session: `…第十四次代表大会各代表团召集人会议`)
    // (or a meeting's opening or closing sitting, a summit's stage: `…第十九次峰会闭幕会议`, `…峰会第一阶段会议`, `…大会开幕会议`)
    const runOn = out.length && !enclosing && edge < prevEnd && (/^[\d一二三四五六七八九十百第届次年度]*$/.test(between) || (m[0] === '会议' && /^(?:开幕|闭幕|第[一二三四]阶段)$/.test(between)) || (/^各代表团[\u4e00-\u9fff]{0,6}$/.test(between) && /会议$/.test(m[0]) && /(?:大会|会议|党代会|[一二三四五六七八九十]大)$/.test(out[out.length - 1].name)) || (/^(?:峰会|部长级会议)$/.test(m[0]) && between.length >= 2 && placeWordAt(text, prevEnd) === between.length) || ((CEREMONY_OF_EVENT.test(m[0]) || /^(?:峰会|论坛)$/.test(m[0])) && EVENT_HEAD.test(out[out.length - 1].name) && /^[\u4e00-\u9fff]{2,10}$/.test(between) && !/[的和及与]/.test(between)) || (/论坛$/.test(out[out.length - 1].name) && /会$/.test(m[0]) && /^[\u4e00-\u9fff]{2,12}$/.test(between) && !/[的和及与]/.test(between) && !LEFT_STOP_WORDS.has(between.slice(0, 2)))) && !out[out.length - 1].ref;
    // `全国春季农业生产暨加强冬小麦田间管理工作会议`: a verb of the second theme cut the name after 暨; the
    // first theme, from its clause's start or the verb that holds it, opens it
    const cut = text[start - 3] === '暨' && IN_MEETING_NAME.has(text.slice(start - 2, start)) ? start - 3 : -1;
    if (cut > prevEnd) {
      const before = text.slice(Math.max(prevEnd, cut - 30), cut);
      const from = Math.max(...['，', '。', '；', '：', '\n', '召开', '举行', '举办'].map((w) => (before.lastIndexOf(w) < 0 ? -1 : before.lastIndexOf(w) + w.length)), 0);
      const first = before.slice(from);
      if (first.length >= 2 && !MEETING_HEAD_IN.test(first) && !/[的了]/.test(first)) start = cut - first.length;
    }
    // (the second name cut by a verb of its own words, `…党组扩大会议暨理论学习中心组专题学习会议`: joined all the same)
    // (and a forum a middle dot joins to the meeting it is held at: `世界中国学大会·上海论坛`)
    const joiner = start >= prevEnd ? text.slice(prevEnd, start) : null;
    const joint = joiner !== null && ((text[prevEnd] === '暨' && /^(?:暨[\u4e00-\u9fff]{0,9})?$/.test(joiner)) || (text[prevEnd] === '·' && joiner === ''));
    if (out.length && (joint || runOn)) {
      // `区委农村工作会议暨莓茶产业高质量发展大会`: one meeting under a joint name
      const last = out[out.length - 1];
      last.name = normName(text.slice(last.start, end));
      last.end = end;
      continue;
    }
    // `没有召开过领导小组会议`: a meeting never held is none
    if (NEVER_HELD.test(text.slice(Math.max(0, start - 8), start + (text[start] === '过' ? 1 : 0)))) continue;
    // (not 和 of 和平, 和谐: `出席和平共处五项原则…纪念大会`)
    let raw = text.slice(start, end).replace(/^(?:和(?![平谐睦])|[及、与暨])/, '');
    // `没有送别仪式`, `不搞送别仪式`: one not held is none
    if (NOT_HELD_IN_NAME.test(raw)) continue;
    // opening words of a clause that are not part of the name
    // (经 as `through`: 经中央纪委常委会会议研究, not 经济/经贸/经委…)
    // (a wire's dateline run on to the name, no space between: `新华社北京3月9日电政协第十三届…主席会议`)
    raw = raw.replace(DATELINE_OPENING, '');
    // (and what one is made to do with it, opening its clause: `，让遵义会议精神永放光芒`; not 让利, 让与)
    raw = raw.replace(DATE_PREFIX, '').replace(/^(?:记者|今天|今年|目前|会上|日前|近日|此前|随后|同时|并|还|在|从|于|的|了|通过了|紧扣|围绕|就|为|(?:要|真正)?让(?![利与渡步位座])|经(?![济贸营费验典销纪理略]|委(?!员)))+/, '');
    // what is said of the meeting before its name (`一个特殊的…会`, `在今天结束的全国…会议上`, `刚刚闭幕的…`,
    // `为期两天的…`, `以“…”为主题的…`, `去年…峰会`)
    raw = raw.replace(/^一[个场](?=[\u4e00-\u9fff]{4})/, '').replace(/^(?:刚刚|刚|昨天|今天|日前|近日)?(?:结束|闭幕|开幕|召开|举行|举办)的/, '').replace(/^期[一二三四五六七八九十两\d]+天的/, '').replace(/^.{0,12}?主题的/, '').replace(/^(?:去年|今年|明年|上个?月|下个?月|本月)/, '');
    // `要全力开好…会议`, `周密做好开闭幕式`, `积极落实峰会成果`: the verb that holds it well or carries it out is no part of it
    // (not the 落实 of a meeting that studies a spirit: `全省深入贯彻落实…重要讲话精神…部署会`)
    // (and one served or reported on well: `要宣传报道好大会盛况`, `服务保障好大会`)
    // (and one explained well or prepared with care, a bare head: `解读好大会精神`, `精心准备会议`; not a 筹备会议 of its own)
    if (!STUDIED_BEFORE_HEAD.test(raw)) raw = raw.replace(/^[^，。；]{0,6}?(?:开好|开完|开成|办好|做好|落实好?|(?:宣传|报道|服务|保障|组织|筹备|解读)+好)/, '').replace(/^(?:精心|认真|周密|充分)(?:准备|筹备)(?=(?:大会|会议|全会)$)/, '');
    // `要全面贯彻省委…推进会议精神`: a modal and a verb of studying open the clause, not the name (the 贯彻 of a name
    // stands after its body: `省委省政府进一步贯彻落实…推进会议`); `学习贯彻大会精神`: a bare head studied
    raw = raw.replace(/^(?:要|应当?|须|必须|务必)(?:全面|深入|认真|切实|坚决|进一步)*(?:学习|贯彻|落实|传达|领会|宣传)+(?=[\u4e00-\u9fff]{6})/, '').replace(/^(?:要|应当?|须|必须|务必)?(?:全面|深入|认真|切实|坚决|进一步)*(?:学习|贯彻|落实|传达|领会|宣传)+(?=(?:大会|会议|全会)$)/, '');
    // `庄严的升国旗仪式`, `隆重的纪念大会`: how it was is no part of its name
    raw = raw.replace(/^(?:庄严|隆重|盛大|热烈|简朴|简短|热闹|一年一度)的/, '');
    raw = describedBefore(raw, m[0].length);
    // a building before a bare 仪式 is where the scene is set, no ceremony's name (`八一大楼仪式现场，官兵代表整齐列队`)
    if (SCENE_OF_CEREMONY.test(raw)) continue;
    // (a month alone before the name: `10月昆明《…公约》第十五次缔约方大会`)
    raw = raw.replace(/^\d{1,2}月(?:的(?:这|本|此)届)?(?=[\u4e00-\u9fff]{2})/, '');
    // (a count of the documents a ceremony signs or exchanges is no part of its name: `多项双边合作文件文本交换仪式`)
    raw = raw.replace(/^(?:[\d一二三四五六七八九十两多几]+|十余|数)项(?=[\u4e00-\u9fff]{0,12}?(?:文件|协议|协定|备忘录|文本)[\u4e00-\u9fff]{0,6}仪式$)/, '');
    // `共设置17个主题论坛`, `近60场分论坛`: a count of meetings, no meeting's name
    // (not the count of a list's first item: `6场专题论坛和“一带一路”企业家大会`)
    if (/^(?:共|近|约|超过)?[\d一二三四五六七八九十百千两多几]+(?:个|场|项)/.test(raw) && !/[和及、]/.test(raw)) {
      countedEnd = end; // (the next head's name does not reach over it)
      continue;
    }
    // `等一系列会议`, `峰会等数十场论坛会议`: the end of a list, no meeting's name
    if (/^等|等(?:一系列|[\d一二三四五六七八九十数多几]+[场个次项])/.test(raw)) continue;
    // `十九届历次全会`: every session of a body, not one meeting
    if (/历次|历届|各次/.test(raw)) continue;
    // a list of who gathers, right after 举行/召开, is part of the name (`举行党外专家、学者及无党派知名人士迎春联谊会`)
    // (or after 参加/出席 a list of the sectors of a session's members: `参加了民盟、农工党界委员联组会`)
    const sectors = /^[^、，。；]{1,8}界/.test(raw);
    const listed = text[end - raw.length - 1] === '、' ? (sectors ? /(?:举行|召开|举办|参加了?|出席了?)((?:[\u4e00-\u9fff]{1,6}、)+)$/ : /(?:举行|召开|举办)((?:[\u4e00-\u9fff]{1,6}、)+)$/).exec(text.slice(Math.max(0, end - raw.length - 40), end - raw.length)) : null;
    // (people or one-character places: `孟、印、巴三国首脑会议`, `省、市、县…会议`; not acts: `升国旗、唱国歌仪式`)
    let gathered = '';
    if (listed && !covered[end - raw.length - listed[1].length] && (sectors || listed[1].split('、').slice(0, -1).every((x) => x.length === 1 || GATHERED.test(x)))) gathered = listed[1];
    // (or the tasks a congress is called for, 、 and all: `召开全省深入实施“八八战略”强力推进创新深化、改革攻坚、开放提升大会`;
    // not two meetings, `召开A会议、B大会`)
    const tasks = !gathered && text[end - raw.length - 1] === '、' && TASKED_HEAD.test(m[0]) ? TASKS_BEFORE.exec(text.slice(Math.max(0, end - raw.length - 80), end - raw.length)) : null;
    if (tasks && tasks[1].length >= 8 && !covered[end - raw.length - tasks[1].length] && !tasks[1].split('、').some((x) => MEETING_HEAD_END.test(x))) gathered = tasks[1];
    raw = gathered + raw;
    let name = normName(raw);
    // `民进十三大和十五届二中全会`, `十五大和中央经济工作会议`: two meetings joined by 和; `…思想和全国…大会`: a doctrine before the meeting;
    // `审议日程安排和十四届全国人大二次会议议程`: a thing before a session named from its term (not an edition's
    // coordination inside the name: `第三十三届中国新闻奖和第十七届长江韬奋奖颁奖报告会`)
    const joined = /^(.{2,}?(?:全会|会议|大会)|.*?[一二三四五六七八九十]{2}大)[和及](.{4,})$/.exec(name) ?? /^.*?(?:思想|理论|精神|讲话|论述|部署|任务|目标|要求|决策|方针)和(.{2,})$/.exec(name) ?? /^[^和及届]{2,}?[和及]((?:第)?[一二三四五六七八九十]{1,3}届.{4,})$/.exec(name);
    if (joined && !covered[m.index]) {
      if (joined.length === 3) {
        out.push({ name: joined[1], start: end - raw.length, end: end - raw.length + joined[1].length, bare: false });
        covered.fill(1, end - raw.length, end - raw.length + joined[1].length);
      }
      const right = joined[joined.length - 1];
      raw = raw.slice(raw.length - right.length);
      name = right;
    }
    // `但愿这次会议`, `…称赞这次经贸会议`: what stands before 这次 is no part of a meeting named back
    const demonstrative = DEMONSTRATIVE_RE.exec(name);
    if (demonstrative && demonstrative.index > 0 && raw.endsWith(name.slice(demonstrative.index))) {
      name = name.slice(demonstrative.index);
      raw = raw.slice(raw.length - name.length);
    }
    // (a verb before a bare head named back, `确保完成大会确定的…`, `紧紧围绕大会主题`: the head alone; not a verb that names a
    // meeting, `表彰大会`, `动员大会`)
    // (only where an adverb or a modal says the verb is one: `选举大会`, `协调会议` are meetings' names)
    const verbBefore = VERB_BEFORE_BARE.exec(name);
    const modal = verbBefore && (verbBefore[0].length > verbBefore[1]!.length + verbBefore[2]!.length || MODAL_BEFORE.test(text.slice(Math.max(0, end - raw.length - 4), end - raw.length)));
    if (verbBefore && modal && isVerb(verbBefore[1]!) && !MEETING_NAMING_VERBS.includes(verbBefore[1]!)) {
      name = verbBefore[2]!;
      raw = raw.slice(raw.length - name.length);
    }
    if (REFERENCE.test(name) || (verbBefore && modal && name === verbBefore[2])) {
      out.push({ name, start: end - raw.length, end, bare: true, ref: true });
      covered.fill(1, end - raw.length, end);
      continue;
    }
    // `宣讲党的二十届三中全会`, `把握党的二十届二中全会`: the party's congress or plenum begins its name
    const party = /(?:党的|中共|中国共产党)[一二三四五六七八九十]{1,3}(?:届[一二三四五六七八九十]{1,2}中全会|大)$/.exec(name);
    if (party && party.index > 0) {
      raw = raw.slice(raw.length - party[0].length);
      name = party[0];
    }
    // `擦亮世界互联网大会`, `修改完善市委十四届五次全会`, `学深学透全国宣传部长会议`: verbs (and their adverbs) before a
    // session named by its level, body or number are what is done with it, no part of its name (not the verbs a
    // meeting is named by: `庆祝…大会`, `纪念…座谈会`, `学习贯彻…研讨会` — whose head is no session's)
    const acted = actedBefore(name);
    if (acted > 0 && raw.endsWith(name)) {
      name = name.slice(acted);
      raw = raw.slice(raw.length - name.length);
    }
    // a level's numbered session after a clause that does something with it is named from its level
    // (`副省长X到会通报省政府系统办理省政协十二届一次会议以来…`: 省政协十二届一次会议)
    const session = acted === 0 ? LEVEL_SESSION_TAIL.exec(name) : null;
    if (session && session.index >= 2 && raw.endsWith(name) && hasVerb(name.slice(0, session.index))) {
      name = session[0];
      raw = raw.slice(raw.length - name.length);
    }
    // `一次军地双拥座谈会`: a count before a meeting's name is no part of it (`一次重要会议` names none: GENERIC_MEETING_PREFIX)
    // (nor the manner it is held in: `举行隆重欢迎仪式`, `举行盛大晚会`)
    // (nor a count of sittings held, `召开过两次临江论坛`; not a session's number, `三次会议`, nor one attended, `出席了十四次人代会`)
    const manner = MANNER_BEFORE_NAME.exec(name) ?? (HELD_BEFORE_COUNT.test(text.slice(Math.max(0, end - raw.length - 3), end - raw.length)) ? COUNT_BEFORE_NAME.exec(name) : null);
    if (manner && raw.endsWith(name)) {
      name = name.slice(manner[0].length);
      raw = raw.slice(manner[0].length);
    }
    const counted = /^过?(?:一次|一场)(?!重要|重大|十分|非常|特别|极其|新的|特殊|历史性)(?=[\u4e00-\u9fff]{2})/.exec(name);
    if (counted && name.length - counted[0].length > m[0].length + 1 && raw.endsWith(name)) {
      name = name.slice(counted[0].length);
      raw = raw.slice(counted[0].length);
    }
    const prefix = name.slice(0, name.length - m[0].length);
    if (covered[m.index]) continue;
    // meetings in general, after a level's 有关 (`传达学习省有关会议精神`): none named
    if (m[0] === '会议' && /(?:有关|相关)$/.test(prefix)) continue;
    // a body's meeting named by its year alone (`浙能电力召开2018年工作会议`): named by the body and the year
    const yearHost = /^\d{4}年度?$/.test(prefix) && BODY_KINDS.has(m[0]) && raw.endsWith(name) ? clauseHost(text, end - name.length) : null;
    if (yearHost) {
      out.push({ name: yearHost.replace(DESCRIBED_BODY, '') + name, start: end - name.length, end, bare: false });
      covered.fill(1, end - name.length, end);
      continue;
    }
    // a special or an emergency session a body holds is named by the body (`伊斯兰合作组织7日在吉达召开特别会议`)
    const special = m[0] === '会议' && SPECIAL_SESSION.test(prefix) ? clauseHost(text, m.index - prefix.length) : null;
    if (special) {
      out.push({ name: special + name, start: m.index - prefix.length, end, bare: false });
      covered.fill(1, m.index - prefix.length, end);
      continue;
    }
    // `深刻理解全会`, `宣讲全会`: a plenum named by neither term, session nor body is the one named before
    if (m[0] === '全会' && !/[届次中委]|党组|政协|人大/.test(prefix)) continue;
    // `自治区政协召开党组（扩大）会议`: a party group's meeting is the one of the body that holds it in the clause
    // (its head read as 扩大会议, or 大会 after 党组扩: `省人大常委会召开党组扩大会`)
    const partyGroup = (m[0] === '会议' && /^党组(?:[（(]扩大[）)]|扩大)?$/.test(prefix)) || (m[0] === '扩大会议' && prefix === '党组') || (m[0] === '大会' && prefix === '党组扩') ? clauseHost(text, m.index - prefix.length) : null;
    if (partyGroup && !partyGroup.endsWith('党组')) {
      out.push({ name: partyGroup + name, start: m.index - prefix.length, end, bare: false });
      covered.fill(1, m.index - prefix.length, end);
      continue;
    }
    // a ceremony of a kind a body holds in its clause is named by that body (`中国驻法国大使馆19日举行颁奖仪式` →
    // 中国驻法国大使馆颁奖仪式): a kind alone names no one event
    // (done by many at once: `…重点项目举行集中开工仪式`)
    if (m[0] === '仪式' && CEREMONY_ACTS.includes(prefix.replace(JOINT_ACT, ''))) {
      const host = clauseHost(text, m.index - prefix.length);
      if (host) {
        out.push({ name: host.replace(DESCRIBED_BODY, '') + name, start: m.index - prefix.length, end, bare: false });
        covered.fill(1, m.index - prefix.length, end);
        continue;
      }
    }
    // `召开现场办公会`: a meeting named by nothing but its being held on site is named as a bare head is (by the
    // trip's place or body, or its presider: addMeetings)
    if (prefix === '现场' && ON_SITE_HEAD.test(m[0]) && raw.endsWith(name)) {
      out.push({ name, start: end - name.length, end, bare: true });
      covered.fill(1, end - name.length, end);
      continue;
    }
    // `区委理论学习中心组举行集体学习会议`, `…中心组召开2018年第1次集体学习会`: a study session named by its kind alone (the
    // year's count of sessions before it) is named by the body that holds it in its clause (spec: body and head noun)
    if (STUDY_SESSION_KIND.test(name) && raw.endsWith(name)) {
      const host = clauseHost(text, end - name.length);
      if (host) {
        out.push({ name: host.replace(DESCRIBED_BODY, '') + name, start: end - name.length, end, bare: false });
        covered.fill(1, end - name.length, end);
        continue;
      }
    }
    // (a verb alone before the head names nothing: `落实峰会成果`)
    // (a kind that names no meeting without its body: `召开（扩大）会议`, `召开民主协商会`)
    const kindOnly = (/^[（(]扩大[）)]$/.test(prefix) && m[0] === '会议') || (prefix === '民主' && m[0] === '协商会');
    if (name.length === m[0].length || GENERIC_MEETING.test(prefix) || prefix.length < 2 || LEFT_STOP_WORDS.has(prefix) || kindOnly || ((prefix === '全团' || prefix === '全体代表') && m[0] === '会议')) {
      // `中共中央政治局3月30日召开会议`, `某出版社今天在北京举行座谈会`: a bare head right after a body's
      // held clause is named by that body (spec: body and head noun)
      // (also a 专题会议 or a 视频会议: `中央指导组召开专题会议`, `二十国集团外长3日举行视频会议`; a date in brackets: `市委常委会今天上午（3月30日）举行会议`)
      // (and the kind of a body's meeting: `省政府召开常务会议`, `市委常委会召开扩大会议`)
      // (and the sitting of a body's chairs: `市人大常委会12月15日召开主任会议`, `市政协召开主席会议`)
      // (and a delegation's sitting of all its members: `…代表团举行全团会议`, `召开全体代表会议`)
      const topical = (/^(?:专题|视频|常务|主任|主席|委员长|全团|全体代表)$/.test(prefix) && m[0] === '会议') || (/^(?:专题|视频)$/.test(prefix) && BARE_HEADS.includes(m[0])) || kindOnly;
      const before = topical ? prefix.length : 0;
      const host = (name.length === m[0].length || topical) && (BODY_KINDS.has(m[0]) || BARE_HEADS.includes(m[0]) || HOSTED_ONLY_HEADS.includes(m[0])) ? clauseHost(text, m.index - before) : null;
      if (host) {
        // (the body, not the verb that describes it: `出席…会议的河北省代表团召开全体会议`)
        const body = host.replace(DESCRIBED_BODY, '');
        out.push({ name: body + name, start: m.index - before, end, bare: false });
        covered.fill(1, m.index - before, end);
        continue;
      }
      // `在美国临江商会举办的午餐会上`: a bare head a body held, named in the clause before it, is named by that body
      const heldBy = prefix === '' ? bodyHeldBefore(text, m.index) : null;
      if (heldBy) {
        out.push({ name: heldBy + m[0], start: m.index, end, bare: false });
        covered.fill(1, m.index, end);
        continue;
      }
      // `大会开幕式`, `大会全体会议`: a session of the meeting the text reports, no name of its own
      if (/^(?:大会|会议|全会)$/.test(prefix) && SESSION.test(m[0])) {
        out.push({ name, start: end - raw.length, end, bare: true, ref: true });
        covered.fill(1, end - raw.length, end);
        continue;
      }
      // `X主持仪式，欢迎Y一行`, `X举行仪式，欢迎Y对我国进行正式访问`: the bare ceremony is the guest's welcome
      if (m[0] === '仪式' && prefix === '' && /(?:主持|举行)了?$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && text.startsWith('，欢迎', end)) {
        out.push({ name: '欢迎仪式', start: m.index, end, bare: false });
        covered.fill(1, m.index, end);
        continue;
      }
      // `福州举行隆重仪式，授予郭鹏凯等13人…称号`: a bare ceremony held for what the next clause does is named by that
      // (授予, 颁发, 表彰, 命名 …: the act the ceremony is for, and 仪式)
      if (m[0] === '仪式' && prefix === '' && CEREMONY_HELD_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) {
        const purpose = CEREMONY_PURPOSE.exec(text.slice(end, end + 60));
        if (purpose) {
          // (and by the body that holds it, where its clause names one: `全国政协…举行仪式，纪念…` → 全国政协纪念…仪式)
          const body = COMMEMORATING.test(purpose[1]!) ? clauseHost(text, m.index) : null;
          // (the one commemorated by his name, not by the epithets before it: `纪念伟大的民族英雄、…的伟大先驱孙中山先生诞辰…`)
          const act = normName(purpose[1]!).replace(EPITHETS_BEFORE_NAME, '$1');
          out.push({ name: (body ? body.replace(DESCRIBED_BODY, '') : '') + act + '仪式', start: m.index, end, bare: false });
          covered.fill(1, m.index, end);
          continue;
        }
      }
      // `省领导A、B出席启动仪式`: the launch of what the article is about, named by it (addMeetings) or by nothing
      if (m[0] === '仪式' && (prefix === '启动' || prefix === '') && text.endsWith('启动', m.index) && /(?:出席|参加|主持)了?$/.test(text.slice(Math.max(0, m.index - 5), m.index - 2))) {
        out.push({ name: '启动仪式', start: m.index - 2, end, bare: true });
        continue;
      }
      // `…出席了开幕式`: the opening of what the article is about, named by it (addMeetings) or by nothing
      // (and of a course: `出席开班式`, `主持结业式`, `在结业式上作总结讲话`)
      const course = COURSE_CEREMONY.test(m[0]);
      const atCourse = course && text[m.index - 1] === '在' && text[end] === '上';
      // (an opening spoken at: `在开幕式致辞时`, `在开幕式上讲话`)
      const spokenAt = !course && text[m.index - 1] === '在' && /^(?:上|致辞|致词|讲话)/.test(text.slice(end, end + 2));
      // (and a course's held by it, its day and place between: `…培训班(第一期)1日在中央社会主义学院举行开班式`)
      const courseHeld = course && /(?:举行|举办)了?$/.test(text.slice(Math.max(0, m.index - 3), m.index));
      if ((OPENING_OR_CLOSING.test(m[0]) || course) && prefix === '' && (atCourse || spokenAt || courseHeld || /(?:出席|参加|主持)了?(?:(?:今天|昨天|当天|今晚|昨晚)的)?$/.test(text.slice(Math.max(0, m.index - 6), m.index)))) {
        out.push({ name: m[0], start: m.index, end, bare: true });
        continue;
      }
      // (a trip's own, told by the work it was held on: `在随后召开的调研汇报会上`, `召开调研座谈会`)
      if (BARE_HEADS.includes(m[0]) && (prefix === '' || prefix === '召开' || (TRIP_WORK.test(prefix) && TRIP_HEAD.test(m[0]) && TRIP_HELD_BEFORE.test(text.slice(Math.max(0, m.index - prefix.length - 5), m.index - prefix.length))))) {
        // (a gathering a body or a province gives, named by it: `四川省在成都召开欢送会` → 四川省欢送会)
        const hosted = HOSTED.test(m[0]) || HOSTED_WHEN_BARE.test(m[0]) ? hostNamed(text, m.index, m[0], m[0]) : m[0];
        out.push(hosted !== m[0] ? { name: hosted, start: m.index, end, bare: false } : { name: m[0], start: m.index, end, bare: true });
      }
      // `市长高山主持召开会议，调度部署…`: a 会议 one presides over, no body holding it in the clause, is a meeting of
      // its own (named by its presider: addMeetings), not the report's named back
      else if (m[0] === '会议' && prefix === '' && /主持召开了?$/.test(text.slice(Math.max(0, m.index - 5), m.index)) && /^[，,](?:调度|研究|部署|听取|传达|专题|安排|分析)/.test(text.slice(end, end + 3))) {
        out.push({ name: m[0], start: m.index, end, bare: true });
      }
      // `省委书记王国生主持召开专题会议`: a 专题会议 (or a 视频会议: `韩正…在京主持召开视频会议`) that one presides
      // over, no body holding it in the clause, is named as a bare head is (by the presider's body: 省委专题会议)
      else if ((prefix === '专题' || prefix === '视频') && m[0] === '会议' && /主持(?:召开)?了?$/.test(text.slice(Math.max(0, m.index - 6), m.index - 2))) {
        out.push({ name: name, start: m.index - 2, end, bare: true });
      }
      continue;
    }
    if (/^[\d.%年月日]+/.test(prefix) && prefix.replace(/^[\d.%年月日]+/, '').length < 2) continue;
    // (`各民主党派中央、全国工商联负责人和无党派人士代表座谈会`: a list of who it gathers is no general word;
    // nor the heads of each group it gathers, `大会举行各代表团召集人和临时党委（扩大）会议`)
    // (a city whose name starts with a demonstrative's character is no demonstrative: `本溪青年五四奖章颁奖典礼`)
    if (GENERIC_MEETING_PREFIX.test(prefix.slice(gathered.length)) && !(prefix.length >= 6 && (GATHERED.test(prefix) || GATHERED_HEADS.test(prefix))) && !(gathered.length === 0 && /^[本那其各这该]/.test(prefix) && isCityStem(prefix.slice(0, 2)))) continue;
    // `联合国大会通过决议`: an international body's assembly by its bare name is the body; a session of it is
    // named by its edition (`第75届联合国大会`) or attended (`出席联合国大会`)
    if (m[0] === '大会' && name === `${prefix}${m[0]}` && INTERNATIONAL_ORGS.includes(prefix) && !/(?:出席|参加|在)$/.test(text.slice(Math.max(0, end - raw.length - 2), end - raw.length))) continue;
    // `国务院向全国人民代表大会报告工作`: a people's congress by its bare name, no session named, is the body
    if (m[0] === '大会' && PEOPLES_CONGRESS.test(name) && !/(?:召开|举行|出席|参加|列席)$/.test(text.slice(Math.max(0, end - raw.length - 2), end - raw.length))) continue;
    // `中央、省委统战工作会议精神`: a level before another's, 、 between, shares the rest of the name (中央统战工作会议)
    // (and a chain of them: `中央、省委、州委、县委经济工作会议` — each level's)
    const own = LEVEL_OPENS.exec(name);
    for (let at = end - raw.length, level; own && (level = LEVEL_SHARED.exec(text.slice(Math.max(0, at - 4), at))) && level[1] !== own[0] && (level[1].length > 1 || own[0].length === 1); at -= level[0].length) {
      out.push({ name: level[1] + name.slice(own[0].length), start: at - level[0].length, end, bare: false });
    }
    out.push({ name: hostNamed(text, end - raw.length, name, m[0]), start: end - raw.length, end, bare: false });
    covered.fill(1, end - raw.length, end);
  }
  // 十九届二中、三中全会: plenums of one term that share 届 and 全会, one meeting each
  // (each scan only where its words stand: an optional group before them makes the regex try every position)
  if (text.includes('中、')) for (const c of allMatches(/((?:党的|中共)?[一二三四五六七八九十]{1,3}届)((?:[一二三四五六七八九十]{1,2}中、)+[一二三四五六七八九十]{1,2}中)全会/g, text)) {
    const from = c.index!;
    const to = from + c[0].length;
    for (let k = out.length - 1; k >= 0; k--) if (out[k].start < to && out[k].end > from) out.splice(k, 1);
    let at = from + c[1].length;
    for (const n of c[2].split('、')) {
      out.push({ name: `${c[1]}${n}全会`, start: at, end: at + n.length, bare: false, termStart: from });
      at += n.length + 1;
    }
    covered.fill(1, from, to);
  }
  // a press conference one speaks at, named by nothing in its mention (`在记者招待会上宣布`, `在…举行的新闻发布会上指出`):
  // a bare mention, named by the speaker's body (addMeetings)
  if (PRESS_IN.test(text)) for (const c of [...allMatches(PRESS_AT, text), ...allMatches(PRESS_HELD, text)]) {
    const at = c.index! + c[0].length - c[1]!.length - (c[0].endsWith('上') ? 1 : 0);
    if (covered[at]) continue;
    out.push({ name: c[1]!, start: at, end: at + c[1]!.length, bare: true });
    covered.fill(1, at, at + c[1]!.length);
  }
  // 党的二十大, 中国妇女十三大, 二十届三中全会, 两会
  for (const c of NUMBERED_CORE.test(text) ? allMatches(NUMBERED_CONGRESS, text) : []) {
    const s = c.index!;
    if (covered[s]) continue;
    // `十五大` alone is the party's congress where the text goes on as it does about one
    // (`贯彻十五大精神`, `十五大报告`, `十五大所达到的`); `十大伙伴行动` is not one
    // (in quotes as the 1998 paper writes it, `贯彻‘十五大’的`, `“十五大”精神`: the text goes on after the closing one)
    const after = text.slice(s + c[0].length, s + c[0].length + 4);
    const goesOn = /^[’”」』]/.test(after) && /[‘“「『]/.test(text[s - 1] ?? '') ? after.slice(1) : after;
    const bare = /^[十二三四五六七八九]{2,3}大$/.test(c[0]) && /^(?:精神|报告|以来|提出|召开|确定|胜利|的|和|、|上|文件|作出|部署|所|以后|之后|后|期间|闭幕|开幕|要求|决策)/.test(goesOn);
    if (!/(党的|中国共产党|中共|中国妇女|届)/.test(c[0]) && !bare) continue;
    // `民进十三大`, `落实社十二大`: a democratic party's congress, named as written
    // (and a foreign communist party's, named short: `越共十三大`)
    const own = DEMOCRATIC_PARTY_BEFORE.exec(text.slice(Math.max(0, s - 4), s)) ?? /(?<![中])[\u4e00-\u9fff]共$/.exec(text.slice(Math.max(0, s - 2), s));
    if (own && /^第?[一二三四五六七八九十]/.test(c[0])) {
      out.push({ name: own[0] + c[0], start: s - own[0].length, end: s + c[0].length, bare: false });
      covered.fill(1, s - own[0].length, s + c[0].length);
      continue;
    }
    // one name for the party's congress however the text shortens it: 十五大, 中共十五大 → 党的十五大
    const name = /^(?:中共|中国共产党)?第?([十二三四五六七八九]{1,3})(?:次全国代表)?大$/.exec(c[0]);
    out.push({ name: name ? `党的${name[1]}大` : c[0], start: s, end: s + c[0].length, bare: false });
    covered.fill(1, s, s + c[0].length);
  }
  // (a bare 两会 is the nation's, but where a county's or a district's congress and conference are the text's
  // (`区人大常委会党组和区政协党组关于召开两会有关请示`) it is theirs, named by no level: none)
  const localSessions = text.includes('两会') && /[省市县区州旗]人大/.test(text) && /[省市县区州旗]政协/.test(text) && !/全国人大|全国政协/.test(text);
  if (text.includes('两会')) for (const c of allMatches(/(全国|省|市|县|区)?两会/g, text)) {
    const s = c.index!;
    if (covered[s] || (c[0].length === 2 && localSessions)) continue;
    out.push({ name: c[0].length === 2 ? '全国两会' : c[0], start: s, end: s + c[0].length, bare: false });
  }
  // one name for the party's plenum however the text shortens it (spec: 党的二十届三中全会 =
  // 二十届三中全会 = 中共二十届三中全会), where no other body's name stands before it (民进十五届二中全会);
  // `三中全会` alone is the plenum of that number the article names in full
  for (const o of out) {
    const cpc = /^(?:中共|中国共产党)?([一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,2}中全会)$/.exec(o.name);
    // (the pair `二十届二中、三中全会` goes as the mention of its term does)
    const at = o.termStart ?? o.start;
    if (cpc && (o.name.startsWith('中共') || o.name.startsWith('中国共产党') || !/[\u4e00-\u9fff]$/.test(text.slice(Math.max(0, at - 1), at)) || CPC_BEFORE.test(text.slice(Math.max(0, at - 2), at)))) o.name = `党的${cpc[1]}`;
  }
  for (const o of out) {
    if (!/^[一二三四五六七八九十]{1,2}中全会$/.test(o.name)) continue;
    const full = [...new Set(out.filter((x) => x !== o && x.name.endsWith(o.name) && /届/.test(x.name)).map((x) => x.name))];
    if (full.length === 1) o.name = full[0];
  }
  // a quoted event and its edition, then its ceremony outside the quote, is the ceremony
  // (`出席“图们江论坛2022”开幕式` → 图们江论坛2022开幕式), not the event
  for (const o of out) {
    const c = text[o.start] === '“' || text[o.start - 1] === '“' ? QUOTED_CEREMONY.exec(text.slice(o.end, o.end + 12)) : null;
    if (c) {
      o.name = normName(o.name + (c[1] ?? '') + c[2]);
      o.end += c[0].length;
    }
  }
  // `省十三届人大七次会议举行主席团第四次会议`: the presidium's sitting a session holds is named by it (as
  // `…会议主席团举行第四次会议` is), one meeting, not the session and a presidium of none; held, its verb inside the
  // mention (the report's: `主席团常务主席魏克良主持会议`)
  for (let k = 1; k < out.length; k++) {
    const [session, sitting] = [out[k - 1]!, out[k]!];
    if (!sitting.name.startsWith('主席团') || sitting.bare || !NUMBERED_SESSION.test(session.name) || !SITTING_HELD_BETWEEN.test(text.slice(session.end, sitting.start))) continue;
    out.splice(k - 1, 2, { ...sitting, name: session.name + sitting.name, start: session.start, heldBySession: true });
  }
  // `…举行仪式，纪念…。…主持纪念仪式`: a commemoration named by its act alone is the one named before that does it
  // after its host (`全国政协纪念…仪式`; one named from its act on, `庆祝…大会`, has it as a short form: addMeetings)
  for (const o of out) {
    const act = /^(纪念|庆祝)(仪式|大会|活动|座谈会)$/.exec(o.name);
    const named = act && out.find((x) => x.start < o.start && !x.bare && x.name !== o.name && x.name.endsWith(act[2]!) && x.name.indexOf(act[1]!) > 0);
    if (named) o.name = named.name;
  }
  // `分别主持召开了…第六十六次、第六十七次和第六十八次委员长会议`: sittings counted in a list that share one body and one head
  // are one meeting each, the list's 了 no part of them
  for (let k = 0; k < out.length; k++) {
    const o = out[k]!;
    const list = o.name.includes('次、') || /次[和及]第/.test(o.name) ? COUNTED_SITTINGS.exec(o.name) : null;
    if (!list) continue;
    const [, body, counts, head] = list;
    const at = o.end - o.name.length;
    let from = at + body!.length;
    const sittings: MeetingMention[] = [];
    for (const c of counts!.split(/([、和及])/)) {
      if (/^[、和及]$/.test(c)) {
        from += 1;
        continue;
      }
      sittings.push({ name: body!.replace(/^了/, '') + c + head!, start: sittings.length ? from : o.start, end: from + c.length, bare: false });
      from += c.length;
    }
    sittings.at(-1)!.end = o.end;
    out.splice(k, 1, ...sittings);
    k += sittings.length - 1;
  }
  // a name the text also gives a body's officers (`中国前外交官联谊会会长吉佩定`) is a body's wherever it stands
  // (`中国前外交官联谊会是由…组成的非政府组织`): a meeting has no 会长
  // (nor is a kind of meeting in a list the bare head closes, `在政协常委会会议、双周协商座谈会、远程协商会等会议中`:
  // kinds, unless one is named by its count, term or year)
  return out.filter((o) => !(BODY_HEADED.test(o.name) && hasOfficers(text, o.name)) && !(!o.bare && KINDS_CLOSED_AFTER.test(text.slice(o.end, o.end + 60)) && !COUNTED_NAME.test(o.name))).sort((a, b) => a.start - b.start);
}

/** The rest of a list of meetings closed by the bare head (`、双周协商座谈会等会议`, `等各类会议`; not one spoken at, `等会议上`: those held). */
const KINDS_CLOSED_AFTER = /^(?:、[^，。；、]{2,24}?)*等(?:各类|各种)?会议(?!上)/;
/** A count, a term or a year in a meeting's name: one meeting, not a kind. */
const COUNTED_NAME = /第?[一二三四五六七八九十\d]+[届次]|\d{4}|[一二三四五六七八九十]中全会|[十二三四五六七八九]大/;

/** A meeting on another's spirit, right after the other's name (`精神传达会`, `精神吹风会`, `精神宣讲报告会`). */
// (and one joined to it by 暨: `…精神辅导报告暨宣讲团备课会`)
const SPIRIT_MEETING = new RegExp(`^精神(?:${SPIRIT_MEETING_ACTS.join('|')}){1,4}(?:会议?)?(?:暨[\\u4e00-\\u9fff]{1,14})?$`);
/** The heads a body's name may end with as a meeting's does. */
const BODY_HEADED = /(?:联谊会|研究会|促进会)$/;
/** The officers of a body after its name: no meeting has them. */
const BODY_OFFICER_AFTER = /^(?:名誉会长|副会长|会长|副理事长|理事长|秘书长)/;
/** Does `text` name `name` with a body's officer after it? */
function hasOfficers(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) if (BODY_OFFICER_AFTER.test(text.slice(i + name.length, i + name.length + 4))) return true;
  return false;
}

/** A meeting named by its level and organ alone, no number (`县长办公会`, `县政府常务会议`, `市委常委会会议`; not `县政府第26次常务会议`). */
const LEVEL_ONLY = /^[县市区旗](?:长|委|政府|人民政府)[^第届\d]*$/;
/** A level's organ opening a meeting's name (`市委常委会会议`, `县政府常务会议`), no head's post (`县长办公会`). */
const ORGAN_OF_LEVEL = /^[县市区旗](?:委|政府|人民政府)/;
/** The county or city an outlet is of, where its name says it (`舒城县融媒体中心`, `魏县人民政府网`, `兴县新闻网`). */
function outletUnit(newspaper: string | null): string | null {
  return newspaper ? /^([\u4e00-\u9fff]{1,6}?[县市区旗])(?=人民政府|政府|融媒体|新闻|广播|电视|日报|报|委|网)/.exec(newspaper)?.[1] ?? null : null;
}

/** The rest of a quote after an event's head, its edition at most, and the ceremony after it (`2022”开幕式`). */
const QUOTED_CEREMONY = /^(\d{2,4}年?)?”(开幕式|闭幕式)/;
/** What stands before a plenum of the party written without 党的/中共 (`贯彻二十届三中全会精神`, `二十大和二十届二中全会`). */
const CPC_BEFORE = /(?:[和及与、的]|学习|贯彻|落实|宣讲|领会|把握|理解|传达)$/;
/** `听取海南省委和省政府工作汇报`: the bodies whose report a 汇报会 hears. */
const HEARD_REPORT = /听取(?:了)?([\u4e00-\u9fff]{2,20}?(?:、[\u4e00-\u9fff]{2,6}?)?)工作汇报/;
/** `没有召开过…会议`: a negated held verb before a meeting's name. */
const NEVER_HELD = /(?:没有|没|未曾|未|从未|从没|不曾)(?:召开|举行|举办)过?$/;
/** A meeting named as one not held (`没有送别仪式`, `家属不搞送别仪式`, `取消欢迎仪式`). */
const NOT_HELD_IN_NAME = /(?:没有|不搞|不举行|不举办|不办|不设|不开|取消|不再举行)/;
/** A democratic party's short name right before a congress's number. */
const DEMOCRATIC_PARTY_BEFORE = new RegExp(`(?:${DEMOCRATIC_PARTY_SHORT.join('|')})$`);

/** A press conference by its bare name, one speaks at (`在…记者招待会上`). */
const PRESS = new RegExp(`^${PRESS_HEAD}$`);
const PRESS_IN = new RegExp(PRESS_HEAD);
const PRESS_AT = new RegExp(`在(?:[^，。；]{0,12}?举行的|这里的|此间的|当天的|今天的)?${PRESS_KIND}*(${PRESS_HEAD})上`, 'g');
/** What stands before a press conference named by nothing but its kind (`在例行|记者会上`, `举行|记者会`, `今天的|记者会`). */
const PRESS_BARE_BEFORE = new RegExp(`(?:^|[在的，。；]|举行了?|召开了?)${PRESS_KIND}*$`);
/** A press conference one holds (`…外面举行记者招待会说`, `今天召开新闻发布会`). */
const PRESS_HELD = new RegExp(`(?:举行|召开)了?(${PRESS_HEAD})(?![^，。；]{0,4}上)`, 'g');
/** What stands between the one who speaks at a press conference and its 在: a day, a time of day (`X１２日|在`). */
const PRESS_SPEAKER_GAP = /^(?:先生|女士)?(?:今天|昨天|当天|[\d０-９]{1,2}日)?(?:[上下]午|晚上?)?$/;

/** The one who speaks at the press conference at `start`, named right before its 在 (`内塔尼亚胡在…举行的记者招待会上`), or null. */
function pressSpeaker(text: string, start: number, persons: readonly { name: string; start: number; end: number }[]): string | null {
  // (one who holds it, the subject of its clause: `里特撤离前在…外面举行记者招待会说`; or the session or body that
  // holds it, `…市政协一次会议举行记者会`)
  const held = /(?:举行|召开)了?$/.exec(text.slice(Math.max(0, start - 3), start));
  if (held) {
    const clause = clauseStartAt(text, start, /[，。\n]/);
    const holder = persons.find((x) => x.start >= clause && x.end <= start && x.start - clause < 16)?.name;
    // (the day it is held no part of its holder: `十四届全国人大二次会议今天（3月7日）举行记者会`)
    const subject = text.slice(clause, start - held[0].length).replace(/(?:今天|昨天|当天|[\d０-９]{1,2}日)?(?:[（(][^）)]{1,10}[）)])?(?:[上下]午|晚上?)?$/, '');
    return holder ?? (subject.length <= 24 && (MEETING_HEAD_IN.test(subject.slice(-4)) || ORG_SUFFIX_RE.test(subject)) && !/[，。；的]/.test(subject) ? subject : null);
  }
  const at = text.lastIndexOf('在', start);
  if (at < 0 || start - at > 24) return null;
  const p = persons.filter((x) => x.end <= at && at - x.end <= 8).at(-1);
  return p && PRESS_SPEAKER_GAP.test(text.slice(p.end, at)) ? p.name : null;
}
/** The body of the one who speaks at it, his post and name before 在 (`世界银行副行长鲍泰利先生今天下午在京举行的`). */
const PRESS_SPEAKER_BODY = new RegExp(`(?:^|[，。；：\\n])([\\u4e00-\\u9fff]{2,16}?)副?(?:${PRESS_SPEAKER_POSTS.join('|')})[\\u4e00-\\u9fff·]{2,8}?(?:先生|女士)?(?:今天|昨天|当天|\\d{1,2}日)?(?:[上下]午|晚上?)?在(?:[^，。；]{0,12}?举行的)?$`);

/** The body of the one who speaks at the press conference at `start`, named before it (PRESS_SPEAKER_BODY), or null. */
function pressBody(text: string, start: number): string | null {
  // (not the 这是 of a cleft sentence: `这是…委员会主席X昨天在此间举行的新闻发布会上披露的`)
  // (or the body that holds it, the subject of its clause: `国务院新闻办公室今天（5月22日）举行新闻发布会`)
  const before = text.slice(Math.max(0, start - 50), start).replace(PRESS_KIND_END, '');
  const body = (PRESS_SPEAKER_BODY.exec(before) ?? PRESS_HOST.exec(before))?.[1]?.replace(/^(?:这是|这|是|据)/, '');
  return body && ORG_SUFFIX_RE.test(body) ? body : null;
}
const PRESS_KIND_END = new RegExp(`${PRESS_KIND}+$`);
/** What stands between a session and the press conference it holds: nothing, or a day and 举行 (`…一次会议今天（3月7日）举行记者会`). */
const SESSION_HOLDS_PRESS = /^(?:(?:今天|昨天|当天|[\d０-９]{1,2}日)?(?:[（(][^（）()]{1,10}[）)])?(?:[上下]午|晚上?)?(?:在[^，。；]{1,16}?)?(?:举行|召开)了?)?$/;
/** 由 the one who presides and 主持, right after a meeting's name (`…仪式由县政协主席X同志主持`). */
const PRESIDED_BY_AFTER = /^由[^，。；]{2,30}?主持/;
/** A name that ends as a press conference's (`…会议记者会`, `…新闻发布会`). */
export const PRESS_END = new RegExp(`${PRESS_HEAD}$`);
/** A press conference named by its kind alone (`线上新闻发布会`, `例行记者会`). */
const PRESS_OF_KIND = new RegExp(`^${PRESS_KIND}*${PRESS_HEAD}$`);
/** The body that holds a press conference, the subject of its clause, a day, a time or a place between (`国务院新闻办公室今天（5月22日）举行`). */
const PRESS_HOST = /(?:^|[，。；：\n])([\u4e00-\u9fff]{2,16}?)(?:今天|昨天|当天|\d{1,2}日)?(?:[（(][^（）()，。]{1,12}[）)])?(?:[上下]午|晚上?)?(?:在[^，。；]{1,12}?)?(?:举行|召开)了?$/;

/** A celebration named bare (`庆典`, `庆祝活动`), and one named in full (`…创刊15周年庆祝活动`, `建校百年庆典`). */
const CELEBRATION = /^(?:庆典|庆祝活动|纪念活动)$/;
/** A bare signing ceremony (`签约仪式`, `签字仪式`). */
const SIGNING_CEREMONY = /^(?:签约|签字)仪式$/;
/** A clause of two parties signing, `A与B(在X)签署…` (group 1 both parties), a date before it; not one of a time gone by. */
const SIGNED_BY = /(?:^|[，。；,;：:\n\s])(?:[^，。；,;：:\n\s]{0,10}?日(?:[上下]午|晚)?[，,]?)?([\u4e00-\u9fff（）()\d]{5,50}?)(?:在[^，。；,;]{1,12}?)?(?:正式|共同)?(?:签署|签订|签约)/g;
/** What dates a signing before the report's own day: it names no ceremony of the report. */
const SIGNED_BEFORE = /去年|前年|上年|此前|曾|已于|年初|早在/;
/**
 * The two parties that sign in the first such clause of `text` (`安徽省人民政府与浙江吉利控股集团`), joined by 与 (else
 * 和 or 同) where what stands before it is a body (so 工业和信息化厅 stays whole); null where none.
 */
function signingParties(text: string): string | null {
  for (const m of allMatches(SIGNED_BY, text)) {
    const both = m[1]!;
    // (the sentence's words before the clause too: `去年，A与B签署了…`)
    if (SIGNED_BEFORE.test(text.slice(0, m.index!).split(/[。\n]/).at(-1)! + m[0]) || /代表|见证/.test(both)) continue;
    for (const join of ['与', '和', '同']) {
      for (let k = both.indexOf(join); k >= 2; k = both.indexOf(join, k + 1)) {
        const first = both.slice(0, k);
        if (both.length - k - 1 >= 2 && (ORG_SUFFIX_RE.test(first) || STANDALONE_ORGS.includes(first))) return `${first}与${both.slice(k + 1)}`;
        // (a city that signs with another place's government: the two places, `济宁市与上海市黄浦区人民政府签署` → 济宁市与上海市黄浦区)
        const other = both.slice(k + 1).replace(/(?:人民政府|政府)$/, '');
        if (placeWordAt(first, 0) === first.length && /[省市县区州]$/.test(first) && other.length >= 2 && /[省市县区州]$/.test(other) && other.length < both.length - k - 1) return `${first}与${other}`;
      }
    }
  }
  return null;
}
const CELEBRATION_NAMED = /(?:周年|诞辰)(?:庆祝活动|纪念活动|庆祝大会|纪念大会|庆典)$/;

/** Gatherings a body gives, named by their host: `全国政协举行新年茶话会` → 全国政协新年茶话会. */
const HOSTED = /^(?:茶话会|团拜会|联谊会|招待会|迎春会|音乐会|晚会|酒会|欢送会)$/;
/** A bare head named by the body that holds it, where nothing else names it: a study group's session (`市委理论学习中心组举行学习会` → 市委理论学习中心组学习会). */
const HOSTED_WHEN_BARE = /^学习会$/;
/** A meeting named by whom it gathers alone (`领导干部会议`, `干部大会`): every province holds one, named by its host (`湖北省召开领导干部会议` → 湖北省领导干部会议). */
const PARTICIPANTS_NAMED = /^(?:全体)?(?:党员)?(?:领导干部|干部)(?:会议|大会)$/;
/**
 * The leaders or ministers of a group of countries, who hold their own meetings (`二十国集团外长`, `金砖国家领导人`), ministers of a
 * field too (`二十国集团贸易和投资部长`), and of countries counted after their list (`伊拉克、叙利亚、伊朗三国外长`).
 */
const LEADERS_OF = /^[\u4e00-\u9fff、]{2,16}?(?:集团|国家|组织|成员国|联盟|[两三四五六七八九十]国)(?:[\u4e00-\u9fff]{2,8}?和?[\u4e00-\u9fff]{0,4}?部长|外长|财长|防长|领导人|首脑|元首|议长)$/;
/** A group sent on a task, a body that holds its own meetings (`中央指导组`, `督导组`). */
const TASK_GROUP = /(?:指导组|督导组|工作组|检查组|督查组|巡视组|调研组|中心组|学习组)$/;
/** A sector of a whole city or province as the one that holds a meeting (`全市宣传战线召开工作会`). */
const SECTOR_HOST = /^全(?:国|省|市|县|区|州)[\u4e00-\u9fff]{2,8}(?:战线|系统|行业)$/;
/** A session held out of turn (`召开特别会议`, `举行紧急会议`), by the body that holds it. */
const SPECIAL_SESSION = /^(?:特别|紧急)$/;
/** An organization of countries or members by its name (`伊斯兰合作组织`, `世界贸易组织`): a body that holds its own sessions. */
const NAMED_ORGANIZATION = /^[\u4e00-\u9fff]{3,12}组织$/;
/** A ceremony's holding right before its bare head (`举行隆重仪式`, `举行了简短的仪式`). */
const CEREMONY_HELD_BEFORE = /(?:举行|举办)了?(?:隆重|盛大|简短|简朴|庄重)?的?$/;
/** The clause after a bare ceremony that says what it is for (`，授予郭鹏凯等13人…称号`): group 1 that act and its object. */
/** The acts of a ceremony that commemorates (`纪念…诞辰154周年`): it is named by its host too. */
const COMMEMORATING_ACTS = '纪念|庆祝|悼念|缅怀';
const CEREMONY_PURPOSE = new RegExp(`^，((?:授予|颁发|表彰|命名|授牌|授旗|颁授|${COMMEMORATING_ACTS})[^，。；]{2,50}?)(?=[，。；]|$)`);
/** The epithets of one commemorated before his name and the day (`纪念|伟大的民族英雄、…伟大先驱|孙中山先生诞辰`). */
const EPITHETS_BEFORE_NAME = /^(纪念|庆祝)[^，。；]*?(?:先驱|英雄|领袖|主义者|革命家|战士|楷模|奠基人|缔造者|开拓者)(?=[\u4e00-\u9fff]{2,4}?(?:先生|同志)?(?:诞辰|逝世))/;
const COMMEMORATING = new RegExp(`^(?:${COMMEMORATING_ACTS})`);

/** Heads of a ceremony (`发布仪式`, `颁奖典礼`, `人物盛典`). */
const CEREMONY_HEAD = /^(?:仪式|典礼|盛典)$/;
/** A verb of a ceremony's own words that a name's left edge stops at (`发布`, `启动`). */
const CEREMONY_CUT = /(?:发布|启动|颁奖|揭晓)$/;
/** A verb of a meeting's theme that a name's left edge stops at (`落实…座谈交流会`, `慰问驻军部队座谈会`). */
const THEME_CUT = /(?:落实|慰问|推进|推动|深化|实施|促进|加快)$/;
/** The clause goes on to hold the meeting its subject names (`…仪式在武汉举行`, `…仪式今晚举行`). */
const HELD_RIGHT_AFTER = /^(?:今天|今晚|昨天|昨晚|当天|当晚|日前|近日|(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上|晚)?(?:在[^，。；]{1,20}?)?(?:隆重|正式)?(?:举行|举办|召开|开幕|启幕)/;

/** A project that holds the ceremony of its works (`临江大桥项目…举行开工仪式`). */
const PROJECT_HOST = /[\u4e00-\u9fff]{2}(?:项目|工程)$/;
/** How a ceremony's act is done by many at once (`集中开工`, `集中签约`). */
const JOINT_ACTS = '集中|联合|统一';
const JOINT_ACT = new RegExp(`^(?:${JOINT_ACTS})`);
/** A ceremony named by its act alone, named by the body that holds it (`莫中文化中心举行揭幕仪式` → 莫中文化中心揭幕仪式). */
const CEREMONY_OF_ACT = new RegExp(`^(?:${JOINT_ACTS})?(?:${CEREMONY_ACTS.join('|')})仪式$`);

/**
 * A meeting named only by its session or kind (`一届二次理事（扩大）会议`, `换届大会`,
 * `第六十五次常务会议`, `宪法宣誓仪式`): the body that holds it names it (`中华…联合会8日在京召开一届二次理事会议`,
 * `十三届全国人大常委会举行宪法宣誓仪式`).
 */
const SESSION_NAMED = /^(?:第?[一二三四五六七八九十百\d]+(?:届|次)|换届|成立|(?:宪法)?宣誓仪式$)/;

/**
 * The host of a ceremony held for a guest, in the clause before it: the first person named before
 * 为 (`…习近平和夫人彭丽媛在…为苏林…举行欢迎仪式`) or before the holding verb.
 */
function hostBefore(text: string, at: number, persons: readonly { name: string; start: number; end: number }[]): string | null {
  const clauseStart = clauseStartAt(text, at, /[，。；\n]/);
  const clause = text.slice(clauseStart, at);
  const forAt = clause.lastIndexOf('为');
  const until = clauseStart + (forAt >= 0 ? forAt : clause.length);
  return persons.find((p) => p.start >= clauseStart && p.end <= until)?.name ?? null;
}

/** A farewell's two names: the guest side's (欢送) and the host side's (送行). */
const FAREWELL_HEADS = ['欢送仪式', '送行仪式'];

/**
 * `出席X和夫人Y在机场举行的`: after 出席, the hosts, a place, then 举行的, right before the gathering (attendance.ts reads
 * them too); never a span with 为, where the one named after it is the guest (`出席临江市委为阿卡拉总统举行的欢送仪式`).
 */
export const ATTENDS_HELD_BY = new RegExp(`(?:出席|参加)了?([^，。；为]{2,40}?)(?:在[^，。；]{1,16}?)?(?:举行|举办)的(?:${HELD_MANNER})?`, 'g');
const ATTENDED_HOSTS_HELD = new RegExp(`${ATTENDS_HELD_BY.source}$`);
/** After the hosts named after 出席, at most a post or 同志, then the place or the holding verb (not `刘海同志诞辰…举办的`: one commemorated). */
export const AFTER_HOSTS = /^(?:同志|[\u4e00-\u9fff]{0,6}?(?:总统|主席|总理|委员长|国王|首相))?(?:在|举行|举办)/;

/** The host of a ceremony at `at` that a guest attends (`出席金正恩…在机场举行的欢送仪式`): the first person named after 出席. */
function hostOfAttended(text: string, at: number, persons: readonly { name: string; start: number; end: number }[]): string | null {
  const clauseStart = clauseStartAt(text, at, /[，。；\n]/);
  const m = ATTENDED_HOSTS_HELD.exec(text.slice(clauseStart, at));
  if (!m) return null;
  const from = clauseStart + m.index + m[0].indexOf(m[1]);
  const named = persons.filter((p) => p.start >= from && p.end <= from + m[1].length);
  return named.length && AFTER_HOSTS.test(text.slice(named.at(-1)!.end, at)) ? named[0].name : null;
}

/** `X同Y举行会谈`, `X与Y会晤`: the clause of talks, up to the guest's preposition. */
const TALKS = /^([^，。；]{2,24}?)(?:同|与)[^，。；]{2,30}?(?:举行|进行)?(?:会谈|会见|会晤)/;

/** The host of the talks whose clause starts at `at`: the person before 同/与. */
function talksHost(text: string, at: number, persons: readonly { name: string; start: number; end: number }[]): string | null {
  const m = TALKS.exec(text.slice(at, at + 80));
  return m ? persons.find((p) => p.start >= at && p.end <= at + m[1].length)?.name ?? null : null;
}

/** A clause that ends `<host>[date][在…]举行`, before a hosted gathering. */
// (a count or a year in a project's host: `…2019年双招引…重点项目`, `二季度28个重点项目`; a body of two named as one, `全市党委(党组)…`;
// one of a roundup's hosts, `…使馆也举行国庆招待会`)
const HOST_CLAUSE = new RegExp(`^([\\u4e00-\\u9fff](?:[\\u4e00-\\u9fff\\d]|[（(][\\u4e00-\\u9fff]{1,4}[）)]){1,24}?)于?(?:今天|昨天|今晚|昨晚|近日|日前|(?:[\\d０-９]{1,2}月)?[\\d０-９]{1,2}日|(?:[一二三四五六七八九十]{1,2}月)?[一二三四五六七八九十]{1,3}日)?(?:上午|下午|晚上|晚|全天)?(?:[（(][^（）()]{1,12}[）)])?(?:在[^，。]{1,20}?)?也?(?:隆重)?(?:联合|共同|分别)?${HELD}$`);

/**
 * The name of a gathering a body holds (`中共中央国务院举行春节团拜会`): its host before
 * 举行/召开/举办, when the gathering's own words name no body.
 */
export function hostNamed(text: string, start: number, name: string, head: string): string {
  const byParticipants = PARTICIPANTS_NAMED.test(name);
  if (!(HOSTED.test(head) || (name === head && HOSTED_WHEN_BARE.test(head)) || SESSION_NAMED.test(name) || CEREMONY_OF_ACT.test(name) || byParticipants) || name.length - head.length > 12) return name;
  // (the national committee of the CPPCC by the name its meetings go by: 全国政协新年茶话会)
  // (the body, not the verb that describes it: `出席…会议的青海代表团举行第一次全体会议`)
  // (a project's builder described before it is none of its name: `由中企承建的临江大桥项目`)
  const host = clauseHost(text, start, head, CEREMONY_OF_ACT.test(name), HOSTED.test(head) || byParticipants)?.replace(/^(?:中国人民政治协商会议|政协)全国委员会$/, '全国政协').replace(DESCRIBED_BODY, '').replace(/^[^的]*的(?=[\u4e00-\u9fff]{2,}(?:项目|工程)$)/, '');
  return host ? host + name.replace(/^(?:[\d一二三四五六七八九十〇○零]{2,4}年)/, '') : name;
}

/** A province by its full name (`四川省`, `广西壮族自治区`). */
const PROVINCE_FULL = new RegExp(`^(?:${PROVINCES.map(([full]) => full).join('|')})$`);

/** A garrison or a military command, the host of its Army Day reception (`中国人民解放军驻澳门部队…举行招待会`, `省军区举行招待会`). */
const GARRISON = /(?:驻[\u4e00-\u9fff]{1,6}部队|[\u4e00-\u9fff]{2}(?:军区|军分区|警备区|战区))$/;

/** The body whose clause `<host>[date][在…]举行` ends right before `start`, if it is a body (a province for a gathering it gives; a project for the ceremony of its works, `ceremony`). */
function clauseHost(text: string, start: number, head = '', ceremony = false, byProvince = HOSTED.test(head)): string | null {
  const clauseStart = clauseStartAt(text, start, /[，。\n ]/);
  const m = HOST_CLAUSE.exec(text.slice(clauseStart, start));
  // (not a time word before the body: `前不久广东省政府召开会议时`)
  // (bodies that hold it together: `总政文化部和解放军报联合举办座谈会`, one of them a body by its suffix)
  // (a session's presidium is a body too: `十三届全国人大四次会议主席团10日下午在人民大会堂举行第三次会议`)
  // (and a group sent on a task: `中央指导组召开专题会议`; an organization of countries: `伊斯兰合作组织7日在吉达召开特别会议`)
  // (and a province or a city as the one that holds it: `四川省在成都召开欢送会`; a sector of one: `全市宣传战线召开工作会`)
  // (and a council or an international body: `欧盟外交理事会举行会议`, `联合国安理会举行会议`; the UN's General Assembly as the body
  // that holds its sittings, `联合国大会召开全体会议`, though its numbered session is a meeting: `第78届联合国大会`)
  // (nor one a clause directs or a class of bodies: `要求全市各级党委理论学习中心组举行集体学习会`)
  if (m && /^(?:要求|号召|督促|指导|推动|组织)|各(?:级|县|市|区|地|省|部门|单位)/.test(m[1])) return null;
  // (and the ministers of a group of countries named whole, `伊拉克、叙利亚、伊朗三国外长`, `二十国集团贸易和投资部长`)
  if (!m || !(LEADERS_OF.test(m[1]) || m[1].split(/[和与、]/).some((x) => ORG_SUFFIX_RE.test(x) || STANDALONE_ORGS.includes(x) || INTERNATIONAL_ORGS.includes(x) || x === '联合国大会' || /[\u4e00-\u9fff]{2}理事会$/.test(x) || x.endsWith('主席团') || GARRISON.test(x) || TASK_GROUP.test(x) || SECTOR_HOST.test(x) || NAMED_ORGANIZATION.test(x) || LEADERS_OF.test(x) || (byProvince && PROVINCE_FULL.test(x)) || (ceremony && PROJECT_HOST.test(x)))) || /^(?:前不久|不久前|近日|日前|最近|此前|当时|去年|今年|上月|随后)/.test(m[1])) return null;
  return m[1];
}

/** Where one is at a gathering a body held, the body between: `在美国临江商会举办的`, `出席了…协会举行的`. */
const BODY_HELD_BEFORE = /(?:在|出席|参加)了?由?([^\s在由的，。；：、“”]{2,20})(?:举办|举行|主办|召开)的$/;

/** The body that held the bare head at `at`, named right before it (a place is no host: `在人民大会堂举行的`). */
function bodyHeldBefore(text: string, at: number): string | null {
  const m = text[at - 1] === '的' ? BODY_HELD_BEFORE.exec(text.slice(Math.max(0, at - 30), at)) : null;
  if (!m) return null;
  if (ORG_SUFFIX_RE.test(m[1]!) || STANDALONE_ORGS.includes(m[1]!)) return m[1]!;
  // (or one who heads a body, by his post and name: `在中国驻南非研究中心主任王学贤举行的招待会上` → 中国驻南非研究中心招待会)
  const head = POST_AND_NAME.exec(m[1]!);
  return head && ORG_SUFFIX_RE.test(head[1]!) ? head[1]! : null;
}
/** A body, the post its head holds there and a name of two to four characters. */
const POST_AND_NAME = new RegExp(`^([\\u4e00-\\u9fff]{2,14}?)(?:${BODY_HEAD_POSTS.join('|')})[\\u4e00-\\u9fff·]{2,4}$`);

/**
 * A meeting's decision to hold another, before the other's name: `决定9月26日召开`, `建议…举行` (not what one will
 * do: a headline `将访问…并举行…会议` announces the meeting it reports).
 */
const SCHEDULED_BEFORE = /(?:决定|建议)[^，。；\s]{0,14}?(?:召开|举行)$/;

/** Sittings of one body counted in a list that share the head: group 1 the body, 2 the counts, 3 the head (`…第六十六次、第六十七次和第六十八次委员长会议`). */
const COUNTED_SITTINGS = /^(.*?)(第[一二三四五六七八九十百\d]+次(?:[、和及]第[一二三四五六七八九十百\d]+次)+)([^、和及]*(?:会议|会))$/;
/** A study session named by its kind alone, a count of the year's sessions before it (`集体学习会议`, `2018年第1次集体学习会`, `第7次(扩大)学习会`, `第五次集体(扩大)学习会议`). */
const STUDY_SESSION_KIND = /^(?:(?:\d{4}年度?)?第[\d一二三四五六七八九十]+次)?(?:[（(]扩大[）)])?(?:集体|专题|集中)?(?:[（(]扩大[）)])?学习(?:[（(]扩大[）)])?(?:会议?|研讨会)$/;
/** Heads of a meeting held on site, bare with 现场 before them (lexicon: ON_SITE_HEADS). */
const ON_SITE_HEAD = new RegExp(`^(?:${ON_SITE_HEADS.join('|')})$`);
/** What names a site after a meeting's name (`遵义会议会址`, `古田会议纪念馆`). */
const MEETING_SITE_AFTER = /^(?:会址|旧址|遗址|纪念馆|陈列馆|纪念地|纪念碑)/;
/** The work a trip's meeting is told by (`调研座谈会`, `考察汇报会`), and its heads (lexicon: TRIP_MEETING_HEADS). */
const TRIP_WORK = /^(?:调研|考察|视察|检查|督导|调研督导)$/;
const TRIP_HEAD = new RegExp(`^(?:${TRIP_MEETING_HEADS.join('|')})$`);
/** What holds the trip's meeting right before its work word (`随后召开的`, `召开`, `主持召开了`). */
const TRIP_HELD_BEFORE = /(?:召开|举行)了?的?$/;
/** The bare heads of a meeting a trip holds, named by the place or body it went to (lexicon: TRIP_BARE_HEADS). */
const TRIP_BARE = new RegExp(`^(?:${TRIP_BARE_HEADS.join('|')})$`);

/** `在天津调研`, `到临江市考察`: the one province, city or county a trip went to (not a list of places). */
// (also a visit's work named after 开展: `赴三台县开展“下沉摸实情”督导工作`, `赴松原市开展异地视察活动`)
// (or 深入 it, or 来 it: `市领导深入进贤县调研`, `来郧西调研`; the work looked into between: `来到进贤县，对该县…进行调研`,
// `来到法库，就工业经济运行情况进行调研`)
const TRIP_PLACE = new RegExp(`(?:在|到|赴|深入|(?<![未以带原本从后将])来(?!到|自))((?:${PROVINCES.flat().join('|')})|[\\u4e00-\\u9fff]{2,8}?(?:市|县|区|省|自治州|自治区)|[\\u4e00-\\u9fff]{2,3}?)(?:开展[^，。；]{0,12}?|，[对就][^，。；]{2,30}?进行)?(?:调研|考察|视察|检查|督导)`, 'g');
function tripPlace(text: string): string | null {
  for (const m of allMatches(TRIP_PLACE, text)) {
    const place = m[1]!;
    // (a bare name only where it is a place word of the dictionary: `郧西`, not `一线`)
    // (not the paper's own place, 我区, 本市: no name)
    if (/^[我本该全][省市县区]$/.test(place)) continue;
    // (nor a site or a level named by its kind, `来到现场，就…进行调研`, `在市区，就…进行督导`)
    if (GENERIC_TRIP_PLACE.test(place)) continue;
    // (or one the trip came to, `来到法库，就…进行调研`: 来到 goes to a place)
    const cameTo = m[0].startsWith('到') && text[m.index! - 1] === '来' && m[0][place.length + 1] === '，';
    if (/(?:市|县|区|省|自治州|自治区)$/.test(place) || PROVINCES.flat().includes(place) || placeWordAt(place, 0) === place.length || cameTo) return place;
  }
  return null;
}

/**
 * `深入罗岭镇，实地察看…`, `再次到井陉县实地察看灾情`, `来到蛟河市学习考察`: the one town, county or city a trip went to, the
 * visit's verb right after it or after a comma (a list of several names none).
 */
// (or an industrial park, its firms the work done there: `深入县盐化工业园企业开展“四送一服”活动`)
const TRIP_STOP = /(?:深入到?|来到|走进|到|赴)([\u4e00-\u9fff]{2,10}?(?:市|县|区|镇|乡|自治州|自治县|旗|工业园|产业园|开发区))(?=[，,]?(?:实地|先后|再次|专程)?(?:察看|查看|考察|调研|视察|检查|督导|督查|慰问|看望|走访|学习考察)|(?:企业)?开展)/g;
function tripStop(text: string): string | null {
  // (a kind of place is no name, `深入老旧小区`, `来到受灾地区`: not one a place's name opens, `临江社区`)
  const stops = new Set(allMatches(TRIP_STOP, text).map((m) => m[1]!).filter((p) => !/^[各该]/.test(p) && !(/(?:小区|地区|园区|社区|城区|超市|灾区|景区|片区|库区|矿区|乡镇)$/.test(p) && placeWordAt(p, 0) < 2)));
  return stops.size === 1 ? [...stops][0]! : null;
}

/** A trip that came to the paper's own place (`来我县开展…`, `到我区参观考察`). */
const CAME_TO_OWN = /(?:来|到|赴)我([县区市旗])/;
/** A group sent to look into the place it came to, named whole (`市人大常委会第三检查组到我区检查指导工作`, `…调研组一行来我县`, `…调研组对我市…进行专题调研`); not a delegation that came to learn (考察团, 代表团), whose 座谈会 its hosts hold. */
const GROUP_CAME = /(?:^|[，。；\s]|日|午|陪同)((?:(?![陪同由的带率])[^，。；\s、]){2,20}?(?:检查组|调研组|视察组|督导组|督查组|指导组|巡视组|调研团|视察团))(?:一行)?(?:先后)?(?:到|来|赴|对(?=[^，。；]{2,40}?进行[^，。；]{0,8}?(?:调研|检查|视察|督导|督查)))/;
/** The body whose member leads a trip, named in his post (`镇江市人大常委会党组副书记、副主任胡宗元率队视察`, `明光市政协副主席陈晓燕…率部分政协委员开展…调研`). */
const LED_BY_BODY = /^(?:[^，。；]{0,12}，)?由?((?![在由经])[\u4e00-\u9fff]{1,8}?(?:人大常委会|政协|人民政府))[^，。；]{0,30}?(?:率队|带队|率领|带领|率)(?=[^。；]{0,30}?(?:视察|调研|考察|检查|督导))/;

/** `赴中国南海研究院调研`, `到海南农垦集团走访`: the one body a trip went to (a name that ends as a body's does). */
// (or whose people it called on: `到自治区纪委监委机关看望干部`; a body's offices are the body's: …机关)
const TRIP_BODY = /(?:到|赴|深入|来到)([\u4e00-\u9fff]{3,14}?)(?:调研|考察|视察|检查|督导|走访|看望|慰问)/g;
function tripBody(text: string): string | null {
  const bodies = allMatches(TRIP_BODY, text).map((m) => m[1]!).filter((b) => ORG_SUFFIX_RE.test(b) || (b.endsWith('机关') && ORG_SUFFIX_RE.test(b.slice(0, -2))));
  return bodies.length === 1 ? bodies[0]! : null;
}

/** What the lede tells after a trip's leader: its work, within the sentence (`带队，…一行对…进行调研`). */
const LEADS_TRIP = /^[^。；\n]{0,60}?(?:调研|考察|视察|检查|督导|督查)/;
/**
 * The one who leads the trip the lede tells: the first person named in it with the trip's work after him, not one who goes
 * with another (`在市委书记王明陪同下，省长李华到…调研` → 李华); none where the lede's first person tells no trip.
 */
function tripLeader(text: string, lede: Sentence | undefined, persons: readonly { name: string; start: number; end: number }[]): string | null {
  if (!lede) return null;
  const end = lede.start + lede.text.length;
  for (const p of persons.filter((x) => x.start >= lede.start && x.end <= end).sort((x, y) => x.start - y.start)) {
    const trip = LEADS_TRIP.exec(text.slice(p.end, end));
    if (!trip) return null;
    if (!trip[0].includes('陪')) return p.name;
  }
  return null;
}

/** A site or a level a trip goes to named by its kind, no place's name (现场, 基层, 一线, 市区, 这里…). */
const GENERIC_TRIP_PLACE = /^(?:现场|基层|一线|企业|车间|工地|社区|园区|农村|市区|城区|辖区|县城|当地|各地|村里)$|^[这那该此本我各全]|[里上下边头间]$/;
/** `在云南、贵州调研`, `在云南 贵州调研` (a headline): a trip to several provinces names its 座谈会 by all of them. */
const TRIP_PROVINCES = new RegExp(`(?:在|到|赴)((?:${PROVINCE_NAMES.join('|')})(?:[、 和](?:${PROVINCE_NAMES.join('|')}))+)(?:调研|考察|视察|检查)`);
function tripProvinces(text: string): string | null {
  return TRIP_PROVINCES.exec(text)?.[1].replace(/[、 和]/g, '') ?? null;
}

/** `听取云南省…情况汇报` in the 座谈会's sentence: the province whose report it hears. */
const HEARD_PROVINCE = new RegExp(`听取(?:了)?(${PROVINCE_NAMES.join('|')})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?[^，。；]{0,40}?汇报`);
function heardProvince(sentence: string): string | null {
  const p = HEARD_PROVINCE.exec(sentence)?.[1];
  return p === undefined ? null : (PROVINCES.find(([full]) => full === p)?.[1] ?? p);
}

/** `在中南海主持召开座谈会`, `在重庆召开座谈会`: the place (a province, or a place word of the dictionary) right before the bare meeting. */
function heldAtPlace(text: string, at: number): string | null {
  const m = /在([\u4e00-\u9fff]{2,8}?)(?:主持)?召开了?$/.exec(text.slice(Math.max(0, at - 16), at));
  return m && (PROVINCE_NAMES.includes(m[1]!) || placeWordAt(m[1]!, 0) === m[1]!.length) ? m[1]! : null;
}

/** The body whose official presided over a bare meeting (`广播电影电视部副部长田聪明主持了今天的颁证会` → 广播电影电视部). */
function presiderBody(text: string, head: string): string | null {
  if (!text.includes(`主持`)) return null;
  let re = PRESIDED_BY.get(head);
  if (!re) {
    const act = `主持(?:召开)?了?(?:今天的|这次|本次|当天的)?${escapeRegExp(head)}`;
    // (a day and a place may stand between, and 召开 after: `全国人大常委会委员长栗战书今天主持召开座谈会`)
    const whole = `(?:^|[，。；、\\n])([\\u4e00-\\u9fff]{2,20}?)副?(?:${TITLE_HEAD_RE.source})[\\u4e00-\\u9fff·]{2,4}?(?:今天|昨天|\\d{1,2}日)?(?:[上下]午)?(?:在[^，。；]{1,12}?)?${act}`;
    PRESIDED_BY.set(head, (re = { act: new RegExp(act), whole: new RegExp(whole) }));
  }
  // (the whole pattern, tried from every clause of the text, costs ≈ 0.8 ms an article; its last part, the presiding
  // and the head, is in every match of it, and a literal search finds that)
  if (!re.act.test(text)) return null;
  const m = re.whole.exec(text);
  return m && ORG_SUFFIX_RE.test(m[1]!) ? m[1]! : null;
}
/** presiderBody's patterns for each bare head, built once (the post heads make the whole one long): the presiding and the head, and the whole. */
const PRESIDED_BY = new Map<string, { act: RegExp; whole: RegExp }>();

/** Between one who presides and the bare head: a day, a time, a place, 主持(召开)(了). */
const PRESIDES_GAP = /^(?:今天|昨天|昨日|当天|\d{1,2}日)?(?:[上下]午|晚上?)?(?:在[^，。；]{1,12}?)?主持(?:召开)?了?$/;

/** The person who presides over the bare meeting at `at`, named right before it (`市长徐衣显主持召开座谈会`). */
function presiderNamed(text: string, at: number, persons: readonly { name: string; start: number; end: number }[]): string | null {
  const p = persons.filter((x) => x.end <= at && at - x.end <= 24).at(-1);
  return p && PRESIDES_GAP.test(text.slice(p.end, at)) ? p.name : null;
}

/** The body or place a bare 座谈会 was held at: the visit target or `在X` before it. */
export function hostOf(text: string, sents: Sentence[], at: number): string | null {
  const before = text.slice(0, at);
  // (a list of bodies visited before the meeting names it by all of them: `到商务部、海关总署考察并主持召开座谈会`)
  const m = allMatches(/(?:到|在|来到|走进)((?:[\u4e00-\u9fff]{2,16}?(?:院|厅|局|委|中心|集团|公司|大学|学院|所|部|馆|办|基地|园区|企业|机关|总署)、){0,3}[\u4e00-\u9fff]{2,16}?(?:院|厅|局|委|中心|集团|公司|大学|学院|所|部|馆|办|基地|园区|企业|机关|总署))(?:调研|考察|宣讲|视察|检查|召开|主持)/g, before).pop();
  if (m) return m[1].replace(/、/g, '');
  // one place visited names it too (`到河北雄安新区调研，主持召开座谈会` → 河北雄安新区座谈会); a list
  // of places (`到临江区、临山区调研`) names none
  const place = allMatches(/(?:到|在|来到|赴)([\u4e00-\u9fff]{2,10}?(?:新区|开发区|自治州|自治区|市|县|区|州|省))(?:调研|考察|视察|检查)/g, before).pop();
  if (place && before[place.index! + place[0].length - place[1].length - 2] !== '、' && before.length - (place.index! + place[0].length) < 40) return place[1];
  // a stop of a trip its sentence puts first (`在舒兰市，王吉深入了解…，召开座谈会研究部署…`)
  const stop = /(?:^|[。\n])在([\u4e00-\u9fff]{2,10}?(?:新区|开发区|自治州|市|县|区|镇|乡))，[^。；]*$/.exec(before);
  if (stop) return stop[1];
  void sents;
  return null;
}
