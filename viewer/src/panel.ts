// The side panel: draws a Details (details.ts) as DOM. Text goes in through textContent only,
// so names and sentences from newspapers can never inject markup. Every edge row carries its
// evidence: the sentence, then the article as a reader cites it (《title》 newspaper date), a
// button that opens the article with the sentence marked. Rows in a run that cite the same
// sentences (twenty attendees of one list) show them once, under the run.
import type { ArticleStore } from './articles';
import { citationText, formatHeading, headingOf } from './articles';
import type { Citation, KgGraph } from './data';
import type { ArticleDetails, ArticleRef, CoAttendee, Details, EdgeRow } from './details';
import { articleBody } from './reader';
import type { HashState } from './url';
import { nodeHref } from './url';
import { TYPE_COLORS } from './view';
import { relationWord, ROLE_WORDS, SPOKE_WORD, TYPE_WORD, TYPE_WORDS } from './words';

type Child = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** a prominent official is mentioned in thousands of articles: list the first ones only */
const MAX_MENTIONS = 200;

export interface PanelContext {
  graph: KgGraph;
  /** the view the panel's links keep (filters, colour) */
  view: Partial<HashState>;
  articles: ArticleStore;
  /** a community's name (its most central members) */
  communityName(c: number): string | undefined;
  /** open a citation's article in the reader */
  onCite(ev: Citation): void;
  /** neighbours the filters hide, and whether they are shown now */
  expand: { hidden: number; expanded: boolean; toggle(): void };
}

export function renderDetails(d: Details, ctx: PanelContext): HTMLElement {
  const link = (key: string, label: string) => h('a', { href: nodeHref(key, ctx.view), 'data-node': key, title: key }, label);
  const root = h('div', { class: 'details', 'data-kind': d.kind, 'data-node': d.key });
  const a = d.attributes;
  const meta: string[] = [];
  if (a.aliases?.length) meta.push(`also: ${a.aliases.join('、')}`);
  if (a.date) meta.push(a.date);
  if (a.location) meta.push(a.location);
  if (a.newspaper) meta.push(a.newspaper);
  if (a.homonym) meta.push('homonym: one of several people of this name');
  if (a.type === 'Person' && typeof a.community === 'number') {
    const name = ctx.communityName(a.community);
    if (name) meta.push(`circle of ${name}`);
  }
  if (typeof a.mentions === 'number') meta.push(`named in ${a.mentions} article${a.mentions === 1 ? '' : 's'}`);
  root.append(
    h('div', { class: 'type-badge', style: `background:${TYPE_COLORS[d.type] ?? '#999'}` }, TYPE_WORD[d.type] ?? d.type),
    h('h2', { class: 'node-label', title: d.key }, d.label),
  );
  if (meta.length) root.append(h('p', { class: 'meta' }, meta.join(' · ')));
  root.append(actions(ctx));

  const cite = (evidence: Citation[]) => evidenceList(evidence, ctx);
  const rows = (list: EdgeRow[], lead: (r: EdgeRow) => Child[]) => groupedRows(list, lead, cite);
  /** a section of edge rows, built FIRST_ROWS at a time */
  const rowSection = (name: string, title: string, tag: 'ul' | 'ol', list: EdgeRow[], lead: (r: EdgeRow) => Child[]) =>
    lazySection(name, title, tag, list.length, (from, to) => rows(list.slice(from, to), lead));

  if (d.kind === 'person') {
    root.append(
      rowSection('meetings', `出席会议 Meetings (${d.meetings.length})`, 'ul', d.meetings, (r) => [
        h('span', { class: 'date' }, r.date ?? 'date unknown'), ' ', roleTag(r), ' ', link(r.other, r.otherLabel),
      ]),
      rowSection('posts', `任职 Posts (${d.posts.length})`, 'ul', d.posts, (r) => [link(r.other, r.otherLabel), ' ', h('span', { class: 'date' }, span(r.first, r.last))]),
      lazySection('coattendees', `同场 Sat with (${d.coAttendees.length})`, 'ul', d.coAttendees.length, (from, to) => d.coAttendees.slice(from, to).map((c) => coAttendee(c, link))),
    );
  } else if (d.kind === 'meeting') {
    root.append(
      rowSection('attendees', `出席 Attendees, in protocol order (${d.attendees.length})`, 'ol', d.attendees, (r) => [
        h('span', { class: 'order' }, r.order !== undefined ? `${r.order}.` : '–'), ' ', link(r.other, r.otherLabel), ' ', roleTag(r),
      ]),
      rowSection('policies', `议题 Policies addressed (${d.policies.length})`, 'ul', d.policies, (r) => [link(r.other, r.otherLabel)]),
      lazySection('articles', `报道 Reported in (${d.articles.length})`, 'ul', d.articles.length, (from, to) => d.articles.slice(from, to).map((ar) => articleItem(ar, link))),
    );
  } else if (d.kind === 'article') {
    root.append(...articleSections(d, ctx, link));
  }
  if (d.mentionedIn.length) {
    const listed = d.mentionedIn.slice(0, MAX_MENTIONS);
    const more = d.mentionedIn.length - listed.length;
    const s = lazySection('mentioned', `见于 Named in (${d.mentionedIn.length} articles)`, 'ul', listed.length + (more > 0 ? 1 : 0), (from, to) => {
      const items = listed.slice(from, to).map((ar) => articleItem(ar, link));
      if (more > 0 && to > listed.length) items.push(h('li', { class: 'more' }, `… and ${more} more`));
      return items;
    });
    // folded: a prominent official's list would bury the facts above it
    root.append(h('details', { class: 'fold', 'data-section': 'mentioned-fold' }, h('summary', {}, `见于 Named in ${d.mentionedIn.length} article${d.mentionedIn.length === 1 ? '' : 's'}`), s));
  }
  // the other relations, one section per relation and direction, in the relation's own words
  const groups = new Map<string, EdgeRow[]>();
  for (const r of d.other) {
    const k = `${r.type} ${r.direction}`;
    let list = groups.get(k);
    if (!list) groups.set(k, (list = []));
    list.push(r);
  }
  for (const [k, list] of groups) {
    const [type, direction] = k.split(' ') as [EdgeRow['type'], 'out' | 'in'];
    const title = `${relationWord(type, direction)} (${list.length})`;
    const rel = rowSection(`rel-${type}-${direction}`, title, 'ul', list, (r) => [
        link(r.other, r.otherLabel),
        h('span', { class: 'other-type' }, ` ${TYPE_WORD[r.otherType]?.split(' ')[0] ?? r.otherType}`),
        r.role ? ` ${ROLE_WORDS[r.role] ?? r.role}` : null,
        r.first || r.last ? h('span', { class: 'date' }, ` ${span(r.first, r.last)}`) : r.date ? h('span', { class: 'date' }, ` ${r.date}`) : null,
    ]);
    // a person's or meeting's own sections come first; the rest folds (沈晓明's panel was 4,468 px tall)
    root.append(d.kind === 'person' || d.kind === 'meeting' ? h('details', { class: 'fold', 'data-section': `rel-${type}-${direction}-fold` }, h('summary', {}, title), rel) : rel);
  }
  return root;
}

