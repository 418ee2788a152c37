// MET: 会见, 会谈, 接见, 会晤 from host to guest (extraction.md): the host stands before the
// verb, the named guests after it (`分别会见A和B`: one pair each); `A与B举行会谈` or
// `A和B会晤` is one pair, the first named the host; `A同B和C共同主持会晤`: A with each of them. Those who only 参加会见 or are 在座, and
// a verb that opens a time clause (`会见杜文战时，…`), give none. Hosts joined by 、 with their posts
// (`总理李鹏、副总理邹家华会见了…`) each meet each guest; guests the next sentence lists (`…会见了六国
// 大使。这六位大使是：…`) are met by the host; a guest named by a post and 先生 (`习近平主席同总统先生
// 举行会晤`) is the one person of the item who holds that post.
import { allMatches, type Sentence } from '../text';
import { type PersonMention, Builder } from '../builder';
import { within, clauseSubject, planGoesOn, clauseStartAt } from '../spans';
import type { RuleId } from '../rules';
import { TITLE_HEAD_END, MEET_VERB_ALT } from '../lexicon';
import { mapArray } from '../../arrays';

const MEET = new RegExp(MEET_VERB_ALT, 'g');
/** What makes a name the one whose envoy or kin is named after it (`克林顿的特使`, `…总统的夫人`, `习近平主席特使`). */
const ENVOY_OF = /^(?:总统|主席|总理|首相|国王)?(?:的(?:特使|特别代表|私人代表|代表|夫人|妻子|丈夫|亲属|家属|女儿|儿子)|(?:特使|特别代表))/;
/** A meeting named as what is prepared for or made ready, or as the time before it (`…的会晤作准备`, `…会谈铺平道路`, `…举行会谈的前夕`). */
const PREPARED_FOR = /^(?:作|做|进行)(?:好|了)?(?:准备|铺垫)|^铺平道路|^(?:的)?(?:筹备|准备)工作|^的?前夕|^的(?:中心|主要|核心)?(?:内容|议题|重点|主题)将/;
/** 将 of a plan, not of a rank or a general (上将, 将军, 将领, 将士); and 将于, its day. */
const WILL = '(?<![上中少大])将(?![军领士])';
const WILL_AT = '(?<![上中少大])将于';
/** A clause that goes on with a plan told in the clause before it, its subject's (`将于下月访问…，并同X举行`; not 将 of 上将, 将军). */
const PLAN_GOES_ON = new RegExp(`(?:${WILL}|即将|计划|拟|准备|定于)[^，。；]{1,30}，(?:并|然后|随后|之后|再|还)(?:于[^，。；]{1,8}?)?(?:[同与跟][^，。；]{1,20}?)?(?:举行|进行)?$`);
/** …or right after the comma, the subject left out, where the plan is told by 将 or a date set (`将在论坛致辞，会见X`; not 计划 or 拟 of a noun: `“九五”计划…的汇报，`, `虚拟现实产业园，`). */
const PLAN_THEN_CLAUSE = new RegExp(`(?:${WILL}|即将|定于)[^，。；了]{1,30}，$`);
/** A verb of meeting after a plan or a wish in its clause (`计划在英国会见`, `将于下周会晤`, `希望同…会谈`, `将再次举行会晤`, `将分别会见`), or a refusal (`拒绝了与…会面的提议`). */
const PLANNED = new RegExp(`(?:计划|${WILL}|拟|准备|打算|定于|${WILL_AT}[^，。；]{0,8}|期待|希望|拒绝了?|取消了?)(?:在[^，。；]{1,10}?|于[^，。；]{1,10}?)?(?:[同与跟][^，。；]{1,20}?)?(?:再次|再度|首次|正式|分别|先后)?(?:举行|进行)?(?:[一两二三四\\d]次)?$|${WILL}[^，。；]{1,40}?并(?:[同与跟][^，。；]{1,20}?)?(?:举行)?$`);
/** What follows a name when the guests are that person's family (`叶选平同志亲属代表`). */
const RELATIVES = /^(?:同志|先生|女士)?的?(?:亲属|家属|遗属|子女|夫人|家人|后代|后人)/;

