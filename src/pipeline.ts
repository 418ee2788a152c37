// The extraction pipeline, pure: page text → cleaned page → articles → entities and
// relations. No I/O here; the CLI and the bench are the edges.
import type { ArticleRecord } from './model';
import { cleanLine, cleanPage } from './ingest/clean';
import { eventDate } from './segment/dates';
import { segmentPage } from './segment/segment';
import { extractArticle } from './extract/extract';
import { mapArray } from './arrays';
import { loadNameModel } from './extract/names';
import { dictionary } from './extract/jieba';

export interface ExtractOptions {
  /** the year to use when neither the page header nor the text tells */
  year?: number | null;
}

/**
 * Loads what the extractor otherwise loads on its first page (the person-name model and the
 * word dictionary, ≈ 0.3 s): a worker thread does it while the main thread lists the inputs.
 */
export function loadModels(): void {
  loadNameModel();
  dictionary();
}

export const STAGES = ['clean', 'segment', 'extract'] as const;

export function extractPage(raw: string, source: string, options: ExtractOptions = {}): ArticleRecord[] {
  const page = cleanPage(raw);
  const base = source.replace(/\.[^.]*$/, '');
  return mapArray(segmentPage(page, { year: options.year ?? null }), (seg, i) => {
    const { entities, relations, reporters } = extractArticle(seg);
    return {
      id: `${base}#${i + 1}`,
      source,
      kind: seg.kind,
      newspaper: seg.newspaper,
      date: seg.date,
      published: seg.published,
      title: seg.title,
      subtitle: seg.subtitle,
      reporters: [...seg.reporters, ...reporters],
      text: seg.text,
      entities,
      relations,
    };
  });
}

/** An article whose bounds, title and date its input gives (a record, an e-paper article view). */
export interface GivenArticle {
  id: string;
  source: string;
  newspaper: string | null;
  /** the record's or the date, ISO */
  published: string | null;
  title: string;
  subtitle?: string | null;
  page?: string | null;
  url?: string | null;
  /** paragraphs, one a line */
  text: string;
  /** the article's date is the one its first sentence reports, anchored on `published` (records) */
  anchorDate?: boolean;
}

/** One given article → its record: cleaned and extracted, not segmented (it is one article already). */
export function extractGivenArticle(a: GivenArticle): ArticleRecord {
  const text = cleanPage(a.text);
  const seg = {
    kind: 'news' as const,
    newspaper: a.newspaper,
    date: a.anchorDate ? eventDate(text, a.published) : a.published,
    published: a.published,
    title: cleanLine(a.title),
    subtitle: a.subtitle ? cleanLine(a.subtitle) : null,
    reporters: [],
    text,
  };
  const { entities, relations, reporters } = extractArticle(seg);
  return {
    id: a.id,
    source: a.source,
    kind: seg.kind,
    newspaper: seg.newspaper,
    date: seg.date,
    published: seg.published,
    ...(a.page !== undefined ? { page: a.page } : {}),
    ...(a.url !== undefined ? { url: a.url } : {}),
    title: seg.title,
    subtitle: seg.subtitle,
    reporters,
    text,
    entities,
    relations,
  };
}