function actions(ctx: PanelContext): HTMLElement {
  const bar = h('div', { class: 'actions' });
  if (ctx.expand.expanded || ctx.expand.hidden > 0) {
    const b = h(
      'button',
      { type: 'button', id: 'expand', 'data-expanded': String(ctx.expand.expanded) },
      ctx.expand.expanded ? 'hide the neighbours shown' : `show ${ctx.expand.hidden} hidden neighbour${ctx.expand.hidden === 1 ? '' : 's'}`,
    );
    b.addEventListener('click', () => ctx.expand.toggle());
    bar.append(b);
  }
  return bar;
}

function articleSections(d: ArticleDetails, ctx: PanelContext, link: (k: string, l: string) => HTMLElement): HTMLElement[] {
  const heading = h('p', { class: 'meta article-heading' }, formatHeading(headingOf(ctx.graph, { article: d.article, start: 0, end: 0 })));
  const text = h('section', { 'data-section': 'text' }, h('h3', {}, '正文 Text'), h('p', { class: 'empty' }, 'loading the article …'));
  ctx.articles.get(d.article).then(
    (article) => {
      heading.textContent = formatHeading(headingOf(ctx.graph, { article: d.article, start: 0, end: 0 }, article));
      const parts: Child[] = [h('h3', {}, '正文 Text')];
      if (article.subtitle) parts.push(h('p', { class: 'meta' }, article.subtitle));
      text.replaceChildren(...(parts as Node[]), articleBody(article.text));
    },
    (err: unknown) => text.replaceChildren(h('h3', {}, '正文 Text'), h('p', { class: 'empty' }, `the article's text could not be read: ${err instanceof Error ? err.message : String(err)}`)),
  );
  const reporters = d.reporters.length
    ? h('p', { class: 'meta', 'data-section': 'reporters' }, 'by ', ...d.reporters.flatMap((r, i) => [i ? '、' : '', link(r.other, r.otherLabel), r.role ? ` (${r.role})` : '']))
    : null;
  const named = h(
    'section',
    { 'data-section': 'named' },
    h('h3', {}, `提及 Names (${d.named.reduce((n, g) => n + g.nodes.length, 0)})`),
    ...d.named.map((g) =>
      h('p', { class: 'named', 'data-type': g.type }, h('span', { class: 'other-type' }, `${TYPE_WORDS[g.type]}: `), ...g.nodes.flatMap((n, i) => [i ? '、' : '', link(n.key, n.label)])),
    ),
  );
  return [heading, ...(reporters ? [reporters] : []), text, named];
}

/** Rows drawn at first in a section; the rest on a click (a head of state attends a thousand meetings a year). */
const FIRST_ROWS = 60;