/** What stands between a guest and the verb of a clause with no subject: his post at most, and 举行/进行. */
const GUEST_THEN_VERB = new RegExp(`^(?:[\\u4e00-\\u9fff]{0,4}?(?:${TITLE_HEAD_END.source.replace(/\$$/, '')}))?(?:举行了?|进行了?)?$`);

/**
 * The sentence's own subject, for a clause with none after it: the first one named, with at most a time before him
 * (`随后，李鹏委员长乘车前往…`), not the guest.
 */
function sentenceSubject(s: Sentence, prior: PersonMention[], guest: PersonMention): PersonMention[] {
  const first = prior[0];
  if (!first || first === guest) return [];
  const lead = s.text.slice(0, Math.min(first.start, first.titles[0]?.start ?? first.start) - s.start);
  const between = s.text.slice(first.end - s.start, guest.start - s.start).replace(WITH_CLAUSE_OPENING, '');
  // (clauses of his acts, no one else named in them, may stand between: `市长A带领…，赴常州市对接…，考察…，与…市长B会见座谈`)
  const actsBetween = !/[。；]/.test(between) && (between.match(/，/g)?.length ?? 0) <= 4 && !prior.some((p) => p !== guest && p.start > first.start && p.start < guest.start);
  return /^(?:[^，。；]{0,8}[，,])?$/.test(lead) && (!/[，。；]/.test(between) || actsBetween) ? [first] : [];
}

/** Between a clause's subject and a later name of it that is an act's object: no 同/与/和/、 (no co-host, no guest of 同), an act; not his envoy or his wife (`王明特使刘海`). */
const OBJECT_AFTER_ACT = /^(?![^，。；]*[同与和跟、及])[^，。；]{2,40}(?<!特使|特别代表|代表|夫人)$/;
/** A day, a part of the day and a place at most, then 同/与/跟: how a clause with the talks' guest opens after its subject. */
const WHEN_WHERE_WITH = '(?:\\d{1,2}日)?(?:[上下]午|晚上?)?(?:在[^，。；、]{1,10}?)?[同与跟]';

/** How a clause whose subject is a pronoun opens: a time at most, then 他/她 (`当晚，他…`, `随后她…`). */
const PRONOUN_OPENING = '^(?:当晚|当天|随后|之后|此后|次日|\\d{1,2}日(?:[上下]午|晚上?)?)?[，,]?[他她](?:还|又|随后|并)?';
/** A clause whose subject is a pronoun, then 同/与 and the guest (`当晚，他同加蒂…`, `随后她与…`). */
const PRONOUN_WITH = new RegExp(`${PRONOUN_OPENING}${WHEN_WHERE_WITH}[^，。；、]{0,16}$`);

/** A pronoun subject, maybe 先后/分别, then 与/同 and the first guest's posts (`他先后与以色列总理…`). */
const PRONOUN_WITH_GUESTS = new RegExp(`${PRONOUN_OPENING}(?:先后|分别)?${WHEN_WHERE_WITH}[^，。；、]{0,16}$`);
/** Between the last guest and the verb: the topic (就…) and 举行/进行 with a count of times (`就…问题举行了数次`). */
const TOPIC_THEN_VERB = /^(?:[\u4e00-\u9fff]{0,4}?(?:总统|总理|首相|主席|国王))?(?:就[^，。；]{2,30}?)?(?:举行|进行)了?(?:[一二三四五六七八九十数多几]+次)?$/;

/** The one the sentence before `s` is about: its first person, at most a time and a comma before him (or his posts). */
function previousSubject(s: Sentence, sents: Sentence[], named: PersonMention[]): PersonMention | null {
  const k = sents.indexOf(s);
  const prev = k > 0 ? sents[k - 1]! : null;
  if (!prev) return null;
  const first = named.find((p) => p.start >= prev.start && p.end <= prev.end);
  if (!first) return null;
  const lead = prev.text.slice(0, Math.min(first.start, first.titles[0]?.start ?? first.start) - prev.start);
  // (or after 这是 that points back to what he did: `这是罗斯…的首轮斡旋。他先后与…`)
  return /^(?:[^，。；]{0,12}[，,])?(?:这是|这也是)?$/.test(lead) ? first : null;
}

