// The panel section of a person in the co-attendance projection: who they sat with, heaviest
// first, each as "met/attended with X: N meetings" and the meetings by name and date. Text goes
// in through textContent only (names come from newspapers).
import type { KgGraph } from './data';
import type { PairRow } from './projection';
import type { HashState } from './url';
import { nodeHref } from './url';

/** rows drawn at first; the rest on a click */
const FIRST_ROWS = 60;
/** meetings named under a row */
const MEETINGS_NAMED = 8;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** "3 meetings", "1 meeting", "2 meetings, met once" … */
export function pairWords(r: Pick<PairRow, 'meetings' | 'met'>): string {
  const parts: string[] = [];
  if (r.meetings.length) parts.push(`${r.meetings.length} meeting${r.meetings.length === 1 ? '' : 's'}`);
  if (r.met) parts.push(r.met === 1 ? 'met once' : `met ${r.met} times`);
  return parts.join(', ');
}

export function renderPairs(rows: PairRow[], graph: KgGraph, view: Partial<HashState>): HTMLElement {
  const link = (key: string, label: string) => el('a', { href: nodeHref(key, view), 'data-node': key, title: key }, label);
  const row = (r: PairRow) => {
    const li = el('li', { class: 'pair', 'data-other': r.other, 'data-weight': String(r.weight) });
    li.append('met/attended with ', link(r.other, r.otherLabel), `: ${pairWords(r)}`);
    if (r.meetings.length) {
      const names = el('ul', { class: 'pair-meetings' });
      for (const m of r.meetings.slice(0, MEETINGS_NAMED)) {
        const a = graph.getNodeAttributes(m);
        names.append(el('li', {}, el('span', { class: 'date' }, a.date ?? 'date unknown'), ' ', link(m, a.name)));
      }
      if (r.meetings.length > MEETINGS_NAMED) names.append(el('li', { class: 'more' }, `… and ${r.meetings.length - MEETINGS_NAMED} more`));
      li.append(names);
    }
    return li;
  };
  const list = el('ol', { class: 'pairs' });
  list.append(...rows.slice(0, FIRST_ROWS).map(row));
  const section = el('section', { class: 'section', 'data-section': 'pairs' }, el('h3', {}, `同场 Sat with, by meetings together (${rows.length})`), list);
  if (rows.length > FIRST_ROWS) {
    const more = el('button', { type: 'button', class: 'more' }, `show ${rows.length - FIRST_ROWS} more`);
    more.addEventListener('click', () => {
      list.append(...rows.slice(FIRST_ROWS).map(row));
      more.remove();
    });
    section.append(more);
  }
  if (rows.length === 0) list.append(el('li', {}, 'no one: this person shares no meeting with another'));
  return section;
}
