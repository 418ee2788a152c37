// Ingest, PDF layout (pure): the positioned text items of an e-paper page → the page's
// articles in reading order. No pdf.js here: pdf.ts reads the items, this module only
// looks at where they stand.
//
// Coordinates are PDF units with the origin at the page's bottom left (y grows upwards);
// `y` of a horizontal item is its baseline, of a vertical one (a column headline set
// top to bottom) its top.
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  /** advance along the line (horizontal text) */
  width: number;
  /** the font size for horizontal text; the length of the run for vertical text */
  height: number;
  /** font size */
  size: number;
  font: string;
  vertical: boolean;
}

export interface PdfPage {
  /** 1-based page number in the document */
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
}

/** A line of text: items on one baseline (or one vertical run) with no column gutter between them. */
export interface Line {
  text: string;
  x0: number;
  x1: number;
  /** top and bottom of the line box */
  top: number;
  bottom: number;
  /** baseline of horizontal text */
  y: number;
  size: number;
  vertical: boolean;
  fonts: string[];
}

// ---------------------------------------------------------------------------------------
// items → lines

const WIDE = /[^\x00-\x7f]/;

/** Letter-spaced runs (`中 指 出 ：`, justified copy) closed up; a space between two ASCII words stays. */
export function closeUp(s: string): string {
  return s.replace(/\s+/g, (sp, at: number) => {
    const before = s[at - 1] ?? '';
    const after = s[at + sp.length] ?? '';
    return before && after && !WIDE.test(before) && !WIDE.test(after) ? ' ' : '';
  });
}

/**
 * Items → lines. Headlines are often set twice at one place (a fake bold) or as a whole and
 * in pieces (`7 理论`, `7`, `理论`): an item lying inside a wider one on the same baseline,
 * whose text the wider one holds, is a copy and is dropped.
 */
export function toLines(items: PdfItem[], body = bodySize(items)): Line[] {
  const lines: Line[] = verticalLines(items.filter((it) => it.vertical));
  const horizontal = items.filter((it) => !it.vertical);
  // baselines: items sorted top down, grouped while the baseline stays within a quarter size
  const byY = [...horizontal].sort((a, b) => b.y - a.y || a.x - b.x);
  let group: PdfItem[] = [];
  const flush = () => {
    if (group.length) lines.push(...baselineLines(group, body));
    group = [];
  };
  for (const it of byY) {
    if (group.length && Math.abs(group[0].y - it.y) > 0.25 * Math.min(group[0].size, it.size)) flush();
    group.push(it);
  }
  flush();
  return lines;
}

/** The items of one baseline → its lines, split at gaps wider than a character (column gutters) and at size changes. */
function baselineLines(items: PdfItem[], body: number): Line[] {
  // copies first: widest item first, a narrower one inside it with the same text is dropped
  const kept: PdfItem[] = [];
  for (const it of [...items].sort((a, b) => b.width - a.width)) {
    const tol = 0.3 * it.size;
    const text = closeUp(it.str);
    const copy = kept.some((k) => it.x >= k.x - tol && it.x + it.width <= k.x + k.width + tol && Math.abs(k.size - it.size) < 0.1 * it.size && closeUp(k.str).includes(text));
    if (!copy) kept.push(it);
  }
  kept.sort((a, b) => a.x - b.x);
  const out: Line[] = [];
  let cur: { items: PdfItem[]; x1: number; size: number } | null = null;
  const push = () => {
    if (!cur) return;
    const its = cur.items;
    let text = '';
    for (let i = 0; i < its.length; i++) {
      const piece = closeUp(its[i].str);
      if (i > 0 && text && piece) {
        const gap = its[i].x - (its[i - 1].x + its[i - 1].width);
        const ascii = !WIDE.test(text[text.length - 1]) && !WIDE.test(piece[0]);
        // a space where the setter left one: between two ASCII words, or a wide gap in a headline (`发展新方位 奋进新目标`)
        if (gap > 0.4 * cur.size || (ascii && gap > 0.15 * cur.size)) text += ' ';
      }
      text += piece;
    }
    const size = cur.size;
    const y = its[0].y;
    if (text) out.push({ text, x0: its[0].x, x1: cur.x1, top: y + 0.85 * size, bottom: y - 0.15 * size, y, size, vertical: false, fonts: [...new Set(its.map((i) => i.font))] });
  };
  for (const it of kept) {
    // body copy: a gap wider than a character is a column gutter; a byline spaces its
    // characters wider (`李  斌`)
    const maxGap = (isBodySize(it.size, body) ? 1.0 : 1.6) * it.size;
    if (cur && it.x - cur.x1 <= maxGap && Math.abs(it.size - cur.size) <= 0.12 * cur.size) {
      cur.items.push(it);
      cur.x1 = Math.max(cur.x1, it.x + it.width);
      continue;
    }
    push();
    cur = { items: [it], x1: it.x + it.width, size: it.size };
  }
  push();
  return out;
}

