// TITLE_AT: a post that names its body gives the body (extraction.md "Relations"):
// `省委外事工作委员会主任` → 省委外事工作委员会, `湖南省人民政府副省长` → 湖南省人民政府,
// `国务院副总理` → 国务院, `中共中央政治局常委` → 中共中央政治局. The genre writes such a
// post as body + head: the head is a post of the lexicon (主任, 副省长, 常委 …), what stands
// before it is the body when it ends as bodies end (委员会, 政府, 政协, 厅, 局, 院, 省委 …) or
// is one of the top organs (中共中央). A post whose prefix is a place (`南岳区副区长`) or a
// generic body (`党委书记`: whose 党委?) gives none. The evidence is the sentence of the post.
import { TITLE_HEADS, ORG_SUFFIX_RE, STANDALONE_ORGS, POST_MODIFIERS, INTERNATIONAL_ORGS } from '../lexicon';
import { ORG_GENERIC, ORG_BAD_END, sameBodyForm } from '../bodies';
import type { Builder } from '../builder';
import { WordsByUnit } from '../text';
import { mapArray } from '../../arrays';
import { placeWordAt, isCommonWord } from '../jieba';

const HEADS_LONGEST_FIRST = [...TITLE_HEADS].sort((a, b) => b.length - a.length);
/** HEADS_LONGEST_FIRST by their last character (a post is tried against the heads it can end with only) */
const HEADS_BY_LAST = new WordsByUnit(HEADS_LONGEST_FIRST, 'last');
const MODIFIER_END = new RegExp(`(?:${POST_MODIFIERS.join('|')})$`);

/** The body a post names (`国务院副总理` → 国务院), or null when it names none. */
export function bodyOfPost(post: string): string | null {
  const head = HEADS_BY_LAST.wordsAt(post, post.length - 1).find((h) => post.endsWith(h) && post.length > h.length);
  if (!head) return null;
  // (a former post's 原 is no part of its body: `原市政协副主席` → 市政协, `原城区区委副书记` → 城区区委; a place that begins
  // with it keeps it, 原阳县委, 原平市委 (原平 no word of the dictionary, 城区 one), and so does 原子能机构)
  const written = post.slice(0, -head.length).replace(MODIFIER_END, '');
  // (the dictionary is asked only of a prefix that starts with 原: most do not)
  const former = /^原(?![子始])/.test(written) && !(placeWordAt(written, 0) >= 2 || (/^原[\u4e00-\u9fff][市县区州旗]/.test(written) && !isCommonWord(written.slice(1, 3))));
  const body = written.startsWith('时任') || former ? written.replace(/^(?:时任|原)/, '') : written;
  if (body.length < 2 || ORG_GENERIC.test(body) || ORG_BAD_END.test(body)) return null;
  if (!ORG_SUFFIX_RE.test(body) && !STANDALONE_ORGS.includes(body) && !INTERNATIONAL_ORGS.includes(body)) return null;
  // a township's or village's committee named by its level alone (乡党委, 村委) is anyone's
  if (/^[乡镇村]/.test(body) && ORG_GENERIC.test(body.slice(1))) return null;
  // a body ends as a word: 国家主席 is no body 国家, and a post inside the prefix
  // (`省委副书记省长`, a chain run together) is two posts, not a body
  if (HEADS_BY_LAST.wordsAt(body, body.length - 1).some((h) => h.length >= 2 && body.endsWith(h) && !ORG_SUFFIX_RE.test(h))) return null;
  return body;
}

/** Every post the article gives a person (HOLDS) that names its body: Title → Organization. */
export function titleBodies(b: Builder): void {
  // (a post is held by many of a list, `委员A、B、C…`: its body is read once; the titles are all there before the loop adds bodies)
  const titles = new Map(mapArray(b.entities, (e) => [e.id, e] as const));
  const bodies = new Map<string, string | null>();
  for (const r of [...b.relations]) {
    if (r.type !== 'HOLDS') continue;
    const title = titles.get(r.to);
    if (!title) continue;
    let body = bodies.get(title.name);
    if (body === undefined) bodies.set(title.name, (body = bodyOfPost(title.name)));
    if (!body) continue;
    const org = sameBody(b, body) ?? b.entity('Organization', body, { aliases: [] });
    const s = { text: r.evidence.text, start: r.evidence.start, end: r.evidence.end };
    b.relate('TITLE_AT', title, org, s, 'title-at.body');
  }
}

/**
 * The article's own entity for the body, when it names it under this or another form (省委政法委 →
 * 省委政法委员会, 中共中央 → 党中央): the post's form is kept among its aliases.
 */
function sameBody(b: Builder, body: string) {
  const found = b.find('Organization', body) ?? b.entities.find((e) => e.type === 'Organization' && e.aliases?.includes(body));
  if (found) return found;
  // (a fuller form of a body the article names short, but not of a local top organ: 山西省委 is not the 省委 of 陕西省委)
  const forms = b.entities.filter((e) => e.type === 'Organization' && (sameBodyForm(body, e.name) || (!STANDALONE_ORGS.includes(e.name) && sameBodyForm(e.name, body))));
  if (forms.length !== 1) return undefined;
  forms[0].aliases = [...(forms[0].aliases ?? []), body];
  return forms[0];
}