/** A clause after the subject's comma that opens with 同/与 (a day and a place may stand before it: `钱其琛，8日下午在这里与…`). */
const WITH_CLAUSE_OPENING = new RegExp(`[，,](?:并|还|又|随后|然后|之后)?${WHEN_WHERE_WITH}[^，。；]*$`);
/** A clause opened by 同/与 and a post, no subject of its own: `，同副总理…举行会谈` (`，8日下午在这里与…举行会谈`). */
const SAME_SUBJECT_WITH = new RegExp(`[，；](?:并|还|又|随后|然后|之后)?${WHEN_WHERE_WITH}[^，。；、]{0,16}$`);
/** …the guest after posts a 、 joins (`，与常州市委副书记、市长B会见座谈`): one guest, no other person between. */
const SAME_SUBJECT_WITH_POSTS = new RegExp(`[，；](?:并|还|又|随后|然后|之后)?${WHEN_WHERE_WITH}(?:[^，。；、]{2,16}、){1,3}[^，。；、]{1,16}$`);

/** What may stand between the last guest and the talks: a day, a place, 举行 and the talks' name (`在青岛举行中俄蒙三国元首第四次`). */
const TALKS_AFTER_GUEST = /^(?:\d{1,2}日)?(?:[上下]午)?(?:在[^，。；、]{1,12}?)?(?:以视频方式)?(?:举行了?|进行了?)[^，。；、]{0,16}$/;

/** The time clause a fronted 会见 opens, up to its comma (`在会见A时，`). */
const FRONTED_MEET = /^[^，。；]{1,30}?时，/;

/** A sentence that lists the guests of the one before (`这六位大使是：`, `他们是：`). */
const LISTED = /^(?:这|上述)?(?:[一二三四五六七八九十两\d]+(?:位|名)[^，。：:]{0,12}?|他们)(?:分别)?是[：:]/;
/** A guest named by a post and a courtesy word before the verb: `同总统先生举行会晤`, `同国王陛下举行会晤`. */
const COURTESY = /^[^，。；]{0,12}?[同与跟]([\u4e00-\u9fff]{1,6}?)(?:先生|女士|阁下|陛下|殿下)[^，。；]{0,12}$/;

