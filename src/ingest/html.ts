// Ingest for HTML: a record's HTML body → text, and a saved e-paper page → its article (or
// the news that it is a page index, with no article).
//
// HTML is parsed with htmlparser2 (entities decoded by the parser); text is taken from the
// DOM, one line per block element (<p>, <div>, <br>, <li>, headings, table rows), so the
// paragraphs survive as lines for the later stages. Script, style and comments give no text.
//
// E-paper pages come from a few site templates; each is a row of data in
// epaper-templates.ts (where its title, date, page and body are found), not a code branch.
import { parseDocument, DomUtils } from 'htmlparser2';
import type { ChildNode, Document, Element } from 'domhandler';
import { InputError } from '../errors';
import { isoDate } from '../segment/dates';
import { ARTICLE_TEMPLATES, INDEX_TEMPLATES, type FieldRule } from './epaper-templates';

const BLOCK = new Set(
  'p div br li ul ol h1 h2 h3 h4 h5 h6 tr table tbody section article blockquote pre dd dt dl header footer center hr founder-content'.split(' '),
);
const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'select', 'option', 'input', 'textarea']);

/** The paragraphs of a fragment of HTML (a record body), one a line; no empty lines. */
export function htmlToText(html: string): string {
  return paragraphs(parseDocument(html).children).join('\n');
}

/** The text of some nodes as paragraphs: block elements break lines; whitespace collapsed within a line. */
export function paragraphs(nodes: ChildNode[]): string[] {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[ \t\r\n\f]+/g, ' ').trim();
    // a paragraph of only (no-break, ideographic) spaces is no paragraph
    if (t && !/^[\s\u00a0\u3000]*$/.test(t)) out.push(t);
    line = '';
  };
  const walk = (node: ChildNode) => {
    if (node.type === 'text') {
      line += (node as unknown as { data: string }).data;
      return;
    }
    if (!DomUtils.isTag(node)) return; // comments, directives, CDATA
    const name = node.name.toLowerCase();
    if (NO_TEXT.has(name)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    for (const c of node.children) walk(c);
    if (block) flush();
  };
  for (const n of nodes) walk(n);
  flush();
  return out;
}

// ---------------------------------------------------------------------------------------
// E-paper pages

/** One article read from an e-paper article view. */
export interface EpaperArticle {
  template: string;
  newspaper: string | null;
  /** ISO date of the issue */
  date: string | null;
  /** the page (版次) as the site numbers it, e.g. "07" */
  page: string | null;
  title: string;
  subtitle: string | null;
  author: string | null;
  /** paragraphs, one a line */
  text: string;
}

/** A page index (版面): headlines only, no article body. */
export interface EpaperIndex {
  template: string;
  newspaper: string | null;
  date: string | null;
  /** the page's label as the site shows it, e.g. "01版:要闻" */
  label: string | null;
}

export type EpaperPage = { kind: 'article'; article: EpaperArticle } | { kind: 'index'; index: EpaperIndex };

/** Reads a saved e-paper page; throws an InputError naming the file when it is neither an article nor a page index. */
export function readEpaperPage(html: string, file: string): EpaperPage {
  const doc = parseDocument(html);
  const page = new PageView(doc);
  for (const t of ARTICLE_TEMPLATES) {
    if (!page.has(t.detect)) continue;
    const body = t.body.map((sel) => select(doc, sel)).find((els) => els.length > 0);
    const text = body ? paragraphs(body).join('\n') : '';
    const title = page.field(t.title);
    if (!text) throw new InputError(file, `an e-paper article view (${t.name}) without an article body; expected the text in ${t.body.join(' or ')}`, 'NO_ARTICLE');
    if (!title) throw new InputError(file, `an e-paper article view (${t.name}) without a title`, 'NO_ARTICLE');
    return {
      kind: 'article',
      article: {
        template: t.name,
        newspaper: page.field(t.newspaper),
        date: toIsoDate(page.field(t.date)),
        page: normalizePage(page.field(t.page)),
        title,
        // the kicker (引题) above the headline when there is no subtitle below it
        subtitle: page.field(t.subtitle ?? []) ?? page.field(t.pretitle ?? []),
        author: page.field(t.author ?? []),
        text,
      },
    };
  }
  for (const t of INDEX_TEMPLATES) {
    if (!page.has(t.detect)) continue;
    return {
      kind: 'index',
      index: { template: t.name, newspaper: page.field(t.newspaper), date: toIsoDate(page.field(t.date)), label: page.field(t.label) },
    };
  }
  const known = [...ARTICLE_TEMPLATES, ...INDEX_TEMPLATES].map((t) => t.name).join(', ');
  throw new InputError(file, `an HTML page of no known e-paper template (known: ${known}); no article read`, 'NO_ARTICLE');
}

