// The side panel: draws a Details (details.ts) as DOM. Text goes in through textContent only,
// so names and sentences from newspapers can never inject markup. Every edge row carries its
// evidence: the sentence, the article's title, newspaper and date.
import type { EdgeEvidence } from '../../src/model';
import type { ArticleRef, CoAttendee, Details, EdgeRow } from './details';
import type { ColorBy } from './view';
import { TYPE_COLORS } from './view';
import { nodeHref } from './url';

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

const ROLE_LABELS: Record<string, string> = { presided: '主持 presided', attended: '出席 attended' };

export function renderDetails(d: Details, colorBy: ColorBy): HTMLElement {
  const link = (key: string, label: string) => h('a', { href: nodeHref(key, colorBy), 'data-node': key }, label);
  const root = h('div', { class: 'details', 'data-kind': d.kind, 'data-node': d.key });
  const a = d.attributes;
  const meta: string[] = [];
  if (a.aliases?.length) meta.push(`also: ${a.aliases.join('、')}`);
  if (a.date) meta.push(a.date);
  if (a.location) meta.push(a.location);
  if (a.newspaper) meta.push(a.newspaper);
  if (a.homonym) meta.push('homonym: one of several people of this name');
  if (a.type === 'Person' && typeof a.community === 'number') meta.push(`community ${a.community}`);
  if (typeof a.mentions === 'number') meta.push(`mentioned in ${a.mentions} article${a.mentions === 1 ? '' : 's'}`);
  root.append(h('div', { class: 'type-badge', style: `background:${TYPE_COLORS[d.type] ?? '#999'}` }, d.type), h('h2', { class: 'node-label' }, d.label));
  if (meta.length) root.append(h('p', { class: 'meta' }, meta.join(' · ')));
  root.append(h('p', { class: 'key' }, d.key));

  const rowItem = (r: EdgeRow, ...lead: Child[]) =>
    h('li', { 'data-edge': r.edge, 'data-node': r.other, 'data-role': r.role }, h('div', { class: 'row' }, ...lead), evidenceList(r.evidence));

  if (d.kind === 'person') {
    root.append(
      section('meetings', `Meetings (${d.meetings.length})`, 'ul',
        d.meetings.map((r) =>
          rowItem(r, h('span', { class: 'date' }, r.date ?? 'date unknown'), ' ', roleTag(r), ' ', link(r.other, r.otherLabel)),
        ),
      ),
      section('posts', `Posts (${d.posts.length})`, 'ul',
        d.posts.map((r) => rowItem(r, link(r.other, r.otherLabel), ' ', h('span', { class: 'date' }, span(r.first, r.last)))),
      ),
      section('coattendees', `Co-attendees (${d.coAttendees.length})`, 'ul', d.coAttendees.map((c) => coAttendee(c, link))),
    );
  } else if (d.kind === 'meeting') {
    root.append(
      section('attendees', `Attendees, in protocol order (${d.attendees.length})`, 'ol',
        d.attendees.map((r) =>
          rowItem(r, h('span', { class: 'order' }, r.order !== undefined ? `${r.order}.` : '–'), ' ', link(r.other, r.otherLabel), ' ', roleTag(r)),
        ),
      ),
      section('policies', `Policies addressed (${d.policies.length})`, 'ul',
        d.policies.map((r) => rowItem(r, link(r.other, r.otherLabel))),
      ),
      section('articles', `Reported in (${d.articles.length})`, 'ul', d.articles.map((ar) => articleItem(ar, link))),
    );
  }
  if (d.mentionedIn.length) {
    const shown = d.mentionedIn.slice(0, MAX_MENTIONS).map((ar) => articleItem(ar, link));
    const more = d.mentionedIn.length - shown.length;
    if (more > 0) shown.push(h('li', { class: 'more' }, `… and ${more} more`));
    root.append(section('mentioned', `Mentioned in (${d.mentionedIn.length})`, 'ul', shown));
  }
  if (d.other.length) {
    root.append(
      section('other', `Other relations (${d.other.length})`, 'ul',
        d.other.map((r) =>
          rowItem(
            r,
            h('span', { class: 'edge-type' }, r.direction === 'out' ? `${r.type} →` : `← ${r.type}`),
            ' ',
            link(r.other, r.otherLabel),
            h('span', { class: 'other-type' }, ` (${r.otherType})`),
            r.role ? ` ${r.role}` : null,
            r.first || r.last ? h('span', { class: 'date' }, ` ${span(r.first, r.last)}`) : r.date ? h('span', { class: 'date' }, ` ${r.date}`) : null,
          ),
        ),
      ),
    );
  }
  return root;
}

function section(name: string, title: string, list: 'ul' | 'ol', items: HTMLElement[]): HTMLElement {
  return h('section', { 'data-section': name }, h('h3', {}, title), items.length ? h(list, {}, ...items) : h('p', { class: 'empty' }, 'none'));
}

function roleTag(r: EdgeRow): HTMLElement {
  const text = (r.role ? (ROLE_LABELS[r.role] ?? r.role) : 'role unknown') + (r.spoke ? ' · 讲话 spoke' : '');
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
    h('span', { class: 'cite' }, ` ${[a.newspaper, a.date].filter(Boolean).join(' ')} · ${a.article}`),
  );
}

/** What this one article says of an attendance, when kg build kept it (articles may differ). */
function evidenceRole(e: EdgeEvidence): string {
  const parts: string[] = [];
  if (e.role) parts.push(ROLE_LABELS[e.role] ?? e.role);
  if (typeof e.order === 'number') parts.push(`listed ${e.order}`);
  return parts.length ? ` · ${parts.join(', ')}` : '';
}

function evidenceList(evidence: EdgeEvidence[]): HTMLElement {
  if (evidence.length === 0) return h('p', { class: 'evidence none' }, 'no sentence recorded');
  return h(
    'ul',
    { class: 'evidence' },
    ...evidence.map((e) =>
      h(
        'li',
        { 'data-article': e.article },
        h('q', {}, e.text),
        ' ',
        h('cite', {}, `《${e.title}》 ${[e.newspaper, e.date].filter(Boolean).join(' ')} · ${e.article}` + evidenceRole(e)),
      ),
    ),
  );
}