/** `sents` and `named` are the item's: the next sentence, and who holds which post. */
export function met(b: Builder, s: Sentence, ps: PersonMention[], date: string | null, sents: Sentence[] = [], named: PersonMention[] = []): void {
  // (every pair below has a host or a guest among the sentence's persons, and the scan writes nothing before it has one)
  if (ps.length === 0) return;
  /** the hosts of the sentence's last pair: the subject a clause of its own without one goes on with */
  let lastHosts: PersonMention[] = [];
  /** the guests of `A同B举行会晤`: no host of a later verb of the sentence (`…，然后于22日会晤C`: A's) */
  let withGuests: PersonMention[] = [];
  /** a meeting of the sentence was a plan */
  let planned = false;
  for (const v of allMatches(MEET, s.text)) {
    const at = s.start + v.index!;
    const before = s.text.slice(0, v.index!);
    if (/(?:参加|出席|陪同)了?$/.test(before)) continue;
    // (a kind of talks by the sides it gathers, a noun: `将对美、以、巴三方会谈带来不利影响`; not one held: `举行中法欧三方会晤`)
    if (/[双三四五六两多]方$/.test(before) && !/(?:举行|进行)了?[^，。；]{0,8}$/.test(before)) continue;
    // a meeting planned or wished for is none held (`阿拉法特计划在英国会见布莱尔首相`, `将于明天会见`), nor
    // the next one of a clause that goes on with the plan (`…将于20日同A举行会晤，然后于22日会晤B`)
    // (nor one that is prepared for: `为…克林顿与内塔尼亚胡和阿拉法特的会晤作准备`; nor the talks of a planned visit, the clause
    // going on with its subject: `古杰拉尔将于下月访问巴基斯坦，并同谢里夫举行会晤`)
    if (PLANNED.test(before) || PREPARED_FOR.test(s.text.slice(v.index! + v[0].length)) || (planned && /，(?:然后|随后|之后|再|并|还)[^，。；]{0,12}$/.test(before) && !ps.some((p) => p.start >= s.start + before.lastIndexOf('，') && p.end <= at)) || PLAN_GOES_ON.test(before) || (PLAN_THEN_CLAUSE.test(before) && s.text[v.index! + v[0].length] !== '了')) {
      planned = true;
      continue;
    }
    const clauseEnd = s.start + clauseEndAt(s.text, v.index! + v[0].length);
    // (not the one whose envoy or kin the guest is: `会见美国总统克林顿的特使萨默斯`)
    const after = [...ps.filter((p) => p.start >= at + v[0].length && p.end <= clauseEnd && !ENVOY_OF.test(s.text.slice(p.end - s.start, p.end - s.start + 8))), ...guestsAfterCommas(s, ps, clauseEnd)];
    const prior = ps.filter((p) => p.end <= at && p.start >= s.start);
    // (a time clause of a meeting with a guest named before the verb is still that meeting: `A同B举行会谈时指出`)
    const withGuest = prior.length >= 2 && /^[^，。；、]{0,40}[同与跟][^，。；、]{0,20}$/.test(s.text.slice(prior[prior.length - 2].end - s.start, prior[prior.length - 1].start - s.start));
    if (/^[^，。；]{0,30}?时/.test(s.text.slice(v.index! + v[0].length)) && after.length === 0 && !withGuest) continue;
    // `在会谈中代表…`: the talks named as a time, no meeting of the sentence's own
    if (/^中(?:[，,]|代表|表示|指出|说|强调|谈到|提出)/.test(s.text.slice(v.index! + v[0].length)) && !withGuest) continue;
    // `在会见A时，B表示`: the 会见 is the time of a clause whose subject is the host
    if (prior.length === 0 && after.length) {
      const time = FRONTED_MEET.exec(s.text.slice(v.index! + v[0].length));
      const host = time ? clauseSubject(s, ps, at + v[0].length + time[0].length) : undefined;
      if (host && /^(?:同志|[^，。；：、]{0,6}?)(?:表示|说|指出|强调|介绍|希望|欢迎|祝贺|感谢|转达|首先)/.test(s.text.slice(host.end - s.start))) for (const g of after) pair(b, host, g, s, date, 'met.fronted');
      continue;
    }
    if (prior.length === 0) continue;
    // `他先后与A和B就…举行了数次会晤`: a pronoun for the one the sentence before is about, each guest joined by 和 or 、
    const pronounHost = prior.length >= 2 && after.length === 0 && !lastHosts.length && !planned && PRONOUN_WITH_GUESTS.test(s.text.slice(0, prior[0]!.start - s.start)) && prior.slice(1).every((p, k) => /^[和、及]$|^[和、及][^，。；]{0,16}$/.test(s.text.slice(prior[k]!.end - s.start, p.start - s.start))) && TOPIC_THEN_VERB.test(s.text.slice(prior[prior.length - 1]!.end - s.start, v.index!)) ? previousSubject(s, sents, named) : null;
    if (pronounHost) {
      for (const g of prior) if (g.name !== pronounHost.name) pair(b, pronounHost, g, s, date, 'met.same-subject');
      continue;
    }
    let host = withGuests.includes(prior[prior.length - 1]) && lastHosts.length ? lastHosts[0] : prior[prior.length - 1];
    // (the last name before a clause that opens with the verb is the object of an act of the clause before, where its subject
    // is named first in it: `王明前往国会大厦吊唁李光耀并瞻仰遗容，会见了…`, `王明出席…已故总统莱希吊唁活动，并会见…`: 王明 meets)
    if (host === prior[prior.length - 1] && /[，,](?:还|并|又|随后|也)?$/.test(s.text.slice(host.end - s.start, v.index!))) {
      const clauseFrom = s.start + clauseStartAt(s.text, host.start - s.start, /[，；]/);
      const subject = prior.find((p) => p.start >= clauseFrom && p !== host);
      if (subject && subject.end < host.start && OBJECT_AFTER_ACT.test(s.text.slice(subject.end - s.start, host.start - s.start))) host = subject;
    }
    // (one more clause of a plan the sentence opens with, its host named clauses before: `将出席…，…，会见…敏昂莱`)
    if (planGoesOn(s.text, host.end - s.start, v.index!)) continue;
    // `A与B举行会谈`, `A和B成功会晤`, `A同B和C共同主持会晤`: people before the verb joined by
    // 与/和/同/跟/、; those before 与/同/跟 (with) meet those after it, else the first named hosts
    // (a list joined by 、 is of co-hosts or of those present: no pair among them)
    const chain = [host];
    for (let k = prior.length - 2; k >= 0; k--) {
      const gap = s.text.slice(prior[k].end - s.start, chain[0].start - s.start);
      // (a day, a place and a manner may stand between: `栗战书27日在人民大会堂以视频方式同…议长凯瑟举行会谈`)
      if (!/^[^，。；、]{0,40}$/.test(gap) || !/[与和同跟]/.test(gap)) break;
      chain.unshift(prior[k]);
    }
    const gaps = mapArray(chain.slice(1), (p, k) => s.text.slice(chain[k].end - s.start, p.start - s.start));
    // `A和夫人B会见C`, `A和B分别会见C`: hosts joined by 和 before the verb each meet each guest
    const hosts = gaps.length > 0 && gaps.every((g) => g.includes('和') && !/[与同跟]/.test(g)) ? chain : [host];
    // `国务院总理李鹏、副总理邹家华…会见了X`: hosts joined by 、 with their posts, too
    // (and by a comma, each after posts of their own: `省委书记A，省委副书记、省长B在成都会见…`)
    hosts.unshift(...coHostsBefore(s, prior, hosts[0]!));
    // `A同<posts joined by 、>B(、<post>C)举行会谈`: the guests after 同, each named by posts a 、 may join
    const posted = after.length === 0 && chain.length === 1 ? postedGuests(s, prior, v.index!) : null;
    if (posted && posted.carried && lastHosts.length) {
      for (const h of lastHosts) for (const g of posted.guests) pair(b, h, g, s, date, 'met.same-subject');
      withGuests = posted.guests;
      continue;
    }
    if (posted && !posted.carried) {
      // (and the co-hosts before him, each after posts of his own: `省委书记A，省长B在X与C，D一行会谈`)
      for (const h of [...coHostsBefore(s, prior, posted.host), posted.host]) for (const g of posted.guests) pair(b, h, g, s, date);
      lastHosts = [posted.host];
      withGuests = posted.guests;
      continue;
    }
    if (after.length === 0 && chain.length === 1) {
      // `…会见A，同副总理B举行会谈`: a clause with no subject of its own goes on with the sentence's host
      const clause = s.text.slice(0, host.start - s.start);
      // (the guest's post may stand after him: `，同兰茨贝吉斯议长举行会谈`; and the subject may be the sentence's
      // own, no verb of meeting before: `随后，李鹏委员长乘车前往机场贵宾室，同…议长举行会谈`; not the rest of a plan:
      // `李强将会见马克龙总统，同博尔内总理举行会谈`)
      // (a pronoun for the one the sentence before is about: `…会见了钱其琛。当晚，他同加蒂举行了会谈`)
      const pronoun = !lastHosts.length && !planned && PRONOUN_WITH.test(clause) && GUEST_THEN_VERB.test(s.text.slice(host.end - s.start, v.index!)) ? previousSubject(s, sents, named) : null;
      if (pronoun && pronoun.name !== host.name) {
        pair(b, pronoun, host, s, date, 'met.same-subject');
        continue;
      }
      const subject = lastHosts.length ? lastHosts : planned ? [] : sentenceSubject(s, prior, host);
      const withPosts = () => SAME_SUBJECT_WITH_POSTS.test(clause) && !ps.some((p) => p !== host && p.start > s.start + clause.lastIndexOf('，') && p.start < host.start);
      if (subject.length && !subject.includes(host) && (SAME_SUBJECT_WITH.test(clause) || withPosts()) && GUEST_THEN_VERB.test(s.text.slice(host.end - s.start, v.index!))) {
        for (const h of subject) pair(b, h, host, s, date, 'met.same-subject');
        continue;
      }
      // `会见了该代表团`, `会见…党政代表团一行`: a delegation named by its kind is met in its head, whom the item names
      // (`以X为团长的…代表团`, `代表团团长X`, `X率领的…代表团`)
      const head = DELEGATION_MET.test(s.text.slice(v.index! + v[0].length)) ? delegationHead(sents, named) : undefined;
      if (head && !hosts.some((h) => h.name === head.name)) {
        for (const h of hosts) pair(b, h, head, s, date, 'met.delegation');
        continue;
      }
      const listed = listedGuests(s, sents, named);
      if (listed) for (const g of listed) for (const h of hosts) pair(b, h, g, s, date, 'met.listed');
      else for (const g of courtesyGuest(s, host, at, named)) pair(b, host, g, s, date, 'met.by-post');
      continue;
    }
    if (after.length === 0 && chain.length >= 2) {
      // `…分别会见A、B，同C和D举行会谈`: guests joined by 和 in a clause with no subject of its own: the sentence's host meets each
      // (each with his post: `…会见首相A，与众议长B、代参议长C分别举行会谈`)
      if (lastHosts.length && !lastHosts.includes(chain[0]!) && SAME_SUBJECT_WITH.test(s.text.slice(0, chain[0]!.start - s.start)) && gaps.every((g) => /^[和、][^，。；、和与同]{0,14}$/.test(g))) {
        for (const h of lastHosts) for (const g of chain) pair(b, h, g, s, date, 'met.same-subject');
        continue;
      }
      const w = gaps.findIndex((g) => /[与同跟]/.test(g));
      // (`A同B在…会见了15名老战士代表`: 会见 with a guest of its own after it makes A and B its hosts, no pair;
      // not the time after it, `A与B举行会见后说`)
      if (w >= 0 && /会见|接见/.test(v[0]) && /^了?(?![后时中前并])[^，。；、\s]/.test(s.text.slice(v.index! + v[0].length))) continue;
      if (w >= 0) {
        // (co-hosts before the one with 同, joined by 、 or by a comma after posts of their own, each meet the guests:
        // `…主任杨洁篪，国务委员兼国防部长魏凤和27日分别…同…马蒂斯举行会见会谈`)
        const withHosts = [...coHostsBefore(s, prior, chain[w]!), chain[w]!];
        for (const h of withHosts) for (const g of chain.slice(w + 1)) pair(b, h, g, s, date);
        lastHosts = withHosts;
        withGuests = chain.slice(w + 1);
      }
      // (`A和B会晤` is one pair; `A和B会见了全体代表`: two hosts, their guests unnamed — no pair)
      else if (!/会见|接见|拜会/.test(v[0])) pair(b, chain[chain.length - 2], host, s, date);
      continue;
    }
    // (`会见了叶选平同志亲属代表`: the guests are the relatives, not the person named)
    for (const g of after) if (!RELATIVES.test(s.text.slice(g.end - s.start))) for (const h of hosts) pair(b, h, g, s, date);
    if (after.length) lastHosts = hosts;
  }
}