/** Vertical runs (column headlines, bylines beside them) → lines; runs one under the other at one x are one line (`杨`, `义`). */
function verticalLines(items: PdfItem[]): Line[] {
  const out: Line[] = [];
  for (const it of [...items].sort((a, b) => a.x - b.x || b.y - a.y)) {
    const text = closeUp(it.str);
    if (!text) continue;
    const last = out[out.length - 1];
    if (last && Math.abs(last.x0 - it.x) < 0.2 * it.size && Math.abs(last.size - it.size) < 0.12 * it.size && last.bottom - it.y <= 1.6 * it.size && it.y <= last.top) {
      last.text += text;
      last.bottom = Math.min(last.bottom, it.y - it.height);
      continue;
    }
    out.push({ text, x0: it.x, x1: it.x + it.width, top: it.y, bottom: it.y - it.height, y: it.y, size: it.size, vertical: true, fonts: [it.font] });
  }
  return out;
}

/** The size most characters of the page are set in: the body copy. */
export function bodySize(items: PdfItem[]): number {
  const chars = new Map<number, number>();
  for (const it of items) {
    if (it.vertical) continue;
    const key = Math.round(it.size * 10) / 10;
    chars.set(key, (chars.get(key) ?? 0) + it.str.replace(/\s/g, '').length);
  }
  let best = 0;
  let most = -1;
  for (const [size, n] of chars) if (n > most || (n === most && size < best)) [best, most] = [size, n];
  return best || 10;
}

function isBodySize(size: number, body: number): boolean {
  return Math.abs(size - body) <= 0.12 * body;
}

// ---------------------------------------------------------------------------------------
// lines → blocks → articles

/** What a line is on the page, by its size against the body copy's (B). */
type Role = 'body' | 'subhead' | 'headline' | 'byline' | 'other';