/** Whether text (the first few KiB of a file) is an HTML document. */
export function looksLikeHtml(head: string): boolean {
  const s = head.replace(/^\ufeff?\s*/, '');
  if (!s.startsWith('<')) return false;
  return /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]/i.test(s.slice(0, 4096));
}

/** A parsed page and the Founder (方正) properties it carries, looked up by the templates' field rules. */
class PageView {
  private readonly founder = new Map<string, string>();
  constructor(private readonly doc: Document) {
    // Founder e-paper pages carry their properties as <founder-NAME> elements, in the page or
    // inside an HTML comment (<!--enpproperty <founder-date>…</founder-date> … -->)
    const collect = (root: Document) => {
      for (const el of DomUtils.findAll((e) => e.name.startsWith('founder-'), root.children)) {
        const key = el.name.slice('founder-'.length);
        const value = squash(DomUtils.textContent(el));
        if (value && !this.founder.has(key)) this.founder.set(key, value);
      }
    };
    collect(doc);
    const comments: string[] = [];
    const visit = (nodes: ChildNode[]) => {
      for (const n of nodes) {
        if (n.type === 'comment' && n.data.includes('<founder-')) comments.push(n.data);
        else if (DomUtils.hasChildren(n)) visit(n.children);
      }
    };
    visit(doc.children);
    for (const c of comments) collect(parseDocument(c));
  }

  has(rule: FieldRule): boolean {
    return this.field([rule]) !== null;
  }

  /** The first rule that gives a non-empty value. */
  field(rules: FieldRule[]): string | null {
    for (const r of rules) {
      let text: string | null = null;
      if (r.founder) text = this.founder.get(r.founder) ?? null;
      else if (r.meta) {
        const el = DomUtils.findOne((e) => e.name === 'meta' && (e.attribs.name ?? '').toLowerCase() === r.meta, this.doc.children);
        text = el ? squash(el.attribs.content ?? '') : null;
      } else if (r.select) {
        const el = select(this.doc, r.select)[0];
        text = el ? squash(DomUtils.textContent(el)) : null;
      } else if (r.value !== undefined) text = r.value;
      if (text && r.pattern) {
        const m = r.pattern.exec(text);
        text = m ? (m[1] ?? m[0]) : null;
      }
      if (text && r.format) text = r.format.replace('$1', text);
      if (text) return text.trim() || null;
    }
    return null;
  }
}

/**
 * Elements matching a small selector language: compound simple selectors (`h1`, `#ozoom`,
 * `div.text`, `a.fm`) joined by descendant spaces (`div.text_c h1`). Enough for the templates.
 */
export function select(doc: Document, selector: string): Element[] {
  const steps = selector.trim().split(/\s+/).map(parseSimple);
  let scope: ChildNode[] = doc.children;
  let found: Element[] = [];
  for (const [i, step] of steps.entries()) {
    found = DomUtils.findAll((e) => matches(e, step), scope);
    if (i < steps.length - 1) scope = found.flatMap((e) => e.children);
  }
  // an element reached through two matching ancestors is one element
  return [...new Set(found)];
}

interface Simple {
  tag: string | null;
  id: string | null;
  classes: string[];
}

function parseSimple(s: string): Simple {
  const tag = /^[a-zA-Z][\w-]*/.exec(s)?.[0] ?? null;
  const id = /#([\w-]+)/.exec(s)?.[1] ?? null;
  const classes = [...s.matchAll(/\.([\w-]+)/g)].map((m) => m[1]);
  return { tag: tag && tag.toLowerCase(), id, classes };
}

function matches(e: Element, s: Simple): boolean {
  if (s.tag && e.name.toLowerCase() !== s.tag) return false;
  if (s.id && e.attribs.id !== s.id) return false;
  if (s.classes.length) {
    const have = (e.attribs.class ?? '').split(/\s+/);
    if (!s.classes.every((c) => have.includes(c))) return false;
  }
  return true;
}

function squash(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** `2018年11月20日`, `2019-01-07`, `2012-01-06 23:59:49`, `2019/1/7` → ISO; anything else → null. */
export function toIsoDate(s: string | null): string | null {
  if (!s) return null;
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?!\d)/.exec(s);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** `07`, `第07版`, `14` → the number as the site writes it, two digits. */
function normalizePage(s: string | null): string | null {
  const m = s ? /\d{1,3}/.exec(s) : null;
  return m ? m[0].padStart(2, '0') : s;
}