/** A delegation named by its kind after the verb of meeting, no one of it named there (`会见了该代表团`, `会见…党政代表团一行`). */
const DELEGATION_MET = /^了?[^，。；]{0,30}?(?:代表团|考察团|参访团|访问团)(?:一行|成员)?(?=[，。；并和及]|$)/;

/** The head of the delegation the item tells of: `以X为团长的`, one whose post is 团长, `X率领的…代表团`. */
function delegationHead(sents: Sentence[], named: PersonMention[]): PersonMention | undefined {
  for (const p of named) {
    const s = sents.find((x) => x.start <= p.start && p.end <= x.end);
    if (!s) continue;
    const before = s.text.slice(0, p.start - s.start);
    const after = s.text.slice(p.end - s.start);
    if ((/以[^，。；为]{0,30}$/.test(before) && /^为团长/.test(after)) || p.titles.some((t) => /团长$/.test(t.name)) || /^率领?的?[^，。；]{0,20}?(?:代表团|考察团|参访团|访问团)/.test(after)) return p;
  }
  return undefined;
}

/**
 * The hosts named before `first` and joined to it as hosts are: by 、 with their posts (`总理李鹏、副总理邹家华`), or by
 * a comma after posts of their own (`省委书记A，省委副书记、省长B`), in the order of the text.
 */
