// The shareable part of a view lives in the URL hash:
//   #node=<key>&color=community&hide=Article,Title&from=2025-03-01&to=2025-03-31&expand=<key>
//   #view=people…: the co-attendance projection (people only, joined by shared meetings)
// `hide` is written only when it differs from the default (DEFAULT_HIDDEN_TYPES; `hide=` is
// "hide nothing"); `expand` repeats, one node a time. Node keys hold ':' and CJK;
// URLSearchParams percent-encodes them. A value that is not a known type or an ISO date is
// ignored, so a hand-edited link still opens.
import type { NodeType } from '../../src/model';
import { NODE_TYPES } from './data';
import { DEFAULT_HIDDEN_TYPES, type ColorBy } from './view';

export interface HashState {
  node: string | null;
  colorBy: ColorBy;
  hiddenTypes: Set<NodeType>;
  dateFrom: string | null;
  dateTo: string | null;
  expanded: Set<string>;
  /** the co-attendance projection instead of the graph */
  people: boolean;
}

export function defaultHashState(): HashState {
  return { node: null, colorBy: 'type', hiddenTypes: new Set(DEFAULT_HIDDEN_TYPES), dateFrom: null, dateTo: null, expanded: new Set(), people: false };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseHash(hash: string): HashState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const s = defaultHashState();
  s.node = p.get('node') || null;
  if (p.get('color') === 'community') s.colorBy = 'community';
  const hide = p.get('hide');
  if (hide !== null) s.hiddenTypes = new Set(hide.split(',').filter((t): t is NodeType => (NODE_TYPES as readonly string[]).includes(t)));
  const from = p.get('from');
  const to = p.get('to');
  if (from && ISO_DATE.test(from)) s.dateFrom = from;
  if (to && ISO_DATE.test(to)) s.dateTo = to;
  s.expanded = new Set(p.getAll('expand').filter(Boolean));
  s.people = p.get('view') === 'people';
  return s;
}

export function formatHash(s: Partial<HashState>): string {
  const p = new URLSearchParams();
  if (s.people) p.set('view', 'people');
  if (s.node) p.set('node', s.node);
  if (s.colorBy && s.colorBy !== 'type') p.set('color', s.colorBy);
  if (s.hiddenTypes && !sameTypes(s.hiddenTypes, DEFAULT_HIDDEN_TYPES)) p.set('hide', NODE_TYPES.filter((t) => s.hiddenTypes!.has(t)).join(','));
  if (s.dateFrom) p.set('from', s.dateFrom);
  if (s.dateTo) p.set('to', s.dateTo);
  for (const k of s.expanded ?? []) p.append('expand', k);
  const q = p.toString();
  return q ? `#${q}` : '';
}

function sameTypes(a: ReadonlySet<NodeType>, b: readonly NodeType[]): boolean {
  return a.size === b.length && b.every((t) => a.has(t));
}

/** A link that selects a node, keeping the rest of the view as it is. */
export function nodeHref(node: string, view: Partial<HashState> = {}): string {
  return formatHash({ ...view, node }) || '#';
}
