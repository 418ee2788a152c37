// The reader: a citation opens its article's text in a dialog, headed by title, newspaper,
// date and page, with the cited sentence marked and scrolled into view. Article text is
// untrusted page text: it goes into the DOM as text nodes only.
import type { ArticleStore, ArticleText } from './articles';
import { formatHeading, headingOf } from './articles';
import type { Citation, KgGraph } from './data';

/**
 * The article's text as DOM, [start, end) in a <mark> when given (UTF-16 offsets, as
 * String.prototype.slice counts). Paragraphs stay as the text breaks them (CSS pre-wrap).
 */
export function articleBody(text: string, start?: number, end?: number): HTMLElement {
  const body = document.createElement('div');
  body.className = 'article-text';
  if (start === undefined || end === undefined || !(0 <= start && start < end && end <= text.length)) {
    body.textContent = text;
    return body;
  }
  const mark = document.createElement('mark');
  mark.textContent = text.slice(start, end);
  body.append(text.slice(0, start), mark, text.slice(end));
  return body;
}

export function createReader(dialog: HTMLDialogElement, store: ArticleStore, graph: KgGraph) {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text = '') =>
    Object.assign(document.createElement(tag), { className: cls, textContent: text });
  const content = el('div', 'reader-content');
  const close = el('button', 'reader-close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', 'close the article');
  close.addEventListener('click', () => dialog.close());
  dialog.replaceChildren(close, content);
  // a click on the backdrop (the dialog box itself, outside its content) closes it
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  let opened = 0;

  function heading(ev: Citation, article?: ArticleText): HTMLElement[] {
    const h = headingOf(graph, ev, article);
    const title = el('h2', 'reader-title', h.title ?? ev.article);
    const meta = el('p', 'reader-meta', formatHeading({ ...h, title: null }));
    const parts: HTMLElement[] = [title];
    if (article?.subtitle) parts.push(el('p', 'reader-subtitle', article.subtitle));
    parts.push(meta);
    if (article?.source) parts.push(el('p', 'reader-source', `${article.source} · ${article.id}`));
    return parts;
  }

  /** Open a citation's article, its sentence marked. */
  async function open(ev: Citation): Promise<void> {
    const ticket = ++opened;
    dialog.dataset.article = ev.article;
    dialog.dataset.state = 'loading';
    content.replaceChildren(...heading(ev), el('p', 'reader-loading', 'loading the article …'));
    if (!dialog.open) dialog.showModal();
    try {
      const article = await store.get(ev.article);
      if (ticket !== opened) return;
      const body = articleBody(article.text, ev.start, ev.end);
      content.replaceChildren(...heading(ev, article), body);
      dialog.dataset.state = 'ready';
      body.querySelector('mark')?.scrollIntoView({ block: 'center' });
    } catch (err) {
      if (ticket !== opened) return;
      const parts: HTMLElement[] = [el('p', 'reader-error', `the article's text could not be read: ${err instanceof Error ? err.message : String(err)}`)];
      if (typeof ev.text === 'string') parts.push(articleBody(ev.text, 0, ev.text.length));
      content.replaceChildren(...heading(ev), ...parts);
      dialog.dataset.state = 'error';
    }
  }

  return { open, close: () => dialog.close() };
}