function coHostsBefore(s: Sentence, prior: PersonMention[], first: PersonMention): PersonMention[] {
  const out: PersonMention[] = [];
  for (let k = prior.indexOf(first) - 1; k >= 0; k--) {
    const gap = s.text.slice(prior[k]!.end - s.start, (out[0] ?? first).start - s.start);
    if (!/^、[^，。；、与和同跟]{0,20}$/.test(gap) && !(/^[，,][^，,。；与和同跟]{2,30}$/.test(gap) && TITLE_HEAD_END.test(gap))) break;
    out.unshift(prior[k]!);
  }
  return out;
}

/** The people of the next sentence when it lists the guests (`这六位大使是：…郑东发、…`). */
function listedGuests(s: Sentence, sents: Sentence[], named: PersonMention[]): PersonMention[] | undefined {
  const next = sents[sents.indexOf(s) + 1];
  if (!next || !LISTED.test(next.text)) return undefined;
  return within(named, next.start, next.end);
}

/**
 * `A同总统先生举行会晤`: the one other person of the item named with a post that ends with
 * 总统 and says whose (西班牙首相桑切斯, not a bare 总理 read out of `《中澳总理…声明》`).
 */
function courtesyGuest(s: Sentence, host: PersonMention, at: number, named: PersonMention[]): PersonMention[] {
  const m = COURTESY.exec(s.text.slice(host.end - s.start, at - s.start));
  if (!m) return [];
  const holders = new Map<string, PersonMention>();
  for (const p of named) if (p.name !== host.name && p.titles.some((t) => t.name.endsWith(m[1]) && t.name !== m[1])) holders.set(p.name, p);
  return holders.size === 1 ? [...holders.values()] : [];
}

