// The shareable part of a view lives in the URL hash: `#node=<key>&color=community`.
// Node keys hold ':' and CJK; URLSearchParams percent-encodes them.
import type { ColorBy } from './view';

export interface HashState {
  node: string | null;
  colorBy: ColorBy;
}

export function parseHash(hash: string): HashState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  return { node: p.get('node') || null, colorBy: p.get('color') === 'community' ? 'community' : 'type' };
}

export function formatHash(s: HashState): string {
  const p = new URLSearchParams();
  if (s.node) p.set('node', s.node);
  if (s.colorBy !== 'type') p.set('color', s.colorBy);
  const q = p.toString();
  return q ? `#${q}` : '';
}

/** A link that selects a node, keeping the colour mode. */
export function nodeHref(node: string, colorBy: ColorBy): string {
  return formatHash({ node, colorBy }) || '#';
}
