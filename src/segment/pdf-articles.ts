// Segment, for e-paper PDF pages: the laid-out page (src/ingest/pdf-layout.ts) → articles,
// one per headline, with the page's newspaper and date. The layout already knows where each
// article begins and ends, so the text rules of segment.ts are not asked to find out again;
// only text under no headline goes through them.
//
// The page's newspaper, date and page come from its own header line (`2018年1月2日 星期二`,
// `7 理论`); the masthead of these pages is an image, so the newspaper, and the date and page
// when the header has none, are read from the file name when — and only when — it is the
// digital edition's pattern: `<paper code>-YYYY-MM-DD-PP.pdf` or `<paper code>YYYYMMDDPP.pdf`
// (`rmrb-2018-01-02-07.pdf`, `rmrb2018010207.pdf`), with the codes of FILE_NAME_PAPERS.
import type { Reporter } from '../model';
import type { PageLayout, PdfArticle } from '../ingest/pdf-layout';
import { cleanPage } from '../ingest/clean';
import { parseReporters } from './reporters';
import type { SegmentedArticle } from './segment';

/** The paper codes e-paper sites use in their file names (pinyin initials), where they are not ambiguous. */
export const FILE_NAME_PAPERS: Record<string, string> = {
  rmrb: '人民日报',
  rmrbhwb: '人民日报海外版',
  gmrb: '光明日报',
  jjrb: '经济日报',
  jfjb: '解放军报',
  bjrb: '北京日报',
  zgqnb: '中国青年报',
};

export interface FileNamePage {
  newspaper: string;
  date: string | null;
  page: string | null;
}

/** `rmrb-2018-01-02-07.pdf` → 人民日报, 2018-01-02, page 7; null for any other name. */
export function pageFromFileName(name: string): FileNamePage | null {
  const m = /^([a-z]{4,7})[-_]?(\d{4})[-_]?(\d{2})[-_]?(\d{2})(?:[-_]?(\d{1,2}))?\.pdf$/i.exec(name);
  if (!m) return null;
  const newspaper = FILE_NAME_PAPERS[m[1].toLowerCase()];
  if (!newspaper) return null;
  const [y, mo, d] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const date = mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && y > 1900 ? `${m[2]}-${m[3]}-${m[4]}` : null;
  return { newspaper, date, page: m[5] ? String(Number(m[5])) : null };
}

/** One laid-out page → its articles; `rest` is the text under no headline, for the text rules. */
export function pdfPageArticles(layout: PageLayout, fileName: string): { articles: (SegmentedArticle & { page: string | null })[]; rest: string } {
  const fromName = pageFromFileName(fileName);
  const newspaper = layout.header.newspaper ?? fromName?.newspaper ?? null;
  const date = layout.header.date ?? fromName?.date ?? null;
  const page = layout.header.page ?? fromName?.page ?? null;
  const articles = layout.articles.map((a) => {
    const reporters = bylineReporters(a.byline);
    return {
      // a signed piece with no reporter's role in its byline is an author's article (理论, 评论)
      kind: reporters.length > 0 && reporters.every((r) => r.role === '作者') ? ('commentary' as const) : ('news' as const),
      newspaper,
      // the page's date: these articles have no dateline of their own
      date,
      published: date,
      title: cleanPage(a.title),
      subtitle: a.subtitle ? cleanPage(a.subtitle) : null,
      reporters,
      text: cleanPage(articleText(a)),
      page,
    };
  });
  return { articles, rest: layout.rest };
}

function articleText(a: PdfArticle): string {
  return [...a.paragraphs, ...(a.note ? [a.note] : [])].join('\n');
}

/** `陈曙光`, `李 斌` (a two-character name spaced out), `本报记者 王浩` → reporters. */
function bylineReporters(byline: string | null): Reporter[] {
  if (!byline) return [];
  if (/记者|通讯员|评论员|摄影/.test(byline)) return parseReporters(byline);
  const parts = byline.trim().split(/[\s、，,]+/);
  const names = parts.every((p) => p.length === 1) ? [parts.join('')] : parts;
  return names.filter((n) => /^[\u4e00-\u9fff·]{2,5}$/.test(n)).map((name) => ({ name, role: '作者' }));
}