/** Between the host and 同/与/跟: a day, a place, a manner (`27日在人民大会堂以视频方式`). */
const HOST_TO_WITH = /^[^，。；、]{0,40}$/;
/** Between the last clause's guest and 同/与/跟 of a clause with no subject of its own (`，`, `，随后在…`). */
const CARRIED_TO_WITH = /^，(?:并|还|又|随后|然后|之后)?[^，。；、]{0,30}$/;
/** Between the guests: 、 or 和 and the next one's posts. */
const NEXT_GUEST = /^[、和][^，。；]{0,40}$/;
/** A comma and the next guest's post (`，总经理`): the list goes on. */
const POSTED_AFTER_COMMA = new RegExp(`^，[^，。；与和同跟]{0,28}(?:${TITLE_HEAD_END.source})`);

/**
 * `蔡奇同越共中央政治局委员、中央书记处常务书记、中组部部长张氏梅举行会谈`, `同A主席科恰诺娃、代表院主席
 * 安德烈琴科举行会谈`: the host before the last 同/与/跟 of the clause, the guests after it, their
 * posts joined by 、 (which the chain of people before the verb stops at).
 */
function postedGuests(s: Sentence, prior: PersonMention[], verbAt: number): { host: PersonMention; guests: PersonMention[]; carried: boolean } | null {
  // (the group the last guest leads may close the list: `与…董事长A、总经理B一行会谈`)
  // (and 分别, each met apart: `同南非总统拉马福萨、印尼总统佐科分别会晤`)
  const tail = /(?:一行)?(?:分别)?(?:举行了?|进行了?)?(?:视频)?$/.exec(s.text.slice(0, verbAt))!;
  const before = prior.filter((p) => p.end - s.start <= tail.index);
  for (let k = before.length - 1; k > 0; k--) {
    const between = s.text.slice(before[k - 1].end - s.start, before[k].start - s.start);
    const w = between.search(/[同与跟](?![志时期意样])/);
    // (or after a comma that opens a clause with no subject of its own, the last one's guest before it: `…会见首相A，与众议长B、
    // 代参议长C分别举行会谈` — the host of the sentence's meeting goes on: carried)
    const carried = w >= 0 && CARRIED_TO_WITH.test(between.slice(0, w));
    if (w >= 0 && s.text[before[k - 1].end - s.start + w - 1] !== '共' && (HOST_TO_WITH.test(between.slice(0, w)) || carried) && !/[，。；]/.test(between.slice(w))) {
      const list = before.slice(k);
      // (a comma joins the next guest too where what follows it is his post: `…董事长A，总经理B一行`)
      const joined = list.every((p, i) => i === 0 || NEXT_GUEST.test(s.text.slice(list[i - 1].end - s.start, p.start - s.start)) || POSTED_AFTER_COMMA.test(s.text.slice(list[i - 1].end - s.start, p.start - s.start)));
      const last = list[list.length - 1];
      // (the talks right after the last guest, or after a day, a place and the talks' own name: `…巴特图勒嘎在青岛举行中俄蒙三国元首第四次会晤`)
      if (!joined || (last.end - s.start !== tail.index && !TALKS_AFTER_GUEST.test(s.text.slice(last.end - s.start, verbAt)))) return null;
      // (one 、 at least: the chain of people before the verb reads the rest)
      if (!/[、，]/.test(s.text.slice(before[k - 1].end - s.start, last.start - s.start))) return null;
      return { host: before[k - 1], guests: list, carried };
    }
  }
  return null;
}