/** A section of `count` items of which only the first FIRST_ROWS are built until asked for. */
function lazySection(name: string, title: string, list: 'ul' | 'ol', count: number, build: (from: number, to: number) => HTMLElement[]): HTMLElement {
  if (count === 0) return h('section', { 'data-section': name }, h('h3', {}, title), h('p', { class: 'empty' }, 'none'));
  const el = h(list, {}, ...build(0, FIRST_ROWS));
  const s = h('section', { 'data-section': name }, h('h3', {}, title), el);
  if (count > FIRST_ROWS) {
    const more = h('button', { type: 'button', class: 'more-rows' }, `show ${count - FIRST_ROWS} more`);
    more.addEventListener('click', () => {
      el.append(...build(FIRST_ROWS, count));
      more.remove();
    });
    s.append(more);
  }
  return s;
}

/** The same sentences, whatever order the edge lists them in. */
function evidenceSignature(evidence: Citation[]): string {
  return evidence.map((e) => `${e.article}\u0000${e.start}\u0000${e.end}`).sort().join('\u0001');
}

/**
 * Rows, each a <li data-node>; a run of rows citing the same sentences gets them once, in a
 * <li class="evidence-group"> after the run; a row on its own keeps them inside its <li>.
 */
function groupedRows(list: EdgeRow[], lead: (r: EdgeRow) => Child[], cite: (e: Citation[]) => HTMLElement): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (let i = 0; i < list.length; ) {
    const sig = evidenceSignature(list[i].evidence);
    let j = i + 1;
    while (j < list.length && list[i].evidence.length > 0 && evidenceSignature(list[j].evidence) === sig) j++;
    const run = list.slice(i, j);
    const item = (r: EdgeRow, withEvidence: boolean) =>
      h('li', { 'data-edge': r.edge, 'data-node': r.other, 'data-role': r.role }, h('div', { class: 'row' }, ...lead(r)), withEvidence ? cite(r.evidence) : null);
    if (run.length === 1) out.push(item(run[0], true));
    else out.push(...run.map((r) => item(r, false)), h('li', { class: 'evidence-group', 'data-rows': String(run.length) }, cite(run[0].evidence)));
    i = j;
  }
  return out;
}

function roleTag(r: EdgeRow): HTMLElement {
  const text = (r.role ? (ROLE_WORDS[r.role] ?? r.role) : 'role unknown') + (r.spoke ? ` · ${SPOKE_WORD}` : '');
  return h('span', { class: `role role-${r.role ?? 'unknown'}` }, text);
}

function span(first: string | null | undefined, last: string | null | undefined): string {
  if (!first && !last) return 'dates unknown';
  if (first === last || !last) return `${first}`;
  if (!first) return `until ${last}`;
  return `${first} – ${last}`;
}

function coAttendee(c: CoAttendee, link: (k: string, l: string) => HTMLElement): HTMLElement {
  return h('li', { 'data-node': c.key }, link(c.key, c.label), h('span', { class: 'count' }, ` ${c.meetings.length} shared meeting${c.meetings.length === 1 ? '' : 's'}`));
}

function articleItem(a: ArticleRef, link: (k: string, l: string) => HTMLElement): HTMLElement {
  return h(
    'li',
    { 'data-article': a.article },
    a.key ? link(a.key, a.title) : h('span', {}, a.title),
    h('span', { class: 'cite' }, ` ${[a.newspaper, a.date].filter(Boolean).join(' ')}`),
  );
}

/** What this one article says of an attendance, when kg build kept it (articles may differ). */
function evidenceRole(e: Citation): string {
  const parts: string[] = [];
  if (e.role) parts.push(ROLE_WORDS[e.role] ?? e.role);
  if (typeof e.order === 'number') parts.push(`listed ${e.order}`);
  return parts.length ? ` · ${parts.join(', ')}` : '';
}

function evidenceList(evidence: Citation[], ctx: PanelContext): HTMLElement {
  if (evidence.length === 0) return h('p', { class: 'evidence none' }, 'no sentence recorded');
  return h(
    'ul',
    { class: 'evidence' },
    ...evidence.map((e) => {
      const text = citationText(e);
      const q = h('q', {}, text ?? '…');
      const open = h('button', { type: 'button', class: 'cite-open', title: `read the article (${e.article})` }, formatHeading(headingOf(ctx.graph, e)));
      open.addEventListener('click', () => ctx.onCite(e));
      if (text === null)
        // graph.json without the sentence: cut it from the article (fetched once per article)
        ctx.articles.get(e.article).then(
          (article) => {
            q.textContent = citationText(e, article) ?? '(the offsets fall outside the article)';
            open.textContent = formatHeading(headingOf(ctx.graph, e, article));
          },
          () => (q.textContent = '(the sentence could not be read: open the article)'),
        );
      return h('li', { 'data-article': e.article, 'data-start': String(e.start), 'data-end': String(e.end) }, q, ' ', open, evidenceRole(e));
    }),
  );
}