/** A column run of body lines, or a subhead set in a column. */
interface Block {
  kind: 'body' | 'subhead';
  lines: Line[];
  /** the column's left edge (lines start here or one indent in) and its right edge */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A headline with its kicker (引题) and byline, set across columns or down one side. */
interface HeadlineGroup {
  lines: Line[];
  byline: Line | null;
  vertical: boolean;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

export interface PdfArticle {
  title: string;
  /** the kicker above the headline, or the line under it */
  subtitle: string | null;
  /** the byline as set (`陈曙光`, `李 斌`), or null */
  byline: string | null;
  /** body paragraphs in reading order; subheads are paragraphs of their own */
  paragraphs: string[];
  /** the closing note on the author (`（作者为…研究员）`), kept out of the paragraphs */
  note: string | null;
}

export interface PageHeader {
  /** ISO date of the page, from its header line (`2018年1月2日 星期二`) */
  date: string | null;
  /** the page number and name as the header sets them (`7 理论`) */
  page: string | null;
  /** the masthead when it is text (often it is an image) */
  newspaper: string | null;
}

export interface PageLayout {
  page: number;
  header: PageHeader;
  /** the articles found under headlines, in reading order of their headlines */
  articles: PdfArticle[];
  /** text in no article (no headline over it), in reading order; '' when none */
  rest: string;
}

/** The genre's closing note on the author: `（作者为中央党校…研究员）`, `（作者单位：…）`. */
const AUTHOR_NOTE = /^[（(]\s*(?:作者|本文作者)(?:为|系|是|单位|：|:)/;
/** A credit for a chart or photo set at the foot of a column (`制图：李姿阅`): not the article's text. */
const CREDIT = /^(?:制图|绘图|图片|漫画|摄影|图)\s*[：:]\s*[\u4e00-\u9fff·\s]{2,12}$/;
const HEADER_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const HEADER_PAGE = /^(?:第\s*)?(\d{1,2})\s*(?:版)?\s*([\u4e00-\u9fff·]{2,8})?$/;
const MASTHEAD = /^[\u4e00-\u9fff]{2,6}(?:日报|晚报|都市报|时报|商报|早报)$/;

export function layoutPage(page: PdfPage): PageLayout {
  const B = bodySize(page.items);
  const lines = toLines(page.items, B);

  // the page header (date, page number and name) stands in the top 4.5% of the page, above
  // every headline
  const headerFloor = page.height * 0.955;
  const header = lines.filter((l) => l.bottom >= headerFloor);
  const content = lines.filter((l) => l.bottom < headerFloor);

  // sizes against the body copy (人民日报: body 8.3 pt; bylines 9.7, 1.17×; subheads 12.9,
  // 1.55×; kickers 16.6, 2×; headlines 22–44; a column headline set vertically 38.6); a
  // line of subhead size set across more than a column is a (smaller) headline
  const column = medianWidth(content.filter((l) => !l.vertical && Math.abs(l.size / B - 1) <= 0.12));
  const role = (l: Line): Role => {
    const r = l.size / B;
    if (!l.vertical && Math.abs(r - 1) <= 0.12) return 'body';
    if (r >= 1.05 && r < 1.3 && l.text.replace(/\s/g, '').length <= 12) return 'byline';
    if (l.vertical ? r >= 1.5 : r >= 1.8) return 'headline';
    if (!l.vertical && r >= 1.3) return l.x1 - l.x0 > 1.6 * column ? 'headline' : 'subhead';
    return 'other';
  };
  const roles = new Map(content.map((l) => [l, role(l)]));
  const of = (r: Role) => content.filter((l) => roles.get(l) === r);

  const groups = headlineGroups(of('headline'), of('byline'), B);
  const blocks = [...bodyBlocks(of('body'), B), ...subheadBlocks(of('subhead'))];

  // each block belongs to the nearest headline over it that it lies under; a block under no
  // headline, to the nearest column headline set down its right side
  const owner = new Map<Block, HeadlineGroup>();
  for (const b of blocks) {
    const g = nearestAbove(b, groups, B) ?? nearestRight(b, groups, B);
    if (g) owner.set(b, g);
  }
  const flows = new Map<HeadlineGroup, Block[]>(groups.map((g) => [g, []]));
  for (const b of blocks) if (owner.has(b)) flows.get(owner.get(b)!)!.push(b);
  for (const [g, f] of flows) flows.set(g, readingOrder(f, B));

  // an article ends with its author note: what its flow holds after the note is the end of the
  // article to its left that runs on into this column (an L-shaped article, the genre's way of
  // filling a column under a shorter story)
  for (const g of groups) {
    const f = flows.get(g)!;
    const end = f.findIndex((b) => b.lines.some((l) => AUTHOR_NOTE.test(l.text)));
    if (end < 0 || end === f.length - 1) continue;
    const orphans = f.splice(end + 1);
    for (const o of orphans) {
      const to = continuedFrom(o, groups, flows, B);
      if (to) flows.get(to)!.push(o); // else it is text under no headline (`rest`)
    }
  }

  const articles: PdfArticle[] = [];
  for (const g of [...groups].sort((a, b) => b.top - a.top || a.x0 - b.x0)) {
    const f = flows.get(g)!;
    if (!f.some((b) => b.kind === 'body')) continue; // a banner or a rubric: no text under it
    articles.push(toArticle(g, f, B));
  }
  const claimed = new Set([...flows.values()].flat());
  const rest = readingOrder(
    blocks.filter((b) => !claimed.has(b)),
    B,
  );
  return { page: page.number, header: parseHeader(header), articles, rest: paragraphs(rest, B).join('\n') };
}

/** Headline lines that touch (a kicker over its headline) are one group; each takes the byline just under it (or beside it). */
function headlineGroups(heads: Line[], bylines: Line[], B: number): HeadlineGroup[] {
  const groups: HeadlineGroup[] = [];
  for (const l of [...heads].sort((a, b) => b.top - a.top)) {
    const g = groups.find(
      (g) => !g.vertical && !l.vertical && overlap(g.x0, g.x1, l.x0, l.x1) > 0 && g.bottom - l.top <= 1.5 * Math.max(l.size, ...g.lines.map((x) => x.size)),
    );
    if (g) {
      g.lines.push(l);
      g.x0 = Math.min(g.x0, l.x0);
      g.x1 = Math.max(g.x1, l.x1);
      g.bottom = Math.min(g.bottom, l.bottom);
    } else groups.push({ lines: [l], byline: null, vertical: l.vertical, x0: l.x0, x1: l.x1, top: l.top, bottom: l.bottom });
  }
  const free = new Set(bylines);
  for (const g of groups) {
    let best: Line | null = null;
    let bestD = Infinity;
    for (const b of free) {
      let d: number;
      if (g.vertical) d = overlap(g.bottom, g.top, b.bottom, b.top) > 0 && b.x1 <= g.x0 + 0.5 * B ? g.x0 - b.x1 : Infinity;
      else d = overlap(g.x0, g.x1, b.x0, b.x1) > 0 && b.top <= g.bottom + 0.5 * B ? g.bottom - b.top : Infinity;
      if (d <= 4 * B && d < bestD) [best, bestD] = [b, d];
    }
    if (best) {
      free.delete(best);
      g.byline = best;
      g.x0 = Math.min(g.x0, best.x0);
      g.x1 = Math.max(g.x1, best.x1);
      g.bottom = Math.min(g.bottom, best.bottom);
    }
  }
  return groups;
}

/**
 * Body lines → column runs: a line goes on the run whose last line ends just above it and
 * whose column it starts in (at the column's left edge, or one paragraph indent in, or a
 * hanging quotation mark out).
 */
function bodyBlocks(body: Line[], B: number): Block[] {
  const blocks: Block[] = [];
  for (const l of [...body].sort((a, b) => b.y - a.y || a.x0 - b.x0)) {
    let best: Block | null = null;
    let bestGap = Infinity;
    for (const b of blocks) {
      const last = b.lines[b.lines.length - 1];
      const gap = last.bottom - l.top;
      if (gap < -0.5 * B || gap > 1.0 * B) continue;
      if (Math.abs(l.x0 - b.left) > 2.6 * B) continue;
      if (l.x1 > b.right + 1.5 * B && l.x1 - l.x0 > 0.5 * (b.right - b.left)) continue; // a wider column starts here
      if (gap < bestGap) [best, bestGap] = [b, gap];
    }
    if (best) {
      best.lines.push(l);
      // the left edge is where unindented lines start: the smallest start, but a quotation
      // mark hung into the margin (`“不语怪力乱神”` half a character out) does not move it
      if (!(best.lines.length > 2 && l.x0 < best.left && l.x0 > best.left - 0.7 * B)) best.left = Math.min(best.left, l.x0);
      best.right = Math.max(best.right, l.x1);
      best.bottom = l.bottom;
    } else blocks.push({ kind: 'body', lines: [l], left: l.x0, right: l.x1, top: l.top, bottom: l.bottom });
  }
  return blocks;
}

/** Subhead lines one under the other, same size, overlapping: one subhead. */
function subheadBlocks(subs: Line[]): Block[] {
  const blocks: Block[] = [];
  for (const l of [...subs].sort((a, b) => b.y - a.y)) {
    const b = blocks.find((b) => {
      const last = b.lines[b.lines.length - 1];
      return Math.abs(last.size - l.size) < 0.1 * l.size && last.bottom - l.top <= 0.8 * l.size && overlap(b.left, b.right, l.x0, l.x1) > 0;
    });
    if (b) {
      b.lines.push(l);
      b.left = Math.min(b.left, l.x0);
      b.right = Math.max(b.right, l.x1);
      b.bottom = l.bottom;
    } else blocks.push({ kind: 'subhead', lines: [l], left: l.x0, right: l.x1, top: l.top, bottom: l.bottom });
  }
  return blocks;
}

/** The lowest headline group over the block that spans some of its column. */
function nearestAbove(b: Block, groups: HeadlineGroup[], B: number): HeadlineGroup | null {
  let best: HeadlineGroup | null = null;
  for (const g of groups) {
    if (g.bottom < b.top - 0.5 * B) continue;
    if (overlap(g.x0, g.x1, b.left, b.right) <= 0) continue;
    if (!best || g.bottom < best.bottom) best = g;
  }
  return best;
}

/** The nearest column headline (vertical) to the right of the block, beside it. */
function nearestRight(b: Block, groups: HeadlineGroup[], B: number): HeadlineGroup | null {
  let best: HeadlineGroup | null = null;
  for (const g of groups) {
    if (!g.vertical || g.x0 < b.right - 0.5 * B) continue;
    if (overlap(g.bottom, g.top, b.bottom, b.top) <= 0) continue;
    if (!best || g.x0 < best.x0) best = g;
  }
  return best;
}

/** The article whose text, still open (no author note yet), ends in the column just left of the block, beside it. */
function continuedFrom(o: Block, groups: HeadlineGroup[], flows: Map<HeadlineGroup, Block[]>, B: number): HeadlineGroup | null {
  let best: HeadlineGroup | null = null;
  let bestX = -Infinity;
  for (const g of groups) {
    const f = flows.get(g)!;
    const last = f[f.length - 1];
    if (!last || last.lines.some((l) => AUTHOR_NOTE.test(l.text))) continue;
    if (last.right > o.left + 0.5 * B || overlap(last.bottom, last.top, o.bottom, o.top) <= 0) continue;
    if (last.right > bestX) [best, bestX] = [g, last.right];
  }
  return best;
}

/** Blocks in reading order: column by column from the left (a column: blocks starting at one left edge), each top down. */
function readingOrder(blocks: Block[], B: number): Block[] {
  const columns: { left: number; blocks: Block[] }[] = [];
  for (const b of [...blocks].sort((a, b) => a.left - b.left)) {
    // a subhead is centred in its column: it starts up to about two indents in
    const c = columns.find((c) => Math.abs(c.left - b.left) <= 2.6 * B);
    if (c) c.blocks.push(b);
    else columns.push({ left: b.left, blocks: [b] });
  }
  columns.sort((a, b) => a.left - b.left);
  return columns.flatMap((c) => c.blocks.sort((a, b) => b.top - a.top));
}

function toArticle(g: HeadlineGroup, flow: Block[], B: number): PdfArticle {
  const biggest = Math.max(...g.lines.map((l) => l.size));
  const byTop = [...g.lines].sort((a, b) => b.top - a.top);
  const title = byTop.filter((l) => l.size >= biggest * 0.9).map((l) => l.text).join('');
  const sub = byTop.filter((l) => l.size < biggest * 0.9).map((l) => l.text).join(' ');
  const paras = paragraphs(flow, B);
  let note: string | null = null;
  const at = paras.findIndex((p) => AUTHOR_NOTE.test(p));
  if (at >= 0) note = paras.splice(at, 1)[0];
  return { title, subtitle: sub || null, byline: g.byline?.text ?? null, paragraphs: paras, note };
}

/**
 * Blocks (in reading order) → paragraphs. A paragraph starts at an indented line, at a
 * subhead, and at the author note; a block that starts flush left goes on with the
 * paragraph of the block before it (the text runs on from the foot of one column to the
 * head of the next). Lines are joined without a space, except between two ASCII words.
 */
function paragraphs(blocks: Block[], B: number): string[] {
  const out: string[] = [];
  let cur: string | null = null;
  const end = () => {
    if (cur !== null && cur.trim()) out.push(cur.trim());
    cur = null;
  };
  for (const b of blocks) {
    if (b.kind === 'subhead') {
      end();
      out.push(b.lines.map((l) => l.text).join(''));
      continue;
    }
    for (const l of b.lines) {
      if (CREDIT.test(l.text)) continue;
      const indented = l.x0 >= b.left + 1.2 * B;
      if (indented || AUTHOR_NOTE.test(l.text)) end();
      if (cur === null) cur = l.text;
      else cur = join(cur, l.text);
    }
  }
  end();
  return out;
}

function join(a: string, b: string): string {
  return a && b && /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

function parseHeader(lines: Line[]): PageHeader {
  const h: PageHeader = { date: null, page: null, newspaper: null };
  for (const l of [...lines].sort((a, b) => a.x0 - b.x0)) {
    const text = l.text.trim();
    const d = HEADER_DATE.exec(text);
    if (d && !h.date) {
      const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
      if (m >= 1 && m <= 12 && day >= 1 && day <= 31) h.date = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      continue;
    }
    const p = HEADER_PAGE.exec(text.replace(/\s+/g, ''));
    if (p && !h.page) {
      h.page = p[2] ? `${p[1]} ${p[2]}` : p[1];
      continue;
    }
    if (MASTHEAD.test(text) && !h.newspaper) h.newspaper = text;
  }
  return h;
}

/** The median width of the lines: a full line of the page's usual column (most lines are full). */
function medianWidth(lines: Line[]): number {
  if (!lines.length) return Infinity;
  const w = lines.map((l) => l.x1 - l.x0).sort((a, b) => a - b);
  return w[Math.floor(w.length / 2)];
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.min(a1, b1) - Math.max(a0, b0);
}
