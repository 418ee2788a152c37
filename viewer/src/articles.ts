// The articles behind the citations: fetched one at a time from the server
// (GET api/article?id=<article id>, read from the build's articles.jsonl) and kept. A citation
// is an article id with UTF-16 offsets [start, end) into the article's text; its sentence is
// `text` when graph.json still carries it, else the article's text sliced there.
import type { Citation, KgGraph } from './data';
import { articleKey } from './data';
import type { ArticleText } from '../../src/model';
export type { ArticleText } from '../../src/model';

export class ArticleFetchError extends Error {
  override name = 'ArticleFetchError';
  constructor(
    readonly article: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Fetches each article once; a failed fetch is forgotten, so it can be tried again. */
export function createArticleStore(fetchImpl: typeof fetch = (...args) => fetch(...args)) {
  const cache = new Map<string, Promise<ArticleText>>();
  function get(id: string): Promise<ArticleText> {
    let p = cache.get(id);
    if (!p) {
      p = load(id);
      cache.set(id, p);
      p.catch(() => cache.delete(id));
    }
    return p;
  }
  async function load(id: string): Promise<ArticleText> {
    const res = await fetchImpl(`api/article?id=${encodeURIComponent(id)}`);
    if (!res.ok) {
      const why = (await res.text().catch(() => '')).trim();
      throw new ArticleFetchError(id, res.status, `article ${id}: ${why || `HTTP ${res.status}`}`);
    }
    const a = (await res.json()) as ArticleText;
    if (typeof a?.text !== 'string') throw new ArticleFetchError(id, res.status, `article ${id}: the answer has no text`);
    return a;
  }
  return { get, cached: (id: string) => cache.has(id) };
}

export type ArticleStore = ReturnType<typeof createArticleStore>;

/** The cited sentence: as graph.json gives it, else cut from the article's text. */
export function citationText(ev: Citation, article?: ArticleText): string | null {
  if (typeof ev.text === 'string') return ev.text;
  if (article && ev.start >= 0 && ev.end <= article.text.length && ev.start < ev.end) return article.text.slice(ev.start, ev.end);
  return null;
}

/** A citation's article as a reader names it: title, newspaper, date, page. */
export interface ArticleHeading {
  title: string | null;
  newspaper: string | null;
  date: string | null;
  page: string | null;
}

/** What is known of the cited article without fetching it: the citation's fields, else its Article node. */
export function headingOf(graph: KgGraph, ev: Citation, article?: ArticleText): ArticleHeading {
  const node = graph.hasNode(articleKey(ev.article)) ? graph.getNodeAttributes(articleKey(ev.article)) : undefined;
  return {
    title: article?.title ?? ev.title ?? node?.title ?? null,
    newspaper: article?.newspaper ?? ev.newspaper ?? node?.newspaper ?? null,
    date: article?.date ?? ev.date ?? node?.date ?? null,
    page: article?.page ?? null,
  };
}

/** `《title》 湖南日报 2025-03-26 第1版`: the reference as a reader cites it. */
export function formatHeading(h: ArticleHeading): string {
  const parts: string[] = [];
  if (h.title) parts.push(`《${h.title}》`);
  if (h.newspaper) parts.push(h.newspaper);
  if (h.date) parts.push(h.date);
  if (h.page) parts.push(/^\d+$/.test(h.page) ? `第${Number(h.page)}版` : h.page);
  return parts.join(' ') || 'article';
}
