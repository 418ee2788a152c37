// The extraction pipeline, pure: page text → cleaned page → articles → entities and
// relations. No I/O here; the CLI and the bench are the edges.
import type { ArticleRecord, Relation } from './model';
import { cleanLine, cleanPage } from './ingest/clean';
import { recordNamesMapped, simplifiedReading } from './ingest/script';
import { eventDate, issueFromName } from './segment/dates';
import { segmentPage, type SegmentedArticle } from './segment/segment';
import { pdfPageArticles } from './segment/pdf-articles';
import type { PageLayout } from './ingest/pdf-layout';
import { extractArticle } from './extract/extract';
import { mapArray } from './arrays';
import { loadNameModel } from './extract/names';
import { dictionary } from './extract/jieba';

export interface ExtractOptions {
  /** the year to use when neither the page header nor the text tells */
  year?: number | null;
  /** keep on each relation the id of the rule that made it (`kg extract --explain`) */
  explain?: boolean;
  /** the prefix of the article ids (src/ingest/ids.ts; default: `source` without its extension) */
  name?: string;
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

/** The rule id stays on each relation only when asked (`kg extract --explain`). */
function keepRules(relations: Relation[], options: ExtractOptions): void {
  if (!options.explain) for (const r of relations) r.rule = undefined;
}

export function extractPage(raw: string, source: string, options: ExtractOptions = {}): ArticleRecord[] {
  const page = cleanPage(raw);
  // (a page in traditional script is read in a simplified copy, its records given back in the page's characters)
  const reading = simplifiedReading([page]);
  const records = toRecords(segmentPage(reading ? reading.texts[0]! : page, { year: options.year ?? null, issue: issueFromName(source) }), source, options);
  return reading ? mapArray(records, (r) => inPageScript(r, reading.restore)) : records;
}

/** A record read in a simplified copy, in the page's own characters: its texts, names and evidence (offsets are the same). */
function inPageScript(r: ArticleRecord, restore: (s: string) => string): ArticleRecord {
  const text = restore(r.text);
  return {
    ...recordNamesMapped(r, restore),
    text,
    relations: mapArray(r.relations, (x) => ({ ...x, evidence: { ...x.evidence, text: text.slice(x.evidence.start, x.evidence.end) } })),
  };
}

/** The pages of a PDF, laid out (src/ingest/pdf-layout.ts) → one record per article, pages in order. */
export function extractPdfPages(pages: PageLayout[], source: string, options: ExtractOptions = {}): ArticleRecord[] {
  const segs: (SegmentedArticle & { page?: string | null })[] = [];
  for (const layout of pages) {
    const { articles, rest } = pdfPageArticles(layout, source);
    segs.push(...articles);
    if (rest) segs.push(...segmentPage(cleanPage(rest), { year: options.year ?? null, issue: issueFromName(source) }));
  }
  return toRecords(segs, source, options);
}

function toRecords(segs: (SegmentedArticle & { page?: string | null })[], source: string, options: ExtractOptions): ArticleRecord[] {
  const base = options.name ?? source.replace(/\.[^.]*$/, '');
  return mapArray(segs, (seg, i) => {
    const { entities, relations, reporters } = extractArticle(seg);
    keepRules(relations, options);
    return {
      id: `${base}#${i + 1}`,
      source,
      kind: seg.kind,
      newspaper: seg.newspaper,
      date: seg.date,
      published: seg.published,
      title: seg.title,
      subtitle: seg.subtitle,
      ...(seg.page !== undefined ? { page: seg.page } : {}),
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
  /** the record's or the issue's date, ISO */
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
export function extractGivenArticle(a: GivenArticle, options: ExtractOptions = {}): ArticleRecord {
  const page = cleanPage(a.text);
  const title = cleanLine(a.title);
  const subtitle = a.subtitle ? cleanLine(a.subtitle) : null;
  // (an article in traditional script is read in a simplified copy: extractPage)
  const reading = simplifiedReading([page, title, subtitle ?? '']);
  const text = reading ? reading.texts[0]! : page;
  const seg = {
    kind: 'news' as const,
    newspaper: a.newspaper,
    date: a.anchorDate ? eventDate(text, a.published) : a.published,
    published: a.published,
    title: reading ? reading.texts[1]! : title,
    subtitle: subtitle !== null && reading ? reading.texts[2]! : subtitle,
    reporters: [],
    text,
  };
  const { entities, relations, reporters } = extractArticle(seg);
  keepRules(relations, options);
  const record: ArticleRecord = {
    id: a.id,
    source: a.source,
    kind: seg.kind,
    newspaper: seg.newspaper,
    date: seg.date,
    published: seg.published,
    ...(a.url !== undefined ? { url: a.url } : {}),
    title: seg.title,
    subtitle: seg.subtitle,
    ...(a.page !== undefined ? { page: a.page } : {}),
    reporters,
    text,
    entities,
    relations,
  };
  return reading ? inPageScript(record, reading.restore) : record;
}