/**
 * The guests of a 会见 after the first clause's: each comma goes on with one more where the segment after it is a post
 * and the name closing it, or 等 and what the guests are (`会见了A公司董事甲，B公司总经理乙，C集团总裁丙等客商`), or
 * 一行 (`…董事长甲，B集团副总裁乙一行`); a segment with an act of its own (`，X还拜会了…`) ends them.
 */
function guestsAfterCommas(s: Sentence, ps: PersonMention[], end: number): PersonMention[] {
  const out: PersonMention[] = [];
  while (s.text[end - s.start] === '，') {
    const next = s.start + clauseEndAt(s.text, end - s.start + 1);
    const last = within(ps, end + 1, next).at(-1);
    const segment = last ? s.text.slice(end + 1 - s.start, last.start - s.start) : '';
    if (!last || !TITLE_HEAD_END.test(segment) || /了|[还并也又]|会见|拜会|会谈|会晤|接见/.test(segment) || !/^(?:等[^，。；]{0,8}|一行)?$/.test(s.text.slice(last.end - s.start, next - s.start))) break;
    out.push(last);
    end = next;
  }
  return out;
}

/** Where the verb's object ends: the clause, not a later `听取她…的汇报`. */
function clauseEndAt(text: string, from: number): number {
  const m = /[，。；]/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

function pair(b: Builder, host: PersonMention, guest: PersonMention, s: Sentence, date: string | null, rule: RuleId = 'met.verb'): void {
  const he = b.find('Person', host.name);
  const ge = b.find('Person', guest.name);
  if (he && ge && he !== ge) b.relate('MET', he, ge, s, rule, { date });
}
